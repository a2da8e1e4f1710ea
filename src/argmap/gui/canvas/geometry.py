"""Where arrows start and end: border to border, for tree links, cross-links and linked reasons."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 6.0
SYMBOL_RADIUS = 7.5


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def border_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the ray from the rect's centre toward ``toward`` leaves the rect."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return QPointF(c)
    tx = (rect.width() / 2) / abs(dx) if dx else math.inf
    ty = (rect.height() / 2) / abs(dy) if dy else math.inf
    t = min(tx, ty)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


def tree_endpoints(child: QRectF, parent: QRectF, direction: str) -> tuple[QPointF, QPointF]:
    """Start on the child's border and end on the parent's, fanning arrows along the parent's edge.

    Children laid out in the usual place (below in TB, right of the parent in LR) get tidy
    edge-to-edge arrows; anything else (a box dragged elsewhere, a cycle) gets the centre line
    clipped to both borders.
    """
    if direction == "TB" and child.top() >= parent.bottom() + 2:
        dx = child.center().x() - parent.center().x()
        half = max(parent.width() / 2 - 16, 0.0)
        return (
            QPointF(child.center().x(), child.top()),
            QPointF(parent.center().x() + _clamp(dx * 0.3, -half, half), parent.bottom()),
        )
    if direction == "LR" and child.left() >= parent.right() + 2:
        dy = child.center().y() - parent.center().y()
        half = max(parent.height() / 2 - 12, 0.0)
        return (
            QPointF(child.left(), child.center().y()),
            QPointF(parent.right(), parent.center().y() + _clamp(dy * 0.3, -half, half)),
        )
    return border_point(child, parent.center()), border_point(parent, child.center())


def arrow_head(tip: QPointF, from_point: QPointF) -> QPolygonF:
    """A filled triangle with its tip at ``tip``, pointing away from ``from_point``."""
    dx, dy = tip.x() - from_point.x(), tip.y() - from_point.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = QPointF(tip.x() - ux * ARROW_LENGTH, tip.y() - uy * ARROW_LENGTH)
    return QPolygonF(
        [
            tip,
            QPointF(base.x() - uy * ARROW_HALF_WIDTH, base.y() + ux * ARROW_HALF_WIDTH),
            QPointF(base.x() + uy * ARROW_HALF_WIDTH, base.y() - ux * ARROW_HALF_WIDTH),
        ]
    )


def shortened(start: QPointF, end: QPointF, by: float) -> QPointF:
    """``end`` moved ``by`` units back toward ``start`` (so a line stops at the arrowhead's base)."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length <= by:
        return QPointF(start)
    return QPointF(end.x() - dx / length * by, end.y() - dy / length * by)


def straight_path(start: QPointF, end: QPointF) -> tuple[QPainterPath, QPolygonF, QPointF]:
    """Line, arrowhead and the point where the relation symbol goes."""
    path = QPainterPath(start)
    path.lineTo(shortened(start, end, ARROW_LENGTH - 1))
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    return path, arrow_head(end, start), middle


def curved_path(start: QPointF, end: QPointF) -> tuple[QPainterPath, QPolygonF, QPointF]:
    """A gentle arc for cross-links, so they read as drawn over the tree."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    bend = min(0.18 * length, 80.0)
    control = QPointF((start.x() + end.x()) / 2 - dy / length * bend, (start.y() + end.y()) / 2 + dx / length * bend)
    path = QPainterPath(start)
    path.quadTo(control, shortened(control, end, ARROW_LENGTH - 1))
    middle = path.pointAtPercent(0.5)
    return path, arrow_head(end, control), middle
