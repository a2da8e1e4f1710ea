"""Byte-stable files: load-then-save reproduces every example map; random maps survive save and load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.cli import main
from argmap.io import dumps, load, loads, save
from argmap.model import ArgumentMap, Kind, Link, Relation, Source, View

MAPS = sorted((Path(__file__).resolve().parents[2] / "maps").glob("*.json"))


def test_there_are_example_maps():
    assert {p.name for p in MAPS} >= {"japan-nato-ukraine.json", "teaching-template.json"}


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_load_then_dumps_reproduces_the_file_byte_for_byte(path):
    assert dumps(load(path)).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_save_reproduces_the_file(path, tmp_path):
    copy = tmp_path / path.name
    save(load(path), copy)
    assert copy.read_bytes() == path.read_bytes()


def test_fmt_check_passes_on_the_example_maps(capsys):
    assert main(["fmt", "--check", *map(str, MAPS)]) == 0
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------ the canonical form
@pytest.fixture
def amap() -> ArgumentMap:
    m = ArgumentMap("Cafés à Tōkyō", "Ünïcode stays readable: 日本")
    m.add("claim", "Claim « quoted » — dash.", id="c", tags=["économie"])
    m.add("support", "Support.", parent="c", id="s", sources=[Source("Book", "https://example.org/ü")], score=0.8)
    m.add("objection", "Objection.", parent="c", id="o", pinned=(10, -2.5), collapsed=True, notes="line 1\nline 2")
    m.add("support", "Partner.", parent="c", id="p")
    m.group("c", ["s", "p"])
    m.view = View(1.5, (100.0, -40.25))
    return m


def test_canonical_text_shape(amap):
    text = dumps(amap)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "\r" not in text and "\t" not in text
    assert '\n  "nodes": [\n    {\n      "id": "c",' in text  # two-space indent
    assert "日本" in text and "\\u" not in text  # UTF-8, not escapes
    assert list(json.loads(text)) == ["schema_version", "title", "description", "nodes", "edges", "view"]
    node = json.loads(text)["nodes"][0]
    assert list(node) == ["id", "kind", "text", "tags"]  # defaults are left out, field order fixed


def test_defaults_are_left_out():
    m = ArgumentMap("Bare")
    m.add("claim", "Only a claim.", id="c")
    assert json.loads(dumps(m)) == {
        "schema_version": 2,
        "title": "Bare",
        "nodes": [{"id": "c", "kind": "claim", "text": "Only a claim."}],
        "edges": [],
    }


def test_same_map_built_in_a_different_order_gives_the_same_bytes():
    def build(link_order):
        m = ArgumentMap("Order")
        for i in ("c", "a", "b"):
            m.add("claim", f"Statement {i}.", id=i)
        for source, target in link_order:
            m.connect(source, target, "support")
        return dumps(m)

    assert build([("a", "c"), ("b", "c"), ("b", "a")]) == build([("b", "a"), ("b", "c"), ("a", "c")])


def test_round_trip_keeps_every_field(amap):
    again = loads(dumps(amap))
    assert again.statements() == amap.statements()
    assert again.links() == _without_lone_groups(amap.links())
    assert (again.title, again.description, again.view) == (amap.title, amap.description, amap.view)
    assert again.groups("c") == {"g1": ["s", "p"]}
    assert dumps(again) == dumps(amap)


def test_a_non_canonical_file_loads_to_the_canonical_map(amap):
    canonical = dumps(amap)
    data = json.loads(canonical)
    data["nodes"][0] = dict(reversed(list(data["nodes"][0].items())))
    data["nodes"][1]["collapsed"] = False  # a default written out
    data["nodes"][1]["notes"] = ""
    data["edges"].reverse()  # link order does not matter
    data = dict(reversed(list(data.items())))
    for text in (json.dumps(data), json.dumps(data, indent=4).replace("\n", "\r\n"), json.dumps(data, ensure_ascii=True)):
        assert text != canonical
        assert dumps(loads(text)) == canonical


def test_integer_scores_and_positions_are_written_as_floats():
    text = json.dumps({
        "schema_version": 1, "title": "Ints",
        "nodes": [{"id": "c", "kind": "claim", "text": "C.", "score": 1, "pinned": {"x": 3, "y": 4}}],
    })
    saved = json.loads(dumps(loads(text)))
    assert saved["nodes"][0]["score"] == 1.0 and saved["nodes"][0]["pinned"] == {"x": 3.0, "y": 4.0}
    assert dumps(loads(dumps(loads(text)))) == dumps(loads(text))


# ------------------------------------------------------------------ random maps
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12).filter(str.strip)
FINITE = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)


@st.composite
def random_maps(draw) -> ArgumentMap:
    """Maps with every field drawn at random; each group name is used for one relation only, as the model requires."""
    relation_of = {"g1": Relation.SUPPORT, "g2": Relation.ATTACK}
    amap = ArgumentMap(draw(TEXT), draw(TEXT))
    ids = draw(st.lists(NAME, min_size=1, max_size=12, unique=True))
    for statement_id in ids:
        amap.add(
            draw(st.sampled_from(list(Kind))),
            draw(TEXT),
            id=statement_id,
            notes=draw(TEXT),
            title=draw(TEXT),
            comment=draw(TEXT),
            question=draw(st.sampled_from(["", "expert_opinion/expertise", "analogy/differences"])),
            sources=[Source(draw(NAME), draw(st.none() | TEXT)) for _ in range(draw(st.integers(0, 2)))],
            tags=draw(st.lists(NAME, max_size=3, unique=True)),
            score=draw(st.floats(0, 1)),
            pinned=draw(st.none() | st.tuples(FINITE, FINITE)),
            collapsed=draw(st.booleans()),
        )
    pairs = [(a, b) for a in ids for b in ids if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=20, unique=True)) if pairs else []
    undercutters = chosen[len(chosen) * 2 // 3:]  # the last third try to undercut an inference into their target
    for source, target in chosen[: len(chosen) * 2 // 3]:
        group = draw(st.none() | st.sampled_from(["g1", "g2"]))
        relation = relation_of[group] if group else draw(st.sampled_from(list(Relation)))
        shared = ("g3",) if group == "g1" and draw(st.booleans()) else ()  # a premise in two linked reasons
        amap.add_link(Link(source, target, relation, group, also_in=shared))
        if relation != Relation.REPHRASE and draw(st.booleans()):
            amap.update_link(source, target, scheme=draw(st.sampled_from(["expert_opinion", "analogy", "Foreign Scheme"])))
    for source, target in undercutters:
        inferences = [("onto", lk.source) for lk in amap.incoming(target) if lk.group is None and lk.relation != Relation.REPHRASE
                      and not lk.is_undercut and lk.source != source]
        inferences += [("onto_group", name) for name in amap.groups(target)]
        if not inferences or amap.has_link(source, target):
            continue
        field, value = draw(st.sampled_from(inferences))
        amap.add_link(Link(source, target, Relation.ATTACK, **{field: value}))
    if draw(st.booleans()):
        amap.view = View(draw(st.floats(0.01, 1000)), (draw(FINITE), draw(FINITE)))
    return amap


def _without_lone_groups(links: list) -> list:
    """A "linked reason" of one is a plain reason: it is saved without its group; an undercut of such a
    group becomes an undercut of its one premise's link (if that link is plain now), else an attack on the target."""
    from dataclasses import replace

    members: dict = {}
    for lk in links:
        for name in lk.group_names:
            members.setdefault((lk.target, name), []).append(lk)

    def kept(lk):
        return [name for name in lk.group_names if len(members[(lk.target, name)]) >= 2]

    saved = []
    for lk in links:
        names = kept(lk)
        new = replace(lk, group=names[0] if names else None, also_in=tuple(names[1:]))
        if lk.onto_group is not None and len(members.get((lk.target, lk.onto_group), [])) < 2:
            left = members.get((lk.target, lk.onto_group), [])
            new = replace(new, onto_group=None, onto=left[0].source if left and not kept(left[0]) else None)
        saved.append(new)
    return saved


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps())
def test_random_maps_save_and_load_to_equal_maps(amap):
    text = dumps(amap)
    again = loads(text)
    assert dumps(again) == text
    assert again.statements() == amap.statements()
    assert again.links() == _without_lone_groups(amap.links())
    assert (again.title, again.description, again.view) == (amap.title, amap.description, amap.view)
    assert again.ids() == amap.ids()


@settings(max_examples=40, deadline=None)
@given(random_maps())
def test_random_maps_save_to_disk_and_back(tmp_path_factory, amap):
    path = tmp_path_factory.mktemp("rt") / "map.json"
    save(amap, path)
    assert path.read_bytes() == dumps(load(path)).encode("utf-8")
