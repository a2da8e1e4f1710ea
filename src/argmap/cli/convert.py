"""``argmap import`` and ``argmap convert``: maps in and out of other tools' formats.

No Qt is imported; the format readers and writers are imported when a command runs.
Exit codes: 0 ok, 1 invalid input (or an output that cannot be written), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from argmap.cli.command import INVALID, OK, USAGE, Command
from argmap.file_errors import same_file


def _warn(notes: list[str], name: str) -> None:
    for note in notes:
        print(f"{name}: warning: {note}", file=sys.stderr)


def _formats(kind: str) -> str:
    from argmap.io.formats import READERS, WRITERS

    return ", ".join(READERS if kind == "read" else WRITERS)


def _run(source: str, target: str, read_fmt: str | None, write_fmt: str | None, allow_empty: bool = True) -> int:
    from argmap.file_errors import MapFileError
    from argmap.io.formats import UnknownFormat, read_any, write_any

    try:
        result = read_any(source, read_fmt)
    except UnknownFormat as exc:
        print(f"argmap: {exc}", file=sys.stderr)
        return USAGE
    except MapFileError as exc:
        print(str(exc), file=sys.stderr)
        return INVALID
    _warn(result.skipped, source)
    if not allow_empty and not len(result.map):
        print(f"{source}: no statements found; nothing written", file=sys.stderr)
        return INVALID
    written: list[str] = []
    try:
        used = write_any(result.map, target, write_fmt, written)
    except UnknownFormat as exc:
        print(f"argmap: {exc}", file=sys.stderr)
        return USAGE
    except MapFileError as exc:
        print(str(exc), file=sys.stderr)
        return INVALID
    _warn(written, target)
    amap = result.map
    print(f"wrote {target} ({used}): {len(amap)} statements, {len(amap.links())} links"
          + (f", {len(result.skipped)} note(s) above" if result.skipped else ""))
    return OK


def setup_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="IN", help="file from another tool (.argdown, .json AIF, Kialo .txt, .graphml)")
    p.add_argument("-o", "--output", metavar="OUT", help="map file to write (default: IN with the suffix .json)")
    p.add_argument("--format", dest="fmt", metavar="F", help=f"format of IN when its name does not tell ({_formats('read')})")
    p.add_argument("--force", action="store_true", help="overwrite the map beside IN when -o is not given")


def run_import(args: argparse.Namespace) -> int:
    from argmap.io.formats import format_for_suffix, strip_suffix

    source = Path(args.file)
    target = args.output or str(source.with_name(strip_suffix(source) + ".json"))
    if same_file(target, source):
        print(f"argmap: {source} would be overwritten by the import; give another name with -o", file=sys.stderr)
        return USAGE
    if not args.output and not args.force and Path(target).exists():  # the map beside IN may hold hours of work
        print(f"argmap: {target} exists; give -o or --force", file=sys.stderr)
        return USAGE
    if format_for_suffix(target) != "argmap":  # import writes argmap JSON whatever the name says
        print(f"argmap: import writes an argmap .json map, not {Path(target).name}; "
              f"to write another format use 'argmap convert {source} {target}'", file=sys.stderr)
        return USAGE
    return _run(str(source), target, args.fmt, "argmap", allow_empty=False)


def setup_convert(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="IN", help="file to read")
    p.add_argument("target", metavar="OUT", help="file to write (format from its suffix unless --to)")
    p.add_argument("--from", dest="read_fmt", metavar="F", help=f"format of IN ({_formats('read')})")
    p.add_argument("--to", dest="write_fmt", metavar="F", help=f"format of OUT ({_formats('write')})")


def run_convert(args: argparse.Namespace) -> int:
    if same_file(args.target, args.source):
        print("argmap: IN and OUT are the same file; give another OUT", file=sys.stderr)
        return USAGE
    return _run(args.source, args.target, args.read_fmt, args.write_fmt)


IMPORT = Command(
    "import", "read a map from another tool (Argdown, AIF, Kialo, GraphML) into an argmap .json file", setup_import, run_import
)
CONVERT = Command(
    "convert", "convert between formats: argmap .json, Argdown, AIF, Kialo, GraphML, DOT, Mermaid", setup_convert, run_convert
)
