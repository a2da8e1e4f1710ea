"""A picture's extent (its boxes, arrows and brackets, plus a margin), worked out a part at a time.

A fit of the whole map needs it, and on a large map it is a pass over every part (70 ms at 50,000 statements,
13 ms at 10,000: most of a first "Fit map"). The editor works it out in its idle steps after each picture, a part
at a time (:meth:`~argmap.drawing.diagram.Diagram.bound_some`), so that a fit finds it known; an export or a fit
before that works it out at once, through the same steps.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QRectF

from argmap.drawing.placed import PlacedArrow, PlacedBox, PlacedBracket

EXPORT_MARGIN = 24.0
SHADOW = 6.0  # room around a box for the stacked card of a collapsed statement
#: Parts looked at in one step (about 2-3 ms of arrows).
STEP_PARTS = 2_500

Edges = tuple[float, float, float, float]  # left, top, right, bottom


def extent_steps(boxes: Sequence[PlacedBox], arrows: Sequence[PlacedArrow], brackets: Sequence[PlacedBracket],
                 done: list[QRectF], step: int | None = None) -> Iterator[None]:
    """Work out the extent, yielding after each ``step`` parts; at the end ``done`` holds it (in whole units, so the
    SVG maps scene units 1:1)."""
    step = step or STEP_PARTS
    edges: list[Edges] = []
    # Each edge by min/max over a list (C loops), the arrows' rectangles by Qt's getters: a tuple per box and arrow
    # and four scans of them cost 0.1 s of opening 50,000 statements (a QRectF made per arrow by united(): 11 against
    # 6 ms at 10,000).
    for start in range(0, len(boxes), step):
        part = boxes[start:start + step]
        edges.append((
            min([b.x for b in part]) - SHADOW,
            min([b.y for b in part]) - SHADOW,
            max([b.x + b.painting.w for b in part]) + SHADOW,
            max([b.y + b.painting.h for b in part]) + SHADOW,
        ))
        yield
    shapes = [a.shape for a in arrows] + [g.shape for g in brackets]
    for start in range(0, len(shapes), step):
        drawn = [r for r in [s[3] for s in shapes[start:start + step]] if not r.isEmpty()]
        if drawn:
            edges.append((min(map(QRectF.left, drawn)), min(map(QRectF.top, drawn)),
                          max(map(QRectF.right, drawn)), max(map(QRectF.bottom, drawn))))
        yield
    done.append(_with_margin(edges))


def _with_margin(edges: list[Edges]) -> QRectF:
    if not edges:
        return QRectF(0, 0, 2 * EXPORT_MARGIN, 2 * EXPORT_MARGIN)
    x0 = min(e[0] for e in edges) - EXPORT_MARGIN
    y0 = min(e[1] for e in edges) - EXPORT_MARGIN
    x1 = max(e[2] for e in edges) + EXPORT_MARGIN
    y1 = max(e[3] for e in edges) + EXPORT_MARGIN
    return QRectF(QRectF(x0, y0, x1 - x0, y1 - y0).toAlignedRect())


def boxes_extent(boxes: Sequence[PlacedBox], known: Edges | None = None) -> QRectF:
    """The boxes' extent plus the margin: the picture's, but for arrows or brackets that reach beyond its boxes (for a
    fit while a staged picture's arrows are still being made; with a tidy layout they lie between its boxes).
    ``known``: (x0, y0, x1, y1) around the boxes, as the layout worked it out (walking 50,000 boxes took 60-190 ms)."""
    if known is not None:
        x0, y0, x1, y1 = known
        return _with_margin([(x0 - SHADOW, y0 - SHADOW, x1 + SHADOW, y1 + SHADOW)])
    done: list[QRectF] = []
    for _ in extent_steps(boxes, (), (), done, len(boxes) or 1):
        pass
    return done[0]
