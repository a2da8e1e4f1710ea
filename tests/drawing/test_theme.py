"""The theme's font size: one setting that every box, and so every exporter given the theme, follows."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.drawing.box import BoxPainting
from argmap.drawing.theme import DEFAULT_FONT_SIZE, Theme
from argmap.model import ArgumentMap


@pytest.fixture(autouse=True)
def app(qapp):
    return qapp


def statement(kind="support", text="Japan has practical experience of peacekeeping in Cambodia and South Sudan."):
    amap = ArgumentMap()
    amap.add("claim", "Japan should take part.", id="c")
    if kind == "claim":
        return amap.statement("c")
    amap.add(kind, text, id="s", parent="c")
    return amap.statement("s")


def test_named_takes_a_font_size_and_hands_out_one_theme_per_size():
    large = Theme.named("light", font_size=20)
    assert large is Theme.named("light", font_size=20)
    assert large.font_size == 20 and large.text_font(statement().kind).pixelSize() == 20
    assert large.label_px > Theme.light().label_px and large.badge_px > Theme.light().badge_px
    assert large.kinds == Theme.light().kinds and large.name == "light"
    assert Theme.named("dark", font_size=20).background == Theme.dark().background
    assert Theme.named("light") is Theme.light() and Theme.light().font_size == DEFAULT_FONT_SIZE
    assert Theme.named("light", font_size=DEFAULT_FONT_SIZE) is Theme.light()


def test_sizing_a_sized_theme_starts_from_the_original():
    assert Theme.light().with_font_size(17).with_font_size(20) is Theme.light().with_font_size(20)
    assert Theme.light().with_font_size(17).with_font_size(DEFAULT_FONT_SIZE) is Theme.light()


@pytest.mark.parametrize("bad", [0, 7, 49, 14.5, "14"])
def test_a_font_size_out_of_range_is_refused(bad):
    with pytest.raises(ValueError, match="font size"):
        Theme.named("light", font_size=bad)


@pytest.mark.parametrize("kind", ["claim", "support", "objection", "evidence"])
def test_a_larger_font_size_makes_larger_boxes_with_larger_text(kind):
    s = statement(kind)
    normal = BoxPainting(s, Theme.light(), evaluation=True)
    large = BoxPainting(s, Theme.light().with_font_size(20), evaluation=True)
    assert large.h > normal.h and large.w >= normal.w
    assert large.look.text.font.pixelSize() > normal.look.text.font.pixelSize()
    assert large.header_h > normal.header_h
    assert large.look.eval_row_h >= normal.look.eval_row_h
    # the text still fits the box it measured
    assert all(x + large.look.text.width(line) <= large.w for x, _, line in large.text_runs)
    assert max(y for _, y, _ in large.text_runs) < large.h


def test_the_glance_shows_the_kind_and_the_first_words_and_says_when_more_follows():
    box = BoxPainting(statement(), Theme.light())
    glance = box.glance(0.4)
    assert glance is not None
    assert glance.label == "REASON"
    assert glance.lines[0].startswith("Japan")
    assert glance.lines[-1].endswith("…")
    width = box.w * 0.4
    assert all(box.look.glance_text.width(line) <= width for line in glance.lines)
    assert box.glance(0.4) is glance  # remembered for the same size on screen
    assert box.glance(0.05) is None  # nothing readable fits: the canvas draws a coloured block


def test_a_word_too_long_for_a_far_out_line_is_shortened_not_broken():
    text = "Counterintelligence cooperation with NATO members matters more than any single dispatch of troops would."
    box = BoxPainting(statement(text=text), Theme.light())
    glance = box.glance(0.3)
    assert glance is not None
    assert glance.lines[0].startswith("Counter") and glance.lines[0].endswith("…")
    assert not any(line.startswith(("ligence", "intelligence")) for line in glance.lines)
