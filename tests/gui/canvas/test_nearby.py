"""The grid that tells which parts of the picture lie near a view: filling it at once files as part by part does."""

from __future__ import annotations

import random

from argmap.gui.canvas.nearby import CELL, NearbyGrid


def _parts(n: int) -> list[tuple[object, float, float, float, float]]:
    rng = random.Random(3)
    parts: list[tuple[object, float, float, float, float]] = []
    for k in range(n):
        x, y = rng.uniform(-5000, 20000), rng.uniform(-3000, 9000)
        w, h = (rng.uniform(1, 300), rng.uniform(1, 120)) if k % 7 else (rng.uniform(CELL, 4 * CELL), rng.uniform(1, 2 * CELL))
        parts.append((f"s{k}" if k % 2 else (f"s{k}", f"s{k + 1}"), x, y, x + w, y + h))
    return parts


def test_filling_an_empty_grid_files_every_part_where_put_does():
    parts = _parts(2000)
    one_by_one, at_once = NearbyGrid(), NearbyGrid()
    for part in parts:
        one_by_one.put(*part)
    at_once.fill(parts)
    assert len(at_once) == len(one_by_one) == len(parts)
    assert at_once.large_keys() == one_by_one.large_keys() and at_once.large_keys()  # long parts are checked one by one
    for area in [(0, 0, 1600, 1000), (-6000, -4000, 30000, 12000), (15000, 8000, 15100, 8100)]:
        assert at_once.within(*area) == one_by_one.within(*area)
        assert {key for key, *_ in parts if _meets(parts, key, area)} <= at_once.within(*area)


def test_filling_a_grid_that_holds_parts_moves_them_as_put_does():
    parts = _parts(300)
    grid, reference = NearbyGrid(), NearbyGrid()
    for part in parts[:100]:
        grid.put(*part)
        reference.put(*part)
    moved = [(key, x0 + 5000, y0, x1 + 5000, y1) for key, x0, y0, x1, y1 in parts[:50]] + parts[100:]
    grid.fill(moved)
    for part in moved:
        reference.put(*part)
    assert grid.within(-1e6, -1e6, 1e6, 1e6) == reference.within(-1e6, -1e6, 1e6, 1e6)
    assert grid.within(0, 0, 4000, 4000) == reference.within(0, 0, 4000, 4000)


def _meets(parts, key, area) -> bool:
    for k, x0, y0, x1, y1 in parts:
        if k == key:
            return x0 <= area[2] and x1 >= area[0] and y0 <= area[3] and y1 >= area[1]
    return False
