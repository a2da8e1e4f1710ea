"""What a format cannot hold of a map's undercuts, rephrases and shared premises: one warning per kind lost.

:func:`argmap.io.formats.write_any` adds these to its notes, which ``argmap convert`` prints on stderr
and the export dialog shows. Formats that carry all three (argmap, AIF, Argdown, GraphML, and the
DOT and Mermaid drawings) get none, except Argdown for undercuts that involve linked attacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.model.kinds import Relation

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

#: Formats with no attack on a link, no rephrase and no linked reasons: outlines of pros and cons.
OUTLINES = {"kialo": "Kialo", "outline": "A Markdown outline", "opml": "OPML"}


def lost_parts(amap: ArgumentMap, fmt: str) -> list[str]:
    """One warning for each kind of part that writing ``amap`` as ``fmt`` changes (none for most formats)."""
    if fmt == "argdown":
        return _argdown_losses(amap)
    name = OUTLINES.get(fmt)
    if name is None:
        return []
    undercuts = rephrases = shared = 0
    for link in amap.links():
        undercuts += link.is_undercut
        rephrases += link.relation == Relation.REPHRASE
        shared += bool(link.also_in)
    notes = []
    if undercuts:
        notes.append(f"{undercuts} undercut(s) (an attack on a reason, not on its conclusion) are written as plain "
                     f"attacks ('Con') on that conclusion: {name} has no attack on a reason")
    if rephrases:
        notes.append(f"{rephrases} rephrase(s) are written as supports ('Pro') of the statement they restate: "
                     f"{name} has no rephrase")
    if shared:
        notes.append(f"{shared} premise(s) shared by several linked reasons are written once, as a reason of their "
                     f"own: {name} has no linked reasons")
    return notes


def _argdown_losses(amap: ArgumentMap) -> list[str]:
    """Argdown writes linked attacks one by one: an undercut of one, or undercutters linked together, lose the link."""
    of_linked_attack = linked_undercutters = 0
    for link in amap.links():
        if not link.is_undercut:
            continue
        if link.onto_group is not None:
            members = amap.groups(link.target).get(link.onto_group, [])
            of_linked_attack += len(members) >= 2 and amap.link(members[0], link.target).relation == Relation.ATTACK
        linked_undercutters += link.group is not None
    notes = []
    if of_linked_attack:
        notes.append(f"{of_linked_attack} undercut(s) of a linked attack are written as undercuts of its first premise's "
                     "attack: Argdown writes linked attacks one by one")
    if linked_undercutters:
        notes.append(f"{linked_undercutters} undercutting premise(s) linked together are written as separate undercuts: "
                     "Argdown undercuts with one statement or argument at a time")
    return notes
