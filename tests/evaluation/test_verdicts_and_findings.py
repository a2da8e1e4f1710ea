"""One verdict per statement, read off the strengths, and findings that hold (the cases of issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.evaluation import Status, evaluate, find_issues
from argmap.io import load, save
from argmap.model import ArgumentMap, Relation

MAPS = Path(__file__).resolve().parents[2] / "maps"


def codes(m: ArgumentMap) -> set[tuple[str, str | None]]:
    return {(f.code, f.statement_id) for f in find_issues(m)}


def test_a_five_percent_objection_refutes_nothing() -> None:
    m = ArgumentMap()
    m.add("claim", "Cars should be banned from the city centre.", id="c")
    m.add("support", "Air would be cleaner.", parent="c", id="s", score=0.8)
    m.add("objection", "Some drivers might be mildly annoyed.", parent="c", id="o", score=0.05)
    ev = evaluate(m)
    assert ev.status("c") == Status.STANDS
    assert ev.status("o") == Status.UNANSWERED  # still worth answering: it is a finding, not a defeat
    assert ("claim-refuted", "c") not in codes(m)


def test_the_teaching_template_and_the_example_open_with_sensible_verdicts() -> None:
    template = evaluate(load(MAPS / "teaching-template.json"))
    assert template.status("c1") == Status.STANDS
    example = evaluate(load(MAPS / "japan-nato-ukraine.json"))
    assert example.status("c1") == Status.STANDS
    # a rebuttal and the objection it answers are never both down
    assert example.status("r5") == Status.STANDS and example.status("o3") == Status.REFUTED
    assert example.status("o8") == Status.UNANSWERED
    assert example.status("s7") == Status.NOT_ASSESSED  # a default-score leaf says so


def test_a_strong_objection_answered_by_a_worthless_rebuttal_refutes_the_claim(tmp_path) -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "A strong objection", parent="c", id="o", score=0.9)
    m.add("rebuttal", "No.", parent="o", id="r", score=0.0)
    ev = evaluate(m)
    assert ev.status("c") == Status.REFUTED and ev.status("o") == Status.STANDS
    found = codes(m)
    assert ("weakly-answered-objection", "o") in found and ("claim-refuted", "c") in found
    path = tmp_path / "m.json"
    save(m, path)
    assert main(["check", "--strict", str(path)]) == 1


def test_the_link_not_the_kind_makes_an_objection() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "Linked as an attack", id="a")
    m.connect("a", "c", Relation.ATTACK)  # drag-connect keeps the old kind
    m.add("objection", "Linked as a support", id="b")
    m.connect("b", "c", Relation.SUPPORT)
    found = codes(m)
    assert ("unanswered-objection", "a") in found and ("unanswered-objection", "b") not in found
    assert ("kind-contradicts-link", "a") in found and ("kind-contradicts-link", "b") in found
    assert evaluate(m).status("a") == Status.UNANSWERED


def test_a_rebuttal_nobody_answered_is_not_an_unanswered_objection() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "O", parent="c", id="o")
    m.add("rebuttal", "R", parent="o", id="r", score=0.7)
    assert ("unanswered-objection", "r") not in codes(m)
    assert evaluate(m).status("r") == Status.STANDS


def test_a_co_premise_answered_through_its_partner_is_unanswered_where_it_attacks_alone() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("claim", "D", id="d")
    m.add("objection", "P1", parent="c", id="p1")
    m.add("objection", "P2", parent="c", id="p2")
    m.group("c", ["p1", "p2"])
    m.add("rebuttal", "R", parent="p2", id="r")  # breaks the linked objection against c
    m.connect("p1", "d", Relation.ATTACK)  # but p1 also attacks d on its own, unanswered
    found = codes(m)
    assert ("unanswered-objection", "p1") in found and ("unanswered-objection", "p2") not in found


def test_a_reason_left_without_its_claim_is_found() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "S", parent="c", id="s")
    m.add("evidence", "E", parent="s", id="e")
    m.remove("c")
    assert ("reason-without-claim", "s") in codes(m)


def test_default_scores_prompt_and_circular_support_warning() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for k in range(4):
        m.add("support", f"S{k}", parent="c", id=f"s{k}")
    m.connect("c", "s0", Relation.SUPPORT)
    found = {f.code: f for f in find_issues(m)}
    assert "4 of 5" not in found["default-scores"].message and "5 of 5" in found["default-scores"].message
    assert found["circular-support"].severity == "warning" and set(found["circular-support"].nodes) == {"c", "s0"}


def test_unsettled_statements_are_marked_and_reported() -> None:
    m = ArgumentMap()
    m.add("claim", "Top", id="top")
    m.add("support", "A", parent="top", id="a", score=0.001)
    m.add("support", "B", parent="a", id="b", score=0.001)
    m.connect("a", "b", Relation.SUPPORT)
    from argmap.evaluation.evaluate import build_graph
    from argmap.evaluation.semantics import dfquad
    from argmap.evaluation.solve import solve
    from argmap.evaluation.verdict import statuses

    g = build_graph(m)
    solution = solve(g, dfquad, max_rounds=5)
    assert solution.unsettled == {0, 1, 2}
    assert set(statuses(g, solution.values, solution.unsettled)) == {Status.UNSETTLED}


def test_check_json_reports_every_statement_with_full_precision(capsys) -> None:
    path = MAPS / "japan-nato-ukraine.json"
    assert main(["check", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"semantics", "statements", "impact", "findings"}
    amap = load(path)
    ev = evaluate(amap)
    assert data["semantics"] == "dfquad" and set(data["statements"]) == set(amap.ids())
    for i, row in data["statements"].items():
        assert set(row) == {"strength", "status", "label", "converged"}
        assert row["strength"] == ev.strength(i)  # not rounded
        assert row["status"] == str(ev.status(i)) and row["label"] in ("in", "out", "undecided")
        assert row["converged"] is True
    assert data["impact"] and set(data["impact"][0]) == {"claim", "statement", "change"}
    assert all(set(f) == {"check", "severity", "nodes", "message"} for f in data["findings"])
    assert {"check": "unanswered-objection", "severity": "warning", "nodes": ["o8"]}.items() <= next(
        f for f in data["findings"] if f["nodes"] == ["o8"]).items()


@pytest.mark.parametrize("semantics", ["dfquad", "quadratic-energy", "euler"])
def test_check_takes_another_semantics(capsys, semantics) -> None:
    assert main(["check", "--json", "--semantics", semantics, str(MAPS / "teaching-template.json")]) == 0
    assert json.loads(capsys.readouterr().out)["semantics"] == semantics


@pytest.mark.parametrize("command", [["check"], ["explain", "--json"]])
def test_check_and_explain_run_without_qt(command) -> None:
    import subprocess
    import sys

    args = [*command, str(MAPS / "japan-nato-ukraine.json")] + (["o1"] if command[0] == "explain" else [])
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from argmap.cli import main; main(sys.argv[1:]);"
         "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}), file=sys.stderr)", *args],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("[]")


def test_explain_says_why_in_words(capsys) -> None:
    assert main(["explain", str(MAPS / "japan-nato-ukraine.json"), "o1"]) == 0
    out = capsys.readouterr().out
    assert "Strength 0.01: refuted." in out
    assert "Without the rebuttal “Any dispatch of personnel would need the approval…” (0.90) this objection would be 0.11" in out
    assert main(["explain", str(MAPS / "japan-nato-ukraine.json"), "nope"]) == 1
    assert "no statement with id 'nope'" in capsys.readouterr().err


def test_a_linked_reason_is_one_reply_in_an_explanation() -> None:
    from argmap.evaluation.explain import explain

    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("support", "P1", parent="c", id="p1", score=0.9)
    m.add("support", "P2", parent="c", id="p2", score=0.6)
    m.group("c", ["p1", "p2"])
    e = explain(evaluate(m), "c")
    assert len(e.contributions) == 1 and set(e.contributions[0].premises) == {"p1", "p2"}
    assert e.contributions[0].value == pytest.approx(0.6) and e.contributions[0].without == pytest.approx(0.5)
