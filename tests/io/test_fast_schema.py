"""The fast reading path's schema (io/fast_schema.py): the models' own rules, each statement and link a dict of the keys
the file gives."""

from __future__ import annotations

import copy
import json

import pytest
from pydantic import ValidationError

from argmap.io.fast_schema import FAST_MAP_FILE
from argmap.io.schema import MapFile
from argmap.model import Kind, Relation

GOOD: dict = {
    "schema_version": 2,
    "title": "T",
    "nodes": [
        {"id": "c", "kind": "claim", "text": "C.", "score": 1},
        {"id": "s", "kind": "support", "text": "S.", "tags": ["a"], "pinned": {"x": 1, "y": 2.5}, "title": "Tag"},
    ],
    "edges": [{"source": "s", "target": "c", "relation": "support", "group": None}],
}


def test_statements_and_links_are_dicts_of_the_keys_given_with_the_models_values():
    fields, _, given = FAST_MAP_FILE.validate_json(json.dumps(GOOD))
    model = MapFile.model_validate_json(json.dumps(GOOD))
    assert given == model.model_fields_set
    assert [set(node) for node in fields["nodes"]] == [set(node) for node in GOOD["nodes"]]
    assert fields["edges"] == [{"source": "s", "target": "c", "relation": Relation.SUPPORT, "group": None}]
    for node, as_model in zip(fields["nodes"], model.nodes, strict=True):
        assert all(repr(value) == repr(getattr(as_model, name)) for name, value in node.items())  # (1.0, not 1; a Kind)
    assert fields["nodes"][0]["kind"] is Kind.CLAIM
    rest = {name: value for name, value in fields.items() if name not in ("nodes", "edges")}
    assert repr(rest) == repr({name: getattr(model, name) for name in rest})


def _spoilt(where: str, key: str, value: object) -> str:
    document = copy.deepcopy(GOOD)
    part = document if where == "top" else document[where][-1]
    if value is KeyError:
        del part[key]
    else:
        part[key] = value
    return json.dumps(document)


@pytest.mark.parametrize(
    ("where", "key", "value"),
    [
        ("top", "extra", 1), ("top", "title", 5), ("top", "schema_version", True), ("top", "layout", "grid"),
        ("nodes", "extra", 1), ("nodes", "text", KeyError), ("nodes", "kind", "opinion"), ("nodes", "score", 1.5),
        ("nodes", "score", "0.5"), ("nodes", "id", ""), ("nodes", "id", " "), ("nodes", "collapsed", 1),
        ("nodes", "tags", [""]), ("nodes", "pinned", {"x": 1}), ("nodes", "text", "x" * 100_001),
        ("edges", "extra", 1), ("edges", "relation", "supports"), ("edges", "group", ""), ("edges", "source", KeyError),
        ("edges", "also_in", "g"), ("edges", "onto", 3),
        ("nodes", "notes", "fine"), ("edges", "scheme", "fine"), ("nodes", "score", 0),  # (good ones too)
    ],
)
def test_refuses_what_the_models_refuse_and_nothing_else(where, key, value):
    text = _spoilt(where, key, value)
    try:
        MapFile.model_validate_json(text)
        refused = False
    except ValidationError:
        refused = True
    if refused:
        with pytest.raises(ValidationError):
            FAST_MAP_FILE.validate_json(text)
    else:
        FAST_MAP_FILE.validate_json(text)
