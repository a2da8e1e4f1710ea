"""A good file loads by the fast path; anything it doubts gets the careful path's own answer.

The fast path (pydantic parses the JSON bytes itself, statements made without re-checking)
must never accept what the careful path refuses, and must build the very same map.
"""

from __future__ import annotations

import copy
import gc
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import MapFileError, dumps, load, loads
from argmap.io.check import check_document
from argmap.io.reading import _parse_careful, _parse_fast
from argmap.model import ArgumentMap

MAPS = sorted((Path(__file__).resolve().parents[2] / "maps").glob("*.json"))

RICH: dict = {
    "schema_version": 1,
    "title": "Rich: every field",
    "description": "Colons: here, there: everywhere",
    "nodes": [
        {"id": "c:1", "kind": "claim", "text": "Claim: schools should start later.", "notes": "Note: see below",
         "sources": [{"title": "Study: sleep", "url": "https://example.org/a?b=c:d"}, {"title": "Book"}],
         "tags": ["sleep", "time:of:day", "caf\u00e9"], "score": 0.75, "pinned": {"x": 12.5, "y": -3}, "collapsed": True},
        {"id": "s", "kind": "support", "text": "Teens sleep later \"naturally\": biology.", "score": 1},
        {"id": "o", "kind": "objection", "text": "Buses \u2014 cost more.", "pinned": None, "tags": []},
        {"id": "e", "kind": "evidence", "text": "Data.", "sources": [{"title": "Survey", "url": None}]},
    ],
    "edges": [
        {"source": "s", "target": "c:1", "relation": "support", "group": "g:1"},
        {"source": "e", "target": "c:1", "relation": "support", "group": "g:1"},
        {"source": "o", "target": "c:1", "relation": "attack", "group": None},
    ],
    "view": {"zoom": 2, "center": {"x": 1.5, "y": 0}},
}


def careful(data: bytes | str) -> str | ArgumentMap:
    """What the careful path alone makes of ``data``: its map, or its message."""
    from argmap.io.reading import _build

    try:
        return _build(*_parse_careful(data, "m.json"))
    except MapFileError as exc:
        return str(exc)


def same_map(a: ArgumentMap, b: ArgumentMap) -> bool:
    """Same file text and the very same values (repr tells 1 from 1.0 and "claim" from Kind.CLAIM)."""
    return dumps(a) == dumps(b) and repr((a.statements(), a.links(), a.view)) == repr((b.statements(), b.links(), b.view))


def same_as_the_careful_checks(data: bytes | str) -> None:
    """When the fast path accepts, its statements and links are exactly what check_document makes of the document the
    careful path reads, and its fields (but the statements and links, given as dicts) those of that document.

    So a rule added to the careful checks (or the model) and forgotten in the fast twin shows here.
    """
    fast = _parse_fast(data)
    if fast is not None:
        fields, statements, links = fast
        document = _parse_careful(data, "m.json")[0]
        assert repr(check_document(document)) == repr((statements, links))
        rest = {name: value for name, value in fields.items() if name not in ("nodes", "edges", "schema_version")}
        assert repr(rest) == repr({name: getattr(document, name) for name in rest})


def agree(data: bytes | str) -> str:
    """loads (fast path first) and the careful path alone give the same map or the same message."""
    expected = careful(data)
    try:
        amap = loads(data, "m.json")
    except MapFileError as exc:
        assert str(exc) == expected
        return str(exc)
    assert isinstance(expected, ArgumentMap), f"the fast path accepted what the careful path refuses: {expected}"
    assert same_map(amap, expected)
    same_as_the_careful_checks(data)
    return "ok"


@pytest.mark.parametrize("path", MAPS, ids=[p.name for p in MAPS])
def test_example_maps_take_the_fast_path_and_build_the_same_map(path):
    data = path.read_bytes()
    assert _parse_fast(data) is not None  # undercuts, rephrases and shared premises too (maps/undercuts-and-rephrases.json)
    assert agree(data) == "ok"


def test_every_field_and_colons_in_strings_take_the_fast_path():
    data = json.dumps(RICH, indent=1, ensure_ascii=False).encode()
    assert _parse_fast(data) is not None
    assert agree(data) == "ok"
    assert agree(json.dumps(RICH, separators=(",", ":"), ensure_ascii=True)) == "ok"  # \u escapes, no spaces
    amap = loads(data)
    assert amap.statement("c:1").pinned == (12.5, -3.0) and amap.statement("s").score == 1.0
    assert amap.view is not None and amap.view.zoom == 2.0


def spelled(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


@pytest.mark.parametrize(
    "where",
    ["top", "node", "edge", "source", "pinned", "view", "center"],
)
@pytest.mark.parametrize("value", ['"x"', '"a: b: c"', "null", '"\\u003a"'])
def test_a_key_written_twice_is_refused_wherever_it_is(where, value):
    text = spelled(RICH)
    insert = {
        "top": ('"title": ', f'"title": {value}, "title": '),
        "node": ('"text": "Data."', f'"text": {value}, "text": "Data."'),
        "edge": ('"relation": "attack"', f'"relation": {value}, "relation": "attack"'),
        "source": ('"title": "Book"', f'"title": {value}, "title": "Book"'),
        "pinned": ('"x": 12.5', f'"x": {value}, "x": 12.5'),
        "view": ('"zoom": 2', f'"zoom": {value}, "zoom": 2'),
        "center": ('"x": 1.5', f'"x": {value}, "x": 1.5'),
    }[where]
    assert insert[0] in text
    text = text.replace(insert[0], insert[1], 1)
    message = agree(text)
    assert "appears twice" in message


def test_repeated_key_with_escaped_colons_is_still_found():
    # the extra key's colon and a kept value's escaped colon (a colon in the document, not in the file) cancel out
    text = spelled(RICH).replace('"notes": "Note: see below"', '"notes": "x", "notes": "\\u003aNote"')
    assert "appears twice" in agree(text)
    text = spelled(RICH).replace('"text": "Data."', '"text": "D", "text": "\\u003A"')
    assert "appears twice" in agree(text)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["nodes"][1].update(id="\x1c"), "must be a non-blank string"),  # \S for the schema, blank for str.strip
        (lambda d: d["nodes"][1].update(tags=["\x1f"]), "empty or too long"),
        (lambda d: d["nodes"][1].update(tags=["a", "b", "a"]), "tags repeat"),
        (lambda d: d["nodes"][1].update(sources=[{"title": "\x1d"}]), "a source needs a title"),
        (lambda d: d["edges"][2].update(group="\x1e"), "group name cannot be blank"),
        (lambda d: d["nodes"][1].update(text="\ud800"), "$.nodes[1].text"),
        (lambda d: d["nodes"][1].update(text="\udc00 and \ud83d\ude00"), "$.nodes[1].text"),
        (lambda d: d["nodes"].append(dict(d["nodes"][0])), "duplicate statement id"),
        (lambda d: d["edges"].append({"source": "s", "target": "ghost", "relation": "support"}), "missing statement"),
        (lambda d: d["edges"].append({"source": "s", "target": "s", "relation": "support"}), "itself"),
        (lambda d: d["edges"].append(dict(d["edges"][0])), "already linked"),
        (lambda d: d["edges"][2].update(group="g:1"), "mixes support and attack"),
        (lambda d: d.update(schema_version=0), "not a known version"),
    ],
)
def test_what_only_the_model_or_the_checks_refuse_gets_the_careful_message(change, fragment):
    data = copy.deepcopy(RICH)
    change(data)
    for text in (json.dumps(data), json.dumps(data, ensure_ascii=False)):  # \\u escapes; text that may hold surrogates
        assert fragment in agree(text)


def test_byte_order_mark_is_dropped_from_bytes_but_not_from_text():
    text = json.dumps(RICH)
    assert agree(b"\xef\xbb\xbf" + text.encode()) == "ok"
    assert "BOM" in agree("\ufeff" + text)


def test_the_fast_path_gives_each_link_its_statements_own_id_strings():
    """The parser keeps no cache of values (MapFile's ``cache_strings``): a link's ends are the very strings of its
    statements' ids, not copies of their own (one string each for the ends of 50,000 links: 5 MB more)."""
    path = next(p for p in MAPS if "japan" in p.name)
    parsed = _parse_fast(path.read_bytes())
    assert parsed is not None
    _, statements, links = parsed
    own = {s.id: s.id for s in statements}
    assert links and all(own[link.source] is link.source and own[link.target] is link.target for link in links)


def test_load_leaves_the_collector_on_and_a_loop_of_loads_collects(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(RICH))
    assert gc.isenabled()
    load(path)
    assert gc.isenabled()
    before = sum(stat["collections"] for stat in gc.get_stats())
    for _ in range(300):  # a batch script: maps loaded and dropped, each with a reference cycle
        amap = load(path)
        amap.changed.connect(lambda change, keep=amap: keep)
        del amap
    assert sum(stat["collections"] for stat in gc.get_stats()) > before, "the collector still runs between loads"


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RICH_TEXT = json.dumps(RICH, indent=1, ensure_ascii=False)
DAMAGE = ['"', ":", ",", "\\", "{", "}", '"x": 1,', '"id": "c:1",', " ", "\\u003a"]


@FUZZ
@given(at=st.integers(0, len(RICH_TEXT)), garbage=st.sampled_from(DAMAGE))
def test_fast_and_careful_agree_on_small_damage(at, garbage):
    agree(RICH_TEXT[:at] + garbage + RICH_TEXT[at:])


@FUZZ
@given(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**30), 10**30))
def test_numbers_read_alike(x, n):
    data = copy.deepcopy(RICH)
    data["nodes"][0]["pinned"] = {"x": x, "y": n}
    agree(json.dumps(data))


@pytest.mark.parametrize(
    "number",
    ["01", "+1", ".5", "1.", "0x1", "1e", "-", "Infinity", "-Infinity", "NaN", "1_0", "00", "-01", "2e308", "true", "null", "[1]",
     '"1"', "1e+2", "-0.0", "1E-2", "1.5e308", "4.9e-324", "1e-400", "123456789012345678901234567890"],
)
def test_odd_numbers_read_alike(number):
    text = spelled(RICH).replace('"x": 12.5', f'"x": {number}')
    assert agree(text) == "ok" or _parse_fast(text) is None
    version = spelled(RICH).replace('"schema_version": 1', f'"schema_version": {number}')
    assert agree(version) != "ok" or number == "1"


def test_the_fast_path_fills_in_the_models_defaults():
    """The fast path's statements and links are dicts of the keys given: it fills in the others as the models would
    (a default changed in the schema and not in the reader shows here)."""
    import inspect

    from argmap.io import check
    from argmap.io.schema import EdgeModel, NodeModel

    source = inspect.getsource(check.accept_document)
    for model, names in ((NodeModel, ("notes", "score", "title", "comment", "question", "collapsed")),
                         (EdgeModel, ())):
        for name in names:
            default = model.model_fields[name].get_default(call_default_factory=True)
            spelled = '""' if default == "" else repr(default)
            assert f'get("{name}", {spelled})' in source, (model.__name__, name, default)
    # fields read with get() and no default must default to None or an empty list (read as "none given")
    told_apart = ((NodeModel, ("tags", "sources", "pinned", "quote")), (EdgeModel, ("group", "also_in", "onto", "onto_group", "scheme")))
    for model, names in told_apart:
        for name in names:
            assert model.model_fields[name].get_default(call_default_factory=True) in (None, []), (model.__name__, name)
