"""Editing a large map: what each edit builds is kept out of the collector's walks too, and nothing is lost by it."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from argmap import gc_pause
from argmap.gui.commands.statements import AddStatement, DeleteStatements, UpdateStatement


def tracked_ids() -> set[int]:
    """The objects the collector walks (the frozen ones are not among them)."""
    return {id(o) for generation in range(3) for o in gc.get_objects(generation)}


def edit(window, qtbot, command) -> None:
    window.editor.execute(command)
    live = window.evaluator.live
    qtbot.waitUntil(lambda: not window.scene._pending.isActive() and not live._timer.isActive() and not live.busy, timeout=3000)
    QApplication.processEvents()


def test_an_edits_picture_of_a_large_map_is_frozen_and_edits_leave_no_garbage_in_cycles(
    make_window, example_copy, qtbot, monkeypatch, tmp_path
):
    monkeypatch.setattr(gc_pause, "KEEP_BUILT_STATEMENTS", 10)  # the example map (about 30 statements) counts as large
    gc.unfreeze()
    try:
        window = make_window(example_copy)
        amap = window.document.amap
        edit(window, qtbot, UpdateStatement(amap, amap.ids()[0], text="Edited once."))  # what goes once (the window's first map)
        gc.unfreeze()
        gc.collect()
        gc.freeze()  # from here on, garbage in cycles can only come from the edits
        for k in range(9):
            some = amap.ids()[k]
            if k % 3 == 0:
                command = UpdateStatement(amap, some, text=amap.statement(some).text + " One more clause.")
            elif k % 3 == 1:
                command = AddStatement(amap, "support", "A new reason.", parent=some)
            else:
                command = DeleteStatements(amap, [i for i in amap.ids() if not amap.children(i)][-1:])
            edit(window, qtbot, command)
            picture = window.scene._diagram
            assert id(picture) not in tracked_ids()  # the edit's picture is out of the collector's walks
            assert gc.isenabled()
        gc.collect()  # what is garbage now and not frozen (a frame's painting leaves some) was never at risk
        gc.unfreeze()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            assert gc.collect() == 0, sorted({type(o).__qualname__ for o in gc.garbage})  # nothing frozen was lost
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
        small = tmp_path / "small.json"
        small.write_text('{"schema_version": 2, "title": "Small", "nodes": [{"id": "a", "kind": "claim", "text": "A."}]}',
                         encoding="utf-8")
        assert window.files.open_path(small)
        assert not gc_pause.keeping()  # a small map's edits are the collector's as usual
        edit(window, qtbot, UpdateStatement(window.document.amap, "a", text="A, edited."))
        assert id(window.scene._diagram) in tracked_ids()
    finally:
        gc.unfreeze()


def test_the_evaluation_a_worker_made_of_a_large_map_is_frozen_once_kept(make_window, example_copy, qtbot, monkeypatch):
    """The whole map's evaluation comes from a worker thread (not built in a block of the GUI thread): once applied it
    is kept out of the collector's walks too, so the first edit's collection does not walk it."""
    from argmap.gui import live_evaluation

    monkeypatch.setattr(gc_pause, "KEEP_BUILT_STATEMENTS", 10)
    monkeypatch.setattr(live_evaluation, "INSTANT_SECONDS", -1.0)  # as on a large map: the whole map goes to the worker
    gc.unfreeze()
    try:
        window = make_window()
        assert window.files.open_path(example_copy)
        live = window.evaluator.live
        qtbot.waitUntil(lambda: not live.stale and live.result.evaluation is not None, timeout=3000)
        graph = live.result.evaluation.graph
        walked = tracked_ids()
        assert id(graph.supports) not in walked and id(graph.supports[0]) not in walked
    finally:
        gc.unfreeze()


def test_a_map_of_a_thousand_statements_is_kept_out_of_the_collectors_walks(make_window, qtbot, tmp_path):
    """Its edits' collections walked every object of the map again (40-50 ms over 15 edits, up to 13 ms in one)."""
    import sys
    from pathlib import Path

    from argmap.io import save

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import generate_map

    save(generate_map(1000, seed=1), tmp_path / "thousand.json")
    gc.unfreeze()
    try:
        window = make_window(tmp_path / "thousand.json")
        assert gc_pause.keeping()
        amap = window.document.amap
        edit(window, qtbot, UpdateStatement(amap, amap.ids()[0], text="Edited once."))
        assert id(window.scene._diagram) not in tracked_ids()
    finally:
        gc.unfreeze()
