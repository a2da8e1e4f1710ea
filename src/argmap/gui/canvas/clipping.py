"""The part of a long arrow that can show in a frame, so Qt strokes a few hundred pixels, not a hundred thousand.

A link from the main claim to a reason far along a wide map spans 50,000 scene units or
more; at 100 % a frame shows 1,600 of them, yet Qt's antialiased stroker walks (and
rasterises) the whole line. Here the path is cut to what lies within the exposed area plus
a margin wider than any pen: straight pieces are clipped exactly, curves are split (de
Casteljau, the same curve) until the pieces that cross the area are not much larger than it.

Even cut, a long curve stroked with a pen wider than a pixel goes through Qt's general
path filling: about 1 ms for 1,600 pixels of line, the 20 longest arrows of a frame at
100 % cost 20 ms. Single straight lines take Qt's fast path (a fifth of that), so
:func:`visible_lines` also flattens the cut curve into short straight lines, finer than Qt
itself flattens curves (an eighth of a pixel), drawn one by one: the same line to the eye.

All of it works on plain numbers (:func:`path_elements`; an arrow's light path already has them): reading a
QPainterPath element by element cost 4 µs an element, and tens of long arrows cross a view at 50 %.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainterPath

_MAX_DEPTH = 24
#: The most straight pieces one cut piece of a curve is drawn with (a piece is at most a few areas large: far fewer).
_MAX_PIECES = 4096

Point = tuple[float, float]
#: A path as plain numbers: (MOVE, x, y), (LINE, x, y) or (CUBIC, c1x, c1y, c2x, c2y, x, y).
Element = tuple[float, ...]
MOVE, LINE, CUBIC = 0, 1, 2


def needs_clipping(bounds: QRectF, area: QRectF) -> bool:
    """True when a drawing with these bounds reaches well beyond the area to paint (cutting it pays).

    Session 11 measured the arrows of a frame at 100 % (paired, the same frame): cut and drawn in straight pieces when
    longer than the area plus 200 units, rather than three areas, 4.5 -> 3.7 ms at 150 statements, 4.9 -> 3.5 ms at
    1,000 (Qt strokes a curve of a few thousand pixels by its slow path: 0.3-0.5 ms each, a tenth of that in lines).
    """
    return bounds.width() > area.width() + 200 or bounds.height() > area.height() + 200


def path_elements(path: object) -> list[Element]:
    """A path (a QPainterPath, or a light path with its ``segments``) as plain numbers."""
    segments = getattr(path, "segments", None)
    if segments is not None:  # a LightPath: (x, y) first, then (x, y) lines and six-number cubics
        if not segments:
            return []
        (x, y), *rest = segments
        return [(MOVE, x, y), *((LINE, *seg) if len(seg) == 2 else (CUBIC, *seg) for seg in rest)]
    assert isinstance(path, QPainterPath)
    out: list[Element] = []
    i, n = 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        if e.isMoveTo():
            out.append((MOVE, e.x, e.y))
            i += 1
        elif e.isLineTo():
            out.append((LINE, e.x, e.y))
            i += 1
        else:  # a cubic: this element is the first control point, the next two the second one and the end
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append((CUBIC, e.x, e.y, c2.x, c2.y, end.x, end.y))
            i += 3
    return out


Cubic = tuple[Point, Point, Point, Point]


def _halves(p0: Point, c1: Point, c2: Point, p3: Point) -> tuple[Cubic, Cubic]:
    """The cubic split at its middle (de Casteljau): two cubics that draw the very same curve."""
    m01 = ((p0[0] + c1[0]) / 2, (p0[1] + c1[1]) / 2)
    m12 = ((c1[0] + c2[0]) / 2, (c1[1] + c2[1]) / 2)
    m23 = ((c2[0] + p3[0]) / 2, (c2[1] + p3[1]) / 2)
    a = ((m01[0] + m12[0]) / 2, (m01[1] + m12[1]) / 2)
    b = ((m12[0] + m23[0]) / 2, (m12[1] + m23[1]) / 2)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    return (p0, m01, a, mid), (mid, b, m23, p3)


def _cut_curve(area: tuple[float, float, float, float], limit: float, pen: list[Point | None],
               move_to: Callable[[Point], None], curve_to: Callable[[Point, Point, Point, Point], None],
               p0: Point, c1: Point, c2: Point, p3: Point, depth: int) -> None:
    """The part of one cubic within ``area`` (left, top, right, bottom) to the callbacks, split until the pieces that
    cross it are at most ``limit`` large. A function of the module, not a closure of :func:`_cut`: a closure calling
    itself is a reference cycle, left for the collector after every painted frame."""
    left, top, right, bottom = area
    # the control points' bounds (comparisons, not min/max of tuples: this runs some twenty times per long arrow)
    x_min = x_max = p0[0]
    y_min = y_max = p0[1]
    for x, y in (c1, c2, p3):
        if x < x_min:
            x_min = x
        elif x > x_max:
            x_max = x
        if y < y_min:
            y_min = y
        elif y > y_max:
            y_max = y
    if x_max < left or x_min > right or y_max < top or y_min > bottom:
        return  # the curve lies within its control points' hull: all of it outside
    inside = x_min >= left and x_max <= right and y_min >= top and y_max <= bottom
    if inside or depth >= _MAX_DEPTH or (x_max - x_min <= limit and y_max - y_min <= limit):
        if pen[0] != p0:
            move_to(p0)
        curve_to(p0, c1, c2, p3)
        pen[0] = p3
        return
    first, second = _halves(p0, c1, c2, p3)  # the two halves are the very same curve
    _cut_curve(area, limit, pen, move_to, curve_to, *first, depth + 1)
    _cut_curve(area, limit, pen, move_to, curve_to, *second, depth + 1)


def _cut(elements: Sequence[Element], area: QRectF, move_to: Callable[[Point], None], line_to: Callable[[Point], None],
         curve_to: Callable[[Point, Point, Point, Point], None]) -> None:
    """Hand the part of the path within ``area`` to the three callbacks (a move, a line to, a cubic from the current
    point): straight pieces clipped exactly, curves split until the pieces that cross the area are not much larger."""
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    limit = 2 * max(area.width(), area.height())
    pen: list[Point | None] = [None]  # where the output's current point is (None: nowhere yet)

    def line(a: Point, b: Point) -> None:
        # Liang-Barsky: the part of a -> b inside the area, the end points kept exactly where inside
        (x0, y0), (x1, y1) = a, b
        dx, dy = x1 - x0, y1 - y0
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            if p == 0:
                if q < 0:
                    return
            else:
                t = q / p
                if p < 0:
                    if t > t1:
                        return
                    t0 = max(t0, t)
                else:
                    if t < t0:
                        return
                    t1 = min(t1, t)
        start = a if t0 == 0.0 else (x0 + t0 * dx, y0 + t0 * dy)
        end = b if t1 == 1.0 else (x0 + t1 * dx, y0 + t1 * dy)
        if pen[0] != start:
            move_to(start)
        line_to(end)
        pen[0] = end

    def curve(p0: Point, c1: Point, c2: Point, p3: Point, depth: int) -> None:
        _cut_curve((left, top, right, bottom), limit, pen, move_to, curve_to, p0, c1, c2, p3, depth)

    current: Point = (0.0, 0.0)
    for e in elements:
        if e[0] == MOVE:
            current = (e[1], e[2])
        elif e[0] == LINE:
            point = (e[1], e[2])
            line(current, point)
            current = point
        else:
            end = (e[5], e[6])
            curve(current, (e[1], e[2]), (e[3], e[4]), end, 0)
            current = end


def visible_part(path: QPainterPath, area: QRectF) -> QPainterPath:
    """``path`` cut to ``area`` (which should include a margin of a pen's width or more around what is painted)."""
    out = QPainterPath()
    _cut(path_elements(path), area, lambda p: out.moveTo(*p), lambda p: out.lineTo(*p),
         lambda _p0, c1, c2, p3: out.cubicTo(*c1, *c2, *p3))
    return out


def margin_area(area: QRectF, lod: float) -> QRectF:
    """``area`` grown by more than the widest pen (the halo under an arrow over boxes) and a few screen pixels."""
    m = max(24.0, 8.0 / max(lod, 1e-6))
    return area.adjusted(-m, -m, m, m)


def _flatten(points: list[Point], tolerance: float, p0: Point, c1: Point, c2: Point, p3: Point) -> None:
    """Append to ``points`` the ends of straight pieces no farther than ``tolerance`` from the cubic (after ``p0``).

    The pieces are evenly spaced in the curve's parameter, as many as Wang's formula asks for: n pieces stay within
    3/4 M / n² of the curve, M the largest second difference of the control points (the bound Skia's tessellator
    uses). Worked out by forward differences, a few additions a point: the halving until flat that came before made
    two calls per point and a third more points (a 1,000-statement map's frame at 100 %: 4.3 -> 1.2 ms for its long
    arrows).
    """
    x0, y0 = p0
    x1, y1 = c1
    x2, y2 = c2
    x3, y3 = p3
    ax, ay = x0 - 2.0 * x1 + x2, y0 - 2.0 * y1 + y2  # the two second differences
    bx, by = x1 - 2.0 * x2 + x3, y1 - 2.0 * y2 + y3
    m = max(ax * ax + ay * ay, bx * bx + by * by) ** 0.5
    n = min(math.ceil(math.sqrt(0.75 * m / tolerance)), _MAX_PIECES) if m > 0.0 else 1
    if n > 1:
        # the cubic as k t³ + q t² + c t + p0, stepped by h = 1/n: first, second and third differences
        h = 1.0 / n
        h2 = h * h
        h3 = h2 * h
        kx, ky = x3 - x0 + 3.0 * (x1 - x2), y3 - y0 + 3.0 * (y1 - y2)
        qx, qy = 3.0 * ax, 3.0 * ay
        cx, cy = 3.0 * (x1 - x0), 3.0 * (y1 - y0)
        d1x, d1y = kx * h3 + qx * h2 + cx * h, ky * h3 + qy * h2 + cy * h
        d3x, d3y = 6.0 * kx * h3, 6.0 * ky * h3
        d2x, d2y = d3x + 2.0 * qx * h2, d3y + 2.0 * qy * h2
        x, y = x0, y0
        append = points.append
        for _ in range(n - 1):
            x += d1x
            y += d1y
            append((x, y))
            d1x += d2x
            d1y += d2y
            d2x += d3x
            d2y += d3y
    points.append(p3)  # the end exactly where it is


def visible_lines(path: object, area: QRectF, lod: float, elements: Sequence[Element] | None = None) -> tuple[list[QLineF], bool]:
    """The part of ``path`` within ``area`` as straight lines no farther than an eighth of a screen pixel from the
    curve (``lod``: screen pixels per scene unit), and whether an end of the whole path lies within ``area``
    (a round cap there needs the path drawn as one). ``elements``: the path as plain numbers, if known."""
    if elements is None:
        elements = path_elements(path)
    lines: list[QLineF] = []
    if not elements:
        return lines, False
    tolerance = 1.0 / (8.0 * max(lod, 1e-6))
    points: list[Point] = []

    def flush() -> None:
        lines.extend(QLineF(a[0], a[1], b[0], b[1]) for a, b in pairwise(points))
        points.clear()

    def move_to(p: Point) -> None:
        flush()
        points.append(p)

    _cut(elements, area, move_to, points.append, lambda p0, c1, c2, p3: _flatten(points, tolerance, p0, c1, c2, p3))
    flush()
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    first, last = elements[0], elements[-1]
    ends = ((first[1], first[2]), (last[-2], last[-1]))
    return lines, any(left <= x <= right and top <= y <= bottom for x, y in ends)
