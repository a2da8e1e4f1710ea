"""Reading a file off the GUI thread: the window keeps painting while a large or slow file is read.

:func:`read_off_thread` runs the reading in a worker thread and waits for it in a local event
loop, so callers stay simple (they get the result or the exception, as before). For the first
:data:`SHOW_AFTER_MS` the wait only defers user input (the window repaints, timers run); after
that a window-modal progress dialog with Cancel appears. Cancel returns at once and leaves the
open map untouched; the reading, which cannot be interrupted, finishes in the background and its
result is dropped. Every importer is linear in its input and limited in size, so that is seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from argmap.file_errors import MapFileError
from argmap.io import loads
from argmap.io.files import read_bytes
from argmap.io.formats import ImportResult, UnknownFormat, detect_format, read_any
from argmap.model import ArgumentMap

T = TypeVar("T")

#: Milliseconds a reading may take before the progress dialog appears.
SHOW_AFTER_MS = 500
#: Milliseconds between looks at whether the worker is done.
POLL_MS = 15

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argmap-read")


class Cancelled(Exception):
    """The user pressed Cancel while the file was being read."""


def read_off_thread(work: Callable[[], T], parent: QWidget, label: str) -> T:
    """``work()`` run in a worker thread; its result, or what it raised, or :class:`Cancelled`."""
    future: Future[T] = _pool.submit(work)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def look() -> None:
        if future.done():
            loop.quit()

    poll.timeout.connect(look)
    poll.start()
    patience = QTimer()
    patience.setSingleShot(True)
    patience.timeout.connect(loop.quit)
    patience.start(SHOW_AFTER_MS)
    if not future.done():  # a short wait: paint and run timers, keep clicks and keys for afterwards
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    patience.stop()
    if not future.done():
        progress = _progress_dialog(parent, label)
        progress.canceled.connect(loop.quit)
        progress.show()
        loop.exec()
        cancelled = progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        if cancelled:
            future.cancel()
            poll.stop()
            raise Cancelled
    poll.stop()
    return future.result()


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    tr = QCoreApplication.translate
    progress = QProgressDialog(label, tr("Files", "Cancel"), 0, 0, parent)
    progress.setObjectName("progress_reading")
    progress.setWindowTitle(tr("Files", "Reading"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


def read_for_open(path: Path) -> ArgumentMap | ImportResult:
    """What File > Open reads: an argmap map, or (another tool's file) an import with its notes.

    Runs in the worker: telling the format apart reads and parses the file too.
    """
    data = read_bytes(path)
    try:
        fmt = detect_format(path, data)
    except (MapFileError, UnknownFormat):
        fmt = "argmap"  # the map reader names what is wrong with it
    if fmt == "argmap":
        return loads(data, path)
    return read_any(path, fmt)
