"""ArgumentMap.from_checked builds the same map as item-by-item inserts, only faster."""

from __future__ import annotations

from argmap.model import ArgumentMap, Link, Relation, Statement


def test_bulk_map_equals_the_map_built_one_item_at_a_time() -> None:
    statements = [Statement("c", "claim", "C"), Statement("s", "support", "S"), Statement("o", "objection", "O")]
    links = [Link("s", "c", Relation.SUPPORT), Link("o", "c", Relation.ATTACK)]
    slow = ArgumentMap("T", "D")
    for s in statements:
        slow.insert(s)
    for lk in links:
        slow.add_link(lk)
    fast = ArgumentMap.from_checked("T", "D", statements, links)
    assert fast.statements() == slow.statements()
    assert fast.links() == slow.links()
    assert [fast.order_of(i) for i in fast.ids()] == [0, 1, 2]
    assert (fast.title, fast.description) == ("T", "D")
    added = fast.add("rebuttal", "R", parent="o")
    assert fast.ids()[-1] == added.id and fast.order_of(added.id) == 3
    events = []
    fast.changed.connect(events.append)
    fast.remove("s")
    assert len(events) == 2  # the bulk-built map emits like any other
