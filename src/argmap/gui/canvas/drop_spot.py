"""Where dropped boxes may land: the nearest spot where they cover no other box. Plain numbers, no Qt."""

from __future__ import annotations

from collections.abc import Mapping

Box = tuple[float, float, float, float]  # x, y, w, h


def _hits(group: list[Box], dx: float, dy: float, others: list[Box], gap: float) -> bool:
    for x, y, w, h in group:
        x, y = x + dx, y + dy
        for ox, oy, ow, oh in others:
            if x < ox + ow + gap and ox < x + w + gap and y < oy + oh + gap and oy < y + h + gap:
                return True
    return False


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
    reach = max(gx1 - gx0, gy1 - gy0) + 400.0  # farther boxes cannot be the nearest way out
    near = [
        b for b in others.values() if b[0] < gx1 + reach and gx0 - reach < b[0] + b[2] and b[1] < gy1 + reach and gy0 - reach < b[1] + b[3]
    ]
    if not _hits(group, 0.0, 0.0, near, gap):
        return (0.0, 0.0)
    candidates = []
    for ox, oy, ow, oh in near:
        candidates += [(0.0, oy + oh + gap - gy0), (ox + ow + gap - gx0, 0.0), (0.0, oy - gap - gy1), (ox - gap - gx1, 0.0)]
    candidates.sort(key=lambda d: abs(d[0]) + abs(d[1]))
    every = list(others.values())
    for dx, dy in candidates:
        if not _hits(group, dx, dy, near, gap) and not _hits(group, dx, dy, every, gap):
            return (dx, dy)
    below = max(b[1] + b[3] for b in others.values())  # below everything: always free
    return (0.0, below + gap - gy0)
