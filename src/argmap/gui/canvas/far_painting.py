"""The far view's image painted straight from the map's picture, without making a Qt item per part.

:class:`~argmap.gui.canvas.far_view.FarPicture` used to render the scene (``QGraphicsScene.render``): every
box, arrow and bracket in the image needed its Qt item, so the first far zoom on a large map made all of them
(50,000 statements: 100,000 items that stayed, and every later keystroke and hover paid for them). Here each
part of the picture in the area is painted by the very functions its item paints with
(:func:`~argmap.gui.canvas.statement_item.paint_box`, :func:`~argmap.gui.canvas.link_item.paint_arrow`,
:func:`~argmap.gui.canvas.group_item.paint_co_premises`), in the items' stacking order (arrows and brackets
under the boxes, those drawn over boxes above them, then any other item such as comment marks). A box that has
an item is painted with that item's state (selected, hovered, found); one without shows the find mark if it
is found. No item is made. Far out, the boxes too small for words
(:func:`~argmap.gui.canvas.statement_item.block_color`) and the arrows' hairlines are gathered and drawn in a
few calls (:class:`_Blocks`, :class:`_FarLines`): the same pixels as painting each, a call per part was most of
the first far image of a large map. Boxes smaller than a pixel (a large map fitted) show as the pixels they lie in
(:mod:`~argmap.gui.canvas.far_specks`), and arrows shorter than a pixel are left out: painted as they are, they
were faint tints under the dots of their arrows' hairlines.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import starmap
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from argmap.drawing.arrows import link_kit
from argmap.drawing.geometry import qt_shape
from argmap.drawing.glance import NO_GLANCE_BELOW_PX
from argmap.drawing.off_page import TAG_REACH, is_connector, statement_name
from argmap.gui.canvas.far_specks import Specks
from argmap.gui.canvas.group_item import CoPremiseItem, paint_co_premises
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.link_item import FAR_LOD, LinkItem, paint_arrow
from argmap.gui.canvas.statement_item import GLANCE_BELOW_PX, StatementItem, block_color, paint_box

if TYPE_CHECKING:
    from argmap.drawing.diagram import PlacedArrow, PlacedBox, PlacedBracket
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas.scene import MapScene
    from argmap.model import Kind, Relation

#: Items the picture's parts stand for (painted from the picture); any other visible item is painted as itself.
_PICTURE_ITEMS = (StatementItem, LinkItem, CoPremiseItem, InlineEditor)
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_BY_BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect
#: Far out, the boxes of one colour are filled a path of this many at a time (see :class:`_Blocks`).
BLOCKS_PER_PATH = 64

Rect = tuple[float, float, float, float]  # x, y, width, height


def paint_picture(painter: QPainter, scene: MapScene, area: QRectF) -> None:
    """Paint what the scene shows within ``area`` (scene units); ``painter`` maps scene coordinates to its device."""
    base = painter.worldTransform()
    lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(base)
    on_screen = scene.decorations
    boxes, arrows, brackets = scene.parts_within(area, boxes_in_order=False)  # (ordered below where it matters)
    far = on_screen and lod < FAR_LOD  # arrows: their lines only
    under = [a for a in arrows if not a.over]  # under the boxes (z 0), those drawn over them after (z 2)
    _paint_arrows(painter, scene, under, far, lod, area, on_screen)
    for bracket in brackets:
        if not bracket.over:
            _bracket(painter, scene, bracket, lod, area, on_screen)
    specks, blocks, detailed = _blocks_of(scene, boxes, lod, base)
    specks.draw(painter)
    blocks.draw(painter)
    for b, item in sorted(detailed, key=_box_order):
        painter.setWorldTransform(base)
        if item is not None:
            pos = item.pos()
            painter.translate(pos.x(), pos.y())
            item.paint(painter, _option(item, area), None)  # its own state: selection, hover, find mark, handle
        else:
            painter.translate(b.x, b.y)
            paint_box(painter, scene.painting_for(b.id) or b.painting, lod, highlighted=b.id in scene.found_ids(), decorations=on_screen)
    painter.setWorldTransform(base)
    _paint_arrows(painter, scene, [a for a in arrows if a.over], far, lod, area, on_screen)
    for bracket in brackets:
        if bracket.over:
            _bracket(painter, scene, bracket, lod, area, on_screen)
    # by bounding rectangles: Qt asks each item in the area for its shape otherwise (the fitted 10,000-statement map
    # after a zoom out: 1,000 items made, 15 ms of strokes of arrows' outlines), and this paints only what is within
    others = [other for other in scene.items(area, _BY_BOUNDS) if not isinstance(other, _PICTURE_ITEMS) and other.isVisible()]
    for other in sorted(others, key=lambda i: i.zValue()):  # comment marks, scheme badges
        painter.setWorldTransform(other.sceneTransform() * base)
        other.paint(painter, _option(other, area), None)
    painter.setWorldTransform(base)


def _blocks_of(scene: MapScene, boxes: list[PlacedBox], lod: float, transform: QTransform,
               ) -> tuple[Specks, _Blocks, list[tuple[PlacedBox, StatementItem | None]]]:
    """The boxes that show one colour at ``lod`` (:func:`~argmap.gui.canvas.statement_item.block_color`): those smaller
    than a pixel (through ``transform``) as the pixels they lie in (:class:`~argmap.gui.canvas.far_specks.Specks`), the
    others gathered as blocks; the rest, each with its item if it has one, to be painted in full."""
    found, theme, blocks = scene.found_ids(), scene.theme, _Blocks()
    specks = Specks(transform, [style.accent for style in theme.kinds.values()])
    slot = {kind: k for k, kind in enumerate(theme.kinds)}
    with_item = {item.statement_id: item for item in scene.made_items() if item.shown}
    painting_for, detailed, pixel = scene.painting_for, [], specks.pixel
    # (block_color inline for the many boxes without an item or find mark: those less tall than this have no words)
    short = NO_GLANCE_BELOW_PX / lod if theme.text_px * lod < GLANCE_BELOW_PX else 0.0
    plain: dict[Kind, list[Rect]] = {kind: [] for kind in theme.kinds}
    color: QColor | None
    for b in boxes:
        i = b.id
        item = with_item.get(i)
        if item is None:
            painting = painting_for(i) or b.painting
            if painting.h < short and painting.theme is theme and i not in found:
                if painting.w < pixel and painting.h < pixel:
                    specks.add(b.x, b.y, painting.w, painting.h, slot[painting.statement.kind])
                else:
                    plain[painting.statement.kind].append((b.x, b.y, painting.w, painting.h))
                continue
            color, x, y = block_color(painting, lod, highlighted=i in found), b.x, b.y
        else:
            painting, color, pos = item.painting, item.block_color(lod), item.pos()  # its own state: selection, find mark
            x, y = pos.x(), pos.y()
        if color is None:
            detailed.append((b, item))
        elif painting.w < pixel and painting.h < pixel:
            rank = 0 if color is theme.selection else 1 if color is theme.highlight else None
            if rank is None:
                specks.add(x, y, painting.w, painting.h, slot[painting.statement.kind])
            else:
                specks.mark(x, y, painting.w, painting.h, color, rank)
        else:
            blocks.add(color, [(x, y, painting.w, painting.h)])
    for kind, rects in plain.items():
        if rects:
            blocks.add(theme.kinds[kind].accent, rects)
    return specks, blocks, detailed


def _paint_arrows(painter: QPainter, scene: MapScene, arrows: list[PlacedArrow], far: bool, lod: float, area: QRectF,
                  on_screen: bool) -> None:
    """The arrows in order: far out their lines (:class:`_FarLines`), connectors' tags after them; else each as its
    item paints it."""
    if far:
        arrows = _FarLines(painter, scene.theme).paint(arrows, 1.0 / lod)
        if lod * TAG_REACH < 1.0:
            return  # the connectors' tags, stubs and heads are specks beside their boxes
    for arrow in arrows:
        _arrow(painter, scene, arrow, lod, area, on_screen)


def _box_order(part: tuple[PlacedBox, StatementItem | None]) -> str:
    return part[0].id


class _FarLines:
    """Far out (below :data:`~argmap.gui.canvas.link_item.FAR_LOD`) arrows as their items paint them
    (:func:`~argmap.gui.canvas.link_item.paint_arrow`): each its line in a hairline, in the arrows' order (where
    hairlines of different colours cross, the last one's shows), those of one pen in a row as one path. Made from
    the arrows' numbers, not their Qt paths: a path, a call and the head's polygon per arrow were most of the first
    far image of a large map (10,000 arrows in an image some pixels tall). A tree arrow whose ends lie less than a
    pixel apart is left out: it would shade only the pixels its two boxes' edges already colour (the fitted 10,000
    statements: 8,300 of 10,000 arrows, half the image's making)."""

    def __init__(self, painter: QPainter, theme: Theme) -> None:
        self.painter, self.theme = painter, theme
        self.pens: dict[tuple[Relation, bool], QPen] = {}

    def paint(self, arrows: Iterable[PlacedArrow], pixel: float) -> list[PlacedArrow]:
        """Draw the arrows' lines in order (``pixel``: a screen pixel in scene units); the off-page connectors among
        them, to be painted as themselves after (their tags), in order."""
        painter, pens = self.painter, self.pens
        painter.setBrush(_NO_BRUSH)
        others, pen_now, row = [], None, QPainterPath()
        for arrow in arrows:
            path = arrow.shape[0]
            numbers = getattr(path, "numbers", None)  # (a tidy tree arrow's: most of them)
            if numbers is None and (path.isEmpty() or is_connector(arrow.shape)):
                if not path.isEmpty():
                    others.append(arrow)
                continue
            if numbers is not None and -pixel < numbers[8] - numbers[0] < pixel and -pixel < numbers[9] - numbers[1] < pixel:
                continue  # (its curve lies within the rectangle of its ends)
            pen = pens.get((arrow.relation, arrow.cross))
            if pen is None:
                pen = pens[(arrow.relation, arrow.cross)] = link_kit(self.theme, arrow.relation, cross=arrow.cross).hairline
            if pen is not pen_now:
                if pen_now is not None:
                    painter.drawPath(row)
                    row = QPainterPath()
                painter.setPen(pen)
                pen_now = pen
            if numbers is not None:
                sx, sy, tx, ty, c1x, c1y, c2x, c2y, x, y = numbers
                row.moveTo(sx, sy)
                row.lineTo(tx, ty)
                row.cubicTo(c1x, c1y, c2x, c2y, x, y)
            else:
                row.addPath(path if isinstance(path, QPainterPath) else path.qt())
        if pen_now is not None:
            painter.drawPath(row)
        return others


class _Blocks:
    """Boxes too small on screen for any words, gathered as rectangles by colour: a few calls per colour, not a call per
    box. (Drawn in a fixed order of colours: where boxes smaller than a pixel share one, their faint tints are laid one over
    another in the same order whether the image is painted whole or in part.)

    The rectangles go to Qt as numbers, added to paths of :data:`BLOCKS_PER_PATH` each: a ``QRectF`` per box for
    ``drawRects`` was most of the boxes' share of a large map's first fitted image (made in Python, about 1.5 us each in
    a process holding a large map's objects), and one path of every box of a colour costs Qt more to fill than the
    rectangles one by one (its edges sorted together), paths of a hundred no more."""

    def __init__(self) -> None:
        self.rects: dict[int, tuple[QColor, list[Rect]]] = {}  # by the colour's id

    def add(self, color: QColor, rects: list[Rect]) -> None:
        known = self.rects.get(id(color))
        if known is None:
            self.rects[id(color)] = (color, rects)
        else:
            known[1].extend(rects)

    def draw(self, painter: QPainter) -> None:
        if self.rects:
            painter.setPen(_NO_PEN)
            for color, rects in sorted(self.rects.values(), key=lambda known: known[0].rgba()):
                painter.setBrush(color)
                for start in range(0, len(rects), BLOCKS_PER_PATH):
                    path = QPainterPath()
                    deque(starmap(path.addRect, rects[start:start + BLOCKS_PER_PATH]), 0)
                    painter.drawPath(path)


def _arrow(painter: QPainter, scene: MapScene, arrow: PlacedArrow, lod: float, area: QRectF, on_screen: bool) -> None:
    if arrow.shape[0].isEmpty():
        return
    kit = link_kit(scene.theme, arrow.relation, cross=arrow.cross)
    paint_arrow(painter, _qt_shape(arrow), kit, arrow.relation, over=arrow.over, lod=lod, exposed=area, on_screen=on_screen,
                theme=scene.theme, name_of=lambda i: statement_name(scene.amap.statement(i)))


#: The Qt shapes of the arrows painted lately, kept by the picture's shape (an arrow's shape is made anew when it changes).
_QT_SHAPES: dict[int, tuple[tuple, tuple]] = {}
KEEP_SHAPES = 5_000


def _qt_shape(arrow: PlacedArrow) -> tuple:
    """The arrow's shape as Qt objects (:func:`~argmap.drawing.geometry.qt_shape`), kept: far out, without items, each
    frame painted the arrows in view from the picture and made their Qt paths again."""
    light = arrow.shape
    known = _QT_SHAPES.get(id(light))
    if known is not None and known[0] is light:
        return known[1]
    if len(_QT_SHAPES) >= KEEP_SHAPES:
        _QT_SHAPES.clear()
    shape = qt_shape(light)
    _QT_SHAPES[id(light)] = (light, shape)
    return shape


def _bracket(painter: QPainter, scene: MapScene, bracket: PlacedBracket, lod: float, area: QRectF, on_screen: bool = True) -> None:
    if bracket.bracket.isEmpty():
        return
    paint_co_premises(painter, (bracket.bracket, qt_shape(bracket.shape)), bracket.relation, scene.theme, over=bracket.over, lod=lod,
                      exposed=area, name_of=lambda i: statement_name(scene.amap.statement(i)), on_screen=on_screen)


def _option(item: QGraphicsItem, area: QRectF) -> QStyleOptionGraphicsItem:
    option = QStyleOptionGraphicsItem()
    option.exposedRect = item.mapRectFromScene(area).intersected(item.boundingRect())
    return option
