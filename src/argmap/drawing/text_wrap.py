"""Line breaking by the Unicode rules (UAX #14), with cached measurements: the hot path of a large map.

Where a line may break is Qt's business (:class:`QTextBoundaryFinder`, Qt's implementation of
UAX #14): never inside a Latin word ("NATO" stays whole in Japanese text), between CJK
characters, never before closing punctuation such as 。、」 or after opening 「 (kinsoku), never
inside an emoji sequence or between a letter and its combining marks. Lines are then filled
greedily with widths cached per piece, and whole results per (text, width) in a measurer per
font. A piece wider than a line (a URL, a long run of kana without a break) is left to
:class:`QTextLayout`, which breaks it between graphemes.

Boxes draw one line at a time with the same lines they were sized by, so text never spills out
of its box, and the canvas and every export break lines alike (SVG gets one <text> per line).
A paragraph whose first strong character is right-to-left (Arabic, Hebrew) is right-aligned and
its lines are drawn inside a right-to-left embedding, so every renderer orders them alike.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from operator import add
from typing import cast

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

#: Words made only of these characters, not starting with closing punctuation (UAX #14 LB13: no
#: break before it, even after a space), break at the spaces between them and after some hyphens,
#: nowhere else (a test checks this against Qt's boundary finder); text of such words skips the
#: finder: most English does.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:'\")]#&*<=>@^_`~-")
_HELD = frozenset(".,;:)]")
#: Where a plain word breaks at a hyphen: after one that does not begin the word, before anything but
#: a digit, another hyphen, closing punctuation or a quote ("well-|known", but "-5", "1-2", "a--b").
_AFTER_HYPHEN = re.compile(r"(?<=.-)(?=[^0-9\-.,;:)\]'\" ])")
_SPACES = re.compile(r"[ \t]+")
_LINE = QTextBoundaryFinder.BoundaryType.Line
_RTL_CLASSES = frozenset(("R", "AL"))
RLE, PDF = "\u202b", "\u202c"  # right-to-left embedding and its end
_new = object.__new__


class WrappedText:
    """Text broken into lines: each line, the widest one's width (plus a pixel of slack), and per line its width and
    whether it is right-to-left (``rtl`` empty when no line is).

    Kept compact, as every box of a map keeps its own (50,000 of them in a large map): the lines as one string
    joined by newlines (no line holds one) and the widths as an array of doubles, worked back into tuples when
    asked for (when a box is first painted). Tuples of separate strings and floats took three times the memory.
    A paragraph of plain words is first only measured (:meth:`TextMeasurer.wrap`: how many lines, the widest): its
    lines are made when first asked for (a large map opens with most boxes never painted).
    """

    __slots__ = ("_joined", "_later", "_widths", "ascent", "count", "line_height", "rtl", "width")

    def __init__(
        self, lines: tuple[str, ...], width: float, line_height: float, ascent: float, line_widths: tuple[float, ...] = (),
        rtl: tuple[bool, ...] = (),
    ) -> None:
        self._joined: str | None = lines[0] if len(lines) == 1 else "\n".join(lines)
        self._widths = array("d", line_widths)
        self._later: tuple[TextMeasurer, str, float] | None = None
        self.count = len(lines)
        self.width = width  # widest line
        self.line_height = line_height
        self.ascent = ascent
        self.rtl = rtl  # per line: right-to-left (right-aligned); empty when no line is

    @classmethod
    def measured(cls, measurer: TextMeasurer, paragraph: str, limit: float, count: int, width: float) -> WrappedText:
        """``paragraph``'s size as ``measurer`` wraps it within ``limit`` (``count`` lines, the widest plus the slack
        ``width``), its lines made when first asked for (by the same measurer's :meth:`TextMeasurer.paragraph_lines`)."""
        made = cls.__new__(cls)
        made._joined, made._later, made.count, made.width = None, (measurer, paragraph, limit), count, width
        made.line_height, made.ascent, made.rtl = measurer.line_height, measurer.ascent, ()
        return made

    def _make_lines(self) -> str:
        later = self._later
        assert later is not None  # (made by measured())
        measurer, paragraph, limit = later
        lines, widths = measurer.paragraph_lines(paragraph, limit)
        self._joined = joined = lines[0] if len(lines) == 1 else "\n".join(lines)
        self._widths = array("d", widths)
        self._later = None
        return joined

    @property
    def lines(self) -> tuple[str, ...]:
        joined = self._joined if self._joined is not None else self._make_lines()
        return (joined,) if self.count == 1 else tuple(joined.split("\n"))

    @property
    def line_widths(self) -> tuple[float, ...]:
        if self._joined is None:
            self._make_lines()
        return tuple(self._widths)

    @property
    def height(self) -> float:
        return self.line_height * self.count

    def _key(self) -> tuple:
        if self._joined is None:
            self._make_lines()
        return (self._joined, self.count, self.width, self.line_height, self.ascent, self._widths.tobytes(), self.rtl)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WrappedText) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"WrappedText(lines={self.lines!r}, width={self.width!r}, line_widths={self.line_widths!r}, rtl={self.rtl!r})"


def is_right_to_left(paragraph: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Unicode bidi rule P2)."""
    if paragraph.isascii():
        return False
    bidi = unicodedata.bidirectional
    for ch in paragraph:
        cls = bidi(ch)
        if cls == "L":
            return False
        if cls in _RTL_CLASSES:
            return True
    return False


def is_plain_word(word: str) -> bool:
    return _PLAIN.issuperset(word) and word[:1] not in _HELD


def is_plain(paragraph: str) -> bool:
    """Whether ``paragraph`` (single spaces) may break at its spaces and nowhere else."""
    return all(is_plain_word(word) for word in paragraph.split(" "))


def line_pieces(paragraph: str) -> list[str]:
    """The paragraph cut at every place UAX #14 allows a line break; spaces stay with the piece before."""
    if not (paragraph and is_plain(paragraph)):
        return finder_pieces(paragraph)
    return plain_pieces(paragraph.split(" "))


def plain_pieces(words: list[str]) -> list[str]:
    """:func:`line_pieces` of plain words (see :data:`_PLAIN`) between single spaces."""
    pieces = [word + " " for word in words]
    pieces[-1] = words[-1]
    for k in range(len(pieces) - 1, -1, -1):  # from the end, so that splitting keeps the indices ahead valid
        if "-" in pieces[k]:
            pieces[k : k + 1] = _AFTER_HYPHEN.split(pieces[k])
    return pieces


def finder_pieces(paragraph: str) -> list[str]:
    """:func:`line_pieces` by Qt's boundary finder, for any text."""
    finder = QTextBoundaryFinder(_LINE, paragraph)
    pieces, start = [], 0
    position = finder.toNextBoundary()
    if paragraph.isascii() or max(paragraph) <= "\uffff":  # Qt counts UTF-16 units: here the same as str indices
        while position != -1:
            pieces.append(paragraph[start:position])
            start = position
            position = finder.toNextBoundary()
        return pieces
    units = paragraph.encode("utf-16-le")  # characters beyond the BMP (emoji) are two units each
    while position != -1:
        pieces.append(units[2 * start : 2 * position].decode("utf-16-le"))
        start = position
        position = finder.toNextBoundary()
    return pieces


class TextMeasurer:
    """Wraps text for one font. Get one with :func:`measurer_for` to share its caches."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetricsF(self.font)
        self.line_height = self.metrics.lineSpacing()
        self.ascent = self.metrics.ascent()
        self._space = self.metrics.horizontalAdvance(" ")
        self._words: dict[str, float] = {}
        self._plain: dict[str, float] = {}  # widths of plain words (see _PLAIN) only
        self._spaced: dict[str, float] = {}  # the same words' widths with a space's added (see _plain_size)
        #: a word's width with a space's from ``_spaced``, None for a word not there (typed as found: a None raises in
        #: the sums that read it, which :meth:`_plain_size` catches)
        self._spaced_width = cast("Callable[[str], float]", self._spaced.get)
        self._hyphened: dict[str, tuple[str, ...]] = {}  # plain words with a hyphen: their pieces (see _pieces_size)
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
            if len(self._words) > 200_000:
                self._words.clear()
                self._plain.clear()
                self._spaced.clear()
                self._hyphened.clear()
            # The usual box: plain words seen before between single spaces, its size asked for at once. Known words are
            # plain, so never empty and without a space, tab or line break: a size tells that the text is one paragraph
            # the tidying below leaves as it is (a large map's boxes are measured without its seven looks at the text).
            paragraph = text
            size = self._plain_size(text, width)
            if size is None:
                if "\n" in text or "\r" in text:
                    found = self._wrapped[key] = self._wrap_paragraphs(text, width)
                    return found
                if "  " in paragraph or "\t" in paragraph or paragraph[:1] == " " or paragraph[-1:] == " ":
                    paragraph = _SPACES.sub(" ", paragraph).strip(" ")
                    size = self._plain_size(paragraph, width)
                if size is None:  # new words, or not plain: the lines made now
                    lines, widths = zip(*self._wrap_paragraph(paragraph, width), strict=True)
                    rtl_lines = (True,) * len(lines) if is_right_to_left(paragraph) else ()
                    found = WrappedText(lines, max(widths) + 1.0, self.line_height, self.ascent, widths, rtl_lines)
                    self._wrapped[key] = found
                    return found
            # measured now, its lines made when asked for (WrappedText.measured inlined: a call less for each box)
            found = self._wrapped[key] = _new(WrappedText)
            found._joined, found._later, found.count, found.width = None, (self, paragraph, width), size[0], size[1] + 1.0
            found.line_height, found.ascent, found.rtl = self.line_height, self.ascent, ()
        return found

    def _wrap_paragraphs(self, text: str, width: float) -> WrappedText:
        """:meth:`wrap` of a text of several paragraphs (line breaks in it)."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        wrapped: list[tuple[str, float]] = []
        rtl: list[bool] = []
        for paragraph in text.split("\n"):
            if "  " in paragraph or "\t" in paragraph or paragraph[:1] == " " or paragraph[-1:] == " ":
                paragraph = _SPACES.sub(" ", paragraph).strip(" ")
            some = self._wrap_paragraph(paragraph, width)
            wrapped += some
            rtl += [is_right_to_left(paragraph)] * len(some)
        lines, widths = zip(*wrapped, strict=True)
        # widths summed piece by piece ignore kerning across breaks: a pixel of slack covers it
        return WrappedText(lines, max(widths) + 1.0, self.line_height, self.ascent, widths, tuple(rtl) if True in rtl else ())

    def paragraph_lines(self, paragraph: str, width: float) -> tuple[tuple[str, ...], tuple[float, ...]]:
        """The lines of one paragraph (single spaces, none at either end) and their widths."""
        lines, widths = zip(*self._wrap_paragraph(paragraph, width), strict=True)
        return lines, widths

    def _plain_size(self, paragraph: str, width: float) -> tuple[int, float] | None:
        """How many lines :meth:`_wrap_paragraph` makes of a paragraph of plain words seen before, and the widest
        line's width; None when a word is new (or for a width not in whole 64ths: never a box's), or a word is wider
        than a line. The same greedy filling over the words' widths each with a space after it (``_spaced``): a line
        takes words while their sum stays within ``width`` plus a space (its last word's space is not drawn). Exact
        like the word-by-word sums there: Qt's widths are whole 64ths (QFixed), whose sums and differences floating
        point holds exactly. Where a line would end at a hyphenated word, the paragraph is filled piece by piece
        (:meth:`_pieces_size`), as there. One pass over the words, no list of running sums (a box of a large map is
        measured this way: a list and a bisection per line cost a third more)."""
        if width * 64.0 != int(width * 64.0):
            return None
        words = paragraph.split(" ")
        space = self._space
        room = width + space
        used = widest = 0.0  # the line being filled and the widest line so far, each with a space's width
        count = 0
        try:
            if "-" not in paragraph:
                for spaced in map(self._spaced_width, words):
                    used += spaced  # (a new word's None raises)
                    if used > room:  # the word goes to the next line
                        line = used - spaced
                        if line == 0.0 or spaced > room:  # a word wider than a line
                            return None
                        if line > widest:
                            widest = line
                        count += 1
                        used = spaced
            else:  # the words themselves too: a line may end inside a hyphenated one, filled by its pieces, which
                # asks that every word be known first (as the loop above finds by its end)
                known = [*map(self._spaced_width, words)]
                if None in known:
                    return None
                for word, spaced in zip(words, known, strict=True):
                    used += spaced
                    if used > room:
                        line = used - spaced
                        if line == 0.0:  # the first word is wider than a line
                            return None
                        if "-" in word:  # (even one wider than a line: its pieces may fit)
                            return self._pieces_size(words, width)
                        if spaced > room:
                            return None
                        if line > widest:
                            widest = line
                        count += 1
                        used = spaced
        except TypeError:
            return None
        return count + 1, (used if used > widest else widest) - space

    def _pieces_size(self, words: list[str], width: float) -> tuple[int, float] | None:
        """:meth:`_plain_size` of plain words filled as :meth:`_wrap_pieces` fills their :func:`plain_pieces` (for a
        paragraph where a line may end after a hyphen); None when a piece is new or wider than a line. With ``ends[k]``
        the width of ``pieces[:k]`` each with the space it ends with, piece ``k`` ends at ``right[k] = ends[k] + its
        width`` (never less than the one before), and a line from ``s`` takes the pieces ending within ``ends[s] +
        width``: ``pieces[s:e]`` is a line of ``right[e - 1] - ends[s]``."""
        space, split = self._space, self._hyphened
        bares: list[str] = []
        gaps: list[float] = []
        for word in words:
            if "-" in word:
                parts = split.get(word)
                if parts is None:
                    parts = split[word] = tuple(_AFTER_HYPHEN.split(word))
                bares += parts
                gaps += [0.0] * (len(parts) - 1)
            else:
                bares.append(word)
            gaps.append(space)
        gaps[-1] = 0.0
        try:
            widths = [*map(self._words.get, bares)]
            ends = [*accumulate(map(add, widths, gaps), initial=0.0)]  # a None (a new piece) raises
        except TypeError:
            return None
        right = [*map(add, ends, widths)]  # (no None: the sums above would have raised)
        count, last = 0, len(bares) - 1
        start = 0
        widest = 0.0
        while True:
            base = ends[start]
            room = base + width
            if right[start] > room:  # a piece wider than a line: Qt breaks it between graphemes
                return None
            if right[last] <= room:  # the rest fits
                spanned = right[last] - base
                return count + 1, spanned if spanned > widest else widest
            end = bisect_right(right, room, start + 1)
            spanned = right[end - 1] - base
            if spanned > widest:
                widest = spanned
            count += 1
            start = end

    def _wrap_paragraph(self, paragraph: str, width: float) -> list[tuple[str, float]]:
        """Greedy filling of lines: (line, width) pairs. Plain words break at spaces; other text by UAX #14."""
        if not paragraph:
            return [("", 0.0)]
        words = paragraph.split(" ")
        known = [*map(self._plain.get, words)]
        try:
            widest: float | None = max(cast("list[float]", known))  # a None among numbers (a word not measured yet) raises
        except TypeError:
            widest = None
        if widest is None:
            if not self._measure_plain(words, known):
                return self._wrap_pieces(finder_pieces(paragraph), paragraph, width)
            widest = max(cast("list[float]", known))
        widths = cast("list[float]", known)  # no None left
        if widest > width:
            return self._wrap_pieces(plain_pieces(words), paragraph, width)
        space = self._space
        lines: list[tuple[str, float]] = []
        start, used = 0, widths[0]
        for k in range(1, len(words)):
            w = widths[k]
            if used + space + w > width:
                if "-" in words[k]:  # the line might end inside it, after a hyphen
                    return self._wrap_pieces(plain_pieces(words), paragraph, width)
                lines.append((" ".join(words[start:k]), used))
                start, used = k, w
            else:
                used += space + w
        lines.append((" ".join(words[start:]), used))
        return lines

    def _measure_plain(self, words: list[str], widths: list[float | None]) -> bool:
        """Fill in the widths of words not seen before; False (and stop) at a word that is not plain."""
        for k, w in enumerate(widths):
            if w is None:
                word = words[k]
                if not is_plain_word(word):
                    return False
                widths[k] = self._plain[word] = self._words[word] = w = self.metrics.horizontalAdvance(word)
                self._spaced[word] = w + self._space
        return True

    def _wrap_pieces(self, pieces: list[str], paragraph: str, width: float) -> list[tuple[str, float]]:
        """Greedy filling of lines with the pieces of ``paragraph`` between the breaks UAX #14 allows."""
        bares = [piece.rstrip(" ") for piece in pieces]
        known = self._words.get
        widths = [known(bare) or self.width(bare) for bare in bares]
        if max(widths) > width:  # a piece longer than a line: Qt breaks it between graphemes
            return self._wrap_anywhere(paragraph, width)
        space = self._space
        gaps = [space if piece[-1:] == " " else 0.0 for piece in pieces]  # the space a piece ends with
        lines: list[tuple[str, float]] = []
        start, used = 0, widths[0]  # the line being filled: its first piece and its width so far
        for k in range(1, len(pieces)):
            w = widths[k]
            gap = gaps[k - 1]
            if used + gap + w > width:
                lines.append(("".join(pieces[start:k]).rstrip(" "), used))
                start, used = k, w
            else:
                used += gap + w
        lines.append(("".join(pieces[start:]).rstrip(" "), used))
        return lines

    def _wrap_anywhere(self, paragraph: str, width: float) -> list[tuple[str, float]]:
        """Qt's own text layout: at a break UAX #14 allows where one fits, else between graphemes."""
        layout = QTextLayout(paragraph, self.font)
        option = QTextOption()  # made here, not kept: no Qt object outlives the application in the shared caches
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        units = paragraph.encode("utf-16-le")
        lines: list[tuple[str, float]] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            text = units[2 * start : 2 * (start + length)].decode("utf-16-le").rstrip(" ")
            lines.append((text, self.width(text)))
        layout.endLayout()
        return lines or [("", 0.0)]


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
