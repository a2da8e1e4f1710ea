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
