"""``argmap validate``, ``info`` and ``fmt``: commands on map files, with no window and no Qt.

All three speak the chosen language (``--language``, cli/language.py); ``validate`` and ``fmt``
print one ``FILE: message`` line per file (scripts go by the exit code).

The loader is imported inside the commands: ``argmap --help`` and a mistyped command then
answer without importing pydantic (about 0.2 s).
"""

from __future__ import annotations

import argparse

from argmap.cli.command import INVALID, OK, Command, report, say, say_json
from argmap.cli.language import SOURCE_LANGUAGE, N, add_language_option, fill, speak, speaking, tr
from argmap.model import ArgumentMap


def load_or_report(path: str) -> ArgumentMap | None:
    """The map at ``path``, or None after printing the loader's one-line message."""
    from argmap.io import MapFileError, load

    try:
        return load(path)
    except MapFileError as exc:
        report(said_error(exc))
        return None


def said_error(exc: Exception) -> str:
    """A loader's or writer's one-line message in the language spoken: ``FILE: PLACE: problem`` with the problem
    translated where the loader's words are (context ``Loader``); a problem naming values stays as worded."""
    from argmap.file_errors import MapFileError

    if not isinstance(exc, MapFileError) or speaking() == SOURCE_LANGUAGE:
        return str(exc)
    from argmap.cli.language import translator
    from argmap.cli.loader_words import TRANSLATION_CONTEXT, said

    words = translator(TRANSLATION_CONTEXT)
    reason = said(exc.reason, words)
    return f"{exc.path}: {said(exc.place, words)}: {reason}" if exc.place else f"{exc.path}: {reason}"


def setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("map files to check"))
    p.add_argument("-q", "--quiet", action="store_true", help=tr("print only problems"))
    add_language_option(p)


def run_validate(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, read_document

    speak(args.language)
    status = OK
    for name in args.files:
        try:
            read_document(name)  # every check of a load, without building the live graph
        except MapFileError as exc:
            report(said_error(exc))
            status = INVALID
        else:
            if not args.quiet:
                print(fill("%1: ok", name))
    return status


def setup_info(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help=tr("map file"))
    p.add_argument("--json", action="store_true", help=tr("print the summary as JSON"))
    add_language_option(p)


def kind_name(kind: str) -> str:
    """A kind ("claim", "support", ...) in the language spoken: the words findings use (context "Findings")."""
    if speaking() == SOURCE_LANGUAGE:
        return kind
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Findings", kind)


def run_info(args: argparse.Namespace) -> int:
    amap = load_or_report(args.file)
    if amap is None:
        return INVALID
    kinds = {str(k): n for k, n in amap.counts_by_kind().items()}
    relations = {str(r): n for r, n in amap.counts_by_relation().items()}
    mains = [{"id": i, "text": amap.statement(i).text} for i in amap.main_claims()]
    cycles = amap.cycles(limit=21)  # one more than shown, to know whether to say "20+"
    more_cycles = len(cycles) > 20
    cycles = cycles[:20]
    linked = sum(1 for i in amap.ids() for members in amap.groups(i).values() if len(members) >= 2)  # one alone is no link
    if args.json:
        info = {
            "title": amap.title,
            "statements": len(amap),
            "by_kind": kinds,
            "relations": sum(relations.values()),
            "by_relation": relations,
            "linked_reasons": linked,
            "main_claims": mains,
            "cycles": cycles,
        }
        say_json(info)
        return OK
    speak(args.language)
    relation_names = {"support": tr("support"), "attack": tr("attack"), "rephrase": tr("rephrase")}
    shown = {r: n for r, n in relations.items() if n or r in ("support", "attack")}  # a rephrase when there is one
    say(fill("Title: %1", amap.title))
    say(fill("Statements: %1 (%2)", len(amap), tr(", ").join(f"{kind_name(k)} {n}" for k, n in kinds.items())))
    say(fill("Relations: %1 (%2); linked reasons: %3", sum(relations.values()),
             tr(", ").join(f"{relation_names.get(r, r)} {n}" for r, n in shown.items()), linked))
    say(fill("Main claims: %1", len(mains)))
    for main in mains:
        say(f"  {main['id']}: {main['text']}")
    if cycles:
        say(fill("Cycles: yes, %1", f"{len(cycles)}{'+' if more_cycles else ''}"))
        for cycle in cycles[:5]:
            say("  " + " -> ".join(cycle + cycle[:1]))
    else:
        say(tr("Cycles: none"))
    return OK


def setup_fmt(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help=tr("map files to rewrite in canonical form"))
    p.add_argument("--check", action="store_true", help=tr("change nothing; exit 1 if a file is not canonical"))
    add_language_option(p)


def run_fmt(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, dumps, loads, write_atomic
    from argmap.io.files import read_bytes

    speak(args.language)
    status = OK
    for name in args.files:
        try:
            data = read_bytes(name)  # once: what is compared is what was parsed (a pipe cannot be read twice)
            canonical = dumps(loads(data, name)).encode("utf-8")
            if data == canonical:
                continue
            if args.check:
                report(fill("%1: not in canonical form (run 'argmap fmt %1')", name))
                status = INVALID
            else:
                write_atomic(name, canonical)
                print(fill("reformatted %1", name))
        except MapFileError as exc:
            report(said_error(exc))
            status = INVALID
    return status


VALIDATE = Command("validate", N("check map files; exit 1 with one 'FILE: message' line per problem"), setup_validate,
                   run_validate)
INFO = Command("info", N("summarise a map: statements, relations, main claims, cycles"), setup_info, run_info)
FMT = Command("fmt", N("rewrite map files in canonical form (like a code formatter)"), setup_fmt, run_fmt)
