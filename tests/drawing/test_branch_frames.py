"""Big branches of a framed tree get frames of their own when idle (drawing/branch_frames.py): an edit inside the tree
that moves a branch alike moves its frame, and the picture stays the one made from nothing."""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing.branch_frames import partition
from argmap.model import ArgumentMap
from tests.drawing.memo_checks import assert_memo_as_from_nothing
from tests.drawing.test_frames import close, forest_map, ready_by_hand, widen
from tests.drawing.test_frames_hard_edits import assert_as_from_nothing, hard_edit
from tests.gui.canvas.test_same_picture import exported_picture


def test_a_tree_is_cut_into_branches_from_the_leaves_up():
    """r has a (5 below it) and b (2 below it). From 6 statements: a heads a branch of itself and its 5, and b's 3 and r
    are left to the tree's own frame; from 3: a1 heads one of four, and b one of three (a, a2 and r left)."""
    children = {"r": ["a", "b"], "a": ["a1", "a2"], "a1": ["a11", "a12", "a13"], "a2": [], "a11": [], "a12": [], "a13": [],
                "b": ["b1", "b2"], "b1": [], "b2": []}
    keys = list(children)
    branches = partition(keys, [children[k] for k in keys], 6)
    assert [(head, sorted(members)) for head, members, _ in branches] == [("a", ["a", "a1", "a11", "a12", "a13", "a2"])]
    assert sorted(branches[0][2]) == sorted([("a1", "a"), ("a2", "a"), ("a11", "a1"), ("a12", "a1"), ("a13", "a1")])
    heads = {head: sorted(members) for head, members, _ in partition(keys, [children[k] for k in keys], 3)}
    assert heads == {"a1": ["a1", "a11", "a12", "a13"], "b": ["b", "b1", "b2"]}


@pytest.fixture
def branchy(monkeypatch):
    """Small maps get frames, their trees branches of three statements or more; the idle steps are a slice each."""
    from argmap.drawing import branch_frames, frames
    from argmap.gui.canvas import scene
    from argmap.layout import place

    monkeypatch.setattr(frames, "FRAME_FROM", 1)
    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(branch_frames, "BRANCH_FROM", 3)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    monkeypatch.setattr(scene, "READY_STEP_S", 0.0)


def _one_wide_tree() -> ArgumentMap:
    """A main claim with four reasons, each with a branch of 12 under it."""
    amap = ArgumentMap()
    amap.add("claim", "Main claim.", id="c")
    for k in range(4):
        amap.add("support", "A reason of middling length that wraps once.", id=f"r{k}", parent="c")
        for i in range(12):
            parent = f"r{k}" if i < 3 else f"r{k}-{i // 3 - 1}"
            amap.add("support" if i % 3 else "objection", "A reason of middling length.", id=f"r{k}-{i}", parent=parent)
    return amap


def test_a_leaf_added_in_a_tree_moves_the_branches_beside_it_in_their_frames(qapp, branchy, monkeypatch):
    """Once idle, the tree's branches are framed (a reason and its 12 each); a leaf added under the first reason moves the
    branches right of it across, each in its frame (its boxes the very same objects); the picture and what it keeps are
    those made from nothing."""
    from argmap.drawing import branch_frames
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.framed_parts import FramedBox
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(branch_frames, "BRANCH_FROM", 13)
    amap = _one_wide_tree()
    scene = MapScene(amap, decorations=False)
    try:
        ready_by_hand(scene)
        frames = scene.diagram().memo.frames
        branches = {f.root: f for f in frames.branch_links}
        assert set(branches) == {"r0", "r1", "r2", "r3"} and not frames.unfinished
        before = dict(scene.diagram().memo.boxes)  # (as the idle editor made them: read through their frames)
        offsets = {root: (f.dx, f.dy) for root, f in branches.items()}
        amap.add("support", "A new reason, typed in.", id="new", parent="r0-0")
        scene.relayout()
        picture = scene.diagram()
        moved = [root for root, f in branches.items() if (f.dx, f.dy) != offsets[root]]
        assert {"r2", "r3"} <= set(moved)
        for root in moved:
            part = [i for i, f in frames.of.items() if f is branches[root]]
            assert part and all(type(before[i]) is FramedBox and picture.memo.boxes[i] is before[i] for i in part)
        fresh = build_diagram(amap, scene.theme, remember=True)
        assert close(exported_picture(picture), exported_picture(fresh))
        assert close(canvas_picture(scene), exported_picture(fresh))
        assert_memo_as_from_nothing(picture.memo, fresh.memo)
    finally:
        scene.detach()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_edits_that_move_branches_in_their_frames_the_picture_is_the_one_made_from_nothing(qapp, branchy, data, direction):
    """Random forests, their branches framed when idle (all of it, part of it, or none between two edits), then random
    edits (most of them widening a tree): the picture, the canvas and what the picture keeps are those made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = forest_map(data.draw)
    scene = MapScene(amap, direction=direction, decorations=False)
    with contextlib.ExitStack() as stack:
        stack.callback(scene.detach)
        ready_by_hand(scene)
        for serial in range(data.draw(st.integers(1, 8))):
            widen(data.draw, amap, serial)
            scene.relayout()
            fresh = build_diagram(amap, scene.theme, direction=direction, remember=True)
            made = exported_picture(fresh)
            assert close(exported_picture(scene.diagram()), made)
            assert close(canvas_picture(scene), made)
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)
            ready_by_hand(scene, data.draw(st.sampled_from([0, 3, 1_000])))
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_pins_collapses_and_deleted_main_claims_with_branches_framed_the_picture_is_the_one_made_from_nothing(
        qapp, branchy, data, direction):
    """The hard edits (pins, collapses, deleted main claims, statements moved between trees) with the branches framed
    when idle, all of them, some or none between two edits."""
    from argmap.gui.canvas import MapScene
    amap = forest_map(data.draw)
    scene = MapScene(amap, direction=direction, decorations=False)
    removed: list = []
    with contextlib.ExitStack() as stack:
        stack.callback(scene.detach)
        ready_by_hand(scene)
        for serial in range(data.draw(st.integers(2, 8))):
            hard_edit(data.draw, amap, serial, removed)
            scene.relayout()
            assert_as_from_nothing(scene, amap, direction, serial)
            ready_by_hand(scene, data.draw(st.sampled_from([0, 5, 1_000])))
