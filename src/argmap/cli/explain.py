"""``argmap explain MAP ID``: why a statement has its strength, in words and numbers.

In the language of ``--language`` (cli/language.py): evaluation/explain.py's sentences, the same
the editor's Analysis dock says.
"""

from __future__ import annotations

import argparse

from argmap.cli.check import add_semantics_option
from argmap.cli.command import INVALID, OK, Command, report, say, say_json
from argmap.cli.language import N, add_language_option, fill, speak, tr, translator
from argmap.cli.map_files import load_or_report


def setup_explain(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=tr("map file"))
    p.add_argument("id", metavar="ID", help=tr("the statement to explain (its id, as `argmap check` prints it)"))
    p.add_argument("--json", action="store_true", help=tr("print the explanation as JSON"))
    add_semantics_option(p)
    add_language_option(p)


def run_explain(args: argparse.Namespace) -> int:
    from argmap.evaluation import evaluate
    from argmap.evaluation.explain import TRANSLATION_CONTEXT, explain, explanation_lines
    from argmap.evaluation.verdict import TRANSLATION_CONTEXT as VERDICT_CONTEXT

    if not args.json:
        speak(args.language)
    amap = load_or_report(args.file)
    if amap is None:
        return INVALID
    if args.id not in amap:
        report(fill("%1: no statement with id %2 (`argmap check %1` lists the ids)", args.file, repr(args.id)))
        return INVALID
    ev = evaluate(amap, args.semantics, labels=False)
    e = explain(ev, args.id)
    if args.json:
        say_json(e.as_json())
        return OK
    say(f"{args.id}: {amap.statement(args.id).text}")
    for line in explanation_lines(amap, e, translator(TRANSLATION_CONTEXT), translator(VERDICT_CONTEXT)):
        say("  " + line)
    return OK


EXPLAIN = Command("explain", N("say why a statement has its strength: its base score and what each reply adds or takes"),
                  setup_explain, run_explain)
