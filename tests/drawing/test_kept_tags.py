"""An edit's picture keeps the off-page connectors' tags of trees it moved, moved along with their boxes
(:mod:`argmap.drawing.kept_tags`): each such tag must be the tag placed from nothing, and the picture the one made from
nothing, after random edits that move trees across (in their frames) and the part of a tree beside an edit."""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Relation
from tests.drawing.test_frames import _three_trees, close, forest_map, widen
from tests.gui.canvas.test_same_picture import exported_picture


@pytest.fixture
def moved_along(monkeypatch):
    """The tags an edit's picture kept moved along (their ends' ids), as it makes them."""
    from argmap.drawing import kept_tags

    moved: list[str] = []
    along = kept_tags._Along.moved

    def counted(self, old, box_id, *args):
        end = along(self, old, box_id, *args)
        if end is not None:
            moved.append(box_id)
        return end

    monkeypatch.setattr(kept_tags._Along, "moved", counted)
    return moved


def connector_tags(diagram) -> list:
    """Each off-page connector's ends and tags, in drawing order."""
    return [((a.source, a.target), a.shape[0].tags) for a in diagram.arrows if a.over]


def far_links(draw, amap: ArgumentMap) -> None:
    """A few more cross-links between statements of different trees (far apart: off-page connectors)."""
    ids = amap.ids()
    for _ in range(draw(st.integers(2, 6))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        with contextlib.suppress(InvalidLink):
            if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
                amap.connect(a, b, draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK])))


def assert_fresh(scene, amap, direction) -> None:
    """The scene's picture and its connectors' tags are those made from nothing."""
    from argmap.drawing.diagram import build_diagram

    fresh = build_diagram(amap, scene.theme, direction=direction)
    picture = scene.diagram()
    assert close(exported_picture(picture), exported_picture(fresh))
    assert close(connector_tags(picture), connector_tags(fresh)), "a tag kept is the tag placed from nothing"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), framed=st.booleans())
def test_after_edits_that_move_trees_the_tags_kept_are_those_placed_from_nothing(
    qapp, no_routes, monkeypatch, moved_along, data, direction, framed
):
    from argmap.drawing import frames
    from argmap.gui.canvas import MapScene

    if framed:  # every tree moved gets a frame (else the moved boxes beside an edit move one by one, as one group)
        monkeypatch.setattr(frames, "FRAME_FROM", 1)
        monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            if data.draw(st.booleans()):  # a leaf in the first tree: every tree right of it moves across
                amap.add("support", "A new reason, typed in.", id=f"w{serial}", parent=data.draw(st.sampled_from(
                    [i for i in amap.ids() if i == "c0" or i.startswith("n")] or ["c0"])))
            else:
                widen(data.draw, amap, serial)
            scene.relayout()
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("framed", [True, False])
def test_tags_at_trees_moved_across_are_moved_along_not_placed_again(qapp, no_routes, monkeypatch, moved_along, direction, framed):
    """Cross-links between the two trees right of a widened one are off-page connectors: each widening moves their
    tags along (their frames moved; without frames, the group of boxes that moved by one step), and the picture and
    every tag are those made from nothing."""
    from argmap.drawing import frames, kept_tags
    from argmap.gui.canvas import MapScene

    if framed:
        monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    amap = _three_trees()
    for s, t in [("t2-60", "t1-5"), ("t1-70", "t2-9"), ("t2-33", "t1-40"), ("t1-8", "t2-30")]:
        amap.connect(s, t, Relation.ATTACK)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        over = [ends for ends, _ in connector_tags(scene.diagram())]
        assert len(over) >= 3
        for serial in range(3):
            moved_along.clear()
            placed.clear()
            amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")
            scene.relayout()
            assert len(moved_along) >= 2 * len(over) - 2, "the tags of the trees moved across moved along"
            assert len(placed) <= 2
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()
