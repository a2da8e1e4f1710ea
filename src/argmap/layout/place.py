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
    children = forest.children
    half_gap = sibling_gap / 2
    nodes: dict[str, TidyNode] = {}  # one per statement, sized with the gaps it owns
    measured: dict[str, tuple[float, float]] = {}  # the sizes as given, so boxes keep them exactly
    inf = math.inf
    for key in children:
        try:
            w, h = measured[key] = sizes[key]
            if not (0.0 <= w < inf and 0.0 <= h < inf):
                raise ValueError
        except (KeyError, TypeError, ValueError):
            raise ValueError(_size_problem(sizes, key)) from None
        if left_to_right:
            w, h = h, w
        nodes[key] = TidyNode(key, w + sibling_gap, h + level_gap)
    for key, node in nodes.items():
        below = children[key]
        if below:
            node.c = [nodes[c] for c in below if c not in pins] if pins else [nodes[c] for c in below]

    def grow(top: str) -> list[TidyNode]:
        """The tidy tree hanging from ``top`` (its pinned descendants cut off), laid out; parents first."""
        return layout_tree(nodes[top])

    def emit(placed: list[TidyNode], db: float, dd: float) -> None:
        """Write the boxes of ``placed`` moved by ``db`` across and ``dd`` along the tree."""
        db += half_gap
        for node in placed:
            key = node.key
            w, h = measured[key]
            boxes[key] = Box(node.y + dd, node.x + db, w, h) if left_to_right else Box(node.x + db, node.y + dd, w, h)

    boxes: dict[str, Box] = {}
    obstacles: list[Span] = []
    for top in pins:  # pinned subtrees first: they are where they are
        tree = grow(top)
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
        tree = grow(top)
        low = min(node.x for node in tree) + half_gap  # the tree's boxes span low..high across
        high = max(node.x + node.w for node in tree) - half_gap
        db = cursor - low
        if obstacles:
            db += avoid.clearance(_spans(tree, db, 0.0, sibling_gap, level_gap))
        emit(tree, db, 0.0)
        cursor = high + db + tree_gap
    return boxes


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


def _size_problem(sizes: Mapping[str, tuple[float, float]], node: str) -> str:
    if node not in sizes:
        return f"no size given for statement {node!r}"
    return f"the size of statement {node!r} must be a (width, height) pair of finite numbers >= 0, got {sizes[node]!r}"
