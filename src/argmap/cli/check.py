"""``argmap check``: evaluate a map on the command line: every verdict, impact on the main claims, findings.

The words are the editor's (a box's "0.67 · stands" is this command's "0.67 · stands"), in its
language (``--language``, cli/language.py): the verdicts, findings and notes of a Japanese editor
are this command's in Japanese.
``--json`` prints the contract documented in docs/evaluation.md::

    {"semantics": str,
     "statements": {id: {"strength": float, "status": str, "label": "in"|"out"|"undecided", "converged": bool,
                         "restates": id (only for a rephrase that shows what it restates)}},
     "impact": [{"claim": id, "statement": id, "change": float}, ...],
     "undercuts": (only when the map has undercuts)
         [{"target": id, "premises": [id, ...], "relation": "support"|"attack", "undercut_by": [[id, ...], ...],
           "weight": float}, ...],
     "findings": [{"check": str, "severity": "warning"|"info", "nodes": [id, ...], "message": str}, ...]}
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from argmap.cli.command import INVALID, OK, Command, say, say_json
from argmap.cli.language import SOURCE_LANGUAGE, N, add_language_option, fill, speak, speaking, tr
from argmap.cli.map_files import load_or_report

if TYPE_CHECKING:
    from argmap.evaluation import Evaluation
    from argmap.evaluation.findings import Finding
    from argmap.evaluation.verdict import Status

#: Impact rows printed per main claim (``--json`` has them all).
IMPACT_ROWS = 5


def add_semantics_option(p: argparse.ArgumentParser) -> None:
    from argmap.evaluation import SEMANTICS

    p.add_argument("--semantics", choices=sorted(SEMANTICS), help=tr("evaluate with this semantics instead of the map's own"))


def setup_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=tr("map file"))
    p.add_argument("--json", action="store_true", help=tr("print the evaluation of every statement as JSON"))
    p.add_argument("--strict", action="store_true", help=tr("exit 1 when there is a warning (for CI of maps)"))
    add_semantics_option(p)
    add_language_option(p)


def verdict(strength: float, status: Status | None) -> str:
    """The strength row, "0.67  ·  stands", in the language spoken (the boxes' words)."""
    from argmap.evaluation.verdict import row_text

    if speaking() == SOURCE_LANGUAGE:
        return row_text(strength, status)
    from argmap.drawing.box import evaluation_text

    return evaluation_text(strength, status)


def finding_line(f: Finding) -> str:
    """"warning [o1]: Unanswered objection: …" in the language spoken."""
    where = f" [{f.statement_id}]" if f.statement_id else ""
    if speaking() == SOURCE_LANGUAGE:
        return f"{f.severity}{where}: {f.message}"
    from argmap.gui.finding_text import finding_text

    severity = tr("warning") if f.severity == "warning" else tr("info")
    return fill("%1%2: %3", severity, where, finding_text(f))


def run_check(args: argparse.Namespace) -> int:
    from argmap.evaluation import evaluate, find_issues
    from argmap.evaluation.findings import short
    from argmap.evaluation.impact import rank

    amap = load_or_report(args.file)
    if amap is None:
        return INVALID
    ev = evaluate(amap, args.semantics)
    findings = find_issues(amap, ev)
    ranking = rank(ev)
    values, statuses, unsettled = ev.values, ev.statuses, ev.unsettled
    if args.json:
        statements: dict[str, dict[str, object]] = {
            i: {"strength": values[i], "status": str(statuses[i]), "label": str(ev.labels[i]), "converged": i not in unsettled}
            for i in ev.graph.ids
        }
        for r in ev.shown_as:
            statements[ev.graph.ids[r]]["restates"] = ev.restates(ev.graph.ids[r])
        report: dict[str, object] = {
            "semantics": ev.semantics.key,
            "statements": statements,
            "impact": [m.as_json() for m in ranking.impacts],
            "findings": [f.as_json() for f in findings],
        }
        if ev.graph.cuts:  # only maps with undercuts have the key: the output of other maps is as it always was
            report["undercuts"] = undercut_entries(ev)
        say_json(report)
    else:
        speak(args.language)
        say(fill("semantics: %1", ev.semantics.name))
        for claim in [ev.graph.ids[k] for k in ev.graph.main_claims()]:
            statement = amap.statement(claim)
            base = fill("(base %1)", f"{statement.score:.2f}")
            say(f"{claim}: {verdict(values[claim], statuses[claim])} {base}  {statement.text}")
            rows = [m for m in ranking.impacts if m.claim == claim and abs(m.change) >= 0.005][:IMPACT_ROWS]
            if rows:
                say("  " + tr("impact (the claim's strength with it minus without it):"))
            for m in rows:
                say(f"    {m.change:+.2f}  [{m.statement}] {short(amap.statement(m.statement).text)}")
        if not ranking.complete:
            say(tr("note: impact was worked out only for the statements nearest the main claims (a big map)"))
        if unsettled:
            say(fill("note: %1 strengths did not settle in a cycle (residual %2); they say “%3”",
                     len(unsettled), f"{ev.solution.residual:.2g}", verdict_word_unsettled()))
        for f in findings:
            say(finding_line(f))
        if not findings:
            say(tr("no findings"))
    return INVALID if args.strict and any(f.severity == "warning" for f in findings) else OK


def undercut_entries(ev: Evaluation) -> list[dict[str, object]]:
    """Every undercut inference: its target and premises, its undercutting reasons and the weight they leave it."""
    from argmap.evaluation.semantics import inference_weight

    g, values = ev.graph, ev.solution.values
    found: list[dict[str, object]] = []
    for t in sorted(g.cuts):
        for is_attack, slot, reasons in g.cuts[t]:
            premises = (g.attacks if is_attack else g.supports)[t][slot]
            found.append({"target": g.ids[t], "premises": [g.ids[p] for p in premises],
                          "relation": "attack" if is_attack else "support",
                          "undercut_by": [[g.ids[p] for p in r] for r in reasons],
                          "weight": inference_weight(values, reasons)})
    return found


def verdict_word_unsettled() -> str:
    from argmap.evaluation.verdict import WORDS, Status

    if speaking() == SOURCE_LANGUAGE:
        return WORDS[Status.UNSETTLED]
    from argmap.drawing.box import status_word

    return status_word(Status.UNSETTLED)


CHECK = Command(
    "check", N("evaluate a map: a verdict for every statement, impact on the main claims, findings"), setup_check, run_check
)
