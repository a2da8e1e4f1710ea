"""Keyboard first: the first two levels of the example map built by key presses alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from argmap.io import load

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def shape(amap, top: str) -> list[tuple[str, str, str]]:
    return [(str(amap.statement(c).kind), amap.link(c, top).relation.value, amap.statement(c).text)
            for c in amap.children(top)]


def type_into_box(qtbot, view, text: str) -> None:
    qtbot.keyClicks(view, text)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_build_first_two_levels_by_keyboard_save_and_reopen(make_window, qtbot, dialogs, tmp_path):
    example = load(EXAMPLE)
    claim = example.main_claims()[0]
    supports = [example.statement(c).text for c in example.children(claim) if example.statement(c).kind == "support"]
    objections = [example.statement(c).text for c in example.children(claim) if example.statement(c).kind == "objection"]

    window = make_window()
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C)  # C: the main claim, open for typing at once
    type_into_box(qtbot, view, example.statement(claim).text)
    qtbot.keyClick(view, Qt.Key.Key_S)  # S: a support under the selected claim
    type_into_box(qtbot, view, supports[0])
    for text in supports[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on a selected box: a sibling of the same kind
        type_into_box(qtbot, view, text)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # back to the claim
    qtbot.keyClick(view, Qt.Key.Key_O)
    type_into_box(qtbot, view, objections[0])
    for text in objections[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Return)
        type_into_box(qtbot, view, text)

    amap = window.document.amap
    built_claim = amap.main_claims()[0]
    assert amap.statement(built_claim).text == example.statement(claim).text
    assert shape(amap, built_claim) == shape(example, claim)
    assert window.isWindowModified()

    target = tmp_path / "built.json"
    dialogs.save_names.append(str(target))
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("built.json")
    again = load(target)
    top = again.main_claims()[0]
    assert again.statement(top).text == example.statement(claim).text
    assert shape(again, top) == shape(example, claim)

    # every edit of the session is one undo step per statement (adding and typing merged)
    assert window.document.stack.count() == 1 + len(supports) + len(objections)


def test_arrow_keys_walk_the_tree(window, qtbot):
    view, scene = window.view, window.scene
    view.setFocus()
    scene.select_ids(["c1"])
    amap = window.document.amap
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == [amap.children("c1")[0]]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == [amap.children("c1")[1]]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # past the first sibling: stays
    assert scene.selected_ids() == [amap.children("c1")[0]]
    scene.select_ids(["o10"])
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_ids() == ["r1"]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert scene.selected_ids() == ["c1"]


def test_keys_typed_into_a_box_do_not_run_commands(window, qtbot):
    view, scene = window.view, window.scene
    view.setFocus()
    scene.select_ids(["s1"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert scene.inline_editor is not None
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view, "SORE GL. Up")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.document.amap.statement("s1").text == "SORE GL. Up"
    assert window.document.stack.count() == 1


def test_escape_cancels_and_drops_an_empty_new_statement(window, qtbot, ui):
    view = window.view
    view.setFocus()
    window.scene.select_ids(["s2"])
    before = ui.text_of(window)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert ui.text_of(window) == before
    assert window.scene.selected_ids() == ["s2"]
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, "never saved")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert ui.text_of(window) == before


def test_delete_and_undo_keys(window, qtbot, ui):
    view = window.view
    view.setFocus()
    window.scene.select_ids(["o7"])
    before = ui.text_of(window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "o7" not in window.document.amap
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.text_of(window) == before
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "o7" not in window.document.amap
