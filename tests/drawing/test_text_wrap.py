"""Box text breaks into lines as a typesetter would (UAX #14), in Japanese, Arabic, Latin and emoji alike."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QColor, QImage, QPainter

from argmap.drawing.box import BoxPainting
from argmap.drawing.svg_painter import SvgPainter
from argmap.drawing.text_wrap import _PLAIN, PDF, RLE, TextMeasurer, finder_pieces, is_plain_word, line_pieces, measurer_for
from argmap.drawing.theme import Theme
from argmap.model import Kind, Statement

JAPANESE = (
    "日本はNATOとの協力を強めるべきだ。ウクライナ侵攻は、"
    "欧州とアジアの安全保障が不可分であることを示した。「抑止」は言葉ではなく能力である。"
)
MIXED = "Ukraine 侵攻は欧州とアジアの安全保障が不可分であることを示した。NATO summit では IP4 が招かれた。"
ARABIC = "أظهرت الحرب في أوكرانيا أن أمن أوروبا وآسيا لا يتجزأ، " "ولذلك ينبغي لليابان أن تتعاون مع الناتو."
EMOJI = "Families 👨‍👩‍👧‍👦 and thumbs 👍🏽 and flags 🇯🇵🇺🇦 stay whole: café, naïve, e\u0301e\u0301e\u0301 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦"
CLOSING = "。、」』】\uff09\uff0c\uff0e\uff01\uff1f"  # and the fullwidth ) , . ! ?
OPENING = "「『【\uff08"  # and the fullwidth (
WIDTHS = [40.0 + 7 * k for k in range(40)]


@pytest.fixture(scope="module")
def measurer(qapp):
    return measurer_for(Theme.light().text_font(Kind.SUPPORT))


def utf16_offsets(text: str) -> list[int]:
    """The UTF-16 offset where each character of ``text`` starts (Qt counts in UTF-16 units)."""
    offsets, at = [], 0
    for ch in text:
        offsets.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    return [*offsets, at]


def allowed(text: str, kind: QTextBoundaryFinder.BoundaryType) -> set[int]:
    """Character indices of ``text`` where Qt's boundary finder puts a boundary of ``kind``."""
    finder = QTextBoundaryFinder(kind, text)
    units = utf16_offsets(text)
    cuts, position = set(), finder.toNextBoundary()
    while position != -1:
        cuts.add(units.index(position))
        position = finder.toNextBoundary()
    return cuts


def cut_points(text: str, lines: tuple[str, ...]) -> list[int]:
    """Where in ``text`` (one paragraph, single spaces) each line after the first starts."""
    cuts, at = [], 0
    for line in lines:
        at = text.index(line, at)
        cuts.append(at)
        at += len(line)
    assert "".join(lines).replace(" ", "") == text.replace(" ", ""), "no text is lost or reordered"
    return cuts[1:]


@pytest.mark.parametrize("text", [JAPANESE, MIXED, ARABIC, EMOJI])
def test_lines_break_only_where_the_unicode_rules_allow_when_every_piece_fits(measurer, text):
    line_breaks = allowed(text, QTextBoundaryFinder.BoundaryType.Line)
    widest_piece = max(measurer.width(p.rstrip(" ")) for p in line_pieces(text))
    for width in WIDTHS:
        if width < widest_piece:
            continue
        lines = measurer.wrap(text, width).lines
        assert all(measurer.width(line) <= width + 0.5 for line in lines)
        assert set(cut_points(text, lines)) <= line_breaks, (width, lines)


def test_japanese_keeps_latin_words_whole_and_no_line_starts_with_closing_punctuation(measurer):
    for width in WIDTHS[4:]:
        lines = measurer.wrap(JAPANESE + MIXED, width).lines
        assert len(lines) > 1
        text = "\n".join(lines)
        for word in ("NATO", "Ukraine", "summit", "IP4"):
            assert word in text, (width, lines)
        assert not any(line[0] in CLOSING for line in lines[1:]), (width, lines)
        assert not any(line[-1] in OPENING for line in lines), (width, lines)


def test_japanese_breaks_between_characters_and_fills_its_lines(measurer):
    lines = measurer.wrap(JAPANESE, 150.0).lines
    assert lines[0].startswith("日本はNATOとの")  # "NATO" flows on with the Japanese around it
    assert all(measurer.width(line) > 150.0 - 3 * 15 for line in lines[:-1])  # full lines: no word-sized gaps


def test_a_latin_word_before_japanese_text_does_not_stand_alone(measurer):
    lines = measurer.wrap(MIXED, 200.0).lines
    assert lines[0].startswith("Ukraine 侵攻は"), lines


def test_latin_text_breaks_after_spaces_and_hyphens_only(measurer):
    text = "A well-known argument: Japan should deepen its cooperation with NATO, because deterrence works."
    widest = max(measurer.width(word) for word in text.replace("-", " ").split(" "))
    for width in (w for w in WIDTHS if w >= widest):
        lines = measurer.wrap(text, width).lines
        assert all(text[cut - 1] in " -" for cut in cut_points(text, lines)), (width, lines)


def test_emoji_and_combining_marks_stay_whole_even_where_a_line_must_break_anywhere(measurer):
    graphemes = allowed(EMOJI, QTextBoundaryFinder.BoundaryType.Grapheme)
    for width in [20.0, 30.0, 45.0, *WIDTHS]:
        lines = measurer.wrap(EMOJI, width).lines
        assert set(cut_points(EMOJI, lines)) <= graphemes, (width, lines)


def test_a_url_longer_than_the_line_is_broken_to_fit(measurer):
    url = "https://example.org/" + "a-very-long-path-segment" * 6
    lines = measurer.wrap(f"See {url} now.", 200.0).lines
    assert len(lines) > 2 and all(measurer.width(line) <= 200.5 for line in lines)
    assert "".join(lines).replace(" ", "") == f"See{url}now."


WORD = st.text(alphabet=sorted(_PLAIN) + ["-"] * 6, min_size=1, max_size=12)


@settings(max_examples=1000, deadline=None)
@given(st.lists(WORD.filter(is_plain_word), min_size=1, max_size=7).map(" ".join))
def test_plain_text_breaks_exactly_where_the_unicode_rules_say(text):
    """The fast path for plain text (no boundary finder) must agree with Qt's UAX #14."""
    assert line_pieces(text) == finder_pieces(text)


def statement(text: str) -> Statement:
    return Statement(id="s", kind=Kind.SUPPORT, text=text)


def ink_columns(box: BoxPainting) -> tuple[list[int], list[int]]:
    """For each text line: the leftmost and rightmost column with ink, painted as the canvas paints it."""
    image = QImage(int(box.w) + 2, int(box.h) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    box.paint(painter)
    painter.end()
    lefts, rights = [], []
    step = box.text.line_height
    for _, y, _ in box.text_runs:
        dark = [
            x
            for x in range(3, int(box.w) - 3)  # inside the border
            for yy in range(int(y - step * 0.6), int(y))
            if image.pixelColor(x, yy).lightness() < 110
        ]
        lefts.append(min(dark))
        rights.append(max(dark))
    return lefts, rights


def test_arabic_reads_right_to_left_right_aligned_on_canvas_and_in_svg(qapp):
    theme = Theme.light()
    box = BoxPainting(statement(ARABIC), theme)
    assert len(box.text_runs) > 2 and box.text.rtl == (True,) * len(box.text.lines)
    lefts, rights = ink_columns(box)
    right_edge = box.w - theme.padding
    assert all(abs(r - right_edge) < 5 for r in rights), (rights, right_edge)  # every line ends at the right
    assert max(lefts) - min(lefts) > 10  # ragged on the left, as right-to-left text is
    # the first word is at the right end of the first line (glyph by glyph is Qt's business: its shaper)
    first = box.text.lines[0].split(" ")[0]
    word = BoxPainting(statement(first), theme)
    first_line = box.text_runs[0]
    assert first_line[2].startswith(RLE + first) and first_line[2].endswith(PDF)
    assert rights[0] - (ink_columns(word)[1][0] - ink_columns(word)[0][0]) > lefts[0] + 5
    # SVG: the same lines at the same places, each inside a right-to-left embedding
    svg = SvgPainter(box.w, box.h, font_fallback="sans-serif")
    box.paint(svg)
    document = svg.document(title="t", description="d")
    for x, y, line in box.text_runs:
        assert f'<text x="{x:.1f}" y="{y:.1f}">{line}</text>' in document


def test_left_to_right_boxes_carry_no_direction_marks(qapp):
    box = BoxPainting(statement(JAPANESE + " " + MIXED), Theme.light())
    assert box.text.rtl == ()
    assert not any(RLE in line for _, _, line in box.text_runs)
    assert {x for x, _, _ in box.text_runs} == {Theme.light().padding}


@pytest.mark.parametrize("text", [JAPANESE, MIXED, ARABIC, EMOJI, "  spaced\tout  words ", "well-known short-lived ideas " * 6, ""])
def test_one_paragraph_wraps_as_it_does_among_others(measurer, text):
    # one paragraph takes a shorter way through wrap(): the same lines, widths and directions as a paragraph of several
    for width in (60.0, 180.0, 400.0):
        alone = measurer.wrap(text, width)
        among = measurer.wrap(text + "\n" + text, width)
        half = len(among.lines) // 2
        assert (alone.lines, alone.line_widths) == (among.lines[:half], among.line_widths[:half])
        assert alone.width == max(among.line_widths[:half]) + 1.0
        assert alone.rtl == among.rtl[:half] or (alone.rtl == () and True not in among.rtl)


def test_empty_paragraphs_and_single_lines_keep_their_lines_and_widths(measurer):
    # the lines are kept joined in one string: empty lines, one line, and lines of spaces all come back as they were
    for text in ("first\n\nthird", "one", "", "\n", "a\n \nb", "well-known ideas " * 12):
        wrapped = measurer.wrap(text, 120.0)
        paragraphs = text.split("\n")
        assert len(wrapped.lines) == len(wrapped.line_widths) >= len(paragraphs)
        assert wrapped.height == wrapped.line_height * len(wrapped.lines)
        assert "".join(wrapped.lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert measurer.wrap("first\n\nthird", 120.0).lines == ("first", "", "third")
    assert measurer.wrap("one", 120.0).line_widths == (measurer.width("one"),)


PLAIN_WORDS = ["a", "I", "of", "the", "reason", "evidence", "counter-argument", "well-known", "NATO", "1-2", "-5",
               "because,", "(not", "this)", "x" * 30, "supports", "mmmmmmmmmm", "it's", "e.g.", "3.14"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=40), st.sampled_from([60.0, 97.5, 130.0, 180.0, 260.0, 401.0]))
def test_plain_text_fills_each_line_greedily_with_whole_words(measurer, words, width):
    # every line holds as many words as fit, the next word would not; the widths are the words' and spaces' widths
    # (a line ends inside a hyphenated word only where UAX #14 allows: the pieces' way, checked above). The size a box
    # is laid out with (lines, widest) is known before the lines are made (a box is measured long before it is painted)
    text = " ".join(words)
    fresh = TextMeasurer(measurer.font)
    first = fresh.wrap(text, width)  # new words: measured and wrapped at once
    wrapped = fresh.wrap(" " + text, width)  # the same paragraph, its words known: only its size, the lines later
    count, widest, height = wrapped.count, wrapped.width, wrapped.height
    lines, widths = wrapped.lines, wrapped.line_widths
    assert (len(lines), max(widths) + 1.0, len(lines) * wrapped.line_height) == (count, widest, height)
    assert (lines, widths) == (first.lines, first.line_widths)
    assert wrapped == first and hash(wrapped) == hash(first)
    assert " ".join(lines).replace(" ", "") == text.replace(" ", "")
    if any("-" in word for word in words) or any(measurer.width(word) > width for word in words):
        return  # broken inside words: the pieces' path
    space = measurer.width(" ")
    assert " ".join(lines) == text
    for k, line in enumerate(lines):
        line_words = line.split(" ")
        assert widths[k] == sum(measurer.width(w) for w in line_words) + space * (len(line_words) - 1)
        assert widths[k] <= width
        if k + 1 < len(lines):
            assert widths[k] + space + measurer.width(lines[k + 1].split(" ")[0]) > width


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=40), st.sampled_from([60.0, 97.5, 130.0, 180.0, 260.0, 401.0]))
def test_the_size_of_known_words_is_that_of_their_lines(measurer, words, width):
    # a box's size is worked out from its words' widths alone, in one pass (the lines are made when first painted):
    # as many lines as the filling makes and its widest line, and no fall-back to the filling itself when every
    # word fits on a line (a large map's boxes are all measured this way before its first paint)
    text = " ".join(words)
    fresh = TextMeasurer(measurer.font)
    fresh.wrap(text, width)  # its words measured
    size = fresh._plain_size(text, width)
    lines = fresh._wrap_paragraph(text, width)
    if size is not None:
        assert size == (len(lines), max(w for _, w in lines))
    if all(is_plain_word(word) and fresh.width(word) <= width for word in words):
        assert size is not None


def test_the_boxes_of_a_generated_map_are_sized_as_their_lines(qapp):
    # every statement text of a generated map (hyphenated words, semicolons, lines ending anywhere) at each kind's own
    # width and at narrower ones: the size known before the lines is that of the lines when they are made, and (every
    # word plain) it is known for most of them
    from benchmarks.generate import generate_map

    theme = Theme.light()
    amap = generate_map(600, seed=3)
    statements = amap.statements()
    for s in statements:
        BoxPainting(s, theme)  # the words measured
    sized = 0
    for s in statements:
        look_text = measurer_for(theme.text_font(s.kind))
        for width in (BoxPainting(s, theme).look.wrap_width, 97.0, 150.5, 61.0):
            size = look_text._plain_size(s.text, width)
            lines = look_text._wrap_paragraph(s.text, width)
            if size is not None:
                sized += 1
                assert size == (len(lines), max(w for _, w in lines)), (s.text, width)
    assert sized > 3 * len(statements)  # (the size's own path, not the lines', for most)


@pytest.mark.parametrize("width", [60.0, 97.5, 130.0, 180.0])
def test_untidy_text_wraps_as_its_tidy_text_when_every_word_is_known(measurer, width):
    # a text is sized from its words before it is tidied (single spaces, none at either end): spaces left over, even
    # after a hyphenated word where a line may end inside it, with an empty piece's width known, must not be sized so
    tidy = " ".join(["the", "well-known", "reason", "of", "counter-argument", "evidence"] * 4)
    fresh = TextMeasurer(measurer.font)
    fresh.width("")  # (an empty line's width: an empty piece is known)
    expected = fresh.wrap(tidy, width)
    for untidy in (tidy.replace("reason of", "reason  of"), " " + tidy, tidy + " ", tidy.replace(" of ", "\tof ")):
        wrapped = fresh.wrap(untidy, width)
        assert (wrapped.lines, wrapped.line_widths, wrapped.count, wrapped.width) == (
            expected.lines, expected.line_widths, expected.count, expected.width)
