"""Undo commands on their own (a QUndoStack, no window): exact undo, repeatable redo, refusals dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from argmap.gui.clipboard import copy_map, from_mime, to_mime
from argmap.gui.commands import (
    AddStatement,
    Connect,
    DeleteStatements,
    Disconnect,
    FlipRelation,
    Group,
    MoveStatements,
    Paste,
    Reparent,
    SetCollapsed,
    SetKind,
    SetTitle,
    Ungroup,
    Unpin,
    UpdateStatement,
)
from argmap.io import dumps, load
from argmap.model import Kind, Relation

EXAMPLE = Path(__file__).resolve().parents[3] / "maps" / "japan-nato-ukraine.json"

pytestmark = pytest.mark.usefixtures("gui_env")


@pytest.fixture
def amap():
    return load(EXAMPLE)


def run(amap, command):
    """Push, then check undo gives back the very same file text and redo the edited one (twice)."""
    stack = QUndoStack()
    before = dumps(amap)
    stack.push(command)
    assert command.error is None, command.error
    after = dumps(amap)
    assert after != before
    for _ in range(2):
        stack.undo()
        assert dumps(amap) == before
        stack.redo()
        assert dumps(amap) == after
    return stack


def test_add_statement_under_a_parent_with_the_kinds_relation(amap):
    command = AddStatement(amap, Kind.OBJECTION, "Too costly.", parent="s2")
    run(amap, command)
    assert amap.statement(command.new_id).text == "Too costly."
    assert amap.link(command.new_id, "s2").relation == Relation.ATTACK
    assert command.new_id in amap.children("s2")


def test_first_text_typed_into_a_new_statement_is_the_same_undo_step(amap):
    stack = QUndoStack()
    before = dumps(amap)
    add = AddStatement(amap, Kind.SUPPORT, "", parent="c1")
    stack.push(add)
    stack.push(UpdateStatement(amap, add.new_id, merge=("add", add.new_id), text="Typed"))
    assert stack.count() == 1
    assert amap.statement(add.new_id).text == "Typed"
    stack.undo()
    assert dumps(amap) == before
    stack.redo()
    assert amap.statement(add.new_id).text == "Typed"


def test_update_and_merged_slider_steps(amap):
    run(amap, UpdateStatement(amap, "s1", text="New text", notes="n"))
    stack = QUndoStack()
    for value in (0.6, 0.7, 0.8):
        stack.push(UpdateStatement(amap, "s2", merge=("score", "s2", 1), score=value))
    assert stack.count() == 1
    stack.undo()
    assert amap.statement("s2").score == 0.5


def test_an_edit_that_changes_nothing_is_not_recorded(amap):
    stack = QUndoStack()
    stack.push(UpdateStatement(amap, "s1", text=amap.statement("s1").text))
    assert stack.count() == 0


def test_delete_restores_ids_order_links_and_groups(amap):
    assert amap.groups("s3")
    run(amap, DeleteStatements(amap, ["s7", "s3", "o1"]))
    fresh = load(EXAMPLE)
    run(fresh, DeleteStatements(fresh, ["o1"], subtree=True))


def test_delete_subtree_takes_everything_below(amap):
    below = amap.descendants("o1")
    DeleteStatements(amap, ["o1"], subtree=True).redo()
    assert not ({"o1"} | below) & set(amap.ids())


def test_links(amap):
    run(amap, Connect(amap, "e1", "s2", "support"))
    run(amap, Disconnect(amap, [("s7", "s3"), ("o1", "c1")]))
    run(amap, Reparent(amap, "s9", "s4"))
    run(amap, FlipRelation(amap, ["s6", "s8"]))


def test_flip_relation_changes_kind_to_fit(amap):
    FlipRelation(amap, ["s2"]).redo()
    assert amap.link("s2", "c1").relation == Relation.ATTACK
    assert amap.statement("s2").kind == Kind.OBJECTION


def test_set_kind_makes_the_link_follow(amap):
    run(amap, SetKind(amap, ["s7"], Kind.OBJECTION))
    assert amap.link("s7", "s3").relation == Relation.ATTACK
    assert amap.link("s7", "s3").group is None  # left its linked reason: no mixed reasons


def test_group_and_ungroup(amap):
    run(amap, Group(amap, "c1", ["s1", "s2"]))
    run(amap, Ungroup(amap, [("s3", "g1")]))


def test_move_unpin_collapse_title(amap):
    run(amap, MoveStatements(amap, ["s1", "s2"], [(10.0, 20.0), (30.5, 40.0)]))
    MoveStatements(amap, ["s1"], [(1.0, 2.0)]).redo()
    run(amap, Unpin(amap, ["s1"]))
    run(amap, SetCollapsed(amap, ["o1"], True))
    run(amap, SetTitle(amap, "Another title", "and description"))


def test_a_refused_command_is_dropped_with_the_models_message(amap):
    stack = QUndoStack()
    before = dumps(amap)
    for command in (Connect(amap, "s1", "s1", "support"), Reparent(amap, "c1", "s1"), Group(amap, "c1", ["s1", "o1"])):
        stack.push(command)
        assert command.error
    assert stack.count() == 0
    assert dumps(amap) == before


def test_paste_gives_fresh_ids_and_keeps_the_subtree(amap):
    clip = copy_map(amap, ["o1"])
    assert len(clip) == 1 + len(amap.descendants("o1"))
    command = Paste(amap, clip, "s4")
    run(amap, command)
    top = command.new_ids["o1"]
    assert top != "o1" and amap.parents(top) == ["s4"]
    assert len(amap.descendants(top)) == len(clip) - 1
    assert {amap.statement(command.new_ids[i]).text for i in clip.ids()} == {s.text for s in clip.statements()}


def test_clipboard_round_trip_and_plain_text(qapp):
    amap = load(EXAMPLE)
    clip = copy_map(amap, ["s3"])
    mime = to_mime(clip)
    back = from_mime(mime)
    assert dumps(back) == dumps(clip)
    assert "- **Pro:** Japan's experience" in mime.text()  # a Markdown outline for other programs
    from PySide6.QtCore import QMimeData

    plain = QMimeData()
    plain.setText("First reason\n\n  Second reason  \nThird reason\n")
    lines = from_mime(plain)
    assert [s.text for s in lines.statements()] == ["First reason", "Second reason", "Third reason"]
    assert lines.parents(lines.ids()[1]) == [lines.ids()[0]]  # indented: under the line above
