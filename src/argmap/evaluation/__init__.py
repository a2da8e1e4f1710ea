"""Evaluation: pure functions from a map to strengths, verdicts, explanations and findings. No Qt."""

from argmap.evaluation.dfquad import Strengths, strengths
from argmap.evaluation.evaluate import Evaluation, evaluate
from argmap.evaluation.findings import Finding, Severity, find_issues
from argmap.evaluation.grounded import Label, grounded_labelling
from argmap.evaluation.semantics import DEFAULT_SEMANTICS, SEMANTICS, Semantics, semantics_named
from argmap.evaluation.verdict import MEANINGS, WORDS, Status

__all__ = [
    "DEFAULT_SEMANTICS", "MEANINGS", "SEMANTICS", "WORDS", "Evaluation", "Finding", "Label", "Semantics",
    "Severity", "Status", "Strengths", "evaluate", "find_issues", "grounded_labelling", "semantics_named", "strengths",
]
