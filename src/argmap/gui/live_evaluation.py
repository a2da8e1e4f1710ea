"""Evaluation that follows the map: strengths, grounded labels and findings, recomputed after edits.

The pure functions of :mod:`argmap.evaluation` do the work; this object only decides
when. Many change events from one edit lead to one evaluation (a zero timer, run in the
same turn of the event loop as the scene's relayout). Moves, pins and collapsing change
no result and are ignored. On a big map, where one evaluation takes longer than a
frame, it waits for a pause in the editing (twice its own cost, at most 1.5 s) so that
typing and dragging stay smooth.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from argmap.evaluation import Finding, Label, find_issues, grounded_labelling, strengths
from argmap.model import ArgumentMap, Change, NodeChanged

#: Evaluations cheaper than this (seconds) run at once; dearer ones wait for a pause.
INSTANT_SECONDS = 0.04
MAX_DELAY_MS = 1500


@dataclass
class EvaluationResult:
    values: dict[str, float] = field(default_factory=dict)  # DF-QuAD strength of each statement
    labels: dict[str, Label] = field(default_factory=dict)  # grounded labelling
    findings: list[Finding] | None = None  # None when nobody asked for them
    converged: bool = True
    seconds: float = 0.0  # what the last evaluation cost


class LiveEvaluation(QObject):
    updated = Signal(object)  # the new EvaluationResult

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._amap: ArgumentMap | None = None
        self.result = EvaluationResult()
        self.want_strengths = True  # the boxes show them
        self.want_findings = False  # the findings dock is open
        self._stale = False  # the map changed since the last evaluation
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    @property
    def active(self) -> bool:
        return self.want_strengths or self.want_findings

    @property
    def stale(self) -> bool:
        """The map changed since :attr:`result` was computed."""
        return self._stale

    def set_map(self, amap: ArgumentMap) -> None:
        """Follow ``amap`` (and stop following the previous map); evaluates it at once."""
        if self._amap is not None:
            self._amap.changed.disconnect(self._on_change)
        self._amap = amap
        amap.changed.connect(self._on_change)
        self.result = EvaluationResult()
        self.refresh()

    def detach(self) -> None:
        self._timer.stop()
        if self._amap is not None:
            self._amap.changed.disconnect(self._on_change)
        self._amap = None

    def set_wanted(self, *, strengths: bool | None = None, findings: bool | None = None) -> None:
        """Say what is on screen; evaluates now when something newly needed is missing or stale."""
        if strengths is not None:
            self.want_strengths = strengths
        if findings is not None:
            self.want_findings = findings
        missing = self._stale or (self.want_findings and self.result.findings is None)
        if self.active and missing and self._amap is not None:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if isinstance(change, NodeChanged) and _same_for_evaluation(change):
            return
        self.schedule()

    def schedule(self) -> None:
        self._stale = True
        if not self.active:
            return  # evaluated when something asks for it again
        cost = self.result.seconds
        if cost <= INSTANT_SECONDS:
            if not self._timer.isActive():
                self._timer.start(0)
        else:
            self._timer.start(min(MAX_DELAY_MS, round(2000 * cost)))  # (re)start: wait for a pause in the editing

    def refresh(self) -> EvaluationResult:
        """Evaluate now (what is wanted) and emit ``updated``."""
        self._timer.stop()
        amap = self._amap
        if amap is None:
            return self.result
        self._stale = not self.active
        start = time.perf_counter()
        result = EvaluationResult()
        if self.active:
            scores = strengths(amap)
            result.values, result.converged = scores.values, scores.converged
            result.labels = grounded_labelling(amap)
        if self.want_findings:
            result.findings = find_issues(amap)
        result.seconds = time.perf_counter() - start
        self.result = result
        self.updated.emit(result)
        return result


def _same_for_evaluation(change: NodeChanged) -> bool:
    """A move, pin or collapse changes no strength and no finding."""
    old, new = change.old, change.new
    return (old.kind, old.text, old.score, old.sources) == (new.kind, new.text, new.score, new.sources)
