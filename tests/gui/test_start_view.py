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


def _wide_map(path):
    amap = ArgumentMap("Wide")
    amap.add("claim", "The main claim.", id="c")
    for i in range(60):  # too wide to read fitted: the start view is the main claim at a readable size
        amap.add("support", f"Reason number {i} for the claim, long enough to wrap.", parent="c")
    save(amap, path)


def test_the_start_view_is_made_again_only_for_a_canvas_that_changed_size(make_window, tmp_path, qtbot, monkeypatch):
    """Opening a map makes the start view, and once more at the next turn of the event loop if the canvas got
    another size meanwhile (the docks fill in, scroll bars come): the same size gives the same view."""
    from argmap.gui import start_view

    _wide_map(tmp_path / "wide.json")
    window = make_window()
    looked: list[str | None] = []
    find = start_view.main_claim
    monkeypatch.setattr(start_view, "main_claim", lambda amap: looked.append(find(amap)) or looked[-1])
    assert window.files.open_path(tmp_path / "wide.json")
    qtbot.wait(20)
    assert looked and set(looked) == {"c"}
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.intersects(window.scene.item_for("c").sceneBoundingRect())
    made = len(looked)
    window._start_view_again()  # the size it was made for: nothing to do
    assert len(looked) == made
    window.resize(window.width() + 200, window.height() + 100)
    qtbot.wait(20)
    window._start_view_again()
    assert len(looked) == made + 1
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.intersects(window.scene.item_for("c").sceneBoundingRect())


def test_the_main_claim_is_the_first_statement_that_bears_on_nothing():
    from argmap.gui.navigation import main_claim

    amap = ArgumentMap()
    assert main_claim(amap) is None
    amap.add("objection", "An objection first.", id="o")
    amap.add("claim", "The claim.", id="c")
    amap.connect("o", "c", Relation.ATTACK)
    amap.add("claim", "Another claim.", id="d")
    assert main_claim(amap) == "c" == amap.main_claims()[0]
    amap.connect("c", "o", Relation.ATTACK)  # c and o in a cycle: d is the first main claim
    assert main_claim(amap) == "d"
    amap.connect("d", "o", Relation.SUPPORT)  # every statement bears on another: the first statement
    assert amap.main_claims() == [] and main_claim(amap) == "o"


def test_a_large_map_too_wide_to_read_opens_at_its_main_claim_without_working_out_the_whole_drawing(
    make_window, tmp_path, monkeypatch
):
    from argmap.gui import main_window, start_view
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "LAZY_FROM", 20)  # the wide map (61 statements) counts as large
    _wide_map(tmp_path / "wide.json")
    shortcut = make_window(tmp_path / "wide.json")
    assert shortcut.scene.lazy and shortcut.scene._diagram._bounds is None  # the drawing's extent was not needed
    shortcut.show_start_view()
    assert shortcut.scene._diagram._bounds is None
    monkeypatch.setattr(main_window.MainWindow, "_too_large_to_read", lambda self: False)
    fitted_first = make_window(tmp_path / "wide.json")
    fitted_first.show_start_view()
    assert fitted_first.scene._diagram._bounds is not None  # (fitted, found unreadable, then the main claim shown)
    for window in (shortcut, fitted_first):
        assert window.view.zoom() == start_view.START_ZOOM
    assert shortcut.view.transform() == fitted_first.view.transform()
    # the same place in view (windows of different widths round the middle pixel differently)
    a = shortcut.view.mapToScene(shortcut.view.viewport().rect().center())
    b = fitted_first.view.mapToScene(fitted_first.view.viewport().rect().center())
    assert abs(a.x() - b.x()) <= 2 / start_view.START_ZOOM and abs(a.y() - b.y()) <= 2 / start_view.START_ZOOM


def test_a_large_map_that_reads_well_fitted_is_still_fitted(make_window, tmp_path, monkeypatch):
    from argmap.gui.canvas import near_items

    monkeypatch.setattr(near_items, "LAZY_FROM", 3)
    amap = ArgumentMap("Small but large")
    amap.add("claim", "The main claim.", id="c")
    for i in range(3):
        amap.add("support", f"Reason {i}.", parent="c")
    save(amap, tmp_path / "few.json")
    window = make_window(tmp_path / "few.json")
    window.show_start_view()
    assert window.scene.lazy and window.view.is_fitted()


def test_a_timer_of_a_closed_window_calls_nothing_once_it_is_deleted(make_window, qtbot):
    # MainWindow's start view is looked at again at the first turn of the event loop: a window deleted before that
    # (closed at once) was called all the same (RuntimeError: its MapView already deleted, caught by pytest-qt).
    from PySide6.QtCore import QTimer
    from shiboken6 import delete

    window = make_window(show=False)
    window.close()
    delete(window)
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
