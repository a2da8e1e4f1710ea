"""Findings from argument schemes: each critical question of a marked reason that nothing raises yet.

Kept apart from :mod:`argmap.evaluation.findings` (which calls :func:`scheme_findings` at its end):
the scheme catalogue and the questions are the teaching tools' business. A question is raised by
an attack on a premise or by an undercut of the reason's inference (the usual place of a critical
question: Walton's questions are mostly undercutters). Works on a snapshot,
as findings are made off the GUI thread; the same reading as ``argmap.model.schemes.reasons``
and ``open_questions`` on a live map.
"""

from __future__ import annotations

from collections import defaultdict

from argmap.evaluation.findings import Finding, Severity
from argmap.evaluation.graph import MapSnapshot
from argmap.model import Relation
from argmap.model.schemes import find_scheme

CODE = "open-critical-question"
TRANSLATION_CONTEXT = "Findings"  # the editor says the finding in its language (gui/docks/findings.py)


def N(text: str) -> str:  # marks a string for translation (docs/translating.md); this module has no Qt
    return text


def scheme_findings(snap: MapSnapshot) -> list[Finding]:
    """One finding per open critical question, on the reason's first premise, in map order."""
    marked = [lk for lk in snap.links if lk.scheme is not None and lk.relation == Relation.SUPPORT]
    if not marked:
        return []
    order = {statement_id: k for k, statement_id in enumerate(snap.ids)}
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    attackers: dict[str, list[str]] = defaultdict(list)  # statement -> what attacks it
    undercutters: dict[tuple[str, str | None, str], list[str]] = defaultdict(list)  # reason -> what undercuts it
    for lk in snap.links:
        if lk.relation == Relation.REPHRASE:
            continue
        if lk.is_undercut:  # an undercut raises a question about the inference it attacks, not about its target
            cut: tuple[str, str | None, str] = (
                (lk.target, lk.onto_group, "") if lk.onto_group is not None else (lk.target, None, lk.onto or ""))
            undercutters[cut].append(lk.source)
            continue
        for name in lk.group_names:  # a shared premise is a member of each of its linked reasons
            members[(lk.target, name)].append(lk.source)
        if lk.relation == Relation.ATTACK:
            attackers[lk.target].append(lk.source)
    reasons: dict[tuple[str, str | None, str], tuple[list[str], str]] = {}
    for lk in marked:
        reason: tuple[str, str | None, str] = (lk.target, lk.group, lk.source if lk.group is None else "")
        premises = members[(lk.target, lk.group)] if lk.group is not None else [lk.source]
        reasons.setdefault(reason, (sorted(premises, key=order.__getitem__), lk.scheme))  # type: ignore[arg-type]
    found: list[tuple[int, Finding]] = []
    for reason, (premises, scheme_key) in reasons.items():
        scheme = find_scheme(scheme_key)
        if scheme is None:
            continue
        raising = [c for p in premises for c in attackers[p]] + undercutters[reason]
        raised = {snap.statements[c].question for c in raising} - {""}
        for question in scheme.questions:
            if question.key not in raised:
                found.append((order[premises[0]], Finding(CODE, Severity.INFO, (premises[0],),
                                                          f"Open critical question ({scheme.name.lower()}): {question.text}",
                                                          N("Open critical question ({0}): {1}"), (scheme.name, question.text))))
    return [finding for _, finding in sorted(found, key=lambda pair: pair[0])]
