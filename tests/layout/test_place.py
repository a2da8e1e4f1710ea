"""Main claims' trees side by side, each in a slot a little wider than itself (layout/place.py)."""

from __future__ import annotations

import math
import random

import pytest

from argmap.layout import LayoutOptions, compute_layout, place
from argmap.layout.place import tree_slot
from argmap.model import ArgumentMap, Kind


def test_a_slot_is_the_width_and_at_most_an_eighth_more_never_less_for_a_wider_tree():
    widths = [0.5, 1.0, 7.3, 100.0, 127.9, 128.0, 128.1, 1000.0, 4095.0, 4096.0, 66_692.9, 1e6]
    slots = [tree_slot(w) for w in widths]
    for width, slot in zip(widths, slots, strict=True):
        assert width <= slot <= width * 1.125
    assert slots == sorted(slots)  # a wider tree never gets less room
    assert tree_slot(0.0) == 0.0
    assert {tree_slot(1000.0 + k) for k in range(25)} == {1024.0}  # 512..1,024 in 64ths: 1,000-1,024 share one slot


def _forest(sizes_seed: int) -> tuple[ArgumentMap, dict[str, tuple[float, float]]]:
    rng = random.Random(sizes_seed)
    amap = ArgumentMap()
    for k in range(4):
        amap.add(Kind.CLAIM, f"claim {k}", id=f"c{k}")
        for n in range(200):
            amap.add(Kind.SUPPORT, f"reason {k}-{n}", id=f"r{k}-{n}", parent=rng.choice([f"c{k}", *[f"r{k}-{m}" for m in range(n)]]))
    return amap, {i: (100.0 + 7.0 * (len(i) % 5), 40.0) for i in amap.ids()}


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_tree_that_grows_within_its_slot_leaves_the_trees_after_it_where_they_were(direction):
    """Adding reasons to the second tree (200 statements) here and there: while it fits its slot the trees after it
    stay though it grew; an edit that makes it outgrow the slot moves them all, by the same amount; every layout is
    the one made from nothing."""
    amap, sizes = _forest(3)
    rng = random.Random(5)
    options = LayoutOptions(direction=direction)
    across = 0 if direction == "TB" else 1
    layout = compute_layout(amap, sizes, options)

    def edges(boxes) -> list[float]:
        return [min((boxes[i].x, boxes[i].y)[across] for i in amap.ids() if i == f"c{k}" or i.startswith(f"r{k}-"))
                for k in range(4)]

    def width(boxes) -> float:
        spans = [((b.x, b.y)[across], (b.x + b.w, b.y + b.h)[across]) for i, b in boxes.items() if i[:3] in ("c1", "r1-", "new")]
        return max(s[1] for s in spans) - min(s[0] for s in spans)

    before, wide = edges(layout.boxes), width(layout.boxes)
    grew_in_place = moved = 0
    for n in range(40):
        parent = rng.choice([i for i in amap.ids() if i[:3] in ("c1", "r1-", "new")])
        amap.add(Kind.OBJECTION, f"new {n}", id=f"new{n}", parent=parent)
        sizes[f"new{n}"] = (120.0, 40.0)
        layout = compute_layout(amap, sizes, options, previous=layout, dirty={f"new{n}", parent})
        assert layout.boxes == compute_layout(amap, sizes, options).boxes
        after = edges(layout.boxes)
        assert after[:2] == before[:2]
        shifts = {round(a - b, 6) for a, b in zip(after[2:], before[2:], strict=True)}
        assert len(shifts) == 1  # the trees after it move together or not at all
        if shifts != {0.0}:
            moved += 1
        elif width(layout.boxes) > wide:
            grew_in_place += 1
        before, wide = after, width(layout.boxes)
    assert grew_in_place >= 5 and moved >= 1


def _wide_tree_with_an_overhang() -> tuple[ArgumentMap, dict[str, tuple[float, float]]]:
    """Claim c0, its reason A, under it: B (200 units, over b1 of 100: B reaches 50 left of b1, the tree's left edge), a0
    (five objections whose row sits right of b1) and 140 more reasons (34,000 units across); claim c1's tree after it."""
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "claim 0", id="c0")
    amap.add(Kind.SUPPORT, "A", id="A", parent="c0")
    amap.add(Kind.SUPPORT, "B", id="B", parent="A")
    amap.add(Kind.EVIDENCE, "b1", id="b1", parent="B")
    amap.add(Kind.SUPPORT, "a0", id="a0", parent="A")
    for n in range(5):
        amap.add(Kind.OBJECTION, f"o{n}", id=f"o{n}", parent="a0")
    for n in range(140):
        amap.add(Kind.SUPPORT, f"reason {n}", id=f"r{n}", parent="A")
    amap.add(Kind.CLAIM, "claim 1", id="c1")
    amap.add(Kind.SUPPORT, "reason of claim 1", id="s1", parent="c1")
    sizes = {i: (200.0, 200.0) for i in amap.ids()}
    sizes["b1"] = (100.0, 100.0)
    return amap, sizes


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_wide_tree_whose_left_edge_moves_a_little_keeps_its_other_boxes_in_place(direction, monkeypatch):
    """B's text made shorter (200 -> 150 units): the tree's left edge moves in by 25, and only B and the two boxes
    centred over it move; the others stay on the canvas (the wide tree is put in its slot by its own numbers on a grid,
    not by its left edge), and so does the tree after it. Put by its left edge (anchoring off), every box would move."""
    across = 0 if direction == "TB" else 1
    options = LayoutOptions(direction=direction)

    def at(boxes, key: str) -> float:
        return (boxes[key].x, boxes[key].y)[across]

    def edit() -> tuple[dict, dict]:
        amap, sizes = _wide_tree_with_an_overhang()
        layout = compute_layout(amap, sizes, options)
        before = dict(layout.boxes)  # (the edit's layout takes the last one's boxes over)
        sizes["B"] = (150.0, 150.0)
        after = compute_layout(amap, sizes, options, previous=layout, dirty={"B"})
        assert after.boxes == compute_layout(amap, sizes, options).boxes
        return before, after.boxes

    before, after = edit()
    tree = [key for key in before if key not in ("c1", "s1")]
    assert min(at(after, key) for key in tree) == at(after, "B") == at(before, "B") + 25.0 == min(at(before, k) for k in tree) + 25
    for key in ("b1", "a0", "o0", "o4", "r0", "r139", "c1", "s1"):
        assert at(after, key) == at(before, key)

    monkeypatch.setattr(place, "ANCHORED_FROM", math.inf)
    before, after = edit()
    assert at(after, "r0") - at(before, "r0") == pytest.approx(-25.0)


def test_a_tree_starts_at_its_left_edge_or_wide_on_a_grid_at_most_one_step_left_of_it():
    assert place.tree_start(-37.5, 1000.0) == -37.5
    for low in (-5000.0, -1024.0, -1023.9, -100.0, 0.0, 14.0, 1023.9, 1024.0):
        start = place.tree_start(low, 40_000.0)
        assert start <= low < start + place.TREE_ANCHOR
        assert (start + place.TREE_ANCHOR / 2) % place.TREE_ANCHOR == 0.0
    assert place.tree_start(14.0, 40_000.0) == place.tree_start(-15.5, 40_000.0)  # near 0: one cell
