"""The scene rect holds the map with room around it, and stays put while an edit moves the map's edges a little."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRectF

from argmap.gui.canvas.scene_rect import SCENE_MARGIN, SCENE_SLACK, SLACK_FROM, scene_rect_for
from argmap.model import ArgumentMap


def holds_map(rect: QRectF, bounds: QRectF) -> bool:
    """The rect holds the map and its margin, with at most twice the slack more on any side."""
    want = bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
    room = 2 * SCENE_SLACK + 1e-6
    return rect.contains(want) and QRectF(want).adjusted(-room, -room, room, room).contains(rect)


def test_a_small_map_gets_exactly_its_margin():
    bounds = QRectF(0, 0, 900, 500)
    assert scene_rect_for(bounds, QRectF()) == bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)


def test_a_wide_map_keeps_its_rect_while_it_grows_or_shrinks_a_little():
    bounds = QRectF(0, 0, 50_000, 2_000)
    rect = scene_rect_for(bounds, QRectF())
    assert holds_map(rect, bounds)
    assert rect.width() == 50_000 + 2 * (SCENE_MARGIN + SCENE_SLACK)  # the slack on the long side only
    assert rect.height() == 2_000 + 2 * SCENE_MARGIN
    for grown in (QRectF(0, 0, 50_300, 2_000), QRectF(0, 0, 49_000, 2_000), QRectF(-SCENE_SLACK, 0, 50_000, 2_000)):
        assert scene_rect_for(grown, rect) == rect
    wider = QRectF(0, 0, 50_000 + SCENE_SLACK + 1, 2_000)  # past the room kept: a new rect, with room again
    assert holds_map(scene_rect_for(wider, rect), wider) and scene_rect_for(wider, rect) != rect
    narrower = QRectF(0, 0, 50_000 - 2 * SCENE_SLACK - 1, 2_000)  # much less: no scrolling over emptiness
    assert holds_map(scene_rect_for(narrower, rect), narrower) and scene_rect_for(narrower, rect) != rect


def test_the_canvas_holds_the_map_after_each_edit_and_keeps_its_rect_over_small_ones(qapp):
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap("Wide")
    claim = amap.add("claim", "The main claim.", id="c").id
    for i in range(60):
        amap.add("support", f"Reason {i} for it.", parent=claim, id=f"r{i}")
    scene = MapScene(amap)
    try:
        def bounds() -> QRectF:
            b = scene.diagram().layout.bounds()
            return QRectF(b.x, b.y, b.w, b.h)

        assert bounds().width() >= SLACK_FROM
        rect = scene.sceneRect()
        assert holds_map(rect, bounds())
        kept = 0
        for i in range(6):  # each a reason more: the map a box wider
            amap.add("support", f"One more reason {i}.", parent=claim)
            scene.relayout()
            assert holds_map(scene.sceneRect(), bounds())
            kept += scene.sceneRect() == rect
            rect = scene.sceneRect()
        assert kept >= 3  # most of these edits left the rect (Qt's item index, the view's background) alone
        for i in range(60):
            amap.remove(f"r{i}")
        scene.relayout()
        assert holds_map(scene.sceneRect(), bounds())
        assert scene.sceneRect().width() < 2_000  # no room left to scroll over emptiness
    finally:
        scene.detach()
