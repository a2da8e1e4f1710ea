"""Random maps with undercuts, rephrases and shared premises (and awkward text) through every format that can
read its own output: GraphML exactly, AIF and Argdown with the same reasons, undercuts and rephrases; Kialo
keeps every statement and says what it loses; DOT and Mermaid stay well formed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.io import dumps
from argmap.io.formats.aif import dumps_aif, parse_aif
from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown, plain_title
from argmap.io.formats.graph_text import dumps_dot, dumps_mermaid
from argmap.io.formats.graphml import dumps_graphml, parse_graphml
from argmap.io.formats.kialo import dumps_kialo, parse_kialo
from argmap.io.formats.losses import lost_parts
from argmap.model import ArgumentMap, Kind, Link, Relation

from .test_format_roundtrip import SETTINGS, TEXT, maps


@st.composite
def maps_with_new_parts(draw) -> ArgumentMap:
    amap = draw(maps())
    for target in amap.ids():  # a shared premise: {a, b} and {c, b}
        groups = {n: m for n, m in amap.groups(target).items() if amap.link(m[0], target).relation == Relation.SUPPORT}
        if groups and draw(st.booleans()):
            name, members = next(iter(groups.items()))
            c = amap.add(Kind.SUPPORT, f"{draw(TEXT)} c", id=f"c {target}").id
            amap.connect(c, target, Relation.SUPPORT, f"{name}s")
            amap.share(members[0], target, f"{name}s")
    for n, link in enumerate(list(amap.links())):  # undercuts of plain reasons and of linked reasons
        if link.is_undercut or link.relation == Relation.REPHRASE or draw(st.integers(0, 3)) != 0:
            continue
        group = next((g for g in link.group_names if len(amap.groups(link.target)[g]) >= 2), None)
        if group is None and link.group_names:
            continue
        u = amap.add(Kind.OBJECTION, f"{draw(TEXT)} u{n}", id=f"u{n} {draw(TEXT)}").id
        amap.add_link(Link(u, link.target, Relation.ATTACK, onto=None if group else link.source, onto_group=group))
    if draw(st.booleans()):
        r = amap.add(Kind.CLAIM, f"{draw(TEXT)} restated", id="r").id
        amap.connect(r, draw(st.sampled_from([i for i in amap.ids() if i != r])), Relation.REPHRASE)
    return amap


def shape(amap: ArgumentMap, key=lambda i: i):
    """Links with their reasons by premises (names are the reader's) and undercuts by what they attack."""
    out = set()
    for link in amap.links():
        groups = amap.groups(link.target)
        linked = frozenset(frozenset(key(m) for m in groups[n]) for n in link.group_names if len(groups[n]) >= 2)
        onto = frozenset(key(m) for m in groups.get(link.onto_group or "", [link.onto] if link.onto else []))
        out.add((key(link.source), key(link.target), str(link.relation), linked, onto))
    return out


@SETTINGS
@given(maps_with_new_parts())
def test_graphml_is_exact(amap):
    assert dumps(parse_graphml(dumps_graphml(amap)).map) == dumps(amap)


@SETTINGS
@given(maps_with_new_parts())
def test_aif_keeps_reasons_undercuts_and_rephrases(amap):
    result = parse_aif(dumps_aif(amap))
    assert shape(result.map) == shape(amap)


@SETTINGS
@given(maps_with_new_parts())
def test_argdown_keeps_support_reasons_undercuts_and_rephrases(amap):
    again = parse_argdown(dumps_argdown(amap)).map
    linked_undercutters = any(link.is_undercut and link.group is not None for link in amap.links())
    if linked_undercutters:  # Argdown undercuts with one statement at a time: compare without groups
        def flat(s):
            return {(a, b, r, o) for a, b, r, _linked, o in s}
        assert flat(shape(again)) == flat(shape(amap, key=plain_title))
    else:
        assert shape(again) == shape(amap, key=plain_title)


@SETTINGS
@given(maps_with_new_parts())
def test_kialo_keeps_every_statement_and_names_what_it_loses(amap):
    again = parse_kialo(dumps_kialo(amap)).map
    assert {s.text for s in again.statements()} == {s.text for s in amap.statements()}
    notes = " ".join(lost_parts(amap, "kialo"))
    assert ("undercut" in notes) == any(k.is_undercut for k in amap.links())
    assert ("rephrase" in notes) == any(k.relation == Relation.REPHRASE for k in amap.links())


@SETTINGS
@given(maps_with_new_parts())
def test_dot_and_mermaid_stay_well_formed(amap):
    for line in dumps_dot(amap).splitlines():
        assert line.replace('\\\\', "").replace('\\"', "").count('"') % 2 == 0, line
    text = dumps_mermaid(amap)
    assert text.count("linkStyle") == sum(1 for line in text.splitlines() if " --- " in line or " -->" in line
                                          or " --x" in line or " -.-" in line)
