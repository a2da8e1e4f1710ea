"""``argmap explain MAP ID``: why a statement has its strength, in words and numbers."""

from __future__ import annotations

import argparse

from argmap.cli.check import add_semantics_option
from argmap.cli.command import INVALID, OK, Command, report, say, say_json
from argmap.cli.map_files import load_or_report


def setup_explain(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="map file")
    p.add_argument("id", metavar="ID", help="the statement to explain (its id, as `argmap check` prints it)")
    p.add_argument("--json", action="store_true", help="print the explanation as JSON")
    add_semantics_option(p)


def run_explain(args: argparse.Namespace) -> int:
    from argmap.evaluation import evaluate
    from argmap.evaluation.explain import explain, explanation_lines

    amap = load_or_report(args.file)
    if amap is None:
        return INVALID
    if args.id not in amap:
        report(f"{args.file}: no statement with id {args.id!r} (`argmap check {args.file}` lists the ids)")
        return INVALID
    ev = evaluate(amap, args.semantics, labels=False)
    e = explain(ev, args.id)
    if args.json:
        say_json(e.as_json())
        return OK
    say(f"{args.id}: {amap.statement(args.id).text}")
    for line in explanation_lines(amap, e):
        say("  " + line)
    return OK


EXPLAIN = Command("explain", "say why a statement has its strength: its base score and what each reply adds or takes",
                  setup_explain, run_explain)
