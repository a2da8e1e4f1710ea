"""Find: a bar above the canvas; matches are highlighted and F3 / Shift+F3 step through them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.view import MapView
from argmap.gui.document import Document
from argmap.model import ArgumentMap


def matches(amap: ArgumentMap, query: str) -> list[str]:
    """Ids of statements whose text, notes or tags contain every word of ``query`` (any case), map order."""
    words = query.casefold().split()
    if not words:
        return []
    found = []
    for s in amap.statements():
        haystack = " ".join((s.text, s.notes, " ".join(s.tags), " ".join(src.title for src in s.sources))).casefold()
        if all(w in haystack for w in words):
            found.append(s.id)
    return found


class FindBar(QWidget):
    """Emits ``queryChanged`` as the user types and ``stepRequested(+1/-1)`` on Enter / Shift+Enter."""

    queryChanged = Signal(str)
    stepRequested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.edit = QLineEdit()
        self.edit.setObjectName("find_text")
        self.edit.setAccessibleName(self.tr("Find text"))
        self.edit.setPlaceholderText(self.tr("Find in text, notes, tags and sources"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(90)
        previous = QToolButton()
        previous.setText("▲")
        previous.setAccessibleName(self.tr("Previous match"))
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        following = QToolButton()
        following.setText("▼")
        following.setAccessibleName(self.tr("Next match"))
        following.setToolTip(self.tr("Next match (F3)"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Close find bar"))
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        label = QLabel(self.tr("F&ind:"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.installEventFilter(self)
        previous.clicked.connect(lambda: self.stepRequested.emit(-1))
        following.clicked.connect(lambda: self.stepRequested.emit(+1))
        close.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.queryChanged.emit(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text().strip():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("%1 of %2").replace("%1", str(current + 1 if current >= 0 else 0))
                                     .replace("%2", str(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.stepRequested.emit(-1 if shift else +1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


class FindController(QObject):
    """Connects a find ``bar`` to the canvas (``scene`` and ``view``): highlight every match, select one at a time."""

    def __init__(self, document: Document, bar: FindBar, scene: MapScene, view: MapView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bar = bar
        self.scene = scene
        self.view = view
        self.found: list[str] = []
        self.index = -1
        bar.queryChanged.connect(self.search)
        bar.stepRequested.connect(self.step)
        bar.closed.connect(self.closed)

    def set_document(self, document: Document) -> None:
        """Search ``document`` from now on; the old matches are forgotten."""
        self.document = document
        self.reset()

    def reset(self) -> None:
        self.found, self.index = [], -1

    def search(self, query: str) -> None:
        self.found = matches(self.document.amap, query)
        self.index = -1
        self.scene.set_highlighted(self.found)
        self.bar.show_count(self.index, len(self.found))

    def step(self, step: int) -> None:
        bar = self.bar
        if not bar.isVisible():
            bar.open_bar()
        if not self.found:
            self.search(bar.edit.text())
        amap = self.document.amap
        self.found = [i for i in self.found if i in amap]
        if not self.found:
            return
        self.index = (self.index + step) % len(self.found)
        target = self.found[self.index]
        self.scene.select_ids([target], focus=False)
        self.view.ensure_visible(target)
        bar.show_count(self.index, len(self.found))

    def closed(self) -> None:
        self.scene.set_highlighted([])
        self.reset()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
