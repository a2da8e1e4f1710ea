"""Windows too crowded for the router to search, and how to tell that one still is without asking the box index.

:func:`~argmap.drawing.detour.route_around` does not search a window whose look-up holds more boxes than it may
search at once (far cross-links of big maps: their windows span trees). After an edit the same arrow's window is
mostly as crowded as before, often moved along with the boxes in it (a tree moved across). Asking the index again
reads ~40 boxes through each frame the window meets; instead the boxes that made it crowded (its witnesses) are kept
as they were filed: by the frame they are kept in (:mod:`argmap.drawing.framed_index`; None: the plain index), with
their boxes in that frame's coordinates and the box around them (a hull). When a frame still holds them as they were
(one list comparison), where they are now is the hull moved by the frame's offset: whether they all still count for
the window is four comparisons, not forty. Where the hull does not tell (it lies across the window's edge, or some of
them moved or left), each box is tested as the index files it. At least as many of them as the index's answer took
still counting: the index would answer "too many" again, so the window is as crowded (the same answer, never a guess).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from argmap.drawing.obstacles import Box, BoxIndex

#: An area, as (x0, y0, x1, y1).
Area = tuple[float, float, float, float]
#: A range of an index's buckets, as (bx0, by0, bx1, by1), both ends in.
Buckets = tuple[int, int, int, int]

#: How far a hull is kept from a limit before it tells alone: a box read through its frame is its place in the frame
#: plus the offset, rounded as the sum falls; the hull adds in another order (a few units of the last place).
EPS = 1e-3


class Witnesses(NamedTuple):
    """Some of the boxes that crowded a window, all filed in one frame (None: the plain index): their keys, their
    boxes there (in the frame's own coordinates) and the hull: the largest left and top edges, the smallest right and
    bottom ones."""

    frame: Any
    keys: list
    boxes: list[Box]
    hull: tuple[float, float, float, float]  # (max x, max y, min x + w, min y + h)


class Crowd(NamedTuple):
    """Why a window was too crowded to search, in a form that says whether it (or the arrow's window after an edit)
    still is. ``buckets``: the index's buckets the window covers, when its answer counted the boxes filed there (then
    any ``needed`` boxes filed there make it answer so again); None when it counted the boxes reaching into the
    window (then any ``needed`` boxes reaching in, none of them the arrow's own, do). ``area`` (first: what the
    search's probe holds) covers the buckets."""

    area: Area
    buckets: Buckets | None
    window: Area
    needed: int
    groups: tuple[Witnesses, ...]


def counts_as_plain(index: Any) -> bool:
    """The index answers a look-up with a limit by counting the boxes filed in the buckets, as a plain one does."""
    return isinstance(index, BoxIndex) or getattr(index, "COUNTS_AS_PLAIN", False)


def bucket_range(window: Area, cell: float) -> Buckets:
    x0, y0, x1, y1 = window
    return (int(x0 // cell), int(y0 // cell), int(x1 // cell), int(y1 // cell))


def _filed(index: Any, frame: Any) -> tuple[Mapping | None, float, float]:
    """Where ``index`` keeps the boxes of ``frame`` (None: its plain ones), in that frame's coordinates, and the
    frame's offset (their place now is their place there plus it)."""
    sub = _holder(index, frame)
    return (None if sub is None else sub.boxes), (frame.dx if frame is not None else 0.0), (frame.dy if frame is not None else 0.0)


def _holder(index: Any, frame: Any) -> BoxIndex | None:
    """The plain index that keeps the boxes of ``frame`` (None: the plain ones) in ``index``."""
    if frame is None:
        base = getattr(index, "base", None)  # (a framed index keeps its plain boxes in a plain index)
        return index if base is None else base
    return getattr(index, "subs", {}).get(frame)


def _held(group: Witnesses, index: Any) -> tuple[bool, float, float]:
    """Whether ``index`` holds the witnesses of ``group`` as they were (in their frame's coordinates), and that frame's
    offset. Told at once when the index that keeps them did not change since it last held them (each edit asks ~300
    crowded windows, most of whose frames it left alone; comparing their boxes one by one was most of the count)."""
    frame = group.frame
    dx, dy = (frame.dx, frame.dy) if frame is not None else (0.0, 0.0)
    sub = _holder(index, frame)
    if sub is None:
        return False, dx, dy
    notes = getattr(sub, "notes", None)
    if notes is None:  # (an index of another kind)
        return list(map(sub.boxes.get, group.keys)) == group.boxes, dx, dy
    changes = sub.changes
    seen = notes.get(id(group))  # (kept with the group: no other takes its id meanwhile)
    if seen is not None and seen[0] is group and seen[1] == changes:
        return True, dx, dy
    held = list(map(sub.boxes.get, group.keys)) == group.boxes
    if held:
        if len(notes) > NOTES_KEPT:  # (those of windows searched again since: let go)
            notes.clear()
        notes[id(group)] = (group, changes)
    return held, dx, dy


#: How many groups of witnesses a plain index keeps the count of changes they were held at for.
NOTES_KEPT = 4_096


def _places(index: Any, keys: Iterable) -> Iterator[tuple[Any, Any, Box | None, float, float]]:
    """For each key: the frame it is filed in (None: plain), its box there (None: not in the index) and that frame's
    offset (its place now is its box there plus the offset: as a framed index reads it)."""
    filed = getattr(index, "filed", None)
    if filed is None:  # a plain index
        get = index.boxes.get
        for key in keys:
            yield key, None, get(key), 0.0, 0.0
        return
    where: dict[Any, tuple[Mapping | None, float, float]] = {}
    for key in keys:
        frame = filed.get(key, _GONE)
        if frame is _GONE:
            yield key, None, None, 0.0, 0.0
            continue
        there = where.get(frame)
        if there is None:
            there = where[frame] = _filed(index, frame)
        boxes, dx, dy = there
        yield key, frame, (None if boxes is None else boxes.get(key)), dx, dy


_GONE: Any = object()


def witnesses(index: Any, keys: Iterable, window: Area) -> tuple[Witnesses, ...]:
    """These boxes of ``index``, as filed now: by frame, those reaching into ``window`` apart from the others (first:
    their hull lies inside the window, and mostly stays so when the window moves with them; the others lie at its edge
    buckets, across which the window moves)."""
    x0, y0, x1, y1 = window
    by_frame: dict[tuple[Any, bool], tuple[list, list[Box]]] = {}
    for key, frame, box, dx, dy in _places(index, keys):
        if box is None:
            continue
        x, y, w, h = box
        x, y = x + dx, y + dy
        inner = x < x1 and x0 < x + w and y < y1 and y0 < y + h
        group = by_frame.get((frame, not inner))
        if group is None:
            by_frame[(frame, not inner)] = ([key], [box])
        else:
            group[0].append(key)
            group[1].append(box)
    groups = []
    for (frame, _), (some, were) in sorted(by_frame.items(), key=lambda item: item[0][1]):
        hull = (max(b[0] for b in were), max(b[1] for b in were), min(b[0] + b[2] for b in were), min(b[1] + b[3] for b in were))
        groups.append(Witnesses(frame, some, were, hull))
    return tuple(groups)


def _counting(
    groups: tuple[Witnesses, ...], index: Any, buckets: Buckets | None, window: Area, cell: float, enough: int
) -> tuple[int, list[int]]:
    """How many of the witnesses count for the window now (filed in ``buckets``; None: reaching into ``window``),
    stopping once ``enough`` do; and the groups looked at that are not filed as they were (by position)."""
    count = 0
    moved: list[int] = []
    if buckets is not None:
        bx0, by0, bx1, by1 = buckets
        lo_x, lo_y, hi_x, hi_y = bx0 * cell, by0 * cell, (bx1 + 1) * cell, (by1 + 1) * cell
    else:
        lo_x, lo_y, hi_x, hi_y = window
    for n, group in enumerate(groups):
        _, keys, were, (mx, my, mr, mb) = group
        held, dx, dy = _held(group, index)
        if held:
            # the usual case: the frame holds them as they were, where its offset puts them; the hull tells when well inside
            if buckets is not None:
                inside = mx + dx < hi_x - EPS and my + dy < hi_y - EPS and mr + dx >= lo_x + EPS and mb + dy >= lo_y + EPS
            else:
                inside = mx + dx < hi_x - EPS and my + dy < hi_y - EPS and mr + dx > lo_x + EPS and mb + dy > lo_y + EPS
            if inside:
                count += len(keys)
                if count >= enough:
                    return count, moved
                continue
            # where they are now: their places in the frame plus its offset
            now: list[tuple[Box | None, float, float]] = [(box, dx, dy) for box in were]
        else:
            moved.append(n)  # (moved inside their frame, filed elsewhere, or gone): each where the index has it now
            now = [(box, ox, oy) for _, _, box, ox, oy in _places(index, keys)]
        for box, ox, oy in now:
            if box is None:
                continue
            x, y, w, h = box
            x, y = x + ox, y + oy  # (as a framed index reads it: its place in the frame plus the offset)
            if buckets is not None:
                ok = int(x // cell) <= bx1 and int((x + w) // cell) >= bx0 and int(y // cell) <= by1 and int((y + h) // cell) >= by0
            else:
                ok = x < hi_x and lo_x < x + w and y < hi_y and lo_y < y + h
            if ok:
                count += 1
                if count >= enough:
                    return count, moved
    return count, moved


def still(crowd: Crowd, index: Any) -> bool:
    """The window of ``crowd`` is as crowded now (the index would answer so again)."""
    if not counts_as_plain(index):
        return False
    return _counting(crowd.groups, index, crowd.buckets, crowd.window, index.cell, crowd.needed)[0] >= crowd.needed


def again(crowd: Crowd, index: Any, window: Area, area: Area) -> Crowd | None:
    """The arrow's window is ``window`` now (``area``: its buckets' area): when its witnesses make it as crowded as
    ``crowd`` says its last one was, why (a :class:`Crowd` for it); else None (the index is to be asked)."""
    if not counts_as_plain(index):
        return None
    buckets = None
    if crowd.buckets is not None:
        buckets = bucket_range(window, index.cell)
        if buckets[0] == buckets[2] and buckets[1] == buckets[3]:  # one bucket is looked up exactly, not counted
            return None
    count, moved = _counting(crowd.groups, index, buckets, window, index.cell, crowd.needed)
    if count < crowd.needed:
        return None
    groups = crowd.groups
    if moved:  # those filed anew, after the others (the groups held as they were tell quickest)
        redo = set(moved)
        kept = tuple(group for n, group in enumerate(groups) if n not in redo)
        groups = kept + witnesses(index, [k for n in moved for k in groups[n].keys], window)
    return Crowd(area, buckets, window, crowd.needed, groups)


def refiled(crowd: Crowd, index: Any) -> Crowd | None:
    """``crowd`` with its witnesses that ``index`` no longer holds as they were (filed in a frame since: the editor frames
    the trees when idle, after the opening's routes were searched) kept as they are filed now; None when it holds all
    as they were. The same boxes where they are now (those gone left out): :func:`still` counts them by their hull, not
    one by one (~300 windows were recounted one by one at each edit of 50,000 statements once the trees were framed)."""
    if not counts_as_plain(index):
        return None
    stale = [n for n, group in enumerate(crowd.groups) if not _held(group, index)[0]]
    if not stale:
        return None
    redo = set(stale)
    kept = tuple(group for n, group in enumerate(crowd.groups) if n not in redo)
    return crowd._replace(groups=kept + witnesses(index, [k for n in stale for k in crowd.groups[n].keys], crowd.window))
