"""Argdown and undercuts, rephrases and shared premises: read as the Argdown CLI reads them, written so that
argmap reads them back exactly and the Argdown CLI reads every written file (when it is installed:
``make fidelity`` installs it into benchmarks/.node)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown
from argmap.model import ArgumentMap, Kind, Link, Relation

from .test_writers_new_link_parts import everything, shape

ROOT = Path(__file__).resolve().parents[3]
ARGDOWN = ROOT / "benchmarks" / ".node" / "node_modules" / ".bin" / "argdown"
needs_cli = pytest.mark.skipif(not ARGDOWN.exists(), reason="the Argdown CLI is not installed (make fidelity installs it)")


def cli_json(text: str, tmp_path: Path) -> dict | None:
    """What ``argdown json`` makes of ``text`` (None: the CLI refuses it)."""
    source = tmp_path / "m.argdown"
    source.write_text(text, encoding="utf-8")
    subprocess.run([str(ARGDOWN), "json", str(source), str(tmp_path)], capture_output=True, timeout=120)
    out = tmp_path / "m.json"
    return json.loads(out.read_text(encoding="utf-8")) if out.exists() else None


def test_undercuts_read_as_the_argdown_cli_reads_them():
    amap = parse_argdown("""[T]: Tram.
  + <A>
    <_ <U>: The speed does not matter.
  - <B>
    _ [V]: Also an undercut (a bare "_").

<A>: It is fast.

<B>: It is dear.

<S>

(1) [P]: Premise one.
(2) [Q]: Premise two.
----
  <_ [W]: The step does not hold.
(3) [C]: Conclusion.
""").map
    assert amap.link("U", "T").onto == "A"  # an attack on the inference of <A>'s support
    assert amap.link("V", "T").onto == "B"  # an undercut of an attack
    link = amap.link("W", "C")
    assert link.onto_group is not None and sorted(amap.groups("C")[link.onto_group]) == ["P", "Q"]


def test_a_premise_of_two_arguments_into_one_conclusion_is_shared():
    amap = parse_argdown("""<A1>

(1) [A]: a
(2) [B]: b
----
(3) [T]: t

<A2>

(1) [B]
(2) [C]: c
----
(3) [T]
""").map
    assert sorted(sorted(m) for m in amap.groups("T").values()) == [["A", "B"], ["B", "C"]]


def test_undercuts_rephrases_and_shared_premises_read_back_exactly():
    amap = everything()
    text = dumps_argdown(amap)
    assert "<_ [X]" in text and "<_ [Y]" in text and '{rephrases: ["T"]}' in text
    result = parse_argdown(text)
    assert result.skipped == []
    assert shape(result.map) == shape(amap)


def test_an_undercut_of_an_attack_is_written_as_an_attack_with_data():
    amap = ArgumentMap("Attack")
    amap.add(Kind.CLAIM, "T", id="T")
    amap.add(Kind.OBJECTION, "O", id="O", parent="T", relation="attack")
    amap.add(Kind.REBUTTAL, "U", id="U")
    amap.add_link(Link("U", "T", Relation.ATTACK, onto="O"))
    text = dumps_argdown(amap)
    assert '- [U]: U {undercuts: "O"}' in text
    again = parse_argdown(text)
    assert again.skipped == [] and shape(again.map) == shape(amap)
    assert again.map.statement("U").kind == Kind.REBUTTAL


@needs_cli
def test_the_argdown_cli_reads_what_argmap_writes(tmp_path):
    doc = cli_json(dumps_argdown(everything()), tmp_path)
    assert doc is not None
    undercuts = {(r["from"], r["to"]) for r in doc["relations"] if r["relationType"] == "undercut"}
    assert undercuts == {("X", "T via D"), ("Y", "T g2")}
    pcs = {title: [m["title"] for m in a["pcs"]] for title, a in doc["arguments"].items()}
    assert pcs["T g1"] == ["A", "B", "T"] and pcs["T g2"] == ["B", "C", "T"]  # B is a premise of both
    assert doc["statements"]["R"]["members"][0]["data"] == {"rephrases": ["T"]}


@st.composite
def maps_with_the_new_parts(draw) -> ArgumentMap:
    """Random trees with linked reasons, shared premises, undercuts and rephrases."""
    amap = ArgumentMap("Random")
    amap.add(Kind.CLAIM, "claim", id="c")
    for n in range(draw(st.integers(2, 9))):
        parent = draw(st.sampled_from(amap.ids()))
        amap.add(Kind.SUPPORT, f"s{n} text", id=f"s{n}", parent=parent, relation=draw(st.sampled_from(["support", "attack"])))
    for target in list(amap.ids()):
        incoming = [k for k in amap.incoming(target) if k.relation == Relation.SUPPORT]
        if len(incoming) >= 3 and draw(st.booleans()):
            a, b, c = (k.source for k in incoming[:3])
            amap.group(target, [a, b])  # {a, b} and {c, b}: b is shared
            amap.update_link(c, target, group="h")
            amap.share(b, target, "h")
    extra = 0
    for target in list(amap.ids()):
        for link in list(amap.incoming(target)):
            if link.is_undercut or not draw(st.booleans()):
                continue
            u = f"u{extra}"
            extra += 1
            amap.add(Kind.OBJECTION, f"{u} text", id=u)
            if link.group is not None:
                amap.add_link(Link(u, target, Relation.ATTACK, onto_group=link.group))
            else:
                amap.add_link(Link(u, target, Relation.ATTACK, onto=link.source))
            break
    if draw(st.booleans()):
        amap.add(Kind.CLAIM, "restated", id="r")
        amap.connect("r", draw(st.sampled_from([i for i in amap.ids() if i != "r"])), Relation.REPHRASE)
    return amap


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps_with_the_new_parts())
def test_random_maps_with_the_new_parts_read_back_exactly(amap):
    again = parse_argdown(dumps_argdown(amap))
    assert shape(again.map) == shape(amap) or _same_up_to_group_names(again.map, amap)


def _same_up_to_group_names(a: ArgumentMap, b: ArgumentMap) -> bool:
    """Group names are the reader's own (g1, g2...): compare each target's reasons by their premises
    (a "linked reason" of one premise is a plain reason, as argmap's own file saves it)."""
    def reasons(m):
        out = set()
        for t in m.ids():
            groups = m.groups(t)
            out |= {(t, frozenset(members)) for members in groups.values() if len(members) >= 2}
            for k in m.incoming(t):
                onto = k.onto if k.onto is not None else frozenset(groups.get(k.onto_group or "", []))
                if isinstance(onto, frozenset) and len(onto) == 1:
                    onto = next(iter(onto))
                linked = any(len(groups[n]) >= 2 for n in k.group_names)
                out.add((k.source, t, str(k.relation), onto if k.is_undercut else None, linked))
        return out
    return reasons(a) == reasons(b)
