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


# ---------------------------------------------------------------- far co-premises (tagged brackets) moved along
FAR = {"c": (400.0, 0.0, 100.0, 50.0), "p": (0.0, 200.0, 100.0, 50.0), "q": (1000.0, 200.0, 100.0, 50.0),
       "r": (500.0, 170.0, 100.0, 25.0)}  # r stands across the bar from p to q: q's search ends crowded, both get tags
STEP = (240.5, 0.0)


def _draw_far(shown: dict, memo=None, marks: dict | None = None, over: tuple = ()):
    """:func:`_draw` with the arrows' ``marks`` (signs and heads) and the shapes drawn ``over`` the boxes (connectors)."""
    from argmap.drawing import bracket_picture
    from argmap.drawing.detour import Budget
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.reuse import PictureMemo

    index = BoxIndex(shown)
    if memo is None:
        memo = PictureMemo(signature=(), index=index)
    memo.index = index
    diagram = SimpleNamespace(layout=SimpleNamespace(lanes={}), brackets=[], arrows=[])
    bracket_picture.draw_brackets(GROUPS, shown, {}, set(), lambda: BoxIndex(dict(marks or {})), Budget.for_boxes(len(shown)),
                                  memo=memo, index=index, direction="TB", remember=True, diagram=diagram, drawn_over=lambda: list(over))
    return diagram.brackets, memo


def _far_looks(bracket) -> tuple:
    from argmap.drawing.off_page import bracket_tags

    return (*_looks(bracket), [(round(t.x, 3), round(t.y, 3), t.w, t.other) for t in bracket_tags(bracket.bracket)])


def _counting(monkeypatch) -> list[int]:
    """Counts the brackets drawn (and checked) again until :func:`_real`."""
    from argmap.drawing import bracket_picture

    drawn: list[int] = []
    real = bracket_picture.honest_bracket
    monkeypatch.setattr(bracket_picture, "honest_bracket", lambda *a, **k: drawn.append(1) or real(*a, **k))
    return drawn


def _real(monkeypatch) -> None:
    from argmap.drawing import bracket_picture, honest

    monkeypatch.setattr(bracket_picture, "honest_bracket", honest.honest_bracket)


def _tagged_then(now: dict, monkeypatch, **kw) -> tuple:
    """The far co-premises' tagged bracket drawn, then drawn for ``now`` from it: (it, after, made from nothing, drawn)."""
    from argmap.drawing.off_page import TaggedBracket

    (before,), memo = _draw_far(FAR)
    assert isinstance(before.bracket, TaggedBracket) and not before.over
    drawn = _counting(monkeypatch)
    (after,), _ = _draw_far(now, memo, **kw)
    _real(monkeypatch)
    (fresh,), _ = _draw_far(now, **kw)
    return before, after, fresh, drawn


def test_a_tagged_bracket_whose_boxes_moved_as_a_whole_is_moved_along_with_its_tags(qapp, no_routes, monkeypatch):
    """Its boxes, and the box between them it crossed, moved by one step: moved along with its tags, not drawn and
    checked again, twice running; each time the drawing made from nothing."""
    from argmap.drawing.detour import CROWDED

    now = _moved(FAR, *STEP)
    before, after, fresh, drawn = _tagged_then(now, monkeypatch)
    assert not drawn, "moved along, not drawn again"
    assert _far_looks(after) == _far_looks(fresh) != _far_looks(before)
    (_,), memo = _draw_far(FAR)
    (_,), memo = _draw_far(now, memo)
    [(kind, _, crowd)] = memo.brackets[("bracket", "c", "g")][1][1]
    assert kind == CROWDED and crowd.window[0] == -136.0 + STEP[0], "its search's window, moved: as crowded"
    again = _moved(now, 100.0, 20.0)
    drawn = _counting(monkeypatch)
    (twice,), _ = _draw_far(again, memo)
    assert not drawn
    _real(monkeypatch)
    assert _far_looks(twice) == _far_looks(_draw_far(again)[0][0])


def test_a_tagged_bracket_whose_box_between_went_is_drawn_again(qapp, no_routes, monkeypatch):
    """Its boxes moved alike, but the box it crossed is gone: drawn again, plainly (not its tags moved along)."""
    from argmap.drawing.off_page import TaggedBracket

    now = _moved({k: b for k, b in FAR.items() if k != "r"}, *STEP)
    _, after, fresh, drawn = _tagged_then(now, monkeypatch)
    assert drawn and not isinstance(fresh.bracket, TaggedBracket)
    assert _far_looks(after) == _far_looks(fresh)


def test_a_tagged_bracket_with_a_box_now_where_its_tag_stood_is_drawn_again(qapp, no_routes, monkeypatch):
    before, *_ = _tagged_then(_moved(FAR, *STEP), monkeypatch)
    tag = before.bracket.tags[1]  # p's tag, moved along: a box stands there now
    now = _moved(FAR, *STEP) | {"x": (tag.x + STEP[0] + 20.0, tag.y - 2.0, 40.0, 10.0)}
    before, after, fresh, drawn = _tagged_then(now, monkeypatch)
    assert drawn
    assert _far_looks(after) == _far_looks(fresh) != _far_looks(_draw_far(_moved(FAR, *STEP))[0][0])


def test_a_tagged_bracket_with_a_mark_now_where_its_tag_stood_is_drawn_again(qapp, no_routes, monkeypatch):
    before, *_ = _tagged_then(_moved(FAR, *STEP), monkeypatch)
    tag = before.bracket.tags[1]
    marks = {(("s", "t"), 0): (tag.x + STEP[0] + 20.0, tag.y + 2.0, 12.0, 12.0)}  # another arrow's sign
    _, after, fresh, drawn = _tagged_then(_moved(FAR, *STEP), monkeypatch, marks=marks)
    assert drawn
    assert _far_looks(after) == _far_looks(fresh) != _far_looks(_draw_far(_moved(FAR, *STEP))[0][0])


def test_a_tagged_bracket_with_a_connectors_tag_now_where_its_tag_stood_is_drawn_again(qapp, no_routes, monkeypatch):
    from argmap.drawing.off_page import ConnectorPath, Tag

    before, *_ = _tagged_then(_moved(FAR, *STEP), monkeypatch)
    tag = before.bracket.tags[1]
    connector = (ConnectorPath((Tag(tag.x + STEP[0] + 20.0, tag.y, 170.0, 16.0, "s", True),)), None, None, None)
    _, after, fresh, drawn = _tagged_then(_moved(FAR, *STEP), monkeypatch, over=(connector,))
    assert drawn
    assert _far_looks(after) == _far_looks(fresh) != _far_looks(_draw_far(_moved(FAR, *STEP))[0][0])


def test_a_tagged_bracket_whose_search_window_is_crowded_no_more_is_drawn_again(qapp, monkeypatch):
    """q's search ended at once, its window too crowded (three more boxes below, away from every line and tag); they
    went: the search finds a way now, and the bracket is drawn again (no tags), not moved along."""
    from argmap.drawing import detour
    from argmap.drawing.off_page import TaggedBracket

    monkeypatch.setattr(detour, "MAX_BOXES", 2)
    crowd = {f"f{i}": (250.0 + 150 * i, 330.0, 60.0, 20.0) for i in range(3)}
    (before,), memo = _draw_far(FAR | crowd)
    assert isinstance(before.bracket, TaggedBracket)
    now = _moved(FAR, *STEP)
    drawn = _counting(monkeypatch)
    (after,), _ = _draw_far(now, memo)
    assert drawn
    (fresh,), _ = _draw_far(now)
    assert not isinstance(fresh.bracket, TaggedBracket) and _far_looks(after) == _far_looks(fresh)


def test_the_tags_near_some_boxes_are_told_from_the_tags_sorted_by_their_left_edge():
    """The same tags, in the same order, as looking through them all: for tags there when sorted and tags added since,
    wide and narrow ones, boxes alone or far apart (a tag near the second box only, or reaching in from far left)."""
    import random

    from argmap.drawing.bracket_picture import TagsByX
    from argmap.drawing.off_page import tags_near

    rng = random.Random(3)
    taken = [(rng.uniform(0, 20000), rng.uniform(0, 3000), rng.choice([170.0, 60.0, 900.0]), 16.0) for _ in range(500)]
    by_x = TagsByX(taken)
    for n in range(300):
        if n % 10 == 0:
            taken.append((rng.uniform(0, 20000), rng.uniform(0, 3000), 170.0, 16.0))  # (placed since: looked through)
        boxes = [(rng.uniform(0, 20000), rng.uniform(0, 3000), rng.uniform(20, 300), 50.0) for _ in range(rng.randint(1, 3))]
        assert by_x.near(boxes) == tags_near(taken, boxes)
    far_left = (100.0, 100.0, 900.0, 16.0)  # its left edge far left of the box it reaches
    assert TagsByX([far_left, (5000.0, 100.0, 10.0, 10.0)]).near([(1100.0, 90.0, 40.0, 40.0)]) == [far_left]
    assert TagsByX(list(taken)).near([]) == [] == TagsByX([]).near([(0.0, 0.0, 10.0, 10.0)])
