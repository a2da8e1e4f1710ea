"""The scene's side of the user's gestures: dragging boxes, dragging out a connection, the inline editor.

The gestures themselves are in :mod:`~argmap.gui.canvas.gestures`; here the scene starts, follows and ends
them, draws the arrows at dragged boxes provisionally, and opens and closes the inline editor. Everything
ends in a signal, never in a change to the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent

from argmap.drawing.arrows import Shape, link_shape
from argmap.drawing.detour import CLEARANCE
from argmap.drawing.lanes import linked_reason_shape
from argmap.drawing.routing import fan_coordinate
from argmap.drawing.undercuts import attacked_point, undercut_shape
from argmap.gui.canvas.gestures import ConnectBoxes, Gesture, MoveBoxes
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.near_items import NearItems
from argmap.gui.canvas.statement_item import StatementItem

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene

Box = tuple[float, float, float, float]


class Interaction(NearItems):
    """The part of :class:`~argmap.gui.canvas.scene.MapScene` that follows gestures and the inline editor."""

    # ---------------------------------------------------------------- where dragged boxes land
    @staticmethod
    def drop_gap() -> float:
        """How far dropped boxes keep from the others: room for an arrow between them (the router's
        lines run ``CLEARANCE`` outside each box), and little more, so a drop lands near where the user let go."""
        return 2 * CLEARANCE + 2

    def carried_boxes(self, ids: list[str]) -> dict[str, Box]:
        """The boxes of ``ids`` where they are now, and of the subtrees they carry (moved alike)."""
        children: dict[str, list[str]] = {}
        for child, parent in self._diagram.layout.tree_links:
            children.setdefault(parent, []).append(child)
        placed = self.placed_boxes()
        carried: dict[str, Box] = {}
        for top in ids:
            item = self.item_for(top)
            assert item is not None
            x, y, w, h = item.box_tuple()
            carried[top] = (x, y, w, h)
            if top not in placed:
                continue
            dx, dy = x - placed[top][0], y - placed[top][1]
            stack = list(children.get(top, ()))
            amap = self.amap
            while stack:
                node = stack.pop()
                if amap.statement(node).pinned is not None:
                    continue  # pinned itself: it stays at its own pin, with what hangs from it
                if node in placed and node not in carried:
                    bx, by, bw, bh = placed[node]
                    carried[node] = (bx + dx, by + dy, bw, bh)
                    stack.extend(children.get(node, ()))
        return carried


    # ---------------------------------------------------------------- inline edit
    @property
    def inline_editor(self) -> InlineEditor | None:
        return self._editor

    def start_inline_edit(self, statement_id: str, field: str = "text") -> InlineEditor | None:
        """Open the inline editor on a box's text or title (Enter commits, Shift+Enter new line, Esc cancels)."""
        self._close_editor()
        if self._pending.isActive():  # a box just added is placed by the pending relayout: place it first
            self.relayout()
        item = self.item_for(statement_id)
        if item is None or not item.isVisible():
            return None
        editor = InlineEditor(item, lambda text: self._editor_done(statement_id, text, field), field=field)
        self._editor = editor
        self.addItem(editor)
        # The keys must reach the canvas, not the widget that had focus (inspector, outline, toolbar).
        for view in self.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.begin()
        return editor

    def _editor_done(self, statement_id: str, text: str | None, field: str = "text") -> None:
        editor = self._editor
        self._editor = None
        if editor is not None:
            editor.hide()

            def remove() -> None:
                if editor.scene() is self:
                    self.removeItem(editor)

            QTimer.singleShot(0, self, remove)  # not called once the scene is deleted
        if text is None:
            self.editCancelled.emit(statement_id)
            return
        if self._amap is None or statement_id not in self._amap:
            return
        if field == "title":
            title = " ".join(text.split())
            if title != self._amap.statement(statement_id).title:
                self.titleEditCommitted.emit(statement_id, title)
        elif text != self._amap.statement(statement_id).text:
            self.textEditCommitted.emit(statement_id, text)

    def _close_editor(self) -> None:
        """Drop the editor without reporting (the statement went away or the map changed)."""
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.finish_silently()
            if editor.scene() is self:
                self.removeItem(editor)

    # ---------------------------------------------------------------- gestures
    def selected_statement_items(self) -> list[StatementItem]:
        return [item for item in self.selectedItems() if isinstance(item, StatementItem)]

    @property
    def gesture(self) -> Gesture | None:
        """The mouse gesture under way, if any."""
        return self._gesture

    def begin_move(self, pos: QPointF) -> None:
        """The selected boxes start to be dragged."""
        self._start(MoveBoxes(cast("MapScene", self)), pos)

    def begin_connect(self, item: StatementItem, pos: QPointF) -> None:
        """A connection starts to be dragged out of ``item``'s handle."""
        self._start(ConnectBoxes(cast("MapScene", self), item), pos)

    def _start(self, gesture: Gesture, pos: QPointF) -> None:
        self.cancel_gesture()
        self._gesture = gesture
        gesture.start(pos)

    def update_gesture(self, pos: QPointF) -> None:
        if self._gesture is not None:
            self._gesture.update(pos)

    def finish_gesture(self, pos: QPointF) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.finish(pos)

    def cancel_gesture(self) -> bool:
        """Esc: the gesture under way puts back what it showed and reports nothing; False when there was none."""
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return False
        grabber = self.mouseGrabberItem()
        if grabber is not None:  # the release that follows must not drag or report anything
            grabber.ungrabMouse()
        gesture.cancel()
        return True

    def show_dragged(self, moved: set[str]) -> None:
        """While boxes are dragged, the arrows and brackets at them follow, drawn provisionally.

        The plain shapes, not routed around other boxes: the map's picture is made again,
        routed, when the drop is pinned.
        """
        self._fresh.update(moved)  # moved by hand: the next picture places them even where it has them already
        for i in moved:
            for key in self._touching.get(i, ()):
                link = self.link_item_for(*key)
                assert link is not None
                self._fresh.add(key)  # drawn provisionally: the next picture draws it again
                if link.grouped or link.link.is_undercut or not link.source_item.shown or not link.target_item.shown:
                    continue
                child, parent = link.source_item.box_tuple(), link.target_item.box_tuple()
                shape = link_shape(child, parent, direction=self.direction, slot=None, cross=link.is_cross_link, light=True)
                link.set_shape(shape, cross=link.is_cross_link, over=link.drawn_over_boxes)
        for key, member_ids in list(self._group_of.items()):
            if key[0] in moved or moved.intersection(member_ids):
                group = self.group_item_for(*key)
                assert group is not None
                members = [m.box_tuple() for m in group.members if m.shown]
                if members and group.target.shown:
                    bracket, shape = linked_reason_shape(members, group.target.box_tuple(), direction=self.direction, slot=None, lane=None)
                    group.set_drawing(bracket, shape, over=group.drawn_over_boxes)
                    self._fresh.add(("bracket", *key))  # drawn provisionally: the next picture draws it again
        self._show_dragged_undercuts(moved)

    def _show_dragged_undercuts(self, moved: set[str]) -> None:
        """The undercuts whose box or attacked line moved end on that line where it is drawn now (provisionally too:
        they kept pointing at where the line was until the drop)."""
        lines: dict[tuple[str, str, str], list[tuple[str, str]]] = {}  # attacked line -> the undercuts ending on it
        for key in self._undercut_keys:
            link = self._link_of.get(key)
            if link is not None:
                lines.setdefault((link.target, link.onto or "", link.onto_group or ""), []).append(key)
        horizontal = self.direction == "TB"
        for (target, premise, group_name), keys in lines.items():
            ends = {target, premise, *self._group_of.get((target, group_name), ())} if group_name else {target, premise}
            if not moved.intersection(ends) and not moved.intersection(k[0] for k in keys):
                continue
            line = None
            if premise:
                attacked = self.link_item_for(premise, target)
                drawn = attacked.arrow_shape() if attacked is not None and attacked.isVisible() else None
                line = drawn[0] if drawn is not None else None
            else:
                group = self.group_item_for(target, group_name)
                drawing = group.drawing() if group is not None and group.isVisible() else None
                line = drawing[1][0] if drawing is not None else None
            items = [self.link_item_for(*key) for key in keys]
            shown = [item for item in items if item is not None and item.source_item.shown and item.target_item.shown]
            shown.sort(key=lambda item: fan_coordinate(item.source_item.box_tuple(), horizontal=horizontal))
            for rank, item in enumerate(shown):
                self._fresh.add((item.link.source, item.link.target))  # drawn provisionally: the next picture draws it again
                source = item.source_item.box_tuple()
                shape: Shape
                if line is None:  # the attacked line is not drawn: onto the target's box, as the picture does
                    shape = link_shape(source, item.target_item.box_tuple(), direction=self.direction, slot=None, cross=True)
                else:
                    point, angle = attacked_point(line, rank=rank)
                    shape = cast("Shape", undercut_shape(source, point, angle, horizontal=horizontal))  # (its head: a QPolygonF)
                item.set_shape(shape, cross=item.is_cross_link, over=item.drawn_over_boxes)

    def statement_at(self, pos: QPointF) -> StatementItem | None:
        for item in self.items(pos):
            if isinstance(item, StatementItem) and item.scene_box().contains(pos):
                return item
        return None

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self.statement_at(event.scenePos())
        self.contextMenuRequested.emit(item.statement_id if item else "", event.screenPos())
        event.accept()
