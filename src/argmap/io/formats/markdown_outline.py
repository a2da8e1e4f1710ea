"""A map as a Markdown outline, and an outline (Markdown or plain text) as a map.

Written (``dumps_outline``): a nested list, two spaces a level, each item labelled with its kind::

    - **Claim:** We should walk to school.
      - **Pro:** Walking is healthy.
        - **Evidence:** A 2019 study of 3,000 pupils.
      - **Con:** It rains a lot here.
        - **Rebuttal:** Umbrellas exist.

Read (``parse_outline``): indentation gives the nesting (a tab counts as four spaces). An item
may start with a list marker (``-``, ``*``, ``+``, ``1.``, or Kialo's ``1.2.``, whose numbers give
the depth) and a kind label (``Pro:``,
``Con:``, ``Claim:``, ``Reason:``, ``Support:``, ``Objection:``, ``Rebuttal:``, ``Evidence:``,
bold or not, any case). When the outline's items use both ``+`` and ``-`` markers, those mean
pro and con below the top level. Without a label an item supports its parent; a con under an objection is a
rebuttal; top-level items are claims. When some lines have list markers, lines without one
continue the item above (Markdown's wrapped items); otherwise every line is an item.
Headings (``# ...``) name the map. Cross-links and linked reasons are not part of an outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argmap.model import DEFAULT_RELATION, ArgumentMap, Kind

#: Most lines read from one outline (a pasted novel is not an argument map).
MAX_LINES = 5000
MAX_ITEM_CHARS = 10_000

LABELS_OUT = {Kind.CLAIM: "Claim", Kind.SUPPORT: "Pro", Kind.OBJECTION: "Con", Kind.REBUTTAL: "Rebuttal",
              Kind.EVIDENCE: "Evidence"}
_LABELS_IN = {
    "claim": Kind.CLAIM, "thesis": Kind.CLAIM, "pro": Kind.SUPPORT, "reason": Kind.SUPPORT, "support": Kind.SUPPORT,
    "con": Kind.OBJECTION, "objection": Kind.OBJECTION, "rebuttal": Kind.REBUTTAL, "evidence": Kind.EVIDENCE,
}
_MARKER = re.compile(r"^([-*+]|\d+(?:\.\d+)*[.)])\s+")
_LABEL = re.compile(r"^(\*\*|__)?([A-Za-z]+)\s*:\s*(\*\*|__)?\s*", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def dumps_outline(amap: ArgumentMap, ids: list[str] | None = None, *, title: bool = True) -> str:
    """``amap`` (or the subtrees under ``ids``) as a Markdown outline; a statement under two parents appears once."""
    lines: list[str] = []
    if title and ids is None and amap.title.strip():
        lines += [f"# {_one_line(amap.title)}", ""]
    seen: set[str] = set()

    def walk(statement_id: str, depth: int) -> None:
        if statement_id in seen:
            return
        seen.add(statement_id)
        s = amap.statement(statement_id)
        lines.append(f"{'  ' * depth}- **{LABELS_OUT[s.kind]}:** {_one_line(s.text)}")
        for child in amap.children(statement_id):
            walk(child, depth + 1)

    tops = ids if ids is not None else amap.main_claims()
    for top in tops:
        walk(top, 0)
    if ids is None:
        for statement_id in amap.ids():  # statements reachable only through a cycle
            walk(statement_id, 0)
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Item:
    depth: int
    marker: str
    text: str


def _items(text: str) -> tuple[str, list[_Item]]:
    title = ""
    raw: list[tuple[int, str | None, str]] = []
    for line in text.splitlines()[:MAX_LINES]:
        if not line.strip():
            continue
        expanded = line.replace("\t", "    ")
        body = expanded.lstrip()
        heading = _HEADING.match(body)
        if heading:
            title = title or heading.group(1)
            continue
        marker = _MARKER.match(body)
        if marker:
            # Kialo's "1.2.1." numbers say the depth themselves: each further number is a level further in.
            levels = marker.group(1).rstrip(".)").count(".")
            raw.append((len(expanded) - len(body) + 4 * levels, marker.group(1), body[marker.end():]))
        else:
            raw.append((len(expanded) - len(body), None, body))
    listed = any(sign is not None for _, sign, _ in raw)
    items: list[_Item] = []
    for indent, sign, body in raw:
        if listed and sign is None and items:  # a wrapped line of the item above
            items[-1].text += " " + body
            continue
        items.append(_Item(indent, sign or "", body))
    return title, items


def parse_outline(text: str, *, default_kind: Kind = Kind.SUPPORT) -> ArgumentMap:
    """The statements of an outline, nested as indented; see the module's description. Empty map for no items."""
    title, items = _items(text)
    amap = ArgumentMap(title or "Pasted outline")
    plus_minus = {"+", "-"} <= {item.marker for item in items}
    stack: list[tuple[int, str]] = []  # (indent, id) of the open items, outermost first
    for item in items:
        body = item.text.strip()
        kind: Kind | None = None
        label = _LABEL.match(body)
        if label and label.group(2).lower() in _LABELS_IN:
            kind = _LABELS_IN[label.group(2).lower()]
            body = body[label.end():].strip()
        body = _strip_emphasis(body)[:MAX_ITEM_CHARS]
        if not body:
            continue
        while stack and stack[-1][0] >= item.depth:
            stack.pop()
        parent = stack[-1][1] if stack else None
        if kind is None and plus_minus and parent is not None and item.marker in ("+", "-"):  # at the top, "-" is a bullet
            kind = Kind.SUPPORT if item.marker == "+" else Kind.OBJECTION
        if parent is None:
            kind = kind or Kind.CLAIM
        else:
            kind = kind or default_kind
            if kind == Kind.CLAIM:
                kind = Kind.SUPPORT
            parent_kind = amap.statement(parent).kind
            if kind == Kind.OBJECTION and parent_kind == Kind.OBJECTION:
                kind = Kind.REBUTTAL  # a con of a con answers it
        statement = amap.add(kind, body)
        if parent is not None:
            amap.connect(statement.id, parent, DEFAULT_RELATION[kind])
        stack.append((item.depth, statement.id))
    return amap


def _strip_emphasis(text: str) -> str:
    """``**text**`` written by an editor round an item keeps its words, not the stars."""
    for mark in ("**", "__"):
        if text.startswith(mark) and text.endswith(mark) and len(text) > 2 * len(mark):
            return text[len(mark): -len(mark)].strip()
    return text
