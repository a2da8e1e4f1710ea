"""Undercuts, rephrases and shared premises in the editor: gestures, commands, undo/redo, copy/paste, texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.gui import dialogs as dialog_functions
from argmap.model import Kind, Relation

DEMO = Path(__file__).resolve().parents[2] / "maps" / "undercuts-and-rephrases.json"


@pytest.fixture
def demo(make_window, tmp_path):
    copy = tmp_path / "demo.json"
    copy.write_bytes(DEMO.read_bytes())
    return make_window(copy)


def choose(fragment: str):
    """A stand-in for dialogs.ask_choice that picks the first item containing ``fragment``."""

    def answer(parent, title, label, items):
        return next(k for k, item in enumerate(items) if fragment in item)

    return answer


def test_dragging_a_connection_onto_an_arrow_makes_an_undercut(demo, ui):
    amap, scene = demo.document.amap, demo.scene
    scene.relayout()
    arrow = scene.link_item_for("d", "c").arrow_shape()
    on_line = arrow[0].pointAtPercent(0.5)
    before = ui.text_of(demo)
    source = scene.item_for("r2")
    scene.begin_connect(source, source.scenePos())
    scene.finish_gesture(on_line)
    link = amap.link("r2", "c")
    assert (link.relation, link.onto, link.onto_group) == (Relation.ATTACK, "d", None)
    assert "Undercuts the inference from" in demo.statusBar().currentMessage()
    ui.check_undo_redo(demo, before)


def test_dragging_onto_a_bracket_undercuts_the_linked_reason(demo, ui):
    amap, scene = demo.document.amap, demo.scene
    scene.relayout()
    (group,) = [g for g in scene.group_items() if g.group_name == "g1"]
    bracket, _ = group.drawing()
    polygons = bracket.toSubpathPolygons()
    bar = max(polygons, key=lambda p: abs(p.at(p.count() - 1).x() - p.at(0).x()))  # the horizontal bar
    on_bar = (bar.at(0) + bar.at(bar.count() - 1)) / 2
    before = ui.text_of(demo)
    source = scene.item_for("r1")
    scene.begin_connect(source, source.scenePos())
    scene.finish_gesture(on_bar)
    link = amap.link("r1", "c")
    assert (link.relation, link.onto_group) == (Relation.ATTACK, "g1")
    assert amap.statement("r1").kind == Kind.OBJECTION, "a reason that now attacks becomes an objection"
    ui.check_undo_redo(demo, before)


def test_dropping_on_empty_canvas_does_nothing(demo, ui):
    from PySide6.QtCore import QPointF

    scene = demo.scene
    before = ui.text_of(demo)
    source = scene.item_for("r1")
    scene.begin_connect(source, source.scenePos())
    scene.finish_gesture(QPointF(-5000, -5000))
    assert ui.text_of(demo) == before and demo.document.stack.count() == 0


def test_the_undercut_command_offers_the_inferences(demo, ui, monkeypatch):
    amap = demo.document.amap
    offered = []

    def answer(parent, title, label, items):
        offered.extend(items)
        return next(k for k, item in enumerate(items) if item.startswith("“Skills on hand” + “Non-combat role”"))

    monkeypatch.setattr(dialog_functions, "ask_choice", answer)
    demo.scene.select_ids(["o"])
    before = ui.text_of(demo)
    ui.trigger(demo, "undercut")
    assert "“Within the law” → “Join the medical training”" in offered
    link = amap.link("o", "c")
    assert (link.relation, link.onto, link.onto_group) == (Relation.ATTACK, None, "g1")
    ui.check_undo_redo(demo, before)


def test_rephrase_of_a_chosen_statement(demo, ui, monkeypatch):
    amap = demo.document.amap
    monkeypatch.setattr(dialog_functions, "ask_choice", choose("Skills on hand"))
    demo.scene.select_ids(["e"])
    before = ui.text_of(demo)
    ui.trigger(demo, "rephrase")
    assert amap.link("e", "a").relation == Relation.REPHRASE
    ui.check_undo_redo(demo, before)


def test_rephrase_between_two_selected_statements_and_the_connect_menu(demo, ui, monkeypatch):
    amap = demo.document.amap
    monkeypatch.setattr(dialog_functions, "ask_relation", lambda *a, **k: "rephrase")
    before = ui.text_of(demo)
    demo.scene.connectRequested.emit("u2", "e")
    assert amap.link("u2", "e").relation == Relation.REPHRASE
    ui.check_undo_redo(demo, before)


def test_share_a_premise_with_another_linked_reason(demo, ui, monkeypatch):
    amap = demo.document.amap
    monkeypatch.setattr(dialog_functions, "ask_choice", choose("g2"))
    demo.scene.select_ids(["a"])
    before = ui.text_of(demo)
    ui.trigger(demo, "share_premise")
    assert amap.link("a", "c").also_in == ("g2",)
    assert sorted(amap.groups("c")["g2"]) == ["a", "b", "e"]
    ui.check_undo_redo(demo, before)


def test_share_premise_without_another_reason_says_why(demo, ui):
    demo.scene.select_ids(["o"])
    ui.trigger(demo, "share_premise")
    assert demo.document.stack.count() == 0
    assert "linked reason" in demo.statusBar().currentMessage()


def test_removing_a_link_that_is_undercut_is_refused_with_a_message(demo, ui):
    demo.scene.select_ids(["d", "c"])
    before = ui.text_of(demo)
    ui.trigger(demo, "disconnect")
    assert ui.text_of(demo) == before
    assert demo.document.stack.count() == 0
    assert "u1" in demo.statusBar().currentMessage()


def test_ungroup_keeps_a_shared_premise_and_undo_puts_it_back_exactly(demo, ui):
    amap = demo.document.amap
    assert amap.link("b", "c").also_in == ("g2",)
    # g2 is undercut by u2: take the undercut away first (delete u2), then ungroup g2
    demo.scene.select_ids(["u2"])
    ui.trigger(demo, "delete")
    demo.scene.select_ids(["e"])
    before = ui.text_of(demo)
    ui.trigger(demo, "ungroup")
    assert amap.link("b", "c").group == "g1" and amap.link("b", "c").also_in == ()
    ui.check_undo_redo(demo, before)  # the text before holds b's also_in: undo put it back exactly


def test_deleting_an_attacked_premise_takes_its_undercut_and_undo_restores_both(demo, ui):
    amap = demo.document.amap
    demo.scene.select_ids(["d"])
    before = ui.text_of(demo)
    ui.trigger(demo, "delete")
    assert "d" not in amap and not amap.has_link("u1", "c")
    ui.check_undo_redo(demo, before)  # undo puts d back with its link and the undercut of that link


def test_copy_and_paste_carry_undercuts_rephrases_and_shared_premises(demo, ui):
    amap = demo.document.amap
    demo.scene.select_ids(["c"])
    ui.trigger(demo, "copy")
    demo.scene.select_ids([])
    before = ui.text_of(demo)
    ui.trigger(demo, "paste")
    assert len(amap) == 20
    new = {s.text: s.id for s in amap.statements() if s.id not in {"c", "a", "b", "e", "d", "o", "u1", "u2", "r1", "r2"}}
    ids = {old: new[amap.statement(old).text] for old in ["c", "a", "b", "e", "d", "o", "u1", "u2", "r1", "r2"]}
    assert amap.link(ids["u1"], ids["c"]).onto == ids["d"]
    assert amap.link(ids["u2"], ids["c"]).onto_group == "g2"
    assert amap.link(ids["b"], ids["c"]).also_in == ("g2",)
    assert amap.link(ids["r1"], ids["b"]).relation == Relation.REPHRASE
    ui.check_undo_redo(demo, before)


def test_the_inspector_outline_and_screen_reader_say_what_is_undercut_and_restated(demo, ui):
    from argmap.gui.accessibility import statement_description

    amap = demo.document.amap
    demo.scene.select_ids(["u1"])
    demo.inspector.refresh()
    text = demo.inspector.relations_label.text()
    assert "Undercuts the inference from “Within the law” to “Join the medical training”" in text
    demo.scene.select_ids(["b"])
    demo.inspector.refresh()
    assert "Also a premise of linked reason g2" in demo.inspector.relations_label.text()
    assert "Restated by “Medics, not fighters”" in demo.inspector.relations_label.text()
    assert "Restates “Non-combat role”" in statement_description(amap, "r1", {}, {})
    assert "Undercuts the inference from “Past missions”" not in statement_description(amap, "u2", {}, {})
    assert "Undercuts the inference from “Non-combat role” + “Past missions”" in statement_description(amap, "u2", {}, {})
    demo.outline_dock.show() if hasattr(demo, "outline_dock") else None
    rows = {statement_id: demo.outline.item_for(statement_id) for statement_id in ("u1", "r1")}
    assert rows["u1"].text(1).startswith("\u2212\u2192 ") and "Undercuts the inference" in rows["u1"].toolTip(1)
    assert rows["r1"].text(1).startswith("= ")
    tip = demo.scene.item_for("u1").tooltip_text()
    assert "Undercuts the inference" in tip


def test_a_connection_dragged_over_an_arrow_shows_the_attack_colour(demo):
    scene = demo.scene
    scene.relayout()
    on_line = scene.link_item_for("d", "c").arrow_shape()[0].pointAtPercent(0.5)
    source = scene.item_for("r2")
    scene.begin_connect(source, source.scenePos())
    scene.update_gesture(on_line)
    assert scene.gesture.line.pen().color() == scene.theme.relation_color(Relation.ATTACK)
    scene.update_gesture(source.scenePos())
    assert scene.gesture.line.pen().color() == scene.theme.handle
    scene.cancel_gesture()


def test_japanese_sentences_quote_statements_in_brackets(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from argmap.gui.relations_text import link_sentence
    from argmap.io import load

    amap = load(DEMO)
    translator = QTranslator()
    qm = Path(__file__).resolve().parents[2] / "src" / "argmap" / "translations" / "argmap_ja.qm"
    if not translator.load(str(qm)):
        pytest.skip("the Japanese translation is not compiled (make translations)")
    QCoreApplication.installTranslator(translator)
    try:
        sentence = link_sentence(amap, amap.link("u1", "c"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert sentence == "「Within the law」から「Join the medical training」への推論を攻撃する(アンダーカット)"
