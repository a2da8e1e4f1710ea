"""The layout's rules one by one: spanning tree, collapse, several main claims, left-to-right,
pins, deep maps, arrow ends and clear errors."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.layout import Box, LayoutOptions, compute_layout, edge_endpoints, hidden_by_collapse
from argmap.model import ArgumentMap

EPS = 1e-6


def square_sizes(amap: ArgumentMap, w: float = 100.0, h: float = 40.0) -> dict[str, tuple[float, float]]:
    return {i: (w, h) for i in amap.ids()}


def overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w - EPS and b.x < a.x + a.w - EPS and a.y < b.y + b.h - EPS and b.y < a.y + a.h - EPS


def small_debate() -> ArgumentMap:
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "Reason one", parent="c", id="s1")
    amap.add("objection", "Objection", parent="c", id="o1")
    amap.add("support", "Reason two", parent="c", id="s2")
    amap.add("evidence", "Evidence", parent="s1", id="e1")
    amap.add("rebuttal", "Rebuttal", parent="o1", id="r1")
    return amap


# ----------------------------------------------------------------- the spanning tree
def test_top_down_main_claim_on_top_children_in_kind_order():
    amap = small_debate()
    layout = compute_layout(amap, square_sizes(amap))
    boxes = layout.boxes
    assert boxes["c"].y == 0 and all(b.y > 0 for i, b in boxes.items() if i != "c")
    # supports (creation order), then objections; each child 60 below its parent
    assert boxes["s1"].x < boxes["s2"].x < boxes["o1"].x
    assert boxes["s1"].y == boxes["c"].y + 40 + 60
    assert layout.tree_links == {("s1", "c"), ("o1", "c"), ("s2", "c"), ("e1", "s1"), ("r1", "o1")}


def test_children_sit_under_their_own_parent_not_in_rows():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "Tall reason", parent="c", id="tall")
    amap.add("support", "Short reason", parent="c", id="short")
    amap.add("evidence", "Under the short one", parent="short", id="e")
    sizes = {"c": (100, 40), "tall": (100, 300), "short": (100, 20), "e": (100, 20)}
    boxes = compute_layout(amap, sizes).boxes
    assert boxes["e"].y == boxes["short"].y + 20 + 60  # not pushed below the tall sibling


def test_a_statement_with_two_parents_hangs_under_the_first_created_and_the_other_link_is_a_cross_link():
    amap = small_debate()
    amap.connect("e1", "s2", "support")
    layout = compute_layout(amap, square_sizes(amap))
    assert ("e1", "s1") in layout.tree_links and ("e1", "s2") not in layout.tree_links


def test_linked_premises_stay_side_by_side():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "Premise A", parent="c", id="a")
    amap.add("support", "Alone", parent="c", id="b")
    amap.add("support", "Premise A'", parent="c", id="a2")
    amap.group("c", ["a", "a2"])
    boxes = compute_layout(amap, square_sizes(amap)).boxes
    assert boxes["a"].x < boxes["a2"].x < boxes["b"].x


def test_a_cycle_no_main_claim_reaches_gets_its_earliest_statement_as_root():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="m")
    amap.add("support", "x", id="x")
    amap.add("support", "y", id="y", parent="x")
    amap.add("support", "z", id="z", parent="y")
    amap.connect("x", "z", "support")  # x -> z -> y -> x: a loop nobody tops
    amap.add("evidence", "w", id="w", parent="y")
    layout = compute_layout(amap, square_sizes(amap))
    assert set(layout.boxes) == {"m", "x", "y", "z", "w"}
    roots = {i for i in layout.boxes if i not in dict(layout.tree_links)}
    assert roots == {"m", "x"}
    assert layout.boxes["m"].x < layout.boxes["x"].x  # roots side by side in creation order
    assert ("x", "z") not in layout.tree_links  # the link that closes the loop is drawn as a cross-link


def test_inside_a_cycle_the_tree_parent_is_nearer_the_root():
    amap = ArgumentMap()
    amap.add("claim", "Main", id="m")
    amap.add("support", "P, created before Q", id="p")
    amap.add("support", "Q", id="q", parent="m")
    amap.add("support", "X", id="x", parent="p")  # X's first parent P...
    amap.connect("x", "q", "support")
    amap.connect("p", "x", "attack")  # ...but P only hangs below X
    layout = compute_layout(amap, square_sizes(amap))
    assert ("x", "q") in layout.tree_links and ("p", "x") in layout.tree_links


def test_a_ten_thousand_deep_chain_does_not_hit_the_recursion_limit():
    amap = ArgumentMap()
    above = amap.add("claim", "top").id
    for _ in range(10_000):
        above = amap.add("support", "why", parent=above).id
    boxes = compute_layout(amap, square_sizes(amap)).boxes
    assert len(boxes) == 10_001
    assert boxes[above].y == pytest.approx(10_000 * 100)
    assert {b.x for b in boxes.values()} == {0.0}


# ----------------------------------------------------------------- collapse
def test_collapsed_statement_shows_but_its_subtree_does_not():
    amap = small_debate()
    amap.update("s1", collapsed=True)
    layout = compute_layout(amap, square_sizes(amap))
    assert "s1" in layout.boxes and "e1" not in layout.boxes
    assert hidden_by_collapse(amap) == {"e1"} == layout.hidden


def test_collapsing_one_parent_keeps_a_reason_another_parent_still_shows():
    amap = small_debate()
    amap.connect("e1", "s2", "support")
    amap.update("s1", collapsed=True)
    layout = compute_layout(amap, square_sizes(amap))
    assert hidden_by_collapse(amap) == set()
    assert ("e1", "s2") in layout.tree_links


def test_without_collapse_nothing_is_hidden():
    assert hidden_by_collapse(small_debate()) == set()


# ----------------------------------------------------------------- several trees, directions
def test_main_claims_side_by_side_tree_gap_apart_top_aligned():
    amap = small_debate()
    amap.add("claim", "Second main claim", id="c2")
    amap.add("support", "Its reason", parent="c2", id="s9")
    options = LayoutOptions(tree_gap=80)
    boxes = compute_layout(amap, square_sizes(amap), options).boxes
    first = [b for i, b in boxes.items() if i not in ("c2", "s9")]
    first_left, first_right = min(b.x for b in first), max(b.x + b.w for b in first)
    # the first tree's slot: its width and at most an eighth more (layout.place.tree_slot), then the gap
    second_left = min(boxes["c2"].x, boxes["s9"].x)
    assert first_right + 80 <= second_left <= first_right + 80 + (first_right - first_left) / 8
    assert boxes["c2"].y == boxes["c"].y == 0


def test_left_to_right_puts_the_main_claim_at_the_left_and_uses_widths_for_depth():
    amap = small_debate()
    sizes = {i: (150.0, 30.0) for i in amap.ids()}
    boxes = compute_layout(amap, sizes, LayoutOptions(direction="LR")).boxes
    assert boxes["c"].x == 0
    assert boxes["s1"].x == boxes["c"].x + 150 + 60
    assert boxes["s1"].y < boxes["s2"].y < boxes["o1"].y  # order reads top to bottom
    assert boxes["c"].center[1] == pytest.approx((boxes["s1"].y + boxes["o1"].y + 30) / 2)


def test_empty_map():
    layout = compute_layout(ArgumentMap(), {})
    assert layout.boxes == {} and layout.bounds() == Box(0, 0, 0, 0)


# ----------------------------------------------------------------- pins
def test_a_pinned_statement_stays_at_its_pin_and_carries_its_subtree():
    amap = small_debate()
    amap.pin("o1", 1000.0, 500.0)
    sizes = square_sizes(amap)
    boxes = compute_layout(amap, sizes).boxes
    assert (boxes["o1"].x, boxes["o1"].y) == (1000.0, 500.0)
    assert boxes["r1"].y == 500 + 40 + 60 and boxes["r1"].center[0] == boxes["o1"].center[0]
    amap.pin("o1", 1234.5, -77.0)
    moved = compute_layout(amap, sizes).boxes
    assert moved["r1"].x - boxes["r1"].x == pytest.approx(234.5)
    assert moved["r1"].y - boxes["r1"].y == pytest.approx(-577.0)


def test_dragging_one_statement_moves_nothing_else():
    amap = small_debate()
    sizes = square_sizes(amap)
    free = compute_layout(amap, sizes).boxes
    amap.pin("s2", free["s1"].x + 10, free["s1"].y + 300)  # dropped under its neighbour
    boxes = compute_layout(amap, sizes).boxes
    assert (boxes["s2"].x, boxes["s2"].y) == (free["s1"].x + 10, free["s1"].y + 300)
    assert {i: b for i, b in boxes.items() if i != "s2"} == {i: b for i, b in free.items() if i != "s2"}


def carried_by(tree_links, pinned: set[str], node: str) -> str | None:
    """The nearest pinned statement at or above ``node`` in the spanning tree, if any."""
    parent_of = dict(tree_links)
    while True:
        if node in pinned:
            return node
        if node not in parent_of:
            return None
        node = parent_of[node]


def random_pinned_map(data) -> tuple[ArgumentMap, list[str], set[str], dict]:
    amap = ArgumentMap()
    ids: list[str] = []
    for k in range(data.draw(st.integers(1, 25))):
        above = data.draw(st.none() | st.integers(0, k - 1)) if k else None
        ids.append(amap.add("support", f"s{k}", parent=None if above is None else ids[above]).id)
    spot = st.tuples(st.integers(-400, 1200), st.integers(-200, 800))
    pinned = set(data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)))
    for i in pinned:
        amap.pin(i, *map(float, data.draw(spot)))
    sizes = {i: tuple(map(float, data.draw(st.tuples(st.integers(1, 200), st.integers(1, 120))))) for i in ids}
    return amap, ids, pinned, sizes


def check_pins_move_only_their_subtrees(amap, ids, pinned, sizes, options):
    """Pins are kept, each pinned subtree moves rigidly with its pin, and every other box is
    exactly where the map without pins puts it (a drag re-flows nothing)."""
    layout = compute_layout(amap, sizes, options)
    pins = {i: amap.statement(i).pinned for i in pinned}
    for i in pinned:
        amap.unpin(i)
    plain = compute_layout(amap, sizes, options)
    for i, (x, y) in pins.items():
        amap.pin(i, x, y)
    boxes = layout.boxes
    assert set(boxes) == set(ids)
    for i in ids:
        top = carried_by(layout.tree_links, pinned, i)
        if top is None:
            assert boxes[i] == plain.boxes[i], f"{i} moved"
        else:
            px, py = amap.statement(top).pinned
            dx, dy = px - plain.boxes[top].x, py - plain.boxes[top].y
            assert boxes[i].x == pytest.approx(plain.boxes[i].x + dx) and boxes[i].y == pytest.approx(plain.boxes[i].y + dy)
    return layout, plain


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_pins_are_kept_and_nothing_but_their_subtrees_moves(data, direction):
    amap, ids, pinned, sizes = random_pinned_map(data)
    check_pins_move_only_their_subtrees(amap, ids, pinned, sizes, LayoutOptions(direction=direction))


# ----------------------------------------------------------------- arrows
def test_arrow_ends_top_down_and_left_to_right():
    child, parent = Box(0, 200, 100, 40), Box(50, 0, 80, 60)
    assert edge_endpoints(child, parent, "TB") == ((50, 200), (90, 60))
    child, parent = Box(300, 0, 100, 40), Box(0, 50, 120, 60)
    assert edge_endpoints(child, parent, "LR") == ((300, 20), (120, 80))


def test_arrow_between_side_by_side_boxes_runs_between_their_facing_borders():
    child, parent = Box(300, 10, 100, 40), Box(0, 0, 100, 60)
    (x1, y1), (x2, y2) = edge_endpoints(child, parent, "TB")
    assert x1 == 300 and 10 <= y1 <= 50  # on the child's left side
    assert x2 == 100 and 0 <= y2 <= 60  # on the parent's right side


# ----------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("size", "message"),
    [(None, "no size given for statement 'e1'"), ((10, math.nan), "'e1'"), ((-1, 10), "'e1'"), ("big", "'e1'")],
)
def test_a_bad_size_names_the_statement(size, message):
    amap = small_debate()
    sizes = square_sizes(amap)
    if size is None:
        del sizes["e1"]
    else:
        sizes["e1"] = size
    with pytest.raises(ValueError, match=message):
        compute_layout(amap, sizes)


def test_hidden_statements_need_no_size():
    amap = small_debate()
    amap.update("s1", collapsed=True)
    sizes = square_sizes(amap)
    del sizes["e1"]
    assert "e1" not in compute_layout(amap, sizes).boxes


@pytest.mark.parametrize("bad", [{"direction": "BT"}, {"sibling_gap": -1}, {"level_gap": math.inf}])
def test_bad_options_are_refused_clearly(bad):
    with pytest.raises(ValueError, match=r"direction|gap"):
        LayoutOptions(**bad)
