"""ArgumentMap queries: main claims, children order, parents, ancestors, descendants, cycles, counts."""

from __future__ import annotations

import networkx as nx
import pytest

from argmap.model import ArgumentMap, Kind, Link, Relation, UnknownStatement


@pytest.fixture
def amap() -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "Main.", id="c")
    # created in a mixed order on purpose: evidence first, then an objection, then supports
    m.add("evidence", "Evidence.", parent="c", id="e1")
    m.add("objection", "Objection 1.", parent="c", id="o1")
    m.add("support", "Support 1.", parent="c", id="s1")
    m.add("rebuttal", "Rebuttal of o1.", parent="o1", id="r1")
    m.add("objection", "Objection 2.", parent="c", id="o2")
    m.add("support", "Support 2.", parent="c", id="s2")
    m.add("evidence", "Evidence for s1.", parent="s1", id="e2")
    m.add("claim", "Second topic.", id="c2")
    return m


def test_main_claims_are_the_statements_with_no_parent_in_creation_order(amap):
    assert amap.main_claims() == ["c", "c2"]
    amap.disconnect("o2", "c")
    assert amap.main_claims() == ["c", "o2", "c2"]


def test_children_supports_then_attacks_then_evidence_creation_order_within(amap):
    assert amap.children("c") == ["s1", "s2", "o1", "o2", "e1"]
    assert amap.children("c", Relation.SUPPORT) == ["s1", "s2", "e1"]
    assert amap.children("c", Relation.ATTACK) == ["o1", "o2"]
    assert amap.children("c", "attack") == ["o1", "o2"]
    assert amap.children("e2") == []
    assert [link.source for link in amap.incoming("c")] == ["s1", "s2", "o1", "o2", "e1"]


def test_children_order_survives_remove_and_restore(amap):
    removal = amap.remove("s1")
    assert amap.children("c") == ["s2", "o1", "o2", "e1"]
    amap.restore(removal)
    assert amap.children("c") == ["s1", "s2", "o1", "o2", "e1"]


def test_parents_in_creation_order(amap):
    amap.connect("e2", "c", "support")
    assert amap.parents("e2") == ["c", "s1"]
    assert amap.parents("c") == []


def test_ancestors_and_descendants(amap):
    assert amap.ancestors("e2") == {"s1", "c"}
    assert amap.ancestors("c") == set()
    assert amap.descendants("c") == {"e1", "o1", "s1", "r1", "o2", "s2", "e2"}
    assert amap.descendants("o1") == {"r1"}
    assert amap.descendants("c2") == set()


def test_cycles_are_allowed_and_reported(amap):
    assert not amap.has_cycles()
    assert amap.cycles() == []
    amap.connect("c", "r1", "attack")
    assert amap.has_cycles()
    (cycle,) = amap.cycles()
    assert sorted(cycle) == ["c", "o1", "r1"]
    # consecutive ids of the cycle are linked, and the last back to the first
    for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        assert amap.has_link(a, b)
    assert amap.ancestors("c") == {"r1", "o1"}  # never itself, even on a cycle


def test_cycles_respects_its_limit():
    m = ArgumentMap()
    for i in range(6):
        m.add("claim", f"Node {i}.", id=f"n{i}")
    for i in range(6):
        for j in range(6):
            if i != j:
                m.connect(f"n{i}", f"n{j}", "support")
    assert len(m.cycles(limit=5)) == 5
    assert len(m.cycles(limit=1000)) > 100


def test_counts(amap):
    assert amap.counts_by_kind() == {
        Kind.CLAIM: 2, Kind.SUPPORT: 2, Kind.OBJECTION: 2, Kind.REBUTTAL: 1, Kind.EVIDENCE: 2,
    }
    assert amap.counts_by_relation() == {Relation.SUPPORT: 4, Relation.ATTACK: 3, Relation.REPHRASE: 0}
    assert ArgumentMap().counts_by_kind() == dict.fromkeys(Kind, 0)
    assert ArgumentMap().counts_by_relation() == dict.fromkeys(Relation, 0)


def test_len_contains_ids_statements(amap):
    assert len(amap) == 9
    assert "c" in amap and "zz" not in amap and ["not hashable"] not in amap
    assert amap.ids() == ["c", "e1", "o1", "s1", "r1", "o2", "s2", "e2", "c2"]
    assert [s.id for s in amap.statements()] == amap.ids()
    ids = amap.ids()
    ids.append("tampered")
    assert "tampered" not in amap.ids()  # a copy, not the internal list


def test_links_ordered_by_source_then_target(amap):
    amap.connect("e2", "c", "support")
    keys = [link.key for link in amap.links()]
    order = {i: n for n, i in enumerate(amap.ids())}
    assert keys == sorted(keys, key=lambda k: (order[k[0]], order[k[1]]))
    assert ("e2", "c") in keys and keys.index(("e2", "c")) < keys.index(("e2", "s1"))


def test_link_lookup(amap):
    assert amap.link("r1", "o1") == Link("r1", "o1", Relation.ATTACK)
    assert amap.has_link("r1", "o1") and not amap.has_link("o1", "r1")


@pytest.mark.parametrize("query", ["statement", "parents", "children", "ancestors", "descendants", "order_of", "groups"])
def test_queries_on_unknown_ids_raise_unknown_statement(amap, query):
    with pytest.raises(UnknownStatement, match="no statement with id 'zz'"):
        getattr(amap, query)("zz")


def test_graph_view_is_read_only_and_live(amap):
    view = amap.graph_view()
    assert set(view.nodes) == set(amap.ids())
    assert set(view.edges) == {link.key for link in amap.links()}
    with pytest.raises(nx.NetworkXError):
        view.add_node("x")
    amap.add("support", "Later.", parent="c", id="late")
    assert "late" in amap.graph_view()


def test_new_id_skips_taken_ids():
    m = ArgumentMap()
    m.add("claim", "x", id="s1")
    m.add("claim", "y", id="s2")
    assert m.new_id() == "s3"
    assert m.new_id("n") == "n3"
    m.add("claim", "z", id="s3")
    assert m.new_id() not in m


def test_order_of_survives_remove_and_restore(amap):
    before = {i: amap.order_of(i) for i in amap.ids()}
    amap.restore(amap.remove("o1"))
    late = amap.add("support", "Added last.", parent="c")
    assert {i: amap.order_of(i) for i in before} == before
    assert amap.order_of(late.id) > max(before.values())


def test_orders_tells_every_statements_order_and_follows_the_map_read_only(amap):
    orders = amap.orders()
    assert dict(orders) == {i: amap.order_of(i) for i in amap.ids()}
    late = amap.add("support", "Added last.", parent="c")
    amap.remove("o2")
    assert orders[late.id] == amap.order_of(late.id) and "o2" not in orders  # a live view
    with pytest.raises(TypeError):
        orders["c"] = 99  # type: ignore[index]


def test_links_and_statements_come_in_creation_order_whatever_order_the_links_were_made_in() -> None:
    import random

    from argmap.model import ArgumentMap, Kind, Relation

    rng = random.Random(5)
    amap = ArgumentMap()
    ids = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(3)]
    for k in range(40):
        ids.append(amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(ids)).id)
    for _ in range(30):  # second parents, made in random order: also to statements created later
        source, target = rng.sample(ids, 2)
        if not amap.has_link(source, target) and not amap.has_link(target, source):
            amap.connect(source, target, rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    amap.remove(ids[7])
    order = {i: k for k, i in enumerate(amap.ids())}
    keys = [(link.source, link.target) for link in amap.links()]
    assert keys == sorted(keys, key=lambda key: (order[key[0]], order[key[1]]))
    assert len(keys) == len(set(keys)) == sum(len(amap.parents(i)) for i in amap.ids())
    assert [s.id for s in amap.statements()] == amap.ids()


def test_the_parts_as_held_put_in_order_are_the_statements_and_links():
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Out of order")
    claim = amap.add("claim", "A claim.").id
    a = amap.add("support", "A.", parent=claim).id
    b = amap.add("objection", "B.", parent=claim).id
    d = amap.add("claim", "D.").id
    amap.connect(d, b, "support")
    amap.connect(d, a, "attack")
    amap.restore(amap.remove(a))
    statements, links, order = amap.parts()
    assert [s.id for s in statements] != amap.ids()  # held in another order than the map's
    assert sorted(statements, key=lambda s: order[s.id]) == amap.statements()
    assert sorted(links, key=lambda link: (order[link.source], order[link.target])) == amap.links()
    assert set(amap.held_statements()) == set(amap.statements()) and set(amap.held_links()) == set(amap.links())
