"""How a kind of box looks in a theme: its outline and header band, pens and brushes, fonts and fixed measures.

Worked out once per kind and theme (and per size, for the outlines) and shared by every box of that kind.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPen

from argmap.drawing.box_text import evaluation_text
from argmap.drawing.geometry import SvgPath
from argmap.drawing.text_wrap import measurer_for
from argmap.drawing.theme import KindStyle, Theme
from argmap.evaluation.verdict import Status
from argmap.model import Kind

HEADER_GAP = 6.0
MIN_WIDTH = 130.0
CLAIM_WRAP_EXTRA = 40.0
EVAL_ROW_H = 17.0  # the strength row: a bar and "0.67 · stands"; same height whatever the value
EVAL_BAR_W = 52.0
DEFEATED_OPACITY = 0.5  # a refuted box is faded (and says "refuted": not by colour alone) ...
DEFEATED_TEXT_OPACITY = 0.85  # ... but its text stays readable
STACK_OFFSET = 5.0  # the card drawn behind a collapsed box
#: The far-out look of a box on screen (a "glance"): its kind and its first words in fonts of a
#: fixed size in *screen* pixels, whatever the zoom, so a whole map on a projector still reads.
#: Screen only: exports always draw the full box (:mod:`argmap.drawing.glance`).
GLANCE_LABEL_PX = 9
GLANCE_TEXT_PX = 11

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


def paint_kit(theme: Theme, kind: Kind) -> PaintKit:
    known = _KITS.get((id(theme), kind))
    if known is None or known[0] is not theme:
        known = _KITS[(id(theme), kind)] = (theme, PaintKit(theme, theme.kinds[kind]))
    return known[1]


def wrap_width(theme: Theme, kind: Kind) -> float:
    """How wide a statement's text may run before it wraps (claims get a little more room)."""
    return theme.wrap_width + (CLAIM_WRAP_EXTRA if kind == Kind.CLAIM else 0.0)


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
        self.text_top = header_h + HEADER_GAP  # where a box's text starts when it has no title (one number for them all)
        self.label_run = (QPointF(pad, (header_h - label.line_height) / 2 + label.ascent), style.label)
        self.min_width = max(MIN_WIDTH, label.width(style.label) + 2 * pad + 2)
        # room for the longest strength row, so a new value never resizes the box
        widest_row = max(badge.width(evaluation_text(0.0, status)) for status in Status)
        self.min_width_evaluated = max(self.min_width, 2 * pad + EVAL_BAR_W + 9 + widest_row)
        self.eval_row_h = max(EVAL_ROW_H, round(badge.line_height + 5))  # a larger font size needs a taller row
        # the far-out look, in screen pixels
        self.glance_label = measurer_for(theme.screen_font(GLANCE_LABEL_PX, bold=True))
        self.glance_text = measurer_for(theme.screen_font(GLANCE_TEXT_PX, bold=kind == Kind.CLAIM))


_LOOKS: dict[tuple[int, Kind], tuple[Theme, KindLook]] = {}


def kind_look(theme: Theme, kind: Kind) -> KindLook:
    known = _LOOKS.get((id(theme), kind))
    if known is None or known[0] is not theme:
        known = _LOOKS[(id(theme), kind)] = (theme, KindLook(theme, kind))
    return known[1]
