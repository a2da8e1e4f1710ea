"""``argmap check``: evaluate a map (DF-QuAD strengths, grounded labels, findings) on the command line."""

from __future__ import annotations

import argparse

from argmap.cli.command import INVALID, OK, Command, say, say_json
from argmap.cli.map_files import load_or_report


def setup_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="map file")
    p.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    p.add_argument("--strict", action="store_true", help="exit 1 when there is a warning (for CI of maps)")


def run_check(args: argparse.Namespace) -> int:
    from argmap.evaluation import find_issues, grounded_labelling, strengths

    amap = load_or_report(args.file)
    if amap is None:
        return INVALID
    scores = strengths(amap)
    labels = grounded_labelling(amap)
    findings = find_issues(amap)
    mains = [
        {"id": i, "text": amap.statement(i).text, "strength": round(scores[i], 4), "grounded": str(labels[i])}
        for i in amap.main_claims() or [s.id for s in amap.statements() if s.kind == "claim"]
    ]
    if args.json:
        say_json({
            "main_claims": mains,
            "converged": scores.converged,
            "findings": [
                {"code": f.code, "severity": str(f.severity), "statement": f.statement_id, "message": f.message}
                for f in findings
            ],
        })
    else:
        for main in mains:
            base = amap.statement(str(main["id"])).score
            say(f"{main['id']}: strength {main['strength']:.2f} (base {base:.2f}), grounded: {main['grounded']}  {main['text']}")
        if not scores.converged:
            print(f"note: strengths did not settle after {scores.iterations} rounds (the map has cycles)")
        for f in findings:
            where = f" [{f.statement_id}]" if f.statement_id else ""
            say(f"{f.severity}{where}: {f.message}")
        if not findings:
            print("no findings")
    return INVALID if args.strict and any(f.severity == "warning" for f in findings) else OK


CHECK = Command(
    "check", "evaluate a map: strength of each main claim, unanswered objections and other findings", setup_check, run_check
)
