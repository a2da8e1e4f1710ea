"""Checks that point a debater at the weak spots of a map.

Each finding names a statement (or none, for map-wide ones), a stable ``code`` that tools
can filter on, a severity, and a sentence for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from argmap.evaluation.grounded import Label, grounded_labelling
from argmap.model import ArgumentMap, Kind, Relation


class Severity(StrEnum):
    WARNING = "warning"  # most likely needs work before the debate
    INFO = "info"  # worth a look


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    statement_id: str | None
    message: str


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _answered_through_group(amap: ArgumentMap, statement_id: str) -> bool:
    """A co-premise of a linked objection is answered when any of its partners is attacked."""
    for link in (amap.link(statement_id, p) for p in amap.parents(statement_id)):
        if link.group is None:
            continue
        partners = amap.groups(link.target).get(link.group, [])
        if any(amap.children(other, Relation.ATTACK) for other in partners if other != statement_id):
            return True
    return False


def find_issues(amap: ArgumentMap) -> list[Finding]:
    """All findings, in map order: unanswered objections first, then the rest.

    >>> m = ArgumentMap()
    >>> _ = m.add("claim", "We should walk.", id="c")
    >>> _ = m.add("objection", "It rains.", parent="c", id="o")
    >>> [f.code for f in find_issues(m)]
    ['unanswered-objection', 'unsupported-claim', 'claim-defeated']
    """
    found: list[Finding] = []
    labels = grounded_labelling(amap)
    multi = len(amap) > 1
    attacked: set[str] = set()
    supported: set[str] = set()
    has_parent: set[str] = set()
    for link in amap.links():
        (attacked if link.relation == Relation.ATTACK else supported).add(link.target)
        has_parent.add(link.source)
    for s in amap.statements():
        attackers, supporters, parents = s.id in attacked, s.id in supported, s.id in has_parent
        if s.kind == Kind.OBJECTION and parents and not attackers and not _answered_through_group(amap, s.id):
            found.append(Finding("unanswered-objection", Severity.WARNING, s.id,
                                 f"Unanswered objection: nothing rebuts “{_short(s.text)}”"))
        if not s.text.strip():
            found.append(Finding("empty-text", Severity.WARNING, s.id, "A statement has no text yet"))
        if s.kind == Kind.EVIDENCE and not s.sources:
            found.append(Finding("evidence-without-source", Severity.WARNING, s.id,
                                 f"Evidence without a source: “{_short(s.text)}”"))
        if multi and not attackers and not supporters and not parents:
            found.append(Finding("disconnected", Severity.WARNING, s.id,
                                 f"Not connected to anything: “{_short(s.text)}”"))
        elif s.kind == Kind.CLAIM and not supporters:
            found.append(Finding("unsupported-claim", Severity.INFO, s.id,
                                 f"No reason or evidence supports “{_short(s.text)}”"))
        if s.kind == Kind.CLAIM and not parents and labels[s.id] == Label.OUT:
            found.append(Finding("claim-defeated", Severity.INFO, s.id,
                                 f"Not yet defended: an objection to “{_short(s.text)}” still stands (grounded: out)"))
    for cycle in amap.cycles(limit=20):
        steps = zip(cycle, cycle[1:] + cycle[:1], strict=True)
        supports_only = all(amap.link(a, b).relation == Relation.SUPPORT for a, b in steps)
        label = "Circular reasoning" if supports_only else "Attack cycle"
        found.append(Finding("cycle", Severity.INFO, cycle[0],
                             f"{label}: " + " → ".join(_short(amap.statement(i).text, 30) for i in cycle)))
    from argmap.evaluation.scheme_findings import scheme_findings  # here: that module builds on this one

    found += scheme_findings(amap)  # hook: critical questions of reasons marked with a scheme
    order = {"unanswered-objection": 0}
    return sorted(found, key=lambda f: order.get(f.code, 1))
