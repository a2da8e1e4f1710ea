"""Sides, verdicts and findings with undercuts and rephrases."""

from __future__ import annotations

import pytest

from argmap.evaluation import Status, evaluate, find_issues
from argmap.evaluation.sides import Side, sides
from argmap.model import ArgumentMap, Link, Relation


def claim_with_reason_and_objection() -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "C", id="c", score=0.6)
    m.add("support", "S", id="s", parent="c", score=0.8)
    m.add("objection", "O", id="o", parent="c", score=0.7)
    return m


def codes(m: ArgumentMap, node: str) -> set[str]:
    return {f.code for f in find_issues(m) if node in f.nodes}


def test_an_undercut_is_on_the_other_side_than_the_reason_it_cuts() -> None:
    m = claim_with_reason_and_objection()
    m.add("objection", "U", id="u")
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))  # cuts our reason: against us
    m.add("rebuttal", "V", id="v")
    m.add_link(Link("v", "c", Relation.ATTACK, onto="o"))  # cuts their objection: for us
    assert sides(m) == {"c": Side.FOR, "s": Side.FOR, "o": Side.AGAINST, "u": Side.AGAINST, "v": Side.FOR}


def test_an_unanswered_undercut_of_our_reason_is_an_unanswered_objection() -> None:
    m = claim_with_reason_and_objection()
    m.add("objection", "U", id="u")
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    assert evaluate(m).status("u") == Status.UNANSWERED
    assert "unanswered-objection" in codes(m, "u")
    m.add("rebuttal", "R", id="r", parent="u")  # answered now
    assert evaluate(m).status("u") != Status.UNANSWERED
    assert "unanswered-objection" not in codes(m, "u")


def test_an_undercut_of_their_objection_is_not_an_objection() -> None:
    m = claim_with_reason_and_objection()
    m.add("rebuttal", "V", id="v", score=0.9)
    m.add_link(Link("v", "c", Relation.ATTACK, onto="o"))
    ev = evaluate(m)
    assert ev.status("v") != Status.UNANSWERED
    assert not codes(m, "v")  # not unanswered, and a rebuttal linked as an attack: its kind fits
    assert ev.status("o") == Status.UNANSWERED  # O itself is still unanswered: V weakens its inference only


def test_kind_contradicts_link_for_undercuts_and_never_for_rephrases() -> None:
    m = claim_with_reason_and_objection()
    m.add("support", "U", id="u")  # a "support" that is linked as an undercut: an attack
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    assert "kind-contradicts-link" in codes(m, "u")
    m.add("objection", "Said again", id="r")
    m.connect("r", "o", Relation.REPHRASE)
    m.add("support", "C said again", id="r2")
    m.connect("r2", "c", Relation.REPHRASE)
    for node in ("r", "r2"):
        assert not codes(m, node) & {"kind-contradicts-link", "reason-without-claim", "disconnected"}, node


def test_a_rephrase_shows_what_it_restates() -> None:
    m = claim_with_reason_and_objection()
    m.add("claim", "C in other words", id="r", score=0.1)
    m.connect("r", "c", Relation.REPHRASE)
    ev = evaluate(m)
    assert ev.strength("r") == ev.strength("c") and ev.status("r") == ev.status("c")
    assert ev.restates("r") == "c" and ev.restates("c") is None
    assert ev.labels["r"] == ev.labels["c"]
    assert ev.graph.main_claims() == [ev.graph.index["c"]]  # a rephrase of the claim is not a second claim
    assert sides(m)["r"] == Side.FOR
    assert not codes(m, "r")  # not unsupported, not disconnected, not a weakened main claim
    # its own base score plays no part; a base-score edit of what it restates reaches it
    m.update("c", score=0.9)
    inc = evaluate(m, previous=ev, changed={"c"}, structure=False)
    assert inc.strength("r") == inc.strength("c") == evaluate(m).strength("r")


def test_a_rephrase_with_replies_of_its_own_is_judged_on_its_own() -> None:
    m = claim_with_reason_and_objection()
    m.add("claim", "C in other words", id="r", score=0.5)
    m.connect("r", "c", Relation.REPHRASE)
    before = evaluate(m).strength("c")
    m.add("objection", "X", id="x", parent="r", score=1.0)
    ev = evaluate(m)
    assert ev.restates("r") is None
    assert ev.strength("r") == pytest.approx(0.0)  # 0.5 attacked by 1.0
    assert ev.strength("c") == pytest.approx(before)  # a rephrase has no force: X does not reach C
    notes = [f for f in find_issues(m) if f.code == "rephrase-with-replies"]
    assert [f.nodes for f in notes] == [("r", "c")]
    assert notes[0].message == ("“C in other words” restates “C”, but its replies do not count for “C”: "
                                "a rephrase has no force (move them onto “C” if they are meant for it)")


def test_check_json_lists_undercuts_and_rephrases(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    import json

    from argmap.cli import main
    from argmap.io import save

    m = claim_with_reason_and_objection()
    m.add("objection", "U", id="u", score=0.5)
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    m.add("claim", "C again", id="r")
    m.connect("r", "c", Relation.REPHRASE)
    path = tmp_path / "m.json"
    save(m, path)
    assert main(["check", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["undercuts"] == [{"target": "c", "premises": ["s"], "relation": "support", "undercut_by": [["u"]],
                                 "weight": 0.5}]
    assert out["statements"]["r"]["restates"] == "c" and "restates" not in out["statements"]["c"]
    assert out["statements"]["r"]["strength"] == out["statements"]["c"]["strength"]
    assert {"strength", "status", "label", "converged"} <= set(out["statements"]["u"])  # the old keys are all there
    assert {m["claim"] for m in out["impact"]} == {"c"}  # the rephrase is not a second main claim
    # taking U out lets S count fully: c = 0.6 + 0.4 * (0.8 - 0.7) = 0.64 instead of 0.6 + ... with S at 0.4:
    # with U: supports 0.4, attacks 0.7: c = 0.6 - 0.6 * 0.3 = 0.42; the change is 0.42 - 0.64 = -0.22
    impact_u = next(m for m in out["impact"] if m["statement"] == "u")
    assert impact_u["change"] == pytest.approx(-0.22)
    assert main(["check", str(path)]) == 0
    text = capsys.readouterr().out
    assert "c: 0.42" in text and "\nr:" not in text


def test_an_undercut_raises_a_critical_question_of_the_reason_it_cuts() -> None:
    from argmap.model.schemes import find_scheme, open_questions, reason_of

    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "An expert says so", id="s", parent="c")
    m.update_link("s", "c", scheme="expert-opinion")
    scheme = find_scheme("expert-opinion")
    assert scheme is not None
    question = scheme.questions[0]
    m.add("objection", "Is she an expert in this field?", id="u", question=question.key)
    m.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    open_now = [f.message for f in find_issues(m) if f.code == "open-critical-question"]
    assert len(open_now) == len(scheme.questions) - 1 and not any(question.text in msg for msg in open_now)
    reason = reason_of(m, "s")
    assert reason is not None and question not in open_questions(m, reason)  # the scheme panel agrees
