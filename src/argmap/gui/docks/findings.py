"""The Findings dock: how strong each main claim is, then what needs work (warnings first).

It shows an :class:`~argmap.gui.live_evaluation.EvaluationResult`; clicking a row reports
the statement (``statementChosen``) and the window selects and reveals it on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from argmap.drawing.box import evaluation_text
from argmap.evaluation.findings import Severity
from argmap.gui.finding_text import finding_text
from argmap.gui.live_evaluation import EvaluationResult
from argmap.model import ArgumentMap

ID_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FindingsPanel(QWidget):
    statementChosen = Signal(str)  # a row about this statement was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.claims_title = QLabel(self.tr("<b>Main claims</b>"))
        self.claims = QListWidget()
        self.claims.setObjectName("findings_claims")
        self.claims.setAccessibleName(self.tr("Strength of each main claim"))
        self.claims.setWordWrap(False)  # two explicit lines, elided: a wrapped row's height is unknown until shown
        self.claims.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it would cover line two
        self.claims.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.claims.setMaximumHeight(110)
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("findings_list")
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for widget in (self.claims_title, self.claims, self.summary, self.list):
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        for view in (self.claims, self.list):
            view.itemClicked.connect(self._chosen)
            view.itemActivated.connect(self._chosen)
        style = self.style()
        self._icons = {
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }

    def _chosen(self, item: QListWidgetItem) -> None:
        statement_id = item.data(ID_ROLE)
        if statement_id:
            self.statementChosen.emit(statement_id)

    def show_result(self, amap: ArgumentMap, result: EvaluationResult) -> None:
        self.claims.clear()
        for claim in amap.main_claims():
            value = result.values.get(claim)
            if value is None:
                continue
            # the same words as the claim's box: "0.67  ·  stands"
            text = evaluation_text(value, result.statuses.get(claim)) + "\n" + short(amap.statement(claim).text)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, claim)
            item.setToolTip(amap.statement(claim).text)
            self.claims.addItem(item)
        rows = sum(self.claims.sizeHintForRow(i) for i in range(self.claims.count()))
        self.claims.setFixedHeight(min(120, rows + 2 * self.claims.frameWidth() + 4))
        self.claims_title.setVisible(self.claims.count() > 0)
        self.claims.setVisible(self.claims.count() > 0)
        self.list.clear()
        findings = sorted(result.findings or [], key=lambda f: f.severity != Severity.WARNING)
        for finding in findings:
            item = QListWidgetItem(self._icons[finding.severity], finding_text(finding))
            item.setData(ID_ROLE, finding.statement_id or "")
            item.setData(CODE_ROLE, finding.code)
            item.setToolTip(f"{finding.severity.value}: {finding.code}")
            if not finding.nodes:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)  # map-wide: nothing to go to
            self.list.addItem(item)
        warnings = sum(f.severity == Severity.WARNING for f in findings)
        if not findings:
            self.summary.setText(self.tr("No findings: every objection is answered."))
        else:
            self.summary.setText(self.tr("%1 warnings, %2 notes").replace("%1", str(warnings))
                                 .replace("%2", str(len(findings) - warnings)))
        if not result.converged:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "(Some strengths did not settle in a cycle of reasons: those boxes say “unsettled”.)"))

    def finding_codes(self) -> list[tuple[str, str]]:
        """(code, statement id) of every row, top to bottom (for tests and Next finding)."""
        return [(self.list.item(i).data(CODE_ROLE), self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]
