"""Which parts of the map's picture lie in an area: a coarse grid over boxes, arrows and brackets.

The canvas makes Qt items only for the parts near what the view shows (a Qt item and its wrappers cost about 2 KB and
70 µs each: 50,000 boxes and 50,000 arrows took 4.5 s to make, and Qt's hover walked all of them). The scene asks this
grid what lies in the view's area. A part is filed under the one cell of its centre (one dictionary step each: the
whole map is filed again after each full picture, when the editor is idle: :meth:`NearbyGrid.fill_later`); a query
widens its area by the largest half-size filed that way. Parts larger than a cell (long cross-links, wide fans'
arrows, wide brackets) are filed by their exact bounds under the one cell of their centre in the first of coarser
grids (cells 8, 64, 512... times as wide) whose cell is as large as they are, and a query checks those of each grid's
cells it meets widened by half a cell (at 50,000 statements 9,400 parts are that large: checking each at every query
took 0.6-5 ms).

After an edit, what the picture changed is only marked (:meth:`NearbyGrid.mark`: an edit that widens a
tree moves thousands of boxes and arrows) and filed again a little at a time when the editor is idle
(:meth:`NearbyGrid.file_stale`), leaving a part alone whose centre stays in its cell; meanwhile the
scene finds the marked parts near the view another way (see :mod:`~argmap.gui.canvas.near_items`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Any

#: A cell's side in scene units (a box is about 200 x 80; a view at 100 % about 1,600 x 1,000).
CELL = 800.0
#: How much wider each coarser grid's cells are than the last's (for parts larger than a cell).
LARGE_STEP = 8

Cell = tuple[int, int]
Bounds = tuple[float, float, float, float]  # left, top, right, bottom


class NearbyGrid:
    """Keys (box ids, arrow keys, bracket keys) filed by where their bounds lie."""

    def __init__(self) -> None:
        self._cells: dict[Cell, set[Any]] = {}
        self._where: dict[Any, Cell | None] = {}  # None: a large part, in _large
        self._large: dict[Any, tuple[float, float, float, float]] = {}
        self._coarse: dict[float, dict[Cell, set[Any]]] = {}  # the large parts by cell side, by their centre's cell
        self._reach = 0.0  # the largest half-size of a part filed under one cell
        self._stale: set[Any] = set()  # moved, came or went since filed (see mark)
        #: the stale parts an edit marked (:meth:`mark`), of any size now, and perhaps some filed since (a superset of
        #: those among the stale: the others are boxes and arrows no larger than a cell, see :meth:`fill_later`)
        self._marked: set[Any] = set()
        #: one tuple for each cell ever filed under, shared by its parts' entries in _where (a tuple and its two
        #: numbers for each of 180,000 parts cost 7.6 MB at 50,000 statements)
        self._named: dict[Cell, Cell] = {}

    def __len__(self) -> int:
        return len(self._where)

    def clear(self) -> None:
        self._cells.clear()
        self._where.clear()
        self._large.clear()
        self._coarse.clear()
        self._reach = 0.0
        self._stale.clear()
        self._marked = set()
        self._named.clear()

    def put(self, key: Any, left: float, top: float, right: float, bottom: float) -> None:
        """File ``key`` at these bounds (moving it if it was filed before)."""
        self._stale.discard(key)
        if key in self._where:
            self.drop(key)
        w, h = right - left, bottom - top
        if w > CELL or h > CELL:
            self._file_large(key, left, top, right, bottom)
            self._where[key] = None
            return
        half = (w if w > h else h) / 2
        if half > self._reach:
            self._reach = half
        cell = (int((left + right) / 2 // CELL), int((top + bottom) / 2 // CELL))
        cell = self._named.setdefault(cell, cell)
        self._where[key] = cell
        bucket = self._cells.get(cell)
        if bucket is None:
            self._cells[cell] = {key}
        else:
            bucket.add(key)

    def fill(self, parts: Iterable[tuple[Any, float, float, float, float]]) -> None:
        """File every (key, left, top, right, bottom) of a whole picture into this emptied grid: as :meth:`put` for
        each, in one loop (a call per part cost a tenth of a second of opening 50,000 statements)."""
        if self._where:
            for part in parts:
                self.put(*part)
            return
        cells, where, reach, named = self._cells, self._where, self._reach, self._named.setdefault
        for key, left, top, right, bottom in parts:
            w, h = right - left, bottom - top
            if w > CELL or h > CELL:
                self._file_large(key, left, top, right, bottom)
                where[key] = None
                continue
            half = (w if w > h else h) / 2
            if half > reach:
                reach = half
            cell = (int((left + right) / 2 // CELL), int((top + bottom) / 2 // CELL))
            where[key] = cell = named(cell, cell)
            bucket = cells.get(cell)
            if bucket is None:
                cells[cell] = {key}
            else:
                bucket.add(key)
        self._reach = reach

    def fill_later(self, box_ids: Iterable[Any], arrows: Iterable[tuple[Any, Any]]) -> None:
        """A whole picture's parts into this emptied grid: its boxes (their ids) and each (key, arrow) whose shape's bounds
        (``shape[3]``, a QRectF) are not empty; as :meth:`fill` would file their bounds, but only the arrows larger than a
        cell filed now: every box and other arrow is marked (:meth:`mark`), to be filed when there is
        time (:meth:`file_stale`), and found meanwhile by its boxes as the parts an edit moved are (an end of an arrow
        no larger than a cell lies within a cell of any area it meets). Filing all at once took 0.25 s of opening
        50,000 statements, before the first paint, which needs the few parts near the view."""
        stale, where = self._stale, self._where
        stale.update(box_ids)
        for key, a in arrows:
            x, y, w, h = a.shape[3].getRect()
            if w <= 0.0 or h <= 0.0:  # an arrow without a drawing is not filed
                continue
            if w > CELL or h > CELL:
                self._file_large(key, x, y, x + w, y + h)
                where[key] = None
            else:
                stale.add(key)

    def drop(self, key: Any) -> None:
        self._stale.discard(key)
        cell = self._where.pop(key, None)
        if cell is None:
            self._unfile_large(key)
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
        large = self._large
        if not large:
            return found
        for side, cells in self._coarse.items():  # a part of this grid lies within half a cell of its centre's cell
            half = side / 2
            x0, x1 = int((left - half) // side), int((right + half) // side)
            y0, y1 = int((top - half) // side), int((bottom + half) // side)
            if (x1 - x0 + 1) * (y1 - y0 + 1) > len(cells):
                near: Iterable[set[Any]] = [keys for (x, y), keys in cells.items() if x0 <= x <= x1 and y0 <= y <= y1]
            else:
                near = [bucket for x in range(x0, x1 + 1) for y in range(y0, y1 + 1) if (bucket := cells.get((x, y)))]
            for keys in near:
                for key in keys:
                    x_min, y_min, x_max, y_max = large[key]
                    if x_min <= right and x_max >= left and y_min <= bottom and y_max >= top:
                        found.add(key)
        return found

    def _file_large(self, key: Any, left: float, top: float, right: float, bottom: float) -> None:
        self._large[key] = (left, top, right, bottom)
        cells, cell = self._coarse_cell(left, top, right, bottom)
        bucket = cells.get(cell)
        if bucket is None:
            cells[cell] = {key}
        else:
            bucket.add(key)

    def _unfile_large(self, key: Any) -> None:
        bounds = self._large.pop(key, None)
        if bounds is None:
            return
        cells, cell = self._coarse_cell(*bounds)
        bucket = cells.get(cell)
        if bucket is not None:
            bucket.discard(key)
            if not bucket:
                del cells[cell]

    def _coarse_cell(self, left: float, top: float, right: float, bottom: float) -> tuple[dict[Cell, set[Any]], Cell]:
        """The coarse grid for a part this large (the first whose cell is as wide and as high), and its centre's cell."""
        size = max(right - left, bottom - top)
        side = CELL * LARGE_STEP
        while side < size:
            side *= LARGE_STEP
        cells = self._coarse.get(side)
        if cells is None:
            cells = self._coarse[side] = {}
        return cells, (int((left + right) / 2 // side), int((top + bottom) / 2 // side))

    # ---------------------------------------------------------------- an edit's changes, filed when there is time
    def mark(self, keys: Iterable[Any]) -> None:
        """These parts moved, came or went: until filed again (:meth:`file_stale`) they may be anywhere."""
        if not isinstance(keys, AbstractSet):
            keys = set(keys)
        self._stale.update(keys)
        self._marked.update(keys)

    def marked(self) -> set[Any]:
        """The stale parts an edit marked (:meth:`mark`), of any size now; every other stale part is a box or an arrow
        no larger than a cell where it is now (:meth:`fill_later`), one of whose boxes lies within a cell of it."""
        return self._marked & self._stale if self._marked else set()  # (set & set goes over the smaller)

    def large_keys(self, among: AbstractSet[Any] | None = None) -> set[Any]:
        """The parts filed as larger than a cell (in the coarser grids); with ``among``, only those in it (each side
        looked up in the other from the smaller: after a widening edit at 50,000 statements, a copy of all took 9 ms)."""
        large = self._large
        if among is None:
            return set(large)
        if len(among) < len(large):
            return {key for key in among if key in large}
        return {key for key in large if key in among}

    @property
    def stale(self) -> set[Any]:
        """The parts marked and not filed again yet (:meth:`within` may miss them where they are now)."""
        return self._stale

    def file_stale(self, bounds_of: Callable[[Any], Bounds | None], area: list[float] | None = None,
                   deadline: float | None = None) -> bool:
        """File the marked parts where ``bounds_of`` says they are now (None: gone), until ``deadline``
        (time.perf_counter()); widen ``area`` ([left, top, right, bottom]) by where each was (its cell and the reach
        around it) and is. True when none is left."""
        stale, where, cells, large = self._stale, self._where, self._cells, self._large
        named = self._named.setdefault
        x0, y0, x1, y1 = area if area is not None else (0.0, 0.0, 0.0, 0.0)
        cx0 = cy0 = _FAR
        cx1 = cy1 = -_FAR
        count = 0
        while stale:
            count += 1
            if deadline is not None and count % 128 == 0 and time.perf_counter() >= deadline:
                break
            key = stale.pop()
            was = where.get(key, _NOWHERE)
            if area is not None:
                if was is None:  # a large part: where it was exactly
                    ol, ot, orr, ob = large[key]
                    x0, y0, x1, y1 = min(x0, ol), min(y0, ot), max(x1, orr), max(y1, ob)
                elif was is not _NOWHERE:  # somewhere in its cell and the reach around: the cells' span, at the end
                    cx, cy = was
                    cx0, cy0, cx1, cy1 = min(cx0, cx), min(cy0, cy), max(cx1, cx), max(cy1, cy)
            bounds = bounds_of(key)
            if bounds is None:
                if was is not _NOWHERE:
                    self.drop(key)
                continue
            left, top, right, bottom = bounds
            if area is not None:
                x0, y0, x1, y1 = min(x0, left), min(y0, top), max(x1, right), max(y1, bottom)
            w, h = right - left, bottom - top
            if w > CELL or h > CELL or was is None:
                self.put(key, left, top, right, bottom)
                continue
            half = (w if w > h else h) / 2
            if half > self._reach:
                self._reach = half
            cell = (int((left + right) / 2 // CELL), int((top + bottom) / 2 // CELL))
            if cell == was:
                continue  # still in its cell (an edit that widens a tree moves thousands of parts a little)
            if was is not _NOWHERE:
                bucket = cells.get(was)
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del cells[was]
            where[key] = cell = named(cell, cell)
            bucket = cells.get(cell)
            if bucket is None:
                cells[cell] = {key}
            else:
                bucket.add(key)
        if not stale:  # (a set keeps its largest table when emptied: 4 MB once the 100,000 parts of 50,000 statements are filed)
            self._stale = set()
            self._marked = set()
        if area is not None:
            if cx0 <= cx1:
                reach = self._reach
                x0, y0 = min(x0, cx0 * CELL - reach), min(y0, cy0 * CELL - reach)
                x1, y1 = max(x1, (cx1 + 1) * CELL + reach), max(y1, (cy1 + 1) * CELL + reach)
            area[:] = [x0, y0, x1, y1]
        return not stale


_NOWHERE: Any = object()  # not filed at all
_FAR = 1 << 60  # beyond any cell
