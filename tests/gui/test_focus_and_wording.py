"""Fixes from a user test of the editor: focus after adding, export size, slider undo, exit, wording."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QMessageBox

from argmap.gui import dialogs as editor_dialogs


def stack_texts(window) -> list[str]:
    stack = window.document.stack
    return [stack.text(i) for i in range(stack.count())]


def test_adding_from_the_inspector_commits_its_text_first_and_types_into_the_new_box(window, ui, qtbot):
    window.scene.select_ids(["s2"])
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.statement_id == "s2")
    before = window.document.amap.statement("s2").text
    inspector.text_edit.setFocus()
    qtbot.waitUntil(inspector.text_edit.hasFocus)
    inspector.text_edit.moveCursor(inspector.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(inspector.text_edit, " PENDING")

    ui.trigger(window, "add_objection")
    target = QApplication.focusWidget()
    assert target is window.view  # the typing goes to the canvas, not to the inspector
    qtbot.keyClicks(target, "Obj")
    qtbot.keyClick(target, Qt.Key.Key_Return)

    amap = window.document.amap
    new = [i for i in amap.children("s2") if amap.statement(i).text == "Obj"]
    assert len(new) == 1, [amap.statement(i).text for i in amap.children("s2")]
    assert amap.statement("s2").text == before + " PENDING"
    texts = stack_texts(window)
    assert len(texts) == 2 and "text" in texts[0].lower() and "objection" in texts[1].lower(), texts
    ui.trigger(window, "undo")  # adding and its first text are one step
    assert new[0] not in amap and amap.statement("s2").text == before + " PENDING"


def test_adding_while_the_outline_has_focus_types_into_the_new_box(window, ui, qtbot):
    window.scene.select_ids(["s2"])
    window.outline.setFocus()
    qtbot.waitUntil(window.outline.hasFocus)
    ui.trigger(window, "add_objection")
    target = QApplication.focusWidget()
    qtbot.keyClicks(target, "From outline")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    amap = window.document.amap
    assert any(amap.statement(i).text == "From outline" for i in amap.children("s2"))
    assert window.document.stack.count() == 1


def _export_with_dialog(window, ui, dialogs, path, *, check_evaluation: bool) -> str:
    """Export through the real dialog (defaults, optionally the evaluation box ticked); return the size it showed."""
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        label = dialog.findChild(QLabel, "export_size")
        seen["before"] = label.text()
        if check_evaluation:
            dialog.findChild(QCheckBox, "export_evaluation").setChecked(True)
        seen["shown"] = label.text()
        dialog.accept()

    dialogs.save_names.append(str(path))
    QTimer.singleShot(50, answer)
    ui.trigger(window, "export")
    assert dialogs.warnings == []
    if check_evaluation:
        assert seen["shown"] != seen["before"]  # ticking the box updated the preview
    return seen["shown"]


@pytest.mark.parametrize("evaluation", [False, True])
def test_the_export_dialog_shows_the_size_of_the_written_png(window, ui, dialogs, tmp_path, evaluation):
    window.scene.set_evaluation_visible(not evaluation)  # the canvas shows the other setting
    path = tmp_path / "out.png"
    shown = _export_with_dialog(window, ui, dialogs, path, check_evaluation=evaluation)
    image = QImage(str(path))
    assert not image.isNull()
    assert shown == f"{image.width():,} × {image.height():,} pixels"  # noqa: RUF001 - a times sign
    assert window.scene.evaluation is (not evaluation)  # the canvas kept its own setting


def test_arrow_keys_on_the_score_slider_are_one_undo_step(window, qtbot):
    window.scene.select_ids(["s2"])
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.statement_id == "s2")
    before = window.document.amap.statement("s2").score
    slider = inspector.score_slider
    slider.setFocus()
    for _ in range(5):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.document.amap.statement("s2").score == pytest.approx(before + 0.05)
    assert window.document.stack.count() == 1
    window.document.stack.undo()
    assert window.document.amap.statement("s2").score == pytest.approx(before)


def test_arrow_keys_on_two_statements_are_two_steps(window, qtbot):
    inspector = window.inspector
    for sid in ("s2", "s3"):
        window.scene.select_ids([sid])
        qtbot.waitUntil(lambda sid=sid: inspector.statement_id == sid)
        inspector.score_slider.setFocus()
        qtbot.keyClick(inspector.score_slider, Qt.Key.Key_Left)
        qtbot.keyClick(inspector.score_slider, Qt.Key.Key_Left)
    assert window.document.stack.count() == 2


def test_deleting_a_modified_document_raises_nothing(gui_env, qtbot):
    import shiboken6

    from argmap.gui.commands import AddStatement
    from argmap.gui.document import Document
    from argmap.model import Kind

    document = Document()
    seen = []
    document.modifiedChanged.connect(seen.append)
    assert document.execute(AddStatement(document.amap, Kind.CLAIM, "A claim"))
    assert seen == [True]
    with qtbot.captureExceptions() as exceptions:
        shiboken6.delete(document.stack)  # its destructor reports a clean state
        QApplication.processEvents()
    assert exceptions == []
    assert seen == [True, False]
    shiboken6.delete(document)


@pytest.mark.parametrize(("count", "wording"), [(1, "but one part of it"), (3, "but 3 parts of it")])
def test_import_notes_say_part_or_parts(gui_env, monkeypatch, count, wording):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    editor_dialogs.show_import_notes(None, "map.aif", [f"note {i}" for i in range(count)])
    assert texts == [f"map.aif was imported, {wording} could not be:"]
