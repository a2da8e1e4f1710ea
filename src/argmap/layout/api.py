"""The layout API every caller uses (GUI canvas, exporters, benchmarks).

PLACEHOLDER implementation: a naive layered placement, to be replaced by the tidy-tree engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from argmap.model import ArgumentMap


@dataclass(frozen=True, slots=True)
class Box:
    """A placed statement: top-left corner and size, scene units."""

    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    direction: Literal["TB", "LR"] = "TB"  # top-down (main claim on top) or left-to-right
    sibling_gap: float = 30.0  # between neighbouring boxes of one parent
    level_gap: float = 60.0  # between a parent and its children
    tree_gap: float = 80.0  # between separate main claims' trees


@dataclass(frozen=True, slots=True)
class Layout:
    boxes: dict[str, Box]
    #: (child, parent) links of the spanning tree; the others are cross-links drawn over it.
    tree_links: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def bounds(self) -> Box:
        if not self.boxes:
            return Box(0.0, 0.0, 0.0, 0.0)
        x0 = min(b.x for b in self.boxes.values())
        y0 = min(b.y for b in self.boxes.values())
        x1 = max(b.x + b.w for b in self.boxes.values())
        y1 = max(b.y + b.h for b in self.boxes.values())
        return Box(x0, y0, x1 - x0, y1 - y0)


def hidden_by_collapse(amap: ArgumentMap) -> set[str]:
    """Statements hidden because an ancestor in the tree is collapsed."""
    hidden: set[str] = set()
    for s in amap.statements():
        if s.collapsed:
            hidden |= amap.descendants(s.id)
    return hidden


def compute_layout(
    amap: ArgumentMap, sizes: Mapping[str, tuple[float, float]], options: LayoutOptions | None = None
) -> Layout:
    options = options or LayoutOptions()
    hidden = hidden_by_collapse(amap)
    boxes: dict[str, Box] = {}
    x = 0.0
    level_y: dict[int, float] = {}
    depth: dict[str, int] = {}
    tree: set[tuple[str, str]] = set()
    order = [i for i in amap.main_claims() if i not in hidden]
    seen = set(order)
    for i in order:
        depth[i] = 0
    k = 0
    while k < len(order):
        node = order[k]
        k += 1
        for c in amap.children(node):
            if c not in seen and c not in hidden:
                seen.add(c)
                depth[c] = depth[node] + 1
                tree.add((c, node))
                order.append(c)
    for i in amap.ids():
        if i not in seen and i not in hidden:
            depth[i] = 0
            order.append(i)
    cursor: dict[int, float] = {}
    for i in order:
        d = depth[i]
        w, h = sizes[i]
        level_y.setdefault(d, 0.0)
        px = cursor.get(d, x)
        boxes[i] = Box(px, d * (200 + options.level_gap), w, h)
        cursor[d] = px + w + options.sibling_gap
    return Layout(boxes, frozenset(tree))
