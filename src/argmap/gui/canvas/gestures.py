"""Mouse gestures on the canvas as objects: start, update, finish, cancel (Esc).

Each gesture talks to the scene through its public methods and signals only, and ends in
a signal, never in a change to the model: the window turns the signals into undo
commands (the shape of orange-canvas-core's ``document/interactions.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from argmap.gui.canvas.drop_spot import clear_offset
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Relation

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene


class Gesture:
    """What every gesture answers; the scene calls these as the mouse goes."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def start(self, pos: QPointF) -> None:
        """The button went down at ``pos`` (scene coordinates)."""

    def update(self, pos: QPointF) -> None:
        """The mouse moved to ``pos`` with the button down."""

    def finish(self, pos: QPointF) -> None:
        """The button was released at ``pos``: report what was done."""

    def cancel(self) -> None:
        """Esc, or the map went away: undo what the gesture showed, report nothing."""


class MoveBoxes(Gesture):
    """Drag the selected boxes; on release report their new places (the window pins them there).

    Qt moves the selected items with the mouse; the arrows at them follow as provisional
    drawings. A drop onto other boxes is moved to the nearest spot clear of them, so the
    picture never hides one box under another.
    """

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.starts: dict[str, QPointF] = {}

    def start(self, pos: QPointF) -> None:
        self.starts = {item.statement_id: QPointF(item.pos()) for item in self.scene.selected_statement_items()}

    def update(self, pos: QPointF) -> None:
        self.scene.show_dragged(set(self.starts))

    def finish(self, pos: QPointF) -> None:
        scene = self.scene
        items = {i: scene.item_for(i) for i in self.starts}
        moved = sorted((i for i, item in items.items() if item is not None and item.pos() != self.starts[i]), key=scene.amap.order_of)
        if not moved:
            scene.show_picture()  # a click that jiggled: the routed arrows again, not the provisional ones
            return
        dx, dy = self._clear_of_others(moved)
        new_positions = []
        for i in moved:
            item = items[i]
            assert item is not None
            item.forget_place()
            new_positions.append((round(item.x() + dx, 1), round(item.y() + dy, 1)))
        old_pins = [scene.amap.statement(i).pinned for i in moved]
        scene.moveFinished.emit(moved, old_pins, new_positions)

    def _clear_of_others(self, moved: list[str]) -> tuple[float, float]:
        """The smallest shift that keeps the dropped boxes, and the subtrees they carry, off every other box."""
        scene = self.scene
        carried = scene.carried_boxes(moved)
        others = {i: box for i, box in scene.placed_boxes().items() if i not in carried}
        return clear_offset(list(carried.values()), others, gap=scene.drop_gap())

    def cancel(self) -> None:
        for i in self.starts:
            item = self.scene.item_for(i)
            if item is not None:
                item.forget_place()  # where the picture has it, whatever Qt moved it to
        self.scene.show_picture()
        self.starts = {}


class ConnectBoxes(Gesture):
    """Drag from a box's handle to another box: ask to connect the two (a dashed line follows the mouse)."""

    def __init__(self, scene: MapScene, source: StatementItem) -> None:
        super().__init__(scene)
        self.source = source
        self.line: QGraphicsLineItem | None = None

    def start(self, pos: QPointF) -> None:
        begin = self.source.mapToScene(self.source.handle_center())
        line = QGraphicsLineItem(begin.x(), begin.y(), pos.x(), pos.y())
        line.setPen(QPen(self.scene.theme.handle, 2, Qt.PenStyle.DashLine))
        line.setZValue(20)
        self.line = line
        self.scene.addItem(line)

    def update(self, pos: QPointF) -> None:
        if self.line is not None:
            segment = self.line.line()
            segment.setP2(pos)
            self.line.setLine(segment)
            # over an arrow or a bracket (not a box): the line takes the attack's colour, a drop there undercuts it
            onto = self.scene.statement_at(pos) is None and inference_at(self.scene, pos, self.source.statement_id) is not None
            color = self.scene.theme.relation_color(Relation.ATTACK) if onto else self.scene.theme.handle
            if self.line.pen().color() != color:
                self.line.setPen(QPen(color, 2, Qt.PenStyle.DashLine))

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        target = self.scene.statement_at(pos)
        if target is not None and target is not self.source:
            self.scene.connectRequested.emit(self.source.statement_id, target.statement_id)
        elif target is None:  # dropped onto an arrow or a bracket: an undercut of that inference
            found = inference_at(self.scene, pos, self.source.statement_id)
            if found is not None:
                self.scene.undercutRequested.emit(self.source.statement_id, *found)

    def cancel(self) -> None:
        line, self.line = self.line, None
        if line is not None and line.scene() is self.scene:
            self.scene.removeItem(line)


#: How near an arrow or a bracket a drop must end to land on it (scene units): the width of a finger's aim.
ONTO_TOLERANCE = 8.0


def inference_at(scene: MapScene, pos: QPointF, source: str) -> tuple[str, str, str] | None:
    """The inference drawn at ``pos`` that ``source`` may undercut: (target, premise, "") for a plain support's or
    attack's arrow, (target, "", group) for a linked reason's bracket or arrow; None when there is none."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainterPathStroker

    from argmap.gui.canvas.group_item import CoPremiseItem
    from argmap.gui.canvas.link_item import LinkItem

    stroker = QPainterPathStroker()
    stroker.setWidth(2 * ONTO_TOLERANCE)
    near = QRectF(pos.x() - ONTO_TOLERANCE, pos.y() - ONTO_TOLERANCE, 2 * ONTO_TOLERANCE, 2 * ONTO_TOLERANCE)
    for item in scene.items(near):
        if isinstance(item, LinkItem) and not item.grouped and item.isVisible():
            link = item.link
            drawn = item.arrow_shape()
            if link.relation == "rephrase" or link.is_undercut or source in (link.source, link.target) or drawn is None:
                continue
            if stroker.createStroke(drawn[0]).contains(pos):
                return link.target, link.source, ""
        elif isinstance(item, CoPremiseItem) and item.isVisible():
            drawing = item.drawing()
            if drawing is None or source in item.member_ids or source == item.target.statement_id:
                continue
            if stroker.createStroke(drawing[0]).contains(pos) or stroker.createStroke(drawing[1][0]).contains(pos):
                return item.target.statement_id, "", item.group_name
    return None
