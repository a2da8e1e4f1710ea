"""Write-only text diagrams: Graphviz DOT and Mermaid flowcharts.

Ids are generated (letters, digits, ``_``) so no statement id can break the syntax, and every
label is quoted and escaped. The claim is on top (arrows point up, as in the editor).
Linked co-premises meet in a small junction dot before the arrow to their target (a shared
premise has a line to the dot of each reason it is in). An undercut's arrow, labelled
"undercut", ends on the dot of the reason it attacks (a plain reason that is undercut gets a dot
halfway). A rephrase is a dashed line without arrowheads, labelled "=".
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from argmap.io.formats.common import SafeIds, safe_id
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


@dataclass
class Reason:
    """One inference drawn: its premises, where its arrow ends, and whether it needs a point of its own."""

    members: list[str] = field(default_factory=list)
    target: str = ""
    relation: Relation = Relation.SUPPORT
    attacks: tuple[str, str, str] | None = None  # an undercut: the key of the reason whose inference it attacks
    point: str | None = None  # the junction (two or more premises) or midpoint (an undercut lands there)


def reasons(amap) -> dict[tuple[str, str, str], Reason]:
    """Every support/attack drawn, keyed ("group", target, name) for a linked reason and ("plain", target, premise)
    otherwise; a shared premise is a member of each of its linked reasons. Reasons with two or more premises,
    and reasons an undercut attacks, get a point: premises meet there, and an undercut's arrow ends there."""
    found: dict[tuple[str, str, str], Reason] = {}
    sizes: dict[str, dict[str, int]] = {}
    for link in amap.links():
        if link.relation == Relation.REPHRASE:
            continue
        if link.group is not None and link.target not in sizes:
            sizes[link.target] = {name: len(m) for name, m in amap.groups(link.target).items()}
        names = [n for n in link.group_names if sizes[link.target][n] >= 2]
        for key in [("group", link.target, n) for n in names] or [("plain", link.target, link.source)]:
            reason = found.setdefault(key, Reason(target=link.target, relation=link.relation))
            reason.members.append(link.source)
            if link.is_undercut:
                reason.attacks = ("plain", link.target, link.onto) if link.onto is not None \
                    else ("group", link.target, link.onto_group or "")
    for reason in found.values():
        if reason.attacks is not None and reason.attacks not in found:  # a linked reason of one: its premise's link
            member = amap.groups(reason.target).get(reason.attacks[2], [""])[0]
            reason.attacks = ("plain", reason.target, member)
    attacked = {r.attacks for r in found.values() if r.attacks is not None}
    for n, reason in enumerate((r for k, r in found.items() if len(r.members) >= 2 or k in attacked), 1):
        reason.point = f"j{n}"
    return found


REPHRASE_STROKE = "#757575"


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
        if s.title:  # the title beside the kind, above the text (as the canvas shows it, in bold there)
            head = "\\n".join(dot_string(line)[1:-1] for line in _wrapped(f"{head} · {s.title}"))
        lines.append(f'  {safe_id(s.id, ids)} [label="{head}\\n{label}", fillcolor="{FILL[s.kind]}"];')
    drawn = reasons(amap)
    for reason in drawn.values():
        if reason.point is not None:
            lines.append(f'  {reason.point} [shape=point, width=0.08, color="{STROKE[reason.relation]}"];')
    for reason in drawn.values():
        colour = STROKE[reason.relation]
        style = ", style=dashed" if reason.relation == Relation.ATTACK else ""
        attacked = drawn[reason.attacks] if reason.attacks is not None else None
        end = attacked.point if attacked is not None and attacked.point else safe_id(reason.target, ids)
        label = ', label="undercut", fontsize=9, fontname="Helvetica"' if attacked is not None else ""
        if reason.point is not None:
            for member in reason.members:
                lines.append(f'  {safe_id(member, ids)} -> {reason.point} [arrowhead=none, color="{colour}"{style}];')
            lines.append(f'  {reason.point} -> {end} [color="{colour}"{style}{label}];')
        else:
            lines.append(f'  {safe_id(reason.members[0], ids)} -> {end} [color="{colour}"{style}{label}];')
    for link in amap.links():
        if link.relation == Relation.REPHRASE:  # no force, no direction: a dashed line marked "="
            lines.append(f'  {safe_id(link.source, ids)} -> {safe_id(link.target, ids)} '
                         f'[dir=none, style=dashed, color="{REPHRASE_STROKE}", label="=", fontname="Helvetica"];')
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
        title = f"<b>{mermaid_label(s.title)}</b><br/>" if s.title else ""  # bold, as the canvas draws a title
        lines.append(f'  {safe_id(s.id, ids)}["{title}{mermaid_label(s.text)}"]:::{s.kind.value}')
    drawn = reasons(amap)
    for reason in drawn.values():
        if reason.point is not None:
            lines.append(f'  {reason.point}((" "))')
    styles: list[str] = []
    for reason in drawn.values():
        arrow = "-->" if reason.relation == Relation.SUPPORT else "--x"
        attacked = drawn[reason.attacks] if reason.attacks is not None else None
        end = attacked.point if attacked is not None and attacked.point else safe_id(reason.target, ids)
        arrow = f"{arrow}|undercut|" if attacked is not None else arrow
        start = reason.point if reason.point is not None else safe_id(reason.members[0], ids)
        if reason.point is not None:
            for member in reason.members:
                lines.append(f"  {safe_id(member, ids)} --- {reason.point}")
                styles.append(STROKE[reason.relation])
        lines.append(f"  {start} {arrow} {end}")
        styles.append(STROKE[reason.relation])
    for link in amap.links():
        if link.relation == Relation.REPHRASE:  # no force, no direction: a dotted line marked "="
            lines.append(f"  {safe_id(link.source, ids)} -.-|=| {safe_id(link.target, ids)}")
            styles.append(REPHRASE_STROKE)
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
