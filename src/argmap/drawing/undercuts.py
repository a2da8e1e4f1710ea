"""Undercuts: an attack arrow that ends ON the attacked inference, not on a box.

An undercut attacks the step from a reason to its target (a premise's link, or a linked
reason's one arrow), so its arrow leaves the undercutter's box and ends on that line,
arriving across it (from the side in top-down drawings, from below in left-to-right ones)
so that its head reads as hitting the line, not as following it. Several undercuts of one
line end at different points of it. The layout puts the undercutter among the target's
replies, beside what it attacks (:mod:`argmap.layout.tree`), so the arrow is short; when its
usual curve would pass under a box it is routed around the boxes like any other arrow, and out of
the router's reach drawn as an off-page connector (:mod:`argmap.drawing.off_page`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from argmap.drawing.detour import Budget, route_around
from argmap.drawing.geometry import ARROW_LENGTH, STEM, SYMBOL_RADIUS, Box, LightPath, arrow_head, padded_bounds, shortened
from argmap.drawing.honest import passes_under
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.polyline_arrow import polyline_arrow

#: An undercut ends on the attacked line this far from its start: just past the line's sign, where the line
#: is still its own (near the premise or the bracket, far from the target other arrows run into).
_PAST_SIGN = STEM + 8.0
#: Further undercuts of the same line end this much farther along it.
_NEXT = 16.0
#: The undercut's last stretch runs square to the attacked line, this long at most: its head hits the line.
_SQUARE = 30.0
_MARGIN = 10.0  # the start keeps this far from the corners of the undercutter's box


def _as_path(line: object) -> QPainterPath:
    path = line.qt() if isinstance(line, LightPath) else line
    assert isinstance(path, QPainterPath)
    return path


def attacked_point(line: object, *, rank: int = 0) -> tuple[QPointF, float]:
    """The point of the attacked ``line`` where an undercut ends, and the line's angle there (degrees, as Qt gives it).

    Just past the line's sign (the ``rank``-th undercut of the same line a step farther), never past its middle.
    """
    path = _as_path(line)
    total = path.length()
    t = path.percentAtLength(min(_PAST_SIGN + _NEXT * rank, total * 0.5))
    return path.pointAtPercent(t), path.angleAtPercent(t)


def undercut_shape(source: Box, point: QPointF, angle: float, *, horizontal: bool) -> tuple[QPainterPath, object, QPointF, QRectF]:
    """The arrow from ``source``'s box to ``point`` on a line running at ``angle`` there: out of the side of the
    box that faces the target, then square onto the line from the box's side of it (the head hits the line)."""
    sx, sy, sw, sh = source
    px, py = point.x(), point.y()
    rad = math.radians(angle)
    nx, ny = math.sin(rad), math.cos(rad)  # a normal of the line (Qt's angles turn counter-clockwise, y down)
    cx, cy = sx + sw / 2, sy + sh / 2
    if nx * (cx - px) + ny * (cy - py) < 0:
        nx, ny = -nx, -ny
    reach = min(_SQUARE, max(8.0, math.hypot(cx - px, cy - py) / 3))
    square = QPointF(px + nx * reach, py + ny * reach)
    path = QPainterPath()
    if horizontal and py < sy - 4:  # the usual case (top-down): up out of the box's top, then across onto the line
        start = QPointF(min(max(px, sx + _MARGIN), sx + sw - _MARGIN), sy)
        path.moveTo(start)
        path.cubicTo(QPointF(start.x(), py), square, shortened(square, point, ARROW_LENGTH - 1))
    elif not horizontal and px < sx - 4:  # left to right: out of the box's left side
        start = QPointF(sx, min(max(py, sy + _MARGIN), sy + sh - _MARGIN))
        path.moveTo(start)
        path.cubicTo(QPointF(px, start.y()), square, shortened(square, point, ARROW_LENGTH - 1))
    else:  # the box is elsewhere (dragged): from the nearest side
        path.moveTo(_border_toward(source, square))
        path.quadTo(square, shortened(square, point, ARROW_LENGTH - 1))
    head = arrow_head(point, square)
    symbol = path.pointAtPercent(path.percentAtLength(min(path.length() / 2, SYMBOL_RADIUS + 3.5)))
    return path, head, symbol, padded_bounds(path, head, symbol)


def honest_undercut(
    source_id: str, source: Box, point: QPointF, angle: float, index: BoxIndex, *, horizontal: bool, budget: Budget,
    connect: Callable[[], tuple] | None = None,
) -> tuple[tuple, bool]:
    """The undercut's shape and whether it is drawn over the boxes: its usual curve when that passes
    under no box, else a route around them to the point, else an off-page connector (``connect()`` makes it:
    :func:`~argmap.drawing.off_page.undercut_connector`; without it, the curve drawn over them)."""
    shape = undercut_shape(source, point, angle, horizontal=horizontal)
    if not passes_under(shape[0], index, {source_id}):
        return shape, False
    spot = (point.x() - 0.5, point.y() - 0.5, 1.0, 1.0)
    route = route_around(source, spot, index, {source_id}, horizontal=horizontal, budget=budget)
    if route is None:
        return (connect() if connect is not None else shape), True
    route[-1] = (point.x(), point.y())
    return polyline_arrow(route), False


def _border_toward(box: Box, point: QPointF) -> QPointF:
    """Where the box's border faces ``point``: straight out of the nearest side when the point lies beyond
    it (clear of the corners), else where the line from the box's centre meets the border."""
    x, y, w, h = box
    px, py = point.x(), point.y()
    inset_x, inset_y = min(_MARGIN, w / 2), min(_MARGIN, h / 2)
    if py <= y:
        return QPointF(min(max(px, x + inset_x), x + w - inset_x), y)
    if px <= x:
        return QPointF(x, min(max(py, y + inset_y), y + h - inset_y))
    if py >= y + h:
        return QPointF(min(max(px, x + inset_x), x + w - inset_x), y + h)
    if px >= x + w:
        return QPointF(x + w, min(max(py, y + inset_y), y + h - inset_y))
    return QPointF(x + w / 2, y)  # inside the box (boxes pinned on a line): leave from the top
