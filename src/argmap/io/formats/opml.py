"""OPML (outliners: OmniOutliner, Workflowy, Dynalist, Logseq, mind-map tools) <-> ArgumentMap.

The same tree as the Markdown outline (:mod:`argmap.io.formats.outline`): ``<head><title>`` is the
map title, each ``<outline text="...">`` a statement under its parent outline. A text starting with
``Pro:`` or ``Con:`` (also ``For:``/``Against:``, or ``+ ``/``- `` in a file that uses ``+ ``) gives
the relation; ``_note`` (the common outliner attribute) holds the notes; ``title`` a statement's
title; a text ``[[name]]`` links to a statement already there. Written the same way, so that it
reads back to the same map (ids aside); argmap writes the description as ``<description>`` in
the head. Lost: kinds (recomputed), linked groups, sources, tags, scores, positions; a statement
whose own text is ``[[...]]`` comes back as a link.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import quoteattr

from argmap.file_errors import MapFileError
from argmap.io.formats.common import ImportResult, check_import_size, decode_text
from argmap.io.formats.outline import Item, build_map
from argmap.io.formats.outline_write import PREFIX, entries, link_name

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML 1.0 cannot hold these: dropped


def parse_opml(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    from argmap.io.formats import strip_suffix

    check_import_size(data, path)
    text = decode_text(data, path)
    if "<!DOCTYPE" in text or "<!ENTITY" in text:  # OPML needs neither; entities are how XML bombs work
        raise MapFileError(path, "an OPML file with a DOCTYPE or ENTITY declaration is not read")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        raise MapFileError(path, f"invalid XML: {str(exc).split(':')[0]}", f"line {line}, column {column}") from None
    if root.tag != "opml" or root.find("body") is None:
        raise MapFileError(path, "not OPML: expected <opml> with a <body>")
    title = (root.findtext("head/title") or "").strip()
    description = (root.findtext("head/description") or "").strip()
    items: list[Item] = []
    signs = False
    count = 0
    body_element = root.find("body")
    top = list(body_element) if body_element is not None else []
    stack: list[tuple[ET.Element, list[Item]]] = [(child, items) for child in reversed(top)]
    while stack:
        element, siblings = stack.pop()
        if element.tag != "outline":
            continue
        count += 1
        body = element.get("text", "")
        marker = ""
        if siblings is not items and body.startswith(("+ ", "- ")):  # a main claim has no relation to sign
            marker, body = body[0], body[2:]
            signs = signs or marker == "+"
        item = Item(f"outline {count}", body, marker, notes=[element.get("_note", "")] if element.get("_note") else [],
                    title=element.get("title", ""), escaped=False, comment=element.get("_comment", ""),
                    question=element.get("_question", ""), scheme=element.get("_scheme", ""))
        siblings.append(item)
        stack.extend((child, item.children) for child in reversed(element))
    if not items:
        raise MapFileError(path, "no <outline> items in the OPML body")
    return build_map(title or (strip_suffix(path) if path else "OPML import"), description, items, path, signs=signs)


def _attr(value: str) -> str:
    return quoteattr(_XML_INVALID.sub("", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def dumps_opml(amap) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
             f"    <title>{_attr(amap.title)[1:-1]}</title>"]
    if amap.description:
        lines.append(f"    <description>{_attr(amap.description)[1:-1]}</description>")
    lines += ["  </head>", "  <body>"]
    open_depth = -1
    listed = entries(amap)
    for index, entry in enumerate(listed):
        while open_depth >= entry.depth:
            lines.append("  " * (open_depth + 2) + "</outline>")
            open_depth -= 1
        prefix = PREFIX[entry.relation]
        s = amap.statement(entry.statement)
        pad = "  " * (entry.depth + 2)
        scheme = amap.link(entry.statement, entry.parent).scheme if entry.parent is not None else None
        scheme_attr = f" _scheme={_attr(scheme)}" if scheme else ""  # the scheme of the reason this item gives
        if entry.link:
            lines.append(f"{pad}<outline text={_attr(prefix + '[[' + link_name(amap, entry.statement) + ']]')}{scheme_attr}/>")
            continue
        attrs = f"text={_attr(prefix + s.text)}{scheme_attr}"
        if s.title:
            attrs += f" title={_attr(s.title)}"
        if s.notes:
            attrs += f" _note={_attr(s.notes)}"
        if s.comment:  # outliners keep attributes they do not know: argmap's own start with "_", as _note does
            attrs += f" _comment={_attr(s.comment)}"
        if s.question:
            attrs += f" _question={_attr(s.question)}"
        if index + 1 < len(listed) and listed[index + 1].depth > entry.depth:
            lines.append(f"{pad}<outline {attrs}>")
            open_depth = entry.depth
        else:
            lines.append(f"{pad}<outline {attrs}/>")
    while open_depth >= 0:
        lines.append("  " * (open_depth + 2) + "</outline>")
        open_depth -= 1
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"
