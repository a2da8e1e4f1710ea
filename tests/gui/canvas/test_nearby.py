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



def test_the_large_parts_among_some_are_those_of_all_the_large_parts_in_them():
    grid = NearbyGrid()
    parts = _parts(700)
    grid.fill(parts)
    large = grid.large_keys()
    few = {key for key, *_ in parts[::40]} | {"not filed"}  # (fewer than the large parts: looked up in them)
    many = {key for key, *_ in parts[::2]}  # (more: the large parts looked up in them)
    assert len(few) < len(large) < len(many)
    for among in (few, many, set()):
        assert grid.large_keys(among) == large & among
    assert grid.large_keys(few) and grid.large_keys(many)

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


class _Rect:
    def __init__(self, x: float, y: float, w: float, h: float) -> None:
        self.rect = (x, y, w, h)

    def getRect(self) -> tuple[float, float, float, float]:
        return self.rect


def _picture(n: int):
    """A picture's boxes (id, x, y, painting with w and h) and arrows (key -> shape whose bounds are shape[3])."""
    from types import SimpleNamespace

    rng = random.Random(5)
    boxes, arrows = [], {}
    for k in range(n):
        x, y = rng.uniform(-5000, 20000), rng.uniform(-3000, 9000)
        w, h = (rng.uniform(1, 300), rng.uniform(1, 120)) if k % 9 else (rng.uniform(CELL, 3 * CELL), rng.uniform(1, 90))
        boxes.append(SimpleNamespace(id=f"s{k}", x=x, y=y, painting=SimpleNamespace(w=w, h=h)))
        aw, ah = (rng.uniform(0, 400), rng.uniform(0, 200)) if k % 5 else (rng.uniform(CELL, 5 * CELL), rng.uniform(0, 2 * CELL))
        arrows[(f"s{k}", f"s{k + 1}")] = SimpleNamespace(shape=(None, None, None, _Rect(x, y, aw if k % 11 else 0.0, ah)))
    return boxes, arrows


def _state(grid: NearbyGrid):
    return grid._cells, grid._where, grid._large, grid._reach


def test_a_picture_filed_later_is_filed_as_filling_it_at_once_files_it():
    """Opening files only the arrows larger than a cell and marks every other part (found meanwhile by its boxes):
    those are the stale parts, the large ones are found where they lie, and filing the marked ones when idle leaves
    the grid as filling the whole picture at once does."""
    boxes, arrows = _picture(3000)
    bounds = [(b.id, b.x, b.y, b.x + b.painting.w, b.y + b.painting.h) for b in boxes]
    for key, a in arrows.items():
        x, y, w, h = a.shape[3].getRect()
        if w > 0.0 and h > 0.0:  # an arrow without a drawing is not filed
            bounds.append((key, x, y, x + w, y + h))
    at_once, later = NearbyGrid(), NearbyGrid()
    at_once.fill(bounds)
    later.fill_later([b.id for b in boxes], arrows.items())
    filed = {key for key, *_ in bounds if not isinstance(key, str)}
    assert len(filed) < len(arrows)
    large = {key for key in at_once.large_keys() if not isinstance(key, str)}  # (boxes, even large, are found by the index)
    assert large and later.large_keys() == large
    assert later.stale == ({b.id for b in boxes} | filed) - large
    for key in large:
        x, y, w, h = arrows[key].shape[3].getRect()
        assert key in later.within(x + w / 2, y + h / 2, x + w / 2 + 1, y + h / 2 + 1)

    def bounds(key):
        if isinstance(key, str):
            b = next(b for b in boxes if b.id == key)
            return (b.x, b.y, b.x + b.painting.w, b.y + b.painting.h)
        x, y, w, h = arrows[key].shape[3].getRect()
        return (x, y, x + w, y + h)

    assert later.file_stale(bounds)
    assert _state(later) == _state(at_once)


def test_large_parts_are_found_in_every_area_they_meet_through_puts_moves_and_drops():
    """Parts larger than a cell, filed under the coarse cells they span: a query finds exactly the large parts whose
    bounds meet its area (compared with checking each), as they are filed at once, moved, dropped and filed again."""
    rng = random.Random(8)
    parts = {}
    for k in range(400):
        x, y = rng.uniform(-60_000, 200_000), rng.uniform(-9000, 9000)
        w, h = rng.choice([(rng.uniform(CELL + 1, 300_000), rng.uniform(0, 3000)), (rng.uniform(0, 400), rng.uniform(CELL + 1, 40_000)),
                           (rng.uniform(1, 300), rng.uniform(1, 120))])
        parts[f"p{k}"] = (x, y, x + w, y + h)
    grid = NearbyGrid()
    grid.fill((key, *bounds) for key, bounds in parts.items())

    def check() -> None:
        large = {key for key, (x0, y0, x1, y1) in parts.items() if x1 - x0 > CELL or y1 - y0 > CELL}
        small = set(parts) - large
        assert grid.large_keys() == large
        for _ in range(60):
            left, top = rng.uniform(-80_000, 250_000), rng.uniform(-12_000, 12_000)
            area = (left, top, left + rng.choice([1600.0, 20_000.0, 400_000.0]), top + rng.choice([1000.0, 30_000.0]))
            expected = {key for key in large if _meets([(key, *parts[key])], key, area)}
            assert grid.within(*area) - small == expected

    check()
    for key in rng.sample(sorted(parts), 150):  # moved (filed again where they are now) or dropped
        if rng.random() < 0.3:
            grid.drop(key)
            del parts[key]
        else:
            x0, y0, x1, y1 = parts[key]
            dx, dy = rng.uniform(-50_000, 50_000), rng.uniform(-5000, 5000)
            parts[key] = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
            grid.put(key, *parts[key])
    check()
    grid.mark(list(parts)[:50])
    grid.file_stale(lambda key: parts.get(key))
    check()
