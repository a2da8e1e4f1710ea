"""Which parts of the map's picture lie in an area: a coarse grid over boxes, arrows and brackets.

The canvas makes Qt items only for the parts near what the view shows (a Qt item and its
wrappers cost about 2 KB and 70 µs each: 50,000 boxes and 50,000 arrows took 4.5 s to make, and
Qt's hover walked all of them). The scene asks this grid what lies in the view's area. A part is
filed under the one cell of its centre (one dictionary step each: the whole map is filed again
after each full picture); a query widens its area by the largest half-size filed that way. Parts
larger than a cell (long cross-links, wide brackets) are few and are checked one by one.
"""

from __future__ import annotations

from typing import Any

#: A cell's side in scene units (a box is about 200 x 80; a view at 100 % about 1,600 x 1,000).
CELL = 800.0

Cell = tuple[int, int]


class NearbyGrid:
    """Keys (box ids, arrow keys, bracket keys) filed by where their bounds lie."""

    def __init__(self) -> None:
        self._cells: dict[Cell, set[Any]] = {}
        self._where: dict[Any, Cell | None] = {}  # None: a large part, in _large
        self._large: dict[Any, tuple[float, float, float, float]] = {}
        self._reach = 0.0  # the largest half-size of a part filed under one cell

    def __len__(self) -> int:
        return len(self._where)

    def clear(self) -> None:
        self._cells.clear()
        self._where.clear()
        self._large.clear()
        self._reach = 0.0

    def put(self, key: Any, left: float, top: float, right: float, bottom: float) -> None:
        """File ``key`` at these bounds (moving it if it was filed before)."""
        if key in self._where:
            self.drop(key)
        w, h = right - left, bottom - top
        if w > CELL or h > CELL:
            self._large[key] = (left, top, right, bottom)
            self._where[key] = None
            return
        half = (w if w > h else h) / 2
        if half > self._reach:
            self._reach = half
        cell = (int((left + right) / 2 // CELL), int((top + bottom) / 2 // CELL))
        self._where[key] = cell
        bucket = self._cells.get(cell)
        if bucket is None:
            self._cells[cell] = {key}
        else:
            bucket.add(key)

    def drop(self, key: Any) -> None:
        cell = self._where.pop(key, None)
        if cell is None:
            self._large.pop(key, None)
            return
        bucket = self._cells.get(cell)
        if bucket is not None:
            bucket.discard(key)
            if not bucket:
                del self._cells[cell]

    def within(self, left: float, top: float, right: float, bottom: float) -> set[Any]:
        """The keys whose bounds may meet this area (a few more near its edge: a superset, never less)."""
        reach = self._reach
        x0, x1 = int((left - reach) // CELL), int((right + reach) // CELL)
        y0, y1 = int((top - reach) // CELL), int((bottom + reach) // CELL)
        found: set[Any] = set()
        cells = self._cells
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(cells):  # an area larger than the map's filed cells: go over those
            for (x, y), keys in cells.items():
                if x0 <= x <= x1 and y0 <= y <= y1:
                    found |= keys
        else:
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    bucket = cells.get((x, y))
                    if bucket:
                        found |= bucket
        for key, (x_min, y_min, x_max, y_max) in self._large.items():
            if x_min <= right and x_max >= left and y_min <= bottom and y_max >= top:
                found.add(key)
        return found
