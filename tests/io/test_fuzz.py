"""Random bytes and random damage to a valid file give MapFileError, never another exception.

Whatever loads must also be a map that saves and loads again to the same bytes, and
``read_document`` (what ``argmap validate`` uses) must agree with ``loads`` on every input,
and so must the careful path alone (``loads`` tries a fast path first).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import MapFileError, dumps, loads
from argmap.io.reading import _parse_careful, parse_document
from argmap.io.schema import SCHEMA_VERSION

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "teaching-template.json"
VALID_TEXT = EXAMPLE.read_text(encoding="utf-8")
VALID = json.loads(VALID_TEXT)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(data: bytes | str) -> str:
    """'ok' or the MapFileError message; any other exception fails the test."""
    try:
        document = parse_document(data, "fuzz.json")
    except MapFileError as exc:
        checked = str(exc)
    else:
        checked = "ok"
        assert document.schema_version in (1, SCHEMA_VERSION)  # a version-1 file is read as it is
    try:
        _parse_careful(data, "fuzz.json")
    except MapFileError as exc:
        assert str(exc) == checked, "the fast and the careful path disagree"
    else:
        assert checked == "ok", "the fast path refused what the careful path accepts"
    try:
        amap = loads(data, "fuzz.json")
    except MapFileError as exc:
        assert str(exc) == checked, "validate and load disagree"
        assert str(exc).startswith("fuzz.json: ") and "\n" not in str(exc)
        return str(exc)
    assert checked == "ok", "validate refused what load accepted"
    text = dumps(amap)
    assert dumps(loads(text)) == text
    return "ok"


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data):
    outcome(data)


@FUZZ
@given(st.text(max_size=300))
def test_random_text(data):
    outcome(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def paths(value, prefix=()):
    """Every (container path) inside a JSON value, for picking where to damage it."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


ALL_PATHS = list(paths(VALID))[1:]


def parent_and_key(data, path):
    for part in path[:-1]:
        data = data[part]
    return data, path[-1]


@FUZZ
@given(path=st.sampled_from(ALL_PATHS), value=JSON_VALUES)
def test_replacing_any_value(path, value):
    data = copy.deepcopy(VALID)
    parent, key = parent_and_key(data, path)
    parent[key] = value
    outcome(json.dumps(data, allow_nan=True))


@FUZZ
@given(path=st.sampled_from(ALL_PATHS))
def test_deleting_any_key_or_item(path):
    data = copy.deepcopy(VALID)
    parent, key = parent_and_key(data, path)
    del parent[key]
    outcome(json.dumps(data))


@FUZZ
@given(path=st.sampled_from([p for p in ALL_PATHS if isinstance(p[-1], str)]), key=st.text(max_size=10), value=JSON_VALUES)
def test_adding_a_key_anywhere(path, key, value):
    data = copy.deepcopy(VALID)
    parent, _ = parent_and_key(data, path)
    parent[key] = value
    outcome(json.dumps(data))


@FUZZ
@given(cut=st.integers(0, len(VALID_TEXT.encode())))
def test_truncated_file(cut):
    assert outcome(VALID_TEXT.encode()[:cut]) != "ok" or cut >= len(VALID_TEXT.rstrip().encode())


@FUZZ
@given(at=st.integers(0, len(VALID_TEXT)), garbage=st.text(min_size=1, max_size=8))
def test_garbage_inserted(at, garbage):
    outcome(VALID_TEXT[:at] + garbage + VALID_TEXT[at:])


@FUZZ
@given(data=st.data())
def test_bytes_flipped(data):
    raw = bytearray(VALID_TEXT.encode())
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    outcome(bytes(raw))


@FUZZ
@given(ids=st.lists(st.sampled_from([n["id"] for n in VALID["nodes"]] + ["ghost"]), min_size=2, max_size=2),
       relation=st.sampled_from(["support", "attack", "both"]), group=st.none() | st.sampled_from(["g1", "new", ""]))
def test_random_extra_edges(ids, relation, group):
    data = copy.deepcopy(VALID)
    edge = {"source": ids[0], "target": ids[1], "relation": relation}
    if group is not None:
        edge["group"] = group
    data["edges"].append(edge)
    outcome(json.dumps(data))


def test_the_example_itself_is_ok():
    assert outcome(VALID_TEXT) == "ok"
