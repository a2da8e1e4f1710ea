"""Reading a file off the GUI thread: the window keeps painting while a large or slow file is read.

:func:`read_in_background` runs a reading job elsewhere and waits for it in a local event loop, so
callers stay simple (they get the result, or the exception). For the first :data:`SHOW_AFTER_MS` the
wait only defers user input (the window repaints, timers run); after that a window-modal progress
dialog with Cancel appears. Cancel returns at once and leaves the open map untouched.

Small files are read in a worker thread. Files over :data:`PROCESS_BYTES`, and anything that is not a
regular file (a named pipe, a device, which may never end), are read in a separate process: a thread
would hold Python's GIL for long stretches (a 10,000-statement GraphML file paused the window for
2.7 s, the same file read in a process for none but the 0.25 s of unpickling the map), and Cancel
kills the process, where a thread could only be left to finish. argmap's own maps up to :data:`THREAD_MAP_BYTES`
are read in a thread all the same: their reader (JSON, pydantic and our checks) always ends, and is done sooner than a
process could even hand the map over (at 50,000 statements the process took 2.3 s, of which 0.7 s pickling and
unpickling the map, against about 1 s in a thread). Cancel then returns at once; the thread finishes on its own and
its map, which nothing refers to any more, is freed.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from argmap.gc_pause import collector_paused
from argmap.gui.worker_relay import when_done
from argmap.io import read_job
from argmap.io.formats import format_for_suffix, looks_like_argmap_map, read_any

T = TypeVar("T")

#: Milliseconds a reading may take before the progress dialog appears.
SHOW_AFTER_MS = 500
#: Milliseconds between looks at whether the reading is done.
POLL_MS = 15
#: Files larger than this (bytes) are read in a separate process.
PROCESS_BYTES = 256 * 1024
#: ... except argmap's own maps up to this size (about 100,000 statements): read in a thread in less than half the time
#: a process takes (starting, building the map and pickling it, unpickling it here). Not larger: pydantic's JSON parser
#: holds the GIL throughout (about 25-55 ms per MB on the 2-core machine: the window stops painting meanwhile, at 50,000
#: statements 0.9 s on a busy machine, as long as unpickling the map from the process held it: 1.0 s), and a process
#: can be killed.
THREAD_MAP_BYTES = 32 * 1024 * 1024

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argmap-read")


class Cancelled(Exception):
    """The user pressed Cancel while the file was being read."""


class ReadRefused(Exception):
    """The reading process refused the file; ``str()`` is the reader's message (it names the file)."""


class ReadFailed(Exception):
    """The reading process failed in a way a reader should not (its text says how)."""


def open_job(path: Path) -> Callable[[], Any]:
    """File > Open's reading (a map, or another tool's file as an import), as a job that may cross to a process."""
    return functools.partial(read_job.read_for_open, path)


def import_job(path: Path) -> Callable[[], Any]:
    return functools.partial(read_any, path)


def read_in_background(work: Callable[[], T], path: Path, parent: QWidget, label: str) -> T:
    """``work()`` run in a worker (a process for large or unusual files); its result, what it raised, or :class:`Cancelled`."""
    job: _Job[T] | None = None
    if _wants_process(path):
        with contextlib.suppress(Exception):  # cannot start a process (or pickle the job): a thread will do
            job = _ProcessJob(work)
    return _wait(job or _ThreadJob(work), parent, label)


def _wants_process(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False  # missing, a loop of links...: the reader says so at once
    import stat

    if not stat.S_ISREG(info.st_mode):
        return True
    return info.st_size > PROCESS_BYTES and not (info.st_size <= THREAD_MAP_BYTES and _starts_as_a_map(path))


def _starts_as_a_map(path: Path) -> bool:
    """The file begins as argmap writes its maps, and its name calls for no other reader (the map reader then reads
    it: JSON and our checks, which always end; another format's parser might not)."""
    if format_for_suffix(path) not in (None, "argmap"):
        return False
    try:
        with path.open("rb") as file:
            start = file.read(256)
    except OSError:
        return False
    return looks_like_argmap_map(start)


class _Job(Generic[T]):
    def done(self) -> bool:
        raise NotImplementedError

    def result(self) -> T:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class _Done(QObject):
    """Says on the GUI thread that a job ended (the waiting loop quits at once, not at its next look). The worker reaches
    it through the relay and a weak reference: it lives and dies on the GUI thread, with its job."""

    ended = Signal()

    def end(self, _future: Future) -> None:
        self.ended.emit()


class _ThreadJob(_Job[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self.future: Future[T] = _pool.submit(work)
        self.done_signal = _Done()
        self.future.add_done_callback(when_done(self.done_signal.end))

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> T:
        return self.future.result()

    def cancel(self) -> None:
        self.future.cancel()  # a running thread cannot be stopped: it finishes and its result is dropped


class _ProcessJob(_Job[T]):
    """The job in a process of its own, started from a helper thread (the first start waits for the
    process server to load the readers: the window must not). Falls back to a thread if it cannot start."""

    def __init__(self, work: Callable[[], T]) -> None:
        context = _context()
        self.work = work
        self.receive, self.send = context.Pipe(duplex=False)
        self.process = context.Process(target=read_job.run_and_send, args=(work, self.send), daemon=True)  # type: ignore[attr-defined]
        self.answer: tuple[str, Any] | None = None
        self.fallback: _ThreadJob[T] | None = None
        self.started = threading.Event()
        self.start_error: Exception | None = None
        self.cancelled = False
        self.lock = threading.Lock()
        threading.Thread(target=self._start, name="argmap-read-start", daemon=True).start()

    def _start(self) -> None:
        try:
            self.process.start()
        except Exception as exc:  # no process (or the job cannot be pickled): a thread reads instead
            self.start_error = exc
        finally:
            self.send.close()
        with self.lock:
            self.started.set()
            if self.cancelled and self.start_error is None:
                self.process.kill()

    def done(self) -> bool:
        if not self.started.is_set():
            return False
        if self.start_error is not None:
            if self.fallback is None:
                self.fallback = _ThreadJob(self.work)
            return self.fallback.done()
        if self.answer is None:
            if self.receive.poll():
                try:
                    with collector_paused():  # a map of small objects that all stay: no collection walks them meanwhile
                        self.answer = self.receive.recv()
                except (EOFError, OSError):
                    self.answer = ("bug", "the reading process ended without an answer")
            elif not self.process.is_alive() and not self.receive.poll():
                self.answer = ("bug", f"the reading process ended (exit code {self.process.exitcode})")
        return self.answer is not None

    def result(self) -> T:
        if self.fallback is not None:
            return self.fallback.result()
        assert self.answer is not None
        self.process.join(5)
        self.receive.close()
        kind, value = self.answer
        if kind == "ok":
            return value
        raise ReadRefused(value) if kind == "refused" else ReadFailed(value)

    def cancel(self) -> None:
        with self.lock:
            self.cancelled = True
            if not self.started.is_set():
                return  # the starting thread kills it as soon as it runs
        if self.fallback is not None:
            self.fallback.cancel()
        elif self.start_error is None:
            self.process.kill()
            self.process.join(5)
        self.receive.close()


_lock = threading.Lock()
_chosen: list[BaseContext] = []


def _context() -> BaseContext:
    """A forkserver where there is one (forks warm, and never copies Qt's threads), else spawn."""
    with _lock:
        if not _chosen:
            context: BaseContext
            if "forkserver" in multiprocessing.get_all_start_methods():
                server = multiprocessing.get_context("forkserver")
                server.set_forkserver_preload(read_job.PRELOAD)
                context = server
            else:
                context = multiprocessing.get_context("spawn")
            _chosen.append(context)
        return _chosen[0]


def warm_up() -> None:
    """Start the reading processes' server in the background, so the first large file does not wait for it."""
    def start() -> None:
        context = _context()
        with contextlib.suppress(Exception):
            if context.get_start_method() == "forkserver":
                from multiprocessing import forkserver

                forkserver.ensure_running()

    threading.Thread(target=start, name="argmap-read-warm-up", daemon=True).start()


def write_in_background(work: Callable[[], T], parent: QWidget, label: str) -> T:
    """``work()`` (writing a file) on a worker thread while the window keeps painting; its result or what it raised.

    Unlike reading there is no Cancel: a write under way cannot be taken back, so after
    :data:`SHOW_AFTER_MS` a window-modal dialog without a button says what is being written.
    """
    return _wait(_ThreadJob(work), parent, label, cancellable=False)


def _wait(job: _Job[T], parent: QWidget, label: str, *, cancellable: bool = True) -> T:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def look() -> None:
        if job.done():
            loop.quit()

    poll.timeout.connect(look)
    poll.start()
    if isinstance(job, _ThreadJob):  # the loop quits as soon as the thread's job ends (a reading of 10,000 statements
        job.done_signal.ended.connect(loop.quit)  # took 0.15-0.3 s: a look every POLL_MS lost 7 ms on average)
    patience = QTimer()
    patience.setSingleShot(True)
    patience.timeout.connect(loop.quit)
    patience.start(SHOW_AFTER_MS)
    if not job.done():  # a short wait: paint and run timers, keep clicks and keys for afterwards
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    patience.stop()
    if not job.done():
        progress = _progress_dialog(parent, label, cancellable)
        progress.canceled.connect(loop.quit)
        progress.show()
        loop.exec()
        cancelled = cancellable and progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        if cancelled:
            poll.stop()
            job.cancel()
            raise Cancelled
    poll.stop()
    return job.result()


def _progress_dialog(parent: QWidget, label: str, cancellable: bool = True) -> QProgressDialog:
    # called by name, not through an alias, so that resources/translations/update.py finds the strings
    progress = QProgressDialog(label, QCoreApplication.translate("Files", "Cancel"), 0, 0, parent)
    progress.setObjectName("progress_reading" if cancellable else "progress_writing")
    if cancellable:
        progress.setWindowTitle(QCoreApplication.translate("Files", "Reading"))
    else:
        progress.setWindowTitle(QCoreApplication.translate("Files", "Saving"))
        progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress
