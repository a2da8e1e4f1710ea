"""An arrow along a routed polyline: rounded corners, the head on the target's border, the symbol by the source."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from argmap.drawing.geometry import ARROW_HALF_WIDTH, ARROW_LENGTH, SYMBOL_RADIUS, LightPath, LightPolygon
from argmap.drawing.obstacles import Point

CORNER = 6.0
#: The relation symbol's centre, this far along the path from the source's border (on the first leg).
SYMBOL_AT = SYMBOL_RADIUS + 3.5
_KAPPA = 0.5523  # cubic control distance of a quarter circle, as a fraction of the radius


def polyline_arrow(points: list[Point]) -> tuple:
    """The light shape (path, head, symbol centre, bounds) of an arrow through ``points`` (border to border)."""
    (ex, ey), (px, py) = points[-1], points[-2]
    length = math.hypot(ex - px, ey - py) or 1.0
    ux, uy = (ex - px) / length, (ey - py) / length
    base = (ex - ux * (ARROW_LENGTH - 1), ey - uy * (ARROW_LENGTH - 1))
    line = [*points[:-1], base]
    segments: list[tuple[float, ...]] = [line[0]]
    svg = [f"M{line[0][0]:.1f} {line[0][1]:.1f}"]
    for k in range(1, len(line) - 1):
        (ax, ay), (bx, by), (cx, cy) = line[k - 1], line[k], line[k + 1]
        d_in, d_out = math.hypot(bx - ax, by - ay), math.hypot(cx - bx, cy - by)
        r = min(CORNER, d_in / 2, d_out / 2)
        if r <= 0.5:
            segments.append((bx, by))
            svg.append(f"L{bx:.1f} {by:.1f}")
            continue
        ix, iy = (bx - ax) / d_in, (by - ay) / d_in
        ox, oy = (cx - bx) / d_out, (cy - by) / d_out
        p0 = (bx - ix * r, by - iy * r)
        p1 = (bx + ox * r, by + oy * r)
        k1 = (p0[0] + ix * r * _KAPPA, p0[1] + iy * r * _KAPPA)
        k2 = (p1[0] - ox * r * _KAPPA, p1[1] - oy * r * _KAPPA)
        segments += [p0, (*k1, *k2, *p1)]
        svg.append(f"L{p0[0]:.1f} {p0[1]:.1f}C{k1[0]:.1f} {k1[1]:.1f} {k2[0]:.1f} {k2[1]:.1f} {p1[0]:.1f} {p1[1]:.1f}")
    segments.append(line[-1])
    svg.append(f"L{line[-1][0]:.1f} {line[-1][1]:.1f}")
    hx, hy = ex - ux * ARROW_LENGTH, ey - uy * ARROW_LENGTH
    head = ((ex, ey), (hx - uy * ARROW_HALF_WIDTH, hy + ux * ARROW_HALF_WIDTH), (hx + uy * ARROW_HALF_WIDTH, hy - ux * ARROW_HALF_WIDTH))
    (sx, sy), (tx, ty) = points[0], points[1]
    first = math.hypot(tx - sx, ty - sy) or 1.0
    along = min(SYMBOL_AT, first / 2)
    symbol = (sx + (tx - sx) / first * along, sy + (ty - sy) / first * along)
    xs = [p[0] for p in points] + [h[0] for h in head]
    ys = [p[1] for p in points] + [h[1] for h in head]
    r = SYMBOL_RADIUS + 3.0
    left, right = min(min(xs), symbol[0] - r) - 2, max(max(xs), symbol[0] + r) + 2
    top, bottom = min(min(ys), symbol[1] - r) - 2, max(max(ys), symbol[1] + r) + 2
    (h0x, h0y), (h1x, h1y), (h2x, h2y) = head
    return (
        LightPath("".join(svg), tuple(segments)),
        LightPolygon(f"{h0x:.1f},{h0y:.1f} {h1x:.1f},{h1y:.1f} {h2x:.1f},{h2y:.1f}", head),
        QPointF(*symbol),
        QRectF(left, top, right - left, bottom - top),
    )
