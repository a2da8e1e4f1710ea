"""A linked reason's bracket whose boxes all moved by one step (its tree moved across) is the last one moved along, when
no other box is where its check looked; else it is drawn and checked again. Either way it is the one made from nothing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from argmap.model import ArgumentMap, Relation
from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture, path_points

GROUPS = [("c", "g", ["p", "q"], Relation.SUPPORT)]
BOXES = {"c": (100.0, 0.0, 100.0, 50.0), "p": (0.0, 200.0, 100.0, 50.0), "q": (200.0, 200.0, 100.0, 50.0)}


def _draw(shown: dict, memo=None):
    """The brackets of ``shown`` (drawn from nothing without ``memo``), and the memo they leave."""
    from argmap.drawing import bracket_picture
    from argmap.drawing.detour import Budget
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.reuse import PictureMemo

    index = BoxIndex(shown)
    if memo is None:
        memo = PictureMemo(signature=(), index=index)
    memo.index = index
    diagram = SimpleNamespace(layout=SimpleNamespace(lanes={}), brackets=[], arrows=[])
    bracket_picture.draw_brackets(GROUPS, shown, {}, set(), lambda: BoxIndex({}), Budget.for_boxes(len(shown)), memo=memo,
                                  index=index, direction="TB", remember=True, diagram=diagram)
    return diagram.brackets, memo


def _looks(bracket) -> tuple:
    from argmap.drawing.geometry import qt_shape

    return path_points(bracket.bracket), path_points(qt_shape(bracket.shape)[0]), bracket.over


def _moved(shown: dict, dx: float, dy: float) -> dict:
    return {key: (x + dx, y + dy, w, h) for key, (x, y, w, h) in shown.items()}


def test_a_bracket_whose_boxes_moved_as_a_whole_is_moved_along_not_drawn_again(qapp, monkeypatch):
    from argmap.drawing import bracket_picture

    (before,), memo = _draw(BOXES)
    drawn: list[int] = []
    real = bracket_picture.honest_bracket
    monkeypatch.setattr(bracket_picture, "honest_bracket", lambda *a, **k: drawn.append(1) or real(*a, **k))
    now = _moved(BOXES, 240.5, 0.0) | {"far": (2000.0, 0.0, 100.0, 50.0)}
    (after,), memo = _draw(now, memo)
    assert not drawn, "moved along, not drawn and checked again"
    assert after is not before and after.over is False
    monkeypatch.setattr(bracket_picture, "honest_bracket", real)
    (fresh,), _ = _draw(now)
    assert _looks(after) == _looks(fresh)
    assert after.redraw([now["p"], now["q"]])[0].boundingRect() == fresh.redraw([now["p"], now["q"]])[0].boundingRect()
    assert memo.footprints.areas(("bracket", "c", "g")) == _draw(now)[1].footprints.areas(("bracket", "c", "g"))


def test_a_bracket_moved_where_another_box_now_stands_is_drawn_again(qapp):
    """Its boxes moved alike, but a box that did not move stands on its bar where it is now: the bracket moved along
    would pass under it. Checked again, it is the drawing made from nothing (not the plain one, moved)."""
    (before,), memo = _draw(BOXES)
    assert before.over is False
    dx = 300.0
    in_the_way = (150.0 + dx, 186.0 - 5.0, 40.0, 10.0)  # across the bar (14 above the premises), where it is now
    now = _moved(BOXES, dx, 0.0) | {"x": in_the_way}
    (after,), _ = _draw(now, memo)
    (fresh,), _ = _draw(now)
    assert _looks(after) == _looks(fresh)
    assert _looks(after) != _looks(_draw(_moved(BOXES, dx, 0.0))[0][0]), "not the plain bracket moved along"


def test_a_bracket_whose_boxes_moved_apart_is_drawn_again(qapp):
    from argmap.drawing.bracket_picture import _moved_step

    _, memo = _draw(BOXES)
    now = _moved(BOXES, 100.0, 0.0)
    now["q"] = (now["q"][0] + 1.0, *now["q"][1:])
    (after,), _ = _draw(now, memo)
    (fresh,), _ = _draw(now)
    assert _looks(after) == _looks(fresh)
    members, target = ("p", "q"), BOXES["c"]
    was = (members, (BOXES["p"], BOXES["q"]), target, None, None, Relation.SUPPORT, None, ())
    assert _moved_step(was, (members, (now["p"], now["q"]), now["c"], None, None, Relation.SUPPORT, None, ()), True) is None
    shifted = _moved(BOXES, 7.0, 3.0)
    now_from = (members, (shifted["p"], shifted["q"]), shifted["c"], None, None, Relation.SUPPORT, None, ())
    assert _moved_step(was, now_from, True) == (7.0, 3.0)


def test_a_widening_edit_moves_the_brackets_of_the_trees_right_of_it_along(qapp, monkeypatch):
    """A reason added to the first tree moves the second across: its linked reason's bracket is moved along (not drawn
    again), and the canvas shows the picture made from nothing."""
    from argmap.drawing import bracket_picture
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    amap.add("claim", "The first claim.", id="a")
    amap.add("support", "A reason for it.", id="a1", parent="a")
    amap.add("claim", "The second claim.", id="c")
    for m in "pq":
        amap.add("support", f"Co-premise {m}.", id=m, parent="c")
    amap.group("c", ["p", "q"])
    scene = MapScene(amap, decorations=False)
    try:
        x_before = scene.diagram().brackets[0].bracket.boundingRect().x()
        drawn: list[int] = []
        real = bracket_picture.honest_bracket
        monkeypatch.setattr(bracket_picture, "honest_bracket", lambda *a, **k: drawn.append(1) or real(*a, **k))
        for k in range(3):
            amap.add("support", f"Another reason for it, number {k}.", id=f"a{k + 2}", parent="a")
        scene.relayout()
        (bracket,) = scene.diagram().brackets
        assert bracket.bracket.boundingRect().x() > x_before, "the second tree moved across"
        assert not drawn, "its bracket moved along"
        assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme))
    finally:
        scene.detach()


def test_the_pieces_of_a_long_level_or_upright_line_are_looked_at_as_one_area():
    """A long bar is looked up a cell at a time: its pieces, end to end along one level (or upright) line, are one
    area (left or right, up or down); pieces that do not meet so, or slant, stay apart."""
    from argmap.drawing.bracket_picture import _joined

    right = [(0.0, 5.0, 240.0, 5.0), (240.0, 5.0, 480.0, 5.0), (480.0, 5.0, 600.0, 5.0)]
    assert _joined(right) == [(0.0, 5.0, 600.0, 5.0)]
    assert _joined(right[::-1]) == [(0.0, 5.0, 600.0, 5.0)]
    up = [(3.0, 100.0, 3.0, 200.0), (3.0, 0.0, 3.0, 100.0)]
    assert _joined(up) == [(3.0, 0.0, 3.0, 200.0)]
    apart = [(0.0, 5.0, 240.0, 5.0), (250.0, 5.0, 480.0, 5.0), (480.0, 6.0, 500.0, 7.0), (0.0, 0.0, 10.0, 10.0)]
    assert _joined(apart) == apart
    assert _joined([]) == []
