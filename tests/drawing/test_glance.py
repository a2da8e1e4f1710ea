"""A box's glance (far out: its kind and first words): the quick test of a box too short for any words."""

from __future__ import annotations

from argmap.drawing import glance as glance_module
from argmap.drawing.box import BoxPainting
from argmap.drawing.theme import Theme
from argmap.model import Kind, Statement


def test_a_box_too_short_for_a_line_of_words_is_told_at_once_and_the_same_as_measured(qapp, monkeypatch):
    """Far out most boxes have no glance, told by their height alone (NO_GLANCE_BELOW_PX): a call less for each of
    50,000 boxes of the first far image. The quick test never hides words that fit."""
    boxes = [BoxPainting(Statement("s", kind, text), Theme.named("light"))
             for kind, text in ((Kind.CLAIM, "A claim."), (Kind.SUPPORT, "A reason long enough to wrap onto a second line, and a third."))]
    scales = [k / 1000 for k in range(2, 700, 3)]

    def glances() -> list:
        found = []
        for box in boxes:
            for scale in scales:
                box.glance_cache = None
                found.append(box.glance(scale))
        return found

    quick = glances()
    monkeypatch.setattr(glance_module, "NO_GLANCE_BELOW_PX", 0.0)  # measured every time
    measured = glances()
    assert quick == measured
    assert None in measured and any(g is not None for g in measured)


def test_a_glance_at_every_zoom_shows_the_first_words_of_the_text_it_has_now(qapp, monkeypatch):
    """The pieces a text breaks into are kept between zoom steps (each step wraps the glances in view at a new width):
    the lines are those of the text cut anew, and a box whose text changed shows its new words."""
    from argmap.drawing.text_wrap import line_pieces

    texts = ("A reason long enough to wrap onto a second line, and a third.", "Well-known  words,\tspaced oddly; 検討した結果です。")
    theme = Theme.named("light")
    scales = [k / 100 for k in range(10, 50, 3)]

    def lines(text: str) -> list:
        box = BoxPainting(Statement("s", Kind.SUPPORT, text), theme)
        found = []
        for scale in scales:
            box.glance_cache = None
            seen = box.glance(scale)
            found.append(seen.lines if seen is not None else None)
        return found

    kept = [lines(text) for text in texts]
    assert [lines(text) for text in texts] == kept, "the same from the kept pieces"
    monkeypatch.setattr(glance_module, "_pieces", lambda text: line_pieces(" ".join(text.split())))  # cut anew each time
    assert [lines(text) for text in texts] == kept
    assert any(g and g[0].startswith("A reason") for g in kept[0])
    monkeypatch.undo()
    box = BoxPainting(Statement("s", Kind.SUPPORT, texts[0]), theme)
    assert box.glance(0.46).lines[0].startswith("A reason")
    changed = BoxPainting(Statement("s", Kind.SUPPORT, "Now other words entirely, as edited."), theme)
    assert changed.glance(0.46).lines[0].startswith("Now other")
