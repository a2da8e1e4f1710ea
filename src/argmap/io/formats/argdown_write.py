"""ArgumentMap -> Argdown text that :func:`argmap.io.formats.argdown.parse_argdown` reads back.

Each main claim opens a tree of ``+`` (support) and ``-`` (attack) lines; a statement is
defined once (``[title]: text #tag``, the title being the statement's title or else its id)
and referenced by ``[title]`` after that (cross-links). What it writes, the Argdown CLI reads
too: texts escape what either reader would interpret (comments, shortcodes, ``@include(``,
``===``); titles and tags are written as the CLI reads them (raw).
A linked group of supports becomes a premise-conclusion structure (``<id group>`` with
``(1) ... ---- (n) [id]``); a premise shared by several linked reasons is a premise of each of
their arguments. An undercut of a support is ``<_ [U]`` under the argument it undercuts (a plain
support that is undercut is written as a one-premise argument ``<id via premise>``); an undercut
of an attack, which Argdown cannot say (it undercuts arguments only), is the attack ``- [U]`` with
``{undercuts: "premise"}`` data. A rephrase is ``{rephrases: ["title"]}`` data on the restatement
(Argdown has no rephrase relation; the Argdown CLI keeps it as data). Kinds are written as
``{kind: ...}`` only where the structure does not already imply them, and scores other than 0.5
as ``{score: ...}``.
A linked objection is an argument too (``- <id group>``), whose conclusion "Not: ..." is marked
``{argmap: "linked attack"}`` so that argmap reads its premises back as one linked attack; comments and
critical questions are ``{comment: ...}`` and ``{question: ...}`` data.
Lost: notes, sources, quotes, positions, the collapsed flag, line breaks inside texts, and the
grouping of linked undercutters (they are written as separate undercuts); io/formats/losses.py warns."""

from __future__ import annotations

import json
import re

from argmap.io.formats.argdown_inline import SHORTCODES as _SHORTCODES
from argmap.io.formats.common import implied_kinds, members_of
from argmap.model.kinds import Relation
from argmap.model.statement import DEFAULT_SCORE

#: The data on the conclusion of a linked objection's argument (``{argmap: "linked attack"}``): argmap reads its
#: premises back as one linked attack on the statement the argument attacks, without the conclusion.
LINKED_ATTACK = "linked attack"
_SPECIAL = "#[]<>{}*_@"  # "@": mentions (@[T], @<A>) and the Argdown tool's @include(file)


def escape_text(text: str) -> str:
    """One line of Argdown text that argmap and the Argdown tool read back as ``text`` (whitespace runs become one space)."""
    out = " ".join(text.split()).replace("\\", "\\\\")
    for ch in _SPECIAL:
        out = out.replace(ch, "\\" + ch)
    out = out.replace("//", "/\\/")
    out = _no_shortcodes(out)
    if out and out[:1] in "(+-=>":  # ("" is in every string: an empty text needs no escape)
        out = "\\" + out
    # The Argdown tool includes a file wherever it finds "@include(", and reads "===" as front matter anywhere
    return out.replace("@include(", "@include\\(").replace("==", "=\\=")


def _json_string(value: str) -> str:
    """A JSON string inside a ``{data}`` block: braces escaped too, where the Argdown tool would end the block."""
    # and "/" and "<" escaped, so that no "//", "/*" or "<!--" opens a comment in it
    return _front(value).replace("{", "\\u007b").replace("}", "\\u007d").replace("/", "\\/").replace("<", "\\u003c")


def _front(value: str) -> str:
    """A front matter value: a JSON string is a YAML double-quoted scalar (one line, every character escaped)."""
    # The Argdown tool's front matter ends at the first "===", even inside a value
    return json.dumps(value, ensure_ascii=False).replace("@include(", "@include\\u0028").replace("==", "=\\u003d")


_SHORTCODE_AT = re.compile(r"\.[^\s.]+\.|:[^\s:]+:")


def _no_shortcodes(out: str) -> str:
    """Escape each "." or ":" that opens a shortcode (".A." would read as ∀), wherever a reader could start one:
    escaping the first of ":^:+1:" leaves ":+1:" behind it, so every place is looked at."""
    if "." not in out and ":" not in out:
        return out
    kept: list[str] = []
    i = 0
    while i < len(out):
        ch = out[i]
        if ch == "\\":  # an escaped character stays one unit
            kept.append(out[i : i + 2])
            i += 2
            continue
        found = _SHORTCODE_AT.match(out, i) if ch in ".:" else None
        kept.append("\\" + ch if found and found.group() in _SHORTCODES else ch)
        i += 1
    return "".join(kept)


def _raw(text: str) -> str:
    """Text for a place the Argdown tool reads without escapes (a title, a tag): only what argmap's reader
    would take for something else is escaped: backslashes, comment openings, and ``@include(``."""
    out = " ".join(text.split()).replace("\\", "\\\\")
    out = out.replace("//", "/\\/").replace("/*", "/\\*").replace("<!--", "<\\!--")
    return out.replace("@include(", "@include\\(")


def plain_title(title: str) -> str:
    """A statement or argument title as both readers will see it: the Argdown tool ends a title at its
    first "]" or ">" (and argmap at either), so those become ")"; whitespace runs become one space;
    a leading "-" becomes a hyphen (U+2010)."""
    title = " ".join(title.replace("]", ")").replace(">", ")").split())
    return "\u2010" + title[1:] if title.startswith("-") else title  # nor can a reference start with "-"


def _tag(tag: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9-]+", tag):  # the Argdown tool's #tag is narrower than Python's \w
        return f"#{tag}"
    if ")" not in tag:
        return "#(" + _raw(tag) + ")"
    # The Argdown tool ends a tag at its first ")" and reads the rest as text: escape it as text (argmap reads it whole)
    return "#(" + escape_text(tag).replace(")", "\\)") + ")"


def explicit_kinds(amap) -> set[str]:
    """Statements whose kind must be written because their place implies another one.

    A statement under two or more parents always has its kind written: which parent the
    reader's inference reaches first depends on the order of the file, not on the map.
    """
    explicit: set[str] = {i for i in amap.ids() if len(amap.parents(i)) > 1}
    while True:
        implied = implied_kinds(amap, keep=explicit)
        wrong = {i for i, kind in implied.items() if amap.statement(i).kind != kind} - explicit
        if not wrong:
            return explicit
        explicit |= wrong


class _Writer:
    def __init__(self, amap) -> None:
        self.amap = amap
        self.lines: list[str] = []
        self.defined: set[str] = set()
        self.explicit = explicit_kinds(amap)
        # (conclusion or target, argument title, premises, whether it attacks) still to write
        self.pending: list[tuple[str, str, list[str], bool]] = []
        self.argued: set[tuple[str, str]] = set()  # (conclusion, group name or "via premise") given an argument
        self.titles: dict[str, str] = {}

    def title(self, statement_id: str) -> str:
        """The Argdown title of a statement: its title, or its id if it has none, made unique again after
        whitespace is collapsed."""
        if not self.titles:
            used: set[str] = set()
            for i in self.amap.ids():
                base = plain_title(self.amap.statement(i).title or i) or plain_title(i)
                title, n = base, 1
                while title in used:
                    n += 1
                    title = f"{base} ({n})"
                used.add(title)
                self.titles[i] = title
        return self.titles[statement_id]

    def label(self, statement_id: str, extra: tuple[str, ...] = ()) -> str:
        ref = "[" + _raw(self.title(statement_id)) + "]"
        if statement_id in self.defined:
            return ref + (" {" + ", ".join(extra) + "}" if extra else "")
        self.defined.add(statement_id)
        s = self.amap.statement(statement_id)
        parts = [f"{ref}: {escape_text(s.text)}"] + [_tag(t) for t in s.tags]
        data = list(extra)
        if s.title and self.title(statement_id) != s.title:  # the Argdown title could not hold it as it is
            data.append("title: " + _json_string(s.title))
        if statement_id in self.explicit:
            data.append(f"kind: {s.kind}")
        if s.score != DEFAULT_SCORE:
            data.append(f"score: {s.score:g}")
        parents = self.amap.parents(statement_id)
        reasons = [p for p in parents if self.amap.link(statement_id, p).relation != Relation.REPHRASE]
        scheme = self.amap.link(statement_id, reasons[0]).scheme if reasons else None
        if scheme:  # the argument scheme of the reason this statement gives, as data (Argdown has no place for it)
            data.append("scheme: " + _json_string(scheme))
        restated = [p for p in parents if self.amap.link(statement_id, p).relation == Relation.REPHRASE]
        if restated:  # Argdown has no rephrase relation: data that argmap reads back (the Argdown CLI keeps it as data)
            data.append("rephrases: [" + ", ".join(_json_string(self.title(p)) for p in restated) + "]")
        if s.comment:  # a teacher's comment is no part of the argument: data, which the Argdown CLI keeps aside
            data.append("comment: " + _json_string(s.comment))
        if s.question:
            data.append("question: " + _json_string(s.question))
        if data:
            parts.append("{" + ", ".join(data) + "}")
        return " ".join(parts).rstrip()

    def argument(self, node: str, key: str, name: str, members: list[str], depth: int, children: list,
                 undercuts: list, relation: Relation = Relation.SUPPORT) -> None:
        """A reference ``+ <node name>`` (``- <...>`` for a linked objection) to the argument that gives ``members``
        as a reason for (or against) ``node`` (written out later), with the ``undercuts`` of that reason under it
        as ``<_`` lines."""
        if (node, key) in self.argued:
            return
        self.argued.add((node, key))
        title = f"{self.title(node)} {plain_title(name)}"
        if title[:1] in "+_":  # "<+" and "<_" open relations for the Argdown tool, even as an argument's title
            title = "\u2010" + title
        attack = relation == Relation.ATTACK
        self.pending.append((node, title, members, attack))
        children.append((None, f"<{_raw(title)}>", depth + 2, "- " if attack else "+ ", ()))
        for undercut in undercuts:
            children.append((undercut.source, "", depth + 4, "<_ ", ()))

    def tree(self, root: str, indent: int = 0, prefix: str = "") -> None:
        """Write ``root`` and, if it is new here, everything under it (iteratively: maps can be deep)."""
        # (node or None, fixed text, depth, marker, extra data on the line)
        stack: list[tuple[str | None, str, int, str, tuple[str, ...]]] = [(root, "", indent, prefix, ())]
        amap = self.amap
        while stack:
            node, text, depth, marker, extra = stack.pop()
            if node is None:  # a reference to an argument, written out later
                self.lines.append(" " * depth + marker + text)
                continue
            new = node not in self.defined
            self.lines.append(" " * depth + marker + self.label(node, extra))
            if not new:
                continue
            children: list[tuple[str | None, str, int, str, tuple[str, ...]]] = []
            incoming = amap.incoming(node)
            cuts = [u for u in incoming if u.is_undercut]  # once per statement: a statement may have many reasons
            for link in incoming:
                if link.relation == Relation.REPHRASE:
                    continue  # data on the restatement
                if link.is_undercut:
                    if not _native(amap, link):  # an undercut of an attack: an attack with data saying which
                        onto = link.onto or members_of(amap, node, link.onto_group or "")[0]
                        children.append((link.source, "", depth + 2, "- ", ("undercuts: " + _json_string(self.title(onto)),)))
                    continue  # an undercut of a support: under the argument it undercuts
                names = [n for n in link.group_names if len(members_of(amap, node, n)) >= 2]
                for name in names:  # a linked reason or linked objection: one argument of its premises
                    self.argument(node, name, name, members_of(amap, node, name), depth, children,
                                  [u for u in cuts if u.onto_group == name], link.relation)
                if names:
                    continue
                if link.relation == Relation.SUPPORT:
                    undercuts = [u for u in cuts if u.onto == link.source or u.onto_group in link.group_names]
                    if undercuts:  # Argdown undercuts an argument: one of this premise alone
                        self.argument(node, "\0" + link.source, f"via {self.title(link.source)}", [link.source], depth,
                                      children, undercuts)
                        continue
                mark = "+ " if link.relation == Relation.SUPPORT else "- "
                children.append((link.source, "", depth + 2, mark, ()))
            stack.extend(reversed(children))

    def structure(self, target: str, title: str, members: list[str], attack: bool = False) -> None:
        """The premise-conclusion structure of an argument: its conclusion is ``target`` for a reason; for an
        objection, a statement against ``target`` (Argdown attacks a statement with an argument whose conclusion
        contradicts it), marked so that argmap reads the premises back as one linked attack on ``target``."""
        self.lines += [f"<{_raw(title)}>", ""]
        for n, member in enumerate(members, 1):
            self.tree(member, 0, f"({n}) ")
        if attack:
            against = escape_text("Not: " + self.amap.statement(target).text)
            conclusion = f"{against} {{argmap: {_json_string(LINKED_ATTACK)}}}"
        else:
            conclusion = f"[{_raw(self.title(target))}]"
        self.lines += ["----", f"({len(members) + 1}) {conclusion}", ""]


def _native(amap, link) -> bool:
    """True for an undercut Argdown can say as one (``<_`` under the argument): an undercut of a support."""
    if link.onto is not None:
        return amap.link(link.onto, link.target).relation == Relation.SUPPORT
    members = members_of(amap, link.target, link.onto_group or "")  # a linked objection is an argument too
    return len(members) >= 2 or (bool(members) and amap.link(members[0], link.target).relation == Relation.SUPPORT)


def dumps_argdown(amap) -> str:
    w = _Writer(amap)
    w.lines += ["===", "title: " + _front(amap.title)]
    if amap.description:  # in the front matter, not as prose: it reads back exactly and without a warning
        w.lines.append("description: " + _front(amap.description))
    untitled = [w.title(i) for i in amap.ids() if not amap.statement(i).title]
    if untitled and len(untitled) < len(amap):  # the Argdown titles that are only ids, so that they stay no titles
        w.lines += ["argmap:", "  untitled: [" + ", ".join(_front(t) for t in untitled) + "]"]
    elif untitled:
        w.lines += ["argmap:", "  untitled: all"]
    w.lines += ["===", ""]
    if not len(amap):  # the Argdown tool refuses a file of front matter alone; a heading is read as nothing
        w.lines += ["# Empty map", ""]
    roots = amap.main_claims() + amap.ids()  # then whatever only cycles reach
    for root in roots:
        if root not in w.defined:
            w.tree(root)
            w.lines.append("")
        while w.pending:
            w.structure(*w.pending.pop(0))
    return "\n".join(w.lines).rstrip("\n") + "\n"
