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

from argmap.layout.box import Box
from argmap.layout.tidy import TidyNode, layout_tree
from argmap.layout.tree import SpanningForest

#: A box in tree coordinates: (breadth start, breadth end, depth start, depth end).
Span = tuple[float, float, float, float]


def place_forest(
    forest: SpanningForest,
    sizes: Mapping[str, tuple[float, float]],
    *,
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
    tree_gap: float,
) -> dict[str, Box]:
    """Screen boxes of every statement in ``forest``: pinned subtrees first, then the free trees in root order."""
    pins = forest.pins
    half_gap = sibling_gap / 2
    boxes: dict[str, Box] = {}

    def grow(top: str) -> tuple[list[TidyNode], tuple[float, float]]:
        try:
            tree = _grow(top, forest.children, pins, sizes, left_to_right, sibling_gap, level_gap)
        except (KeyError, TypeError, ValueError):
            raise ValueError(_first_size_problem(forest.children, sizes)) from None
        return tree, layout_tree(tree)

    def emit(placed: list[TidyNode], db: float, dd: float) -> None:
        """Write the boxes of ``placed`` moved by ``db`` across and ``dd`` along the tree."""
        _emit(placed, boxes, db + half_gap, dd, left_to_right)

    obstacles: list[Span] = []
    for top in pins:  # pinned subtrees first: they are where they are
        tree, _ = grow(top)
        px, py = pins[top]
        pin_b, pin_d = (py, px) if left_to_right else (px, py)
        db = pin_b - tree[0].x - half_gap
        emit(tree, db, pin_d)
        obstacles.extend(_spans(tree, db, pin_d, sibling_gap, level_gap))
    avoid = _Obstacles(obstacles, sibling_gap)

    cursor = 0.0
    for top in forest.roots:
        if top in pins:
            continue
        tree, (low, high) = grow(top)
        low += half_gap  # the tree's boxes span low..high across
        high -= half_gap
        db = cursor - low
        if obstacles:
            db += avoid.clearance(_spans(tree, db, 0.0, sibling_gap, level_gap))
        emit(tree, db, 0.0)
        cursor = high + db + tree_gap
    return boxes


def _grow(
    top: str,
    children: Mapping[str, list[str]],
    pins: Mapping[str, object],
    sizes: Mapping[str, tuple[float, float]],
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
) -> list[TidyNode]:
    """The tidy nodes of the tree hanging from ``top`` (pinned descendants cut off), parents first.

    One pass makes each node (sized with the gaps it owns, right under its parent) and links
    it to its parent. Raises KeyError, TypeError or ValueError on a missing or unusable size.
    """
    inf = math.inf
    tree: list[TidyNode] = []
    below: list[str] = [top]
    node = None  # the parent of ``below``
    k = 0
    while True:
        depth = node.b if node is not None else 0.0
        made = []
        for key in below:
            if key in pins and node is not None:
                continue  # carried by its own pin
            size = sizes[key]
            w, h = size
            if not (0.0 <= w < inf and 0.0 <= h < inf):
                raise ValueError(key)
            if left_to_right:
                w, h = h, w
            made.append(TidyNode(key, size, w + sibling_gap, h + level_gap, depth))
        if made:
            if node is not None:
                node.c = made
            tree.extend(made)
        while k < len(tree):  # the next node with children
            node = tree[k]
            k += 1
            below = children[node.key]
            if below:
                break
        else:
            return tree


def _emit(
    placed: list[TidyNode],
    boxes: dict[str, Box],
    db: float,
    dd: float,
    left_to_right: bool,
) -> None:
    """Boxes (exactly the sizes given) at the nodes' places moved by (db, dd), tree to screen coordinates."""
    new = tuple.__new__  # Box(...) without NamedTuple's Python-level __new__
    if left_to_right:
        for node in placed:
            w, h = node.size
            boxes[node.key] = new(Box, (node.y + dd, node.x + db, w, h))
    else:
        for node in placed:
            w, h = node.size
            boxes[node.key] = new(Box, (node.x + db, node.y + dd, w, h))


def _spans(nodes: list[TidyNode], db: float, dd: float, sibling_gap: float, level_gap: float) -> list[Span]:
    """The boxes of ``nodes`` without their gaps, moved by (db, dd), in tree coordinates."""
    lead = sibling_gap / 2
    return [
        (node.x + db + lead, node.x + db + node.w - lead, node.y + dd, node.y + dd + node.h - level_gap)
        for node in nodes
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
