"""A document: one map, the file it came from, its undo stack and what the disk looked like."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from argmap.gui.commands import MapCommand
from argmap.io import dumps, load, save
from argmap.model import ArgumentMap


@dataclass(frozen=True, slots=True)
class DiskStamp:
    """What a file looked like when we last read or wrote it, to notice changes by others."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        try:
            p = Path(path)
            stat = p.stat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    def differs_from_disk(self, path: str | Path) -> bool:
        """True when the file now holds other bytes (a touched but unchanged file does not count)."""
        try:
            stat = Path(path).stat()
        except OSError:
            return True
        if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
            return False
        now = DiskStamp.of(path)
        return now is None or now.sha256 != self.sha256


class Document(QObject):
    """The map being edited. Every edit goes through :meth:`execute` (an undo command)."""

    #: The model refused an edit; the text says why (shown in the status bar).
    editFailed = Signal(str)
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    #: Every model change event (argmap.model.changes), re-emitted as a Qt signal for widgets.
    mapChanged = Signal(object)

    def __init__(self, amap: ArgumentMap | None = None, path: str | Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.amap = amap if amap is not None else ArgumentMap(self.tr("Untitled map"))
        self.path: Path | None = Path(path) if path else None
        self.stack = QUndoStack(self)
        self.stamp = DiskStamp.of(self.path) if self.path else None
        self._unsaved_since_open = False  # a recovered map differs from its file before any edit
        # A bound method, not a lambda: Qt drops the connection with the document, and the slot never
        # touches the stack (which emits cleanChanged from its own destructor at exit).
        self.stack.cleanChanged.connect(self._clean_changed)
        self.amap.changed.connect(self._forward)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self._unsaved_since_open or not clean)

    def _forward(self, change: object) -> None:
        self.mapChanged.emit(change)

    def release(self) -> None:
        """Stop listening to the map and go quiet (the document is being closed)."""
        self.amap.changed.disconnect(self._forward)
        self.stack.blockSignals(True)  # its destructor would report a clean state to a closed window
        self.blockSignals(True)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load a map file; raises MapFileError with the message for the user."""
        return cls(load(path), path, parent)

    # ------------------------------------------------------------ editing
    def execute(self, command: MapCommand) -> bool:
        """Apply ``command`` as one undo step; False (and ``editFailed``) when the model refused it."""
        self.stack.push(command)
        if command.error:
            self.editFailed.emit(command.error)
            return False
        return True

    # ------------------------------------------------------------ state
    def is_modified(self) -> bool:
        return self._unsaved_since_open or not self.stack.isClean()

    def mark_unsaved(self) -> None:
        self._unsaved_since_open = True
        self.modifiedChanged.emit(True)

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def changed_on_disk(self) -> bool:
        """The file was changed by someone else since we opened or saved it."""
        if self.path is None or self.stamp is None:
            return False
        return self.stamp.differs_from_disk(self.path)

    def save(self, path: str | Path | None = None) -> None:
        """Write the map (atomically); raises MapFileError. The stack becomes clean."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name to save to")
        save(self.amap, target)
        self.stamp = DiskStamp.of(target)
        if target != self.path:
            self.path = target
            self.pathChanged.emit(str(target))
        self._unsaved_since_open = False
        self.stack.setClean()
        self.modifiedChanged.emit(False)

    def text(self) -> str:
        return dumps(self.amap)
