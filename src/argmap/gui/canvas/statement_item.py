"""A statement's box: a kind header, wrapped text, badges; drag to move, drag the handle to connect.

The item never changes the model: drags and connections are reported to the scene,
which emits signals that the window turns into undo commands.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from argmap.gui.canvas.text_wrap import WrappedText, measurer_for
from argmap.gui.canvas.theme import KindStyle, Theme, tr
from argmap.model import DEFAULT_SCORE, Kind, Statement

if TYPE_CHECKING:
    from argmap.gui.canvas.scene import MapScene

HANDLE_RADIUS = 5.5
MARGIN = 9.0  # room around the box for the selection halo, the handle and the stacked-card shadow
HEADER_GAP = 6.0
MIN_WIDTH = 130.0
CLAIM_WRAP_EXTRA = 40.0
EVAL_ROW_H = 17.0  # the strength row: a bar and "strength 0.67"; same height whatever the value
EVAL_BAR_W = 52.0
DEFEATED_OPACITY = 0.5  # a grounded-out box is faded (and says "defeated": not by colour alone) ...
DEFEATED_TEXT_OPACITY = 0.85  # ... but its text stays readable


@functools.lru_cache(maxsize=4096)
def box_paths(w: float, h: float, r: float, header_h: float) -> tuple[QPainterPath, QPainterPath]:
    """The box outline and its header band (rounded on top only); shared by boxes of one size."""
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(0, 0, w, h), r, r)
    band = QPainterPath()
    band.moveTo(0, header_h)
    band.lineTo(0, r)
    band.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90)
    band.lineTo(w - r, 0)
    band.arcTo(QRectF(w - 2 * r, 0, 2 * r, 2 * r), 90, -90)
    band.lineTo(w, header_h)
    band.closeSubpath()
    return outline, band


class PaintKit:
    """Pens and brushes of one kind in one theme, made once: painting thousands of boxes reuses them."""

    def __init__(self, theme: Theme, style: KindStyle) -> None:
        self.border = QPen(style.accent, style.border_width, style.border_style)
        self.border.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.fill = QBrush(style.fill)
        self.accent = QBrush(style.accent)
        self.header_text = QPen(theme.header_text)
        self.text = QPen(theme.text)
        self.muted = QPen(theme.muted)


_KITS: dict[tuple[int, Kind], tuple[Theme, PaintKit]] = {}
_NO_PEN = Qt.PenStyle.NoPen


def paint_kit(theme: Theme, kind: Kind) -> PaintKit:
    known = _KITS.get((id(theme), kind))
    if known is None or known[0] is not theme:
        known = _KITS[(id(theme), kind)] = (theme, PaintKit(theme, theme.kinds[kind]))
    return known[1]


_ITEM_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


class StatementItem(QGraphicsItem):
    """One statement. ``pos()`` is the top-left corner of the box, as in the layout."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, statement: Statement, theme: Theme, *, evaluation: bool = False) -> None:
        super().__init__()
        self._statement = statement
        self._theme = theme
        self._evaluation = evaluation  # the strength row is shown
        self._strength: float | None = None
        self._defeated = False
        self._hidden_count = 0
        self._hover = False
        self._highlighted = False
        self._connecting = False
        self._shown = True  # what the scene last made visible (cheaper to read than isVisible())
        self._w = self._h = 0.0
        self._text: WrappedText | None = None
        self._footer: WrappedText | None = None
        self._header_h = 0.0
        self.setFlags(_ITEM_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._measure()

    # ---------------------------------------------------------------- data
    @property
    def statement_id(self) -> str:
        return self._statement.id

    @property
    def statement(self) -> Statement:
        return self._statement

    def type(self) -> int:
        return self.Type

    def set_statement(self, statement: Statement) -> bool:
        """Show a new version of the statement; True when the box changed size."""
        old_size = (self._w, self._h)
        self._statement = statement
        self._measure()
        self.update()
        return (self._w, self._h) != old_size

    def set_theme(self, theme: Theme) -> bool:
        old_size = (self._w, self._h)
        self._theme = theme
        self._measure()
        self.update()
        return (self._w, self._h) != old_size

    def set_hidden_count(self, count: int) -> bool:
        """How many statements a collapsed box hides (shown as '+N hidden')."""
        if count == self._hidden_count:
            return False
        old_size = (self._w, self._h)
        self._hidden_count = count
        self._measure()
        self.update()
        return (self._w, self._h) != old_size

    @property
    def hidden_count(self) -> int:
        return self._hidden_count

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    # ---------------------------------------------------------------- evaluation
    def set_evaluation_shown(self, on: bool) -> bool:
        """Show or hide the strength row; True when the box changed size."""
        if on == self._evaluation:
            return False
        old_size = (self._w, self._h)
        self._evaluation = on
        self._measure()
        self.update()
        return (self._w, self._h) != old_size

    def set_evaluation(self, strength: float | None, defeated: bool) -> None:
        """The statement's DF-QuAD strength and whether the grounded labelling defeats it (repaint only)."""
        if strength is not None:
            strength = round(strength, 4)
        if (strength, defeated) != (self._strength, self._defeated):
            self._strength, self._defeated = strength, defeated
            self.update()

    @property
    def strength(self) -> float | None:
        return self._strength

    @property
    def defeated(self) -> bool:
        return self._defeated

    @property
    def evaluation_shown(self) -> bool:
        return self._evaluation

    def evaluation_text(self) -> str:
        """What the strength row says, e.g. "strength 0.67" or "strength 0.25 · defeated"."""
        if self._strength is None:
            return ""
        text = tr("strength %1").replace("%1", f"{self._strength:.2f}")
        return text + "  ·  " + tr("defeated") if self._defeated else text

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
        pad = self._theme.padding
        h = self._text.height if self._text else 0.0
        return QRectF(pad, self._header_h + HEADER_GAP, self._w - 2 * pad, h)

    def wrap_width(self) -> float:
        return self._theme.wrap_width + (CLAIM_WRAP_EXTRA if self._statement.kind == Kind.CLAIM else 0.0)

    def tooltip_text(self) -> str:
        s = self._statement
        text = f"{self._theme.kinds[s.kind].label.title()}: {s.text}" + (f"\n\n{s.notes}" if s.notes else "")
        if self._evaluation and self._strength is not None:
            text += "\n\n" + tr("Strength %1 of 1 (DF-QuAD).").replace("%1", f"{self._strength:.2f}")
            if self._defeated:
                text += " " + tr("Defeated: an objection to it stands unanswered (grounded labelling).")
        return text

    def footer_text(self) -> str:
        s = self._statement
        parts: list[str] = []
        if self._hidden_count:
            parts.append(tr("+%n hidden", None, self._hidden_count))
        if s.notes.strip():
            parts.append(tr("¶ note"))
        if s.sources:
            parts.append(tr("1 source") if len(s.sources) == 1 else tr("%n sources", None, len(s.sources)))
        if s.score != DEFAULT_SCORE:
            parts.append(tr("score %1").replace("%1", f"{s.score:.2g}"))
        parts.extend("#" + t for t in s.tags)
        return "  ·  ".join(parts)

    def _measure(self) -> None:
        theme = self._theme
        s = self._statement
        pad = theme.padding
        self._text_m = measurer_for(theme.text_font(s.kind))
        self._label_m = label = measurer_for(theme.label_font())
        self._badge_m = measurer_for(theme.badge_font())
        text = self._text_m.wrap(s.text, self.wrap_width())
        footer_str = self.footer_text()
        footer = self._badge_m.wrap(footer_str, self.wrap_width()) if footer_str else None
        label_w = label.width(theme.kinds[s.kind].label)
        width = max(MIN_WIDTH, text.width + 2 * pad + 2, label_w + 2 * pad + 2, (footer.width + 2 * pad + 2) if footer else 0)
        if self._evaluation:  # room for the longest row, so a new value never resizes the box
            widest = tr("strength %1").replace("%1", "0.00") + "  ·  " + tr("defeated")
            width = max(width, 2 * pad + EVAL_BAR_W + 9 + self._badge_m.width(widest))
        header_h = round(label.line_height + 7)
        eval_h = EVAL_ROW_H if self._evaluation else 0.0
        height = header_h + HEADER_GAP + text.height + (footer.height + 5 if footer else 0) + eval_h + pad
        self.prepareGeometryChange()
        self._text, self._footer, self._header_h = text, footer, header_h
        self._w, self._h = float(round(width)), float(round(height))
        style = theme.kinds[s.kind]
        self._outline, self._band = box_paths(self._w, self._h, style.radius, header_h)
        self._kit = paint_kit(theme, s.kind)
        label_y = (header_h - label.line_height) / 2 + label.ascent
        self._label_run = (QPointF(pad, label_y), style.label)
        y = header_h + HEADER_GAP + text.ascent
        self._text_runs = [(QPointF(pad, y + k * text.line_height), line) for k, line in enumerate(text.lines) if line]
        y = header_h + HEADER_GAP + text.height + 5 + (footer.ascent if footer else 0.0)
        self._footer_runs = [(QPointF(pad, y + k * footer.line_height), line) for k, line in enumerate(footer.lines)] if footer else []
        self._eval_top = header_h + HEADER_GAP + text.height + (footer.height + 5 if footer else 0) + 4
        self._bounds = QRectF(-MARGIN, -MARGIN, self._w + 2 * MARGIN, self._h + 2 * MARGIN)

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
        theme = self._theme
        style = theme.kinds[self._statement.kind]
        deco = self._decorations()
        rect = self.box_rect()
        r = style.radius
        lod = option.levelOfDetailFromTransform(painter.worldTransform()) if deco else 1.0
        if lod < 0.12:  # a whole big map on screen: a coloured block per statement is all one can see
            painter.fillRect(rect, theme.selection if self.isSelected() else (theme.highlight if self._highlighted else style.accent))
            return
        if self._hidden_count:  # a stacked card behind: "there is more under here"
            painter.setPen(QPen(style.accent, 1.2))
            painter.setBrush(style.fill)
            painter.drawRoundedRect(rect.translated(5, 5), r, r)
        if deco and self._highlighted:
            painter.setPen(QPen(theme.highlight, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), r + 3, r + 3)

        faded = self._evaluation and self._defeated
        if faded:
            painter.setOpacity(DEFEATED_OPACITY)
        # body with its border, then the header band in the border's colour over the top edge
        kit = self._kit
        painter.setPen(kit.border)
        painter.setBrush(kit.fill)
        painter.drawPath(self._outline)
        painter.setPen(_NO_PEN)
        painter.setBrush(kit.accent)
        painter.drawPath(self._band)

        if lod < 0.35:  # zoomed far out on screen: text would be unreadable specks
            if faded:
                painter.setOpacity(1.0)
            return self._paint_selection(painter, theme, r) if deco else None

        if faded:  # the words stay readable on a projector; only the box recedes
            painter.setOpacity(DEFEATED_TEXT_OPACITY)
        draw = painter.drawText
        painter.setFont(self._label_m.font)
        painter.setPen(kit.header_text)
        draw(*self._label_run)
        painter.setFont(self._text_m.font)
        painter.setPen(kit.text)
        for pos, line in self._text_runs:
            draw(pos, line)
        if self._footer_runs:
            painter.setFont(self._badge_m.font)
            painter.setPen(kit.muted)
            for pos, line in self._footer_runs:
                draw(pos, line)
        if self._evaluation:
            self._paint_evaluation(painter, kit)
        if faded:
            painter.setOpacity(1.0)

        if deco:
            self._paint_selection(painter, theme, r)

    def _paint_evaluation(self, painter: QPainter, kit: PaintKit) -> None:
        """A thin bar as long as the strength, then the number (and "defeated") in words."""
        if self._strength is None:
            return
        pad = self._theme.padding
        top = self._eval_top
        bar = QRectF(pad, top + 5.5, EVAL_BAR_W, 5.0)
        painter.setPen(QPen(kit.muted.color(), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 2.0, 2.0)
        if self._strength > 0:
            painter.setPen(_NO_PEN)
            painter.setBrush(kit.accent)
            painter.drawRoundedRect(QRectF(bar.x(), bar.y(), max(2.0, EVAL_BAR_W * self._strength), bar.height()), 2.0, 2.0)
        painter.setFont(self._badge_m.font)
        painter.setPen(kit.text)
        painter.drawText(QPointF(pad + EVAL_BAR_W + 7, top + 4 + self._badge_m.ascent), self.evaluation_text())

    def _paint_selection(self, painter: QPainter, theme: Theme, r: float) -> None:
        if self.isSelected():
            painter.setPen(QPen(theme.selection, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.box_rect().adjusted(-3.5, -3.5, 3.5, 3.5), r + 2, r + 2)
        elif self._hover:
            hover = QColor(theme.selection)
            hover.setAlpha(110)
            painter.setPen(QPen(hover, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.box_rect().adjusted(-3, -3, 3, 3), r + 2, r + 2)
        if self._handle_visible():
            painter.setPen(QPen(theme.background, 1.5))
            painter.setBrush(QBrush(theme.handle))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

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
            scene._begin_connect(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene._begin_drag()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if self._connecting and scene is not None:
            scene._update_connect(event.scenePos())
            return
        super().mouseMoveEvent(event)  # moves every selected box
        if scene is not None:
            scene._boxes_dragged()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if self._connecting:
            self._connecting = False
            self.update()
            if scene is not None:
                scene._end_connect(self, event.scenePos())
            return
        super().mouseReleaseEvent(event)
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene._end_drag()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.editRequested.emit(self.statement_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
