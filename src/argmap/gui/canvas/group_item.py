"""A linked reason: co-premises joined by a bracket, with ONE arrow to the statement they bear on.

Drawn the way argument-mapping textbooks draw it: a short stem from each premise to a
bar, and a single arrow (with the relation's symbol) from the bar's middle to the parent.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.gui.canvas.geometry import padded_bounds, straight_path, tree_endpoints, tree_path
from argmap.gui.canvas.link_item import LINE_WIDTH, arrow_kit, paint_link, symbol_paths
from argmap.gui.canvas.statement_item import StatementItem
from argmap.gui.canvas.theme import Theme
from argmap.model import Relation

BAR_OFFSET = 14.0  # distance from the premises' edge to the bar
BAR_WIDTH = 3.0


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
        self._marks = self._sign = QPainterPath()
        self._bounds = QRectF()
        self.slot: float | None = None  # where the arrow ends along the parent's edge (set by the scene)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return self.Type

    @property
    def member_ids(self) -> list[str]:
        return [m.statement_id for m in self._members]

    def hub_coordinate(self, horizontal: bool) -> float | None:
        """Middle x (TB) or y (LR) of the visible co-premises: where the one arrow starts."""
        values = [m.scene_box().center().x() if horizontal else m.scene_box().center().y() for m in self._members if m.isVisible()]
        return (min(values) + max(values)) / 2 if values else None

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
        visible = [m for m in self._members if m.isVisible()]
        if not visible:
            self._bracket, self._path, self._bounds = QPainterPath(), QPainterPath(), QRectF()
            return
        boxes = [m.scene_box() for m in visible]
        bracket = QPainterPath()
        if self._direction == "LR":
            bar = min(b.left() for b in boxes) - BAR_OFFSET
            ys = [b.center().y() for b in boxes]
            for b in boxes:
                bracket.moveTo(b.left(), b.center().y())
                bracket.lineTo(bar, b.center().y())
            bracket.moveTo(bar, min(ys))
            bracket.lineTo(bar, max(ys))
            hub = QRectF(bar, (min(ys) + max(ys)) / 2, 0, 0)
        else:
            bar = min(b.top() for b in boxes) - BAR_OFFSET
            xs = [b.center().x() for b in boxes]
            for b in boxes:
                bracket.moveTo(b.center().x(), b.top())
                bracket.lineTo(b.center().x(), bar)
            bracket.moveTo(min(xs), bar)
            bracket.lineTo(max(xs), bar)
            hub = QRectF((min(xs) + max(xs)) / 2, bar, 0, 0)
        start, end, tidy = tree_endpoints(hub, self.target.scene_box(), self._direction, self.slot)
        self._bracket = bracket
        if tidy:
            self._path, self._head, self._symbol = tree_path(start, end, self._direction, self.slot)
        else:
            self._path, self._head, self._symbol = straight_path(start, end)
        self._bounds = padded_bounds(self._path, self._head, self._symbol, 3.0).united(bracket.boundingRect().adjusted(-3, -3, 3, 3))
        self._marks, self._sign = symbol_paths(self._head, self._symbol, self._relation)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._bracket.isEmpty() or not self.target.isVisible():
            return
        color = self._theme.relation_color(self._relation)
        pen = QPen(color, BAR_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._bracket)
        paint_link(painter, self._path, self._marks, self._sign, arrow_kit(self._theme, color, LINE_WIDTH + 0.4))
