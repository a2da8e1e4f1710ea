"""Linked reasons (model/linked_reasons.py): group, ungroup, and what removing or changing a member does to them."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap, EdgeChanged, InvalidLink, InvalidValue, Link, Relation, UnknownStatement
from tests.model.links_map import links_map
from tests.model.refusals import refused


@pytest.fixture
def amap() -> ArgumentMap:
    return links_map()


def test_group_and_ungroup(amap, events):
    name = amap.group("c", ["s1", "s2"])
    assert name == "g1"
    assert amap.groups("c") == {"g1": ["s1", "s2"]}
    assert [type(e) for e in events] == [EdgeChanged, EdgeChanged]
    assert [(e.old.group, e.new.group, e.new.source) for e in events] == [(None, "g1", "s1"), (None, "g1", "s2")]
    events.clear()
    second = amap.group("c", ["o1", "o2"])
    assert second == "g2"
    assert amap.groups("c") == {"g1": ["s1", "s2"], "g2": ["o1", "o2"]}
    events.clear()
    assert amap.ungroup("c", "g1") == ["s1", "s2"]
    assert amap.groups("c") == {"g2": ["o1", "o2"]}
    assert [(e.old.group, e.new.group) for e in events] == [("g1", None), ("g1", None)]
    assert amap.link("s1", "c").group is None


def test_group_with_a_name_and_repeated_sources(amap):
    assert amap.group("c", ["s1", "s2", "s1"], name="both") == "both"
    assert amap.groups("c") == {"both": ["s1", "s2"]}


def test_group_names_are_per_target(amap):
    amap.connect("o2", "s1", "attack", group=None)
    amap.connect("s3", "s1", "attack")
    assert amap.group("c", ["s1", "s2"]) == "g1"
    assert amap.group("s1", ["o2", "s3"]) == "g1"  # same name, another target: a different linked reason


@pytest.mark.parametrize(
    ("sources", "error", "match"),
    [
        (["s1"], InvalidLink, "at least two co-premises"),
        (["s1", "s1"], InvalidLink, "at least two co-premises"),
        ([], InvalidLink, "at least two"),
        (["s1", "o1"], InvalidLink, "must all support or all attack"),
        (["s1", "e"], InvalidLink, "there is no link from 'e' to 'c'"),
        (["s1", "zz"], InvalidLink, "no link from 'zz'"),
    ],
)
def test_group_refuses(amap, events, sources, error, match):
    refused(amap, events, error, lambda: amap.group("c", sources), match)


def test_group_into_an_existing_group_of_the_other_relation_is_refused(amap, events):
    amap.group("c", ["o1", "o2"], name="g")
    events.clear()
    refused(amap, events, InvalidLink, lambda: amap.group("c", ["s1", "s2"], name="g"), "mixes support and attack")


def test_group_with_a_blank_name_is_refused(amap, events):
    refused(amap, events, InvalidValue, lambda: amap.group("c", ["s1", "s2"], name="  "), "blank")


def test_ungroup_unknown_group(amap, events):
    refused(amap, events, InvalidLink, lambda: amap.ungroup("c", "nope"), "'c' has no linked reason named 'nope'")
    refused(amap, events, UnknownStatement, lambda: amap.ungroup("zz", "g1"), "'zz'")


def test_removing_a_co_premise_leaves_the_others_grouped(amap):
    amap.group("c", ["s1", "s2", "s3"], name="g")
    amap.remove("s2")
    assert amap.groups("c") == {"g": ["s1", "s3"]}


def test_the_last_member_of_a_group_can_change_its_relation(amap, events):
    amap.group("c", ["s1", "s2"], name="g")
    amap.remove("s2")
    events.clear()
    old = amap.link("s1", "c")
    new = amap.update_link("s1", "c", relation="attack")
    assert new == Link("s1", "c", Relation.ATTACK, "g")
    assert events == [EdgeChanged(old, new)]
