"""Far out, right-to-left words are right-aligned in their box, as at full detail; left-to-right words start at the left."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from argmap.drawing.box import GLANCE_PAD, BoxPainting, glance_runs
from argmap.drawing.text_wrap import RLE
from argmap.drawing.theme import Theme
from argmap.model import Kind, Statement

ARABIC = "يجب على اليابان أن تشارك في مهمة حلف الناتو لتدريب أوكرانيا ومساعدتها"
ENGLISH = "Japan should take part in NATO's mission to train and aid Ukraine"
SCALE = 0.6  # far out (the canvas glances below its detail threshold), two lines of words or more


def glance_of(text: str, lines: int = 2):
    box = BoxPainting(Statement("s", Kind.CLAIM, text), Theme.named("light"))
    glance = box.glance(SCALE)
    assert glance is not None and len(glance.lines) >= lines
    return box, glance


def test_arabic_lines_end_at_the_right_edge_and_english_ones_start_at_the_left(qapp):
    screen = QRectF(100.0, 50.0, 0.0, 0.0)
    for text, rtl in ((ARABIC, True), (ENGLISH, False)):
        box, glance = glance_of(text)
        assert glance.rtl == rtl
        on_screen = screen.adjusted(0, 0, box.w * SCALE, box.h * SCALE)
        measurer = box.look.glance_text
        for x, _, line in glance_runs(glance, on_screen, measurer):
            if rtl:
                assert line.startswith(RLE)  # ordered right-to-left whatever the painter's default direction
                assert abs(x + measurer.width(line.strip(RLE + "\u202c")) - (on_screen.right() - GLANCE_PAD)) < 0.01
                assert x > on_screen.left() + GLANCE_PAD + 1  # not left-aligned
            else:
                assert x == on_screen.left() + GLANCE_PAD


def ink_columns(text: str) -> tuple[int, int, int]:
    """The leftmost and rightmost columns of dark ink under the header band, and the box's width on screen."""
    box, glance = glance_of(text, lines=1)
    width, height = round(box.w * SCALE), round(box.h * SCALE)
    image = QImage(width + 20, height + 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setTransform(QTransform.fromTranslate(10, 10).scale(SCALE, SCALE))
    box.paint_glance(painter, glance)
    painter.end()
    top = 10 + round(glance.band_h) + 2
    dark = [x for x in range(12, 10 + width - 2) for y in range(top, 10 + height - 2)  # inside the border
            if QColor(image.pixel(x, y)).lightness() < 110]
    return min(dark) - 10, max(dark) - 10, width


def test_the_drawn_arabic_words_sit_against_the_right_edge(qapp):
    """A short word, much narrower than the box: where its ink is tells the alignment."""
    left, right, width = ink_columns("نعم")  # "yes"
    assert width - right <= GLANCE_PAD + 4 and left > width / 3  # by the right border, not the left
    left, right, width = ink_columns("Yes")
    assert left <= GLANCE_PAD + 4 and right < width * 2 / 3  # English by the left border
