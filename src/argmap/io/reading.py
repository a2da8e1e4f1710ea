"""Reading map files: all or nothing, with one clear message on any problem."""

from __future__ import annotations

import json
from codecs import BOM_UTF8
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from argmap.file_errors import MapFileError
from argmap.gc_pause import collector_paused
from argmap.io.check import accept_document, check_document
from argmap.io.convert import sources_from_one, view_from
from argmap.io.fast_schema import FAST_MAP_FILE
from argmap.io.files import MAX_FILE_BYTES, parse_json, read_bytes
from argmap.io.schema import READ_AS_CURRENT, SCHEMA_VERSION, MapFile, SourceDocumentModel, ViewModel

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Link, Statement



def _version_1_to_2(raw: dict[str, Any]) -> dict[str, Any]:
    # Version 2 added optional fields only (statement titles, ...): a version-1 map means the same.
    return {**raw, "schema_version": 2}


#: Upgrades from an older schema_version to the next one, applied in turn.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _version_1_to_2}


def load(path: str | Path) -> ArgumentMap:
    """Read a map file; raise :class:`MapFileError` and change nothing on any problem."""
    data = read_bytes(path)
    with collector_paused():
        return _load(data, path)


def read_document(path: str | Path) -> MapFile:
    """Read and fully check a map file without building the live map (no NetworkX)."""
    return parse_document(read_bytes(path), path)


def loads(data: bytes | str, path: str | Path | None = None) -> ArgumentMap:
    """Parse map text or bytes; ``path`` only names the source in messages."""
    with collector_paused():
        return _load(data, path)


def parse_document(data: bytes | str, path: str | Path | None = None) -> MapFile:
    """The document of map text or bytes, checked as a load checks it: a good file's models as pydantic reads its bytes
    (after the fast path's checks), anything else read the careful way."""
    if _parse_fast(data) is not None:
        return MapFile.model_validate_json(_as_bytes(data) or b"")  # (bytes: the fast path took them)
    return _parse_careful(data, path)[0]


def build_map(document: MapFile, path: str | Path | None = None) -> ArgumentMap:
    """The live map of a parsed document (checked here first)."""
    return _build(document, *check_document(document, path))


def _load(data: bytes | str, path: str | Path | None) -> ArgumentMap:
    """The live map of ``data``, or :class:`MapFileError` for its first problem.

    A good file takes the fast path; a file it doubts (any problem at all, or something
    merely unusual) is read again the careful way, which words the problem.
    """
    fast = _parse_fast(data)
    if fast is not None:
        fields, statements, links = fast
        return _made(fields["title"], fields["description"], fields["layout"], fields["semantics"], fields["view"],
                     fields["sources"], statements, links)
    return _build(*_parse_careful(data, path))


def _parse_fast(data: bytes | str) -> tuple[dict[str, Any], list[Statement], list[Link]] | None:
    """A good current-version file parsed and checked in one go, or None on any doubt: the document's fields (as
    :data:`~argmap.io.fast_schema.FAST_MAP_FILE` gives them: its statements and links as dicts), and the statements
    and links made of them.

    pydantic parses the JSON bytes itself (no Python objects in between). Its parser
    refuses all that the careful path's JSON refuses, except a key written twice in one
    object: it keeps one silently. That is told by counting colons: each one ends a key or
    sits in a string, so without ``\\u003a`` escapes a file that repeats no key has exactly
    as many as the document has keys plus colons in its strings (repeats only add some).
    """
    raw = _as_bytes(data)
    if raw is None:
        return None
    try:
        fields, _, given = FAST_MAP_FILE.validate_json(raw)
    except ValidationError:
        return None
    if fields["schema_version"] not in READ_AS_CURRENT:
        return None
    accepted = accept_document(fields, given)
    if accepted is None or b"\\u003" in raw:  # an escaped digit or one of :;<=>? (rare): perhaps a colon
        return None
    statements, links, colons = accepted
    if raw.count(b":") != colons:
        return None
    return fields, statements, links


def _as_bytes(data: bytes | str) -> bytes | None:
    """The bytes the fast path parses (text encoded, a byte order mark left out); None when it leaves them to the
    careful path (text with a lone surrogate, too many bytes)."""
    if isinstance(data, str):
        try:
            return data.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate in the text itself
            return None
    if len(data) <= MAX_FILE_BYTES:
        return data.removeprefix(BOM_UTF8)  # as the careful path decodes bytes (but not text)
    return None


def _parse_careful(data: bytes | str, path: str | Path | None) -> tuple[MapFile, list[Statement], list[Link]]:
    raw = parse_json(data, path)
    if not isinstance(raw, dict):
        raise MapFileError(path, "the top level must be a JSON object", "$")
    raw = _migrate(raw, path)
    try:
        document = MapFile.model_validate(raw)
    except ValidationError as exc:
        raise _validation_message(exc, raw, path) from None
    return (document, *check_document(document, path))


def _build(document: MapFile, statements: list[Statement], links: list[Link]) -> ArgumentMap:
    return _made(document.title, document.description, document.layout, document.semantics, document.view, document.sources,
                 statements, links)


def _made(
    title: str, description: str, layout: str, semantics: str, view: ViewModel | None, sources: list[SourceDocumentModel],
    statements: list[Statement], links: list[Link],
) -> ArgumentMap:
    from argmap.model.argument_map import ArgumentMap  # NetworkX is imported only when a map is built

    return ArgumentMap.from_checked(
        title, description, statements, links, layout=layout, semantics=semantics, view=view_from(view),
        sources=[sources_from_one(source) for source in sources],
    )


def _migrate(raw: dict[str, Any], path: str | Path | None) -> dict[str, Any]:
    version = raw.get("schema_version")
    if version is None:
        raise MapFileError(path, "missing schema_version: is this an argmap map?", "$.schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise MapFileError(path, f"schema_version must be a whole number, not {version!r}", "$.schema_version")
    if version > SCHEMA_VERSION:
        raise MapFileError(
            path,
            f"written by a newer argmap (schema_version {version}); this version reads up to {SCHEMA_VERSION}. Please update argmap.",
            "$.schema_version",
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MapFileError(path, f"schema_version {version} is not a known version", "$.schema_version")
        raw = step(raw)
        version = raw["schema_version"]
    return raw


def _validation_message(exc: ValidationError, raw: dict[str, Any], path: str | Path | None) -> MapFileError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    place = json_path(first["loc"])
    node = _node_id_at(first["loc"], raw)
    if node:
        place += f" (statement {node!r})"
    reason = _short(first["msg"], first.get("input"), first["type"])
    if len(errors) > 1:
        reason += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return MapFileError(path, reason, place)


def json_path(loc: tuple[int | str, ...]) -> str:
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier() and len(part) <= 40:
            out += f".{part}"
        else:  # an odd key (spaces, newlines, a megabyte of text): quoted and clipped so the message stays one line
            quoted = json.dumps(part)
            if len(quoted) > 40:
                quoted = quoted[:36] + '..."'
            out += f"[{quoted}]"
    return out


def _node_id_at(loc: tuple[int | str, ...], raw: dict[str, Any]) -> str | None:
    if len(loc) >= 2 and loc[0] == "nodes" and isinstance(loc[1], int):
        try:
            node_id = raw["nodes"][loc[1]]["id"]
        except (KeyError, IndexError, TypeError):
            return None
        return node_id if isinstance(node_id, str) and len(node_id) <= 200 else None
    return None


def _short(msg: str, value: Any, kind: str) -> str:
    if kind == "extra_forbidden":
        return "unknown field (not part of the argmap format)"
    if kind == "missing":
        return "required field is missing"
    if kind == "string_too_long" and isinstance(value, str):
        return f"{msg} (it has {len(value)})"
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{msg}, got {text}" if value is not None and kind != "model_type" else msg
