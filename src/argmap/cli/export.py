"""``argmap export MAP.json OUT.svg|png|pdf``: draw a map to a file, with or without a display.

Qt is imported only when the command runs (inside :func:`argmap.export.export_map`),
so the other commands start without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from argmap.cli.command import INVALID, OK, USAGE, Command, report
from argmap.cli.language import N, add_language_option, fill, speak, tr, translator
from argmap.cli.map_files import load_or_report
from argmap.export import FORMATS, PAGES, ExportError, export_map
from argmap.export.render import AUTO, format_for
from argmap.file_errors import same_file


def _page(value: str) -> str:
    for name in PAGES:
        if value.lower() == name.lower():
            return name
    raise argparse.ArgumentTypeError(f"choose from {', '.join(PAGES)}")


def _scale(value: str) -> float | str:
    if value.strip().lower() == AUTO:
        return AUTO
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("give a number (1 = 96 dpi) or auto") from None


def setup_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("map", metavar="MAP.json", help=tr("map file to draw"))
    p.add_argument("output", metavar="OUT", help=tr("output file: .svg, .png or .pdf"))
    p.add_argument("--format", choices=FORMATS, help=tr("output format when the file name has no usual suffix"))
    p.add_argument("--scale", type=_scale, default=1.0, metavar="{FACTOR,auto}",
                   help=tr("PNG size factor (1 = 96 dpi, 2 for sharp slides); auto: 1, or the largest that fits if 1 is too large; "
                           "default 1"))
    p.add_argument("--dpi", type=float, help=tr("PNG resolution instead of --scale (e.g. 300 for print)"))
    p.add_argument("--theme", choices=("light", "dark", "high_contrast"), default="light",
                   help=tr("colours; default light (high_contrast: white on black, WCAG AAA)"))
    p.add_argument("--transparent", action="store_true", help=tr("no background (PNG, SVG, PDF)"))
    p.add_argument("--page", type=_page, default="fit", metavar="{fit,slide,A4,Letter}",
                   help=tr("PDF page: fit the map (default), slide (16:9) or A4/Letter, the map scaled to fit"))
    p.add_argument("--font-size", type=int, metavar="PX",
                   help=tr("statement text size in px, 8 to 48 (default 14, the editor's Normal; 17 Large, 20 Extra large)"))
    p.add_argument("--evaluation", action="store_true", help=tr("show each statement's strength and verdict (refuted ones faded)"))
    p.add_argument("--sides", action="store_true", help=tr("mark each statement FOR or AGAINST the main claim (by its chain of links)"))
    p.add_argument("--direction", choices=("TB", "LR"), default="TB", help=tr("TB: main claim on top (default); LR: on the left"))
    p.add_argument("--layout", choices=("tree", "columns"),
                   help=tr("tree, or columns (the main claim's replies in columns: fits a slide); default: the map's own"))
    p.add_argument("--branch", action="append", metavar="ID",
                   help=tr("draw only this statement and everything under it (repeat for several branches), e.g. one branch per slide"))
    p.add_argument("--blank", action="append", metavar="ID",
                   help=tr("a worksheet: leave this statement blank, numbered, for students to fill in (repeat for more)"))
    p.add_argument("--blank-kind", action="append", choices=("claim", "support", "objection", "rebuttal", "evidence"),
                   help=tr("a worksheet: leave every statement of this kind blank (repeat for more kinds)"))
    p.add_argument("--comments", action="store_true",
                   help=tr("write the statements' comments on their own, as Markdown (OUT.md) or plain text (OUT.txt);"
                        " drawings never show comments"))
    p.add_argument("--steps", action="store_true",
                   help=tr("a PDF slide deck of the presentation: one 16:9 page per step (main claim, then each reply in turn)"))
    p.add_argument("--order", choices=("depth", "breadth"), default="depth",
                   help=tr("with --steps: depth (a reply's own replies right after it; default) or breadth (level by level)"))
    add_language_option(p)  # kind labels, verdicts and side words of the drawing


def run_export(args: argparse.Namespace) -> int:
    try:  # refusals too in the language chosen; a drawing's application is made for it
        speak(args.language, drawing=not args.comments)
    except ImportError as exc:  # Qt or its system libraries cannot load
        report(fill("%1: cannot draw without Qt: %2", args.output, exc))
        return INVALID
    if same_file(args.output, args.map):  # the drawing would replace the map itself
        report(fill("argmap export: %1 and %2 are the same file; give another OUT", args.map, args.output))
        return USAGE
    if args.comments:
        return _run_comments(args)
    try:
        fmt = format_for(Path(args.output), args.format)
    except ExportError as exc:
        report(fill("argmap export: %1", exc))
        return USAGE
    if (args.scale != AUTO and not (0 < args.scale <= 100)) or (args.dpi is not None and not (0 < args.dpi <= 9600)):
        report(fill("argmap export: --scale must be above 0 and at most 100, --dpi above 0 and at most 9600"))
        return USAGE
    if args.font_size is not None and not (8 <= args.font_size <= 48):  # drawing.theme.FONT_SIZE_RANGE (that module loads Qt)
        report(fill("argmap export: --font-size must be between 8 and 48 (px)"))
        return USAGE
    if args.layout == "columns" and args.direction == "LR":
        report(fill("argmap export: the columns layout is top-down only: drop --direction LR or use --layout tree"))
        return USAGE
    if args.steps and (fmt != "pdf" or args.branch):
        report(fill("argmap export: --steps writes a PDF slide deck of the whole map: give OUT.pdf and no --branch"))
        return USAGE
    amap = load_or_report(args.map)
    if amap is None:
        return INVALID
    if args.steps:
        return _run_steps(args, amap)
    if args.blank or args.blank_kind:
        return _run_worksheet(args, amap, fmt)
    ids = None
    if args.branch:
        unknown = [i for i in args.branch if i not in amap]
        if unknown:
            report(fill("argmap export: %1 has no statement with the id %2 (see `argmap info %1`)", args.map, repr(unknown[0])))
            return USAGE
        ids = set(args.branch).union(*(amap.descendants(i) for i in args.branch))
    return _drawn(args, lambda: export_map(
        amap, args.output, fmt=fmt, scale=args.scale, dpi=args.dpi, background="transparent" if args.transparent else None,
        theme=args.theme, page=args.page, direction=args.direction, arrangement=args.layout, evaluation=args.evaluation,
        font_size=args.font_size, ids=ids, sides=args.sides))


def _run_comments(args: argparse.Namespace) -> int:
    from argmap.file_errors import MapFileError
    from argmap.io import write_atomic
    from argmap.teaching.feedback import comments_text

    suffix = Path(args.output).suffix.lower()
    if suffix not in (".md", ".txt", ".markdown"):
        report(fill("argmap export: --comments writes text: give OUT.md (Markdown) or OUT.txt"))
        return USAGE
    amap = load_or_report(args.map)
    if amap is None:
        return INVALID
    try:
        text = comments_text(amap, markdown=suffix != ".txt", say=translator("Comments"))
        write_atomic(args.output, text.encode("utf-8"))
    except MapFileError as exc:
        report(str(exc))
        return INVALID
    return OK


def _run_worksheet(args: argparse.Namespace, amap, fmt: str) -> int:
    from argmap.export.worksheet import export_worksheet

    unknown = [i for i in args.blank or () if i not in amap]
    if unknown:
        report(fill("argmap export: %1 has no statement with the id %2 (see `argmap info %1`)", args.map, repr(unknown[0])))
        return USAGE
    return _drawn(args, lambda: export_worksheet(
        amap, args.output, ids=args.blank or (), kinds=args.blank_kind or (), fmt=fmt, theme=args.theme, page=args.page,
        scale=args.scale, dpi=args.dpi, font_size=args.font_size, direction=args.direction, arrangement=args.layout))


def _run_steps(args: argparse.Namespace, amap) -> int:
    from argmap.export.steps import export_steps

    return _drawn(args, lambda: export_steps(amap, args.output, theme=args.theme, order=args.order, evaluation=args.evaluation,
                                             font_size=args.font_size, arrangement=args.layout))


def _drawn(args: argparse.Namespace, draw: Callable[[], object]) -> int:
    """Run one of the drawing exports: OK, or INVALID with its one-line message."""
    try:
        draw()
    except ExportError as exc:
        report(str(exc))
        return INVALID
    except ImportError as exc:  # Qt missing or its system libraries cannot load
        report(fill("%1: cannot draw without Qt: %2", args.output, exc))
        return INVALID
    return OK


EXPORT = Command("export", N("draw a map to SVG, PNG or PDF (works without a display)"), setup_export, run_export)
