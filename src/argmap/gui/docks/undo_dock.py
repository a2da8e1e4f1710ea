"""The undo history: every edit of the map, click one to go back to it."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QUndoView, QWidget


class UndoHistory(QUndoView):
    def __init__(self, group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(group, parent)
        self.setObjectName("undo_history")
        self.setAccessibleName(self.tr("Undo history"))
        self.setEmptyLabel(self.tr("<opened map>"))
