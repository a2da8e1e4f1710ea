"""The signs and heads of a picture from nothing found near the boxes (drawing/near_signs.py) answer as the sign index
does, the index made later a slice at a time is the one made at once, and the pictures are the same."""

from __future__ import annotations

import random

import pytest

from argmap.drawing import diagram as diagram_module
from argmap.drawing import near_signs
from argmap.drawing.diagram import build_diagram
from argmap.drawing.geometry import TidyHead
from argmap.drawing.honest import sign_index
from argmap.drawing.near_signs import NearSigns, SignsLater
from argmap.drawing.theme import Theme


def _picture(direction: str = "TB", n: int = 1000, seed: int = 0):
    from benchmarks.generate import generate_map

    amap = generate_map(n, seed=seed, cross_link_ratio=0.05)
    return amap, build_diagram(amap, Theme.light(), direction=direction, remember=True)


def _whole(memo):
    return sign_index((key, m.usual) for key, m in memo.arrows.items() if m.drawn and m.inputs)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_marks_found_near_the_boxes_are_those_the_sign_index_holds(qapp, direction):
    amap, picture = _picture(direction)
    memo = picture.memo
    whole = _whole(memo)
    untidy = [key for key, m in memo.arrows.items() if m.drawn and m.inputs and type(m.usual[1]) is not TidyHead]
    assert untidy and len(untidy) < len(memo.arrows) / 5  # (the cross-links: the tree arrows are tidy)
    made: list = []
    near = NearSigns(memo.index, memo.arrows, amap.graph_view(), untidy, lambda: made.append(1) or whole)
    rng = random.Random(3)
    areas = []
    for x, y, w, h in whole.boxes.values():  # each mark on its own (a symbol lies off its boxes), its edges' slivers (the
        areas.append((x + 0.5, y + 0.5, x + w - 0.5, y + h - 0.5))  # furthest from its arrow's boxes), and areas around it
        areas += [(x + 0.05, y + 0.05, x + w - 0.05, y + 0.1), (x + 0.05, y + h - 0.1, x + w - 0.05, y + h - 0.05),
                  (x + 0.05, y + 0.05, x + 0.1, y + h - 0.05), (x + w - 0.1, y + 0.05, x + w - 0.05, y + h - 0.05)]
        grow = rng.uniform(0, 300)
        areas.append((x - grow, y - grow * rng.random(), x + w + grow * rng.random(), y + h + grow))
    left, top, width, height = whole.bounds()
    for _ in range(300):  # and anywhere, of any size
        x, y = rng.uniform(left - 100, left + width), rng.uniform(top - 100, top + height)
        areas.append((x, y, x + rng.uniform(1, 2000), y + rng.uniform(1, 600)))
    for area in areas:
        assert near.within(*area) == whole.within(*area), area
    skip = set(list(whole.boxes)[::3])
    for area in areas[::7]:
        assert sorted(near.near(*area, skip)) == sorted(whole.near(*area, skip))
    for mark, box in whole.boxes.items():
        assert near.boxes[mark] == box and mark in near.boxes
    assert near.boxes.get((("nobody", "nowhere"), 0)) is None
    assert near.cell == whole.cell and not made  # (all answered without the whole index)
    assert near.bounds() == whole.bounds() and made  # anything else: the whole index's


def test_the_index_made_later_a_slice_at_a_time_is_the_one_made_at_once(qapp, monkeypatch):
    _, picture = _picture()
    memo = picture.memo
    assert memo.signs is None and memo.signs_later is not None  # (the opening's routes and tags found them near the boxes)
    monkeypatch.setattr(near_signs, "SLICE", 37)
    later = SignsLater(memo.arrows)
    steps = 0
    while later.some(0.0):  # (a slice a step)
        steps += 1
    assert steps > 10
    whole = _whole(memo)
    assert list(later.index.boxes.items()) == list(whole.boxes.items())
    assert list(later.index.buckets.items()) == list(whole.buckets.items())  # the same buckets, each in the same order
    assert later.index.bounds() == whole.bounds()
    assert not memo.signs_now(0.0) or memo.signs_now() is False
    assert memo.signs_later is None and list(memo.signs.buckets.items()) == list(whole.buckets.items())


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_picture_with_the_marks_found_near_the_boxes_is_the_one_with_the_whole_index(qapp, monkeypatch, direction):
    from argmap.export.render import svg_text

    amap, near = _picture(direction, n=1500, seed=2)
    monkeypatch.setattr(diagram_module, "NearSigns", lambda index, arrows, ends, untidy, make: make())
    whole = build_diagram(amap, Theme.light(), direction=direction, remember=True)
    assert whole.memo.signs is not None and near.memo.signs is None  # (the whole index was made for the second one)
    source = whole.bounds()
    assert near.bounds() == source
    assert svg_text(near, source, background=None) == svg_text(whole, source, background=None)


def test_an_edit_right_after_opening_makes_the_signs_put_off_first(qapp):
    from tests.drawing.memo_checks import assert_memo_as_from_nothing

    amap, picture = _picture(n=600, seed=4)
    leaf = amap.ids()[-1]
    amap.add("objection", "A new objection to the last statement.", parent=leaf)
    edited = build_diagram(amap, Theme.light(), previous=picture, remember=True)
    memo = edited.memo
    assert memo.signs_later is None and memo.signs is not None
    assert_memo_as_from_nothing(memo, build_diagram(amap, Theme.light(), remember=True).memo)
