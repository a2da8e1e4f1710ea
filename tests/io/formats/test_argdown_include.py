"""``@include(file)`` in Argdown: followed for files beside the imported one or below it, as the Argdown CLI does;
loops, files outside that folder and missing files are one clear message."""

from __future__ import annotations

import pytest

from argmap.io import MapFileError
from argmap.io.formats import read_any

from .test_argdown_new_link_parts import ARGDOWN, cli_json, needs_cli


def write(folder, name: str, text: str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_included_file_is_read_in_its_place(tmp_path):
    main = write(tmp_path, "main.argdown", "[T]: Trams are good.\n  + [A]: They are fast.\n\n@include(parts/more.argdown)\n")
    write(tmp_path, "parts/more.argdown", "[A]\n  - [B]: Not in traffic.\n\n@include(deeper.argdown)\n")
    write(tmp_path, "parts/deeper.argdown", "[C]: Trams are clean.\n  +> [T]\n")
    result = read_any(main)
    amap = result.map
    assert sorted(amap.ids()) == ["A", "B", "C", "T"]
    assert amap.link("B", "A").relation == "attack" and amap.link("C", "T").relation == "support"
    assert any("included more.argdown" in note for note in result.skipped)
    assert not any("not followed" in note for note in result.skipped)


def test_a_file_included_twice_is_read_once(tmp_path):
    main = write(tmp_path, "main.argdown", "@include(a.argdown)\n\n@include(b.argdown)\n")
    write(tmp_path, "a.argdown", "[T]: t\n\n@include(c.argdown)\n")
    write(tmp_path, "b.argdown", "[U]: u\n\n@include(c.argdown)\n")
    write(tmp_path, "c.argdown", "[C]: c\n")
    result = read_any(main)
    assert sorted(result.map.ids()) == ["C", "T", "U"]
    assert any("c.argdown) is already included once" in note for note in result.skipped)


@pytest.mark.parametrize(("files", "reason"), [
    ({"main.argdown": "[T]: t\n\n@include(a.argdown)\n", "a.argdown": "@include(main.argdown)\n"},
     "a loop: main.argdown -> a.argdown -> main.argdown"),
    ({"main.argdown": "[T]: t\n\n@include(../secret.argdown)\n"}, "outside the folder"),
    ({"main.argdown": "[T]: t\n\n@include(/etc/hostname)\n"}, "outside the folder"),
    ({"main.argdown": "[T]: t\n\n@include(missing.argdown)\n"}, "there is no file"),
])
def test_loops_files_outside_and_missing_files_are_refused(tmp_path, files, reason):
    folder = tmp_path / "maps"
    write(tmp_path, "secret.argdown", "[S]: s\n")
    for name, text in files.items():
        write(folder, name, text)
    with pytest.raises(MapFileError) as info:
        read_any(folder / "main.argdown")
    message = str(info.value)
    assert reason in message and "\n" not in message
    assert "line " in message


@needs_cli
def test_the_argdown_cli_reads_the_same_statements(tmp_path):
    main = write(tmp_path, "main.argdown", "[T]: Trams are good.\n  + [A]: They are fast.\n\n@include(more.argdown)\n")
    write(tmp_path, "more.argdown", "[A]\n  - [B]: Not in traffic.\n")
    doc = cli_json(main.read_text(encoding="utf-8"), tmp_path)
    assert ARGDOWN.exists() and doc is not None
    assert sorted(doc["statements"]) == sorted(read_any(main).map.ids())
