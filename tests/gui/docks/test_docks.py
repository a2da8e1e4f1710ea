"""Inspector, outline, find and the command palette."""

from __future__ import annotations

from PySide6.QtCore import Qt

from argmap.gui import dialogs as dialog_functions
from argmap.gui.find import matches
from argmap.gui.palette import CommandPalette, palette_matches
from argmap.model import Kind, Source


def test_inspector_follows_the_selection(window):
    inspector = window.inspector
    window.scene.select_ids(["s3"])
    assert inspector.statement_id == "s3"
    assert inspector.text_edit.toPlainText() == window.document.amap.statement("s3").text
    assert inspector.kind_box.currentData() == "support"
    window.scene.select_ids(["s3", "s4"])
    assert inspector.statement_id is None and not inspector.form_widget.isVisibleTo(inspector)
    assert "2 statements selected" in inspector.empty_label.text()


def test_inspector_edits_are_undoable_commands(window, ui, qtbot, monkeypatch):
    amap = window.document.amap
    inspector = window.inspector
    window.scene.select_ids(["s4"])
    before = ui.text_of(window)
    inspector.notes_edit.setPlainText("A teaching remark.")
    inspector.notes_edit.committed.emit(inspector.notes_edit.toPlainText())
    assert amap.statement("s4").notes == "A teaching remark."
    ui.check_undo_redo(window, before)

    before = ui.text_of(window)
    inspector.tags_edit.setText("diplomacy, nato , diplomacy,")
    inspector.tags_edit.editingFinished.emit()
    assert amap.statement("s4").tags == ("diplomacy", "nato")
    ui.check_undo_redo(window, before)

    before = ui.text_of(window)
    inspector.kind_box.setCurrentIndex(inspector.kind_box.findData("objection"))
    inspector.kind_box.activated.emit(inspector.kind_box.currentIndex())
    assert amap.statement("s4").kind == Kind.OBJECTION
    ui.check_undo_redo(window, before)

    monkeypatch.setattr(dialog_functions, "ask_source", lambda parent: Source("NATO press release", "https://nato.int"))
    before = ui.text_of(window)
    inspector.add_source_button.click()
    assert amap.statement("s4").sources[-1] == Source("NATO press release", "https://nato.int")
    ui.check_undo_redo(window, before)
    qtbot.waitUntil(lambda: inspector.sources_list.count() == 2, timeout=1000)
    before = ui.text_of(window)
    inspector.sources_list.setCurrentRow(1)
    inspector.remove_source_button.click()
    assert len(amap.statement("s4").sources) == 1
    ui.check_undo_redo(window, before)


def test_score_slider_drag_is_one_undo_step(window, ui):
    amap = window.document.amap
    slider = window.inspector.score_slider
    window.scene.select_ids(["s5"])
    before = ui.text_of(window)
    slider.setSliderDown(True)
    window.inspector._start_drag()
    for value in (55, 62, 70, 80):
        slider.setValue(value)
    slider.setSliderDown(False)
    assert amap.statement("s5").score == 0.8
    assert window.document.stack.count() == 1
    ui.check_undo_redo(window, before)
    assert window.inspector.score_label.text() == "80 %"


def test_inspector_text_commits_on_ctrl_enter_and_shows_model_changes(window, ui, qtbot):
    amap = window.document.amap
    window.scene.select_ids(["s1"])
    edit = window.inspector.text_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Rewritten in the inspector")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert amap.statement("s1").text == "Rewritten in the inspector"
    window.view.setFocus()
    ui.trigger(window, "undo")
    qtbot.waitUntil(lambda: edit.toPlainText() == amap.statement("s1").text, timeout=1000)


def test_outline_mirrors_the_map_and_shares_the_selection(window, ui, qtbot):
    outline = window.outline
    amap = window.document.amap
    assert outline.topLevelItemCount() == 1
    assert rows_in(outline) == set(amap.ids())
    window.scene.select_ids(["r5"])
    assert outline.selected_ids() == ["r5"]
    outline.item_for("o2").setSelected(True)
    outline.item_for("r5").setSelected(False)
    assert window.scene.selected_ids() == ["o2"]
    window.scene.select_ids(["s2"])
    ui.trigger(window, "add_support")
    window.scene.inline_editor.setPlainText("New in outline")
    window.scene.inline_editor.commit()
    qtbot.waitUntil(lambda: rows_in(outline) == set(amap.ids()), timeout=1000)
    new_id = window.scene.selected_ids()[0]
    assert outline.item_for(new_id).parent() is outline.item_for("s2")
    assert outline.item_for(new_id).text(0) == "New in outline"


def test_outline_text_edit_is_a_command(window, ui):
    amap = window.document.amap
    before = ui.text_of(window)
    window.outline.item_for("r7").setText(0, "Edited in the outline")  # r7 has no title: the row is its text
    assert amap.statement("r7").text == "Edited in the outline"
    ui.check_undo_redo(window, before)


def test_find_highlights_and_steps_through_matches(window, ui, qtbot):
    amap = window.document.amap
    expected = matches(amap, "article japan")
    assert len(expected) >= 3
    ui.trigger(window, "find")
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "Article japan")
    assert window.scene.highlighted_ids() == expected
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.scene.selected_ids() == [expected[0]]
    ui.trigger(window, "find_next")
    assert window.scene.selected_ids() == [expected[1]]
    ui.trigger(window, "find_previous")
    ui.trigger(window, "find_previous")
    assert window.scene.selected_ids() == [expected[-1]]
    assert window.find_bar.count_label.text() == f"{len(expected)} of {len(expected)}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.scene.highlighted_ids() == []


def test_palette_filters_every_action_and_runs_the_chosen_one(window, ui, qtbot):
    assert palette_matches("add obj", "Add objection")
    assert not palette_matches("add obj", "Add support")
    palette = CommandPalette(window.all_actions(), window)
    qtbot.addWidget(palette)
    assert len(palette.visible_names()) > 30
    qtbot.keyClicks(palette.edit, "zoom in")
    assert palette.visible_names()[0] == "action_zoom_in"
    palette.edit.clear()
    qtbot.keyClicks(palette.edit, "tidy")
    assert palette.visible_names() == ["action_relayout"]
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert palette.chosen is ui.act(window, "relayout")


def test_palette_action_runs_a_command(window, ui, monkeypatch):
    from argmap.gui import main_window

    window.scene.select_ids(["s1"])
    monkeypatch.setattr(main_window, "run_palette", lambda actions, parent: ui.act(window, "kind_evidence").trigger())
    ui.trigger(window, "palette")
    assert window.document.amap.statement("s1").kind == Kind.EVIDENCE


def test_keymap_dialog_lists_shortcuts(window, qtbot):
    from argmap.gui.keymap import KeymapDialog, keymap_html

    html = keymap_html()
    assert "Add objection" in html and "Ctrl+Shift+P" in html
    dialog = KeymapDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"


def test_widgets_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSlider, QTreeView

    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QSlider, QTreeView):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and widget.objectName() not in ("qt_spinbox_lineedit",):
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()!r} has no accessible name"
    assert window.view.accessibleName()
    for button in window.inspector.findChildren(QAbstractButton):
        assert button.accessibleName() or button.text()


def test_docs_commands_md_is_up_to_date():
    from pathlib import Path

    from argmap.gui.keymap import commands_markdown

    path = Path(__file__).resolve().parents[3] / "docs" / "commands.md"
    assert path.read_text(encoding="utf-8") == commands_markdown(), (
        "docs/commands.md is out of date: run 'python -m argmap.gui.keymap > docs/commands.md'")



def test_context_menus_offer_the_same_actions(window, ui, monkeypatch):
    from PySide6.QtCore import QPoint

    shown = []

    def fake_exec(menu, at):
        names = []
        for action in menu.actions():
            names.append(action.objectName())
            if action.menu() is not None:
                names += [a.objectName() for a in action.menu().actions()]
        shown.append(names)

    monkeypatch.setattr(dialog_functions, "exec_menu", fake_exec)
    window.scene.contextMenuRequested.emit("o2", QPoint(10, 10))
    assert window.scene.selected_ids() == ["o2"]
    assert {"action_add_rebuttal", "action_delete", "action_kind_evidence", "action_connect"} <= set(shown[0])
    assert all(ui.act(window, n[len("action_"):]) is not None for n in shown[0] if n)
    window.scene.contextMenuRequested.emit("", QPoint(10, 10))
    assert "action_add_claim" in shown[1] and "action_paste" in shown[1]


def test_tab_leaves_the_canvas_and_f6_comes_back(window, qtbot, ui):
    from PySide6.QtWidgets import QApplication

    window.scene.select_ids(["s1"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.view
    ui.trigger(window, "focus_canvas")
    assert QApplication.focusWidget() is window.view


def rows_in(outline) -> set[str]:
    """Every statement id the outline has a row for (unfolded or not)."""
    found: set[str] = set()

    def walk(item):
        found.add(item.data(0, Qt.ItemDataRole.UserRole))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(outline.topLevelItemCount()):
        walk(outline.topLevelItem(i))
    return found


def outline_snapshot(outline):
    def walk(item):
        return (item.data(0, Qt.ItemDataRole.UserRole), item.text(0), item.text(1),
                [walk(item.child(i)) for i in range(item.childCount())])

    return [walk(outline.topLevelItem(i)) for i in range(outline.topLevelItemCount())]


def test_outline_follows_edits_in_place_like_a_fresh_rebuild(window, ui, monkeypatch, qtbot):
    outline = window.outline
    rebuilds = []
    real = type(outline).rebuild
    monkeypatch.setattr(type(outline), "rebuild", lambda self: rebuilds.append(1) or real(self))
    scene = window.scene
    scene.select_ids(["s2"])
    ui.trigger(window, "add_objection")
    scene.inline_editor.setPlainText("Incremental objection")
    scene.inline_editor.commit()
    scene.select_ids(["r1"])
    ui.trigger(window, "delete")
    scene.select_ids(["o3"])
    ui.trigger(window, "delete_subtree")
    ui.trigger(window, "undo")
    scene.select_ids(["s7"])
    ui.trigger(window, "flip_relation")
    scene.select_ids(["s9"])
    ui.trigger(window, "kind_evidence")
    qtbot.wait(10)
    assert rebuilds == []  # all followed in place
    followed = outline_snapshot(outline)
    real(outline)
    assert outline_snapshot(outline) == followed
    assert rows_in(outline) == set(window.document.amap.ids())


def test_typing_in_the_inspector_then_moving_on_keeps_each_text_with_its_statement(window, ui, qtbot):
    amap = window.document.amap
    window.scene.select_ids(["s1"])
    edit = window.inspector.text_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Typed for s1")
    window.scene.select_ids(["s2"], focus=False)  # the selection moves while the text field keeps the focus
    assert edit.hasFocus()
    window.view.setFocus()  # leaving the field must not write s1's text into s2
    assert amap.statement("s1").text == "Typed for s1"
    assert amap.statement("s2").text != "Typed for s1"
    assert edit.toPlainText() == amap.statement("s2").text
