"""Which boxes an arrow runs through: a bucket index of the boxes and exact segment tests.

An arrow that passes under a box reads as if that box did the supporting or attacking,
so every arrow of a drawing is checked against the boxes it is not drawn between. Plain
numbers only (no Qt): this runs for every arrow of every drawing.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import pairwise
from operator import add
from typing import Any, Generic, TypeVar

from argmap.drawing.buckets import first_filled, moved_across, shifted_across, take_out

Box = tuple[float, float, float, float]  # x, y, w, h
_NOTHING = (float("inf"), float("inf"), float("-inf"), float("-inf"))  # the extent of no box: (x0, y0, x1, y1)
Point = tuple[float, float]
K = TypeVar("K", bound=Hashable)

#: A line this close to a box's border (inside) does not count as crossing it: arrows end on borders.
INSET = 1.0
#: Points taken along each cubic segment when an arrow is tested.
CURVE_STEPS = 10
#: A path whose box covers at most this many cells is looked up at once; a larger one piece by piece.
SMALL_AREA = 48
#: More than this share of an index's boxes changing buckets at once: every box is filed again (quicker than moving them).
REBUCKET = 0.3


class BoxIndex(Generic[K]):
    """Boxes in square buckets, for "which boxes could this line touch" in about constant time."""

    #: (changes, (x0, y0, x1, y1)): a rectangle around every box that a shift left when the exact extent was lost (see
    #: :meth:`around`), while no other change came since (a class default too: an unfiled index becomes one in place)
    _around: tuple[int, tuple[float, float, float, float]] | None = None

    def __init__(self, boxes: Mapping[K, Box], cell: float = 240.0) -> None:
        self.cell = cell
        #: what a caller worked out from some of the boxes, kept with the index (:func:`argmap.drawing.crowd._held`)
        self.notes: dict[int, Any] = {}
        self.reset(boxes)

    @classmethod
    def owning(cls, boxes: dict[K, Box], cell: float = 240.0) -> BoxIndex[K]:
        """An index of ``boxes`` that holds that very dict (the caller made it for the index and lets go of it: the
        arrows' signs and heads, 100,000 at 50,000 statements, were copied once more)."""
        index = cls({}, cell)
        index.boxes, index.buckets, index._extent = boxes, index._filed(boxes), None if boxes else _NOTHING
        return index

    def reset(self, boxes: Mapping[K, Box]) -> None:
        """Hold these boxes instead (an edit that moved most boxes: filing them all again is quicker than moving them)."""
        self.boxes: dict[K, Box] = dict(boxes)  # a copy of its own: add and remove change it
        #: counts the changes of the boxes held (a caller that read some may tell at once that none changed since)
        self.changes = getattr(self, "changes", 0) + 1
        self.buckets = self._filed(boxes)
        #: (x0, y0, x1, y1) around every box, once known; an empty index knows it (nothing yet), and the boxes put in keep
        #: it up to date (a frame filed a slice at a time while idle: its extent was worked out from every box at the
        #: first edit, 10-30 ms over the frames of 10,000 statements)
        self._extent: tuple[float, float, float, float] | None = None if boxes else _NOTHING
        self._around = None

    def _filed(self, boxes: Iterable[tuple[K, Box]] | Mapping[K, Box], buckets: dict | None = None) -> dict[tuple[int, int], list[K]]:
        """The buckets holding these boxes (a mapping, or (key, box) pairs put into ``buckets``)."""
        cell = self.cell
        buckets = {} if buckets is None else buckets
        put = buckets.setdefault
        for key, (x, y, w, h) in boxes.items() if isinstance(boxes, Mapping) else boxes:
            bx0, bx1, by0, by1 = int(x // cell), int((x + w) // cell), int(y // cell), int((y + h) // cell)
            if bx0 == bx1 and by0 == by1:  # a small box (an arrow's sign or head): one bucket
                put((bx0, by0), []).append(key)
                continue
            if by0 == by1:  # the usual box: one row of buckets
                for bx in range(bx0, bx1 + 1):
                    put((bx, by0), []).append(key)
                continue
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    put((bx, by), []).append(key)
        return buckets

    def add(self, key: K, box: Box) -> None:
        """Put one more box in (a key already in: use :meth:`remove` first)."""
        self.changes += 1
        self.boxes[key] = box
        x, y, w, h = box
        cell, buckets = self.cell, self.buckets
        for bx in range(int(x // cell), int((x + w) // cell) + 1):
            for by in range(int(y // cell), int((y + h) // cell) + 1):
                buckets.setdefault((bx, by), []).append(key)
        extent = self._extent
        if extent is not None:  # kept up to date: working it out again walks every box (an edit's picture moves a few)
            self._extent = (min(extent[0], x), min(extent[1], y), max(extent[2], x + w), max(extent[3], y + h))
        else:
            self._still_around(x, y, x + w, y + h)

    def _still_around(self, x0: float = _NOTHING[0], y0: float = _NOTHING[1], x1: float = _NOTHING[2], y1: float = _NOTHING[3],
                      lost: tuple[float, float, float, float] | None = None) -> None:
        """After a change (counted) with no exact extent: the rectangle kept around every box (:meth:`around`; the one before
        it, or the extent ``lost``) grown by where boxes went (a box taken out of a frame's part: its 5,000 walked again)."""
        outer = lost if lost is not None else self._around_before()
        if outer is not None:
            self._around = (self.changes, (min(outer[0], x0), min(outer[1], y0), max(outer[2], x1), max(outer[3], y1)))

    def remove(self, key: K) -> None:
        """Take one box out (the next picture of an edit moves only the boxes that moved)."""
        self.changes += 1
        x, y, w, h = self.boxes.pop(key)
        cell, buckets = self.cell, self.buckets
        for bx in range(int(x // cell), int((x + w) // cell) + 1):
            for by in range(int(y // cell), int((y + h) // cell) + 1):
                bucket = buckets[(bx, by)]
                bucket.remove(key)
                if not bucket:
                    del buckets[(bx, by)]
        extent = self._extent
        if extent is None or x <= extent[0] or y <= extent[1] or x + w >= extent[2] or y + h >= extent[3]:
            self._extent = None  # it was on the edge: the extent may shrink
            self._still_around(lost=extent)

    def compact(self) -> None:
        """Its dicts made again at their size (a dict keeps its largest table as keys leave: 50,000 boxes' for a few)."""
        self.boxes = dict(self.boxes)
        self.buckets = dict(self.buckets)

    def remove_many(self, keys: Iterable[K]) -> None:
        """Take these boxes out, each bucket they leave filtered once (as :meth:`move_many`)."""
        self.changes += 1
        cell, buckets, boxes = self.cell, self.buckets, self.boxes
        leaving: dict[tuple[int, int], set[K]] = {}
        extent = self._extent
        e0, e1, e2, e3 = extent if extent is not None else _NOTHING
        for key in keys:
            x, y, w, h = boxes.pop(key)
            if extent is not None and (x <= e0 or y <= e1 or x + w >= e2 or y + h >= e3):
                extent = None  # one was on the edge: the extent may shrink
            for bx in range(int(x // cell), int((x + w) // cell) + 1):
                for by in range(int(y // cell), int((y + h) // cell) + 1):
                    out = leaving.get((bx, by))
                    if out is None:
                        leaving[(bx, by)] = {key}
                    else:
                        out.add(key)
        take_out(buckets, leaving)
        was, self._extent = self._extent, extent
        if extent is None:
            self._still_around(lost=was)

    def move(self, key: K, box: Box) -> None:
        """Put a box that is in at ``box`` instead: as :meth:`remove` then :meth:`add`, but when it stays in the
        same buckets (the usual case for a box an edit shifted a little) only its place is changed."""
        x, y, w, h = old = self.boxes[key]
        nx, ny, nw, nh = box
        cell = self.cell
        if (int(x // cell) != int(nx // cell) or int((x + w) // cell) != int((nx + nw) // cell)
                or int(y // cell) != int(ny // cell) or int((y + h) // cell) != int((ny + nh) // cell)):
            self.remove(key)
            self.add(key, box)
            return
        self.changes += 1
        self.boxes[key] = box
        extent = self._extent
        if extent is None or old[0] <= extent[0] or old[1] <= extent[1] or x + w >= extent[2] or y + h >= extent[3]:
            self._extent = None  # it was on the edge: the extent may shrink
            self._still_around(nx, ny, nx + nw, ny + nh, lost=extent)
        else:
            self._extent = (min(extent[0], nx), min(extent[1], ny), max(extent[2], nx + nw), max(extent[3], ny + nh))

    def shift(self, keys: Iterable[K], dx: float, dy: float) -> None:
        """Move the boxes of ``keys`` that are in by (dx, dy), in one loop: only those that change buckets are filed again
        (an edit's step inside a tree is mostly a few points: of the 4,000 marks it moves, few cross a bucket's edge)."""
        if not dx and not dy:
            return
        self.changes += 1
        cell, boxes = self.cell, self.boxes
        get = boxes.get
        across: list[tuple[K, Box, Box]] = []
        inf = float("inf")
        low_x = low_y = inf  # the least x and y of the boxes moved, where they were
        end_x = end_y = new_end_x = new_end_y = -inf  # their furthest right and bottom edges, where they were and are
        if not dy:  # across only (a tidy tree's usual step): the same, with nothing of y worked out
            crossed, leaving, arriving, (low_x, end_x, new_end_x) = shifted_across(boxes, keys, dx, cell)
            if crossed:  # (listed already: taking them in costs less than filing every box again, however many crossed:
                self._take_in(leaving, arriving)  # edit 1's branch of 923 boxes in its frame's 2,074, a third or less)
            if low_x == inf:
                self._still_around()
                return
            extent = self._extent
            outer = extent if extent is not None else self._around_before()
            if outer is not None:
                e0, e1, e2, e3 = outer
                grown = (min(e0, low_x + dx), e1, max(e2, new_end_x), e3)  # (their y not worked out: top and bottom stay)
                if extent is None or (dx > 0 and low_x <= e0) or (dx < 0 and end_x >= e2):
                    self._extent, self._around = None, (self.changes, grown)
                else:
                    self._extent = grown
            return
        for key in keys:
            box = get(key)
            if box is None:
                continue
            x, y, w, h = box
            nx, ny = x + dx, y + dy
            boxes[key] = new = (nx, ny, w, h)
            if x < low_x:
                low_x = x
            if y < low_y:
                low_y = y
            if x + w > end_x:
                end_x = x + w
            if y + h > end_y:
                end_y = y + h
            if nx + w > new_end_x:
                new_end_x = nx + w
            if ny + h > new_end_y:
                new_end_y = ny + h
            if (x // cell != nx // cell or (x + w) // cell != (nx + w) // cell
                    or y // cell != ny // cell or (y + h) // cell != (ny + h) // cell):
                across.append((key, box, new))
        if low_x == inf:
            self._still_around()
            return
        self._refile(across)
        extent = self._extent
        outer = extent if extent is not None else self._around_before()
        if outer is None:
            return
        e0, e1, e2, e3 = outer
        grown = (min(e0, low_x + dx), min(e1, low_y + dy), max(e2, new_end_x), max(e3, new_end_y))
        # a box on the edge moved inward: the extent may shrink (worked out again when asked: till then a rectangle around
        # them all is kept, see around); else the moved boxes' new place widens it where they went (moving keeps their
        # order: the least x moved is the least moved x)
        if extent is None or (dx > 0 and low_x <= e0) or (dx < 0 and end_x >= e2) or (dy > 0 and low_y <= e1) or (dy < 0 and end_y >= e3):
            self._extent, self._around = None, (self.changes, grown)
        else:
            self._extent = grown

    def _around_before(self) -> tuple[float, float, float, float] | None:  # (the one before the change being made)
        around = self._around
        return around[1] if around is not None and around[0] == self.changes - 1 else None

    def _around_now(self) -> tuple[float, float, float, float] | None:
        """The rectangle a shift left around every box, if no other change came since."""
        around = self._around
        return around[1] if around is not None and around[0] == self.changes else None

    def around(self) -> Box:
        """A rectangle around every box, (x, y, w, h): :meth:`bounds` when the extent is known, else, after shifts that
        lost it (a box on its edge moved inward) and no other change, the old extent grown by where the moved boxes went:
        it may be larger, and is not walked for (a framed index's spans only tell which frames a question may meet:
        each shift of a frame's part walked its 4,000 marks again, 6-9 ms at 50,000 statements)."""
        if self._extent is None:
            outer = self._around_now()
            if outer is not None:
                x0, y0, x1, y1 = outer
                return (x0, y0, x1 - x0, y1 - y0)
        return self.bounds()

    def move_many(self, moves: Iterable[tuple[K, Box]]) -> None:
        """Put each key (in already) at its new box: as :meth:`move` for each, in one loop, with only those that change
        buckets filed again and each bucket they leave filtered once (taking thousands of keys out one by one searched the
        buckets' lists again and again)."""
        self.changes += 1
        cell, boxes = self.cell, self.boxes
        across: list[tuple[K, Box, Box]] = []
        extent = self._extent
        kept = self._around_before() if extent is None else None
        if extent is None and kept is None:
            for key, box in moves:
                x, y, w, h = old = boxes[key]
                nx, ny, nw, nh = boxes[key] = box
                if (x // cell != nx // cell or (x + w) // cell != (nx + nw) // cell
                        or y // cell != ny // cell or (y + h) // cell != (ny + nh) // cell):
                    across.append((key, old, box))
            self._refile(across)
            return
        e0, e1, e2, e3 = extent if extent is not None else kept  # type: ignore[misc]  # (a rectangle kept: grown below)
        inf = float("inf")
        n0, n1, n2, n3 = inf, inf, -inf, -inf  # around the new boxes
        inward = False
        for key, box in moves:
            x, y, w, h = old = boxes[key]
            nx, ny, nw, nh = boxes[key] = box
            if (x <= e0 < nx) or (y <= e1 < ny) or (x + w >= e2 > nx + nw) or (y + h >= e3 > ny + nh):
                inward = True  # one on the edge moved inward: the extent may shrink
            # (one on the edge moving along it or outward leaves that side where the boxes take it)
            if nx < n0:
                n0 = nx
            if ny < n1:
                n1 = ny
            if nx + nw > n2:
                n2 = nx + nw
            if ny + nh > n3:
                n3 = ny + nh
            if (x // cell != nx // cell or (x + w) // cell != (nx + nw) // cell
                    or y // cell != ny // cell or (y + h) // cell != (ny + nh) // cell):
                across.append((key, old, box))
        self._refile(across)
        if extent is None:  # (the marks of a frame, moved at every edit once one on its edge moved inward)
            self._still_around(n0, n1, n2, n3)
            return
        self._extent = None if inward else (min(e0, n0), min(e1, n1), max(e2, n2), max(e3, n3))
        if inward:
            self._still_around(n0, n1, n2, n3, lost=extent)

    def _refile(self, across: list[tuple[K, Box, Box]]) -> None:
        """Each (key, old box, new box) taken out of the buckets the old one is in and put in those the new one is in (when
        more than :data:`REBUCKET` of the boxes, every box filed again: a step of a bucket's width or more moves nearly every
        box of the moved part across, and beyond about a third of them moved filing them all costs less)."""
        if not across:
            return
        if len(across) > REBUCKET * len(self.boxes):
            self.buckets = self._filed(self.boxes)
            return
        self._take_in(*moved_across(across, self.cell))

    def _take_in(self, leaving: dict[tuple[int, int], list[K]], arriving: dict[tuple[int, int], list[K]]) -> None:
        """The keys ``leaving`` taken out of their buckets, then those ``arriving`` put at the end of theirs."""
        buckets = self.buckets
        take_out(buckets, leaving)
        for place, keys in arriving.items():
            bucket = buckets.get(place)
            if bucket is None:
                buckets[place] = keys
            else:
                bucket += keys

    def within(self, x0: float, y0: float, x1: float, y1: float, *, limit: int | None = None, spare: int = 0) -> set[K]:
        """Ids of the boxes that overlap the rectangle (x0, y0)-(x1, y1).

        With ``limit``, stops once more than ``limit`` candidates were seen (the caller only
        needs to know there are too many); with ``spare`` too, once more than ``limit + spare``
        were, and answers with all it saw when there are more than ``limit`` (a router that keeps
        them to tell later that the window is still crowded wants a few to spare).
        """
        cell, buckets, boxes = self.cell, self.buckets, self.boxes
        bx0, by0 = int(x0 // cell), int(y0 // cell)
        if bx0 == int(x1 // cell) and by0 == int(y1 // cell):  # one bucket: the usual case for an arrow
            bucket = buckets.get((bx0, by0))
            if not bucket:
                return set()
            return {k for k in bucket if (b := boxes[k])[0] < x1 and x0 < b[0] + b[2] and b[1] < y1 and y0 < b[1] + b[3]}  # _overlaps
        found: set[K] = set()
        bx1, by1 = int(x1 // cell), int(y1 // cell)
        stop = None if limit is None else limit + spare
        if (bx1 - bx0 + 1) * (by1 - by0 + 1) > len(buckets):  # more cells than are filled (a sparse index): go over those
            if stop is not None:  # (unless its first cells tell that there are too many: see first_filled)
                first = first_filled(buckets, bx0, by0, bx1, by1, stop, len(buckets) // 4)
                if first is not None:
                    return first
            for (bx, by), bucket in buckets.items():
                if bx0 <= bx <= bx1 and by0 <= by <= by1:
                    found.update(bucket)
                    if stop is not None and len(found) > stop:
                        return found
        else:
            rows = range(by0, by1 + 1)
            for bx in range(bx0, bx1 + 1):
                for by in rows:
                    bucket = buckets.get((bx, by))
                    if bucket:
                        found.update(bucket)
                        if stop is not None and len(found) > stop:  # the caller only needs to know there are too many
                            return found
        if spare and limit is not None and len(found) > limit:
            return found
        return {k for k in found if (b := boxes[k])[0] < x1 and x0 < b[0] + b[2] and b[1] < y1 and y0 < b[1] + b[3]}  # _overlaps

    def near(self, x0: float, y0: float, x1: float, y1: float, skip: set | frozenset) -> list[K]:
        """:meth:`within` less the ``skip`` keys, as a list in no particular order: the hot look-up of
        :func:`crossed` (no set made when, as for most arrows, no box is near)."""
        cell, buckets, boxes = self.cell, self.buckets, self.boxes
        bx0, by0, bx1, by1 = int(x0 // cell), int(y0 // cell), int(x1 // cell), int(y1 // cell)
        candidates: Iterable[K]
        if bx0 == bx1 and by0 == by1:
            bucket = buckets.get((bx0, by0))
            if not bucket:
                return []
            candidates = bucket
        else:
            found: set[K] = set()
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    bucket = buckets.get((bx, by))
                    if bucket:
                        found.update(bucket)
            if not found:
                return []
            candidates = found
        near = []
        for k in candidates:
            x, y, w, h = boxes[k]
            if x < x1 and x0 < x + w and y < y1 and y0 < y + h and k not in skip:  # as _overlaps
                near.append(k)
        return near

    def know_extent(self, extent: tuple[float, float, float, float]) -> None:
        """(x0, y0, x1, y1) around every box, known otherwise (a layout's own, made of the very same numbers as the
        boxes): :meth:`bounds` does not walk the boxes for it."""
        self._extent = extent

    def known_extent(self) -> tuple[float, float, float, float] | None:
        """(x0, y0, x1, y1) around every box when it is known without walking the boxes (None: it is not, as after a
        box at its edge moved inward, or before :meth:`bounds` first worked it out)."""
        return self._extent if self.boxes else None

    def bounds(self) -> Box:
        """The rectangle around every box (worked out once, then kept up to date)."""
        boxes = self.boxes.values()
        if not boxes:
            return (0.0, 0.0, 0.0, 0.0)
        if self._extent is None:  # (walked in C: a frame's boxes, every time a box at its edge moved)
            xs, ys, ws, hs = zip(*boxes, strict=True)
            self._extent = (min(xs), min(ys), max(map(add, xs, ws)), max(map(add, ys, hs)))
        x0, y0, x1, y1 = self._extent
        return (x0, y0, x1 - x0, y1 - y0)


def _overlaps(box: Box, x0: float, y0: float, x1: float, y1: float) -> bool:
    """True when the box reaches inside the rectangle (touching its edge is not enough: see :data:`INSET`)."""
    x, y, w, h = box
    return x < x1 and x0 < x + w and y < y1 and y0 < y + h


def segment_enters(a: Point, b: Point, box: Box, inset: float = INSET) -> bool:
    """True when the segment a-b passes through the inside of ``box`` shrunk by ``inset`` (Liang-Barsky)."""
    x, y, w, h = box
    left, top, right, bottom = x + inset, y + inset, x + w - inset, y + h - inset
    if left >= right or top >= bottom:
        return False
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - left), (dx, right - ax), (-dy, ay - top), (dy, bottom - ay)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return False
            t0 = max(t0, t)
        else:
            if t < t0:
                return False
            t1 = min(t1, t)
    return t1 - t0 > 1e-9


def polyline(segments: Sequence[tuple[float, ...]]) -> list[Point]:
    """The points of a path given as (x, y) moves/lines and (c1x, c1y, c2x, c2y, x, y) cubics, curves sampled."""
    points: list[Point] = []
    for segment in segments:
        if len(segment) == 2:
            points.append((segment[0], segment[1]))
            continue
        (x0, y0), (c1x, c1y, c2x, c2y, x3, y3) = points[-1], segment
        for k in range(1, CURVE_STEPS + 1):
            t = k / CURVE_STEPS
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            points.append((a * x0 + b * c1x + c * c2x + d * x3, a * y0 + b * c1y + c * c2y + d * y3))
    return points


def crossed(
    segments: Sequence[tuple[float, ...]],
    index: BoxIndex[Any],
    allowed: Iterable[Any],
    *,
    first: bool = False,
    probe: list[tuple[float, float, float, float]] | None = None,
) -> list[Any]:
    """The boxes (other than ``allowed``) whose inside a path passes through; with ``first``, stop at one.

    ``probe`` collects the areas looked up, as (x0, y0, x1, y1): the answer depends on nothing
    but the boxes that reach into them (a later picture reuses it while none of them changes).

    ``segments`` as for :func:`polyline`. A curve lies inside the box of its control points,
    so the boxes near that box are looked up first: most arrows have none and are never
    sampled. Long lines are looked up piece by piece, so a line across a big map costs
    what it passes, not what the map holds.
    """
    if len(segments) < 2:
        return []
    skip = set(allowed)
    tidy = len(segments) == 3 and len(segments[0]) == 2 and len(segments[1]) == 2 and len(segments[2]) == 6
    if tidy:  # a tidy tree arrow (stem, then an S-curve): its box without making lists
        (sx, sy), (tx, ty), (c1x, c1y, c2x, c2y, ex, ey) = segments
        x0, x1 = min(sx, tx, c1x, c2x, ex), max(sx, tx, c1x, c2x, ex)
        y0, y1 = min(sy, ty, c1y, c2y, ey), max(sy, ty, c1y, c2y, ey)
    else:
        xs = [v for segment in segments for v in segment[0::2]]
        ys = [v for segment in segments for v in segment[1::2]]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    cell = index.cell
    boxes = index.boxes
    near_of = index.near
    hits: list[Any] = []
    # A small area (a tree arrow): one look-up for the whole path (and one area to remember). Not any thin one:
    # an arc across a wide map (a cross-link) covers thousands of cells, and looking them all up made a
    # 50,000-statement picture take 4 times as long as a 10,000 one for 5 times the statements.
    columns, rows = int(x1 // cell) - int(x0 // cell) + 1, int(y1 // cell) - int(y0 // cell) + 1
    if tidy and columns * rows > SMALL_AREA and (rows <= 2 or columns <= 2):  # to a parent far along a wide fan
        return _crossed_in_band(segments, index, skip, (x0, y0, x1, y1), first, probe)
    if columns * rows <= SMALL_AREA:
        if probe is not None:
            probe.append((x0, y0, x1, y1))
        near = near_of(x0, y0, x1, y1, skip)
        if not near:
            return []
        points = polyline(segments)
        for key in near:
            if any(segment_enters(a, b, boxes[key]) for a, b in pairwise(points)):
                hits.append(key)
                if first:
                    break
        return hits
    for (ax, ay), (bx, by) in pairwise(polyline(segments)):
        dx, dy = bx - ax, by - ay
        pieces = max(1, int(max(abs(dx), abs(dy)) // cell) + 1)
        for k in range(pieces):
            px0, py0 = ax + dx * k / pieces, ay + dy * k / pieces
            px1, py1 = ax + dx * (k + 1) / pieces, ay + dy * (k + 1) / pieces
            area = (min(px0, px1), min(py0, py1), max(px0, px1), max(py0, py1))
            if probe is not None:
                probe.append(area)
            for key in near_of(*area, skip):
                if segment_enters((px0, py0), (px1, py1), boxes[key]):
                    hits.append(key)
                    skip.add(key)
                    if first:
                        return hits
    return hits


def _crossed_in_band(
    segments: Sequence[tuple[float, ...]],
    index: BoxIndex[Any],
    skip: set[Any],
    area: tuple[float, float, float, float],
    first: bool,
    probe: list[tuple[float, float, float, float]] | None,
) -> list[Any]:
    """:func:`crossed` for a tidy tree arrow in a thin band, to a parent far along a wide fan.

    The boxes reaching into the band are looked up once (and the band is the one area remembered); most such
    arrows have none. Each box found is tested against the pieces the piecewise look-up would have tested it
    with (those whose extent it reaches into), so the answer is the same.
    """
    if probe is not None:
        probe.append(area)
    near = index.near(*area, skip)
    if not near:
        return []
    cell, boxes = index.cell, index.boxes
    points = polyline(segments)
    hits: list[Any] = []
    for key in near:
        box = boxes[key]
        left, top, right, bottom = box[0], box[1], box[0] + box[2], box[1] + box[3]
        if _pieces_enter(points, box, left, top, right, bottom, cell):
            hits.append(key)
            if first:
                break
    return hits


def _pieces_enter(points: list[Point], box: Box, left: float, top: float, right: float, bottom: float, cell: float) -> bool:
    """Whether one of the pieces :func:`crossed` cuts the line through ``points`` into (at most a cell long) enters ``box``,
    testing only the pieces whose extent reaches into it (as :meth:`BoxIndex.near` would have found it for them)."""
    for (ax, ay), (bx, by) in pairwise(points):
        if max(ax, bx) <= left or min(ax, bx) >= right or max(ay, by) <= top or min(ay, by) >= bottom:
            continue  # none of its pieces reaches into the box (their ends lie on it, up to rounding far below a unit)
        dx, dy = bx - ax, by - ay
        pieces = max(1, int(max(abs(dx), abs(dy)) // cell) + 1)
        first_piece, last_piece = 0, pieces - 1
        if pieces > 4:  # only the pieces near the box along the longer axis (two pieces to spare against rounding)
            if abs(dx) >= abs(dy):
                ta, tb = (left - ax) / dx * pieces, (right - ax) / dx * pieces
            else:
                ta, tb = (top - ay) / dy * pieces, (bottom - ay) / dy * pieces
            first_piece, last_piece = max(0, int(min(ta, tb)) - 2), min(pieces - 1, int(max(ta, tb)) + 2)
        for k in range(first_piece, last_piece + 1):
            px0, py0 = ax + dx * k / pieces, ay + dy * k / pieces
            px1, py1 = ax + dx * (k + 1) / pieces, ay + dy * (k + 1) / pieces
            if (
                left < max(px0, px1) and min(px0, px1) < right and top < max(py0, py1) and min(py0, py1) < bottom
                and segment_enters((px0, py0), (px1, py1), box)
            ):
                return True
    return False
