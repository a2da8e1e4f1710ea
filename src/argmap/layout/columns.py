"""The "columns" arrangement: a wide tree folded into side-by-side columns so it fits a slide.

A tidy tree of a main claim with a dozen replies is a poster (5,100 x 970 px for the
example map): projected on a 16:9 slide its text is unreadable. Here the main claim's
replies, each with its whole subtree, are dealt into k columns (in order, column-major)
under the main claim, and inside a column every subtree *hangs*: a statement's box, then
its replies stacked below it, indented to the right. k is the one whose bounding box comes
closest to the wanted aspect ratio (in log ratio; ties to fewer columns).

Every tree link gets an **arrow lane**: a vertical line at ``lane_x`` that the arrow runs up
along, from a horizontal stub that leaves the child's left side at
``child.y + min(child.h / 2, 16)``, to ``top_y``. Lanes of one parent's children sit side by
side, the first child's lane rightmost, so no lane or stub crosses another or a box:

* under a parent inside a column, the lanes lie under the parent's bottom edge, from
  ``LANE_INSET`` inside its left corner, ``LANE_GAP`` apart (squeezed down to
  ``MIN_LANE_GAP`` when the parent is too narrow for them all; narrower still and the
  children share one lane, an organisation chart's bus), ``top_y`` = the parent's bottom;
* the tops of the columns have their lanes at the column's left, ``top_y`` = the columns'
  top; the drawing curves from there into the main claim.

The children of a parent start ``STUB`` right of the rightmost lane (room for the 15 px
relation disc), so the indent grows with the number of children.

Coordinates here are screen coordinates of one tree (x right, y down, the tree's top box at
y = 0); :mod:`~argmap.layout.place` moves the tree to its place. Everything is loops over
lists, no recursion, O(n) for the hanging and O(c log c) per tried column count for the
split (c = the main claim's replies).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from itertools import accumulate, pairwise, repeat
from typing import NamedTuple

VERTICAL_GAP = 14.0  # between a box and the next box or subtree below it
LANE_GAP = 11.0  # between neighbouring lanes
MIN_LANE_GAP = 6.0  # squeezed gap under a parent too narrow for its lanes at LANE_GAP
LANE_INSET = 10.0  # lanes keep this far inside a parent's bottom corners
STUB = 22.0  # from the rightmost lane to the children's left side
STUB_DROP = 16.0  # a stub leaves its child this far below its top (or at half height if lower)
SPLIT_TOLERANCE = 0.01  # px: the tallest column is minimal to within this


class ColumnsTree(NamedTuple):
    """One tree laid out, its nodes numbered breadth first (the top is 0; lists by node).

    Node ``v > 0`` hangs from ``parent[v]``; its arrow lane is the vertical line at
    ``lane_x[v]`` up to ``lane_top[v]``. Coordinates: boxes' top-left corners, the top box at y = 0.
    """

    keys: list[str]
    sizes: list[tuple[float, float]]  # as given
    x: list[float]
    y: list[float]
    parent: list[int]  # -1 for the top
    lane_x: list[float]
    lane_top: list[float]
    columns: int  # how many columns the top's replies were dealt into (0 for none, 1 when hanging)


def arrange_columns(
    top: str,
    children: Mapping[str, list[str]],
    sizes: Mapping[str, tuple[float, float]],
    *,
    as_columns: bool,
    aspect: float,
    column_gap: float,
    level_gap: float,
    groups: Mapping[tuple[str, str], str] | None = None,
) -> ColumnsTree:
    """The tree under ``top``: in columns, or hanging when not ``as_columns``.

    Raises KeyError, TypeError or ValueError on a missing or unusable size (the caller names it).
    """
    keys, first, last, parent = _breadth_first(top, children)
    measured = [sizes[key] for key in keys]
    box_w = [w for w, _ in measured]  # a size that is no pair raises here
    box_h = [h for _, h in measured]
    isfinite = math.isfinite
    if not (all(map(isfinite, box_w)) and all(map(isfinite, box_h)) and min(box_w) >= 0 and min(box_h) >= 0):
        raise ValueError("unusable size")
    n = len(keys)
    inner = [v for v in range(n) if first[v] >= 0]  # parents, breadth first

    # Bottom-up: each parent's lanes and indent, and the size of every hanging subtree
    # (from its box's top-left corner; leaves are just their boxes). An only child (chains)
    # takes a short path: slicing costs more than the work there.
    lane_start = [0.0] * n
    lane_gap = lane_start[:]
    indent = lane_start[:]
    width = box_w[:]
    height = box_h[:]
    vgap = VERTICAL_GAP
    for v in reversed(inner):
        f, l1 = first[v], last[v] + 1
        bw = box_w[v]
        start = LANE_INSET if bw >= 2 * LANE_INSET else bw / 2
        lane_start[v] = start
        if l1 - f == 1:
            indent[v] = step = start + STUB
            width[v] = max(bw, step + width[f])
            height[v] = box_h[v] + height[f] + vgap
            continue
        count = l1 - f
        room = (bw - 2 * LANE_INSET) / (count - 1)
        # Too many replies for lanes of their own under this box (a Kialo import with dozens):
        # they share one lane, like an organisation chart's bus, rather than run past its corner.
        gap = min(LANE_GAP, room) if room >= MIN_LANE_GAP else 0.0
        lane_gap[v] = gap
        indent[v] = step = start + (count - 1) * gap + STUB
        width[v] = max(bw, step + max(width[f:l1]))
        height[v] = box_h[v] + sum(height[f:l1]) + vgap * count

    x = [0.0] * n
    y = x[:]
    lane_x = x[:]
    lane_top = x[:]
    columns = 1 if inner and inner[0] == 0 else 0
    if as_columns and columns:
        placed = (x, y, lane_x, lane_top)
        glue = [groups.get((keys[c], top)) if groups else None for c in range(first[0], last[0] + 1)]
        columns = _place_columns(first[0], last[0] + 1, box_w[0], box_h[0], width, height, placed, aspect, column_gap, level_gap, glue)
        inner = inner[1:]
    # Top-down, breadth first: every parent is placed before its children hang from it.
    for v in inner:
        f, l1 = first[v], last[v] + 1
        bx = x[v]
        bottom = y[v] + box_h[v]
        if l1 - f == 1:
            x[f] = bx + indent[v]
            y[f] = bottom + vgap
            lane_x[f] = bx + lane_start[v]
            lane_top[f] = bottom
            continue
        count = l1 - f
        x[f:l1] = repeat(bx + indent[v], count)
        y[f:l1] = accumulate([height[c] + vgap for c in range(f, l1 - 1)], initial=bottom + vgap)
        gap = lane_gap[v]
        right = bx + lane_start[v] + (count - 1) * gap  # the first child's lane
        lane_x[f:l1] = [right - i * gap for i in range(count)]
        lane_top[f:l1] = repeat(bottom, count)
    return ColumnsTree(keys, measured, x, y, parent, lane_x, lane_top, columns)


def stub_y(child_y: float, child_h: float) -> float:
    """Where the arrow leaves a child's left side."""
    return child_y + min(child_h / 2, STUB_DROP)


def _breadth_first(
    top: str, children: Mapping[str, list[str]]
) -> tuple[list[str], list[int], list[int], list[int]]:
    """The subtree's ids numbered breadth first (top first, each node's children consecutive:
    ``first[v]``..``last[v]``, -1 for none) and each node's parent."""
    keys = [top]
    first: list[int] = []
    last: list[int] = []
    parent = [-1]
    for p, key in enumerate(keys):  # the list grows as we go
        below = children[key]
        if below:
            first.append(len(keys))
            keys.extend(below)
            last.append(len(keys) - 1)
            parent.extend(repeat(p, len(below)))
        else:
            first.append(-1)
            last.append(-1)
    return keys, first, last, parent


def _place_columns(
    f: int,
    l1: int,
    rw: float,
    rh: float,
    width: list[float],
    height: list[float],
    placed: tuple[list[float], list[float], list[float], list[float]],
    aspect: float,
    column_gap: float,
    level_gap: float,
    glue: list[str | None],
) -> int:
    """Deal the top's children (nodes f..l1-1) into columns (the count nearest ``aspect``) and place them.

    Neighbouring children with the same ``glue`` name (the co-premises of one linked reason)
    go into one column together, so their bracket joins them without crossing other boxes.
    Each column has its children's lanes at its left, the first child's rightmost. Writes into
    ``placed`` (x, y, lane_x, lane_top by node); returns the count.
    """
    x, y, lane_x, lane_top = placed
    starts = [c for c in range(f, l1) if c == f or glue[c - f] is None or glue[c - f] != glue[c - f - 1]]
    ends = [*starts[1:], l1]
    unit_w = [max(width[a:b]) for a, b in zip(starts, ends, strict=True)]
    unit_h = [sum(height[a:b]) + VERTICAL_GAP * (b - a - 1) for a, b in zip(starts, ends, strict=True)]
    cuts = [*starts, l1]
    split = best_split(unit_w, unit_h, rw, rh, aspect, column_gap, level_gap)
    spans = [(cuts[b0], cuts[b1]) for b0, b1 in pairwise(split)]
    widths = [_column_width(c1 - c0, max(width[c0:c1])) for c0, c1 in spans]
    total = sum(widths) + column_gap * (len(widths) - 1)
    x[0] = (total - rw) / 2
    top_y = rh + level_gap
    left = 0.0
    for (c0, c1), column_width in zip(spans, widths, strict=True):
        count = c1 - c0
        x[c0:c1] = repeat(left + (count - 1) * LANE_GAP + STUB, count)
        y[c0:c1] = accumulate([height[c] + VERTICAL_GAP for c in range(c0, c1 - 1)], initial=top_y)
        lane_x[c0:c1] = [left + (count - 1 - i) * LANE_GAP for i in range(count)]
        lane_top[c0:c1] = repeat(top_y, count)
        left += column_width + column_gap
    return len(spans)


def _column_width(count: int, widest: float) -> float:
    return (count - 1) * LANE_GAP + STUB + widest


def best_split(
    widths: list[float], heights: list[float], rw: float, rh: float, aspect: float, column_gap: float, level_gap: float
) -> list[int]:
    """Column boundaries (0 = b0 < b1 < ... < bk = len(heights)) whose bounding box is nearest ``aspect``.

    Exact but quick: each column count k first gets cheap bounds on its width and height
    (so on how near it can come), and the counts are then tried from the most promising
    on, until no count left can come nearer than the best found. Ties go to fewer columns.
    """
    n = len(heights)
    prefix = list(accumulate((h + VERTICAL_GAP for h in heights), initial=0.0))
    target = math.log(aspect)
    facts = (prefix[-1], max(b - a for a, b in pairwise(prefix)), min(widths), max(widths))
    candidates = sorted((_nearest_possible(k, n, facts, rw, rh, target, column_gap, level_gap), k) for k in range(1, n + 1))
    best: list[int] = [0, n]
    best_key = (math.inf, n + 1)
    for bound, k in candidates:
        if bound > best_key[0] + 1e-12:
            break  # sorted: no count left can come nearer
        split = _min_tallest_split(prefix, k)
        tallest = max(prefix[b1] - prefix[b0] for b0, b1 in pairwise(split)) - VERTICAL_GAP
        columns = sum(_column_width(b1 - b0, max(widths[b0:b1])) for b0, b1 in pairwise(split))
        distance = _log_distance(max(rw, columns + column_gap * (len(split) - 2)), rh + level_gap + tallest, target)
        if distance < best_key[0] - 1e-12 or (distance <= best_key[0] + 1e-12 and len(split) - 1 < best_key[1]):
            best, best_key = split, (distance, len(split) - 1)
    return best


def _nearest_possible(
    k: int,
    n: int,
    facts: tuple[float, float, float, float],
    rw: float,
    rh: float,
    target: float,
    column_gap: float,
    level_gap: float,
) -> float:
    """A lower bound on how far (in log ratio) the best split into at most k columns is from ``target``.

    The tallest column lies between total / k (and the tallest subtree) and total / k plus
    the tallest subtree (the greedy fill at that height never needs more columns); so the
    columns number at least total / that. Each column is its widest subtree plus one
    ``STUB`` plus a lane for every child but its first. ``facts``: the total height of the
    n subtrees (each with its gap), the tallest, the narrowest and the widest.
    """
    total, biggest, narrowest, widest = facts
    low_t = max(total / k, biggest)
    high_t = min(total, total / k + biggest) if k > 1 else total
    fewest = max(1, min(k, math.ceil(total / high_t - 1e-9)))
    low_w = max(rw, fewest * (STUB + narrowest) + (n - fewest) * LANE_GAP + (fewest - 1) * column_gap)
    high_w = max(rw, k * (STUB + widest) + (n - k) * LANE_GAP + (k - 1) * column_gap)
    low_h = rh + level_gap + low_t - VERTICAL_GAP
    high_h = rh + level_gap + high_t - VERTICAL_GAP
    if low_h <= 0 or low_w <= 0:
        return 0.0
    low, high = math.log(low_w / high_h), math.log(high_w / low_h)
    return max(0.0, low - target, target - high)


def _log_distance(w: float, h: float, target: float) -> float:
    if w <= 0 or h <= 0:
        return math.inf if w != h else abs(target)
    return abs(math.log(w / h) - target)


def _min_tallest_split(prefix: list[float], k: int) -> list[int]:
    """At most ``k`` contiguous columns with the tallest (sum of prefix steps) as low as possible.

    Bisects the tallest column between its lower bound and a height that surely fits, with
    the greedy fill (fill each column as far as it goes) as the test, to SPLIT_TOLERANCE.
    """
    n = len(prefix) - 1
    total = prefix[-1]
    biggest = max(prefix[i + 1] - prefix[i] for i in range(n))
    lo = max(biggest, total / k)
    hi = total / k + biggest  # the greedy fill at this height never needs more than k columns
    split = _greedy(prefix, lo, k)
    if split is not None:
        return split
    while hi - lo > SPLIT_TOLERANCE * max(1.0, hi * 1e-9):
        mid = (lo + hi) / 2
        if _greedy(prefix, mid, k) is None:
            lo = mid
        else:
            hi = mid
    split = _greedy(prefix, hi, k)
    assert split is not None
    return split


def _greedy(prefix: list[float], tallest: float, k: int) -> list[int] | None:
    """Boundaries of the greedy fill with columns no taller than ``tallest``, or None if it needs more than k."""
    n = len(prefix) - 1
    split = [0]
    at = 0
    slack = tallest * 1e-12 + 1e-9  # float sums: a column of exactly ``tallest`` fits
    while at < n:
        if len(split) > k:
            return None
        nxt = bisect_right(prefix, prefix[at] + tallest + slack, at + 1) - 1
        if nxt <= at:
            return None  # one subtree alone is taller
        split.append(nxt)
        at = nxt
    return split
