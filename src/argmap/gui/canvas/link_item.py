"""An arrow from a child statement to the parent it supports or attacks, as the map's picture draws it.

The item computes nothing: the scene hands it its part of the picture
(:func:`argmap.drawing.diagram.build_diagram`), or a provisional shape while a box is
dragged. A link that belongs to a linked reason draws nothing itself: its
:class:`~argmap.gui.canvas.group_item.CoPremiseItem` draws the bracket and the one
arrow for all co-premises.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.arrows import ArrowKit, Shape, link_kit, paint_link, paint_link_over
from argmap.drawing.geometry import LightPath, qt_shape
from argmap.drawing.theme import Theme
from argmap.gui.canvas.clipping import margin_area, needs_clipping, visible_lines
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Link

_NO_BUTTONS = Qt.MouseButton.NoButton
_NO_BRUSH = Qt.BrushStyle.NoBrush
_EMPTY = QPainterPath()


def _same_line(a: object, b: object) -> bool:
    """True when two arrow lines are the same drawing (light paths compare by their SVG form)."""
    if isinstance(a, LightPath) and isinstance(b, LightPath):
        return a.svg == b.svg
    return isinstance(a, QPainterPath) and isinstance(b, QPainterPath) and a == b


class LinkItem(QGraphicsItem):
    """Lives at the scene origin; its path is in scene coordinates."""

    Type = QGraphicsItem.UserType + 2  # type: ignore[attr-defined]  # PySide6's stubs lack QGraphicsItem.UserType (65536)

    def __init__(self, link: Link, source: StatementItem, target: StatementItem, theme: Theme) -> None:
        super().__init__()
        self._link = link
        self._source = source
        self._target = target
        self._theme = theme
        self._cross = False
        self._over = False
        self._drawn: object = None  # the line of the picture last shown, to skip redrawing the same
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._symbol = QPointF()
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(_NO_BUTTONS)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # the exposed area: long arrows are cut to it

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
    def drawn_over_boxes(self) -> bool:
        """True when no way around the boxes was found and the arrow is drawn above them."""
        return self._over

    @property
    def grouped(self) -> bool:
        """True when a linked reason's bracket draws this link."""
        return self._link.group is not None

    def set_link(self, link: Link) -> None:
        self._link = link
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def color(self) -> QColor:
        """The arrow's colour: the relation's, paler for a cross-link."""
        return self.kit().line.color()

    # ---------------------------------------------------------------- geometry
    def set_shape(self, shape: Shape | None, *, cross: bool = False, over: bool = False) -> None:
        """Show this drawing of the arrow (from the map's picture); None draws nothing.

        ``over``: the picture found no way around the boxes; the arrow is drawn above them, with a halo.
        """
        if shape is None:
            if not self._path.isEmpty():
                self.prepareGeometryChange()
                self._path, self._head, self._bounds, self._drawn = QPainterPath(), QPolygonF(), QRectF(), None
            self.setVisible(False)
            return
        if not self.isVisible():
            self.setVisible(True)
        if over != self._over:
            self._over = over
            self.setZValue(2 if over else 0)
            self.update()
        if cross == self._cross and _same_line(shape[0], self._drawn):
            return
        self.prepareGeometryChange()
        self._cross = cross
        self._drawn = shape[0]
        self._path, self._head, self._symbol, self._bounds = qt_shape(shape)
        self.update()

    def arrow_shape(self) -> Shape | None:
        """The drawn arrow (path, head, symbol, bounds), or None when this link draws nothing."""
        if self._path.isEmpty():
            return None
        return self._path, self._head, self._symbol, self._bounds

    def kit(self) -> ArrowKit:
        """The pens for the arrow's relation and routing."""
        return link_kit(self._theme, self._link.relation, cross=self._cross)

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
        if self._path.isEmpty():
            return
        kit = self.kit()
        on_screen = bool(getattr(self.scene(), "decorations", False))  # a grab of a scene without decorations draws in full
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect  # set: ItemUsesExtendedStyleOption
        if needs_clipping(self._bounds, exposed):
            self._paint_long(painter, kit, margin_area(exposed, lod), lod, hairline=on_screen and lod < 0.12)
            return
        if on_screen and lod < 0.12:  # far out: just the line
            painter.setPen(kit.hairline)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(self._path)
            return
        (paint_link_over if self._over else paint_link)(painter, self._path, self._head, self._symbol, self._link.relation, kit)

    def _paint_long(self, painter: QPainter, kit: ArrowKit, area: QRectF, lod: float, *, hairline: bool) -> None:
        """An arrow far larger than the area to paint: only its part there, as straight lines (see
        :mod:`~argmap.gui.canvas.clipping`), in the order and pens of :func:`paint_link_over` / :func:`paint_link`."""
        lines, end_inside = visible_lines(self._path, area, lod)
        painter.setBrush(_NO_BRUSH)
        if hairline:
            painter.setPen(kit.hairline)
            painter.drawLines(lines)
            return
        if self._over:
            if end_inside:  # the halo's round cap shows: the cut path as one (lines would overlap at the joints)
                painter.setPen(kit.halo)
                path = QPainterPath()
                for line in lines:
                    if path.isEmpty() or path.currentPosition() != line.p1():
                        path.moveTo(line.p1())
                    path.lineTo(line.p2())
                painter.drawPath(path)
            else:
                painter.setPen(kit.flat_halo)
                painter.drawLines(lines)
        painter.setPen(kit.line)
        painter.drawLines(lines)
        paint_link(painter, _EMPTY, self._head, self._symbol, self._link.relation, kit)
