"""Which boxes a line passes through: the bucket index answers as testing every box would, for lines of any reach."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.drawing.obstacles import BoxIndex, crossed, polyline, segment_enters

coordinate = st.floats(min_value=-3000, max_value=30000, allow_nan=False, allow_infinity=False)
boxes = st.lists(
    st.tuples(coordinate, st.floats(-3000, 3000), st.floats(10, 400), st.floats(10, 200)), min_size=1, max_size=60
)
point = st.tuples(coordinate, st.floats(-3000, 3000))
cubic = st.tuples(coordinate, st.floats(-3000, 3000), coordinate, st.floats(-3000, 3000), coordinate, st.floats(-3000, 3000))
paths = st.tuples(point, st.lists(st.one_of(point, cubic), min_size=1, max_size=4))


def every_box_tested(segments, boxes: dict[int, tuple], allowed: set[int]) -> set[int]:
    points = polyline(segments)
    return {k for k, box in boxes.items() if k not in allowed and any(segment_enters(a, b, box) for a, b in pairwise(points))}


@settings(max_examples=150, deadline=None)
@given(boxes, paths, st.sets(st.integers(0, 59), max_size=3))
def test_the_boxes_a_line_crosses_are_those_a_test_of_every_box_finds(qapp, box_list, path, allowed):
    placed = dict(enumerate(box_list))
    segments = [path[0], *path[1]]
    index = BoxIndex(placed)
    assert set(crossed(segments, index, allowed)) == every_box_tested(segments, placed, allowed)
    assert bool(crossed(segments, index, allowed, first=True)) == bool(every_box_tested(segments, placed, allowed))


def test_a_line_across_a_wide_row_of_boxes_finds_each_box_it_enters(qapp):
    # a cross-link's arc over 200 boxes in a row: the wide, thin case that is now looked up piece by piece
    row = {k: (k * 300.0, 0.0, 200.0, 80.0) for k in range(200)}
    line = [(100.0, 40.0), (59_900.0, 40.0)]
    assert set(crossed(line, BoxIndex(row), {0, 199})) == set(range(1, 199))
    assert crossed([(250.0, 40.0), (290.0, 40.0)], BoxIndex(row), set()) == []  # between two boxes: none
