"""A document: one map, the file it came from, its undo stack and what the disk looked like."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from argmap.gui.commands import MapCommand
from argmap.io import dumps, load, save
from argmap.io.disk_stamp import DiskStamp
from argmap.model import ArgumentMap


def absolute(path: str | Path) -> Path:
    """``path`` made absolute against the working folder of now (symbolic links are kept: saving follows them)."""
    return Path(os.path.abspath(path))


class Document(QObject):
    """The map being edited. Every edit goes through :meth:`execute` (an undo command)."""

    #: The model refused an edit; the text says why (shown in the status bar).
    editFailed = Signal(str)
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    #: Every model change event (argmap.model.changes), re-emitted as a Qt signal for widgets.
    mapChanged = Signal(object)

    def __init__(self, amap: ArgumentMap | None = None, path: str | Path | None = None,
                 parent: QObject | None = None, *, stamp: DiskStamp | None = None) -> None:
        super().__init__(parent)
        self.amap = amap if amap is not None else ArgumentMap(self.tr("Untitled map"))
        # Absolute from the start: the file stays the same whatever the working folder (recovery records it).
        self.path: Path | None = absolute(path) if path else None
        self.stack = QUndoStack(self)
        # ``stamp``: the file's as read (File > Open's reading takes it of the very bytes it read, off the GUI thread:
        # reading the file again here and hashing it took 40 ms at 50,000 statements, and could see a later file)
        self.stamp = stamp if stamp is not None or not self.path else DiskStamp.of(self.path)
        #: Why the next Save must ask for a name (a recovered map whose file is gone, replaced or read-only).
        self.ask_where: str | None = None
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

    def save(self, path: str | Path | None = None, *, write: Callable[[ArgumentMap, Path], None] | None = None) -> None:
        """Write the map (atomically); raises MapFileError. The stack becomes clean.

        ``write(amap, path)`` does the writing (by default here and now: :func:`argmap.io.save`).
        """
        target = absolute(path) if path else self.path
        if target is None:
            raise ValueError("no file name to save to")
        (write or save)(self.amap, target)
        self.stamp = DiskStamp.of(target)
        self.ask_where = None
        if target != self.path:
            self.path = target
            self.pathChanged.emit(str(target))
        self._unsaved_since_open = False
        self.stack.setClean()
        self.modifiedChanged.emit(False)

    def text(self) -> str:
        return dumps(self.amap)
