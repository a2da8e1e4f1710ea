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
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

_MAX_DEPTH = 24

Point = tuple[float, float]


def needs_clipping(bounds: QRectF, area: QRectF) -> bool:
    """True when a drawing with these bounds reaches far beyond the area to paint (cutting it pays)."""
    return bounds.width() > 3 * area.width() + 200 or bounds.height() > 3 * area.height() + 200


def visible_part(path: QPainterPath, area: QRectF) -> QPainterPath:
    """``path`` cut to ``area`` (which should include a margin of a pen's width or more around what is painted)."""
    left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    limit = 2 * max(area.width(), area.height())
    out = QPainterPath()
    pen: list[Point | None] = [None]  # where the output's current point is (None: nowhere yet)

    def line_to(a: Point, b: Point) -> None:
        if pen[0] != a:
            out.moveTo(*a)
        out.lineTo(*b)
        pen[0] = b

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
        line_to(start, end)

    def curve(p0: Point, c1: Point, c2: Point, p3: Point, depth: int) -> None:
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
                out.moveTo(*p0)
            out.cubicTo(*c1, *c2, *p3)
            pen[0] = p3
            return
        # split in half: the two halves are the very same curve
        m01 = ((p0[0] + c1[0]) / 2, (p0[1] + c1[1]) / 2)
        m12 = ((c1[0] + c2[0]) / 2, (c1[1] + c2[1]) / 2)
        m23 = ((c2[0] + p3[0]) / 2, (c2[1] + p3[1]) / 2)
        a = ((m01[0] + m12[0]) / 2, (m01[1] + m12[1]) / 2)
        b = ((m12[0] + m23[0]) / 2, (m12[1] + m23[1]) / 2)
        mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        curve(p0, m01, a, mid, depth + 1)
        curve(mid, b, m23, p3, depth + 1)

    current: Point = (0.0, 0.0)
    i, n = 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        point = (e.x, e.y)
        if e.isMoveTo():
            current = point
            i += 1
        elif e.isLineTo():
            line(current, point)
            current = point
            i += 1
        else:  # a cubic: this element is the first control point, the next two the second one and the end
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            p3 = (end.x, end.y)
            curve(current, point, (c2.x, c2.y), p3, 0)
            current = p3
            i += 3
    return out


def margin_area(area: QRectF, lod: float) -> QRectF:
    """``area`` grown by more than the widest pen (the halo under an arrow over boxes) and a few screen pixels."""
    m = max(24.0, 8.0 / max(lod, 1e-6))
    return area.adjusted(-m, -m, m, m)


def visible_lines(path: QPainterPath, area: QRectF, lod: float) -> tuple[list[QLineF], bool]:
    """The part of ``path`` within ``area`` as straight lines no farther than an eighth of a screen pixel from the
    curve (``lod``: screen pixels per scene unit), and whether an end of the whole path lies within ``area``
    (a round cap there needs the path drawn as one)."""
    cut = visible_part(path, area)
    lines: list[QLineF] = []
    if cut.isEmpty():
        return lines, False
    k = 4.0 * max(lod, 1e-6)  # Qt flattens within half a unit of the transformed path
    back = QTransform.fromScale(1 / k, 1 / k)
    for polygon in cut.toSubpathPolygons(QTransform.fromScale(k, k)):
        points = back.map(polygon).toList()
        lines.extend(QLineF(a, b) for a, b in pairwise(points))
    n = path.elementCount()
    ends = (path.elementAt(0), path.elementAt(n - 1)) if n else ()
    return lines, any(area.contains(e.x, e.y) for e in ends)
