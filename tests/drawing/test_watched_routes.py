"""The routes an edit's changes can concern, told from their watched areas filed in squares
(:mod:`argmap.drawing.watched_routes`): every route it leaves out is one that ``Routes.unchanged`` says is unchanged,
and the areas filed answer as comparing each area does."""

from __future__ import annotations

import math
import random

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing.changed_areas import Changes
from argmap.drawing.watched_routes import CELL, WIDE, AreaGrid
from argmap.model import ArgumentMap, Relation
from tests.drawing.test_frames import forest_map, widen
from tests.drawing.test_kept_tags import assert_fresh, edited_as_from_nothing, far_links


def _area(rng: random.Random, big: bool) -> tuple[float, float, float, float]:
    x, y = rng.uniform(-5 * CELL, 30 * CELL), rng.uniform(-2 * CELL, 4 * CELL)
    w = rng.uniform(0, (WIDE + 10) * CELL if big else 1.5 * CELL)
    h = rng.uniform(0, 3 * CELL if big else CELL / 2)
    if rng.random() < 0.05:  # (on a square's edge: touching counts)
        x = float(int(x // CELL) * CELL)
    return (x, y, x + w, y + h)


def _meets(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def test_the_keys_met_are_those_a_look_at_every_pair_finds_through_puts_and_drops():
    rng = random.Random(5)
    for _ in range(40):
        grid, kept = AreaGrid(), {}
        for _ in range(60):
            key = rng.randrange(30)
            if rng.random() < 0.25:
                grid.drop(key)
                kept.pop(key, None)
            else:
                areas = [_area(rng, rng.random() < 0.1) for _ in range(rng.randint(0, 4))]
                if rng.random() < 0.02:
                    areas.append((-math.inf, 0.0, math.inf, 10.0))
                grid.put(key, areas)
                kept[key] = areas
            changed = [_area(rng, rng.random() < 0.1) for _ in range(rng.choice([1, 5, Changes.FEW + 1]))]
            truth = {key for key, areas in kept.items() if any(_meets(a, c) for a in areas for c in changed)}
            assert grid.meeting(Changes(changed)) == truth


def _filed_as_listed(areas) -> list[tuple[int, int]] | None:
    """The squares a key's areas are filed in, each once in the order first met (None: too many, or not finite)."""
    squares: list[tuple[int, int]] = []
    for x0, y0, x1, y1 in areas:
        if not all(map(math.isfinite, (x0, y0, x1, y1))):
            return None
        bx0, by0, bx1, by1 = int(x0 // CELL), int(y0 // CELL), int(x1 // CELL), int(y1 // CELL)
        if (bx1 - bx0 + 1) * (by1 - by0 + 1) + len(squares) > WIDE:
            return None
        squares += [(bx, by) for bx in range(bx0, bx1 + 1) for by in range(by0, by1 + 1)]
    return list(dict.fromkeys(squares))


def test_puts_file_each_key_in_the_squares_its_areas_cover_and_the_bounds_hold_every_square_filed():
    # (put widens the bounds once per area, from its corner squares, not per square: wrong if an area after the first,
    # an empty one (x1 < x0) or one of several around the same square were left out)
    rng = random.Random(11)
    for _ in range(60):
        grid, ever = AreaGrid(), set()
        for _ in range(40):
            key = rng.randrange(12)
            areas = [_area(rng, rng.random() < 0.1) for _ in range(rng.randint(0, 4))]
            if rng.random() < 0.1:  # an area the wrong way round: no square
                x0, y0, x1, y1 = _area(rng, False)
                areas.insert(rng.randrange(len(areas) + 1), (x1 + CELL, y0, x0, y1))
            grid.put(key, areas)
            squares = _filed_as_listed(areas)
            if squares is None:
                assert key in grid.wide and key not in grid.filed_in
                continue
            assert key not in grid.wide
            assert list(grid.filed_in.get(key, ())) == squares
            ever.update(squares)
            assert all(key in grid.cells[square] for square in squares)
            if ever:
                xs, ys = [bx for bx, _ in ever], [by for _, by in ever]
                assert grid.squares == [min(xs), min(ys), max(xs), max(ys)]
            else:
                assert grid.squares is None


def test_a_change_at_infinity_meets_every_key():
    grid = AreaGrid()
    grid.put("a", [(0.0, 0.0, 10.0, 10.0)])
    grid.put("b", [(1e6, 0.0, 1e6 + 10, 10.0)])
    assert grid.meeting(Changes([(-math.inf, -math.inf, math.inf, math.inf)])) == {"a", "b"}


@pytest.fixture
def calm_checked(monkeypatch) -> list:
    """Every route ``Routes.near`` leaves out (``Routes.calm``) is unchanged as ``Routes.unchanged`` tells without asking the index: no
    changed area meets its windows but a crowded window whose witnesses' area (its spot) no change meets. Collects the
    routes left out that way although a change met their window (the case the watched areas are for)."""
    from argmap.drawing.detour import crowd_of
    from argmap.drawing.kept_routes import Routes

    real = Routes.near
    spared: list = []

    def near(self, changed):
        asked = real(self, changed)
        for k in range(len(self.wanted or ())) if changed is not None else ():
            if k in asked:
                continue
            assert self.calm(k, changed)
            trace = self.traces[k]
            for area in self.looked_by[k]:
                if changed.meets(*area):
                    seen = self.spots.get(id(trace))
                    assert seen is not None and seen[0] is trace and seen[1] is crowd_of(trace) and seen[1].area == area
                    assert not changed.meets(*seen[2])
                    spared.append(k)
        return asked

    monkeypatch.setattr(Routes, "near", near)
    return spared


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), crowded=st.sampled_from([1, 3]))
def test_after_edits_the_routes_left_unasked_are_unchanged_and_the_picture_is_made_from_nothing(
    qapp, monkeypatch, calm_checked, data, direction, crowded
):
    """Far cross-links whose windows hold more than a few boxes are too crowded to search (``MAX_BOXES`` made small):
    their windows span trees, as at 50,000 statements; after each edit the picture is the one made from nothing."""
    from argmap.drawing import detour

    monkeypatch.setattr(detour, "MAX_BOXES", crowded)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)

    def edit(serial: int) -> None:
        if data.draw(st.booleans()):
            far_links(data.draw, amap)
        else:
            widen(data.draw, amap, serial)

    edited_as_from_nothing(data, amap, direction, edit)


def test_a_crowded_routes_window_met_away_from_its_witnesses_is_left_unasked(qapp, monkeypatch, calm_checked):
    """The case the watched areas are for: an edit inside a far cross-link's crowded window, away from the boxes that
    crowd it, leaves that route unasked (and the picture is the one made from nothing)."""
    from argmap.drawing import detour
    from argmap.gui.canvas import MapScene

    monkeypatch.setattr(detour, "MAX_BOXES", 2)
    amap = ArgumentMap()
    for t in range(8):
        amap.add("claim", f"Main claim {t}.", id=f"c{t}")
        for i in range(4):
            amap.add("support", f"Reason {t}.{i}, of some length to wrap.", id=f"r{t}_{i}", parent=f"c{t}")
    amap.connect("r0_0", "r7_3", Relation.ATTACK)  # across every tree: the boxes that crowd its window lie to the left
    scene = MapScene(amap, decorations=False)
    try:
        for serial in range(3):
            # (a leaf grown taller: nothing else moves)
            longer = f"Reason 5.{serial}, now much longer, so that it wraps onto more lines than it did before ({serial})."
            amap.update(f"r5_{serial}", text=longer)
            scene.relayout()
            assert_fresh(scene, amap, "TB")
        assert calm_checked
        # a box dropped onto the target's tag, far from the crowd's witnesses: the route is asked (its tag placed again)
        (x0, y0, _, _) = scene.diagram().memo.routes.looked_by[0][-1]
        amap.pin("r6_3", x0 + 40, y0 - 20)
        scene.relayout()
        assert_fresh(scene, amap, "TB")
    finally:
        scene.detach()


def test_a_routes_tags_are_watched_as_they_are_and_its_crowded_window_by_its_witnesses():
    """A far cross-link's window, too crowded to search, is watched by where its witnesses lie (its spot); its tags'
    areas are watched as they are; without the spot (let go), the whole window is."""
    from argmap.drawing.crowd import Crowd, Witnesses
    from argmap.drawing.detour import CROWDED
    from argmap.drawing.kept_routes import Routes

    window = (0.0, 0.0, 100_000.0, 4096.0)
    boxes = [(10.0, 10.0, 50.0, 20.0), (70.0, 10.0, 50.0, 20.0)]
    crowd = Crowd(window, None, window, 2, (Witnesses(None, ["a", "b"], boxes, (70.0, 10.0, 60.0, 30.0), (10.0, 10.0, 120.0, 30.0)),))
    trace = [(CROWDED, 0, crowd)]
    tag = (90_000.0, 100.0, 90_200.0, 180.0)
    routes = Routes()
    routes.spot(trace, crowd)
    routes.remember([(("s", "t"), None, None, None)], set(), 10, 10, [[window, tag]], [((), True)], [None], [0], [trace])

    def asked(*areas):
        return routes.near(Changes(list(areas)))

    assert asked((50_000.0, 100.0, 50_100.0, 200.0)) == []  # in the window, away from its witnesses
    assert routes.calm(0, Changes([(50_000.0, 100.0, 50_100.0, 200.0)]))
    assert asked((20.0, 15.0, 30.0, 25.0)) == [0]  # on a witness
    assert asked((90_100.0, 150.0, 90_150.0, 160.0)) == [0]  # on its tag
    assert asked((121.0, 31.0, 140.0, 50.0)) == [0]  # touching the witnesses' area (a unit wider each way)
    routes.spots.clear()  # its spot let go: the whole window is asked about
    assert asked((50_000.0, 100.0, 50_100.0, 200.0)) == [0]
