"""A linked reason: co-premises joined by a bracket, with ONE arrow to the statement they bear on.

The shapes and their painting are :mod:`argmap.drawing.arrows`'s, shared with the exporters.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.arrows import Shape, bracket_hub, paint_bracket
from argmap.drawing.lanes import linked_reason_shape
from argmap.drawing.theme import Theme
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Relation


class CoPremiseItem(QGraphicsItem):
    """The bracket and arrow of one linked reason (target, group name)."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, target: StatementItem, group: str, members: list[StatementItem], relation: Relation, theme: Theme) -> None:
        super().__init__()
        self.target = target
        self.group = group
        self._members = members
        self._relation = relation
        self._theme = theme
        self._direction = "TB"
        self._bracket = QPainterPath()
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._symbol = QPointF()
        self._bounds = QRectF()
        self.slot: float | None = None  # where the arrow ends along the parent's edge (set by the scene)
        self.lane: tuple[float, float] | None = None  # columns arrangement: the topmost member's lane (set by the scene)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return self.Type

    @property
    def member_ids(self) -> list[str]:
        return [m.statement_id for m in self._members]

    def hub_coordinate(self, horizontal: bool) -> float | None:
        """Middle x (TB) or y (LR) of the visible co-premises: where the one arrow starts."""
        return bracket_hub([m.box_tuple() for m in self._members if m.isVisible()], horizontal=horizontal)

    def set_members(self, members: list[StatementItem], relation: Relation) -> None:
        self._members, self._relation = members, relation
        self.update_geometry()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_direction(self, direction: str) -> None:
        self._direction = direction
        self.update_geometry()

    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        visible = [m.box_tuple() for m in self._members if m.isVisible()]
        if not visible:
            self._bracket, self._path, self._bounds = QPainterPath(), QPainterPath(), QRectF()
            return
        self._bracket, shape = self.shape_for(visible)
        self._path, self._head, self._symbol, self._bounds = shape

    def shape_for(self, members: list[tuple[float, float, float, float]]) -> tuple[QPainterPath, Shape]:
        """The bracket and its arrow for these member boxes, routed as this item is now."""
        return linked_reason_shape(members, self.target.box_tuple(), direction=self._direction, slot=self.slot, lane=self.lane)

    @property
    def relation(self) -> Relation:
        return self._relation

    def drawing(self) -> tuple[QPainterPath, Shape] | None:
        """The bracket and its arrow as drawn, or None when nothing is drawn."""
        if self._bracket.isEmpty() or not self.target.isVisible():
            return None
        return self._bracket, (self._path, self._head, self._symbol, self._bounds)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        drawing = self.drawing()
        if drawing is not None:
            paint_bracket(painter, drawing[0], drawing[1], self._relation, self._theme)
