"""A box index's buckets as boxes move between them (:class:`argmap.drawing.obstacles.BoxIndex`): which buckets each
moved box leaves and joins, and the keys taken out of the buckets they leave."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

Box = tuple[float, float, float, float]
Place = tuple[int, int]
K = TypeVar("K", bound=Hashable)


def moved_across(across: Sequence[tuple[Hashable, Box, Box]], cell: float) -> tuple[dict[Place, list], dict[Place, list]]:
    """For each (key, old box, new box): the buckets (of side ``cell``) the key leaves and those it joins, as lists of
    keys by bucket (a key is listed once in each). A bucket both boxes cover is in neither."""
    leaving: dict[Place, list] = {}  # (lists: a key leaves a bucket once)
    arriving: dict[Place, list] = {}
    for key, (x, y, w, h), (nx, ny, nw, nh) in across:
        ox0, oy0, ox1, oy1 = int(x // cell), int(y // cell), int((x + w) // cell), int((y + h) // cell)
        mx0, my0, mx1, my1 = int(nx // cell), int(ny // cell), int((nx + nw) // cell), int((ny + nh) // cell)
        if oy0 == my0 and oy1 == my1 and mx0 <= ox1 and ox0 <= mx1:
            # the same rows, columns that overlap (a box moved across by less than its width): it leaves and joins
            # only the columns it no longer or newly covers (each side at most two runs: left of the other, right)
            spans = ((ox0, min(ox1, mx0 - 1), leaving), (max(ox0, mx1 + 1), ox1, leaving),
                     (mx0, min(mx1, ox0 - 1), arriving), (max(mx0, ox1 + 1), mx1, arriving))
            for bx0, bx1, where in spans:
                for bx in range(bx0, bx1 + 1):
                    for by in range(oy0, oy1 + 1):
                        keys = where.get((bx, by))
                        if keys is None:
                            where[(bx, by)] = [key]
                        else:
                            keys.append(key)
            continue
        for bx0, by0, bx1, by1, where in ((ox0, oy0, ox1, oy1, leaving), (mx0, my0, mx1, my1, arriving)):
            if bx0 == bx1 and by0 == by1:  # a small box (a sign or a head): one bucket
                keys = where.get((bx0, by0))
                if keys is None:
                    where[(bx0, by0)] = [key]
                else:
                    keys.append(key)
                continue
            for bx in range(bx0, bx1 + 1):
                for by in range(by0, by1 + 1):
                    keys = where.get((bx, by))
                    if keys is None:
                        where[(bx, by)] = [key]
                    else:
                        keys.append(key)
    return leaving, arriving


def shifted_across(
    boxes: dict, keys: Iterable[Hashable], dx: float, cell: float
) -> tuple[int, dict[Place, list], dict[Place, list], tuple[float, float, float]]:
    """The boxes of ``keys`` in ``boxes`` moved by (dx, 0) in place, and the buckets those that change columns leave
    and join, listed as :func:`moved_across` lists them (the same lists in the same order, a bucket both cover in
    neither) in the loop that moves them, from the columns it compared (a rigid branch's 700 boxes and 1,400 marks
    moved by 2,048 px were listed once more, bucket by bucket: 4-5 us a mark). Returns how many changed columns,
    the buckets left and joined, and (the least x of the boxes moved, their furthest right edge before and after)."""
    get = boxes.get
    inf = float("inf")
    low_x, end_x, new_end_x = inf, -inf, -inf
    leaving: dict[Place, list] = {}
    arriving: dict[Place, list] = {}
    crossed = 0
    for key in keys:
        box = get(key)
        if box is None:
            continue
        x, y, w, h = box
        nx = x + dx
        boxes[key] = (nx, y, w, h)
        if x < low_x:
            low_x = x
        if x + w > end_x:
            end_x = x + w
        if nx + w > new_end_x:
            new_end_x = nx + w
        ox0, ox1, mx0, mx1 = x // cell, (x + w) // cell, nx // cell, (nx + w) // cell
        if ox0 == mx0 and ox1 == mx1:
            continue
        crossed += 1
        by0, by1 = int(y // cell), int((y + h) // cell)
        ox0, ox1, mx0, mx1 = int(ox0), int(ox1), int(mx0), int(mx1)
        if ox0 == ox1 and mx0 == mx1 and by0 == by1:  # a small box (an arrow's sign or head): one bucket each
            out = leaving.get((ox0, by0))
            if out is None:
                leaving[(ox0, by0)] = [key]
            else:
                out.append(key)
            into = arriving.get((mx0, by0))
            if into is None:
                arriving[(mx0, by0)] = [key]
            else:
                into.append(key)
            continue
        # the same rows: it leaves the columns it no longer covers, then joins those it newly covers
        rows = range(by0, by1 + 1)
        for bx in range(ox0, ox1 + 1):
            if bx < mx0 or bx > mx1:
                for by in rows:
                    out = leaving.get((bx, by))
                    if out is None:
                        leaving[(bx, by)] = [key]
                    else:
                        out.append(key)
        for bx in range(mx0, mx1 + 1):
            if bx < ox0 or bx > ox1:
                for by in rows:
                    into = arriving.get((bx, by))
                    if into is None:
                        arriving[(bx, by)] = [key]
                    else:
                        into.append(key)
    return crossed, leaving, arriving, (low_x, end_x, new_end_x)


def take_out(buckets: dict, leaving: dict) -> None:
    """Remove from each bucket the keys ``leaving`` names for it, each once (a bucket they all leave goes without going
    over its keys: most of those a moved part leaves)."""
    for place, out in leaving.items():
        bucket = buckets[place]
        if len(out) == len(bucket):  # all of them (a key is in a bucket once)
            del buckets[place]
            continue
        gone = out if type(out) is set else set(out)
        buckets[place] = [k for k in bucket if k not in gone]  # (not empty: fewer leave than it holds)


def first_filled(buckets: dict[tuple[int, int], list[K]], bx0: int, by0: int, bx1: int, by1: int, stop: int, cells: int) -> set[K] | None:
    """The boxes of the buckets (bx0, by0)-(bx1, by1), column by column, once more than ``stop`` were seen in at most
    about ``cells`` cells; else None. A far cross-link's window across a big map covers more cells than the index
    fills, yet mostly holds too many boxes in its first few hundred: going over every filled bucket to find them read
    up to ~100,000 at 50,000 statements, for a tenth of the windows (about as much as all the others together)."""
    rows = range(by0, by1 + 1)
    if len(rows) > cells:  # (a column alone would cost more than going over the filled buckets)
        return None
    found: set[K] = set()
    get = buckets.get
    for bx in range(bx0, bx1 + 1):
        for by in rows:
            bucket = get((bx, by))
            if bucket:
                found.update(bucket)
                if len(found) > stop:
                    return found
        cells -= len(rows)
        if cells <= 0:
            return None
    return None
