"""A linked objection (co-premises that attack only together) in Argdown: one argument with a
premise-conclusion structure, attacking the statement, as the Argdown guide writes an argument against a
statement. ``data/argdown_linked_attack_cli.json`` is what the Argdown CLI (``argdown json``, @argdown/cli
1.7.5) read from ``data/argdown_linked_attack.argdown``, which argmap wrote for the map below."""

from __future__ import annotations

import json
from pathlib import Path

from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown
from argmap.model import ArgumentMap, Kind, Link, Relation

DATA = Path(__file__).parent / "data"


def two_linked_objections() -> ArgumentMap:
    """{A, B} and {B, C} attack T (B in both), U undercuts {A, B}, S supports A."""
    amap = ArgumentMap("Linked attack")
    amap.add(Kind.CLAIM, "T text", id="T")
    for i in "ABC":
        amap.add(Kind.OBJECTION, i + " text", id=i, parent="T", relation="attack")
    amap.group("T", ["A", "B"], "g1")
    amap.group("T", ["C", "B"], "g2")
    amap.update_link("B", "T", group="g1", also_in=("g2",))
    amap.add(Kind.REBUTTAL, "U text", id="U")
    amap.add_link(Link("U", "T", Relation.ATTACK, onto_group="g1"))
    amap.add(Kind.SUPPORT, "S text", id="S", parent="A", relation="support")
    return amap


def test_the_written_file_is_the_one_the_argdown_cli_read():
    assert dumps_argdown(two_linked_objections()) == (DATA / "argdown_linked_attack.argdown").read_text(encoding="utf-8")


def test_the_argdown_cli_reads_each_linked_objection_as_one_argument_against_the_claim():
    cli = json.loads((DATA / "argdown_linked_attack_cli.json").read_text(encoding="utf-8"))
    premises = {a["title"]: [p["title"] for p in a["pcs"] if p["role"] == "premise"] for a in cli["arguments"].values()}
    assert premises == {"T g1": ["A", "B"], "T g2": ["B", "C"]}
    conclusions = {a["title"]: a["pcs"][-1]["title"] for a in cli["arguments"].values()}
    relations = {(r["relationType"], r["from"], r["to"]) for r in cli["relations"]}
    assert {("attack", conclusions[a], "T") for a in premises} <= relations  # each argument attacks T
    assert ("undercut", "U", "T g1") in relations


def test_argmap_reads_it_back_exactly():
    amap = two_linked_objections()
    back = parse_argdown(dumps_argdown(amap))
    assert back.skipped == []
    assert sorted(back.map.ids()) == sorted(amap.ids())  # no statement for the conclusions "Not: T text"
    assert set(back.map.links()) == set(amap.links())
    assert {s.id: s.kind for s in back.map.statements()} == {s.id: s.kind for s in amap.statements()}


def test_a_conclusion_without_the_mark_stays_a_statement():
    """The guide's arguments against a statement keep their conclusion (only argmap's mark is read back so)."""
    text = "[T]: T\n  - <Against>\n\n<Against>\n\n(1) [A]: A\n(2) [B]: B\n----\n(3) Not T\n"
    amap = parse_argdown(text).map
    assert len(amap) == 4 and list(amap.groups("Untitled 1").values()) == [["A", "B"]]
