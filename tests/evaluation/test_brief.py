"""The brief's content: our case by impact, every argument of theirs as a block with our answers, the gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.evaluation.brief import NoMainClaim, build_brief
from argmap.evaluation.sides import Side, sides
from argmap.evaluation.speech import clock, speech_outline
from argmap.io import load
from argmap.model import ArgumentMap, Relation

EXAMPLE = Path(__file__).parents[2] / "maps" / "japan-nato-ukraine.json"


def small() -> ArgumentMap:
    m = ArgumentMap("Tea")
    m.add("claim", "Tea is good.", id="c")
    m.add("support", "Tea has antioxidants.", parent="c", id="weak", score=0.2)
    m.add("support", "Tea is calming.", parent="c", id="strong", score=0.9)
    m.add("evidence", "A survey of tea drinkers found them calmer.", parent="strong", id="e")
    m.add("objection", "Tea keeps you awake.", parent="c", id="o")
    m.add("rebuttal", "Herbal tea has no caffeine.", parent="o", id="r")
    m.add("objection", "Tea stains teeth.", parent="c", id="o2")
    return m


def test_our_case_is_ordered_by_impact_with_its_evidence_cards() -> None:
    brief = build_brief(small(), "for")
    assert [p.id for p in brief.case] == ["strong", "weak"]
    assert brief.case[0].impact > brief.case[1].impact > 0
    assert [c.id for c in brief.case[0].cards] == ["e"]
    assert brief.main.id == "c" and brief.stance == "for"


def test_blocks_hold_each_of_their_arguments_with_our_answers_and_the_unanswered_ones() -> None:
    brief = build_brief(small(), "for")
    blocks = {b.against.id: [a.id for a in b.answers] for b in brief.blocks}
    assert blocks == {"o": ["r"], "o2": []}
    assert [b.against.id for b in brief.unanswered] == ["o2"]
    assert brief.blocks[0].target_heading == "the motion"


def test_against_side_turns_the_map_around() -> None:
    brief = build_brief(small(), "against")
    assert {p.id for p in brief.case} == {"o", "o2"}
    assert {p.id for p in brief.their_case} == {"weak", "strong"}
    blocks = {b.against.id: [a.id for a in b.answers] for b in brief.blocks}
    # their reasons on the motion and their rebuttal of our objection; we answered none of them
    assert blocks == {"strong": [], "weak": [], "r": []}


def test_an_empty_map_has_no_brief_and_both_is_not_a_side() -> None:
    with pytest.raises(NoMainClaim):
        build_brief(ArgumentMap(), "for")
    with pytest.raises(ValueError, match="one side"):
        build_brief(small(), "both")


@pytest.mark.parametrize("side", ["for", "against"])
def test_example_brief_lists_every_argument_of_the_other_side_with_our_answers(side: str) -> None:
    m = load(EXAMPLE)
    of = sides(m)
    ours, theirs = Side(side), Side(side).other
    brief = build_brief(m, side)
    # every statement of theirs that attacks one of ours, and every reason of theirs on the motion
    expected = {
        link.source for link in m.links()
        if of[link.source] == theirs and m.statement(link.source).kind != "evidence"
        and ((link.relation == Relation.ATTACK and of[link.target] == ours)
             or (link.target == "c1" and link.relation == Relation.SUPPORT))
    }
    assert {b.against.id for b in brief.blocks} == expected
    for b in brief.blocks:
        answers = {c for c in m.children(b.against.id, Relation.ATTACK) if of[c] == ours}
        assert {a.id for a in b.answers} == answers
    assert {b.against.id for b in brief.unanswered} == {i for i in expected if not m.children(i, Relation.ATTACK)}
    if side == "for":
        assert expected == {f"o{n}" for n in range(1, 13)}  # all twelve objections
        assert {b.against.id for b in brief.unanswered} == {"o8", "o9", "o11", "o12"}
    outline = speech_outline(brief, 6)
    assert outline.fits and outline.seconds <= 360
    assert outline.parts[0].label == "Opening" and outline.parts[-1].label == "Closing"


def test_the_outline_leaves_out_what_does_not_fit_and_says_so() -> None:
    brief = build_brief(load(EXAMPLE), "for")
    full = speech_outline(brief, 6)
    assert not full.left_out
    short = speech_outline(brief, 1)
    assert short.fits and short.left_out
    assert len(short.parts) - 2 + len(short.left_out) == len(full.parts) - 2  # every part is either kept or listed
    assert all(p.seconds == pytest.approx(p.words * 60 / 160) for p in short.parts)
    assert clock(75.4) == "1:15"
    with pytest.raises(ValueError):
        speech_outline(brief, 0)


def test_undercuts_and_rephrases_in_the_brief() -> None:
    from argmap.model import Link

    m = ArgumentMap()
    m.add("claim", "We should walk", id="c")
    m.add("support", "Walking is healthy", id="s", parent="c", score=0.8)
    m.add("objection", "It rains", id="o", parent="c", score=0.7)
    m.add("claim", "Let us go on foot", id="r")
    m.connect("r", "c", Relation.REPHRASE)
    m.add("objection", "Not in this smog", id="u")  # undercuts our reason: a block against us
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    m.add("rebuttal", "Rain does not stop a walk", id="v")  # undercuts their objection: our answer to it
    m.add_link(Link("v", "c", Relation.ATTACK, onto="o"))
    brief = build_brief(m, "for")
    assert [p.id for p in brief.case] == ["s"]  # the rephrase is not a reason
    blocks = {b.against.id: [a.id for a in b.answers] for b in brief.blocks}
    assert blocks == {"o": ["v"], "u": []}
    assert [b.against.id for b in brief.unanswered] == ["u"]
