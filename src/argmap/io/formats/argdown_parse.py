"""Argdown text -> a plain outline: statements, arguments, relations and premise-conclusion structures.

This module only parses (the lines and their structure; the text inside an element, its title, tags, data,
shortcodes and Markdown, is read by :mod:`argmap.io.formats.argdown_inline`); :mod:`argmap.io.formats.argdown`
turns the outline into a map.
Supported: ``[Title]: text`` statements, ``<Title>: text`` arguments, plain paragraphs and
``*`` list items (untitled statements), indented relation lines (``+ - +> -> <+ <- _> <_ ><``),
numbered premise-conclusion structures with ``--``/``----`` inference lines, ``#tags`` and
``#(tags with spaces)``, a trailing ``{yaml}`` block, headings, ``===`` front matter,
``//``, ``/* */`` and ``<!-- -->`` comments, ``\\`` escapes and simple Markdown emphasis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from argmap.file_errors import MapFileError
from argmap.io.formats.argdown_front import BlockScalar, read_front_matter, shortcodes, untitled_ids
from argmap.io.formats.argdown_inline import apply_shortcodes, markdown, opening_title, split_data, tags_in

#: Relation markers: which way the relation runs from the line's element and what it is.
#: "in" = the element on the line bears on its parent; "out" = the parent bears on the element.
MARKERS: dict[str, tuple[str, str]] = {
    "+>": ("out", "support"), "->": ("out", "attack"), "_>": ("out", "undercut"),
    "<+": ("in", "support"), "<-": ("in", "attack"), "<_": ("in", "undercut"),
    "><": ("in", "contradiction"), "+": ("in", "support"), "-": ("in", "attack"), "_": ("in", "undercut"),
}
_RELATION = re.compile(r"^(\+>|->|_>|<\+|<-|<_|><|\+|-|_(?=\s))(?:\s+(.*)|\s*$)")
_PCS_ITEM = re.compile(r"^\((\d+)\)\s*(.*)$")
_INFERENCE = re.compile(r"^-{2,}\s*$")
_HEADING = re.compile(r"^#{1,6}\s")
_LIST_ITEM = re.compile(r"^(?:\*|\d+\.)\s+(.*)$")  # unordered "* x" and ordered "1. x" list items
_USES = re.compile(r"\buses\s*:\s*\[([\d\s,]*)\]")
_INCLUDE = re.compile(r"^@include\b")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PLACEHOLDER = 0xE000  # escaped characters hide in the Private Use Area while parsing


@dataclass
class Element:
    """One statement or argument as written at one place (a definition or a reference)."""

    is_argument: bool
    line: int
    parts: list[str] = field(default_factory=list)
    top_level: bool = False
    title: str = ""
    titled: bool = False
    text: str = ""
    tags: list[str] = field(default_factory=list)
    data: str = ""  # the trailing {yaml} block, raw
    defined: bool = False  # "[T]: ..." with a colon: the text is what follows, even if nothing does
    anonymous: bool = False  # the untitled argument of a premise-conclusion structure with no <title> above it


@dataclass
class Relation:
    source: Element
    target: Element
    kind: str  # support, attack, undercut, contradiction
    line: int
    #: A relation hung on an inference line: the structure and the index of the step whose inference it bears on.
    step: tuple[Structure, int] | None = None


@dataclass
class Structure:
    """A premise-conclusion structure: each step is (premises, conclusion)."""

    argument: Element | None
    line: int
    items: list[Element] = field(default_factory=list)
    steps: list[tuple[list[Element], Element]] = field(default_factory=list)
    pending: list[Element] = field(default_factory=list)
    conclusion_next: bool = False
    rule_open: bool = False
    numbered: dict[int, Element] = field(default_factory=dict)  # premises by their written "(n)"
    rule: list[str] = field(default_factory=list)  # the open inference rule's lines
    uses: list[int] | None = None  # the inference's {uses: [...]}: which numbered items are its premises
    step_uses: list[list[int] | None] = field(default_factory=list)  # each step's inference {uses}
    rule_name: str = ""  # the open inference's rule ("Modus ponens"), without its data
    step_rules: list[str] = field(default_factory=list)  # each step's rule name
    hung: list[Relation] = field(default_factory=list)  # relations on the inference line, to its conclusion
    inference: Element | None = None  # stands for the open inference while relations hang on it


@dataclass
class Outline:
    title: str | None = None
    description: str | None = None
    elements: list[Element] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    structures: list[Structure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    shortcodes: dict[str, str] = field(default_factory=dict)  # the file's own, from its front matter
    id_titles: set[str] = field(default_factory=set)  # titles argmap wrote for statements that have none (their ids)
    headings: int = 0  # Markdown headings (Argdown's sections) after the first: argmap has no place for them
    heading: str | None = None  # the first heading, if it comes before any statement: the map title, if none is given


def parse_outline(text: str, path) -> Outline:
    outline = Outline()
    lines = text.split("\n")
    start = _front_matter(lines, outline, path)
    body = _strip_comments([_protect(line) for line in lines[start:]], path, first_line=start + 1)
    front: list[str | None] = [None] * start  # the front matter's lines, already read
    _Parser(outline, path).run(front + body, start)
    return outline


# ---------------------------------------------------------------- preprocessing
def _protect(line: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_PLACEHOLDER + ord(m.group(1))), line)


def unprotect(text: str) -> str:
    """The text as written: each escaped character with its backslash again (for a JSON string in data)."""
    return "".join("\\" + chr(ord(c) - _PLACEHOLDER) if _PLACEHOLDER < ord(c) < _PLACEHOLDER + 128 else c for c in text)


def restore(text: str) -> str:
    return "".join(chr(ord(c) - _PLACEHOLDER) if _PLACEHOLDER < ord(c) < _PLACEHOLDER + 128 else c for c in text)


def _front_matter(lines: list[str], outline: Outline, path) -> int:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "===":
        return 0
    for end in range(first + 1, len(lines)):
        if lines[end].strip() == "===":
            front = read_front_matter(lines[first + 1 : end])
            for key in ("title", "description"):
                value = front.get(key)
                if isinstance(value, BlockScalar):
                    value = value.rstrip("\n")  # YAML ends a block with a line break
                if isinstance(value, str) and value:
                    setattr(outline, key, str(value))
            outline.shortcodes = shortcodes(front)
            outline.id_titles = untitled_ids(front)
            return end + 1
    raise MapFileError(path, "the front matter opened with '===' is never closed", f"line {first + 1}")


# A comment opens with "/*", "<!--" or "//" (after a space); "#(" opens a tag, which the Argdown tool reads
# whole up to its ")" before it looks for comments: a tag may hold "//", "/*" or "<!--".
_COMMENT_START = re.compile(r"/\*|<!--|(?:^|(?<=\s))//|(?<!\S)#\(")


def _strip_comments(lines: list[str], path, first_line: int = 1) -> list[str | None]:
    """Remove ``/* */``, ``<!-- -->`` and ``//`` comments, keeping line numbers (None: only a comment)."""
    out: list[str | None] = []
    closing: str | None = None
    opened_at = 0
    for number, line in enumerate(lines, first_line):
        kept: list[str] = []
        i = 0
        touched = closing is not None
        while i <= len(line):
            if closing is not None:
                end = line.find(closing, i)
                if end < 0:
                    break
                i, closing = end + len(closing), None
                kept.append(" ")
                continue
            match = _COMMENT_START.search(line, i)
            if match is None:
                kept.append(line[i:])
                break
            if match.group() == "#(":
                close = line.find(")", match.end())
                end = match.end() if close < 0 else close + 1
                kept.append(line[i:end])
                i = end
                continue
            kept.append(line[i : match.start()])
            touched = True
            if match.group() == "//":
                break
            closing, opened_at = ("*/" if match.group() == "/*" else "-->"), number
            i = match.end()
        kept_text = "".join(kept).rstrip()
        out.append(None if touched and not kept_text.strip() else kept_text)
    if closing is not None:
        raise MapFileError(path, f"a comment opened here is never closed with '{closing}'", f"line {opened_at}")
    return out


# ---------------------------------------------------------------- the line parser
class _Parser:
    def __init__(self, outline: Outline, path) -> None:
        self.outline = outline
        self.path = path
        self.current: Element | None = None
        self.stack: list[tuple[int, Element]] = []  # open relation tree: (indent, element)
        self.structure: Structure | None = None
        self.last_top: Element | None = None
        self.after_blank = True
        self.in_heading = False

    def run(self, lines: list[str | None], start: int) -> None:
        for number in range(start + 1, len(lines) + 1):
            line = lines[number - 1]
            if line is not None:  # None: a line that held only a comment
                self.line(line, number)
        self.finish_element()
        self.end_structure(len(lines))

    def fail(self, number: int, reason: str) -> None:
        raise MapFileError(self.path, reason, f"line {number}")

    def line(self, raw: str, number: int) -> None:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if not stripped:
            self.finish_element()
            self.stack.clear()
            self.after_blank = True
            self.in_heading = False
            return
        if self.in_heading:
            return  # a heading goes on to the next empty line, as in Argdown
        if self.structure is not None and self.structure.rule_open:
            if _INFERENCE.match(stripped):
                self.close_inference(self.structure, self.structure.rule)
            else:
                self.structure.rule.append(stripped)  # the rule's name is not imported; its {uses} is
            return
        if indent == 0 and _INCLUDE.match(stripped):
            self.finish_element()
            self.outline.notes.append(f"line {number}: {clip_text(stripped)} is not followed: import the included file on its own")
            return
        if indent == 0 and _HEADING.match(stripped):
            if self.outline.title is None and not self.outline.elements and self.current is None and self.outline.heading is None:
                self.outline.heading = restore(_heading_words(stripped))  # the first heading, before any statement
            else:
                self.outline.headings += 1
            self.in_heading = True
            self.finish_element()
            self.end_structure(number)
            self.stack.clear()
            self.after_blank = True
            return
        if _INFERENCE.match(stripped) and self.structure is None and indent == 0:
            self.finish_element()  # a Markdown rule between paragraphs, not an inference
            self.stack.clear()
            self.after_blank = True
            return
        if self.structure is not None and (_INFERENCE.match(stripped) or _one_line_rule(stripped)):
            self.finish_element()
            self.stack.clear()
            if _one_line_rule(stripped):  # "-- Modus ponens {uses: [1,2]} --"
                self.close_inference(self.structure, [stripped.strip("-")])
            elif len(stripped) >= 4:
                self.close_inference(self.structure, [])
            else:
                self.structure.rule_open = True
                self.structure.rule = []
            return
        item = _PCS_ITEM.match(stripped)
        if item and (self.after_blank or self.structure is not None or self.current is None or indent == 0):
            self.pcs_item(item.group(2), int(item.group(1)[:9]), indent, number)
            return
        relation = _RELATION.match(stripped)
        if relation and indent > 0 and self.structure is not None and self.structure.conclusion_next and not self.stack:
            self.structure.inference = Element(is_argument=True, line=number)  # relations hung on the inference
            self.stack = [(0, self.structure.inference)]
        if relation and indent > 0 and self.stack:
            self.relation(relation.group(1), relation.group(2) or "", indent, number)
            return
        if relation and indent > 0 and not self.stack and self.after_blank:
            self.fail(number, f"the relation '{relation.group(1)}' has no statement or argument above it to attach to")
        listed = _LIST_ITEM.match(stripped)
        if self.current is not None and not self.after_blank and not listed and not (indent == 0 and _starts_element(stripped)):
            self.current.parts.append(stripped)  # a continuation line
            return
        self.top_level(listed.group(1) if listed else stripped, indent, number)

    def top_level(self, text: str, indent: int, number: int) -> None:
        self.finish_element()
        if self.structure is not None:
            self.end_structure(number)
        element = Element(is_argument=text.startswith("<"), line=number, parts=[text], top_level=True)
        self.current = element
        self.stack = [(indent, element)]
        self.last_top = element
        self.after_blank = False

    def close_inference(self, structure: Structure, rule: list[str]) -> None:
        structure.rule_open = False
        structure.conclusion_next = True
        uses = _USES.search(" ".join(rule))
        structure.uses = [int(n) for n in re.findall(r"\d+", uses.group(1))] if uses else None
        name, _data = split_data(" ".join(rule))
        structure.rule_name = restore(" ".join(name.split()))

    def pcs_item(self, text: str, written: int, indent: int, number: int) -> None:
        self.finish_element()
        if self.structure is None:
            argument = self.last_top if self.last_top is not None and self.last_top.is_argument else None
            if argument is None:  # Argdown names it "Untitled N", counting it with the untitled statements
                argument = Element(is_argument=True, line=number, anonymous=True)
                self.outline.elements.append(argument)
            self.structure = Structure(argument=argument, line=number)
            self.outline.structures.append(self.structure)
        element = Element(is_argument=False, line=number, parts=[text])
        if text.startswith("<"):
            self.fail(number, "a premise or conclusion must be a statement, not an argument")
        structure = self.structure
        structure.items.append(element)
        if structure.conclusion_next:
            if not structure.pending:
                self.fail(number, "this conclusion has no premises above it")
            structure.steps.append((structure.pending, element))
            structure.step_uses.append(structure.uses)
            structure.step_rules.append(structure.rule_name)
            structure.pending = [element]  # an intermediate conclusion is a premise of the next step
            structure.conclusion_next = False
            for relation in structure.hung:  # a relation on the inference line: it bears on this step's inference
                relation.source = element if relation.source is structure.inference else relation.source
                relation.target = element if relation.target is structure.inference else relation.target
                relation.step = (structure, len(structure.steps) - 1)
            structure.hung, structure.inference = [], None
        else:
            structure.pending.append(element)
        structure.numbered.setdefault(written, element)
        self.current = element
        self.stack = [(indent, element)]
        self.after_blank = False

    def end_structure(self, number: int) -> None:
        structure = self.structure
        if structure is None:
            return
        self.structure = None
        self.last_top = None
        if structure.rule_open or structure.conclusion_next:
            self.fail(structure.line, "this premise-conclusion structure ends with an inference line but no conclusion")
        if not structure.steps:
            self.fail(structure.line, "this premise-conclusion structure has no conclusion (no '----' line before the last item)")
        last_conclusion = structure.steps[-1][1]
        if structure.items[-1] is not last_conclusion:
            self.fail(structure.line, "this premise-conclusion structure does not end with its conclusion")
        for index, (_premises, conclusion) in enumerate(structure.steps):
            # "{uses: [1,3]}" on the inference or on its conclusion: these premises, not every item since the last inference
            found = _USES.search(conclusion.data)
            uses = [int(n) for n in re.findall(r"\d+", found.group(1))] if found else structure.step_uses[index]
            chosen = [structure.numbered[n] for n in uses or () if n in structure.numbered and structure.numbered[n] is not conclusion]
            if chosen:
                structure.steps[index] = (chosen, conclusion)

    def relation(self, marker: str, text: str, indent: int, number: int) -> None:
        if not text.strip():
            self.fail(number, f"the relation '{marker}' is not followed by a statement or argument")
        self.finish_element()
        # Indentation as Argdown reads it: deeper than the line above opens a level; otherwise the levels
        # deeper than this line close, and the line is a sibling of the one at the level it reaches, even
        # when it is indented a little more than that one (what the Argdown CLI does with "-> G" below).
        level = indent
        if self.stack and indent <= self.stack[-1][0]:
            while self.stack and self.stack[-1][0] > indent:
                self.stack.pop()
            if len(self.stack) > 1 or (self.stack and self.stack[-1][0] >= indent):
                level = self.stack.pop()[0]
        if not self.stack:
            self.fail(number, f"the relation '{marker}' is indented less than the statement it should attach to")
        parent = self.stack[-1][1]
        element = Element(is_argument=text.startswith("<"), line=number, parts=[text.strip()])
        direction, kind = MARKERS[marker]
        source, target = (element, parent) if direction == "in" else (parent, element)
        relation = Relation(source, target, kind, number)
        self.outline.relations.append(relation)
        if self.structure is not None and parent is self.structure.inference:
            relation.kind = "undercut" if kind == "attack" else kind  # an attack on an inference undercuts it
            self.structure.hung.append(relation)
        self.current = element
        self.stack.append((level, element))
        self.after_blank = False

    def finish_element(self) -> None:
        element = self.current
        if element is None:
            return
        self.current = None
        _fill(element, self.path, self.outline.shortcodes)
        self.outline.elements.append(element)


def _heading_words(stripped: str) -> str:
    """``## Title {data} #tag`` -> ``Title``."""
    words, _data = split_data(stripped.lstrip("#"))
    kept, done = [], 0
    for start, end, _tag in tags_in(words):
        kept.append(words[done:start])
        done = end
    kept.append(words[done:])
    return " ".join("".join(kept).split())


def _one_line_rule(stripped: str) -> bool:
    """``-- Modus ponens --``: an inference with its rule on one line (not a rule of dashes only)."""
    return len(stripped) > 4 and stripped.startswith("--") and stripped.endswith("--") and bool(stripped.strip("-").strip())


def clip_text(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _starts_element(stripped: str) -> bool:
    """A line at the margin that opens a new statement or argument (``[T]: ...``, ``<T>``, ``[T] #tag {data}``)."""
    return opening_title(stripped) is not None


def _fill(element: Element, path, custom: dict[str, str]) -> None:
    text = " ".join(p.strip() for p in element.parts)
    head = opening_title(text)
    if head is not None:
        element.is_argument = head[0]
        element.title = " ".join(restore(head[1]).split())
        element.titled = bool(element.title)
        element.defined = head[2]
        text = head[3]
    else:
        element.is_argument = False
    text, element.data = split_data(text)
    tags: list[str] = []
    kept: list[str] = []
    done = 0
    for start, end, raw in tags_in(text):
        tag = restore(" ".join(raw.split()))
        if tag and tag not in tags:
            tags.append(tag)
        kept += [text[done:start], " "]
        done = end
    element.tags = tags
    text = "".join(kept) + text[done:]
    element.text = restore(" ".join(apply_shortcodes(markdown(text), custom).split()))
