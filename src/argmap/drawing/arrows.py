"""Arrows between boxes and the brackets of linked reasons: their shapes and how they are painted.

Support and attack differ by colour AND by a symbol on the line ("+" or "-" in a small
circle), so the relation reads in greyscale too. Cross-links (not part of the layout's
spanning tree) are drawn lighter and curved. Co-premises of a linked reason are joined
by a bracket with ONE arrow to the statement they bear on, the way argument-mapping
textbooks draw it. The canvas's items and the exporters both use these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF

from argmap.drawing.geometry import (
    SYMBOL_RADIUS,
    Box,
    border_point,
    curved_path,
    padded_bounds,
    straight_path,
    tidy_arrow,
    tree_endpoints,
    tree_path,
)
from argmap.drawing.routing import fan_coordinate
from argmap.drawing.theme import Theme
from argmap.model import Relation

if TYPE_CHECKING:
    from argmap.drawing.off_page import Tag

LINE_WIDTH = 1.8
CROSS_LINE_WIDTH = LINE_WIDTH * 0.8
REPHRASE_LINE_WIDTH = LINE_WIDTH * 0.6  # a rephrase carries no force: a thin line in the muted colour
BRACKET_LINE_WIDTH = LINE_WIDTH + 0.4
BAR_OFFSET = 14.0  # distance from the premises' edge to the bracket's bar
BAR_WIDTH = 3.0
#: Further bars of one target's linked reasons that share a premise sit this much farther out, one per reason.
BAR_STEP = 9.0
JOIN_RADIUS = 2.6  # the dot where a premise's stem joins its reason's bar (when reasons share premises)

#: An arrow's drawing: the line, the arrowhead, the centre of the relation symbol, the area it covers.
Shape = tuple[QPainterPath, QPolygonF, QPointF, QRectF]


class ArrowKit:
    """Pens and brush of one arrow style (colour, width) in one theme, made once and shared."""

    def __init__(self, color: QColor, width: float, theme: Theme) -> None:
        self.line = QPen(color, width)
        self.line.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.fill = QBrush(color)
        self.sign = QPen(theme.background, 2.0)
        self.sign.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.hairline = QPen(color, 0)
        self.bracket = QPen(color, BAR_WIDTH)
        self.bracket.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.bracket.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.halo = QPen(_halo_color(theme.background), HALO_WIDTH)  # under an arrow drawn over boxes
        self.halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.flat_halo = QPen(self.halo)  # for a line drawn as separate straight pieces (no overlaps at the joints)
        self.flat_halo.setCapStyle(Qt.PenCapStyle.FlatCap)


_ARROW_KITS: dict[tuple[int, str, float], tuple[Theme, ArrowKit]] = {}
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


def arrow_kit(theme: Theme, color: QColor, width: float) -> ArrowKit:
    key = (id(theme), color.name(QColor.NameFormat.HexArgb), width)
    known = _ARROW_KITS.get(key)
    if known is None or known[0] is not theme:
        known = _ARROW_KITS[key] = (theme, ArrowKit(color, width, theme))
    return known[1]


_LINK_KITS: dict[tuple[int, Relation, bool], tuple[Theme, ArrowKit]] = {}


def link_kit(theme: Theme, relation: Relation, *, cross: bool) -> ArrowKit:
    """The pens of a link: the relation's colour; cross-links paler and thinner."""
    known = _LINK_KITS.get((id(theme), relation, cross))
    if known is None or known[0] is not theme:
        color = QColor(theme.relation_color(relation))
        if cross:
            color.setAlpha(theme.cross_link_alpha)
        width = REPHRASE_LINE_WIDTH if relation == Relation.REPHRASE else CROSS_LINE_WIDTH if cross else LINE_WIDTH
        kit = arrow_kit(theme, color, width)
        known = _LINK_KITS[(id(theme), relation, cross)] = (theme, kit)
    return known[1]


def link_shape(child: Box, parent: Box, *, direction: str, slot: float | None, cross: bool, light: bool = False) -> Shape:
    """The arrow from the child's box to the parent's: a tidy S-curve, or a straight or curved line.

    Tree links whose child sits in its usual place take the fast path of plain numbers;
    cross-links arc over the tree; anything else (a box dragged elsewhere, a cycle) gets
    the centre line clipped to both borders. ``light``: the tidy arrow's path and head may
    be light stand-ins (:func:`~argmap.drawing.geometry.qt_shape` makes them Qt objects).
    """
    fast = None if cross else tidy_arrow(child, parent, direction, slot, light=light)
    if fast is not None:
        return fast
    child_rect, parent_rect = QRectF(*child), QRectF(*parent)
    if cross:
        start, end = border_point(child_rect, parent_rect.center()), border_point(parent_rect, child_rect.center())
        path, head, symbol = curved_path(start, end)
    else:
        start, end, _ = tree_endpoints(child_rect, parent_rect, direction, slot)
        path, head, symbol = straight_path(start, end)
    return path, head, symbol, padded_bounds(path, head, symbol)


def paint_link(painter, path: QPainterPath, head: QPolygonF, symbol: QPointF, relation: Relation, kit: ArrowKit) -> None:
    """The line, the arrowhead and the symbol's disc, then the symbol's sign ("+", "-", or "=" for a rephrase).

    Plain shapes (polygon, ellipse, lines) rather than one combined path: every painter,
    the SVG one included, draws them without walking a path element by element.
    """
    painter.setPen(kit.line)
    painter.setBrush(_NO_BRUSH)
    painter.drawPath(path)
    painter.setPen(_NO_PEN)
    painter.setBrush(kit.fill)
    if not head.isEmpty():
        painter.drawPolygon(head)
    painter.drawEllipse(symbol, SYMBOL_RADIUS, SYMBOL_RADIUS)
    painter.setPen(kit.sign)
    x, y, arm = symbol.x(), symbol.y(), SYMBOL_RADIUS * 0.55
    if relation == Relation.REPHRASE:  # "=": says the same, neither for nor against
        gap = arm * 0.45
        painter.drawLine(QLineF(x - arm, y - gap, x + arm, y - gap))
        painter.drawLine(QLineF(x - arm, y + gap, x + arm, y + gap))
        return
    painter.drawLine(QLineF(x - arm, y, x + arm, y))
    if relation == Relation.SUPPORT:
        painter.drawLine(QLineF(x, y - arm, x, y + arm))


HALO_WIDTH = 6.0  # the background-coloured band under an arrow drawn over boxes
HALO_ALPHA = 170  # of 255: the band sets the line off from the box without erasing the text under it


def _halo_color(background: QColor) -> QColor:
    color = QColor(background)
    color.setAlpha(HALO_ALPHA)
    return color


def paint_link_over(painter, path: QPainterPath, head: QPolygonF, symbol: QPointF, relation: Relation, kit: ArrowKit) -> None:
    """An arrow drawn on top of the boxes (no way around them was found): a halo of the
    background's colour first, so the line reads as passing over the boxes, not out of them."""
    painter.setPen(kit.halo)
    painter.setBrush(_NO_BRUSH)
    painter.drawPath(path)
    paint_link(painter, path, head, symbol, relation, kit)


# ---------------------------------------------------------------- linked reasons
def bracket_hub(members: list[Box], *, horizontal: bool) -> float | None:
    """Middle x (TB) or y (LR) of the shown co-premises: where the one arrow starts."""
    if not members:
        return None
    values = [fan_coordinate(box, horizontal=horizontal) for box in members]
    return (min(values) + max(values)) / 2


def bracket_shape(
    members: list[Box], target: Box, *, direction: str, slot: float | None, level: int | None = None, avoid: tuple[float, ...] = ()
) -> tuple[QPainterPath, Shape]:
    """The bracket joining the co-premises' boxes, and the one arrow from its middle to the target.

    ``level``: the target's linked reasons share premises; this one's bar sits ``level`` steps
    farther out than the first and a dot marks each of its members' joins, so that a stem that
    only crosses a bar (a premise of another reason) reads apart from one that joins it; ``avoid``:
    where those other premises' stems run (x in top-down, y in left to right): the arrow leaves
    the bar beside them, never as if it went on from one of them.
    """
    bracket = QPainterPath()
    out = BAR_OFFSET + BAR_STEP * (level or 0)
    if direction == "LR":
        bar = min(x for x, _, _, _ in members) - out
        ys = [y + h / 2 for _, y, _, h in members]
        for (x, _, _, _), cy in zip(members, ys, strict=True):
            bracket.moveTo(x, cy)
            bracket.lineTo(bar, cy)
            if level is not None:
                bracket.addEllipse(QPointF(bar, cy), JOIN_RADIUS, JOIN_RADIUS)
        bracket.moveTo(bar, min(ys))
        bracket.lineTo(bar, max(ys))
        hub = QRectF(bar, _beside(min(ys), max(ys), avoid), 0, 0)
    else:
        bar = min(y for _, y, _, _ in members) - out
        xs = [x + w / 2 for x, _, w, _ in members]
        for (_, y, _, _), cx in zip(members, xs, strict=True):
            bracket.moveTo(cx, y)
            bracket.lineTo(cx, bar)
            if level is not None:
                bracket.addEllipse(QPointF(cx, bar), JOIN_RADIUS, JOIN_RADIUS)
        bracket.moveTo(min(xs), bar)
        bracket.lineTo(max(xs), bar)
        hub = QRectF(_beside(min(xs), max(xs), avoid), bar, 0, 0)
    start, end, tidy = tree_endpoints(hub, QRectF(*target), direction, slot)
    if tidy:
        path, head, symbol = tree_path(start, end, direction, slot)
    else:
        path, head, symbol = straight_path(start, end)
    bounds = padded_bounds(path, head, symbol, 3.0).united(bracket.boundingRect().adjusted(-3, -3, 3, 3))
    return bracket, (path, head, symbol, bounds)


def _beside(low: float, high: float, avoid: tuple[float, ...], room: float = 3 * SYMBOL_RADIUS) -> float:
    """The middle of ``low``..``high``, or the nearest point to it at least ``room`` from each of ``avoid``."""
    middle = (low + high) / 2
    if all(abs(middle - a) >= room for a in avoid):
        return middle
    spots = [a + side * room for a in avoid for side in (-1, 1)]
    free = [p for p in spots if low < p < high and all(abs(p - a) >= room - 0.01 for a in avoid)]
    return min(free, key=lambda p: abs(p - middle)) if free else middle


def paint_bracket(
    painter, bracket: QPainterPath, arrow: Shape, relation: Relation, theme: Theme, *, over: bool = False,
    name_of: Callable[[str], str | None] | None = None, tags: Sequence[Tag] | None = None,
) -> None:
    """The bracket in the relation's colour, then its one arrow; ``over`` the boxes: with a halo first. Far co-premises'
    tags (``tags``, else the bracket's own: :class:`~argmap.drawing.off_page.TaggedBracket`) are filled first and
    named by ``name_of`` (id -> words; None: no words, too small to read)."""
    from argmap.drawing.off_page import bracket_tags, fill_tags, paint_tag_words

    kit = arrow_kit(theme, theme.relation_color(relation), BRACKET_LINE_WIDTH)
    tags = bracket_tags(bracket) if tags is None else tags
    if tags:
        fill_tags(painter, tags, theme)
    if over:
        halo = QPen(_halo_color(theme.background), HALO_WIDTH + BAR_WIDTH)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(halo)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(bracket)
        painter.drawPath(arrow[0])
    painter.setPen(kit.bracket)
    painter.setBrush(_NO_BRUSH)
    painter.drawPath(bracket)
    path, head, symbol, _ = arrow
    paint_link(painter, path, head, symbol, relation, kit)
    if tags and name_of is not None:
        paint_tag_words(painter, tags, theme, name_of)
