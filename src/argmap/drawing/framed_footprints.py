"""Where the footprints of framed trees' arrows are looked up: in each frame's own coordinates (as
:class:`~argmap.drawing.framed_index.FramedIndex` keeps their boxes; see :mod:`argmap.drawing.frames`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from argmap.drawing.framed_index import _MISSING, SLACK, Frame, shifted_areas
from argmap.drawing.honest import Area
from argmap.drawing.obstacles import Box
from argmap.drawing.reuse import Footprints


class FramedFootprints:
    """:class:`~argmap.drawing.reuse.Footprints` whose tree arrows' areas are kept in their frame's coordinates."""

    CELL = Footprints.CELL

    def __init__(self, base: Footprints, assign: Callable[[Hashable], Frame | None], span: Callable[[Frame], Box | None]) -> None:
        self.base = base
        self.assign = assign
        self.span = span  # where a frame's boxes lie now (x0, y0, x1, y1): its arrows' footprints lie inside
        self.subs: dict[Frame, Footprints] = {}
        self.filed: dict[Hashable, Frame] = {}  # the keys kept in a frame
        self._high = len(base._every)  # (as FramedIndex._high)

    def adopt(self, frame: Frame, keys: Iterable[Hashable]) -> None:
        """As :meth:`FramedIndex.adopt`: those in another frame straight across (their very areas at the same offset)."""
        sub = self.subs.get(frame)
        if sub is None:
            sub = self.subs[frame] = Footprints()
        base, filed, self._high = self.base, self.filed, max(self._high, len(self.base._every))
        for key in keys:
            was = filed.get(key)
            if was is frame:
                continue
            if was is not None:
                held = self.subs[was]
                areas = held.areas(key)
                held.drop(key)
                if areas is not None:
                    sub.put(key, shifted_areas(areas, frame.dx - was.dx, frame.dy - was.dy))
                    filed[key] = frame
                else:
                    del filed[key]
                continue
            areas = base.areas(key)
            if areas is None:
                continue
            base.drop(key)
            sub.put(key, shifted_areas(areas, frame.dx, frame.dy))
            filed[key] = frame
        if 4 * len(base._every) < self._high:  # (the idle framing empties it a slice at a time)
            base.compact()
            self._high = len(base._every)

    def adopt_many(self, groups: list[tuple[Frame, Iterable[Hashable]]]) -> None:
        """:meth:`adopt` for each (frame, keys); when they take most of the plain footprints, the rest are filed again
        (dropping 45,000 one by one took a third of a second)."""
        groups = [(frame, self._unframed(frame, keys)) for frame, keys in groups]
        base, filed = self.base, self.filed
        taken: list[tuple[Frame, dict[Hashable, list[Area]]]] = []
        for frame, keys in groups:
            areas_of = base.areas
            taken.append((frame, {key: areas for key in keys if key not in filed and (areas := areas_of(key)) is not None}))
        if 4 * sum(len(some) for _, some in taken) < len(base._areas):
            for frame, some in taken:
                self.adopt(frame, some)
            return
        leaving: set[Hashable] = set().union(*(some.keys() for _, some in taken))
        self.base = _refiled({key: areas for key, areas in base._areas.items() if key not in leaving})
        for frame, some in taken:
            dx, dy = frame.dx, frame.dy
            moved = some if not dx and not dy else {
                key: [(x0 - dx, y0 - dy, x1 - dx, y1 - dy) for x0, y0, x1, y1 in areas] for key, areas in some.items()
            }
            sub = self.subs.get(frame)
            if sub is None or not sub._areas:
                self.subs[frame] = _refiled(moved)
            else:
                for key, areas in moved.items():
                    sub.put(key, areas)
            filed.update(dict.fromkeys(some, frame))

    def _unframed(self, frame: Frame, keys: Iterable[Hashable]) -> list[Hashable]:
        """``keys``, those filed in another frame put in the plain footprints first (as :meth:`FramedIndex._unframed`)."""
        keys = list(keys)
        filed = self.filed
        for key in keys:
            was = filed.get(key)
            if was is not None and was is not frame:
                areas = self.areas(key)
                self.subs[was].drop(key)
                del filed[key]
                if areas is not None:
                    self.base.put(key, areas)
        return keys

    def put(self, key: Hashable, areas: list[Area]) -> None:
        frame = self.assign(key)
        if self.filed.get(key) is not frame:
            self.drop(key)
        if frame is None:
            self.base.put(key, areas)
            return
        sub = self.subs.get(frame)
        if sub is None:
            sub = self.subs[frame] = Footprints()
        sub.put(key, shifted_areas(areas, frame.dx, frame.dy))
        self.filed[key] = frame

    def put_areas(self, entries: Iterable[tuple[Hashable, Area]]) -> None:
        """As :meth:`Footprints.put_areas`: one area for each (key, area)."""
        for key, area in entries:
            self.put(key, [area])

    def drop(self, key: Hashable) -> None:
        frame = self.filed.pop(key, None)
        if frame is None:
            self.base.drop(key)
        else:
            self.subs[frame].drop(key)

    def shift(self, keys: Iterable[Hashable], dx: float, dy: float) -> None:
        get = self.filed.get
        by_frame: dict[Frame | None, list[Hashable]] = {}
        last: Any = _MISSING  # the frame of the key before (most keys are in the same one as the key before)
        some: list[Hashable] = []
        for key in keys:
            frame = get(key)
            if frame is not last:
                last = frame
                some = by_frame.setdefault(frame, [])
            some.append(key)
        for frame, some in by_frame.items():
            (self.base if frame is None else self.subs[frame]).shift(some, dx, dy)

    def areas(self, key: Hashable) -> list[Area] | None:
        frame = self.filed.get(key)
        if frame is None:
            return self.base.areas(key)
        areas = self.subs[frame]._areas.get(key)
        if areas is None:
            return None
        dx, dy = frame.dx, frame.dy
        if len(areas) == 1:  # (the usual footprint: one area)
            x0, y0, x1, y1 = areas[0]
            return [(x0 + dx, y0 + dy, x1 + dx, y1 + dy)]
        return [(x0 + dx, y0 + dy, x1 + dx, y1 + dy) for x0, y0, x1, y1 in areas]

    def holding(self, keys: Any) -> dict[tuple[int, int], set[Any]]:
        found = self.base.holding(keys)
        framed = [key for key in keys if key in self.filed]
        if framed:
            c = self.CELL
            for key in framed:
                for x0, y0, x1, y1 in self.areas(key) or ():
                    for bx in range(int(x0 // c), int(x1 // c) + 1):
                        for by in range(int(y0 // c), int(y1 // c) + 1):
                            found.setdefault((bx, by), set()).add(key)
        return found

    def touching(self, changed: list[Area], skip: Any = (), wanted: Callable[[Hashable], bool] | None = None) -> set[Hashable]:
        found = self.base.touching(changed, skip, wanted)
        if not changed:
            return found
        # the areas by left edge: each frame compares only those whose left edge lies in its span, less the widest area's
        # width (trees side by side: a widening edit's thousand areas against each of the 5-25 frames took 2-10 ms)
        ordered = sorted(changed)
        lefts = [area[0] for area in ordered]
        widest = max(x1 - x0 for x0, _, x1, _ in ordered)
        for frame, sub in self.subs.items():
            span = self.span(frame)
            if span is None:
                continue
            s0, s1, s2, s3 = span[0] - SLACK, span[1] - SLACK, span[2] + SLACK, span[3] + SLACK
            dx, dy = frame.dx, frame.dy
            some = ordered[bisect_left(lefts, s0 - widest - SLACK):bisect_right(lefts, s2)]
            here = [(x0 - dx, y0 - dy, x1 - dx, y1 - dy) for x0, y0, x1, y1 in some if x0 <= s2 and s0 <= x1 and y0 <= s3 and s1 <= y1]
            if here:
                found |= sub.touching(here, skip, wanted)
        return found


def _refiled(every: Mapping[Hashable, list[Area]]) -> Footprints:
    """Footprints holding these areas (one area each in one loop, as a picture made from nothing files them)."""
    footprints = Footprints()
    footprints.put_areas((key, areas[0]) for key, areas in every.items() if len(areas) == 1)
    for key, areas in every.items():
        if len(areas) != 1:
            footprints.put(key, areas)
    return footprints


def unframed_footprints(framed: FramedFootprints) -> Footprints:
    """Plain footprints holding what ``framed`` holds, each area where it is now (the frames let go)."""
    every = dict(framed.base._areas)
    for frame, sub in framed.subs.items():
        dx, dy = frame.dx, frame.dy
        every.update({key: [(x0 + dx, y0 + dy, x1 + dx, y1 + dy) for x0, y0, x1, y1 in areas] for key, areas in sub._areas.items()})
    return _refiled(every)
