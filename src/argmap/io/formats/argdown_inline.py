"""Argdown's inline text: the title that opens an element, ``#tags``, a trailing ``{data}`` block, shortcodes and
simple Markdown (emphasis and links).

Each reading looks at every character a fixed number of times (a regular expression for the same would rescan the
rest of a line from every mark that is never closed: time growing with the square of the line).
:mod:`argmap.io.formats.argdown_parse` uses them on each line and element it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_HEAD_START = re.compile(r"(\[|<)([^\]>]*)(?:\]|>)")
# A tag: "#" after a space or at the start, then "(anything up to the first ')')" or word characters.
_TAG_START = re.compile(r"(?<!\S)#")
_TAG_WORD = re.compile(r"[\w-]+")


def opening_title(text: str) -> tuple[bool, str, bool, str] | None:
    """``(is_argument, title, defined, rest)`` of a text opening with a title: a definition ``[T]: rest``,
    or a reference ``[T]``/``<T>`` followed by nothing but tags and a data block (the way the Argdown
    guide writes ``<A> #pro`` or ``[T] {isInMap: false}``); None for prose that starts with a bracket."""
    head = _HEAD_START.match(text)
    if head is None:
        return None
    rest = text[head.end():]
    if rest.startswith(":"):
        return head.group(1) == "<", head.group(2), True, rest[1:].lstrip()
    body, _data = split_data(rest)
    leftover, done = [], 0
    for start, end, _tag in tags_in(body):
        leftover.append(body[done:start])
        done = end
    leftover.append(body[done:])
    if "".join(leftover).strip():
        return None
    return head.group(1) == "<", head.group(2), False, rest


#: Argdown's shortcodes (@argdown/core 1.7.5, plugins/shortcodes.js, MIT): ``.A.`` or ``:A:`` for ∀ and so on.
# (the bold sans-serif O and P and the logical or that looks like a v are what Argdown writes, hence the escapes)
_SHORTCODE_UNICODE = {
    "A": "∀", "E": "∃", "O": "\U0001d5e2", "P": "\U0001d5e3", "->": "→", "<->": "↔", "~": "¬", "^": "∧", "v": "\u2228",
    "v_": "⊻",
    "<>": "◇", "[]": "◻", "happy": "😀", "smiley": "☺", "laugh": "😆", "lol": "😆", "rofl": "🤣", "joy": "😂",
    "heart": "❤", "?": "❓", "question": "❓", "love": "😍", "wink": "😉", "shush": "🤫", "meh": "😐", "eye-roll": "🙄",
    "sad": "😢", "disappointed": "😞", "scream": "😱", "+1": "👍", "up": "👍", "-1": "👎", "down": "👎", "think": "🤔",
    "star": "⭐", "y": "✔", "agree": "✔", "n": "❌", "disagree": "❌",
}
SHORTCODES = {f"{m}{name}{m}": char for name, char in _SHORTCODE_UNICODE.items() for m in ".:"} | {":smile:": "☺️", ".smile.": "☺"}
# What Argdown's lexer takes for a shortcode: from a "." or ":" to the next one, with no space between.
SHORTCODE = re.compile(r"\.[^\s.]+\.|:[^\s:]+:|\.\.\.|::")


def apply_shortcodes(text: str, custom: dict[str, str]) -> str:
    if "." not in text and ":" not in text:
        return text
    return SHORTCODE.sub(lambda m: custom.get(m.group()) or SHORTCODES.get(m.group(), m.group()), text)


def tags_in(text: str) -> list[tuple[int, int, str]]:
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


def split_data(text: str) -> tuple[str, str]:
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


def markdown(text: str) -> str:
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
