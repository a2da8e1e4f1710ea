"""The gradual semantics' properties from their papers, damped settling of cycles, incremental = full."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.evaluation import SEMANTICS, evaluate, strengths
from argmap.evaluation.semantics import dfquad, euler, quadratic_energy
from argmap.model import ArgumentMap, Link, Relation

unit = st.floats(0.0, 1.0)
values = st.lists(unit, max_size=5)
ALL = [dfquad, quadratic_energy, euler]


@pytest.mark.parametrize("combine", ALL)
@given(base=unit, supports=values, attacks=values)
@settings(max_examples=200, deadline=None)
def test_bounded(combine, base, supports, attacks) -> None:
    assert 0.0 <= combine(base, supports, attacks) <= 1.0 + 1e-12


@pytest.mark.parametrize("combine", ALL)
@given(base=unit, v=unit)
@settings(max_examples=200, deadline=None)
def test_balance_no_reasons_or_equal_ones_leave_the_base_score(combine, base, v) -> None:
    assert combine(base, [], []) == pytest.approx(base)
    assert combine(base, [v], [v]) == pytest.approx(base)


@pytest.mark.parametrize("combine", ALL)
@given(base=unit, supports=values, attacks=values, a=unit, b=unit)
@settings(max_examples=200, deadline=None)
def test_monotone_a_stronger_attack_never_helps_a_stronger_support_never_hurts(combine, base, supports, attacks, a, b) -> None:
    weak, strong = sorted((a, b))
    assert combine(base, supports, [*attacks, strong]) <= combine(base, supports, [*attacks, weak]) + 1e-12
    assert combine(base, [*supports, strong], attacks) >= combine(base, [*supports, weak], attacks) - 1e-12


def test_the_papers_formulas_by_hand() -> None:
    # Potyka 2018: E = 0.8 - 0.3 = 0.5, h(0.5) = 0.25 / 1.25 = 0.2; 0.5 + 0.5 * 0.2
    assert quadratic_energy(0.5, [0.8], [0.3]) == pytest.approx(0.6)
    # Amgoud & Ben-Naim 2017: 1 - (1 - b^2) / (1 + b e^E), b = 0.5, E = 0 -> b
    assert euler(0.5, [0.4], [0.4]) == pytest.approx(0.5)
    assert euler(0.5, [], [1.0, 1.0, 1.0, 1.0]) > 0.25  # never below b^2


def test_no_saturation_every_reason_counts_under_quadratic_energy() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for k in range(3):
        m.add("support", f"S{k}", parent="c", id=f"s{k}", score=0.9)
    full = strengths(m, semantics="quadratic-energy")["c"]
    m.remove("s2")
    fewer = strengths(m, semantics="quadratic-energy")["c"]
    assert full - fewer > 0.03  # DF-QuAD: 1 - 0.1^3 vs 1 - 0.1^2, a change of 0.0045
    assert set(SEMANTICS) == {"dfquad", "quadratic-energy", "euler"}


def test_a_mutual_attack_settles_symmetrically() -> None:
    m = ArgumentMap()
    m.add("claim", "A", id="a", score=1.0)
    m.add("objection", "B", parent="a", id="b", score=1.0)
    m.connect("a", "b", Relation.ATTACK)
    s = strengths(m)
    assert s.converged and s["a"] == pytest.approx(0.5) and s["b"] == pytest.approx(0.5)


def random_map(rng: random.Random, n: int) -> ArgumentMap:
    """A random tree with cross-links, linked reasons, premises shared by two linked reasons, undercuts of
    plain links and of linked reasons, and rephrases."""
    m = ArgumentMap()
    m.add("claim", "root", id="n0", score=rng.random())
    for k in range(1, n):
        m.add(rng.choice(["support", "objection"]), f"t{k}", id=f"n{k}", parent=f"n{rng.randrange(k)}", score=rng.random())
    for _ in range(n // 4):
        a, b = rng.sample(range(n), 2)
        if not m.has_link(f"n{a}", f"n{b}") and not m.has_link(f"n{b}", f"n{a}"):
            m.connect(f"n{a}", f"n{b}", rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    for t in range(n):  # linked reasons, some sharing a premise
        target = f"n{t}"
        by_relation: dict[Relation, list[str]] = {}
        for c in m.children(target):
            if m.link(c, target).group is None:
                by_relation.setdefault(m.link(c, target).relation, []).append(c)
        for premises in by_relation.values():
            if len(premises) >= 2 and rng.random() < 0.6:
                name = m.group(target, premises[:2])
                if len(premises) >= 3:  # {A, B} and {B, C}: B is shared
                    m.update_link(premises[2], target, group=f"x{t}{premises[0][1:]}")
                    m.share(premises[1], target, f"x{t}{premises[0][1:]}")
                if rng.random() < 0.5:
                    _undercut(m, rng, target, onto_group=name)
    for _ in range(n // 5):  # undercuts of plain links
        s = f"n{rng.randrange(1, n)}"
        parents = [p for p in m.parents(s) if m.link(s, p).group is None and not m.link(s, p).is_undercut]
        if parents:
            _undercut(m, rng, parents[0], onto=s)
    for _ in range(n // 8):  # rephrases: of a statement, sometimes with replies of their own
        k = len(m.ids())
        m.add("claim", f"again {k}", id=f"r{k}", score=rng.random())
        m.connect(f"r{k}", f"n{rng.randrange(n)}", Relation.REPHRASE)
        if rng.random() < 0.3:
            m.add("objection", f"of r{k}", id=f"x{k}", parent=f"r{k}", score=rng.random())
    return m


def _undercut(m: ArgumentMap, rng: random.Random, target: str, **onto: str) -> None:
    """An undercut into ``target`` from a new statement, or from one already in the map (which may make a cycle)."""
    source = f"n{rng.randrange(len(m.ids()))}" if rng.random() < 0.3 else None
    if source is None or source == target or m.has_link(source, target) or m.has_link(target, source) or (
            source in m.ids() and source == onto.get("onto")) or source not in m.ids():
        source = f"u{len(m.ids())}"
        m.add("objection", source, id=source, score=rng.random())
    m.add_link(Link(source, target, Relation.ATTACK, onto=onto.get("onto"), onto_group=onto.get("onto_group")))


@pytest.mark.parametrize("seed", range(25))
def test_an_incremental_update_equals_a_full_evaluation(seed) -> None:
    rng = random.Random(seed)
    m = random_map(rng, 30)
    ev = evaluate(m)
    assert any(link.is_undercut for link in m.links()) or seed % 5  # the maps do hold undercuts
    for _ in range(8):
        node = rng.choice(m.ids())  # undercutters and rephrases too
        if rng.random() < 0.5:
            m.update(node, score=rng.random())
            ev = evaluate(m, previous=ev, changed={node}, structure=False)
        else:
            other = rng.choice(m.ids())
            if other == node or m.has_link(node, other) or m.has_link(other, node):
                continue
            m.connect(node, other, Relation.ATTACK)
            ev = evaluate(m, previous=ev, changed={node, other})
        full = evaluate(m)
        assert ev.values == full.values and ev.statuses == full.statuses and ev.unsettled == full.unsettled
        assert ev.labels == full.labels


@pytest.mark.parametrize("seed", range(25))
def test_findings_and_verdicts_never_contradict_each_other(seed) -> None:
    from argmap.evaluation import Status, find_issues

    m = random_map(random.Random(seed), 25)
    ev = evaluate(m)
    found = find_issues(m, ev)
    unanswered = {f.statement_id for f in found if f.code == "unanswered-objection"}
    # a rephrase that shows what it restates shows its verdict too, and has no finding of its own
    said = {i for i, s in ev.statuses.items() if s == Status.UNANSWERED and ev.restates(i) is None}
    assert said == unanswered - ev.unsettled
    refuted_claims = {f.statement_id for f in found if f.code == "claim-refuted"}
    assert all(ev.status(i) == Status.REFUTED for i in refuted_claims)
    assert ("unsettled" in {f.code for f in found}) == bool(ev.unsettled)
