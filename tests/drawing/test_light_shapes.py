"""Shapes that carry their SVG form: the SVG says exactly what the Qt path draws."""

from __future__ import annotations

import pytest

from argmap.drawing.box import box_paths
from argmap.drawing.geometry import LightPath, LightPolygon, qt_shape, tidy_arrow
from argmap.drawing.svg_painter import path_data


@pytest.mark.parametrize("radius", [1.5, 4.0, 8.0])
@pytest.mark.parametrize("size", [(130.0, 40.0), (241.0, 187.0), (333.5, 96.25)])
def test_box_outline_and_band_carry_the_svg_of_their_qt_path(qapp, size, radius):
    box_paths.cache_clear()
    outline, band = box_paths(*size, radius, 22.0)
    assert outline.svg == path_data(outline)[0]
    assert band.svg == path_data(band)[0]


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_light_arrow_becomes_the_same_qt_arrow(qapp, direction):
    child, parent = ((40.0, 300.0, 200.0, 80.0), (100.0, 100.0, 240.0, 90.0))
    if direction == "LR":
        child, parent = ((400.0, 40.0, 200.0, 80.0), (100.0, 100.0, 240.0, 90.0))
    light = tidy_arrow(child, parent, direction, 0.3, light=True)
    heavy = tidy_arrow(child, parent, direction, 0.3)
    assert isinstance(light[0], LightPath) and isinstance(light[1], LightPolygon)
    path, head, symbol, bounds = qt_shape(light)
    assert path_data(path)[0] == light[0].svg == heavy[0].svg == path_data(heavy[0])[0]
    assert [head.at(k) for k in range(head.size())] == [heavy[1].at(k) for k in range(heavy[1].size())]
    assert head.svg == heavy[1].svg
    assert (symbol, bounds) == (heavy[2], heavy[3])


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("gap", [2.0, 7.5, 31.0, 400.0])
@pytest.mark.parametrize("slot", [None, 0.0, 0.3, 0.5, 0.85, 1.0])
def test_a_tidy_arrows_bounds_hold_all_it_draws_with_two_units_to_spare(qapp, direction, gap, slot):
    # what a canvas item repaints and an export's extent count on: every point of the line, the head and the symbol's disc
    from argmap.drawing.geometry import SYMBOL_RADIUS

    parent = (1000.0, 500.0, 240.0, 90.0)
    for offset in (-900.0, -60.0, 0.0, 35.0, 700.0):
        below, beside = (1000.0 + offset, 590.0 + gap, 180.0, 70.0), (1240.0 + gap, 500.0 + offset, 180.0, 70.0)
        child = below if direction == "TB" else beside
        path, head, symbol, bounds = tidy_arrow(child, parent, direction, slot, light=True)
        r = SYMBOL_RADIUS + 3.0
        xs = [v for segment in path.segments for v in segment[0::2]] + [x for x, _ in head.points] + [symbol.x() - r, symbol.x() + r]
        ys = [v for segment in path.segments for v in segment[1::2]] + [y for _, y in head.points] + [symbol.y() - r, symbol.y() + r]
        assert (bounds.left(), bounds.right()) == (min(xs) - 2, max(xs) + 2)
        assert (bounds.top(), bounds.bottom()) == (min(ys) - 2, max(ys) + 2)


def test_a_qt_arrow_made_from_numbers_writes_its_svg_only_when_asked(qapp):
    path, head, _, _ = tidy_arrow((40.0, 300.0, 200.0, 80.0), (100.0, 100.0, 240.0, 90.0), "TB", None, light=True)
    qt_path, qt_head = path.qt(), head.qt()
    assert qt_path._svg is None and qt_head._svg is None  # painting on the canvas never needs it
    assert qt_path.svg == path.svg == path_data(qt_path)[0] and qt_head.svg == head.svg  # the SVG painter asks
    qt_path.translate(5, 5)
    assert qt_path.svg is None  # moved: its old SVG form is wrong, forgotten
