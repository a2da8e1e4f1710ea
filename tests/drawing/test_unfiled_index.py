"""The box index of a staged picture, filed as the first steps of its rest (drawing/unfiled_index.py): meanwhile it
answers as the filed index does, and filed it is the index filed at once (the same buckets, in the same order)."""

from __future__ import annotations

import random

import pytest

from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.unfiled_index import UnfiledIndex


def _boxes(seed: int, count: int = 400) -> dict[str, tuple[float, float, float, float]]:
    rng = random.Random(seed)
    boxes = {}
    for k in range(count):  # the usual boxes, some tall ones across rows of cells, some tiny (signs), some at the edges
        w, h = rng.choice([(220.0, 90.0), (300.0, 400.0), (6.0, 6.0), (241.0, 1.0), (1000.0, 30.0)])
        boxes[f"s{k}"] = (rng.uniform(-2000, 6000), rng.uniform(-500, 3000), w, h)
    return boxes


def _areas(seed: int) -> list[tuple[float, float, float, float]]:
    rng = random.Random(seed + 100)
    areas = []
    for _ in range(60):
        x, y = rng.uniform(-2500, 6500), rng.uniform(-800, 3500)
        w, h = rng.choice([(10.0, 10.0), (240.0, 240.0), (1600.0, 1000.0), (9000.0, 5000.0)])
        areas.append((x, y, x + w, y + h))
    return areas


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_an_unfiled_index_finds_what_the_filed_one_finds_and_files_alike(seed):
    boxes = _boxes(seed)
    filed = BoxIndex(boxes)
    unfiled = UnfiledIndex(boxes)
    steps = unfiled.file_steps(37)
    while type(unfiled) is UnfiledIndex:
        for area in _areas(seed):
            assert unfiled.within(*area) == filed.within(*area)
        next(steps)
    assert type(unfiled) is BoxIndex, "filed: a plain box index"
    assert list(unfiled.buckets.items()) == list(filed.buckets.items()), "the same buckets, in the same order"
    assert list(steps) == []
    for area in _areas(seed):
        assert unfiled.within(*area) == filed.within(*area)
        assert unfiled.within(*area, limit=3, spare=2) == filed.within(*area, limit=3, spare=2)


def test_changing_an_unfiled_index_files_it_first():
    boxes = _boxes(5)
    filed, unfiled = BoxIndex(boxes), UnfiledIndex(boxes)
    next(unfiled.file_steps(50))  # (part filed)
    for index in (filed, unfiled):
        index.move("s3", (10.0, 10.0, 220.0, 90.0))
        index.remove("s4")
        index.add("new", (500.0, 500.0, 220.0, 90.0))
    assert type(unfiled) is BoxIndex
    assert unfiled.buckets == filed.buckets and unfiled.boxes == filed.boxes
    for index in (filed, unfiled):  # (filed in place, it has what a box index made as one has: its shifts' rectangle too)
        assert index.around() == index.bounds()
        index.shift(["s7"], 5.0, 0.0)
        left = min(index.boxes, key=lambda key: index.boxes[key][0])
        index.shift([left, "s5"], 300.0, 0.0)  # (the box on the left edge moved inward: the extent lost, a rectangle kept)
        index.shift(["s6"], 0.0, -40.0)
    assert unfiled.around() == filed.around() and unfiled.bounds() == filed.bounds()
    empty = UnfiledIndex({})
    assert empty.within(0, 0, 10, 10) == set() and empty.bounds() == (0.0, 0.0, 0.0, 0.0)
    assert list(empty.file_steps()) == [None] and type(empty) is BoxIndex


def test_a_staged_pictures_index_is_filed_with_its_rest(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from tests.gui.canvas.test_same_picture import _one_big_tree

    amap = _one_big_tree(0, True)
    theme = Theme.light()
    at_once = build_diagram(amap, theme, remember=True)
    staged = build_diagram(amap, theme, remember=True, staged=True)
    assert type(staged.memo.index) is UnfiledIndex, "nothing filed before the boxes are shown"
    x, y, w, h = at_once.memo.index.bounds()
    area = (x, y, x + w / 3, y + h / 2)
    assert staged.memo.index.within(*area) == at_once.memo.index.within(*area), "the boxes in an area found meanwhile"
    staged.finish()
    assert type(staged.memo.index) is BoxIndex
    assert list(staged.memo.index.buckets.items()) == list(at_once.memo.index.buckets.items())
