"""Evaluation in the window: strength rows on the boxes, the Findings dock, Next finding (F8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from argmap.gui import settings
from argmap.gui.docks.findings import FindingsPanel
from argmap.gui.live_evaluation import EvaluationResult, LiveEvaluation

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow

SETTING = "view/evaluation"


class EvaluationController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.live = LiveEvaluation(self)
        self.panel = FindingsPanel()
        self.dock = window._dock(self.panel, self.tr("Findings"), "dock_findings", Qt.DockWidgetArea.LeftDockWidgetArea)
        window.tabifyDockWidget(window.outline_dock, self.dock)  # a list to walk, like the outline
        self.dock.hide()  # one key (Ctrl+Shift+F) away; restoreState brings it back if the user kept it open
        self.live.want_findings = False
        self.live.updated.connect(self._show)
        self.panel.statementChosen.connect(self.reveal)
        self.dock.visibilityChanged.connect(lambda _visible: self._dock_toggled())
        a = window.actions
        a["show_evaluation"].toggled.connect(self.set_shown)
        a["show_findings"].toggled.connect(self._show_dock)
        a["next_finding"].triggered.connect(lambda _checked=False: self.next_finding())

    # ------------------------------------------------------------ state
    def restore(self) -> None:
        """Read the remembered choice (on by default) and the dock's visibility."""
        on = settings.settings().value(SETTING, True, type=bool)
        action = self.window.actions["show_evaluation"]
        action.setChecked(on)
        self.set_shown(on)
        self.window.actions["show_findings"].setChecked(not self.dock.isHidden())

    def set_shown(self, on: bool) -> None:
        settings.settings().setValue(SETTING, on)
        self.window.scene.set_evaluation_visible(on)
        self.live.set_wanted(strengths=on)
        if on:
            self._show(self.live.result)

    def _show_dock(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()

    def _dock_toggled(self) -> None:
        visible = not self.dock.isHidden()
        self.window.actions["show_findings"].setChecked(visible)
        self.live.set_wanted(findings=visible)
        if visible:
            self._show(self.live.result)

    def _show(self, result: EvaluationResult) -> None:
        window = self.window
        if window.document is None:
            return
        if window.scene.evaluation:
            window.scene.apply_evaluation(result.values, result.labels)
        if not self.dock.isHidden() and result.findings is not None:
            self.panel.show_result(window.document.amap, result)

    # ------------------------------------------------------------ going to findings
    def reveal(self, statement_id: str) -> None:
        window = self.window
        if statement_id not in window.document.amap:
            return
        window.scene.select_ids([statement_id])
        window.view.ensure_visible(statement_id)
        window.focus_canvas()

    def next_finding(self) -> str | None:
        """Select the next unanswered objection after the selection (in map order, wrapping round);
        when every objection is answered, the next statement with any finding."""
        window = self.window
        amap = window.document.amap
        result = self.live.result if self.live.result.findings is not None and not self.live._stale else None
        if result is None:
            self.live.want_findings, wanted = True, self.live.want_findings
            result = self.live.refresh()
            self.live.want_findings = wanted
        findings = result.findings or []
        ids = [f.statement_id for f in findings if f.code == "unanswered-objection" and f.statement_id in amap]
        if not ids:
            ids = [f.statement_id for f in findings if f.statement_id in amap]
        if not ids:
            window.statusBar().showMessage(self.tr("No findings: every objection is answered."), 5000)
            return None
        ids = sorted(dict.fromkeys(ids), key=amap.order_of)
        selected = window.scene.selected_ids()
        after = amap.order_of(selected[-1]) if selected else -1
        chosen = next((i for i in ids if amap.order_of(i) > after), ids[0])
        self.reveal(chosen)
        message = next(f.message for f in findings if f.statement_id == chosen)
        window.statusBar().showMessage(message, 8000)
        return chosen
