"""The evaluation's snapshot of a map: what a worker thread reads instead of the live map."""

from __future__ import annotations

import random

from argmap.evaluation.graph import snapshot
from argmap.model import ArgumentMap, Link, Relation


def test_a_snapshot_holds_every_statement_and_link_as_the_graph_does_in_its_order():
    """Read off the graph's own dicts: the same statements and links, in the same order, as NetworkX's views give,
    after links were made out of order and statements and links removed."""
    rng = random.Random(5)
    amap = ArgumentMap("Snapshot")
    ids = [amap.add("claim", "The main claim.").id]
    for k in range(60):
        ids.append(amap.add(rng.choice(["support", "objection", "evidence"]), f"Statement {k}.", parent=rng.choice(ids)).id)
    for _ in range(25):
        a, b = rng.sample(ids, 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    amap.remove(ids[7])
    amap.disconnect(*next((link.source, link.target) for link in amap.links()))
    objection = amap.add("objection", "An undercut.").id
    reason = next(link for link in amap.links() if link.relation == Relation.SUPPORT)
    amap.add_link(Link(objection, reason.target, Relation.ATTACK, onto=reason.source))

    snap = snapshot(amap)
    view = amap.graph_view()
    assert snap.ids == amap.ids()
    assert list(snap.statements.items()) == list(view.nodes(data="statement"))
    assert snap.links == [data["link"] for _, _, data in view.edges(data=True)]
    assert any(link.onto is not None for link in snap.links)
