"""Evaluation in the window: strength rows on the boxes, the Findings dock, Next finding (F8)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from argmap.gui import settings
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.view import MapView
from argmap.gui.docks.findings import FindingsPanel, finding_text
from argmap.gui.document import Document
from argmap.gui.live_evaluation import EvaluationResult, LiveEvaluation

SETTING = "view/evaluation"


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
        self.live = LiveEvaluation(self)
        self.live.want_findings = False
        self.live.updated.connect(self._show)
        self.panel.statementChosen.connect(self.reveal)
        self.dock.visibilityChanged.connect(lambda _visible: self._dock_toggled())
        show_action.toggled.connect(self.set_shown)
        findings_action.toggled.connect(self._show_dock)
        next_action.triggered.connect(lambda _checked=False: self.next_finding())

    def set_document(self, document: Document) -> None:
        """Evaluate ``document``'s map from now on (at once)."""
        self.document = document
        self.live.set_map(document.amap)

    # ------------------------------------------------------------ state
    def restore(self) -> None:
        """Read the remembered choice (on by default) and the dock's visibility."""
        on = bool(settings.settings().value(SETTING, True, type=bool))
        self.show_action.setChecked(on)
        self.set_shown(on)
        self.findings_action.setChecked(not self.dock.isHidden())

    def set_shown(self, on: bool) -> None:
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
        self.live.set_wanted(findings=visible)
        if visible:
            self._show(self.live.result)

    def _show(self, result: EvaluationResult) -> None:
        if self.scene.evaluation:
            self.scene.apply_evaluation(result.values, result.labels)
        if not self.dock.isHidden() and result.findings is not None:
            self.panel.show_result(self.document.amap, result)

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
        result = self.live.result if self.live.result.findings is not None and not self.live.stale else None
        if result is None:
            self.live.want_findings, wanted = True, self.live.want_findings
            result = self.live.refresh()
            self.live.want_findings = wanted
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
