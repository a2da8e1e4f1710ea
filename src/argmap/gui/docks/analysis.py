"""The Analysis dock: what moves each main claim most, and why the selected statement has its strength.

* **Impact**: every statement ranked by how much it moves the main claim (the claim's strength
  with it minus without it), with the three things a coach asks first on top: the
  strongest objection, the reason that carries most, the objections answered only weakly.
* **Why this score**: the selected statement's base score and what each direct reply adds or
  takes (``argmap explain`` says the same).
* **Grounded labelling (Dung)**: an analysis view, off by default: each row also shows the
  classic in/out/undecided label, which ignores base scores and supports.

Clicking a row reports the statement (``statementChosen``); the window selects and reveals it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from argmap.drawing.box import evaluation_text
from argmap.evaluation import Evaluation, Finding
from argmap.evaluation.explain import explain
from argmap.evaluation.impact import Ranking
from argmap.gui.docks.findings import finding_text
from argmap.gui.explain_text import explanation_lines, kind_word, quote
from argmap.model import ArgumentMap

ID_ROLE = Qt.ItemDataRole.UserRole


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AnalysisPanel(QWidget):
    statementChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.semantics_label = QLabel()
        self.semantics_label.setObjectName("analysis_semantics")
        self.semantics_label.setWordWrap(True)
        self.claim_choice = QComboBox()
        self.claim_choice.setObjectName("analysis_claim")
        self.claim_choice.setAccessibleName(self.tr("Main claim to analyse"))
        self.claim_choice.currentIndexChanged.connect(lambda _i: self._fill_impact())
        self.highlights = QListWidget()
        self.highlights.setObjectName("analysis_highlights")
        self.highlights.setAccessibleName(self.tr("What matters most for the main claim"))
        self.highlights.setWordWrap(True)
        self.highlights.setMaximumHeight(150)
        self.impact_title = QLabel(self.tr("<b>Impact on the main claim</b> (its strength with the statement minus without it)"))
        self.impact_title.setWordWrap(True)
        self.impact = QListWidget()
        self.impact.setObjectName("analysis_impact")
        self.impact.setAccessibleName(self.tr("Every statement ranked by its impact on the main claim"))
        self.impact.setTextElideMode(Qt.TextElideMode.ElideRight)  # the number and verdict in front, the text cut
        self.impact.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.why_title = QLabel(self.tr("<b>Why this score</b>"))
        self.why = QLabel(self.tr("Select a statement to see why it has its strength."))
        self.why.setObjectName("analysis_why")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grounded = QCheckBox(self.tr("Show grounded labels (Dung's grounded semantics)"))
        self.grounded.setObjectName("analysis_grounded")
        self.grounded.setToolTip(self.tr("The classic in / out / undecided labelling over attacks only: it ignores base "
                                         "scores and supports, so it can disagree with the verdicts. For analysis."))
        self.grounded.toggled.connect(lambda _on: self._refill())
        for widget in (self.semantics_label, self.claim_choice, self.highlights, self.impact_title, self.impact,
                       self.why_title, self.why, self.grounded):
            layout.addWidget(widget)
        layout.setStretchFactor(self.impact, 1)
        for view in (self.highlights, self.impact):
            view.itemClicked.connect(self._chosen)
            view.itemActivated.connect(self._chosen)
        self._amap: ArgumentMap | None = None
        self._ev: Evaluation | None = None
        self._ranking: Ranking | None = None
        self._findings: list[Finding] = []
        self._selected: str | None = None

    # ------------------------------------------------------------ input
    def show_analysis(self, amap: ArgumentMap, ev: Evaluation, ranking: Ranking, findings: list[Finding]) -> None:
        self._amap, self._ev, self._ranking, self._findings = amap, ev, ranking, findings
        self.semantics_label.setText(self.tr("Strengths by %1 (View ▸ Strength semantics).").replace("%1", ev.semantics.name))
        claims = [ev.graph.ids[k] for k in ev.graph.main_claims()]  # a rephrase bears on nothing but is no claim
        current = self.claim_choice.currentData()
        self.claim_choice.blockSignals(True)
        self.claim_choice.clear()
        for claim in claims:
            self.claim_choice.addItem(short(amap.statement(claim).text, 50), claim)
        if current in claims:
            self.claim_choice.setCurrentIndex(claims.index(current))
        self.claim_choice.blockSignals(False)
        self.claim_choice.setVisible(len(claims) > 1)
        self._refill()

    def show_why(self, statement_id: str | None) -> None:
        self._selected = statement_id
        self._fill_why()

    def _refill(self) -> None:
        self._fill_impact()
        self._fill_why()

    # ------------------------------------------------------------ rows
    def _row(self, view: QListWidget, text: str, statement_id: str, tip: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, statement_id)
        item.setToolTip(tip or text)
        view.addItem(item)

    def _describe(self, statement_id: str, limit: int = 60) -> str:
        """"objection (0.25 · weakened) “Joining a NATO…”": the verdict in the same words as its box."""
        assert self._amap is not None and self._ev is not None
        s = self._amap.statement(statement_id)
        words = evaluation_text(self._ev.strength(statement_id), self._ev.status(statement_id))
        if self.grounded.isChecked() and statement_id in self._ev.labels:
            words += "  ·  " + self.tr("grounded: %1").replace("%1", str(self._ev.labels[statement_id]))
        return f"{kind_word(s.kind)} ({words}) {quote(short(s.text, limit))}"

    def _fill_impact(self) -> None:
        self.highlights.clear()
        self.impact.clear()
        amap, ev, ranking = self._amap, self._ev, self._ranking
        if amap is None or ev is None or ranking is None:
            return
        claim = self.claim_choice.currentData()
        rows = [m for m in ranking.impacts if m.claim == claim and m.statement in amap]  # (a statement may be gone)
        hurts = [m for m in rows if m.change < -0.0005 and m.statement in amap and _attacks(ev, m.statement)]
        carries = [m for m in rows if m.change > 0.0005]
        if hurts:
            self._row(self.highlights, self.tr("Strongest objection (%2): %1").replace("%1", self._describe(hurts[0].statement))
                      .replace("%2", f"{hurts[0].change:+.2f}"), hurts[0].statement)
        if carries:
            self._row(self.highlights, self.tr("Carries most (%2): %1").replace("%1", self._describe(carries[0].statement))
                      .replace("%2", f"{carries[0].change:+.2f}"), carries[0].statement)
        for f in self._findings:
            weak = f.statement_id
            if f.code == "weakly-answered-objection" and weak is not None and weak in amap:
                self._row(self.highlights, self.tr("Answered only weakly: %1").replace("%1", self._describe(weak)), weak, finding_text(f))
        if not self.highlights.count():
            self._row(self.highlights, self.tr("Nothing bears on this claim yet."), "")
        for m in rows:
            self._row(self.impact, f"{m.change:+.2f}   {self._describe(m.statement)}", m.statement,
                      f"{m.change:+.2f}: " + self._describe(m.statement, 400))
        if not ranking.complete:
            self._row(self.impact, self.tr("(A big map: only the statements nearest the main claims were tried.)"), "")

    def _fill_why(self) -> None:
        amap, ev, chosen = self._amap, self._ev, self._selected
        if amap is None or ev is None or chosen is None or chosen not in ev.graph.index or chosen not in amap:
            self.why.setText(self.tr("Select a statement to see why it has its strength."))
            return
        e = explain(ev, chosen)
        if any(p not in amap for c in e.contributions for p in c.premises):
            self.why.setText(self.tr("Updating…"))  # the map changed since this evaluation; the next one refills
            return
        lines = explanation_lines(amap, e)
        if self.grounded.isChecked():
            lines.append(self.tr("Grounded labelling (Dung): %1.").replace("%1", str(ev.labels.get(chosen, "?"))))
        head = quote(short(amap.statement(chosen).text, 80))
        self.why.setText("\n".join([head, *lines]))

    def _chosen(self, item: QListWidgetItem) -> None:
        statement_id = item.data(ID_ROLE)
        if statement_id:
            self.statementChosen.emit(statement_id)

    # ------------------------------------------------------------ for tests
    def impact_ids(self) -> list[str]:
        return [self.impact.item(i).data(ID_ROLE) for i in range(self.impact.count()) if self.impact.item(i).data(ID_ROLE)]

    def highlight_texts(self) -> list[str]:
        return [self.highlights.item(i).text() for i in range(self.highlights.count())]


def _attacks(ev: Evaluation, statement: str) -> bool:
    """True for a statement that attacks a statement or undercuts an inference."""
    k = ev.graph.index[statement]
    return bool(ev.graph.attack_links[k]) or k in ev.graph.cut_links
