"""Comments: written in the dock (one undo step), a marker on the box, hidden in presentations and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt

from argmap.cli import main


def comment_on(window, statement_id: str, text: str) -> None:
    window.scene.select_ids([statement_id])
    window.teaching.comments.edit_selected()
    window.teaching.comments.panel.editor.setPlainText(text)
    window.teaching.comments.panel.save.click()


def test_a_comment_is_one_undo_step_with_a_marker_and_a_list_entry(window, ui):
    before = ui.text_of(window)
    comment_on(window, "s1", "Name the benefits.")
    comments = window.teaching.comments
    assert window.document.amap.statement("s1").comment == "Name the benefits."
    assert set(comments.marks) == {"s1"} and comments.marks["s1"].toolTip() == "Name the benefits."
    assert comments.panel.list.count() == 1
    ui.trigger(window, "undo")
    assert ui.text_of(window) == before
    window.teaching.comments.refresh()
    assert comments.marks == {}


def test_comments_are_left_out_of_the_picture_and_shown_in_a_presentation_only_on_c(window, ui, qtbot):
    comment_on(window, "c1", "State the claim more narrowly.")
    assert all("State the claim" not in str(b.painting.footer_runs) for b in window.scene.diagram().boxes)
    ui.trigger(window, "present")
    shown = window.teaching.presentation
    qtbot.waitExposed(shown)
    assert shown.comment_shown() == ""
    qtbot.keyClick(shown, Qt.Key.Key_C)
    assert shown.comment_shown() == "State the claim more narrowly."
    shown.grab()  # paints the note
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


def test_comments_exported_on_their_own(window, tmp_path, capsys):
    comment_on(window, "o2", "Which poll?")
    window.files.save()
    out = tmp_path / "feedback.md"
    assert main(["export", str(window.document.path), str(out), "--comments"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Which poll?" in text and "`o2`" in text
    assert main(["export", str(window.document.path), str(tmp_path / "feedback.png"), "--comments"]) == 2


def test_the_marks_follow_edits_made_anywhere(window, ui):
    comments = window.teaching.comments
    comment_on(window, "s1", "Name the benefits.")
    window.document.amap.update("c1", comment="Narrower, please.")  # not through the dock
    comments.refresh()
    assert set(comments.marks) == {"s1", "c1"}
    window.scene.select_ids(["s1"])
    ui.trigger(window, "delete")
    comments.refresh()
    assert set(comments.marks) == {"c1"}
    ui.trigger(window, "undo")
    comments.refresh()
    assert set(comments.marks) == {"s1", "c1"}


def test_the_status_bar_counts_links_as_they_come_and_go(window, ui):
    amap = window.document.amap

    def counted() -> str:
        window.update_status()
        return window.counts_label.text()

    assert f"{len(amap.links())} links" in counted()
    window.scene.select_ids(["s1"])
    ui.trigger(window, "delete")
    assert f"{len(amap.links())} links" in counted()
    ui.trigger(window, "undo")
    assert f"{len(amap.links())} links" in counted()


def test_comments_in_the_file_are_marked_at_the_first_edit(make_window, example_copy, ui):
    """The set of commented statements is read once (when the map is shown), from the statements as held, and then
    kept by the edits: a blank comment is no comment, and every other one gets its mark."""
    from argmap.io import load, save

    amap = load(example_copy)
    amap.update("s1", comment="Name the benefits.")
    amap.update("c1", comment="   ")
    save(amap, example_copy)
    window = make_window(example_copy)
    comments = window.teaching.comments
    window.document.amap.update("s1", text="Edited.")  # an edit that leaves the comments as they are
    comments.refresh()
    assert set(comments.marks) == {"s1"}


def test_comments_in_the_file_are_marked_as_soon_as_it_opens(make_window, example_copy, qtbot):
    from argmap.io import load, save

    amap = load(example_copy)
    amap.update("s1", comment="Name the benefits.")
    save(amap, example_copy)
    window = make_window(example_copy)
    comments = window.teaching.comments
    qtbot.waitUntil(lambda: set(comments.marks) == {"s1"})
    assert comments.marks["s1"].toolTip() == "Name the benefits."
