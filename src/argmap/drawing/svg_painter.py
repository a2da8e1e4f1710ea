"""A painter that writes SVG: the items' own ``paint`` code draws into it, as into a QPainter.

Qt's QSvgGenerator sits behind a QPainter, which shapes every line of text into glyphs
(the SVG only needs the characters) and repeats every style attribute on every
element. This painter takes the same calls the canvas items make (``setPen``,
``setBrush``, ``setFont``, ``drawPath``, ``drawText``, ...), so the drawing code stays
the canvas's own; it writes each text as it was given, and each run of elements drawn
in one style as a ``<g>`` that carries that style once, which makes a 5,000-statement
export several times faster and smaller.

Colours, strokes, fonts and opacity are presentation attributes (``fill="#00704f"``),
not CSS classes, so renderers that ignore ``<style>`` (ImageMagick's own, many
converters and viewers) draw the same picture as browsers, librsvg and resvg do. The
one ``<style>`` rule left only lists fallback fonts for a reader without the first one.

Only the QPainter calls the canvas items use are implemented; anything else raises
AttributeError, so a new call in an item's ``paint`` fails a test instead of vanishing.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF, QTransform

#: Characters XML 1.0 forbids even escaped (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: SVG's defaults (butt caps, miter joins) are left out: nothing around a styled run sets them.
_CAPS = {Qt.PenCapStyle.SquareCap: ' stroke-linecap="square"', Qt.PenCapStyle.RoundCap: ' stroke-linecap="round"'}
_JOINS = {Qt.PenJoinStyle.BevelJoin: ' stroke-linejoin="bevel"', Qt.PenJoinStyle.RoundJoin: ' stroke-linejoin="round"'}


#: Anything that needs escaping or dropping; most lines of text have none of it.
_SPECIAL = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Escaped for XML text and attribute values; characters XML cannot hold are dropped."""
    if _SPECIAL.search(text) is None:
        return text
    return escape(_NOT_XML.sub("", text), quote=True)


def num(value: float) -> str:
    """One decimal place: a tenth of a pixel is finer than any screen or printer shows."""
    return f"{value:.1f}"


def _paint(prefix: str, color: tuple[str, float], opacity: float) -> str:
    """``fill="#rrggbb"`` (or stroke), with an opacity when the colour or the painter is see-through.

    The painter's opacity goes into the fill's and the stroke's own, not an ``opacity``
    attribute: Qt blends a shape's fill and its outline one after the other, as these do.
    """
    alpha = color[1] * opacity
    return f' {prefix}="{color[0]}" {prefix}-opacity="{alpha:.3g}"' if alpha < 1 else f' {prefix}="{color[0]}"'


def _color(color: QColor) -> tuple[str, float]:
    return color.name(QColor.NameFormat.HexRgb), color.alphaF()


def path_data(path: QPainterPath) -> tuple[str, bool]:
    """The SVG ``d`` attribute of a QPainterPath, and whether it has several subpaths.

    A subpath that returns to its start is closed with ``Z`` (Qt's closeSubpath adds that
    line), so its corners join like the canvas's.
    """
    parts: list[str] = []
    count = path.elementCount()
    at = path.elementAt
    k, start, subpaths = 0, (0.0, 0.0), 0
    while k < count:
        e = at(k)
        x, y = e.x, e.y
        if e.isMoveTo():
            parts.append(f"M{x:.1f} {y:.1f}")
            start, subpaths = (x, y), subpaths + 1
            k += 1
        elif e.isLineTo():
            closes = (x, y) == start and (k + 1 == count or at(k + 1).isMoveTo())
            parts.append("Z" if closes else f"L{x:.1f} {y:.1f}")
            k += 1
        else:  # a cubic curve: this element and the next two
            c2, end = at(k + 1), at(k + 2)
            parts.append(f"C{x:.1f} {y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
            k += 3
    return "".join(parts), subpaths > 1


def _rect(rect: QRectF) -> str:
    return f' x="{num(rect.x())}" y="{num(rect.y())}" width="{num(rect.width())}" height="{num(rect.height())}"'


#: Kinds of shape, each with its own stroke attributes: an open path (caps and joins), a closed shape (joins), a line (caps).
OPEN, CLOSED, LINE = 0, 1, 2
#: A pen's colour (hex, alpha) and its other stroke attributes for each kind of shape.
_Pen = tuple[tuple[str, float], tuple[str, str, str]]


def _pixel_size(font: QFont) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def first_family(families: str) -> str:
    """The first name of a CSS font-family list: ``'DejaVu Sans', Arial`` gives ``DejaVu Sans``."""
    return families.split(",")[0].strip().strip("'\"")


class SvgPainter:
    """Collects SVG elements; :meth:`document` returns the whole file's text.

    Elements drawn one after another in the same style form a run, written as one ``<g>``
    with the style's attributes around the bare elements (or, for a run of one, as the
    element with the attributes on it). The ``<svg>`` says ``stroke="none"`` (ImageMagick's
    renderer strokes in black otherwise), so a style without a pen leaves stroke out.
    """

    #: Arrows may come as light stand-ins that carry only their SVG form (see argmap.drawing.geometry).
    TAKES_LIGHT_SHAPES = True

    def __init__(self, width: float, height: float, *, font_fallback: str) -> None:
        self.width, self.height = width, height
        self._fallback = font_fallback
        self._out: list[str] = []
        # id(pen/brush/font/path) -> (the object, its SVG form): the canvas shares these objects, so each is converted once
        self._known: dict[int, tuple[object, object]] = {}
        self._pen: _Pen | None = None  # None: no pen
        self._brush: tuple[str, float] | None = None  # colour; None: no brush
        self._font = ""
        self._font_object: QFont | None = None
        self._stretch = 0.0
        self._spacings: dict[tuple[int, str], str] = {}  # (font, text) -> letter-spacing attribute
        self._opacity = 1.0
        # the attributes of each kind of shape (OPEN, CLOSED, LINE) drawn now, and of text; None: to be worked out
        self._shape_styles: list[str | None] = [None, None, None]
        self._shape_cache: dict[tuple, str] = {}  # (pen, brush, opacity, kind) -> attributes
        self._text_style: str | None = None
        self._style: str | None = None  # the style of the run being collected; None: no run
        self._run_at = 0  # where the run's first element is in _out
        self._in_group = False
        self._group: str | None = None  # a group to open before the next element

    # ---------------------------------------------------------------- styles
    def _convert(self, obj, make):
        known = self._known.get(id(obj))
        if known is None or known[0] is not obj:
            known = self._known[id(obj)] = (obj, make(obj))
        return known[1]

    def setPen(self, pen) -> None:
        converted = self._convert(pen, self._pen_style)
        if converted is not self._pen:
            self._pen = converted
            self._shape_styles = [None, None, None]
            self._text_style = None

    @staticmethod
    def _pen_style(pen) -> _Pen | None:
        if not isinstance(pen, QPen):
            pen = QPen(pen)  # a PenStyle or a colour
        if pen.style() == Qt.PenStyle.NoPen:
            return None
        width = pen.widthF()
        if width == 0:  # a cosmetic hairline: one pixel whatever the zoom
            size = ' stroke-width="1" vector-effect="non-scaling-stroke"'
        else:
            size = f' stroke-width="{num(width)}"' if width != 1 else ""
        cap, join = _CAPS.get(pen.capStyle(), ""), _JOINS.get(pen.joinStyle(), "")
        dashes = ""
        if pen.style() != Qt.PenStyle.SolidLine:  # Qt's dash pattern is in pen widths
            dashes = ' stroke-dasharray="' + ",".join(num(d * max(width, 1.0)) for d in pen.dashPattern()) + '"'
        # a closed shape has no ends to cap, a line no corners to join
        return _color(pen.color()), (size + cap + join + dashes, size + join + dashes, size + cap + dashes)

    def setBrush(self, brush) -> None:
        converted = self._convert(brush, self._brush_style)
        if converted is not self._brush:
            self._brush = converted
            self._shape_styles = [None, None, None]

    @staticmethod
    def _brush_style(brush) -> tuple[str, float] | None:
        if not isinstance(brush, QBrush):
            brush = QBrush(brush)  # a BrushStyle or a colour
        if brush.style() == Qt.BrushStyle.NoBrush:
            return None
        return _color(brush.color())

    def setFont(self, font: QFont) -> None:
        self._font, self._stretch = self._convert(font, self._font_style)
        self._font_object = font
        self._text_style = None

    @staticmethod
    def _font_style(font: QFont) -> tuple[str, float]:
        """The font's attributes, and how much wider Qt's percentage letter spacing makes its text (0.08 for 108 %)."""
        attrs = f' font-size="{num(_pixel_size(font))}"'
        if font.bold():
            attrs += ' font-weight="bold"'
        if font.italic():
            attrs += ' font-style="italic"'
        spacing, stretch = font.letterSpacing(), 0.0
        if font.letterSpacingType() == QFont.SpacingType.PercentageSpacing and spacing not in (0.0, 100.0):
            stretch = (spacing - 100) / 100  # each glyph's advance grows: worked out per text in drawText
        elif font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing and spacing:
            attrs += f' letter-spacing="{spacing:.2f}"'
        return attrs, stretch

    def setOpacity(self, opacity: float) -> None:
        if opacity != self._opacity:
            self._opacity = opacity
            self._shape_styles = [None, None, None]
            self._text_style = None

    def opacity(self) -> float:
        return self._opacity

    def _shape_attributes(self, kind: int) -> str:
        """The attributes every shape of this kind drawn now shares; "" when it would draw nothing."""
        pen, brush, opacity = self._pen, self._brush, self._opacity
        if kind == LINE:  # nothing to fill
            return "" if pen is None else _paint("stroke", pen[0], opacity) + pen[1][LINE]
        if pen is None and brush is None:
            return ""
        stroke = "" if pen is None else _paint("stroke", pen[0], opacity) + pen[1][kind]  # no stroke: set on the <svg>
        return stroke + (' fill="none"' if brush is None else _paint("fill", brush, opacity))

    # ---------------------------------------------------------------- transform
    def setTransform(self, transform: QTransform, combine: bool = False) -> None:
        """An item's place in the exported area: a group per item (translations and scales only)."""
        self._close_group()
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        self._group = None  # opened by the first element drawn in it: no empty groups
        if (sx, sy, dx, dy) != (1.0, 1.0, 0.0, 0.0):
            scale = "" if (sx, sy) == (1.0, 1.0) else f" scale({num(sx)} {num(sy)})"
            self._group = f'<g transform="translate({num(dx)} {num(dy)}){scale}">'

    def resetTransform(self) -> None:
        self.setTransform(QTransform())

    # ---------------------------------------------------------------- drawing
    def _start_run(self, style: str) -> None:
        """End the run before and start one in ``style``: its first element comes next."""
        before, out, at = self._style, self._out, self._run_at
        if before is not None:  # _end_run, written out: this runs for most elements of a big map
            if len(out) - at == 1:
                out[at] = out[at].replace(" ", before + " ", 1)
            else:
                out[at] = f"<g{before}>\n{out[at]}"
                out.append("</g>")
        if self._group is not None:
            self._out.append(self._group)
            self._group, self._in_group = None, True
        self._style, self._run_at = style, len(self._out)

    def _end_run(self) -> None:
        style, out, at = self._style, self._out, self._run_at
        if style is None:
            return
        if len(out) - at == 1:  # one element: the style goes on it, after its tag
            out[at] = out[at].replace(" ", style + " ", 1)
        else:
            out[at] = f"<g{style}>\n{out[at]}"
            out.append("</g>")
        self._style = None

    def _close_group(self) -> None:
        self._end_run()
        if self._in_group:
            self._out.append("</g>")
            self._in_group = False

    def _shape(self, kind: int, element: str) -> None:
        """``element`` (``<rect x=...``) in the style of this kind of shape, with this pen, brush and opacity."""
        style = self._shape_styles[kind]
        if style is None:
            key = (self._pen, self._brush, self._opacity, kind)
            style = self._shape_cache.get(key)
            if style is None:
                style = self._shape_cache[key] = self._shape_attributes(kind)
            self._shape_styles[kind] = style
        if style:
            if style != self._style:
                self._start_run(style)
            self._out.append(element)

    def drawPath(self, path: QPainterPath) -> None:
        if path.isEmpty():
            return
        d = getattr(path, "svg", None)  # an arrow made from numbers knows its SVG form
        several = False
        if d is None:
            d, several = self._convert(path, path_data)
        odd_even = several and self._brush is not None and path.fillRule() == Qt.FillRule.OddEvenFill  # Qt's default rule, not SVG's
        self._shape(OPEN, ('<path fill-rule="evenodd"' if odd_even else "<path") + f' d="{d}"/>')

    def drawPolygon(self, polygon: QPolygonF, rule=Qt.FillRule.OddEvenFill) -> None:
        points = getattr(polygon, "svg", None)
        if points is None:
            points = " ".join(f"{p.x():.1f},{p.y():.1f}" for p in (polygon.at(k) for k in range(polygon.size())))
        self._shape(CLOSED, f'<polygon points="{points}"/>')

    def drawLine(self, line: QLineF) -> None:
        self._shape(LINE, f'<line x1="{line.x1():.1f}" y1="{line.y1():.1f}" x2="{line.x2():.1f}" y2="{line.y2():.1f}"/>')

    def drawRoundedRect(self, rect: QRectF, rx: float, ry: float, mode=Qt.SizeMode.AbsoluteSize) -> None:
        self._shape(CLOSED, f'<rect{_rect(rect)} rx="{num(rx)}" ry="{num(ry)}"/>')

    def drawEllipse(self, center: QPointF, rx: float, ry: float) -> None:
        self._shape(CLOSED, f'<ellipse cx="{center.x():.1f}" cy="{center.y():.1f}" rx="{rx:.1f}" ry="{ry:.1f}"/>')

    def fillRect(self, rect: QRectF, color) -> None:
        style = _paint("fill", _color(QColor(color)), self._opacity)
        if style != self._style:
            self._start_run(style)
        self._out.append(f"<rect{_rect(rect)}/>")

    def drawText(self, position: QPointF, text: str) -> None:
        self.drawTextAt(position.x(), position.y(), text)

    def drawTextAt(self, x: float, y: float, text: str) -> None:
        """``drawText`` at a point given as two numbers: boxes hand over their lines this way."""
        if self._pen is None or not text:
            return
        style = self._text_style  # the attributes every line in this font, colour and opacity shares
        if style is None:
            style = self._text_style = self._font + _paint("fill", self._pen[0], self._opacity)  # Qt fills text with the pen
        if style != self._style:
            self._start_run(style)
        spacing = self._letter_spacing(text) if self._stretch else ""
        self._out.append(f'<text x="{x:.1f}" y="{y:.1f}"{spacing}>{xml_text(text)}</text>')

    def _letter_spacing(self, text: str) -> str:
        """SVG adds a fixed space after each character; Qt grows each glyph by a percentage: same total width."""
        font = self._font_object
        assert font is not None, "a stretched font was set before any text"  # _stretch comes with setFont
        key = (id(font), text)
        found = self._spacings.get(key)
        if found is None:
            plain = QFont(font)
            plain.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.0)
            extra = QFontMetricsF(plain).horizontalAdvance(text) * self._stretch / max(len(text), 1)
            # in ems: right for every renderer that knows ems; ImageMagick's own multiplies a bare number by a third of the font size
            found = self._spacings[key] = f' letter-spacing="{extra / _pixel_size(plain):.3f}em"'
        return found

    # ---------------------------------------------------------------- document
    def end(self) -> None:
        self._close_group()

    def document(self, *, title: str, description: str) -> str:
        """The SVG file: size in pixels, the font, title and description, then the drawing."""
        self.end()
        w, h = f"{self.width:g}", f"{self.height:g}"
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}px" height="{h}px" viewBox="0 0 {w} {h}"'
            f' font-family="{xml_text(first_family(self._fallback))}" stroke="none" xml:space="preserve">\n'
            f"<title>{xml_text(title)}</title>\n<desc>{xml_text(description)}</desc>\n"
            # only for readers without the first font: ImageMagick's renderer stops at a font-family list
            f"<style>text {{ font-family: {self._fallback}; }}</style>\n"
        )
        return head + "\n".join(self._out) + "\n</svg>\n"
