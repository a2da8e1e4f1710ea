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


def piecewise(segments, boxes: dict[int, tuple], allowed: set[int], cell: float = 240.0) -> set[int]:
    """The boxes entered by some piece (at most a cell long) of the sampled line: what crossed() looks up piece by piece."""
    hits = set()
    for (ax, ay), (bx, by) in pairwise(polyline(segments)):
        pieces = max(1, int(max(abs(bx - ax), abs(by - ay)) // cell) + 1)
        for k in range(pieces):
            a = (ax + (bx - ax) * k / pieces, ay + (by - ay) * k / pieces)
            b = (ax + (bx - ax) * (k + 1) / pieces, ay + (by - ay) * (k + 1) / pieces)
            hits |= {key for key, box in boxes.items() if key not in allowed and segment_enters(a, b, box)}
    return hits


@settings(max_examples=150, deadline=None)
@given(
    st.floats(-20_000, 20_000), st.floats(0, 1), st.sampled_from(["TB", "LR"]),
    st.lists(st.tuples(st.floats(-21_000, 21_000), st.floats(-40, 160), st.floats(20, 400), st.floats(10, 200)), max_size=40),
)
def test_a_tree_arrow_along_a_wide_fan_crosses_the_boxes_its_pieces_enter(qapp, offset, slot, direction, placed):
    # a tidy arrow to a parent far along its row: its boxes are looked up once in its thin band, not piece by piece
    from argmap.drawing.geometry import tidy_arrow

    parent, child = (0.0, -100.0, 300.0, 80.0), (offset, 60.0, 280.0, 120.0)
    if direction == "LR":
        parent, child = (-100.0, 0.0, 80.0, 300.0), (60.0, offset, 120.0, 280.0)
        placed = [(y, x, h, w) for x, y, w, h in placed]
    boxes = {k + 2: box for k, box in enumerate(placed)} | {0: child, 1: parent}
    shape = tidy_arrow(child, parent, direction, slot, light=True)
    assert shape is not None
    segments = shape[0].segments
    expected = piecewise(segments, boxes, {0, 1})
    assert set(crossed(segments, BoxIndex(boxes), {0, 1})) == expected
    assert bool(crossed(segments, BoxIndex(boxes), {0, 1}, first=True)) == bool(expected)


def test_an_index_filled_from_empty_and_emptied_in_part_keeps_its_extent_right(qapp):
    """An empty index knows its extent (none), so boxes put in one by one (a frame filed a slice at a time) keep it up to
    date without a walk over every box; taking out boxes not on its edge keeps it, and one on the edge makes it worked
    out again."""
    index: BoxIndex[str] = BoxIndex({}, 100.0)
    boxes = {"a": (0.0, 0.0, 50.0, 20.0), "b": (300.0, 40.0, 60.0, 20.0), "c": (120.0, 500.0, 40.0, 30.0), "d": (150.0, 100.0, 10.0, 10.0)}
    for key, box in boxes.items():
        index.add(key, box)
    assert index._extent == (0.0, 0.0, 360.0, 530.0)  # known, not to be worked out from the boxes
    assert index.bounds() == (0.0, 0.0, 360.0, 530.0)
    index.remove_many(["d"])  # inside: the extent stays
    assert index._extent == (0.0, 0.0, 360.0, 530.0)
    index.remove_many(["c"])  # on the bottom edge: worked out again
    assert index._extent is None
    assert index.bounds() == (0.0, 0.0, 360.0, 60.0)


def test_boxes_moved_outward_or_along_an_edge_keep_the_extent_known_and_right(qapp):
    """The part of a tree beside a widening edit moves away from the rest (its boxes on the right edge further right, those
    on the bottom edge along it): the extent stays known (no walk over every box of the frame at the next look-up) and
    right; a box on the edge moved inward makes it worked out again."""
    boxes = {"left": (0.0, 0.0, 50.0, 20.0), "right": (300.0, 40.0, 60.0, 20.0), "low": (120.0, 500.0, 40.0, 30.0)}
    index: BoxIndex[str] = BoxIndex(boxes, 100.0)
    assert index.bounds() == (0.0, 0.0, 360.0, 530.0)
    index.move_many([("right", (400.0, 40.0, 60.0, 20.0)), ("low", (220.0, 500.0, 40.0, 30.0))])
    assert index._extent == (0.0, 0.0, 460.0, 530.0)
    assert index.bounds() == BoxIndex(dict(index.boxes), 100.0).bounds()
    index.move_many([("left", (10.0, 0.0, 50.0, 20.0))])  # the left edge's box moved inward
    assert index._extent is None
    assert index.bounds() == (10.0, 0.0, 450.0, 530.0)


def test_a_crowded_window_across_a_sparse_index_is_told_from_its_first_columns():
    """A window covering more cells than the index fills (a far cross-link's across a big map) with too many boxes at
    its left edge: the look-up with a limit answers "too many" with boxes read from its first columns (every one filed
    in the window's buckets), not from every filled bucket of the map in the order they were filed (here those at its
    right end come first)."""
    right = {f"r{k}": (400 * 240.0 + 10 + 40 * (k % 5), 30.0 * (k // 5), 30.0, 20.0) for k in range(60)}
    left = {f"l{k}": (10 + 40 * (k % 5), 30.0 * (k // 5), 30.0, 20.0) for k in range(60)}
    filler = {f"f{k}": (240.0 * k, 9000.0, 100.0, 40.0) for k in range(400)}  # (outside the window)
    index = BoxIndex({**right, **left, **filler})
    window = (0.0, 0.0, 401 * 240.0 - 1, 2000.0)
    cells = 401 * 9
    assert cells > len(index.buckets)  # (a sparse index for this window)
    found = index.within(*window, limit=42, spare=16)
    assert len(found) > 42 + 16 and found <= set(left)
    assert index.within(*window) == set(left) | set(right)  # (without a limit: every box in it)


def test_a_window_across_a_sparse_index_with_few_boxes_answers_as_without_a_limit():
    """With no more boxes than the limit in it, the look-up with a limit answers with the very boxes one without finds
    (its first columns told nothing: every filled bucket is gone over)."""
    boxes = {f"b{k}": (240.0 * 7 * k + 5, 100.0 * (k % 4), 60.0, 30.0) for k in range(30)}
    boxes.update({f"f{k}": (240.0 * k, 9000.0, 100.0, 40.0) for k in range(300)})
    index = BoxIndex(boxes)
    window = (0.0, 0.0, 240.0 * 220, 1000.0)
    assert len(index.buckets) < 221 * 5
    assert index.within(*window, limit=42, spare=16) == index.within(*window) == {f"b{k}" for k in range(30)}


def test_an_index_owning_its_boxes_files_them_as_one_made_from_them():
    """:meth:`BoxIndex.owning` holds the very dict it is given, filed in the same buckets, in the same order."""
    boxes = {k: (37.0 * k, 11.0 * (k % 7), 15.0 + k % 300, 15.0) for k in range(500)}
    made = BoxIndex(dict(boxes))
    owning = BoxIndex.owning(boxes)
    assert owning.boxes is boxes
    assert list(owning.buckets.items()) == list(made.buckets.items())
    assert owning.bounds() == made.bounds() and owning.within(100.0, 0.0, 900.0, 50.0) == made.within(100.0, 0.0, 900.0, 50.0)
    assert BoxIndex.owning({}).bounds() == BoxIndex({}).bounds()
