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


def test_undercuts_and_rephrases_read_alike_in_both(qapp):
    from argmap.model import ArgumentMap, Link, Relation

    amap = ArgumentMap()
    amap.add("claim", "Tea is good", id="c", score=0.5)
    amap.add("support", "Tea has antioxidants", id="s", parent="c", score=0.8)
    amap.add("objection", "Some %2 of them are not absorbed", id="u", score=0.5)  # "%2" in a text stays
    amap.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    amap.add("objection", "Nor the rest", id="v", score=0.2)
    amap.add_link(Link("v", "c", Relation.ATTACK, onto="s"))
    amap.add("claim", "Tea does you good", id="r")
    amap.connect("r", "c", Relation.REPHRASE)
    ev = evaluate(amap)
    for statement in amap.statements():
        e = english.explain(ev, statement.id)
        assert explain_text.explanation_lines(amap, e) == english.explanation_lines(amap, e), statement.id
        assert explain_text.summary(amap, e) == english.summary(amap, e), statement.id
    lines = english.explanation_lines(amap, english.explain(ev, "c"))
    # w = 0.5 * 0.8 = 0.4: S counts 0.32, c = 0.66; without U: w = 0.8, S counts 0.64, c = 0.82
    assert ("Without the undercut “Some %2 of them are not absorbed” (0.50) the inference from “Tea has antioxidants” "
            "would count with weight 0.80: this claim would be 0.82 instead of 0.66.") in lines
    assert any("(0.80 × 0.40)" in line for line in lines)  # noqa: RUF001 - a times sign
    assert english.explanation_lines(amap, english.explain(ev, "r"))[1].startswith("It restates “Tea is good”")
