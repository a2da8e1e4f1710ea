"""Argument schemes travel through AIF by their AIF names (the RA node's text and scheme)."""

from __future__ import annotations

import json

from argmap.io.formats.aif import dumps_aif, parse_aif
from argmap.model import ArgumentMap


def test_a_marked_reason_is_written_as_its_aif_scheme_and_read_back():
    amap = ArgumentMap("Sleep")
    amap.add("claim", "Schools should start later.", id="c")
    amap.add("support", "Sleep researchers say so.", parent="c", id="s")
    amap.add("support", "Teenagers are tired.", parent="c", id="t")
    amap.update_link("s", "c", scheme="expert_opinion")
    doc = json.loads(dumps_aif(amap))
    ras = [n for n in doc["nodes"] if n["type"] == "RA"]
    assert sorted(n["text"] for n in ras) == ["Default Inference", "Expert Opinion"]
    back = parse_aif(dumps_aif(amap)).map
    assert back.link("s", "c").scheme == "expert_opinion" and back.link("t", "c").scheme is None


def test_an_aifdb_scheme_name_is_recognised_and_a_foreign_one_kept():
    doc = {"nodes": [
        {"nodeID": "1", "text": "It will rain.", "type": "I"},
        {"nodeID": "2", "text": "The sky is dark.", "type": "I"},
        {"nodeID": "3", "text": "Sign", "type": "RA"},
        {"nodeID": "4", "text": "Clouds gather.", "type": "I"},
        {"nodeID": "5", "text": "Default Inference", "type": "RA", "scheme": "Argument From Verbal Classification"},
    ], "edges": [
        {"edgeID": "a", "fromID": "2", "toID": "3"}, {"edgeID": "b", "fromID": "3", "toID": "1"},
        {"edgeID": "c", "fromID": "4", "toID": "5"}, {"edgeID": "d", "fromID": "5", "toID": "1"},
    ]}
    amap = parse_aif(json.dumps(doc)).map
    assert amap.link("2", "1").scheme == "sign"
    assert amap.link("4", "1").scheme == "Argument From Verbal Classification"


def test_schemes_travel_through_argdown_as_data():
    from pathlib import Path

    from argmap.io import load
    from argmap.io.formats.argdown import parse_argdown
    from argmap.io.formats.argdown_write import dumps_argdown

    amap = load(Path(__file__).resolve().parents[3] / "maps" / "template-scheme-practice.json")
    text = dumps_argdown(amap)
    assert '{scheme: "expert_opinion"}' in text
    result = parse_argdown(text)
    assert result.skipped == []
    assert {lk.key: lk.scheme for lk in result.map.links() if lk.scheme} == \
        {lk.key: lk.scheme for lk in amap.links() if lk.scheme}
