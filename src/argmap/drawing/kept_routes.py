"""The routes of one picture's misleading arrows, kept for the next picture of the map (an edit's): which of them it
takes over (:func:`argmap.drawing.honest.route_misleading` asks)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from itertools import compress
from operator import is_not
from typing import Any

from argmap.drawing.changed_areas import Area
from argmap.drawing.changed_areas import Changes as _Changes
from argmap.drawing.crowd import Crowd, spread
from argmap.drawing.detour import CROWDED, Budget, Step, crowd_of, still_crowded
from argmap.drawing.obstacles import Box, BoxIndex, Point
from argmap.drawing.watched_routes import Watched

#: The routes remembered in one step of :meth:`Routes.remember_steps` (a few ms).
REMEMBER_SLICE = 500

#: Beyond this many changed areas the routes are searched again rather than checked (an edit that moved most boxes).
MAX_CHANGED = 4_000


class Routes:
    """The routes of one picture's misleading arrows, for the next picture of the map (an edit's).

    Each route depends on the boxes and marks in the windows its search looked at, on the routes made before it
    that reach those windows (they keep apart), on the steps left in the drawing's budget and on the drawing's
    extent (the search stops growing its window once it holds the whole drawing). So a route is taken over when
    its arrow (found by its ends) is the same, from the same boxes, with the same budget for the drawing, the arrows
    routed in both pictures in the same order, no box or mark changed in any window it looked at (the marks of arrows
    that came into the routed set or left it count as changed: a routed arrow's own marks are not kept clear of), no
    route before it that came out otherwise, came or went reaching its windows, and its search's turns
    (:func:`~argmap.drawing.detour.replays`) the same with the steps now left. Then it is the route the router would
    make again (tested: ``tests/drawing/test_reuse.py``, ``tests/drawing/test_kept_tags.py``).
    """

    def __init__(self) -> None:
        self.wanted: list | None = None
        self.arrows: Sequence | None = None  # the arrows as given (routed_list.py keeps the entries of links left alone)
        #: the places whose routes are not a crowded window's alone (one step, none spent, no way): gone over one by one
        self.busy: list[int] = []
        self._positions: tuple[list | None, dict[tuple[str, str], int]] | None = None  # (wanted's, when first asked)
        self.replaced: set = set()
        self.steps_before = self.steps_after = 0
        self.looked_by: list[list[Area]] = []  # the windows each route's search looked at
        self.settled: list[tuple[tuple, bool]] = []
        self.ways: list[list[Point] | None] = []  # each route's corner points (None: drawn over the boxes)
        self.spent: list[int] = []  # the steps each route's search took
        self.traces: list[list[Step]] = []  # what each search owed to the budget and the drawing's extent
        self.under: dict[tuple[str, str], Hashable] = {}  # the box each arrow's line passed under when last checked (misleads)
        self.extent: Box | None = None  # the drawing's extent the searches were made (or last checked) in
        #: the area around each route's windows (None: none), so that a change far from all of them is told at once
        self.around: list[Area | None] = []
        #: for a route's trace (by its id) that ended in a crowded window: the trace, that window's crowd and the area its
        #: witnesses lay in when last counted (:meth:`_still_crowded`)
        self.spots: dict[int, tuple[list[Step], Crowd, Area]] = {}
        #: the areas a change must meet for :meth:`unchanged` to be asked, filed in squares (:meth:`near`)
        self.watched = Watched()

    @property
    def looked(self) -> list[Area]:
        """Every window the routes' searches looked at, in order."""
        return [area for here in self.looked_by for area in here]

    def same_start(self, budget: Budget, changed: Sequence[Area] | None) -> bool:
        """The routes may be taken over (each still to be checked with :meth:`unchanged`)."""
        if changed is None or self.wanted is None or budget.steps != self.steps_before:
            return False
        return len(changed) <= MAX_CHANGED

    def positions(self) -> dict[tuple[str, str], int]:
        """Each arrow's place among the last picture's (by its ends)."""
        kept = self._positions
        if kept is None or kept[0] is not self.wanted:
            kept = self._positions = (self.wanted, {w[0]: k for k, w in enumerate(self.wanted or ())})
        return kept[1]

    def same_order(self, wanted: Sequence[tuple]) -> bool:
        """The arrows routed both now and in the last picture come in the same order (each keeps apart from the routes
        made before it: one routed before another then and after it now would leave the other's search to be redone)."""
        return kept_in_order(self.positions(), (ends for ends, _, _, _ in wanted))

    def near(self, changed: _Changes | None) -> list[int]:
        """The routes that :meth:`unchanged` is to be asked of (None: none): those whose watched areas a ``changed`` one
        meets, and those whose watched areas no longer tell (:class:`~argmap.drawing.watched_routes.Watched`); every
        other route is unchanged (:meth:`calm`). A far cross-link's window spans the map: a change anywhere met a third
        of them, each then asked window by window."""
        if changed is None:
            return []
        return self.watched.near(changed, self.spots)

    def calm(self, k: int, changed: _Changes | None) -> bool:
        """Route ``k`` is :meth:`unchanged` without asking: not among :meth:`near`'s."""
        return changed is None or self.watched.calm(k, changed, self.spots)

    def unchanged(self, k: int, changed: _Changes | None, index: BoxIndex) -> bool:
        """No ``changed`` area (None: none) meets a window route ``k`` looked at, but for windows too crowded to search
        that still are."""
        if changed is None:
            return True
        self.watched.suspects.add(k)  # (its window recounted below: its trace and spot may change)
        around = self.around[k] if k < len(self.around) else _around(self.looked_by[k])
        if around is None or not changed.meets(*around):
            return True
        trace, here = self.traces[k], self.looked_by[k]
        if len(here) == 1:  # (its one window is the area around it, which a change meets)
            return self._still_crowded(trace, here[0], changed, index)
        meets = changed.meets
        for n, area in enumerate(here):  # (its window, then its tags' areas, which mostly lie inside it: most routes)
            if ((not n and area == around) or meets(*area)) and not self._still_crowded(trace, area, changed, index):
                return False
        return True

    def spot(self, trace: list[Step], crowd: Crowd | None = None) -> None:
        """Where the witnesses of the crowded window that ended ``trace`` (a search just made) lie: a later edit's changes
        elsewhere in the window leave it as crowded (:meth:`_still_crowded`; a widening edit searches most routes again,
        and the next edit meets a third to half of their windows). ``crowd``: that window's, when the caller has it."""
        crowd = crowd if crowd is not None else crowd_of(trace)
        if crowd is not None and (where := spread(crowd)) is not None:
            self.spots[id(trace)] = (trace, crowd, where)

    def taken_over(self) -> None:
        """The last picture's routes were taken over whole (no route gone over): the watches of those whose windows a check
        recounted told again (:meth:`~argmap.drawing.watched_routes.Watched.settle`)."""
        self.watched.settle(self.wanted or (), self.looked_by, self.traces, self.spots)

    def refiled(self, k: int, trace: list[Step], crowd: Crowd, again: Crowd) -> bool:
        """The idle readying filed again where they are now the witnesses of ``crowd``, the crowded window route ``k``'s
        ``trace`` begins with (``again``: the same boxes, the same window; the trace's step replaced after): its spot is
        where they lay when last counted still (none moved), so it is kept, of ``again``, and its watch with it. False
        when they cannot be kept in step (the watch then compares every crowd again at the next edit: it asked every
        route, a thousand at 50,000 statements, at the first edit after the readying)."""
        seen = self.spots.get(id(trace))
        now = None
        if seen is not None:
            if seen[0] is not trace or seen[1] is not crowd:
                return False
            now = (trace, again, seen[2])
        if not self.watched.refiled(k, trace, crowd, again, seen, now):
            return False
        if now is not None:
            self.spots[id(trace)] = now
        return True

    def _still_crowded(self, trace: list[Step], area: Area, changed: _Changes, index: BoxIndex) -> bool:
        """:func:`~argmap.drawing.detour.still_crowded`, told at once when no change meets the area its witnesses lay in
        when last counted (:func:`~argmap.drawing.crowd.spread`): none of them moved or went, so as many count as did.
        A far cross-link's window spans trees, and an edit anywhere in it meets a third of the routes at 50,000
        statements; its witnesses, the first boxes the index found there, lie close together and mostly far from it."""
        seen = self.spots.get(id(trace))
        if (seen is not None and seen[0] is trace and seen[1] is crowd_of(trace) and seen[1].area == area
                and not changed.meets(*seen[2])):
            return True
        if not still_crowded(trace, area, index):
            return False
        self.spot(trace)  # (as counted now: its witnesses filed again where they moved)
        return True

    def remember(
        self, wanted: list, replaced: set, before: int, after: int, looked: list[list[Area]], settled: list,
        ways: list[list[Point] | None], spent: list[int], traces: list[list[Step]], arrows: Sequence | None = None,
    ) -> None:
        """Hold these routes (a picture's, just made) for the next picture: :meth:`remember_steps` at once."""
        for _ in self.remember_steps(wanted, replaced, before, after, looked, settled, ways, spent, traces, arrows):
            pass

    def remember_steps(
        self, wanted: list, replaced: set, before: int, after: int, looked: list[list[Area]], settled: list,
        ways: list[list[Point] | None], spent: list[int], traces: list[list[Step]], arrows: Sequence | None = None,
        touched: Iterable[int] | None = None,
    ) -> Iterator[None]:
        """:meth:`remember`, yielding every :data:`REMEMBER_SLICE` routes (a staged picture's rest: 40-90 ms in one
        step at 50,000 statements). Until its last step the routes are not to be read (nothing reads them meanwhile:
        the picture is unfinished). ``arrows``: as the routing was given them; ``touched``: when the arrows are the last
        picture's in the same places, the places routed one by one (the others' routes, windows and traces the last
        picture's: only these, and those whose windows the connectors replaced, are gone over)."""
        last, last_around = self.looked_by, self.around
        redo: list[int] | None = None
        if touched is not None and len(last) == len(looked) == len(last_around) == len(self.traces):
            redo = sorted({*touched, *compress(range(len(looked)), map(is_not, looked, last)),
                           *compress(range(len(traces)), map(is_not, traces, self.traces))})
            around = list(last_around)
            for k in redo:
                if looked[k] is not last[k]:
                    around[k] = _around(looked[k])
            again = set(redo)
            busy = sorted({*(k for k in self.busy if k not in again), *(k for k in redo if not _plain(traces[k], ways[k], spent[k]))})
        else:
            # (the area around a route's windows made again only for a route whose windows are not the very same list)
            at = self.positions() if self.wanted else {}
            around = []
            for n, ((ends, _, _, _), here) in enumerate(zip(wanted, looked, strict=True), 1):
                j = at.get(ends)
                kept = j is not None and j < len(last) and j < len(last_around) and here is last[j]
                around.append(last_around[j] if kept and j is not None else _around(here))
                if not n % REMEMBER_SLICE:
                    yield
            busy = [k for k, (trace, way, steps) in enumerate(zip(traces, ways, spent, strict=True)) if not _plain(trace, way, steps)]
        self.around, self.busy, self.arrows = around, busy, arrows
        self.wanted, self.replaced, self.steps_before, self.steps_after = wanted, replaced, before, after
        self.looked_by, self.settled, self.ways, self.spent, self.traces = looked, settled, ways, spent, traces
        spots = self.spots
        if len(spots) > 2 * len(traces) + 64:  # (those of traces searched again since: let go)
            self.spots = {id(t): seen for t in traces if (seen := spots.get(id(t))) is not None and seen[0] is t}
        yield from self.watched.update_steps(wanted, looked, traces, self.spots, REMEMBER_SLICE, redo)
        if self.watched.at is not None:  # (each arrow's place, as positions() would make it again)
            self._positions = (wanted, self.watched.place)  # type: ignore[assignment]  # (by ends: the same keys)


def _plain(trace: list[Step], way: list[Point] | None, steps: int) -> bool:
    """A route that is a crowded first window alone (no steps spent, no way): taken over, with steps left, while its arrow
    and window are unchanged, whatever the routes before it did (:func:`~argmap.drawing.detour.replays`,
    :func:`~argmap.drawing.detour.legs_reach`)."""
    return len(trace) == 1 and trace[0][0] == CROWDED and way is None and not steps


def kept_in_order(at: Mapping[Any, int], now: Iterable[Hashable]) -> bool:
    """Those of ``now`` (arrows by their ends) that ``at`` gives a place in the last picture come in that order still."""
    last = -1
    for ends in now:
        k = at.get(ends)
        if k is not None:
            if k < last:
                return False
            last = k
    return True


def _around(areas: Sequence[Area]) -> Area | None:
    """The area around these (None: none)."""
    if len(areas) <= 1:
        return tuple(areas[0]) if areas else None  # type: ignore[return-value]  # (a crowded window's one area)
    x0, y0, x1, y1 = areas[0]
    for ax0, ay0, ax1, ay1 in areas[1:]:  # (compared in place: most routes have a window and two or three tags' areas)
        if ax0 < x0:
            x0 = ax0
        if ay0 < y0:
            y0 = ay0
        if ax1 > x1:
            x1 = ax1
        if ay1 > y1:
            y1 = ay1
    return (x0, y0, x1, y1)
