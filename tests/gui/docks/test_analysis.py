"""The Analysis dock: impact on the main claim, why the selected statement has its strength, the semantics choice."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from argmap.evaluation import evaluate
from argmap.evaluation.impact import rank
from argmap.io import load


def open_analysis(window, ui, qtbot):
    ui.act(window, "show_analysis").setChecked(True)
    panel = window.analysis
    qtbot.waitUntil(lambda: panel.impact.count() > 0, timeout=3000)
    return panel


def test_the_dock_ranks_by_impact_and_names_the_strongest_objection(window, ui, qtbot):
    panel = open_analysis(window, ui, qtbot)
    amap = window.document.amap
    expected = [m.statement for m in rank(evaluate(amap)).impacts if m.claim == "c1"]
    assert panel.impact_ids() == expected
    texts = panel.highlight_texts()
    assert texts[0].startswith("Strongest objection (-0.06): objection (0.25  ·  weakened) “Joining a NATO mission")
    assert any(t.startswith("Carries most (+0.08): rebuttal") for t in texts), texts


def test_clicking_a_row_selects_the_statement_and_the_why_follows_the_selection(window, ui, qtbot):
    panel = open_analysis(window, ui, qtbot)
    item = panel.impact.item(0)
    panel.impact.itemClicked.emit(item)
    chosen = item.data(0x0100)
    assert window.scene.selected_ids() == [chosen]
    QApplication.processEvents()
    window.scene.select_ids(["o1"])
    QApplication.processEvents()
    why = panel.why.text()
    assert "Strength 0.01: refuted." in why
    assert "Without the rebuttal “Any dispatch of personnel" in why and "would be 0.11 instead of 0.01" in why


def test_grounded_labels_are_an_analysis_view(window, ui, qtbot):
    panel = open_analysis(window, ui, qtbot)
    assert "grounded" not in panel.impact.item(0).text()
    panel.grounded.setChecked(True)
    assert "grounded: " in panel.impact.item(0).text()


def test_choosing_a_semantics_is_one_undo_step(window, ui, qtbot):
    open_analysis(window, ui, qtbot)
    amap = window.document.amap
    before = window.scene.item_for("c1").strength
    assert ui.act(window, "semantics_dfquad").isChecked()
    ui.trigger(window, "semantics_quadratic_energy")
    assert amap.semantics == "quadratic-energy" and ui.act(window, "semantics_quadratic_energy").isChecked()
    qtbot.waitUntil(lambda: window.scene.item_for("c1").strength != before, timeout=3000)
    assert window.scene.item_for("c1").strength == round(evaluate(amap).strength("c1"), 4)
    qtbot.waitUntil(lambda: "Quadratic energy" in window.analysis.semantics_label.text(), timeout=3000)
    ui.trigger(window, "undo")
    assert amap.semantics == "dfquad" and ui.act(window, "semantics_dfquad").isChecked()
    qtbot.waitUntil(lambda: window.scene.item_for("c1").strength == before, timeout=3000)


def test_the_semantics_is_saved_and_loaded(tmp_path):
    from argmap.io import save

    amap = load(__import__("tests.conftest", fromlist=["EXAMPLE"]).EXAMPLE)
    amap.set_semantics("euler")
    path = tmp_path / "m.json"
    save(amap, path)
    assert '"semantics": "euler"' in path.read_text(encoding="utf-8")
    assert load(path).semantics == "euler"
    assert evaluate(load(path)).semantics.key == "euler"


def test_the_inspector_shows_the_verdict_and_why(window, qtbot):
    window.scene.select_ids(["o1"])
    label = window.evaluator.why_label
    qtbot.waitUntil(label.isVisible, timeout=3000)
    text = label.text()
    assert "0.01  ·  refuted" in text and "from the rebuttal “Any dispatch of personnel" in text
    window.scene.select_ids(["o1", "o2"])
    assert not label.isVisible()


def test_an_undercut_can_be_the_strongest_objection_and_a_rephrase_is_no_claim(make_window, tmp_path, ui, qtbot):
    import json

    from argmap.model import ArgumentMap, Link, Relation

    amap = ArgumentMap("Undercut")
    amap.add("claim", "Japan should join the training mission", id="t")
    amap.add("support", "Training saves Ukrainian lives", parent="t", id="s", score=0.9)
    amap.add("objection", "Saving lives does not oblige Japan in particular", id="u", score=0.9)
    amap.add_link(Link("u", "t", Relation.ATTACK, onto="s"))
    amap.add("claim", "Japan ought to take part in the mission", id="r")
    amap.connect("r", "t", Relation.REPHRASE)
    path = tmp_path / "undercut.argmap.json"
    from argmap.io.writing import save

    save(amap, path)
    assert json.loads(path.read_text())["edges"][1]["onto"] == "s"
    window = make_window(path)
    panel = open_analysis(window, ui, qtbot)
    claims = [panel.claim_choice.itemData(i) for i in range(panel.claim_choice.count())]
    assert claims == ["t"]  # the rephrase restates the claim: it is not a second one
    assert panel.highlight_texts()[0].startswith("Strongest objection (")
    assert "Saving lives does not oblige" in panel.highlight_texts()[0]


def test_with_the_dock_open_dear_findings_are_made_off_the_gui_thread(window, ui, qtbot, monkeypatch):
    """The dock lists findings too: while it is open they are kept up to date like the Findings dock's, on the worker
    when dear, and the dock is filled once they are ready (no whole-map pass on the GUI thread per filling)."""
    import threading

    import argmap.evaluation
    from argmap.gui import live_evaluation
    from argmap.gui.evaluation_controller import EvaluationController

    open_analysis(window, ui, qtbot)
    live = window.evaluator.live
    assert live.want_findings and window.evaluator.dock.isHidden()  # the Findings dock itself stays closed
    qtbot.waitUntil(lambda: not live.stale and not live.findings_pending, timeout=3000)
    monkeypatch.setattr(live, "_findings_seconds", 1.0)  # as on a big map
    monkeypatch.setattr(EvaluationController, "_analysis_seconds", 0.0, raising=False)
    threads = []
    made = argmap.evaluation.find_issues

    def spy(*args):
        threads.append(threading.current_thread())
        return made(*args)

    monkeypatch.setattr(argmap.evaluation, "find_issues", spy)
    monkeypatch.setattr(live_evaluation, "find_issues", spy)
    window.document.amap.update("o8", score=0.2)
    qtbot.waitUntil(lambda: bool(threads) and not live.findings_pending and not live.stale, timeout=5000)
    qtbot.wait(50)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.analysis._findings == live.result.findings
    ui.act(window, "show_analysis").setChecked(False)
    qtbot.waitUntil(lambda: not live.want_findings, timeout=2000)
