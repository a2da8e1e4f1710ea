"""The strength row of a box: the number the bar shows and the verdict read off it, in the words every view uses."""

from __future__ import annotations

from argmap.drawing.box import BoxPainting, evaluation_text, footer_text, verdict_sentence
from argmap.drawing.theme import Theme
from argmap.evaluation import Status
from argmap.model import Kind, Statement


def test_the_row_says_the_number_and_the_verdict() -> None:
    assert evaluation_text(0.6700629, Status.STANDS) == "0.67  ·  stands"
    assert evaluation_text(0.5, Status.NOT_ASSESSED) == "0.50  ·  not yet assessed"
    assert evaluation_text(0.5, Status.UNSETTLED) == "≈0.50  ·  unsettled"  # the number is not reliable
    assert evaluation_text(None, None) == ""


def test_only_refuted_boxes_are_faded_and_every_row_fits_without_resizing(qapp) -> None:
    box = BoxPainting(Statement("s", Kind.OBJECTION, "An objection"), Theme.named("light"), evaluation=True)
    width = box.w
    for status in Status:
        box.set_evaluation(0.0, status)
        assert box.defeated == (status == Status.REFUTED)
        assert box.look.badge.width(box.evaluation_text()) <= width  # a new verdict never resizes the box


def test_the_footer_says_base_score_and_the_tooltip_explains_both(qapp) -> None:
    statement = Statement("e", Kind.EVIDENCE, "A fact", score=0.8)
    assert "base 0.80" in footer_text(statement)
    text = verdict_sentence(0.8, Status.STANDS, 0.8)
    assert text.startswith("Strength 0.80 of 1: stands.") and "Base score 0.80: how strong it is on its own" in text


def test_the_translatable_words_are_the_verdicts_words(qapp) -> None:
    from argmap.drawing.box import status_meaning, status_word
    from argmap.evaluation import MEANINGS, WORDS

    for status in Status:  # (no translation loaded in tests: the English source comes back)
        assert status_word(status) == WORDS[status] and status_meaning(status) == MEANINGS[status]
