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
    for s in amap.statements():
        attackers = amap.children(s.id, Relation.ATTACK)
        supporters = amap.children(s.id, Relation.SUPPORT)
        if s.kind == Kind.OBJECTION and amap.parents(s.id) and not attackers:
            found.append(Finding("unanswered-objection", Severity.WARNING, s.id,
                                 f"Unanswered objection: nothing rebuts “{_short(s.text)}”"))
        if not s.text.strip():
            found.append(Finding("empty-text", Severity.WARNING, s.id, "A statement has no text yet"))
        if s.kind == Kind.EVIDENCE and not s.sources:
            found.append(Finding("evidence-without-source", Severity.WARNING, s.id,
                                 f"Evidence without a source: “{_short(s.text)}”"))
        if multi and not attackers and not supporters and not amap.parents(s.id):
            found.append(Finding("disconnected", Severity.WARNING, s.id,
                                 f"Not connected to anything: “{_short(s.text)}”"))
        elif s.kind == Kind.CLAIM and not supporters:
            found.append(Finding("unsupported-claim", Severity.INFO, s.id,
                                 f"No reason or evidence supports “{_short(s.text)}”"))
        if s.kind == Kind.CLAIM and not amap.parents(s.id) and labels[s.id] == Label.OUT:
            found.append(Finding("claim-defeated", Severity.INFO, s.id,
                                 f"Not yet defended: an objection to “{_short(s.text)}” still stands (grounded: out)"))
    for cycle in amap.cycles(limit=20):
        found.append(Finding("cycle", Severity.INFO, cycle[0],
                             "Circular reasoning: " + " → ".join(_short(amap.statement(i).text, 30) for i in cycle)))
    order = {"unanswered-objection": 0}
    return sorted(found, key=lambda f: order.get(f.code, 1))
