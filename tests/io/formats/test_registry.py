"""The format registry: names, suffixes, sniffing .json, read_any and write_any."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.io import MapFileError, dumps, load
from argmap.io.formats import (
    READERS,
    WRITERS,
    UnknownFormat,
    detect_format,
    file_filters,
    format_for_suffix,
    read_any,
    strip_suffix,
    write_any,
)

ROOT = Path(__file__).resolve().parents[3]
JAPAN = ROOT / "maps" / "japan-nato-ukraine.json"
AIF = '{"nodes": [{"nodeID": 1, "type": "I", "text": "A"}], "edges": [], "locutions": []}'


def test_registry_lists_readers_and_writers():
    assert set(READERS) == {"argmap", "aif", "argdown", "kialo", "graphml", "outline", "opml"}
    assert set(WRITERS) == set(READERS) | {"dot", "mermaid"}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.argdown", "argdown"), ("a.AD", "argdown"), ("a.aif.json", "aif"), ("a.txt", "kialo"), ("a.graphml", "graphml"),
     ("a.dot", "dot"), ("a.gv", "dot"), ("a.mmd", "mermaid"), ("a.mermaid", "mermaid"), ("a.json", "argmap"), ("a.xyz", None),
     ("a.md", "outline"), ("a.markdown", "outline"), ("a.opml", "opml")],
)
def test_suffixes(name, fmt):
    assert format_for_suffix(name) == fmt


def test_json_is_sniffed_for_aif_or_argmap():
    assert detect_format("x.json", AIF) == "aif"
    assert detect_format("x.json", json.dumps({"AIF": json.loads(AIF)})) == "aif"
    assert detect_format("x.json", JAPAN.read_bytes()) == "argmap"
    assert detect_format("x.json", "{not json") == "argmap"  # and the argmap reader names the error


@pytest.mark.parametrize(
    "data",
    [b'{"schema_version": 2, "nodes": []}', b'\xef\xbb\xbf \n\t{ "schema_version" :2}', b'{"schema_version": 2, "title": "\xff"}',
     b'{"schema_version"', b'  {"nodes": [], "schema_version": 2}', AIF.encode(), b'{"AIF": {"nodes": []}}', b'\xff{"schema_version": 2}',
     b'\xc2\xa0{"schema_version": 2}', b'{\n' + b' ' * 300 + b'"schema_version": 2}'],
)
def test_json_bytes_are_told_as_their_decoded_text_is(data):
    """An argmap map's bytes are told by their start alone (the whole file is not decoded for it): the same answer
    as the decoded text's (the text's path reads it all), and argmap's when the bytes do not decode."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        expected = "argmap"  # (the argmap reader names the broken byte)
    else:
        expected = detect_format("x.json", text)
    assert detect_format("x.json", data) == expected


def test_unknown_suffixes_are_sniffed_or_refused():
    assert detect_format("x.data", "<?xml version='1.0'?><graphml/>") == "graphml"
    assert detect_format("x.data", "Discussion Title: T\n\n1. A\n") == "kialo"
    assert detect_format("x.data", AIF) == "aif"
    with pytest.raises(UnknownFormat, match="--format"):
        detect_format("x.data", "just some words")


def test_read_any_and_write_any_in_every_writable_format(tmp_path):
    amap = load(JAPAN)
    for fmt in WRITERS:
        target = tmp_path / f"out.{fmt}"
        assert write_any(amap, target, fmt) == fmt
        assert target.stat().st_size > 0
        if fmt in READERS:
            again = read_any(target, fmt).map
            assert len(again) == len(amap) and len(again.links()) == len(amap.links())
    write_any(amap, tmp_path / "copy.json")
    assert dumps(read_any(tmp_path / "copy.json").map) == dumps(amap)
    assert read_any(tmp_path / "out.aif", None).map.ids() == amap.ids()  # ".aif" is AIF by name


def test_errors(tmp_path):
    with pytest.raises(UnknownFormat):
        write_any(load(JAPAN), tmp_path / "out.xyz")
    with pytest.raises(UnknownFormat, match="cannot read the format 'dot'"):
        read_any(JAPAN, "dot")
    with pytest.raises(MapFileError, match="no such file"):
        read_any(tmp_path / "missing.argdown")
    (tmp_path / "latin1.argdown").write_bytes("[A]: caf\xe9\n".encode("latin-1"))
    with pytest.raises(MapFileError, match="not UTF-8") as info:
        read_any(tmp_path / "latin1.argdown")
    assert info.value.place == "line 1"
    with pytest.raises(MapFileError, match="cannot be saved"):
        write_any(load(JAPAN), tmp_path / "no-such-folder" / "x.argdown")


def test_formats_and_the_commands_work_without_qt(tmp_path):
    """Interchange is core code: it must run where PySide6 cannot even be imported."""
    import subprocess
    import sys

    code = f"""
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is blocked in this test")
sys.meta_path.insert(0, NoQt())
import argmap.cli
from argmap.io.formats import aif, argdown, argdown_write, graph_text, graphml, kialo
from argmap.cli import main
for suffix in ("argdown", "aif.json", "txt", "graphml", "gv", "mmd"):
    assert main(["convert", {str(JAPAN)!r}, {str(tmp_path)!r} + "/m." + suffix]) == 0
assert not any(m.startswith("PySide6") for m in sys.modules)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_names_without_suffix_and_dialog_filters():
    assert strip_suffix("my.debate.argdown") == "my.debate"
    assert strip_suffix("dir/x.aif.json") == "x"
    assert strip_suffix("notes.unknown") == "notes"
    assert file_filters("read").startswith("All supported (*.json *.argmap *.aif.json *.aif *.argdown")
    assert "Argdown text (*.argdown *.ad)" in file_filters("read")
    assert "Graphviz DOT (*.dot *.gv)" in file_filters("write")
    assert "*.dot" not in file_filters("read")


def test_a_device_without_a_size_is_read_with_a_limit(monkeypatch):
    from argmap.io import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    with pytest.raises(MapFileError, match="more than the 0 MiB"):
        read_any("/dev/zero", "argdown")


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        ("argdown", "[A]: Something.\n  + [B]: Because.\n"),
        ("aif.json", '{"nodes":[{"nodeID":"1","type":"I","text":"A"}],"edges":[]}'),
        ("txt", "1. Thesis.\n1.1. Pro: Reason.\n"),
        ("graphml", '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<graph edgedefault="directed"><node id="a"/></graph></graphml>'),
    ],
)
def test_an_import_without_a_title_is_named_after_the_whole_file_name(tmp_path, suffix, content):
    path = tmp_path / f"my.debate.{suffix}"
    path.write_text(content, encoding="utf-8")
    assert read_any(path).map.title == "my.debate"


def test_an_empty_file_says_so_whatever_its_name(tmp_path):
    for name in ("nameless", "x.argdown", "x.json"):
        (tmp_path / name).write_bytes(b" \n")
        with pytest.raises(MapFileError, match="the file is empty"):
            read_any(tmp_path / name)


def test_import_and_load_give_the_same_messages(tmp_path):
    for bad in (tmp_path, tmp_path / "missing.json"):
        with pytest.raises(MapFileError) as imported:
            read_any(bad)
        with pytest.raises(MapFileError) as loaded:
            load(bad)
        assert str(imported.value) == str(loaded.value)


def test_the_start_of_an_argmap_map_is_told_from_other_json_by_its_first_bytes():
    from argmap.io.formats import looks_like_argmap_map

    assert looks_like_argmap_map(b'{"schema_version": 2, "title": "x"')
    assert looks_like_argmap_map(b'\xef\xbb\xbf\n  {\n  "schema_version" : 1')  # a BOM, spaces and newlines first
    assert not looks_like_argmap_map(b'{"nodes": [], "schema_version": 2}')  # a map, but not as argmap writes it
    assert not looks_like_argmap_map(b'{"nodes": [{"nodeID": "1", "type": "I"')  # AIF
    assert not looks_like_argmap_map(b"\xff\xfe{")  # not UTF-8
    assert not looks_like_argmap_map(b"")
