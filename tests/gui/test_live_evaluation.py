"""Evaluation in the editor: strength rows on the boxes, the Findings dock, Next finding (F8)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from argmap.evaluation import Status, evaluate, find_issues
from argmap.evaluation.explain import explain
from argmap.gui import settings


def settle(qtbot, window) -> None:
    """Let the coalesced relayout and evaluation run (both on zero timers)."""
    live = window.evaluator.live
    qtbot.waitUntil(lambda: not live._timer.isActive() and not live.findings_pending and not live.busy
                    and not window.scene._pending.isActive(),
                    timeout=2000)
    QApplication.processEvents()


def open_findings(window, ui, qtbot):
    ui.act(window, "show_findings").setChecked(True)
    qtbot.waitUntil(lambda: window.evaluator.panel.list.count() > 0, timeout=2000)
    return window.evaluator.panel


def test_boxes_show_the_strengths_and_verdicts_of_the_model(window, qtbot):
    settle(qtbot, window)
    amap = window.document.amap
    ev = evaluate(amap)
    assert window.scene.evaluation, "on by default in the editor"
    for item in window.scene.statement_items():
        assert item.strength == round(ev.strength(item.statement_id), 4)
        assert item.status == ev.status(item.statement_id)
        assert item.defeated == (ev.status(item.statement_id) == Status.REFUTED)  # faded only when refuted
    claim = window.scene.item_for("c1")
    assert claim.evaluation_text() == f"{ev.strength('c1'):.2f}  ·  stands"
    refuted = window.scene.item_for("o1")
    assert refuted.evaluation_text() == "0.01  ·  refuted"  # said in words, not by colour alone
    tip = refuted.tooltip_text()
    assert "Strength 0.01 of 1: refuted." in tip and "Base score 0.50" in tip
    assert "from the rebuttal" in tip  # the tooltip's "why": the reply that takes most


def test_rebutting_an_objection_updates_dock_and_boxes_and_undo_restores(window, ui, qtbot):
    panel = open_findings(window, ui, qtbot)
    amap = window.document.amap
    target = amap.parents("o8")[0]
    assert ("unanswered-objection", "o8") in panel.finding_codes()
    assert panel.finding_codes()[0][0] == "unanswered-objection"  # warnings first
    before_target = window.scene.item_for(target).strength
    before_claim_row = panel.claims.item(0).text()
    assert before_claim_row.startswith("0.67  ·  stands\nJapan")  # the words of the claim's box
    assert window.scene.item_for("o8").evaluation_text() == "0.50  ·  unanswered"

    window.scene.select_ids(["o8"])
    ui.trigger(window, "add_rebuttal")
    window.scene.inline_editor.setPlainText("Tokyo already says so in public.")
    window.scene.inline_editor.commit()
    settle(qtbot, window)
    assert ("unanswered-objection", "o8") not in panel.finding_codes()
    assert window.scene.item_for(target).strength > before_target  # the objection weakened, its target gained
    assert window.scene.item_for("o8").status == Status.WEAKENED  # 0.5 answered by a 0.5 rebuttal: 0.25

    ui.trigger(window, "undo")  # the new rebuttal with its text: one step
    assert len(amap.children("o8")) == 0
    settle(qtbot, window)
    assert ("unanswered-objection", "o8") in panel.finding_codes()
    assert window.scene.item_for(target).strength == before_target
    assert window.scene.item_for("o8").status == Status.UNANSWERED
    assert panel.claims.item(0).text() == before_claim_row


def test_an_edit_is_evaluated_incrementally_and_agrees_with_a_full_evaluation(window, qtbot):
    settle(qtbot, window)
    amap = window.document.amap
    amap.update("o8", score=0.9)
    settle(qtbot, window)
    full = evaluate(amap)
    live = window.evaluator.live.result
    assert live.values == full.values and live.statuses == full.statuses
    assert window.scene.item_for("o8").strength == 0.9


def test_toggling_the_action_hides_the_rows_and_is_remembered(window, ui, qtbot):
    claim = window.scene.item_for("c1")
    shown_height = claim.size()[1]
    ui.trigger(window, "show_evaluation")
    assert not window.scene.evaluation and not claim.evaluation_shown
    assert claim.size()[1] < shown_height  # the row is gone, the box shrinks
    assert settings.settings().value("view/evaluation", type=bool) is False
    window.scene.select_ids(["o8"])
    ui.trigger(window, "add_rebuttal")  # new boxes follow the choice
    assert not window.scene.item_for(window.scene.selected_ids()[0]).evaluation_shown
    ui.trigger(window, "show_evaluation")
    settle(qtbot, window)
    assert window.scene.evaluation and claim.size()[1] == shown_height and claim.strength is not None


def test_clicking_a_finding_selects_and_reveals_its_statement(window, ui, qtbot):
    panel = open_findings(window, ui, qtbot)
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(0x0100) == "o11")
    panel.list.itemClicked.emit(panel.list.item(row))
    assert window.scene.selected_ids() == ["o11"]
    box = window.scene.item_for("o11").scene_box()
    assert window.view.mapToScene(window.view.viewport().rect()).boundingRect().intersects(box)


def test_next_finding_walks_the_unanswered_objections(window, ui):
    seen = []
    for _ in range(5):
        ui.trigger(window, "next_finding")
        seen.extend(window.scene.selected_ids())
    assert seen == ["o8", "o9", "o11", "o12", "o8"]  # map order, then round again
    assert "Unanswered objection" in window.statusBar().currentMessage()


def test_evaluation_ignores_moves(window, qtbot):
    settle(qtbot, window)
    live = window.evaluator.live
    result = live.result
    window.editor.moved(["s3"], [None], [(500.0, 40.0)])
    settle(qtbot, window)
    assert live.result is result  # nothing re-evaluated for a drag


def test_a_change_of_structure_is_evaluated_at_once_and_a_whole_map_off_the_gui_thread(window, ui, qtbot, monkeypatch):
    import threading

    from argmap.gui import live_evaluation

    monkeypatch.setattr(live_evaluation, "INSTANT_SECONDS", -1.0)  # as on a big map: every full evaluation is dear
    threads = []
    job = live_evaluation._evaluate_snapshot

    def spy(*args):
        threads.append(threading.current_thread())
        return job(*args)

    monkeypatch.setattr(live_evaluation, "_evaluate_snapshot", spy)
    panel = open_findings(window, ui, qtbot)
    settle(qtbot, window)
    threads.clear()
    live = window.evaluator.live
    amap = window.document.amap
    window.scene.select_ids(["o8"])
    ui.trigger(window, "add_rebuttal")
    window.scene.inline_editor.commit()
    amap.update("o9", score=0.9)
    settle(qtbot, window)
    assert threads == []  # an edit's evaluation patches the last one, on the GUI thread, in the edit's turn
    full = evaluate(amap)
    assert live.result.values == full.values and live.result.statuses == full.statuses
    assert window.scene.item_for("o8").status == Status.WEAKENED and window.scene.item_for("o9").strength == 0.9
    assert ("unanswered-objection", "o8") not in panel.finding_codes()
    live.invalidate()  # every strength changes (another semantics): the whole map is read, off the GUI thread
    amap.update("o9", score=0.8)  # edits go on meanwhile; they are evaluated on top of the worker's result
    settle(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)
    full = evaluate(amap)
    assert live.result.values == full.values and live.result.statuses == full.statuses
    assert window.scene.item_for("o9").strength == 0.8


def test_dear_findings_are_made_off_the_gui_thread(window, ui, qtbot, monkeypatch):
    import threading

    from argmap.gui import live_evaluation

    panel = open_findings(window, ui, qtbot)
    settle(qtbot, window)
    live = window.evaluator.live
    monkeypatch.setattr(live, "_findings_seconds", 1.0)  # as on a big map
    threads = []
    job = live_evaluation._findings_of

    def spy(*args):
        threads.append(threading.current_thread())
        return job(*args)

    monkeypatch.setattr(live_evaluation, "_findings_of", spy)
    window.scene.select_ids(["o8"])
    window.document.amap.update("o8", text="The link is indirect.")  # no strength changes; findings do
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    settle(qtbot, window)
    assert all(t is not threading.main_thread() for t in threads)
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(0x0100) == "o8")
    assert "The link is indirect." in panel.list.item(row).text()


def test_random_edits_leave_strengths_and_verdicts_equal_to_a_full_evaluation(window, qtbot):
    import random

    settle(qtbot, window)
    amap = window.document.amap
    live = window.evaluator.live
    rng = random.Random(7)
    holes = 0
    for step in range(40):
        ids = amap.ids()
        some = rng.choice(ids)
        before = live.result
        kept = dict(before.values)
        if step % 4 == 0:
            amap.add(rng.choice(["support", "objection"]), f"New statement {step}.", parent=some)
        elif step % 4 == 1 and len(ids) > 5:
            leaves = [i for i in ids if not amap.children(i)]
            amap.remove(rng.choice(leaves))
        elif step % 4 == 2 and len(ids) > 5:  # a statement anywhere (its replies stay, unlinked)
            amap.remove(some)
        else:
            amap.update(some, score=rng.choice([0.1, 0.5, 0.9]))
        settle(qtbot, window)
        full = evaluate(amap)
        assert live.result.values == full.values and live.result.statuses == full.statuses, step
        assert before.values == kept  # the result shown before is left as it was (a new dict, not changed in place)
        ev = live.result.evaluation
        assert ev is not None and ev.dense().graph == full.graph and ev.labels == full.labels, step
        assert find_issues(amap, ev) == find_issues(amap, full), step
        for i in rng.sample(amap.ids(), 5):
            assert explain(ev, i) == explain(full, i), step
        holes = max(holes, len(ev.graph.holes))
    assert holes >= 3  # deletions left numbers empty (nothing renumbered) and later edits were patched on top

def test_removing_a_statement_with_no_link_drops_its_strength(window, qtbot):
    """Its removal names no link's ends: the strengths kept from before must still lose it."""
    settle(qtbot, window)
    amap = window.document.amap
    live = window.evaluator.live
    alone = amap.add("claim", "A claim on its own.").id
    settle(qtbot, window)
    assert alone in live.result.values
    amap.remove(alone)
    settle(qtbot, window)
    full = evaluate(amap)
    assert alone not in live.result.values and alone not in live.result.statuses
    assert live.result.values == full.values and live.result.statuses == full.statuses


def test_opening_a_large_map_starts_its_evaluation_once_the_canvas_has_painted_it(make_window, example_copy, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QObject

    from argmap.gui import live_evaluation

    monkeypatch.setattr(live_evaluation, "INSTANT_SECONDS", -1.0)  # as on a large map: the whole map goes to the worker
    window = make_window()
    live = window.evaluator.live
    order: list[str] = []
    start = live._start_worker
    monkeypatch.setattr(live, "_start_worker", lambda amap: (order.append("evaluation"), start(amap)))

    before = window.document.amap

    class Painted(QObject):
        def eventFilter(self, watched, event):  # (the old map is painted while the new one is read)
            if event.type() == QEvent.Type.Paint and "painted" not in order and window.document.amap is not before:
                order.append("painted")
            return False

    spy = Painted()
    window.view.viewport().installEventFilter(spy)
    assert window.files.open_path(example_copy)
    assert order == [] and live.stale  # the canvas paints first; the strengths are not current meanwhile
    qtbot.waitUntil(lambda: not live.stale, timeout=3000)
    assert order == ["painted", "evaluation"]
    full = evaluate(window.document.amap)
    assert live.result.values == full.values and window.scene.painting_for("o9").strength == full.values["o9"]


def test_an_edit_after_a_dear_evaluation_of_the_whole_map_is_evaluated_in_its_own_turn(window, qtbot, monkeypatch):
    """The whole map's evaluation (on the worker: 0.6 s at 50,000 statements) says nothing of what an edit's costs:
    the first edit after it was put off by twice that, with its strengths stale meanwhile."""
    from argmap.gui import live_evaluation

    settle(qtbot, window)
    live = window.evaluator.live
    job = live_evaluation._evaluate_snapshot
    monkeypatch.setattr(live_evaluation, "_evaluate_snapshot", lambda *args: (*job(*args)[:2], 0.6))  # as on a big map
    monkeypatch.setattr(live, "_full_seconds", 0.6)
    live.invalidate()  # the whole map, on the worker
    settle(qtbot, window)
    assert live.result.seconds == 0.6
    window.document.amap.update("o8", score=0.9)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not live.stale and window.scene.item_for("o8").strength == 0.9


def test_a_hidden_window_evaluates_a_new_map_without_waiting_for_a_paint(make_window, example_copy, qtbot, monkeypatch):
    from argmap.gui import live_evaluation

    monkeypatch.setattr(live_evaluation, "INSTANT_SECONDS", -1.0)
    window = make_window(example_copy, show=False)
    live = window.evaluator.live
    assert live.busy  # started at once: no paint is coming
    qtbot.waitUntil(lambda: not live.stale, timeout=3000)


def _qt_objects_reached(root: object, depth: int = 4) -> list:
    """The Qt objects reached from ``root`` by strong references, ``depth`` steps at most."""
    import gc

    from shiboken6 import Shiboken

    found, stack = [], [(root, 0)]
    while stack:
        obj, level = stack.pop()
        if isinstance(obj, Shiboken.Object):
            found.append(obj)
        elif level < depth:
            stack.extend((referent, level + 1) for referent in gc.get_referents(obj))
    return found


def test_a_worker_ending_after_its_window_was_deleted_touches_none_of_its_qt_objects(make_window, example_copy, qtbot,
                                                                                      monkeypatch):
    # The worker's end was emitted by the window's LiveEvaluation from the worker thread: when the window was deleted
    # on the GUI thread at that moment, the emission used freed memory (a rare "Fatal Python error" at a test's end).
    # Now the worker holds no Qt object of the window (gui/worker_relay.py): the one it emits by outlives every window.
    import threading

    from shiboken6 import delete, isValid

    from argmap.gui import live_evaluation

    window = make_window(show=False)  # hidden: the evaluation starts at once, no paint is waited for
    monkeypatch.setattr(live_evaluation, "INSTANT_SECONDS", -1.0)  # the whole map goes to the worker
    gate, started = threading.Event(), threading.Event()
    evaluate_snapshot = live_evaluation._evaluate_snapshot

    def held(*args):
        started.set()
        gate.wait(10)
        return evaluate_snapshot(*args)

    monkeypatch.setattr(live_evaluation, "_evaluate_snapshot", held)
    live = window.evaluator.live
    futures = []
    pool = live._worker()
    submit = pool.submit
    monkeypatch.setattr(pool, "submit", lambda *args: futures.append(submit(*args)) or futures[-1])
    assert window.files.open_path(example_copy)
    assert started.wait(5) and live.busy
    window.document.stack.setClean()
    window.document._unsaved_since_open = False
    window.close()
    delete(window)  # what the deferred delete of the closed window does, now
    assert not isValid(live)
    (future,) = futures
    assert all(isValid(obj) for obj in _qt_objects_reached(future._done_callbacks))
    gate.set()
    qtbot.waitUntil(future.done, timeout=5000)
    qtbot.wait(20)  # the relay's queued delivery finds the evaluation gone and drops the result
    assert future.exception() is None


def test_a_change_of_words_keeps_the_evaluation_and_findings_asked_for_later_quote_the_new_words(window, ui, qtbot):
    """Strengths and verdicts read no text, kind or source: with the findings dock closed such an edit evaluates
    nothing (the result stands, touching no box); the findings, opened later, are made afresh with the new words."""
    settle(qtbot, window)
    amap = window.document.amap
    live = window.evaluator.live
    before = live.result
    amap.update("o8", text="A brand new wording of this objection.")
    settle(qtbot, window)
    assert live.result.evaluation is before.evaluation and live.result.touched == set()
    assert live.result.values == evaluate(amap).values and live.result.statuses == evaluate(amap).statuses
    panel = open_findings(window, ui, qtbot)
    settle(qtbot, window)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("A brand new wording" in text for text in texts)
    amap.update("o8", score=0.9)  # a score is evaluated again, and so are the findings that are shown
    settle(qtbot, window)
    assert live.result.evaluation is not before.evaluation
    assert live.result.values == evaluate(amap).values
