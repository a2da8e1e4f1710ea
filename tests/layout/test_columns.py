"""The "columns" arrangement (a wide map folded to fit a slide) on random maps and the example map.

What a teacher projecting the map would check: no two boxes overlap, replies stay in order
under their statement, every tree arrow has its own lane that crosses no box and no other
arrow, the map comes out about as wide as a 16:9 slide, pins are kept, and the plain tree
arrangement is untouched.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import dumps, load, loads
from argmap.layout import Box, Layout, LayoutOptions, compute_layout, hidden_by_collapse
from argmap.layout.columns import LANE_GAP, LANE_INSET, MIN_LANE_GAP, STUB, _min_tallest_split, best_split, stub_y
from argmap.model import ArgumentMap
from tests.layout.test_rules import check_pins_move_only_their_subtrees, random_pinned_map
from tests.layout.test_tree import expected_order, maps, overlapping_pairs, segment_enters, sizes_for, text_sizes

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"
EPS = 1e-6
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

columns_options = st.builds(
    LayoutOptions,
    arrangement=st.just("columns"),
    sibling_gap=st.sampled_from([0.0, 7.5, 30.0]),
    level_gap=st.sampled_from([0.0, 12.0, 60.0]),
    tree_gap=st.sampled_from([0.0, 80.0]),
    aspect=st.sampled_from([16 / 9, 4 / 3, 1.0, 0.5, 3.0]),
)


# ----------------------------------------------------------------- the invariants
def children_in_order(layout: Layout) -> dict[str, list[str]]:
    """Each parent's tree children, top to bottom as laid out."""
    kids: dict[str, list[str]] = {}
    for child, parent in layout.tree_links:
        kids.setdefault(parent, []).append(child)
    return {p: sorted(cs, key=lambda c: (layout.boxes[c].y, c)) for p, cs in kids.items()}


def lane_segments(layout: Layout) -> dict[tuple[str, str], tuple[tuple[float, float], tuple[float, float], tuple[float, float]]]:
    """Each lane's arrow as (child's left side, corner, top): the stub, then the lane up."""
    found = {}
    for (child, parent), (lane_x, top_y) in layout.lanes.items():
        box = layout.boxes[child]
        low = stub_y(box.y, box.h)
        found[(child, parent)] = ((box.x, low), (lane_x, low), (lane_x, top_y))
    return found


def check_columns(amap: ArgumentMap, sizes: dict[str, tuple[float, float]], options: LayoutOptions, layout: Layout) -> None:
    shown = set(amap.ids()) - hidden_by_collapse(amap)
    assert set(layout.boxes) == shown
    for i, box in layout.boxes.items():
        assert (box.w, box.h) == sizes[i]
    assert overlapping_pairs(layout.boxes) == []
    boxes = layout.boxes
    parent_of = dict(layout.tree_links)
    roots = shown - set(parent_of)

    # One lane per tree link (no pins in these maps), every lane on a tree link.
    assert set(layout.lanes) == set(layout.tree_links)

    for parent, kids in children_in_order(layout).items():
        if parent in roots:  # column-major: down the first column, then the next one
            kids = sorted(kids, key=lambda c: (boxes[c].x, boxes[c].y))
        assert kids == expected_order(amap, parent, kids), "replies out of order"
        pbox = boxes[parent]
        lanes = [layout.lanes[(c, parent)][0] for c in kids]
        tops = [layout.lanes[(c, parent)][1] for c in kids]
        # In each column (or under each parent) the first child's lane is rightmost, the others further left, never
        # shared, unless the parent is too narrow for that: then all share one lane under it.
        shared = parent not in roots and pbox.w < 2 * LANE_INSET + MIN_LANE_GAP * (len(kids) - 1)
        for a, b in itertools.pairwise(kids):
            if boxes[a].x == boxes[b].x:
                between = layout.lanes[(a, parent)][0] - layout.lanes[(b, parent)][0]
                assert between == pytest.approx(0.0) if shared else between >= MIN_LANE_GAP - EPS
        for c in kids:  # room for the relation disc on every stub; every child right of its lane
            assert boxes[c].x - layout.lanes[(c, parent)][0] >= STUB - EPS
        if parent in roots:  # column tops: lanes up to the columns' top, level_gap under the main claim
            assert tops == [pytest.approx(pbox.y + pbox.h + options.level_gap)] * len(kids)
        else:  # hanging: lanes under the parent's bottom edge, inside its corners when it is wide enough
            assert tops == [pytest.approx(pbox.y + pbox.h)] * len(kids)
            assert all(c_box.x > pbox.x for c_box in (boxes[c] for c in kids)), "children indented"
            if pbox.w >= 2 * LANE_INSET:
                assert min(lanes) >= pbox.x + LANE_INSET - EPS
                assert max(lanes) <= pbox.x + pbox.w - LANE_INSET + EPS
            else:
                assert pbox.x - EPS <= min(lanes) <= max(lanes) <= pbox.x + pbox.w + EPS

    # Lanes and stubs cross no box (touching a border is fine) and no stub crosses another lane.
    segments = lane_segments(layout)
    for key, (side, corner, top) in segments.items():
        assert top[1] <= corner[1] + EPS, f"lane {key} runs downwards"
        for i, box in boxes.items():
            assert not segment_enters(side, corner, box), f"stub of {key} crosses box {i}"
            assert not segment_enters(corner, top, box), f"lane of {key} crosses box {i}"
    vertical = [(corner[0], top[1], corner[1], key) for key, (_, corner, top) in segments.items()]
    for key, (side, corner, _) in segments.items():
        y = corner[1]
        for x, y0, y1, other in vertical:
            if other != key and corner[0] + EPS < x < side[0] - EPS:
                assert not (y0 + EPS < y < y1 - EPS), f"stub of {key} crosses the lane of {other}"
    # The bounds hold the lanes too (an exporter crops to them).
    bounds = layout.bounds()
    assert all(bounds.x - EPS <= x <= bounds.x + bounds.w + EPS for x, _ in layout.lanes.values())


# ----------------------------------------------------------------- random maps
@FAST
@given(data=st.data(), options=columns_options)
def test_random_maps_keep_every_invariant(data, options):
    amap = data.draw(maps())
    for i in data.draw(st.lists(st.sampled_from(amap.ids()), max_size=3, unique=True)):
        amap.update(i, collapsed=True)
    sizes = data.draw(sizes_for(amap))
    check_columns(amap, sizes, options, compute_layout(amap, sizes, options))


@FAST
@given(data=st.data(), options=columns_options)
def test_same_input_same_output(data, options):
    amap = data.draw(maps())
    for i in data.draw(st.lists(st.sampled_from(amap.ids()), max_size=2, unique=True)):
        amap.pin(i, *data.draw(st.tuples(st.floats(-500, 500), st.floats(-500, 500))))
    sizes = data.draw(sizes_for(amap))
    first = compute_layout(amap, sizes, options)
    again = compute_layout(loads(dumps(amap)), dict(reversed(sizes.items())), options)
    assert again == first
    assert list(again.boxes) == list(first.boxes) and list(again.lanes) == list(first.lanes)


def wide_claim(replies: int, grandchildren: int = 1) -> ArgumentMap:
    amap = ArgumentMap()
    amap.add("claim", "The main claim", id="c")
    for k in range(replies):
        amap.add("support" if k % 2 else "objection", f"reply {k}", parent="c", id=f"r{k}")
        for g in range(grandchildren):
            amap.add("support", f"reason {k}.{g}", parent=f"r{k}", id=f"r{k}g{g}")
    return amap


def test_replies_fill_columns_top_to_bottom_then_left_to_right():
    amap = wide_claim(12)
    layout = compute_layout(amap, text_sizes(amap), LayoutOptions(arrangement="columns"))
    tops = [layout.boxes[r] for r in expected_order(amap, "c", [f"r{k}" for k in range(12)])]  # supports first
    columns = sorted({b.x for b in tops})
    assert 1 < len(columns) < 12
    # Column-major: x never decreases along the replies, and within a column y grows.
    for a, b in itertools.pairwise(tops):
        assert b.x > a.x or (b.x == a.x and b.y > a.y)
    # The main claim is centred over its columns, level_gap above them.
    claim = layout.boxes["c"]
    bounds = layout.bounds()
    assert claim.x + claim.w / 2 == pytest.approx(bounds.x + bounds.w / 2)
    assert min(b.y for b in tops) == pytest.approx(claim.y + claim.h + 60.0)
    # Each reply's reason hangs under it, indented, with the lane inside the reply's bottom edge.
    for k in range(12):
        reply, reason = layout.boxes[f"r{k}"], layout.boxes[f"r{k}g0"]
        assert reason.y > reply.y + reply.h and reason.x == pytest.approx(reply.x + LANE_INSET + STUB)
        assert layout.lanes[(f"r{k}g0", f"r{k}")] == (pytest.approx(reply.x + LANE_INSET), pytest.approx(reply.y + reply.h))


def test_indent_grows_with_the_number_of_replies():
    amap = wide_claim(2, grandchildren=4)
    layout = compute_layout(amap, text_sizes(amap), LayoutOptions(arrangement="columns"))
    reply, first = layout.boxes["r0"], layout.boxes["r0g0"]
    assert first.x - reply.x == pytest.approx(LANE_INSET + 3 * LANE_GAP + STUB)
    lanes = [layout.lanes[(f"r0g{g}", "r0")][0] for g in range(4)]
    assert lanes == [pytest.approx(reply.x + LANE_INSET + (3 - g) * LANE_GAP) for g in range(4)]


def test_a_narrow_parent_squeezes_its_lanes_but_keeps_them_apart():
    amap = wide_claim(1, grandchildren=6)
    sizes = text_sizes(amap)
    sizes["r0"] = (60.0, 40.0)  # 40 px between the corners' insets: 5 gaps of 8 px
    layout = compute_layout(amap, sizes, LayoutOptions(arrangement="columns"))
    lanes = [layout.lanes[(f"r0g{g}", "r0")][0] for g in range(6)]
    assert [a - b for a, b in itertools.pairwise(lanes)] == [pytest.approx(8.0)] * 5
    assert lanes[-1] == pytest.approx(layout.boxes["r0"].x + LANE_INSET)
    assert lanes[0] == pytest.approx(layout.boxes["r0"].x + 60.0 - LANE_INSET)


def test_a_main_claim_without_replies_is_just_its_box():
    amap = ArgumentMap()
    amap.add("claim", "Alone", id="c")
    layout = compute_layout(amap, {"c": (200.0, 50.0)}, LayoutOptions(arrangement="columns"))
    assert layout.boxes == {"c": Box(0.0, 0.0, 200.0, 50.0)} and layout.lanes == {}


def test_several_main_claims_sit_side_by_side_tree_gap_apart():
    amap = wide_claim(5)
    amap.add("claim", "Another claim", id="d")
    amap.add("support", "Its reason", parent="d", id="d1")
    options = LayoutOptions(arrangement="columns", tree_gap=80.0)
    layout = compute_layout(amap, text_sizes(amap), options)
    first = [b for i, b in layout.boxes.items() if i[0] in "cr"]
    lanes_of_d = [x for (child, _), (x, _) in layout.lanes.items() if child == "d1"]
    right_of_first = max(b.x + b.w for b in first)
    assert min([layout.boxes["d"].x, layout.boxes["d1"].x, *lanes_of_d]) == pytest.approx(right_of_first + 80.0)
    assert layout.boxes["d"].y == layout.boxes["c"].y == 0.0


# ----------------------------------------------------------------- the split
@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.0, 300.0), min_size=1, max_size=9), st.integers(1, 9))
def test_the_split_minimises_the_tallest_column(heights, k):
    prefix = list(itertools.accumulate(heights, initial=0.0))
    split = _min_tallest_split(prefix, k)
    assert split[0] == 0 and split[-1] == len(heights) and len(split) - 1 <= k
    assert all(a < b for a, b in itertools.pairwise(split))
    tallest = max(prefix[b] - prefix[a] for a, b in itertools.pairwise(split))
    n = len(heights)
    best = min(
        max(prefix[b] - prefix[a] for a, b in itertools.pairwise((0, *cuts, n)))
        for j in range(min(k, n))
        for cuts in itertools.combinations(range(1, n), j)
    )
    assert tallest <= best + 0.011


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(1.0, 400.0), st.floats(1.0, 400.0)), min_size=1, max_size=30),
    st.floats(0.2, 5.0),
    st.tuples(st.floats(1.0, 400.0), st.floats(1.0, 200.0)),
)
def test_the_column_count_is_the_one_nearest_the_aspect(subtrees, aspect, root):
    """Stopping early never skips a better count: compare with trying every count."""
    widths, heights = [w for w, _ in subtrees], [h for _, h in subtrees]
    chosen = best_split(widths, heights, *root, aspect, 30.0, 60.0)

    def distance(split: list[int]) -> float:
        w = sum((b - a - 1) * LANE_GAP + STUB + max(widths[a:b]) for a, b in itertools.pairwise(split))
        w = max(root[0], w + 30.0 * (len(split) - 2))
        tallest = max(sum(heights[a:b]) + 14.0 * (b - a - 1) for a, b in itertools.pairwise(split))
        return abs(math.log(w / (root[1] + 60.0 + tallest)) - math.log(aspect))

    prefix = list(itertools.accumulate((h + 14.0 for h in heights), initial=0.0))
    every = [_min_tallest_split(prefix, k) for k in range(1, len(heights) + 1)]
    assert distance(chosen) <= min(map(distance, every)) + 1e-9


# ----------------------------------------------------------------- the example map
def test_the_example_map_fits_a_slide():
    amap = load(EXAMPLE)
    layout = compute_layout(amap, text_sizes(amap), LayoutOptions(arrangement="columns"))
    check_columns(amap, text_sizes(amap), LayoutOptions(arrangement="columns"), layout)
    bounds = layout.bounds()
    assert 1.3 <= bounds.w / bounds.h <= 2.4
    tree = compute_layout(amap, text_sizes(amap)).bounds()
    assert tree.w / tree.h > 4  # the poster it replaces


def test_the_example_map_fits_a_slide_with_the_real_box_sizes(qapp):
    from argmap.drawing.box import BoxPainting
    from argmap.drawing.theme import Theme

    amap = load(EXAMPLE)
    theme = Theme.light()
    sizes = {s.id: (painting.w, painting.h) for s in amap.statements() for painting in [BoxPainting(s, theme)]}
    options = LayoutOptions(arrangement="columns")
    layout = compute_layout(amap, sizes, options)
    check_columns(amap, sizes, options, layout)
    bounds = layout.bounds()
    assert 1.3 <= bounds.w / bounds.h <= 2.4


def test_a_taller_aspect_gives_fewer_columns():
    amap = load(EXAMPLE)
    sizes = text_sizes(amap)
    wide = compute_layout(amap, sizes, LayoutOptions(arrangement="columns", aspect=16 / 9)).bounds()
    tall = compute_layout(amap, sizes, LayoutOptions(arrangement="columns", aspect=0.7)).bounds()
    assert tall.w < wide.w and tall.h > wide.h


# ----------------------------------------------------------------- pins
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_pins_are_kept_and_nothing_but_their_subtrees_moves(data):
    amap, ids, pinned, sizes = random_pinned_map(data)
    layout, plain = check_pins_move_only_their_subtrees(amap, ids, pinned, sizes, LayoutOptions(arrangement="columns"))
    # A pinned statement's link to its parent has no lane; every other tree link keeps its lane, moved with its subtree.
    assert set(layout.lanes) == {(c, p) for c, p in layout.tree_links if c not in pinned}
    for (child, parent), (x, top) in layout.lanes.items():
        shift = layout.boxes[child].x - plain.boxes[child].x, layout.boxes[child].y - plain.boxes[child].y
        assert (x, top) == pytest.approx((plain.lanes[(child, parent)][0] + shift[0], plain.lanes[(child, parent)][1] + shift[1]))


# ----------------------------------------------------------------- options
def test_columns_are_top_down_only():
    with pytest.raises(ValueError, match="top-down"):
        LayoutOptions(arrangement="columns", direction="LR")


@pytest.mark.parametrize("aspect", [0.0, -1.0, math.inf, math.nan, "wide"])
def test_a_bad_aspect_is_refused_with_a_clear_message(aspect):
    with pytest.raises(ValueError, match="aspect"):
        LayoutOptions(arrangement="columns", aspect=aspect)


def test_an_unknown_arrangement_is_refused():
    with pytest.raises(ValueError, match="arrangement"):
        LayoutOptions(arrangement="spiral")


def test_a_missing_size_is_named():
    amap = wide_claim(3)
    sizes = text_sizes(amap)
    del sizes["r1g0"]
    with pytest.raises(ValueError, match="r1g0"):
        compute_layout(amap, sizes, LayoutOptions(arrangement="columns"))


@FAST
@given(data=st.data(), aspect=st.sampled_from([16 / 9, 0.5]))
def test_the_tree_arrangement_is_unchanged(data, aspect):
    """The default is the tidy tree: no lanes, and the columns' aspect plays no part in it."""
    amap = data.draw(maps())
    sizes = data.draw(sizes_for(amap))
    default = compute_layout(amap, sizes)
    assert default.lanes == {}
    assert compute_layout(amap, sizes, LayoutOptions(arrangement="tree", aspect=aspect)) == default


def test_a_deep_chain_hangs_without_recursion():
    amap = ArgumentMap()
    above = amap.add("claim", "c0", id="c0").id
    for k in range(1, 3000):
        above = amap.add("support", f"c{k}", parent=above, id=f"c{k}").id
    sizes = {i: (200.0, 40.0) for i in amap.ids()}
    layout = compute_layout(amap, sizes, LayoutOptions(arrangement="columns"))
    assert len(layout.lanes) == 2999
    assert layout.boxes["c2"].x - layout.boxes["c1"].x == pytest.approx(LANE_INSET + STUB)
    assert layout.boxes["c2"].y == pytest.approx(layout.boxes["c1"].y + 40.0 + 14.0)
