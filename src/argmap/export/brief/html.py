"""A brief as one self-contained HTML page (no scripts, no remote loads); also the PDF's source."""

from __future__ import annotations

from html import escape

from argmap.export.brief.document import Bullet, Element, Heading, Para, Quote, Run

STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK JP", "IPAGothic", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       max-width: 46em; margin: 2em auto; color: #1d1d1f; }
h1 { font-size: 20pt; margin-bottom: 0.3em; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
h3 { font-size: 12.5pt; margin-top: 1em; margin-bottom: 0.2em; }
h4 { font-size: 11pt; margin: 0.6em 0 0.1em 0; }
blockquote { margin: 0.2em 0 0.6em 1.2em; padding-left: 0.6em; border-left: 3px solid #888; color: #333; }
ul { margin-top: 0.2em; }
"""


def runs(parts: tuple[Run, ...]) -> str:
    tags = {"b": ("<b>", "</b>"), "i": ("<i>", "</i>")}
    out = []
    for text, style in parts:
        start, end = tags.get(style, ("", ""))
        out.append(f"{start}{escape(text)}{end}")
    return "".join(out)


def to_html(doc: list[Element], *, style: str = STYLE, lang: str = "en") -> str:
    """The page; ``lang`` (a BCP 47 code) lets browsers pick the language's fonts and line breaking."""
    title = next((e.text for e in doc if isinstance(e, Heading)), "Brief")
    body: list[str] = []
    open_list = False
    for e in doc:
        if open_list and not isinstance(e, Bullet):
            body.append("</ul>")
            open_list = False
        if isinstance(e, Heading):
            level = min(e.level + 1, 6)
            body.append(f"<h{level}>{escape(e.text)}</h{level}>")
        elif isinstance(e, Para):
            body.append(f"<p>{runs(e.runs)}</p>")
        elif isinstance(e, Bullet):
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{runs(e.runs)}</li>")
        elif isinstance(e, Quote):
            body.append(f"<blockquote>{escape(e.text)}</blockquote>")
    if open_list:
        body.append("</ul>")
    return (
        f"<!DOCTYPE html>\n<html lang=\"{escape(lang)}\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
