"""Findings from argument schemes: each critical question of a marked reason that nothing raises yet.

Kept apart from :mod:`argmap.evaluation.findings` (which calls :func:`scheme_findings` at its end):
the scheme catalogue and the questions are the teaching tools' business.
"""

from __future__ import annotations

from argmap.evaluation.findings import Finding, Severity
from argmap.model import ArgumentMap
from argmap.model.schemes import find_scheme, open_questions, reasons

CODE = "open-critical-question"


def scheme_findings(amap: ArgumentMap) -> list[Finding]:
    """One finding per open critical question, on the reason's first premise, in map order."""
    found: list[Finding] = []
    for reason in reasons(amap):
        scheme = find_scheme(reason.scheme)
        if scheme is None:
            continue
        for question in open_questions(amap, reason):
            found.append(Finding(CODE, Severity.INFO, reason.premises[0],
                                 f"Open critical question ({scheme.name.lower()}): {question.text}"))
    return found
