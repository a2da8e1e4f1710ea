"""What a window keeps out of the collector's walks, and what it gives back (gc_pause)."""

from __future__ import annotations

import gc
import threading

import pytest

from argmap import gc_pause


class Owner:  # a window, as far as gc_pause is concerned
    pass


@pytest.fixture(autouse=True)
def nothing_kept():
    gc_pause._keepers.clear()
    gc.unfreeze()
    yield
    gc_pause._keepers.clear()
    gc.unfreeze()


def test_a_large_map_is_kept_until_its_window_closes_and_then_given_back():
    a = Owner()
    with gc_pause.built_to_keep(gc_pause.KEEP_BUILT_STATEMENTS, a):
        built = [[i] for i in range(100)]
    assert gc_pause.keeping() and gc.get_freeze_count() > 0
    gc_pause.stop_keeping(a)
    assert not gc_pause.keeping() and gc.get_freeze_count() == 0  # what it leaves in cycles can be freed
    assert built


def test_another_window_showing_a_small_map_does_not_stop_the_keeping():
    a, b = Owner(), Owner()
    with gc_pause.built_to_keep(gc_pause.KEEP_BUILT_STATEMENTS, a):
        pass
    with gc_pause.built_to_keep(3, b):
        pass
    assert gc_pause.keeping() and gc.get_freeze_count() > 0  # a's map is frozen again
    gc_pause.stop_keeping(b)  # b never kept anything: a's map stays frozen
    assert gc_pause.keeping() and gc.get_freeze_count() > 0
    with gc_pause.built_to_keep(3, a):  # a shows a small map now
        pass
    assert not gc_pause.keeping() and gc.get_freeze_count() == 0


def test_an_edit_is_frozen_but_a_worker_threads_reading_is_not():
    a = Owner()
    with gc_pause.built_to_keep(gc_pause.KEEP_BUILT_STATEMENTS, a):
        pass
    before = gc.get_freeze_count()
    with gc_pause.collector_paused():  # an edit on the main thread
        edit = [[i] for i in range(100)]
    assert gc.get_freeze_count() > before
    frozen = gc.get_freeze_count()

    def read() -> None:  # a map read in a worker thread may be cancelled and dropped: never frozen
        with gc_pause.collector_paused():
            read.map = [[i] for i in range(100)]  # type: ignore[attr-defined]

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert gc.get_freeze_count() <= frozen  # nothing more frozen (a frozen object freed meanwhile counts one less)
    assert edit and read.map  # type: ignore[attr-defined]


def test_garbage_in_cycles_made_before_an_edit_is_freed_not_frozen():
    a = Owner()
    with gc_pause.built_to_keep(gc_pause.KEEP_BUILT_STATEMENTS, a):
        pass

    class Node:
        pass

    node = Node()
    node.me = node  # type: ignore[attr-defined]
    gc.collect()  # it grows old while still in use
    gc.collect()
    del node  # garbage now, in a cycle, in the oldest generation
    with gc_pause.collector_paused():
        pass
    gc.unfreeze()
    assert not any(type(o) is Node for o in gc.get_objects())  # freed before the edit's freeze, not kept by it


def test_pauses_in_two_threads_nest_whichever_ends_first():
    """The collector is switched for the whole process: it is on again only once every pause, in any thread, ended
    (a worker's pause that ended inside the main thread's switched it on in the middle of it)."""
    assert gc.isenabled()
    worker_in, main_in, worker_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def worker() -> None:
        with gc_pause.collector_paused():
            worker_in.set()
            main_in.wait(5)
        worker_out.set()

    thread = threading.Thread(target=worker)
    thread.start()
    worker_in.wait(5)
    with gc_pause.collector_paused():  # begun inside the worker's, ends after it
        main_in.set()
        worker_out.wait(5)
        seen.append(gc.isenabled())
    thread.join()
    assert seen == [False], "the worker's end leaves the main thread's pause on"
    assert gc.isenabled()
    with gc_pause.collector_paused():  # and the other way round: the main thread's ends first
        pause = gc_pause.collector_paused()
        thread = threading.Thread(target=pause.__enter__)
        thread.start()
        thread.join()
    assert not gc.isenabled(), "the worker's pause is still under way"
    pause.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_pause_held_for_a_workers_result_ends_when_it_is_received_or_dropped():
    a = Owner()
    with gc_pause.built_to_keep(gc_pause.KEEP_BUILT_STATEMENTS, a):
        pass
    kept = gc.get_freeze_count()
    held = gc_pause.HeldPause()
    received = [[i] for i in range(1000)]  # what the worker built: not walked meanwhile
    with gc_pause.collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    held.keep()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= kept + len(received), "kept out of the collector's walks, without walking it first"
    held.keep()  # (once only)
    assert gc.isenabled()
    dropped = gc_pause.HeldPause()
    assert not gc.isenabled()
    dropped.release()
    dropped.release()
    assert gc.isenabled()
    gc_pause.stop_keeping(a)
