"""AIF import and export: the microtexts corpus, OVA3 xAIF, messy files, and a round trip."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from argmap.io import MapFileError, load
from argmap.io.formats import read_any
from argmap.io.formats.aif import dumps_aif, parse_aif
from argmap.model import Kind

ROOT = Path(__file__).resolve().parents[3]
MICROTEXTS = ROOT / ".." / "shared" / "corpora" / "aif-microtexts"
NODESETS = sorted(MICROTEXTS.glob("nodeset*.json")) if MICROTEXTS.is_dir() else []
needs_corpus = pytest.mark.skipif(not NODESETS, reason="the microtexts corpus (../shared/corpora) is not here")


def _structure(path: Path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    types = {str(n["nodeID"]): n["type"] for n in doc["nodes"]}
    pred, succ = defaultdict(list), defaultdict(list)
    for e in doc["edges"]:
        pred[str(e["toID"])].append(str(e["fromID"]))
        succ[str(e["fromID"])].append(str(e["toID"]))
    return types, pred, succ


@needs_corpus
def test_the_corpus_has_all_110_microtexts():
    assert len(NODESETS) == 110


@needs_corpus
@pytest.mark.parametrize("path", NODESETS, ids=lambda p: p.stem)
def test_every_microtext_imports_with_its_statements_supports_and_attacks(path):
    types, pred, succ = _structure(path)
    result = read_any(path, "aif")
    amap = result.map
    i_nodes = [n for n, t in types.items() if t == "I"]
    assert sorted(amap.ids()) == sorted(i_nodes)
    assert len(amap.main_claims()) == 1
    assert amap.statement(amap.main_claims()[0]).kind == Kind.CLAIM
    for node, kind in types.items():
        premises = [p for p in pred[node] if types[p] == "I"]
        conclusions = [c for c in succ[node] if types[c] == "I"]
        relation = {"RA": "support", "CA": "attack"}.get(kind)
        if relation is None:
            continue
        for conclusion in conclusions:
            links = [amap.link(p, conclusion) for p in premises]
            assert all(link.relation == relation for link in links)
            if len(premises) >= 2:  # linked premises stay one group
                assert len({link.group for link in links}) == 1 and links[0].group is not None
                assert sorted(amap.groups(conclusion)[links[0].group]) == sorted(premises)
            else:
                assert links[0].group is None
        for target in succ[node]:
            if types[target] not in ("RA", "CA"):
                continue
            attacked = [c for c in succ[target] if types[c] == "I"]
            if attacked:  # an undercut of that inference (CA on RA) or of that attack (CA on CA)
                inner = [p for p in pred[target] if types[p] == "I"]
                for premise in premises:
                    link = amap.link(premise, attacked[0])
                    assert link.is_undercut and link.relation == "attack"
                    if len(inner) == 1:
                        assert link.onto == inner[0]
                    else:
                        assert sorted(amap.groups(attacked[0])[link.onto_group]) == sorted(inner)
            else:  # an attack on an undercut: argmap holds none; attached to that node's premise, with a note
                assert any(f"{kind} {node} aims at {types[target]} {target}" in note for note in result.skipped)
    assert len(amap.links()) >= sum(1 for t in types.values() if t in ("RA", "CA"))


@needs_corpus
def test_a_counter_attack_becomes_a_rebuttal_of_the_objection():
    amap = read_any(MICROTEXTS / "nodeset6361.json", "aif").map
    assert amap.statement("119931").kind == Kind.CLAIM
    assert amap.statement("119927").kind == Kind.OBJECTION
    assert amap.statement("119928").kind == Kind.SUPPORT
    assert amap.statement("119929").kind == Kind.REBUTTAL
    # 119929 and 119930 together attack the attack of 119927 on the claim: an undercut of that link
    assert amap.groups("119931") == {"g1": ["119929", "119930"]}
    assert {amap.link(s, "119931").onto for s in ("119929", "119930")} == {"119927"}


OVA3 = {
    "AIF": {
        "nodes": [
            {"nodeID": 1, "text": "We should act now.", "type": "I"},
            {"nodeID": 2, "text": "Waiting costs more.", "type": "I"},
            {"nodeID": 3, "text": "Default Inference", "type": "RA"},
            {"nodeID": 4, "text": "Acting now is risky.", "type": "I"},
            {"nodeID": 5, "text": "Default Conflict", "type": "CA"},
            {"nodeID": 6, "text": "Bob: we should act now", "type": "L"},
            {"nodeID": 7, "text": "Asserting", "type": "YA"},
            {"nodeID": 8, "text": "Default Conflict", "type": "CA"},
            {"nodeID": 9, "text": "Delay is cheaper.", "type": "I"},
            {"nodeID": 10, "text": "Default Rephrase", "type": "MA"},
        ],
        "edges": [
            {"edgeID": 1, "fromID": 2, "toID": 3}, {"edgeID": 2, "fromID": 3, "toID": 1},
            {"edgeID": 3, "fromID": 4, "toID": 5}, {"edgeID": 4, "fromID": 5, "toID": 1},
            {"edgeID": 5, "fromID": 6, "toID": 7}, {"edgeID": 6, "fromID": 7, "toID": 1},
            {"edgeID": 7, "fromID": 4, "toID": 8}, {"edgeID": 8, "fromID": 8, "toID": 6},
            {"edgeID": 9, "fromID": 9, "toID": 10}, {"edgeID": 10, "fromID": 10, "toID": 2},
            {"edgeID": 11, "fromID": 2, "toID": 99}, {"edgeID": 12, "fromID": 9, "toID": 1},
        ],
    },
    "OVA": {"nodes": [{"nodeID": 1, "x": 10, "y": 20}]},
    "text": "<p>Bob: we should act now.</p><p>Alice: acting now is risky &amp; costly.</p>",
}


def test_ova3_xaif_with_integer_ids_dialogue_nodes_and_messy_edges():
    result = parse_aif(json.dumps(OVA3), "debate.json")
    amap = result.map
    assert sorted(amap.ids()) == ["1", "2", "4", "9"]
    assert amap.link("2", "1").relation == "support"
    assert amap.link("4", "1").relation == "attack"
    assert amap.statement("4").kind == Kind.OBJECTION
    notes = "\n".join(result.skipped)
    assert "dialogue nodes are not imported (1 L, 1 YA" in notes
    assert "CA 8 aimed at an L-node (6)" in notes
    assert amap.link("9", "2").relation == "rephrase"  # the MA node: 'Delay is cheaper.' restates 'Waiting costs more.'
    assert "MA" not in notes
    assert "node 99 is not in the file" in notes
    assert "edge 12: I-node 9 -> I-node 1 has no RA or CA between them" in notes
    assert amap.statement("1").pinned == (10.0, 20.0) and amap.statement("2").pinned is None  # OVA's position kept
    assert amap.title == "debate"
    assert amap.description == "Bob: we should act now.\nAlice: acting now is risky & costly."


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ('{"nodes": [', "line 1, column 12", "invalid JSON"),
        ('[1, 2]', "$", "JSON object"),
        ('{"nodes": {}}', "$.nodes", "must be a list"),
        ('{"nodes": [{"nodeID": "1", "type": "I", "text": "a"}, {"type": "I"}], "edges": []}', "node #2", "nodeID"),
        ('{"nodes": [{"nodeID": "1", "type": "I"}, {"nodeID": 1, "type": "RA"}], "edges": []}', "node 1", "used twice"),
        ('{"nodes": [{"nodeID": "1", "type": "I", "text": 5}], "edges": []}', "node 1", "text must be a string"),
        ('{"nodes": [{"nodeID": "1", "type": "I"}], "edges": [{"fromID": null, "toID": "1"}]}', "edge #1", "fromID"),
    ],
)
def test_malformed_aif_names_the_place(text, place, reason):
    with pytest.raises(MapFileError) as info:
        parse_aif(text, "bad.json")
    assert info.value.place == place
    assert reason in info.value.reason
    assert str(info.value).startswith("bad.json: ")


def test_round_trip_keeps_statements_relations_and_groups():
    original = load(ROOT / "maps" / "japan-nato-ukraine.json")
    doc = json.loads(dumps_aif(original))
    assert {n["type"] for n in doc["nodes"]} == {"I", "RA", "CA"}
    again = parse_aif(json.dumps(doc)).map
    assert {s.id: s.text for s in again.statements()} == {s.id: s.text for s in original.statements()}
    assert {(k.source, k.target, k.relation) for k in again.links()} == {
        (k.source, k.target, k.relation) for k in original.links()
    }
    assert again.groups("s3") and sorted(next(iter(again.groups("s3").values()))) == ["s7", "s8"]
    for s in original.statements():  # AIF has no evidence kind: evidence comes back as support
        expected = Kind.SUPPORT if s.kind == Kind.EVIDENCE else s.kind
        assert again.statement(s.id).kind == expected


@pytest.mark.parametrize(
    "text",
    [
        r'{"nodes":[{"nodeID":"1","type":"I","text":"a\ud800b"}],"edges":[]}',
        r'{"nodes":[{"nodeID":"1\ud800","type":"I","text":"ab"}],"edges":[]}',
        r'{"text":"x\ud800","nodes":[{"nodeID":"1","type":"I","text":"ab"}],"edges":[]}',
    ],
)
def test_a_lone_surrogate_is_a_clear_error_not_a_traceback(tmp_path, text):
    path = tmp_path / "broken.aif.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MapFileError, match="broken character") as info:
        read_any(path)
    assert str(info.value).startswith(f"{path}: ")


def test_ids_that_differ_only_by_spaces_survive_a_round_trip():
    from argmap.model import ArgumentMap, Relation

    amap = ArgumentMap("Spaces")
    amap.add(Kind.CLAIM, "Claim", id="c1")
    amap.add(Kind.SUPPORT, "Reason", id="c1 ")
    amap.connect("c1 ", "c1", Relation.SUPPORT)
    back = parse_aif(dumps_aif(amap)).map
    assert sorted(back.ids()) == ["c1", "c1 "]
    assert back.has_link("c1 ", "c1")


def test_an_edge_id_with_a_line_break_still_gives_a_one_line_message(tmp_path):
    """Found by `make stress`: the edge's id went into the message as it was, line breaks included."""
    path = tmp_path / "broken.aif.json"
    path.write_text(json.dumps({"nodes": [{"nodeID": "1", "type": "I", "text": "A"}],
                                "edges": [{"edgeID": '-1"\r\n\t', "fromID": "1", "toID": None}]}), encoding="utf-8")
    with pytest.raises(MapFileError) as info:
        read_any(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and "\r" not in message
    assert "fromID and toID must be node ids" in message and "\\r\\n" in message
