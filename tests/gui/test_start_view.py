"""What a person sees first: a readable start view, and the Findings dock's claim rows uncut."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from argmap.io import save
from argmap.model import ArgumentMap, Relation


def test_a_map_whose_claims_sit_in_a_cycle_still_opens_readable(make_window, tmp_path):
    amap = ArgumentMap("Cycle")
    amap.add("claim", "Meat is fine.", id="a")
    amap.add("objection", "Only a strict vegetarian diet is right.", id="b", parent="a")
    amap.connect("a", "b", Relation.ATTACK)  # no statement without a parent: no main claim
    for i in range(60):  # wide enough that fitting the whole map would be unreadable
        amap.add("support", f"Reason number {i} for the first claim, long enough to wrap.", parent="a")
    save(amap, tmp_path / "cycle.json")
    window = make_window(tmp_path / "cycle.json")
    assert amap.main_claims() == [] or window.document.amap.main_claims() == []
    window.show_start_view()
    assert window.view.zoom() >= 0.5  # the start zoom, not a fitted strip of unreadable boxes
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.intersects(window.scene.item_for("a").sceneBoundingRect())


def test_findings_claim_rows_show_both_lines(window, ui, qtbot):
    ui.act(window, "show_findings").setChecked(True)
    panel = window.evaluator.panel
    qtbot.waitUntil(lambda: panel.claims.count() > 0, timeout=2000)
    QApplication.processEvents()
    claims = panel.claims
    assert not claims.horizontalScrollBar().isVisible()
    needed = claims.sizeHintForRow(0) * claims.count()
    assert claims.viewport().height() >= needed


def test_an_emptied_map_leaves_no_room_to_scroll(window, ui, qtbot):
    before = window.scene.sceneRect()
    ui.act(window, "select_all").trigger()
    ui.act(window, "delete").trigger()
    window.scene.relayout()
    assert len(window.document.amap) == 0
    after = window.scene.sceneRect()
    assert after.width() < before.width() / 4 and after.height() < before.height()
