"""The JSON Schema in resources/ matches the pydantic file models, and every example map follows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.io.schema import SCHEMA_VERSION, json_schema
from argmap.io.schema_file import SCHEMA_PATH

ROOT = Path(__file__).resolve().parents[2]
MAPS = sorted((ROOT / "maps").glob("*.json"))


def test_schema_file_is_where_make_schema_writes_it():
    assert SCHEMA_PATH == ROOT / "resources" / "argmap.schema.json"


def test_schema_file_is_up_to_date():
    assert SCHEMA_PATH.is_file(), "resources/argmap.schema.json is missing: run `make schema`"
    assert SCHEMA_PATH.read_text(encoding="utf-8") == json_schema(), (
        "resources/argmap.schema.json is out of date with src/argmap/io/schema.py: run `make schema` and commit it"
    )


def test_schema_describes_every_field():
    schema = json.loads(json_schema())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    models = [schema, *(d for d in schema["$defs"].values() if d.get("type") == "object")]
    assert len(models) >= 6  # the map, node, edge, source, position, view
    for model in models:
        assert model.get("additionalProperties") is False, model.get("title")
        for name, field in model["properties"].items():
            assert field.get("description"), f"{model['title']}.{name} has no description"
    assert set(schema["required"]) == {"schema_version", "title", "nodes"}
    assert f"writes {SCHEMA_VERSION}" in schema["properties"]["schema_version"]["description"]


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_example_maps_validate_against_the_json_schema(validator, path):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(json.loads(path.read_text("utf-8")))]
    assert errors == []


def test_the_json_schema_refuses_what_argmap_refuses(validator):
    good = json.loads(MAPS[0].read_text("utf-8"))
    assert validator.is_valid(good)
    bad = [
        {**good, "extra": 1},
        {k: v for k, v in good.items() if k != "schema_version"},
        {**good, "nodes": [{**good["nodes"][0], "kind": "thesis"}]},
        {**good, "nodes": [{**good["nodes"][0], "score": 2}]},
        {**good, "nodes": [{**good["nodes"][0], "text": "x" * 20_001}]},
        {**good, "edges": [{"source": "a", "target": "b", "relation": "supports"}]},
    ]
    for document in bad:
        assert not validator.is_valid(document)
