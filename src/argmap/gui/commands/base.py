"""The base of every undo command: it changes the map only through model methods.

``apply`` makes the edit through a :class:`Recorder`; ``undo`` rolls the recorded
steps back and ``redo`` applies again, so redo is always safe to repeat. A command
the model refuses (a duplicate link, a move under its own descendant...) rolls back
whatever it did, keeps the model's message in ``error`` and marks itself obsolete, so
``QUndoStack.push`` drops it instead of recording an edit that never happened. A
command that changed nothing is dropped the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from argmap.gui.commands.recorder import Recorder
from argmap.model import ArgumentMap, MapError


def tr(text: str, n: int = -1) -> str:
    """Translate a command name; ``%n`` in ``text`` becomes ``n``."""
    return QCoreApplication.translate("Commands", text, None, n)


def tr_count(one: str, many: str, n: int) -> str:
    """``one`` for a single item, else ``many`` with ``%n`` (readable even without a translation file)."""
    return tr(one) if n == 1 else tr(many, n)


class MapCommand(QUndoCommand):
    def __init__(self, amap: ArgumentMap, text: str) -> None:
        super().__init__(text)
        self.amap = amap
        self.error: str | None = None
        self._recorder: Recorder | None = None

    def redo(self) -> None:
        if self._recorder is not None:  # already applied
            return
        recorder = Recorder(self.amap)
        try:
            self.apply(recorder)
        except (MapError, ValueError) as exc:
            recorder.rollback()
            self.error = str(exc)
            self.setObsolete(True)
            return
        if not recorder.steps:
            self.setObsolete(True)
        self._recorder = recorder

    def undo(self) -> None:
        if self._recorder is not None:
            self._recorder.rollback()
            self._recorder = None

    def apply(self, rec: Recorder) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def absorb(self, other: MapCommand) -> None:
        """Take over the steps of ``other`` (already applied) after merging it into this one."""
        if self._recorder is not None and other._recorder is not None:
            self._recorder.steps.extend(other._recorder.steps)
            other._recorder = None
