"""Write-only text diagrams: Graphviz DOT and Mermaid flowcharts.

Ids are generated (letters, digits, ``_``) so no statement id can break the syntax, and every
label is quoted and escaped. The claim is on top (arrows point up, as in the editor).
Linked co-premises meet in a small junction dot before the arrow to their target.
"""

from __future__ import annotations

import textwrap

from argmap.io.formats.common import SafeIds, linked_group, safe_id
from argmap.model.kinds import Kind, Relation

#: Fill colours by kind (light, so black text stays readable when projected).
FILL = {
    Kind.CLAIM: "#dbe9f6",
    Kind.SUPPORT: "#dcefd9",
    Kind.OBJECTION: "#f8d9d6",
    Kind.REBUTTAL: "#fbe5c8",
    Kind.EVIDENCE: "#e6e0f1",
}
STROKE = {Relation.SUPPORT: "#2e7d32", Relation.ATTACK: "#c62828"}
WRAP = 32


def _wrapped(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, WRAP, break_long_words=True, break_on_hyphens=False) or [""]
    return lines


def dot_string(text: str) -> str:
    """A DOT quoted string: backslashes, quotes and ``&`` (Graphviz reads entities) escaped, control characters dropped.

    U+FFFE and U+FFFF are dropped too: Graphviz would copy them into SVG, which XML cannot hold.
    """
    text = "".join(c for c in text if (c >= " " or c == "\n") and c not in "\ufffe\uffff").replace("&", "&amp;")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _junctions(amap) -> tuple[dict[tuple[str, str], str], list[tuple[str, str, Relation]]]:
    """One junction per linked group: (target, group) -> junction name, and (junction, target, relation)."""
    names: dict[tuple[str, str], str] = {}
    joins: list[tuple[str, str, Relation]] = []
    for link in amap.links():
        if linked_group(amap, link) is not None and (link.target, link.group) not in names:
            name = f"j{len(names) + 1}"
            names[(link.target, link.group)] = name
            joins.append((name, link.target, link.relation))
    return names, joins


def dumps_dot(amap) -> str:
    ids = SafeIds()
    lines = [
        "digraph argmap {",
        f"  graph [rankdir=BT, charset=\"UTF-8\", labelloc=t, fontname=\"Helvetica\", label={dot_string(amap.title)}];",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#555555"];',
        "  edge [penwidth=1.4];",
    ]
    for s in amap.statements():
        label = "\\n".join(dot_string(line)[1:-1] for line in _wrapped(s.text))
        head = s.kind.value.upper()
        lines.append(f'  {safe_id(s.id, ids)} [label="{head}\\n{label}", fillcolor="{FILL[s.kind]}"];')
    junctions, joins = _junctions(amap)
    for name, _target, relation in joins:
        lines.append(f'  {name} [shape=point, width=0.08, color="{STROKE[relation]}"];')
    for link in amap.links():
        colour = STROKE[link.relation]
        style = ", style=dashed" if link.relation == Relation.ATTACK else ""
        if (link.target, link.group) in junctions:
            junction = junctions[(link.target, link.group)]
            lines.append(f'  {safe_id(link.source, ids)} -> {junction} [arrowhead=none, color="{colour}"{style}];')
        else:
            lines.append(f'  {safe_id(link.source, ids)} -> {safe_id(link.target, ids)} [color="{colour}"{style}];')
    for name, target, relation in joins:
        style = ", style=dashed" if relation == Relation.ATTACK else ""
        lines.append(f'  {name} -> {safe_id(target, ids)} [color="{STROKE[relation]}"{style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


#: Characters that mean something inside a Mermaid label; written as ``#code;`` entities.
MERMAID_SPECIAL = set('"#&<>[]{}|\\`;')


def _mermaid_code(c: str) -> str:
    """``c``, or its entity code when it means something to Mermaid or would end a line (JavaScript ends lines at U+2028)."""
    if c in MERMAID_SPECIAL or c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029":
        return f"#{ord(c)};"
    return c


def mermaid_label(text: str) -> str:
    """A Mermaid node label (to go inside ``["..."]``): specials as entity codes, lines as ``<br/>``."""
    return "<br/>".join("".join(map(_mermaid_code, line)) for line in _wrapped(text))


def mermaid_comment(text: str) -> str:
    """``text`` as one safe Mermaid comment line: no line break, and no brace, so it cannot be a ``%%{init}%%`` directive.

    Mermaid looks for directives anywhere in the text, comments included.
    """
    return "".join(f"#{ord(c)};" if c in "{}" else _mermaid_code(c) for c in " ".join(text.split()))


def dumps_mermaid(amap) -> str:
    ids = SafeIds()
    lines = [f"%% {mermaid_comment(amap.title)}", "flowchart BT"]
    for s in amap.statements():
        lines.append(f'  {safe_id(s.id, ids)}["{mermaid_label(s.text)}"]:::{s.kind.value}')
    junctions, joins = _junctions(amap)
    for name, _target, _relation in joins:
        lines.append(f'  {name}((" "))')
    styles: list[str] = []
    for link in amap.links():
        arrow = "-->" if link.relation == Relation.SUPPORT else "--x"
        if (link.target, link.group) in junctions:
            lines.append(f"  {safe_id(link.source, ids)} --- {junctions[(link.target, link.group)]}")
        else:
            lines.append(f"  {safe_id(link.source, ids)} {arrow} {safe_id(link.target, ids)}")
        styles.append(STROKE[link.relation])
    for name, target, relation in joins:
        arrow = "-->" if relation == Relation.SUPPORT else "--x"
        lines.append(f"  {name} {arrow} {safe_id(target, ids)}")
        styles.append(STROKE[relation])
    for index, colour in enumerate(styles):
        lines.append(f"  linkStyle {index} stroke:{colour},stroke-width:1.5px")
    for kind, fill in FILL.items():
        lines.append(f"  classDef {kind.value} fill:{fill},stroke:#555555,color:#000000")
    return "\n".join(lines) + "\n"


#: Mermaid's default limits (its ``maxEdges`` and ``maxTextSize``): above either it draws no diagram, only an error.
MERMAID_MAX_EDGES = 500
MERMAID_MAX_TEXT = 50_000


def mermaid_notes(text: str) -> list[str]:
    """Warnings for Mermaid text over Mermaid's default limits, each saying how to raise the limit.

    Both limits are "secure" settings: a ``%%{init}%%`` line in the diagram cannot raise them, only
    whoever runs Mermaid can (``mermaid.initialize`` in a page, a config file for mermaid-cli).
    """
    edges = text.count("\n  linkStyle ")  # one style line per link drawn
    size = len(text.encode("utf-16-le")) // 2  # Mermaid measures JavaScript string length
    notes = []
    if edges > MERMAID_MAX_EDGES:
        wanted = -(-edges // 100) * 100
        notes.append(
            f"the diagram has {edges:,} links; Mermaid draws at most {MERMAID_MAX_EDGES} by default and shows an error "
            f"instead. Raise maxEdges where Mermaid runs: mermaid.initialize({{maxEdges: {wanted}}}) in a web page, or "
            f'{{"maxEdges": {wanted}}} in a config file given to mermaid-cli with -c (a %%{{init}}%% line cannot raise it; '
            f"sites such as GitHub keep the default, so export a branch or an image there)")
    if size > MERMAID_MAX_TEXT:
        wanted = -(-size // 10_000) * 10_000
        notes.append(
            f"the diagram is {size:,} characters long; Mermaid reads at most {MERMAID_MAX_TEXT:,} by default and shows an "
            f"error instead. Raise maxTextSize where Mermaid runs: mermaid.initialize({{maxTextSize: {wanted}}}) in a web "
            f'page, or {{"maxTextSize": {wanted}}} in a config file given to mermaid-cli with -c (a %%{{init}}%% line '
            f"cannot raise it; sites such as GitHub keep the default, so export a branch or an image there)")
    return notes
