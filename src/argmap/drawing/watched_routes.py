"""Which of the last picture's routes an edit's changes can concern (:class:`argmap.drawing.kept_routes.Routes` asks):
each route's watched areas filed in coarse squares, looked up from the changed areas.

A route is taken over while no change meets a window its search looked at, but for a window too crowded to search
that still is (:meth:`~argmap.drawing.kept_routes.Routes.unchanged`). That is told at once while no change meets the
area its witnesses lay in when last counted (the route's spot). So a route's watched areas are its windows and its
tags' areas, a crowded window with a spot by that spot's area: while no change meets any of them, ``unchanged`` says
True. Far cross-links' windows span a big map (every route at 50,000 statements): a change anywhere met a third of
them, and each was asked window by window; their spots and tags lie close to their ends. Tested against asking every
route (``tests/drawing/test_watched_routes.py``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from argmap.drawing.changed_areas import Area, Changes
from argmap.drawing.detour import Step, crowd_of

#: The side of the squares the watched areas are filed in.
CELL = 2048.0
#: A key with areas over more squares than this (a window across the map with no spot) is not filed: each edit
#: compares its areas with the changes (as :class:`~argmap.drawing.changed_areas.Changes` files them).
WIDE = 64


class AreaGrid:
    """Some keys' areas (x0, y0, x1, y1), filed in squares of side :data:`CELL`, asked "which keys have an area that a
    changed one meets" (edges touching count, as :meth:`~argmap.drawing.changed_areas.Changes.meets` tells). Kept from
    picture to picture: only the keys whose areas changed are filed again."""

    def __init__(self) -> None:
        self.areas: dict[Hashable, Sequence[Area]] = {}
        self.cells: dict[tuple[int, int], set[Hashable]] = {}
        self.filed_in: dict[Hashable, tuple[tuple[int, int], ...]] = {}
        self.wide: set[Hashable] = set()
        self.squares: list[int] | None = None  # the squares anything was filed in (never narrowed: to be safe)

    def __len__(self) -> int:
        return len(self.areas)

    def put(self, key: Hashable, areas: Sequence[Area]) -> None:
        """File ``key``'s areas (in place of those it had)."""
        if key in self.areas:
            self.drop(key)
        self.areas[key] = areas
        squares: list[tuple[int, int]] = []
        isfinite = math.isfinite
        lo_x = lo_y = hi_x = hi_y = 0  # (around the squares, once some are: the bounds widened once per area, not per square)
        for x0, y0, x1, y1 in areas:
            if not (isfinite(x0) and isfinite(y0) and isfinite(x1) and isfinite(y1)):
                self.wide.add(key)
                return
            bx0, by0, bx1, by1 = int(x0 // CELL), int(y0 // CELL), int(x1 // CELL), int(y1 // CELL)
            if (bx1 - bx0 + 1) * (by1 - by0 + 1) + len(squares) > WIDE:
                self.wide.add(key)
                return
            if bx0 > bx1 or by0 > by1:  # (no square)
                continue
            if not squares:
                lo_x, lo_y, hi_x, hi_y = bx0, by0, bx1, by1
            else:
                if bx0 < lo_x:
                    lo_x = bx0
                if by0 < lo_y:
                    lo_y = by0
                if bx1 > hi_x:
                    hi_x = bx1
                if by1 > hi_y:
                    hi_y = by1
            rows = range(by0, by1 + 1)
            for bx in range(bx0, bx1 + 1):
                for by in rows:
                    squares.append((bx, by))
        if not squares:
            return
        if len(areas) > 1:  # (one area's squares are each once)
            squares = list(dict.fromkeys(squares))
        cells = self.cells
        bounds = self.squares
        if bounds is None:
            self.squares = [lo_x, lo_y, hi_x, hi_y]
        else:
            bounds[:] = min(bounds[0], lo_x), min(bounds[1], lo_y), max(bounds[2], hi_x), max(bounds[3], hi_y)
        for square in squares:
            here = cells.get(square)
            if here is None:
                cells[square] = {key}
            else:
                here.add(key)
        self.filed_in[key] = tuple(squares)

    def drop(self, key: Hashable) -> None:
        """Forget ``key``'s areas (if it has any)."""
        if self.areas.pop(key, None) is None:
            return
        self.wide.discard(key)
        cells = self.cells
        for square in self.filed_in.pop(key, ()):
            here = cells.get(square)
            if here is not None:
                here.discard(key)
                if not here:
                    del cells[square]

    def meeting(self, changed: Changes) -> set[Hashable]:
        """The keys an area of ``changed`` meets an area of."""
        found: set[Hashable] = set()
        cells, of = self.cells, self.areas
        sx0, sy0, sx1, sy1 = self.squares or (0, 0, -1, -1)
        get, inf = cells.get, math.inf
        # (compared in place, no call per area, square or key: a widening edit at 50,000 statements changes 300 areas)
        for x0, y0, x1, y1 in changed.areas if cells else ():
            if not (-inf < x0 < inf and -inf < y0 < inf and -inf < x1 < inf and -inf < y1 < inf):  # (math.isfinite, NaN too)
                return set(of)  # (told by comparing: every key)
            bx0, by0, bx1, by1 = int(x0 // CELL), int(y0 // CELL), int(x1 // CELL), int(y1 // CELL)
            if bx0 < sx0:
                bx0 = sx0
            if by0 < sy0:
                by0 = sy0
            if bx1 > sx1:
                bx1 = sx1
            if by1 > sy1:
                by1 = sy1
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    filed = get((bx, by))
                    if filed:
                        for key in filed:
                            if key not in found:
                                for a in of[key]:
                                    if a[0] <= x1 and x0 <= a[2] and a[1] <= y1 and y0 <= a[3]:
                                        found.add(key)
                                        break
        for key in self.wide:
            if key not in found and any(_meets(changed, a) for a in of[key]):
                found.add(key)
        return found


def _file(grid: AreaGrid, ends: Hashable, here: Sequence[Area], seen: Any) -> None:
    """File a route's watched areas: its windows and tags' areas, its crowded window's by its spot's area when it has one
    (the same areas as filed: left as they are; a check that recounted a window mostly notes its witnesses where they were)."""
    spot = seen[1].area if seen is not None else None
    areas = [seen[2] if spot is not None and area == spot else area for area in here]
    if grid.areas.get(ends) != areas:
        grid.put(ends, areas)


def _meets(changed: Changes, area: Area) -> bool:
    """Whether a ``changed`` area meets ``area`` (one not finite compared with each: the changes' squares cannot hold it)."""
    x0, y0, x1, y1 = area
    if math.isfinite(x0) and math.isfinite(y0) and math.isfinite(x1) and math.isfinite(y1):
        return changed.meets(x0, y0, x1, y1)
    return any(a[0] <= x1 and x0 <= a[2] and a[1] <= y1 and y0 <= a[3] for a in changed.areas)


class _Watch(NamedTuple):
    """One route's watched areas, with what they were told from (they tell while its spot is the same)."""

    ends: Hashable
    here: list[Area]  # its windows and tags' areas (the list the routes keep)
    trace: list[Step]
    seen: Any  # the spot its crowded window's area was replaced by (None: none)
    crowd: Any  # crowd_of(trace) then


class Watched:
    """The watched areas of one picture's routes, by the arrows' ends (kept from picture to picture: a route whose
    windows and spot are the very same is not filed again), and by place in the picture's routed arrows."""

    def __init__(self) -> None:
        self.of: dict[Hashable, _Watch] = {}
        self.at: list[_Watch | None] | None = []  # by place (None: no area, always unchanged); None: not told
        self.grid = AreaGrid()
        self.spotted: set[int] = set()  # the places of the routes whose areas a spot told
        self.place: dict[Hashable, int] = {}  # each route's place (by its ends; empty when not told)
        self._asked: tuple[Changes | None, set[int]] = (None, set())
        #: the places whose trace or spot may have changed since the last update (those a route's check asked about:
        #: :meth:`~argmap.drawing.kept_routes.Routes.unchanged` recounts a crowded window and notes its witnesses again)
        self.suspects: set[int] = set()
        #: some crowd was filed again elsewhere since the last update (the idle readying: drawing/frames.py), or who knows:
        #: every spotted route's spot and crowd are compared again
        self.retell = False
        self._spots: tuple[Any, int] = (None, 0)  # the spots as the last update saw them (the very mapping, its size)

    def update(self, wanted: Sequence[tuple], looked: Sequence[list[Area]], traces: Sequence[list[Step]], spots: Mapping) -> None:
        """The routes just made (``wanted``'s ends, ``looked`` their windows and tags' areas, ``traces``; ``spots`` as
        :meth:`~argmap.drawing.kept_routes.Routes.spot` keeps them)."""
        for _ in self.update_steps(wanted, looked, traces, spots):
            pass

    def update_steps(self, wanted: Sequence[tuple], looked: Sequence[list[Area]], traces: Sequence[list[Step]], spots: Mapping,
                     every: int = 0, touched: Iterable[int] | None = None) -> Iterator[None]:
        """:meth:`update`, yielding after ``every`` routes gone over (0: never); not to be asked meanwhile. ``touched``: when
        the routes are the last ones' arrows in the same places, the only places whose windows, trace or spot may differ
        (the others' watches stay as they are)."""
        if touched is not None and self.at is not None and len(self.at) == len(wanted) and not self.retell:
            self._update_some(wanted, looked, traces, spots, sorted({*touched, *self.suspects}))
            return
        last, grid = self.of, self.grid
        now: dict[Hashable, _Watch] = {}
        at: list[_Watch | None] = []
        spotted: list[int] = []
        place: dict[Hashable, int] = {}
        pop, spot_of = last.pop, spots.get
        for k, (want, here, trace) in enumerate(zip(wanted, looked, traces, strict=True)):
            if every and k and not k % every:
                yield
            ends = want[0]  # (read by index: a starred target made a list per route, a thousand at 50,000 statements)
            if ends in place:  # (the same arrow twice: not told by its ends)
                self.of, self.grid, self.at, self.place = {}, AreaGrid(), None, {}
                return
            place[ends] = k
            if not here:  # (no window, no tag: unchanged whatever changed)
                at.append(None)
                continue
            crowd = crowd_of(trace)
            seen: Any = spot_of(id(trace))
            if seen is not None and not (seen[0] is trace and seen[1] is crowd):
                seen = None
            watch = pop(ends, None)
            if watch is None or watch.here is not here or watch.trace is not trace or watch.seen is not seen or watch.crowd is not crowd:
                _file(grid, ends, here, seen)
                watch = _Watch(ends, here, trace, seen, crowd)
            if seen is not None:
                spotted.append(k)
            now[ends] = watch
            at.append(watch)
        for ends in last:  # (routes no longer made)
            grid.drop(ends)
        self.of, self.at, self.spotted, self.place = now, at, set(spotted), place
        self._settled(spots)

    def _update_some(self, wanted: Sequence[tuple], looked: Sequence[list[Area]], traces: Sequence[list[Step]], spots: Mapping,
                     touched: Iterable[int]) -> None:
        """:meth:`update_steps` of the ``touched`` places alone, as it goes over each (the arrows' ends in their places as
        before: the places by ends the same). A route left alone keeps its windows, trace and spot (those change only
        where the routing went over a route, or a spot's crowd changed, which :meth:`near` asked about)."""
        at, of, grid, spotted = self.at, self.of, self.grid, self.spotted
        assert at is not None
        for k in touched:
            ends, here, trace = wanted[k][0], looked[k], traces[k]
            spotted.discard(k)
            if not here:  # (no window, no tag: unchanged whatever changed)
                at[k] = None
                if of.pop(ends, None) is not None:
                    grid.drop(ends)
                continue
            crowd = crowd_of(trace)
            seen: Any = spots.get(id(trace))
            if seen is not None and not (seen[0] is trace and seen[1] is crowd):
                seen = None
            watch = of.get(ends)
            if watch is None or watch.here is not here or watch.trace is not trace or watch.seen is not seen or watch.crowd is not crowd:
                _file(grid, ends, here, seen)
                watch = of[ends] = _Watch(ends, here, trace, seen, crowd)
            if seen is not None:
                spotted.add(k)
            at[k] = watch
        self._settled(spots)

    def settle(self, wanted: Sequence[tuple], looked: Sequence[list[Area]], traces: Sequence[list[Step]], spots: Mapping) -> None:
        """The routes were taken over whole (the very lists the watch was told from): the watches of the places whose trace
        or spot may have changed since (the suspects: a check recounted their windows) told again, so that the next edit
        does not ask them again (the first edit after the idle readying asked every route, the next one all again)."""
        if self.suspects and not self.retell and self.at is not None and len(self.at) == len(wanted):
            self._update_some(wanted, looked, traces, spots, sorted(self.suspects))

    def refiled(self, k: int, trace: list[Step], crowd: Any, again: Any, seen: Any, now: Any) -> bool:
        """The idle readying filed again the witnesses of the crowded window that route ``k``'s ``trace`` begins with
        (``again`` in place of ``crowd``: the same boxes), its spot ``seen`` (None: none) now ``now``, with the same area:
        the watch kept in step (its areas the same). False when the watch is not of them (it is to compare every crowd
        again: :attr:`retell`)."""
        at = self.at
        watch = at[k] if at is not None and k < len(at) else None
        if watch is None or watch.trace is not trace or watch.crowd is not crowd or watch.seen is not seen:
            return False
        if self.of.get(watch.ends) is not watch:
            return False
        at[k] = self.of[watch.ends] = watch._replace(crowd=again, seen=now)  # type: ignore[index]
        return True

    def _settled(self, spots: Mapping) -> None:
        """Every watch as it is told now."""
        self._asked = (None, set())
        self.suspects, self.retell, self._spots = set(), False, (spots, len(spots))

    def near(self, changed: Changes, spots: Mapping) -> list[int]:
        """The places of the routes to ask (:meth:`~argmap.drawing.kept_routes.Routes.near`); the others are
        :meth:`calm`."""
        at = self.at
        if at is None:
            return []
        meeting = self.grid.meeting(changed)
        place = self.place
        asked = {place[ends] for ends in meeting if ends in place}
        # (a spot let go or a crowd filed again since: its window's own area is to be asked). A spot or crowd changes
        # where a route's check recounted its window (the suspects), where the idle readying filed a crowd again (retell)
        # or where the spots were let go (they are another mapping or of another size then): every spotted route was
        # compared at every edit (a thousand at 50,000 statements, 1-2 ms), now only then.
        spotted = self.spotted
        every = self.retell or spots is not self._spots[0] or len(spots) != self._spots[1]
        some: Iterable[int] = spotted if every else [k for k in self.suspects if k in spotted]
        otherwise = []
        for k in some:
            watch = at[k]
            if spots.get(id(watch.trace)) is not watch.seen or crowd_of(watch.trace) is not watch.crowd:  # type: ignore[union-attr]
                otherwise.append(k)
        asked.update(otherwise)
        if every:  # (every spotted route compared: those found otherwise are the ones whose watch is to be told again)
            self.suspects.update(otherwise)
            self.retell, self._spots = False, (spots, len(spots))
        self._asked = (changed, asked)
        return sorted(asked)

    def calm(self, k: int, changed: Changes, spots: Mapping) -> bool:
        """Route ``k`` is unchanged: none of its watched areas meets a ``changed`` one, and they still tell."""
        at = self.at
        if at is None or k >= len(at):
            return False
        if at[k] is None:
            return True
        if self._asked[0] is not changed:
            self.near(changed, spots)
        return k not in self._asked[1]
