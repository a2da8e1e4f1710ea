"""A statement's box: a kind header, wrapped text, badges and the strength row.

:class:`BoxPainting` measures a statement once and paints it onto any painter: the
canvas item, the PNG and PDF exporters (a QPainter) and the SVG exporter (an
:class:`~argmap.drawing.svg_painter.SvgPainter`) all draw a box with this one class,
so an exported diagram looks like the editor. Selection marks and the connector handle
are the canvas item's business, not drawn here. How each kind looks is in
:mod:`argmap.drawing.box_look`, the words besides the text in :mod:`argmap.drawing.box_text`,
the far-out look on screen in :mod:`argmap.drawing.glance`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from argmap.drawing.box_look import (
    CLAIM_WRAP_EXTRA,
    DEFEATED_OPACITY,
    DEFEATED_TEXT_OPACITY,
    EVAL_BAR_W,
    EVAL_ROW_H,
    GLANCE_LABEL_PX,
    GLANCE_TEXT_PX,
    HEADER_GAP,
    MIN_WIDTH,
    STACK_OFFSET,
    KindLook,
    PaintKit,
    box_paths,
    kind_look,
    paint_kit,
    wrap_width,
)
from argmap.drawing.box_text import (
    card_text,
    evaluation_text,
    footer_text,
    side_word,
    status_meaning,
    status_word,
    verdict_sentence,
)
from argmap.drawing.geometry import SvgPath
from argmap.drawing.glance import GLANCE_PAD, Glance, glance_of, glance_runs, paint_glance
from argmap.drawing.text_wrap import PDF, RLE, TextMeasurer, WrappedText
from argmap.drawing.theme import Theme
from argmap.evaluation.verdict import Status
from argmap.model import DEFAULT_SCORE, Statement

#: What other modules import from here (the box's parts now live in box_look, box_text and glance).
__all__ = [
    "CLAIM_WRAP_EXTRA", "DEFEATED_OPACITY", "DEFEATED_TEXT_OPACITY", "EVAL_BAR_W", "EVAL_ROW_H", "GLANCE_LABEL_PX",
    "GLANCE_PAD", "GLANCE_TEXT_PX", "HEADER_GAP", "MIN_WIDTH", "STACK_OFFSET", "BoxPainting", "Glance", "KindLook",
    "PaintKit", "box_paths", "card_text", "evaluation_text", "footer_text", "glance_runs", "kind_look", "paint_kit",
    "side_word", "status_meaning", "status_word", "text_runs", "verdict_sentence", "wrap_width",
]

SIDE_GAP = 12.0  # between the kind label and the side word on the header band
TITLE_GAP = 3.0  # between a statement's title and its text
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


def _draw_text_at(painter):
    """``drawText`` at a point given as two numbers, for a QPainter (the SVG painter has its own)."""

    def draw(x: float, y: float, text: str) -> None:
        painter.drawText(QPointF(x, y), text)

    return draw


def text_runs(wrapped: WrappedText, left: float, right: float, baseline: float) -> list[tuple[float, float, str]]:
    """Where each line of ``wrapped`` is drawn: (x, baseline y, text), as plain numbers.

    Plain numbers, not QPointFs: the SVG painter takes them as they are (30,000 lines in a big
    export). A right-to-left line ends at ``right`` and is wrapped in a right-to-left embedding,
    so QPainter and every SVG renderer order its words alike whatever their default direction.
    """
    step = wrapped.line_height
    if not wrapped.rtl:
        return [(left, baseline + k * step, line) for k, line in enumerate(wrapped.lines) if line]
    return [
        (right - width, baseline + k * step, RLE + line + PDF) if rtl else (left, baseline + k * step, line)
        for k, (line, width, rtl) in enumerate(zip(wrapped.lines, wrapped.line_widths, wrapped.rtl, strict=True))
        if line
    ]


class BoxPainting:
    """One statement measured for one theme; :meth:`paint` draws it with its top-left corner at (0, 0)."""

    __slots__ = (
        "_card_runs",
        "_footer_runs",
        "_paths",
        "_text_runs",
        "_title_runs",
        "card",
        "card_source",
        "eval_top",
        "evaluation",
        "footer",
        "glance_cache",
        "h",
        "hidden_count",
        "look",
        "side",
        "side_run",
        "statement",
        "status",
        "strength",
        "text",
        "text_top",
        "theme",
        "title",
        "w",
    )

    def __init__(
        self, statement: Statement, theme: Theme, *, evaluation: bool = False, hidden_count: int = 0, side: str | None = None,
        card: str = "",
    ) -> None:
        self.statement = statement
        self.side = side  # "for", "against", "both" (View > Sides) or None: not shown
        self.theme = theme
        self.evaluation = evaluation  # the strength row is shown
        self.hidden_count = hidden_count
        self.strength: float | None = None
        self.status: Status | None = None
        look = self.look = kind_look(theme, statement.kind)
        pad, limit, header_h = look.pad, look.wrap_width, look.header_h
        text = self.text = look.text.wrap(statement.text, limit)
        self._paths: tuple[SvgPath, SvgPath] | None = None
        # Where each line is drawn: worked out when the box is first painted (a large map opens with most boxes
        # never on screen; their lines would be tens of thousands of tuples made for nothing).
        self._title_runs: list[tuple[float, float, str]] | None = None
        self._text_runs: list[tuple[float, float, str]] | None = None
        self._card_runs: list[tuple[float, float, str]] | None = None
        self._footer_runs: list[tuple[float, float, str]] | None = None
        self.glance_cache: Glance | None = None
        self.card_source = card
        self.side_run: tuple[float, float, str] | None = None
        if not (card or side is not None or hidden_count or statement.title or statement.notes or statement.sources or statement.tags
                or statement.score != DEFAULT_SCORE):
            # the usual box (text alone: half the work of measuring 50,000 statements was the rest below); the same sums
            self.title = self.footer = self.card = None
            count = text.count
            widest = text.width if count < 2 or text.width > limit else limit
            width = widest + 2 * pad + 2
            least = look.min_width_evaluated if evaluation else look.min_width
            top = self.text_top = look.text_top
            text_h = text.line_height * count
            self.w = float(round(width if width > least else least))
            self.h = float(round(top + text_h + (look.eval_row_h if evaluation else 0.0) + pad))
            self.eval_top = top + text_h + 4
            return
        title = self.title = look.title.wrap(statement.title, limit) if statement.title else None
        # most statements have no badges: footer_text (a list and a join) only for those that may
        has_badges = hidden_count or statement.notes or statement.sources or statement.tags or statement.score != DEFAULT_SCORE
        footer_str = footer_text(statement, hidden_count) if has_badges else ""
        footer = self.footer = look.badge.wrap(footer_str, limit) if footer_str else None
        # an evidence card's citation (and the quote, when the text says something else), under the text
        cited = self.card = look.badge.wrap(card, limit) if card else None
        card_h = cited.height + 4 if cited else 0.0
        # a text over several lines takes the whole wrap width: typing in it changes its height only, not its width by
        # a pixel as its longest line changes (which re-packed the boxes beside it and moved a third of a large tree)
        widest = text.width if text.count < 2 else max(text.width, limit)
        if footer is not None or title is not None or cited is not None:
            widest = max(widest, footer.width if footer else 0.0, title.width if title else 0.0, cited.width if cited else 0.0)
        width = max(look.min_width_evaluated if evaluation else look.min_width, widest + 2 * pad + 2)
        if side is not None:  # the side word at the right end of the header band, the kind label at the left
            word = side_word(side)
            word_w = look.label.width(word)
            width = max(width, look.label_run[0].x() + look.label.width(look.style.label) + SIDE_GAP + word_w + pad + 1)
            self.side_run = (round(width) - pad - word_w, look.label_run[0].y(), word)
        footer_h = footer.height + 5 if footer else 0.0
        title_top = header_h + HEADER_GAP
        top = self.text_top = title_top + (title.height + TITLE_GAP if title else 0.0)
        text_h = text.line_height * text.count
        height = top + text_h + card_h + footer_h + (look.eval_row_h if evaluation else 0.0) + pad
        self.w, self.h = float(round(width)), float(round(height))
        # (the outline and header band, shared by boxes of one size, are looked up when first painted, like the lines)
        self.eval_top = top + text_h + card_h + footer_h + 4

    @property
    def outline(self) -> SvgPath:
        """The box's outline, from (0, 0) (shared by boxes of one size)."""
        paths = self._paths
        if paths is None:
            paths = self._paths = box_paths(self.w, self.h, self.look.style.radius, self.look.header_h)
        return paths[0]

    @property
    def band(self) -> SvgPath:
        """The header band, rounded on top only (shared by boxes of one size)."""
        paths = self._paths
        if paths is None:
            paths = self._paths = box_paths(self.w, self.h, self.look.style.radius, self.look.header_h)
        return paths[1]

    def _runs(self) -> None:
        pad, title, text, cited, footer = self.look.pad, self.title, self.text, self.card, self.footer
        right = self.w - pad - 1.0  # where right-to-left lines end (the pixel of slack the wrap left)
        top = self.text_top
        card_h = cited.height + 4 if cited else 0.0
        title_top = self.look.header_h + HEADER_GAP
        self._title_runs = text_runs(title, pad, right, title_top + title.ascent) if title else []
        self._text_runs = text_runs(text, pad, right, top + text.ascent)
        self._card_runs = text_runs(cited, pad, right, top + text.height + 4 + cited.ascent) if cited else []
        self._footer_runs = text_runs(footer, pad, right, top + text.height + card_h + 5 + footer.ascent) if footer else []

    @property
    def title_runs(self) -> list[tuple[float, float, str]]:
        """The title's lines as (x, baseline y, text), in the box's coordinates."""
        if self._title_runs is None:
            self._runs()
        return self._title_runs  # type: ignore[return-value]  # set by _runs

    @property
    def text_runs(self) -> list[tuple[float, float, str]]:
        """The statement's lines as (x, baseline y, text)."""
        if self._text_runs is None:
            self._runs()
        return self._text_runs  # type: ignore[return-value]

    @property
    def card_runs(self) -> list[tuple[float, float, str]]:
        """The evidence card's lines as (x, baseline y, text)."""
        if self._card_runs is None:
            self._runs()
        return self._card_runs  # type: ignore[return-value]

    @property
    def footer_runs(self) -> list[tuple[float, float, str]]:
        """The badges' lines as (x, baseline y, text)."""
        if self._footer_runs is None:
            self._runs()
        return self._footer_runs  # type: ignore[return-value]

    @property
    def radius(self) -> float:
        return self.look.style.radius

    @property
    def kit(self) -> PaintKit:
        return self.look.kit

    @property
    def text_measurer(self) -> TextMeasurer:
        return self.look.text

    @property
    def header_h(self) -> float:
        return self.look.header_h

    def set_evaluation(self, strength: float | None, status: Status | None) -> bool:
        """The statement's strength and verdict; True when changed."""
        if strength is not None:
            strength = round(strength, 4)
        if (strength, status) == (self.strength, self.status):
            return False
        self.strength, self.status = strength, status
        return True

    @property
    def defeated(self) -> bool:
        """Refuted: the box is faded (and says so in words)."""
        return self.status == Status.REFUTED

    def evaluation_text(self) -> str:
        return evaluation_text(self.strength, self.status)

    def text_rect(self) -> QRectF:
        """Where the statement's text is drawn (the inline editor goes here)."""
        pad = self.theme.padding
        return QRectF(pad, self.text_top, self.w - 2 * pad, self.text.height)

    def title_rect(self) -> QRectF:
        """Where the statement's title is drawn, or would be (the title's inline editor goes here)."""
        pad = self.theme.padding
        height = self.title.height if self.title else self.look.title.line_height
        return QRectF(pad, self.header_h + HEADER_GAP, self.w - 2 * pad, height)

    # ---------------------------------------------------------------- painting
    def paint(self, painter, *, text: bool = True) -> None:
        """Draw the box; without ``text`` only the coloured shapes (a far zoom on screen)."""
        kit = self.look.kit
        faded = self.evaluation and self.defeated
        if self.hidden_count:  # a stacked card behind: "there is more under here"
            r = self.radius
            painter.setOpacity(DEFEATED_OPACITY if faded else 1.0)
            painter.setPen(kit.stack)
            painter.setBrush(kit.fill)
            painter.drawRoundedRect(QRectF(STACK_OFFSET, STACK_OFFSET, self.w, self.h), r, r)
        if faded:  # an opaque page-coloured underlay, so the card behind does not show through the faded box
            painter.setOpacity(1.0)
            painter.setPen(_NO_PEN)
            painter.setBrush(kit.underlay)
            painter.drawPath(self.outline)
            painter.setOpacity(DEFEATED_OPACITY)
        # body with its border, then the header band in the border's colour over the top edge
        painter.setPen(kit.border)
        painter.setBrush(kit.fill)
        painter.drawPath(self.outline)
        painter.setPen(_NO_PEN)
        painter.setBrush(kit.accent)
        painter.drawPath(self.band)
        if text:
            if faded:  # the words stay readable on a projector; only the box recedes
                painter.setOpacity(DEFEATED_TEXT_OPACITY)
            self._paint_text(painter, kit)
            if self.evaluation:
                self._paint_evaluation(painter, kit)
        if faded:
            painter.setOpacity(1.0)

    def _paint_text(self, painter, kit: PaintKit) -> None:
        look = self.look
        painter.setFont(look.label.font)
        painter.setPen(kit.header_text)
        painter.drawText(*look.label_run)
        draw = getattr(painter, "drawTextAt", None) or _draw_text_at(painter)
        if self.side_run is not None:
            draw(*self.side_run)
        painter.setPen(kit.text)
        if self.title_runs:
            painter.setFont(look.title.font)
            for x, y, line in self.title_runs:
                draw(x, y, line)
        painter.setFont(look.text.font)
        for x, y, line in self.text_runs:
            draw(x, y, line)
        if self.card_runs:
            painter.setFont(look.badge.font)
            painter.setPen(kit.text)
            for x, y, line in self.card_runs:
                draw(x, y, line)
        if self.footer_runs:
            painter.setFont(look.badge.font)
            painter.setPen(kit.muted)
            for x, y, line in self.footer_runs:
                draw(x, y, line)

    def _paint_evaluation(self, painter, kit: PaintKit) -> None:
        """A thin bar as long as the strength, then the number and the verdict in words."""
        if self.strength is None:
            return
        pad = self.theme.padding
        top = self.eval_top
        bar = QRectF(pad, top + 5.5 + (self.look.eval_row_h - EVAL_ROW_H) / 2, EVAL_BAR_W, 5.0)
        painter.setPen(kit.bar_outline)
        painter.setBrush(_NO_BRUSH)
        painter.drawRoundedRect(bar, 2.0, 2.0)
        if self.strength > 0:
            painter.setPen(_NO_PEN)
            painter.setBrush(kit.accent)
            painter.drawRoundedRect(QRectF(bar.x(), bar.y(), max(2.0, EVAL_BAR_W * self.strength), bar.height()), 2.0, 2.0)
        painter.setFont(self.look.badge.font)
        painter.setPen(kit.text)
        painter.drawText(QPointF(pad + EVAL_BAR_W + 7, top + 4 + self.look.badge.ascent), self.evaluation_text())

    # ---------------------------------------------------------------- far out on screen

    # ---------------------------------------------------------------- far out on screen
    def glance(self, scale: float) -> Glance | None:
        """The far-out look at ``scale`` screen pixels per unit, or None when not even one line of words fits
        (:func:`~argmap.drawing.glance.glance_of`)."""
        return glance_of(self, scale)

    def paint_glance(self, painter: QPainter, glance: Glance) -> None:
        """Draw ``glance`` where the box is: shapes in the box's place, text in screen pixels."""
        paint_glance(self, painter, glance)
