"""An arrow from a child statement to the parent it supports or attacks (drawn by :mod:`argmap.drawing.arrows`).

A link that belongs to a linked reason draws nothing itself: its
:class:`~argmap.gui.canvas.group_item.CoPremiseItem` draws the bracket and the one
arrow for all co-premises.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.arrows import ArrowKit, Shape, link_kit, link_shape, paint_link
from argmap.drawing.lanes import lane_arrow
from argmap.drawing.theme import Theme
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Link

_NO_BUTTONS = Qt.MouseButton.NoButton
_NO_BRUSH = Qt.BrushStyle.NoBrush


class LinkItem(QGraphicsItem):
    """Lives at the scene origin; its path is in scene coordinates and follows both boxes."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, link: Link, source: StatementItem, target: StatementItem, theme: Theme) -> None:
        super().__init__()
        self._link = link
        self._source = source
        self._target = target
        self._theme = theme
        self._cross = False
        self._shown = True  # what the scene last made visible (cheaper to read than isVisible())
        self._grouped = link.group is not None
        self._direction = "TB"
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._symbol = QPointF()
        self._last: tuple | None = None  # (sizes and routing, child box, parent box) the drawing was made for
        self._kit: ArrowKit | None = None  # pens for the current colour and width
        self._bounds = QRectF()
        self.slot: float | None = None  # where the arrow ends along the parent's edge (set by the scene)
        self.lane: tuple[float, float] | None = None  # columns arrangement: (lane x, where it ends) (set by the scene)
        self.setAcceptedMouseButtons(_NO_BUTTONS)

    # ---------------------------------------------------------------- data
    def type(self) -> int:
        return self.Type

    @property
    def link(self) -> Link:
        return self._link

    @property
    def source_item(self) -> StatementItem:
        return self._source

    @property
    def target_item(self) -> StatementItem:
        return self._target

    @property
    def is_cross_link(self) -> bool:
        return self._cross

    @property
    def grouped(self) -> bool:
        """True when a linked reason's bracket draws this link."""
        return self._grouped

    def set_link(self, link: Link) -> None:
        self._link = link
        self._kit = None
        self._last = None  # the relation (symbol, colour) may have changed
        self._grouped = link.group is not None
        self.update_geometry()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._kit = None
        self.update()

    def set_routing(self, *, cross: bool, direction: str) -> None:
        if (cross, direction) != (self._cross, self._direction):
            self._cross, self._direction = cross, direction
            self.update_geometry()

    def color(self) -> QColor:
        """The arrow's colour: the relation's, paler for a cross-link."""
        return link_kit(self._theme, self._link.relation, cross=self._cross).line.color()

    # ---------------------------------------------------------------- geometry
    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._kit = None  # cross-links are paler and thinner: routing may have changed
        if self._grouped:
            self._path, self._head, self._bounds = QPainterPath(), QPolygonF(), QRectF()
            self._last = None
            return
        child_box, parent_box = self._source.box_tuple(), self._target.box_tuple()
        lane = self.lane
        along = None if lane is None else (lane[0] - child_box[0], lane[1] - child_box[1])  # moves with the boxes
        key = (child_box[2:], parent_box[2:], self.slot, self._direction, self._cross, along)
        last = self._last
        if last is not None and last[0] == key:  # same sizes and routing: if both ends moved alike, shift the drawing
            dx, dy = child_box[0] - last[1][0], child_box[1] - last[1][1]
            if (parent_box[0] - last[2][0], parent_box[1] - last[2][1]) == (dx, dy):
                if dx or dy:
                    self._path.translate(dx, dy)
                    self._head.translate(dx, dy)
                    self._symbol += QPointF(dx, dy)
                    self._bounds.translate(dx, dy)
                    self._last = (key, child_box, parent_box)
                return
        self._last = (key, child_box, parent_box)
        shape = None
        if lane is not None and not self._cross:
            shape = lane_arrow(child_box, parent_box, lane[0], lane[1], self.slot)
        if shape is None:
            shape = link_shape(child_box, parent_box, direction=self._direction, slot=self.slot, cross=self._cross)
        self._path, self._head, self._symbol, self._bounds = shape

    def arrow_shape(self) -> Shape | None:
        """The drawn arrow (path, head, symbol, bounds), or None when this link draws nothing."""
        if self._grouped or self._path.isEmpty():
            return None
        return self._path, self._head, self._symbol, self._bounds

    def kit(self) -> ArrowKit:
        """The pens for the arrow's relation and routing."""
        if self._kit is None:
            self._kit = link_kit(self._theme, self._link.relation, cross=self._cross)
        return self._kit

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self._path)

    def end_points(self) -> tuple[QPointF, QPointF]:
        """Start (on the child's border) and arrow tip (on the parent's border), scene coordinates."""
        if self._path.isEmpty():
            return QPointF(), QPointF()
        return self._path.pointAtPercent(0.0), self._head.at(0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._grouped or self._path.isEmpty():
            return
        kit = self.kit()
        on_screen = bool(getattr(self.scene(), "decorations", False))  # exports always draw everything
        if on_screen and option.levelOfDetailFromTransform(painter.worldTransform()) < 0.12:  # far out: just the line
            painter.setPen(kit.hairline)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(self._path)
            return
        paint_link(painter, self._path, self._head, self._symbol, self._link.relation, kit)
