"""ArgumentMap.from_checked builds the same map as item-by-item inserts, only faster."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap, Kind, Link, Relation, Source, Statement
from argmap.model.statement import prechecked_link, prechecked_source, prechecked_statement


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
    fast.insert(Statement("s", "support", "S again"), order=1)  # (the ids in order, known from the start, kept so)
    assert fast.ids() == ["c", "s", "o", added.id] == sorted(fast.ids(), key=fast.order_of)


def test_bulk_graph_answers_like_the_one_built_item_by_item() -> None:
    statements = [Statement(i, "claim" if i == "c" else "support", i.upper()) for i in "cabde"]
    links = [Link("a", "c", Relation.SUPPORT), Link("b", "c", Relation.SUPPORT, "g"), Link("d", "c", Relation.SUPPORT, "g"),
             Link("e", "a", Relation.ATTACK)]
    slow = ArgumentMap()
    for s in statements:
        slow.insert(s)
    for lk in links:
        slow.add_link(lk)
    fast = ArgumentMap.from_checked("Untitled map", "", statements, links)
    for i in "cabde":
        assert fast.parents(i) == slow.parents(i) and fast.children(i) == slow.children(i)
        assert fast.ancestors(i) == slow.ancestors(i) and fast.descendants(i) == slow.descendants(i)
    assert fast.groups("c") == slow.groups("c") == {"g": ["b", "d"]}
    assert fast.main_claims() == ["c"] and not fast.has_cycles()
    assert sorted(fast.graph_view().edges) == sorted(slow.graph_view().edges)
    fast.disconnect("e", "a")
    assert fast.children("a") == [] and fast.main_claims() == ["c", "e"]


def test_prechecked_values_equal_checked_ones() -> None:
    checked = Statement("s1", Kind.SUPPORT, "Text", "Notes", (Source("Book", "https://x"),), ("a", "b"), 0.25, (1.0, 2.0), True)
    made = prechecked_statement("s1", Kind.SUPPORT, "Text", "Notes", (Source("Book", "https://x"),), ("a", "b"), 0.25, (1.0, 2.0), True)
    assert made == checked and hash(made) == hash(checked) and repr(made) == repr(checked)
    assert prechecked_link("a", "b", Relation.ATTACK, "g") == Link("a", "b", "attack", "g")
    with pytest.raises(AttributeError):  # frozen like any statement
        made.text = "changed"  # type: ignore[misc]
    assert prechecked_source("Book", None) == Source("Book")


def test_prechecked_statements_and_links_are_the_classes_themselves_with_every_field() -> None:
    """The bulk loaders fill a settable twin of the class and then make it the class: what comes out is a Statement
    (a Link) in every way, every field set, frozen, and so is what a pickle brings back."""
    import dataclasses
    import pickle

    from argmap.model.quotes import Quote

    quote = Quote("doc", "passage", 3, 10, "x", "y")
    checked = Statement("s1", Kind.CLAIM, "Text", "Notes", (Source("Book"),), ("a",), 0.25, (1.0, 2.0), True, title="T",
                        quote=quote, comment="C", question="expert/credible")
    made = prechecked_statement("s1", Kind.CLAIM, "Text", "Notes", (Source("Book"),), ("a",), 0.25, (1.0, 2.0), True, title="T",
                                quote=quote, comment="C", question="expert/credible")
    link = Link("a", "b", Relation.ATTACK, group="g", scheme="expert", also_in=("h",))
    quick = prechecked_link("a", "b", Relation.ATTACK, "g", "expert", ("h",))
    undercut = prechecked_link("c", "b", Relation.ATTACK, None, None, (), "a", None)
    for fast, slow in ((made, checked), (quick, link), (undercut, Link("c", "b", Relation.ATTACK, onto="a"))):
        for value in (fast, pickle.loads(pickle.dumps(fast))):
            assert type(value) is type(slow) and value == slow and hash(value) == hash(slow)
            assert [getattr(value, f.name) for f in dataclasses.fields(slow)] == [getattr(slow, f.name) for f in dataclasses.fields(slow)]
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(value, dataclasses.fields(slow)[0].name, "x")
