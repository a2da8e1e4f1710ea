"""Which off-page connectors an edit's picture goes over (:func:`argmap.drawing.kept_tags.connectors`), and the tags
kept as they were, filed from picture to picture rather than taken again one by one.

At 50,000 statements a picture has about a thousand connectors, and an edit that moved a box keeps nearly every one
as it was; a loop over all of them, each tag taken again into a fresh :class:`~argmap.drawing.taken_tags.Taken` once
one tag was placed, took 10-25 ms of each such edit. When the routing tells which routes it did not take over, only
these connectors are gone over (:class:`Sparse`):

- those whose route was searched again (a taken-over route's arrow has the same boxes, its areas are the very list);
- those whose tags' areas (the memory's grid, by ends) meet an area the edit changed, a routed line that came or went,
  a mark kept clear of in one picture and not the other, or a tag of a connector that went;
- then, as they are gone over in order, those after one whose tags' areas a tag it moved meets (where it was or is).

Every other one the full loop keeps whole (its boxes are the same, nothing its checks depend on changed), with the
same entry and route: here it is the last picture's entry. The tags a tag being placed keeps clear of are those before
it: the ones gone over so far (taken as the loop takes them), and the kept ones before it, asked of the last picture's
tags filed by their connectors' ends (:class:`FiledTags`, kept up to date from picture to picture). Tested against
the full loop and a picture from nothing (``tests/drawing/test_kept_tags.py``, ``tests/drawing/test_tags_gone_over.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from heapq import heappop, heappush
from typing import Any

from argmap.drawing.changed_areas import Changes
from argmap.drawing.taken_tags import SLACK, Box, Step, Taken
from argmap.drawing.watched_routes import AreaGrid


class FiledTags:
    """The areas of each connector's tags (x, y, w, h), by its ends, each filed in the one square its top-left corner
    lies in (as :class:`~argmap.drawing.taken_tags.Taken` files them), asked with a test of which ends count."""

    CELL = Taken.CELL

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[Box, Hashable]]] = {}
        self.big: list[tuple[Box, Hashable]] = []  # wider or taller than a square
        self.of: dict[Hashable, tuple[Box, ...]] = {}

    def put(self, ends: Hashable, areas: tuple[Box, ...]) -> None:
        """File ``ends``'s tags' areas (in place of those it had)."""
        if ends in self.of:
            self.drop(ends)
        self.of[ends] = areas
        c = self.CELL
        for box in areas:
            x, y, w, h = box
            if w > c or h > c:
                self.big.append((box, ends))
            else:
                self.cells.setdefault((int(x // c), int(y // c)), []).append((box, ends))

    def drop(self, ends: Hashable) -> None:
        areas = self.of.pop(ends, None)
        c = self.CELL
        for box in areas or ():
            x, y, w, h = box
            if w > c or h > c:
                self.big.remove((box, ends))
                continue
            here = self.cells[(int(x // c), int(y // c))]
            here.remove((box, ends))
            if not here:
                del self.cells[(int(x // c), int(y // c))]

    def meets(self, x0: float, y0: float, x1: float, y1: float, touching: bool, counts: Callable[[Hashable], bool]) -> bool:
        """Whether an area of ends for which ``counts`` holds reaches inside the rectangle (as ``Taken.meets`` tells)."""
        c, get = self.CELL, self.cells.get
        for bx in range(int(x0 // c) - 1, int(x1 // c) + 1):
            for by in range(int(y0 // c) - 1, int(y1 // c) + 1):
                here = get((bx, by))
                if here and _any(here, x0, y0, x1, y1, touching, counts):
                    return True
        return bool(self.big) and _any(self.big, x0, y0, x1, y1, touching, counts)


def _any(areas: list[tuple[Box, Hashable]], x0: float, y0: float, x1: float, y1: float, touching: bool,
         counts: Callable[[Hashable], bool]) -> bool:
    for (x, y, w, h), ends in areas:
        meets = (x <= x1 and x0 <= x + w and y <= y1 and y0 <= y + h) if touching else (x < x1 and x0 < x + w and y < y1 and y0 < y + h)
        if meets and counts(ends):
            return True
    return False


def filed_tags(placed: Mapping[Hashable, Any]) -> FiledTags:
    """The tags of the connectors ``placed`` (ends -> entry with ``ends``, each with ``area``), filed from nothing."""
    filed = FiledTags()
    for ends, entry in placed.items():
        filed.put(ends, (entry.ends[0].area, entry.ends[1].area))
    return filed


class _Layered:
    """The tags a tag being placed keeps clear of, as :class:`~argmap.drawing.taken_tags.Taken` answers for the full
    loop: those taken while going over connectors (``overlay``), and the last picture's tags of the connectors before
    the one gone over that are not gone over (kept as they were: as if taken with no step)."""

    def __init__(self, sparse: Sparse) -> None:
        self.sparse = sparse
        self.overlay = Taken()
        self.add = self.overlay.add

    def meets(self, x0: float, y0: float, x1: float, y1: float, step: Step = None, touching: bool = False) -> bool:
        if self.overlay.meets(x0, y0, x1, y1, step, touching):
            return True
        if step is not None and abs(step[0]) <= SLACK and abs(step[1]) <= SLACK:
            return False  # (a tag that stayed met none of those that stayed: see Taken.meets)
        sparse = self.sparse
        at, queued, k = sparse.at, sparse.queued, sparse.now

        def counts(ends: Hashable) -> bool:
            p = at.get(ends)
            return p is not None and p < k and p not in queued

        return sparse.filed.meets(x0, y0, x1, y1, touching, counts)


class Sparse:
    """The connectors an edit's picture goes over, in order (see the module's account)."""

    def __init__(self, arrows: Sequence[tuple], settled: Sequence[tuple[tuple, bool]], last: Mapping[Hashable, Any],
                 grid: AreaGrid, filed: FiledTags | None, met: Collection | None, searched: Collection[int],
                 areas: list[tuple[float, float, float, float]]) -> None:
        """``last``: the last picture's entries by ends, ``grid`` their tags' checks' areas, ``filed`` their tags (None:
        filed now), ``met``: the ends whose areas the edit's changed areas meet (None: none asked), ``searched``: the
        places of the arrows whose routes were searched again, ``areas``: where else something changed (x0, y0, x1, y1)."""
        self.at = at = {arrows[k][2]: k for k, (_, over) in enumerate(settled) if over}  # each connector's place
        self.arrows, self.last, self.grid = arrows, last, grid
        self.filed = filed if filed is not None else filed_tags(last)
        wanted = {k for k in searched if settled[k][1]}
        wanted.update(k for ends, k in at.items() if ends not in last)  # (new ones: searched anyway)
        if met is not None:
            wanted.update(at[ends] for ends in met if ends in at)
        if areas:
            wanted.update(at[ends] for ends in grid.meeting(Changes(areas)) if ends in at)
        self.queued = wanted
        self.heap = sorted(wanted)
        self.now = -1  # the place of the connector being gone over

    def taken(self) -> _Layered:
        """What stands in for the space's tags taken (:class:`~argmap.drawing.off_page._Space`)."""
        return _Layered(self)

    def kept(self) -> dict:
        """The last picture's entry of each connector that has one."""
        last = self.last
        return {ends: entry for ends in self.at if (entry := last.get(ends)) is not None}

    def visits(self) -> Iterator[int]:
        """The places of the connectors to go over, in order (growing as :meth:`met_by` adds some)."""
        heap = self.heap
        while heap:
            self.now = heappop(heap)
            yield self.now

    def met_by(self, boxes: Sequence[Box], k: int) -> None:
        """Tags left or took these places (x, y, w, h) while connector ``k`` was gone over: the connectors after it whose
        tags' areas they meet (edges touching count, as the full loop's check tells) are gone over too."""
        found = self.grid.meeting(Changes([(x, y, x + w, y + h) for x, y, w, h in boxes]))
        at, queued, heap = self.at, self.queued, self.heap
        for ends in found:
            p = at.get(ends)
            if p is not None and p > k and p not in queued:
                queued.add(p)
                heappush(heap, p)

    def refiled(self, placed: Mapping[Hashable, Any]) -> FiledTags:
        """The tags filed for the next picture: those of the connectors gone over (``placed``: every connector's entry
        now) and gone brought up to date (the others' entries are the last picture's)."""
        filed, last, at, arrows = self.filed, self.last, self.at, self.arrows
        for ends in [ends for ends in last if ends not in at]:  # (those that went: few, mostly none)
            filed.drop(ends)
        for k in self.queued:
            ends = arrows[k][2]
            entry = placed[ends]
            if last.get(ends) is not entry:
                filed.put(ends, (entry.ends[0].area, entry.ends[1].area))
        return filed
