"""Statement titles in the editor: the Inspector field, typing in the box (Shift+F2) and the Outline, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_inspector_title_field_is_one_undoable_command(window, ui, qtbot) -> None:
    amap, inspector = window.document.amap, window.inspector
    window.scene.select_ids(["r1"])
    qtbot.waitUntil(lambda: inspector.statement_id == "r1", timeout=1000)
    assert inspector.title_edit.text() == ""
    before = ui.text_of(window)
    inspector.title_edit.setText("  Non-combat   roles  ")
    inspector.title_edit.editingFinished.emit()
    assert amap.statement("r1").title == "Non-combat roles"
    ui.check_undo_redo(window, before)
    window.scene.select_ids(["o1"])
    qtbot.waitUntil(lambda: inspector.title_edit.text() == "Constitutional constraints", timeout=1000)


def test_title_typed_in_the_box_grows_it_and_is_drawn_bold_on_top(window, ui) -> None:
    amap, scene = window.document.amap, window.scene
    scene.select_ids(["r2"])
    height = scene.item_for("r2").painting.h
    before = ui.text_of(window)
    ui.trigger(window, "edit_title")
    editor = scene.inline_editor
    assert editor is not None and editor.field == "title" and editor.font().bold()
    editor.setPlainText("Parliament decides")
    editor.commit()
    assert amap.statement("r2").title == "Parliament decides"
    scene.relayout()
    painting = scene.item_for("r2").painting
    assert painting.h > height
    assert painting.title_runs[0][2] == "Parliament decides"
    assert painting.title_runs[0][1] < painting.text_runs[0][1]  # above the text
    ui.check_undo_redo(window, before)


def test_escape_leaves_the_title_alone(window, ui, qtbot) -> None:
    scene = window.scene
    scene.select_ids(["o1"])
    ui.trigger(window, "edit_title")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    scene.inline_editor.cancel() if scene.inline_editor else None
    assert window.document.amap.statement("o1").title == "Constitutional constraints"


def test_outline_shows_titles_in_bold_and_edits_them(window, ui) -> None:
    amap, outline = window.document.amap, window.outline
    row = outline.item_for("o1")
    assert row.text(0) == "Constitutional constraints" and row.font(0).bold()
    assert amap.statement("o1").text in row.toolTip(0)
    plain = outline.item_for("r1")
    assert plain.text(0) == amap.statement("r1").text and not plain.font(0).bold()
    before = ui.text_of(window)
    row.setText(0, "Article 9")
    assert amap.statement("o1").title == "Article 9"
    assert amap.statement("o1").text.startswith("Article 9 of Japan's constitution")
    ui.check_undo_redo(window, before)
