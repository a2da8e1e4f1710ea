"""Where dropped boxes may land: the nearest spot where they cover no other box. Plain numbers, no Qt."""

from __future__ import annotations

from collections.abc import Mapping

from argmap.drawing.obstacles import BoxIndex

Box = tuple[float, float, float, float]  # x, y, w, h


def _hits(group: list[Box], dx: float, dy: float, others: BoxIndex, gap: float) -> bool:
    """True when a box of ``group`` moved by (dx, dy) comes within ``gap`` of one of ``others``."""
    return any(others.within(x + dx - gap, y + dy - gap, x + dx + w + gap, y + dy + h + gap) for x, y, w, h in group)


def clear_offset(group: list[Box], others: Mapping[str, Box], *, gap: float) -> tuple[float, float]:
    """The shortest shift (dx, dy) after which no box of ``group`` comes within ``gap`` of a box of ``others``.

    (0, 0) when the group is clear already. Candidates are the shifts that put the group's
    bounding box just beside one of the other boxes, in each of the four directions; the
    shortest free one wins (ties: down, then right, up, left).
    """
    if not group:
        return (0.0, 0.0)
    gx0 = min(b[0] for b in group)
    gy0 = min(b[1] for b in group)
    gx1 = max(b[0] + b[2] for b in group)
    gy1 = max(b[1] + b[3] for b in group)
    every = BoxIndex(others)
    if not _hits(group, 0.0, 0.0, every, gap):
        return (0.0, 0.0)
    reach = max(gx1 - gx0, gy1 - gy0) + 400.0  # farther boxes cannot be the nearest way out
    near = [every.boxes[k] for k in every.within(gx0 - reach, gy0 - reach, gx1 + reach, gy1 + reach)]
    candidates = []
    for ox, oy, ow, oh in near:
        candidates += [(0.0, oy + oh + gap - gy0), (ox + ow + gap - gx0, 0.0), (0.0, oy - gap - gy1), (ox - gap - gx1, 0.0)]
    candidates.sort(key=lambda d: abs(d[0]) + abs(d[1]))
    for dx, dy in candidates:
        if not _hits(group, dx, dy, every, gap):
            return (dx, dy)
    below = max(b[1] + b[3] for b in others.values())  # below everything: always free
    return (0.0, below + gap - gy0)
