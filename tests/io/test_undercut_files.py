"""Files with undercuts, rephrases and shared premises: they load, and one that points at nothing is refused by name."""

import json
from pathlib import Path

import pytest

from argmap.file_errors import MapFileError
from argmap.io import load
from argmap.io.writing import dumps
from argmap.model import InvalidLink


def _file(tmp_path: Path, edges: list[dict]) -> Path:
    nodes = [{"id": i, "kind": k, "text": f"Statement {i}."} for i, k in
             [("t", "claim"), ("a", "support"), ("b", "support"), ("c", "support"), ("u", "objection"), ("r", "support")]]
    path = tmp_path / "m.argmap.json"
    path.write_text(json.dumps({"schema_version": 2, "title": "T", "nodes": nodes, "edges": edges}), encoding="utf-8")
    return path


SHARED = [
    {"source": "a", "target": "t", "relation": "support", "group": "g1"},
    {"source": "b", "target": "t", "relation": "support", "group": "g1", "also_in": ["g2"]},
    {"source": "c", "target": "t", "relation": "support", "group": "g2"},
    {"source": "u", "target": "t", "relation": "attack", "onto_group": "g2"},
    {"source": "r", "target": "a", "relation": "rephrase"},
]


def test_a_file_with_all_three_loads_and_saves_the_same(tmp_path):
    amap = load(_file(tmp_path, SHARED))
    assert amap.groups("t") == {"g1": ["a", "b"], "g2": ["b", "c"]}
    assert amap.undercuts("t", onto_group="g2")[0].source == "u"
    assert amap.rephrases("a") == ["r"]
    with pytest.raises(InvalidLink, match="'u' undercuts this linked reason"):
        amap.ungroup("t", "g2")  # a loaded map guards its undercuts as a map built by hand does
    again = json.loads(dumps(amap))
    assert {"source": "u", "target": "t", "relation": "attack", "onto_group": "g2"} in again["edges"]
    assert {"source": "b", "target": "t", "relation": "support", "group": "g1", "also_in": ["g2"]} in again["edges"]


@pytest.mark.parametrize(
    ("edge", "words"),
    [
        ({"source": "u", "target": "t", "relation": "attack", "onto": "c"}, "undercuts the link from 'c' to 't', which does not exist"),
        ({"source": "u", "target": "t", "relation": "attack", "onto_group": "g7"}, "linked reason 'g7' into 't', which does not exist"),
        ({"source": "u", "target": "t", "relation": "attack", "onto": "a"}, "part of the linked reason 'g1': undercut the group"),
        ({"source": "u", "target": "t", "relation": "support", "onto": "a"}, "only an attack can undercut"),
        ({"source": "u", "target": "a", "relation": "rephrase", "group": "g1"}, "a rephrase belongs to no linked reason"),
    ],
)
def test_an_undercut_of_nothing_is_refused_naming_the_file_and_edge(tmp_path, edge, words):
    path = _file(tmp_path, [*SHARED[:2], edge])
    with pytest.raises(MapFileError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(str(path)) and words in message and "$.edges[2]" in message
