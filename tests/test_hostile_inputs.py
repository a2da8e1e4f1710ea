"""One rule for every entry point: any input gives a result or one line naming the file, never a traceback.

Every entry point (the commands, ``argmap FILE``, File > Open and File > Import) is fed the same
hostile files; and every writer refuses to replace a read-only file (checked by its mode bits, so
the tests hold when they run as root, whom ``chmod 444`` does not stop).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
LONG = "x" * 25_000  # more than MAX_TEXT (20,000)
PAIR = "  + [B]: b\n"


def _deep(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 1000 + "]" * 1000)  # 2 KB
    return path


def _deep_in_a_map(folder: Path) -> Path:
    path = folder / "deep-map.json"
    path.write_text('{"schema_version": 1, "title": "t", "nodes": ' + "[" * 1000 + "]" * 1000 + "}")
    return path


def _loop(folder: Path) -> Path:
    path, other = folder / "loop.json", folder / "loop2.json"
    path.symlink_to(other.name)
    other.symlink_to(path.name)
    return path


def _long_argdown_title(folder: Path) -> Path:
    path = folder / "long-title.argdown"
    path.write_text(f"===\ntitle: {LONG}\n===\n\n[A]: a\n{PAIR}", encoding="utf-8")
    return path


def _long_argdown_description(folder: Path) -> Path:
    path = folder / "long-description.argdown"
    path.write_text(f"===\ndescription: {LONG}\n===\n\n[A]: a\n{PAIR}", encoding="utf-8")
    return path


def _long_kialo_title(folder: Path) -> Path:
    path = folder / "long-title.kialo"
    path.write_text(f"Discussion Title: {LONG}\n\n1. A\n1.1. Pro: B\n", encoding="utf-8")
    return path


def _long_graphml_title(folder: Path) -> Path:
    path = folder / "long-title.graphml"
    path.write_text(
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="t" for="graph" attr.name="title" attr.type="string"/>'
        f'<graph edgedefault="directed"><data key="t">{LONG}</data><node id="A"/><node id="B"/>'
        '<edge source="B" target="A"/></graph></graphml>',
        encoding="utf-8",
    )
    return path


def _surrogate_argdown_title(folder: Path) -> Path:
    path = folder / "surrogate.argdown"
    path.write_text(f'===\ntitle: "bad \\ud800 title"\n===\n\n[A]: a\n{PAIR}', encoding="utf-8")
    return path


def _long_map_title(folder: Path) -> Path:
    path = folder / "long-title.json"
    path.write_text(json.dumps({"schema_version": 1, "title": LONG, "nodes": [], "edges": []}))
    return path


def _surrogate_map_title(folder: Path) -> Path:
    path = folder / "surrogate.json"
    path.write_text('{"schema_version": 1, "title": "bad \\ud800", "nodes": [], "edges": []}')
    return path


#: Files no entry point can read: each must answer "FILE: reason" (the reason starts with the text given).
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "deep JSON": (_deep, "invalid map: the JSON is nested far too deep"),
    "deep JSON in a map": (_deep_in_a_map, "invalid map: the JSON is nested far too deep"),
    "symlink loop": (_loop, "is a loop of symbolic links"),
    "over-long map title": (_long_map_title, "$.title: String should have at most 20000 characters"),
    "broken surrogate in a map title": (_surrogate_map_title, ""),
}
#: Foreign files whose map title or description argmap cannot hold as it is: imported, with a note naming the file.
IMPORTED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "over-long Argdown title": (_long_argdown_title, "the map title has 25000 characters"),
    "over-long Argdown description": (_long_argdown_description, "the map description has 25000 characters"),
    "over-long Kialo title": (_long_kialo_title, "the map title has 25000 characters"),
    "over-long GraphML title": (_long_graphml_title, "the map title has 25000 characters"),
    "broken surrogate in an Argdown title": (_surrogate_argdown_title, "the map title held a broken character"),
}
HOSTILE = {**REFUSED, **IMPORTED}


def _argv(command: str, source: Path, out: Path) -> list[str]:
    return {
        "import": ["import", str(source), "-o", str(out / "imported.json")],
        "convert": ["convert", str(source), str(out / "converted.argdown")],
        "validate": ["validate", str(source)],
        "info": ["info", str(source)],
        "check": ["check", str(source)],
        "fmt": ["fmt", str(source)],
        "export": ["export", str(source), str(out / "drawn.svg")],
    }[command]


READS_FOREIGN = {"import", "convert"}
COMMANDS = ["import", "convert", "validate", "info", "check", "fmt", "export"]


def _one_line_naming(err: str, path: Path, reason: str = "") -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{path}: {reason}"), err


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_answers_every_hostile_input(command, hostile, tmp_path, capsys):
    make, said = HOSTILE[hostile]
    out = tmp_path / "out"
    out.mkdir()
    source = make(tmp_path)
    code = main(_argv(command, source, out))
    err = capsys.readouterr().err
    if hostile in IMPORTED and command in READS_FOREIGN:  # a result, and a note that names the file
        assert code == 0, err
        assert "Traceback" not in err
        assert err.splitlines() == [line for line in err.splitlines() if line.startswith(f"{source}: warning: ")]
        assert said in err
        assert len(list(out.iterdir())) == 1
    else:
        assert code == 1
        _one_line_naming(err, source, said if hostile in REFUSED else "")
        assert list(out.iterdir()) == []  # nothing written


@pytest.mark.parametrize("command", ["import", "convert", "export"])
def test_a_symlink_loop_as_output_is_refused(command, tmp_path, capsys):
    source = tmp_path / "map.json"
    source.write_bytes(EXAMPLE.read_bytes())
    target = tmp_path / {"import": "loop.json", "convert": "loop.argdown", "export": "loop.svg"}[command]
    other = tmp_path / f"other{target.suffix}"
    target.symlink_to(other.name)
    other.symlink_to(target.name)
    argv = {"import": ["import", str(source), "-o", str(target)], "convert": ["convert", str(source), str(target)],
            "export": ["export", str(source), str(target)]}[command]
    assert main(argv) == 1
    _one_line_naming(capsys.readouterr().err, target, "is a loop of symbolic links")
    assert target.is_symlink() and os.readlink(target) == other.name  # the link is left as it was


# ---------------------------------------------------------------------------------------------- the editor

@pytest.fixture
def notes(monkeypatch):
    from argmap.gui import dialogs as editor_dialogs

    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(editor_dialogs, "show_import_notes", lambda parent, name, items: shown.append((name, items)))
    return shown


def _open_by_menu(window, path: Path, dialogs) -> None:
    dialogs.open_names.append(str(path))
    window.files.open()


def _import_by_menu(window, path: Path, dialogs) -> None:
    dialogs.open_names.append(str(path))
    window.files.import_file()


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("entry", [_open_by_menu, _import_by_menu], ids=["open", "import"])
def test_the_editor_answers_every_hostile_input(entry, hostile, make_window, example_copy, dialogs, notes, tmp_path):
    from argmap.io import dumps

    window = make_window(example_copy, show=False)
    document, before = window.document, dumps(window.document.amap)
    make, said = HOSTILE[hostile]
    source = make(tmp_path)
    entry(window, source, dialogs)
    if hostile in IMPORTED:  # a result: the foreign map in the window, and the note shown
        assert dialogs.warnings == []
        assert window.document is not document and len(window.document.amap) == 2
        assert len(notes) == 1 and any(said in note for note in notes[0][1])
        return
    assert len(dialogs.warnings) == 1
    _one_line_naming(dialogs.warnings[0][1], source, said)
    assert window.document is document and dumps(window.document.amap) == before  # the open map is untouched
    assert not window.document.is_modified()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_argmap_file_opens_the_editor_on_every_hostile_input(hostile, dialogs, notes, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from argmap.gui.main_window import WINDOWS

    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    make, said = HOSTILE[hostile]
    source = make(tmp_path)
    assert main([str(source)]) == 0  # the editor opened
    window = WINDOWS[-1]
    try:
        if hostile in IMPORTED:
            assert dialogs.warnings == [] and len(window.document.amap) == 2
            assert any(said in note for note in notes[0][1])
        else:
            assert len(dialogs.warnings) == 1
            _one_line_naming(dialogs.warnings[0][1], source, said)
            assert len(window.document.amap) == 0 and window.document.path is None
    finally:
        window.document.stack.setClean()
        window.document._unsaved_since_open = False
        window.close()


# ---------------------------------------------------------------------------------------------- read-only files

READ_ONLY = "permission denied: the file is read-only"


@pytest.fixture
def read_only_map(tmp_path):
    """A map in a non-canonical form (so fmt would rewrite it), made read-only."""
    path = tmp_path / "locked.json"
    path.write_text(json.dumps(json.loads(EXAMPLE.read_text(encoding="utf-8"))), encoding="utf-8")  # one line
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.lstat().st_mode) == 0o444
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no temp file left


@pytest.mark.parametrize("command", ["fmt", "convert", "import -o", "export"])
def test_writers_refuse_to_replace_a_read_only_file(command, read_only_map, tmp_path, capsys):
    before = read_only_map.read_bytes()
    source = tmp_path / "debate.kialo"
    source.write_text("Discussion Title: T\n\n1. A\n1.1. Pro: B\n", encoding="utf-8")
    argv = {
        "fmt": ["fmt", str(read_only_map)],
        "convert": ["convert", str(source), str(read_only_map)],
        "import -o": ["import", str(source), "-o", str(read_only_map)],
        "export": ["export", str(EXAMPLE), str(read_only_map), "--format", "svg"],
    }[command]
    assert main(argv) == 1
    assert capsys.readouterr().err == f"{read_only_map}: {READ_ONLY}\n"
    _unchanged(read_only_map, before)


def test_fmt_check_still_reads_a_read_only_file(read_only_map, capsys):
    assert main(["fmt", "--check", str(read_only_map)]) == 1
    assert "not in canonical form" in capsys.readouterr().err


def test_a_link_to_a_read_only_file_is_refused_too(read_only_map, tmp_path, capsys):
    link = tmp_path / "link.json"
    link.symlink_to(read_only_map.name)
    before = read_only_map.read_bytes()
    assert main(["fmt", str(link)]) == 1
    assert capsys.readouterr().err == f"{link}: {READ_ONLY}\n"
    _unchanged(read_only_map, before)
    assert link.is_symlink()


def test_write_atomic_refuses_by_the_mode_bits_even_where_access_would_allow(read_only_map, monkeypatch):
    from argmap.io import MapFileError, write_atomic

    monkeypatch.setattr(os, "access", lambda *a, **k: True)  # as for root
    before = read_only_map.read_bytes()
    with pytest.raises(MapFileError) as info:
        write_atomic(read_only_map, b"{}")
    assert str(info.value) == f"{read_only_map}: {READ_ONLY}"
    _unchanged(read_only_map, before)


def test_save_in_the_editor_refuses_a_read_only_file(make_window, example_copy, dialogs):
    window = make_window(example_copy, show=False)
    before = example_copy.read_bytes()
    window.document.amap.set_title("Edited")
    window.document.mark_unsaved()
    example_copy.chmod(0o444)
    try:
        assert window.files.save() is False
        assert dialogs.warnings == [("Cannot save map", f"{example_copy}: {READ_ONLY}")]
        _unchanged(example_copy, before)
        assert window.document.is_modified()  # the edit is still there, to be saved elsewhere
    finally:
        example_copy.chmod(0o644)
