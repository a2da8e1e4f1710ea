"""The scene's rectangle: the map with room around it, kept while the map grows or shrinks a little.

Qt's default scene rect only ever grows (after deletions the view would keep scrolling over emptiness): the scene sets
its own after each picture (:func:`scene_rect_for`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

#: Room around the map in the scene, so boxes at the edge can be scrolled to the middle.
SCENE_MARGIN = 300.0
#: More room, up to this much, is kept while the map grows or shrinks a little: see :func:`scene_rect_for`.
SCENE_SLACK = 1200.0
#: Only a side of the map at least this long gets the slack (a map smaller than the view stays centred in it).
SLACK_FROM = 4000.0


def scene_rect_for(bounds: QRectF, current: QRectF) -> QRectF:
    """The scene rect for a map drawn within ``bounds`` when the scene's is ``current``: ``current`` itself while it
    holds the map with its margin and has at most twice :data:`SCENE_SLACK` more room on any side.

    Each new scene rect made Qt rebuild its item index over every item and throw away the view's kept background
    (its dotted grid drawn again, 5 ms at 100 %); an edit that widens a tree changes the map's bounds by a few
    hundred units. A side shorter than :data:`SLACK_FROM` keeps the exact margin: the view centres a map smaller
    than itself by its scene rect.
    """
    edges = []
    for low, length, c_low, c_length in ((bounds.x(), bounds.width(), current.x(), current.width()),
                                          (bounds.y(), bounds.height(), current.y(), current.height())):
        lo, hi = low - SCENE_MARGIN, low + length + SCENE_MARGIN
        if length < SLACK_FROM:
            edges.append((lo, hi))
            continue
        c_lo, c_hi = c_low, c_low + c_length
        if not (lo - 2 * SCENE_SLACK <= c_lo <= lo and hi <= c_hi <= hi + 2 * SCENE_SLACK):
            c_lo, c_hi = lo - SCENE_SLACK, hi + SCENE_SLACK
        edges.append((c_lo, c_hi))
    (x0, x1), (y0, y1) = edges
    return QRectF(x0, y0, x1 - x0, y1 - y0)
