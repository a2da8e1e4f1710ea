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
            for paragraph in text.replace("\r\n", "\n").replace("\t", " ").split("\n"):
                lines.extend(self._wrap_paragraph(paragraph, width))
            widest = max((self.metrics.horizontalAdvance(line) for line in lines), default=0.0)
            found = self._wrapped[key] = WrappedText(tuple(lines), widest, self.line_height, self.ascent)
        return found

    def _wrap_paragraph(self, paragraph: str, width: float) -> list[str]:
        words = paragraph.split()
        if not words:
            return [""]
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in words:
            w = self.width(word)
            if w > width:  # a word longer than the line (a URL): break it by characters
                if current:
                    lines.append(" ".join(current))
                pieces = self._break_word(word, width)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], self.width(pieces[-1])
            elif current and used + self._space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (self._space if current else 0.0) + w
                current.append(word)
        if current:
            lines.append(" ".join(current))
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


def measurer_for(font: QFont) -> TextMeasurer:
    """A shared measurer per font, so every scene (and every export) reuses the caches."""
    key = font.key()
    found = _MEASURERS.get(key)
    if found is None:
        found = _MEASURERS[key] = TextMeasurer(font)
    return found
