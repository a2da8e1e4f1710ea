"""Moving a tree across (place._emit_across): the boxes and extent a pass over every box would give."""

from __future__ import annotations

import math
import random

import pytest

from argmap.layout import place
from argmap.layout.place import _emit_across, _PlacedTree, _Tree


def _placed(x: list[float], sizes: list[tuple[float, float]], left_to_right: bool) -> _PlacedTree:
    keys = [f"s{i}" for i in range(len(x))]
    y = [float(3 * i) for i in range(len(x))]
    across = [s[1] if left_to_right else s[0] for s in sizes]
    tree = _Tree(keys, sizes, x, y, across, [10.0] * len(x))
    return _PlacedTree(tree, [[] for _ in keys], min(x), max(map(sum, zip(x, across, strict=True))), math.nan, (0.0, 0.0, 0.0, 0.0))


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
    for moved_by in (0.0, db, -db, 2.0 * place.FAR):  # (beyond FAR: a pass over every box)
        boxes: dict = {}
        extent, _ = _emit_across(placed, boxes, moved_by, left_to_right)
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
        extent, kept = _emit_across(placed, boxes, rng.uniform(-1e6, 1e6), False)
        assert extent[0] == _extent(boxes.values())[0] and extent[2] == _extent(boxes.values())[2]
        placed = placed._replace(across=kept)
