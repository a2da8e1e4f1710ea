"""File > Compare with model answer: marks on the boxes, the missing list with "Add it here", the numbers."""

from __future__ import annotations

from argmap.io import dumps
from tests.teaching.test_compare import EXAMPLE, student_copy


def open_student(make_window, tmp_path):
    _model, student = student_copy()
    path = tmp_path / "student.json"
    path.write_text(dumps(student), encoding="utf-8")
    return make_window(path)


def test_marks_and_missing_statements_of_a_students_map(make_window, tmp_path, ui, dialogs):
    window = open_student(make_window, tmp_path)
    compare = window.teaching.compare
    dialogs.open_names.append(str(EXAMPLE))
    ui.trigger(window, "compare")
    assert compare.dock.isVisible()
    assert compare.status_of("c1") == "matched"
    assert compare.status_of("s9") == "misplaced" and compare.status_of("o2") == "misplaced"
    assert compare.status_of("x1") == "extra"
    panel = compare.panel
    missing = [panel.missing.item(r).data(256) for r in range(panel.missing.count())]
    assert missing == ["e1", "r4", "e5"]
    assert "35 of 38 (92 %)" in panel.summary.text()
    assert panel.threshold.value() == 60


def test_add_it_here_puts_the_missing_statement_under_its_parent_in_one_undo_step(make_window, tmp_path, ui):
    window = open_student(make_window, tmp_path)
    compare = window.teaching.compare
    assert compare.compare_with(EXAMPLE)
    before = ui.text_of(window)
    panel = compare.panel
    panel.missing.setCurrentRow(1)  # r4, a rebuttal of o2
    panel.add_button.click()
    amap = window.document.amap
    added = [i for i in amap.ids() if i not in {s.id for s in student_copy()[1].statements()}]
    assert len(added) == 1 and amap.parents(added[0]) == ["o2"] and amap.link(added[0], "o2").relation == "attack"
    assert compare.status_of(added[0]) == "matched"  # its text is the model answer's
    assert panel.missing.count() == 2
    ui.trigger(window, "undo")
    assert ui.text_of(window) == before


def test_the_threshold_can_be_moved_and_stop_removes_the_marks(make_window, tmp_path):
    window = open_student(make_window, tmp_path)
    compare = window.teaching.compare
    compare.compare_with(EXAMPLE)
    compare.panel.threshold.setValue(100)  # only identical texts: reworded statements still match by id here
    assert compare.diff is not None and compare.diff.threshold == 100
    compare.panel.findChild(type(compare.panel.add_button), "compare_stop").click()
    assert compare.status_of("c1") is None and not compare.dock.isVisible()


def test_a_bad_model_answer_gets_one_message(make_window, tmp_path, dialogs):
    window = open_student(make_window, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert not window.teaching.compare.compare_with(bad)
    assert dialogs.warnings and "bad.json" in dialogs.warnings[-1][1]
