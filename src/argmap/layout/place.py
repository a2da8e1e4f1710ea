"""From a spanning forest and box sizes to boxes on the canvas: trees side by side, pins kept.

Works in tree coordinates (breadth across the tree, depth away from the root) and turns
them into screen boxes at the end, so top-down and left-to-right share every line.

Pinned statements: a pinned statement's top-left corner is exactly its pin, and it
*carries its subtree*: the subtree is laid out as its own tidy tree hanging from the pinned
box (so dragging a statement moves its reasons with it), and the slot it had under its
parent closes up. Pinned statements inside that subtree are again carried by their own pin.

The free trees (main claims that are not pinned) are placed side by side, top-aligned,
``tree_gap`` apart, in root order. A free tree that would touch any pinned box is slid
across (to the right, or down in left-to-right layouts) as one block, just far enough to
keep ``sibling_gap`` clear of every pinned box. So unpinned boxes never overlap anything.
What is not avoided: two pinned subtrees that the user placed on top of each other (only
moving a pin could separate them, and pins are the user's word).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping
from itertools import repeat
from operator import add, itemgetter
from typing import NamedTuple

from argmap.layout.box import Box
from argmap.layout.columns import ColumnsTree, arrange_columns, stub_y
from argmap.layout.tidy import layout_tree
from argmap.layout.tree import SpanningForest

#: A box in tree coordinates: (breadth start, breadth end, depth start, depth end).
Span = tuple[float, float, float, float]


class _Tree(NamedTuple):
    """One laid-out tree in tree coordinates, its nodes numbered breadth first (lists by node)."""

    keys: list[str]  # statement ids
    sizes: list[tuple[float, float]]  # as given, so boxes keep them exactly
    x: list[float]  # across, gaps included
    y: list[float]  # down
    w: list[float]  # across, with the gap each node owns
    h: list[float]  # down, with the gap each node owns


def place_forest(
    forest: SpanningForest,
    sizes: Mapping[str, tuple[float, float]],
    *,
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
    tree_gap: float,
    columns_aspect: float | None = None,
    lanes: dict[tuple[str, str], tuple[float, float]] | None = None,
) -> dict[str, Box]:
    """Screen boxes of every statement in ``forest``: pinned subtrees first, then the free trees in root order.

    With ``columns_aspect`` the trees are arranged in columns (top-down only, see
    :mod:`~argmap.layout.columns`) and each tree link's arrow lane is added to ``lanes``.
    """
    pins = forest.pins
    half_gap = sibling_gap / 2
    boxes: dict[str, Box] = {}
    if columns_aspect is not None:
        _place_columns_forest(forest, sizes, columns_aspect, sibling_gap, level_gap, tree_gap, boxes, lanes if lanes is not None else {})
        return boxes

    def grow(top: str) -> _Tree:
        """The tidy tree hanging from ``top`` (its pinned descendants cut off), laid out."""
        try:
            keys, first, last, measured, w, h, y, bottom = _breadth_first(
                top, forest.children, pins, sizes, left_to_right, sibling_gap, level_gap
            )
        except (KeyError, TypeError, ValueError):
            raise ValueError(_first_size_problem(forest.children, sizes)) from None
        return _Tree(keys, measured, layout_tree(first, last, w, bottom), y, w, h)

    obstacles: list[Span] = []
    for top in pins:  # pinned subtrees first: they are where they are
        tree = grow(top)
        px, py = pins[top]
        pin_b, pin_d = (py, px) if left_to_right else (px, py)
        db = pin_b - tree.x[0] - half_gap
        _emit(tree, boxes, db + half_gap, pin_d, left_to_right)
        obstacles.extend(_spans(tree, db, pin_d, sibling_gap, level_gap))
    avoid = _Obstacles(obstacles, sibling_gap)

    cursor = 0.0
    for top in forest.roots:
        if top in pins:
            continue
        tree = grow(top)
        low = min(tree.x) + half_gap  # the tree's boxes span low..high across
        high = max(map(add, tree.x, tree.w)) - half_gap
        db = cursor - low
        if obstacles:
            db += avoid.clearance(_spans(tree, db, 0.0, sibling_gap, level_gap))
        _emit(tree, boxes, db + half_gap, 0.0, left_to_right)
        cursor = high + db + tree_gap
    return boxes


def _breadth_first(
    top: str,
    children: Mapping[str, list[str]],
    pins: Mapping[str, object],
    sizes: Mapping[str, tuple[float, float]],
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
) -> tuple[list[str], list[int], list[int], list[tuple[float, float]], list[float], list[float], list[float], list[float]]:
    """The tree hanging from ``top`` (pinned descendants cut off) numbered breadth first, in one pass.

    Returns the ids; each node's first and last child (-1 for none); the sizes given; the
    sizes across (``w``) and down (``h``) with the gaps each node owns; and each node's top
    and bottom, every child right under its own parent. Raises KeyError, TypeError or
    ValueError on a missing or unusable size.
    """
    keys = [top]
    first: list[int] = []
    last: list[int] = []
    measured: list[tuple[float, float]] = []
    w: list[float] = []
    h: list[float] = []
    y = [0.0]
    bottom: list[float] = []
    inf = math.inf
    for p, key in enumerate(keys):  # the list grows as we go; each node's children are added together
        size = sizes[key]
        across, down = size
        if not (0.0 <= across < inf and 0.0 <= down < inf):
            raise ValueError(key)
        if left_to_right:
            across, down = down, across
        measured.append(size)
        w.append(across + sibling_gap)
        down += level_gap
        h.append(down)
        end = y[p] + down  # where this node's children start
        bottom.append(end)
        below = children[key]
        if below and pins:
            below = [c for c in below if c not in pins]  # carried by their own pins
        if below:
            first.append(len(keys))
            keys.extend(below)
            last.append(len(keys) - 1)
            y.extend(repeat(end, len(below)))
        else:
            first.append(-1)
            last.append(-1)
    return keys, first, last, measured, w, h, y, bottom


def _emit(tree: _Tree, boxes: dict[str, Box], db: float, dd: float, left_to_right: bool) -> None:
    """Boxes (exactly the sizes given) at the tree's places moved by (db, dd), tree to screen coordinates.

    Built with map and zip, so no Python code runs per box (a loop here cost a tenth of the layout).
    """
    across = map(add, tree.x, repeat(db))
    along = map(add, tree.y, repeat(dd))
    xs, ys = (along, across) if left_to_right else (across, along)
    corners_and_sizes = zip(xs, ys, map(itemgetter(0), tree.sizes), map(itemgetter(1), tree.sizes), strict=True)
    boxes.update(zip(tree.keys, map(tuple.__new__, repeat(Box), corners_and_sizes), strict=True))


def _spans(tree: _Tree, db: float, dd: float, sibling_gap: float, level_gap: float) -> list[Span]:
    """The boxes of ``tree`` without their gaps, moved by (db, dd), in tree coordinates."""
    lead = sibling_gap / 2
    return [
        (x + db + lead, x + db + w - lead, y + dd, y + dd + h - level_gap)
        for x, y, w, h in zip(tree.x, tree.y, tree.w, tree.h, strict=True)
    ]


class _Obstacles:
    """Pinned boxes that free trees must keep clear of (by ``gap``)."""

    def __init__(self, spans: list[Span], gap: float) -> None:
        self.spans = sorted(spans, key=lambda s: s[2])
        self.starts = [s[2] for s in self.spans]
        self.gap = gap

    def clearance(self, tree: list[Span]) -> float:
        """The smallest slide across (>= 0) after which no box of ``tree`` comes within ``gap`` of an obstacle."""
        if not self.spans:
            return 0.0
        gap = self.gap
        blocked = []  # open intervals of forbidden slides
        for b0, b1, d0, d1 in tree:
            for k in range(bisect_left(self.starts, d1 + gap)):
                o0, o1, _, od1 = self.spans[k]
                if od1 + gap > d0:
                    blocked.append((o0 - gap - b1, o1 + gap - b0))
        blocked.sort()
        slide = 0.0
        for low, high in blocked:
            if low >= slide:
                break
            slide = max(slide, high)
        return slide


def _first_size_problem(shown: Mapping[str, object], sizes: Mapping[str, tuple[float, float]]) -> str:
    """What is wrong with the first statement of ``shown`` (in the forest's order) whose size is unusable."""
    for key in shown:
        try:
            w, h = sizes[key]
            if 0.0 <= w < math.inf and 0.0 <= h < math.inf:
                continue
        except (KeyError, TypeError, ValueError):
            pass
        if key not in sizes:
            return f"no size given for statement {key!r}"
        return f"the size of statement {key!r} must be a (width, height) pair of finite numbers >= 0, got {sizes[key]!r}"
    raise AssertionError("every size is usable")


def _place_columns_forest(
    forest: SpanningForest,
    sizes: Mapping[str, tuple[float, float]],
    aspect: float,
    sibling_gap: float,
    level_gap: float,
    tree_gap: float,
    boxes: dict[str, Box],
    lanes: dict[tuple[str, str], tuple[float, float]],
) -> None:
    """The columns arrangement, placed like the tidy trees: pinned subtrees at their pins, free trees beside them.

    A main claim's replies go into columns; a pinned statement further down carries its
    subtree hanging under it, as it hung before it was dragged. Lanes count as obstacles
    too, so a free tree's boxes and lanes keep clear of pinned boxes and lanes. A pinned
    statement's own link to its parent gets no lane (it is wherever the user put it).
    """
    pins = forest.pins
    roots = set(forest.roots)
    column_gap = max(sibling_gap, 10.0)  # the next column's lanes never touch the previous column's boxes
    half_gap = sibling_gap / 2

    def grow(top: str) -> tuple[_Tree, ColumnsTree]:
        """The columns layout of ``top``'s tree, and the same as a ``_Tree`` (slots half a gap around each box)."""
        try:
            laid = arrange_columns(
                top, forest.children, pins, sizes, as_columns=top in roots, aspect=aspect, column_gap=column_gap, level_gap=level_gap
            )
        except (KeyError, TypeError, ValueError):
            raise ValueError(_first_size_problem(forest.children, sizes)) from None
        w = [size[0] + sibling_gap for size in laid.sizes]
        h = [size[1] + level_gap for size in laid.sizes]
        return _Tree(laid.keys, laid.sizes, [x - half_gap for x in laid.x], laid.y, w, h), laid

    def lane_spans(laid: ColumnsTree, dx: float, dy: float) -> list[Span]:
        """Each lane and its stub as thin spans, moved by (dx, dy) (tree coordinates are screen ones: top-down only)."""
        spans: list[Span] = []
        for c in range(1, len(laid.keys)):
            lx = laid.lane_x[c] + dx
            low = stub_y(laid.y[c] + dy, laid.sizes[c][1])
            spans.append((lx, lx, laid.lane_top[c] + dy, low))
            spans.append((lx, laid.x[c] + dx, low, low))
        return spans

    def emit(tree: _Tree, laid: ColumnsTree, dx: float, dy: float) -> None:
        """Boxes and lanes moved by (dx, dy)."""
        _emit(tree, boxes, dx + half_gap, dy, False)
        keys = laid.keys
        links = zip(keys[1:], map(keys.__getitem__, laid.parent[1:]), strict=True)
        ends = zip(map(add, laid.lane_x[1:], repeat(dx)), map(add, laid.lane_top[1:], repeat(dy)), strict=True)
        lanes.update(zip(links, ends, strict=True))

    obstacles: list[Span] = []
    for top in pins:
        tree, laid = grow(top)
        px, py = pins[top]
        dx = px - laid.x[0]
        emit(tree, laid, dx, py)
        obstacles.extend(_spans(tree, dx, py, sibling_gap, level_gap))
        obstacles.extend(lane_spans(laid, dx, py))
    avoid = _Obstacles(obstacles, sibling_gap)

    cursor = 0.0
    for top in forest.roots:
        if top in pins:
            continue
        tree, laid = grow(top)
        low = min(min(laid.x), min(laid.lane_x[1:], default=math.inf))
        high = max(map(add, laid.x, tree.w)) - sibling_gap
        dx = cursor - low
        if obstacles:
            dx += avoid.clearance(_spans(tree, dx, 0.0, sibling_gap, level_gap) + lane_spans(laid, dx, 0.0))
        emit(tree, laid, dx, 0.0)
        cursor = high + dx + tree_gap
