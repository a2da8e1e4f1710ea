"""Where an arrow from a child box to its parent box starts and ends (both on the box borders)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from argmap.layout.api import Box

Point = tuple[float, float]


def edge_endpoints(source: Box, target: Box, direction: Literal["TB", "LR"] = "TB") -> tuple[Point, Point]:
    """Start (on ``source``'s border) and end (on ``target``'s border) of the arrow source -> target.

    When the boxes are apart along the layout's direction the arrow joins the middles of
    the facing sides (top-down: the child's top to the parent's bottom), which is how tree
    links look and why they never cross a box. Otherwise (boxes side by side, or
    overlapping) it runs along the line between the centres, cut at each border.
    """
    sx, sy = source.center
    tx, ty = target.center
    if direction == "LR":
        if target.x + target.w <= source.x:  # parent to the left, the usual case
            return (source.x, sy), (target.x + target.w, ty)
        if source.x + source.w <= target.x:
            return (source.x + source.w, sy), (target.x, ty)
    else:
        if target.y + target.h <= source.y:  # parent above, the usual case
            return (sx, source.y), (tx, target.y + target.h)
        if source.y + source.h <= target.y:
            return (sx, source.y + source.h), (tx, target.y)
    return _border_point(source, tx, ty), _border_point(target, sx, sy)


def _border_point(box: Box, toward_x: float, toward_y: float) -> Point:
    """Where the ray from ``box``'s centre towards a point leaves the box."""
    cx, cy = box.center
    dx, dy = toward_x - cx, toward_y - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    half_w, half_h = box.w / 2, box.h / 2
    scale = min(half_w / abs(dx) if dx else float("inf"), half_h / abs(dy) if dy else float("inf"))
    return (cx + dx * scale, cy + dy * scale)
