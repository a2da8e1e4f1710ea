"""Checks that point a debater at the weak spots of a map.

Each finding names a statement (or none, for map-wide ones), a stable ``code`` that tools
can filter on, a severity, and a sentence for the user. The sentence is also kept as an English
``template`` with ``args`` (the statement texts quoted in it), so the editor can show it in the
interface's language: the templates are marked with ``N()`` for the translation extractor
(context ``Findings``; see docs/translating.md) and this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from argmap.evaluation.grounded import Label, grounded_labelling
from argmap.model import ArgumentMap, Kind, Relation


class Severity(StrEnum):
    WARNING = "warning"  # most likely needs work before the debate
    INFO = "info"  # worth a look


TRANSLATION_CONTEXT = "Findings"  # where the extractor files the N() templates below


def N(text: str) -> str:  # marks a template for translation; the editor translates it
    return text


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    statement_id: str | None
    message: str  # in English: the template filled in
    template: str = ""  # the English sentence with {0}, {1} where args go ("" : message as it is)
    args: tuple[str, ...] = ()


def _finding(code: str, severity: Severity, statement_id: str | None, template: str, *args: str) -> Finding:
    return Finding(code, severity, statement_id, template.format(*args), template, args)


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
            found.append(_finding("unanswered-objection", Severity.WARNING, s.id,
                                  N("Unanswered objection: nothing rebuts “{0}”"), _short(s.text)))
        if not s.text.strip():
            found.append(_finding("empty-text", Severity.WARNING, s.id, N("A statement has no text yet")))
        if s.kind == Kind.EVIDENCE and not s.sources:
            found.append(_finding("evidence-without-source", Severity.WARNING, s.id,
                                  N("Evidence without a source: “{0}”"), _short(s.text)))
        if multi and not attackers and not supporters and not parents:
            found.append(_finding("disconnected", Severity.WARNING, s.id,
                                  N("Not connected to anything: “{0}”"), _short(s.text)))
        elif s.kind == Kind.CLAIM and not supporters:
            found.append(_finding("unsupported-claim", Severity.INFO, s.id,
                                  N("No reason or evidence supports “{0}”"), _short(s.text)))
        if s.kind == Kind.CLAIM and not parents and labels[s.id] == Label.OUT:
            found.append(_finding("claim-defeated", Severity.INFO, s.id,
                                  N("Not yet defended: an objection to “{0}” still stands (grounded: out)"), _short(s.text)))
    for cycle in amap.cycles(limit=20):
        steps = zip(cycle, cycle[1:] + cycle[:1], strict=True)
        supports_only = all(amap.link(a, b).relation == Relation.SUPPORT for a, b in steps)
        template = N("Circular reasoning: {0}") if supports_only else N("Attack cycle: {0}")
        found.append(_finding("cycle", Severity.INFO, cycle[0], template,
                              " → ".join(_short(amap.statement(i).text, 30) for i in cycle)))
    order = {"unanswered-objection": 0}
    return sorted(found, key=lambda f: order.get(f.code, 1))
