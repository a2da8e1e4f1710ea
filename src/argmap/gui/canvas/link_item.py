"""An arrow from a child statement to the parent it supports or attacks, as the map's picture draws it.

The item computes nothing: the scene hands it its part of the picture
(:func:`argmap.drawing.diagram.build_diagram`), or a provisional shape while a box is
dragged. A link that belongs to a linked reason draws nothing itself: its
:class:`~argmap.gui.canvas.group_item.CoPremiseItem` draws the bracket and the one
arrow for all co-premises.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.arrows import ArrowKit, Shape, link_kit, paint_link, paint_link_over
from argmap.drawing.geometry import LightPath, qt_shape
from argmap.drawing.off_page import is_connector, paint_connector, statement_name
from argmap.drawing.theme import Theme
from argmap.gui.canvas.clipping import Element, margin_area, needs_clipping, path_elements, visible_lines
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Link, Relation

_NO_BUTTONS = Qt.MouseButton.NoButton
#: Below this zoom an off-page connector's tags show no words (they would be specks).
TAG_WORDS_FROM = 0.3
#: Below this zoom an arrow is drawn as its line only, in a hairline (its head and sign would be specks).
FAR_LOD = 0.12
_NO_BOUNDS = QRectF()  # what a link that draws nothing covers (Qt copies what boundingRect returns)
_NO_BRUSH = Qt.BrushStyle.NoBrush
_EMPTY = QPainterPath()


def _same_line(a: object, b: object) -> bool:
    """True when two arrow lines are the same drawing (light paths by their numbers: writing their SVG form to compare
    cost more than drawing again, and a moved arrow differs in its first number)."""
    if isinstance(a, LightPath) and isinstance(b, LightPath):
        if a is b:
            return True
        numbers_a, numbers_b = getattr(a, "numbers", None), getattr(b, "numbers", None)  # a tidy arrow's array
        if numbers_a is not None and numbers_b is not None:
            return bool(numbers_a == numbers_b)
        return a.segments == b.segments
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
        # The picture's shape as it is (light stand-ins for most arrows), made into Qt objects only when first painted:
        # opening a large map made 50,000 paths, most never on screen (time, and memory for each).
        self._shape: tuple | None = None
        self._qt: tuple[QPainterPath, QPolygonF, QPointF, QRectF] | None = None
        self._elements: list[Element] | None = None  # the line as plain numbers, for cutting it (made when first cut)
        self._bounds = _NO_BOUNDS
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
            if self._shape is not None:
                self.prepareGeometryChange()
                self._shape, self._qt, self._bounds, self._drawn, self._elements = None, None, _NO_BOUNDS, None, None
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
        self._shape, self._qt = (shape, None) if not shape[0].isEmpty() else (None, None)
        self._elements = None
        self._bounds = shape[3] if self._shape is not None else _NO_BOUNDS
        self.update()

    def _drawing(self) -> tuple[QPainterPath, QPolygonF, QPointF, QRectF] | None:
        """The arrow as Qt objects (made on first use), or None when it draws nothing."""
        if self._qt is None and self._shape is not None:
            self._qt = qt_shape(self._shape)
        return self._qt

    def arrow_shape(self) -> Shape | None:
        """The drawn arrow (path, head, symbol, bounds), or None when this link draws nothing."""
        return self._drawing()

    def kit(self) -> ArrowKit:
        """The pens for the arrow's relation and routing."""
        return link_kit(self._theme, self._link.relation, cross=self._cross)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        drawing = self._drawing()
        if drawing is None:
            return QPainterPath()
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(drawing[0])

    def end_points(self) -> tuple[QPointF, QPointF]:
        """Start (on the child's border) and arrow tip (on the parent's border), scene coordinates."""
        drawing = self._drawing()
        if drawing is None:
            return QPointF(), QPointF()
        return drawing[0].pointAtPercent(0.0), drawing[1].at(0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        drawing = self._drawing()
        if drawing is None:
            return
        on_screen = bool(getattr(self.scene(), "decorations", False))  # a grab of a scene without decorations draws in full
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        # exposedRect is set: ItemUsesExtendedStyleOption
        paint_arrow(painter, drawing, self.kit(), self._link.relation, over=self._over, lod=lod, exposed=option.exposedRect,
                    on_screen=on_screen, elements=self._line_elements, theme=self._theme, name_of=self._name_of)

    def _name_of(self, statement_id: str) -> str | None:
        """The words of an off-page connector's tag for one of this link's ends (read when painted: they follow edits)."""
        for item in (self._source, self._target):
            if item.statement.id == statement_id:
                return statement_name(item.statement)
        amap = getattr(self.scene(), "amap", None)  # an undercut's tag names the premise whose arrow it attacks
        return statement_name(amap.statement(statement_id)) if amap is not None and statement_id in amap else None

    def _line_elements(self) -> list[Element]:
        if self._elements is None:
            assert self._shape is not None
            self._elements = path_elements(self._shape[0])
        return self._elements


def paint_arrow(painter: QPainter, drawing: tuple[QPainterPath, QPolygonF, QPointF, QRectF], kit: ArrowKit, relation: Relation, *,
                over: bool, lod: float, exposed: QRectF, on_screen: bool = True,
                elements: Callable[[], list[Element]] | None = None, theme: Theme | None = None,
                name_of: Callable[[str], str | None] | None = None) -> None:
    """Paint an arrow of the picture (scene coordinates) as its item does, at ``lod`` screen pixels per unit: far out
    (``on_screen``) just the line; a long one only where it meets ``exposed``, the area being painted (``elements``:
    gives its line as plain numbers, kept by the item). An off-page connector (:mod:`~argmap.drawing.off_page`) is
    painted with the ``theme``, its tags naming statements by ``name_of`` (id -> words)."""
    path, head, symbol, bounds = drawing
    if over and theme is not None and is_connector(drawing):  # no way around the boxes: two short stubs with tags
        paint_connector(painter, drawing, relation, kit, theme, None if on_screen and lod < TAG_WORDS_FROM else name_of, exposed)
        return
    # Lines wider than a screen pixel go through Qt's slow general stroking, translucent ones (cross-links) through
    # its slow blending: a long one is cut to the area and drawn solid (thin opaque lines are cheap as they are)
    slow = lod * (kit.halo.widthF() if over else kit.line.widthF()) > 1.0 or kit.line.color().alpha() < 255
    if slow and not (on_screen and lod < FAR_LOD) and needs_clipping(bounds, exposed):
        _paint_long(painter, kit, relation, over, margin_area(exposed, lod), lod, drawing=drawing,
                    elements=elements() if elements is not None else None)
        return
    if on_screen and lod < FAR_LOD:  # far out: just the line
        painter.setPen(kit.hairline)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(path)
        return
    (paint_link_over if over else paint_link)(painter, path, head, symbol, relation, kit)


def _paint_long(painter: QPainter, kit: ArrowKit, relation: Relation, over: bool, area: QRectF, lod: float, *,
                drawing: tuple[QPainterPath, QPolygonF, QPointF, QRectF], elements: list[Element] | None = None) -> None:
    """An arrow far larger than the area to paint: only its part there, as straight lines (see
    :mod:`~argmap.gui.canvas.clipping`), in the order and pens of :func:`paint_link_over` / :func:`paint_link`."""
    path, head, symbol, _ = drawing
    lines, end_inside = visible_lines(path, area, lod, elements)
    painter.setBrush(_NO_BRUSH)
    if over:
        if end_inside:  # the halo's round cap shows: the cut path as one (lines would overlap at the joints)
            painter.setPen(kit.halo)
            cut = QPainterPath()
            for line in lines:
                if cut.isEmpty() or cut.currentPosition() != line.p1():
                    cut.moveTo(line.p1())
                cut.lineTo(line.p2())
            painter.drawPath(cut)
        else:
            painter.setPen(kit.flat_halo)
            if lod < 1.0:
                # Zoomed out, Qt's antialiased wide line costs ~0.2 ms per 1,000 px (a hundred long cross-links
                # in view at 50 %: 20-30 ms of each frame); the halo is a band of the canvas colour under the
                # line, whose stair-stepped edge is not visible at that size: about ten times cheaper.
                smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.drawLines(lines)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
            else:
                painter.drawLines(lines)
    _draw_joined(painter, lines, _solid_line(kit))
    if area.intersects(head.boundingRect()) or area.contains(symbol):  # (both are at the ends: most often far away)
        paint_link(painter, _EMPTY, head, symbol, relation, kit)


def _draw_joined(painter: QPainter, lines: list[QLineF], pen: QPen) -> None:
    """The straight pieces of one line in an opaque flat-capped ``pen``: the inner ones with square caps, so that each
    covers the joint with the one before it. Each piece's flat end is antialiased by itself and two such ends do not add
    up to a covered pixel: drawn flat, zoomed in, a long arrow showed a pale seam at every joint."""
    if len(lines) > 2:
        painter.setPen(_square_caps(pen))
        painter.drawLines(lines[1:-1])
        lines = [lines[0], lines[-1]]
    painter.setPen(pen)
    painter.drawLines(lines)


_SQUARE: dict[int, tuple[QPen, QPen]] = {}


def _square_caps(pen: QPen) -> QPen:
    """``pen`` with square caps (made once per pen)."""
    known = _SQUARE.get(id(pen))
    if known is not None and known[0] is pen:
        return known[1]
    square = QPen(pen)
    square.setCapStyle(Qt.PenCapStyle.SquareCap)
    _SQUARE[id(pen)] = (pen, square)
    return square


_SOLID: dict[int, tuple[ArrowKit, QPen]] = {}


def _solid_line(kit: ArrowKit) -> QPen:
    """The kit's line pen with a cross-link's pale colour made solid: as the pale colour looks on the canvas
    (mixed with the canvas colour, which the halo under an arrow over boxes also has). Qt draws a long
    antialiased line in a translucent colour ten times slower than in a solid one (a thousand pixels: 0.8 against
    0.06 ms; tens of long cross-links cross a view at 50 %)."""
    known = _SOLID.get(id(kit))
    if known is not None and known[0] is kit:
        return known[1]
    pen = QPen(kit.line)
    color = pen.color()
    if color.alpha() < 255:
        back = kit.halo.color()  # the canvas colour (made translucent for the halo)
        a = color.alphaF()
        pen.setColor(QColor.fromRgbF(color.redF() * a + back.redF() * (1 - a), color.greenF() * a + back.greenF() * (1 - a),
                                     color.blueF() * a + back.blueF() * (1 - a)))
    _SOLID[id(kit)] = (kit, pen)
    return pen
