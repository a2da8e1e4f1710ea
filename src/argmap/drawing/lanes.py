"""Arrows of the columns arrangement: out of the child's left side, along its own lane, into the parent.

In the columns layout (:mod:`argmap.layout.columns`) children hang below their parent,
indented, one under another. Each child's arrow leaves the left side of its box, runs left
to its own vertical *lane* and up the lane: straight into the parent's bottom edge when
the lane lies under the parent, or (the tops of the columns) on to the parent with the
same S-curve the tree arrangement uses. The layout orders the lanes so that nothing
crosses; here they are only drawn. The relation symbol sits on the short stub next to
the child, where the arrow is still its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from argmap.drawing.geometry import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    SYMBOL_RADIUS,
    Box,
    LightPath,
    LightPolygon,
    qt_shape,
    turn_fraction,
)
from argmap.layout.columns import stub_y

#: Rounded corner where the stub turns up the lane.
CORNER = 5.0
#: The relation symbol's centre, this far left of the child's box.
SYMBOL_OFFSET = SYMBOL_RADIUS + 3.5


def lane_arrow(child: Box, parent: Box, lane_x: float, top_y: float, slot: float | None, *, light: bool = False) -> tuple | None:
    """The arrow from ``child`` along the lane at ``lane_x`` up to ``top_y`` and into ``parent``.

    Returns (path, head, symbol centre, bounds) like :func:`~argmap.drawing.geometry.tidy_arrow`,
    or None when the boxes are not where the lane was laid out for (a box being dragged):
    the caller then draws a plain arrow.
    """
    cx, cy, _, ch = child
    px, py, pw, ph = parent
    bottom = py + ph
    sy = stub_y(cy, ch)
    if not (lane_x + CORNER + 2 * SYMBOL_RADIUS <= cx and top_y <= sy - CORNER and bottom <= top_y + 0.5):
        return None
    segments: list[tuple[float, ...]] = [(cx, sy), (lane_x + CORNER, sy), (lane_x, sy, lane_x, sy, lane_x, sy - CORNER)]
    svg = f"M{cx:.1f} {sy:.1f}L{lane_x + CORNER:.1f} {sy:.1f}C{lane_x:.1f} {sy:.1f} {lane_x:.1f} {sy:.1f} {lane_x:.1f} {sy - CORNER:.1f}"
    xs = [cx, lane_x]
    if top_y <= bottom + 0.5 and px <= lane_x <= px + pw:  # the lane ends under the parent: straight in
        ex, ey = lane_x, bottom
        base_y = ey + ARROW_LENGTH - 1
        segments.append((lane_x, base_y))
        svg += f"L{lane_x:.1f} {base_y:.1f}"
    else:  # a column's top: on to the parent's bottom edge, as tree arrows curve in
        if slot is None:
            slot = min(0.85, max(0.15, 0.5 + 0.3 * (lane_x - (px + pw / 2)) / max(pw, 1.0)))
        ex, ey = px + slot * pw, bottom
        base_y = ey + ARROW_LENGTH - 1
        mid = top_y + (base_y - top_y) * turn_fraction(slot)
        segments += [(lane_x, top_y), (lane_x, mid, ex, mid, ex, base_y)]
        svg += f"L{lane_x:.1f} {top_y:.1f}C{lane_x:.1f} {mid:.1f} {ex:.1f} {mid:.1f} {ex:.1f} {base_y:.1f}"
        xs.append(ex)
    head = ((ex, ey), (ex - ARROW_HALF_WIDTH, ey + ARROW_LENGTH), (ex + ARROW_HALF_WIDTH, ey + ARROW_LENGTH))
    symbol = (cx - SYMBOL_OFFSET, sy)
    r = SYMBOL_RADIUS + 3.0
    left = min(min(xs), ex - ARROW_HALF_WIDTH, symbol[0] - r) - 2
    right = max(max(xs), ex + ARROW_HALF_WIDTH, symbol[0] + r) + 2
    top, low = ey - 2, max(sy, symbol[1]) + r + 2
    (h0x, h0y), (h1x, h1y), (h2x, h2y) = head
    shape = (
        LightPath(svg, tuple(segments)),
        LightPolygon(f"{h0x:.1f},{h0y:.1f} {h1x:.1f},{h1y:.1f} {h2x:.1f},{h2y:.1f}", head),
        QPointF(*symbol),
        QRectF(left, top, right - left, low - top),
    )
    return shape if light else qt_shape(shape)


def lane_bracket(members: list[Box], target: Box, lane_x: float, top_y: float, slot: float | None) -> tuple[QPainterPath, tuple] | None:
    """A linked reason in the columns arrangement: the co-premises' stubs joined by a bar on the
    topmost member's lane, and ONE arrow up that lane into ``target``; None if the boxes moved."""
    first = min(members, key=lambda box: box[1])
    arrow = lane_arrow(first, target, lane_x, top_y, slot)
    if arrow is None or any(x < lane_x + CORNER for x, _, _, _ in members):
        return None
    bracket = QPainterPath()
    arms = [stub_y(y, h) for _, y, _, h in members]
    for (x, _, _, _), arm in zip(members, arms, strict=True):
        bracket.moveTo(x, arm)
        bracket.lineTo(lane_x, arm)
    bracket.moveTo(lane_x, min(arms))
    bracket.lineTo(lane_x, max(arms))
    path, head, symbol, bounds = arrow
    return bracket, (path, head, symbol, bounds.united(bracket.boundingRect().adjusted(-3, -3, 3, 3)))


def linked_reason_shape(
    members: list[Box],
    target: Box,
    *,
    direction: str,
    slot: float | None,
    lane: tuple[float, float] | None,
    level: int | None = None,
    avoid: tuple[float, ...] = (),
) -> tuple[QPainterPath, tuple]:
    """A linked reason's bracket and one arrow: along ``lane`` in the columns arrangement, else
    the tree's bracket above (or left of) the co-premises. The canvas and the exporter both draw it so.
    ``level``: reasons into the target share premises; in a tree each gets its own bar (see :func:`bracket_shape`);
    the columns' lanes draw them as they are (left for later: one lane per reason)."""
    drawn = lane_bracket(members, target, *lane, slot) if lane is not None else None
    if drawn is None:
        from argmap.drawing.arrows import bracket_shape

        drawn = bracket_shape(members, target, direction=direction, slot=slot, level=level, avoid=avoid)
    return drawn
