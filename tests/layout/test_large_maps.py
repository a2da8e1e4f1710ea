"""The layout's shortcuts give the same drawing as the general way: each test takes a map
down a path that the fast code treats apart (links to newer statements, a restored
statement, spread siblings, several bad sizes) and checks what a user would see."""

from __future__ import annotations

import pytest

from argmap.layout import Box, LayoutOptions, compute_layout
from argmap.model import ArgumentMap


def sizes_of(amap: ArgumentMap, w: float = 100.0, h: float = 40.0) -> dict[str, tuple[float, float]]:
    return {i: (w, h) for i in amap.ids()}


def test_an_older_statement_answering_a_newer_one_hangs_under_it():
    # Every link usually points to an older statement, and then no cycle check is needed;
    # here one points to a newer statement, so the layout must check and still find no cycle.
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "Written first, placed later", id="a")
    amap.add("support", "Reason", parent="c", id="b")
    amap.connect("a", "b", "support")
    layout = compute_layout(amap, sizes_of(amap))
    boxes = layout.boxes
    assert layout.tree_links == {("b", "c"), ("a", "b")}
    assert boxes["a"].y == boxes["b"].y + 40 + 60 and boxes["a"].center[0] == boxes["b"].center[0]


def test_a_restored_statement_keeps_its_place_among_its_siblings():
    # Undoing a deletion puts the statement back at its old creation order, but the graph
    # lists it last: the order of children must come from the creation order.
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    for i in ("s1", "s2", "s3"):
        amap.add("support", f"Reason {i}", parent="c", id=i)
    before = compute_layout(amap, sizes_of(amap)).boxes
    amap.restore(amap.remove("s1"))
    after = compute_layout(amap, sizes_of(amap)).boxes
    assert after == before
    assert after["s1"].x < after["s2"].x < after["s3"].x


def test_small_siblings_between_two_wide_subtrees_are_spread_evenly():
    # D's wide child must clear A's wide child, which pushes D far to the right; the small
    # reasons B and C in between share that move evenly instead of staying next to A.
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    for i in ("A", "B", "C", "D"):
        amap.add("support", i, parent="c", id=i)
    amap.add("evidence", "wide under A", parent="A", id="A1")
    amap.add("evidence", "wide under D", parent="D", id="D1")
    sizes = sizes_of(amap)
    sizes["A1"] = sizes["D1"] = (600.0, 40.0)
    boxes = compute_layout(amap, sizes).boxes
    a, b, c, d = (boxes[i].x for i in "ABCD")
    assert d - a > 600  # pushed apart by the wide children
    assert b - a == pytest.approx(c - b) and c - b == pytest.approx(d - c)
    assert boxes["D1"].x >= boxes["A1"].x + 600 + 30 - 1e-6


def test_with_several_bad_sizes_the_error_names_the_first_statement():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "First", parent="c", id="s1")
    amap.add("support", "Second", parent="c", id="s2")
    amap.add("evidence", "Deep", parent="s2", id="e1")
    sizes = sizes_of(amap)
    sizes["e1"] = (float("nan"), 10.0)
    sizes["s1"] = (-5.0, 10.0)
    with pytest.raises(ValueError, match="statement 's1'"):
        compute_layout(amap, sizes)
    del sizes["s1"]
    with pytest.raises(ValueError, match="no size given for statement 's1'"):
        compute_layout(amap, sizes)


def test_boxes_are_plain_values():
    box = Box(10.0, 20.0, 100.0, 40.0)
    assert box == Box(10.0, 20.0, 100.0, 40.0) and hash(box) == hash(Box(10.0, 20.0, 100.0, 40.0))
    assert (box.x, box.y, box.w, box.h) == (10.0, 20.0, 100.0, 40.0) and box.center == (60.0, 40.0)
    with pytest.raises(AttributeError):
        box.x = 0.0  # type: ignore[misc]


def test_boxes_keep_the_sizes_exactly_as_given():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "Reason", parent="c", id="s")
    sizes = {"c": (123.456789, 0.1), "s": (1e-3, 77.7)}
    for direction in ("TB", "LR"):
        boxes = compute_layout(amap, sizes, LayoutOptions(direction=direction)).boxes
        assert {i: (b.w, b.h) for i, b in boxes.items()} == sizes
