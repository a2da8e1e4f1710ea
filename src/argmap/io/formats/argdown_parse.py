"""Argdown text -> a plain outline: statements, arguments, relations and premise-conclusion structures.

This module only parses; :mod:`argmap.io.formats.argdown` turns the outline into a map.
Supported: ``[Title]: text`` statements, ``<Title>: text`` arguments, plain paragraphs and
``*`` list items (untitled statements), indented relation lines (``+ - +> -> <+ <- _> <_ ><``),
numbered premise-conclusion structures with ``--``/``----`` inference lines, ``#tags`` and
``#(tags with spaces)``, a trailing ``{yaml}`` block, headings, ``===`` front matter,
``//``, ``/* */`` and ``<!-- -->`` comments, ``\\`` escapes and simple Markdown emphasis.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from argmap.file_errors import MapFileError

#: Relation markers: which way the relation runs from the line's element and what it is.
#: "in" = the element on the line bears on its parent; "out" = the parent bears on the element.
MARKERS: dict[str, tuple[str, str]] = {
    "+>": ("out", "support"), "->": ("out", "attack"), "_>": ("out", "undercut"),
    "<+": ("in", "support"), "<-": ("in", "attack"), "<_": ("in", "undercut"),
    "><": ("in", "contradiction"), "+": ("in", "support"), "-": ("in", "attack"),
}
_RELATION = re.compile(r"^(\+>|->|_>|<\+|<-|<_|><|\+|-)(?:\s+(.*)|\s*$)")
_PCS_ITEM = re.compile(r"^\((\d+)\)\s*(.*)$")
_INFERENCE = re.compile(r"^-{2,}\s*$")
_HEADING = re.compile(r"^#{1,6}\s")
_LIST_ITEM = re.compile(r"^\*\s+(.*)$")
_HEAD = re.compile(r"^(\[|<)([^\]>]*)(?:\]|>)(?::\s*(.*))?$", re.DOTALL)
# A tag: "#" after a space or at the start, then "(anything up to the first ')')" or word characters.
_TAG_START = re.compile(r"(?<!\S)#")
_TAG_WORD = re.compile(r"[\w-]+")
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


@dataclass
class Relation:
    source: Element
    target: Element
    kind: str  # support, attack, undercut, contradiction
    line: int


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


@dataclass
class Outline:
    title: str | None = None
    description: str | None = None
    elements: list[Element] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    structures: list[Structure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


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


def restore(text: str) -> str:
    return "".join(chr(ord(c) - _PLACEHOLDER) if _PLACEHOLDER < ord(c) < _PLACEHOLDER + 128 else c for c in text)


def _front_matter(lines: list[str], outline: Outline, path) -> int:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "===":
        return 0
    for end in range(first + 1, len(lines)):
        if lines[end].strip() == "===":
            for line in lines[first + 1 : end]:
                key, colon, value = line.partition(":")
                if colon and key in ("title", "description") and value:
                    # what r"^(title|description):\s*(.+?)\s*$" captured, without its backtracking over
                    # a run of spaces (square time): the value stripped, or its last character if all space
                    setattr(outline, key, _yaml_scalar(value.strip() or value[-1]))
            return end + 1
    raise MapFileError(path, "the front matter opened with '===' is never closed", f"line {first + 1}")


def _yaml_scalar(value: str) -> str:
    if value.startswith('"'):
        try:
            return json.loads(value)
        except ValueError:
            return value.strip('"')
    return value.strip("'")


_COMMENT_START = re.compile(r"/\*|<!--|(?:^|(?<=\s))//")


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
            return
        if self.structure is not None and self.structure.rule_open:
            if _INFERENCE.match(stripped):
                self.structure.rule_open = False
                self.structure.conclusion_next = True
            return  # the inference rule's text is not imported
        if indent == 0 and _HEADING.match(stripped):
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
        if _INFERENCE.match(stripped) and self.structure is not None:
            self.finish_element()
            self.stack.clear()
            if len(stripped) >= 4:
                self.structure.conclusion_next = True
            else:
                self.structure.rule_open = True
            return
        item = _PCS_ITEM.match(stripped)
        if item and (self.after_blank or self.structure is not None or self.current is None or indent == 0):
            self.pcs_item(item.group(2), indent, number)
            return
        relation = _RELATION.match(stripped)
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

    def pcs_item(self, text: str, indent: int, number: int) -> None:
        self.finish_element()
        if self.structure is None:
            argument = self.last_top if self.last_top is not None and self.last_top.is_argument else None
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
            structure.pending = [element]  # an intermediate conclusion is a premise of the next step
            structure.conclusion_next = False
        else:
            structure.pending.append(element)
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

    def relation(self, marker: str, text: str, indent: int, number: int) -> None:
        if not text.strip():
            self.fail(number, f"the relation '{marker}' is not followed by a statement or argument")
        self.finish_element()
        while self.stack and self.stack[-1][0] >= indent:
            self.stack.pop()
        if not self.stack:
            self.fail(number, f"the relation '{marker}' is indented less than the statement it should attach to")
        parent = self.stack[-1][1]
        element = Element(is_argument=text.startswith("<"), line=number, parts=[text.strip()])
        direction, kind = MARKERS[marker]
        source, target = (element, parent) if direction == "in" else (parent, element)
        self.outline.relations.append(Relation(source, target, kind, number))
        self.current = element
        self.stack.append((indent, element))
        self.after_blank = False

    def finish_element(self) -> None:
        element = self.current
        if element is None:
            return
        self.current = None
        _fill(element, self.path)
        self.outline.elements.append(element)


def _starts_element(stripped: str) -> bool:
    """A line at the margin that opens a new statement or argument (``[T]: ...`` or ``<T>``)."""
    match = _HEAD.match(stripped)
    return match is not None and (match.group(3) is not None or stripped.endswith(("]", ">")))


def _fill(element: Element, path) -> None:
    text = " ".join(p.strip() for p in element.parts)
    head = _HEAD.match(text)
    if head and (head.group(3) is not None or text.endswith(("]", ">"))):
        element.is_argument = head.group(1) == "<"
        element.title = " ".join(restore(head.group(2)).split())
        element.titled = bool(element.title)
        element.defined = head.group(3) is not None
        text = head.group(3) or ""
    else:
        element.is_argument = False
    text, element.data = _split_data(text)
    tags: list[str] = []
    kept: list[str] = []
    done = 0
    for start, end, raw in _tags(text):
        tag = restore(" ".join(raw.split()))
        if tag and tag not in tags:
            tags.append(tag)
        kept += [text[done:start], " "]
        done = end
    element.tags = tags
    text = "".join(kept) + text[done:]
    element.text = restore(" ".join(_markdown(text).split()))


def _tags(text: str) -> list[tuple[int, int, str]]:
    """Each ``#tag`` and ``#(tag with spaces)`` as (start, end, tag): what ``(?<!\\S)#(?:\\(([^)]*)\\)|([\\w-]+))``
    finds, but a ``#(`` that is never closed costs one look (the regex rescans the rest of the text from each)."""
    found: list[tuple[int, int, str]] = []
    closes = [m.start() for m in re.finditer(r"\)", text)]
    done = 0
    for match in _TAG_START.finditer(text):
        start = match.start()
        if start < done:
            continue
        if text.startswith("(", start + 1):
            index = bisect_left(closes, start + 2)
            if index < len(closes):
                found.append((start, closes[index] + 1, text[start + 2 : closes[index]]))
                done = closes[index] + 1
            continue  # "#(" never closed: not a tag ("(" is no word character either)
        word = _TAG_WORD.match(text, start + 1)
        if word:
            found.append((start, word.end(), word.group()))
            done = word.end()
    return found


def _split_data(text: str) -> tuple[str, str]:
    """Split off a trailing ``{yaml}`` block (braces balanced)."""
    stripped = text.rstrip()
    if not stripped.endswith("}"):
        return text, ""
    depth = 0
    for i in range(len(stripped) - 1, -1, -1):
        if stripped[i] == "}":
            depth += 1
        elif stripped[i] == "{":
            depth -= 1
            if depth == 0:
                return stripped[:i], stripped[i:]
    return text, ""


def _markdown(text: str) -> str:
    """Plain text of simple Markdown: emphasis markers and links.

    Each step finds exactly what these regular expressions would, applied one after the other:
    ``\\[([^\\]]*)\\]\\((?:[^)\\s]*)\\)`` -> ``\\1``, then ``(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1``, then
    ``(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])`` and the same with ``_`` -> the text between.
    Those expressions rescan the rest of the line from every opening mark that is never closed
    (time growing with the square of the line); here every mark is looked at a fixed number of times.
    """
    text = _links(text)
    text = _emphasis(text, _STRONG_OPEN, _STRONG_CLOSE, 2)
    text = _emphasis(text, _EM_OPEN["*"], _EM_CLOSE["*"], 1)
    return _emphasis(text, _EM_OPEN["_"], _EM_CLOSE["_"], 1)


# Where a mark may open or close emphasis: each is a fixed-width test at one place, so a search is linear.
_STRONG_OPEN = re.compile(r"(?=(\*\*|__)\S)")
_STRONG_CLOSE = re.compile(r"(?<=\S)(?=(\*\*|__))")
_EM_OPEN = {c: re.compile(rf"(?<![\w{c}]){re.escape(c)}(?=\S)") for c in "*_"}
_EM_CLOSE = {c: re.compile(rf"(?<=\S){re.escape(c)}(?![\w{c}])") for c in "*_"}
_TARGET_STOP = re.compile(r"[)\s]")


def _emphasis(text: str, opener: re.Pattern[str], closer: re.Pattern[str], width: int) -> str:
    """Replace each emphasis (an opening mark, at least one character on the same line, the nearest
    closing mark of the same kind) by the text between, scanning left to right as ``re.sub`` does."""
    closes: dict[str, list[int]] = {}
    for match in closer.finditer(text):
        closes.setdefault(text[match.start() : match.start() + width], []).append(match.start())
    if not closes:
        return text
    out: list[str] = []
    done = 0  # text[:done] is settled
    newline = -1  # the first line break at or after the last place looked from
    for match in opener.finditer(text):
        start = match.start()
        if start < done:
            continue  # inside an emphasis already replaced (re.sub goes on after a match)
        mark = text[start : start + width]
        positions = closes.get(mark)
        if not positions:
            continue
        first = bisect_left(positions, start + width + 1)  # at least one character between the marks
        if first == len(positions):
            continue
        end = positions[first]
        if newline < start + width:
            newline = text.find("\n", start + width)
            if newline < 0:
                newline = len(text)
        if newline < end:
            continue  # "." does not match a line break
        out.append(text[done:start])
        out.append(text[start + width : end])
        done = end + width
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _links(text: str) -> str:
    """``[label](target)`` -> ``label``: the label holds no ``]``, the target no ``)`` and no space."""
    closes = [m.start() for m in re.finditer(r"\]", text)]
    if not closes:
        return text
    out: list[str] = []
    done = 0
    scanned_from, stop = -1, -1  # the last scan of a target: from scanned_from, the first ")" or space is at stop
    position = text.find("[")
    while position >= 0:
        index = bisect_left(closes, position + 1)
        if index == len(closes):
            break  # no "]" after this "[": none after any later one either
        close = closes[index]
        if text.startswith("(", close + 1):
            if not scanned_from <= close + 2 <= stop:  # a scan that started earlier and went past here ends at the same place
                found = _TARGET_STOP.search(text, close + 2)
                scanned_from, stop = close + 2, found.start() if found else len(text)
            if text.startswith(")", stop):
                out.append(text[done:position])
                out.append(text[position + 1 : close])
                done = stop + 1
                position = text.find("[", done)
                continue
        position = text.find("[", close + 1)  # every "[" before this "]" would end at it too
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)
