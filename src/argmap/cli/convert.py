"""``argmap import`` and ``argmap convert``: maps in and out of other tools' formats.

No Qt is imported; the format readers and writers are imported when a command runs.
Exit codes: 0 ok, 1 invalid input (or an output that cannot be written), 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.command import INVALID, OK, USAGE, Command, report, say
from argmap.cli.language import SOURCE_LANGUAGE, N, add_language_option, fill, speak, speaking, tr, translator
from argmap.cli.map_files import said_error
from argmap.file_errors import same_file


def _warn(notes: list[str], name: str) -> None:
    for note in notes:
        report(fill("%1: warning: %2", name, note))  # notes quote the file's text: never raw terminal controls


def _say_formats(context: str, text: str) -> str:
    """The formats' own sentences (what an export leaves out: io/formats/losses.py) in the language spoken."""
    return translator(context)(text)


def _formats(kind: str) -> str:
    from argmap.io.formats import READERS, WRITERS

    return ", ".join(READERS if kind == "read" else WRITERS)


def _run(source: str, target: str, read_fmt: str | None, write_fmt: str | None, allow_empty: bool = True,
         strict: bool = False) -> int:
    from argmap.file_errors import MapFileError
    from argmap.io.formats import UnknownFormat, read_any, write_any

    try:
        result = read_any(source, read_fmt, strict)
    except UnknownFormat as exc:
        report(f"argmap: {exc}")
        return USAGE
    except MapFileError as exc:
        report(said_error(exc))
        return INVALID
    _warn(result.skipped, source)
    if not allow_empty and not len(result.map):
        report(fill("%1: no statements found; nothing written", source))
        return INVALID
    written: list[str] = []
    try:
        used = write_any(result.map, target, write_fmt, written, None if speaking() == SOURCE_LANGUAGE else _say_formats)
    except UnknownFormat as exc:
        report(f"argmap: {exc}")
        return USAGE
    except MapFileError as exc:
        report(said_error(exc))
        return INVALID
    _warn(written, target)
    amap = result.map
    if result.skipped:
        say(fill("wrote %1 (%2): %3 statements, %4 links, %5 note(s) above", target, used, len(amap), len(amap.links()),
                 len(result.skipped)))
    else:
        say(fill("wrote %1 (%2): %3 statements, %4 links", target, used, len(amap), len(amap.links())))
    return OK


def setup_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="IN",
                   help=tr("file from another tool (.argdown, .json AIF, Kialo .txt, .graphml, Markdown outline .md, .opml)"))
    p.add_argument("-o", "--output", metavar="OUT", help=tr("map file to write (default: IN with the suffix .json)"))
    p.add_argument("--format", dest="fmt", metavar="F",
                   help=fill("format of IN when its name does not tell (%1)", _formats("read")))
    p.add_argument("--force", action="store_true", help=tr("overwrite the map beside IN when -o is not given"))
    _strict_option(p)


def _strict_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true",
                   help=tr("refuse a file whose text argmap would cut to fit (an AIF statement over 20,000 characters)"))
    add_language_option(p)


def run_import(args: argparse.Namespace) -> int:
    from argmap.io.formats import format_for_suffix, strip_suffix

    speak(args.language)
    source = Path(args.file)
    target = args.output or str(source.with_name(strip_suffix(source) + ".json"))
    if same_file(target, source):
        report(fill("argmap: %1 would be overwritten by the import; give another name with -o", source))
        return USAGE
    if not args.output and not args.force and Path(target).exists():  # the map beside IN may hold hours of work
        report(fill("argmap: %1 exists; give -o or --force", target))
        return USAGE
    if format_for_suffix(target) != "argmap":  # import writes argmap JSON whatever the name says
        report(fill("argmap: import writes an argmap .json map, not %1; to write another format use 'argmap convert %2 %3'",
                    Path(target).name, source, target))
        return USAGE
    return _run(str(source), target, args.fmt, "argmap", allow_empty=False, strict=args.strict)


def setup_convert(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="IN", help=tr("file to read"))
    p.add_argument("target", metavar="OUT", help=tr("file to write (format from its suffix unless --to)"))
    p.add_argument("--from", dest="read_fmt", metavar="F", help=fill("format of IN (%1)", _formats("read")))
    p.add_argument("--to", dest="write_fmt", metavar="F", help=fill("format of OUT (%1)", _formats("write")))
    _strict_option(p)


def run_convert(args: argparse.Namespace) -> int:
    speak(args.language)
    if same_file(args.target, args.source):
        report(tr("argmap: IN and OUT are the same file; give another OUT"))
        return USAGE
    return _run(args.source, args.target, args.read_fmt, args.write_fmt, strict=args.strict)


IMPORT = Command(
    "import", N("read a map from another tool (Argdown, AIF, Kialo, GraphML, Markdown outline, OPML) into an argmap .json file"),
    setup_import, run_import
)
CONVERT = Command(
    "convert", N("convert between formats: argmap .json, Argdown, AIF, Kialo, GraphML, Markdown outline, OPML, DOT, Mermaid"),
    setup_convert, run_convert
)
