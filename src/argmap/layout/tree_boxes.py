"""A laid-out tree's boxes written into the layout: the whole tree, a tree moved across only, or the part of it laid
out again in place (and the extent around them, worked out from as little as each case needs)."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import compress, repeat
from operator import add, ge, itemgetter, ne
from typing import NamedTuple

from argmap.layout.box import Box
from argmap.layout.tidy_edit import EditableTree


class TreeLists(NamedTuple):
    """One laid-out tree in tree coordinates, its nodes numbered breadth first (lists by node)."""

    keys: list[str]  # statement ids
    sizes: list[tuple[float, float]]  # as given, so boxes keep them exactly
    x: list[float]  # across, gaps included
    y: list[float]  # down
    w: list[float]  # across, with the gap each node owns
    h: list[float]  # down, with the gap each node owns


class PlacedTree(NamedTuple):
    """One tree laid out and put in its place across the forest."""

    tree: TreeLists
    children: list[list[str]]  # each statement's children, as the tree was laid out
    low: float  # its boxes span low..high across, before it is moved into place
    high: float
    db: float  # how far it was moved across
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # (x0, y0, x1, y1) around them
    #: its first walk kept for the next edit (big trees, and trees an edit laid out again; :mod:`~argmap.layout.tidy_edit`)
    editable: EditableTree | None = None
    #: what moving it across again reads (:func:`across_kept`)
    across: tuple[list[float], list[float], float, list[int]] | None = None


def emit_boxes(
    tree: TreeLists, boxes: dict[str, Box], db: float, dd: float, left_to_right: bool,
    part: tuple[list[str], list[tuple[float, float]], list[float], list[float]] | None = None,
) -> tuple[float, float, float, float]:
    """Boxes (exactly the sizes given) at the tree's places moved by (db, dd), tree to screen coordinates;
    returns (x0, y0, x1, y1) around them. ``part``: only these (keys, sizes, x, y) of the tree get boxes
    (the others are in ``boxes`` already, at the same places); the extent is still the whole tree's.

    Built with map and zip, so no Python code runs per box (a loop here cost a tenth of the layout).
    """
    across = list(map(add, tree.x, repeat(db)))
    # (``y + 0.0`` is ``y``, a tree's places down being sums of sizes from 0.0, never -0.0: as emit_across, the very floats,
    # no new one a box: the layout from nothing moves every tree across only)
    along = tree.y if dd == 0.0 else list(map(add, tree.y, repeat(dd)))
    xs, ys = (along, across) if left_to_right else (across, along)
    ws, hs = list(map(itemgetter(0), tree.sizes)), list(map(itemgetter(1), tree.sizes))
    if part is None:
        keys, corners_and_sizes = tree.keys, zip(xs, ys, ws, hs, strict=True)
    else:
        keys, sizes, x, y = part
        part_across, part_along = map(add, x, repeat(db)), (iter(y) if dd == 0.0 else map(add, y, repeat(dd)))
        px, py = (part_along, part_across) if left_to_right else (part_across, part_along)
        corners_and_sizes = zip(px, py, map(itemgetter(0), sizes), map(itemgetter(1), sizes), strict=True)
    boxes.update(zip(keys, map(tuple.__new__, repeat(Box), corners_and_sizes), strict=True))
    return (min(xs), min(ys), max(map(add, xs, ws)), max(map(add, ys, hs)))


#: How far across (either way) the trees' moves keep the high end's candidates (:func:`across_kept`) good.
FAR = 2.0**26


def emit_across(
    placed: PlacedTree, boxes: dict[str, Box], db: float, left_to_right: bool,
) -> tuple[tuple[float, float, float, float], tuple[list[float], list[float], float, list[int]]]:
    """:func:`emit_boxes` of a tree as it was, moved across only (a tree before it grew or shrank): its extent and what the
    next such move reads (:attr:`PlacedTree.across`). Each such tree is a few thousand boxes at every widening edit
    (at 50,000 statements: most of the map), so what does not change is not read again: the places along are the
    tree's own numbers (``y + 0.0`` is ``y``: no new floats), the extent along is the last one, the widths and heights
    are kept lists (not read out of the sizes' tuples again), and the extent across is worked out from the few boxes
    that can be at its ends (:func:`across_kept`)."""
    tree = placed.tree
    kept = placed.across
    if kept is None:
        kept = across_kept(tree, left_to_right)
    ws, hs, low, ends = kept
    across = list(map(add, tree.x, repeat(db)))
    along = tree.y
    x = tree.x
    spans = hs if left_to_right else ws
    # (the very sums a pass over every box adds up, of the few boxes that can end furthest)
    high = max([(x[i] + db) + spans[i] for i in ends]) if -FAR <= db <= FAR else max(map(add, across, spans))
    x0, y0, x1, y1 = placed.extent
    if left_to_right:
        boxes.update(zip(tree.keys, map(tuple.__new__, repeat(Box), zip(along, across, ws, hs, strict=True)), strict=True))
        return (x0, low + db, x1, high), kept
    boxes.update(zip(tree.keys, map(tuple.__new__, repeat(Box), zip(across, along, ws, hs, strict=True)), strict=True))
    return (low + db, y0, high, y1), kept


def across_kept(tree: TreeLists, left_to_right: bool) -> tuple[list[float], list[float], float, list[int]]:
    """What :func:`emit_across` keeps of a tree: its boxes' widths and heights; the least ``x`` (rounding keeps order,
    so the least ``x + db`` is the least ``x`` plus ``db``, the same float); and the boxes that can reach furthest
    across once moved by any ``db`` within :data:`FAR`: each ``(x + db) + size`` is ``x + size + db`` within three
    roundings of the largest number in it (``m``), so a box whose ``x + size`` is more than ``m * 2**-50`` short of the
    largest one's never ends furthest (a few boxes: those ending level with the tree's last)."""
    ws, hs = list(map(itemgetter(0), tree.sizes)), list(map(itemgetter(1), tree.sizes))
    spans = hs if left_to_right else ws
    ends = list(map(add, tree.x, spans))
    most = max(ends)
    slack = (max(map(abs, tree.x)) + max(spans) + FAR) * 2.0**-50
    return ws, hs, min(tree.x), list(compress(range(len(ends)), map(ge, ends, repeat(most - slack))))  # (in C: every tree's first move)


def emit_part(
    part: tuple[list[str], list[tuple[float, float]], list[float], list[float]], boxes: dict[str, Box], db: float,
    left_to_right: bool, extent: tuple[float, float, float, float], before: Mapping[str, Box], gone: list[str],
) -> tuple[tuple[float, float, float, float] | None, list[str]]:
    """:func:`emit_boxes` of the ``part`` of a tree laid out again in place (moved across by ``db`` as last time, when its
    boxes spanned ``extent``): the part's boxes set, the tree's extent from ``extent`` and them (not from every box),
    and the part's statements whose boxes differ from those ``before``. The extent is None when it may have shrunk:
    a box that lay at one of its edges ``before`` changed (or a statement ``gone`` from the tree lay there) and no box
    of the part reaches that edge now (the caller works it out from the whole tree). Compared in C, a list at a time."""
    keys, sizes, x, y = part
    across = list(map(add, x, repeat(db)))
    xs, ys = (y, across) if left_to_right else (across, y)  # (``y + 0.0`` is ``y``)
    ws, hs = list(map(itemgetter(0), sizes)), list(map(itemgetter(1), sizes))
    made = list(map(tuple.__new__, repeat(Box), zip(xs, ys, ws, hs, strict=True)))
    olds = list(map(before.get, keys))  # (first: ``before`` may be ``boxes`` itself, taken over)
    was_gone = [b for b in map(before.get, gone) if b is not None]
    boxes.update(zip(keys, made, strict=True))
    differ = list(map(ne, olds, made))
    changed = list(compress(keys, differ))
    was = [b for b in compress(olds, differ) if b is not None] + was_gone
    if not keys:
        return (None if was else extent), changed
    x0, y0, x1, y1 = extent
    low_x, low_y, high_x, high_y = min(xs), min(ys), max(map(add, xs, ws)), max(map(add, ys, hs))
    if was:
        was_x, was_y = list(map(itemgetter(0), was)), list(map(itemgetter(1), was))
        if ((low_x > x0 and x0 in was_x) or (low_y > y0 and y0 in was_y)
                or (high_x < x1 and x1 in map(add, was_x, map(itemgetter(2), was)))
                or (high_y < y1 and y1 in map(add, was_y, map(itemgetter(3), was)))):
            return None, changed
    return (min(x0, low_x), min(y0, low_y), max(x1, high_x), max(y1, high_y)), changed


def tree_extent(tree: TreeLists, db: float, left_to_right: bool) -> tuple[float, float, float, float]:
    """The extent :func:`emit_boxes` gives the tree's boxes (moved across by ``db``), worked out from its lists alone."""
    ws, hs = list(map(itemgetter(0), tree.sizes)), list(map(itemgetter(1), tree.sizes))
    across, along = list(map(add, tree.x, repeat(db))), tree.y
    if left_to_right:
        return (min(along), min(across), max(map(add, along, ws)), max(map(add, across, hs)))
    return (min(across), min(along), max(map(add, across, ws)), max(map(add, along, hs)))
