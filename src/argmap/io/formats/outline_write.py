"""Writing outlines: a map as the Markdown that :mod:`argmap.io.formats.outline` reads back.

Two shapes of the same syntax:

- :func:`dumps_outline` (``argmap convert MAP x.md``): the whole map, read back to the same map
  (ids aside): main claims as top-level items, ``Pro:``/``Con:`` below, titles in bold, notes as
  quotes, a statement's second parent as a ``[[link]]``, line breaks inside a text as Markdown
  hard breaks (a ``\\`` at the end of the line). Lost: kinds (recomputed), evidence, linked
  groups, sources, tags, scores, positions.
- :func:`dumps_kind_outline` (Edit > Copy as outline, the text of Copy as picture): for people,
  slides and chat: each item labelled with its kind (``- **Con:** ...``), one line each, a
  statement under two parents once. Paste reads it back with the kinds.

:mod:`argmap.io.formats.opml` writes the same tree as OPML.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.io.formats.outline import ITEM, LABEL
from argmap.model import ArgumentMap, Kind
from argmap.model.kinds import Relation

#: The prefix of each relation (the format has no rephrase: one is written as a support; argmap.io.formats.losses warns).
PREFIX = {Relation.SUPPORT: "Pro: ", Relation.ATTACK: "Con: ", Relation.REPHRASE: "Pro: ", None: ""}

#: The label Copy as outline gives each kind (the reader takes each back).
KIND_LABELS = {Kind.CLAIM: "Claim", Kind.SUPPORT: "Pro", Kind.OBJECTION: "Con", Kind.REBUTTAL: "Rebuttal",
               Kind.EVIDENCE: "Evidence"}


@dataclass
class Entry:
    """One place of a statement in the written outline."""

    depth: int
    relation: Relation | None  # None for a main claim
    statement: str  # id
    link: bool  # a second place: written as [[name]]
    parent: str | None = None  # the statement it is written under (None for a main claim)


def entries(amap) -> list[Entry]:
    """The outline of a map, depth first: each statement once under its home parent, [[links]] elsewhere."""
    from argmap.io.formats.kialo import home_parent

    home = {i: home_parent(amap, i) for i in amap.ids()}
    placed: set[str] = set()
    out: list[Entry] = []
    for root in amap.main_claims() + amap.ids():
        if root in placed:
            continue
        stack: list[Entry] = [Entry(0, None, root, False)]
        while stack:
            entry = stack.pop()
            out.append(entry)
            if entry.link:
                continue
            placed.add(entry.statement)
            children = sorted(amap.incoming(entry.statement), key=lambda link: amap.order_of(link.source))
            stack.extend(reversed([
                Entry(entry.depth + 1, link.relation, link.source, home[link.source] != entry.statement or link.source in placed,
                      entry.statement)
                for link in children
            ]))
    return out


def link_name(amap, statement_id: str) -> str:
    """How a [[link]] names a statement: its title if no other statement has it, else its text."""
    s = amap.statement(statement_id)
    if s.title and sum(1 for x in amap.statements() if s.title in (x.title, x.text)) == 1:
        return s.title
    return s.text


def _escape(text: str) -> str:
    """Markdown that reads back as ``text``: backslashes doubled, and what would start a title or a link escaped."""
    out = text.replace("\\", "\\\\")
    if out.startswith(("**", "[[")):
        out = "\\" + out
    return out


def _unlabelled(body: str) -> str:
    """A main claim's item, where no Pro:/Con: comes first: words that would read as a label get an escaped colon."""
    label = LABEL.match(body)
    if label is None:
        return body
    colon = body.index(":", label.start(2))
    return body[:colon] + "\\" + body[colon:]


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def comment_line(line: str) -> str:
    """One line of a comment inside ``<!-- ... -->``: backslashes doubled and "-->" written "--\\>", so it cannot end
    the HTML comment early (the outline reader undoes both)."""
    return line.replace("\\", "\\\\").replace("-->", "--\\>").replace("\r", "")


def _escape_line(line: str) -> str:
    """A continuation line of a text: one that would read as an item, a heading or a quote gets a backslash."""
    item = ITEM.match(line)
    if item and item.group(2)[0].isdigit():  # "1. x": Markdown escapes the dot, not the digit
        return line[: item.end(2) - 1] + "\\" + line[item.end(2) - 1 :]
    if item or line.startswith(("#", ">", "<!--")):
        return "\\" + line
    return line


def _text_lines(text: str) -> list[str]:
    """A statement's text as the lines of its item: each line that another follows ends in a hard break (``\\``)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = [_escape(lines[0])] + [_escape_line(line.replace("\\", "\\\\")) if line else "" for line in lines[1:]]
    return [line + "\\" if line and index + 1 < len(out) and out[index + 1] else line for index, line in enumerate(out)]


def dumps_outline(amap) -> str:
    """The whole map as a Markdown outline that reads back to the same map (see the module's description)."""
    title = _escape(" ".join(amap.title.split())) or "Untitled map"
    lines = [f"# {title[:-1]}\\#" if title.endswith("#") else f"# {title}", ""]
    if amap.description.strip():
        lines += [_escape_line(line.strip().replace("\\", "\\\\")) for line in amap.description.strip().split("\n")] + [""]
    taken_names: dict[str, str] = {}
    for entry in entries(amap):
        pad = "  " * entry.depth
        prefix = PREFIX[entry.relation]
        s = amap.statement(entry.statement)
        if entry.link:
            name = taken_names.setdefault(entry.statement, link_name(amap, entry.statement))
            lines.append(f"{pad}- {prefix}[[{name.replace(chr(92), chr(92) * 2).replace(chr(10), ' ')}]]")
            continue
        title = f"**{s.title.replace(chr(92), chr(92) * 2).replace('*', chr(92) + '*')}**: " if s.title else ""
        text_lines = _text_lines(s.text)
        first = f"{title}{text_lines[0]}"
        lines.append(f"{pad}- {prefix}{_unlabelled(first) if entry.relation is None else first}")
        lines += [f"{pad}  {line}" if line else "" for line in text_lines[1:]]
        lines += [f"{pad}  > {line}".rstrip() for line in s.notes.replace("\r", "").split("\n")] if s.notes else []
        lines += [f"{pad}  <!-- {comment_line(line)} -->" for line in _lines(s.comment)] if s.comment else []
    return "\n".join(lines).rstrip("\n") + "\n"


def dumps_kind_outline(amap: ArgumentMap, ids: list[str] | None = None, *, title: bool = True) -> str:
    """``amap`` (or the subtrees under ``ids``) as a labelled outline for people; a statement under two parents once."""
    lines: list[str] = []
    if title and ids is None and amap.title.strip():
        lines += [f"# {_escape(_one_line(amap.title))}", ""]
    seen: set[str] = set()

    def walk(statement_id: str, depth: int) -> None:
        if statement_id in seen:
            return
        seen.add(statement_id)
        s = amap.statement(statement_id)
        lines.append(f"{'  ' * depth}- **{KIND_LABELS[s.kind]}:** {_escape(_one_line(s.text))}")
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
