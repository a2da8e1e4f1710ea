"""The part of YAML that Argdown front matter uses, read without a YAML library.

argmap needs the front matter's ``title`` and ``description`` and the ``model: shortcodes:`` a file
defines. This reads block mappings nested by indentation, plain scalars (also over several lines),
quoted scalars and block scalars (``>`` folded, ``|`` literal, with ``-``/``+`` chomping); a flow
collection (``{...}``, ``[...]``) is kept as its text. Everything else is kept as text too: what
argmap does not use it does not have to understand. Time is linear in the number of lines.
"""

from __future__ import annotations

import json
import re

Value = str | dict[str, "Value"]


class BlockScalar(str):
    """A ``>`` or ``|`` value: YAML ends it with a line break, which a title or description does not want."""

_BLOCK = re.compile(r"^([|>])([+-]?)(\d?)([+-]?)\s*(?:#.*)?$")


def read_front_matter(lines: list[str]) -> dict[str, Value]:
    """The mapping written in ``lines`` (the front matter without its ``===`` fences)."""
    mapping, _end = _mapping(lines, 0, _indent_of(lines, 0))
    return mapping


def _indent_of(lines: list[str], start: int) -> int:
    for line in lines[start:]:
        if line.strip() and not line.lstrip().startswith("#"):
            return len(line) - len(line.lstrip(" "))
    return 0


def _mapping(lines: list[str], start: int, indent: int) -> tuple[dict[str, Value], int]:
    """Read ``key: value`` lines at ``indent`` from ``start``; returns the mapping and the first line after it."""
    result: dict[str, Value] = {}
    i = start
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        here = len(line) - len(line.lstrip(" "))
        if here < indent:
            break
        pair = _key_value(line.strip())
        if here > indent or pair is None:
            i += 1  # not a key at this level (a list item, a stray line): skipped
            continue
        key, value = pair
        i += 1
        block = _BLOCK.match(value)
        if block:
            text, i = _block_scalar(lines, i, indent, block)
            result[key] = text
        elif value and not value.startswith("#"):
            text, i = _plain(lines, i, indent, value)
            result[key] = text
        else:
            child = _indent_of(lines, i)
            if child > indent:
                result[key], i = _mapping(lines, i, child)
            else:
                result[key] = ""
    return result, i


def _key_value(text: str) -> tuple[str, str] | None:
    """``key: value`` split at the first colon followed by a space or the end (string scans, no backtracking)."""
    if text.startswith(("- ", "#", "{", "[")) or text == "-":
        return None
    start = 0
    if text[:1] in "\"'":
        close = text.find(text[0], 1)
        while close > 0 and text[0] == '"' and text[close - 1] == "\\":
            close = text.find('"', close + 1)
        if close < 0:
            return None
        start = close + 1
    colon = text.find(":", start)
    while colon >= 0 and colon + 1 < len(text) and text[colon + 1] not in " \t":
        colon = text.find(":", colon + 1)
    if colon < 0:
        return None
    return _unquote(text[:colon].strip()), text[colon + 1 :].strip()


def _block_scalar(lines: list[str], i: int, indent: int, block: re.Match[str]) -> tuple[str, int]:
    style, chomp = block.group(1), block.group(2) or block.group(4)
    body: list[str] = []
    width = int(block.group(3)) + indent if block.group(3) else None
    while i < len(lines):
        line = lines[i]
        if line.strip():
            here = len(line) - len(line.lstrip(" "))
            if here <= indent:
                break
            width = here if width is None else width
            body.append(line[width:] if here >= width else line.lstrip(" "))
        else:
            body.append("")
        i += 1
    content = list(body)
    while content and not content[-1]:
        content.pop()
    trailing = len(body) - len(content)
    if style == "|":
        text = "\n".join(content)
    else:  # folded: a line break between two lines of text becomes a space, an empty line a line break
        text, previous_blank = "", True
        for line in content:
            if not line:
                text += "\n"
                previous_blank = True
            else:
                text += ("" if previous_blank else " ") + line
                previous_blank = False
    if chomp == "-" or not text:
        return BlockScalar(text), i
    return BlockScalar(text + ("\n" * (trailing + 1) if chomp == "+" else "\n")), i


def _plain(lines: list[str], i: int, indent: int, value: str) -> tuple[str, int]:
    """A scalar on the key's line, continued on more-indented lines (folded with spaces)."""
    parts = [value]
    while i < len(lines) and lines[i].strip() and len(lines[i]) - len(lines[i].lstrip(" ")) > indent:
        parts.append(lines[i].strip())
        i += 1
    text = " ".join(parts)
    if text.startswith(("{", "[")):
        return text, i
    return _unquote(text), i


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            return json.loads(text)
        except ValueError:
            return text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    comment = text.find(" #")
    return text[:comment].rstrip() if comment >= 0 else text


def shortcodes(front: dict[str, Value]) -> dict[str, str]:
    """``model: shortcodes: {":bomb:": {unicode: "💣"}}`` as ``{":bomb:": "💣"}``."""
    model = front.get("model")
    codes = model.get("shortcodes") if isinstance(model, dict) else None
    found: dict[str, str] = {}
    if isinstance(codes, dict):
        for code, info in codes.items():
            unicode = info.get("unicode") if isinstance(info, dict) else _flow_unicode(info)
            if isinstance(unicode, str) and code:
                found[code] = unicode
    return found


def _flow_unicode(text: str) -> str | None:
    match = re.search(r"""\bunicode\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,}\s]+)""", text)
    return _unquote(match.group(1)) if match else None


class _All(frozenset):
    """Every title (``untitled: all``: no statement of the file has a title of its own)."""

    def __contains__(self, item: object) -> bool:
        return True


ALL: set[str] = _All()  # type: ignore[assignment]


def untitled_ids(front: dict[str, Value]) -> set[str]:
    """``argmap: {untitled: ["s1", ...]}``: the titles argmap's writer gave statements that have no title
    (their ids), so that reading its file back does not make those ids titles."""
    block = front.get("argmap")
    raw = block.get("untitled") if isinstance(block, dict) else None
    if not isinstance(raw, str):
        return set()
    if raw == "all":
        return ALL
    try:
        found = json.loads(raw)
    except ValueError:
        return set()
    return {x for x in found if isinstance(x, str)} if isinstance(found, list) else set()
