"""Trees moved across as a whole keep their parts in frames (drawing/frames.py); the picture stays the one made from nothing.

Several main claims side by side: an edit that widens one tree moves every tree to its right. Random edits of every
kind (with cross-links, linked reasons and undercuts between the trees) must leave the picture, and the canvas,
equal to one made from nothing; a tree moved across keeps its very parts (nothing of it is made again).
"""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Link, Relation
from tests.drawing.memo_checks import assert_memo_as_from_nothing
from tests.drawing.test_reuse import KINDS, TEXTS, edit
from tests.gui.canvas.test_same_picture import exported_picture


def forest_map(draw) -> ArgumentMap:
    """2-4 main claims, each with a tree of its own; a few cross-links, linked reasons and undercuts among them."""
    amap = ArgumentMap()
    mains = draw(st.integers(2, 4))
    for k in range(mains):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    trees = {f"c{k}": [f"c{k}"] for k in range(mains)}
    for i in range(draw(st.integers(mains * 2, 30))):
        root = f"c{draw(st.integers(0, mains - 1))}"
        parent = draw(st.sampled_from(trees[root]))
        amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"n{i}", parent=parent)
        trees[root].append(f"n{i}")
    ids = amap.ids()
    for _ in range(draw(st.integers(0, 3))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        try:
            if a != b and not amap.has_link(a, b):
                amap.connect(a, b, draw(st.sampled_from(list(Relation))))
        except InvalidLink:
            pass
    for _ in range(draw(st.integers(0, 2))):
        target = draw(st.sampled_from(ids))
        sources = [s for s in amap.children(target) if amap.link(s, target).group is None]
        if len(sources) >= 2:
            with contextlib.suppress(InvalidLink):
                amap.group(target, sources[:2])
    if draw(st.booleans()):
        links = [link for link in amap.links() if link.group is None and not link.is_undercut and link.relation != Relation.REPHRASE]
        if links:
            attacked = draw(st.sampled_from(links))
            u = amap.add("objection", "It does not follow.", id="u").id
            with contextlib.suppress(InvalidLink):
                amap.add_link(Link(u, attacked.target, Relation.ATTACK, onto=attacked.source))
    return amap


def widen(draw, amap: ArgumentMap, serial: int) -> None:
    """An edit that makes a tree wider (a new leaf), or another random one."""
    if draw(st.booleans()):
        amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"w{serial}", parent=draw(st.sampled_from(amap.ids())))
        return
    else:
        edit(draw, amap, serial)


def close(a, b) -> bool:
    """The same picture, up to the last bits of the numbers: a shape moved with its frame is the shape made there up to
    them, and a point's third decimal (the pictures are compared rounded to it) may round the other way."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 0.0011
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(close(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(map(close, a, b))
    return a == b


@pytest.fixture
def small_frames(monkeypatch):
    """Every tree gets a frame once moved (the random maps are small); the idle editor's steps are a slice each."""
    from argmap.drawing import branch_frames, frames
    from argmap.gui.canvas import scene
    from argmap.layout import place

    monkeypatch.setattr(frames, "FRAME_FROM", 1)
    monkeypatch.setattr(branch_frames, "BRANCH_FROM", 2)  # (and their branches of two statements or more)
    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    monkeypatch.setattr(scene, "READY_STEP_S", 0.0)


def widened_scene(data, direction: str, monkeypatch):
    """A random forest on a canvas, widened by 1-8 random edits: (scene, map, serial) after each edit's relayout."""
    from argmap.drawing import frames, rigid
    from argmap.gui.canvas import MapScene

    amap = forest_map(data.draw)
    # edits between the slices of framing a tree, at any point, or between whole trees
    monkeypatch.setattr(frames, "FRAME_SLICE", data.draw(st.sampled_from([1, 3, 400])))
    # the moved arrows' verdicts checked from the boxes that did not move along, or bucket by bucket (a big map's way)
    monkeypatch.setattr(rigid, "BOXES_PER_CELL", data.draw(st.sampled_from([8, 0])))
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            widen(data.draw, amap, serial)
            scene.relayout()
            yield scene, amap, serial
    finally:
        scene.detach()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_trees_moved_in_frames_the_picture_and_canvas_are_the_picture_made_from_nothing(qapp, small_frames, data, direction,
                                                                                              monkeypatch):
    from argmap.drawing.diagram import build_diagram
    from tests.gui.canvas.test_same_picture import canvas_picture

    with contextlib.closing(widened_scene(data, direction, monkeypatch)) as steps:
        for scene, amap, serial in steps:
            fresh = build_diagram(amap, scene.theme, direction=direction, remember=True)
            made = exported_picture(fresh)
            assert close(exported_picture(scene.diagram()), made)
            assert close(canvas_picture(scene), made)
            assert scene.diagram().ids() == fresh.ids()
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)
            for _ in range(data.draw(st.integers(0, 12))):  # the editor idle: trees framed, a slice a step
                scene._ready_some()
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)


def _three_trees() -> ArgumentMap:
    amap = ArgumentMap()
    for k in range(3):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
        for i in range(80):
            parent = f"c{k}" if i < 4 else f"t{k}-{i // 4 - 1}"
            amap.add("support" if i % 3 else "objection", "A reason of middling length that wraps once.", id=f"t{k}-{i}", parent=parent)
    amap.connect("t2-70", "t1-3", Relation.SUPPORT)  # a cross-link between two trees that move
    return amap


def test_a_tree_widened_moves_the_trees_beside_it_in_their_frames(qapp, monkeypatch, tight_trees):
    """The trees right of a widened one move across: their boxes and arrows are the very same objects, read where
    they are now; the picture is the one made from nothing, and says those parts changed (the canvas moves them)."""
    from argmap.drawing import frames
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.framed_parts import FramedArrow, FramedBox

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)  # (a small map: frames only from 5,000 boxes otherwise)
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = _three_trees()
    scene = MapScene(amap, decorations=False)
    theme = scene.theme
    picture = scene.diagram()
    for serial in range(3):
        amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")  # one more leaf beside leaves
        before_boxes = {b.id: b for b in picture.boxes}
        before_x = {b.id: b.x for b in picture.boxes}
        before_arrows = {(a.source, a.target): a for a in picture.arrows}
        scene.relayout()
        picture = scene.diagram()
        made = exported_picture(build_diagram(amap, theme))
        assert close(exported_picture(picture), made)
        assert close(canvas_picture(scene), made)
        right = [b for b in picture.boxes if b.id.startswith(("t2-", "c2"))]
        assert all(b.x > before_x[b.id] for b in right), "the tree right of the widened one moved across"
        assert picture.changed is not None and {b.id for b in right} <= picture.changed[0]
        if serial:  # framed after its first move: moved again, the same objects
            assert all(type(b) is FramedBox and before_boxes[b.id] is b for b in right)
            kept = [a for a in picture.arrows if a.source.startswith("t2-") and a.target.startswith(("t2-", "c2"))]
            same = [a for a in kept if before_arrows[(a.source, a.target)] is a]
            assert all(type(a) is FramedArrow for a in same)
            assert len(same) >= len(kept) - 8  # (arrows routed around boxes, and those beside them at their parent, are made again)


def test_a_statement_moved_out_of_a_framed_tree_into_one_with_no_frame_leaves_the_frame(qapp, monkeypatch, tight_trees):
    """A statement moved from a framed tree into the first tree (which never moves across: it has no frame) is let go of
    the frame it was in: when that frame moves again, the statement's box stays where the layout puts it."""
    from argmap.drawing import frames
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)  # (a small map: frames only from 5,000 boxes otherwise)
    amap = _three_trees()
    scene = MapScene(amap, decorations=False)
    amap.add("support", "A new reason, typed in.", id="first", parent="t0-10")
    scene.relayout()  # the trees right of the first one moved: framed
    assert scene.diagram().memo.frames.of.get("t1-79") is not None
    amap.move("t1-79", "t0-5")
    scene.relayout()
    assert scene.diagram().memo.frames.of.get("t1-79") is None
    for serial in range(2):  # the first tree wider again: the second tree's frame moves, the statement moved out stays
        amap.add("support", "A new reason, typed in.", id=f"more{serial}", parent=f"t0-{20 + serial}")
        scene.relayout()
        made = exported_picture(build_diagram(amap, scene.theme))
        assert close(exported_picture(scene.diagram()), made)
        assert close(canvas_picture(scene), made)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_crowded_cross_links_between_moved_trees_are_told_crowded_again_and_drawn_as_from_nothing(qapp, monkeypatch, direction):
    """Far cross-links whose windows are too crowded to search (off-page connectors), between and into trees moved in
    their frames: each edit tells them crowded again from the boxes that made them so (no search), and the picture is
    the one made from nothing."""
    from argmap.drawing import detour, frames
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.drawing.test_crowded_windows import told_crowded
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(detour, "MAX_BOXES", 6)  # (a small map: its windows crowded as a big map's far ones are)
    searched = told_crowded(monkeypatch)
    amap = _three_trees()
    for s, t in [("t2-60", "t1-5"), ("t1-70", "t2-9"), ("t2-33", "t1-40"), ("t0-50", "t2-20"), ("t1-8", "t0-30")]:
        amap.connect(s, t, Relation.ATTACK if s < t else Relation.SUPPORT)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        theme = scene.theme
        for serial in range(4):
            amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")
            searched.clear()
            scene.relayout()
            edit_searched = [(s, t) for s, t, told in searched if not told]  # (the index asked)
            made = build_diagram(amap, theme, direction=direction)
            assert close(exported_picture(scene.diagram()), exported_picture(made))
            assert close(canvas_picture(scene), exported_picture(made))
            assert sum(a.over for a in made.arrows) >= 3, "the far cross-links are off-page connectors"
            if serial >= 2:  # the trees right of the widened one in their frames: told crowded again, not searched
                at = {(b.x, b.y): b.id for b in scene.diagram().boxes}
                ends = {(at.get(s[:2]), at.get(t[:2])) for s, t in edit_searched}
                assert ("t1-70", "t2-9") not in ends and ("t2-70", "t2-16") not in ends
    finally:
        scene.detach()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), most=st.sampled_from([-1, 1, 3]))
def test_with_crowded_windows_after_trees_moved_in_frames_the_picture_is_the_one_made_from_nothing(
    qapp, small_frames, monkeypatch, data, direction, most
):
    """As above, with the router's windows crowded at a few boxes (cross-links become off-page connectors, told
    crowded again as their trees move in frames)."""
    from argmap.drawing import detour
    from argmap.drawing.diagram import build_diagram

    monkeypatch.setattr(detour, "MAX_BOXES", most)
    with contextlib.closing(widened_scene(data, direction, monkeypatch)) as steps:
        for scene, amap, _ in steps:
            assert close(exported_picture(scene.diagram()), exported_picture(build_diagram(amap, scene.theme, direction=direction)))


def ready_by_hand(scene, most: int = 1_000) -> int:
    """The idle editor's steps, the timer the picture started stepped by hand: how many there were."""
    steps = 0
    while scene._readying.isActive() and steps < most:
        scene._readying.stop()
        scene._ready_some()
        steps += 1
    return steps


def test_trees_framed_while_the_editor_is_idle_move_across_with_the_first_edit_and_nothing_more_is_framed(qapp, monkeypatch):
    """Left alone, the editor frames the big trees, a slice at a time (editable they are from their layout); the first edit
    that widens a tree then moves the others' frames (no tree framed then), and the picture is the one made from nothing."""
    from argmap.drawing import frames
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from argmap.gui.canvas import scene as scene_module
    from argmap.layout import place
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    monkeypatch.setattr(scene_module, "READY_STEP_S", 0.0)  # a slice a step
    monkeypatch.setattr(frames, "FRAME_SLICE", 30)
    amap = _three_trees()
    scene = MapScene(amap, decorations=False)
    try:
        steps = ready_by_hand(scene)
        # each tree (81 statements, 80 tree arrows): given what a move across reads in 1 step; framed in 21
        # (4 to begin, 1 to name its arrows, its boxes' 3, its arrows' 3 x 3 (footprints, signs, memos), its boxes' 3, done);
        # then warmed up in 8 (each frame's extent of boxes and of signs, the routes' crowded windows, done); first of
        # all, the picture's extent in 2 (its boxes, its arrows)
        assert steps == 2 + 3 * 1 + 3 * 21 + 8 + 1
        picture = scene.diagram()
        framed = dict(picture.memo.frames.by_root)
        assert set(framed) == {"c0", "c1", "c2"} and not picture.memo.frames.unfinished
        assert all(p.editable is not None for p in picture.layout.trees.kept.values())
        made: list = []
        real = frames._frame
        monkeypatch.setattr(frames, "_frame", lambda *args: made.append(args) or real(*args))
        amap.add("support", "A new reason, typed in.", id="new", parent="t0-10")
        scene.relayout()
        picture = scene.diagram()
        assert not made and picture.memo.frames.by_root == framed
        fresh = build_diagram(amap, scene.theme, remember=True)
        assert close(exported_picture(picture), exported_picture(fresh))
        assert close(canvas_picture(scene), exported_picture(fresh))
        assert_memo_as_from_nothing(picture.memo, fresh.memo)
        assert scene._readying.isActive()  # (and again after the edit, with nothing left to frame: warmed up again)
        assert ready_by_hand(scene) <= 2 + 9 and not made
    finally:
        scene.detach()


def test_a_tree_framed_in_part_while_idle_is_moved_by_an_edit_as_a_whole(qapp, monkeypatch, tight_trees):
    """An edit that widens a tree while the idle editor is half way through framing the tree beside it: that frame is
    filed in full first, then moved as a whole (its boxes the very same objects, read where they are now), and the
    picture and what it keeps are those made from nothing."""
    from argmap.drawing import frames
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.framed_parts import FramedBox
    from argmap.gui.canvas import MapScene
    from argmap.gui.canvas import scene as scene_module
    from argmap.layout import place
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1000)  # (framing only)
    monkeypatch.setattr(scene_module, "READY_STEP_S", 0.0)
    monkeypatch.setattr(frames, "FRAME_SLICE", 30)
    for part_way in (2, 7, 10, 13, 16, 19):  # its indexes wrapped, in its boxes, footprints, signs, arrows' memos, boxes
        amap = _three_trees()
        scene = MapScene(amap, decorations=False)
        try:
            ready_by_hand(scene, 2 + 21 + part_way)  # (the extent first) c0 framed, c1 part way
            memo = scene.diagram().memo
            unfinished = memo.frames.by_root["c1"]
            assert memo.frames.unfinished == {unfinished}
            amap.add("support", "A new reason, typed in.", id="new", parent="t0-10")
            scene.relayout()
            picture = scene.diagram()
            assert not memo.frames.unfinished and memo.frames.by_root["c1"] is unfinished and unfinished.dx > 0
            moved = [b for b in picture.boxes if b.id.startswith(("t1-", "c1"))]
            assert all(type(b) is FramedBox and b._frame is unfinished for b in moved)
            fresh = build_diagram(amap, scene.theme, remember=True)
            assert close(exported_picture(picture), exported_picture(fresh))
            assert close(canvas_picture(scene), exported_picture(fresh))
            assert_memo_as_from_nothing(picture.memo, fresh.memo)
            ready_by_hand(scene)
            amap.add("support", "Another reason.", id="new2", parent="t0-11")
            scene.relayout()
            fresh = build_diagram(amap, scene.theme, remember=True)
            assert close(exported_picture(scene.diagram()), exported_picture(fresh))
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo)
        finally:
            scene.detach()


def test_after_a_picture_made_over_every_part_the_trees_are_framed_again_and_move_in_their_frames(qapp, monkeypatch, tight_trees):
    """A picture that goes over every part (a statement collapsed, then opened again) lets the frames go; left alone,
    the editor frames the trees again, and the next edit that widens a tree moves the others in their frames (the very
    same boxes, read where they are now) instead of box by box, with the picture made from nothing."""
    from argmap.drawing import frames
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.framed_parts import FramedBox
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    amap = _three_trees()
    scene = MapScene(amap, decorations=False)
    try:
        ready_by_hand(scene)
        assert len(scene.diagram().memo.frames.by_root) == 3
        for collapsed in (True, False):
            amap.update("t1-3", collapsed=collapsed)
            scene.relayout()
            ready_by_hand(scene)
        memo = scene.diagram().memo
        assert len(memo.frames.by_root) == 3 and not memo.frames.unfinished
        for serial in range(2):
            before = dict(scene.diagram().memo.boxes)  # (what the next picture starts from)
            was = {i: b.x for i, b in before.items()}
            amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")
            scene.relayout()
            picture = scene.diagram()
            right = [b for b in picture.boxes if b.id.startswith(("t2-", "c2"))]
            assert all(b.x > was[b.id] for b in right)
            assert all(type(b) is FramedBox and before[b.id] is b for b in right), "moved in its frame"
            fresh = build_diagram(amap, scene.theme, remember=True)
            assert close(exported_picture(picture), exported_picture(fresh))
            assert close(canvas_picture(scene), exported_picture(fresh))
            assert_memo_as_from_nothing(picture.memo, fresh.memo, serial)
    finally:
        scene.detach()


def test_left_alone_the_editor_gets_a_big_maps_picture_ready_by_itself(qapp, qtbot, monkeypatch):
    """No step by hand: the scene's own timer frames the trees and keeps them editable while nothing else happens."""
    from argmap.drawing import frames
    from argmap.gui.canvas import MapScene
    from argmap.gui.canvas import scene as scene_module
    from argmap.layout import place

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    monkeypatch.setattr(scene_module, "READY_STEP_MS", 1)
    amap = _three_trees()
    scene = MapScene(amap, decorations=False)
    try:
        qtbot.waitUntil(lambda: len(scene.diagram().memo.frames.by_root) == 3, timeout=10_000)
        assert all(p.editable is not None for p in scene.diagram().layout.trees.kept.values())
        qtbot.waitUntil(lambda: not scene._readying.isActive(), timeout=10_000)
    finally:
        scene.detach()


def test_a_routed_arrow_in_a_moved_frame_is_checked_again_when_what_it_passed_under_went(qapp, small_frames, monkeypatch, tight_trees):
    """A tree arrow routed around the arrows of a pinned main claim (their marks cross its line), in a tree that moves
    across in its frame when that claim is deleted: the route must go (drawn straight, as a picture from nothing draws
    it), though nothing in its own frame changed. Found by random edits (delete a main claim, pin one, delete it)."""
    from argmap.drawing import rigid
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.geometry import LightPath
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    monkeypatch.setattr(rigid, "BOXES_PER_CELL", 8)
    amap = ArgumentMap()
    for k in (1, 2, 3):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    parents = {"n0": "c1", "n1": "c2", "n2": "c2", "n19": "c3"}
    for i in range(21):
        amap.add("support", "Short.", id=f"n{i}", parent=parents.get(f"n{i}"))
    amap.add("support", "Short.", id="w1", parent="c1")
    scene = MapScene(amap, direction="LR", decorations=False)
    try:
        amap.pin("c2", -2.0, 473.0)
        scene.relayout()
        routed = {(a.source, a.target) for a in scene.diagram().arrows if type(a.shape[0]) is LightPath}
        assert ("n19", "c3") in routed  # (the case this test is about: c2's arrows cross the line into c3)
        amap.remove("c2")
        scene.relayout()
        fresh = build_diagram(amap, scene.theme, direction="LR", remember=True)
        made = exported_picture(fresh)
        assert close(exported_picture(scene.diagram()), made)
        assert close(canvas_picture(scene), made)
        assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, 1)
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_once_the_idle_editor_framed_the_trees_the_crowded_windows_witnesses_are_filed_as_the_frames_hold_them(qapp, monkeypatch,
                                                                                                              direction):
    """The opening's routes were searched before the trees had frames: their crowded windows' witnesses were filed
    plainly, so every edit after the trees were framed counted them one by one (~300 windows at 50,000 statements).
    Once the idle editor framed the trees, it files them as the frames hold them; the edits' pictures after that are the
    ones made from nothing."""
    from argmap.drawing import detour, frames
    from argmap.drawing.crowd import refiled
    from argmap.drawing.detour import CROWDED
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from argmap.layout import place

    monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    monkeypatch.setattr(detour, "MAX_BOXES", 6)  # (a small map: its windows crowded as a big map's far ones are)
    amap = _three_trees()
    for s, t in [("t2-60", "t1-5"), ("t1-70", "t2-9"), ("t2-33", "t1-40"), ("t0-50", "t2-20"), ("t1-8", "t0-30")]:
        amap.connect(s, t, Relation.ATTACK if s < t else Relation.SUPPORT)
    scene = MapScene(amap, direction=direction, decorations=False)

    def crowds() -> list:
        memo = scene.diagram().memo
        return [crowd for trace in memo.routes.traces for kind, _, crowd in trace if kind == CROWDED and crowd is not None]

    try:
        assert crowds() and all(group.frame is None for crowd in crowds() for group in crowd.groups)
        ready_by_hand(scene)
        memo = scene.diagram().memo
        assert memo.frames.by_root and not memo.frames.unfinished
        assert any(group.frame is not None for crowd in crowds() for group in crowd.groups)
        assert all(refiled(crowd, memo.index) is None for crowd in crowds()), "each witness filed where the index holds it"
        for serial in range(3):
            amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=direction)
            assert close(exported_picture(scene.diagram()), exported_picture(made))
            ready_by_hand(scene)
            assert all(refiled(crowd, scene.diagram().memo.index) is None for crowd in crowds())
    finally:
        scene.detach()
