"""Opening a large map: what the window builds for it is kept out of the garbage collector's walks until another map is shown."""

from __future__ import annotations

import gc

from argmap import gc_pause


def test_a_large_maps_objects_are_left_out_of_collections_until_the_next_map(make_window, example_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(gc_pause, "KEEP_BUILT_STATEMENTS", 10)  # the example map (about 30 statements) counts as large
    gc.unfreeze()
    try:
        window = make_window(example_copy)
        assert len(window.document.amap) >= 10
        assert gc.get_freeze_count() > 0  # the map's statements, items and picture: never walked while editing
        assert gc.isenabled()  # the collector itself runs on for what comes later
        small = tmp_path / "small.json"
        small.write_text('{"schema_version": 2, "title": "Small", "nodes": [{"id": "a", "kind": "claim", "text": "A."}]}',
                         encoding="utf-8")
        assert window.files.open_path(small)
        assert gc.get_freeze_count() == 0  # the large map's objects are the collector's again: what it left is freed
    finally:
        gc.unfreeze()


def test_a_new_window_gets_the_reading_process_ready_before_any_file_is_opened(make_window, monkeypatch):
    from argmap.gui import file_actions

    started: list[bool] = []
    monkeypatch.setattr(file_actions, "warm_up", lambda: started.append(True))
    make_window(show=False)
    assert started  # a recent or dropped file does not wait for the reading process to start


def test_no_collection_walks_a_map_between_its_arrival_and_the_window_showing_it(make_window, example_copy, monkeypatch):
    monkeypatch.setattr(gc_pause, "KEEP_BUILT_STATEMENTS", 10)
    window = make_window()
    files = window.files
    watching: list[bool] = []
    collections: list[int] = []
    read, show = files._read, files.show_document

    def arrived(*args):
        result = read(*args)
        watching.append(True)
        return result

    def shown(document):
        show(document)
        watching.clear()

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and watching:
            collections.append(info["generation"])

    monkeypatch.setattr(files, "_read", arrived)
    monkeypatch.setattr(files, "show_document", shown)
    thresholds = gc.get_threshold()
    gc.set_threshold(1)  # any allocation while the collector is on starts a collection
    gc.callbacks.append(seen)
    try:
        assert files.open_path(example_copy)
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)
        gc.unfreeze()
    assert collections == []  # the map came, was built into the window and frozen: no collection walked it meanwhile
    assert gc.isenabled()
