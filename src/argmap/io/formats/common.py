"""What every reader and writer shares: the import result, ids and kinds (reading files: :mod:`argmap.io.files`)."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from argmap.file_errors import MapFileError
from argmap.io.files import decode_text, read_bytes
from argmap.model.errors import MapError
from argmap.model.kinds import Kind, Relation

if TYPE_CHECKING:
    from collections.abc import Callable

    from argmap.model import ArgumentMap

__all__ = [
    "MAX_IMPORT_BYTES", "MAX_LINE_CHARS", "ImportResult", "SafeIds", "check_import_size", "checked_text", "clip",
    "connect_or_note", "decode_text", "implied_kinds", "infer_kinds", "kind_under", "linked_group", "map_text", "members_of",
    "read_bytes", "safe_id", "unique_id",
]


#: The limits every importer checks before it parses (argmap's own files: :data:`argmap.io.files.MAX_FILE_BYTES`).
#: Parsing is linear in the input, so these bound the time an import can take. A 10,000-statement map
#: is 1.8 MB of Argdown (read in 0.9 s on the 2-core build machine), 1.8 MB of Kialo (0.4 s), 5.5 MB of
#: AIF (0.6 s) or 3.8 MB of GraphML (0.8 s). First the size of the file, in bytes (characters for text
#: passed in)...
MAX_IMPORT_BYTES = 16 * 2**20
#: ... and, for the line-based formats (Argdown, Kialo), the length of a line in characters. A line of
#: argmap's own Argdown holds at most a 20,000-character text (escaped: up to twice as long), 1,000 tags
#: of 100 characters (escaped, with "#()") and the indentation of its depth: far below this.
MAX_LINE_CHARS = 1_000_000


def check_import_size(data: bytes | str, path) -> None:
    """Refuse (:class:`MapFileError` naming the file and the limit) input larger than :data:`MAX_IMPORT_BYTES`."""
    if len(data) > MAX_IMPORT_BYTES:
        unit = "bytes" if isinstance(data, bytes) else "characters"
        raise MapFileError(path, f"the file is {len(data):,} {unit}; an import may have at most {MAX_IMPORT_BYTES:,} {unit}")


def checked_text(data: bytes | str, path) -> str:
    """The text of a line-based import, once its size and its longest line are within the limits."""
    check_import_size(data, path)
    text = decode_text(data, path)
    lengths = list(map(len, text.split("\n")))
    if max(lengths) > MAX_LINE_CHARS:
        number = next(n for n, length in enumerate(lengths, 1) if length > MAX_LINE_CHARS)
        raise MapFileError(path, f"the line is {lengths[number - 1]:,} characters long; an import may have at most "
                                 f"{MAX_LINE_CHARS:,} a line", f"line {number}")
    return text


@dataclass
class ImportResult:
    """A map read from a foreign format, with a note for everything that could not be imported."""

    map: ArgumentMap
    skipped: list[str] = field(default_factory=list)


def connect_or_note(
    amap: ArgumentMap,
    source: str,
    target: str,
    relation: str,
    skipped: list[str],
    where: str,
    shown: Callable[[str], str] = str,
) -> bool:
    """Link ``source`` to ``target`` as an import would; where that cannot be (the pair is
    already linked, or the model refuses), add a note to ``skipped`` and return False."""
    if amap.has_link(source, target):
        old = amap.link(source, target)
        if old.relation != relation:
            skipped.append(f"{where}: {shown(source)} already {old.relation}s {shown(target)}; the {relation} is dropped")
        return False
    try:
        amap.connect(source, target, relation)
    except MapError as exc:
        skipped.append(f"{where}: {exc}")
        return False
    return True


def map_text(name: str, value: object, skipped: list[str]) -> str:
    """A foreign map's title or description as the model takes it, with a note for each change.

    Another tool may write what argmap cannot hold: a broken character (a lone surrogate, which
    JSON escapes such as ``"\\ud800"`` can spell) becomes U+FFFD, and text over the length limit is
    cut. The statements are imported all the same.
    """
    from argmap.model.statement import MAX_TEXT

    text = value if isinstance(value, str) else str(value)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
            skipped.append(f"the map {name} held a broken character (a lone surrogate); it is shown as \ufffd")
    if len(text) > MAX_TEXT:
        skipped.append(f"the map {name} has {len(text)} characters, more than the {MAX_TEXT} a map may have; "
                       f"it is cut after {MAX_TEXT}")
        text = text[:MAX_TEXT]
    return text


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


class SafeIds(dict[str, str]):
    """Statement id -> DOT/Mermaid identifier, remembering which identifiers are taken (so each new one is O(1))."""

    def __init__(self) -> None:
        super().__init__()
        self.taken: set[str] = set()
        self.next_number: dict[str, int] = {}  # base -> the suffix to try next, so equal bases do not rescan


def safe_id(statement_id: str, used: SafeIds) -> str:
    """An identifier made of letters, digits and ``_`` for DOT/Mermaid, unique per map (``used`` remembers)."""
    if statement_id in used:
        return used[statement_id]
    base = "n_" + _SAFE.sub("_", statement_id)[:60]
    candidate, n = base, used.next_number.get(base, 1)
    if n > 1:
        candidate = f"{base}_{n}"
    while candidate in used.taken:
        n += 1
        candidate = f"{base}_{n}"
    used.next_number[base] = n + 1
    used[statement_id] = candidate
    used.taken.add(candidate)
    return candidate


def members_of(amap: ArgumentMap, target: str, group: str) -> list[str]:
    """The co-premises of ``group`` into ``target`` (a shared premise is a member of each of its groups)."""
    return [link.source for link in amap.incoming(target) if group in link.group_names]


def linked_group(amap: ArgumentMap, link) -> str | None:
    """The link's group if it really links two or more reasons; a "group" of one is written as a plain reason."""
    if link.group is None:
        return None
    return link.group if len(members_of(amap, link.target, link.group)) >= 2 else None


def infer_kinds(amap: ArgumentMap, keep: AbstractSet[str] = frozenset()) -> None:
    """Give each statement the kind its place implies (formats that carry no kinds); see :func:`implied_kinds`."""
    for statement_id, kind in implied_kinds(amap, keep).items():
        if amap.statement(statement_id).kind != kind:
            amap.update(statement_id, kind=kind)


def implied_kinds(amap: ArgumentMap, keep: AbstractSet[str] = frozenset()) -> dict[str, Kind]:
    """The kind each statement's place implies.

    Tops are claims; a supporter is a support; an attacker of a claim, support or evidence
    is an objection, an attacker of an objection a rebuttal, an attacker of a rebuttal an
    objection again (a counter-objection); an undercut takes its kind from the reason it attacks
    (an undercut of a support is an objection, of an objection a rebuttal); a rephrase has the kind
    of what it restates. Statements in ``keep`` keep the kind they have.
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
            incoming = amap.incoming(parent)
            for link in sorted(incoming, key=lambda k: k.is_undercut):  # undercuts after what they attack
                child = link.source
                if child in settled:
                    continue
                above = settled[parent]
                if link.is_undercut:  # it attacks a reason, not the parent: an objection to a support, a rebuttal of an objection
                    attacked = link.onto or next((k.source for k in incoming if link.onto_group in k.group_names), None)
                    above = settled.get(attacked or "", amap.statement(attacked).kind if attacked else above)
                settled[child] = amap.statement(child).kind if child in keep else kind_under(above, link.relation)
                queue.append(child)
        left = [i for i in remaining if i not in settled]
        if not left:
            break
        settled[left[0]] = amap.statement(left[0]).kind if left[0] in keep else Kind.CLAIM  # an unreached cycle
        queue.append(left[0])
    return settled


def kind_under(parent: Kind, relation: Relation) -> Kind:
    """The kind a place implies: a support is a support; an attack on an objection a rebuttal, on anything else an
    objection; a rephrase says what its parent says, so it is of the parent's kind."""
    if relation == Relation.REPHRASE:
        return parent
    if relation == Relation.SUPPORT:
        return Kind.SUPPORT
    return Kind.REBUTTAL if parent == Kind.OBJECTION else Kind.OBJECTION
