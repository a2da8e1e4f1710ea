"""Where arrows start and end: border to border, for tree links, cross-links and linked reasons."""

from __future__ import annotations

import math
from array import array

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 6.0
SYMBOL_RADIUS = 7.5
STEM = 20.0  # straight part of a tree arrow next to the child


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


def tree_endpoints(child: QRectF, parent: QRectF, direction: str, slot: float | None = None) -> tuple[QPointF, QPointF, bool]:
    """Start on the child's border, end on the parent's; True when the usual tidy case applies.

    Children laid out in the usual place (below in TB, right of the parent in LR) get
    edge-to-edge arrows that end at ``slot`` (0..1 along the parent's facing edge, so the
    arrows into one parent fan out instead of meeting in one point). Anything else (a box
    dragged elsewhere, a cycle) gets the centre line clipped to both borders.
    """
    if direction == "TB" and child.top() >= parent.bottom() + 2:
        if slot is None:
            slot = _clamp(0.5 + 0.3 * (child.center().x() - parent.center().x()) / max(parent.width(), 1.0), 0.15, 0.85)
        return QPointF(child.center().x(), child.top()), QPointF(parent.left() + slot * parent.width(), parent.bottom()), True
    if direction == "LR" and child.left() >= parent.right() + 2:
        if slot is None:
            slot = _clamp(0.5 + 0.3 * (child.center().y() - parent.center().y()) / max(parent.height(), 1.0), 0.2, 0.8)
        return QPointF(child.left(), child.center().y()), QPointF(parent.right(), parent.top() + slot * parent.height()), True
    return border_point(child, parent.center()), border_point(parent, child.center()), False


Box = tuple[float, float, float, float]  # x, y, w, h: plain floats are much cheaper than QRectF calls


class _SvgForm:
    """The SVG form a Qt path or polygon carries, written from the light shape it was made of when first asked.

    The SVG painter then need not walk the path element by element (the slowest part of writing
    thousands of arrows); the canvas, which paints thousands of such paths far out, never asks
    (writing them every time was a quarter of painting the far image). Moving it in place forgets it.
    """

    _svg: str | None = None
    _light: LightPath | LightPolygon | None = None  # the numbers it was made of, whose SVG form it is

    @property
    def svg(self) -> str | None:
        if self._svg is None and self._light is not None:
            self._svg = self._light.svg
        return self._svg

    @svg.setter
    def svg(self, value: str | None) -> None:
        self._svg, self._light = value, None


class SvgPath(_SvgForm, QPainterPath):
    """A path that also carries its SVG form (:class:`_SvgForm`)."""

    def translate(self, *args) -> None:
        super().translate(*args)
        self.svg = None


class SvgPolygon(_SvgForm, QPolygonF):
    """A polygon that also carries its SVG ``points`` (:class:`_SvgForm`)."""

    def translate(self, *args) -> None:
        super().translate(*args)
        self.svg = None


class LightPath:
    """An arrow's line as SVG path data and the numbers it was made of; no Qt object yet.

    The SVG painter needs only :attr:`svg`; a QPainter gets a real path from :meth:`qt`.
    Making thousands of QPainterPaths that an SVG export never uses cost a third of routing.
    """

    __slots__ = ("_segments", "_svg")

    def __init__(self, svg: str | None, segments: tuple[tuple[float, ...], ...]) -> None:
        self._svg = svg  # None: written from the segments when first asked (most arrows are never exported to SVG)
        self._segments = segments

    @property
    def segments(self) -> tuple[tuple[float, ...], ...]:
        """(x, y) a move then lines, (c1x, c1y, c2x, c2y, x, y) a cubic."""
        return self._segments

    @property
    def svg(self) -> str:
        """The path data, one decimal per number ("M1.0 2.0L..C.."), as the SVG painter writes it."""
        if self._svg is None:
            (x, y), *rest = self.segments
            parts = [f"M{x:.1f} {y:.1f}"]
            for segment in rest:
                parts.append(("L" if len(segment) == 2 else "C") + " ".join(f"{v:.1f}" for v in segment))
            self._svg = "".join(parts)
        return self._svg

    def isEmpty(self) -> bool:
        return not self.segments

    def qt(self) -> SvgPath:
        path = SvgPath()
        (x, y), *rest = self.segments
        path.moveTo(x, y)
        for segment in rest:
            if len(segment) == 2:
                path.lineTo(*segment)
            else:
                path.cubicTo(*segment)
        path._light = self  # its SVG form written from these numbers only if asked
        return path


class TidyPath(LightPath):
    """A tidy tree arrow's line (a stem out of the child, then an S-curve) kept as its ten numbers in an array.

    There is one per arrow of a map, all kept while it is shown: tuples of float objects took four times the
    memory (25 MB more at 50,000 statements). :attr:`segments` makes the usual tuples when asked.
    """

    __slots__ = ("numbers",)

    def __init__(self, numbers: array) -> None:
        self._svg = None
        self.numbers = numbers  # sx, sy, stem x, stem y, c1x, c1y, c2x, c2y, x, y

    @property
    def segments(self) -> tuple[tuple[float, ...], ...]:
        sx, sy, tx, ty, c1x, c1y, c2x, c2y, x, y = self.numbers
        return ((sx, sy), (tx, ty), (c1x, c1y, c2x, c2y, x, y))

    def moved(self, dx: float, dy: float) -> TidyPath:
        """The same line moved by (dx, dy) (a tree moved as a whole: :mod:`argmap.drawing.rigid`)."""
        sx, sy, tx, ty, c1x, c1y, c2x, c2y, x, y = self.numbers
        return TidyPath(array("d", (sx + dx, sy + dy, tx + dx, ty + dy, c1x + dx, c1y + dy, c2x + dx, c2y + dy, x + dx, y + dy)))

    def isEmpty(self) -> bool:
        return False


class LightPolygon:
    """An arrowhead as SVG points and numbers; :meth:`qt` makes the QPolygonF a QPainter needs."""

    __slots__ = ("_points", "_svg")

    def __init__(self, svg: str | None, points: tuple[tuple[float, float], ...]) -> None:
        self._svg = svg  # None: written from the points when first asked
        self._points = points

    @property
    def points(self) -> tuple[tuple[float, float], ...]:
        return self._points

    @property
    def svg(self) -> str:
        """The polygon's ``points`` attribute ("x,y x,y x,y", one decimal each)."""
        if self._svg is None:
            self._svg = " ".join(f"{x:.1f},{y:.1f}" for x, y in self.points)
        return self._svg

    def isEmpty(self) -> bool:
        return not self.points

    def qt(self) -> SvgPolygon:
        polygon = SvgPolygon([QPointF(x, y) for x, y in self.points])
        polygon._light = self
        return polygon


class TidyHead(LightPolygon):
    """A tidy tree arrow's head (three points) kept as its six numbers in an array (see :class:`TidyPath`)."""

    __slots__ = ("numbers",)

    def __init__(self, numbers: array) -> None:
        self._svg = None
        self.numbers = numbers  # the tip, then the two corners of the base

    @property
    def points(self) -> tuple[tuple[float, float], ...]:
        ax, ay, bx, by, cx, cy = self.numbers
        return ((ax, ay), (bx, by), (cx, cy))

    def moved(self, dx: float, dy: float) -> TidyHead:
        """The same head moved by (dx, dy)."""
        ax, ay, bx, by, cx, cy = self.numbers
        return TidyHead(array("d", (ax + dx, ay + dy, bx + dx, by + dy, cx + dx, cy + dy)))

    def isEmpty(self) -> bool:
        return False


def qt_shape(shape: tuple) -> tuple[QPainterPath, QPolygonF, QPointF, QRectF]:
    """An arrow's shape with Qt objects (for a QPainter or a canvas item), light or not."""
    path, head, symbol, bounds = shape
    if isinstance(path, LightPath):
        path = path.qt()
    if isinstance(head, LightPolygon):
        head = head.qt()
    return path, head, symbol, bounds


def tidy_arrow(child: Box, parent: Box, direction: str, slot: float | None, *, light: bool = False) -> tuple | None:
    """The usual tree arrow (path, arrowhead, symbol centre, bounds) from plain numbers, or None.

    The fast path of :func:`tree_endpoints` + :func:`tree_path` for boxes in their tidy
    place; None when the child is elsewhere (then use those functions). ``light``: the path
    and the head as :class:`LightPath` and :class:`LightPolygon` (see :func:`qt_shape`).
    """
    cx, cy, cw, ch = child
    px, py, pw, ph = parent
    r = SYMBOL_RADIUS + 3.0
    # The bounds take the extreme of each side's candidates (every point of the path and head, the symbol's disc)
    # directly: the others lie inside them, by at least a unit (the child is beyond the parent, the curve's
    # control points between the stem's end and the head's base).
    if direction == "LR":
        if cx < px + pw + 2:
            return None
        if slot is None:
            slot = _clamp(0.5 + 0.3 * ((cy + ch / 2) - (py + ph / 2)) / max(ph, 1.0), 0.2, 0.8)
        sx, sy = cx, cy + ch / 2
        ex, ey = px + pw, py + slot * ph
        stx = sx - STEM
        bx = ex + ARROW_LENGTH - 1
        turn = abs(slot - 0.5) / 0.32
        mid = stx + (bx - stx) * (0.5 + 0.32 * (1.0 if turn > 1.0 else turn))  # turn_fraction(slot), inline
        hx, h1y, h2y = ex + ARROW_LENGTH, ey - ARROW_HALF_WIDTH, ey + ARROW_HALF_WIDTH  # the head's base
        symbol_x = sx - STEM / 2 - 1
        path = TidyPath(array("d", (sx, sy, stx, sy, mid, sy, mid, ey, bx, ey)))  # its SVG form only when exported
        polygon = TidyHead(array("d", (ex, ey, hx, h1y, hx, h2y)))
        # min(a, b) and max(a, b) as comparisons (the same value: a builtin call each cost more than the rest)
        a = symbol_x - r
        left, right = (a if a < ex else ex) - 2, (hx if hx > sx else sx) + 2
        a, b = sy - r, sy + r
        top, bottom = (a if a < h1y else h1y) - 2, (b if b > h2y else h2y) + 2
        symbol = QPointF(symbol_x, sy)
    else:
        if cy < py + ph + 2:
            return None
        if slot is None:
            slot = _clamp(0.5 + 0.3 * ((cx + cw / 2) - (px + pw / 2)) / max(pw, 1.0), 0.15, 0.85)
        sx, sy = cx + cw / 2, cy
        ex, ey = px + slot * pw, py + ph
        sty = sy - STEM
        by = ey + ARROW_LENGTH - 1
        turn = abs(slot - 0.5) / 0.32
        mid = sty + (by - sty) * (0.5 + 0.32 * (1.0 if turn > 1.0 else turn))  # turn_fraction(slot), inline
        h1x, h2x, hy = ex - ARROW_HALF_WIDTH, ex + ARROW_HALF_WIDTH, ey + ARROW_LENGTH
        symbol_y = sy - STEM / 2 - 1
        # a short straight stem out of the child carries the relation symbol, then the S-curve
        path = TidyPath(array("d", (sx, sy, sx, sty, sx, mid, ex, mid, ex, by)))
        polygon = TidyHead(array("d", (ex, ey, h1x, hy, h2x, hy)))
        # min(a, b) and max(a, b) as comparisons (the same value: a builtin call each cost more than the rest)
        a, b = sx - r, sx + r
        left, right = (a if a < h1x else h1x) - 2, (b if b > h2x else h2x) + 2
        a = symbol_y - r
        top, bottom = (a if a < ey else ey) - 2, (hy if hy > sy else sy) + 2
        symbol = QPointF(sx, symbol_y)
    shape = (path, polygon, symbol, QRectF(left, top, right - left, bottom - top))
    return shape if light else qt_shape(shape)


def turn_fraction(slot: float) -> float:
    """Arrows from far-away children turn closer to the parent, so the turns of one fan nest."""
    return 0.5 + 0.32 * min(abs(slot - 0.5) / 0.32, 1.0)


def fan_slots(count: int) -> list[float]:
    """Where ``count`` arrows end along a parent's edge (fractions), spread around the middle."""
    if count <= 1:
        return [0.5] * count
    spread = min(0.64, 0.14 * (count - 1))
    return [0.5 - spread / 2 + spread * k / (count - 1) for k in range(count)]


def tree_path(start: QPointF, end: QPointF, direction: str, slot: float | None = None) -> tuple[QPainterPath, QPolygonF, QPointF]:
    """An S-curve that leaves the child and enters the parent straight (vertically in TB).

    Arrows from far-away children turn closer to the parent (by their ``slot``, the end
    point's place along the parent's edge), so the turns of one fan nest instead of
    lying on top of each other. The relation symbol sits near the child, where the
    arrow is still its own.
    """
    turn = turn_fraction(slot if slot is not None else 0.5)  # fraction of the way from the child to the parent
    if direction == "LR":
        stem = QPointF(start.x() - STEM, start.y())
        base = QPointF(end.x() + ARROW_LENGTH - 1, end.y())
        mid = stem.x() + (base.x() - stem.x()) * turn
        c1, c2 = QPointF(mid, stem.y()), QPointF(mid, base.y())
        head = arrow_head(end, QPointF(end.x() + 1, end.y()))
        symbol = QPointF(start.x() - STEM / 2 - 1, start.y())
    else:
        stem = QPointF(start.x(), start.y() - STEM)
        base = QPointF(end.x(), end.y() + ARROW_LENGTH - 1)
        mid = stem.y() + (base.y() - stem.y()) * turn
        c1, c2 = QPointF(stem.x(), mid), QPointF(base.x(), mid)
        head = arrow_head(end, QPointF(end.x(), end.y() + 1))
        symbol = QPointF(start.x(), start.y() - STEM / 2 - 1)
    path = QPainterPath(start)
    path.lineTo(stem)  # a short straight stem out of the child carries the relation symbol
    path.cubicTo(c1, c2, base)
    return path, head, symbol


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
    """A gentle arc for cross-links, so they read as drawn over the tree; the symbol sits by the source."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    bend = min(0.18 * length, 80.0)
    control = QPointF((start.x() + end.x()) / 2 - dy / length * bend, (start.y() + end.y()) / 2 + dx / length * bend)
    path = QPainterPath(start)
    tip = shortened(control, end, ARROW_LENGTH - 1)
    path.quadTo(control, tip)
    # the symbol next to the source, where the arc is still plainly its own: SYMBOL_RADIUS + 3.5 along it, or half way
    # along a shorter arc. An arc is at least as long as its chord (so is Qt's measure of it: the sum of its pieces'
    # control polygons), and Qt's measure cost a fifth of a cross-link's shape: not asked when the chord tells.
    reach = SYMBOL_RADIUS + 3.5
    along = reach if math.hypot(tip.x() - start.x(), tip.y() - start.y()) > 2 * reach + 1 else min(path.length() / 2, reach)
    near_source = path.pointAtPercent(path.percentAtLength(along))
    return path, arrow_head(end, control), near_source


def padded_bounds(path: QPainterPath, head: QPolygonF, symbol: QPointF, extra: float = 2.0) -> QRectF:
    """The bounding rect of a path, its arrowhead and its relation symbol, with room for the pen."""
    r = SYMBOL_RADIUS + 1.0
    rect = path.controlPointRect().united(head.boundingRect())
    left = min(rect.left(), symbol.x() - r) - extra
    top = min(rect.top(), symbol.y() - r) - extra
    right = max(rect.right(), symbol.x() + r) + extra
    bottom = max(rect.bottom(), symbol.y() + r) + extra
    return QRectF(left, top, right - left, bottom - top)
