"""Markdown outlines <-> ArgumentMap: the nested lists people write in notes, outliners and slides.

Reading::

    # Should schools set homework?          <- the map title (the first "# " heading)
    Some words about the debate.             <- the description (text before the first list)
    ## Homework helps                        <- a later heading: a main claim, the list below is under it
    - **Practice**: Homework gives practice. <- a statement with the title "Practice"
      - Con: Pupils are too tired.           <- "Pro:"/"Con:" (also "For:"/"Against:") give the relation
        > Most of them, anyway.               <- a quote under an item: its notes
      + Practice makes perfect.              <- in a list that uses "+", "+" is support and "-" attack
      - Con: [[Practice]]                     <- [[title or text]]: a link to a statement already there

Items that say neither Pro nor Con support their parent (one note says how many). Lines under an
item that are not items continue its text (kept as line breaks). ``\\`` escapes as in Markdown.
Kinds are inferred from the tree (as for Kialo). Writing gives the same shape, which reads back
to the same map (ids aside): main claims as top-level items, ``Pro:``/``Con:`` below, titles in
bold, notes as quotes, a statement's second parent as a ``[[link]]``. Lost: kinds (recomputed),
evidence, linked groups, sources, tags, scores, positions.

:mod:`argmap.io.formats.opml` reads and writes the same tree as OPML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats.common import ImportResult, checked_text, clip, infer_kinds, kind_under, map_text
from argmap.model.errors import MapError
from argmap.model.kinds import Kind, Relation
from argmap.model.statement import MAX_TEXT, MAX_TITLE

#: The prefix of each relation (the format has no rephrase: one is written as a support; argmap.io.formats.losses warns).
PREFIX = {Relation.SUPPORT: "Pro: ", Relation.ATTACK: "Con: ", Relation.REPHRASE: "Pro: ", None: ""}

_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*$)")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_PREFIX = re.compile(r"^(pro|con|for|against)[ \t]*:[ \t]*", re.IGNORECASE)
_TITLE = re.compile(r"^\*\*((?:[^*\\]|\\.)+)\*\*:[ \t]*")
_LINK = re.compile(r"^\[\[(.+)\]\]$")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_RELATION_OF = {"pro": Relation.SUPPORT, "for": Relation.SUPPORT, "con": Relation.ATTACK, "against": Relation.ATTACK}


@dataclass
class Item:
    """One entry of an outline, as any outline format gives it."""

    line: str  # where it is, for messages ("line 12", "outline 3")
    body: str  # the text after the marker, still with its Pro:/Con: prefix, title and escapes
    marker: str = ""  # "+", "-", "*" or "" (a number, a heading, OPML)
    notes: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    title: str = ""  # a title given apart from the body (OPML's title attribute)
    escaped: bool = True  # the body uses Markdown's backslash escapes


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def build_map(title: str, description: str, items: list[Item], path, *, signs: bool = False) -> ImportResult:
    """The map of an outline: each item a statement under its parent (``signs``: "+"/"-" give the relation)."""
    from argmap.model import ArgumentMap

    skipped: list[str] = []
    amap = ArgumentMap(title=map_text("title", title, skipped), description=map_text("description", description, skipped))
    by_name: dict[str, str] = {}  # title or text -> statement id, for [[links]]
    links: list[tuple[Item, str, str, Relation]] = []  # (item, wanted, parent id, relation)
    unsaid = 0
    stack: list[tuple[Item, str | None]] = [(item, None) for item in reversed(items)]
    while stack:
        item, parent = stack.pop()
        body = item.body.strip()
        relation = Relation.SUPPORT
        said = _PREFIX.match(body) if parent is not None else None  # a main claim has no relation to say
        if said:
            relation = _RELATION_OF[said.group(1).lower()]
            body = body[said.end():]
        elif signs and item.marker in ("+", "-"):
            relation = Relation.SUPPORT if item.marker == "+" else Relation.ATTACK
        elif parent is not None:
            unsaid += 1
        link = _LINK.match(body)
        if link and parent is not None and not item.children:
            links.append((item, unescape(link.group(1)) if item.escaped else link.group(1), parent, relation))
            continue
        title = item.title
        named = _TITLE.match(body) if item.escaped else None  # OPML gives the title as an attribute
        if named and not title:
            title, body = named.group(1), body[named.end():]
        text = unescape(body) if item.escaped else body
        title = unescape(title) if item.escaped and not item.title else title
        if len(text) > MAX_TEXT:
            raise MapFileError(path, f"the text is longer than {MAX_TEXT} characters", item.line)
        if len(title) > MAX_TITLE:
            skipped.append(f"{item.line}: the title {clip(title, 40)!r} is longer than {MAX_TITLE} characters; it is cut")
            title = title[:MAX_TITLE]
        notes = "\n".join(item.notes).strip("\n")
        try:
            statement = amap.add(Kind.CLAIM, text, title=title, notes=notes[:MAX_TEXT])
        except MapError as exc:
            raise MapFileError(path, str(exc), item.line) from None
        if parent is not None:
            amap.connect(statement.id, parent, relation)
        for name in (title, text):
            if name:
                by_name.setdefault(name, statement.id)
        stack.extend((child, statement.id) for child in reversed(item.children))
    if unsaid:
        skipped.append(f"{unsaid} item(s) say neither Pro nor Con; imported as supports")
    infer_kinds(amap)  # from the tree alone: a [[link]] does not change what a statement is
    for item, wanted, parent, relation in links:
        target = by_name.get(wanted)
        if target is None:
            try:
                statement = amap.add(Kind.CLAIM, wanted[:MAX_TEXT])
            except MapError as exc:
                raise MapFileError(path, str(exc), item.line) from None
            amap.connect(statement.id, parent, relation)
            amap.update(statement.id, kind=kind_under(amap.statement(parent).kind, relation))
            skipped.append(f"{item.line}: [[{clip(wanted, 40)}]] names no statement of the outline; imported as a statement")
        elif target == parent or amap.has_link(target, parent):
            skipped.append(f"{item.line}: the link [[{clip(wanted, 40)}]] is not imported (its statement is already linked there)")
        else:
            try:
                amap.connect(target, parent, relation)
            except MapError as exc:
                skipped.append(f"{item.line}: the link [[{clip(wanted, 40)}]] is not imported: {exc}")
    if not len(amap):
        skipped.append("no items found: the map is empty")
    return ImportResult(amap, skipped)


# ---------------------------------------------------------------- Markdown reading
def parse_outline(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    from argmap.io.formats import strip_suffix

    text = checked_text(data, path)
    title, description, items, signs = _markdown_items(text.split("\n"))
    if not items and not title:
        raise MapFileError(path, "no list items or headings found (an outline is a nested list of '- ' items)", "line 1")
    return build_map(title or (strip_suffix(path) if path else "Outline import"), description, items, path, signs=signs)


def _markdown_items(lines: list[str]) -> tuple[str, str, list[Item], bool]:
    title = ""
    description: list[str] = []
    roots: list[Item] = []
    heading: Item | None = None  # the "## claim" the top-level items go under
    stack: list[tuple[int, Item]] = []  # open items: (indent of the marker, item)
    current: Item | None = None
    content_indent = 0  # where the text of the current item starts
    blank = False
    signs = False
    for number, raw in enumerate(lines, 1):
        line = raw.expandtabs(4).rstrip()
        if not line.strip():
            blank = True
            continue
        indent = len(line) - len(line.lstrip())
        item = _ITEM.match(line)
        head = _HEADING.match(line) if indent == 0 else None
        if head:
            words = _heading_text(line[head.end():])
            if not title and len(head.group(1)) == 1 and not roots:
                title = unescape(words)
            else:
                heading = Item(f"line {number}", words)
                roots.append(heading)
            stack, current, blank = [], None, False
            continue
        if item:
            signs = signs or item.group(2) == "+"
            new = Item(f"line {number}", item.group(3) or "", item.group(2) if item.group(2) in "+-*" else "")
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if stack:
                stack[-1][1].children.append(new)
            elif heading is not None:
                heading.children.append(new)
            else:
                roots.append(new)
            stack.append((indent, new))
            current, content_indent, blank = new, indent + len(item.group(2)) + 1, False
            continue
        stripped = line.strip()
        if current is not None and (indent >= content_indent or not blank):
            if stripped.startswith(">"):  # a quote under an item: its notes
                current.notes.append(stripped[1:].removeprefix(" "))
            else:
                current.body += "\n" * (2 if blank else 1) + stripped
            blank = False
            continue
        if current is None and heading is None and not roots:
            description.append(("\n" if blank and description else "") + unescape(stripped))
        blank = False
    return title, "\n".join(description), roots, signs


def _heading_text(rest: str) -> str:
    """A heading's words without a closing run of "#" (which needs a space before it, as in Markdown)."""
    rest = rest.strip()
    bare = rest.rstrip("#")
    if bare != rest and (not bare or bare[-1] in " \t"):
        return bare.rstrip()
    return rest


# ---------------------------------------------------------------- writing
@dataclass
class Entry:
    """One place of a statement in the written outline."""

    depth: int
    relation: Relation | None  # None for a main claim
    statement: str  # id
    link: bool  # a second place: written as [[name]]


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
                Entry(entry.depth + 1, link.relation, link.source, home[link.source] != entry.statement or link.source in placed)
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
    """Markdown that reads back as ``text``: backslashes doubled, and what would start a prefix, a title,
    a link, an item, a heading or a quote escaped."""
    out = text.replace("\\", "\\\\")
    if out.startswith(("**", "[[")):
        out = "\\" + out
    return out


def _escape_line(line: str) -> str:
    """A continuation line of a text: one that would read as an item, a heading or a quote gets a backslash."""
    item = _ITEM.match(line)
    if item and item.group(2)[0].isdigit():  # "1. x": Markdown escapes the dot, not the digit
        return line[: item.end(2) - 1] + "\\" + line[item.end(2) - 1 :]
    if item or line.startswith(("#", ">")):
        return "\\" + line
    return line


def dumps_outline(amap) -> str:
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
        text_lines = s.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        lines.append(f"{pad}- {prefix}{title}{_escape(text_lines[0])}")
        lines += [f"{pad}  {_escape_line(line.strip().replace(chr(92), chr(92) * 2))}" if line.strip() else "" for line in text_lines[1:]]
        lines += [f"{pad}  > {line}".rstrip() for line in s.notes.replace("\r", "").split("\n")] if s.notes else []
    return "\n".join(lines).rstrip("\n") + "\n"
