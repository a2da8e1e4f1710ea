"""Autosave and crash recovery: unsaved maps are written now and then to a recovery folder.

Each open document has its own recovery file (a normal map file) plus a small
``.meta.json`` saying which file it belongs to (its absolute path, and what that file was
when the map was opened or saved: size, time, inode, checksum) and which process wrote it.
Saving or closing the document removes both. At start-up, recovery files whose process is
gone are offered back to the user; a recovered map keeps its recovery file (now written
by the window that recovered it) until it is saved or discarded, so a second crash loses
nothing either.

The first autosave comes :data:`AUTOSAVE_FIRST_DELAY_MS` after the first change, later
ones every :data:`AUTOSAVE_INTERVAL_MS`.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from argmap.gui.document import Document
from argmap.gui.worker_relay import when_done
from argmap.io import MapFileError, load, write_atomic
from argmap.io.disk_stamp import DiskStamp
from argmap.io.leftovers import process_alive as _process_alive
from argmap.io.writing import compact_bytes, compact_parts, frozen_copy
from argmap.model import ArgumentMap

#: Milliseconds between autosaves of a modified map.
AUTOSAVE_INTERVAL_MS = 60_000
#: Milliseconds from the first change (after opening or saving) to the first autosave.
AUTOSAVE_FIRST_DELAY_MS = 2_000
#: Maps with at least this many statements are written on a worker thread (10,000: a quarter of a second of
#: serialising, and a wait for the disk, that the window would otherwise freeze for).
BACKGROUND_STATEMENTS = 2_000

#: The longest, in all, that one write on the worker thread waits between parts of the map for the window to finish
#: an edit (its picture and strengths): beyond it the write takes turns with the window's work (a window never still).
MAX_HOLD_SECONDS = 5.0
#: Milliseconds between the window's looks whether an edit's work is done (while a write waits for it).
CALM_CHECK_MS = 5

_writer: ThreadPoolExecutor | None = None


def _writer_pool() -> ThreadPoolExecutor:
    global _writer
    if _writer is None:
        _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argmap-autosave")
    return _writer

_counter = itertools.count(1)
#: Recovery files that documents open in this process are writing right now.
_live: set[Path] = set()


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True, slots=True)
class Recovery:
    """A recovery file left by an earlier session."""

    map_path: Path
    original: str | None  # the file the map belongs to; None for a never-saved map
    saved_at: float
    stamp: DiskStamp | None = None  # what that file was when the map was opened or saved; None in older records

    @property
    def meta_path(self) -> Path:
        return self.map_path.with_suffix(".meta.json")

    @property
    def original_path(self) -> Path | None:
        """The map's file, when the record says where it is (older records kept a relative name: unknown)."""
        if not self.original or not Path(self.original).is_absolute():
            return None
        return Path(self.original)

    def problem(self) -> str | None:
        """Why saving the recovered map over its file would be wrong, or None when it may.

        ``"unknown"``: the record does not say where the file is (a relative name from an older
        version); ``"gone"``: no file there any more; ``"replaced"``: another file is there now
        (moved, replaced or changed since); ``"read-only"``: the file or its folder cannot be written.
        A never-saved map (no original) has no problem: Save asks for a name anyway.
        """
        if not self.original:
            return None
        path = self.original_path
        if path is None:
            return "unknown"
        if not path.is_file():
            return "gone"
        if self.stamp is not None and not self.stamp.same_file(path):
            return "replaced"
        if not _writable(path):
            return "read-only"
        return None

    def load(self) -> ArgumentMap:
        return load(self.map_path)

    def discard(self) -> None:
        for p in (self.map_path, self.meta_path):
            with contextlib.suppress(OSError):
                p.unlink()


class Autosaver(QObject):
    """Writes ``document`` to its recovery file every ``interval_ms`` while it has unsaved changes.

    A large map is copied (its statements and links are immutable and taken as held, put in order on the worker:
    15 ms at 50,000 statements) and written from the copy on a worker thread, so the window does not freeze while it
    is serialised and the disk answers. The write waits between parts of the map while the window works on an edit
    (``busy``: its picture or strengths are due): the two threads took turns at Python's lock, and an edit of 50,000
    statements during a write (a second of CPU, 2 s after the first edit) took three to four times as long.
    """

    def __init__(self, document: Document, interval_ms: int | None = None, parent: QObject | None = None,
                 busy: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.busy = busy if busy is not None else _never
        #: set while the window is not working on an edit: a write on the worker thread goes on (see _pause)
        self._calm = threading.Event()
        self._calm.set()
        self._held = 0.0  # how long the write under way has waited so far (read and written on the worker thread)
        self._calm_check = QTimer(self)
        self._calm_check.setSingleShot(True)
        self._calm_check.setInterval(CALM_CHECK_MS)
        self._calm_check.timeout.connect(self._check_calm)
        self.map_path = _new_recovery_path()
        _live.add(self.map_path)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if interval_ms is not None else AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        # The first change is written soon, not a whole interval later; one single-shot timer, no thread.
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(min(AUTOSAVE_FIRST_DELAY_MS, self.timer.interval()))
        self.soon.timeout.connect(self._first_autosave)
        document.stack.indexChanged.connect(self._changed)
        document.modifiedChanged.connect(self._changed)
        self._written_index = -1
        self._pending: Future | None = None  # a write under way on the worker thread
        self._pending_as = (0, -1)  # its generation and the undo index it writes
        self._generation = 0  # discarding the recovery file makes a write under way count for nothing

    def _changed(self, *_args: object) -> None:
        """A change: if nothing is written yet since the last save, autosave in a few seconds. A write under way waits
        until the window has shown it (:meth:`_pause`)."""
        if self._pending is not None:
            self._calm.clear()
            self._calm_check.start()
        if self._written_index == -1 and not self.soon.isActive() and self.timer.isActive():
            self.soon.start()

    def _check_calm(self) -> None:
        """On the window's thread, between its work: the write under way goes on once the edit's work is done."""
        if self._pending is not None and self.busy():
            self._calm_check.start()
        else:
            self._calm.set()

    def _pause(self) -> None:
        """On the worker thread, between parts of the map: wait while the window works on an edit (at most
        :data:`MAX_HOLD_SECONDS` in all for one write)."""
        if not self._calm.is_set() and self._held < MAX_HOLD_SECONDS:
            start = time.monotonic()
            self._calm.wait(MAX_HOLD_SECONDS - self._held)
            self._held += time.monotonic() - start

    def _first_autosave(self) -> None:
        self.autosave()
        self.timer.start()  # the next one a full interval later

    @property
    def meta_path(self) -> Path:
        return self.map_path.with_suffix(".meta.json")

    def autosave(self) -> bool:
        """Write the recovery file if the map changed since the last one; True when written."""
        doc = self.document
        if not doc.is_modified():
            self.discard()
            return False
        if self._written_index == doc.stack.index() and self.map_path.exists():
            return False
        if self._pending is not None:
            return False  # a write is under way; the next one writes what changed since
        if len(doc.amap) >= BACKGROUND_STATEMENTS:
            self._held = 0.0
            self._pending = future = _writer_pool().submit(write_recovery, self.map_path, frozen_copy(doc.amap), self._pause)
            self._pending_as = (self._generation, doc.stack.index())
            if self.busy():  # (begun while an edit's work is still due: it waits for it)
                self._calm.clear()
                self._calm_check.start()
            # on the GUI thread when written (nothing if the window is deleted by then)
            future.add_done_callback(when_done(self._background_done, *self._pending_as))
            return False  # not yet: see _background_done
        try:
            write_recovery(self.map_path, doc.amap)
            self._write_meta()
        except (OSError, MapFileError):
            return False  # autosave is a safety net; a failure must not interrupt editing
        self._written_index = doc.stack.index()
        return True

    def _background_done(self, generation: int, index: int, future: Future) -> None:
        if future is not self._pending:
            return
        self._pending = None
        self._calm_check.stop()
        self._calm.set()
        if generation != self._generation:  # discarded meanwhile (saved, closed): the file must not stay
            self._remove_files()
            return
        if future.exception() is not None:
            return  # a safety net: a failure must not interrupt editing
        with contextlib.suppress(OSError, MapFileError):
            self._write_meta()
            self._written_index = index

    def wait(self) -> None:
        """Let a write under way on the worker thread finish and take effect (closing, tests)."""
        future = self._pending
        if future is not None:
            self._calm.set()  # (no edit's work comes while this thread waits)
            with contextlib.suppress(Exception):
                future.result()
            self._background_done(*self._pending_as, future)  # the call that follows finds nothing pending

    def _write_meta(self) -> None:
        doc = self.document
        meta = {
            "original": str(doc.path) if doc.path else None,  # absolute (Document makes it so)
            "stamp": doc.stamp.to_json() if doc.path and doc.stamp else None,
            "pid": os.getpid(),
            "saved_at": time.time(),
        }
        write_atomic(self.meta_path, json.dumps(meta).encode("utf-8"))

    def adopt(self, recovery: Recovery) -> None:
        """The document was recovered from ``recovery``: keep that file as this document's recovery file.

        It already holds the document, so it stays on disk (now marked as this process's) until the
        map is saved or discarded: a crash right after recovering loses nothing.
        """
        if recovery.map_path == self.map_path:
            return
        self.wait()
        self.discard()
        _live.discard(self.map_path)
        self.map_path = recovery.map_path
        _live.add(self.map_path)
        self._written_index = self.document.stack.index()
        with contextlib.suppress(OSError, MapFileError):
            self._write_meta()

    def discard(self) -> None:
        """The document was saved or closed: its recovery file is no longer needed."""
        self._written_index = -1
        self._generation += 1  # a write under way removes what it wrote when it is done
        self._remove_files()

    def _remove_files(self) -> None:
        for p in (self.map_path, self.meta_path):
            with contextlib.suppress(OSError):
                p.unlink()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self._calm_check.stop()  # (the window it asks may be going)
        future = self._pending
        if future is not None:  # the window closes: the write ends before its file is removed
            self._calm.set()
            with contextlib.suppress(Exception):
                future.result()
            self._pending = None
        self.discard()
        _live.discard(self.map_path)


def write_recovery(path: Path, amap: ArgumentMap, pause: Callable[[], object] | None = None) -> None:
    """Write ``amap`` as the recovery file ``path`` (on the worker thread for a large map: no Qt here; ``pause`` called
    between parts of the map)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, compact_parts(amap, pause))  # (written as made: the whole text at once stayed in the heap, 40 MB)


def _never() -> bool:
    return False


def recovery_bytes(amap: ArgumentMap, pause: Callable[[], object] | None = None) -> bytes:
    """The map as a recovery file: the same map a save writes, but compact and encoded by pydantic
    (:func:`~argmap.io.writing.compact_bytes`, a part of the map at a time): what :func:`write_recovery` writes.

    It skips the canonical indentation (Python's JSON encoder in pure Python), which on a
    10,000-statement map is about a third of the time; nobody reads the recovery file but argmap.
    """
    return compact_bytes(amap, pause)


def pending_recoveries() -> list[Recovery]:
    """Recovery files left by sessions that are no longer running, newest first."""
    found: list[Recovery] = []
    folder = recovery_dir()
    if not folder.is_dir():
        return found
    for meta_path in folder.glob("recovery-*.meta.json"):
        map_path = meta_path.with_name(meta_path.name.removesuffix(".meta.json") + ".json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            pid = int(meta.get("pid", 0))
            original = meta.get("original")
            saved_at = float(meta.get("saved_at", 0))
            stamp = DiskStamp.from_json(meta.get("stamp"))  # absent in records of older versions
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        if not map_path.exists() or map_path in _live or (pid != os.getpid() and _process_alive(pid)):
            continue
        found.append(Recovery(map_path, str(original) if original else None, saved_at, stamp))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _new_recovery_path() -> Path:
    """A recovery file name no other file has (a reused process id must not overwrite an older session's file)."""
    folder = recovery_dir()
    while True:
        path = folder / f"recovery-{os.getpid()}-{next(_counter)}.json"
        if path not in _live and not path.exists() and not path.with_suffix(".meta.json").exists():
            return path


def _writable(path: Path) -> bool:
    """The file has a write permission bit, and this user may replace it (write the file and its folder)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
