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
from itertools import repeat
from operator import add
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
    boxes there (in the frame's own coordinates), the hull: the largest left and top edges, the smallest right and
    bottom ones, and their reach: the smallest left and top edges, the largest right and bottom ones (:func:`spread`)."""

    frame: Any
    keys: list
    boxes: list[Box]
    hull: tuple[float, float, float, float]  # (max x, max y, min x + w, min y + h)
    reach: Area  # (min x, min y, max x + w, max y + h)


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


def _note(groups: Iterable[Witnesses], index: Any) -> tuple[Witnesses, ...]:
    """``groups``, just read from ``index`` as it files them now, noted as held at its present count of changes (as
    :func:`_held` notes a group it compared): the next count tells them held at once. Unnoted, each group's first
    count compared its boxes one by one (400-800 groups at each of the first edits after opening 50,000 statements:
    those the idle readying filed anew once the trees were framed, and every route searched since)."""
    groups = tuple(groups)
    for group in groups:
        sub = _holder(index, group.frame)
        notes = getattr(sub, "notes", None)
        if notes is not None:
            if len(notes) > NOTES_KEPT:
                notes.clear()
            notes[id(group)] = (group, sub.changes)  # type: ignore[union-attr]
    return groups


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
    if getattr(index, "filed", None) is None:  # a plain index (every crowd at opening): no frames to sort them into
        x0, y0, x1, y1 = window
        get = index.boxes.get
        inner: tuple[list, list[Box]] = ([], [])
        outer: tuple[list, list[Box]] = ([], [])
        for key in keys:
            box = get(key)
            if box is not None:
                x, y, w, h = box
                some = inner if x < x1 and x0 < x + w and y < y1 and y0 < y + h else outer
                some[0].append(key)
                some[1].append(box)
        found = ((None, inner), (None, outer))
        return _note((_group(frame, some, were) for frame, (some, were) in found if some), index)
    return _note(_filed_anew(_places(index, keys), window), index)


def _filed_anew(placed: Iterable[tuple[Any, Any, Box | None, float, float]], window: Area) -> tuple[Witnesses, ...]:
    """:func:`witnesses` of boxes as :func:`_places` gives them."""
    x0, y0, x1, y1 = window
    by_frame: dict[tuple[Any, bool], tuple[list, list[Box]]] = {}
    for key, frame, box, dx, dy in placed:
        if box is None:
            continue
        x, y, w, h = box
        x, y = x + dx, y + dy
        is_inner = x < x1 and x0 < x + w and y < y1 and y0 < y + h
        group = by_frame.get((frame, not is_inner))
        if group is None:
            by_frame[(frame, not is_inner)] = ([key], [box])
        else:
            group[0].append(key)
            group[1].append(box)
    return tuple(
        _group(frame, some, were) for (frame, _), (some, were) in sorted(by_frame.items(), key=lambda item: item[0][1])
    )


def _group(frame: Any, keys: list, boxes: list[Box]) -> Witnesses:
    """These witnesses filed in ``frame``, with their hull and reach (walked in C: a group is some forty boxes)."""
    xs, ys, ws, hs = zip(*boxes, strict=True)
    rights, bottoms = list(map(add, xs, ws)), list(map(add, ys, hs))
    return Witnesses(frame, keys, boxes, (max(xs), max(ys), min(rights), min(bottoms)), (min(xs), min(ys), max(rights), max(bottoms)))


def _counting(
    groups: tuple[Witnesses, ...], index: Any, buckets: Buckets | None, window: Area, cell: float, enough: int
) -> tuple[int, dict[int, tuple[Witnesses, ...]]]:
    """How many of the witnesses count for the window now (filed in ``buckets``; None: reaching into ``window``),
    stopping once ``enough`` do; and, for each group looked at that is not filed as it was (by position), its boxes as
    filed now: by frame, each part with its boxes there and their hull (the part of a tree beside a widening edit
    moved inside its frame; the first edit after the trees were framed when idle finds every crowd's witnesses kept as
    plain ones, in frames now). Filed in a step per frame, not box by box (every widening edit did so at every route)."""
    count = 0
    refiled: dict[int, tuple[Witnesses, ...]] = {}
    if buckets is not None:
        bx0, by0, bx1, by1 = buckets
        lo_x, lo_y, hi_x, hi_y = bx0 * cell, by0 * cell, (bx1 + 1) * cell, (by1 + 1) * cell
    else:
        lo_x, lo_y, hi_x, hi_y = window
    subs, plain = getattr(index, "subs", None), getattr(index, "base", None)
    plain = index if plain is None else plain
    for n, group in enumerate(groups):
        frame, keys = group.frame, group.keys
        # the usual case, told inline (a widening edit asks ~1,000 windows): the index that keeps them did not change since
        # it last held them (as :func:`_held` tells), so its frame holds them as they were, where its offset puts them
        if frame is None:
            sub, dx, dy = plain, 0.0, 0.0
        else:
            sub, dx, dy = (subs.get(frame) if subs is not None else None), frame.dx, frame.dy
        seen = notes.get(id(group)) if (notes := getattr(sub, "notes", None)) is not None else None
        if seen is not None and seen[0] is group and seen[1] == sub.changes:
            mx, my, mr, mb = group.hull
            if buckets is not None:
                inside = mx + dx < hi_x - EPS and my + dy < hi_y - EPS and mr + dx >= lo_x + EPS and mb + dy >= lo_y + EPS
            else:
                inside = mx + dx < hi_x - EPS and my + dy < hi_y - EPS and mr + dx > lo_x + EPS and mb + dy > lo_y + EPS
            count += len(keys) if inside else _count_each(group.boxes, dx, dy, buckets, lo_x, lo_y, hi_x, hi_y, cell, enough - count)
            if count >= enough:
                return count, refiled
            continue
        held, dx, dy = _held(group, index)
        if held:  # the frame holds them as they were, where its offset puts them
            parts = [(group, dx, dy)]
        else:
            boxes, dx, dy = _filed(index, frame)
            now = None if boxes is None else list(map(boxes.get, keys))
            # all still in this frame, moved inside it; else each part in the frame it is filed in now
            one = now is not None and None not in now
            parts = [(_group(frame, keys, now), dx, dy)] if one else _by_frame(index, keys)  # type: ignore[arg-type]
            refiled[n] = _note((part for part, _, _ in parts), index)
        for (_, _, boxes_there, (mx, my, mr, mb), _), ox, oy in parts:
            # the hull tells when well inside; else each where it is now: its place in the frame plus the offset
            if buckets is not None:
                inside = mx + ox < hi_x - EPS and my + oy < hi_y - EPS and mr + ox >= lo_x + EPS and mb + oy >= lo_y + EPS
            else:
                inside = mx + ox < hi_x - EPS and my + oy < hi_y - EPS and mr + ox > lo_x + EPS and mb + oy > lo_y + EPS
            count += len(boxes_there) if inside else _count_each(boxes_there, ox, oy, buckets, lo_x, lo_y, hi_x, hi_y, cell, enough - count)
            if count >= enough:
                return count, refiled
    return count, refiled


def _by_frame(index: Any, keys: list) -> list[tuple[Witnesses, float, float]]:
    """``keys`` as filed now, by frame (those gone left out): each frame's part with its offset."""
    filed = getattr(index, "filed", None)
    if filed is None:  # a plain index
        get = index.boxes.get
        found = [(key, box) for key in keys if (box := get(key)) is not None]
        if not found:
            return []
        were = [box for _, box in found]
        return [(_group(None, [key for key, _ in found], were), 0.0, 0.0)]
    by: dict[Any, list] = {}
    for key, frame in zip(keys, map(filed.get, keys, repeat(_GONE)), strict=True):
        some = by.get(frame)
        if some is None:
            by[frame] = [key]
        else:
            some.append(key)
    parts = []
    for frame, some in by.items():
        if frame is _GONE:
            continue
        boxes, dx, dy = _filed(index, frame)
        if boxes is not None:
            were = list(map(boxes.get, some))
            if None in were:  # (not as it files them: each as found)
                some = [key for key, box in zip(some, were, strict=True) if box is not None]
                were = [box for box in were if box is not None]
            if some:
                parts.append((_group(frame, some, were), dx, dy))
    return parts


def _count_each(
    were: list[Box], dx: float, dy: float, buckets: Buckets | None, lo_x: float, lo_y: float, hi_x: float, hi_y: float,
    cell: float, enough: int,
) -> int:
    """How many of these boxes (their places in a frame whose offset is (dx, dy)) count, up to ``enough``."""
    count = 0
    for x, y, w, h in were:
        x, y = x + dx, y + dy  # (as a framed index reads it: its place in the frame plus the offset)
        if buckets is not None:
            bx0, by0, bx1, by1 = buckets
            ok = int(x // cell) <= bx1 and int((x + w) // cell) >= bx0 and int(y // cell) <= by1 and int((y + h) // cell) >= by0
        else:
            ok = x < hi_x and lo_x < x + w and y < hi_y and lo_y < y + h
        if ok:
            count += 1
            if count >= enough:
                return count
    return count


def _refreshed(groups: tuple[Witnesses, ...], refiled: dict[int, tuple[Witnesses, ...]]) -> tuple[Witnesses, ...]:
    """``groups`` with those filed again replaced (in place: one filed in one step is held as it is next time)."""
    if not refiled:
        return groups
    out: list[Witnesses] = []
    for n, group in enumerate(groups):
        out.extend(refiled.get(n, (group,)))
    return tuple(out)


def still(crowd: Crowd, index: Any) -> bool:
    """The window of ``crowd`` is as crowded now (the index would answer so again)."""
    return kept(crowd, index) is not None


def kept(crowd: Crowd, index: Any) -> Crowd | None:
    """When the window of ``crowd`` is as crowded now, ``crowd`` with the witnesses it read filed as they are now (itself
    when they were: the next edit finds them held, not moved); else None."""
    if not counts_as_plain(index):
        return None
    count, refiled = _counting(crowd.groups, index, crowd.buckets, crowd.window, index.cell, crowd.needed)
    if count < crowd.needed:
        return None
    return crowd._replace(groups=_refreshed(crowd.groups, refiled)) if refiled else crowd


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
    count, refiled = _counting(crowd.groups, index, buckets, window, index.cell, crowd.needed)
    if count < crowd.needed:
        return None
    return Crowd(area, buckets, window, crowd.needed, _refreshed(crowd.groups, refiled) if refiled else crowd.groups)


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


def spread(crowd: Crowd) -> Area | None:
    """The area the witnesses of ``crowd`` lie in now, as their frames place them (None: none), a unit wider each way (a
    box read through its frame is rounded as the sum falls). While no change meets it none of them moved or went: the
    window is as crowded as when they were counted (``honest.Routes``: an edit anywhere in a far cross-link's window
    need not count them again)."""
    groups = crowd.groups
    if not groups:
        return None
    x0 = y0 = x1 = y1 = 0.0
    for n, group in enumerate(groups):  # (compared in place: asked of each crowded route an edit searches again)
        frame, (gx0, gy0, gx1, gy1) = group.frame, group.reach
        if frame is not None:
            dx, dy = frame.dx, frame.dy
            gx0, gy0, gx1, gy1 = gx0 + dx, gy0 + dy, gx1 + dx, gy1 + dy
        if not n:
            x0, y0, x1, y1 = gx0, gy0, gx1, gy1
            continue
        if gx0 < x0:
            x0 = gx0
        if gy0 < y0:
            y0 = gy0
        if gx1 > x1:
            x1 = gx1
        if gy1 > y1:
            y1 = gy1
    return (x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0)
