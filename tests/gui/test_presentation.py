"""Presentation mode from the keyboard alone: F5, then Space/arrows/Home/End/numbers/B/E/T/O, Esc back to the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt


def start(window, ui, qtbot):
    ui.trigger(window, "present")
    shown = window.teaching.presentation
    assert shown is not None
    qtbot.waitExposed(shown)
    return shown


def test_the_example_map_is_presented_from_start_to_end_by_keyboard(window, ui, qtbot):
    shown = start(window, ui, qtbot)
    assert shown.isFullScreen()
    amap = window.document.amap
    assert shown.shown_ids() == (amap.main_claims()[0],)
    seen = [shown.frame.current]
    for _ in range(shown.step_count() - 1):
        qtbot.keyClick(shown, Qt.Key.Key_Space)
        seen.append(shown.frame.current)
    assert sorted(i for i in seen if i is not None) == sorted(amap.ids())  # every statement, one at a time
    assert seen[-1] is None and set(shown.shown_ids()) == set(amap.ids())  # the whole map at the end
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # past the end: stays
    assert shown.step == shown.step_count() - 1
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    qtbot.keyClick(shown, Qt.Key.Key_Backspace)
    assert shown.step == shown.step_count() - 3
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert shown.step == 0
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.step == shown.step_count() - 1


def test_numbers_jump_to_a_branch_and_b_blanks(window, ui, qtbot):
    shown = start(window, ui, qtbot)
    main = window.document.amap.main_claims()[0]
    replies = window.document.amap.children(main)
    qtbot.keyClick(shown, Qt.Key.Key_3)
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert shown.frame.current == replies[2]
    qtbot.keyClicks(shown, "12")
    qtbot.waitUntil(lambda: shown.frame.current == replies[11], timeout=3000)  # after a short pause
    qtbot.keyClick(shown, Qt.Key.Key_B)
    assert shown.shown_ids() == ()
    qtbot.keyClick(shown, Qt.Key.Key_B)
    assert shown.shown_ids()


def test_strengths_only_when_asked_theme_and_order(window, ui, qtbot):
    shown = start(window, ui, qtbot)
    assert not any(b.painting.evaluation for b in shown.presentation.diagram.boxes)
    qtbot.keyClick(shown, Qt.Key.Key_E)
    assert all(b.painting.evaluation for b in shown.presentation.diagram.boxes)
    before = shown.presentation.diagram.theme.name
    qtbot.keyClick(shown, Qt.Key.Key_T)
    assert shown.presentation.diagram.theme.name != before
    depth = shown.presentation.steps.ids
    qtbot.keyClick(shown, Qt.Key.Key_O)
    assert shown.presentation.steps.ids != depth and set(shown.presentation.steps.ids) == set(depth)


def test_breadth_first_is_the_teachers_choice_in_the_menu(window, ui, qtbot):
    ui.trigger(window, "present_breadth_first")
    shown = start(window, ui, qtbot)
    assert shown.order == "breadth"


def test_esc_leaves_and_the_editor_has_the_keys_again(window, ui, qtbot):
    shown = start(window, ui, qtbot)
    shown.grab().save(str(window.document.path.with_suffix(".png")))  # paints without error
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.teaching.presentation is None, timeout=2000)
    assert window.document.amap  # the map is untouched
