"""An arrow from a child statement to the parent it supports or attacks.

Support and attack differ by colour AND by a symbol on the line ("+" or "-" in a small
circle), so the relation reads in greyscale too. Cross-links (not part of the layout's
spanning tree) are drawn lighter and curved. A link that belongs to a linked reason
draws nothing itself: its :class:`~argmap.gui.canvas.group_item.CoPremiseItem` draws
the bracket and the one arrow for all co-premises.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.gui.canvas.geometry import SYMBOL_RADIUS, border_point, curved_path, padded_bounds, straight_path, tidy_arrow, tree_endpoints
from argmap.gui.canvas.statement_item import StatementItem
from argmap.gui.canvas.theme import Theme
from argmap.model import Link, Relation

LINE_WIDTH = 1.8
_NO_BUTTONS = Qt.MouseButton.NoButton


def symbol_paths(head: QPolygonF, symbol: QPointF, relation: Relation) -> tuple[QPainterPath, QPainterPath]:
    """The filled marks (arrowhead and the symbol's disc) and the symbol's sign ("+" or "-")."""
    marks = QPainterPath()
    marks.setFillRule(Qt.FillRule.WindingFill)
    if not head.isEmpty():
        marks.addPolygon(head)
        marks.closeSubpath()
    marks.addEllipse(symbol, SYMBOL_RADIUS, SYMBOL_RADIUS)
    arm = SYMBOL_RADIUS * 0.55
    sign = QPainterPath(QPointF(symbol.x() - arm, symbol.y()))
    sign.lineTo(symbol.x() + arm, symbol.y())
    if relation == Relation.SUPPORT:
        sign.moveTo(symbol.x(), symbol.y() - arm)
        sign.lineTo(symbol.x(), symbol.y() + arm)
    return marks, sign


class ArrowKit:
    """Pens and brush of one arrow style (colour, width) in one theme, made once and shared."""

    def __init__(self, color: QColor, width: float, theme: Theme) -> None:
        self.line = QPen(color, width)
        self.line.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.fill = QBrush(color)
        self.sign = QPen(theme.background, 2.0)
        self.sign.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.hairline = QPen(color, 0)


_ARROW_KITS: dict[tuple[int, str, float], tuple[Theme, ArrowKit]] = {}
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


def arrow_kit(theme: Theme, color: QColor, width: float) -> ArrowKit:
    key = (id(theme), color.name(QColor.NameFormat.HexArgb), width)
    known = _ARROW_KITS.get(key)
    if known is None or known[0] is not theme:
        known = _ARROW_KITS[key] = (theme, ArrowKit(color, width, theme))
    return known[1]


def paint_link(painter: QPainter, path: QPainterPath, marks: QPainterPath, sign: QPainterPath, kit: ArrowKit) -> None:
    """Line, then arrowhead and disc in one fill, then the sign: three strokes of the pen.

    Few state changes matter: every one starts a new group in an exported SVG.
    """
    painter.setPen(kit.line)
    painter.setBrush(_NO_BRUSH)
    painter.drawPath(path)
    painter.setPen(_NO_PEN)
    painter.setBrush(kit.fill)
    painter.drawPath(marks)
    painter.setPen(kit.sign)
    painter.drawPath(sign)


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
        self._marks = self._sign = QPainterPath()
        self._last: tuple | None = None  # (sizes and routing, child box, parent box) the drawing was made for
        self._kit: ArrowKit | None = None  # pens for the current colour and width
        self._bounds = QRectF()
        self.slot: float | None = None  # where the arrow ends along the parent's edge (set by the scene)
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
        color = QColor(self._theme.relation_color(self._link.relation))
        if self._cross:
            color.setAlpha(self._theme.cross_link_alpha)
        return color

    # ---------------------------------------------------------------- geometry
    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._kit = None  # cross-links are paler and thinner: routing may have changed
        if self._grouped:
            self._path, self._head, self._bounds = QPainterPath(), QPolygonF(), QRectF()
            self._last = None
            return
        child_box, parent_box = self._source.box_tuple(), self._target.box_tuple()
        key = (child_box[2:], parent_box[2:], self.slot, self._direction, self._cross)
        last = self._last
        if last is not None and last[0] == key:  # same sizes and routing: if both ends moved alike, shift the drawing
            dx, dy = child_box[0] - last[1][0], child_box[1] - last[1][1]
            if (parent_box[0] - last[2][0], parent_box[1] - last[2][1]) == (dx, dy):
                if dx or dy:
                    self._path.translate(dx, dy)
                    self._head.translate(dx, dy)
                    self._marks.translate(dx, dy)
                    self._sign.translate(dx, dy)
                    self._symbol += QPointF(dx, dy)
                    self._bounds.translate(dx, dy)
                    self._last = (key, child_box, parent_box)
                return
        self._last = (key, child_box, parent_box)
        fast = None if self._cross else tidy_arrow(child_box, parent_box, self._direction, self.slot)
        if fast is not None:
            self._path, self._head, self._symbol, self._bounds = fast
        else:
            child, parent = self._source.scene_box(), self._target.scene_box()
            if self._cross:
                start, end = border_point(child, parent.center()), border_point(parent, child.center())
                self._path, self._head, self._symbol = curved_path(start, end)
            else:
                start, end, _ = tree_endpoints(child, parent, self._direction, self.slot)
                self._path, self._head, self._symbol = straight_path(start, end)
            self._bounds = padded_bounds(self._path, self._head, self._symbol)
        self._marks, self._sign = symbol_paths(self._head, self._symbol, self._link.relation)

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
        kit = self._kit
        if kit is None:
            kit = self._kit = arrow_kit(self._theme, self.color(), LINE_WIDTH * (0.8 if self._cross else 1.0))
        on_screen = bool(getattr(self.scene(), "decorations", False))  # exports always draw everything
        if on_screen and option.levelOfDetailFromTransform(painter.worldTransform()) < 0.12:  # far out: just the line
            painter.setPen(kit.hairline)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(self._path)
            return
        paint_link(painter, self._path, self._marks, self._sign, kit)
