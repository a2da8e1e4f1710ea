"""Typing a statement's text (or its title) right in its box: Enter commits, Shift+Enter breaks the line, Esc cancels.

The editor only reports: the scene emits ``textEditCommitted`` and the window turns it
into one undoable command. Clicking elsewhere (focus lost) commits, like most editors.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.theme import tr
from argmap.gui.canvas.statement_item import StatementItem


class InlineEditor(QGraphicsTextItem):
    """A plain-text editor laid over a box's text; ``on_done(text | None)`` is called once."""

    def __init__(self, box: StatementItem, on_done: Callable[[str | None], None], *, field: str = "text") -> None:
        super().__init__()
        self._box = box
        self._on_done = on_done
        self._finished = False
        self.field = field  # "text" or "title" (one line, bold, above the text)
        theme = box.painting.theme
        rect = self._rect()
        self.setFont(self._font())
        self.setDefaultTextColor(theme.text)
        self.setPlainText(box.statement.title if field == "title" else box.statement.text)
        self.document().setDocumentMargin(0)
        self.setTextWidth(max(rect.width(), box.wrap_width()))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setPos(box.pos() + rect.topLeft())
        self.setZValue(10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setToolTip(tr("Enter: save · Esc: cancel") if field == "title" else tr("Enter: save · Shift+Enter: new line · Esc: cancel"))

    def _rect(self) -> QRectF:
        return self._box.painting.title_rect() if self.field == "title" else self._box.text_rect()

    def _font(self):
        return self._box.painting.look.title.font if self.field == "title" else self._box.text_measurer.font

    def follow_box(self) -> None:
        """Stay over the box's text when a relayout moves the box, in the box's current theme."""
        self.setPos(self._box.pos() + self._rect().topLeft())
        theme = self._box.painting.theme
        if self.defaultTextColor() != theme.text:  # the theme changed while typing
            self.setDefaultTextColor(theme.text)
            self.setFont(self._font())
            self.update()

    @property
    def statement_id(self) -> str:
        return self._box.statement_id

    def begin(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def commit(self) -> None:
        self._finish(self.toPlainText())

    def cancel(self) -> None:
        self._finish(None)

    def finish_silently(self) -> None:
        """End without reporting (the statement went away or the map changed)."""
        self._finished = True

    def _finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        self._on_done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.field != "title":  # a title is one line
                self.textCursor().insertText("\n")
            else:
                self.commit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu on the editor keeps it open
            self.commit()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self._box.painting.theme
        rect = self.boundingRect().adjusted(-4, -3, 4, 3)
        painter.setPen(QPen(theme.selection, 1.5))
        painter.setBrush(theme.background)
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # the stub says QWidget; Qt passes None off screen
