"""Boxes an edit moved all by one step, and the arrows among them: moved along, not made again.

When a tree gets wider, every tree to its right moves across by the same amount, and inside a tidy tree
an added or removed box shifts the subtrees beside it. An arrow whose two boxes both moved by the same
(dx, dy), whose fan slot stayed (every arrow into its parent moved with it) and which is a tree link
keeps its shape moved by (dx, dy). Its verdict (:func:`~argmap.drawing.honest.misleads`: does it pass
under a box it does not connect?) looked at the boxes in the areas of its footprint; it is the same
while every box in those areas, before and after, is one that moved with it (checked here, cell by cell
of the footprints' grid and box by box where other boxes are near). Tree links only: a cross-link's
verdict looks at other arrows' signs too. The result is the same as making them again, up to the last
bits of the numbers (the layout's steps are exact binary fractions in practice; tested:
``tests/drawing/test_reuse.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF

from argmap.drawing.geometry import LightPath, LightPolygon, TidyHead, TidyPath
from argmap.drawing.obstacles import BoxIndex

if TYPE_CHECKING:
    from argmap.drawing.arrow_net import ArrowNet
    from argmap.drawing.honest import Area
    from argmap.drawing.obstacles import Box
    from argmap.drawing.reuse import ArrowMemo, Footprints

Key = tuple[str, str]
Step = tuple[float, float]

#: Beyond this many boxes that did not move along for each cell the moved arrows' footprints lie in, those cells are
#: asked of the box index's buckets (an edit that moved a subtree); within it, the cells those boxes reach are worked out
#: from them (one that moved most of the map: thousands of cells).
BOXES_PER_CELL = 8

#: Fewer boxes moved by one step than this: making their arrows again costs about as much as checking.
FEW = 8


def common_step(moved: list[str], old: Mapping[str, Box], shown: Mapping[str, Box], dirty: Collection[str]) -> tuple[Step, set[str]]:
    """The step most of the ``moved`` boxes moved by (same size, not changed by the edit) and those boxes;
    ((0, 0), empty) when too few share one."""
    by_step: dict[Step, list[str]] = {}
    for i in moved:
        before = old.get(i)
        if before is None or i in dirty:
            continue
        now = shown[i]
        if before[2] == now[2] and before[3] == now[3]:
            step = (now[0] - before[0], now[1] - before[1])
            same = by_step.get(step)
            if same is None:
                by_step[step] = [i]
            else:
                same.append(i)
    if not by_step:
        return (0.0, 0.0), set()
    step, ids = max(by_step.items(), key=lambda item: len(item[1]))
    return (step, set(ids)) if len(ids) >= FEW else ((0.0, 0.0), set())


class Rigid(NamedTuple):
    """What :func:`rigid_parents` found, in one pass over the links at the group's statements."""

    parents: set[str]  # the statements every tree arrow into which moves along
    arrows: list[Key]  # the tree arrows into them
    cross: list[Key]  # the cross-links at them (either end): made again alone (a key may come twice)
    above: set[str]  # the tree parents of them (their fan slots may have changed)


def rigid_parents(
    group: set[str], net: ArrowNet, tree_parent: Mapping[str, str], remembered: Mapping[Key, ArrowMemo], old: Mapping[str, Box]
) -> Rigid:
    """The statements of ``group`` every tree arrow into which moves along: each comes from the group, was a tree link
    the last picture drew (with a verdict) from the boxes as they were, and no linked reason ends there. The cross-links
    at them take no slot of their edge: the caller makes those again.

    Read from the last picture's links (``net``): the group holds no statement the edit changed, so the links
    at them are as they were (and a map with undercuts or shared premises has no ``net``). ``tree_parent``: each
    child's tree parent in the layout now."""
    groups, touching = net.groups, net.touching
    rigid: set[str] = set()
    arrows: list[Key] = []
    cross: list[Key] = []
    above: set[str] = set()
    for t in group:
        if t in groups:
            continue
        here = old[t]
        into: list[Key] = []
        across: list[Key] = []
        up = None
        for key in touching.get(t, ()):
            s, p = key
            if tree_parent.get(s) != p:  # a cross-link
                if p == t:
                    m = remembered.get(key)
                    if m is None or not m.inputs or not m.inputs[4]:  # drawn as a tree arrow last time (its child
                        break  # went to another parent's tree): t's fan has one slot less
                across.append(key)
                continue
            if p != t:  # the tree link up from t
                up = p
                continue
            if s not in group:
                break
            m = remembered.get(key)
            if m is None or not m.drawn or m.misleading is None:
                break
            inputs = m.inputs  # (read once: a framed memo's inputs are read through its frame)
            if inputs[1] != here or inputs[0] != old[s] or inputs[4]:
                break
            into.append(key)
        else:
            rigid.add(t)
            arrows += into
            if across:
                cross += across
            if up is not None:
                above.add(up)
    return Rigid(rigid, arrows, cross, above)


def moved_shape(shape: tuple, dx: float, dy: float, offset: QPointF) -> tuple:
    """An arrow's shape (path, head, symbol centre, bounds) moved by (dx, dy) (``offset``: the same as a point)."""
    path, head, symbol, bounds = shape
    if type(path) is TidyPath:
        path = path.moved(dx, dy)
    elif type(path) is LightPath:
        segments = path.segments
        if len(segments) == 3:  # a tidy tree arrow: a stem, then an S-curve
            (a, b), (c, d), (e, f, g, h, i, j) = segments
            path = LightPath(None, ((a + dx, b + dy), (c + dx, d + dy), (e + dx, f + dy, g + dx, h + dy, i + dx, j + dy)))
        else:
            path = LightPath(None, tuple(
                (s[0] + dx, s[1] + dy) if len(s) == 2 else (s[0] + dx, s[1] + dy, s[2] + dx, s[3] + dy, s[4] + dx, s[5] + dy)
                for s in segments
            ))
    else:
        path = path.translated(offset)
    if type(head) is TidyHead:
        head = head.moved(dx, dy)
    elif type(head) is LightPolygon:
        points = head.points
        if len(points) == 3:
            (a, b), (c, d), (e, f) = points
            head = LightPolygon(None, ((a + dx, b + dy), (c + dx, d + dy), (e + dx, f + dy)))
        else:
            head = LightPolygon(None, tuple((x + dx, y + dy) for x, y in points))
    else:
        head = head.translated(offset)
    return path, head, symbol + offset, bounds.translated(offset)


def group_areas(boxes: list[Box], step: Step, cell: float) -> list[Area]:
    """Where the ``boxes`` were and are after moving by ``step``: one area around those in each ``cell``-sized
    square (thousands of boxes make hundreds of areas for the others' footprints to be compared with)."""
    dx, dy = step
    around: dict[tuple[int, int], list[float]] = {}
    for x, y, w, h in boxes:
        place = (int(x // cell), int(y // cell))
        a = around.get(place)
        if a is None:
            around[place] = [x, y, x + w, y + h]
        else:
            if x < a[0]:
                a[0] = x
            if y < a[1]:
                a[1] = y
            if x + w > a[2]:
                a[2] = x + w
            if y + h > a[3]:
                a[3] = y + h
    areas: list[Area] = []
    for x0, y0, x1, y1 in around.values():
        areas.append((x0, y0, x1, y1))
        areas.append((x0 + dx, y0 + dy, x1 + dx, y1 + dy))
    return areas


def verdicts_to_redo(
    keys: set[Key], step: Step, group: set[str], moved: set[str], others_before: list[Box], index: BoxIndex, footprints: Footprints,
) -> set[Key]:
    """Of the ``keys`` (arrows moved along by ``step`` with the ``group``'s boxes), those whose verdict must be
    worked out again: a box that did not move with them reaches into their footprint, before (``others_before``:
    where the boxes that moved otherwise or went were; the index's boxes not ``moved`` stood where they stand)
    or after (``index``: the boxes as they are now).

    Looked at cell by cell of the footprints' grid: most cells hold only boxes that moved along, and only in the others
    each arrow's areas are looked up. Which cells those are is asked of the box index's buckets when the cells are few;
    when they are many (thousands for an edit that moved most of the map), it is worked out from the boxes that did not
    move along, each once."""
    dx, dy = step
    big = footprints.CELL
    within, near, areas_of = index.within, index.near, footprints.areas
    nothing: frozenset = frozenset()
    others_cells: dict[tuple[int, int], list[Box]] = {}
    for box in others_before:
        x, y, w, h = box
        for cx in range(int(x // big), int((x + w) // big) + 1):
            for cy in range(int(y // big), int((y + h) // big) + 1):
                others_cells.setdefault((cx, cy), []).append(box)

    held = footprints.holding(keys)
    if len(index.boxes) - len(group) < BOXES_PER_CELL * len(held):  # (a framed index too: its boxes read where they are)
        # many cells (thousands of arrows moved along): the cells a box that did not move along reaches, before and
        # after, found from those boxes, each once
        stayed, away = _cells_reached(index.boxes, moved, group, big, dx, dy)

        def only_before(cx: int, cy: int) -> bool:
            return (cx, cy) not in stayed

        def only_after(cx: int, cy: int) -> bool:
            return (cx, cy) not in away
    elif isinstance(index, BoxIndex):  # few cells: the index's buckets each meets, each bucket asked once
        cell, buckets = index.cell, index.buckets
        pure: dict[tuple[int, tuple[int, int]], bool] = {}

        def only(among: set[str], x0: float, y0: float, x1: float, y1: float) -> bool:
            superset, which = among.issuperset, id(among)
            for bx in range(int(x0 // cell), int(x1 // cell) + 1):
                for by in range(int(y0 // cell), int(y1 // cell) + 1):
                    answer = pure.get((which, (bx, by)))
                    if answer is None:
                        bucket = buckets.get((bx, by))
                        answer = pure[(which, (bx, by))] = bucket is None or superset(bucket)
                    if not answer:
                        return False
            return True

        def only_before(cx: int, cy: int) -> bool:
            return only(moved, cx * big, cy * big, (cx + 1) * big, (cy + 1) * big)

        def only_after(cx: int, cy: int) -> bool:
            return only(group, cx * big + dx, cy * big + dy, (cx + 1) * big + dx, (cy + 1) * big + dy)
    else:  # a framed index (drawing/frames.py): asked cell by cell
        def only_before(cx: int, cy: int) -> bool:
            return moved.issuperset(within(cx * big, cy * big, (cx + 1) * big, (cy + 1) * big))

        def only_after(cx: int, cy: int) -> bool:
            return group.issuperset(within(cx * big + dx, cy * big + dy, (cx + 1) * big + dx, (cy + 1) * big + dy))

    redo: set = set()
    for (cx, cy), here in held.items():
        # before: the boxes that stayed (where they are now) and where the others were (a box reaching into an area of
        # a footprint reaches into the square of a cell that area meets)
        others = others_cells.get((cx, cy))
        if others or not only_before(cx, cy):
            for key in here - redo:
                for area in areas_of(key) or ():
                    if any(k not in moved for k in near(*area, nothing)) or (others and any(_inside(box, area) for box in others)):
                        redo.add(key)
                        break
        # after: every box that did not move along, where the areas of this cell are now
        if not only_after(cx, cy):
            for key in here - redo:
                for a0, b0, a1, b1 in areas_of(key) or ():
                    if any(k not in group for k in near(a0 + dx, b0 + dy, a1 + dx, b1 + dy, nothing)):
                        redo.add(key)
                        break
    return redo | {key for key in keys if areas_of(key) is None}


def _cells_reached(
    boxes: Mapping[str, Box], moved: set[str], group: set[str], big: float, dx: float, dy: float
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The cells (squares of side ``big``) a box not ``moved`` may reach into, and those whose square moved by (dx, dy)
    a box not in the ``group`` (a part of ``moved``) may reach into (a few more: edges touching count). One look at
    each box: most are in the group when thousands moved along."""
    stayed: set[tuple[int, int]] = set()
    away: set[tuple[int, int]] = set()
    for key in boxes.keys() - group:  # (the set difference walks the boxes without Python code per box)
        x, y, w, h = boxes[key]
        if key not in moved:
            bx0, bx1, by0, by1 = int(x // big), int((x + w) // big), int(y // big), int((y + h) // big)
            if bx0 == bx1 and by0 == by1:
                stayed.add((bx0, by0))
            else:
                stayed.update((bx, by) for bx in range(bx0, bx1 + 1) for by in range(by0, by1 + 1))
        x, y = x - dx, y - dy
        bx0, bx1, by0, by1 = int(x // big), int((x + w) // big), int(y // big), int((y + h) // big)
        if bx0 == bx1 and by0 == by1:
            away.add((bx0, by0))
        else:
            away.update((bx, by) for bx in range(bx0, bx1 + 1) for by in range(by0, by1 + 1))
    return stayed, away


def _inside(box: Box, area: Area) -> bool:
    """The box reaches into the area (as :meth:`~argmap.drawing.obstacles.BoxIndex.near` finds it)."""
    x, y, w, h = box
    x0, y0, x1, y1 = area
    return x < x1 and x0 < x + w and y < y1 and y0 < y + h
