"""What the picture of an edit takes over from the picture before it.

Checking every arrow against every box (:func:`~argmap.drawing.honest.misleads`) and making
every arrow's shape took most of a picture's time on big maps (about 0.5 s of 0.96 s at
10,000 statements), though an edit changes a few boxes. So a picture keeps, for each arrow,
what its shape was made from, the shape, the verdict of the check and the areas the check
looked at (its *footprint*). The next picture reuses the shape while its inputs are the
same, and the verdict while no box and no other arrow's sign or head that reaches into the
footprint changed. Everything else is made as in a first picture, so the result is the
same as a picture made from nothing (tested: ``tests/drawing/test_reuse.py``).
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import accumulate, filterfalse
from typing import Any

from argmap.drawing.geometry import Box
from argmap.drawing.honest import Area, Routes, marks
from argmap.drawing.obstacles import BoxIndex

Key = tuple[str, str]  # an arrow's (source, target)

#: An edit that moves more than this share of the boxes files them all again rather than moving them (at 10,000
#: statements filing all took 22 ms, moving one 16 us); the signs and heads of more than this share of the arrows
#: are worked out again from the shapes (48 ms for all, 9 us to move an arrow's).
REFILE = 0.1
REMARK = 0.5
#: How many loose footprints :meth:`Footprints.file_loose` files between two looks at the clock.
LOOSE_SLICE = 512


@dataclass(slots=True)
class ArrowMemo:
    inputs: tuple  # (child box, parent box, slot, lane, cross): what the usual shape is made from
    usual: tuple  # the usual shape
    drawn: bool  # False: the shape is empty (boxes on top of each other), nothing is drawn or checked
    misleading: bool | None = None  # the verdict of misleads(), None until checked
    placed: Any = None  # the PlacedArrow of the last picture


class Footprints:
    """Which arrows' verdicts looked at which areas, in coarse buckets (areas of arrows across a map span a few)."""

    CELL = 960.0

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], set[Hashable]] = {}
        self._every: dict[Hashable, list[Area]] = {}  # the areas filed in the buckets
        #: keys with one area each, not filed yet (:meth:`put_later`): filed at the first question that needs the buckets
        self._loose: dict[Hashable, Area] = {}

    @property
    def _areas(self) -> dict[Hashable, list[Area]]:
        """Every key's areas, each filed (read by the framed footprints)."""
        if self._loose:
            self.file_loose()
        return self._every

    def put_later(self, entries: Iterable[tuple[Hashable, Area]]) -> None:
        """:meth:`put_areas` of these (key, area) entries, filed only when a question needs the buckets (:meth:`touching`,
        :meth:`holding`, :meth:`shift`) or when the editor is idle (:meth:`file_loose`): a picture made from nothing
        files 48,000 at 50,000 statements (0.13 s of opening) before any edit asks. Asked for a key's areas, or told
        its new ones or that it went, they answer and change at once, as if filed."""
        if self._every or self._loose:
            for key, area in entries:
                if key in self._every:
                    self.put(key, [area])
                else:
                    self._loose[key] = area
            return
        self._loose = dict(entries)

    def file_loose(self, budget: float | None = None) -> bool:
        """File the keys :meth:`put_later` left loose (a slice at a time for up to ``budget`` seconds of this thread's
        time, at least one slice; None: all). True when some are left."""
        loose = self._loose
        if budget is None:
            self._loose = {}
            self.put_areas(loose.items())
            return False
        end = time.thread_time() + budget
        pop = loose.popitem
        while loose:
            self.put_areas([pop() for _ in range(min(LOOSE_SLICE, len(loose)))])
            if time.thread_time() >= end:
                break
        if not loose:  # (emptied, it kept the table of the 48,000 it held at 50,000 statements: 2.5 MB)
            self._loose = {}
        return bool(loose)

    def compact(self) -> None:
        """Its dicts made again at the size they hold (as :meth:`BoxIndex.compact`: the footprints left plain once a big
        map's trees are in frames)."""
        self._every = dict(self._every)
        self._buckets = dict(self._buckets)

    def _cells(self, area: Area) -> list[tuple[int, int]]:
        c = self.CELL
        x0, y0, x1, y1 = area
        bx0, bx1, by0, by1 = int(x0 // c), int(x1 // c), int(y0 // c), int(y1 // c)
        if bx0 == bx1 and by0 == by1:  # the usual case: a tree arrow's area lies in one cell
            return [(bx0, by0)]
        return [(bx, by) for bx in range(bx0, bx1 + 1) for by in range(by0, by1 + 1)]

    def put(self, key: Hashable, areas: list[Area]) -> None:
        cells = self._cells
        if self._loose:
            self._loose.pop(key, None)  # (not in the buckets)
        before = self._every.get(key)
        if before is not None:
            if len(before) == len(areas) and all(map(list.__eq__, map(cells, before), map(cells, areas))):
                self._every[key] = areas  # in the same cells as before (an arrow moved a little): the buckets stay
                return
            self.drop(key)
        self._every[key] = areas
        buckets = self._buckets
        for area in areas:
            for cell in cells(area):
                bucket = buckets.get(cell)
                if bucket is None:
                    buckets[cell] = {key}
                else:
                    bucket.add(key)

    def drop(self, key: Hashable) -> None:
        if self._loose and self._loose.pop(key, None) is not None:
            return
        areas = self._every.pop(key, None)
        if areas is None:
            return
        buckets = self._buckets
        for area in areas:
            for cell in self._cells(area):
                bucket = buckets.get(cell)
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del buckets[cell]

    def shift(self, keys: Iterable[Hashable], dx: float, dy: float) -> None:
        """The keys' areas moved by (dx, dy) (their arrows moved along with their boxes; the verdicts stay). The keys
        that change cells leave and join each bucket at once (thousands move when a tree moves across)."""
        c, every, cells = self.CELL, self._areas, self._cells  # (the loose ones filed first)
        leaving: dict[tuple[int, int], list[Hashable]] = {}
        joining: dict[tuple[int, int], list[Hashable]] = {}
        for key in keys:
            areas = every.get(key)
            if areas is None:
                continue
            if len(areas) == 1:  # the usual case: one area, mostly in the same cells as before
                x0, y0, x1, y1 = areas[0]
                m0, n0, m1, n1 = x0 + dx, y0 + dy, x1 + dx, y1 + dy
                every[key] = [(m0, n0, m1, n1)]
                a0, a1, e0, e1 = x0 // c, x1 // c, m0 // c, m1 // c
                if a0 == e0 and a1 == e1 and (not dy or (y0 // c == n0 // c and y1 // c == n1 // c)):
                    continue
                # the cells it leaves and joins told by comparing the two ranges (no sets of cells made and compared)
                a0, a1, e0, e1 = int(a0), int(a1), int(e0), int(e1)
                b0, b1, f0, f1 = int(y0 // c), int(y1 // c), int(n0 // c), int(n1 // c)
                for bx in range(a0, a1 + 1):
                    for by in range(b0, b1 + 1):
                        if not (e0 <= bx <= e1 and f0 <= by <= f1):
                            out = leaving.get((bx, by))
                            if out is None:
                                leaving[(bx, by)] = [key]
                            else:
                                out.append(key)
                for bx in range(e0, e1 + 1):
                    for by in range(f0, f1 + 1):
                        if not (a0 <= bx <= a1 and b0 <= by <= b1):
                            into = joining.get((bx, by))
                            if into is None:
                                joining[(bx, by)] = [key]
                            else:
                                into.append(key)
                continue
            moved = [(x0 + dx, y0 + dy, x1 + dx, y1 + dy) for x0, y0, x1, y1 in areas]
            every[key] = moved
            were, are = {cell for area in areas for cell in cells(area)}, {cell for area in moved for cell in cells(area)}
            for cell in were - are:
                leaving.setdefault(cell, []).append(key)
            for cell in are - were:
                joining.setdefault(cell, []).append(key)
        buckets = self._buckets
        for cell, out in leaving.items():
            bucket = buckets.get(cell)
            if bucket is not None:
                bucket.difference_update(out)
                if not bucket:
                    del buckets[cell]
        for cell, into in joining.items():
            bucket = buckets.get(cell)
            if bucket is None:
                buckets[cell] = set(into)
            else:
                bucket.update(into)

    def holding(self, keys: AbstractSet[Any]) -> dict[tuple[int, int], set[Any]]:
        """The cells (of :attr:`CELL`) where the footprints of ``keys`` lie, with those keys."""
        found: dict[tuple[int, int], set[Any]] = {}
        if self._loose:
            self.file_loose()
        for cell, bucket in self._buckets.items():
            if not bucket.isdisjoint(keys):
                found[cell] = bucket & keys
        return found

    def areas(self, key: Hashable) -> list[Area] | None:
        """The areas the key's verdict looked at (None: no footprint kept)."""
        areas = self._every.get(key)
        if areas is None and self._loose:
            area = self._loose.get(key)
            return None if area is None else [area]
        return areas

    def touching(
        self, changed: list[Area], skip: Collection[Hashable] = (), wanted: Callable[[Hashable], bool] | None = None
    ) -> set[Hashable]:
        """Keys whose footprint meets one of the ``changed`` areas (edges touching count: to be safe).

        Keys in ``skip`` are not looked at (the caller checks them anyway): an edit that shifts half of
        a big tree changes thousands of areas, and the arrows there are checked again all the same.
        ``wanted``: only the keys it says yes to are looked at."""
        if self._loose:
            self.file_loose()
        c = self.CELL
        by_cell: dict[tuple[int, int], list[Area]] = {}
        wide: list[Area] = []  # areas over many cells (where moved trees were and are): not filed cell by cell
        wide_cells = 0
        for area in changed:
            x0, y0, x1, y1 = area
            bx0, bx1, by0, by1 = int(x0 // c), int(x1 // c), int(y0 // c), int(y1 // c)
            if bx0 == bx1 and by0 == by1:
                here = by_cell.get((bx0, by0))
                if here is None:
                    by_cell[(bx0, by0)] = [area]
                else:
                    here.append(area)
                continue
            n = (bx1 - bx0 + 1) * (by1 - by0 + 1)
            if n > WIDE:
                wide.append(area)
                wide_cells += n
                continue
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    by_cell.setdefault((bx, by), []).append(area)
        buckets = self._buckets
        if wide and wide_cells <= len(buckets):  # fewer cells than buckets: filed cell by cell after all
            for area in wide:
                x0, y0, x1, y1 = area
                for bx in range(int(x0 // c), int(x1 // c) + 1):
                    for by in range(int(y0 // c), int(y1 // c) + 1):
                        by_cell.setdefault((bx, by), []).append(area)
            wide = []
        candidates: set[Hashable] = set()
        for cell in by_cell:
            keys = buckets.get(cell)
            if keys:
                candidates.update(keys)
        meets_wide = _Wide(wide).meets if wide else None
        if meets_wide is not None:  # the buckets in their cells (each of thousands of cells at 50,000 statements took 0.3 us)
            inside = _Wide([(int(x0 // c), int(y0 // c), int(x1 // c), int(y1 // c)) for x0, y0, x1, y1 in wide]).meets
            for (bx, by), keys in buckets.items():
                if inside(bx, by, bx, by):
                    candidates.update(keys)
        if skip:
            candidates.difference_update(skip)
        if wanted is not None:
            candidates = set(filter(wanted, candidates))
        found: set[Hashable] = set()
        cells = self._cells
        for key in candidates:
            if any(
                x0 <= ax1 and ax0 <= x1 and y0 <= ay1 and ay0 <= y1
                for area in self._every[key] for cell in cells(area) for x0, y0, x1, y1 in by_cell.get(cell, ())
                for ax0, ay0, ax1, ay1 in (area,)
            ) or (meets_wide is not None and any(meets_wide(*area) for area in self._every[key])):
                found.add(key)
        return found

    def put_areas(self, entries: Iterable[tuple[Hashable, Area]]) -> None:
        """:meth:`put` of one area for each (key, area), in one loop (a picture made from nothing puts 50,000:
        a call each took a third of a second); keys with a footprint already go through :meth:`put`."""
        c, every, buckets, loose = self.CELL, self._every, self._buckets, self._loose
        for key, area in entries:
            if key in every or (loose and key in loose):
                self.put(key, [area])
                continue
            every[key] = [area]
            x0, y0, x1, y1 = area
            bx0, bx1, by0, by1 = int(x0 // c), int(x1 // c), int(y0 // c), int(y1 // c)
            if bx0 == bx1 and by0 == by1:  # the usual case: a tree arrow's area lies in one cell
                bucket = buckets.get((bx0, by0))
                if bucket is None:
                    buckets[(bx0, by0)] = {key}
                else:
                    bucket.add(key)
                continue
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    bucket = buckets.get((bx, by))
                    if bucket is None:
                        buckets[(bx, by)] = {key}
                    else:
                        bucket.add(key)


#: A changed area over more than this many cells is not filed cell by cell (:meth:`Footprints.touching`).
WIDE = 64


class _Wide:
    """A few areas, by left edge, each with the furthest right edge of those before it: which meet an area is told by
    comparing it only with those that can (areas across a big map, one where each moved tree was and one where it is)."""

    def __init__(self, areas: list[Area]) -> None:
        self.ordered = sorted(areas)
        self.lefts = [a[0] for a in self.ordered]
        self.furthest = list(accumulate((a[2] for a in self.ordered), max))

    def meets(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether one of the areas meets (x0, y0, x1, y1), edges touching counting."""
        ordered, furthest = self.ordered, self.furthest
        j = bisect_right(self.lefts, x1) - 1
        while j >= 0 and furthest[j] >= x0:
            a = ordered[j]
            if a[2] >= x0 and a[1] <= y1 and y0 <= a[3]:
                return True
            j -= 1
        return False


@dataclass
class PictureMemo:
    """What one picture leaves to the next (for the same theme, direction and arrangement)."""

    signature: tuple
    index: BoxIndex[str]  # the shown boxes
    arrows: dict[Key, ArrowMemo] = field(default_factory=dict)
    footprints: Footprints = field(default_factory=Footprints)
    signs: BoxIndex[Any] | None = None  # the usual shapes' signs and heads, once asked for
    boxes: dict[str, Any] = field(default_factory=dict)  # id -> PlacedBox of the last picture
    #: ("bracket", target, group) -> (what it was drawn from, its PlacedBracket): brackets drawn plainly
    brackets: dict[tuple[str, str, str], tuple[tuple, Any]] = field(default_factory=dict)
    #: the tags the last picture's brackets took (off-page connectors' first), how many came before each tagged bracket,
    #: the shapes of the arrows drawn over the boxes and their tags (bracket_picture.draw_brackets)
    tags: tuple[list[Any], dict[tuple[str, str, str], int], list[Any], list[Any]] = field(default_factory=lambda: ([], {}, [], []))
    routes: Routes = field(default_factory=Routes)  # the misleading arrows' routes
    paintings: dict[str, Any] | None = None  # id -> the BoxPainting of every statement of the last picture
    #: whether ``paintings`` and ``boxes`` follow the map's order (an undone removal puts its statement back last:
    #: making the tables again in order took 60-90 ms at 50,000 statements; a picture lists its boxes in order anyway)
    in_order: bool = True
    sizes: dict[str, tuple[float, float]] | None = None  # id -> its (width, height)
    collapsed: set[str] = field(default_factory=set)  # the collapsed statements (when any, every box is measured)
    net: Any = None  # the links of the last picture (an ArrowNet) when an edit's picture can go over only what changed
    net_later: Callable[[], Any] | None = None  # its making, when a picture from nothing put it off (see net_now)
    _net_steps: Any = None  # its steps begun (net_some)
    signs_later: Any = None  # the making of ``signs``, when a picture from nothing put it off (near_signs.SignsLater)
    frames: Any = None  # the trees' frames (drawing/frames.py): what of a tree moved as a whole is kept in its own coordinates

    def net_now(self) -> Any:
        """:attr:`net`, made now if its making was put off (a picture from nothing leaves it to the editor's idle time)."""
        self.net_some(float("inf"))
        return self.net

    def net_some(self, budget: float) -> bool:
        """A slice of making :attr:`net` (put off: :attr:`net_later` gives the steps) for about ``budget`` seconds; True
        while some is left."""
        make = self.net_later
        if make is None:
            return False
        steps = self._net_steps = self._net_steps or make()
        end = time.perf_counter() + budget
        try:
            while True:
                next(steps)
                if time.perf_counter() >= end:
                    return True
        except StopIteration as done:
            self.net, self.net_later, self._net_steps = done.value, None, None
        return False

    def signs_now(self, budget: float | None = None) -> bool:
        """Make :attr:`signs` if a picture from nothing put its making off: all of it now, or a slice for up to ``budget``
        seconds of this thread's time (the editor's idle time); True when some is left."""
        later = self.signs_later
        if later is None:
            return False
        if later.some(budget):
            return True
        self.signs, self.signs_later = later.index, None
        return False

    def file_loose(self, budget: float) -> bool:
        """A slice of filing the footprints left loose (:meth:`Footprints.put_later`), then of making the signs' index
        put off (:meth:`signs_now`), for up to ``budget`` seconds of this thread's time: the editor does it when idle,
        before any other getting ready. True when some are left."""
        return getattr(self.footprints, "base", self.footprints).file_loose(budget) or self.signs_now(budget)

    def loose_left(self) -> bool:
        """Whether footprints wait to be filed (:meth:`file_loose`)."""
        footprints = self.footprints
        while not isinstance(footprints, Footprints):  # (framed: the plain ones it wraps)
            footprints = footprints.base
        return bool(footprints._loose)

    def move_boxes(self, shown: Mapping[str, Box]) -> list[Area]:
        """Bring the box index to ``shown``; the areas that changed (old and new place of each changed box)."""
        index, changed = self.index, []
        old = index.boxes
        for key, box in shown.items():
            before = old.get(key)
            if before != box:
                if before is not None:
                    index.remove(key)
                    changed.append(_area(before))
                index.add(key, box)
                changed.append(_area(box))
        if len(old) != len(shown):
            for key in [k for k in old if k not in shown]:
                changed.append(_area(old[key]))
                index.remove(key)
        return changed

    def move_some(self, moved: Iterable[str], gone: Iterable[str], shown: Mapping[str, Box], quiet: Collection[str] = (),
                  was: Mapping[str, Box] | None = None, step: tuple[float, float] | None = None) -> list[Area]:
        """As :meth:`move_boxes`, told which boxes ``moved`` (or came) and which are ``gone``; the areas of the
        ``quiet`` ones are left out of the result (the caller names them otherwise). ``was``: where the index holds
        each of ``moved`` that it holds (the caller read them already: not read again through a framed index's frames).
        ``step``: what the ``quiet`` ones moved by; those it moved exactly are shifted in one loop (no box each to file)."""
        index = self.index
        old = index.boxes
        changed: list[Area] = []
        plain = type(index) is BoxIndex  # (a framed index is never filed again whole: its frames' indexes would all be made again)
        if plain and len(quiet) > REFILE * len(old):  # most moved along (all were in): filed again, the others' areas named
            for key in filterfalse(quiet.__contains__, moved):
                before = old.get(key)
                if before is not None:
                    changed.append(_area(before))
                changed.append(_area(shown[key]))
            changed += [_area(old[key]) for key in gone]
            index.reset(shown)
            return changed
        moves = []
        read = getattr(index, "boxes_of", None)
        old_boxes: Mapping[str, Box] = old
        if was is not None:
            old_boxes = was
        elif read is not None:  # a framed index: the boxes read through their frames in one loop, not a call each
            moved = list(moved)
            old_boxes = read(moved)
        dx, dy = step if step is not None else (0.0, 0.0)
        shifted = []
        for key in moved:
            before = old_boxes.get(key)
            box = shown[key]
            if before is not None:
                if key in quiet:
                    if step is not None and (before[0] + dx, before[1] + dy, before[2], before[3]) == box:
                        shifted.append(key)
                    else:
                        moves.append((key, box))
                    continue
                moves.append((key, box))
                bx, by, bw, bh = before
                changed.append((bx, by, bx + bw, by + bh))
            else:
                index.add(key, box)
            x, y, w, h = box
            changed.append((x, y, x + w, y + h))
        for key in gone:
            changed.append(_area(index.boxes[key]))
        if plain and len(moves) + len(shifted) > REFILE * len(index.boxes):
            index.reset(shown)
            return changed
        if shifted:
            index.shift(shifted, dx, dy)
        index.move_many(moves)
        for key in gone:
            index.remove(key)
        return changed

    def move_signs(self, moves: list[tuple[Key, tuple, float, float]], changed: list[Area]) -> None:
        """Arrows' usual shapes moved, each (key, the shape before, dx, dy): their signs and heads moved along, where they
        were and are named in ``changed``."""
        signs = self.signs
        kept: Mapping[Any, Box] = signs.boxes if signs is not None else {}
        shifted: list[tuple[Any, Box]] = []
        for key, before, dx, dy in moves:
            sign, head = kept.get((key, 0)), kept.get((key, 1))
            filed = sign is not None and head is not None
            both = [sign, head] if sign is not None and head is not None else marks(before)  # (else: from the shape)
            for j, (x, y, w, h) in enumerate(both):
                changed.append((x, y, x + w, y + h))
                changed.append((x + dx, y + dy, x + dx + w, y + dy + h))
                if filed:
                    shifted.append(((key, j), (x + dx, y + dy, w, h)))
                elif signs is not None:
                    signs.remove((key, j))
                    signs.add((key, j), (x + dx, y + dy, w, h))
        if shifted:
            signs.move_many(shifted)  # type: ignore[union-attr]

    def sign_changed(self, key: Key, before: tuple | None, after: tuple | None, changed: list[Area]) -> None:
        """An arrow's usual shape changed from ``before`` to ``after`` (None: not drawn): move its signs."""
        signs = self.signs
        if before is not None:
            kept: Mapping[Any, Box] = signs.boxes if signs is not None else {}
            sign, head = kept.get((key, 0)), kept.get((key, 1))
            old = [sign, head] if sign is not None and head is not None else marks(before)  # else: worked out from the shape
            changed.extend(map(_area, old))
            if signs is not None and after is not None:  # moved (not out and in: a mark on the index's edge taken out
                new = marks(after)  # made the next look-up work its extent out from every mark again)
                changed.extend(map(_area, new))
                signs.move_many([((key, 0), new[0]), ((key, 1), new[1])])
                return
            if signs is not None:
                signs.remove((key, 0))
                signs.remove((key, 1))
        if after is not None:
            new = marks(after)
            changed.extend(map(_area, new))
            if signs is not None:
                signs.add((key, 0), new[0])
                signs.add((key, 1), new[1])


def _area(box: Box) -> Area:
    x, y, w, h = box
    return (x, y, x + w, y + h)
