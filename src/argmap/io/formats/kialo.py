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
from argmap.io.formats.common import ImportResult, checked_text, clip, infer_kinds, kind_under, map_text
from argmap.model.errors import MapError
from argmap.model.kinds import Kind, Relation
from argmap.model.statement import MAX_TEXT

#: The prefix of each relation (the format has no rephrase: one is written as a support; argmap.io.formats.losses warns).
PREFIX = {Relation.SUPPORT: "Pro: ", Relation.ATTACK: "Con: ", Relation.REPHRASE: "Pro: ", None: ""}

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
        elif claims:  # a continuation line; "\\1. x" is a line of text that only looks like a claim
            claims[-1].lines.append(line[1:].rstrip() if line.startswith("\\") and _looks_special(line[1:]) else line.rstrip())
        elif line.strip():
            reason = f"expected 'Discussion Title:' or a numbered claim such as '1. ', got {clip(line, 40)!r}"
            raise MapFileError(path, reason, f"line {number}")
    return title, claims


def dumps_kialo(amap) -> str:
    """The Kialo text export of a map: numbered claims, second parents as ``-> See N.`` links.

    Siblings are numbered in the order their statements were made (for an imported Kialo file:
    its own order), and a statement under several parents is numbered under its home parent
    (see :func:`home_parent`), so that importing, exporting and importing again gives the same numbers
    and kinds; its other parents get ``-> See`` lines."""
    lines = [f"Discussion Title: {' '.join(amap.title.split())}", ""]
    home = {i: home_parent(amap, i) for i in amap.ids()}
    number_of: dict[str, str] = {}
    order: list[tuple[str, str, Relation | None, bool]] = []  # (number, statement, relation, is a "-> See" line)
    top = 0
    for root in amap.main_claims() + amap.ids():  # then whatever only cycles reach
        if root in number_of:
            continue
        top += 1
        stack: list[tuple[str, str, Relation | None, bool]] = [(root, str(top), None, False)]
        while stack:
            node, number, relation, see = stack.pop()
            order.append((number, node, relation, see))
            if see:
                continue
            number_of[node] = number
            children = sorted(amap.incoming(node), key=lambda link: amap.order_of(link.source))
            pending = []
            for n, link in enumerate(children, 1):
                nested = home[link.source] == node and link.source not in number_of
                pending.append((link.source, f"{number}.{n}", link.relation, not nested))
            stack.extend(reversed(pending))
    for number, node, relation, see in order:
        prefix = PREFIX[relation]
        body = f"-> See {number_of[node]}." if see else _body(amap.statement(node).text)
        lines.append(f"{number}. {prefix}{body}")
    return "\n".join(lines) + "\n"


def home_parent(amap, statement_id: str) -> str | None:
    """The parent a statement is numbered under: for a Kialo import, the one its number says
    (``1.3.1`` under ``1.3``); else the first parent under which its kind is the kind its place
    implies (so that the kind survives the inference on import); else its first parent."""
    parents = amap.parents(statement_id)
    if len(parents) <= 1:
        return parents[0] if parents else None
    numbered = statement_id.rpartition(".")[0]
    if numbered in parents and re.fullmatch(r"\d+(\.\d+)*", statement_id):
        return numbered
    kind = amap.statement(statement_id).kind
    for parent in parents:
        relation = amap.link(statement_id, parent).relation
        if kind_under(amap.statement(parent).kind, relation) == kind:
            return parent
    return parents[0]


def _body(text: str) -> str:
    # A text that reads like a link ("-> See 1.") gets a backslash, which the reader removes again.
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()  # a reader takes a lone CR for a line end
    if _SEE.match(text.lstrip("\\")):
        text = "\\" + text
    # A continuation line that looks like a numbered claim or a title would be read as one: a backslash
    # before it, which the reader removes (as it removes it before a text that looks like a link).
    out = text.split("\n")
    return "\n".join([out[0]] + [("\\" + line if _looks_special(line) else line) for line in out[1:]])


def _looks_special(line: str) -> bool:
    line = line.rstrip()
    while line.startswith("\\"):
        line = line[1:]
    return bool(_CLAIM.match(line) or _TITLE.match(line))
