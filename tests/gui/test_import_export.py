"""Import and export of other tools' formats from the editor: File > Import, Open, drop, File > Export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from argmap.gui import dialogs as editor_dialogs
from argmap.gui.file_actions import export_filters
from argmap.io import load

ARGDOWN = """# Pets

[Cats]: Cats are the best pets.
  <+ [Purr]: They purr when you stroke them.
  <- [Allergy]: Many people are allergic to cats.
"""

AIF = {
    "nodes": [
        {"nodeID": "1", "text": "Cats are the best pets.", "type": "I"},
        {"nodeID": "2", "text": "They purr.", "type": "I"},
        {"nodeID": "3", "text": "Default Inference", "type": "RA"},
        {"nodeID": "4", "text": "Bob: cats!", "type": "L"},
    ],
    "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}],
    "locutions": [],
}


@pytest.fixture
def argdown_file(tmp_path):
    path = tmp_path / "pets.argdown"
    path.write_text(ARGDOWN, encoding="utf-8")
    return path


@pytest.fixture
def notes(monkeypatch):
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(editor_dialogs, "show_import_notes", lambda parent, name, items: shown.append((name, items)))
    return shown


def texts(window) -> set[str]:
    return {s.text for s in window.document.amap.statements()}


def test_import_opens_an_untitled_map_that_save_asks_a_json_name_for(window, ui, dialogs, argdown_file, notes,
                                                                     tmp_path):
    dialogs.open_names.append(str(argdown_file))
    ui.trigger(window, "import")
    assert texts(window) == {"Cats are the best pets.", "They purr when you stroke them.",
                             "Many people are allergic to cats."}
    assert window.document.path is None and window.document.is_modified()
    assert window.windowTitle().startswith("Untitled")
    assert notes == []  # nothing skipped, no dialog
    ui.assert_scene_matches(window)
    dialogs.save_names.append(str(tmp_path / "pets"))
    ui.trigger(window, "save")
    assert window.document.path == tmp_path / "pets.json"
    assert len(load(tmp_path / "pets.json")) == 3


def test_import_shows_what_was_skipped(window, ui, dialogs, tmp_path, notes):
    path = tmp_path / "debate.json"  # AIF in a .json file: told apart by its content
    path.write_text(json.dumps(AIF), encoding="utf-8")
    dialogs.open_names.append(str(path))
    ui.trigger(window, "import")
    assert texts(window) == {"Cats are the best pets.", "They purr."}
    assert len(notes) == 1 and notes[0][0] == "debate.json" and "L-node" in notes[0][1][0]


@pytest.mark.parametrize(("name", "content"), [
    ("pets.md", "# Pets\n\n- Cats are the best pets.\n  - Pro: They purr.\n  - Con: Many people are allergic.\n"),
    ("pets.opml", '<opml version="2.0"><head><title>Pets</title></head><body><outline text="Cats are the best pets.">'
                  '<outline text="Pro: They purr."/><outline text="Con: Many people are allergic."/></outline></body></opml>'),
])
def test_import_of_an_outline(window, ui, dialogs, tmp_path, notes, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    dialogs.open_names.append(str(path))
    ui.trigger(window, "import")
    assert texts(window) == {"Cats are the best pets.", "They purr.", "Many people are allergic."}
    assert window.document.amap.title == "Pets" and notes == []
    ui.assert_scene_matches(window)


def test_a_bad_file_leaves_the_open_map_untouched(window, ui, dialogs, tmp_path, notes):
    before = ui.text_of(window)
    path = tmp_path / "broken.graphml"
    path.write_text("<graphml><node id=", encoding="utf-8")
    dialogs.open_names.append(str(path))
    ui.trigger(window, "import")
    assert ui.text_of(window) == before and window.document.path is not None
    assert len(dialogs.warnings) == 1 and dialogs.warnings[0][0] == "Cannot import map"
    assert "broken.graphml" in dialogs.warnings[0][1]


def test_open_of_an_argdown_file_imports_it(window, ui, dialogs, argdown_file, notes):
    dialogs.open_names.append(str(argdown_file))
    ui.trigger(window, "open")
    assert "Cats are the best pets." in texts(window) and window.document.path is None
    assert dialogs.warnings == []


def test_dropping_an_argdown_file_imports_it(make_window, argdown_file, qtbot, notes, tmp_path):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(argdown_file))])
    assert window.files.dropped_path(data) == str(argdown_file)
    window.dropEvent(QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: len(window.document.amap) == 3, timeout=2000)
    plain = tmp_path / "shopping.txt"  # a .txt that is no Kialo export is not taken
    plain.write_text("milk\neggs\n", encoding="utf-8")
    data.setUrls([QUrl.fromLocalFile(str(plain))])
    assert window.files.dropped_path(data) is None


def test_export_dialog_offers_images_and_every_text_format():
    formats = [fmt for fmt, _ in export_filters()]
    assert formats == ["png", "svg", "pdf", "aif", "argdown", "kialo", "graphml", "outline", "opml", "dot", "mermaid"]


@pytest.mark.parametrize(("name", "check"), [
    ("map.argdown", lambda text: text.startswith("===\ntitle:") and "\n  + [Benefits outweigh risks]: " in text),
    ("map.aif.json", lambda text: '"nodes"' in text and '"RA"' in text),
    ("map.txt", lambda text: text.startswith("Discussion Title:") and "\n1.1. Pro:" in text and "Con:" in text),
    ("map.graphml", lambda text: "<graphml" in text),
    ("map.dot", lambda text: text.startswith("digraph")),
    ("map.mmd", lambda text: "\nflowchart BT\n" in text),
    ("map.md", lambda text: text.startswith("# ") and "\n  - Pro: " in text and "\n  - Con: " in text),
    ("map.opml", lambda text: "<opml" in text and '<outline text="Pro: ' in text),
])
def test_export_writes_text_formats(window, ui, dialogs, tmp_path, name, check):
    dialogs.save_names.append(str(tmp_path / name))
    ui.trigger(window, "export")
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert check(text), text[:200]
    assert "Japan" in text
    # the example map's titles (AIF and Kialo have no place for them) and its linked reason (the outlines have none):
    # the export says so, one paragraph for each
    said = {"map.aif.json": ["statement title(s) are left out"], "map.md": ["1 linked reason(s)"],
            "map.opml": ["1 linked reason(s)"], "map.txt": ["statement title(s) are left out", "1 linked reason(s)"]}
    if name in said:
        assert [title for title, _ in dialogs.warnings] == ["Exported with a warning"]
        paragraphs = dialogs.warnings[0][1].split("\n\n")[1:]
        assert len(paragraphs) == len(said[name]) and all(w in p for w, p in zip(said[name], paragraphs, strict=True))
    else:
        assert dialogs.warnings == []
    assert window.document.stack.count() == 0


def test_export_image_of_the_selection_with_the_evaluation(window, ui, dialogs, tmp_path, monkeypatch):
    from argmap.export.api import export_size

    asked = {}

    def ask(parent, fmt, size_of, has_selection):
        asked.update(fmt=fmt, has_selection=has_selection, whole=size_of(2.0, False), part=size_of(2.0, True))
        return editor_dialogs.ImageExportOptions(scale=2.0, selection_only=True, evaluation=False)

    monkeypatch.setattr(editor_dialogs, "ask_image_export", ask)
    window.scene.select_ids(["c1", "s1"])
    shown_height = window.scene.item_for("c1").size()[1]
    dialogs.save_names.append(str(tmp_path / "part.png"))
    ui.trigger(window, "export")
    assert asked["fmt"] == "png" and asked["has_selection"]
    assert asked["part"][0] * asked["part"][1] < asked["whole"][0] * asked["whole"][1]
    image = QImage(str(tmp_path / "part.png"))
    window.scene.set_evaluation_visible(False)  # the export was drawn without the strength rows
    assert (image.width(), image.height()) == export_size(window.scene.diagram(["c1", "s1"]), scale=2.0)
    window.scene.set_evaluation_visible(True)
    assert window.scene.item_for("c1").size()[1] == shown_height  # the canvas got its rows back


def test_image_export_dialog_previews_the_size(window, qtbot):
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        size = dialog.findChild(QLabel, "export_size")
        seen["first"] = size.text()
        dialog.findChild(QComboBox, "export_scale").setCurrentIndex(0)
        seen["second"] = size.text()
        dialog.accept()

    QTimer.singleShot(50, answer)
    options = editor_dialogs.ask_image_export(window, "png", lambda scale, only: (round(500 * scale), 300),
                                              has_selection=False)
    assert seen == {"first": "1,000 × 300 pixels", "second": "500 × 300 pixels"}  # noqa: RUF001 - a times sign
    assert options == editor_dialogs.ImageExportOptions(scale=1.0, selection_only=False, evaluation=False)


def test_pdf_export_dialog_offers_a_slide_page(window, qtbot):
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        page = dialog.findChild(QComboBox, "export_page")
        seen["enabled"] = page.isEnabled()
        seen["pages"] = [page.itemData(k) for k in range(page.count())]
        page.setCurrentIndex(seen["pages"].index("slide"))
        dialog.accept()

    QTimer.singleShot(50, answer)
    options = editor_dialogs.ask_image_export(window, "pdf", lambda scale, only: (500, 300), has_selection=False)
    assert seen == {"enabled": True, "pages": ["fit", "slide", "A4", "Letter"]}
    assert options.page == "slide"


def test_a_png_export_ignores_the_page(window, qtbot):
    def answer():
        dialog = QApplication.activeModalWidget()
        assert not dialog.findChild(QComboBox, "export_page").isEnabled()
        dialog.accept()

    QTimer.singleShot(50, answer)
    assert editor_dialogs.ask_image_export(window, "png", lambda scale, only: (500, 300), has_selection=False).page == "fit"
