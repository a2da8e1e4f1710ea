"""Open and Import read files in a worker thread: the window keeps running, a progress dialog with Cancel
appears after half a second, Cancel leaves the open map untouched, results and errors arrive as dialogs."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from argmap.gui import file_actions, import_worker
from argmap.io import load

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
            def job(path):
                def read():
                    self.thread_names.append(threading.current_thread().name)
                    try:
                        self.opened.wait(20)
                        return real(path)()
                    finally:
                        self.finished.set()
                return read
            return job

    g = Gate()
    monkeypatch.setattr(file_actions, "open_job", g.slow(import_worker.open_job))
    monkeypatch.setattr(file_actions, "import_job", g.slow(import_worker.import_job))
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

    def cancel(self) -> None:
        """Press the dialog's Cancel button, as the user would."""
        self.progress().findChild(QPushButton).click()

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
    watch.at(1000, "later", then=watch.cancel)
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
        def read():
            raise KeyError("surprise")
        return read

    monkeypatch.setattr(file_actions, "open_job", broken)
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


# ------------------------------------------------------------------ large and unusual files: a separate process
def _writer(fifo, text: str, after_s: float) -> threading.Thread:
    """Write ``text`` into the named pipe ``fifo`` after a while (a file that is slow to read)."""
    def write():
        import time

        time.sleep(after_s)
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(text)
    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


@needs_fifo
def test_a_pipe_that_never_ends_is_read_in_a_process_that_cancel_kills(window, ui, dialogs, tmp_path, monkeypatch):
    fifo = tmp_path / "endless.argdown"
    os.mkfifo(fifo)  # nobody ever writes: a thread reading it would wait forever
    jobs = []
    real = import_worker._ProcessJob
    monkeypatch.setattr(import_worker, "_ProcessJob", lambda work: jobs.append(real(work)) or jobs[-1])
    before = ui.text_of(window)
    watch = Watch(window)
    watch.at(1500, "later", then=watch.cancel)
    assert window.files.open_path(fifo) is False
    assert watch.seen == {"later": True} and len(jobs) == 1
    assert not jobs[0].process.is_alive() and jobs[0].process.exitcode == -9  # stopped, not left waiting
    assert ui.text_of(window) == before and dialogs.warnings == []


@needs_fifo
def test_a_slow_pipe_imports_through_the_reading_process(window, dialogs, tmp_path):
    fifo = tmp_path / "slow.argdown"
    os.mkfifo(fifo)
    _writer(fifo, ARGDOWN, 0.8)
    assert window.files.open_path(fifo) is True
    assert {s.text for s in window.document.amap.statements()} == {"A claim.", "A reason."}
    assert window.document.path is None and dialogs.warnings == []


def test_a_large_file_is_read_in_a_process_and_its_errors_are_dialogs(window, ui, dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(import_worker, "PROCESS_BYTES", 10)
    monkeypatch.setattr(import_worker, "THREAD_MAP_BYTES", 0)  # argmap's maps too
    jobs = []
    real = import_worker._ProcessJob
    monkeypatch.setattr(import_worker, "_ProcessJob", lambda work: jobs.append(real(work)) or jobs[-1])
    good = tmp_path / "good.argdown"
    good.write_text(ARGDOWN, encoding="utf-8")
    assert window.files.open_path(good) is True and len(jobs) == 1
    assert {s.text for s in window.document.amap.statements()} == {"A claim.", "A reason."}
    window.document.stack.setClean()
    window.document._unsaved_since_open = False
    before = ui.text_of(window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "title": "x", "nodes": [', encoding="utf-8")
    assert window.files.open_path(bad) is False and len(jobs) == 2
    assert dialogs.warnings[0][0] == "Cannot open map" and dialogs.warnings[0][1].startswith(f"{bad}: ")
    assert "invalid JSON" in dialogs.warnings[0][1] and ui.text_of(window) == before


def test_a_mid_sized_argmap_map_is_read_in_a_thread_and_other_formats_in_a_process(window, dialogs, example_copy, tmp_path,
                                                                                   monkeypatch):
    monkeypatch.setattr(import_worker, "PROCESS_BYTES", 10)
    jobs = []
    real = import_worker._ProcessJob
    monkeypatch.setattr(import_worker, "_ProcessJob", lambda work: jobs.append(real(work)) or jobs[-1])
    assert window.files.open_path(example_copy) is True and jobs == []  # its fast reader beats starting a process
    assert len(window.document.amap) > 10
    other = tmp_path / "other.argdown"
    other.write_text(ARGDOWN, encoding="utf-8")
    assert window.files.open_path(other) is True and len(jobs) == 1
    monkeypatch.setattr(import_worker, "THREAD_MAP_BYTES", 10)  # a map larger than that: a process again
    window.document.stack.setClean()
    window.document._unsaved_since_open = False
    assert window.files.open_path(example_copy) is True and len(jobs) == 2
    assert dialogs.warnings == []


def test_argmap_maps_of_any_usual_size_are_read_in_a_thread_other_names_in_a_process(example_copy, tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(example_copy.read_bytes() + b" " * (6 * 1024 * 1024))  # 6 MB: was read in a process before
    assert import_worker._wants_process(big) is False
    named = tmp_path / "big.argdown"  # begins like a map, but its name calls for another reader (which might not end)
    named.write_bytes(big.read_bytes())
    assert import_worker._wants_process(named) is True
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:  # larger than a thread should parse (the GIL is held while pydantic parses)
        out.write(example_copy.read_bytes())
        out.truncate(import_worker.THREAD_MAP_BYTES + 1)
    assert import_worker._wants_process(huge) is True


def test_cancel_of_a_map_read_in_a_thread_frees_the_map_when_the_thread_ends(window, ui, dialogs, tmp_path, qtbot, monkeypatch):
    import gc
    import weakref

    opened, finished = threading.Event(), threading.Event()
    made: list[weakref.ref] = []

    def slow(path):
        def read():
            try:
                opened.wait(20)
                result = import_worker.open_job(path)()
                made.append(weakref.ref(result))
                return result
            finally:
                finished.set()
        return read

    monkeypatch.setattr(file_actions, "open_job", slow)
    path = tmp_path / "other.json"
    path.write_bytes((tmp_path / "japan.json").read_bytes().replace(b"Japan", b"Other"))
    before = ui.text_of(window)
    watch = Watch(window)
    watch.at(700, "later", then=watch.cancel)
    assert window.files.open_path(path) is False  # back at once, the thread still waiting
    assert not finished.is_set()
    opened.set()
    qtbot.waitUntil(finished.is_set, timeout=5000)
    qtbot.wait(50)
    gc.collect()
    assert len(made) == 1 and made[0]() is None  # the map read after Cancel is nowhere kept
    assert ui.text_of(window) == before and dialogs.warnings == []


def test_the_wait_for_a_reading_thread_ends_when_the_reading_does_not_at_a_later_look(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QEventLoop

    # the wait's looks and its patience made far apart: only the reading's own end can stop it
    monkeypatch.setattr(import_worker, "POLL_MS", 10_000_000)
    monkeypatch.setattr(import_worker, "SHOW_AFTER_MS", 10_000_000)
    stuck: list[bool] = []

    class Watched(QEventLoop):
        def exec(self, *args):
            QTimer.singleShot(5000, self, lambda: (stuck.append(True), self.quit()))  # (else it would wait for ever)
            return super().exec(*args)

    monkeypatch.setattr(import_worker, "QEventLoop", Watched)
    path = tmp_path / "other.json"
    path.write_bytes((tmp_path / "japan.json").read_bytes().replace(b"Japan", b"Other"))
    assert window.files.open_path(path)
    assert stuck == [] and "Other" in window.document.amap.title
