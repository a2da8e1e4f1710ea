"""The layout API every caller uses (GUI canvas, exporters, benchmarks).

``compute_layout(amap, sizes, options)`` is a pure function: the same map, sizes and
options always give the same boxes. How it works (details in the modules named):

1. :mod:`~argmap.layout.tree` picks the spanning forest: roots, what is shown, each
   statement's tree parent and the order of children. Other links are cross-links.
2. :mod:`~argmap.layout.tidy` lays out each tree with van der Ploeg's non-layered tidy
   tree (boxes of any size, O(n), no recursion).
3. :mod:`~argmap.layout.place` puts the trees side by side, keeps pinned statements (with
   their subtrees) at their pins and turns tree coordinates into boxes on the canvas.
   With ``arrangement="columns"`` (top-down only) :mod:`~argmap.layout.columns` lays out
   each tree instead: the main claim's replies dealt into side-by-side columns so the map
   fits a slide, subtrees hanging in them, each tree arrow with its own lane
   (``Layout.lanes``). The small-edit bound below is for the tree arrangement.

What a small edit moves (tested): adding one leaf to a map without pins changes no box's
position along the layout direction (y in top-down, x in left-to-right); every subtree
that does not contain the new leaf moves as one rigid block across; trees of main claims
created before the leaf's tree do not move at all, and those after it all move by the
same amount, or not at all while the leaf's tree still fits the slot it had
(:func:`~argmap.layout.place.tree_slot`: a tree's width and up to an eighth more).
On large maps most such blocks do not move either: siblings 8,192 units apart or more sit on
a grid (:func:`~argmap.layout.tidy.spaced`), and a tree 32,768 units wide or more
is put in its slot by its own numbers on a grid, not by its left edge
(:func:`~argmap.layout.place.tree_start`).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from argmap.layout.box import Box
from argmap.layout.place import TreeMemo, place_forest
from argmap.layout.tree import roots_of, spanning_forest, update_forest

if TYPE_CHECKING:  # the model imports NetworkX; the layout itself needs neither (see tree.spanning_forest)
    from argmap.model import ArgumentMap


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    direction: Literal["TB", "LR"] = "TB"  # top-down (main claim on top) or left-to-right
    sibling_gap: float = 30.0  # between neighbouring boxes of one parent
    level_gap: float = 60.0  # between a parent and its children
    tree_gap: float = 80.0  # between separate main claims' trees
    #: "tree": tidy trees (a wide map is a poster); "columns": each main claim's replies in
    #: side-by-side columns, subtrees hanging in them, so a wide map fits a slide (top-down only)
    arrangement: Literal["tree", "columns"] = "tree"
    aspect: float = 16 / 9  # width / height each tree aims at in the columns arrangement

    def __post_init__(self) -> None:
        if self.direction not in ("TB", "LR"):
            raise ValueError(f"layout direction must be 'TB' or 'LR', not {self.direction!r}")
        for name in ("sibling_gap", "level_gap", "tree_gap"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")
        if self.arrangement not in ("tree", "columns"):
            raise ValueError(f"layout arrangement must be 'tree' or 'columns', not {self.arrangement!r}")
        if not (isinstance(self.aspect, int | float) and math.isfinite(self.aspect) and self.aspect > 0):
            raise ValueError(f"aspect must be a finite number > 0 (width / height), not {self.aspect!r}")
        if self.arrangement == "columns" and self.direction != "TB":
            raise ValueError("the columns arrangement is top-down only: use direction 'TB' with it")


class TreeLinks(AbstractSet[tuple[str, str]]):
    """The (child, parent) links of a spanning tree, as a set read off the forest's parent of each statement
    (a frozenset of them made 10,000 tuples per edit at 10,000 statements)."""

    __slots__ = ("_parent",)

    def __init__(self, parent: Mapping[str, str]) -> None:
        self._parent = parent  # not changed afterwards: each forest has a dict of its own

    def __contains__(self, link: object) -> bool:
        if not isinstance(link, tuple) or len(link) != 2:
            return False
        child, parent = link
        return self._parent.get(child) == parent if parent is not None else False

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._parent.items())

    @property
    def parent(self) -> Mapping[str, str]:
        """Each child's tree parent: ``parent.get(child) == p`` is ``(child, p) in self`` without a call of it (an edit's
        picture asks tens of thousands of times)."""
        return self._parent

    def __len__(self) -> int:
        return len(self._parent)

    def __repr__(self) -> str:
        return f"TreeLinks({len(self)} links)"

    __hash__ = AbstractSet._hash

    @classmethod
    def _from_iterable(cls, links: Iterable[Any]) -> frozenset[Any]:  # what | & - ^ make
        return frozenset(links)


@dataclass(frozen=True, slots=True)
class Layout:
    boxes: dict[str, Box]
    #: (child, parent) links of the spanning tree; the others are cross-links drawn over it.
    tree_links: AbstractSet[tuple[str, str]] = field(default_factory=frozenset)
    #: statements left out because of collapsed statements (same as ``hidden_by_collapse``).
    hidden: frozenset[str] = field(default_factory=frozenset)
    #: columns arrangement: (child, parent) tree link -> (lane_x, top_y), the vertical line the
    #: arrow runs up along (from a stub leaving the child's left side at
    #: ``child.y + min(child.h / 2, 16)``) to top_y. Empty in the tree arrangement.
    lanes: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    #: what the next layout of this map may take over (the trees laid out); not part of the layout
    trees: TreeMemo | None = field(default=None, compare=False, repr=False)

    def bounds(self) -> Box:
        """The box around every statement box (and arrow lane)."""
        if not self.boxes:
            return Box(0.0, 0.0, 0.0, 0.0)
        extent = self.trees.extent if self.trees is not None and not self.lanes else None
        if extent is not None:  # the trees' own extents, kept with them (walking every box took 10 ms at 10,000)
            return Box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1])
        x0 = min(b.x for b in self.boxes.values())
        y0 = min(b.y for b in self.boxes.values())
        x1 = max(b.x + b.w for b in self.boxes.values())
        y1 = max(b.y + b.h for b in self.boxes.values())
        if self.lanes:  # the first column's lanes lie left of its boxes (top_y is always below some box)
            x0 = min(x0, min(x for x, _ in self.lanes.values()))
        return Box(x0, y0, x1 - x0, y1 - y0)


def hidden_by_collapse(amap: ArgumentMap) -> set[str]:
    """Statements not shown because every way to them from a main claim passes a collapsed statement.

    The collapsed statement itself stays shown; so does anything that a shown, expanded
    statement still points to (a cross-linked reason does not vanish from its other parent).
    """
    if not any(s.collapsed for s in amap.statements()):
        return set()
    return spanning_forest(amap).hidden


def compute_layout(
    amap: ArgumentMap, sizes: Mapping[str, tuple[float, float]], options: LayoutOptions | None = None,
    *, previous: Layout | None = None, dirty: Collection[str] | None = None,
) -> Layout:
    """Boxes for every shown statement; ``sizes`` gives each statement's measured (width, height).

    ``previous``: the last layout of this map (an edit's layout). The trees the edit left as they were
    (same statements, children and sizes) are taken over, only moved across as the trees before them
    grow or shrink: an edit lays out its own tree only (in the tree arrangement, only the merges on its path:
    :mod:`~argmap.layout.tidy_edit`; in columns, that tree's columns). With ``dirty`` too (the statements the edit added,
    removed, changed or linked), the spanning forest is brought up to date from those alone
    (:func:`~argmap.layout.tree.update_forest`), and only the trees they are in (before or after) are compared
    with the last ones: ``sizes`` may differ from the last layout's only for them. The result is the same as
    without either. ``previous`` is handed over: with ``dirty``, its boxes and tree links become this layout's, changed
    in place (copy what is needed of them first).
    Raises ValueError (with the statement's id) when a shown statement has no usable size.
    """
    options = options or LayoutOptions()
    columns = options.arrangement == "columns"
    lanes: dict[tuple[str, str], tuple[float, float]] = {}
    forest = None
    touched = None
    signature = (options.direction, options.sibling_gap, options.level_gap, options.tree_gap, options.arrangement,
                 options.aspect if columns else None)
    kept = previous.trees if previous is not None else None
    trees = kept if kept is not None and kept.signature == signature else TreeMemo(signature)
    if previous is not None:
        object.__setattr__(previous, "trees", None)  # handed over: it now follows this layout
    candidates = None
    if trees.forest is not None and dirty is not None:
        edit = update_forest(trees.forest, amap, dirty)
        if edit is not None:  # the trees the dirty statements are in, before and after: the others are as they were
            forest = edit.forest
            touched = edit.roots_before | roots_of(forest, dirty)
            # the statements whose children or size the edit may have changed: those, and their tree parents before and
            # after it (update_forest sorts again only those parents' children; sizes differ only for dirty ones)
            candidates = set(dirty).union(edit.parents_before, (p for p in map(forest.parent.get, dirty) if p is not None))
    if forest is None:
        forest = spanning_forest(amap)
    trees.forest = forest
    boxes = place_forest(
        forest,
        sizes,
        left_to_right=options.direction == "LR",
        sibling_gap=options.sibling_gap,
        level_gap=options.level_gap,
        tree_gap=options.tree_gap,
        columns_aspect=options.aspect if columns else None,
        lanes=lanes,
        trees=trees,
        touched=touched,
        candidates=candidates,
    )
    return Layout(boxes, TreeLinks(forest.parent), frozenset(forest.hidden), lanes, trees)
