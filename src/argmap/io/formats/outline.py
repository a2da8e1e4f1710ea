"""Reading outlines: the nested lists people write in notes, outliners, slides and chat, as a map.

One reader for every outline argmap takes in: ``argmap import``/``convert`` of a ``.md`` file,
Edit > Paste of Markdown or plain text, and (through :func:`build_map`) OPML. ::

    # Should schools set homework?          <- the map title (the first "# " heading)
    Some words about the debate.             <- the description (text before the first list)
    ## Homework helps                        <- a later heading: a main claim, the list below is under it
    - **Practice**: Homework gives practice. <- a statement with the title "Practice"
      - Con: Pupils are too tired            <- a label gives the relation (and the kind, see below)
        after a long day.                     <- a wrapped line: the same paragraph (a space)
        > Most of them, anyway.               <- a quote under an item: its notes
      + Practice makes perfect.              <- in a list that uses "+", "+" is support and "-" attack
      - Con: [[Practice]]                     <- [[title or text]]: a link to a statement already there
      - **Evidence:** A 2019 study.           <- a kind label, bold or not, any case

Labels: ``Pro:``, ``For:``, ``Reason:``, ``Support:`` (support); ``Con:``, ``Against:``,
``Objection:`` (attack); ``Evidence:`` (support, kind evidence); ``Rebuttal:`` (attack, kind
rebuttal); ``Claim:``/``Thesis:`` (a main claim; under a parent, a support). Items without a
label support their parent (one note says how many). Other kinds follow from the tree: an
attack on an objection is a rebuttal. A top-level item may carry a label too (what Copy as
outline writes for a copied objection); it keeps that kind, and Paste attaches it accordingly.

Lines follow Markdown: a line under an item that is not an item continues its paragraph
(joined with a space); a line ending in ``\\`` (or two spaces) breaks the line there; a blank
line starts a new paragraph of the same item; ``\\`` escapes as usual. Numbered items
(``1.``, ``2)``) and Kialo's ``1.2.1.`` (each further number one level deeper) are items too.
Text with no list marker at all (a plain indented outline) reads one item a line, nested by
indentation (a tab is four spaces); in a list, a line directly followed by items indented
under it is their parent. Writing: :mod:`argmap.io.formats.outline_write`.
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

ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}(?:\.\d{1,9})*[.)])(?:[ \t]+(.*)|[ \t]*$)")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")
#: A label: "Pro:", "**Pro:**" or "__Pro:__" (the colon inside the bold; "**Pro**:" is a title).
LABEL = re.compile(r"^(\*\*|__)?(pro|con|for|against|reason|support|objection|rebuttal|evidence|claim|thesis)"
                   r"[ \t]*:(?(1)\1)[ \t]*", re.IGNORECASE)
_TITLE = re.compile(r"^\*\*((?:[^*\\]|\\.)+)\*\*:[ \t]*")
_LINK = re.compile(r"^\[\[(.+)\]\]$")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
#: What each label says: the relation to the parent, and the kind when the tree alone would not give it.
_LABELS: dict[str, tuple[Relation, Kind | None]] = {
    "pro": (Relation.SUPPORT, None), "for": (Relation.SUPPORT, None), "reason": (Relation.SUPPORT, None),
    "support": (Relation.SUPPORT, None), "con": (Relation.ATTACK, None), "against": (Relation.ATTACK, None),
    "objection": (Relation.ATTACK, None), "rebuttal": (Relation.ATTACK, Kind.REBUTTAL),
    "evidence": (Relation.SUPPORT, Kind.EVIDENCE), "claim": (Relation.SUPPORT, None), "thesis": (Relation.SUPPORT, None),
}
#: The kind a label gives a top-level item (Copy as outline writes "- **Con:** ..." for a copied objection).
_TOP_KINDS = {Relation.SUPPORT: Kind.SUPPORT, Relation.ATTACK: Kind.OBJECTION}


@dataclass
class Item:
    """One entry of an outline, as any outline format gives it."""

    line: str  # where it is, for messages ("line 12", "outline 3")
    body: str  # the text after the marker, still with its label, title and escapes
    marker: str = ""  # "+", "-", "*" or "" (a number, a heading, a plain line, OPML)
    notes: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    title: str = ""  # a title given apart from the body (OPML's title attribute)
    escaped: bool = True  # Markdown: backslash escapes, and labels read on top-level items too
    comment: str = ""  # OPML's _comment (Markdown: <!-- --> lines), _question and _scheme (of its reason)
    question: str = ""
    scheme: str = ""
    commented: bool = False  # a comment line was read (the first may be empty)


_COMMENT_ESCAPE = re.compile(r"\\([\\>])")  # what outline_write.comment_line escapes inside <!-- -->


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def _label(body: str, item: Item, top: bool) -> tuple[str, Relation | None, Kind | None]:
    """The body without its label, the relation the label says and the kind it fixes (None, None: no label)."""
    said = LABEL.match(body) if (not top or item.escaped) else None  # OPML cannot escape a top-level "Pro:"
    if said is None:
        return body, None, None
    word = said.group(2).lower()
    relation, kind = _LABELS[word]
    if top:
        kind = kind or (Kind.CLAIM if word in ("claim", "thesis") else _TOP_KINDS[relation])
    return body[said.end():], relation, kind


def build_map(title: str, description: str, items: list[Item], path, *, signs: bool = False) -> ImportResult:
    """The map of an outline: each item a statement under its parent (``signs``: "+"/"-" give the relation)."""
    from argmap.model import ArgumentMap

    skipped: list[str] = []
    amap = ArgumentMap(title=map_text("title", title, skipped), description=map_text("description", description, skipped))
    by_name: dict[str, str] = {}  # title or text -> statement id, for [[links]]
    links: list[tuple[Item, str, str, Relation]] = []  # (item, wanted, parent id, relation)
    fixed: dict[str, Kind] = {}  # statements whose label names their kind
    unsaid = 0
    stack: list[tuple[Item, str | None]] = [(item, None) for item in reversed(items)]
    while stack:
        item, parent = stack.pop()
        body, said, kind = _label(item.body.strip(), item, parent is None)
        relation = said or Relation.SUPPORT
        if said is None and signs and item.marker in ("+", "-"):
            relation = Relation.SUPPORT if item.marker == "+" else Relation.ATTACK
        elif said is None and parent is not None:
            unsaid += 1
        link = _LINK.match(body)
        if link and parent is not None and not item.children:
            links.append((item, unescape(link.group(1)) if item.escaped else link.group(1), parent, relation))
            continue
        title = item.title
        named = _TITLE.match(body) if item.escaped else None  # OPML gives the title as an attribute
        if named and not title:
            title, body = named.group(1), body[named.end():]
        text = unescape(_without_emphasis(body)) if item.escaped else body
        title = unescape(title) if item.escaped and not item.title else title
        if len(text) > MAX_TEXT:
            raise MapFileError(path, f"the text is longer than {MAX_TEXT} characters", item.line)
        if len(title) > MAX_TITLE:
            skipped.append(f"{item.line}: the title {clip(title, 40)!r} is longer than {MAX_TITLE} characters; it is cut")
            title = title[:MAX_TITLE]
        notes = "\n".join(item.notes).strip("\n")
        try:
            statement = amap.add(Kind.CLAIM, text, title=title, notes=notes[:MAX_TEXT], comment=item.comment,
                                 question=item.question)
        except MapError as exc:
            raise MapFileError(path, str(exc), item.line) from None
        if parent is not None:
            amap.connect(statement.id, parent, relation)
            _scheme(amap, item, statement.id, parent, path)
        if kind is not None:
            fixed[statement.id] = kind
        for name in (title, text):
            if name:
                by_name.setdefault(name, statement.id)
        stack.extend((child, statement.id) for child in reversed(item.children))
    if unsaid:
        skipped.append(f"{unsaid} item(s) say neither Pro nor Con; imported as supports")
    for statement_id, kind in fixed.items():
        amap.update(statement_id, kind=kind)
    infer_kinds(amap, keep=set(fixed))  # the rest from the tree alone: a [[link]] does not change what a statement is
    for item, wanted, parent, relation in links:
        _link(amap, item, by_name.get(wanted), wanted, parent, relation, path, skipped)
    if not len(amap):
        skipped.append("no items found: the map is empty")
    return ImportResult(amap, skipped)


def _link(amap, item: Item, target: str | None, wanted: str, parent: str, relation: Relation, path,
          skipped: list[str]) -> None:
    """A ``[[name]]`` item: a second link to ``target`` (the statement named so), or a new statement when none is."""
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
            return
        _scheme(amap, item, target, parent, path)


def _scheme(amap, item: Item, source: str, parent: str, path) -> None:
    """The argument scheme an item's reason is an instance of (OPML's ``_scheme``)."""
    if item.scheme.strip():
        try:
            amap.update_link(source, parent, scheme=item.scheme.strip())
        except MapError as exc:
            raise MapFileError(path, str(exc), item.line) from None


def _without_emphasis(body: str) -> str:
    """``**text**`` round a whole item (as editors write it) keeps its words, not the stars."""
    if body.startswith("**") and body.endswith("**") and len(body) > 4 and "**" not in body[2:-2]:
        return body[2:-2].strip()
    return body


# ---------------------------------------------------------------- Markdown and plain text
def parse_outline(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    """The map of a Markdown or plain-text outline (see the module's description); MapFileError when it has none."""
    from argmap.io.formats import strip_suffix

    text = checked_text(data, path)
    title, description, items, signs = _markdown_items(text.split("\n"))
    if not items and not title:
        raise MapFileError(path, "no list items or headings found (an outline is a nested list of '- ' items)", "line 1")
    return build_map(title or (strip_suffix(path) if path else "Outline import"), description, items, path, signs=signs)


def _markdown_items(raw_lines: list[str]) -> tuple[str, str, list[Item], bool]:
    lines = [raw.expandtabs(4) for raw in raw_lines]
    listed = any(ITEM.match(line) for line in lines)  # else a plain outline: every line is an item
    title = ""
    description: list[str] = []
    roots: list[Item] = []
    heading: Item | None = None  # the "## claim" the top-level items go under
    stack: list[tuple[int, Item]] = []  # open items: (indent of the marker, item)
    current: Item | None = None
    content_indent = 0  # where the text of the current item starts
    blank = False
    hard_break = False  # the last line of the current item ended in two spaces
    signs = False
    for number, full in enumerate(lines, 1):
        line = full.rstrip()
        if not line.strip():
            blank = True
            continue
        indent = len(line) - len(line.lstrip())
        item = ITEM.match(line)
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
        stripped = line.strip()
        continues = current is not None and (indent >= content_indent or not blank) and listed
        if not item and not continues and (not listed or _parents_items(lines, number, indent)):
            item_body, marker, width = stripped, "", 0  # a plain line: an item of its own
        elif item:
            item_body, marker, width = item.group(3) or "", item.group(2), len(item.group(2)) + 1
            signs = signs or marker == "+"
        else:
            item_body = None
        if item_body is not None:
            depth = indent + 4 * marker.rstrip(".)").count(".")  # Kialo's "1.2." numbers give the depth
            new = Item(f"line {number}", item_body, marker if marker in ("+", "-", "*") else "")
            while stack and stack[-1][0] >= depth:
                stack.pop()
            if stack:
                stack[-1][1].children.append(new)
            elif heading is not None:
                heading.children.append(new)
            else:
                roots.append(new)
            stack.append((depth, new))
            current, content_indent, blank = new, indent + width, False
            hard_break = full.endswith("  ")
            continue
        if current is not None and continues:
            if stripped.startswith(">"):  # a quote under an item: its notes
                current.notes.append(stripped[1:].removeprefix(" "))
            elif stripped.startswith("<!--") and stripped.endswith("-->") and len(stripped) >= 7:
                # an HTML comment under an item (hidden where Markdown is shown): a comment on the statement
                said = stripped[4:-3].removeprefix(" ").removesuffix(" ")
                current.comment += ("\n" if current.comment or current.commented else "") + _COMMENT_ESCAPE.sub(r"\1", said)
                current.commented = True
            else:
                current.body = _join(current.body, stripped, blank, hard_break)
            blank, hard_break = False, full.endswith("  ")
            continue
        if current is None and heading is None and not roots:
            description.append(("\n" if blank and description else "") + unescape(stripped))
        blank = False
    return title, "\n".join(description), roots, signs


def _parents_items(lines: list[str], number: int, indent: int) -> bool:
    """Is the line after line ``number`` (1-based) a list item indented under it? Then this line is their parent."""
    if number >= len(lines):
        return False
    after = ITEM.match(lines[number])
    return after is not None and len(after.group(1)) > indent


def _join(body: str, line: str, blank: bool, hard_break: bool) -> str:
    """An item's text with its next line: a new paragraph, a hard line break, or the same paragraph (a space)."""
    if blank:
        return f"{body}\n\n{line}"
    backslashes = len(body) - len(body.rstrip("\\"))
    if backslashes % 2:  # Markdown's hard break: an unescaped backslash at the end of the line
        return f"{body[:-1]}\n{line}"
    return f"{body}\n{line}" if hard_break else f"{body} {line}"


def _heading_text(rest: str) -> str:
    """A heading's words without a closing run of "#" (which needs a space before it, as in Markdown)."""
    rest = rest.strip()
    bare = rest.rstrip("#")
    if bare != rest and (not bare or bare[-1] in " \t"):
        return bare.rstrip()
    return rest
