"""What a format cannot hold of a map's version-2 parts: one warning per kind of part lost, with how many.

The parts: statement titles, quotes (a passage of a source document) and the map's source documents,
comments, critical questions, argument schemes, linked reasons (from version 1, but lost by the outlines
too), undercuts, rephrases, premises shared by several linked reasons, and the map's strength semantics
(when it is not the default).
:func:`argmap.io.formats.write_any` adds these warnings to its notes, which ``argmap convert`` prints on
stderr and File > Export… shows in its message: a part is never dropped silently. ``CARRIES`` says which
parts each format writes and reads back (``tests/io/formats/test_version2_parts.py`` checks both halves:
what is carried comes back, what is not is warned about).

The sentences are templates (``%1`` the count, ``%2`` the format) marked with ``N()`` for translation in
the context ``Formats``: the command line says them in its language (``cli/language.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from argmap.model.kinds import Relation

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

TRANSLATION_CONTEXT = "Formats"


def N(text: str) -> str:
    return text


PARTS = ("title", "quote", "document", "comment", "question", "scheme", "linked", "undercut", "rephrase", "shared",
         "semantics")

#: The version-2 parts each format writes and reads back; the others are warned about.
CARRIES: dict[str, frozenset[str]] = {
    "argmap": frozenset(PARTS),
    "graphml": frozenset(PARTS),
    "aif": frozenset({"scheme", "linked", "undercut", "rephrase", "shared"}),
    "argdown": frozenset({"title", "comment", "question", "scheme", "linked", "undercut", "rephrase", "shared"}),
    "kialo": frozenset(),
    "outline": frozenset({"title", "comment"}),
    "opml": frozenset({"title", "comment", "question", "scheme"}),
    # drawings: what the picture shows (the kinds, titles and texts, and every relation; no strengths, so the
    # semantics that works them out is nothing a drawing could lose)
    "dot": frozenset({"title", "linked", "undercut", "rephrase", "shared", "semantics"}),
    "mermaid": frozenset({"title", "linked", "undercut", "rephrase", "shared", "semantics"}),
}

#: How the messages name each format (the second placeholder).
NAMES = {"aif": "AIF", "argdown": "Argdown", "kialo": "Kialo", "outline": N("A Markdown outline"), "opml": "OPML",
         "dot": "DOT", "mermaid": "Mermaid", "graphml": "GraphML", "argmap": "argmap"}

#: One sentence per part lost: %1 how many, %2 the format.
MESSAGES = {
    "title": N("%1 statement title(s) are left out (the texts are written): %2 has no place for a title"),
    "quote": N("%1 quote(s) of a source document are left out (the statements' texts are written): "
               "%2 has no place for a citation"),
    "document": N("%1 source document(s) the map quotes from are left out: %2 has no place for them"),
    "semantics": N("the map's strength semantics is left out (it is read back as the default, DF-QuAD): "
                   "%2 has no place for it"),
    "comment": N("%1 comment(s) on statements are left out: %2 has no place for a comment"),
    "question": N("%1 critical question(s) that objections raise are left out (the objections are written): "
                  "%2 has no place for them"),
    "scheme": N("%1 argument scheme(s) of reasons are left out (the reasons are written): %2 has no argument schemes"),
    "linked": N("%1 linked reason(s) (premises that count only together) are written as separate reasons: "
                "%2 has no linked reasons"),
    "undercut": N("%1 undercut(s) (an attack on a reason, not on its conclusion) are written as plain attacks "
                  "('Con') on that conclusion: %2 has no attack on a reason"),
    "rephrase": N("%1 rephrase(s) are written as supports ('Pro') of the statement they restate: %2 has no rephrase"),
    "shared": N("%1 premise(s) shared by several linked reasons are written once, as a reason of their own: "
                "%2 has no linked reasons"),
}
#: The same for a drawing, which leaves a part out of the picture.
DRAWN_MESSAGES = {
    "quote": N("%1 quote(s) of a source document are not drawn (the statements' texts are): %2 draws no citations"),
    "document": N("%1 source document(s) the map quotes from are not drawn"),
    "comment": N("%1 comment(s) on statements are not drawn: %2 draws no comments"),
    "question": N("%1 critical question(s) that objections raise are not drawn (the objections are)"),
    "scheme": N("%1 argument scheme(s) of reasons are not drawn (the reasons are)"),
}


def part_counts(amap: ArgumentMap) -> dict[str, int]:
    """How many of each version-2 part the map holds (statements or links that have one)."""
    counts = dict.fromkeys(PARTS, 0)
    counts["document"] = len(amap.sources)
    counts["semantics"] = int(amap.semantics != "dfquad")
    for s in amap.statements():
        counts["title"] += bool(s.title)
        counts["quote"] += s.quote is not None
        counts["comment"] += bool(s.comment)
        counts["question"] += bool(s.question)
    counts["linked"] = sum(1 for target in _targets(amap) for m in amap.groups(target).values() if len(m) >= 2)
    for link in amap.links():
        counts["scheme"] += link.scheme is not None
        counts["undercut"] += link.is_undercut
        counts["rephrase"] += link.relation == Relation.REPHRASE
        counts["shared"] += bool(link.also_in)
    return counts


def _targets(amap: ArgumentMap) -> set[str]:
    """Statements some linked reason goes into (a link in a group names its target)."""
    return {link.target for link in amap.links() if link.group is not None}


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``... replaced by ``values`` (from the highest number down, so %1 does not eat %10)."""
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template


def lost_parts(amap: ArgumentMap, fmt: str, say: Callable[[str, str], str] | None = None) -> list[str]:
    """One warning for each kind of part that writing ``amap`` as ``fmt`` leaves out or changes.

    ``say(context, template)`` translates a template (default: English as written).
    """
    tr = say or (lambda _context, text: text)
    carried = CARRIES.get(fmt)
    if carried is None:
        return []
    name = tr(TRANSLATION_CONTEXT, NAMES.get(fmt, fmt))
    drawing = fmt in ("dot", "mermaid")
    notes = []
    for part, count in part_counts(amap).items():
        if count and part not in carried:
            template = DRAWN_MESSAGES.get(part, MESSAGES[part]) if drawing else MESSAGES[part]
            notes.append(fill(tr(TRANSLATION_CONTEXT, template), count, name))
    if fmt == "argdown":
        notes += [fill(tr(TRANSLATION_CONTEXT, template), count) for template, count in _argdown_losses(amap)]
    return notes


def _argdown_losses(amap: ArgumentMap) -> list[tuple[str, int]]:
    """Argdown undercuts with one statement or argument at a time: undercutters linked together lose the link."""
    linked_undercutters = sum(1 for link in amap.links() if link.is_undercut and link.group is not None)
    if not linked_undercutters:
        return []
    return [(N("%1 undercutting premise(s) linked together are written as separate undercuts: "
               "Argdown undercuts with one statement or argument at a time"), linked_undercutters)]
