"""Open and Import read files in a worker thread: the window keeps running, a progress dialog with Cancel
appears after half a second, Cancel leaves the open map untouched, results and errors arrive as dialogs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from argmap.gui import file_actions, import_worker
from argmap.io import load
from argmap.io.formats import read_any

ARGDOWN = "# Slow\n\n[A]: A claim.\n  <+ [B]: A reason.\n"


@pytest.fixture
def gate(monkeypatch):
    """Make the next reading wait in the worker until the test opens the gate (and say when it ends)."""

    class Gate:
        def __init__(self) -> None:
            self.opened = threading.Event()
            self.finished = threading.Event()
            self.thread_names: list[str] = []

        def slow(self, real):
            def read(*args):
                self.thread_names.append(threading.current_thread().name)
                try:
                    self.opened.wait(20)
                    return real(*args)
                finally:
                    self.finished.set()
            return read

    g = Gate()
    monkeypatch.setattr(file_actions, "read_for_open", g.slow(import_worker.read_for_open))
    monkeypatch.setattr(file_actions, "read_any", g.slow(read_any))
    yield g
    g.opened.set()  # never leave a worker waiting


class Watch:
    """What the window did while a file was being read: timer ticks, and when the progress dialog was seen."""

    def __init__(self, window):
        self.window = window
        self.ticks = 0
        self.seen: dict[str, bool] = {}
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        self.ticks += 1

    def progress(self) -> QProgressDialog | None:
        dialog = self.window.findChild(QProgressDialog, "progress_reading")
        return dialog if dialog is not None and dialog.isVisible() else None

    def at(self, ms: int, name: str, then=None) -> None:
        def look():
            self.seen[name] = self.progress() is not None
            if then is not None:
                then()
        QTimer.singleShot(ms, look)


def test_cancel_leaves_the_open_map_untouched_and_the_window_running(window, ui, dialogs, gate, tmp_path, qtbot):
    path = tmp_path / "slow.json"
    path.write_bytes((tmp_path / "japan.json").read_bytes().replace(b"Japan", b"Other"))
    before, before_path = ui.text_of(window), window.document.path
    watch = Watch(window)
    watch.at(150, "early")
    watch.at(1000, "later", then=lambda: watch.progress().cancel())
    assert window.files.open_path(path) is False
    assert watch.seen == {"early": False, "later": True}  # the dialog waits half a second before it appears
    assert watch.ticks >= 20  # timers ran (and the window painted) all the while
    assert ui.text_of(window) == before and window.document.path == before_path
    assert dialogs.warnings == [] and watch.progress() is None
    assert gate.thread_names[0].startswith("argmap-read")  # not the GUI thread
    gate.opened.set()
    qtbot.waitUntil(gate.finished.is_set, timeout=5000)
    qtbot.wait(100)  # the dropped result arrives nowhere
    assert ui.text_of(window) == before


def test_a_slow_import_arrives_after_the_progress_dialog(window, ui, dialogs, gate, tmp_path, qtbot):
    path = tmp_path / "slow.argdown"
    path.write_text(ARGDOWN, encoding="utf-8")
    watch = Watch(window)
    watch.at(900, "during", then=gate.opened.set)
    dialogs.open_names.append(str(path))
    ui.trigger(window, "import")
    assert watch.seen == {"during": True}
    assert {s.text for s in window.document.amap.statements()} == {"A claim.", "A reason."}
    assert window.document.path is None and dialogs.warnings == []
    qtbot.waitUntil(lambda: watch.progress() is None, timeout=2000)


def test_an_error_found_in_the_worker_is_a_dialog_and_the_map_stays(window, ui, dialogs, gate, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": 1, "title": "x", "nodes": [', encoding="utf-8")
    before = ui.text_of(window)
    QTimer.singleShot(700, gate.opened.set)
    assert window.files.open_path(path) is False
    assert len(dialogs.warnings) == 1 and dialogs.warnings[0][0] == "Cannot open map"
    assert "broken.json" in dialogs.warnings[0][1] and "invalid JSON" in dialogs.warnings[0][1]
    assert ui.text_of(window) == before


def test_a_bug_in_a_reader_is_a_message_not_a_traceback(window, ui, dialogs, monkeypatch, tmp_path):
    def broken(path):
        raise KeyError("surprise")

    monkeypatch.setattr(file_actions, "read_for_open", broken)
    before = ui.text_of(window)
    assert window.files.open_path(tmp_path / "any.json") is False
    assert dialogs.warnings == [("Cannot open map", f"{tmp_path / 'any.json'}: cannot be read (KeyError: 'surprise')")]
    assert ui.text_of(window) == before


def test_a_quick_file_opens_without_a_progress_dialog(make_window, example_copy, monkeypatch):
    made = []
    real = import_worker._progress_dialog
    monkeypatch.setattr(import_worker, "_progress_dialog", lambda *a: made.append(a) or real(*a))
    window = make_window(example_copy)
    assert made == [] and len(window.document.amap) == len(load(example_copy))
