"""Kialo's text export <-> ArgumentMap.

The export numbers every claim: ``1.`` is the thesis, ``1.2.`` a child of ``1.``, and the
parent of a claim is its number minus the last part. ``Pro:`` is support, ``Con:`` attack.
A claim whose text is ``-> See 1.2.2.`` is a link to that claim (imported as a cross-link).
A statement whose own text reads like such a link is written with a leading backslash
(``\\-> See 1.``), which the reader removes.
Kialo has no linked premises, kinds, notes or scores: those are lost on writing, and kinds
are inferred from the structure on reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats import strip_suffix
from argmap.io.formats.common import ImportResult, checked_text, clip, infer_kinds, map_text
from argmap.model.errors import MapError
from argmap.model.kinds import Kind, Relation
from argmap.model.statement import MAX_TEXT

_CLAIM = re.compile(r"^((?:\d+\.)+)[ \t]*(?:(Pro|Con):[ \t]*)?(.*)$", re.IGNORECASE)
_SEE = re.compile(r"^->\s*See\s+((?:\d+\.)*\d+\.?)\s*$", re.IGNORECASE)
_TITLE = re.compile(r"^Discussion Title:\s*(.*)$", re.IGNORECASE)


@dataclass
class _Claim:
    number: str  # "1.2.3"
    relation: Relation | None
    line: int
    lines: list[str]


def looks_like_kialo(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(_TITLE.match(first) or re.match(r"^1\.\s+\S", first))


def parse_kialo(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    from argmap.model import ArgumentMap

    text = checked_text(data, path)
    title, claims = _claims(text, path)
    if not claims:
        raise MapFileError(path, "no numbered claims found (a Kialo export starts with '1. ' and the thesis)", "line 1")
    skipped: list[str] = []
    amap = ArgumentMap(title=map_text("title", title or (strip_suffix(path) if path else "Kialo import"), skipped))
    by_number: dict[str, _Claim] = {}
    crossrefs: list[tuple[_Claim, str]] = []
    for claim in claims:
        if claim.number in by_number:
            first = by_number[claim.number].line
            raise MapFileError(path, f"claim {claim.number}. appears twice (first on line {first})", f"line {claim.line}")
        body = "\n".join(claim.lines).strip()
        parent = claim.number.rpartition(".")[0]
        if parent and parent not in by_number:
            raise MapFileError(path, f"claim {claim.number}. comes before its parent {parent}. (or it is missing)", f"line {claim.line}")
        by_number[claim.number] = claim
        see = _SEE.match(body)
        if see:
            crossrefs.append((claim, see.group(1).rstrip(".")))
            continue
        if body.startswith("\\") and _SEE.match(body.lstrip("\\")):  # a text that only looks like a link
            body = body[1:]
        if len(body) > MAX_TEXT:
            raise MapFileError(path, f"the text is longer than {MAX_TEXT} characters", f"line {claim.line}")
        try:
            amap.add(Kind.CLAIM, body, id=claim.number)
        except MapError as exc:  # e.g. a number nested so deep that it is not a usable id
            raise MapFileError(path, str(exc), f"line {claim.line}") from None
        if parent:
            if parent not in amap:
                raise MapFileError(path, f"claim {claim.number}. hangs under {parent}., which is only a link", f"line {claim.line}")
            if claim.relation is None:
                skipped.append(f"line {claim.line}: claim {claim.number}. says neither Pro nor Con; imported as a support")
            amap.connect(claim.number, parent, claim.relation or Relation.SUPPORT)
    infer_kinds(amap)  # from the numbered tree alone: a "-> See" link does not change what a claim is
    for claim, target in crossrefs:
        parent = claim.number.rpartition(".")[0]
        where = f"line {claim.line}"
        if not parent:
            skipped.append(f"{where}: a thesis that only links to {target}. is not imported")
        elif target not in amap:
            skipped.append(f"{where}: link to {target}., which is not a claim in the file; not imported")
        else:
            try:
                amap.connect(target, parent, claim.relation or Relation.SUPPORT)
            except MapError as exc:
                skipped.append(f"{where}: link {claim.number}. -> {target}. not imported: {exc}")
    return ImportResult(amap, skipped)


def _claims(text: str, path) -> tuple[str, list[_Claim]]:
    title = ""
    claims: list[_Claim] = []
    for number, line in enumerate(text.split("\n"), 1):
        match = _CLAIM.match(line)
        if match:
            relation = {"pro": Relation.SUPPORT, "con": Relation.ATTACK}.get((match.group(2) or "").lower())
            claims.append(_Claim(match.group(1).rstrip("."), relation, number, [match.group(3).rstrip()]))
        elif not claims and (title_line := _TITLE.match(line)):
            title = title_line.group(1).strip()
        elif claims:
            claims[-1].lines.append(line.rstrip())
        elif line.strip():
            reason = f"expected 'Discussion Title:' or a numbered claim such as '1. ', got {clip(line, 40)!r}"
            raise MapFileError(path, reason, f"line {number}")
    return title, claims


def dumps_kialo(amap) -> str:
    """The Kialo text export of a map: numbered claims, second parents as ``-> See N.`` links."""
    lines = [f"Discussion Title: {' '.join(amap.title.split())}", ""]
    number_of: dict[str, str] = {}
    roots = amap.main_claims() + amap.ids()
    links: list[tuple[str, str]] = []  # (number, target statement) to write as "-> See"
    order: list[tuple[str, str | None, Relation | None]] = []
    top = 0
    for root in roots:
        if root in number_of:
            continue
        top += 1
        stack: list[tuple[str, str, Relation | None]] = [(root, str(top), None)]
        while stack:
            node, number, relation = stack.pop()
            if node in number_of:
                links.append((number, node))
                order.append((number, None, relation))
                continue
            number_of[node] = number
            order.append((number, node, relation))
            children = amap.incoming(node)
            for n, link in reversed(list(enumerate(children, 1))):
                stack.append((link.source, f"{number}.{n}", link.relation))
    targets = dict(links)
    for number, shown, relation in order:  # shown: the statement, or None for a "-> See" line
        prefix = {Relation.SUPPORT: "Pro: ", Relation.ATTACK: "Con: ", None: ""}[relation]
        body = f"-> See {number_of[targets[number]]}." if shown is None else _body(amap.statement(shown).text)
        lines.append(f"{number}. {prefix}{body}")
    return "\n".join(lines) + "\n"


def _body(text: str) -> str:
    # A text that reads like a link ("-> See 1.") gets a backslash, which the reader removes again.
    text = text.strip()
    if _SEE.match(text.lstrip("\\")):
        text = "\\" + text
    # A continuation line that looks like a numbered claim would be read as one: indent it.
    out = text.split("\n")
    return "\n".join([out[0]] + [(" " + line if _CLAIM.match(line) or _TITLE.match(line) else line) for line in out[1:]])
