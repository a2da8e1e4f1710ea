"""The outline of a big map: rows are made when shown, and every edit moves just the rows it touches."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from argmap.io import save
from argmap.model import Link, Relation
from tests.gui.docks.test_docks import outline_snapshot, rows_in

ROOT = Path(__file__).resolve().parents[3]


def big_map(n: int):
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    return generate_map(n, seed=3)


def fresh_snapshot(document) -> list:
    """The outline a new window would show for the same map."""
    from argmap.gui.docks.outline import Outline

    fresh = Outline()
    fresh.set_document(document)
    try:
        return outline_snapshot(fresh)
    finally:
        fresh.set_document(None)
        fresh.deleteLater()


def test_a_big_outline_makes_only_the_rows_it_shows_and_unfolds_to_a_far_row(make_window, tmp_path, qtbot):
    from argmap.gui.docks.outline import EXPAND_ALL_UP_TO

    amap = big_map(3 * EXPAND_ALL_UP_TO)
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    assert outline._model.built_lists() < len(amap) // 4  # folded rows' children were never worked out
    far = window.document.amap.ids()[-1]
    assert not outline.isExpanded(outline._model.index_for(window.document.amap.parents(far)[0]))
    window.scene.select_ids([far])  # chosen on the canvas
    assert outline.selected_ids() == [far]
    row = outline.item_for(far)
    assert row.isSelected() and row.parent().isExpanded()
    assert row.text(0) == " ".join(window.document.amap.statement(far).text.split())
    assert outline.visualRect(outline._model.index_for(far)).intersects(outline.viewport().rect())  # scrolled to it
    assert rows_in(outline) == set(window.document.amap.ids())


def test_an_edit_on_a_big_map_reads_only_the_rows_on_screen(make_window, tmp_path, qtbot, monkeypatch):
    """The view does not read every row again after an edit (it did: 18,000 reads per edit at 1,000 rows)."""
    from argmap.gui.commands import AddStatement, DeleteStatements, UpdateStatement
    from argmap.gui.docks.outline_model import OutlineModel

    amap = big_map(3000)
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    qtbot.waitUntil(lambda: not outline.is_filling(), timeout=20000)  # (a staged map's rows come after its first paint)
    outline.expandAll()  # even with every row unfolded
    qtbot.wait(10)
    reads = []
    real = OutlineModel.data
    monkeypatch.setattr(OutlineModel, "data", lambda self, index, role=0: reads.append(1) or real(self, index, role))
    doc = window.document
    m = doc.amap
    for command in (UpdateStatement(m, "s5", text="Rewritten."), AddStatement(m, "objection", "New.", parent="s7"),
                    DeleteStatements(m, ["s2999"])):
        reads.clear()
        doc.execute(command)
        qtbot.wait(5)
        outline.viewport().repaint()
        assert len(reads) < 2000, len(reads)  # what is on screen (a few dozen rows, several roles each)
    assert outline_snapshot(outline) == fresh_snapshot(doc)


def test_random_edits_undo_and_redo_leave_the_outline_as_a_fresh_one(make_window, tmp_path, qtbot, qtlog):
    from PySide6.QtTest import QAbstractItemModelTester

    from argmap.gui.commands import (
        AddStatement,
        Connect,
        DeleteStatements,
        Disconnect,
        FlipRelation,
        Reparent,
        SetKind,
        UpdateStatement,
    )

    save(big_map(150), tmp_path / "small.json")
    window = make_window()
    assert window.files.open_path(tmp_path / "small.json")
    doc = window.document
    amap = doc.amap
    outline = window.outline
    tester = QAbstractItemModelTester(outline.model(), QAbstractItemModelTester.FailureReportingMode.Warning)
    rng = random.Random(7)
    for step in range(60):
        ids = amap.ids()
        a, b = rng.sample(ids, 2)
        roll = rng.randrange(9)
        if roll == 0:
            command = AddStatement(amap, rng.choice(["support", "objection", "evidence"]), f"Added {step}.", parent=a)
        elif roll == 1:
            command = DeleteStatements(amap, [a], subtree=rng.random() < 0.3)
        elif roll == 2:
            command = UpdateStatement(amap, a, text=f"Edited {step}.", title=rng.choice(["", f"Title {step}"]))
        elif roll == 3:
            command = SetKind(amap, [a], rng.choice(["support", "objection", "evidence", "claim"]))
        elif roll == 4 and amap.parents(a):
            command = FlipRelation(amap, [a])
        elif roll == 5 and b not in amap.ancestors(a) and a not in amap.ancestors(b) and not amap.has_link(a, b):
            command = Connect(amap, a, b, "support")  # a cross-link: a second parent
        elif roll == 6 and amap.parents(a):
            command = Disconnect(amap, [(a, amap.parents(a)[0])])
        elif roll == 7 and a not in amap.ancestors(b) and b not in amap.descendants(a):
            command = Reparent(amap, a, b)
        else:
            doc.stack.undo() if rng.random() < 0.6 else doc.stack.redo()
            continue
        doc.execute(command)
        if rng.random() < 0.3:
            doc.stack.undo()
            if rng.random() < 0.5:
                doc.stack.redo()
        if step % 10 == 0:
            outline.expandAll()
            assert outline_snapshot(outline) == fresh_snapshot(doc), step
    while doc.stack.canUndo():
        doc.stack.undo()
    outline.expandAll()
    assert outline_snapshot(outline) == fresh_snapshot(doc)
    assert rows_in(outline) == set(amap.ids())
    problems = [r.message for r in qtlog.records if "FAIL" in r.message or "QAbstractItemModelTester" in r.message]
    assert problems == []
    del tester


def test_row_tooltips_say_what_the_map_says_now(make_window, tmp_path, qtbot):
    """Tooltips are worked out when asked: a titled row's text, and what an undercut does, after edits too."""
    amap = big_map(1500)
    amap.update("s3", title="A short title")
    save(amap, tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    row = outline.item_for("s3")
    assert row.text(0) == "A short title" and row.font(0).bold()
    assert row.toolTip(0) == f"A short title\n\n{window.document.amap.statement('s3').text}"
    window.document.amap.update("s3", text="Edited after the outline filled.")
    assert row.toolTip(0) == "A short title\n\nEdited after the outline filled."
    plain = outline.item_for("s4")
    assert not plain.font(0).bold() and plain.toolTip(0) == window.document.amap.statement("s4").text
    assert plain.toolTip(1) == ""  # a plain support or attack says nothing more than its kind column
    assert plain.data(0, Qt.ItemDataRole.UserRole) == "s4"


def test_f2_in_the_outline_edits_the_row_and_enter_commits_it(window, ui, qtbot):
    outline = window.outline
    window.outline_dock.show()
    window.outline_dock.raise_()
    window.scene.select_ids(["r7"])
    outline.setFocus()
    qtbot.waitUntil(outline.hasFocus)
    ui.trigger(window, "edit_text")
    editor = outline.indexWidget(outline.currentIndex()) or outline.focusWidget()
    assert editor is not outline and outline.state() == outline.State.EditingState
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed in the outline")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.amap.statement("r7").text == "Typed in the outline", timeout=2000)
    assert outline.item_for("r7").text(0) == "Typed in the outline"


def test_the_kind_column_shows_every_row_s_words_whole(window):
    """The Kind column is sized once from the words it can hold (not by measuring rows at each edit)."""
    from tests.gui.docks.test_docks import rows_in

    outline = window.outline
    metrics = outline.fontMetrics()
    width = outline.header().sectionSize(1)
    widest = max(metrics.horizontalAdvance(outline.item_for(i).text(1)) for i in rows_in(outline))
    assert widest < width < widest + 40
    amap = window.document.amap
    target = amap.parents("r1")[0]
    other = next(i for i in amap.children(target) if i != "r1")
    amap.add("objection", "An undercut added now.", id="u9")
    amap.add_link(Link("u9", target, Relation.ATTACK, onto=other))  # an attack on the inference from `other`
    assert outline.item_for("u9").text(1).startswith("\u2212\u2192 ")
    assert metrics.horizontalAdvance(outline.item_for("u9").text(1)) < outline.header().sectionSize(1)


def test_a_cycle_in_the_map_still_lists_every_statement_once(make_window, tmp_path):
    """Statements that support each other in a circle: each still has one row, none inside itself."""
    from argmap.model import ArgumentMap

    amap = ArgumentMap("Circle")
    amap.add("claim", "Main", id="t")
    amap.add("support", "A", id="a")  # a, b, c support each other in a circle; c also supports the main claim
    amap.add("support", "B", id="b", parent="a")
    amap.add("support", "C", id="c", parent="b")
    amap.connect("a", "c", "support")
    amap.connect("c", "t", "support")
    save(amap, tmp_path / "circle.json")
    window = make_window()
    assert window.files.open_path(tmp_path / "circle.json")
    outline = window.outline
    assert rows_in(outline) == {"t", "a", "b", "c"}
    assert outline_snapshot(outline) == fresh_snapshot(window.document)
    window.document.amap.disconnect("c", "t")  # the circle alone: one of it becomes a top row
    assert rows_in(outline) == {"t", "a", "b", "c"}
    window.document.amap.connect("c", "t", "support")
    assert rows_in(outline) == {"t", "a", "b", "c"}


def test_adding_a_reason_or_deleting_one_touches_no_top_row(make_window, tmp_path, qtbot):
    """A row inserted, moved or removed among the tops makes Qt's tree view lay out and paint every row again (17 ms
    at 10,000 statements): a new reason goes straight under its parent, a deleted one straight out of it; a new claim
    gets its top row when the edit is over."""
    from argmap.gui.commands import AddStatement, DeleteStatements

    save(big_map(1500), tmp_path / "big.json")
    window = make_window()
    outline = window.outline
    assert window.files.open_path(tmp_path / "big.json")
    model, doc = outline.model(), window.document
    m = doc.amap
    tops: list[str] = []
    for signal in (model.rowsInserted, model.rowsRemoved, model.rowsAboutToBeMoved):
        signal.connect(lambda parent, *rest, name=signal: tops.append(str(name)) if not parent.isValid() else None)
    leaf = next(i for i in reversed(m.ids()) if not m.children(i) and m.parents(i))
    for command in (AddStatement(m, "objection", "New.", parent="s7"), DeleteStatements(m, [leaf])):
        doc.execute(command)
        qtbot.wait(5)
    doc.stack.undo()  # the leaf comes back under its parent
    qtbot.wait(5)
    assert tops == []
    assert outline_snapshot(outline) == fresh_snapshot(doc)
    before = outline.topLevelItemCount()
    doc.execute(AddStatement(m, "claim", "A new main claim."))
    qtbot.wait(5)
    assert len(tops) == 1 and outline.topLevelItemCount() == before + 1
    assert outline.item_for(m.ids()[-1]).parent() is None
    assert outline_snapshot(outline) == fresh_snapshot(doc)


def test_put_off_rows_come_in_slices_of_the_map_as_it_is_with_the_canvas_selection(make_window, tmp_path, qtbot, qapp, monkeypatch):
    """A large map's rows, put off until after the canvas's first paint, are worked out over several turns of the event
    loop; an edit in between starts the passes again (they read the map as it was), and what the canvas selected
    meanwhile is selected in the rows once they come."""
    from argmap.gui.commands import AddStatement
    from argmap.gui.docks import outline as outline_module
    from argmap.gui.docks import outline_parents

    monkeypatch.setattr(outline_parents, "STEP", 40)
    monkeypatch.setattr(outline_module, "FILL_SLICE", 0.0)  # one step a turn
    save(big_map(600), tmp_path / "big.json")
    window = make_window()
    assert window.files.open_path(tmp_path / "big.json")
    outline, doc = window.outline, window.document
    outline.set_document(doc, later=True)
    outline.fill_later()
    for _ in range(5):
        qapp.processEvents()
    assert outline.is_filling() and outline._model.rowCount() == 0, "still working after five turns, no rows yet"
    top = doc.amap.ids()[0]
    doc.execute(AddStatement(doc.amap, "support", "Added while the rows were worked out.", parent=top))
    added = doc.amap.ids()[-1]
    window.scene.select_ids([added])
    qtbot.waitUntil(lambda: not outline.is_filling(), timeout=20000)
    assert outline_snapshot(outline) == fresh_snapshot(doc)
    assert outline.selected_ids() == [added]
