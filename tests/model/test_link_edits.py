"""ArgumentMap link operations (model/link_edits.py): connect, disconnect, update_link, move."""

from __future__ import annotations

import pytest

from argmap.model import (
    ArgumentMap,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    InvalidLink,
    InvalidValue,
    Link,
    Relation,
    UnknownStatement,
)
from tests.model.links_map import links_map
from tests.model.refusals import refused


@pytest.fixture
def amap() -> ArgumentMap:
    return links_map()


# ------------------------------------------------------------------ connect / disconnect
def test_connect_adds_a_cross_link(amap, events):
    link = amap.connect("e", "s2", "support")
    assert link == Link("e", "s2", Relation.SUPPORT)
    assert events == [EdgeAdded(link)]
    assert amap.parents("e") == ["s1", "s2"]
    assert amap.has_link("e", "s2")


def test_connect_with_a_group(amap, events):
    amap.group("c", ["s1", "s2"], name="g")
    events.clear()
    link = amap.connect("r", "c", "support", group="g")
    assert events == [EdgeAdded(link)]
    assert amap.groups("c") == {"g": ["s1", "s2", "r"]}


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        (("c", "c", "support"), InvalidLink, "'c' cannot support or attack itself"),
        (("s1", "c", "support"), InvalidLink, "'s1' is already linked to 'c'"),
        (("s1", "c", "attack"), InvalidLink, "already linked"),
        (("zz", "c", "support"), UnknownStatement, "no statement with id 'zz'"),
        (("c", "zz", "support"), UnknownStatement, "'zz'"),
        (("e", "s2", "bogus"), InvalidValue, "'bogus' is not a relation"),
        (("e", "s2", "support", " "), InvalidValue, "group name cannot be blank"),
        (("e", "s2", "support", "g" * 201), InvalidValue, "group name is longer than 200"),
    ],
)
def test_connect_refuses(amap, events, args, error, match):
    refused(amap, events, error, lambda: amap.connect(*args), match)


def test_connect_into_a_group_of_the_other_relation_is_refused(amap, events):
    amap.group("c", ["s1", "s2"], name="g")
    events.clear()
    refused(amap, events, InvalidLink, lambda: amap.connect("r", "c", "attack", group="g"), "mixes support and attack")


def test_reverse_link_makes_a_cycle_which_is_allowed(amap):
    amap.connect("c", "e", "attack")
    assert amap.has_cycles()


def test_disconnect(amap, events):
    link = amap.disconnect("r", "o1")
    assert link == Link("r", "o1", Relation.ATTACK)
    assert events == [EdgeRemoved(link)]
    assert amap.parents("r") == [] and "r" in amap and "r" in amap.main_claims()


@pytest.mark.parametrize(("source", "target"), [("c", "s1"), ("s1", "s2"), ("zz", "c")])
def test_disconnect_of_a_missing_link_is_refused(amap, events, source, target):
    refused(amap, events, InvalidLink, lambda: amap.disconnect(source, target), "there is no link from")


# ------------------------------------------------------------------ update_link
def test_update_link_relation_and_group(amap, events):
    old = amap.link("s3", "c")
    new = amap.update_link("s3", "c", relation="attack")
    assert new == Link("s3", "c", Relation.ATTACK)
    newer = amap.update_link("s3", "c", group="alone")
    assert newer.group == "alone"
    assert events == [EdgeChanged(old, new), EdgeChanged(new, newer)]
    assert amap.link("s3", "c") == newer


def test_update_link_without_change_emits_nothing(amap, events):
    assert amap.update_link("s1", "c", relation="support") == amap.link("s1", "c")
    assert events == []


@pytest.mark.parametrize(
    ("source", "target", "changes", "error", "match"),
    [
        ("s1", "c", {"weight": 2}, InvalidValue, "cannot change weight of a link"),
        ("s1", "c", {"relation": "bogus"}, InvalidValue, "'bogus' is not a relation"),
        ("s1", "c", {"group": ""}, InvalidValue, "group name cannot be blank"),
        ("s1", "c", {"group": 5}, InvalidValue, "group name must be a string"),
        ("c", "s1", {"relation": "attack"}, InvalidLink, "there is no link from 'c' to 's1'"),
    ],
)
def test_update_link_refuses(amap, events, source, target, changes, error, match):
    refused(amap, events, error, lambda: amap.update_link(source, target, **changes), match)


def test_update_link_cannot_flip_one_member_of_a_group(amap, events):
    amap.group("c", ["s1", "s2"], name="g")
    events.clear()
    refused(amap, events, InvalidLink, lambda: amap.update_link("s1", "c", relation="attack"), "mixes support and attack")
    refused(amap, events, InvalidLink, lambda: amap.update_link("o1", "c", group="g"), "mixes support and attack")


# ------------------------------------------------------------------ move
def test_move_reparents_and_keeps_the_relation(amap, events):
    old = amap.link("o2", "c")
    new = amap.move("o2", "s2")
    assert new == Link("o2", "s2", Relation.ATTACK)
    assert events == [EdgeRemoved(old), EdgeAdded(new)]
    assert amap.parents("o2") == ["s2"]


def test_move_with_a_new_relation(amap):
    assert amap.move("r", "s3", relation="support").relation is Relation.SUPPORT


def test_move_a_main_claim_under_a_statement_uses_its_kinds_default(amap, events):
    top = amap.add("objection", "Lonely objection.", id="lone")
    events.clear()
    link = amap.move("lone", "s2")
    assert link == Link("lone", "s2", Relation.ATTACK)
    assert events == [EdgeAdded(link)]
    assert top.id not in amap.main_claims()


def test_move_a_subtree_keeps_its_children(amap):
    amap.move("o1", "s3")
    assert amap.children("o1") == ["r"]
    assert amap.ancestors("r") == {"o1", "s3", "c"}


@pytest.mark.parametrize(
    ("statement", "new_parent", "match"),
    [
        ("c", "c", "cannot move 'c' under itself or its own descendant"),
        ("c", "s1", "own descendant"),
        ("c", "e", "own descendant"),  # a grandchild
        ("o1", "r", "own descendant"),
        ("s1", "c", "'s1' is already under 'c'"),
    ],
)
def test_move_refuses_loops_and_no_ops(amap, events, statement, new_parent, match):
    refused(amap, events, InvalidLink, lambda: amap.move(statement, new_parent), match)


def test_move_refusals_for_unknown_ids_and_bad_relations(amap, events):
    refused(amap, events, UnknownStatement, lambda: amap.move("zz", "c"), "'zz'")
    refused(amap, events, UnknownStatement, lambda: amap.move("s1", "zz"), "'zz'")
    refused(amap, events, InvalidValue, lambda: amap.move("o2", "s1", relation="bogus"), "'bogus' is not a relation")


def test_move_drops_only_the_first_parent(amap):
    amap.connect("e", "s2", "support")
    amap.move("e", "s3")
    assert amap.parents("e") == ["s2", "s3"]
