"""The ``argmap`` command: ``argmap [FILE]`` opens the editor; subcommands work without a window.

Exit codes: 0 ok, 1 invalid input (a file that cannot be read, parsed or written), 2 usage.
Subcommands other than the editor import no Qt, so they start fast and run anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from argmap import __version__

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

OK, INVALID, USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, read_document

    status = OK
    for name in args.files:
        try:
            read_document(name)  # every check of a load, without building the live graph
        except MapFileError as exc:
            _err(str(exc))
            status = INVALID
        else:
            if not args.quiet:
                print(f"{name}: ok")
    return status


def load_or_report(path: str) -> ArgumentMap | None:
    """The map at ``path``, or None after printing the loader's one-line message."""
    from argmap.io import MapFileError, load

    try:
        return load(path)
    except MapFileError as exc:
        _err(str(exc))
        return None


def cmd_info(args: argparse.Namespace) -> int:
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
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return OK
    print(f"Title: {amap.title}")
    print(f"Statements: {len(amap)} (" + ", ".join(f"{k} {n}" for k, n in kinds.items()) + ")")
    print(
        f"Relations: {sum(relations.values())} ("
        + ", ".join(f"{r} {n}" for r, n in relations.items())
        + f"); linked reasons: {linked}"
    )
    print(f"Main claims: {len(mains)}")
    for main in mains:
        print(f"  {main['id']}: {main['text']}")
    if cycles:
        print(f"Cycles: yes, {len(cycles)}{'+' if more_cycles else ''}")
        for cycle in cycles[:5]:
            print("  " + " -> ".join(cycle + cycle[:1]))
    else:
        print("Cycles: none")
    return OK


def cmd_fmt(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, dumps, loads, write_atomic
    from argmap.io.files import read_bytes

    status = OK
    for name in args.files:
        try:
            data = read_bytes(name)  # once: what is compared is what was parsed (a pipe cannot be read twice)
            canonical = dumps(loads(data, name)).encode("utf-8")
            if data == canonical:
                continue
            if args.check:
                _err(f"{name}: not in canonical form (run 'argmap fmt {name}')")
                status = INVALID
            else:
                write_atomic(name, canonical)
                print(f"reformatted {name}")
        except MapFileError as exc:
            _err(str(exc))
            status = INVALID
    return status


def cmd_check(args: argparse.Namespace) -> int:
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
        print(json.dumps({
            "main_claims": mains,
            "converged": scores.converged,
            "findings": [
                {"code": f.code, "severity": str(f.severity), "statement": f.statement_id, "message": f.message}
                for f in findings
            ],
        }, indent=2, ensure_ascii=False))
    else:
        for main in mains:
            print(f"{main['id']}: strength {main['strength']:.2f} (base {amap.statement(main['id']).score:.2f}), "
                  f"grounded: {main['grounded']}  {main['text']}")
        if not scores.converged:
            print(f"note: strengths did not settle after {scores.iterations} rounds (the map has cycles)")
        for f in findings:
            where = f" [{f.statement_id}]" if f.statement_id else ""
            print(f"{f.severity}{where}: {f.message}")
        if not findings:
            print("no findings")
    return INVALID if args.strict and any(f.severity == "warning" for f in findings) else OK


def cmd_open(args: argparse.Namespace) -> int:
    try:
        from argmap.gui.app import run
    except ImportError as exc:  # Qt missing or cannot load its system libraries
        _err(f"argmap: the editor cannot start: {exc}")
        return INVALID
    return run(args.file)


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def _command(name: str, help_text: str):
    def register(setup: Callable[[argparse.ArgumentParser], None]):
        def wrap(run: Callable[[argparse.Namespace], int]):
            COMMANDS[name] = (help_text, setup, run)
            return run

        return wrap

    return register


def _setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="map files to check")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")


def _setup_info(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="map file")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def _setup_fmt(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="map files to rewrite in canonical form")
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not canonical")


def _setup_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="map file")
    p.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    p.add_argument("--strict", action="store_true", help="exit 1 when there is a warning (for CI of maps)")


_command("validate", "check map files; exit 1 with one 'FILE: message' line per problem")(_setup_validate)(cmd_validate)
_command("info", "summarise a map: statements, relations, main claims, cycles")(_setup_info)(cmd_info)
_command("fmt", "rewrite map files in canonical form (like a code formatter)")(_setup_fmt)(cmd_fmt)
_command("check", "evaluate a map: strength of each main claim, unanswered objections and other findings")(
    _setup_check
)(cmd_check)


def register_optional_commands() -> None:
    """Commands that live beside their feature (export, import...) add themselves here."""
    import importlib

    for module in ("argmap.export.cli", "argmap.convert_cli"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module.startswith(exc.name):
                raise


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``only``, only that command's options are set up (start-up: a setup may import a lot)."""
    parser = argparse.ArgumentParser(
        prog="argmap",
        description="Argument mapping on the desktop. 'argmap [FILE]' opens the editor.",
        epilog="Exit codes: 0 ok, 1 invalid input, 2 usage. 'argmap COMMAND --help' for each command.",
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, setup, run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            setup(p)
        p.set_defaults(run=run)
    return parser


def _looks_like_a_command(word: str) -> bool:
    """A mistyped command (``valdate``) rather than a map to open: a bare word that names no file."""
    return (
        word not in COMMANDS and not word.startswith("-") and not Path(word).exists()
        and "/" not in word and "\\" not in word and "." not in word
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show a character gets an escape, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    register_optional_commands()
    if argv and _looks_like_a_command(argv[0]):
        import difflib

        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"commands: {', '.join(COMMANDS)}"
        _err(f"argmap: unknown command '{argv[0]}' ({hint})")
        return USAGE
    parser = build_parser(only=argv[0] if argv else None)
    if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = parser.parse_args(argv)
        try:
            return args.run(args)
        except BrokenPipeError:  # `argmap info FILE | head`: the reader left early, which is fine
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return OK
    gui = argparse.ArgumentParser(prog="argmap", description="Open the argmap editor, optionally on FILE.")
    gui.add_argument("file", nargs="?", metavar="FILE", help="map file to open")
    return cmd_open(gui.parse_args(argv))


#: Commands after which the interpreter's own teardown is skipped: an export leaves tens of
#: thousands of drawing objects (and Qt) behind, and freeing them one by one takes longer
#: than writing the file did. Their output is complete, flushed and closed by then.
QUICK_EXIT = ("export",)


def entry() -> None:
    """The ``argmap`` console script: :func:`main`, then exit with its code."""
    quick = len(sys.argv) > 1 and sys.argv[1] in QUICK_EXIT
    if quick:  # everything it makes lives until the quick exit: the cyclic collector would only walk it
        import gc

        gc.disable()
    code = main()
    if quick:
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


if __name__ == "__main__":
    entry()
