"""The outline's row parents and its sign column, worked out in passes over the map when it is opened."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, Link, Relation


def walked_parents(amap: ArgumentMap) -> dict[str, str | None]:
    """The row parents as the outline had them before the pass skipped the walk: each statement's chain of oldest
    parents walked up until it reaches a row known to reach a top (a cycle broken at its oldest member)."""
    from argmap.gui.docks.outline_parents import outside_parent

    order = amap.order_of
    parent: dict[str, str | None] = {i: min(amap.parents(i), key=order) if amap.parents(i) else None for i in amap.ids()}
    reaches_top: set[str] = set()
    for start in parent:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in reaches_top and node not in path:
            path.append(node)
            node = parent[node]
        if node is not None and node in path:
            root = min(path[path.index(node):], key=order)
            parent[root] = outside_parent(amap, parent, root)
        reaches_top.update(path)
    return parent


@st.composite
def tangled_maps(draw) -> ArgumentMap:
    """Statements linked at random, younger to older and older to younger (cycles), some links marked."""
    amap = ArgumentMap()
    ids = [amap.add("claim", f"Statement {k}.").id for k in range(draw(st.integers(1, 14)))]
    for _ in range(draw(st.integers(0, 24))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a != b and not amap.has_link(a, b):
            amap.connect(a, b, draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK, Relation.REPHRASE])))
    return amap


@settings(max_examples=150, deadline=None)
@given(amap=tangled_maps())
def test_the_row_parents_are_those_of_the_walk(amap):
    from argmap.gui.docks.outline_parents import any_marked, marked, tree_parents

    assert tree_parents(amap) == walked_parents(amap)
    pred = amap.graph_view()._pred
    assert any_marked(pred) == any(marked(link) for link in amap.links())


def test_an_undercut_shows_the_wide_signs():
    from argmap.gui.docks.outline_parents import any_marked

    amap = ArgumentMap()
    amap.add("claim", "C.", id="c")
    amap.add("support", "R.", id="r", parent="c")
    amap.add("objection", "U.", id="u")
    assert not any_marked(amap.graph_view()._pred)
    amap.add_link(Link("u", "c", Relation.ATTACK, onto="r"))
    assert any_marked(amap.graph_view()._pred)


@st.composite
def orderly_maps(draw) -> ArgumentMap:
    """Statements linked younger to older only (the usual map, where no chain of parents can run in a circle), some with
    several parents, the oldest not always the first linked."""
    amap = ArgumentMap()
    ids = [amap.add("claim", f"Statement {k}.").id for k in range(draw(st.integers(2, 14)))]
    for _ in range(draw(st.integers(0, 30))):
        a, b = sorted(draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True)), key=amap.order_of, reverse=True)
        if not amap.has_link(a, b):
            amap.connect(a, b, draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK])))
    return amap


@settings(max_examples=150, deadline=None)
@given(amap=orderly_maps())
def test_the_row_parents_of_an_orderly_map_are_those_of_the_walk(amap):
    """(The pass that finds every parent older than its child skips the walk: it must come to the same parents.)"""
    from argmap.gui.docks.outline_parents import any_marked, tree_parents

    assert tree_parents(amap) == walked_parents(amap)
    assert not any_marked(amap.graph_view()._pred)


def test_an_undercut_of_a_linked_reason_and_a_rephrase_show_the_wide_signs():
    from argmap.gui.docks.outline_parents import any_marked

    amap = ArgumentMap()
    amap.add("claim", "C.", id="c")
    amap.add("support", "R.", id="r", parent="c")
    amap.add("support", "S.", id="s", parent="c")
    group = amap.group("c", ["r", "s"])
    amap.add("objection", "U.", id="u")
    assert not any_marked(amap.graph_view()._pred)
    amap.add_link(Link("u", "c", Relation.ATTACK, onto_group=group))
    assert any_marked(amap.graph_view()._pred)
    amap.disconnect("u", "c")
    assert not any_marked(amap.graph_view()._pred)
    amap.add("claim", "D.", id="d")
    amap.connect("d", "c", Relation.REPHRASE)
    assert any_marked(amap.graph_view()._pred)
