"""Interchange with other argument-mapping tools: a registry of readers and writers by format name.

>>> sorted(READERS)
['aif', 'argdown', 'argmap', 'graphml', 'kialo', 'opml', 'outline']
>>> sorted(WRITERS)
['aif', 'argdown', 'argmap', 'dot', 'graphml', 'kialo', 'mermaid', 'opml', 'outline']

Readers take ``(data, path)`` and return an :class:`ImportResult`; writers take a map and
return text. :func:`read_any` and :func:`write_any` pick the format from the file name
(and, for ``.json`` or an unknown suffix, from the content).
"""

from __future__ import annotations

import json
import re
from codecs import BOM_UTF8
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.file_errors import MapFileError
from argmap.io.files import decode_text, read_bytes
from argmap.io.formats.common import ImportResult

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


class UnknownFormat(ValueError):
    """A format name or file suffix that no reader or writer handles (a usage error)."""


def _argmap_read(data: bytes, path) -> ImportResult:
    from argmap.io import loads

    return ImportResult(loads(data, path), [])


def _argmap_write(amap: ArgumentMap) -> str:
    from argmap.io import dumps

    return dumps(amap)


def _lazy(module: str, name: str) -> Callable:
    """Import a format's module only when it is used (NetworkX and friends load slowly)."""

    def call(*args, **kwargs):
        import importlib

        return getattr(importlib.import_module(f"argmap.io.formats.{module}"), name)(*args, **kwargs)

    call.__name__ = name
    return call


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    description: str
    read: Callable[..., ImportResult] | None
    write: Callable[..., str] | None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("argmap", (".json", ".argmap"), "argmap's own map file", _argmap_read, _argmap_write),
        Format("aif", (".aif.json", ".aif"), "AIF JSON (AIFdb nodesets, OVA3 xAIF)",
               _lazy("aif", "parse_aif"), _lazy("aif", "dumps_aif")),
        Format("argdown", (".argdown", ".ad"), "Argdown text", _lazy("argdown", "parse_argdown"),
               _lazy("argdown_write", "dumps_argdown")),
        Format("kialo", (".txt", ".kialo"), "Kialo text export", _lazy("kialo", "parse_kialo"), _lazy("kialo", "dumps_kialo")),
        Format("graphml", (".graphml",), "GraphML (Gephi, yEd, Cytoscape)", _lazy("graphml", "parse_graphml"),
               _lazy("graphml", "dumps_graphml")),
        Format("outline", (".md", ".markdown"), "Markdown outline (nested Pro:/Con: lists)", _lazy("outline", "parse_outline"),
               _lazy("outline_write", "dumps_outline")),
        Format("opml", (".opml",), "OPML outline (outliners, mind maps)", _lazy("opml", "parse_opml"), _lazy("opml", "dumps_opml")),
        Format("dot", (".dot", ".gv"), "Graphviz DOT", None, _lazy("graph_text", "dumps_dot")),
        Format("mermaid", (".mmd", ".mermaid"), "Mermaid flowchart", None, _lazy("graph_text", "dumps_mermaid")),
    )
}
READERS: dict[str, Callable[..., ImportResult]] = {n: f.read for n, f in FORMATS.items() if f.read}
#: Warnings about written text that its destination may not take (Mermaid's size limits).
WRITE_NOTES: dict[str, Callable[[str], list[str]]] = {"mermaid": _lazy("graph_text", "mermaid_notes")}
WRITERS: dict[str, Callable[..., str]] = {n: f.write for n, f in FORMATS.items() if f.write}


def format_for_suffix(path: str | Path) -> str | None:
    """The format a file name implies (longest suffix wins: ``x.aif.json`` is AIF), or None."""
    name = Path(path).name.lower()
    best: tuple[int, str] | None = None
    for fmt in FORMATS.values():
        for suffix in fmt.suffixes:
            if name.endswith(suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), fmt.name)
    return best[1] if best else None


def strip_suffix(path: str | Path) -> str:
    """The file name without the suffix of its format (``my.debate.argdown`` -> ``my.debate``)."""
    name = Path(path).name
    suffixes = sorted((x for f in FORMATS.values() for x in f.suffixes), key=len, reverse=True)
    for suffix in suffixes:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return Path(name).stem or name


def file_filters(mode: str = "read") -> str:
    """Qt file-dialog filters, e.g. ``"Argdown text (*.argdown *.ad);;..."``, for the formats that can be read or written."""
    formats = [f for f in FORMATS.values() if (f.read if mode == "read" else f.write)]
    patterns = " ".join(f"*{x}" for f in formats for x in f.suffixes)
    parts = [f"All supported ({patterns})"] if mode == "read" else []
    parts += [f"{f.description} ({' '.join('*' + x for x in f.suffixes)})" for f in formats]
    return ";;".join(parts)


#: The start of a map file that argmap wrote: its first key is the schema version (never in AIF: see looks_like_aif).
_ARGMAP_START = re.compile(r'\{\s*"schema_version"\s*:')


def looks_like_argmap_map(start: bytes) -> bool:
    """The first bytes of a file begin an argmap map as argmap writes it (``{"schema_version":``)."""
    return _ARGMAP_START.match(start.removeprefix(BOM_UTF8).lstrip().decode("utf-8", "replace")) is not None


def detect_format(path: str | Path, text: bytes | str | None = None) -> str:
    """The reader for ``path``: by suffix, and by content for ``.json`` (AIF or argmap) or unknown suffixes."""
    from argmap.io.formats.aif import looks_like_aif
    from argmap.io.formats.kialo import looks_like_kialo

    by_name = format_for_suffix(path)
    if by_name not in (None, "argmap"):
        return by_name
    if text is None:
        text = read_bytes(path)
    if by_name == "argmap" and isinstance(text, bytes) and looks_like_argmap_map(text[:256]):
        # what the rest would say (decoded or not, it is argmap's) without decoding the whole file: at 50,000
        # statements 16 MB, 40-50 ms and 4,000 new pages before the reading could start
        return "argmap"
    try:
        content = decode_text(text, path)[:1_000_000] if by_name is None else decode_text(text, path)
    except MapFileError:
        if by_name:
            return by_name
        raise
    stripped = content.lstrip()
    if _ARGMAP_START.match(stripped):  # an argmap map as argmap writes it: no need to parse it all to tell (AIF has no such key)
        return "argmap"
    if stripped.startswith(("{", "[")):
        try:
            return "aif" if looks_like_aif(json.loads(content)) else "argmap"
        except (ValueError, RecursionError):  # RecursionError: nested far too deep
            return by_name or "argmap"  # the argmap reader names the JSON error
    if by_name:
        return by_name
    if stripped.startswith("<?xml") or stripped.startswith("<graphml"):
        return "graphml"
    if looks_like_kialo(content):
        return "kialo"
    raise UnknownFormat(f"{path}: cannot tell the format from the name; give it with --format ({', '.join(READERS)})")


#: Readers that take ``strict=True``: refuse what they would otherwise cut to fit with a note (an AIF text over the limit).
STRICT_READERS = {"aif"}


def read_any(path: str | Path, fmt: str | None = None, strict: bool = False) -> ImportResult:
    """Read any supported file. Raises MapFileError on bad content, UnknownFormat on a bad format name."""
    return read_data(read_bytes(path), path, fmt, strict)


def read_data(data: bytes, path: str | Path, fmt: str | None = None, strict: bool = False) -> ImportResult:
    """:func:`read_any` of bytes already read from ``path`` (a pipe can be read only once)."""
    if not data.strip():  # before guessing the format: "cannot tell the format" would blame the name
        raise MapFileError(path, "the file is empty")
    name = fmt or detect_format(path, data)
    if name not in READERS:
        raise UnknownFormat(f"cannot read the format {name!r} (readable: {', '.join(READERS)})")
    try:
        return READERS[name](data, path, strict=True) if strict and name in STRICT_READERS else READERS[name](data, path)
    except UnknownFormat:
        raise
    except RecursionError:
        raise MapFileError(path, f"invalid {name} file: nested far too deep") from None
    except ValueError as exc:  # what a reader did not word itself (the model refusing a value...): a message, not a traceback
        raise MapFileError(path, f"invalid {name} file: {exc}") from None


def write_any(amap: ArgumentMap, path: str | Path, fmt: str | None = None, notes: list[str] | None = None,
              say: Callable[[str, str], str] | None = None) -> str:
    """Write ``amap`` to ``path`` atomically in ``fmt`` (default: from the suffix); returns the format used.

    Warnings about the written text (it is over Mermaid's default limits...) and about what the format
    cannot hold (titles, quotes, comments, schemes, undercuts... see :mod:`argmap.io.formats.losses`) are
    added to ``notes``, said by ``say(context, template)`` when given (the command line's translation).
    """
    from argmap.io.files import write_atomic

    name = fmt or format_for_suffix(path)
    if name is None:
        raise UnknownFormat(f"{path}: cannot tell the format from the name; give it with --to ({', '.join(WRITERS)})")
    if name not in WRITERS:
        raise UnknownFormat(f"cannot write the format {name!r} (writable: {', '.join(WRITERS)})")
    text = WRITERS[name](amap)
    write_atomic(path, text.encode("utf-8"))
    if notes is not None:
        from argmap.io.formats.losses import lost_parts

        notes += lost_parts(amap, name, say)  # what the format cannot hold: titles, quotes, comments, undercuts...
    if notes is not None and name in WRITE_NOTES:
        notes += WRITE_NOTES[name](text)
    return name


__all__ = [
    "FORMATS", "READERS", "WRITERS", "Format", "ImportResult", "UnknownFormat",
    "detect_format", "file_filters", "format_for_suffix", "read_any", "read_data", "strip_suffix", "write_any",
]
