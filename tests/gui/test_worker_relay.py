"""Calls from worker threads delivered on the GUI thread, and dropped when their object was deleted meanwhile."""

from __future__ import annotations

import gc
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject
from shiboken6 import delete

from argmap.gui.worker_relay import when_done


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple] = []

    def take(self, *args) -> None:
        self.calls.append((threading.current_thread(), *args))


def test_the_method_is_called_on_the_gui_thread_with_the_arguments_and_the_future(qtbot):
    receiver = Receiver()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(lambda: 42)
        future.add_done_callback(when_done(receiver.take, "generation", 3))
    qtbot.waitUntil(lambda: bool(receiver.calls), timeout=2000)
    ((thread, *args),) = receiver.calls
    assert thread is threading.main_thread() and args == ["generation", 3, future] and future.result() == 42


def test_a_worker_ending_after_its_object_was_deleted_calls_nothing_and_holds_nothing(qtbot):
    receiver, gate = Receiver(), threading.Event()
    alive = weakref.ref(receiver)
    calls = receiver.calls
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(gate.wait, 5)
    future.add_done_callback(when_done(receiver.take))
    delete(receiver)  # the window (and its objects) deleted while the worker runs
    del receiver
    gc.collect()
    assert alive() is None  # the worker's callback kept no reference to it
    gate.set()
    pool.shutdown(wait=True)
    qtbot.wait(20)
    assert future.done() and calls == []

