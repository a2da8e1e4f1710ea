"""Evaluation that follows the map: strengths, verdicts, grounded labels and findings, kept up to date.

The pure functions of :mod:`argmap.evaluation` do the work; this object decides when and
how much. Many change events from one edit lead to one evaluation (a zero timer, run in
the same turn of the event loop as the scene's relayout). Moves, pins, collapsing and
text edits change no strength and are ignored for strengths. An edit is evaluated
*incrementally*: only the statements it changed and those they bear on are computed
again (a statement moves only what lies above it), so one edit on a 10,000-statement map
costs milliseconds, not the second a full evaluation takes. Should an update still be
dear (a big cycle reached), it waits for a pause in the editing (twice its cost, at most
1.5 s) so that typing and dragging never wait for it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from argmap.evaluation import Evaluation, Finding, Label, Status, evaluate, find_issues
from argmap.model import (
    ArgumentMap,
    Change,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    SemanticsChanged,
)

#: Evaluations cheaper than this (seconds) run at once; dearer ones wait for a pause.
INSTANT_SECONDS = 0.04
MAX_DELAY_MS = 1500


@dataclass
class EvaluationResult:
    values: dict[str, float] = field(default_factory=dict)  # strength of each statement (the map's semantics)
    statuses: dict[str, Status] = field(default_factory=dict)  # the verdict read off the strengths
    labels: dict[str, Label] = field(default_factory=dict)  # grounded labelling: an analysis view
    findings: list[Finding] | None = None  # None when nobody asked for them
    converged: bool = True
    evaluation: Evaluation | None = None  # everything, for explanations and impact
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
        self._changed: set[str] | None = set()  # statements whose strength inputs changed; None: evaluate all
        self._structure = False  # statements or links were added or removed since the last evaluation
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        # findings read the whole map (about 0.2 s at 10,000 statements): when dear, they wait for a
        # pause in the editing while the boxes are updated at once; the dock shows them when ready
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.timeout.connect(self._refresh_findings)
        self._findings_seconds = 0.0

    @property
    def active(self) -> bool:
        return self.want_strengths or self.want_findings

    @property
    def following(self) -> bool:
        """A map is followed (not yet detached: the window is open)."""
        return self._amap is not None

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
        self._changed = None
        self.refresh()

    def detach(self) -> None:
        self._timer.stop()
        self._findings_timer.stop()
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

    def invalidate(self) -> None:
        """Evaluate everything again soon (the map's semantics changed)."""
        self._changed = None
        self.schedule()

    def _on_change(self, change: Change) -> None:
        changed = self._changed
        if isinstance(change, NodeChanged):
            old, new = change.old, change.new
            if (old.kind, old.text, old.score, old.sources) == (new.kind, new.text, new.score, new.sources):
                return  # a move, pin or collapse changes no strength and no finding
            if changed is not None and old.score != new.score:
                changed.add(new.id)
        elif isinstance(change, NodeAdded):
            self._structure = True
            if changed is not None:
                changed.add(change.statement.id)
        elif isinstance(change, EdgeAdded | EdgeRemoved):
            self._structure = True
            if changed is not None:
                changed.update((change.link.source, change.link.target))
        elif isinstance(change, EdgeChanged):
            self._structure = True
            if changed is not None:
                changed.update((change.old.source, change.old.target, change.new.source, change.new.target))
        elif isinstance(change, NodeRemoved):
            self._structure = True
        elif isinstance(change, SemanticsChanged):
            self._changed = None  # every strength changes
        else:
            return  # title, description, layout
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

    @property
    def findings_pending(self) -> bool:
        """The findings shown are older than the map: new ones are waiting for a pause in the editing."""
        return self._findings_timer.isActive()

    def _refresh_findings(self) -> None:
        self._findings_timer.stop()
        result, amap = self.result, self._amap
        if amap is None or result.evaluation is None or not self.want_findings:
            return
        start = time.perf_counter()
        result.findings = find_issues(amap, result.evaluation)
        self._findings_seconds = time.perf_counter() - start
        self.updated.emit(result)

    def refresh(self, *, findings_now: bool = False) -> EvaluationResult:
        """Evaluate now (what is wanted, only what changed when it can) and emit ``updated``.

        Findings come at once when they are cheap or ``findings_now``; else the previous ones
        stay until a pause in the editing (:attr:`findings_pending`)."""
        self._timer.stop()
        amap = self._amap
        if amap is None:
            return self.result
        self._stale = not self.active
        start = time.perf_counter()
        result = EvaluationResult()
        if self.active:
            previous = self.result.evaluation
            changed = self._changed if previous is not None else None
            ev = evaluate(amap, previous=previous, changed=changed, structure=self._structure)
            result.evaluation = ev
            result.values, result.statuses, result.labels = ev.values, ev.statuses, ev.labels
            result.converged = ev.converged
            self._changed, self._structure = set(), False
            if self.want_findings:
                if findings_now or self._findings_seconds <= INSTANT_SECONDS or self.result.findings is None:
                    self._findings_timer.stop()
                    found = time.perf_counter()
                    result.findings = find_issues(amap, ev)
                    self._findings_seconds = time.perf_counter() - found
                else:
                    result.findings = self.result.findings
                    self._findings_timer.start(min(MAX_DELAY_MS, round(2000 * self._findings_seconds)))
        result.seconds = time.perf_counter() - start
        self.result = result
        self.updated.emit(result)
        return result
