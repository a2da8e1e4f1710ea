"""The argument-scheme catalogue and the critical questions a marked reason leaves open."""

from __future__ import annotations

import pytest

from argmap.evaluation import find_issues
from argmap.model import ArgumentMap
from argmap.model.schemes import catalogue, find_scheme, open_questions, question_for, reason_of, reasons

ISSUE_SCHEMES = ["expert_opinion", "consequences", "analogy", "cause_to_effect", "sign", "example", "precedent",
                 "popular_opinion", "values", "practical_reasoning", "commitment", "slippery_slope"]


def test_the_catalogue_has_the_common_schemes_with_roles_questions_and_references():
    schemes = catalogue()
    assert set(ISSUE_SCHEMES) <= set(schemes)
    for scheme in schemes.values():
        assert scheme.premises and all(p.role and p.text for p in scheme.premises)
        assert len(scheme.questions) >= 2 and scheme.conclusion
        assert "Walton" in scheme.reference
        assert len({q.key for q in scheme.questions}) == len(scheme.questions)


@pytest.mark.parametrize(("name", "found"), [("Expert Opinion", "expert_opinion"), ("argument from analogy", "analogy"),
                                             ("Slippery Slope", "slippery_slope"), ("Default Inference", None), ("", None)])
def test_schemes_are_found_by_id_name_or_aif_name(name, found):
    scheme = find_scheme(name)
    assert (scheme.id if scheme else None) == found


def expert_map() -> ArgumentMap:
    amap = ArgumentMap("Sleep")
    amap.add("claim", "Schools should start later.", id="c")
    amap.add("support", "Sleep researchers say early starts harm teenagers.", parent="c", id="s")
    amap.update_link("s", "c", scheme="expert_opinion")
    return amap


def test_a_marked_reason_has_every_question_open_until_an_objection_raises_it():
    amap = expert_map()
    reason = reason_of(amap, "s")
    assert reason is not None and reason.premises == ("s",) and reasons(amap) == [reason]
    assert len(open_questions(amap, reason)) == 6
    question = question_for("expert_opinion/field")
    amap.add("objection", question.text, parent="s", id="q1", question=question.key)
    assert question not in open_questions(amap, reason)
    assert len(open_questions(amap, reason)) == 5


def test_open_questions_are_findings_of_their_own():
    amap = expert_map()
    codes = [f for f in find_issues(amap) if f.code == "open-critical-question"]
    assert len(codes) == 6 and all(f.statement_id == "s" for f in codes)
    assert "expert" in codes[0].message


def test_a_linked_reason_is_one_reason_with_its_premises():
    amap = ArgumentMap("x")
    amap.add("claim", "C.", id="c")
    amap.add("support", "A is like B.", parent="c", id="a")
    amap.add("support", "B has P.", parent="c", id="b")
    amap.group("c", ["a", "b"], name="g")
    for i in ("a", "b"):
        amap.update_link(i, "c", scheme="analogy")
    assert [r.premises for r in reasons(amap)] == [("a", "b")]
    amap.add("objection", "They differ.", parent="b", question="analogy/differences")
    assert [q.id for q in open_questions(amap, reasons(amap)[0])] == ["base", "counter_case"]
