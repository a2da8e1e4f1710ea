"""Main claims' trees side by side, each in a slot a little wider than itself (layout/place.py)."""

from __future__ import annotations

import random

import pytest

from argmap.layout import LayoutOptions, compute_layout
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
