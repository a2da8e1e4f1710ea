"""A box far out on screen (a "glance"): its kind and its first words in fonts of a fixed size in screen pixels.

Whatever the zoom, so a whole map on a projector still reads. Screen only: exports always draw the full box
(:class:`~argmap.drawing.box.BoxPainting`, whose ``glance`` and ``paint_glance`` come here).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from argmap.drawing.box_look import DEFEATED_OPACITY, DEFEATED_TEXT_OPACITY, STACK_OFFSET
from argmap.drawing.box_text import side_word
from argmap.drawing.text_wrap import PDF, RLE, TextMeasurer, is_right_to_left, line_pieces

if TYPE_CHECKING:
    from argmap.drawing.box import BoxPainting

GLANCE_PAD = 3.0  # screen pixels between the box's edge and the words
#: A box less tall than this on screen has no glance: the thinnest header band (1.5 px), the padding and one line of
#: words (type of GLANCE_TEXT_PX, lines taller than 4 px) need more. Far out, most boxes are told by this alone.
NO_GLANCE_BELOW_PX = 8.0
_NO_PEN = Qt.PenStyle.NoPen


@dataclass(frozen=True, slots=True)
class Glance:
    """What a box shows far out, laid out in screen pixels for a box of ``size`` on screen."""

    size: tuple[int, int]  # the box on screen, whole pixels
    band_h: float  # the header band's height on screen
    label: str  # the kind, shortened with "…" to fit ("" when only words fit)
    lines: tuple[str, ...]  # the first words, the last line shortened with "…" when more follows
    rtl: bool = False  # right-to-left words (Arabic, Hebrew): right-aligned, as at full detail


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
    pieces = _pieces(text)
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


#: At most this many texts' pieces are kept (a view glances at a few hundred boxes; a few MB at most): then made anew.
KEEP_PIECES = 5_000
_PIECES: dict[str, list[str]] = {}


def _pieces(text: str) -> list[str]:
    """``text``'s pieces between the places a line may break (spaces made single), kept: each zoom step far out wraps
    the glances in view at a new width, and cutting the same texts again was most of it."""
    known = _PIECES.get(text)
    if known is None:
        if len(_PIECES) >= KEEP_PIECES:
            _PIECES.clear()
        single = " ".join(text.split())
        known = _PIECES[text] = line_pieces(single) if single else []
    return known


def glance_of(painting: BoxPainting, scale: float) -> Glance | None:
    """A box's far-out look at ``scale`` screen pixels per unit, or None when not even one line of words fits.

    Two or more lines fit: the kind on a header band, then as many first words as fit.
    One line fits: the first words only (colour and border still tell the kind).
    """
    if painting.h * scale < NO_GLANCE_BELOW_PX:
        return None
    size = (round(painting.w * scale), round(painting.h * scale))
    known = painting.glance_cache
    if known is not None and known.size == size:
        return known
    look = painting.look
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
    shown = _first_lines(text_m, painting.statement.title or painting.statement.text, width, rows)  # far out, the tag line says most
    # with View > Sides the side comes first: far out it matters more, and colour and border still tell the kind
    full = look.style.label if painting.side is None else f"{side_word(painting.side)} · {look.style.label}"
    label = label_m.metrics.elidedText(full, Qt.TextElideMode.ElideRight, width) if with_label else ""
    rtl = bool(shown) and is_right_to_left(shown[0])
    painting.glance_cache = glance = Glance(size, band_h, label, tuple(shown), rtl)
    return glance


def paint_glance(painting: BoxPainting, painter: QPainter, glance: Glance) -> None:
    """Draw ``glance`` where the box is: shapes in the box's place, text in screen pixels."""
    look, kit = painting.look, painting.look.kit
    style = look.style
    scale = painter.worldTransform().m11()
    box = painter.worldTransform().mapRect(QRectF(0.0, 0.0, painting.w, painting.h))
    faded = painting.evaluation and painting.defeated
    painter.save()
    painter.resetTransform()
    r = style.radius * scale
    opacity = DEFEATED_OPACITY if faded else 1.0
    if painting.hidden_count:
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
