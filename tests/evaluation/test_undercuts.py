"""Undercuts (attacks on an inference) and shared premises under every semantics, worked by hand."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.evaluation import Label, evaluate, grounded_labelling, strengths
from argmap.model import ArgumentMap, Link, Relation


def undercut(m: ArgumentMap, source: str, target: str, *, onto: str | None = None, group: str | None = None,
             score: float = 0.5) -> None:
    """A new statement ``source`` undercutting the inference from ``onto`` (or the linked reason ``group``) to ``target``."""
    m.add("objection", source.upper(), id=source, score=score)
    m.add_link(Link(source, target, Relation.ATTACK, onto=onto, onto_group=group))


def supported(score_c: float = 0.5, score_s: float = 0.8) -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "C", id="c", score=score_c)
    m.add("support", "S", id="s", parent="c", score=score_s)
    return m


def test_dfquad_an_undercut_weakens_the_inference_not_the_target() -> None:
    m = supported()
    before = strengths(m)["c"]  # 0.5 + 0.5 * 0.8 = 0.9
    undercut(m, "u", "c", onto="s", score=0.5)
    s = strengths(m)
    # the inference weighs 1 - 0.5 = 0.5, so S counts 0.5 * 0.8 = 0.4: c = 0.5 + 0.5 * 0.4 = 0.7
    assert before == pytest.approx(0.9)
    assert s["c"] == pytest.approx(0.7)
    assert s["s"] == pytest.approx(0.8)  # the premise itself is untouched
    assert s["u"] == pytest.approx(0.5)


def test_dfquad_several_undercuts_multiply_the_weight() -> None:
    m = supported()
    undercut(m, "u", "c", onto="s", score=0.5)
    undercut(m, "v", "c", onto="s", score=0.2)
    # w = (1 - 0.5)(1 - 0.2) = 0.4; S counts 0.32; c = 0.5 + 0.5 * 0.32 = 0.66
    assert strengths(m)["c"] == pytest.approx(0.66)


def test_dfquad_an_undercut_of_an_attack_helps_the_target() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c", score=0.8)
    m.add("objection", "O", id="o", parent="c", score=0.6)
    assert strengths(m)["c"] == pytest.approx(0.32)  # 0.8 - 0.8 * 0.6
    undercut(m, "u", "c", onto="o", score=0.5)
    # O counts 0.5 * 0.6 = 0.3: c = 0.8 - 0.8 * 0.3 = 0.56
    assert strengths(m)["c"] == pytest.approx(0.56)


def test_dfquad_an_undercut_of_a_linked_reason_scales_its_weakest_premise() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c", score=0.5)
    m.add("support", "A", id="a", parent="c", score=0.9)
    m.add("support", "B", id="b", parent="c", score=0.6)
    g = m.group("c", ["a", "b"])
    undercut(m, "u", "c", group=g, score=0.25)
    # the reason is min(0.9, 0.6) = 0.6, weighed 0.75: 0.45; c = 0.5 + 0.5 * 0.45 = 0.725
    assert strengths(m)["c"] == pytest.approx(0.725)


def test_a_linked_undercut_counts_with_its_weakest_member() -> None:
    m = supported()
    for u, score in (("u", 0.9), ("v", 0.5)):
        m.add("objection", u, id=u, score=score)
        m.add_link(Link(u, "c", Relation.ATTACK, group="cut", onto="s"))
    # the undercutting reason is min(0.9, 0.5) = 0.5: w = 0.5, S counts 0.4, c = 0.7
    assert strengths(m)["c"] == pytest.approx(0.7)


def test_quadratic_energy_and_euler_scale_the_reason_too() -> None:
    m = supported()
    undercut(m, "u", "c", onto="s", score=0.5)
    energy = 0.4  # S counts 0.5 * 0.8
    h = energy * energy / (1 + energy * energy)  # 0.16 / 1.16 = 0.1379
    assert strengths(m, semantics="quadratic-energy")["c"] == pytest.approx(0.5 + 0.5 * h)  # 0.569
    euler = 1 - (1 - 0.25) / (1 + 0.5 * math.exp(energy))  # 1 - 0.75 / 1.7459 = 0.5704
    assert strengths(m, semantics="euler")["c"] == pytest.approx(euler)
    assert euler == pytest.approx(0.5704, abs=1e-4)


def test_an_undercut_breaks_a_mutual_attack_and_the_cycle_converges() -> None:
    m = ArgumentMap()
    m.add("claim", "A", id="a", score=1.0)
    m.add("objection", "B", id="b", parent="a", score=1.0)
    m.connect("a", "b", Relation.ATTACK)
    undercut(m, "c", "a", onto="b", score=1.0)  # B's attack on A carries no weight: A stays 1, B falls to 0
    for semantics in ("dfquad", "quadratic-energy", "euler"):
        s = strengths(m, semantics=semantics)
        assert s.converged
        assert s["a"] > s["b"] or semantics == "euler"  # Euler-based never lowers a base score of 1 (b² = 1)
    s = strengths(m)
    assert s["a"] == pytest.approx(1.0, abs=1e-6) and s["b"] == pytest.approx(0.0, abs=1e-6)


def test_an_undercutter_inside_a_cycle_settles() -> None:
    m = supported()
    undercut(m, "u", "c", onto="s", score=0.9)
    m.connect("c", "u", Relation.ATTACK)  # the claim answers its own undercutter: a cycle through the undercut
    for semantics in ("dfquad", "quadratic-energy", "euler"):
        s = strengths(m, semantics=semantics)
        assert s.converged, semantics
        assert 0.0 <= s["c"] <= 1.0


def test_shared_premise_counts_in_each_linked_reason() -> None:
    # three linked arguments {A,B}, {B,C}, {B,D} into one claim (common in AIFdb)
    m = ArgumentMap()
    m.add("claim", "T", id="t", score=0.5)
    for k, score in zip("abcd", (0.9, 0.6, 0.3, 0.8), strict=True):
        m.add("support", k.upper(), id=k, parent="t", score=score)
    m.group("t", ["a", "b"])
    m.disconnect("c", "t")
    m.connect("c", "t", Relation.SUPPORT, group="g2")
    m.share("b", "t", "g2")
    m.disconnect("d", "t")
    m.connect("d", "t", Relation.SUPPORT, group="g3")
    m.share("b", "t", "g3")
    assert sorted(map(sorted, m.groups("t").values())) == [["a", "b"], ["b", "c"], ["b", "d"]]
    # reasons: min(.9,.6) = .6, min(.6,.3) = .3, min(.6,.8) = .6; F = 1 - .4 * .7 * .4 = .888; t = .5 + .5 * .888
    assert strengths(m)["t"] == pytest.approx(0.944)
    ev = evaluate(m)
    assert sorted(sorted(r) for r in ev.graph.supports[ev.graph.index["t"]]) == [[1, 2], [2, 3], [2, 4]]


# ---------------------------------------------------------------- grounded: attacks on attacks


def modgil() -> ArgumentMap:
    """Modgil's weather example (2009), as AFRA (Baroni et al. 2011) reads it: A "dry, says the BBC" and
    B "wet, says CNN" attack each other; C "the BBC is more trustworthy than CNN" attacks B's attack on A."""
    m = ArgumentMap()
    m.add("claim", "A", id="a", score=0.5)
    m.add("objection", "B", id="b", parent="a", score=0.5)
    m.connect("a", "b", Relation.ATTACK)
    return m


def test_grounded_an_undercut_that_is_in_stops_the_attack() -> None:
    m = modgil()
    assert set(grounded_labelling(m).values()) == {Label.UNDECIDED}
    undercut(m, "c", "a", onto="b")
    labels = grounded_labelling(m)
    # C is unattacked (in); B's attack on A is defeated, so A is in; A's attack on B stands: B is out
    assert labels == {"a": Label.IN, "b": Label.OUT, "c": Label.IN}


def test_grounded_an_undercut_that_is_out_leaves_the_attack() -> None:
    m = modgil()
    undercut(m, "c", "a", onto="b")
    m.add("objection", "D", id="d", parent="c")  # "statistically CNN is more accurate" attacks C
    labels = grounded_labelling(m)
    assert labels == {"a": Label.UNDECIDED, "b": Label.UNDECIDED, "c": Label.OUT, "d": Label.IN}


def test_grounded_an_undercut_is_not_an_attack_on_the_target() -> None:
    m = supported()
    undercut(m, "u", "c", onto="s")  # undercuts a support: supports play no part in labels
    assert grounded_labelling(m) == {"c": Label.IN, "s": Label.IN, "u": Label.IN}
    m2 = ArgumentMap()
    m2.add("claim", "C", id="c")
    m2.add("objection", "O", id="o", parent="c")
    undercut(m2, "u", "c", onto="o")
    assert grounded_labelling(m2) == {"c": Label.IN, "o": Label.IN, "u": Label.IN}


def test_grounded_an_undecided_undercut_leaves_the_target_undecided() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "O", id="o", parent="c")
    undercut(m, "u", "c", onto="o")
    m.add("objection", "X", id="x", parent="u")
    m.connect("u", "x", Relation.ATTACK)  # U and X attack each other: U is undecided
    labels = grounded_labelling(m)
    assert labels["u"] == labels["x"] == Label.UNDECIDED
    assert labels["o"] == Label.IN and labels["c"] == Label.UNDECIDED


# ---------------------------------------------------------------- properties


@st.composite
def trees_with_a_link(draw: st.DrawFn) -> tuple[ArgumentMap, str, str]:
    """A random tree (no cycles, so an effect on one statement cannot come back to it) and one of its links."""
    m = ArgumentMap()
    n = draw(st.integers(2, 12))
    for i in range(n):
        kind = draw(st.sampled_from(["support", "objection"])) if i else "claim"
        m.add(kind, f"n{i}", id=f"n{i}", parent=f"n{draw(st.integers(0, i - 1))}" if i else None,
              score=draw(st.floats(0, 1)))
    source = f"n{draw(st.integers(1, n - 1))}"
    return m, source, m.parents(source)[0]


@pytest.mark.parametrize("semantics", ["dfquad", "quadratic-energy", "euler"])
@given(case=trees_with_a_link(), score=st.floats(0, 1))
@settings(max_examples=60, deadline=None)
def test_an_undercut_never_helps_what_it_cuts_and_zero_changes_nothing(semantics, case, score) -> None:
    m, source, target = case
    before = strengths(m, semantics=semantics)
    attacked = m.link(source, target).relation == Relation.ATTACK
    undercut(m, "u", target, onto=source, score=score)
    after = strengths(m, semantics=semantics)
    if attacked:  # an undercut of an attack never lowers the target
        assert after[target] >= before[target] - 1e-12
    else:  # an undercut of a support never raises it
        assert after[target] <= before[target] + 1e-12
    m.update("u", score=0.0)
    zero = strengths(m, semantics=semantics)
    assert all(zero[i] == pytest.approx(before[i], abs=1e-12) for i in before.values)
