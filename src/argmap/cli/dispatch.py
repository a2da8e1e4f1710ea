"""From the command line to a command: the parser built from the registry, and the console script."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from argmap import __version__
from argmap.cli.command import OK, USAGE, report
from argmap.cli.commands import COMMANDS
from argmap.cli.editor import open_editor
from argmap.cli.language import requested_in, speak, tr


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``only``, only that command's options are set up (start-up: a setup may import a lot)."""
    parser = argparse.ArgumentParser(
        prog="argmap",
        description=tr("Argument mapping on the desktop. 'argmap [FILE]' opens the editor."),
        epilog=tr("Exit codes: 0 ok, 1 invalid input, 2 usage. 'argmap COMMAND --help' for each command."),
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}",
                        help=tr("show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        said = tr(command.help)  # (marked with N() where each command is made)
        p = sub.add_parser(name, help=said, description=said)
        if only is None or name == only:
            command.setup(p)
        p.set_defaults(run=command.run)
    return parser


def looks_like_a_command(word: str) -> bool:
    """A mistyped command (``valdate``) rather than a map to open: a bare word that names no file."""
    return (
        word not in COMMANDS and not word.startswith("-") and not Path(word).exists()
        and "/" not in word and "\\" not in word and "." not in word
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``argmap`` with ``argv`` (default: the process's arguments); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show a character gets an escape, not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if argv and looks_like_a_command(argv[0]):
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"commands: {', '.join(COMMANDS)}"
        report(f"argmap: unknown command '{argv[0]}' ({hint})")
        return USAGE
    if any(a in ("-h", "--help") for a in argv):  # the help is made with the parser: in the language chosen
        speak(requested_in(argv))
    parser = build_parser(only=argv[0] if argv else None)
    if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = parser.parse_args(argv)
        try:
            return args.run(args)
        except BrokenPipeError:  # `argmap info FILE | head`: the reader left early, which is fine
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return OK
    gui = argparse.ArgumentParser(prog="argmap", description=tr("Open the argmap editor, optionally on FILE."))
    gui.add_argument("file", nargs="?", metavar="FILE", help=tr("map file to open"))
    return open_editor(gui.parse_args(argv).file)


def entry() -> None:
    """The ``argmap`` console script: :func:`main`, then exit with its code."""
    raise SystemExit(main())
