"""Autosave of a large map: written from a copy on a worker thread, so the window never waits for it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from argmap.gui import files
from argmap.io import dumps, load
from argmap.io.writing import frozen_copy
from tests.gui.test_files import edit_something

MAPS = sorted((Path(__file__).resolve().parents[2] / "maps").glob("*.json"))


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_the_copy_written_from_is_the_same_map(path):
    amap = load(path)
    assert dumps(frozen_copy(amap)) == dumps(amap)
    assert files.recovery_bytes(frozen_copy(amap)) == files.recovery_bytes(amap)


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(files, "BACKGROUND_STATEMENTS", 1)  # the example map counts as large


def test_a_large_map_is_written_off_the_gui_thread_as_it_was_when_autosave_began(make_window, example_copy, ui, qtbot, large,
                                                                                 monkeypatch):
    window = make_window(example_copy)
    threads = []
    write = files.write_recovery

    def spy(path, amap, pause=None):
        threads.append(threading.current_thread())
        write(path, amap, pause)

    monkeypatch.setattr(files, "write_recovery", spy)
    edit_something(window, ui, kind="evidence")
    saver = window.autosaver
    assert saver.autosave() is False  # begun, not yet done
    edit_something(window, ui, kind="objection")  # after the copy was taken: not in this recovery file
    saver.wait()
    assert threads and threads[0] is not threading.main_thread()
    assert load(saver.map_path).statement("s1").kind == "evidence"
    assert saver.meta_path.exists()
    saver.autosave()  # the next one writes the later change
    saver.wait()
    assert load(saver.map_path).statement("s1").kind == "objection"
    qtbot.wait(50)  # the worker's signal arrives and changes nothing more
    assert saver.map_path.exists()


def test_saving_while_a_large_map_is_written_leaves_no_recovery_file(make_window, example_copy, ui, qtbot, large):
    window = make_window(example_copy)
    edit_something(window, ui)
    saver = window.autosaver
    gate = threading.Event()
    files._writer_pool().submit(gate.wait)  # the worker is busy: the write waits behind it
    saver.autosave()
    ui.trigger(window, "save")  # the recovery file is no longer wanted
    gate.set()
    qtbot.waitUntil(lambda: saver._pending is None, timeout=5000)
    assert not saver.map_path.exists() and not saver.meta_path.exists()


def test_closing_while_a_large_map_is_written_leaves_no_recovery_file(make_window, example_copy, ui, large):
    window = make_window(example_copy)
    edit_something(window, ui)
    saver = window.autosaver
    gate = threading.Event()
    files._writer_pool().submit(gate.wait)
    saver.autosave()
    threading.Timer(0.2, gate.set).start()
    saver.stop()  # what closing the window does: waits for the write, then removes it
    assert not saver.map_path.exists() and not saver.meta_path.exists()


def test_a_write_waits_between_parts_while_the_window_works_on_an_edit(make_window, example_copy, ui, qtbot, large,
                                                                        monkeypatch):
    from argmap.io import writing

    monkeypatch.setattr(writing, "PART", 1)  # a part for each statement and link
    window = make_window(example_copy)
    saver = window.autosaver
    busy = [True]
    saver.busy = lambda: busy[0]  # the picture or the strengths of an edit are due
    parts = []
    pause = saver._pause
    monkeypatch.setattr(saver, "_pause", lambda: (parts.append(1), pause()))
    gate = threading.Event()
    files._writer_pool().submit(gate.wait)  # the write begins once the edit below is made
    edit_something(window, ui, kind="evidence")
    saver.autosave()
    gate.set()
    qtbot.wait(200)  # the window looks again and again: still busy
    assert saver._pending is not None and len(parts) == 1  # waiting before its first part
    busy[0] = False
    qtbot.waitUntil(lambda: saver._pending is None, timeout=5000)
    assert len(parts) > 2
    assert load(saver.map_path).statement("s1").kind == "evidence"


def test_the_window_is_busy_until_an_edit_is_shown(make_window, example_copy, ui, qtbot):
    window = make_window(example_copy)
    qtbot.waitUntil(lambda: not window.autosaver.busy(), timeout=5000)
    edit_something(window, ui, kind="evidence")
    assert window.autosaver.busy()  # (the picture is made at the event loop's next turn)
    qtbot.waitUntil(lambda: not window.autosaver.busy(), timeout=5000)


def test_a_window_never_still_holds_a_write_back_only_so_long(make_window, example_copy, ui, qtbot, large, monkeypatch):
    monkeypatch.setattr(files, "MAX_HOLD_SECONDS", 0.2)
    window = make_window(example_copy)
    saver = window.autosaver
    saver.busy = lambda: True
    edit_something(window, ui, kind="evidence")
    saver.autosave()
    qtbot.waitUntil(lambda: saver._pending is None, timeout=5000)
    assert load(saver.map_path).statement("s1").kind == "evidence"


def test_saving_a_large_map_writes_it_on_a_worker_thread_while_the_window_paints(make_window, example_copy, ui, monkeypatch):
    from argmap.gui import file_actions

    monkeypatch.setattr(file_actions, "BACKGROUND_STATEMENTS", 1)
    window = make_window(example_copy)
    threads = []
    write = file_actions.save

    def spy(amap, path):
        threads.append(threading.current_thread())
        write(amap, path)

    monkeypatch.setattr(file_actions, "save", spy)
    edit_something(window, ui)
    ui.trigger(window, "save")
    assert threads and threads[0] is not threading.main_thread()
    assert not window.isWindowModified()
    assert example_copy.read_text(encoding="utf-8") == dumps(window.document.amap)


def test_a_large_map_that_cannot_be_saved_says_so_and_stays_modified(make_window, example_copy, ui, dialogs, monkeypatch, tmp_path):
    from argmap.gui import file_actions

    monkeypatch.setattr(file_actions, "BACKGROUND_STATEMENTS", 1)
    window = make_window(example_copy)
    edit_something(window, ui)
    dialogs.save_names.append(str(tmp_path / "no-such-folder" / "map.json"))
    ui.trigger(window, "save_as")
    assert dialogs.warnings and dialogs.warnings[-1][0] == "Cannot save map"
    assert "map.json" in dialogs.warnings[-1][1]
    assert window.isWindowModified()


def out_of_order_map():
    """A map whose graph holds statements and links in another order than the map's: a statement removed and
    restored (it keeps its old place), links added to older targets after newer ones, a statement moved."""
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Out of order")
    claim = amap.add("claim", "A claim.").id
    a = amap.add("support", "A.", parent=claim).id
    b = amap.add("objection", "B.", parent=claim).id
    c = amap.add("support", "C.", parent=a).id
    d = amap.add("claim", "D.").id
    amap.move(c, b)
    amap.connect(d, b, "support")  # a link into an older target added after one into a newer
    amap.connect(d, a, "attack")
    amap.restore(amap.remove(a))  # back at its old place, last in the graph
    return amap


def test_the_copy_puts_statements_and_links_in_the_maps_order():
    amap = out_of_order_map()
    held = [s.id for s in amap.parts()[0]]
    assert held != amap.ids()  # the case the copy sorts for
    copy = frozen_copy(amap)
    assert copy.statements() == amap.statements()
    assert copy.links() == amap.links()
    assert dumps(copy) == dumps(amap)


def test_the_copy_does_not_change_with_later_edits():
    amap = out_of_order_map()
    before = dumps(amap)
    copy = frozen_copy(amap)
    claim = amap.ids()[0]
    amap.add("support", "Later.", parent=claim)
    amap.update(claim, text="Changed later.")
    amap.remove(amap.ids()[-2])
    assert dumps(copy) == before


@pytest.mark.parametrize("path", MAPS[:3], ids=lambda p: p.name)
def test_the_recovery_file_is_written_a_piece_at_a_time_and_holds_the_whole_text(path, tmp_path, monkeypatch):
    from argmap.io import writing

    monkeypatch.setattr(writing, "PART", 2)  # (pieces of two statements or links: every join between them written)
    amap = load(path)
    given = []
    write_atomic = files.write_atomic

    def spy(target, data):
        given.append(data)
        write_atomic(target, data)

    monkeypatch.setattr(files, "write_atomic", spy)
    paused = []
    files.write_recovery(tmp_path / "recovery.json", frozen_copy(amap), lambda: paused.append(1))
    assert (tmp_path / "recovery.json").read_bytes() == files.recovery_bytes(amap)
    assert len(paused) == 1 + -(-len(amap.statements()) // 2) + -(-len(amap.links()) // 2)  # first, and before each part
    # the pieces as they are made, never the whole text in memory at once (which the process kept: 40 MB at 50,000)
    assert len(given) == 1 and not isinstance(given[0], bytes)
