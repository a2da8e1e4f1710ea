"""Moving a tree across (place.emit_across): the boxes and extent a pass over every box would give."""

from __future__ import annotations

import math
import random

import pytest

from argmap.layout import place, tree_boxes
from argmap.layout.box import Box
from argmap.layout.tree_boxes import PlacedTree, TreeLists, emit_across, emit_part


def _placed(x: list[float], sizes: list[tuple[float, float]], left_to_right: bool) -> PlacedTree:
    keys = [f"s{i}" for i in range(len(x))]
    y = [float(3 * i) for i in range(len(x))]
    across = [s[1] if left_to_right else s[0] for s in sizes]
    tree = TreeLists(keys, sizes, x, y, across, [10.0] * len(x))
    return PlacedTree(tree, [[] for _ in keys], min(x), max(map(sum, zip(x, across, strict=True))), math.nan, (0.0, 0.0, 0.0, 0.0))


def _extent(boxes) -> tuple[float, float, float, float]:
    return (min(b.x for b in boxes), min(b.y for b in boxes), max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes))


@pytest.mark.parametrize("left_to_right", [False, True])
def test_the_box_that_ends_furthest_once_moved_is_found_though_another_ended_further_before(left_to_right) -> None:
    """Box a ends further across than box b in the tree (883.7520759266102 against ...101), but moved by ``db`` the
    roundings turn it round (96013.66919973948 against ...950): the extent is b's end, as a pass over every box has it."""
    xa, wa, xb, wb, db = 757.1986884483839, 126.55338747822633, 711.856039182567, 171.89603674404322, 95129.91712381288
    assert xa + wa > xb + wb and (xa + db) + wa < (xb + db) + wb
    sizes = [(wa, 20.0), (wb, 20.0)] if not left_to_right else [(20.0, wa), (20.0, wb)]
    placed = _placed([xa, xb], sizes, left_to_right)
    for moved_by in (0.0, db, -db, 2.0 * tree_boxes.FAR):  # (beyond FAR: a pass over every box)
        boxes: dict = {}
        extent, _ = emit_across(placed, boxes, moved_by, left_to_right)
        want = _extent(boxes.values())
        assert (extent[2] if not left_to_right else extent[3]) == (want[2] if not left_to_right else want[3])
        assert (extent[0] if not left_to_right else extent[1]) == (want[0] if not left_to_right else want[1])


def test_a_tree_moved_across_again_and_again_has_the_extent_of_its_boxes() -> None:
    rng = random.Random(3)
    x = [rng.uniform(-2000.0, 2000.0) for _ in range(300)]
    sizes = [(rng.uniform(40.0, 300.0), rng.uniform(20.0, 90.0)) for _ in x]
    placed = _placed(x, sizes, False)
    for _ in range(200):
        boxes: dict = {}
        extent, kept = emit_across(placed, boxes, rng.uniform(-1e6, 1e6), False)
        assert extent[0] == _extent(boxes.values())[0] and extent[2] == _extent(boxes.values())[2]
        placed = placed._replace(across=kept)


def _extent_of(boxes) -> tuple[float, float, float, float]:
    return (min(b.x for b in boxes), min(b.y for b in boxes), max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes))


#: three boxes of a tree laid out again in place: a at the left and top edges, b at the right one, c at the bottom one
_BEFORE = {"a": Box(0.0, 0.0, 10.0, 10.0), "b": Box(50.0, 5.0, 10.0, 10.0), "c": Box(20.0, 30.0, 10.0, 10.0)}


@pytest.mark.parametrize(("moved", "gone", "shrinks"), [
    ({"a": (5.0, 0.0)}, [], True),  # the left edge's box moved in
    ({"a": (0.0, 3.0)}, [], True),  # the top edge's
    ({"b": (40.0, 5.0)}, [], True),  # the right edge's
    ({"c": (20.0, 20.0)}, [], True),  # the bottom edge's
    ({}, ["c"], True),  # the bottom edge's box went
    ({"a": (0.0, 0.0), "b": (51.0, 5.0)}, [], False),  # the right edge's moved out: the part reaches it
    ({"c": (25.0, 31.0)}, [], False),  # the bottom edge's moved out
    ({"a": (2.0, 0.0), "d": (-1.0, 8.0)}, [], False),  # the left edge's moved in, a new box further out
])
def test_a_part_laid_out_again_tells_when_the_trees_extent_may_have_shrunk(moved, gone, shrinks) -> None:
    """:func:`emit_part`: the extent from the last one and the part's boxes when that is the extent of every box, else
    None (the caller works it out from every box); and the part's statements whose boxes changed."""
    keys = list(moved)
    sizes = [(10.0, 10.0)] * len(keys)
    part = (keys, sizes, [moved[k][0] for k in keys], [moved[k][1] for k in keys])
    boxes = {k: b for k, b in _BEFORE.items() if k not in gone}
    extent, changed = emit_part(part, boxes, 0.0, False, _extent_of(_BEFORE.values()), _BEFORE, gone)
    assert changed == [k for k in keys if _BEFORE.get(k) != boxes[k]]
    assert (extent is None) == shrinks
    if extent is not None:
        assert extent == _extent_of(boxes.values())


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_trees_get_what_they_keep_for_moving_across_while_idle(direction, monkeypatch, tight_trees) -> None:
    """The idle steps (:func:`place.ready_across`) leave every big tree with what a move across reads (with its last one), so the first
    widening edit does not make it for most of the map; the trees moved with it are where a layout from nothing puts them."""
    from argmap.layout import LayoutOptions, compute_layout
    from argmap.model import ArgumentMap, Kind

    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 4)
    rng = random.Random(2)
    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(4)]
    for k in range(60):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(amap.ids()))

    def sizes() -> dict[str, tuple[float, float]]:
        return {s.id: (90.7 + 3.3 * len(s.text), 30.1 + 1.7 * len(s.text)) for s in amap.statements()}

    options = LayoutOptions(direction=direction)
    layout = compute_layout(amap, sizes(), options)
    assert layout.trees is not None
    while place.ready_across(layout.trees):
        pass
    kept = layout.trees.kept
    assert all(p.across is not None for p in kept.values() if len(p.tree.keys) >= 4)
    moved: list = []
    emit_across = place.emit_across
    monkeypatch.setattr(place, "emit_across", lambda placed, *rest: moved.append(placed.across) or emit_across(placed, *rest))
    first = amap.children(claims[0])[0]
    amap.update(first, text=amap.statement(first).text + " and a much longer text" * 10)
    layout = compute_layout(amap, sizes(), options, previous=layout, dirty={first})
    assert moved and all(across is not None for across in moved)
    assert layout == compute_layout(amap, sizes(), options)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_layout_from_nothing_puts_boxes_along_at_the_trees_own_places_down_as_adding_zero_would(direction) -> None:
    """emit_boxes takes a tree's places down as they are when it moves the tree across only (``y + 0.0`` is ``y``: no
    new float a box). That holds while no place down is -0.0 (``-0.0 + 0.0`` is 0.0): heights of -0.0 and no level gap
    included, every box's place along is the very value adding 0.0 gives, sign of zero too."""
    from argmap.layout.api import LayoutOptions, compute_layout
    from argmap.model import ArgumentMap

    rng = random.Random(7)
    for _ in range(30):
        amap = ArgumentMap("t")
        ids = [amap.add("claim", "c").id]
        for _ in range(rng.randint(0, 40)):
            parent = rng.choice(ids) if rng.random() < 0.9 else None
            ids.append(amap.add("support", "s", parent=parent).id if parent else amap.add("claim", "c").id)
        sizes = {i: (rng.choice([0.0, -0.0, 10.0, rng.uniform(1.0, 300.0)]), rng.choice([0.0, -0.0, rng.uniform(1.0, 90.0)]))
                 for i in ids}
        options = LayoutOptions(direction=direction, level_gap=rng.choice([0.0, 60.0]), sibling_gap=rng.choice([0.0, 30.0]))
        layout = compute_layout(amap, sizes, options)
        trees = layout.trees
        assert trees is not None
        for placed in trees.kept.values():
            for key, down in zip(placed.tree.keys, placed.tree.y, strict=True):
                box = layout.boxes[key]
                along = box.y if direction == "TB" else box.x
                assert along is down  # the tree's own float
                assert math.copysign(1.0, along) == math.copysign(1.0, down + 0.0) and along == down + 0.0
