"""The brief's writers with another language's punctuation, and the verdict words next to each strength."""

from __future__ import annotations

import pytest

from argmap.export.brief.document import Para
from argmap.export.brief.markdown import runs, to_markdown

pytest.importorskip("PySide6")


def test_bold_before_japanese_text_still_closes_in_markdown():
    # CommonMark does not close ** after punctuation when a letter follows: the colon goes after the mark
    assert runs((("立場:", "b"), ("論題に賛成", ""))) == "**立場**:論題に賛成"
    assert runs((("Side: ", "b"), ("For the motion", ""))) == "**Side:** For the motion"
    assert runs((("見出し…", "b"), ("(強さ 0.25)", ""))) == "**見出し…**(強さ 0.25)"  # before punctuation it closes
    assert to_markdown([Para((("回答 1:", "b"), ("はい", "")))]) == "**回答 1**:はい\n"


def test_the_brief_says_each_strengths_verdict():
    from argmap.export.brief import make_brief
    from argmap.export.brief.markdown import to_markdown
    from argmap.model import ArgumentMap

    m = ArgumentMap()
    m.add("claim", "We should walk.", id="c", score=0.6)
    m.add("support", "Walking is healthy.", parent="c", id="s", score=0.8)
    m.add("objection", "It rains.", parent="c", id="o", score=0.7)
    m.add("rebuttal", "We have umbrellas.", parent="o", id="r", score=0.9)
    text = to_markdown(make_brief(m, "against"))
    assert "_Strength 0.80 (stands); moves the motion" not in text  # against: the support is theirs
    assert "(strength 0.80, stands)" in text  # their case, with the boxes' verdict
    assert "Strength 0.07 (refuted); moves the motion" in text  # our objection, brought down by the rebuttal
