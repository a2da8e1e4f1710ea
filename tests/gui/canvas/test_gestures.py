"""Mouse and keyboard on the canvas: drags, connections, inline editing; the scene only emits intents."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from argmap.io import dumps, load

EXAMPLE = Path(__file__).resolve().parents[3] / "maps" / "japan-nato-ukraine.json"


@pytest.fixture
def canvas(qtbot):
    from argmap.gui.canvas import MapScene, MapView

    amap = load(EXAMPLE)
    scene = MapScene(amap)
    view = MapView(scene)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    yield amap, scene, view
    scene.detach()


def mouse(view, kind, scene_pos, buttons=None, button=None, modifiers=None):
    """Send one mouse event to the view's viewport at a scene position."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(view.mapFromScene(scene_pos))
    global_pos = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    types = {
        "press": QEvent.Type.MouseButtonPress,
        "move": QEvent.Type.MouseMove,
        "release": QEvent.Type.MouseButtonRelease,
        "double": QEvent.Type.MouseButtonDblClick,
    }
    button = button if button is not None else (Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton)
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == "release" else Qt.MouseButton.LeftButton
    event = QMouseEvent(types[kind], local, global_pos, button, buttons, modifiers or Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def centre_in_view(view, item):
    view.centerOn(item.scene_box().center())
    return item.scene_box().center()


def test_drag_moves_the_box_and_emits_move_finished_once(canvas):
    from PySide6.QtCore import QPointF

    amap, scene, view = canvas
    before = dumps(amap)
    item = scene.item_for("s2")
    link = scene.link_item_for("s2", "c1")
    start = centre_in_view(view, item)
    old_pos = QPointF(item.pos())
    old_start, _ = link.end_points()
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    mouse(view, "press", start)
    for step in range(1, 6):
        mouse(view, "move", start + QPointF(12 * step, 7 * step))
    mouse(view, "release", start + QPointF(60, 35))
    assert len(moves) == 1
    ids, old_pins, new_positions = moves[0]
    assert ids == ["s2"]
    assert old_pins == [None]
    drop = (round(old_pos.x() + 60, 1), round(old_pos.y() + 35, 1))
    carried = scene.carried_boxes(["s2"])  # s2 where it was dropped, and the subtree it carries
    others = [b for i, b in scene.placed_boxes().items() if i not in carried]

    def clear(dx, dy, gap=0.0):
        return not any(
            x + dx < ox + ow + gap and ox < x + dx + w + gap and y + dy < oy + oh + gap and oy < y + dy + h + gap
            for x, y, w, h in carried.values()
            for ox, oy, ow, oh in others
        )

    nudge = (new_positions[0][0] - drop[0], new_positions[0][1] - drop[1])
    assert clear(*nudge), "a drop never lands on another box"
    if clear(0, 0, scene.drop_gap()):
        assert new_positions == [drop]
    assert item.pos() == old_pos + QPointF(60, 35)
    new_start, _ = link.end_points()
    assert new_start != old_start, "the arrow follows the box"
    assert dumps(amap) == before, "the scene never changes the model"


def test_a_drop_onto_another_box_lands_beside_it_and_nothing_else_moves(canvas):

    amap, scene, view = canvas
    item, other = scene.item_for("s2"), scene.item_for("s3")
    before = {i: b for i, b in scene.placed_boxes().items() if i not in scene.carried_boxes(["s2"])}
    start = centre_in_view(view, item)
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    target = other.scene_box().center()
    mouse(view, "press", start)
    mouse(view, "move", (start + target) / 2)
    mouse(view, "move", target)
    mouse(view, "release", target)
    (ids, _old, new_positions) = moves[0]
    amap.pin(ids[0], *new_positions[0])  # what the window's Move command does
    scene.relayout()
    ox, oy, ow, oh = before["s3"]
    assert not item.scene_box().intersects(other.scene_box()), "the dropped box is put beside the one it was dropped on"
    after = scene.placed_boxes()
    assert {i: after[i] for i in before} == before, "nothing else moved"
    assert (ox, oy, ow, oh) == other.box_tuple()


def test_escape_during_a_drag_puts_the_boxes_back_and_reports_nothing(canvas):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    _amap, scene, view = canvas
    item = scene.item_for("s2")
    start = centre_in_view(view, item)
    old_pos = QPointF(item.pos())
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    link = scene.link_item_for("s2", "c1")
    drawn = link.end_points()
    mouse(view, "press", start)
    mouse(view, "move", start + QPointF(40, 50))
    assert item.pos() != old_pos and link.end_points() != drawn
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert item.pos() == old_pos and link.end_points() == drawn, "the box and its arrow are back as the picture has them"
    mouse(view, "move", start + QPointF(80, 90), buttons=Qt.MouseButton.LeftButton)
    mouse(view, "release", start + QPointF(80, 90))
    assert item.pos() == old_pos and moves == [], "the rest of the drag does nothing"


def test_click_without_moving_emits_nothing(canvas):
    _amap, scene, view = canvas
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    pos = centre_in_view(view, scene.item_for("s3"))
    mouse(view, "press", pos)
    mouse(view, "release", pos)
    assert moves == []
    assert scene.selected_ids() == ["s3"]


def test_dragging_two_selected_boxes_is_one_signal(canvas):
    from PySide6.QtCore import QPointF

    _amap, scene, view = canvas
    scene.select_ids(["s2", "s3"])
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    start = centre_in_view(view, scene.item_for("s2"))
    from PySide6.QtCore import Qt

    mouse(view, "press", start, modifiers=Qt.KeyboardModifier.NoModifier)
    mouse(view, "move", start + QPointF(20, 40))
    mouse(view, "release", start + QPointF(20, 40))
    assert len(moves) == 1
    assert moves[0][0] == ["s2", "s3"]


def test_drag_from_the_handle_onto_another_box_requests_a_connection(canvas):
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QGraphicsLineItem

    amap, scene, view = canvas
    before = dumps(amap)
    source, target = scene.item_for("e1"), scene.item_for("s4")
    scene.select_ids(["e1"])  # a selected box shows its handle
    handle = source.mapToScene(source.handle_center())
    view.centerOn(handle)
    requests, moves = [], []
    scene.connectRequested.connect(lambda s, t: requests.append((s, t)))
    scene.moveFinished.connect(lambda *args: moves.append(args))
    old_pos = QPointF(source.pos())
    mouse(view, "press", handle)
    view.centerOn(handle)
    mouse(view, "move", handle + QPointF(5, -5))
    lines = [i for i in scene.items() if isinstance(i, QGraphicsLineItem)]
    assert len(lines) == 1, "a rubber-band line follows the mouse"
    goal = target.scene_box().center()
    view.centerOn((handle + goal) / 2)
    mouse(view, "move", goal)
    mouse(view, "release", goal)
    assert requests == [("e1", "s4")]
    assert moves == []
    assert source.pos() == old_pos, "dragging the handle does not move the box"
    assert not [i for i in scene.items() if isinstance(i, QGraphicsLineItem)]
    assert dumps(amap) == before


def test_handle_drop_on_empty_space_requests_nothing(canvas):
    from PySide6.QtCore import QPointF

    _amap, scene, view = canvas
    source = scene.item_for("e1")
    scene.select_ids(["e1"])
    handle = source.mapToScene(source.handle_center())
    view.centerOn(handle)
    requests = []
    scene.connectRequested.connect(lambda s, t: requests.append((s, t)))
    mouse(view, "press", handle)
    far = scene.items_bounding_rect_for_export().bottomRight() + QPointF(-2, -2)
    mouse(view, "move", far)
    mouse(view, "release", far)
    assert requests == []


def test_double_click_requests_an_edit(canvas):
    _amap, scene, view = canvas
    edits = []
    scene.editRequested.connect(edits.append)
    pos = centre_in_view(view, scene.item_for("o1"))
    mouse(view, "press", pos)
    mouse(view, "release", pos)
    mouse(view, "double", pos)
    mouse(view, "release", pos)
    assert edits == ["o1"]


def test_context_menu_names_the_box_or_the_background(canvas):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    _amap, scene, view = canvas
    asked = []
    scene.contextMenuRequested.connect(lambda i, p: asked.append((i, p)))
    pos = centre_in_view(view, scene.item_for("s1"))
    local = view.mapFromScene(pos)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, view.viewport().mapToGlobal(local)))
    empty = scene.items_bounding_rect_for_export().topLeft()
    view.centerOn(empty)
    local = view.mapFromScene(empty)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, view.viewport().mapToGlobal(local)))
    assert [a[0] for a in asked] == ["s1", ""]
    assert isinstance(asked[0][1], QPoint)


def test_inline_edit_enter_commits_and_esc_cancels(canvas, qtbot):
    from PySide6.QtCore import Qt

    amap, scene, view = canvas
    before = dumps(amap)
    commits = []
    scene.textEditCommitted.connect(lambda i, t: commits.append((i, t)))
    view.setFocus()
    editor = scene.start_inline_edit("s1")
    assert editor is not None and scene.inline_editor is editor
    qtbot.keyClicks(view.viewport(), "New text")  # the whole old text was selected: typing replaces it
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.viewport(), "second line")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert commits == [("s1", "New text\nsecond line")]
    assert scene.inline_editor is None
    assert dumps(amap) == before, "the window applies the edit, not the scene"

    cancels = []
    scene.editCancelled.connect(cancels.append)
    scene.start_inline_edit("s2")
    qtbot.keyClicks(view.viewport(), "Thrown away")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert commits == [("s1", "New text\nsecond line")]
    assert cancels == ["s2"]  # Esc is reported (the window drops a new, still empty statement)
    assert scene.inline_editor is None


def test_inline_edit_without_change_emits_nothing(canvas, qtbot):
    from PySide6.QtCore import Qt

    _amap, scene, view = canvas
    commits = []
    scene.textEditCommitted.connect(lambda i, t: commits.append((i, t)))
    view.setFocus()
    scene.start_inline_edit("s1")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert commits == []


def test_removing_the_edited_statement_closes_the_editor(canvas):
    amap, scene, _view = canvas
    scene.start_inline_edit("e1")
    amap.remove("e1")
    assert scene.inline_editor is None


def test_zoom_and_fit(canvas):
    _amap, scene, view = canvas
    zooms = []
    view.zoomChanged.connect(zooms.append)
    view.zoom_reset()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_in()
    assert view.zoom() > 1.0
    assert zooms == [pytest.approx(1.2)]  # 100 % was already the zoom: no signal for it
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < 1.0
    view.fit_map()
    assert zooms[-1] == pytest.approx(view.zoom())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.item_for("c1").scene_box())
    scene.select_ids(["o1"])
    view.zoom_to_selection()
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(scene.item_for("o1").scene_box())


def test_ctrl_wheel_zooms_around_the_cursor(canvas):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _amap, scene, view = canvas
    target = centre_in_view(view, scene.item_for("s4"))
    local = QPointF(view.mapFromScene(target)) + QPointF(30, 20)
    under = view.mapToScene(local.toPoint())
    event = QWheelEvent(
        local,
        view.viewport().mapToGlobal(local),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    zooms = []
    view.zoomChanged.connect(zooms.append)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.2)
    assert zooms == [pytest.approx(1.2)]
    after = view.mapToScene(local.toPoint())
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3


def test_view_keeps_the_selected_box_steady_after_relayout(canvas):
    from PySide6.QtCore import QPointF

    amap, scene, view = canvas
    scene.select_ids(["s4"])
    item = scene.item_for("s4")
    view.centerOn(item.scene_box().center())
    before = QPointF(view.mapFromScene(item.pos()))
    amap.add("support", "A new reason on the far left that shifts its neighbours.", parent="s1")
    scene.relayout()
    after = QPointF(view.mapFromScene(item.pos()))
    assert (after - before).manhattanLength() <= 2


def test_after_a_drag_the_layout_decides_unless_the_window_pins(canvas):
    from PySide6.QtCore import QPointF

    amap, scene, view = canvas
    item = scene.item_for("s2")
    start = centre_in_view(view, item)
    old_pos = QPointF(item.pos())
    moves = []
    scene.moveFinished.connect(lambda *args: moves.append(args))
    mouse(view, "press", start)
    mouse(view, "move", start + QPointF(40, 50))
    mouse(view, "release", start + QPointF(40, 50))
    scene.relayout()  # nobody pinned it: the box goes back to its place in the layout
    assert item.pos() == old_pos
    (ids, _old, new_positions) = moves[0]
    amap.pin(ids[0], *new_positions[0])  # what the window's Move command does
    scene.relayout()
    assert (item.x(), item.y()) == new_positions[0]


def test_a_new_statement_opens_for_typing_in_its_place(canvas):
    amap, scene, _view = canvas
    new = amap.add("objection", "", parent="s1")  # the window adds, then opens the editor at once
    editor = scene.start_inline_edit(new.id)
    box = scene.item_for(new.id).scene_box()
    assert box.top() > scene.item_for("s1").scene_box().bottom(), "the new box is already in its place"
    assert box.contains(editor.pos())
    amap.add("support", "Another reason that moves the neighbours", parent="s1")
    scene.relayout()
    assert scene.item_for(new.id).scene_box().contains(editor.pos()), "the editor follows its box"


def test_the_inline_editor_follows_a_theme_switch(canvas):
    from argmap.drawing.theme import Theme

    _, scene, _ = canvas
    scene.set_theme(Theme.dark())
    editor = scene.start_inline_edit("s1")
    assert editor.defaultTextColor() == Theme.dark().text
    scene.set_theme(Theme.light())
    assert editor.defaultTextColor() == Theme.light().text  # dark-theme text would vanish on the light field


def test_while_a_box_is_dragged_an_undercut_of_its_arrow_follows_that_arrow(canvas):
    """An undercut ends on the line it attacks: dragging the attacked premise moves that line, and the undercut's
    head stays on it during the drag (it used to jump there only on the drop)."""
    from PySide6.QtCore import QPointF

    from argmap.drawing.undercuts import attacked_point
    from argmap.model import Link, Relation

    amap, scene, view = canvas
    cutter = amap.add("objection", "The support does not follow from this reason.", parent=None)
    amap.add_link(Link(cutter.id, "c1", Relation.ATTACK, onto="s2"))
    scene.relayout()
    premise = scene.item_for("s2")
    attacked = scene.link_item_for("s2", "c1")
    undercut = scene.link_item_for(cutter.id, "c1")

    def head_on_attacked_line() -> bool:
        point, _ = attacked_point(attacked.arrow_shape()[0])
        tip = undercut.end_points()[1]
        return abs(tip.x() - point.x()) < 1.0 and abs(tip.y() - point.y()) < 1.0

    assert head_on_attacked_line()
    before = undercut.end_points()[1]
    start = centre_in_view(view, premise)
    mouse(view, "press", start)
    for step in range(1, 5):
        mouse(view, "move", start + QPointF(15 * step, 10 * step))
    assert undercut.end_points()[1] != before, "the undercut moved with the line it attacks"
    assert head_on_attacked_line()
    mouse(view, "release", start + QPointF(60, 40))
