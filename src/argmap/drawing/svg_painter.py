"""A painter that writes SVG: the items' own ``paint`` code draws into it, as into a QPainter.

Qt's QSvgGenerator sits behind a QPainter, which shapes every line of text into glyphs
(the SVG only needs the characters) and repeats every style attribute on every
element. This painter takes the same calls the canvas items make (``setPen``,
``setBrush``, ``setFont``, ``drawPath``, ``drawText``, ...), so the drawing code stays
the canvas's own; it writes each style once as a CSS class and each text as it was
given, which makes a 5,000-statement export several times faster and smaller.

Only the QPainter calls the canvas items use are implemented; anything else raises
AttributeError, so a new call in an item's ``paint`` fails a test instead of vanishing.
"""

from __future__ import annotations

import re
import zlib
from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF, QTransform

#: Characters XML 1.0 forbids even escaped (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CAPS = {Qt.PenCapStyle.FlatCap: "butt", Qt.PenCapStyle.SquareCap: "square", Qt.PenCapStyle.RoundCap: "round"}
_JOINS = {Qt.PenJoinStyle.BevelJoin: "bevel", Qt.PenJoinStyle.RoundJoin: "round"}


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


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def _rect(rect: QRectF) -> str:
    return f'x="{num(rect.x())}" y="{num(rect.y())}" width="{num(rect.width())}" height="{num(rect.height())}"'


class SvgPainter:
    """Collects SVG elements; :meth:`document` returns the whole file's text."""

    #: Arrows may come as light stand-ins that carry only their SVG form (see argmap.drawing.geometry).
    TAKES_LIGHT_SHAPES = True

    def __init__(self, width: float, height: float, *, font_fallback: str) -> None:
        self.width, self.height = width, height
        self._fallback = font_fallback
        self._out: list[str] = []
        self._styles: dict[str, str] = {}  # css declarations -> class name
        self._names: set[str] = set()
        # id(pen/brush/font/path) -> (the object, its SVG form): the canvas shares these objects, so each is converted once
        self._known: dict[int, tuple[object, object]] = {}
        self._stroke = self._class("stroke:none")
        self._no_stroke = True
        self._text_fill = self._class("fill:none")
        self._fill = self._class("fill:none")
        self._no_fill = True
        self._font = ""
        self._font_object: QFont | None = None
        self._stretch = 0.0
        self._spacings: dict[tuple[int, str], str] = {}  # (font, text) -> letter-spacing attribute
        self._opacity = 1.0
        self._faded = ""
        self._shape_head: str | None = None
        self._text_head: str | None = None
        self._in_group = False
        self._group: str | None = None  # a group to open before the next element

    # ---------------------------------------------------------------- styles
    def _class(self, css: str) -> str:
        """The class for these declarations, named after them: painters that share work name alike."""
        name = self._styles.get(css)
        if name is None:
            name = "c" + _base36(zlib.crc32(css.encode()))
            while name in self._names:  # two styles with one checksum: never seen, but never wrong
                name += "x"
            self._styles[css] = name
            self._names.add(name)
        return name

    def _convert(self, obj, make):
        known = self._known.get(id(obj))
        if known is None or known[0] is not obj:
            known = self._known[id(obj)] = (obj, make(obj))
        return known[1]

    def setPen(self, pen) -> None:
        self._stroke, self._text_fill, self._no_stroke = self._convert(pen, self._pen_style)
        self._shape_head = self._text_head = None

    def _pen_style(self, pen) -> tuple[str, str, bool]:
        if not isinstance(pen, QPen):
            pen = QPen(pen)  # a PenStyle or a colour
        if pen.style() == Qt.PenStyle.NoPen:
            return self._class("stroke:none"), self._class("fill:none"), True
        hex_, alpha = _color(pen.color())
        width = pen.widthF()
        css = [f"stroke:{hex_}"]
        if alpha < 1:
            css.append(f"stroke-opacity:{num(alpha)}")
        if width == 0:  # a cosmetic hairline: one pixel whatever the zoom
            css.append("stroke-width:1;vector-effect:non-scaling-stroke")
        else:
            css.append(f"stroke-width:{num(width)}")
        css.append(f"stroke-linecap:{_CAPS.get(pen.capStyle(), 'square')}")
        css.append(f"stroke-linejoin:{_JOINS.get(pen.joinStyle(), 'miter')}")
        if pen.style() != Qt.PenStyle.SolidLine:  # Qt's dash pattern is in pen widths
            css.append("stroke-dasharray:" + ",".join(num(d * max(width, 1.0)) for d in pen.dashPattern()))
        text = f"fill:{hex_}" + (f";fill-opacity:{num(alpha)}" if alpha < 1 else "")
        return self._class(";".join(css)), self._class(text), False

    def setBrush(self, brush) -> None:
        self._fill, self._no_fill = self._convert(brush, self._brush_style)
        self._shape_head = None

    def _brush_style(self, brush) -> tuple[str, bool]:
        if not isinstance(brush, QBrush):
            brush = QBrush(brush)  # a BrushStyle or a colour
        if brush.style() == Qt.BrushStyle.NoBrush:
            return self._class("fill:none"), True
        return self._fill_class(brush.color()), False

    def _fill_class(self, color: QColor) -> str:
        hex_, alpha = _color(color)
        return self._class(f"fill:{hex_}" + (f";fill-opacity:{num(alpha)}" if alpha < 1 else ""))

    def setFont(self, font: QFont) -> None:
        self._font, self._stretch = self._convert(font, self._font_style)
        self._font_object = font
        self._text_head = None

    def _font_style(self, font: QFont) -> tuple[str, float]:
        """The font's CSS class, and how much wider Qt's percentage letter spacing makes its text (0.08 for 108 %)."""
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        css = [f"font-size:{num(size)}px", f"font-weight:{700 if font.bold() else 400}"]
        if font.italic():
            css.append("font-style:italic")
        spacing, stretch = font.letterSpacing(), 0.0
        if font.letterSpacingType() == QFont.SpacingType.PercentageSpacing and spacing not in (0.0, 100.0):
            stretch = (spacing - 100) / 100  # each glyph's advance grows: worked out per text in drawText
        elif font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing and spacing:
            css.append(f"letter-spacing:{spacing:.2f}px")
        return self._class(";".join(css)), stretch

    def setOpacity(self, opacity: float) -> None:
        self._opacity = opacity
        self._faded = f' opacity="{num(opacity)}"' if opacity < 1 else ""
        self._shape_head = self._text_head = None

    def opacity(self) -> float:
        return self._opacity

    # ---------------------------------------------------------------- transform
    def setTransform(self, transform: QTransform, combine: bool = False) -> None:
        """An item's place in the exported area: a group per item (translations and scales only)."""
        if self._in_group:
            self._out.append("</g>")
            self._in_group = False
        sx, sy, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        self._group = None  # opened by the first element drawn in it: no empty groups
        if (sx, sy, dx, dy) != (1.0, 1.0, 0.0, 0.0):
            scale = "" if (sx, sy) == (1.0, 1.0) else f" scale({num(sx)} {num(sy)})"
            self._group = f'<g transform="translate({num(dx)} {num(dy)}){scale}">'

    def resetTransform(self) -> None:
        self.setTransform(QTransform())

    # ---------------------------------------------------------------- drawing
    def _shape(self, element: str, geometry: str) -> None:
        if self._no_stroke and self._no_fill:
            return
        head = self._shape_head  # the attributes every shape drawn with this pen and brush shares
        if head is None:
            head = self._shape_head = f' class="{self._stroke} {self._fill}"{self._faded} '
        if self._group is not None:
            self._open_group()
        self._out.append(f"<{element}{head}{geometry}/>")

    def drawPath(self, path: QPainterPath) -> None:
        if path.isEmpty():
            return
        d = getattr(path, "svg", None)  # an arrow made from numbers knows its SVG form
        several = False
        if d is None:
            d, several = self._convert(path, path_data)
        odd_even = several and not self._no_fill and path.fillRule() == Qt.FillRule.OddEvenFill  # Qt's default rule, not SVG's
        self._shape("path", ('fill-rule="evenodd" ' if odd_even else "") + f'd="{d}"')

    def drawPolygon(self, polygon: QPolygonF, rule=Qt.FillRule.OddEvenFill) -> None:
        points = getattr(polygon, "svg", None)
        if points is None:
            points = " ".join(f"{p.x():.1f},{p.y():.1f}" for p in (polygon.at(k) for k in range(polygon.size())))
        self._shape("polygon", f'points="{points}"')

    def drawLine(self, line: QLineF) -> None:
        if not self._no_stroke:
            self._shape("line", f'x1="{line.x1():.1f}" y1="{line.y1():.1f}" x2="{line.x2():.1f}" y2="{line.y2():.1f}"')

    def drawRoundedRect(self, rect: QRectF, rx: float, ry: float, mode=Qt.SizeMode.AbsoluteSize) -> None:
        self._shape("rect", _rect(rect) + f' rx="{num(rx)}" ry="{num(ry)}"')

    def drawEllipse(self, center: QPointF, rx: float, ry: float) -> None:
        self._shape("ellipse", f'cx="{center.x():.1f}" cy="{center.y():.1f}" rx="{rx:.1f}" ry="{ry:.1f}"')

    def fillRect(self, rect: QRectF, color) -> None:
        stroke, fill, no_stroke, no_fill = self._stroke, self._fill, self._no_stroke, self._no_fill
        self._stroke, self._no_stroke = self._class("stroke:none"), True
        self._fill, self._no_fill = self._fill_class(QColor(color)), False
        self._shape_head = None
        self._shape("rect", _rect(rect))
        self._stroke, self._fill, self._no_stroke, self._no_fill = stroke, fill, no_stroke, no_fill
        self._shape_head = None

    def drawText(self, position: QPointF, text: str) -> None:
        self.drawTextAt(position.x(), position.y(), text)

    def drawTextAt(self, x: float, y: float, text: str) -> None:
        """``drawText`` at a point given as two numbers: boxes hand over their lines this way."""
        if self._no_stroke or not text:
            return
        head = self._text_head  # the attributes every line in this font and colour shares
        if head is None:
            head = self._text_head = f'<text class="{self._font} {self._text_fill}"{self._faded} '
        spacing = self._letter_spacing(text) if self._stretch else ""
        if self._group is not None:
            self._open_group()
        self._out.append(f'{head}x="{x:.1f}" y="{y:.1f}"{spacing}>{xml_text(text)}</text>')

    def _letter_spacing(self, text: str) -> str:
        """SVG adds a fixed space after each character; Qt grows each glyph by a percentage: same total width."""
        key = (id(self._font_object), text)
        found = self._spacings.get(key)
        if found is None:
            plain = QFont(self._font_object)
            plain.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.0)
            extra = QFontMetricsF(plain).horizontalAdvance(text) * self._stretch / max(len(text), 1)
            found = self._spacings[key] = f' letter-spacing="{extra:.2f}"'
        return found

    def _open_group(self) -> None:
        self._out.append(self._group)
        self._group, self._in_group = None, True

    # ---------------------------------------------------------------- sharing the work
    def drawing(self) -> tuple[dict[str, str], str]:
        """What this painter drew (closed) and the styles it used: for another painter to :meth:`add`."""
        self.end()
        return dict(self._styles), "\n".join(self._out)

    def reset_drawing(self) -> None:
        """Forget what was drawn, keep the styles: for a copy of this painter that draws a share of the work."""
        self._out = []
        self._group, self._in_group = None, False

    def add(self, drawing: tuple[dict[str, str], str]) -> None:
        """Append what another painter drew (see :meth:`drawing`), as if drawn here next."""
        styles, text = drawing
        self.end()
        for css, name in styles.items():
            if css not in self._styles:
                self._styles[css] = name
                self._names.add(name)
        if text:
            self._out.append(text)

    # ---------------------------------------------------------------- document
    def end(self) -> None:
        if self._in_group:
            self._out.append("</g>")
            self._in_group = False

    def document(self, *, title: str, description: str) -> str:
        """The SVG file: size in pixels, title and description, the style sheet, then the drawing."""
        self.end()
        w, h = f"{self.width:g}", f"{self.height:g}"
        css = "\n".join(f".{name}{{{decl}}}" for decl, name in self._styles.items())
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}px" height="{h}px" viewBox="0 0 {w} {h}"'
            ' xml:space="preserve">\n'
            f"<title>{xml_text(title)}</title>\n<desc>{xml_text(description)}</desc>\n"
            f"<style>\ntext {{ font-family: {self._fallback}; }}\n{css}\n</style>\n"
        )
        return head + "\n".join(self._out) + "\n</svg>\n"
