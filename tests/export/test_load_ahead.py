"""The headless export reads the map in a forked copy while Qt starts (argmap.export.load_ahead)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate_map

from argmap.export.forking import can_fork
from argmap.export.load_ahead import LoadAhead, wrap_texts_ahead
from argmap.export.map_transfer import map_from_snapshot, read_snapshot
from argmap.io import MapFileError, dumps, load, save
from argmap.model import ArgumentMap, Kind, Relation, Source, View

MAPS = sorted(Path(__file__).resolve().parents[2].joinpath("maps").glob("*.json"))


@pytest.fixture
def needs_fork() -> None:
    """Skip unless a copy can be forked right now: earlier tests in the same run may have left threads (Qt's)."""
    if not can_fork():
        pytest.skip("no safe fork here (not Linux, or threads running)")


def _everything_map() -> ArgumentMap:
    """A map using every field the file format has."""
    amap = ArgumentMap("Every field: title", "and a description")
    amap.add(Kind.CLAIM, "Main claim", id="c")
    amap.add(Kind.SUPPORT, "A reason", id="r", notes="a note", sources=(Source("A book", "https://example.org"), Source("Untitled")))
    amap.add(Kind.OBJECTION, "An objection", id="o", tags=("law", "risk"), score=0.8)
    amap.add(Kind.REBUTTAL, "A rebuttal", id="b", pinned=(12.5, -3.0), collapsed=True)
    amap.add(Kind.EVIDENCE, "Evidence", id="e")
    amap.add(Kind.SUPPORT, "Co-premise", id="p")
    amap.connect("r", "c", Relation.SUPPORT)
    amap.connect("p", "c", Relation.SUPPORT)
    amap.group("c", ["r", "p"], "linked")
    amap.connect("o", "c", Relation.ATTACK)
    amap.connect("b", "o", Relation.ATTACK)
    amap.connect("e", "r", Relation.SUPPORT)
    amap.connect("e", "o", Relation.ATTACK)  # a cross-link: two parents
    amap.view = View(1.5, (10.0, 20.0))
    return amap


def _same_map(received: ArgumentMap, loaded: ArgumentMap) -> None:
    assert dumps(received) == dumps(loaded)
    assert received.view == loaded.view
    g1, g2 = received.graph_view(), loaded.graph_view()
    assert list(g1) == list(g2)  # creation order
    for node in g2:  # the orders the layout reads parents and children in
        assert list(g1.succ[node]) == list(g2.succ[node])
        assert list(g1.pred[node]) == list(g2.pred[node])


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_a_snapshot_rebuilds_the_map_a_load_gives(path):
    _same_map(map_from_snapshot(read_snapshot(path)), load(path))


def test_a_snapshot_carries_every_field_and_link_order(tmp_path):
    path = tmp_path / "every.json"
    save(_everything_map(), path)
    received = map_from_snapshot(read_snapshot(path))
    _same_map(received, load(path))
    assert received.statement("r").sources == (Source("A book", "https://example.org"), Source("Untitled"))
    assert received.statement("b").pinned == (12.5, -3.0) and received.statement("b").collapsed
    assert received.groups("c") == {"linked": ["r", "p"]}


def test_a_generated_map_with_cross_links_survives_the_snapshot(tmp_path):
    path = tmp_path / "big.json"
    save(generate_map(800, seed=3), path)
    _same_map(map_from_snapshot(read_snapshot(path)), load(path))


def test_reading_a_snapshot_reports_problems_as_a_load_does(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 1, "title": "t", "nodes": [{"id": "a"}], "edges": []}', encoding="utf-8")
    with pytest.raises(MapFileError) as from_load:
        load(path)
    with pytest.raises(MapFileError) as from_snapshot:
        read_snapshot(path)
    assert str(from_snapshot.value) == str(from_load.value)


def test_the_receiving_side_imports_neither_pydantic_nor_networkx_for_the_module():
    code = "import sys, argmap.export.map_transfer, argmap.export.load_ahead; print('pydantic' in sys.modules, 'networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


@pytest.mark.usefixtures("needs_fork")
def test_the_copy_reads_the_map_and_is_reaped():
    path = MAPS[0]
    ahead = LoadAhead(path)
    assert ahead._pid is not None  # a copy was forked
    pid = ahead._pid
    _same_map(ahead.result(), load(path))
    with pytest.raises(ChildProcessError):  # already waited for: no zombie left behind
        os.waitpid(pid, os.WNOHANG)


@pytest.mark.usefixtures("needs_fork")
def test_a_bad_file_gives_the_loaders_message(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(MapFileError) as expected:
        load(path)
    ahead = LoadAhead(path)
    with pytest.raises(MapFileError) as got:
        ahead.result()
    assert str(got.value) == str(expected.value)


def test_one_core_setting_reads_in_this_process(monkeypatch):
    monkeypatch.setenv("ARGMAP_ONE_CORE", "1")
    ahead = LoadAhead(MAPS[0])
    assert ahead._pid is None
    _same_map(ahead.result(), load(MAPS[0]))


@pytest.mark.usefixtures("needs_fork")
def test_cancel_stops_the_copy():
    ahead = LoadAhead(MAPS[0])
    pid = ahead._pid
    ahead.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_texts_are_wrapped_ahead_exactly_as_the_boxes_wrap_them(qapp):
    from argmap.drawing.box import BoxPainting, kind_look
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    path = MAPS[0]
    amap = load(path)
    assert wrap_texts_ahead(path, theme) == len(amap)
    for statement in amap.statements():
        look = kind_look(theme, statement.kind)
        cached = look.text._wrapped[(statement.text, look.wrap_width)]
        assert BoxPainting(statement, theme).text is cached  # the box used the lines wrapped ahead


def test_wrapping_ahead_a_file_it_cannot_read_does_nothing(tmp_path, qapp):
    from argmap.drawing.theme import Theme

    for content in ("{ not json", '{"nodes": 3}', '{"nodes": [{"kind": "claim", "text": 7}, "x"]}'):
        path = tmp_path / "odd.json"
        path.write_text(content, encoding="utf-8")
        assert wrap_texts_ahead(path, Theme.light()) == 0
    assert wrap_texts_ahead(tmp_path / "missing.json", Theme.light()) == 0


def test_one_core_setting_gives_the_full_model_even_for_drawing(monkeypatch):
    from argmap.export.plain_map import PlainMap

    monkeypatch.setenv("ARGMAP_ONE_CORE", "1")
    got = LoadAhead(MAPS[0]).result(drawing_only=True)
    assert isinstance(got, ArgumentMap) and not isinstance(got, PlainMap)  # no copy: the map is read here, as before
    _same_map(got, load(MAPS[0]))


@pytest.mark.usefixtures("needs_fork")
def test_a_bad_file_gives_the_loaders_message_when_drawing_only_too(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": 1, "title": "t", "nodes": [{"id": "a"}], "edges": []}', encoding="utf-8")
    with pytest.raises(MapFileError) as expected:
        load(path)
    with pytest.raises(MapFileError) as got:
        LoadAhead(path).result(drawing_only=True)
    assert str(got.value) == str(expected.value)


def test_a_pipe_is_read_once_by_the_loader_alone(tmp_path):
    """`cat map.json | argmap export /dev/stdin out.png`: no copy and no second read may eat the pipe."""
    source = MAPS[0].read_bytes()
    out = tmp_path / "piped.png"
    for env in ({}, {"ARGMAP_ONE_CORE": "1"}):
        result = subprocess.run(
            [sys.executable, "-m", "argmap", "export", "/dev/stdin", str(out)],
            input=source, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"\x89PNG")
        out.unlink()


def test_a_cut_pipe_gets_the_loaders_message(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "export", "/dev/stdin", str(tmp_path / "x.png")],
        input=MAPS[0].read_bytes()[:500], capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "invalid JSON" in message and "empty" not in message


def test_only_regular_files_are_read_ahead(tmp_path):
    from argmap.export.load_ahead import readable_twice

    assert readable_twice(MAPS[0])
    assert not readable_twice("/dev/zero")
    assert not readable_twice(tmp_path / "missing.json")
    assert not readable_twice(tmp_path)


_FORK_CHECKS = r"""
import os, sys
from argmap.export.load_ahead import LoadAhead
from argmap.io import MapFileError, dumps, load

good, bad = sys.argv[1], sys.argv[2]
ahead = LoadAhead(good)
assert ahead.started, "a copy reads the map"
pid = ahead._pid
assert dumps(ahead.result()) == dumps(load(good))
try:
    os.waitpid(pid, os.WNOHANG)
    raise SystemExit("the copy was left behind")
except ChildProcessError:
    pass
try:
    load(bad)
except MapFileError as exc:
    expected = str(exc)
for drawing_only in (False, True):
    try:
        LoadAhead(bad).result(drawing_only=drawing_only)
        raise SystemExit("a bad file was accepted")
    except MapFileError as exc:
        assert str(exc) == expected, (str(exc), expected)
ahead = LoadAhead(good)
pid = ahead._pid
ahead.cancel()
try:
    os.waitpid(pid, os.WNOHANG)
    raise SystemExit("cancel left the copy behind")
except ChildProcessError:
    pass
print("ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the copies are made on Linux only")
def test_the_copy_in_a_fresh_process_reads_reports_and_is_always_collected(tmp_path):
    """The in-process fork tests above skip once other tests have left Qt threads behind: this one never does."""
    bad = tmp_path / "broken.json"
    bad.write_text('{"schema_version": 1, "title": "t", "nodes": [{"id": "a"}], "edges": []}', encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", _FORK_CHECKS, str(MAPS[0]), str(bad)],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "ARGMAP_ONE_CORE": ""})
    assert result.stdout.strip() == "ok", result.stderr
