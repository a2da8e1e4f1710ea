"""A frame painted straight from a large map's picture (far out) asks the scene for the parts in its area
(``MapScene.parts_within``): every box, arrow and bracket that meets the area, also those not filed in the grid where
they are now (right after an opening, or after an edit that moved many), without filing them all first."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.canvas.test_same_picture import _one_big_tree


@pytest.fixture
def large_from_100(monkeypatch):
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)


def _meets(r, left: float, top: float, right: float, bottom: float) -> bool:
    return not r.isEmpty() and r.left() <= right and r.right() >= left and r.top() <= bottom and r.bottom() >= top


def _in_picture(picture, area) -> tuple[set, set, set]:
    """The parts of the picture that meet ``area``, each looked at."""
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    boxes = {b.id for b in picture.boxes
             if b.x <= right and b.x + b.painting.w >= left and b.y <= bottom and b.y + b.painting.h >= top}
    arrows = {(a.source, a.target) for a in picture.arrows if _meets(a.shape[3], left, top, right, bottom)}
    brackets = {(g.target, g.name) for g in picture.brackets if _meets(g.shape[3], left, top, right, bottom)}
    return boxes, arrows, brackets


def _found(scene, area) -> tuple[set, set, set]:
    boxes, arrows, brackets = scene.parts_within(area)
    return {b.id for b in boxes}, {(a.source, a.target) for a in arrows}, {(g.target, g.name) for g in brackets}


def _areas(scene, picture) -> list:
    """Areas of a few sizes all over the map, and a small one on the middle of each arrow (neither end in it)."""
    from PySide6.QtCore import QRectF

    bounds = picture.bounds()
    areas = []
    for w, h in ((300, 200), (1600, 1000), (3300, 2100)):
        y = bounds.top() - 50
        while y < bounds.bottom():
            x = bounds.left() - 50
            while x < bounds.right():
                areas.append(QRectF(x, y, w, h))
                x += w * 0.7
            y += h * 0.7
    for a in picture.arrows:
        c = a.shape[3].center()
        areas.append(QRectF(c.x() - 3, c.y() - 3, 6, 6))
    return [a for a in areas if not a.contains(scene.sceneRect())]


def _check(scene) -> int:
    picture = scene.diagram()
    areas = _areas(scene, picture)
    assert len(areas) > 50
    for area in areas:
        assert _found(scene, area) == _in_picture(picture, area), area
    return len(areas)


@pytest.mark.parametrize("staged", [False, True], ids=["at-once", "staged"])
def test_right_after_opening_each_area_has_every_part_in_it_before_the_grid_is_filed(large_from_100, monkeypatch, qapp, staged):
    from argmap.gui.canvas import MapScene, scene

    if staged:
        monkeypatch.setattr(scene, "STAGE_FROM", 100)
    amap = _one_big_tree(1, True)
    view = MapScene(amap, decorations=False)
    try:
        view.finish_picture()  # (a staged picture's rest made and shown now; no idle turn: nothing filed)
        stale = set(view._grid.stale)
        assert len(stale) > len(amap), "the boxes and most arrows wait to be filed"
        assert any(isinstance(k, tuple) for k in stale)
        _check(view)
        assert view._grid.stale == stale, "found without filing them"
    finally:
        view.detach()


def test_after_an_edit_that_moved_many_parts_each_area_has_every_part_in_it_before_they_are_filed(large_from_100, monkeypatch, qapp):
    """Among the parts an edit moved, an arrow that became longer than a grid cell is found in an area on its middle,
    far from both its boxes."""
    from argmap.gui.canvas import MapScene, near_items
    from argmap.gui.canvas.nearby import CELL

    monkeypatch.setattr(near_items, "FILE_AT_ONCE", 0)  # every moved part waits to be filed
    from argmap.model import Relation

    amap = _one_big_tree(1, True)
    top = amap.ids()[0]
    first, second = amap.children(top)[:2]
    view = MapScene(amap, decorations=False)
    boxes = view.placed_boxes()
    view.detach()
    # a cross-link from the first reason's tree to the nearest box of the second's: short now, long once it widens
    linked = {(link.source, link.target) for link in amap.links()} | {(link.target, link.source) for link in amap.links()}
    left, right = _tree(amap, first), set(_tree(amap, second)) - set(_tree(amap, first))
    near = min(((a, b) for a in left for b in right if (a, b) not in linked),
               key=lambda ab: abs(boxes[ab[0]][0] - boxes[ab[1]][0]) + abs(boxes[ab[0]][1] - boxes[ab[1]][1]))
    amap.connect(*near, Relation.ATTACK)
    view = MapScene(amap, decorations=False)
    try:
        view.finish_picture()
        view._grid.file_stale(view._part_bounds)  # (all filed where they are: then the edit)
        small = {key for key in view._grid._where if view._grid._where[key] is not None and isinstance(key, tuple)}
        for k in range(8):  # the first reason's tree widens: the parts right of it move
            amap.add("objection", f"A new objection {k}, long enough to need a wide box of its own.", parent=first)
        view.relayout()
        assert type(view._arrow_of) is near_items._DrawnArrows, "an edit's picture (its arrows' memo) is shown"
        stale = set(view._grid.stale)
        assert len(stale) > 100, "the moved parts wait to be filed"
        boxes = view.placed_boxes()

        def far_from_its_boxes(a) -> bool:
            ends = max(boxes[a.source][2], boxes[a.source][3], boxes[a.target][2], boxes[a.target][3])
            return max(a.shape[3].width(), a.shape[3].height()) > CELL + 2 * ends

        grown = [a for a in view.diagram().arrows if (a.source, a.target) in stale & small and far_from_its_boxes(a)]
        assert grown, "an arrow filed no larger than a cell is far longer now"
        _check(view)
        assert view._grid.stale == stale, "found without filing them"
    finally:
        view.detach()


def _tree(amap, top: str) -> list[str]:
    found, todo = [], [top]
    while todo:
        i = todo.pop()
        found.append(i)
        todo.extend(amap.children(i))
    return found


def test_while_the_user_looks_around_the_idle_work_takes_short_slices_the_views_parts_first(large_from_100, monkeypatch, qapp):
    """Zooming or scrolling (not typing) right after a large map opens: the rest of its picture is made in short
    slices (a frame and a slice share a turn of the event loop), and the idle filing files only the parts the views look
    for: what only the edits read (the links' net and the like) waits until the user leaves the canvas alone."""
    from argmap.gui.canvas import MapScene, scene, staged_rest

    monkeypatch.setattr(scene, "STAGE_FROM", 100)
    monkeypatch.setattr(staged_rest, "MAKE_SLICE_S", 60.0)  # (idle: the whole rest in one slice)
    monkeypatch.setattr(staged_rest, "BUSY_SLICE_S", 0.0)  # (looking around: a step a slice)
    amap = _one_big_tree(1, True)
    view = MapScene(amap, decorations=False)
    try:
        view.put_off_readying()  # typing is not looking around
        assert not view.user_busy()
        view.put_off_readying(looking=True)
        assert view.user_busy()
        view._make_some()
        assert view.picture_unfinished(), "a short slice"
        monkeypatch.setattr(view, "user_busy", lambda: False)
        view._make_some()
        assert not view.picture_unfinished(), "the rest in one slice once the user leaves the canvas alone"
        memo = view._diagram.memo
        assert memo.net_later is not None or view._touching_table.pending(), "the edits' tables wait"
        stale = len(view._grid.stale)
        monkeypatch.setattr(view, "user_busy", lambda: True)
        while view._grid.stale:
            view._file_some()
            assert len(view._grid.stale) < stale, "the views' parts first"
            stale = len(view._grid.stale)
            assert memo.net_later is not None or view._touching_table.pending()
        view._file_some()
        assert memo.net_later is not None or view._touching_table.pending(), "the edits' tables wait for the user"
        monkeypatch.setattr(view, "user_busy", lambda: False)
        while view.filing_pending():
            view._file_some()
        assert memo.net_later is None and not view._touching_table.pending()
    finally:
        view.detach()
