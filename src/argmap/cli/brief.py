"""``argmap brief MAP OUT.md|html|docx|pdf [--side for|against] [--minutes N]``: a debate brief for one side."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.command import INVALID, OK, USAGE, Command, report, say
from argmap.cli.language import N, add_language_option, fill, speak, tr
from argmap.cli.map_files import load_or_report
from argmap.file_errors import same_file


def setup_brief(p: argparse.ArgumentParser) -> None:
    p.add_argument("map", metavar="MAP.json", help=tr("map file to brief"))
    p.add_argument("output", metavar="OUT", help=tr("output file: .md, .html, .docx or .pdf"))
    p.add_argument("--side", choices=("for", "against"), default="for",
                   help=tr("the side to prepare: for (default) or against the main claim"))
    p.add_argument("--minutes", type=float, default=6.0, help=tr("length of the speech the outline must fit; default 6"))
    p.add_argument("--wpm", type=int, default=160, help=tr("speaking rate in words a minute for the timings; default 160"))
    add_language_option(p)


def run_brief(args: argparse.Namespace) -> int:
    from argmap.evaluation.brief import NoMainClaim
    from argmap.export import ExportError
    from argmap.export.brief import brief_format, write_brief

    try:  # the brief's words (and the refusals) in the chosen language; only a PDF needs the exports' application
        speak(args.language, drawing=Path(args.output).suffix.lower() == ".pdf")
    except ImportError as exc:  # Qt or its system libraries cannot load
        report(fill("%1: cannot write this format here: %2", args.output, exc))
        return INVALID
    if same_file(args.output, args.map):
        report(fill("argmap brief: %1 and %2 are the same file; give another OUT", args.map, args.output))
        return USAGE
    if not (0 < args.minutes <= 600) or not (40 <= args.wpm <= 400):
        report(fill("argmap brief: --minutes must be above 0 and at most 600, --wpm between 40 and 400"))
        return USAGE
    try:
        brief_format(Path(args.output))
    except ExportError as exc:
        report(fill("argmap brief: %1", exc))
        return USAGE
    amap = load_or_report(args.map)
    if amap is None:
        return INVALID
    if len(amap) == 0:
        report(fill("argmap brief: %1 has no statements: there is no main claim to argue for or against", args.map))
        return INVALID
    try:
        write_brief(amap, args.output, args.side, minutes=args.minutes, wpm=args.wpm)
    except ExportError as exc:
        report(str(exc))
        return INVALID
    except NoMainClaim:  # every statement bears on another (a cycle)
        report(fill("argmap brief: %1: the map has no main claim (a statement that bears on no other) to argue for or against",
                    args.map))
        return INVALID
    except ValueError as exc:
        report(fill("argmap brief: %1: %2", args.map, exc))
        return INVALID
    except ImportError as exc:  # Qt (PDF) or python-docx (DOCX) cannot load
        report(fill("%1: cannot write this format here: %2", args.output, exc))
        return INVALID
    if args.side == "for":
        say(fill("wrote the brief for the main claim to %1", args.output))
    else:
        say(fill("wrote the brief against the main claim to %1", args.output))
    return OK


BRIEF = Command(
    "brief", N("write a debate brief for one side: case, blocks, answers to prepare, a timed speech outline"), setup_brief, run_brief
)
