"""Evaluation that follows the map: strengths, verdicts, grounded labels and findings, kept up to date.

The pure functions of :mod:`argmap.evaluation` do the work; this object decides when, how
much and where. Many change events from one edit lead to one evaluation (a zero timer).
Moves, pins and collapsing change nothing evaluated and are ignored.

* An edit is evaluated *incrementally*, at once, in the same turn of the event loop: only the
  statements it changed and those they bear on are computed again, and for statements or links
  added or removed the evaluation graph is patched, not read again (milliseconds at 10,000
  statements; :mod:`argmap.evaluation.patch`), so no second freeze follows the edit.
* Evaluating the whole map (a new map, another semantics, statements put back by an undo in
  the middle of the map) reads it all. When that is dear (more than ``INSTANT_SECONDS``), it runs *off the GUI thread*:
  the map is snapshotted (immutable statements and links, ~15 ms at 10,000) and a worker
  thread evaluates the snapshot and makes the findings; the result is applied when ready,
  and edits made meanwhile are evaluated next, on top of it. Typing and dragging never wait.
* Findings, when made on the GUI thread and dear, wait for a pause in the editing.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from argmap.evaluation import Evaluation, Finding, Label, Status, evaluate, find_issues
from argmap.evaluation.graph import MapSnapshot, snapshot
from argmap.gc_pause import HeldPause, keep_what_was_received
from argmap.gui.worker_relay import when_done
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
#: What evaluating one statement of a map took (about 14 us at 10,000 on the development machine), before it is measured.
GUESSED_SECONDS_PER_STATEMENT = 15e-6
MAX_DELAY_MS = 1500

T = TypeVar("T")


class ById(Mapping[str, T]):
    """One per-statement list of an evaluation (strengths or verdicts) read by statement id, without copying it.

    An edit's result is read by the ids the edit touched (the boxes it may change); two dicts of the whole map per
    edit (copied, or made from the evaluation) cost 3-10 ms at 50,000 statements. The lists are never changed once
    made (the next evaluation makes its own), so a result stays what it was."""

    __slots__ = ("_entries", "_index")

    def __init__(self, index: dict[str, int], entries: list[T]) -> None:
        self._index, self._entries = index, entries

    def __getitem__(self, statement_id: str) -> T:
        return self._entries[self._index[statement_id]]

    def get(self, statement_id: str, default: Any = None) -> Any:  # (a boxed call less than Mapping's)
        k = self._index.get(statement_id)
        return default if k is None else self._entries[k]

    def __contains__(self, statement_id: object) -> bool:
        return statement_id in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


@dataclass
class EvaluationResult:
    values: Mapping[str, float] = field(default_factory=dict)  # strength of each statement (the map's semantics)
    statuses: Mapping[str, Status] = field(default_factory=dict)  # the verdict read off the strengths
    findings: list[Finding] | None = None  # None when nobody asked for them
    converged: bool = True
    #: everything, for explanations and impact (its numbers may have holes: Evaluation.dense, for whole-map passes)
    evaluation: Evaluation | None = None
    seconds: float = 0.0  # what the last evaluation cost
    #: the statements whose strength or verdict may differ from the result before; None: any of them
    touched: set[str] | None = None

    @property
    def labels(self) -> dict[str, Label]:
        """The grounded labelling (an analysis view), made when first read: no edit pays for it."""
        return self.evaluation.labels if self.evaluation is not None else {}


def _evaluate_snapshot(snap: MapSnapshot, previous: Evaluation | None, changed: set[str] | None, structure: bool,
                       findings: bool) -> tuple[Evaluation, list[Finding] | None, float]:
    """The worker thread's job: pure functions on a snapshot, nothing shared with the editor."""
    start = time.perf_counter()
    ev = evaluate(snap, previous=previous, changed=changed, structure=structure)
    found = find_issues(snap, ev) if findings else None
    return ev, found, time.perf_counter() - start


def _findings_of(snap: MapSnapshot, ev: Evaluation) -> tuple[list[Finding], float]:
    start = time.perf_counter()
    found = find_issues(snap, ev)
    return found, time.perf_counter() - start


class LiveEvaluation(QObject):
    updated = Signal(object)  # the new EvaluationResult

    #: Dear evaluations of structure run on a worker thread (tests of the timing may turn it off).
    background = True

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
        self._full_seconds = 0.0  # what reading the whole map cost last time
        self._edit_seconds = 0.0  # what the last edit's evaluation (on top of the last one) cost
        self._pool: ThreadPoolExecutor | None = None
        self._running = False  # a worker is evaluating a snapshot
        self._again = False  # the map changed while it did
        self._generation = 0  # a new map: results for the old one are dropped
        self._findings_job = False  # the worker is making findings only
        #: a map being opened: its evaluation on the worker waits for :meth:`release` (the canvas's first paint)
        self._held = False
        self._held_start = False  # an evaluation waits for the release
        #: the collector's pause while the worker evaluates, until its result is received (gc_pause.HeldPause)
        self._pause: HeldPause | None = None

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
        return self._stale or self._running

    @property
    def due(self) -> bool:
        """An evaluation is due on this thread or under way on the worker (the window is not done with an edit)."""
        return self._running or self._timer.isActive()

    @property
    def coming(self) -> bool:
        """The map changed since :attr:`result` and its new evaluation is on its way without being asked for: the worker
        does it (under way, held until the canvas's first paint, or due to go there), or it is due at the next turn of
        the event loop."""
        if not self.active or self._amap is None:
            return False
        return self._running or self._held_start or self._timer.isActive() or (self._stale and self._goes_to_worker())

    @property
    def busy(self) -> bool:
        """A worker thread is evaluating; its result will be applied when ready."""
        return self._running

    def set_map(self, amap: ArgumentMap) -> None:
        """Follow ``amap`` (and stop following the previous map); evaluates it at once."""
        if self._amap is not None:
            self._amap.changed.disconnect(self._on_change)
        self._amap = amap
        amap.changed.connect(self._on_change)
        self._generation += 1
        self._end_pause()
        self._running = self._again = self._findings_job = False
        self.result = EvaluationResult()
        self._changed = None
        # Not measured on this map yet: guessed from its size, so that opening a large map evaluates it on the worker
        # (at 50,000 statements the GUI thread waited over a second) and a small one at once, as before.
        self._full_seconds = len(amap) * GUESSED_SECONDS_PER_STATEMENT
        self._edit_seconds = 0.0
        self.refresh()

    def hold(self) -> None:
        """Keep the next evaluation that would go to the worker until :meth:`release`. Opening a large map calls this:
        the worker held Python's lock for a tenth of the time while the first picture was painted (0.1-0.6 s of
        opening at 10,000-50,000 statements); started after that paint, the strengths come a frame later."""
        self._held = True

    def release(self) -> None:
        """Start the evaluation :meth:`hold` kept back (if one is still due)."""
        self._held = False
        if self._held_start:
            self._held_start = False
            if self._stale and not self._running and self._amap is not None:
                self.refresh()

    def detach(self) -> None:
        self._timer.stop()
        self._findings_timer.stop()
        self._generation += 1
        self._end_pause()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
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
        cost = self._next_cost()
        if cost <= INSTANT_SECONDS or self._goes_to_worker():
            if not self._timer.isActive():
                self._timer.start(0)
        else:
            self._timer.start(min(MAX_DELAY_MS, round(2000 * cost)))  # (re)start: wait for a pause in the editing

    def _next_cost(self) -> float:
        """What the evaluation now due will cost, by what the last one of its kind cost: one of the whole map, or one
        on top of the last evaluation (an edit's). (The whole map's cost, say the worker's 0.6 s after opening 50,000
        statements, put the first edit's evaluation off by 1.2 s, though it took milliseconds.)"""
        if self._changed is None or self.result.evaluation is None:
            return self._full_seconds
        return self._edit_seconds

    @property
    def findings_pending(self) -> bool:
        """The findings shown are older than the map: new ones wait for a pause in the editing or a worker."""
        return self._findings_timer.isActive() or self._findings_job

    def _refresh_findings(self) -> None:
        self._findings_timer.stop()
        result, amap = self.result, self._amap
        if amap is None or result.evaluation is None or not self.want_findings:
            return
        if self.background and not self._running:  # dear findings: on the worker thread, from a snapshot
            self._findings_job = True
            self._running = True
            future = self._worker().submit(_findings_of, snapshot(amap), result.evaluation)
            future.add_done_callback(self._when_done())
            return
        start = time.perf_counter()
        result.findings = find_issues(amap, result.evaluation)
        self._findings_seconds = time.perf_counter() - start
        self.updated.emit(result)

    def refresh(self, *, findings_now: bool = False, wait: bool = False) -> EvaluationResult:
        """Evaluate (what is wanted, only what changed when it can) and emit ``updated``.

        A dear evaluation of structure goes to a worker thread and this returns the previous
        result at once; with ``wait`` it is done here and now (a command that needs the answer).
        Findings come at once when they are cheap or ``findings_now``; else the previous ones
        stay until a pause in the editing (:attr:`findings_pending`)."""
        self._timer.stop()
        amap = self._amap
        if amap is None:
            return self.result
        if self._running:
            if not wait:
                self._again = True  # evaluated on top of the running one when it is done
                return self.result
            self._generation += 1  # drop the worker's result: evaluate everything here
            self._end_pause()
            self._running, self._again, self._changed, self._findings_job = False, False, None, False
        if self.active and not wait and self._goes_to_worker():
            if self._held:  # a map being opened: started once the canvas has painted it (release)
                self._held_start = self._stale = True
                return self.result
            self._start_worker(amap)
            return self.result
        self._stale = not self.active
        start = time.perf_counter()
        result = EvaluationResult()
        previous = self.result.evaluation
        if self.active and previous is not None and self._changed == set() and not self._structure and not self.want_findings:
            # Only words changed (a text, a kind, sources): no strength or verdict reads them, only findings do (not
            # wanted now: made afresh when asked for). The result stands; it touched nothing.
            result = replace(self.result, touched=set(), findings=None)
            self._changed = set()
        elif self.active:
            changed = self._changed if previous is not None else None
            structure = self._structure or changed is None
            ev = evaluate(amap, previous=previous, changed=changed, structure=structure)
            if changed is None:
                self._full_seconds = time.perf_counter() - start
            result.evaluation = ev
            ids = ev.graph.ids
            result.touched = None if ev.touched is None or changed is None else {ids[k] for k in ev.touched}
            if result.touched is None:  # the whole map: dicts (what reads them all reads them fast)
                result.values, result.statuses = ev.values, ev.statuses
            else:  # an edit: read through by the ids it touched
                result.values, result.statuses = ById(ev.graph.index, ev.solution.values), ById(ev.graph.index, ev.status_list)
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
        if result.touched is not None:  # (an edit's, on top of the last evaluation)
            self._edit_seconds = result.seconds
        self.result = result
        self.updated.emit(result)
        return result

    # ------------------------------------------------------------ off the GUI thread
    def _goes_to_worker(self) -> bool:
        """The next evaluation reads the whole map and that is dear: a worker thread does it."""
        needs_all = self._changed is None or self.result.evaluation is None
        return self.background and needs_all and self._full_seconds > INSTANT_SECONDS

    def _worker(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argmap-evaluation")
        return self._pool

    def _start_worker(self, amap: ArgumentMap) -> None:
        snap = snapshot(amap)  # on the GUI thread: immutable parts, ~15 ms at 10,000 statements
        previous = self.result.evaluation
        changed = self._changed if previous is not None else None
        structure = self._structure or changed is None
        self._changed, self._structure = set(), False
        self._running, self._again = True, False
        self._end_pause()
        self._pause = pause = HeldPause()  # (what the worker builds is not walked by a collection before it is received)
        future = self._worker().submit(_evaluate_snapshot, snap, previous, changed, structure, self.want_findings)
        future.add_done_callback(when_done(self._apply_finished, self._generation, otherwise=pause.release))  # (the window gone)

    def _when_done(self) -> Callable[[Future], None]:
        """What the worker calls when its job ends: :meth:`_apply_finished` on the GUI thread, by way of the relay (not
        a signal of this object: the window may delete it on the GUI thread while the worker emits)."""
        return when_done(self._apply_finished, self._generation)

    def _end_pause(self) -> None:
        """The worker's result, if one is coming, is dropped: the collector's pause for it ends."""
        pause, self._pause = self._pause, None
        if pause is not None:
            pause.release()

    def _apply_finished(self, generation: int, future: Future) -> None:
        if generation != self._generation or self._amap is None or future.cancelled():
            return
        pause, self._pause = (None, self._pause) if self._findings_job else (self._pause, None)
        self._running = False
        if self._findings_job:  # findings for the current evaluation
            self._findings_job = False
            if future.exception() is None:
                found, self._findings_seconds = future.result()
                if self._again or self._stale:  # the map changed meanwhile: evaluate on
                    self._again = False
                    self.schedule()
                else:
                    self.result.findings = found
                    self.updated.emit(self.result)
            return
        try:
            ev, found, seconds = future.result()
        except Exception:  # a bug in evaluation: say so, and evaluate everything again here
            if pause is not None:
                pause.release()
            traceback.print_exc()
            self._changed, self.background = None, False
            self.refresh()
            return
        self._full_seconds = seconds
        result = EvaluationResult(ev.values, ev.statuses, found, ev.converged, ev, seconds)
        if found is None and self.want_findings:
            result.findings = find_issues(self._amap, ev)
        self.result = result
        again = self._again or bool(self._changed) or self._structure or self._changed is None
        self._again, self._stale = False, again
        self.updated.emit(result)
        # (the worker's evaluation, kept now, is not walked by each edit's collection)
        if pause is not None:
            pause.keep()
        else:
            keep_what_was_received()
        if again:
            self.schedule()

