"""A statement's box: a kind header, wrapped text, badges; drag to move, drag the handle to connect.

The item never changes the model: drags and connections are reported to the scene,
which emits signals that the window turns into undo commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from argmap.drawing.box import BoxPainting, footer_text, verdict_sentence, wrap_width
from argmap.drawing.glance import NO_GLANCE_BELOW_PX
from argmap.drawing.text_wrap import TextMeasurer
from argmap.drawing.theme import Theme
from argmap.evaluation import Status
from argmap.model import Statement

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene

HANDLE_RADIUS = 5.5
#: Below this size of the statement text on screen (pixels), a box shows its glance (kind and first
#: words in screen-sized fonts) instead of its full text: 14 px text switches below 50 % zoom.
GLANCE_BELOW_PX = 7.0
MARGIN = 9.0  # room around the box for the selection halo, the handle and the stacked-card shadow

_ITEM_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


def remeasured(old: BoxPainting, *, statement: Statement | None = None, theme: Theme | None = None, evaluation: bool | None = None,
               hidden_count: int | None = None, side: str | bool | None = False, card: str | None = None) -> BoxPainting:
    """``old`` measured again with what is given changed (``side=False``: keep it), keeping its strength and verdict."""
    box = BoxPainting(
        statement if statement is not None else old.statement, theme if theme is not None else old.theme,
        evaluation=evaluation if evaluation is not None else old.evaluation,
        hidden_count=hidden_count if hidden_count is not None else old.hidden_count,
        side=old.side if side is False else side,  # type: ignore[arg-type]
        card=old.card_source if card is None else card)
    box.set_evaluation(old.strength, old.status)
    return box


class StatementItem(QGraphicsItem):
    """One statement. ``pos()`` is the top-left corner of the box, as in the layout."""

    Type = QGraphicsItem.UserType + 1  # type: ignore[attr-defined]  # PySide6's stubs lack QGraphicsItem.UserType (65536)

    def __init__(self, statement: Statement, theme: Theme, *, evaluation: bool = False, painting: BoxPainting | None = None) -> None:
        """The box of ``statement``; with ``painting``, that measured box (the scene measures every box itself and makes
        items only for those near the view), else measured here."""
        super().__init__()
        self._hover = False
        self._highlighted = False
        self._connecting = False
        self._shown = True  # what the scene last made visible (cheaper to read than isVisible())
        self._placed: tuple[float, float] | None = None  # where the picture last put the box
        self._box = painting if painting is not None else BoxPainting(statement, theme, evaluation=evaluation)
        self._w, self._h = self._box.w, self._box.h
        self._bounds = QRectF(-MARGIN, -MARGIN, self._w + 2 * MARGIN, self._h + 2 * MARGIN)
        self.setFlags(_ITEM_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # ---------------------------------------------------------------- data
    @property
    def statement_id(self) -> str:
        return self._box.statement.id

    @property
    def statement(self) -> Statement:
        return self._box.statement

    @property
    def painting(self) -> BoxPainting:
        """What the box shows, measured (shared with the exporters' drawing code)."""
        return self._box

    def type(self) -> int:
        return self.Type

    def _remeasure(self, *, statement: Statement | None = None, theme: Theme | None = None, evaluation: bool | None = None,
                   hidden_count: int | None = None, side: str | bool | None = False, card: str | None = None) -> bool:
        """Measure again with what is given changed (``side=False``: keep it); keeps the evaluation; True when the box changed size."""
        box = remeasured(
            self._box, statement=statement, theme=theme, evaluation=evaluation, hidden_count=hidden_count, side=side, card=card
        )
        resized = self.set_painting(box)
        scene = self._map_scene()
        if scene is not None:  # the scene keeps every statement's box (most have no item): it follows
            scene.adopt_painting(self)
        return resized

    def set_painting(self, box: BoxPainting) -> bool:
        """Show this measured box (the scene measured it again); True when the box changed size."""
        resized = (box.w, box.h) != (self._w, self._h)
        if resized:
            self.prepareGeometryChange()
            self._w, self._h = box.w, box.h
            self._bounds = QRectF(-MARGIN, -MARGIN, self._w + 2 * MARGIN, self._h + 2 * MARGIN)
        self._box = box
        self.update()
        return resized

    def set_statement(self, statement: Statement) -> bool:
        """Show a new version of the statement; True when the box changed size."""
        return self._remeasure(statement=statement)

    def set_theme(self, theme: Theme) -> bool:
        return self._remeasure(theme=theme)

    def set_hidden_count(self, count: int) -> bool:
        """How many statements a collapsed box hides (shown as '+N hidden')."""
        if count == self._box.hidden_count:
            return False
        return self._remeasure(hidden_count=count)

    def set_card(self, card: str) -> bool:
        """The evidence card line under the text (citation, and the quote when the text differs), or ""."""
        if card == self._box.card_source:
            return False
        return self._remeasure(card=card)

    def set_side(self, side: str | None) -> bool:
        """Which side of the main claim the box says it argues ("for", "against", "both"), or None for no marker."""
        if side == self._box.side:
            return False
        return self._remeasure(side=side)

    @property
    def hidden_count(self) -> int:
        return self._box.hidden_count

    def set_shown(self, shown: bool) -> bool:
        """Show or hide the box (collapsed away); True when that changed."""
        if shown == self._shown:
            return False
        self._shown = shown
        self.setVisible(shown)
        return True

    @property
    def shown(self) -> bool:
        """What the scene last made visible (cheaper to read than isVisible())."""
        return self._shown

    def place(self, x: float, y: float) -> bool:
        """Put the box's top-left corner at (x, y); True when it moved."""
        if (x, y) == self._placed:
            return False
        self._placed = (x, y)
        self.setPos(x, y)
        return True

    def forget_place(self) -> None:
        """The box was moved by hand: the next :meth:`place` moves it even to its old place."""
        self._placed = None

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    @property
    def hovered(self) -> bool:
        """The mouse is over the box."""
        return self._hover

    # ---------------------------------------------------------------- evaluation
    def set_evaluation_shown(self, on: bool) -> bool:
        """Show or hide the strength row; True when the box changed size."""
        if on == self._box.evaluation:
            return False
        return self._remeasure(evaluation=on)

    def set_evaluation(self, strength: float | None, status: Status | None) -> None:
        """The statement's strength and verdict (repaint only)."""
        if self._box.set_evaluation(strength, status):
            self.update()

    @property
    def strength(self) -> float | None:
        return self._box.strength

    @property
    def defeated(self) -> bool:
        return self._box.defeated

    @property
    def status(self) -> Status | None:
        return self._box.status

    @property
    def evaluation_shown(self) -> bool:
        return self._box.evaluation

    def evaluation_text(self) -> str:
        """What the strength row says, e.g. "0.67  ·  stands"."""
        return self._box.evaluation_text()

    def size(self) -> tuple[float, float]:
        return (self._w, self._h)

    def box_rect(self) -> QRectF:
        """The box in item coordinates (the bounding rect adds a margin for decorations)."""
        return QRectF(0.0, 0.0, self._w, self._h)

    def box_tuple(self) -> tuple[float, float, float, float]:
        """x, y, w, h of the box in the scene, as plain numbers (cheap)."""
        return (self.x(), self.y(), self._w, self._h)

    def scene_box(self) -> QRectF:
        p = self.pos()
        return QRectF(p.x(), p.y(), self._w, self._h)

    def text_rect(self) -> QRectF:
        """Where the statement's text is drawn (the inline editor goes here)."""
        return self._box.text_rect()

    @property
    def text_measurer(self) -> TextMeasurer:
        """Font and wrapping of the statement's text (the inline editor types in the same font)."""
        return self._box.text_measurer

    def wrap_width(self) -> float:
        return wrap_width(self._box.theme, self._box.statement.kind)

    def tooltip_text(self) -> str:
        box = self._box
        s = box.statement
        text = f"{box.theme.kinds[s.kind].label.title()}: {s.text}" + (f"\n\n{s.notes}" if s.notes else "")
        amap = getattr(self.scene(), "_amap", None)  # None: not on a scene showing a map
        if amap is not None and s.id in amap:  # undercuts, rephrases, shared premises: what the arrows alone may not say
            from argmap.gui.relations_text import relation_lines

            lines = relation_lines(amap, s.id)
            if lines:
                text += "\n\n" + "\n".join(lines)
        if box.evaluation and box.strength is not None:
            text += "\n\n" + verdict_sentence(box.strength, box.status, s.score)
            scene = self.scene()
            why = getattr(scene, "explain_summary", None) if scene is not None else None
            summary = why(s.id) if why is not None else ""
            if summary:
                text += "\n" + summary
        return text

    def footer_text(self) -> str:
        return footer_text(self._box.statement, self._box.hidden_count)

    # ---------------------------------------------------------------- geometry
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.box_rect())
        if self._handle_visible():
            c = self.handle_center()
            path.addEllipse(c, HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
        return path

    def handle_center(self) -> QPointF:
        """The connector handle sits on the edge that faces the parents (top in TB, left in LR),
        off the middle, where the arrow to the parent leaves the box."""
        if self._scene_direction() == "LR":
            return QPointF(0.0, self._h - 14.0)
        return QPointF(self._w - 18.0, 0.0)

    def _scene_direction(self) -> str:
        scene = self.scene()
        return getattr(scene, "direction", "TB")

    def _decorations(self) -> bool:
        scene = self.scene()
        return bool(getattr(scene, "decorations", False))

    def _handle_visible(self) -> bool:
        return self._decorations() and (self._hover or self.isSelected() or self._connecting)

    def _on_handle(self, pos: QPointF) -> bool:
        c = self.handle_center()
        return (pos - c).manhattanLength() <= HANDLE_RADIUS * 2.2

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        deco = self._decorations()
        lod = option.levelOfDetailFromTransform(painter.worldTransform()) if deco else 1.0
        marked = deco and self._highlighted
        painted = paint_box(painter, self._box, lod, selected=self.isSelected(), highlighted=marked, hover=self._hover, decorations=deco)
        if painted and self._handle_visible():
            theme = self._box.theme
            painter.setPen(QPen(theme.background, 1.5))
            painter.setBrush(QBrush(theme.handle))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    def block_color(self, lod: float) -> QColor | None:
        """The one colour :meth:`paint` fills the box with at ``lod`` (see :func:`block_color`), or None when it
        paints more."""
        if not self._decorations():
            return None  # (painted at full detail)
        return block_color(self._box, lod, selected=self.isSelected(), highlighted=self._highlighted)

    # ---------------------------------------------------------------- interaction
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.setToolTip(self.tooltip_text())  # set here, not per box up front: big maps build faster
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        on_handle = self._on_handle(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if on_handle else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)

    def _map_scene(self) -> MapScene | None:
        from argmap.gui.canvas.scene import MapScene

        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton and self._handle_visible() and self._on_handle(event.pos()):
            self._connecting = True
            scene.begin_connect(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.begin_move(event.scenePos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if not self._connecting:
            super().mouseMoveEvent(event)  # moves every selected box
        if scene is not None:
            scene.update_gesture(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if self._connecting:
            self._connecting = False
            self.update()
        else:
            super().mouseReleaseEvent(event)
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.finish_gesture(event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.editRequested.emit(self.statement_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


# ---------------------------------------------------------------- painting (the item's, and the far view's for boxes without one)
def paint_box(painter: QPainter, box: BoxPainting, lod: float, *, selected: bool = False, highlighted: bool = False,
              hover: bool = False, decorations: bool = True) -> bool:
    """Paint a statement's box with its top-left corner at the painter's origin, at ``lod`` screen pixels per unit:
    far out its glance (kind and first words) or a coloured block, near its full text; with the find mark
    (``highlighted``) and, with ``decorations``, the selection or hover ring. False when only a block was painted
    (too small for the handle)."""
    theme = box.theme
    rect = QRectF(0.0, 0.0, box.w, box.h)
    block = block_color(box, lod, selected=selected, highlighted=highlighted)
    if block is not None:
        painter.fillRect(rect, block)
        return False
    if theme.text_px * lod < GLANCE_BELOW_PX:  # the text would be specks: the kind and first words in screen pixels
        glance = box.glance(lod)
        assert glance is not None  # (else a block)
        if highlighted:
            _paint_highlight(painter, rect, theme, box.radius, lod)
        box.paint_glance(painter, glance)
        _paint_selection(painter, rect, theme, box.radius, lod, selected, hover)
        return True
    if highlighted:
        _paint_highlight(painter, rect, theme, box.radius, lod)
    box.paint(painter)
    if decorations:
        _paint_selection(painter, rect, theme, box.radius, lod, selected, hover)
    return True


def block_color(box: BoxPainting, lod: float, *, selected: bool = False, highlighted: bool = False) -> QColor | None:
    """The one colour a box shows at ``lod`` screen pixels per unit when not even a line of its words fits (a filled
    rectangle: the selection's, else the find mark's, else its kind's), or None when it shows its glance or its text."""
    theme = box.theme
    if theme.text_px * lod >= GLANCE_BELOW_PX or (box.h * lod >= NO_GLANCE_BELOW_PX and box.glance(lod) is not None):
        return None  # (far out most boxes are told by their height alone: a call less for each of 50,000)
    if selected:
        return theme.selection
    return theme.highlight if highlighted else theme.kinds[box.statement.kind].accent


def _paint_highlight(painter: QPainter, rect: QRectF, theme: Theme, r: float, lod: float) -> None:
    painter.setPen(QPen(theme.highlight, min(10.0, max(5.0, 3.0 / lod))))  # within MARGIN
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), r + 3, r + 3)


def _paint_selection(painter: QPainter, rect: QRectF, theme: Theme, r: float, lod: float, selected: bool, hover: bool) -> None:
    # never thinner than about 2 screen pixels, so a selection shows far out too
    if selected:
        painter.setPen(QPen(theme.selection, min(11.0, max(2.5, 2.0 / lod))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), r + 2, r + 2)
    elif hover:
        color = QColor(theme.selection)
        color.setAlpha(110)
        painter.setPen(QPen(color, min(11.0, max(2.0, 1.5 / lod))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), r + 2, r + 2)
