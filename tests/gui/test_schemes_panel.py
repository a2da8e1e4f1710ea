"""A reason marked "from expert opinion": its critical questions show, one becomes an objection by one key, the rest are findings."""

from __future__ import annotations

from PySide6.QtCore import Qt


def mark_expert(window, monkeypatch, statement="s1"):
    monkeypatch.setattr("argmap.gui.schemes_panel.QInputDialog.getItem",
                        lambda parent, title, label, items, *a: ("Argument from expert opinion", True))
    window.scene.select_ids([statement])
    assert window.teaching.schemes.choose_scheme()


def test_mark_a_reason_see_its_questions_and_raise_one_with_q(window, ui, qtbot, monkeypatch):
    before = ui.text_of(window)
    mark_expert(window, monkeypatch)
    amap = window.document.amap
    assert amap.link("s1", "c1").scheme == "expert_opinion"
    schemes = window.teaching.schemes
    assert schemes.dock.isVisible()
    panel = schemes.panel
    assert "expert opinion" in panel.heading.text().lower() and panel.questions.count() == 6
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Q)  # one key: the first open question becomes an objection
    raised = [i for i in amap.children("s1") if amap.statement(i).question]
    assert len(raised) == 1 and amap.statement(raised[0]).question == "expert_opinion/expertise"
    assert amap.link(raised[0], "s1").relation == "attack"
    assert not panel.questions.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # shown as raised
    live = window.evaluator.live
    live.set_wanted(findings=True)
    result = live.refresh()  # what the Findings dock lists: the five questions still open
    assert sum(1 for f in result.findings if f.code == "open-critical-question") == 5
    ui.trigger(window, "undo")
    ui.trigger(window, "undo")
    assert ui.text_of(window) == before


def test_the_chosen_question_is_raised_and_findings_list_the_rest(window, monkeypatch):
    from argmap.evaluation import find_issues

    mark_expert(window, monkeypatch)
    schemes = window.teaching.schemes
    schemes.panel.questions.setCurrentRow(4)  # "Is A consistent with what other experts assert?"
    new_id = schemes.raise_question()
    amap = window.document.amap
    assert amap.statement(new_id).question == "expert_opinion/consistency"
    messages = [f.message for f in find_issues(amap) if f.code == "open-critical-question"]
    assert len(messages) == 5 and not any("other experts" in m for m in messages)


def test_an_objection_cannot_be_marked(window, monkeypatch):
    monkeypatch.setattr("argmap.gui.schemes_panel.QInputDialog.getItem", lambda *a: ("Argument from analogy", True))
    window.scene.select_ids(["o1"])
    assert not window.teaching.schemes.choose_scheme()


def test_a_marked_reason_shows_its_open_prompts_under_its_box(window, monkeypatch):
    mark_expert(window, monkeypatch)
    schemes = window.teaching.schemes
    schemes.place_badges()
    badge = schemes.badges["s1"]
    assert "6 open question" in badge.text and "How credible is E as an expert source?" in badge.toolTip()
    assert badge.y() >= window.scene.item_for("s1").scene_box().bottom()  # under the box
    schemes.raise_question()
    schemes.place_badges()
    assert "5 open question" in schemes.badges["s1"].text


def test_the_inspector_marks_a_reason_too(window, ui):
    before = ui.text_of(window)
    window.scene.select_ids(["s2"])
    box = window.teaching.schemes.inspector_box
    assert box is not None and box.isEnabled() and box.currentIndex() == 0
    index = box.findData("cause_to_effect")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert window.document.amap.link("s2", "c1").scheme == "cause_to_effect"
    window.scene.select_ids(["o1"])
    assert not box.isEnabled()  # an objection is no reason
    window.scene.select_ids(["s2"])
    assert box.currentData() == "cause_to_effect"
    ui.trigger(window, "undo")
    assert ui.text_of(window) == before


def test_the_badges_follow_marks_made_and_undone(window, ui, monkeypatch):
    schemes = window.teaching.schemes
    schemes.place_badges()  # nothing marked yet: no badge
    assert schemes.badges == {}
    mark_expert(window, monkeypatch)
    schemes.place_badges()
    assert set(schemes.badges) == {"s1"}
    ui.trigger(window, "undo")
    schemes.place_badges()
    assert schemes.badges == {}
    window.document.amap.update_link("s1", window.document.amap.parents("s1")[0], scheme="expert_opinion")  # not by a command
    schemes.place_badges()
    assert set(schemes.badges) == {"s1"}


def test_reasons_marked_in_the_file_get_their_badges_at_the_first_edit(make_window, example_copy):
    """The marked links are read once, at the first edit, from the links as held: only a link with a scheme counts."""
    from argmap.io import load, save

    amap = load(example_copy)
    amap.update_link("s1", amap.parents("s1")[0], scheme="expert_opinion")
    save(amap, example_copy)
    window = make_window(example_copy)
    schemes = window.teaching.schemes
    window.document.amap.update("c1", text="Edited.")
    schemes.place_badges()
    assert set(schemes.badges) == {"s1"}


def test_a_map_opened_with_marked_reasons_shows_their_badges_before_any_edit(make_window, qtbot):
    """The scheme-practice template marks three reasons: each one's badge is under its box as soon as it opens."""
    from argmap.io import load
    from argmap.package_files import maps_dir

    path = maps_dir() / "template-scheme-practice.json"
    marked = {link.source for link in load(path).links() if link.scheme}
    window = make_window(path)
    schemes = window.teaching.schemes
    qtbot.waitUntil(lambda: set(schemes.badges) == marked)
    assert len(marked) == 3 and all(badge.scene() is window.scene for badge in schemes.badges.values())
