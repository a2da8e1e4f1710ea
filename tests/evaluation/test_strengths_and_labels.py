"""DF-QuAD strengths, grounded labels and findings on small maps worked out by hand."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap.evaluation.dfquad
import argmap.evaluation.findings
import argmap.evaluation.grounded
from argmap.cli import main
from argmap.evaluation import Label, find_issues, grounded_labelling, strengths
from argmap.model import ArgumentMap, Relation


def chain() -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "C", id="c", score=0.6)
    m.add("support", "S", parent="c", id="s", score=0.8)
    m.add("objection", "O", parent="c", id="o", score=0.5)
    m.add("rebuttal", "R", parent="o", id="r", score=0.9)
    return m


def test_dfquad_by_hand() -> None:
    s = strengths(chain())
    assert s["r"] == pytest.approx(0.9)
    assert s["o"] == pytest.approx(0.5 - 0.5 * 0.9)  # attacked by 0.9, no support
    # c: vs = 0.8, va = 0.05 -> 0.6 + 0.4 * (0.8 - 0.05)
    assert s["c"] == pytest.approx(0.6 + 0.4 * 0.75)
    assert s.converged


def test_linked_reason_counts_once_with_its_weakest_premise() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "P1", parent="c", id="p1", score=0.9)
    m.add("support", "P2", parent="c", id="p2", score=0.2)
    separate = strengths(m)["c"]
    m.group("c", ["p1", "p2"])
    linked = strengths(m)["c"]
    assert linked == pytest.approx(0.5 + 0.5 * 0.2)
    assert separate == pytest.approx(0.5 + 0.5 * (1 - 0.1 * 0.8))
    assert linked < separate


def test_cycle_iterates_to_a_fixpoint() -> None:
    m = ArgumentMap()
    m.add("claim", "A", id="a")
    m.add("objection", "B", parent="a", id="b")
    m.connect("a", "b", Relation.ATTACK)
    s = strengths(m)
    assert s.converged and s.iterations > 1
    assert s["a"] == pytest.approx(s["b"])  # symmetric mutual attack
    assert grounded_labelling(m) == {"a": Label.UNDECIDED, "b": Label.UNDECIDED}


def test_non_convergence_is_reported() -> None:
    m = ArgumentMap()
    m.add("claim", "Above", id="top")
    m.add("support", "A", id="a", parent="top", score=0.01)
    m.add("support", "B", parent="a", id="b", score=0.01)
    m.connect("a", "b", Relation.SUPPORT)
    s = strengths(m, max_iterations=3)  # circular support creeps towards 1 slowly from a low base score
    assert not s.converged and s.iterations == 3
    assert s.unsettled == {"a", "b", "top"}  # and what depends on the cycle is not reliable either
    assert s.residual > 1e-3


def test_grounded_rebuttal_reinstates_the_claim() -> None:
    m = chain()
    labels = grounded_labelling(m)
    assert labels == {"c": Label.IN, "s": Label.IN, "o": Label.OUT, "r": Label.IN}
    m.remove("r")
    assert grounded_labelling(m)["c"] == Label.OUT


def test_findings_name_unanswered_objections_and_sourceless_evidence() -> None:
    m = chain()
    m.add("objection", "Counter", parent="r", id="x")
    m.add("evidence", "A study", parent="s", id="e")
    codes = {(f.code, f.statement_id) for f in find_issues(m)}
    assert ("unanswered-objection", "x") in codes
    assert ("unanswered-objection", "o") not in codes  # r answers it
    assert ("evidence-without-source", "e") in codes
    assert find_issues(m)[0].code == "unanswered-objection"


def test_disconnected_statement_is_found() -> None:
    m = chain()
    m.add("support", "Floating", id="f")
    assert ("disconnected", "f") in {(f.code, f.statement_id) for f in find_issues(m)}


@st.composite
def random_maps(draw: st.DrawFn) -> ArgumentMap:
    m = ArgumentMap()
    n = draw(st.integers(1, 25))
    for i in range(n):
        score = draw(st.floats(0, 1))
        kind = draw(st.sampled_from(["claim", "support", "objection", "rebuttal", "evidence"]))
        parent = f"n{draw(st.integers(0, i - 1))}" if i else None
        m.add(kind, f"t{i}", id=f"n{i}", parent=parent, score=score)
    for _ in range(draw(st.integers(0, 5))):
        a, b = f"n{draw(st.integers(0, n - 1))}", f"n{draw(st.integers(0, n - 1))}"
        if a != b and not m.has_link(a, b):
            m.connect(a, b, draw(st.sampled_from(list(Relation))))
    return m


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_strengths_stay_in_range_and_labels_are_complete(m: ArgumentMap) -> None:
    s = strengths(m)
    assert set(s.values) == set(m.ids())
    assert all(0.0 <= v <= 1.0 for v in s.values.values())
    labels = grounded_labelling(m)
    assert set(labels) == set(m.ids())
    for link in m.links():  # an IN statement is never attacked by an IN statement
        if link.relation == Relation.ATTACK and labels[link.source] == Label.IN:
            assert labels[link.target] == Label.OUT


def test_doctests() -> None:
    for module in (argmap.evaluation.dfquad, argmap.evaluation.grounded, argmap.evaluation.findings):
        assert doctest.testmod(module).failed == 0


def test_check_command(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    from argmap.io import save

    m = chain()
    m.add("objection", "Counter", parent="r", id="x")
    path = tmp_path / "m.json"
    save(m, path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "c: 0.81  ·  stands (base 0.60)" in out and "Unanswered objection" in out and "[x]" in out
    assert main(["check", "--strict", str(path)]) == 1
    assert main(["check", str(tmp_path / "missing.json")]) == 1
    assert "missing.json: no such file" in capsys.readouterr().err


def linked_objection() -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "O1", parent="c", id="o1")
    m.add("objection", "O2", parent="c", id="o2")
    m.group("c", ["o1", "o2"])
    return m


def test_a_linked_objection_falls_when_one_premise_is_rebutted() -> None:
    m = linked_objection()
    assert grounded_labelling(m)["c"] == Label.OUT
    unanswered = {f.statement_id for f in find_issues(m) if f.code == "unanswered-objection"}
    assert unanswered == {"o1", "o2"}
    m.add("rebuttal", "R", parent="o2", id="r")
    labels = grounded_labelling(m)
    assert labels["o2"] == Label.OUT and labels["o1"] == Label.IN
    assert labels["c"] == Label.IN  # the linked objection needs both premises
    assert not [f for f in find_issues(m) if f.code == "unanswered-objection"]


def test_cycles_in_a_large_map_stay_fast_and_local() -> None:
    m = ArgumentMap()
    m.add("claim", "root", id="n0")
    for i in range(1, 3000):
        m.add("support", f"t{i}", id=f"n{i}", parent=f"n{(i - 1) // 3}")
    m.add("objection", "A", id="a", parent="n5", score=1.0)
    m.add("objection", "B", id="b", parent="a", score=1.0)
    m.connect("a", "b", Relation.ATTACK)
    s = strengths(m, max_iterations=50)
    # the mutual attack of two 1.0 objections flips between 0 and 1 undamped; damped it settles halfway
    assert s.converged and s.iterations < 50 and s.residual < 1e-6
    assert s["a"] == pytest.approx(0.5) and s["b"] == pytest.approx(0.5)
    assert s["n2999"] == pytest.approx(0.5)
    acyclic = strengths(m.__class__())  # empty map
    assert acyclic.values == {}


def test_cycle_findings_say_what_kind_of_cycle() -> None:
    m = ArgumentMap()
    m.add("claim", "A", id="a")
    m.add("support", "B", id="b", parent="a")
    m.connect("a", "b", Relation.SUPPORT)
    assert any(f.message.startswith("Circular reasoning") for f in find_issues(m))
    m.update_link("a", "b", relation=Relation.ATTACK)
    assert any(f.message.startswith("Attack cycle") for f in find_issues(m))
