"""The Sources dock as a user works with it: open an article, quote a passage under a statement, find it again."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from argmap.gui.docks import sources as sources_dock
from argmap.io import load

ESSAY = Path(__file__).parents[3] / "maps" / "sources" / "training-mission-essay.md"
PASSAGE = "only\nwith the approval of the Diet"


@pytest.fixture
def essay(example_copy):
    folder = example_copy.parent / "sources"
    folder.mkdir()
    return Path(shutil.copy(ESSAY, folder / ESSAY.name))


@pytest.fixture
def details(monkeypatch):
    def fill(parent, source):
        return dataclasses.replace(source, author="argmap authors", date="2026")

    monkeypatch.setattr(sources_dock, "ask_details", fill)


def select_passage(panel, words: str) -> None:
    text = panel.text.toPlainText()
    start = text.index(words)
    cursor = panel.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    panel.text.setTextCursor(cursor)


def test_quote_a_passage_as_evidence_and_find_it_both_ways(window, ui, essay, details, qtbot) -> None:
    panel, amap = window.sources, window.document.amap
    ui.trigger(window, "show_sources")
    assert window.sources_dock.isVisible()
    source = panel.open_document(str(essay))
    assert source is not None and source.path == "sources/training-mission-essay.md"
    assert amap.sources[0].citation().startswith("argmap authors (2026), A training role without combat")
    assert "Cambodia" in panel.text.toPlainText()
    window.scene.select_ids(["r2"])
    select_passage(panel, PASSAGE)
    before = ui.text_of(window)
    ui.trigger(window, "quote_selection")
    new = window.scene.selected_ids()[0]
    statement = amap.statement(new)
    assert statement.kind == "evidence" and amap.parents(new) == ["r2"]
    assert statement.quote.text == PASSAGE and statement.text == " ".join(PASSAGE.split())
    assert new in panel.highlighted_ids()
    # the canvas selects something else, then clicking inside the highlighted passage selects the evidence again
    window.scene.select_ids(["o1"])
    cursor = panel.text.textCursor()
    cursor.setPosition(panel.text.toPlainText().index(PASSAGE) + 3)
    panel.text.setTextCursor(cursor)
    assert window.scene.selected_ids() == [new]
    # selecting the statement selects its passage
    window.scene.select_ids(["o1"])
    window.scene.select_ids([new])
    assert panel.text.textCursor().selectedText().replace("\u2029", "\n") == PASSAGE
    ui.check_undo_redo(window, before)  # quoting is one undo step


def test_embedding_and_a_missing_or_changed_document(window, ui, essay, details) -> None:
    panel, amap = window.sources, window.document.amap
    panel.open_document(str(essay))
    window.scene.select_ids(["r2"])
    select_passage(panel, PASSAGE)
    new = panel.quote_selection()
    panel.embed_box.setChecked(True)
    assert amap.sources[0].text.startswith("# A training role")
    window.files.save()
    essay.unlink()  # the article is gone: the embedded copy still shows, and says so
    reopened = load(window.document.path)
    assert reopened.statement(new).quote.text == PASSAGE
    panel._texts = {}
    panel.show_source()
    assert "embedded" in panel.status.text()
    window.scene.select_ids([new])
    assert "Quoted from argmap authors (2026)" in panel.status.text()
    panel.embed_box.setChecked(False)  # no file and no copy: the quote keeps its words and says the document is missing
    panel._texts = {}
    window.scene.select_ids(["o1"])
    window.scene.select_ids([new])
    assert "cannot be read" in panel.status.text()
    essay.write_text("Everything was rewritten.", encoding="utf-8")
    panel._texts = {}
    window.scene.select_ids(["o1"])
    window.scene.select_ids([new])
    assert "no longer in the document" in panel.status.text()


def test_a_document_that_cannot_be_read_says_why(window, tmp_path: Path, details) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert window.sources.open_document(str(bad)) is None
    assert "bad.pdf" in window.sources.status.text()
    assert window.document.amap.sources == ()


def test_inspector_shows_the_full_card_and_its_status(make_window, qtbot, tmp_path: Path) -> None:
    demo = Path(__file__).parents[3] / "maps"
    shutil.copytree(demo / "sources", tmp_path / "sources")
    shutil.copy(demo / "training-mission.json", tmp_path / "training-mission.json")
    window = make_window(tmp_path / "training-mission.json")
    window.scene.select_ids(["e3"])
    label = window.inspector.quote_label
    qtbot.waitUntil(label.isVisible, timeout=1000)
    assert "Surveys since 2022 show that most people in Japan" in label.text()
    assert "Quoted from argmap authors (2026)" in label.text() and "⚠" not in label.text()
    window.scene.select_ids(["r1"])
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=1000)


def test_showing_the_dock_by_its_key_gives_it_the_keyboard(window, ui, qtbot) -> None:
    ui.trigger(window, "show_sources")
    qtbot.waitUntil(lambda: window.sources.text.hasFocus(), timeout=2000)


def test_highlights_follow_deleting_and_restoring_a_quoting_statement(window, ui, essay, details) -> None:
    """The dock follows the statements that quote, edit by edit (it no longer reads every statement per edit)."""
    panel, amap = window.sources, window.document.amap
    ui.trigger(window, "show_sources")
    assert panel.open_document(str(essay)) is not None
    window.scene.select_ids(["r2"])
    select_passage(panel, PASSAGE)
    ui.trigger(window, "quote_selection")
    new = window.scene.selected_ids()[0]
    assert panel.highlighted_ids() == [new]
    amap.update("o1", text="An unrelated statement, edited.")
    assert panel.highlighted_ids() == [new]
    window.scene.select_ids([new])
    ui.trigger(window, "delete")
    assert new not in amap and panel.highlighted_ids() == []
    ui.trigger(window, "undo")
    assert panel.highlighted_ids() == [new]
    amap.update(new, quote=None)
    assert panel.highlighted_ids() == []
