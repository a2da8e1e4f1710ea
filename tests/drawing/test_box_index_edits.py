"""The box index an edit's picture keeps: after boxes come and go it answers as one made from nothing."""

from __future__ import annotations

import random

import pytest

from argmap.drawing.obstacles import BoxIndex


@pytest.mark.parametrize("seed", range(20))
def test_the_extent_follows_boxes_added_and_removed(seed) -> None:
    rng = random.Random(seed)
    boxes = {k: (rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(1, 300), rng.uniform(1, 200)) for k in range(30)}
    index = BoxIndex(boxes)
    index.bounds()
    for step in range(60):
        key = rng.choice(list(index.boxes)) if index.boxes and rng.random() < 0.5 else 100 + step
        if key in index.boxes:
            index.remove(key)
        else:
            index.add(key, (rng.uniform(-900, 900), rng.uniform(-900, 900), rng.uniform(1, 300), rng.uniform(1, 200)))
        assert index.bounds() == BoxIndex(index.boxes).bounds()
        area = (rng.uniform(-900, 900), rng.uniform(-900, 900))
        window = (*area, area[0] + 400, area[1] + 300)
        assert index.within(*window) == BoxIndex(index.boxes).within(*window)
