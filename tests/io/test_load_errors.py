"""Loading refuses bad files with one message naming the file, the place and the problem."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from argmap.io import MapFileError, files, load, loads, read_document

GOOD: dict = {
    "schema_version": 1,
    "title": "Good map",
    "nodes": [
        {"id": "c", "kind": "claim", "text": "Claim."},
        {"id": "s", "kind": "support", "text": "Support."},
        {"id": "o", "kind": "objection", "text": "Objection."},
    ],
    "edges": [
        {"source": "s", "target": "c", "relation": "support"},
        {"source": "o", "target": "c", "relation": "attack"},
    ],
}


def edited(change) -> str:
    data = copy.deepcopy(GOOD)
    change(data)
    return json.dumps(data, indent=2)


def write(tmp_path: Path, content: str | bytes, name: str = "bad-map.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def refuse(tmp_path: Path, content: str | bytes, *fragments: str) -> MapFileError:
    """Loading ``content`` from a file raises MapFileError whose message has the file name and ``fragments``."""
    path = write(tmp_path, content)
    before = path.read_bytes()
    with pytest.raises(MapFileError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message and "Traceback" not in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert path.read_bytes() == before  # a failed load touches nothing
    # validate (no live graph) refuses the same way, with the same message
    with pytest.raises(MapFileError) as again:
        read_document(path)
    assert str(again.value) == message
    return info.value


def test_the_good_map_loads(tmp_path):
    amap = load(write(tmp_path, json.dumps(GOOD)))
    assert amap.ids() == ["c", "s", "o"] and len(amap.links()) == 2


# ------------------------------------------------------------------ not JSON at all
def test_invalid_json_names_line_and_column(tmp_path):
    text = json.dumps(GOOD, indent=2).replace('"Support."', '"Support.",,')
    line = next(n for n, row in enumerate(text.splitlines(), 1) if ",," in row)
    error = refuse(tmp_path, text, "invalid JSON", f"line {line}, column")
    assert error.place.startswith(f"line {line}, column ")


def test_trailing_garbage(tmp_path):
    refuse(tmp_path, json.dumps(GOOD) + "\n}", "invalid JSON: Extra data", "line 2, column 1")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(tmp_path, constant):
    text = json.dumps(GOOD).replace('"text": "Claim."', f'"text": "Claim.", "score": {constant}')
    refuse(tmp_path, text, f"{constant} is not a valid JSON number")


def test_empty_file(tmp_path):
    refuse(tmp_path, b"", "the file is empty")
    refuse(tmp_path, b" \n\t\n", "the file is empty")


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe{}", json.dumps(GOOD).encode("utf-16"), "{\"title\": \"caf\u00e9\"}".encode("latin-1"), b"\x89PNG\r\n\x1a\n\x00"],
    ids=["bad-bytes", "utf-16", "latin-1", "png"],
)
def test_not_utf8(tmp_path, data):
    refuse(tmp_path, data, "is not UTF-8 text", "offset")


def test_utf8_with_bom_is_accepted(tmp_path):
    assert len(load(write(tmp_path, b"\xef\xbb\xbf" + json.dumps(GOOD).encode()))) == 3


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 100_000, "[" * 100_000 + "]" * 100_000])
def test_absurd_nesting(tmp_path, text):
    refuse(tmp_path, text, "nested far too deep")


def test_huge_number(tmp_path):
    refuse(tmp_path, json.dumps(GOOD).replace('"schema_version": 1', '"schema_version": 1' + "0" * 5000), "too many digits")


@pytest.mark.parametrize("text", ["[]", '"map"', "42", "null", "true"])
def test_top_level_must_be_an_object(tmp_path, text):
    refuse(tmp_path, text, "$: the top level must be a JSON object")


# ------------------------------------------------------------------ schema_version
def test_missing_schema_version(tmp_path):
    refuse(tmp_path, edited(lambda d: d.pop("schema_version")), "$.schema_version", "missing schema_version")


def test_newer_schema_version_says_update_argmap(tmp_path):
    refuse(tmp_path, edited(lambda d: d.update(schema_version=7)), "$.schema_version", "newer argmap", "schema_version 7")


@pytest.mark.parametrize("version", ["1", 1.0, True, None, [1]])
def test_schema_version_must_be_a_whole_number(tmp_path, version):
    error = refuse(tmp_path, edited(lambda d: d.update(schema_version=version)), "$.schema_version")
    assert "schema_version" in error.reason


def test_unknown_old_schema_version(tmp_path):
    refuse(tmp_path, edited(lambda d: d.update(schema_version=0)), "$.schema_version", "not a known version")


# ------------------------------------------------------------------ types and fields
@pytest.mark.parametrize(
    ("change", "place", "what"),
    [
        (lambda d: d["nodes"][1].update(text=5), "$.nodes[1].text (statement 's')", "valid string, got 5"),
        (lambda d: d["nodes"][0].update(kind="thesis"), "$.nodes[0].kind (statement 'c')", "'thesis'"),
        (lambda d: d["nodes"][0].update(score="high"), "$.nodes[0].score", "valid number"),
        (lambda d: d["nodes"][0].update(score=1.5), "$.nodes[0].score", "less than or equal to 1"),
        (lambda d: d["nodes"][0].update(score=True), "$.nodes[0].score", "valid number"),
        (lambda d: d["nodes"][0].update(tags="economy"), "$.nodes[0].tags", "valid list"),
        (lambda d: d["nodes"][0].update(tags=["a", "a"]), "$.nodes[0]", "tags repeat"),
        (lambda d: d["nodes"][0].update(tags=[" "]), "$.nodes[0]", "empty or too long"),
        (lambda d: d["nodes"][0].update(collapsed="yes"), "$.nodes[0].collapsed", "valid boolean"),
        (lambda d: d["nodes"][0].update(pinned=[1, 2]), "$.nodes[0].pinned", "PositionModel"),
        (lambda d: d["nodes"][0].update(pinned={"x": 1}), "$.nodes[0].pinned.y", "required field is missing"),
        (lambda d: d["nodes"][0].update(sources=[{"url": "https://x"}]), "$.nodes[0].sources[0].title", "required"),
        (lambda d: d["nodes"][0].update(sources=[{"title": " "}]), "$.nodes[0]", "a source needs a title"),
        (lambda d: d["nodes"][0].pop("text"), "$.nodes[0].text", "required field is missing"),
        (lambda d: d["nodes"][0].update(id=""), "$.nodes[0].id", "at least 1 character"),
        (lambda d: d["nodes"][0].update(id="   "), "$.nodes[0].id", "pattern"),
        (lambda d: d["nodes"][0].update(id=3), "$.nodes[0].id", "valid string"),
        (lambda d: d["nodes"].__setitem__(2, "o"), "$.nodes[2]", "valid dictionary"),
        (lambda d: d["edges"][0].update(relation="supports"), "$.edges[0].relation", "'support', 'attack' or 'rephrase'"),
        (lambda d: d["edges"][0].update(group=""), "$.edges[0].group", "at least 1 character"),
        (lambda d: d["edges"][0].update(group="  "), "$.edges[0]", "group name cannot be blank"),
        (lambda d: d["edges"][0].pop("target"), "$.edges[0].target", "required field is missing"),
        (lambda d: d.update(nodes={}), "$.nodes", "valid list"),
        (lambda d: d.update(nodes=None), "$.nodes", "valid list"),
        (lambda d: d.pop("nodes"), "$.nodes", "required field is missing"),
        (lambda d: d.pop("title"), "$.title", "required field is missing"),
        (lambda d: d.update(title=["t"]), "$.title", "valid string"),
        (lambda d: d.update(view={"zoom": 0, "center": {"x": 0, "y": 0}}), "$.view.zoom", "greater than 0"),
        (lambda d: d.update(view={"zoom": 1}), "$.view.center", "required field is missing"),
        (lambda d: d.update(title="\ud800"), "$.title", "unicode"),
    ],
)
def test_wrong_types_and_values(tmp_path, change, place, what):
    refuse(tmp_path, edited(change), f": {place}", what)


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d.update(author="me"), "$.author"),
        (lambda d: d["nodes"][2].update(colour="red"), "$.nodes[2].colour (statement 'o')"),
        (lambda d: d["edges"][1].update(weight=2), "$.edges[1].weight"),
        (lambda d: d["nodes"][0].update(sources=[{"title": "t", "year": 2020}]), "$.nodes[0].sources[0].year"),
        (lambda d: d.update(view={"zoom": 1, "center": {"x": 0, "y": 0, "z": 0}}), "$.view.center.z"),
    ],
)
def test_unknown_fields(tmp_path, change, place):
    refuse(tmp_path, edited(change), f": {place}", "unknown field (not part of the argmap format)")


def test_numbers_too_large_for_a_float_are_refused(tmp_path):
    text = edited(lambda d: d["nodes"][0].update(score=0.25, pinned={"x": 0.75, "y": 0}))
    refuse(tmp_path, text.replace("0.25", "1e400"), "$.nodes[0].score (statement 'c')", "less than or equal to 1, got inf")
    refuse(tmp_path, text.replace("0.75", "-1e400"), "$.nodes[0].pinned.x (statement 'c')", "must be a finite number")


def test_several_problems_are_counted_in_one_message(tmp_path):
    error = refuse(tmp_path, edited(lambda d: [n.update(text=1) for n in d["nodes"]]), "$.nodes[0].text", "and 2 more problems")
    assert str(error).count("\n") == 0


# ------------------------------------------------------------------ graph problems
def test_duplicate_ids(tmp_path):
    refuse(
        tmp_path,
        edited(lambda d: d["nodes"].append({"id": "s", "kind": "evidence", "text": "Again."})),
        "$.nodes[3]: duplicate statement id 's' (first used at $.nodes[1])",
    )


def test_edge_to_a_missing_node(tmp_path):
    refuse(
        tmp_path,
        edited(lambda d: d["edges"].append({"source": "s", "target": "ghost", "relation": "support"})),
        "$.edges[2]: link to a missing statement 'ghost'",
    )
    refuse(
        tmp_path,
        edited(lambda d: d["edges"].insert(0, {"source": "ghost", "target": "c", "relation": "attack"})),
        "$.edges[0]: link to a missing statement 'ghost'",
    )


def test_self_loop(tmp_path):
    refuse(
        tmp_path,
        edited(lambda d: d["edges"].append({"source": "o", "target": "o", "relation": "attack"})),
        "$.edges[2]: statement 'o' cannot support or attack itself",
    )


def test_duplicate_edge_even_with_another_relation(tmp_path):
    refuse(
        tmp_path,
        edited(lambda d: d["edges"].append({"source": "s", "target": "c", "relation": "attack"})),
        "$.edges[2]: 's' is already linked to 'c' (at $.edges[0])",
    )


def test_group_mixing_support_and_attack(tmp_path):
    def change(d):
        d["edges"][0]["group"] = "g"
        d["edges"][1]["group"] = "g"

    refuse(tmp_path, edited(change), "$.edges[1]: linked reason 'g' into 'c' mixes support and attack")


def test_a_cycle_is_allowed(tmp_path):
    amap = load(write(tmp_path, edited(lambda d: d["edges"].append({"source": "c", "target": "o", "relation": "attack"}))))
    assert amap.has_cycles()


# ------------------------------------------------------------------ absurd sizes
def test_statement_text_of_megabytes(tmp_path):
    error = refuse(tmp_path, edited(lambda d: d["nodes"][1].update(text="x" * 3_000_000)), "$.nodes[1].text (statement 's')")
    assert "at most 20000 characters (it has 3000000)" in str(error)
    assert len(str(error)) < 300  # the message does not quote the text


def test_notes_too_long(tmp_path):
    refuse(tmp_path, edited(lambda d: d["nodes"][0].update(notes="n" * 20_001)), "$.nodes[0].notes", "at most 20000")


def test_a_very_long_id_is_not_quoted_in_full(tmp_path):
    error = refuse(tmp_path, edited(lambda d: d["nodes"][0].update(id="i" * 100_000)), "$.nodes[0].id", "at most 200")
    assert len(str(error)) < 300


def test_nesting_inside_a_field_is_refused_briefly(tmp_path):
    text = edited(lambda d: d["nodes"][0].update(text="PLACEHOLDER")).replace('"PLACEHOLDER"', "[" * 900 + "]" * 900)
    error = refuse(tmp_path, text, "$.nodes[0].text")
    assert len(str(error)) < 300


def test_file_larger_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    refuse(tmp_path, json.dumps(GOOD), "MiB", "more than")


# ------------------------------------------------------------------ not a file
def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(MapFileError, match=r"nowhere\.json: no such file"):
        load(path)


def test_a_folder(tmp_path):
    with pytest.raises(MapFileError, match="is a folder, not a map file") as info:
        load(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, json.dumps(GOOD))

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(MapFileError, match=r"bad-map\.json: cannot be read \(Permission denied\)"):
        load(path)


def test_loads_without_a_path_says_map(tmp_path):
    with pytest.raises(MapFileError, match=r"^<map>: \$\.title: required field is missing"):
        loads(edited(lambda d: d.pop("title")))


def test_loads_accepts_text_and_bytes():
    assert loads(json.dumps(GOOD)).ids() == loads(json.dumps(GOOD).encode()).ids() == ["c", "s", "o"]


@pytest.mark.parametrize(
    ("key", "place"),
    [
        ("two words", '$.nodes[0]["two words"]'),
        ("line\nbreak", '$.nodes[0]["line\\nbreak"]'),
        ("k" * 1_000_000, '$.nodes[0]["' + "k" * 35 + '..."]'),
    ],
)
def test_odd_unknown_keys_are_quoted_and_clipped(tmp_path, key, place):
    error = refuse(tmp_path, edited(lambda d: d["nodes"][0].update({key: 1})), f": {place} (statement 'c'): unknown field")
    assert len(str(error)) < 300


def test_a_key_written_twice_is_refused_not_silently_dropped(tmp_path):
    text = json.dumps(GOOD).replace('"text": "Support."', '"text": "Support.", "text": "Other."')
    refuse(tmp_path, text, "the key 'text' appears twice in statement 's'")
    text = json.dumps(GOOD).replace('"title": "Good map"', '"title": "Good map", "title": "Other"')
    refuse(tmp_path, text, "the key 'title' appears twice in one object")


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero or mkfifo")
def test_a_device_without_end_is_read_only_up_to_the_limit(monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    with pytest.raises(MapFileError, match=r"^/dev/zero: the file is more than the 0 MiB a map may have"):
        load("/dev/zero")


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero or mkfifo")
def test_a_map_can_be_read_from_a_pipe(tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(json.dumps(GOOD), encoding="utf-8"))
    writer.start()
    try:
        assert load(fifo).ids() == ["c", "s", "o"]
    finally:
        writer.join(timeout=10)


def test_the_very_next_schema_version_is_already_refused(tmp_path):
    from argmap.io.schema import SCHEMA_VERSION

    newer = SCHEMA_VERSION + 1
    refuse(tmp_path, edited(lambda d: d.update(schema_version=newer)), "$.schema_version", f"newer argmap (schema_version {newer})")


def test_a_title_over_the_limit_is_refused_at_its_statement(tmp_path):
    content = edited(lambda d: d["nodes"][1].update(title="T" * 501))
    refuse(tmp_path, content, "$.nodes[1].title (statement 's')", "at most 500 characters")


def test_a_file_from_a_newer_argmap_asks_for_an_update(tmp_path):
    refuse(tmp_path, edited(lambda d: d.update(schema_version=3)), "$.schema_version", "newer argmap", "Please update")
