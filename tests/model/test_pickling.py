"""A map crosses from the reading process to the window pickled: every field comes back, and stays frozen."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from argmap.model import ArgumentMap, Kind, Link, Relation, Source, Statement
from argmap.model.quotes import Quote


def _full_statement() -> Statement:
    return Statement(
        "s1", Kind.CLAIM, "Text.", notes="Notes.", sources=(Source("Book", "https://example.org"),), tags=("a", "b"),
        score=0.25, pinned=(1.0, 2.0), collapsed=True, title="Title", quote=Quote("doc", "passage", 3, 10, "x", "y"),
        comment="A teacher's note.", question="expert/credible",
    )


def test_a_statement_with_every_field_set_comes_back_equal_and_frozen():
    statement = _full_statement()
    back = pickle.loads(pickle.dumps(statement))
    assert back == statement and back is not statement
    assert [getattr(back, f.name) for f in dataclasses.fields(Statement)] == [
        getattr(statement, f.name) for f in dataclasses.fields(Statement)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.text = "changed"  # type: ignore[misc]


def test_links_of_every_sort_come_back_equal():
    links = [
        Link("a", "b", Relation.SUPPORT),
        Link("a", "b", Relation.SUPPORT, group="g", scheme="expert", also_in=("h",)),
        Link("a", "b", Relation.ATTACK, onto="c"),
        Link("a", "b", Relation.ATTACK, onto_group="g"),
        Link("a", "b", Relation.REPHRASE),
    ]
    assert pickle.loads(pickle.dumps(links)) == links


def test_a_whole_map_comes_back_with_its_statements_and_links():
    amap = ArgumentMap("Title")
    top = amap.add("claim", "A claim.")
    reason = amap.add("support", "A reason.", parent=top.id)
    amap.add("objection", "An objection.", parent=reason.id)
    back = pickle.loads(pickle.dumps(amap))
    assert [back.statement(i) for i in back.ids()] == [amap.statement(i) for i in amap.ids()]
    assert sorted(back.links(), key=lambda lk: lk.key) == sorted(amap.links(), key=lambda lk: lk.key)
