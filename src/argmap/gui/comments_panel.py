"""Feedback: a teacher's comment per statement, a marker on its box and the Comments dock.

A comment (:attr:`Statement.comment`) is feedback, not part of the argument: its marker is an
item of the canvas only (a speech bubble at the box's corner, the comment as its tooltip), not
of the map's picture, so presentations and exports leave comments out; ``argmap export MAP
OUT.md --comments`` writes them on their own. Statement > Comment… (Ctrl+M) edits the selected
statement's comment in the dock, one undo step per save.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsItem,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from argmap.gui.commands.statements import UpdateStatement
from argmap.model import NodeAdded, NodeChanged, NodeRemoved

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
BUBBLE = QColor("#f0c808")  # a sticky-note yellow, with a dark outline: reads on light and dark themes
MARK_Z = 40.0
_COMMENT = attrgetter("comment")


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CommentMark(QGraphicsItem):
    """A small speech bubble on a box's top-right corner; its tooltip is the comment."""

    SIZE = 22.0

    def __init__(self, box: QRectF, comment: str) -> None:
        super().__init__()
        self.setZValue(MARK_Z)
        self.setPos(box.right() - self.SIZE * 0.6, box.top() - self.SIZE * 0.6)
        self.setToolTip(comment)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.comment = comment

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.SIZE + 4, self.SIZE + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        s = self.SIZE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(0, 0, s, s * 0.75), 5, 5)
        tail = QPainterPath()
        tail.moveTo(s * 0.25, s * 0.7)
        tail.lineTo(s * 0.2, s)
        tail.lineTo(s * 0.5, s * 0.7)
        painter.setPen(QPen(QColor("#3d3200"), 1.2))
        painter.setBrush(BUBBLE)
        painter.drawPath(bubble.united(tail))
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#3d3200"))
        painter.drawText(QRectF(0, 0, s, s * 0.75), int(Qt.AlignmentFlag.AlignCenter), "…")


class CommentsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setObjectName("comments_list")
        self.list.setAccessibleName(self.tr("Statements with a comment"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 2)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("comment_editor")
        self.editor.setAccessibleName(self.tr("Comment on the selected statement"))
        self.editor.setPlaceholderText(self.tr("Feedback for the student on the selected statement"))
        layout.addWidget(self.editor, 1)
        self.save = QPushButton(self.tr("Save comment"))
        self.save.setObjectName("comment_save")
        layout.addWidget(self.save)


class CommentsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = CommentsPanel()
        self.dock = QDockWidget(self.tr("Comments"), window)
        self.dock.setObjectName("dock_comments")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.marks: dict[str, CommentMark] = {}
        self._watched: object = None
        self._commented: set[str] | None = None  # ids of the statements with a comment; None: not read yet
        self._again = QTimer(self, singleShot=True, interval=0)
        self._again.timeout.connect(self.refresh)
        a = window.action_map
        a["show_comments"].toggled.connect(self._show_dock)
        a["edit_comment"].triggered.connect(self.edit_selected)
        self.dock.visibilityChanged.connect(lambda _v: a["show_comments"].setChecked(not self.dock.isHidden()))
        self.panel.save.clicked.connect(self.save_comment)
        self.panel.list.itemClicked.connect(lambda item: self._select(item.data(ID_ROLE)))
        window.scene.layoutChanged.connect(self._again.start)
        window.scene.selectionChanged.connect(self._show_selected)

    # ------------------------------------------------------------ following the window
    def _follow_document(self) -> None:
        document = self.window.document
        if self._watched is not document:
            document.mapChanged.connect(self._note)
            self._watched = document
            self._commented = None

    def _note(self, change: object) -> None:
        """Keep the set of commented statements from the map's events (reading every statement per edit
        cost 8 ms at 10,000 statements); the marks are placed again after the edit."""
        commented = self._commented
        if commented is not None:
            if isinstance(change, NodeAdded | NodeChanged):
                statement = change.statement if isinstance(change, NodeAdded) else change.new
                if statement.comment.strip():
                    commented.add(statement.id)
                else:
                    commented.discard(statement.id)
            elif isinstance(change, NodeRemoved):
                commented.discard(change.statement.id)
        self._again.start()

    def _show_dock(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()
            self.refresh()

    def _select(self, statement_id: str) -> None:
        self.window.scene.select_ids([statement_id], focus=False)
        self.window.view.ensure_visible(statement_id)

    def _selected(self) -> str | None:
        ids = self.window.scene.selected_ids()
        return ids[0] if len(ids) == 1 and ids[0] in self.window.document.amap else None

    def _show_selected(self) -> None:
        if not (isValid(self.window.scene) and isValid(self.panel)):  # the window is closing
            return
        chosen = self._selected()
        amap = self.window.document.amap
        self.panel.editor.setEnabled(chosen is not None)
        self.panel.save.setEnabled(chosen is not None)
        if chosen is None:
            self.panel.about.setText(self.tr("Select one statement to write a comment on it."))
            self.panel.editor.setPlainText("")
            return
        self.panel.about.setText(self.tr("<b>Comment on</b> “%1”").replace("%1", short(amap.statement(chosen).text, 60)))
        self.panel.editor.setPlainText(amap.statement(chosen).comment)

    # ------------------------------------------------------------ editing
    def edit_selected(self) -> None:
        """Statement > Comment…: the dock, with the cursor in the selected statement's comment."""
        self._follow_document()
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        self._show_selected()
        self.panel.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_comment(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        self._follow_document()
        text = self.panel.editor.toPlainText().strip()
        amap = self.window.document.amap
        if amap.statement(chosen).comment == text:
            return False
        done = self.window.document.execute(UpdateStatement(amap, chosen, comment=text))
        self.refresh()
        return done

    def map_shown(self) -> None:
        """The window shows another map: placed for it at the next turn of the event loop."""
        self._again.start()

    # ------------------------------------------------------------ list and markers
    def refresh(self) -> None:
        self._follow_document()
        amap = self.window.document.amap
        if self._commented is None:
            # (the statements as held, those with any comment picked in C: the first edit at 50,000 statements
            # read them all, 13 -> 4.5 ms)
            self._commented = {s.id for s in filter(_COMMENT, amap.held_statements()) if s.comment.strip()}
        commented = [amap.statement(i) for i in sorted(self._commented, key=amap.order_of) if i in amap]
        if self.dock.isVisible():
            self.panel.list.clear()
            for s in commented:
                item = QListWidgetItem(f"{short(s.text, 50)}\n    ✎ {short(s.comment)}")
                item.setData(ID_ROLE, s.id)
                item.setToolTip(s.comment)
                self.panel.list.addItem(item)
        scene = self.window.scene
        for mark in self.marks.values():
            if isValid(mark) and mark.scene() is scene:
                scene.removeItem(mark)
        self.marks.clear()
        for s in commented:
            box = scene.item_for(s.id)
            if box is not None and box.isVisible():
                mark = CommentMark(box.scene_box(), s.comment)
                scene.addItem(mark)
                self.marks[s.id] = mark
