"""Trees moved in frames under the edits that move the most: pins and unpins, collapses, main claims and pinned
statements deleted (and brought back), with the idle editor's steps between them; the picture, the canvas and what the
picture keeps stay those made from nothing (a harder draw of edits than test_frames.py's, where such bugs were found).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink
from tests.drawing.memo_checks import assert_memo_as_from_nothing
from tests.drawing.test_frames import close, forest_map, small_frames  # noqa: F401  (a fixture)
from tests.drawing.test_reuse import KINDS, TEXTS, edit
from tests.gui.canvas.test_same_picture import exported_picture

HARD = ["pin", "unpin", "collapse", "remove main", "remove pinned", "undo remove", "widen", "main claim", "any"]


def hard_edit(draw, amap: ArgumentMap, serial: int, removed: list) -> None:
    """One edit, drawn mostly from those that move whole trees or pinned boxes (a refused one changes nothing)."""
    ids = amap.ids()
    what = draw(st.sampled_from(HARD))
    mains = amap.main_claims()
    pinned = [i for i in ids if amap.statement(i).pinned is not None]
    try:
        if what == "pin":
            amap.pin(draw(st.sampled_from(mains + ids)), draw(st.integers(-400, 1600)), draw(st.integers(-200, 900)))
        elif what == "unpin" and pinned:
            amap.unpin(draw(st.sampled_from(pinned)))
        elif what == "collapse":
            i = draw(st.sampled_from(mains + ids))
            amap.update(i, collapsed=not amap.statement(i).collapsed)
        elif what in ("remove main", "remove pinned") and len(ids) > 1:
            among = mains if what == "remove main" else pinned
            if among:
                removed.append(amap.remove(draw(st.sampled_from(among))))
        elif what == "undo remove" and removed:
            removal = removed.pop()
            if all(end in amap or end == removal.statement.id for link in removal.links for end in (link.source, link.target)):
                amap.restore(removal)
        elif what == "widen":
            amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"w{serial}", parent=draw(st.sampled_from(ids)))
        elif what == "main claim":
            amap.add("claim", "Another main claim.", id=f"m{serial}")
        elif what == "any":
            edit(draw, amap, serial)
    except InvalidLink:
        pass


@pytest.mark.usefixtures("small_frames")
@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=True,
)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_pins_collapses_and_deleted_main_claims_the_picture_kept_is_the_one_made_from_nothing(qapp, data, direction, monkeypatch):
    from argmap.drawing import frames, rigid
    from argmap.gui.canvas import MapScene

    amap = forest_map(data.draw)
    monkeypatch.setattr(frames, "FRAME_SLICE", data.draw(st.sampled_from([1, 3, 400])))
    monkeypatch.setattr(rigid, "BOXES_PER_CELL", data.draw(st.sampled_from([8, 0])))
    scene = MapScene(amap, direction=direction, decorations=False)
    removed: list = []
    try:
        for _ in range(data.draw(st.integers(0, 30))):  # the editor idle before the first edit: trees framed
            scene._ready_some()
        for serial in range(data.draw(st.integers(2, 10))):
            hard_edit(data.draw, amap, serial, removed)
            scene.relayout()
            assert_as_from_nothing(scene, amap, direction, serial)
            for _ in range(data.draw(st.integers(0, 15))):  # idle between edits, a slice a step
                scene._ready_some()
    finally:
        scene.detach()


@pytest.fixture
def sliced_frames(request, monkeypatch):
    """Every tree framed a box or arrow a slice; moved arrows' verdicts proved from the boxes that did not move along
    (the replays of what the random edits found)."""
    from argmap.drawing import frames, rigid

    request.getfixturevalue("small_frames")

    monkeypatch.setattr(frames, "FRAME_SLICE", 1)
    monkeypatch.setattr(rigid, "BOXES_PER_CELL", 8)


def assert_as_from_nothing(scene, amap: ArgumentMap, direction: str, serial: int) -> dict:
    """The picture, the canvas, its statements and what the picture keeps are those made from nothing; the picture from
    nothing."""
    from argmap.drawing.diagram import build_diagram
    from tests.gui.canvas.test_same_picture import canvas_picture

    fresh = build_diagram(amap, scene.theme, direction=direction, remember=True)
    made = exported_picture(fresh)
    assert close(exported_picture(scene.diagram()), made)
    assert close(canvas_picture(scene), made)
    assert scene.diagram().ids() == fresh.ids()
    assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)
    return made


@pytest.mark.usefixtures("sliced_frames")
def test_trees_framed_when_the_pinned_statement_goes_take_their_parts_from_the_frame_of_the_deleted_main_claim(qapp):
    """A framed tree whose main claim is deleted while another statement is pinned (the layout holds every tree still):
    its frame stays, holding what the picture keeps of its statements. Deleting the pinned one moves the trees that
    are left across, each given a frame of its own: their boxes, arrows' signs and footprints must be filed there, where
    they are now (they stayed in the old frame, and were read where the trees were). Found by the random edits above."""
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    for k in range(2):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    for i, parent in enumerate(["c0", "n0", "c0", "c0", "c0", "c0"]):
        amap.add("support", "Short.", id=f"n{i}", parent=parent)
    scene = MapScene(amap, direction="TB", decorations=False)
    try:
        for _ in range(8):  # idle: c0's tree framed
            scene._ready_some()
        assert "c0" in scene.diagram().memo.frames.by_root
        _each_as_from_nothing(scene, amap, [lambda: amap.pin("c1", 0, 0), lambda: amap.remove("c0"), lambda: amap.remove("c1")])
        assert "n0" in scene.diagram().memo.frames.by_root  # (the case: n0's tree moved across in a frame of its own)
    finally:
        scene.detach()


@pytest.mark.usefixtures("sliced_frames")
def test_arrows_of_a_deleted_main_claims_frame_are_found_again_when_a_box_is_dropped_on_them(qapp, tight_trees):
    """A tree framed in part while idle (its arrows filed in the frame, its boxes not yet) whose main claim is deleted:
    the frame goes, and an arrow between two of its statements (now a tree of their own) was left filed in it, where no
    look-up went (a frame holding no box is passed over). A statement pinned onto that arrow's head must make it be
    checked again (drawn around, as a picture made from nothing draws it). Found by the random edits above."""
    from argmap.gui.canvas import MapScene
    from argmap.model import Relation

    amap = ArgumentMap()
    for k in range(2):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    for i, parent in enumerate(["c0", "n0", "c1", "c1", "c0", "c1", "n1"]):
        amap.add("support", "Short.", id=f"n{i}", parent=parent)
    amap.connect("c1", "n4", Relation.SUPPORT)  # (c1's tree hangs from n4: one tree, c0's)
    scene = MapScene(amap, direction="LR", decorations=False)
    try:
        for _ in range(9):  # idle: c0's tree framed in part
            scene._ready_some()
        for serial, (change, idle) in enumerate([(lambda: amap.remove("c0"), 7), (lambda: amap.pin("n0", -2, 196), 0)]):
            change()
            scene.relayout()
            made = assert_as_from_nothing(scene, amap, "LR", serial)
            for _ in range(idle):
                scene._ready_some()
        assert len(made["arrows"][("c1", "n4")][0]) > 3  # (the case: drawn around n0, pinned onto its head)
    finally:
        scene.detach()


@pytest.mark.usefixtures("sliced_frames")
def test_a_statement_added_to_a_framed_tree_while_a_pin_holds_the_trees_moves_with_the_frame_when_the_pin_goes(qapp):
    """A pinned statement holds every tree still; a tree with a frame is laid out again meanwhile (a reason added to it).
    The new statement is in that tree's frame: deleting the pinned one moves the trees across, frames and all, and the
    new box and its arrow move along (they stayed where they were, read outside the frame). Found by the random edits
    above."""
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    for k in range(3):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    amap.add("support", "Short.", id="n0", parent="c2")
    amap.add("support", "Short.", id="n1", parent="c0")
    scene = MapScene(amap, direction="TB", decorations=False)
    try:
        changes = [
            lambda: amap.add("support", "Short.", id="w0", parent="c0"),  # (c1's and c2's trees moved across: framed)
            lambda: amap.pin("c1", 0, 0),
            lambda: amap.add("support", "Short.", id="w2", parent="n0"),
            lambda: amap.remove("c1"),
        ]
        pictures = []
        for serial, change in enumerate(changes):
            change()
            scene.relayout()
            pictures.append(assert_as_from_nothing(scene, amap, "TB", serial))
        assert pictures[3]["boxes"]["w2"][0] < pictures[2]["boxes"]["w2"][0]  # (the case: moved across with c2's frame)
        assert "c2" in scene.diagram().memo.frames.by_root
    finally:
        scene.detach()


@pytest.mark.usefixtures("sliced_frames")
def test_arrows_kept_in_the_frame_of_a_deleted_main_claim_are_drawn_through_the_frame_their_tree_is_given_later(qapp):
    """A framed tree whose main claim is deleted: what is left of it moves up a level as a whole, its arrows (read through
    the old frame) moved along. Deleting the main claim before it moves that tree across, in a frame of its own: the
    arrows as drawn must read through the new frame too (they were left reading through the old one, which no longer
    moves, and stayed behind). Found by the random edits above."""
    from argmap.gui.canvas import MapScene
    from argmap.model import Link, Relation

    amap = ArgumentMap()
    for k in range(3):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    for i, parent, kind in [(1, "c0", "support"), (2, "c2", "objection"), (4, "n2", "objection"), (8, "n4", "objection"),
                            (10, "n2", "rebuttal"), (14, "n1", "rebuttal")]:
        amap.add(kind, "Short.", id=f"n{i}", parent=parent)
    amap.connect("c2", "n14", Relation.SUPPORT)  # (c2's tree hangs from n14: one tree, c0's)
    amap.add("objection", "It does not follow.", id="u")
    amap.add_link(Link("u", "n2", Relation.ATTACK, onto="n10"))
    scene = MapScene(amap, direction="TB", decorations=False)
    try:
        for _ in range(12):  # idle: c0's tree framed
            scene._ready_some()
        changes = [
            lambda: amap.add("support", "A reason of middling length that wraps once.", id="w2", parent="u"),
            lambda: amap.remove("c0"),
            lambda: amap.remove("c1"),
        ]
        _each_as_from_nothing(scene, amap, changes)
        assert "n1" in scene.diagram().memo.frames.by_root  # (the case: n1's tree moved across in a frame of its own)
    finally:
        scene.detach()


def _each_as_from_nothing(scene, amap: ArgumentMap, changes: list) -> None:
    """Each change made in turn, the scene laid out again after it and its picture checked against the one from nothing."""
    for serial, change in enumerate(changes):
        change()
        scene.relayout()
        assert_as_from_nothing(scene, amap, "TB", serial)
