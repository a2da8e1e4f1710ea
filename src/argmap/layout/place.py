"""From a spanning forest and box sizes to boxes on the canvas: trees side by side, pins kept.

Works in tree coordinates (breadth across the tree, depth away from the root) and turns
them into screen boxes at the end, so top-down and left-to-right share every line.

The trees of the main claims are placed side by side, top-aligned, in root order, each in a
slot a little wider than itself (:func:`tree_slot`), ``tree_gap`` apart, exactly as if nothing
were pinned. Then each pinned statement is moved to its pin and *carries its subtree* (so
dragging a statement moves its reasons with it); nothing else moves, and the slot it had
under its parent stays where it was. A drag therefore changes only what was dragged: the
picture the user built does not re-flow under the mouse. Boxes dropped onto others may overlap; pins are the user's word (the editor keeps
a drop clear of other boxes, see :mod:`argmap.gui.canvas.gestures`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import compress, repeat
from operator import add, ne
from typing import NamedTuple

from argmap.layout.box import Box
from argmap.layout.columns import ColumnsTree, arrange_columns
from argmap.layout.tidy import layout_tree
from argmap.layout.tidy_edit import EditableTree
from argmap.layout.tree import SpanningForest, roots_of
from argmap.layout.tree_boxes import PlacedTree, TreeLists, across_kept, emit_across, emit_boxes, emit_part, tree_extent


class TreeMemo:
    """The trees of the last layout in the tree arrangement, by root, for the next layout of the same map.

    A tree is taken over only when each of its statements still has the same children and size (checked
    with whole-list comparisons, no Python loop per statement), so the result is the same as laying it out again.
    """

    def __init__(self, signature: tuple) -> None:
        self.signature = signature  # the options the trees were laid out with
        self.kept: dict[str, PlacedTree] = {}
        self.forest: SpanningForest | None = None  # the spanning forest they were laid out from
        #: the statements whose boxes may have moved since the layout before (None: any of them)
        self.moved: list[str] | None = None
        self.carried: list[str] = []  # the statements pins moved in the last layout
        #: (x0, y0, x1, y1) around every box (None: pins moved some, work it out from the boxes)
        self.extent: tuple[float, float, float, float] | None = None
        #: every box before pins (what an edit's layout starts from); None before the first layout
        self.unpinned: dict[str, Box] | None = None
        #: the columns arrangement: its trees by root, and every arrow lane before pins
        self.columns: dict[str, _ColumnsPlaced] = {}
        self.lanes: dict[tuple[str, str], tuple[float, float]] | None = None


#: Trees with at least this many statements are kept editable from their layout from nothing (smaller ones by their
#: first edit, cheaply), so that an edit of one redoes only the merges on its path: its first edit, right after the map
#: is opened, too (when that edit made it editable from nothing, the tree was laid out twice: 60 ms for 6,000 statements).
EDITABLE_AHEAD_FROM = 200


def ready_across(trees: TreeMemo) -> bool:
    """Give one more big tree of the last layout what a move across reads (:func:`across_kept`), so that the first edit
    that widens a tree does not work it out for every tree it moves (at 50,000 statements most of the map): the editor
    does this when idle, a tree at a time. False when no tree is left to do."""
    if trees.forest is None or len(trees.signature) < 5 or trees.signature[4] != "tree":
        return False
    left_to_right = trees.signature[0] == "LR"
    for top, placed in trees.kept.items():
        if placed.across is None and len(placed.tree.keys) >= EDITABLE_AHEAD_FROM:
            trees.kept[top] = placed._replace(across=across_kept(placed.tree, left_to_right))
            return True
    return False


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
    trees: TreeMemo | None = None,
    touched: AbstractSet[str] | None = None,
    candidates: AbstractSet[str] | None = None,
) -> dict[str, Box]:
    """Screen boxes of every statement in ``forest``: the free trees in root order, then pinned subtrees moved to their pins.

    With ``columns_aspect`` the trees are arranged in columns (top-down only, see
    :mod:`~argmap.layout.columns`) and each tree link's arrow lane is added to ``lanes``.
    ``trees``: the trees laid out last time (the tree arrangement): those it still ``kept`` are taken
    over as they are, only moved across when the trees before them changed width; afterwards it holds this
    layout's trees (see :func:`~argmap.layout.api.compute_layout`). ``touched``: with ``trees``, the roots of
    the only trees that may have changed since (the others are taken over unseen, see :func:`touched_roots`);
    ``candidates``: with ``touched``, the only statements whose children or size may have changed (those of an edit
    and their parents before and after it: only they are compared in a tree kept for edits).
    """
    boxes: dict[str, Box] = {}
    lanes = lanes if lanes is not None else {}
    if columns_aspect is not None:
        boxes = _place_columns_forest(forest, sizes, columns_aspect, sibling_gap, level_gap, tree_gap, lanes, trees, touched)
    else:
        boxes = _place_trees(forest, sizes, left_to_right, sibling_gap, level_gap, tree_gap, trees, touched, candidates)
    carried = _carry_to_pins(forest, boxes, lanes) if forest.pins else []
    if trees is not None and trees.moved is not None:  # pinned subtrees, as now and as before (a pin may be gone)
        trees.moved.extend(carried)
        trees.moved.extend(trees.carried)
    if trees is not None:
        trees.carried = carried
    return boxes


def _place_trees(
    forest: SpanningForest,
    sizes: Mapping[str, tuple[float, float]],
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
    tree_gap: float,
    trees: TreeMemo | None,
    touched: AbstractSet[str] | None,
    candidates: AbstractSet[str] | None = None,
) -> dict[str, Box]:
    """The free trees side by side in root order (boxes before pins); ``trees``, ``candidates`` as in :func:`place_forest`.

    ``touched``: the roots of the only trees that may have changed since ``trees`` (None: any). Then the other
    trees are not compared, and the boxes start as a copy of the last ones (no Python code per box): only the
    trees laid out again, and those moved across by them, are put in it again. The trees are no dicts of their
    own: their boxes are written straight into the one of every box.
    """
    kept = trees.kept if trees is not None else {}
    made: dict[str, PlacedTree] = {}
    emitted: list[str] = []  # the statements whose boxes may have moved
    cursor = 0.0
    children = forest.children
    half_gap = sibling_gap / 2
    unpinned = trees.unpinned if trees is not None else None  # the last boxes
    if touched is not None and unpinned is not None:
        # taken over, changed in place (the last layout is handed over: copying 50,000 boxes took 3 ms at every edit); a
        # tree laid out again reads its boxes before it writes them
        boxes = unpinned
    else:
        touched = candidates = None
        boxes = {}
    # no statement left a tree laid out again (none deleted, none gone to another tree): nothing to drop afterwards
    nothing_left = touched is not None
    for top in forest.roots:
        old = placed = kept.get(top)
        changes = None
        if old is not None and (touched is None or top in touched):
            if candidates is not None and old.editable is not None:  # only the edit's statements are compared
                changes = old.editable.differs(children, sizes, candidates)
                if changes[0] or changes[1]:
                    placed = None
            elif not _same_tree(old, children, sizes):
                placed = None
        if placed is None:
            editable = old.editable if old is not None else None
            if editable is not None and editable.worn():
                editable = None  # made again below, from the tree as it is
            kids: list[list[str]] = []  # each statement's children, by number (in a tree laid out from nothing)
            try:
                if editable is not None:  # laid out before an edit: only the merges on the edit's path are redone
                    tree = TreeLists(*editable.update(children, forest.parent, sizes, left_to_right, sibling_gap, level_gap, changes))
                    nothing_left = nothing_left and not editable.gone_keys
                else:
                    keys, first, last, measured, w, h, y, bottom = _breadth_first(
                        top, children, sizes, left_to_right, sibling_gap, level_gap, kids
                    )
                    nothing_left = nothing_left and old is None
                    if touched is not None or len(keys) >= EDITABLE_AHEAD_FROM:  # an edit's, or big: kept for its edits
                        editable = EditableTree(keys, kids, first, last, w, h, y, bottom, measured)
                        tree = TreeLists(*editable.positions())
                    else:
                        tree = TreeLists(keys, measured, layout_tree(first, last, w, bottom), y, w, h)
            except (KeyError, TypeError, ValueError):
                raise ValueError(_first_size_problem(children, sizes)) from None
            if editable is not None:  # the tree's boxes span low..high across (its span kept by the editable tree)
                low, high = editable.lo + half_gap, editable.hi - half_gap
            else:
                low = min(tree.x) + half_gap
                high = max(map(add, tree.x, tree.w)) - half_gap
            # each statement's children: the editable tree's own lists (the forest's, as it compared them) or those read
            kids = editable.children_lists() if editable is not None else kids
            placed = PlacedTree(tree, kids, low, high, math.nan, editable=editable)
        start = tree_start(placed.low, placed.high - placed.low)
        db = cursor - start
        keys = placed.tree.keys
        if db != placed.db:  # laid out again, or moved across by the trees before it
            in_place = old is not None and old.db == db and unpinned is not None
            # laid out again by its editable tree, in place, onto the last boxes: only the boxes it went through
            redone_only = in_place and touched is not None and placed.editable is not None and placed is not old
            part = placed.editable.walked_lists() if redone_only and placed.editable is not None else None
            extent = changed = None
            olds = list(map(unpinned.get, keys)) if in_place and part is None and placed is not old and unpinned is not None else None
            if part is not None and old is not None and placed.editable is not None:
                assert unpinned is not None
                extent, changed = emit_part(part, boxes, db + half_gap, left_to_right, old.extent, unpinned, placed.editable.gone_keys)
                if extent is None:  # (its edge may have moved in: from every box's numbers, none made again)
                    extent = tree_extent(placed.tree, db + half_gap, left_to_right)
            if placed is old:  # the same tree, moved across only
                extent, across = emit_across(placed, boxes, db + half_gap, left_to_right)
                placed = placed._replace(db=db, extent=extent, across=across)
            else:
                if extent is None:
                    extent = emit_boxes(placed.tree, boxes, db + half_gap, 0.0, left_to_right)
                placed = placed._replace(db=db, extent=extent)
            if changed is not None:  # laid out again in place: only the boxes that differ moved
                emitted.extend(changed)
            elif olds is not None:
                emitted.extend(compress(keys, map(ne, olds, map(boxes.__getitem__, keys))))
            else:
                emitted.extend(keys)
        elif touched is None:  # the same tree in the same place: its last boxes
            assert unpinned is not None
            boxes.update(zip(keys, map(unpinned.__getitem__, keys), strict=True))
        made[top] = placed
        cursor += tree_slot(placed.high - start) + tree_gap
    if nothing_left and touched is not None:
        nothing_left = all(top in made for top in touched if top in kept)  # (a tree whose root went: its statements go)
    if touched is not None and not nothing_left:  # statements of the trees laid out again in none of them now (deleted, hidden)
        assert trees is not None
        _drop_left_over(boxes, touched, {top: p.tree.keys for top, p in kept.items()}, {top: p.tree.keys for top, p in made.items()})
    if trees is not None:
        trees.kept = made
        trees.moved = emitted
        trees.unpinned = boxes
        extents = [placed.extent for placed in made.values()]
        trees.extent = (
            (min(e[0] for e in extents), min(e[1] for e in extents), max(e[2] for e in extents), max(e[3] for e in extents))
            if extents and not forest.pins else None
        )
        if forest.pins:
            boxes = boxes.copy()  # pins move some: the boxes before them are kept for the next edit
    return boxes


def tree_slot(width: float) -> float:
    """The room a main claim's tree of this width takes before ``tree_gap`` and the next tree: its width rounded up
    to a 16th of the power of two above it (at most an 8th of the width more). A tree that grows or shrinks by less
    than what the rounding left does not move the trees after it: the map the user knows keeps its places, and an
    edit on a large map moves one tree, not all those after it. A function of the width alone, so that a layout made
    from nothing puts every tree where the edits put it."""
    if width <= 0.0:
        return 0.0
    quantum = 2.0 ** (math.floor(math.log2(width)) - 3)
    return math.ceil(width / quantum) * quantum


#: Trees this wide or wider are put in their slots by their own numbers on a grid of ``TREE_ANCHOR`` (see tree_start).
ANCHORED_FROM = 32768.0
TREE_ANCHOR = 2048.0


def tree_start(low: float, width: float) -> float:
    """Where, in a tree's own numbers, its slot starts: its left edge ``low``, or for a wide tree that edge rounded
    down to the grid of ``TREE_ANCHOR`` whose lines lie at half-cells (-1,024, 1,024, 3,072 ...). A wide tree's own
    numbers stay put as an edit moves its left edge a little (a box at the edge re-centred over a new reason), so its
    thousands of boxes stay where they were on the canvas."""
    if width < ANCHORED_FROM:
        return low
    # (a tree's numbers start at its leftmost leaf's box, so its edge lies near 0: the grid's lines at half-cells)
    half = TREE_ANCHOR / 2
    return math.floor((low + half) / TREE_ANCHOR) * TREE_ANCHOR - half


def _same_tree(placed: PlacedTree, children: Mapping[str, list[str]], sizes: Mapping[str, tuple[float, float]]) -> bool:
    """Whether every statement of the tree still has the same children and size (whole-list comparisons)."""
    return _same_statements(placed.tree.keys, placed.children, placed.tree.sizes, children, sizes)


def _same_statements(keys: list[str], old_children: list[list[str]], old_sizes: list[tuple[float, float]],
                     children: Mapping[str, list[str]], sizes: Mapping[str, tuple[float, float]]) -> bool:
    """Whether the statements ``keys`` still have the children and sizes they had (whole-list comparisons)."""
    try:
        return list(map(children.__getitem__, keys)) == old_children and list(map(sizes.__getitem__, keys)) == old_sizes
    except KeyError:
        return False


def _drop_left_over(boxes: dict[str, Box], touched: Iterable[str], kept: Mapping[str, list[str]],
                    made: Mapping[str, list[str]]) -> None:
    """Delete from ``boxes`` the statements that the ``touched`` trees held before (``kept``: each tree's statements
    by root) and none of them holds now (``made``): deleted, hidden or gone to another tree laid out again."""
    before = {key for top in touched if top in kept for key in kept[top]}
    if before:
        for top in touched:
            if top in made:
                before.difference_update(made[top])
        for key in before:
            del boxes[key]


def touched_roots(before: SpanningForest, after: SpanningForest, dirty: Iterable[str]) -> set[str]:
    """The roots of the trees an edit of the ``dirty`` statements may have changed: each one's tree before and after
    (a statement's old and new parents are in those; statements not named keep their children and sizes)."""
    dirty = list(dirty)
    return roots_of(before, dirty) | roots_of(after, dirty)


def _carry_to_pins(forest: SpanningForest, boxes: dict[str, Box], lanes: dict[tuple[str, str], tuple[float, float]]) -> list[str]:
    """Move each pinned statement's subtree rigidly so the statement sits at its pin; nothing else moves.

    Outer pins first, so a pin inside a moved subtree still has the last word. The pinned
    statement's own link to its parent loses its lane (the drawing routes it freely).
    """
    pins, children, parent = forest.pins, forest.children, forest.parent
    order: list[str] = []
    queue = list(forest.roots)
    for node in queue:  # breadth first: ancestors before descendants
        if node in pins:
            order.append(node)
        queue.extend(children.get(node, ()))
    carried: list[str] = []  # the statements moved (those of pinned subtrees)
    for top in order:
        px, py = pins[top]
        old = boxes[top]
        dx, dy = px - old.x, py - old.y
        if parent.get(top) is not None:
            lanes.pop((top, parent[top]), None)
        if not (dx or dy):
            continue
        stack = [top]
        while stack:
            node = stack.pop()
            carried.append(node)
            b = boxes[node]
            boxes[node] = Box(b.x + dx, b.y + dy, b.w, b.h)
            for child in children.get(node, ()):
                lane = lanes.get((child, node))
                if lane is not None:
                    lanes[(child, node)] = (lane[0] + dx, lane[1] + dy)
                stack.append(child)
    return carried


def _breadth_first(
    top: str,
    children: Mapping[str, list[str]],
    sizes: Mapping[str, tuple[float, float]],
    left_to_right: bool,
    sibling_gap: float,
    level_gap: float,
    kids: list[list[str]] | None = None,
) -> tuple[list[str], list[int], list[int], list[tuple[float, float]], list[float], list[float], list[float], list[float]]:
    """The tree hanging from ``top`` numbered breadth first, in one pass.

    Returns the ids; each node's first and last child (-1 for none); the sizes given; the
    sizes across (``w``) and down (``h``) with the gaps each node owns; and each node's top
    and bottom, every child right under its own parent. Raises KeyError, TypeError or
    ValueError on a missing or unusable size. ``kids`` gets each node's list of children (the
    forest's own), in the same pass: a second pass that looks every node up again costs as much
    as a third of this one on a large map (a node's lists lie anywhere in memory).
    """
    kids = kids if kids is not None else []
    note_kids = kids.append
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
        note_kids(below)
        if below:
            first.append(len(keys))
            keys.extend(below)
            last.append(len(keys) - 1)
            y.extend(repeat(end, len(below)))
        else:
            first.append(-1)
            last.append(-1)
    return keys, first, last, measured, w, h, y, bottom


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


class _ColumnsPlaced(NamedTuple):
    """One tree in columns, laid out and put in its place across the forest (``trees.kept`` in that arrangement)."""

    laid: ColumnsTree
    tree: TreeLists  # its boxes in the form emit_boxes takes
    children: list[list[str]]  # each statement's children, as it was laid out
    glue: list[str | None] | None  # the linked reason of each of the top's children (kept together in a column)
    low: float
    high: float
    dx: float  # how far it was moved across


def _place_columns_forest(
    forest: SpanningForest,
    sizes: Mapping[str, tuple[float, float]],
    aspect: float,
    sibling_gap: float,
    level_gap: float,
    tree_gap: float,
    lanes: dict[tuple[str, str], tuple[float, float]],
    trees: TreeMemo | None,
    touched: AbstractSet[str] | None,
) -> dict[str, Box]:
    """The columns arrangement of every tree, side by side in root order (pins are applied afterwards).

    ``trees``, ``touched``: as in :func:`_place_trees`: a tree the edit did not change keeps its columns, and
    its boxes and lanes too where it did not move across.
    """
    column_gap = max(sibling_gap, 10.0)  # the next column's lanes never touch the previous column's boxes
    half_gap = sibling_gap / 2
    cursor = 0.0
    children, groups = forest.children, forest.groups
    kept: dict[str, _ColumnsPlaced] = trees.columns if trees is not None else {}
    made: dict[str, _ColumnsPlaced] = {}
    unpinned = trees.unpinned if trees is not None else None
    if touched is not None and unpinned is not None and trees is not None and trees.lanes is not None:
        boxes = unpinned.copy()
        lanes.update(trees.lanes)
        for top in touched:  # the lanes of the trees that may have changed go (their links may have)
            old = kept.get(top)
            if old is not None:
                old_keys = old.laid.keys
                for link in zip(old_keys[1:], map(old_keys.__getitem__, old.laid.parent[1:]), strict=True):
                    del lanes[link]
    else:
        touched, boxes = None, {}
    for top in forest.roots:
        glue = [groups.get((c, top)) for c in children[top]] if groups else None
        old = placed = kept.get(top)
        if old is not None and (touched is None or top in touched):
            same = _same_statements(old.laid.keys, old.children, old.laid.sizes, children, sizes)
            if not (same and glue == old.glue):
                placed = None
        if placed is None:
            try:
                laid = arrange_columns(
                    top, children, sizes, as_columns=True, aspect=aspect, column_gap=column_gap, level_gap=level_gap, groups=groups,
                )
            except (KeyError, TypeError, ValueError):
                raise ValueError(_first_size_problem(children, sizes)) from None
            w = [size[0] + sibling_gap for size in laid.sizes]
            h = [size[1] + level_gap for size in laid.sizes]
            tree = TreeLists(laid.keys, laid.sizes, [x - half_gap for x in laid.x], laid.y, w, h)
            low = min(min(laid.x), min(laid.lane_x[1:], default=math.inf))
            high = max(map(add, laid.x, tree.w)) - sibling_gap
            placed = _ColumnsPlaced(laid, tree, list(map(children.__getitem__, laid.keys)), glue, low, high, math.nan)
        dx = cursor - placed.low
        laid, keys = placed.laid, placed.laid.keys
        if dx != placed.dx:  # laid out again, or moved across by the trees before it
            placed = placed._replace(dx=dx)
            emit_boxes(placed.tree, boxes, dx + half_gap, 0.0, False)
            links = zip(keys[1:], map(keys.__getitem__, laid.parent[1:]), strict=True)
            ends = zip(map(add, laid.lane_x[1:], repeat(dx)), laid.lane_top[1:], strict=True)
            lanes.update(zip(links, ends, strict=True))
        elif touched is None or top in touched:  # the same columns in the same place: their last boxes and lanes
            assert unpinned is not None and trees is not None and trees.lanes is not None
            if touched is None:
                boxes.update(zip(keys, map(unpinned.__getitem__, keys), strict=True))
            kept_links = list(zip(keys[1:], map(keys.__getitem__, laid.parent[1:]), strict=True))
            lanes.update(zip(kept_links, map(trees.lanes.__getitem__, kept_links), strict=True))
        made[top] = placed
        cursor = placed.high + dx + tree_gap
    if touched is not None:  # statements of the trees laid out again that are in none of them now
        _drop_left_over(boxes, touched, {top: p.laid.keys for top, p in kept.items()}, {top: p.laid.keys for top, p in made.items()})
    if trees is not None:
        trees.columns = made
        trees.moved = None  # (the picture of columns is drawn whole)
        trees.unpinned = boxes
        trees.lanes = dict(lanes)
        if forest.pins:
            boxes = boxes.copy()  # pins move some: the boxes before them are kept for the next edit
    return boxes
