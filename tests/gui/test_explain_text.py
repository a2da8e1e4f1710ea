"""The Analysis dock's "why" and the boxes' tooltips say what `argmap explain` says, in the interface's language."""

from __future__ import annotations

from pathlib import Path

from argmap.evaluation import evaluate
from argmap.evaluation import explain as english
from argmap.gui import explain_text
from argmap.io import load

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def test_in_english_every_sentence_reads_as_the_command_line_says_it(qapp):
    amap = load(EXAMPLE)
    for semantics in ("dfquad", "quadratic"):  # DF-QuAD adds a sentence on saturation
        ev = evaluate(amap, semantics)
        for statement in amap.statements():
            e = english.explain(ev, statement.id)
            assert explain_text.explanation_lines(amap, e) == english.explanation_lines(amap, e), statement.id
            assert explain_text.summary(amap, e) == english.summary(amap, e), statement.id


def test_a_linked_reason_is_named_with_all_its_premises(qapp):
    amap = load(EXAMPLE)
    ids = [s.id for s in amap.statements()][:2]
    assert explain_text.reply_name(amap, tuple(ids)) == english.reply_name(amap, tuple(ids))
    assert explain_text.reply_name(amap, tuple(ids)).startswith("the linked reason “")
