"""What the user does to the canvas with mouse and keyboard: drag to move, drag to connect,
type in a box, ask for a context menu. Each gesture ends in a signal of the scene, never
in a change to the model (the window turns the signals into undo commands).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneContextMenuEvent

from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.statement_item import StatementItem


class SceneGestures:
    """Mixed into :class:`~argmap.gui.canvas.scene.MapScene`; uses its items, signals and state."""

    def _boxes_dragged(self) -> None:
        """While boxes are dragged, the arrows and brackets at them follow."""
        moved = set(self._drag_start)
        for i in moved:
            for key in self._touching.get(i, ()):
                self._links[key].update_geometry()
        for (target, _), group in self._groups.items():
            if target in moved or moved.intersection(group.member_ids):
                group.update_geometry()

    # ---------------------------------------------------------------- inline edit
    def start_inline_edit(self, statement_id: str) -> InlineEditor | None:
        """Open the inline editor on a box (Enter commits, Shift+Enter new line, Esc cancels)."""
        self._close_editor()
        if self._pending.isActive():  # a box just added is placed by the pending relayout: place it first
            self.relayout()
        item = self._items.get(statement_id)
        if item is None:
            return None
        if not item.isVisible():
            return None
        editor = InlineEditor(item, lambda text: self._editor_done(statement_id, text))
        self._editor = editor
        self.addItem(editor)
        # The keys must reach the canvas, not the widget that had focus (inspector, outline, toolbar).
        for view in self.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.begin()
        return editor

    def _editor_done(self, statement_id: str, text: str | None) -> None:
        editor = self._editor
        self._editor = None
        if editor is not None:
            editor.hide()
            QTimer.singleShot(0, lambda: editor.scene() is self and self.removeItem(editor))
        if text is None:
            self.editCancelled.emit(statement_id)
            return
        if self._amap is None or statement_id not in self._amap:
            return
        if text != self._amap.statement(statement_id).text:
            self.textEditCommitted.emit(statement_id, text)

    def _close_editor(self) -> None:
        """Drop the editor without reporting (the statement went away or the map changed)."""
        editor, self._editor = self._editor, None
        if editor is not None:
            editor._finished = True
            if editor.scene() is self:
                self.removeItem(editor)

    # ---------------------------------------------------------------- drag to move, drag to connect
    def _begin_drag(self) -> None:
        self._drag_start = {item.statement_id: QPointF(item.pos()) for item in self.selectedItems() if isinstance(item, StatementItem)}

    def _end_drag(self) -> None:
        start, self._drag_start = self._drag_start, {}
        if self._amap is None:
            return
        moved = [i for i, p in start.items() if i in self._items and self._items[i].pos() != p]
        if not moved:
            return
        moved.sort(key=self._amap.order_of)
        for i in moved:  # the next relayout puts them where the layout says (at the new pin, once the window sets it)
            self._placed.pop(i, None)
        old_pins = [self._amap.statement(i).pinned for i in moved]
        new_positions = [(round(self._items[i].x(), 1), round(self._items[i].y(), 1)) for i in moved]
        self.moveFinished.emit(moved, old_pins, new_positions)

    def _begin_connect(self, item: StatementItem, pos: QPointF) -> None:
        self._end_connect_line()
        start = item.mapToScene(item.handle_center())
        line = QGraphicsLineItem(start.x(), start.y(), pos.x(), pos.y())
        pen = QPen(self._theme.handle, 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(20)
        self._connect_line = line
        self.addItem(line)

    def _update_connect(self, pos: QPointF) -> None:
        if self._connect_line is not None:
            line = self._connect_line.line()
            line.setP2(pos)
            self._connect_line.setLine(line)

    def _end_connect(self, item: StatementItem, pos: QPointF) -> None:
        self._end_connect_line()
        target = self.statement_at(pos)
        if target is not None and target is not item:
            self.connectRequested.emit(item.statement_id, target.statement_id)

    def _end_connect_line(self) -> None:
        line, self._connect_line = self._connect_line, None
        if line is not None and line.scene() is self:
            self.removeItem(line)

    def statement_at(self, pos: QPointF) -> StatementItem | None:
        for item in self.items(pos):
            if isinstance(item, StatementItem) and item.scene_box().contains(pos):
                return item
        return None

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self.statement_at(event.scenePos())
        self.contextMenuRequested.emit(item.statement_id if item else "", event.screenPos())
        event.accept()
