"""A map's comments on their own: the feedback sheet ``argmap export MAP OUT.md --comments`` writes.

Its words are English templates marked for translation (context "Comments"); the command line
passes ``say``, its translation, so that the sheet is in the language chosen (``--language``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from argmap.model import ArgumentMap, Kind

TRANSLATION_CONTEXT = "Comments"  # the command line translates the N() strings below (cli/export.py)


def N(text: str) -> str:  # marks a string for translation (docs/translating.md); this module has no Qt
    return text


KIND_NAMES = {Kind.CLAIM: N("claim"), Kind.SUPPORT: N("support"), Kind.OBJECTION: N("objection"),
              Kind.REBUTTAL: N("rebuttal"), Kind.EVIDENCE: N("evidence")}


def _same(text: str) -> str:
    return text


def _fill(template: str, *values: str) -> str:
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)


def comments_text(amap: ArgumentMap, *, markdown: bool = True, say: Callable[[str], str] = _same) -> str:
    """Every commented statement in map order, with its kind, its text and the comment (``say``: the translation).

    >>> m = ArgumentMap("Walk?")
    >>> _ = m.add("claim", "We should walk.", id="c", comment="Say who 'we' is.")
    >>> print(comments_text(m, markdown=False))
    Comments on "Walk?"
    <BLANKLINE>
    1. claim c: We should walk.
       Comment: Say who 'we' is.
    <BLANKLINE>
    """
    commented = [s for s in amap.statements() if s.comment.strip()]
    if markdown:
        lines = ["# " + _fill(say(N("Comments on “%1”")), amap.title), ""]
        if not commented:
            lines += [say(N("No statement has a comment.")), ""]
        for n, s in enumerate(commented, start=1):
            lines += [f"{n}. **{say(KIND_NAMES[s.kind])}** `{s.id}`: {' '.join(s.text.split())}", ""]
            lines += ["   > " + line if line.strip() else "   >" for line in s.comment.splitlines()]
            lines.append("")
        return "\n".join(lines)
    lines = [_fill(say(N('Comments on "%1"')), amap.title), ""]
    if not commented:
        lines += [say(N("No statement has a comment.")), ""]
    label = say(N("Comment: "))
    for n, s in enumerate(commented, start=1):
        lines.append(f"{n}. {say(KIND_NAMES[s.kind])} {s.id}: {' '.join(s.text.split())}")
        body = s.comment.splitlines() or [""]
        lines.append(f"   {label}{body[0]}")
        lines += [" " * (3 + _width(label)) + line for line in body[1:]]
        lines.append("")
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font: East Asian wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
