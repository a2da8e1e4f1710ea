"""ArgumentMap statement operations (model/statement_edits.py): add, insert, update, pin, remove/restore.

Each test checks the result, the exact change events on ``amap.changed``, and that a
refused operation raises the right MapError subclass, emits nothing and changes nothing.
"""

from __future__ import annotations

import pytest

from argmap.io import dumps
from argmap.model import (
    MAX_TEXT,
    ArgumentMap,
    DuplicateId,
    EdgeAdded,
    EdgeRemoved,
    InvalidLink,
    InvalidValue,
    Kind,
    Link,
    MapError,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    Relation,
    Source,
    Statement,
    UnknownStatement,
)
from tests.model.refusals import refused


@pytest.fixture
def amap() -> ArgumentMap:
    """claim c <- support s (with evidence e), c <- objection o <- rebuttal r."""
    m = ArgumentMap("Test map", "about testing")
    m.add("claim", "Schools should start later.", id="c")
    m.add("support", "Teenagers sleep better.", parent="c", id="s")
    m.add("objection", "Buses cost more.", parent="c", id="o")
    m.add("rebuttal", "Bus schedules can be shifted.", parent="o", id="r")
    m.add("evidence", "A 2014 study found more sleep.", parent="s", id="e", sources=[Source("Study", "https://x.org")])
    return m


# ------------------------------------------------------------------ add / insert
def test_add_under_parent_emits_node_then_edge(amap, events):
    st = amap.add("support", "Later starts improve grades.", parent="c", id="s2")
    assert st == amap.statement("s2")
    assert (st.kind, st.text, st.score, st.pinned, st.collapsed) == (Kind.SUPPORT, "Later starts improve grades.", 0.5, None, False)
    link = Link("s2", "c", Relation.SUPPORT)
    assert events == [NodeAdded(st), EdgeAdded(link)]
    assert amap.link("s2", "c") == link


@pytest.mark.parametrize(
    ("kind", "relation"),
    [("support", "support"), ("evidence", "support"), ("objection", "attack"), ("rebuttal", "attack"), ("claim", "support")],
)
def test_add_gives_the_default_relation_of_its_kind(amap, kind, relation):
    amap.add(kind, "A new statement.", parent="c", id="n")
    assert amap.link("n", "c").relation == relation


def test_add_with_explicit_relation_overrides_the_default(amap):
    amap.add("support", "Oddly attacking support.", parent="c", relation="attack", id="n")
    assert amap.link("n", "c").relation is Relation.ATTACK


def test_add_without_parent_is_a_new_main_claim(amap, events):
    st = amap.add("claim", "A second topic.")
    assert events == [NodeAdded(st)]
    assert amap.main_claims() == ["c", st.id]


def test_add_generates_fresh_ids(amap):
    ids = {amap.add("support", f"Reason {n}.", parent="c").id for n in range(20)}
    assert len(ids) == 20 and not ids & {"c", "s", "o", "r", "e"}
    assert len(amap) == 25


def test_add_keeps_all_optional_fields(amap):
    st = amap.add(
        "evidence", "Data.", parent="s", id="d", notes="a note", sources=[Source("Book")], tags=["x", "y"],
        score=0.9, pinned=(1, 2), collapsed=True,
    )
    assert st.sources == (Source("Book"),) and st.tags == ("x", "y")
    assert st.pinned == (1.0, 2.0) and isinstance(st.pinned[0], float)
    assert (st.notes, st.score, st.collapsed) == ("a note", 0.9, True)


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        (("support", "x"), {"id": "s"}, DuplicateId, "'s' already exists"),
        (("support", "x"), {"parent": "nope"}, UnknownStatement, "no statement with id 'nope'"),
        (("bogus", "x"), {}, InvalidValue, "'bogus' is not a kind"),
        (("support", "x"), {"parent": "c", "relation": "bogus"}, InvalidValue, "'bogus' is not a relation"),
        (("support", "x" * (MAX_TEXT + 1)), {}, InvalidValue, "text is longer than 20000"),
        (("support", "x"), {"notes": "n" * (MAX_TEXT + 1)}, InvalidValue, "notes is longer"),
        (("support", None), {}, InvalidValue, "text must be a string"),
        (("support", "x"), {"id": ""}, InvalidValue, "statement id '' must be a non-blank"),
        (("support", "x"), {"id": "   "}, InvalidValue, "non-blank"),
        (("support", "x"), {"id": "i" * 201}, InvalidValue, "at most 200"),
        (("support", "x"), {"id": 7}, InvalidValue, "statement id 7"),
        (("support", "x"), {"score": 1.5}, InvalidValue, "score 1.5 is not between 0 and 1"),
        (("support", "x"), {"score": -0.1}, InvalidValue, "not between 0 and 1"),
        (("support", "x"), {"score": float("nan")}, InvalidValue, "not between 0 and 1"),
        (("support", "x"), {"score": True}, InvalidValue, "score True"),
        (("support", "x"), {"score": "0.5"}, InvalidValue, "score '0.5'"),
        (("support", "x"), {"tags": ["a", "a"]}, InvalidValue, "tags repeat"),
        (("support", "x"), {"tags": [" "]}, InvalidValue, "tag ' ' is empty"),
        (("support", "x"), {"tags": ["t" * 101]}, InvalidValue, "empty or too long"),
        (("support", "x"), {"tags": "abc"}, InvalidValue, "tags must be a list"),
        (("support", "x"), {"tags": [3]}, InvalidValue, "tag 3"),
        (("support", "x"), {"sources": "abc"}, InvalidValue, "sources must be a list"),
        (("support", "x"), {"sources": [{"title": "t"}]}, InvalidValue, "each source must be a Source"),
        (("support", "x"), {"pinned": (1.0,)}, InvalidValue, "pinned position must be two finite numbers"),
        (("support", "x"), {"pinned": (float("inf"), 0)}, InvalidValue, "two finite numbers"),
        (("support", "x"), {"collapsed": "yes"}, InvalidValue, "collapsed must be true or false"),
        (("support", "broken \ud800 text"), {}, InvalidValue, "lone surrogate"),
        (("support", "x"), {"colour": "red"}, TypeError, "colour"),
    ],
)
def test_add_refuses_bad_input(amap, events, args, kwargs, error, match):
    refused(amap, events, error, lambda: amap.add(*args, **kwargs), match)


def test_add_with_unknown_parent_does_not_consume_anything(amap):
    with pytest.raises(UnknownStatement):
        amap.add("support", "x", parent="nope", id="n")
    assert "n" not in amap


def test_unknown_statement_is_also_a_key_error_with_a_plain_message(amap):
    with pytest.raises(KeyError) as info:
        amap.statement("nope")
    assert str(info.value) == "no statement with id 'nope'"


def test_insert_prepared_statement_and_restore_order(amap, events):
    st = Statement("x", Kind.SUPPORT, "Inserted.")
    assert amap.insert(st, order=-1) is st
    assert events == [NodeAdded(st)]
    assert amap.ids()[0] == "x"
    assert amap.main_claims()[:2] == ["x", "c"]
    refused(amap, [], DuplicateId, lambda: amap.insert(Statement("x", Kind.CLAIM, "again")), "'x' already exists")


def test_kind_accepts_enum_or_string_and_stores_the_enum(amap):
    assert amap.add(Kind.OBJECTION, "Enum kind.").kind is Kind.OBJECTION
    assert amap.add("objection", "String kind.").kind is Kind.OBJECTION


# ------------------------------------------------------------------ update
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "Teenagers sleep much better."),
        ("kind", Kind.EVIDENCE),
        ("notes", "checked in class"),
        ("sources", (Source("Sleep study", None), Source("Survey", "https://example.org"))),
        ("tags", ("health", "school")),
        ("score", 0.75),
        ("score", 0),
        ("score", 1),
        ("pinned", (10.5, -20.0)),
        ("collapsed", True),
        ("text", ""),  # a new box may start empty: the editor opens it for typing at once
    ],
)
def test_update_each_field_emits_one_node_changed(amap, events, field, value):
    old = amap.statement("s")
    links = amap.links()
    new = amap.update("s", **{field: value})
    assert getattr(new, field) == value
    assert amap.statement("s") == new
    assert events == [NodeChanged(old, new)]
    # nothing else changed
    assert {f: getattr(new, f) for f in Statement.__slots__ if f != field} == {
        f: getattr(old, f) for f in Statement.__slots__ if f != field
    }
    assert amap.links() == links


def test_update_with_same_value_emits_nothing(amap, events):
    old = amap.statement("s")
    assert amap.update("s", text=old.text, score=old.score) == old
    assert events == []


def test_update_several_fields_at_once_is_one_event(amap, events):
    old = amap.statement("o")
    new = amap.update("o", text="Buses cost a lot more.", score=0.2, tags=["cost"])
    assert events == [NodeChanged(old, new)]
    assert (new.text, new.score, new.tags) == ("Buses cost a lot more.", 0.2, ("cost",))


@pytest.mark.parametrize(
    ("changes", "error", "match"),
    [
        ({"id": "new"}, InvalidValue, "cannot change id"),
        ({"colour": "red", "size": 3}, InvalidValue, "cannot change colour, size"),
        ({"text": "t" * (MAX_TEXT + 1)}, InvalidValue, "text is longer than 20000"),
        ({"text": None}, InvalidValue, "text must be a string"),
        ({"kind": "bogus"}, InvalidValue, "'bogus' is not a kind"),
        ({"score": 2}, InvalidValue, "score 2 is not between 0 and 1"),
        ({"score": None}, InvalidValue, "score None"),
        ({"tags": ["a", "b", "a"]}, InvalidValue, "tags repeat"),
        ({"tags": ["ok", ""]}, InvalidValue, "tag '' is empty"),
        ({"sources": [Source("ok"), "bad"]}, InvalidValue, "each source must be a Source"),
        ({"pinned": ("a", "b")}, InvalidValue, "two finite numbers"),
        ({"pinned": (1, 2, 3)}, InvalidValue, "two finite numbers"),
        ({"notes": 5}, InvalidValue, "notes must be a string"),
        ({"collapsed": 1}, InvalidValue, "collapsed must be true or false"),
    ],
)
def test_update_refuses_bad_values(amap, events, changes, error, match):
    refused(amap, events, error, lambda: amap.update("s", **changes), match)


def test_update_unknown_statement(amap, events):
    refused(amap, events, UnknownStatement, lambda: amap.update("nope", text="x"), "no statement with id 'nope'")


def test_source_needs_a_title():
    with pytest.raises(InvalidValue, match="a source needs a title"):
        Source("  ")
    with pytest.raises(InvalidValue, match="longer than 2000"):
        Source("t", "u" * 2001)


# ------------------------------------------------------------------ pin / unpin
def test_pin_and_unpin(amap, events):
    old = amap.statement("r")
    pinned = amap.pin("r", 100, -50.5)
    assert pinned.pinned == (100.0, -50.5)
    unpinned = amap.unpin("r")
    assert unpinned.pinned is None and unpinned == old
    assert events == [NodeChanged(old, pinned), NodeChanged(pinned, unpinned)]
    events.clear()
    amap.unpin("r")  # already free: nothing to tell
    assert events == []


@pytest.mark.parametrize(("x", "y"), [(float("nan"), 0), (0, float("inf")), ("1", 2), (None, 0)])
def test_pin_refuses_non_finite_positions(amap, events, x, y):
    refused(amap, events, InvalidValue, lambda: amap.pin("r", x, y), "pinned position must be two finite numbers")


def test_pin_unknown(amap, events):
    refused(amap, events, UnknownStatement, lambda: amap.pin("zz", 0, 0), "'zz'")


# ------------------------------------------------------------------ remove / restore
def test_remove_takes_links_first_then_the_node(amap, events):
    st = amap.statement("s")
    removal = amap.remove("s")
    assert "s" not in amap
    assert removal.statement == st
    assert set(removal.links) == {Link("e", "s", Relation.SUPPORT), Link("s", "c", Relation.SUPPORT)}
    assert [type(e) for e in events] == [EdgeRemoved, EdgeRemoved, NodeRemoved]
    assert {e.link for e in events[:2]} == set(removal.links)
    assert events[-1] == NodeRemoved(st)
    assert not amap.has_link("e", "s") and not amap.has_link("s", "c")
    assert "e" in amap and amap.parents("e") == []  # the evidence stays, now a top


def test_remove_then_restore_gives_back_the_same_map(amap, events):
    amap.connect("e", "c", "support", group=None)
    amap.connect("r", "s", "attack")
    amap.group("c", ["s", "e"], name="g1")
    before = dumps(amap)
    order = amap.ids()
    events.clear()
    removal = amap.remove("s")
    amap.restore(removal)
    assert dumps(amap) == before
    assert amap.ids() == order
    assert amap.link("s", "c").group == "g1"
    added = events[len(removal.links) + 1:]
    assert added[0] == NodeAdded(removal.statement)
    assert {e.link for e in added[1:]} == set(removal.links)
    assert all(isinstance(e, EdgeAdded) for e in added[1:])


def test_restore_keeps_the_creation_order_even_after_more_adds(amap):
    removal = amap.remove("o")
    amap.add("support", "Added while o was gone.", parent="c", id="late")
    amap.restore(removal)
    assert amap.ids() == ["c", "s", "o", "r", "e", "late"]
    assert amap.children("c") == ["s", "late", "o"]


def test_remove_unknown(amap, events):
    refused(amap, events, UnknownStatement, lambda: amap.remove("zz"), "'zz'")


def test_restore_twice_is_refused_without_change(amap):
    removal = amap.remove("r")
    amap.restore(removal)
    events: list = []
    amap.changed.connect(events.append)
    refused(amap, events, DuplicateId, lambda: amap.restore(removal), "'r' already exists")


def test_restore_when_a_neighbour_is_gone_changes_nothing(amap):
    removal = amap.remove("s")
    amap.remove("c")
    events: list = []
    amap.changed.connect(events.append)
    refused(amap, events, UnknownStatement, lambda: amap.restore(removal), "'c'")
    assert "s" not in amap


def test_every_domain_error_is_a_map_error_and_a_value_error():
    for error in (UnknownStatement, DuplicateId, InvalidLink, InvalidValue):
        assert issubclass(error, MapError) and issubclass(error, ValueError)


def test_listeners_connect_once_and_can_disconnect(amap):
    seen: list = []
    amap.changed.connect(seen.append)
    amap.changed.connect(seen.append)
    amap.update("s", score=0.6)
    assert len(seen) == 1
    amap.changed.disconnect(seen.append)
    amap.update("s", score=0.7)
    assert len(seen) == 1


def test_restore_into_a_group_that_changed_relation_meanwhile_changes_nothing(amap):
    amap.add("support", "Partner.", parent="c", id="p")
    amap.group("c", ["s", "p"], name="g")
    removal = amap.remove("s")
    amap.update_link("p", "c", group=None)
    amap.update_link("o", "c", group="g")  # g is now an attacking reason
    events: list = []
    amap.changed.connect(events.append)
    refused(amap, events, InvalidLink, lambda: amap.restore(removal), "mixes support and attack")
    assert "s" not in amap


def test_a_statement_title_is_set_changed_and_checked():
    amap = ArgumentMap()
    amap.add("claim", "Japan should join the mission.", id="c", title="Benefits outweigh risks")
    assert amap.statement("c").title == "Benefits outweigh risks"
    changes = []
    amap.changed.connect(changes.append)
    amap.update("c", title="")
    assert amap.statement("c").title == "" and len(changes) == 1
    with pytest.raises(InvalidValue, match="title is longer than 500"):
        amap.update("c", title="x" * 501)
    assert amap.statement("c").title == ""
