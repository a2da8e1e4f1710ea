"""The changed areas the routes' windows are checked against (``honest._Changes``): the same answers as comparing each
area, for many areas filed in squares and windows across the map (a far cross-link's) or inside one square."""

import random

from argmap.drawing.honest import _Changes


def _meets(areas, window):
    ax0, ay0, ax1, ay1 = window
    return any(x0 <= ax1 and ax0 <= x1 and y0 <= ay1 and ay0 <= y1 for x0, y0, x1, y1 in areas)


def _area(rng, width, height, big):
    x, y = rng.uniform(-width / 4, width), rng.uniform(-height / 4, height)
    w, h = (rng.uniform(0, 20_000), rng.uniform(0, 9_000)) if big else (rng.uniform(0, 300), rng.uniform(0, 120))
    return (x, y, x + w, y + h)


def test_many_changes_meet_the_windows_they_meet():
    rng = random.Random(3)
    for _ in range(40):
        width, height = rng.choice([(2e5, 9e3), (1e6, 1.2e4), (4e4, 4e4)])
        areas = [_area(rng, width, height, rng.random() < 0.05) for _ in range(rng.randint(_Changes.FEW + 1, 600))]
        changes = _Changes(areas)
        for _ in range(300):
            window = _area(rng, width, height, rng.random() < 0.5)
            if rng.random() < 0.3:  # across the whole map, in a band down the page
                window = (-width, window[1], 2 * width, window[1] + rng.uniform(0, 400))
            met = changes.meeting(*window)
            assert set(met) == {a for a in areas if _meets([a], window)} and len(met) == len(set(met)), window
        assert changes.cells  # after the first few windows: filed in squares


def test_a_window_across_the_map_misses_the_changes_above_and_below_it():
    c = _Changes.CELL
    # in the same row of squares as the window, squares within it across, but above or below it
    areas = [(k * c + 10, 100.0, k * c + 200, 150.0) for k in range(40)] + [(k * c + 10, 900.0, k * c + 200, 990.0) for k in range(40)]
    changes = _Changes(areas)
    for _ in range(_Changes.ASKED + 1):  # (filed in squares once that many windows asked)
        changes.meeting(20.0, 120.0, 30.0, 130.0)
    assert changes.cells
    assert not changes.meeting(-5.0, 300.0, 50 * c, 800.0)
    assert changes.meeting(-5.0, 300.0, 50 * c, 900.0)  # edges touching count
    assert changes.meeting(3 * c + 150, 140.0, 3 * c + 160, 145.0)
    assert not changes.meeting(3 * c + 201, 140.0, 4 * c + 9, 145.0)  # between two areas


def test_whether_a_change_meets_a_window_is_whether_one_of_them_does():
    """``meets`` (a route's check) says whether ``meeting`` would name one: for a few areas, for many before and after
    they are filed in squares, for windows across the map and inside one square, touching edges counting."""
    rng = random.Random(5)
    for _ in range(40):
        width, height = rng.choice([(2e5, 9e3), (1e6, 1.2e4), (4e4, 4e4)])
        count = rng.choice([rng.randint(1, _Changes.FEW), rng.randint(_Changes.FEW + 1, 600)])
        areas = [_area(rng, width, height, rng.random() < 0.05) for _ in range(count)]
        asked, changes = _Changes(areas), _Changes(areas)
        for _ in range(200):
            window = _area(rng, width, height, rng.random() < 0.5)
            if rng.random() < 0.3:  # across the whole map, in a band down the page
                window = (-width, window[1], 2 * width, window[1] + rng.uniform(0, 400))
            if rng.random() < 0.1:  # touching an area's corner
                a = rng.choice(areas)
                window = (a[2], a[3], a[2] + 50.0, a[3] + 50.0)
            assert asked.meets(*window) == _meets(areas, window) == bool(changes.meeting(*window)), window
        assert (asked.cells is None) == (count > _Changes.FEW and asked.asked <= _Changes.ASKED)
