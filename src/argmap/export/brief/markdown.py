"""A brief as Markdown that reads well as plain text (no HTML, no tables)."""

from __future__ import annotations

import re

from argmap.export.brief.document import Bullet, Element, Heading, Para, Quote, Run

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text with Markdown's active characters escaped, so a statement's words stay words."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def runs(parts: tuple[Run, ...]) -> str:
    out = []
    for text, style in parts:
        if not text.strip():
            out.append(text)
            continue
        lead, core, trail = text[: len(text) - len(text.lstrip())], text.strip(), text[len(text.rstrip()):]
        mark = {"b": "**", "i": "_"}.get(style, "")
        out.append(f"{lead}{mark}{escape(core)}{mark}{trail}")
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
