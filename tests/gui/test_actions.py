"""Each editing command triggered through its QAction: model changed as meant, scene follows, undo exact."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QGuiApplication

from argmap.gui import dialogs as dialog_functions
from argmap.gui.actions import SPECS
from argmap.model import Kind, Relation


def test_every_command_is_a_named_action_with_a_status_tip(window):
    names = {a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("action_")}
    for spec in SPECS:
        assert spec.object_name in names
        action = window.findChild(QAction, spec.object_name)
        assert action.statusTip()
    issue_names = ["add_support", "add_objection", "add_rebuttal", "add_evidence", "edit_text", "delete", "undo",
                   "redo", "new", "open", "save", "save_as", "fit", "find", "palette"]
    assert all(f"action_{n}" in names for n in issue_names)


def test_no_two_actions_share_a_shortcut(window):
    seen: dict[str, str] = {}
    for spec in SPECS:
        for key in spec.shortcuts:
            assert key not in seen, f"{key} is used by {seen[key]} and {spec.name}"
            seen[key] = spec.name


@pytest.mark.parametrize(("name", "kind", "relation"), [
    ("add_support", Kind.SUPPORT, Relation.SUPPORT),
    ("add_objection", Kind.OBJECTION, Relation.ATTACK),
    ("add_rebuttal", Kind.REBUTTAL, Relation.ATTACK),
    ("add_evidence", Kind.EVIDENCE, Relation.SUPPORT),
])
def test_add_child_selects_it_and_opens_the_editor(window, ui, name, kind, relation):
    amap = window.document.amap
    old_ids = amap.ids()
    window.scene.select_ids(["s2"])
    before = ui.text_of(window)
    ui.trigger(window, name)
    new_id = window.scene.selected_ids()[0]
    assert new_id not in old_ids
    assert amap.statement(new_id).kind == kind
    assert amap.link(new_id, "s2").relation == relation
    assert window.scene.inline_editor is not None and window.scene.inline_editor.statement_id == new_id
    window.scene.inline_editor.cancel()  # an empty new statement cancelled is taken back
    assert ui.text_of(window) == before


def test_add_then_type_is_one_undo_step(window, ui, qtbot):
    window.scene.select_ids(["o2"])
    before = ui.text_of(window)
    ui.trigger(window, "add_rebuttal")
    new_id = window.scene.selected_ids()[0]
    editor = window.scene.inline_editor
    editor.setPlainText("Polls show support for non-combat aid.")
    editor.commit()
    assert window.document.amap.statement(new_id).text == "Polls show support for non-combat aid."
    assert window.document.stack.count() == 1
    ui.check_undo_redo(window, before)


def test_add_sibling_and_add_claim(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["o2"])
    before = ui.text_of(window)
    ui.trigger(window, "add_sibling")
    new_id = window.scene.selected_ids()[0]
    assert amap.statement(new_id).kind == Kind.OBJECTION and amap.parents(new_id) == ["c1"]
    window.scene.inline_editor.setPlainText("A sibling objection.")
    window.scene.inline_editor.commit()
    ui.check_undo_redo(window, before)
    before = ui.text_of(window)
    ui.trigger(window, "add_claim")
    claim = window.scene.selected_ids()[0]
    assert amap.statement(claim).kind == Kind.CLAIM and not amap.parents(claim)
    window.scene.inline_editor.setPlainText("A second main claim.")
    window.scene.inline_editor.commit()
    ui.check_undo_redo(window, before)


def test_edit_text_inline_commit_and_cancel(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["s1"])
    old = amap.statement("s1").text
    ui.trigger(window, "edit_text")
    editor = window.scene.inline_editor
    assert editor is not None and editor.toPlainText() == old
    editor.setPlainText("Changed and then cancelled")
    editor.cancel()
    assert amap.statement("s1").text == old
    assert window.document.stack.count() == 0
    before = ui.text_of(window)
    ui.trigger(window, "edit_text")
    window.scene.inline_editor.setPlainText("The benefits clearly outweigh the risks.")
    window.scene.inline_editor.commit()
    assert amap.statement("s1").text == "The benefits clearly outweigh the risks."
    ui.check_undo_redo(window, before)


def test_delete_then_undo_restores_the_edges(window, ui):
    amap = window.document.amap
    links = {lk.key for lk in amap.links() if "r1" in lk.key}
    assert len(links) == 3
    window.scene.select_ids(["r1"])
    before = ui.text_of(window)
    ui.trigger(window, "delete")
    assert "r1" not in amap and "o10" in amap and not amap.parents("o10")
    assert window.scene.selected_ids() == ["o1"]  # selection moves to the parent
    ui.check_undo_redo(window, before)
    ui.trigger(window, "undo")
    assert {lk.key for lk in amap.links() if "r1" in lk.key} == links
    assert window.scene.link_item_for("o10", "r1") is not None


def test_delete_subtree(window, ui):
    amap = window.document.amap
    gone = {"o1"} | amap.descendants("o1")
    window.scene.select_ids(["o1"])
    before = ui.text_of(window)
    ui.trigger(window, "delete_subtree")
    assert not gone & set(amap.ids())
    ui.check_undo_redo(window, before)


@pytest.mark.parametrize("kind", list(Kind))
def test_change_kind(window, ui, kind):
    window.scene.select_ids(["r3"] if kind != Kind.REBUTTAL else ["o2"])
    before = ui.text_of(window)
    ui.trigger(window, f"kind_{kind.value}")
    assert window.document.amap.statement(window.scene.selected_ids()[0]).kind == kind
    ui.check_undo_redo(window, before)


def test_flip_relation(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["s6"])
    before = ui.text_of(window)
    ui.trigger(window, "flip_relation")
    assert amap.link("s6", "s2").relation == Relation.ATTACK and amap.statement("s6").kind == Kind.OBJECTION
    ui.check_undo_redo(window, before)


def test_connect_asks_for_the_relation(window, ui, monkeypatch):
    amap = window.document.amap
    asked = []

    def answer(parent, statements, source, target):
        asked.append((source, target))
        return source, target, Relation.ATTACK

    monkeypatch.setattr(dialog_functions, "ask_connection", answer)
    window.scene.select_ids(["s2", "o12"])
    before = ui.text_of(window)
    ui.trigger(window, "connect")
    assert asked == [("o12", "s2")]
    assert amap.link("o12", "s2").relation == Relation.ATTACK
    ui.check_undo_redo(window, before)


def test_drag_connect_and_move_under(window, ui, monkeypatch):
    amap = window.document.amap
    answers = ["support", "move"]
    monkeypatch.setattr(dialog_functions, "ask_relation", lambda *a, **k: answers.pop(0))
    before = ui.text_of(window)
    window.scene.connectRequested.emit("e1", "s2")
    assert amap.link("e1", "s2").relation == Relation.SUPPORT
    ui.check_undo_redo(window, before)
    before = ui.text_of(window)
    window.scene.connectRequested.emit("s9", "s4")
    assert amap.parents("s9") == ["s4"]
    ui.check_undo_redo(window, before)


def test_a_refused_connection_says_why_and_changes_nothing(window, ui, monkeypatch):
    monkeypatch.setattr(dialog_functions, "ask_relation", lambda *a, **k: "support")
    before = ui.text_of(window)
    window.scene.connectRequested.emit("s2", "c1")  # already linked
    assert ui.text_of(window) == before
    assert window.document.stack.count() == 0
    assert "already linked" in window.statusBar().currentMessage()


def test_disconnect(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["s6", "s2"])
    before = ui.text_of(window)
    ui.trigger(window, "disconnect")
    assert not amap.has_link("s6", "s2")
    ui.check_undo_redo(window, before)


def test_group_and_ungroup(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["r5", "r6"])
    before = ui.text_of(window)
    ui.trigger(window, "group")
    assert len(amap.groups("o3")) == 1
    ui.check_undo_redo(window, before)
    window.scene.select_ids(["s7"])
    before = ui.text_of(window)
    ui.trigger(window, "ungroup")
    assert amap.groups("s3") == {}
    ui.check_undo_redo(window, before)


def test_drag_move_is_one_undo_step_and_unpin(window, ui):
    amap = window.document.amap
    scene = window.scene
    before = ui.text_of(window)
    scene.select_ids(["s1", "s2"])
    old = [amap.statement(i).pinned for i in ("s1", "s2")]
    scene.moveFinished.emit(["s1", "s2"], old, [(500.0, 40.0), (700.0, 40.0)])
    assert amap.statement("s1").pinned == (500.0, 40.0)
    assert window.document.stack.count() == 1
    ui.check_undo_redo(window, before)
    before = ui.text_of(window)
    ui.trigger(window, "unpin")
    assert amap.statement("s1").pinned is None and amap.statement("s2").pinned is None
    ui.check_undo_redo(window, before)


def test_real_mouse_drag_is_one_move(window, ui, qtbot):
    from PySide6.QtCore import QPoint, Qt

    window.view.zoom_reset()
    item = window.scene.item_for("s5")
    window.view.centerOn(item)
    start = window.view.mapFromScene(item.scene_box().center())
    viewport = window.view.viewport()
    before = ui.text_of(window)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(12 * step, 6 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 30))
    assert window.document.stack.count() == 1
    assert window.document.amap.statement("s5").pinned is not None
    ui.check_undo_redo(window, before)


def test_collapse_and_expand(window, ui):
    amap = window.document.amap
    window.scene.select_ids(["o1"])
    before = ui.text_of(window)
    ui.trigger(window, "collapse")
    assert amap.statement("o1").collapsed
    window.scene.relayout()
    assert not window.scene.item_for("r1").isVisible()
    ui.check_undo_redo(window, before)
    ui.trigger(window, "collapse")
    assert not amap.statement("o1").collapsed


def test_copy_paste_subtree_with_fresh_ids(window, ui):
    amap = window.document.amap
    size = 1 + len(amap.descendants("o3"))
    window.scene.select_ids(["o3"])
    ui.trigger(window, "copy")
    window.scene.select_ids(["s4"])
    before = ui.text_of(window)
    ui.trigger(window, "paste")
    pasted = window.scene.selected_ids()
    assert len(pasted) == 1 and pasted[0] != "o3"
    assert amap.parents(pasted[0]) == ["s4"]
    assert len(amap.descendants(pasted[0])) == size - 1
    assert amap.statement(pasted[0]).text == amap.statement("o3").text
    ui.check_undo_redo(window, before)


def test_cut_is_one_step_and_paste_puts_it_back_elsewhere(window, ui):
    amap = window.document.amap
    size = len(amap)
    window.scene.select_ids(["o5"])
    before = ui.text_of(window)
    ui.trigger(window, "cut")
    assert "o5" not in amap and "r8" not in amap
    ui.check_undo_redo(window, before)
    window.scene.select_ids(["o2"])
    ui.trigger(window, "paste")
    assert len(amap) == size


def test_paste_between_two_windows(make_window, window, ui, example_copy):
    other = make_window()
    window.scene.select_ids(["o4"])
    ui.trigger(window, "copy")
    other.scene.select_ids([])
    ui.trigger(other, "paste")
    amap = other.document.amap
    assert len(amap) == 1 + len(window.document.amap.descendants("o4"))
    top = amap.main_claims()[0]
    assert amap.statement(top).text == window.document.amap.statement("o4").text
    ui.assert_scene_matches(other)
    assert QGuiApplication.clipboard().mimeData().hasFormat("application/x-argmap+json")


def test_select_all_and_tidy_layout(window, ui):
    ui.trigger(window, "select_all")
    assert window.scene.selected_ids() == window.document.amap.ids()
    amap = window.document.amap
    window.scene.moveFinished.emit(["s1"], [None], [(900.0, 10.0)])
    before = ui.text_of(window)
    ui.trigger(window, "relayout")
    assert all(s.pinned is None for s in amap.statements())
    ui.check_undo_redo(window, before)


def test_map_title(window, ui, monkeypatch):
    monkeypatch.setattr(dialog_functions, "ask_map_properties", lambda *a: ("New title", "New description"))
    before = ui.text_of(window)
    ui.trigger(window, "map_properties")
    assert window.document.amap.title == "New title"
    ui.check_undo_redo(window, before)


def test_undo_history_lists_the_edits(window, ui):
    window.scene.select_ids(["s1"])
    ui.trigger(window, "kind_evidence")
    ui.trigger(window, "delete")
    model = window.history.model()
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert texts[1:] == ["Make evidence", "Delete statement"]
    assert ui.act(window, "undo").text() == "&Undo Delete statement"


def test_an_empty_map_starts_with_its_main_claim_whatever_add_key(make_window, ui):
    window = make_window()
    assert ui.act(window, "add_objection").isEnabled() and not ui.act(window, "delete").isEnabled()
    ui.trigger(window, "add_objection")
    amap = window.document.amap
    assert [s.kind for s in amap.statements()] == [Kind.CLAIM]
    window.scene.inline_editor.setPlainText("Homework should be abolished.")
    window.scene.inline_editor.commit()
    assert ui.act(window, "delete").isEnabled()
    ui.trigger(window, "delete")
    ui.trigger(window, "select_all")
    assert len(amap) == 0
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    assert ui.act(window, "add_support").isEnabled()
