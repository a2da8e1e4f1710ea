"""The areas an edit changed, asked "which of them meet this window" by the routes (:mod:`argmap.drawing.honest`) and
by the off-page connectors' tags (:mod:`argmap.drawing.kept_tags`); tested against comparing each area
(``tests/drawing/test_changed_areas.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Area = tuple[float, float, float, float]


class Changes:
    """The areas an edit changed, for "does one of them meet this window" asked of every window the routes looked
    at: a few are compared with each window directly (after a test against the area around them all); many (an edit
    that shifted part of a 50,000-statement map changes a thousand) are filed in coarse squares first, once many routes
    asked (a widening edit asks of a few: the others' arrows moved, they are not taken over)."""

    CELL = 4096.0
    FEW = 32
    #: routes whose windows meet the area around the changes compared with them all, before these are filed (filing
    #: them costs as much as a few passes over them)
    ASKED = 4

    def __init__(self, areas: Sequence[Area]) -> None:
        self.areas = areas
        x0s, y0s, x1s, y1s = zip(*areas, strict=True)
        self.around = (min(x0s), min(y0s), max(x1s), max(y1s))
        self.cells: dict[tuple[int, int], list[Area]] | None = None if len(areas) > self.FEW else {}
        self.asked = 0

    def _file(self) -> dict[tuple[int, int], list[Area]]:
        cells: dict[tuple[int, int], list[Area]] = {}
        file_in_squares(cells, self.areas, self.CELL)
        self.cells = cells
        return cells

    def meeting(self, ax0: float, ay0: float, ax1: float, ay1: float) -> list[Area]:
        """The changed areas that meet the window (edges touching count: to be safe)."""
        cx0, cy0, cx1, cy1 = self.around
        if ax1 < cx0 or cx1 < ax0 or ay1 < cy0 or cy1 < ay0:
            return []
        places = self._squares(ax0, ay0, ax1, ay1)
        if places is None:
            return [a for a in self.areas if a[0] <= ax1 and ax0 <= a[2] and a[1] <= ay1 and ay0 <= a[3]]
        # (an area over several squares is filed in each: once here)
        return list(dict.fromkeys(a for here in places for a in here if a[0] <= ax1 and ax0 <= a[2] and a[1] <= ay1 and ay0 <= a[3]))

    def meets(self, ax0: float, ay0: float, ax1: float, ay1: float) -> bool:
        """Whether a changed area meets the window (as :meth:`meeting`, edges touching count): what a route's check
        asks, stopping at the first one (a far cross-link's window across the map meets hundreds at a narrowing edit)."""
        cx0, cy0, cx1, cy1 = self.around
        if ax1 < cx0 or cx1 < ax0 or ay1 < cy0 or cy1 < ay0:
            return False
        cells = self._filed()
        if not cells:
            return any(a[0] <= ax1 and ax0 <= a[2] and a[1] <= ay1 and ay0 <= a[3] for a in self.areas)
        # (the squares looked at in place, as _squares gives them: a route's check asks five windows, most in one square)
        c = self.CELL
        bx0, bx1, by0, by1 = int(ax0 // c), int(ax1 // c), int(ay0 // c), int(ay1 // c)
        if (bx1 - bx0 + 1) * (by1 - by0 + 1) > len(cells):
            for (bx, by), here in cells.items():
                if bx0 <= bx <= bx1 and by0 <= by <= by1:
                    for a in here:
                        if a[0] <= ax1 and ax0 <= a[2] and a[1] <= ay1 and ay0 <= a[3]:
                            return True
            return False
        get = cells.get
        for bx in range(bx0, bx1 + 1):
            for by in range(by0, by1 + 1):
                found = get((bx, by))
                if found:
                    for a in found:
                        if a[0] <= ax1 and ax0 <= a[2] and a[1] <= ay1 and ay0 <= a[3]:
                            return True
        return False

    def _filed(self) -> dict[tuple[int, int], list[Area]] | None:
        """The areas by square, filed once more than :data:`ASKED` windows asked (None or empty before)."""
        cells = self.cells
        if cells is None:
            self.asked += 1
            if self.asked > self.ASKED:
                cells = self._file()
        return cells

    def _squares(self, ax0: float, ay0: float, ax1: float, ay1: float) -> Iterable[list[Area]] | None:
        """The areas filed in the squares the window covers, square by square; None while they are not filed in squares
        (filed once more than :data:`ASKED` windows asked)."""
        cells = self._filed()
        if not cells:
            return None
        c = self.CELL
        bx0, bx1, by0, by1 = int(ax0 // c), int(ax1 // c), int(ay0 // c), int(ay1 // c)
        if (bx1 - bx0 + 1) * (by1 - by0 + 1) > len(cells):  # a window wider than the changes: their squares looked at
            return (here for (bx, by), here in cells.items() if bx0 <= bx <= bx1 and by0 <= by <= by1)
        get = cells.get
        return filter(None, (get((bx, by)) for bx in range(bx0, bx1 + 1) for by in range(by0, by1 + 1)))


def file_in_squares(cells: dict[tuple[int, int], list[Area]], areas: Iterable[Area], c: float) -> None:
    """File each area in every square of side ``c`` it reaches into (``cells``: square -> its areas)."""
    for area in areas:
        x0, y0, x1, y1 = area
        for bx in range(int(x0 // c), int(x1 // c) + 1):
            for by in range(int(y0 // c), int(y1 // c) + 1):
                here = cells.get((bx, by))
                if here is None:
                    cells[(bx, by)] = [area]
                else:
                    here.append(area)
