"""A statement's box: a kind header, wrapped text, badges and the strength row.

:class:`BoxPainting` measures a statement once and paints it onto any painter: the
canvas item, the PNG and PDF exporters (a QPainter) and the SVG exporter (an
:class:`~argmap.drawing.svg_painter.SvgPainter`) all draw a box with this one class,
so an exported diagram looks like the editor. Selection marks and the connector handle
are the canvas item's business, not drawn here.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from argmap.drawing.geometry import SvgPath
from argmap.drawing.text_wrap import PDF, RLE, TextMeasurer, WrappedText, is_right_to_left, line_pieces, measurer_for
from argmap.drawing.theme import KindStyle, Theme, tr
from argmap.evaluation.verdict import Status, row_text
from argmap.model import DEFAULT_SCORE, ArgumentMap, Kind, Statement

HEADER_GAP = 6.0
MIN_WIDTH = 130.0
CLAIM_WRAP_EXTRA = 40.0
EVAL_ROW_H = 17.0  # the strength row: a bar and "0.67 · stands"; same height whatever the value
EVAL_BAR_W = 52.0
DEFEATED_OPACITY = 0.5  # a refuted box is faded (and says "refuted": not by colour alone) ...
DEFEATED_TEXT_OPACITY = 0.85  # ... but its text stays readable
STACK_OFFSET = 5.0  # the card drawn behind a collapsed box
SIDE_GAP = 12.0  # between the kind label and the side word on the header band
TITLE_GAP = 3.0  # between a statement's title and its text


def side_word(side: str) -> str:
    """The word on the header band that says which side of the main claim a statement argues (not colour alone)."""
    return {"for": tr("FOR"), "against": tr("AGAINST"), "both": tr("BOTH SIDES")}.get(side, side.upper())

#: The far-out look of a box on screen (a "glance"): its kind and its first words in fonts of a
#: fixed size in *screen* pixels, whatever the zoom, so a whole map on a projector still reads.
#: Screen only: exports always draw the full box.
GLANCE_LABEL_PX = 9
GLANCE_TEXT_PX = 11
GLANCE_PAD = 3.0  # screen pixels between the box's edge and the words


#: How far a corner's Bézier control points sit from its ends, per unit of radius (Qt's own constant).
_KAPPA = 0.5522847498


@functools.lru_cache(maxsize=4096)
def box_paths(w: float, h: float, r: float, header_h: float) -> tuple[SvgPath, SvgPath]:
    """The box outline and its header band (rounded on top only); shared by boxes of one size.

    Each also carries its SVG path data, written from the same numbers as the curves Qt
    makes for it (start point and direction included, so dashes fall alike), which spares
    the SVG painter walking hundreds of distinct outlines element by element.
    """
    outline = SvgPath()
    outline.addRoundedRect(QRectF(0, 0, w, h), r, r)
    band = SvgPath()
    band.moveTo(0, header_h)
    band.lineTo(0, r)
    band.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90)
    band.lineTo(w - r, 0)
    band.arcTo(QRectF(w - 2 * r, 0, 2 * r, 2 * r), 90, -90)
    band.lineTo(w, header_h)
    band.closeSubpath()
    if r > 0:
        c, far_x, far_y = r - r * _KAPPA, w - r + r * _KAPPA, h - r + r * _KAPPA
        top = f"L0.0 {r:.1f}C0.0 {c:.1f} {c:.1f} 0.0 {r:.1f} 0.0L{w - r:.1f} 0.0C{far_x:.1f} 0.0 {w:.1f} {c:.1f} {w:.1f} {r:.1f}"
        outline.svg = (
            f"M{top[1:]}L{w:.1f} {h - r:.1f}C{w:.1f} {far_y:.1f} {far_x:.1f} {h:.1f} {w - r:.1f} {h:.1f}"
            f"L{r:.1f} {h:.1f}C{c:.1f} {h:.1f} 0.0 {far_y:.1f} 0.0 {h - r:.1f}Z"
        )
        band.svg = f"M0.0 {header_h:.1f}{top}L{w:.1f} {header_h:.1f}Z"
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
        self.stack = QPen(style.accent, 1.2)
        self.underlay = QBrush(theme.background)
        self.bar_outline = QPen(theme.muted, 1.0)


_KITS: dict[tuple[int, Kind], tuple[Theme, PaintKit]] = {}
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


def paint_kit(theme: Theme, kind: Kind) -> PaintKit:
    known = _KITS.get((id(theme), kind))
    if known is None or known[0] is not theme:
        known = _KITS[(id(theme), kind)] = (theme, PaintKit(theme, theme.kinds[kind]))
    return known[1]


def wrap_width(theme: Theme, kind: Kind) -> float:
    """How wide a statement's text may run before it wraps (claims get a little more room)."""
    return theme.wrap_width + (CLAIM_WRAP_EXTRA if kind == Kind.CLAIM else 0.0)


def footer_text(statement: Statement, hidden_count: int = 0) -> str:
    """The badges under the text: hidden count, note, sources, base score (when set), tags."""
    parts: list[str] = []
    if hidden_count:
        parts.append(tr("+%n hidden", None, hidden_count))
    if statement.notes.strip():
        parts.append(tr("¶ note"))
    if statement.sources:
        parts.append(tr("1 source") if len(statement.sources) == 1 else tr("%n sources", None, len(statement.sources)))
    if statement.score != DEFAULT_SCORE:
        parts.append(tr("base %1").replace("%1", f"{statement.score:.2f}"))
    parts.extend("#" + t for t in statement.tags)
    return "  ·  ".join(parts)


def card_text(amap: ArgumentMap, statement: Statement) -> str:
    """The compact evidence card under a quoting statement's text: "“quote…” — Author (date), Title".

    The quote is shown only when the statement's text says something other than the quoted words.
    """
    quote = statement.quote
    if quote is None:
        return ""
    source = amap.source(quote.source)
    cited = "— " + (source.citation() if source is not None else tr("an unknown source"))
    words = " ".join(quote.text.split())
    if words == " ".join(statement.text.split()):
        return cited
    shown = words if len(words) <= 90 else words[:89].rsplit(" ", 1)[0] + "…"
    return f"“{shown}” {cited}"


def status_word(status: Status | None) -> str:
    """The verdict in the words every view uses (``WORDS`` in evaluation/verdict.py), translated.

    One literal ``tr`` per word, so that the translation tools find them (a test checks that
    the English here is ``WORDS``'s).
    """
    match status:
        case Status.STANDS:
            return tr("stands")
        case Status.WEAKENED:
            return tr("weakened")
        case Status.REFUTED:
            return tr("refuted")
        case Status.UNANSWERED:
            return tr("unanswered")
        case Status.NOT_ASSESSED:
            return tr("not yet assessed")
        case Status.WEAK:
            return tr("weak")
        case Status.UNSETTLED:
            return tr("unsettled")
    return ""


def status_meaning(status: Status) -> str:
    """What the verdict means, in one sentence (``MEANINGS`` in evaluation/verdict.py), translated."""
    match status:
        case Status.STANDS:
            return tr("Its replies leave it at least as strong as its base score.")
        case Status.WEAKENED:
            return tr("Its replies take at least 0.05 off its base score.")
        case Status.REFUTED:
            return tr("Its replies leave it at 0.2 or less, at most half its base score.")
        case Status.UNANSWERED:
            return tr("It attacks a statement and nothing answers it yet.")
        case Status.NOT_ASSESSED:
            return tr("Nothing replies to it and it still has the default base score 0.5: set its base score.")
        case Status.WEAK:
            return tr("Nothing brought it down, but its own base score is low.")
        case Status.UNSETTLED:
            return tr("It is in a cycle of reasons whose strengths did not settle: the number is not reliable.")
    return ""


def evaluation_text(strength: float | None, status: Status | None) -> str:
    """What the strength row says: the strength the bar shows and the verdict read off it, e.g. "0.67 · stands".

    An unsettled value (a cycle that did not settle) gets "≈": the number is not reliable.
    """
    if strength is None:
        return ""
    return row_text(strength, status, status_word(status) if status is not None else None)


def verdict_sentence(strength: float, status: Status | None, base: float) -> str:
    """The tooltip's account of the strength row: the number, the verdict and what it means, the base score."""
    text = tr("Strength %1 of 1: %2.").replace("%1", f"{strength:.2f}").replace("%2", status_word(status))
    if status is not None:
        text += " " + status_meaning(status)
    return text + "\n" + tr("Base score %1: how strong it is on its own, before its replies.").replace("%1", f"{base:.2f}")


class KindLook:
    """Fonts, pens and fixed measures of one kind of box in one theme, worked out once per kind."""

    def __init__(self, theme: Theme, kind: Kind) -> None:
        self.style = style = theme.kinds[kind]
        self.kit = paint_kit(theme, kind)
        self.text = measurer_for(theme.text_font(kind))
        self.title = measurer_for(theme.title_font())
        self.label = label = measurer_for(theme.label_font())
        self.badge = badge = measurer_for(theme.badge_font())
        self.pad = pad = theme.padding
        self.wrap_width = wrap_width(theme, kind)
        self.header_h = header_h = round(label.line_height + 7)
        self.label_run = (QPointF(pad, (header_h - label.line_height) / 2 + label.ascent), style.label)
        self.min_width = max(MIN_WIDTH, label.width(style.label) + 2 * pad + 2)
        # room for the longest strength row, so a new value never resizes the box
        widest_row = max(badge.width(evaluation_text(0.0, status)) for status in Status)
        self.min_width_evaluated = max(self.min_width, 2 * pad + EVAL_BAR_W + 9 + widest_row)
        self.eval_row_h = max(EVAL_ROW_H, round(badge.line_height + 5))  # a larger font size needs a taller row
        # the far-out look, in screen pixels
        self.glance_label = measurer_for(theme.screen_font(GLANCE_LABEL_PX, bold=True))
        self.glance_text = measurer_for(theme.screen_font(GLANCE_TEXT_PX, bold=kind == Kind.CLAIM))


@dataclass(frozen=True, slots=True)
class Glance:
    """What a box shows far out, laid out in screen pixels for a box of ``size`` on screen."""

    size: tuple[int, int]  # the box on screen, whole pixels
    band_h: float  # the header band's height on screen
    label: str  # the kind, shortened with "…" to fit ("" when only words fit)
    lines: tuple[str, ...]  # the first words, the last line shortened with "…" when more follows
    rtl: bool = False  # right-to-left words (Arabic, Hebrew): right-aligned, as at full detail


_LOOKS: dict[tuple[int, Kind], tuple[Theme, KindLook]] = {}


def kind_look(theme: Theme, kind: Kind) -> KindLook:
    known = _LOOKS.get((id(theme), kind))
    if known is None or known[0] is not theme:
        known = _LOOKS[(id(theme), kind)] = (theme, KindLook(theme, kind))
    return known[1]


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


def glance_runs(glance: Glance, box: QRectF, measurer: TextMeasurer) -> list[tuple[float, float, str]]:
    """Where each line of a glance's words is drawn on screen: (x, baseline y, text).

    Right-to-left words end at the box's right edge (less the padding) inside a right-to-left
    embedding, as :func:`text_runs` places them at full detail; the others start at the left.
    """
    y = box.top() + glance.band_h + measurer.ascent
    step = measurer.line_height
    if not glance.rtl:
        return [(box.left() + GLANCE_PAD, y + k * step, line) for k, line in enumerate(glance.lines)]
    right = box.right() - GLANCE_PAD
    return [(right - measurer.width(line), y + k * step, RLE + line + PDF) for k, line in enumerate(glance.lines)]


def _first_lines(measurer: TextMeasurer, text: str, width: float, rows: int) -> tuple[str, ...]:
    """The first ``rows`` lines of ``text`` wrapped at ``width``; "…" ends the last when more follows.

    Lines break where the Unicode rules allow (as in the box); a piece too long for a line is
    shortened with "…" rather than broken across lines.
    """
    text = " ".join(text.split())
    pieces = line_pieces(text) if text else []
    elide = measurer.metrics.elidedText
    right = Qt.TextElideMode.ElideRight
    measure = measurer.width
    lines: list[str] = []
    i = 0
    while i < len(pieces) and len(lines) < rows:
        line = pieces[i]
        used = measure(line)  # with its trailing space: the next piece goes after it
        i += 1
        if measure(line.rstrip(" ")) > width:
            line = elide(line.rstrip(" "), right, width)
        else:
            while i < len(pieces) and used + measure(pieces[i].rstrip(" ")) <= width:
                used += measure(pieces[i])
                line += pieces[i]
                i += 1
        lines.append(line.rstrip(" "))
    if i < len(pieces) and lines:
        lines[-1] = elide(lines[-1] + " " * (pieces[i - 1][-1:] == " ") + pieces[i], right, width)  # never fits whole
    return tuple(lines)


class BoxPainting:
    """One statement measured for one theme; :meth:`paint` draws it with its top-left corner at (0, 0)."""

    __slots__ = (
        "_card_runs",
        "_footer_runs",
        "_text_runs",
        "_title_runs",
        "band",
        "card",
        "card_source",
        "eval_top",
        "evaluation",
        "footer",
        "glance_cache",
        "h",
        "hidden_count",
        "look",
        "outline",
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
        title = self.title = look.title.wrap(statement.title, limit) if statement.title else None
        footer_str = footer_text(statement, hidden_count)
        footer = self.footer = look.badge.wrap(footer_str, limit) if footer_str else None
        # an evidence card's citation (and the quote, when the text says something else), under the text
        self.card_source = card
        cited = self.card = look.badge.wrap(card, limit) if card else None
        card_h = cited.height + 4 if cited else 0.0
        widest = max(text.width, footer.width if footer else 0.0, title.width if title else 0.0, cited.width if cited else 0.0)
        width = max(look.min_width_evaluated if evaluation else look.min_width, widest + 2 * pad + 2)
        self.side_run: tuple[float, float, str] | None = None
        if side is not None:  # the side word at the right end of the header band, the kind label at the left
            word = side_word(side)
            word_w = look.label.width(word)
            width = max(width, look.label_run[0].x() + look.label.width(look.style.label) + SIDE_GAP + word_w + pad + 1)
            self.side_run = (round(width) - pad - word_w, look.label_run[0].y(), word)
        footer_h = footer.height + 5 if footer else 0.0
        title_top = header_h + HEADER_GAP
        top = self.text_top = title_top + (title.height + TITLE_GAP if title else 0.0)
        height = top + text.height + card_h + footer_h + (look.eval_row_h if evaluation else 0.0) + pad
        self.w, self.h = w, h = float(round(width)), float(round(height))
        self.outline, self.band = box_paths(w, h, look.style.radius, header_h)
        # Where each line is drawn: worked out when the box is first painted (a large map opens with most boxes
        # never on screen; their lines would be tens of thousands of tuples made for nothing).
        self._title_runs: list[tuple[float, float, str]] | None = None
        self._text_runs: list[tuple[float, float, str]] | None = None
        self._card_runs: list[tuple[float, float, str]] | None = None
        self._footer_runs: list[tuple[float, float, str]] | None = None
        self.eval_top = top + text.height + card_h + footer_h + 4
        self.glance_cache: Glance | None = None

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
    def glance(self, scale: float) -> Glance | None:
        """The far-out look at ``scale`` screen pixels per unit, or None when not even one line of words fits.

        Two or more lines fit: the kind on a header band, then as many first words as fit.
        One line fits: the first words only (colour and border still tell the kind).
        """
        size = (round(self.w * scale), round(self.h * scale))
        known = self.glance_cache
        if known is not None and known.size == size:
            return known
        look = self.look
        label_m, text_m = look.glance_label, look.glance_text
        width = size[0] - 2 * GLANCE_PAD
        band_h = math.ceil(label_m.line_height) + 2.0
        rows = int((size[1] - band_h - GLANCE_PAD) // text_m.line_height)
        with_label = rows >= 1
        if not with_label:  # the header band as drawn at full detail, only thinner, and words under it
            band_h = max(1.5, look.header_h * scale)
            rows = int((size[1] - band_h - GLANCE_PAD) // text_m.line_height)
        if rows < 1 or width < 2 * text_m.width("M"):
            return None
        shown = _first_lines(text_m, self.statement.title or self.statement.text, width, rows)  # far out, the tag line says most
        # with View > Sides the side comes first: far out it matters more, and colour and border still tell the kind
        full = look.style.label if self.side is None else f"{side_word(self.side)} · {look.style.label}"
        label = label_m.metrics.elidedText(full, Qt.TextElideMode.ElideRight, width) if with_label else ""
        rtl = bool(shown) and is_right_to_left(shown[0])
        self.glance_cache = glance = Glance(size, band_h, label, tuple(shown), rtl)
        return glance

    def paint_glance(self, painter: QPainter, glance: Glance) -> None:
        """Draw ``glance`` where the box is: shapes in the box's place, text in screen pixels."""
        look, kit = self.look, self.look.kit
        style = look.style
        scale = painter.worldTransform().m11()
        box = painter.worldTransform().mapRect(QRectF(0.0, 0.0, self.w, self.h))
        faded = self.evaluation and self.defeated
        painter.save()
        painter.resetTransform()
        r = style.radius * scale
        opacity = DEFEATED_OPACITY if faded else 1.0
        if self.hidden_count:
            off = STACK_OFFSET * scale
            painter.setOpacity(opacity)
            painter.setPen(QPen(style.accent, 1.0))
            painter.setBrush(kit.fill)
            painter.drawRoundedRect(box.translated(off, off), r, r)
        if faded:
            painter.setOpacity(1.0)
            painter.setPen(_NO_PEN)
            painter.setBrush(kit.underlay)
            painter.drawRoundedRect(box, r, r)
        painter.setOpacity(opacity)
        border = QPen(style.accent, max(1.0, style.border_width * scale), style.border_style)
        border.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(border)
        painter.setBrush(kit.fill)
        painter.drawRoundedRect(box, r, r)
        band_h = glance.band_h
        painter.save()
        # within the clip the painter has (a frame that repaints part of the canvas): the band is drawn once
        painter.setClipRect(QRectF(box.left(), box.top(), box.width(), band_h), Qt.ClipOperation.IntersectClip)
        painter.setPen(_NO_PEN)
        painter.setBrush(kit.accent)
        painter.drawRoundedRect(box, r, r)
        painter.restore()
        if faded:
            painter.setOpacity(DEFEATED_TEXT_OPACITY)
        x = box.left() + GLANCE_PAD
        if glance.label:
            label_m = look.glance_label
            painter.setFont(label_m.font)
            painter.setPen(kit.header_text)
            painter.drawText(QPointF(x, box.top() + (band_h - label_m.line_height) / 2 + label_m.ascent), glance.label)
        text_m = look.glance_text
        painter.setFont(text_m.font)
        painter.setPen(kit.text)
        for run_x, run_y, line in glance_runs(glance, box, text_m):
            painter.drawText(QPointF(run_x, run_y), line)
        painter.restore()
