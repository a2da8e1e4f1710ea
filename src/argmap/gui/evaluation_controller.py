"""Evaluation in the window: strength rows on the boxes, the Findings and Analysis docks, Next finding (F8),
the map's strength semantics."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from argmap.gui import settings
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.view import MapView
from argmap.gui.commands.map_fields import SetSemantics
from argmap.gui.docks.analysis import AnalysisPanel
from argmap.gui.docks.findings import FindingsPanel, finding_text
from argmap.gui.document import Document
from argmap.gui.live_evaluation import EvaluationResult, LiveEvaluation
from argmap.model import ArgumentMap

SETTING = "view/evaluation"
#: Statements evaluated again for the Analysis dock's impact ranking (about 0.3 s); nearest the claims first.
ANALYSIS_BUDGET = 60_000


class EvaluationController(QObject):
    """Keeps the strength rows on ``scene`` and the findings ``panel`` (shown in ``dock``) up to date.

    ``show_action`` (View > Strengths), ``findings_action`` (View > Findings) and ``next_action``
    (Go > Next finding) are the window's actions; ``show_message(text, ms)`` writes to its status bar.
    """

    def __init__(self, document: Document, scene: MapScene, view: MapView, panel: FindingsPanel, dock: QDockWidget, *,
                 show_action: QAction, findings_action: QAction, next_action: QAction,
                 show_message: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene = scene
        self.view = view
        self.panel = panel
        self.dock = dock
        self.show_action = show_action
        self.findings_action = findings_action
        self.show_message = show_message
        self._followed: ArgumentMap | None = None  # the map whose semantics the actions show
        self._shown_on: MapScene | None = None  # the scene whose boxes show every strength of the last result
        self.live = LiveEvaluation(self)
        self.live.want_findings = False
        self.live.updated.connect(self._show)
        self.panel.statementChosen.connect(self.reveal)
        self.dock.visibilityChanged.connect(lambda _visible: self._dock_toggled())
        show_action.toggled.connect(self.set_shown)
        findings_action.toggled.connect(self._show_dock)
        next_action.triggered.connect(lambda _checked=False: self.next_finding())
        scene.explain_summary = self.why  # type: ignore[attr-defined]  # the boxes' tooltips ask for it

    def why(self, statement_id: str) -> str:
        """The tooltip's "why": the one or two replies that move the statement most (from the last evaluation)."""
        from argmap.evaluation.explain import explain
        from argmap.gui.explain_text import summary

        ev = self.live.result.evaluation
        if ev is None or self.live.stale or statement_id not in ev.graph.index:
            return ""
        return summary(self.document.amap, explain(ev, statement_id))

    def set_document(self, document: Document) -> None:
        """Evaluate ``document``'s map from now on (at once)."""
        if self._followed is not None:
            self._followed.changed.disconnect(self._map_changed)
        self.document = document
        self._shown_on = None  # new boxes: the next result is shown on every one
        self._followed = document.amap
        document.amap.changed.connect(self._map_changed)
        self.live.set_map(document.amap)
        self._check_semantics()

    # ------------------------------------------------------------ analysis dock and semantics
    def attach_analysis(self, panel: AnalysisPanel, dock: QDockWidget, show_action: QAction,
                        semantics_actions: dict[str, QAction]) -> None:
        """Keep ``panel`` (in ``dock``, toggled by ``show_action``) up to date while shown, and let
        ``semantics_actions`` (by semantics key) choose the map's semantics, one undo step each."""
        self.analysis, self.analysis_dock, self.analysis_action = panel, dock, show_action
        self.semantics_actions = semantics_actions
        group = QActionGroup(self)
        for key, action in semantics_actions.items():
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, k=key: self.choose_semantics(k))
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.timeout.connect(self._fill_analysis)
        self._analysis_seconds = 0.0
        panel.statementChosen.connect(self.reveal)
        show_action.toggled.connect(self._show_analysis_dock)
        dock.visibilityChanged.connect(lambda _visible: self._analysis_toggled())
        self.scene.selectionChanged.connect(self._selection_for_why)
        self._check_semantics()

    def attach_inspector(self, inspector: QWidget) -> None:
        """Show, under the inspector's fields, the selected statement's verdict and why (a summary;
        the Analysis dock has the whole explanation). Placed from here: the inspector edits fields only."""
        self.why_label = QLabel()
        self.why_label.setObjectName("inspector_why")
        self.why_label.setAccessibleName(self.tr("Why this strength"))
        self.why_label.setWordWrap(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = inspector.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), self.why_label)  # above the closing stretch
        self.scene.selectionChanged.connect(self._fill_inspector_why)
        self._fill_inspector_why()

    def _fill_inspector_why(self) -> None:
        label = getattr(self, "why_label", None)
        if label is None or not self.live.following or not isValid(self.scene):
            return
        from argmap.drawing.box import evaluation_text
        from argmap.evaluation.explain import explain
        from argmap.gui.explain_text import summary

        selected = self.scene.selected_ids()
        ev = self.live.result.evaluation
        if len(selected) != 1 or ev is None or selected[0] not in ev.graph.index or not self.scene.evaluation:
            label.hide()
            return
        if self.live.stale:  # the map changed since: filled again when the new evaluation is shown
            return
        chosen = selected[0]
        e = explain(ev, chosen)
        lines = [self.tr("<b>Strength</b> %1").replace("%1", escape(evaluation_text(e.strength, e.status)))]
        why = summary(self.document.amap, e, limit=3)
        if why:
            lines.append(escape(why).replace("\n", "<br>"))
        lines.append(self.tr("<i>Why, in full: View ▸ Analysis (Ctrl+Shift+Y).</i>"))
        label.setText("<br>".join(lines))
        label.show()

    def choose_semantics(self, key: str) -> None:
        if key != self.document.amap.semantics:
            self.document.execute(SetSemantics(self.document.amap, key))

    def _map_changed(self, change: object) -> None:
        from argmap.model import SemanticsChanged

        if isinstance(change, SemanticsChanged):
            self._check_semantics()

    def _check_semantics(self) -> None:
        for key, action in getattr(self, "semantics_actions", {}).items():
            action.setChecked(key == self.document.amap.semantics)

    def _show_analysis_dock(self, on: bool) -> None:
        self.analysis_dock.setVisible(on)
        if on:
            self.analysis_dock.raise_()

    def _analysis_toggled(self) -> None:
        visible = not self.analysis_dock.isHidden()
        self.analysis_action.setChecked(visible)
        self.live.set_wanted(findings=self._findings_shown())  # the dock lists them too
        if visible and self.live.following:
            self.live.set_wanted(strengths=self.live.want_strengths)  # evaluates if stale
            self._fill_analysis()
            self._selection_for_why()

    def _findings_shown(self) -> bool:
        """The Findings dock or the Analysis dock (it lists them too) is open: the findings are kept up to date
        (made on the worker thread when dear, not on the GUI thread by each filling of the Analysis dock)."""
        analysis = getattr(self, "analysis_dock", None)
        return not self.dock.isHidden() or (analysis is not None and not analysis.isHidden())

    def _selection_for_why(self) -> None:
        if hasattr(self, "analysis") and not self.analysis_dock.isHidden() and self.live.following and isValid(self.scene):
            selected = self.scene.selected_ids()
            self.analysis.show_why(selected[-1] if selected else None)

    def _schedule_analysis(self) -> None:
        if not hasattr(self, "analysis") or self.analysis_dock.isHidden() or not self.live.following:
            return
        if self._analysis_seconds <= 0.04:
            self._analysis_timer.start(0)
        else:  # the ranking waits for a pause in the editing, as dear evaluations do
            self._analysis_timer.start(min(1500, round(2000 * self._analysis_seconds)))

    def _fill_analysis(self) -> None:
        """Rank the statements by impact and show them (the dock is open)."""
        import time

        from argmap.evaluation import find_issues
        from argmap.evaluation.impact import rank

        self._analysis_timer.stop()
        if not self.live.following:
            return
        result = self.live.result
        ev = result.evaluation
        if ev is None:  # filled when the evaluation is ready (updated)
            return
        start = time.perf_counter()
        findings = result.findings if result.findings is not None and not self.live.findings_pending else None
        if findings is None and self.live.want_findings and self.live.findings_pending:
            return  # being made (on the worker when dear): filled when they are ready (updated)
        if findings is None:
            findings = find_issues(self.document.amap, ev)
        self.analysis.show_analysis(self.document.amap, ev, rank(ev, budget=ANALYSIS_BUDGET), findings)
        self._analysis_seconds = time.perf_counter() - start

    # ------------------------------------------------------------ state
    def restore(self) -> None:
        """Read the remembered choice (on by default) and the dock's visibility."""
        on = bool(settings.settings().value(SETTING, True, type=bool))
        self.show_action.setChecked(on)
        self.set_shown(on)
        self.findings_action.setChecked(not self.dock.isHidden())

    def set_shown(self, on: bool) -> None:
        self._shown_on = None
        settings.settings().setValue(SETTING, on)
        self.scene.set_evaluation_visible(on)
        self.live.set_wanted(strengths=on)
        if on:
            self._show(self.live.result)

    def _show_dock(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()

    def _dock_toggled(self) -> None:
        visible = not self.dock.isHidden()
        self.findings_action.setChecked(visible)
        self.live.set_wanted(findings=self._findings_shown())
        if visible:
            self._show(self.live.result)

    def _show(self, result: EvaluationResult) -> None:
        if self.scene.evaluation:
            # only the boxes the edit's evaluation reached, unless the boxes were not following it
            only = result.touched if self._shown_on is self.scene and result.touched is not None else None
            self.scene.apply_evaluation(result.values, result.statuses, only)
            self._shown_on = self.scene
        if not self.dock.isHidden() and result.findings is not None:
            self.panel.show_result(self.document.amap, result)
        self._schedule_analysis()
        self._fill_inspector_why()

    # ------------------------------------------------------------ going to findings
    def reveal(self, statement_id: str) -> None:
        if statement_id not in self.document.amap:
            return
        self.scene.select_ids([statement_id])
        self.view.ensure_visible(statement_id)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_finding(self) -> str | None:
        """Select the next unanswered objection after the selection (in map order, wrapping round);
        when every objection is answered, the next statement with any finding."""
        amap = self.document.amap
        live = self.live
        fresh = live.result.findings is not None and not live.stale and not live.findings_pending
        result = live.result if fresh else None
        if result is None:
            live.want_findings, wanted = True, live.want_findings
            result = live.refresh(findings_now=True, wait=True)
            live.want_findings = wanted
        findings = result.findings or []
        on_map = [(f.code, f.statement_id) for f in findings if f.statement_id is not None and f.statement_id in amap]
        ids = [i for code, i in on_map if code == "unanswered-objection"] or [i for _, i in on_map]
        if not ids:
            self.show_message(self.tr("No findings: every objection is answered."), 5000)
            return None
        ids = sorted(dict.fromkeys(ids), key=amap.order_of)
        selected = self.scene.selected_ids()
        after = amap.order_of(selected[-1]) if selected else -1
        chosen = next((i for i in ids if amap.order_of(i) > after), ids[0])
        self.reveal(chosen)
        message = next(finding_text(f) for f in findings if f.statement_id == chosen)
        self.show_message(message, 8000)
        return chosen
