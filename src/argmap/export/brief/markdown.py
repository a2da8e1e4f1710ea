"""A brief as Markdown that reads well as plain text (no HTML, no tables)."""

from __future__ import annotations

import re
import unicodedata

from argmap.export.brief.document import Bullet, Element, Heading, Para, Quote, Run

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text with Markdown's active characters escaped, so a statement's words stay words."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _closes(core: str, after: str) -> bool:
    """Whether a closing ``**`` or ``_`` between ``core`` and ``after`` closes (CommonMark's right-flanking rule):
    not after punctuation unless before a space, punctuation or the end. Japanese puts no space after
    "立場:", so "**立場:**論題" would print its asterisks."""
    if not core or not unicodedata.category(core[-1]).startswith("P") or not after:
        return True
    return after[0].isspace() or unicodedata.category(after[0])[0] in "PS"


def runs(parts: tuple[Run, ...]) -> str:
    out = []
    for k, (text, style) in enumerate(parts):
        if not text.strip():
            out.append(text)
            continue
        lead, core, trail = text[: len(text) - len(text.lstrip())], text.strip(), text[len(text.rstrip()):]
        mark = {"b": "**", "i": "_"}.get(style, "")
        moved = ""  # punctuation that goes after the closing mark: "**立場**:論題"
        while mark and not _closes(core, moved or trail or next((t for t, _ in parts[k + 1:] if t), "")):
            core, moved = core[:-1], core[-1] + moved
        shown = f"{mark}{escape(core)}{mark}" if core else ""
        out.append(f"{lead}{shown}{escape(moved) if moved else ''}{trail}")
    return "".join(out).strip()


def to_markdown(doc: list[Element]) -> str:
    lines: list[str] = []
    for e in doc:
        if isinstance(e, Heading):
            if lines and lines[-1] != "":
                lines.append("")
            lines += ["#" * (e.level + 1) + " " + escape(e.text), ""]
        elif isinstance(e, Para):
            lines += [runs(e.runs), ""]
        elif isinstance(e, Bullet):
            lines.append("  " * e.level + "- " + runs(e.runs))
        elif isinstance(e, Quote):
            if lines and lines[-1].startswith("- "):
                lines.append("")
            lines += ["> " + escape(e.text), ""]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
