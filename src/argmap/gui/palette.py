"""The command palette (Ctrl+Shift+P): type to filter every command, Enter runs it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from argmap.gui.actions import plain

#: How far the arrow and page keys move the current row.
_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}


def palette_matches(query: str, label: str) -> bool:
    """Every typed word appears in the label (any case), so "add obj" finds "Add objection"."""
    label = label.casefold()
    return all(word in label for word in query.casefold().split())


class CommandPalette(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("command_palette")
        self.setWindowTitle(self.tr("Command palette"))
        self.setAccessibleName(self.tr("Command palette"))
        self._actions = actions
        self.chosen: QAction | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("palette_text")
        self.edit.setAccessibleName(self.tr("Command to run"))
        self.edit.setPlaceholderText(self.tr("Type a command…"))
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setObjectName("palette_list")
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(760, 440)
        self.edit.textChanged.connect(self.filter)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item, _column: self.run_current())
        self.filter("")

    def filter(self, query: str) -> None:
        self.list.clear()
        enabled = [a for a in self._actions if a.isEnabled()]
        by_name = [a for a in enabled if palette_matches(query, plain(a.text()))]
        by_tip = [a for a in enabled if a not in by_name and palette_matches(query, a.statusTip())]
        for action in by_name + by_tip:  # names first, then commands whose description matches
            label = plain(action.text())
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QTreeWidgetItem([label, action.statusTip(), shortcut])
            item.setData(0, Qt.ItemDataRole.UserRole, action.objectName())
            item.setForeground(1, self.palette().placeholderText())
            item.setToolTip(0, action.statusTip())
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def visible_names(self) -> list[str]:
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [row.data(0, Qt.ItemDataRole.UserRole) for row in rows if row is not None]

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(0, Qt.ItemDataRole.UserRole)
        self.chosen = next((a for a in self._actions if a.objectName() == name), None)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _STEPS:
                item = self.list.currentItem()
                current = self.list.indexOfTopLevelItem(item) if item is not None else -1
                row = current + _STEPS[Qt.Key(key)]
                target = self.list.topLevelItem(max(0, min(self.list.topLevelItemCount() - 1, row)))
                if target is not None:
                    self.list.setCurrentItem(target)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)


def run_palette(actions: list[QAction], parent: QWidget | None) -> QAction | None:
    """Show the palette; trigger and return the chosen action (None when dismissed)."""
    palette = CommandPalette(actions, parent)
    palette.exec()
    chosen = palette.chosen
    palette.deleteLater()
    if chosen is not None:
        chosen.trigger()
    return chosen
