"""Evaluation: pure functions from a map to strengths, labels and findings. No Qt."""

from argmap.evaluation.dfquad import Strengths, strengths
from argmap.evaluation.findings import Finding, find_issues
from argmap.evaluation.grounded import Label, grounded_labelling

__all__ = ["Finding", "Label", "Strengths", "find_issues", "grounded_labelling", "strengths"]
