"""Word wrapping with cached measurements: the hot path when a large map is drawn.

Measuring text is what makes big maps slow, so widths are cached per word and whole
results per (text, width). Boxes then draw one line at a time with the same lines they
were sized by, so text can never spill out of its box (and SVG gets one <text> per line).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF


@dataclass(frozen=True, slots=True)
class WrappedText:
    lines: tuple[str, ...]
    width: float  # widest line
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


class TextMeasurer:
    """Wraps text for one font. Get one with :func:`measurer_for` to share its caches."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetricsF(self.font)
        self.line_height = self.metrics.lineSpacing()
        self.ascent = self.metrics.ascent()
        self._space = self.metrics.horizontalAdvance(" ")
        self._words: dict[str, float] = {}
        self._wrapped: dict[tuple[str, float], WrappedText] = {}

    def width(self, text: str) -> float:
        w = self._words.get(text)
        if w is None:
            w = self._words[text] = self.metrics.horizontalAdvance(text)
        return w

    def wrap(self, text: str, width: float) -> WrappedText:
        key = (text, width)
        found = self._wrapped.get(key)
        if found is None:
            if len(self._wrapped) > 50_000:  # a long session editing many texts: start afresh
                self._wrapped.clear()
            lines: list[str] = []
            widest = 0.0
            for paragraph in text.replace("\r\n", "\n").replace("\t", " ").split("\n"):
                for line, line_width in self._wrap_paragraph(paragraph, width):
                    lines.append(line)
                    widest = max(widest, line_width)
            # word widths summed ignore kerning across spaces: a pixel of slack covers it
            found = self._wrapped[key] = WrappedText(tuple(lines), widest + 1.0, self.line_height, self.ascent)
        return found

    def _wrap_paragraph(self, paragraph: str, width: float) -> list[tuple[str, float]]:
        """Greedy wrapping: (line, width) pairs."""
        words = paragraph.split()
        if not words:
            return [("", 0.0)]
        known = self._words.get
        widths = [known(word) or self.width(word) for word in words]
        if max(widths) > width:  # a word longer than the line (a URL): break it by characters
            return self._wrap_long_words(words, widths, width)
        space = self._space
        lines: list[tuple[str, float]] = []
        start, used = 0, widths[0]
        for k in range(1, len(words)):
            w = widths[k]
            if used + space + w > width:
                lines.append((" ".join(words[start:k]), used))
                start, used = k, w
            else:
                used += space + w
        lines.append((" ".join(words[start:]), used))
        return lines

    def _wrap_long_words(self, words: list[str], widths: list[float], width: float) -> list[tuple[str, float]]:
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        used = 0.0
        space = self._space
        for word, w in zip(words, widths, strict=True):
            if w > width:
                if current:
                    lines.append((" ".join(current), used))
                pieces = self._break_word(word, width)
                lines.extend((p, self.metrics.horizontalAdvance(p)) for p in pieces[:-1])
                current, used = [pieces[-1]], self.width(pieces[-1])
            elif current and used + space + w > width:
                lines.append((" ".join(current), used))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        if current:
            lines.append((" ".join(current), used))
        return lines

    def _break_word(self, word: str, width: float) -> list[str]:
        pieces: list[str] = []
        start = 0
        for end in range(1, len(word) + 1):
            if end - start > 1 and self.metrics.horizontalAdvance(word[start:end]) > width:
                pieces.append(word[start : end - 1])
                start = end - 1
        pieces.append(word[start:])
        return pieces


_MEASURERS: dict[str, TextMeasurer] = {}
_BY_OBJECT: dict[int, tuple[QFont, TextMeasurer]] = {}


def measurer_for(font: QFont) -> TextMeasurer:
    """A shared measurer per font, so every scene (and every export) reuses the caches."""
    known = _BY_OBJECT.get(id(font))
    if known is not None and known[0] is font:  # the theme hands out the same font objects
        return known[1]
    key = font.key()
    found = _MEASURERS.get(key)
    if found is None:
        found = _MEASURERS[key] = TextMeasurer(font)
    _BY_OBJECT[id(font)] = (font, found)
    return found
