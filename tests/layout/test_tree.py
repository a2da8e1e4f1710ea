"""Layout invariants on random trees, DAGs and cyclic maps, and on every example map.

What a user would check on the canvas: no two boxes overlap, children stay in order under
a parent centred over them, tree arrows cross no box, the same map always looks the same,
and adding one reason does not reshuffle unrelated parts of the map.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import dumps, load, loads
from argmap.layout import Box, Layout, LayoutOptions, compute_layout, edge_endpoints, hidden_by_collapse
from argmap.model import ArgumentMap, Kind

MAPS = sorted((Path(__file__).resolve().parents[2] / "maps").glob("*.json"))
EPS = 1e-6
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ----------------------------------------------------------------- maps to test on
@st.composite
def maps(draw, max_size: int = 30, cross_links: bool = True, cycles: bool = True) -> ArgumentMap:
    """A random map: a forest grown statement by statement, plus cross-links (and cycles) and linked reasons."""
    n = draw(st.integers(1, max_size))
    amap = ArgumentMap()
    ids: list[str] = []
    for i in range(n):
        kind = draw(st.sampled_from(list(Kind)))
        above = draw(st.none() | st.integers(0, i - 1)) if i else None
        ids.append(amap.add(kind, f"statement {i}", parent=None if above is None else ids[above]).id)
    if cross_links and n > 1:
        for _ in range(draw(st.integers(0, n // 2))):
            a, b = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
            if not cycles:
                a, b = max(a, b), min(a, b)  # later to earlier: never a cycle
            if a != b and not amap.has_link(ids[a], ids[b]):
                amap.connect(ids[a], ids[b], draw(st.sampled_from(["support", "attack"])))
    for target in draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)):
        supports = [link.source for link in amap.incoming(target) if link.relation == "support" and link.group is None]
        if len(supports) >= 2:
            amap.group(target, draw(st.permutations(supports))[:2])
    return amap


@st.composite
def sizes_for(draw, amap: ArgumentMap) -> dict[str, tuple[float, float]]:
    dims = st.tuples(st.integers(1, 320), st.integers(1, 220)) | st.tuples(st.floats(0.1, 320), st.floats(0.1, 220))
    return {i: tuple(float(v) for v in draw(dims)) for i in amap.ids()}


options_strategy = st.builds(
    LayoutOptions,
    direction=st.sampled_from(["TB", "LR"]),
    sibling_gap=st.sampled_from([0.0, 7.5, 30.0]),
    level_gap=st.sampled_from([0.0, 12.0, 60.0]),
    tree_gap=st.sampled_from([0.0, 80.0]),
)


def text_sizes(amap: ArgumentMap) -> dict[str, tuple[float, float]]:
    """Sizes like the canvas's: fixed width, height grows with the text."""
    return {s.id: (220.0, 24.0 + 18.0 * (1 + len(s.text) // 32)) for s in amap.statements()}


# ----------------------------------------------------------------- the invariants
def overlapping_pairs(boxes: dict[str, Box]) -> list[tuple[str, str]]:
    items = sorted(boxes.items(), key=lambda kv: (kv[1].x, kv[0]))
    found = []
    for k, (a, box_a) in enumerate(items):
        for b, box_b in items[k + 1 :]:
            if box_b.x >= box_a.x + box_a.w - EPS:
                break
            if box_a.y < box_b.y + box_b.h - EPS and box_b.y < box_a.y + box_a.h - EPS:
                found.append((a, b))
    return found


def tree_children(layout: Layout) -> dict[str, list[str]]:
    kids: dict[str, list[str]] = {}
    for child, parent in layout.tree_links:
        kids.setdefault(parent, []).append(child)
    return kids


def expected_order(amap: ArgumentMap, parent: str, kids: list[str]) -> list[str]:
    """amap.children() order, with each linked reason's co-premises pulled next to its first member
    and each undercut right after the premise or linked reason whose inference it attacks."""
    ordered = [c for c in amap.children(parent) if c in kids]
    group_of = {m: g for g, members in amap.groups(parent).items() for m in members}
    result, done = [], set()
    for c in ordered:
        g = group_of.get(c)
        if g is None:
            result.append(c)
        elif g not in done:
            done.add(g)
            result.extend(m for m in ordered if group_of.get(m) == g)
    undercuts = [link for link in amap.undercuts(parent) if link.source in result]
    for link in undercuts:
        result.remove(link.source)
    for link in undercuts:
        attacked = [link.onto] if link.onto else amap.groups(parent)[link.onto_group]
        spots = [k for k, c in enumerate(result) if c in attacked]
        at = spots[-1] + 1 if spots else len(result)
        while at < len(result) and result[at] in {u.source for u in undercuts if (u.onto, u.onto_group) == (link.onto, link.onto_group)}:
            at += 1
        result.insert(at, link.source)
    return result


def across(box: Box, direction: str) -> tuple[float, float]:
    """(start, end) of a box across the tree: x in top-down layouts, y in left-to-right ones."""
    return (box.x, box.x + box.w) if direction == "TB" else (box.y, box.y + box.h)


def along(box: Box, direction: str) -> tuple[float, float]:
    return (box.y, box.y + box.h) if direction == "TB" else (box.x, box.x + box.w)


def segment_enters(p: tuple[float, float], q: tuple[float, float], box: Box) -> bool:
    """Whether segment p-q passes through the inside of ``box`` (touching its border is fine)."""
    x0, y0, x1, y1 = box.x + EPS, box.y + EPS, box.x + box.w - EPS, box.y + box.h - EPS
    if x0 >= x1 or y0 >= y1:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for d, low, high, start in ((dx, x0, x1, p[0]), (dy, y0, y1, p[1])):
        if d == 0:
            if not (low < start < high):
                return False
            continue
        a, b = (low - start) / d, (high - start) / d
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
    return t0 < t1


def check_layout(amap: ArgumentMap, sizes: dict[str, tuple[float, float]], options: LayoutOptions, layout: Layout) -> None:
    d = options.direction
    shown = set(amap.ids()) - hidden_by_collapse(amap)
    assert set(layout.boxes) == shown
    for i, box in layout.boxes.items():
        assert (box.w, box.h) == sizes[i]
    assert overlapping_pairs(layout.boxes) == []

    # The tree: one parent per shown statement but the roots, along real links, no loops.
    parent_of = dict(layout.tree_links)
    assert len(parent_of) == len(layout.tree_links)
    for child, parent in layout.tree_links:
        assert amap.has_link(child, parent) and child in shown and parent in shown
    for node in shown:
        seen = set()
        while node in parent_of:
            assert node not in seen, "tree links loop"
            seen.add(node)
            node = parent_of[node]

    for parent, kids in tree_children(layout).items():
        parent_box = layout.boxes[parent]
        # Children in the stable order, left to right (top to bottom in LR).
        by_position = sorted(kids, key=lambda c: across(layout.boxes[c], d)[0])
        assert by_position == expected_order(amap, parent, kids)
        # Each child right below (beside) its own parent: not in rows of equal height.
        for c in kids:
            assert along(layout.boxes[c], d)[0] == pytest.approx(along(parent_box, d)[1] + options.level_gap)
        # The parent centred over its children.
        first, last = across(layout.boxes[by_position[0]], d), across(layout.boxes[by_position[-1]], d)
        start, end = across(parent_box, d)
        assert (start + end) / 2 == pytest.approx((first[0] + last[1]) / 2)

    # Tree arrows (border to border) cross no box.
    for child, parent in layout.tree_links:
        p, q = edge_endpoints(layout.boxes[child], layout.boxes[parent], d)
        crossed = [i for i, box in layout.boxes.items() if segment_enters(p, q, box)]
        assert crossed == [], f"arrow {child} -> {parent} crosses {crossed}"


# ----------------------------------------------------------------- tests
@FAST
@given(data=st.data(), options=options_strategy)
def test_trees_dags_and_cycles_keep_every_invariant(data, options):
    amap = data.draw(maps())
    sizes = data.draw(sizes_for(amap))
    layout = compute_layout(amap, sizes, options)
    check_layout(amap, sizes, options, layout)


@FAST
@given(data=st.data(), options=options_strategy)
def test_collapsed_statements_hide_what_only_they_show(data, options):
    amap = data.draw(maps(max_size=25))
    for i in data.draw(st.lists(st.sampled_from(amap.ids()), max_size=4, unique=True)):
        amap.update(i, collapsed=True)
    sizes = data.draw(sizes_for(amap))
    layout = compute_layout(amap, sizes, options)
    check_layout(amap, sizes, options, layout)
    for child in layout.boxes:  # whatever is shown hangs from a root or from a shown, expanded parent
        shown_by = [p for p in amap.parents(child) if p in layout.boxes and not amap.statement(p).collapsed]
        assert shown_by or child not in dict(layout.tree_links)
    for child in set(amap.ids()) - set(layout.boxes):  # whatever is hidden has no shown, expanded parent
        assert all(p not in layout.boxes or amap.statement(p).collapsed for p in amap.parents(child))


@FAST
@given(data=st.data(), options=options_strategy)
def test_same_input_same_output(data, options):
    amap = data.draw(maps())
    for i in data.draw(st.lists(st.sampled_from(amap.ids()), max_size=2, unique=True)):
        amap.update(i, collapsed=True)
    for i in data.draw(st.lists(st.sampled_from(amap.ids()), max_size=2, unique=True)):
        amap.pin(i, *data.draw(st.tuples(st.floats(-500, 500), st.floats(-500, 500))))
    sizes = data.draw(sizes_for(amap))
    first = compute_layout(amap, sizes, options)
    again = compute_layout(loads(dumps(amap)), dict(reversed(sizes.items())), options)
    assert again == first
    assert list(again.boxes) == list(first.boxes)


@FAST
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_adding_a_leaf_moves_only_what_it_must(data, direction):
    """The small-edit bound (also in the api docstring), for maps without pins.

    After adding one leaf under a statement P:
    * no old box moves along the layout direction (y in top-down, x in left-to-right);
    * every subtree that does not contain the leaf keeps its exact shape (moves as one block);
    * trees of main claims before P's tree do not move; those after it all move by one amount.
    """
    amap = data.draw(maps(max_size=25))
    sizes = data.draw(sizes_for(amap))
    options = LayoutOptions(direction=direction)
    before = compute_layout(amap, sizes, options)
    under = data.draw(st.sampled_from(sorted(before.boxes)))
    leaf = amap.add(data.draw(st.sampled_from(["support", "objection", "evidence"])), "new reason", parent=under).id
    sizes[leaf] = data.draw(st.tuples(st.integers(1, 400), st.integers(1, 300)))
    after = compute_layout(amap, sizes, options)
    assert set(after.boxes) == set(before.boxes) | {leaf}
    assert after.tree_links == before.tree_links | {(leaf, under)}

    def shift(i: str) -> float:
        return across(after.boxes[i], direction)[0] - across(before.boxes[i], direction)[0]

    for i in before.boxes:
        assert along(after.boxes[i], direction) == pytest.approx(along(before.boxes[i], direction))

    parent_of = dict(before.tree_links)
    path = {under}
    node = under
    while node in parent_of:
        node = parent_of[node]
        path.add(node)
    kids = tree_children(before)

    def subtree(root: str) -> list[str]:
        out, stack = [], [root]
        while stack:
            out.append(stack.pop())
            stack.extend(kids.get(out[-1], []))
        return out

    for i in before.boxes:
        if i not in path:
            moves = [shift(j) for j in subtree(i)]
            assert max(moves) - min(moves) < 1e-6, f"subtree of {i} changed shape"

    roots = [i for i in before.boxes if i not in parent_of]
    home = node  # the root of the tree that got the leaf
    later = [i for r in roots if amap.order_of(r) > amap.order_of(home) for i in subtree(r)]
    for r in roots:
        if amap.order_of(r) < amap.order_of(home):
            assert all(after.boxes[i] == before.boxes[i] for i in subtree(r))
    if later:
        moves = [shift(i) for i in later]
        assert max(moves) - min(moves) < 1e-6


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_example_maps(path, direction):
    amap = load(path)
    sizes = text_sizes(amap)
    options = LayoutOptions(direction=direction)
    layout = compute_layout(amap, sizes, options)
    check_layout(amap, sizes, options, layout)
    assert compute_layout(load(path), sizes, options) == layout


def test_statements_the_graph_holds_out_of_creation_order_keep_their_parents_and_places():
    """A removed statement put back (undo) comes last in the graph's own order but keeps its creation order: its
    siblings' order, its parent (the first created of several) and the main claims' order go by creation."""
    amap = ArgumentMap()
    amap.add("claim", "Main", id="c")
    amap.add("support", "A", parent="c", id="a")
    amap.add("support", "B", parent="c", id="b")
    amap.add("objection", "O", parent="c", id="o")
    amap.add("claim", "Other", id="d")
    amap.add("evidence", "E", parent="a", id="e")
    amap.connect("b", "d", "support")
    amap.restore(amap.remove("a"))
    amap.restore(amap.remove("c"))  # its links come back after b's link to d
    assert list(amap.graph_view()) == ["b", "o", "d", "e", "a", "c"]
    sizes = text_sizes(amap)
    layout = compute_layout(amap, sizes)
    check_layout(amap, sizes, LayoutOptions(), layout)
    assert set(layout.tree_links) == {("a", "c"), ("b", "c"), ("o", "c"), ("e", "a")}
    assert sorted("abo", key=lambda i: layout.boxes[i].x) == ["a", "b", "o"]
    assert layout.boxes["c"].x < layout.boxes["d"].x  # the main claims side by side in creation order
