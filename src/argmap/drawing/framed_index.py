"""Where the parts of trees kept in frames are looked up: boxes and footprints in each frame's own coordinates.

:class:`FramedIndex` answers as a plain :class:`~argmap.drawing.obstacles.BoxIndex` does and
:class:`FramedFootprints` as :class:`~argmap.drawing.reuse.Footprints` does, for a picture some of whose trees
keep their parts in a :class:`Frame` (see :mod:`argmap.drawing.frames`): a query in the picture's coordinates
goes to the frames whose boxes lie near it, moved into their coordinates.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any

from argmap.drawing.honest import Area
from argmap.drawing.obstacles import Box, BoxIndex

#: From this many frames, which frames a query meets is looked up by their left edges, those no wider than NARROW (a big
#: map's trees with their branches in frames of their own are hundreds: comparing each one's span took 3 ms of an edit
#: at 50,000 statements, filing them in squares as much again).
SPANS_SORTED = 64
NARROW = 8192.0
#: How far a frame's box is looked for beyond a query's edge (its place in the frame is its place less the
#: offset, up to the last bits).
SLACK = 1.0


class Frame:
    """One tree's offset: where its framed parts are now, less where they were made. ``whole``: for a branch of a tree
    framed on its own (:mod:`argmap.drawing.branch_frames`), the tree's frame (None for a tree's)."""

    __slots__ = ("dx", "dy", "root", "whole")

    def __init__(self, root: str, whole: Frame | None = None) -> None:
        self.root = root
        self.whole = whole
        self.dx: float = whole.dx if whole is not None else 0.0
        self.dy: float = whole.dy if whole is not None else 0.0


def _buckets(index: BoxIndex, bx0: int, by0: int, bx1: int, by1: int) -> Iterator[list]:
    """The filled buckets of ``index`` in the range, one by one (the caller may stop early); the range cut down to the
    index's own extent first when it knows it (not walked for it: the boxes outside every frame, 45,000 at 50,000
    statements, took 30 ms at the first edit after the readying filed boxes at their edge in frames), and gone over
    bucket by bucket (or over the filled ones when fewer)."""
    buckets, cell = index.buckets, index.cell
    if not buckets:
        return
    extent = index.known_extent()
    if extent is not None:
        x0, y0, x1, y1 = extent
        bx0, by0 = max(bx0, int(x0 // cell)), max(by0, int(y0 // cell))
        bx1, by1 = min(bx1, int(x1 // cell)), min(by1, int(y1 // cell))
        if bx0 > bx1 or by0 > by1:
            return
    if (bx1 - bx0 + 1) * (by1 - by0 + 1) > len(buckets):
        for (bx, by), bucket in buckets.items():
            if bx0 <= bx <= bx1 and by0 <= by <= by1:
                yield bucket
        return
    get = buckets.get
    for bx in range(bx0, bx1 + 1):
        for by in range(by0, by1 + 1):
            filled = get((bx, by))
            if filled:
                yield filled


def shifted_areas(areas: list[Area], dx: float, dy: float) -> list[Area]:
    """``areas`` less (dx, dy): the very list at offset 0 (its holder lets go of it; 12 MB of copies at 50,000)."""
    return areas if not dx and not dy else [(x0 - dx, y0 - dy, x1 - dx, y1 - dy) for x0, y0, x1, y1 in areas]


def _meets(box: Box, x0: float, y0: float, x1: float, y1: float) -> bool:
    x, y, w, h = box
    return x < x1 and x0 < x + w and y < y1 and y0 < y + h


def shifted_box(box: Box, dx: float, dy: float) -> Box:
    if not dx and not dy:  # (x + 0.0 is x: a frame filed while idle is at 0; 150,000 copies at 50,000 were 17 MB)
        return box
    x, y, w, h = box
    return (x + dx, y + dy, w, h)


class _Boxes(Mapping):
    """A framed index's boxes where they are now, by key (read through each one's frame)."""

    __slots__ = ("_owner",)

    def __init__(self, owner: FramedIndex) -> None:
        self._owner = owner

    def __getitem__(self, key: Hashable) -> Box:
        owner = self._owner
        frame = owner.filed[key]
        if frame is None:
            return owner.base.boxes[key]
        x, y, w, h = owner.subs[frame].boxes[key]
        return (x + frame.dx, y + frame.dy, w, h)

    def get(self, key: Hashable, default: Any = None) -> Any:
        owner = self._owner
        frame = owner.filed.get(key, _MISSING)
        if frame is _MISSING:
            return default
        if frame is None:
            return owner.base.boxes[key]
        x, y, w, h = owner.subs[frame].boxes[key]
        return (x + frame.dx, y + frame.dy, w, h)

    def __contains__(self, key: object) -> bool:
        return key in self._owner.filed

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._owner.filed)

    def __len__(self) -> int:
        return len(self._owner.filed)

    def keys(self):
        return self._owner.filed.keys()


_MISSING: Any = object()


class FramedIndex:
    """A :class:`~argmap.drawing.obstacles.BoxIndex` whose boxes are filed in their frame's own index (in the frame's
    coordinates) or, when in none, in a plain one: the same questions, answered where the boxes are now.

    ``assign(key)`` tells the frame a key belongs in (None: none); a key moves to it when it is next put in."""

    #: :meth:`within` with a limit over more than one bucket counts as a plain index does (:meth:`_within_counted`):
    #: :mod:`argmap.drawing.crowd` may tell a crowded window without asking it.
    COUNTS_AS_PLAIN = True

    def __init__(self, base: BoxIndex, assign: Callable[[Hashable], Frame | None]) -> None:
        self.cell = base.cell
        self.base = base
        self.assign = assign
        self.subs: dict[Frame, BoxIndex] = {}
        self.filed: dict[Hashable, Frame | None] = dict.fromkeys(base.boxes)
        self.boxes = _Boxes(self)
        self.extent: Box | None = None  # the exact extent, when the caller knows it (the layout's)
        self._spans: list[tuple[float, float, float, float, Frame, BoxIndex]] | None = None
        self._by_left: tuple[list[int], list[float], list[int]] | None = None  # (when many: see _meeting)
        self._high = len(base.boxes)  # the most the plain index held since made at its size (see BoxIndex.compact)

    # ---------------------------------------------------------------- frames
    def adopt(self, frame: Frame, keys: Iterable[Hashable]) -> None:
        """File these keys (in the plain index, in another frame, or in none) in ``frame`` (whose offset is where they
        are now). Those in another frame go straight across, their very boxes when the two offsets are the same (a
        tree's branch filed in a frame of its own: each box made again, by way of the plain index, took 16 MB that stayed
        at 50,000 statements)."""
        sub = self.subs.get(frame)
        if sub is None:
            sub = self.subs[frame] = BoxIndex({}, self.cell)
        base, filed, self._high = self.base, self.filed, max(self._high, len(self.base.boxes))
        plain: dict[Hashable, Box] = {}
        elsewhere: dict[Frame, list[Hashable]] = {}
        for key in keys:
            was = filed.get(key, _MISSING)
            if was is None:
                plain[key] = base.boxes[key]
            elif was is not _MISSING and was is not frame:
                elsewhere.setdefault(was, []).append(key)
        taken: dict[Hashable, Box] = {}
        if plain:
            base.remove_many(plain)
            if 4 * len(base.boxes) < self._high:  # (the idle framing empties it a slice at a time)
                base.compact()
                self._high = len(base.boxes)
            dx, dy = frame.dx, frame.dy
            taken = {key: shifted_box(box, -dx, -dy) for key, box in plain.items()}
        for was, some in elsewhere.items():
            held = self.subs[was]
            boxes, dx, dy = held.boxes, was.dx - frame.dx, was.dy - frame.dy
            taken.update((key, shifted_box(boxes[key], dx, dy)) for key in some)
            held.remove_many(some)
        if not taken:
            return
        for key, box in taken.items():
            sub.add(key, box)
        filed.update(dict.fromkeys(taken, frame))
        self._spans = None

    def adopt_many(self, groups: list[tuple[Frame, Iterable[Hashable]]]) -> None:
        """:meth:`adopt` for each (frame, keys); when they take most of the plain index, its rest is filed again and each
        frame's boxes filed at once (taking 45,000 boxes out of the plain index one by one took a second)."""
        groups = [(frame, self._unframed(frame, keys)) for frame, keys in groups]
        base, filed = self.base, self.filed
        taken: list[tuple[Frame, dict[Hashable, Box]]] = []
        for frame, keys in groups:
            boxes = base.boxes
            taken.append((frame, {key: boxes[key] for key in keys if key in filed and filed[key] is None}))
        if 4 * sum(len(some) for _, some in taken) < len(base.boxes):
            for frame, some in taken:
                self.adopt(frame, some)
            return
        leaving: set[Hashable] = set().union(*(some.keys() for _, some in taken))
        base.reset({key: box for key, box in base.boxes.items() if key not in leaving})
        for frame, some in taken:
            if not some:
                continue
            dx, dy = frame.dx, frame.dy
            moved = some if not dx and not dy else {key: shifted_box(box, -dx, -dy) for key, box in some.items()}
            sub = self.subs.get(frame)
            if sub is None or not sub.boxes:
                self.subs[frame] = BoxIndex(moved, self.cell)
            else:
                for key, box in moved.items():
                    sub.add(key, box)
            filed.update(dict.fromkeys(some, frame))
        self._spans = None

    def _unframed(self, frame: Frame, keys: Iterable[Hashable]) -> list[Hashable]:
        """``keys``, those filed in another frame put in the plain index first, where they are now: the frame of a tree
        that is no more (main claims deleted while a pinned statement held every tree still) holds its statements until
        the trees they are in now get frames of their own."""
        keys = list(keys)
        filed = self.filed
        for key in keys:
            was = filed.get(key)
            if was is not None and was is not frame:
                box = self.boxes[key]
                self.subs[was].remove(key)
                self.base.add(key, box)
                filed[key] = None
                self._spans = None
        return keys

    def shift_frame(self, frame: Frame) -> None:
        """The frame's offset changed: its boxes are elsewhere now."""
        self._spans = None

    def span(self, frame: Frame) -> Box | None:
        """Where the frame's boxes lie now, as (x0, y0, x1, y1) (None: it holds none)."""
        sub = self.subs.get(frame)
        if sub is None or not sub.boxes:
            return None
        x, y, w, h = sub.bounds()
        return (x + frame.dx, y + frame.dy, x + w + frame.dx, y + h + frame.dy)

    def span_of(self, frames: Iterable[Frame]) -> Box | None:
        """Where the boxes of these frames lie now, all together, as (x0, y0, x1, y1) (None: they hold none)."""
        spans = [span for span in map(self.span, frames) if span is not None]
        if not spans:
            return None
        return (min(s[0] for s in spans), min(s[1] for s in spans), max(s[2] for s in spans), max(s[3] for s in spans))

    def _meeting(self, x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float, float, float, Frame, BoxIndex]]:
        """The frames whose boxes may reach into the rectangle, with where they lie, in the order of :attr:`subs`."""
        spans = self._spans
        if spans is None:
            spans = self._spans = []
            self._by_left = None
            for frame, sub in self.subs.items():
                if sub.boxes:
                    x, y, w, h = sub.around()  # (maybe larger than its extent: then it is only asked in vain)
                    fx, fy = x + frame.dx, y + frame.dy  # (not x0, y0: those are the query's)
                    spans.append((fx - SLACK, fy - SLACK, fx + w + SLACK, fy + h + SLACK, frame, sub))
        if len(spans) < SPANS_SORTED:
            return [s for s in spans if s[0] <= x1 and x0 <= s[2] and s[1] <= y1 and y0 <= s[3]]
        # many frames (a big map's trees and their branches): the narrow ones by their left edges, the wide ones all asked
        wide, lefts, numbers = self._by_left if self._by_left is not None else self._sort_spans(spans)
        near = [*wide, *numbers[bisect_left(lefts, x0 - NARROW):bisect_right(lefts, x1)]]
        near.sort()
        return [s for s in map(spans.__getitem__, near) if s[0] <= x1 and x0 <= s[2] and s[1] <= y1 and y0 <= s[3]]

    def _sort_spans(self, spans: list[tuple[float, float, float, float, Frame, BoxIndex]]) -> tuple[list[int], list[float], list[int]]:
        wide = [n for n, s in enumerate(spans) if s[2] - s[0] > NARROW]
        narrow = sorted((s[0], n) for n, s in enumerate(spans) if s[2] - s[0] <= NARROW)
        self._by_left = (wide, [x for x, _ in narrow], [n for _, n in narrow])
        return self._by_left

    # ---------------------------------------------------------------- the BoxIndex questions
    def within(self, x0: float, y0: float, x1: float, y1: float, *, limit: int | None = None) -> set:
        if limit is not None:
            return self._within_counted(x0, y0, x1, y1, limit)
        found = self.base.within(x0, y0, x1, y1)
        for _, _, _, _, frame, sub in self._meeting(x0, y0, x1, y1):
            dx, dy = frame.dx, frame.dy
            found |= sub.within(x0 - dx, y0 - dy, x1 - dx, y1 - dy)
        return found

    def _within_counted(self, x0: float, y0: float, x1: float, y1: float, limit: int) -> set:
        """:meth:`within` with ``limit`` as one plain index answers it: more than ``limit`` boxes filed in the buckets the
        rectangle meets (where the boxes are now) is too many, whatever the frames' own buckets hold."""
        cell = self.cell
        bx0, by0, bx1, by1 = int(x0 // cell), int(y0 // cell), int(x1 // cell), int(y1 // cell)
        base = self.base
        found: set = set()
        for bucket in _buckets(base, bx0, by0, bx1, by1):
            found.update(bucket)
            if len(found) > limit:
                return found
        a0, b0, a1, b1 = bx0 * cell, by0 * cell, (bx1 + 1) * cell, (by1 + 1) * cell  # the buckets' area
        boxes = self.boxes
        if len(found) > limit:  # the caller only needs to know there are too many
            return found
        for _, _, _, _, frame, sub in self._meeting(a0, b0, a1, b1):
            dx, dy = frame.dx, frame.dy
            filed = sub.boxes
            c0, d0 = int((a0 - dx - SLACK) // cell), int((b0 - dy - SLACK) // cell)
            c1, d1 = int((a1 - dx + SLACK) // cell), int((b1 - dy + SLACK) // cell)
            for bucket in _buckets(sub, c0, d0, c1, d1):  # each box by where it is now: in the buckets a plain index has it in?
                for key in bucket:
                    if key in found:
                        continue
                    x, y, w, h = filed[key]
                    x, y = x + dx, y + dy
                    if int(x // cell) <= bx1 and int((x + w) // cell) >= bx0 and int(y // cell) <= by1 and int((y + h) // cell) >= by0:
                        found.add(key)
                        if len(found) > limit:
                            return found
        return {key for key in found if _meets(boxes[key], x0, y0, x1, y1)}

    def boxes_of(self, keys: Iterable[Hashable]) -> dict[Hashable, Box]:
        """The boxes of those ``keys`` that are in, where they are now, in one loop (read one by one through
        :attr:`boxes`, the two thousand boxes a widening edit moves in the edited tree took a call and a frame look-up each)."""
        filed, plain, subs = self.filed, self.base.boxes, self.subs
        found: dict[Hashable, Box] = {}
        get = filed.get
        frame: Any = None
        held: dict[Hashable, Box] = plain
        fx = fy = 0.0
        for key in keys:
            here = get(key, _MISSING)
            if here is None:
                found[key] = plain[key]
            elif here is not _MISSING:
                if here is not frame:
                    frame, held, fx, fy = here, subs[here].boxes, here.dx, here.dy
                x, y, w, h = held[key]
                found[key] = (x + fx, y + fy, w, h)
        return found

    def near(self, x0: float, y0: float, x1: float, y1: float, skip: set | frozenset) -> list:
        found = self.base.near(x0, y0, x1, y1, skip)
        for _, _, _, _, frame, sub in self._meeting(x0, y0, x1, y1):
            dx, dy = frame.dx, frame.dy
            found += sub.near(x0 - dx, y0 - dy, x1 - dx, y1 - dy, skip)
        return found

    def bounds(self) -> Box:
        if self.extent is not None:
            return self.extent
        parts = [self.base.bounds()] if self.base.boxes else []
        for frame, sub in self.subs.items():
            if sub.boxes:
                x, y, w, h = sub.bounds()
                parts.append((x + frame.dx, y + frame.dy, w, h))
        if not parts:
            return (0.0, 0.0, 0.0, 0.0)
        x0, y0 = min(p[0] for p in parts), min(p[1] for p in parts)
        x1, y1 = max(p[0] + p[2] for p in parts), max(p[1] + p[3] for p in parts)
        return (x0, y0, x1 - x0, y1 - y0)

    # ---------------------------------------------------------------- changes
    def add(self, key: Hashable, box: Box) -> None:
        self.extent = None
        frame = self.assign(key)
        self.filed[key] = frame
        if frame is None:
            self.base.add(key, box)
        else:
            sub = self.subs.get(frame)
            if sub is None:
                sub = self.subs[frame] = BoxIndex({}, self.cell)
            sub.add(key, shifted_box(box, -frame.dx, -frame.dy))
        self._spans = None

    def remove(self, key: Hashable) -> None:
        self.extent = None
        frame = self.filed.pop(key)
        if frame is None:
            self.base.remove(key)
        else:
            self.subs[frame].remove(key)
        self._spans = None

    def move(self, key: Hashable, box: Box) -> None:
        self.move_many([(key, box)])

    def shift(self, keys: Iterable[Hashable], dx: float, dy: float) -> None:
        """Move the boxes of ``keys`` that are in by (dx, dy): those that stay in their frame are moved there (in its
        coordinates: no reading each one where it is now and back), the others as :meth:`move_many` does."""
        filed, assign = self.filed, self.assign
        by_frame: dict[Frame | None, list[Hashable]] = {}
        others: list[tuple[Hashable, Box]] = []
        get = filed.get
        last: Any = _MISSING  # the frame of the key before (most keys are in the same one as the key before)
        some: list[Hashable] = []
        for key in keys:
            frame = get(key, _MISSING)
            if frame is _MISSING:
                continue
            if assign(key) is not frame:
                others.append((key, shifted_box(self.boxes[key], dx, dy)))
                continue
            if frame is not last:
                last = frame
                some = by_frame.setdefault(frame, [])
            some.append(key)
        self.extent = None
        for frame, some in by_frame.items():
            (self.base if frame is None else self.subs[frame]).shift(some, dx, dy)
        if others:
            self.move_many(others)
        self._spans = None

    def move_many(self, moves: Iterable[tuple[Hashable, Box]]) -> None:
        """Each key (in already) at its new box, in the frame it belongs in now."""
        self.extent = None
        filed, assign = self.filed, self.assign
        by_frame: dict[Frame | None, list[tuple[Hashable, Box]]] = {}
        last: Any = _MISSING  # the frame of the key before (most keys are in the same one as the key before)
        some: list[tuple[Hashable, Box]] = []
        fx = fy = 0.0
        for key, box in moves:
            frame = assign(key)
            if filed[key] is not frame:
                self.remove(key)
                self.add(key, box)
                continue
            if frame is not last:
                last = frame
                some = by_frame.setdefault(frame, [])
                fx, fy = (frame.dx, frame.dy) if frame is not None else (0.0, 0.0)
            if fx or fy:
                box = (box[0] - fx, box[1] - fy, box[2], box[3])
            some.append((key, box))
        for frame, some in by_frame.items():
            (self.base if frame is None else self.subs[frame]).move_many(some)
        self._spans = None

    def remove_many(self, keys: Iterable[Hashable]) -> None:
        for key in keys:
            self.remove(key)

    def reset(self, boxes: Mapping[Hashable, Box]) -> None:
        """Hold these boxes instead, each in its frame."""
        self.extent = None
        assign = self.assign
        plain: dict[Hashable, Box] = {}
        framed: dict[Frame, dict[Hashable, Box]] = {}
        filed: dict[Hashable, Frame | None] = {}
        for key, box in boxes.items():
            frame = filed[key] = assign(key)
            if frame is None:
                plain[key] = box
            else:
                framed.setdefault(frame, {})[key] = shifted_box(box, -frame.dx, -frame.dy)
        self.base.reset(plain)
        self.subs = {frame: BoxIndex(some, self.cell) for frame, some in framed.items()}
        self.filed = filed
        self._spans = None
