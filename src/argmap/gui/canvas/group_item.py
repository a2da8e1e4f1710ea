"""A linked reason: co-premises joined by a bracket, with ONE arrow to the statement they bear on.

Like :class:`~argmap.gui.canvas.link_item.LinkItem` it shows what the scene gives it: its
part of the map's picture, or a provisional drawing while a box is dragged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.arrows import Shape, paint_bracket
from argmap.drawing.geometry import qt_shape
from argmap.drawing.off_page import bracket_tags, statement_name
from argmap.drawing.theme import Theme
from argmap.gui.canvas.clipping import margin_area, needs_clipping, visible_part
from argmap.gui.canvas.link_item import TAG_WORDS_FROM, _same_line
from argmap.gui.canvas.statement_item import StatementItem
from argmap.model import Relation


class CoPremiseItem(QGraphicsItem):
    """The bracket and arrow of one linked reason (target, group name)."""

    Type = QGraphicsItem.UserType + 3  # type: ignore[attr-defined]  # PySide6's stubs lack QGraphicsItem.UserType (65536)

    def __init__(self, target: StatementItem, group: str, members: list[StatementItem], relation: Relation, theme: Theme) -> None:
        super().__init__()
        self.target = target
        self.group_name = group  # not `group`: that would hide QGraphicsItem.group()
        self._members = members
        self._relation = relation
        self._theme = theme
        self._bracket = QPainterPath()
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._symbol = QPointF()
        self._bounds = QRectF()
        self._over = False
        self._drawn: tuple[QPainterPath, Shape] | None = None  # the drawing last given (to tell the same one again)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # the exposed area: long lines are cut to it

    def type(self) -> int:
        return self.Type

    @property
    def member_ids(self) -> list[str]:
        return [m.statement_id for m in self._members]

    @property
    def members(self) -> list[StatementItem]:
        return list(self._members)

    def set_members(self, members: list[StatementItem], relation: Relation) -> None:
        self._members, self._relation = members, relation
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_drawing(self, bracket: QPainterPath | None, shape: Shape | None, *, over: bool = False) -> None:
        """Show this bracket and arrow (from the map's picture); None draws nothing.

        ``over``: the co-premises lie apart with other boxes between; drawn above the boxes, with a halo.
        The same drawing again changes nothing (an edit's picture draws some brackets again, the same: repainting one
        that spans the map repainted a band across the view at each edit).
        """
        drawn = self._drawn
        if (drawn is not None and bracket is not None and shape is not None and over == self._over and self.isVisible()
                and _same_line(bracket, drawn[0]) and _same_line(shape[0], drawn[1][0]) and tuple(shape[1:]) == tuple(drawn[1][1:])):
            return
        self._drawn = (bracket, shape) if bracket is not None and shape is not None else None
        self.prepareGeometryChange()
        self._over = over
        self.setZValue(2 if over else 0)
        if bracket is None or shape is None:
            self._bracket, self._path, self._bounds = QPainterPath(), QPainterPath(), QRectF()
            self.setVisible(False)
            return
        self._bracket = bracket
        self._path, self._head, self._symbol, self._bounds = qt_shape(shape)
        self.setVisible(True)
        self.update()

    @property
    def drawn_over_boxes(self) -> bool:
        return self._over

    @property
    def relation(self) -> Relation:
        return self._relation

    def drawing(self) -> tuple[QPainterPath, Shape] | None:
        """The bracket and its arrow as drawn, or None when nothing is drawn."""
        if self._bracket.isEmpty():
            return None
        return self._bracket, (self._path, self._head, self._symbol, self._bounds)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        drawing = self.drawing()
        if drawing is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        on_screen = bool(getattr(self.scene(), "decorations", False))  # a grab of a scene without decorations draws in full
        paint_co_premises(painter, drawing, self._relation, self._theme, over=self._over, lod=lod, exposed=option.exposedRect,
                          name_of=self._name_of, on_screen=on_screen)

    def _name_of(self, statement_id: str) -> str | None:
        """The words of a far co-premise's tag (read when painted: they follow edits)."""
        for item in (*self._members, self.target):
            if item.statement.id == statement_id:
                return statement_name(item.statement)
        return None


def paint_co_premises(painter: QPainter, drawing: tuple[QPainterPath, Shape], relation: Relation, theme: Theme, *, over: bool,
                      lod: float, exposed: QRectF, name_of: Callable[[str], str | None] | None = None, on_screen: bool = True) -> None:
    """Paint a linked reason's bracket and arrow (scene coordinates) as its item does; long lines only where they
    meet ``exposed``, the area being painted. Far co-premises' tags (:class:`~argmap.drawing.off_page.TaggedBracket`)
    name statements by ``name_of`` when large enough to read (always off screen: ``on_screen`` False)."""
    bracket, (path, head, symbol, bounds) = drawing
    tags = bracket_tags(bracket)  # taken before cutting the lines: the cut path is a plain one
    if needs_clipping(bounds, exposed):
        area = margin_area(exposed, lod)
        bracket, path = visible_part(bracket, area), visible_part(path, area)
    paint_bracket(painter, bracket, (path, head, symbol, bounds), relation, theme, over=over, tags=tags,
                  name_of=None if on_screen and lod < TAG_WORDS_FROM else name_of)
