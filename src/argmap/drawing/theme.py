"""Colours, fonts and line styles of the canvas: one dataclass, a light and a dark instance.

Kinds are told apart by a header label and a border style as well as by colour, so a
map still reads in greyscale print and for colour-blind readers. The palette is based
on Okabe and Ito's colour-blind-safe set, darkened for contrast with white text; every
text colour meets WCAG AA on what it is drawn on, and the kinds' colours stay apart
(CIE76 difference of 9 or more) under simulated protanopia, deuteranopia and tritanopia
(tests/drawing/test_theme_accessibility.py). ``high_contrast`` is white on black with
bright accents, every text at 7:1 or more (WCAG AAA).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from argmap.model import Kind, Relation


@functools.lru_cache(maxsize=2048)
def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Canvas strings go through Qt's translation, so translations need no code change.

    Remembered: every box asks for the same few strings, and asking Qt costs more than
    measuring the box. Translators are installed at start-up, before anything is drawn.
    """
    return QCoreApplication.translate("Canvas", text, disambiguation, n)


#: The statement text's size in pixels at 100 %; a theme may take any size in FONT_SIZE_RANGE.
DEFAULT_FONT_SIZE = 14
FONT_SIZE_RANGE = (8, 48)

#: Font families tried in order; the first installed one is used (Qt falls back otherwise).
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]


@dataclass(frozen=True)
class KindStyle:
    """How one kind of statement looks."""

    label: str  # header text, shown in capitals
    accent: QColor  # header band and border
    fill: QColor  # box body
    border_style: Qt.PenStyle = Qt.PenStyle.SolidLine
    border_width: float = 1.5
    radius: float = 8.0  # corner radius; evidence uses square corners (a document)


@dataclass(frozen=True)
class Theme:
    """Everything a scene needs to draw a map; immutable, swap the whole theme to restyle."""

    name: str
    background: QColor
    grid: QColor
    text: QColor
    header_text: QColor  # label text on the coloured header band
    muted: QColor  # badges, hidden counts, scores
    kinds: dict[Kind, KindStyle]
    relation_colors: dict[Relation, QColor]
    selection: QColor
    highlight: QColor  # find results
    handle: QColor  # connector handle
    font_family: str = "DejaVu Sans"
    text_px: int = 14
    label_px: int = 10
    badge_px: int = 10
    wrap_width: float = 240.0
    padding: float = 10.0
    cross_link_alpha: int = 150

    # ---------------------------------------------------------------- fonts
    def _font(self, px: int, *, bold: bool = False, spacing: float = 0.0) -> QFont:
        return _make_font(self.font_family, px, bold, spacing)

    def text_font(self, kind: Kind) -> QFont:
        return self._font(self.text_px + (1 if kind == Kind.CLAIM else 0), bold=kind == Kind.CLAIM)

    def title_font(self) -> QFont:
        """A statement's title (its tag line): bold, a little larger than the text, above it."""
        return self._font(self.text_px + 2, bold=True)

    def label_font(self) -> QFont:
        return self._font(self.label_px, bold=True, spacing=8)

    def badge_font(self) -> QFont:
        return self._font(self.badge_px)

    def screen_font(self, px: int, *, bold: bool = False) -> QFont:
        """A font for text sized in screen pixels (the canvas's far-out view; never exported): hinted, for sharpness."""
        return _make_screen_font(self.font_family, px, bold)

    def relation_color(self, relation: Relation) -> QColor:
        return self.relation_colors[Relation(relation)]

    # ---------------------------------------------------------------- instances
    @staticmethod
    @functools.cache
    def light() -> Theme:
        return Theme(
            name="light",
            background=QColor("#ffffff"),
            grid=QColor("#d8dde6"),
            text=QColor("#1b1f24"),
            header_text=QColor("#ffffff"),
            muted=QColor("#5b6470"),
            kinds={
                Kind.CLAIM: KindStyle(tr("CLAIM"), QColor("#0b4f8a"), QColor("#e6f0fa"), border_width=2.5),
                Kind.SUPPORT: KindStyle(tr("REASON"), QColor("#00704f"), QColor("#e5f4ee")),
                Kind.OBJECTION: KindStyle(tr("OBJECTION"), QColor("#b53d00"), QColor("#fbebe3"), Qt.PenStyle.DashLine),
                # rebuttal darker and evidence plum (was #8a5a00 and violet #5c3d8f): apart from the
                # objection's orange for protanopes and from the claim's blue for deuteranopes
                Kind.REBUTTAL: KindStyle(tr("REBUTTAL"), QColor("#5c3a00"), QColor("#fbf2dc"), Qt.PenStyle.DashDotLine),
                Kind.EVIDENCE: KindStyle(tr("EVIDENCE"), QColor("#6b2d6b"), QColor("#f6eaf6"), radius=1.5),
            },
            relation_colors={Relation.SUPPORT: QColor("#00704f"), Relation.ATTACK: QColor("#c0392b"), Relation.REPHRASE: QColor("#5b6470")},
            selection=QColor("#1e88e5"),
            highlight=QColor("#ffb300"),
            handle=QColor("#1e88e5"),
        )

    @staticmethod
    @functools.cache
    def dark() -> Theme:
        return Theme(
            name="dark",
            background=QColor("#1e2228"),
            grid=QColor("#343a44"),
            text=QColor("#e8ebef"),
            header_text=QColor("#10141a"),
            muted=QColor("#a3acb8"),
            kinds={
                Kind.CLAIM: KindStyle(tr("CLAIM"), QColor("#6cb4f0"), QColor("#1d3147"), border_width=2.5),
                Kind.SUPPORT: KindStyle(tr("REASON"), QColor("#4cc79a"), QColor("#1a3429")),
                Kind.OBJECTION: KindStyle(tr("OBJECTION"), QColor("#f08a5d"), QColor("#3d2219"), Qt.PenStyle.DashLine),
                Kind.REBUTTAL: KindStyle(tr("REBUTTAL"), QColor("#e8b64c"), QColor("#3a2f17"), Qt.PenStyle.DashDotLine),
                # pink-violet (was #b89ae6): apart from the claim's blue for protanopes
                Kind.EVIDENCE: KindStyle(tr("EVIDENCE"), QColor("#e08ad0"), QColor("#3a2236"), radius=1.5),
            },
            relation_colors={Relation.SUPPORT: QColor("#4cc79a"), Relation.ATTACK: QColor("#f0736a"), Relation.REPHRASE: QColor("#a3acb8")},
            selection=QColor("#64b5f6"),
            highlight=QColor("#ffca28"),
            handle=QColor("#64b5f6"),
        )

    @staticmethod
    @functools.cache
    def high_contrast() -> Theme:
        """White text on black, bright accents with black labels, heavier borders: for low vision and projectors."""
        return Theme(
            name="high_contrast",
            background=QColor("#000000"),
            grid=QColor("#4d4d4d"),
            text=QColor("#ffffff"),
            header_text=QColor("#000000"),
            muted=QColor("#e6e6e6"),
            kinds={
                Kind.CLAIM: KindStyle(tr("CLAIM"), QColor("#7cc8ff"), QColor("#000000"), border_width=4.0),
                Kind.SUPPORT: KindStyle(tr("REASON"), QColor("#3ddc84"), QColor("#000000"), border_width=2.5),
                Kind.OBJECTION: KindStyle(tr("OBJECTION"), QColor("#ff8a3d"), QColor("#000000"), Qt.PenStyle.DashLine,
                                          border_width=2.5),
                Kind.REBUTTAL: KindStyle(tr("REBUTTAL"), QColor("#f0e442"), QColor("#000000"), Qt.PenStyle.DashDotLine,
                                         border_width=2.5),
                Kind.EVIDENCE: KindStyle(tr("EVIDENCE"), QColor("#e59acb"), QColor("#000000"), border_width=2.5, radius=1.5),
            },
            relation_colors={Relation.SUPPORT: QColor("#3ddc84"), Relation.ATTACK: QColor("#ff8a3d"), Relation.REPHRASE: QColor("#e6e6e6")},
            selection=QColor("#ffffff"),
            highlight=QColor("#ff00ff"),
            handle=QColor("#ffffff"),
        )

    @staticmethod
    def named(name: str, font_size: int | None = None) -> Theme:
        """``"light"``, ``"dark"`` or ``"high_contrast"``, its statement text ``font_size`` px (None: the default, 14).

        Raises ``ValueError`` for an unknown name or a size outside :data:`FONT_SIZE_RANGE`.
        """
        factories = {"light": Theme.light, "dark": Theme.dark, "high_contrast": Theme.high_contrast}
        try:
            theme = factories[name.lower().replace("-", "_")]()
        except KeyError:
            raise ValueError(f"unknown theme {name!r}: choose light, dark or high_contrast") from None
        return theme if font_size is None else theme.with_font_size(font_size)

    @property
    def font_size(self) -> int:
        """The statement text's size in pixels (claims are one pixel larger)."""
        return self.text_px

    def with_font_size(self, px: int) -> Theme:
        """This theme with statement text of ``px`` pixels; labels and badges grow in proportion.

        The wrap width grows with the square root of the ratio: a box keeps about its shape
        while its text still grows against the map (fewer, larger words per line), which is
        what a larger size is for: a map that reads from the back of a room or on a slide.
        The same theme object comes back for the same size, so the per-theme caches of
        fonts, pens and measured boxes are shared.
        """
        low, high = FONT_SIZE_RANGE
        if not isinstance(px, int) or not low <= px <= high:
            raise ValueError(f"font size {px!r} out of range: choose {low} to {high} pixels")
        if px == self.text_px:
            return self
        base = self
        origin = _BASE_OF.get(id(self))
        if origin is not None and origin[0] is self:  # sized before: size from the original, not a rounded copy
            base = origin[1]
            if px == base.text_px:
                return base
        known = _SIZED.get((id(base), px))
        if known is not None and known[0] is base:
            return known[1]
        ratio = px / base.text_px
        sized = replace(
            base,
            text_px=px,
            label_px=max(7, round(base.label_px * ratio)),
            badge_px=max(7, round(base.badge_px * ratio)),
            wrap_width=float(round(base.wrap_width * ratio**0.5)),
        )
        _SIZED[(id(base), px)] = (base, sized)
        _BASE_OF[id(sized)] = (sized, base)
        return sized

    def with_changes(self, **changes: object) -> Theme:
        return replace(self, **changes)  # type: ignore[arg-type]


#: (id of the base theme, px) -> (base theme, the theme at that size): one object per size.
_SIZED: dict[tuple[int, int], tuple[Theme, Theme]] = {}
#: id of a sized theme -> (that theme, the theme it was sized from)
_BASE_OF: dict[int, tuple[Theme, Theme]] = {}


@functools.cache
def _make_font(family: str, px: int, bold: bool, spacing: float) -> QFont:
    """Fonts are shared (and must not be changed by callers): items ask for them often."""
    font = QFont()
    font.setFamilies([family, *FONT_FAMILIES])
    font.setPixelSize(px)
    font.setBold(bold)
    # Unhinted metrics are the same on screen, in SVG and in PDF, so text fits everywhere.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + spacing)
    return font


@functools.cache
def _make_screen_font(family: str, px: int, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies([family, *FONT_FAMILIES])
    font.setPixelSize(px)
    font.setBold(bold)
    return font


THEME_NAMES = ("light", "dark", "high_contrast")
