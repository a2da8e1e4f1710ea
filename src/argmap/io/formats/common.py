"""What every reader and writer shares: the import result, reading text, ids and kinds."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.io.errors import MapFileError
from argmap.model.kinds import Kind, Relation

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

#: Larger foreign files are refused before parsing (bytes), like native maps.
MAX_IMPORT_BYTES = 256 * 1024 * 1024


@dataclass
class ImportResult:
    """A map read from a foreign format, with a note for everything that could not be imported."""

    map: ArgumentMap
    skipped: list[str] = field(default_factory=list)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``, or :class:`MapFileError` with a plain reason."""
    path = Path(path)
    try:
        with path.open("rb") as handle:  # read at most one byte too many: a device such as /dev/zero has no size
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except IsADirectoryError:
        raise MapFileError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise MapFileError(path, "no such file") from None
    except OSError as exc:
        raise MapFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise MapFileError(path, f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MiB")
    return data


def decode_text(data: bytes | str, path: str | Path | None) -> str:
    """UTF-8 text (a BOM is dropped) with ``\\n`` line ends, whatever the file used."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise MapFileError(path, "is not UTF-8 text", f"line {line}") from None
    return data.replace("\r\n", "\n").replace("\r", "\n")


def clip(text: str, limit: int = 60) -> str:
    """A short one-line quote of ``text`` for messages."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def unique_id(wanted: str, taken: set[str] | ArgumentMap, fallback: str = "s") -> str:
    """``wanted`` made into a valid statement id not yet in ``taken`` (adds " (2)", " (3)"...)."""
    base = " ".join(wanted.split())[:190] or fallback
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base} ({n})"
    return candidate


_SAFE = re.compile(r"[^A-Za-z0-9_]")


def safe_id(statement_id: str, used: dict[str, str]) -> str:
    """An identifier made of letters, digits and ``_`` for DOT/Mermaid, unique per map (``used`` remembers)."""
    if statement_id in used:
        return used[statement_id]
    base = "n_" + _SAFE.sub("_", statement_id)[:60]
    candidate, n = base, 1
    taken = set(used.values())
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    used[statement_id] = candidate
    return candidate


def infer_kinds(amap: ArgumentMap, keep: set[str] = frozenset()) -> None:
    """Give each statement the kind its place implies (formats that carry no kinds); see :func:`implied_kinds`."""
    for statement_id, kind in implied_kinds(amap, keep).items():
        if amap.statement(statement_id).kind != kind:
            amap.update(statement_id, kind=kind)


def implied_kinds(amap: ArgumentMap, keep: set[str] = frozenset()) -> dict[str, Kind]:
    """The kind each statement's place implies.

    Tops are claims; a supporter is a support; an attacker of a claim, support or evidence
    is an objection, an attacker of an objection a rebuttal, an attacker of a rebuttal an
    objection again (a counter-objection). Statements in ``keep`` keep the kind they have.
    Parents are settled before children (breadth first from the tops), so chains work.
    """
    settled: dict[str, Kind] = {}
    queue: deque[str] = deque()
    for top in amap.main_claims():
        settled[top] = amap.statement(top).kind if top in keep else Kind.CLAIM
        queue.append(top)
    if not queue and len(amap):  # everything is in a cycle: start anywhere
        first = amap.ids()[0]
        settled[first] = amap.statement(first).kind if first in keep else Kind.CLAIM
        queue.append(first)
    remaining = amap.ids()
    while True:
        while queue:
            parent = queue.popleft()
            for link in amap.incoming(parent):
                child = link.source
                if child in settled:
                    continue
                settled[child] = amap.statement(child).kind if child in keep else _kind_under(settled[parent], link.relation)
                queue.append(child)
        left = [i for i in remaining if i not in settled]
        if not left:
            break
        settled[left[0]] = amap.statement(left[0]).kind if left[0] in keep else Kind.CLAIM  # an unreached cycle
        queue.append(left[0])
    return settled


def _kind_under(parent: Kind, relation: Relation) -> Kind:
    if relation == Relation.SUPPORT:
        return Kind.SUPPORT
    return Kind.REBUTTAL if parent == Kind.OBJECTION else Kind.OBJECTION
