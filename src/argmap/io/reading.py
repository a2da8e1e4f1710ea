"""Reading map files: all or nothing, with one clear message on any problem."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from argmap.io.check import check_document
from argmap.io.convert import link_from, statement_from, view_from
from argmap.io.errors import MapFileError
from argmap.io.schema import SCHEMA_VERSION, MapFile

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

#: Files larger than this are refused before parsing (bytes).
MAX_FILE_BYTES = 256 * 1024 * 1024

#: Upgrades from an older schema_version to the next one, applied in turn.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def load(path: str | Path) -> ArgumentMap:
    """Read a map file; raise :class:`MapFileError` and change nothing on any problem."""
    return build_map(read_document(path), path)


def read_document(path: str | Path) -> MapFile:
    """Read and fully check a map file without building the live map (fast: no NetworkX)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MapFileError(path, f"the file is {size // 2**20} MiB, more than the {MAX_FILE_BYTES // 2**20} MiB a map may have")
        with path.open("rb") as handle:  # capped: a device or pipe (/dev/zero) reports no size and may never end
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise MapFileError(path, f"the file is more than the {MAX_FILE_BYTES // 2**20} MiB a map may have")
    except IsADirectoryError:
        raise MapFileError(path, "is a folder, not a map file") from None
    except FileNotFoundError:
        raise MapFileError(path, "no such file") from None
    except OSError as exc:
        raise MapFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    return parse_document(data, path)


def loads(data: bytes | str, path: str | Path | None = None) -> ArgumentMap:
    """Parse map text or bytes; ``path`` only names the source in messages."""
    document = parse_document(data, path)
    return build_map(document, path)


def parse_document(data: bytes | str, path: str | Path | None = None) -> MapFile:
    raw = _parse_json(data, path)
    if not isinstance(raw, dict):
        raise MapFileError(path, "the top level must be a JSON object", "$")
    raw = _migrate(raw, path)
    try:
        document = MapFile.model_validate(raw)
    except ValidationError as exc:
        raise _validation_message(exc, raw, path) from None
    check_document(document, path)
    return document


def build_map(document: MapFile, path: str | Path | None = None) -> ArgumentMap:
    """The live map of a document that passed :func:`check_document` (so nothing here can fail)."""
    from argmap.model.argument_map import ArgumentMap  # NetworkX is imported only when a map is built

    amap = ArgumentMap(document.title, document.description)
    for node in document.nodes:
        amap.insert(statement_from(node))
    for edge in document.edges:
        amap.add_link(link_from(edge))
    amap.view = view_from(document.view)
    return amap


def _parse_json(data: bytes | str, path: str | Path | None) -> Any:
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise MapFileError(path, "the map is too large")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MapFileError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not data.strip():
        raise MapFileError(path, "the file is empty")

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a valid JSON number")

    try:
        return json.loads(data, parse_constant=no_constants, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise MapFileError(path, f"invalid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}") from None
    except _DuplicateKey as exc:
        raise MapFileError(path, str(exc)) from None
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        reason = str(exc) if "not a valid JSON number" in str(exc) else "a number has far too many digits"
        raise MapFileError(path, f"invalid JSON: {reason}") from None
    except RecursionError:
        raise MapFileError(path, "invalid map: the JSON is nested far too deep") from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys: data lost without a word.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        owner = result.get("id")
        where = f"statement {owner!r}" if isinstance(owner, str) and len(owner) <= 200 else "one object"
        shown = repr(key) if len(key) <= 60 else repr(key[:57] + "...")
        raise _DuplicateKey(f"the key {shown} appears twice in {where}")
    return result


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
