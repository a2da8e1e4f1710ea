"""The compact JSON of a map (what a recovery file holds), made a part of the map at a time, holds the very data of
the map's whole file model dumped at once, and reads back as the same map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from argmap.io import dumps, load, loads, writing
from argmap.io.convert import to_document
from argmap.io.writing import compact_bytes
from tests.io.test_roundtrip import random_maps

EXAMPLES = sorted((Path(__file__).parents[2] / "maps").glob("*.json"))


def whole(amap) -> object:
    """The whole model's data (its empty lists of nodes or edges, left out as defaults, written as empty lists)."""
    data = json.loads(to_document(amap).model_dump_json(exclude_defaults=True))
    return {**data, "nodes": data.get("nodes", []), "edges": data.get("edges", [])}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("part", [1, 3, 1_000])
def test_example_maps_compact_hold_the_whole_models_data(path, part, monkeypatch):
    monkeypatch.setattr(writing, "PART", part)  # (parts of one and three: every join between parts is made)
    amap = load(path)
    data = compact_bytes(amap)
    assert json.loads(data) == whole(amap)
    assert dumps(loads(data.decode("utf-8"))) == dumps(amap)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(random_maps())
def test_random_maps_compact_in_parts_hold_the_same_data(monkeypatch, amap):
    monkeypatch.setattr(writing, "PART", 2)
    data = compact_bytes(amap)
    assert json.loads(data) == whole(amap)
    assert dumps(loads(data.decode("utf-8"))) == dumps(amap)


def test_an_empty_map_is_compact_json_too():
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Nothing yet")
    assert json.loads(compact_bytes(amap)) == whole(amap)
    assert loads(compact_bytes(amap).decode("utf-8")).title == "Nothing yet"


def test_a_pause_comes_before_each_part_and_changes_nothing(monkeypatch):
    monkeypatch.setattr(writing, "PART", 2)
    amap = load(EXAMPLES[0])
    pauses = []
    data = compact_bytes(amap, pause=lambda: pauses.append(1))
    assert data == compact_bytes(amap)
    parts = 1 + -(-len(amap.statements()) // 2) + -(-len(amap.links()) // 2)  # (one before the map is read)
    assert len(pauses) == parts > 2
