"""The far view's image painted straight from the map's picture, without making a Qt item per part.

:class:`~argmap.gui.canvas.far_view.FarPicture` used to render the scene (``QGraphicsScene.render``): every
box, arrow and bracket in the image needed its Qt item, so the first far zoom on a large map made all of them
(50,000 statements: 100,000 items that stayed, and every later keystroke and hover paid for them). Here each
part of the picture in the area is painted by the very functions its item paints with
(:func:`~argmap.gui.canvas.statement_item.paint_box`, :func:`~argmap.gui.canvas.link_item.paint_arrow`,
:func:`~argmap.gui.canvas.group_item.paint_co_premises`), in the items' stacking order (arrows and brackets
under the boxes, those drawn over boxes above them, then any other item such as comment marks). A box that has
an item is painted with that item's state (selected, hovered, found); one without shows the find mark if it
is found. No item is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from argmap.drawing.arrows import link_kit
from argmap.drawing.geometry import qt_shape
from argmap.drawing.off_page import statement_name
from argmap.gui.canvas.group_item import CoPremiseItem, paint_co_premises
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.link_item import LinkItem, paint_arrow
from argmap.gui.canvas.statement_item import StatementItem, paint_box

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF

    from argmap.drawing.diagram import PlacedArrow, PlacedBracket
    from argmap.gui.canvas.scene import MapScene

#: Items the picture's parts stand for (painted from the picture); any other visible item is painted as itself.
_PICTURE_ITEMS = (StatementItem, LinkItem, CoPremiseItem, InlineEditor)


def paint_picture(painter: QPainter, scene: MapScene, area: QRectF) -> None:
    """Paint what the scene shows within ``area`` (scene units); ``painter`` maps scene coordinates to its device."""
    base = painter.worldTransform()
    lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(base)
    on_screen = scene.decorations
    boxes, arrows, brackets = scene.parts_within(area)
    over_arrows: list[PlacedArrow] = []
    over_brackets: list[PlacedBracket] = []
    for arrow in arrows:  # under the boxes (z 0), those drawn over them after (z 2)
        if arrow.over:
            over_arrows.append(arrow)
            continue
        _arrow(painter, scene, arrow, lod, area, on_screen)
    for bracket in brackets:
        if bracket.over:
            over_brackets.append(bracket)
            continue
        _bracket(painter, scene, bracket, lod, area)
    found = scene.found_ids()
    for b in boxes:  # z 1
        item = scene.made_item(b.id)
        if item is not None and item.shown:
            pos = item.pos()
            painter.setWorldTransform(base)
            painter.translate(pos.x(), pos.y())
            item.paint(painter, _option(item, area), None)  # its own state: selection, hover, find mark, handle
        else:
            painter.setWorldTransform(base)
            painter.translate(b.x, b.y)
            paint_box(painter, scene.painting_for(b.id) or b.painting, lod, highlighted=b.id in found, decorations=on_screen)
    painter.setWorldTransform(base)
    for arrow in over_arrows:
        _arrow(painter, scene, arrow, lod, area, on_screen)
    for bracket in over_brackets:
        _bracket(painter, scene, bracket, lod, area)
    others = [other for other in scene.items(area) if not isinstance(other, _PICTURE_ITEMS) and other.isVisible()]
    for other in sorted(others, key=lambda i: i.zValue()):  # comment marks, scheme badges
        painter.setWorldTransform(other.sceneTransform() * base)
        other.paint(painter, _option(other, area), None)
    painter.setWorldTransform(base)


def _arrow(painter: QPainter, scene: MapScene, arrow: PlacedArrow, lod: float, area: QRectF, on_screen: bool) -> None:
    if arrow.shape[0].isEmpty():
        return
    kit = link_kit(scene.theme, arrow.relation, cross=arrow.cross)
    paint_arrow(painter, qt_shape(arrow.shape), kit, arrow.relation, over=arrow.over, lod=lod, exposed=area, on_screen=on_screen,
                theme=scene.theme, name_of=lambda i: statement_name(scene.amap.statement(i)))


def _bracket(painter: QPainter, scene: MapScene, bracket: PlacedBracket, lod: float, area: QRectF) -> None:
    if bracket.bracket.isEmpty():
        return
    paint_co_premises(painter, (bracket.bracket, qt_shape(bracket.shape)), bracket.relation, scene.theme, over=bracket.over, lod=lod,
                      exposed=area)


def _option(item: QGraphicsItem, area: QRectF) -> QStyleOptionGraphicsItem:
    option = QStyleOptionGraphicsItem()
    option.exposedRect = item.mapRectFromScene(area).intersected(item.boundingRect())
    return option
