"""The areas the off-page connectors' tags took so far (:mod:`argmap.drawing.off_page`), asked "does one reach into this
rectangle": each filed in the one square its top-left corner lies in, so that putting one in is one look-up (a widening
edit moves a thousand tags along, each put in and asked about once: a box index filed each in every bucket it covers,
10-25 ms of such an edit at 50,000 statements). Tested against comparing each area (``tests/drawing/test_taken_tags.py``).
"""

from __future__ import annotations

Box = tuple[float, float, float, float]
#: By how much a tag moved along since the last picture ((0, 0): it stayed); None: placed, not moved along.
Step = tuple[float, float] | None

#: How far apart two steps may be and count as one (parts moved along differ in the last bits).
SLACK = 1e-6


class Taken:
    """Tags' areas (x, y, w, h), each with the step it moved along by (see :meth:`meets`)."""

    CELL = 256.0  # (a tag is 170 across: nearly every one fits a square; the rest are compared one by one)

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[Box, Step]]] = {}
        self.big: list[tuple[Box, Step]] = []  # wider or taller than a square

    def add(self, box: Box, step: Step = None) -> None:
        x, y, w, h = box
        c = self.CELL
        if w > c or h > c:
            self.big.append((box, step))
        else:
            self.cells.setdefault((int(x // c), int(y // c)), []).append((box, step))

    def meets(self, x0: float, y0: float, x1: float, y1: float, step: Step = None, touching: bool = False) -> bool:
        """Whether an area reaches inside the rectangle (``touching``: its edge on the rectangle's is enough), not counting
        those moved along by ``step`` (when one is given): a tag moved along by a step met none of those as they were
        (it and they stood before it in the same order, as far apart), so it meets none of them now."""
        c, get = self.CELL, self.cells.get
        # (an area filed in a square lies within one square to the right of and below its corner)
        for bx in range(int(x0 // c) - 1, int(x1 // c) + 1):
            for by in range(int(y0 // c) - 1, int(y1 // c) + 1):
                here = get((bx, by))
                if here and _any(here, x0, y0, x1, y1, step, touching):
                    return True
        return bool(self.big) and _any(self.big, x0, y0, x1, y1, step, touching)


def _any(areas: list[tuple[Box, Step]], x0: float, y0: float, x1: float, y1: float, step: Step, touching: bool) -> bool:
    for (x, y, w, h), s in areas:
        meets = (x <= x1 and x0 <= x + w and y <= y1 and y0 <= y + h) if touching else (x < x1 and x0 < x + w and y < y1 and y0 < y + h)
        if meets and (step is None or s is None or abs(s[0] - step[0]) > SLACK or abs(s[1] - step[1]) > SLACK):
            return True
    return False
