"""Autosave and crash recovery: unsaved maps are written now and then to a recovery folder.

Each open document has its own recovery file (a normal map file) plus a small
``.meta.json`` saying which file it belongs to and which process wrote it. Saving or
closing the document removes both. At start-up, recovery files whose process is gone
are offered back to the user.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from argmap.gui.document import Document
from argmap.io import MapFileError, load, write_atomic
from argmap.model import ArgumentMap

#: Milliseconds between autosaves of a modified map.
AUTOSAVE_INTERVAL_MS = 60_000

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

    @property
    def meta_path(self) -> Path:
        return self.map_path.with_suffix(".meta.json")

    def load(self) -> ArgumentMap:
        return load(self.map_path)

    def discard(self) -> None:
        for p in (self.map_path, self.meta_path):
            with contextlib.suppress(OSError):
                p.unlink()


class Autosaver(QObject):
    """Writes ``document`` to its recovery file every ``interval_ms`` while it has unsaved changes."""

    def __init__(self, document: Document, interval_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_path = recovery_dir() / f"recovery-{os.getpid()}-{next(_counter)}.json"
        _live.add(self.map_path)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if interval_ms is not None else AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self._written_index = -1

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
        try:
            self.map_path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.map_path, doc.text().encode("utf-8"))
            meta = {"original": str(doc.path) if doc.path else None, "pid": os.getpid(), "saved_at": time.time()}
            write_atomic(self.meta_path, json.dumps(meta).encode("utf-8"))
        except (OSError, MapFileError):
            return False  # autosave is a safety net; a failure must not interrupt editing
        self._written_index = doc.stack.index()
        return True

    def discard(self) -> None:
        """The document was saved or closed: its recovery file is no longer needed."""
        self._written_index = -1
        for p in (self.map_path, self.meta_path):
            with contextlib.suppress(OSError):
                p.unlink()

    def stop(self) -> None:
        self.timer.stop()
        self.discard()
        _live.discard(self.map_path)


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
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        if not map_path.exists() or map_path in _live or (pid != os.getpid() and _process_alive(pid)):
            continue
        found.append(Recovery(map_path, str(original) if original else None, saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True
