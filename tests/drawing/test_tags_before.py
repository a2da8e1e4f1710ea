"""A tagged bracket is taken over without looking through every tag placed before it only when those tags are the very
ones placed before it in the last picture (:class:`argmap.drawing.bracket_picture.TagsBefore`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing.bracket_picture import TagsBefore
from argmap.model import ArgumentMap
from tests.drawing.test_reuse import edit
from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture

A, B, C, D = (0.0, 0.0, 10.0, 5.0), (100.0, 0.0, 10.0, 5.0), (200.0, 0.0, 10.0, 5.0), (300.0, 0.0, 10.0, 5.0)
FIRST, SECOND = ("bracket", "t1", "g"), ("bracket", "t2", "g")


def test_the_same_tags_before_a_bracket_as_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2, SECOND: 3})
    now = [A, B]
    assert last.same(FIRST, now)
    now.append(C)
    assert last.same(SECOND, now)


def test_a_tag_before_the_bracket_placed_elsewhere_than_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2, SECOND: 3})
    assert not last.same(FIRST, [A, D]), "as many tags as last time, but one of them elsewhere"


def test_once_a_tag_differs_every_later_bracket_looks():
    last = TagsBefore([A, B, C, D], {FIRST: 1, SECOND: 3})
    now = [D]
    assert not last.same(FIRST, now)
    now += [B, C]
    assert not last.same(SECOND, now), "the first tag still differs"


def test_more_or_fewer_tags_before_the_bracket_than_last_time():
    last = TagsBefore([A, B, C, D], {FIRST: 2})
    assert not last.same(FIRST, [A]) and not last.same(FIRST, [A, B, C])
    assert not TagsBefore([A, B, C, D], {FIRST: 2}).same(SECOND, [A, B]), "a bracket not tagged last time"


def two_far_co_premises(draw) -> ArgumentMap:
    """Two linked reasons whose co-premises lie apart (the router giving up: each is tagged), a plain one between
    them, and cross-links (drawn as off-page connectors, whose tags the brackets' keep clear of)."""
    amap = ArgumentMap()
    amap.add("claim", "The main claim", id="c")
    for side in "12":
        amap.add("objection", f"Objection X{side}", parent="c", id=f"X{side}")
        amap.add("rebuttal", f"Rebuttal R{side}", parent=f"X{side}", id=f"R{side}")
        amap.add("support", f"Reason B{side} far away", parent=f"R{side}", id=f"B{side}")
        amap.add("support", f"Reason T{side}", parent="c", id=f"T{side}")
        amap.add("support", f"Reason A{side}", parent=f"T{side}", id=f"A{side}")
        amap.connect(f"B{side}", f"T{side}", "support")
        amap.group(f"T{side}", [f"A{side}", f"B{side}"])
        if side == "1":
            amap.add("support", "Reason P", parent="c", id="P")
            amap.add("support", "Premise P1", parent="P", id="P1")
            amap.add("support", "Premise P2", parent="P", id="P2")
            amap.group("P", ["P1", "P2"])
    ids = amap.ids()
    for _ in range(draw(st.integers(0, 3))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, "support")
    return amap


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data())
def test_edits_on_the_canvas_keep_the_tags_of_a_picture_made_from_nothing(qapp, data):
    """The editor's way to an edit's picture (brackets taken over when the tags before them are the last picture's,
    the connectors' tags read off the misleading arrows) draws the brackets' tags as a picture made from nothing."""
    from argmap.drawing import detour
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import bracket_tags
    from argmap.gui.canvas import MapScene

    saved, detour.MAX_BOXES = detour.MAX_BOXES, -1  # (a fixture is not reset between hypothesis examples)
    amap = two_far_co_premises(data.draw)
    scene = MapScene(amap, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 5))):
            edit(data.draw, amap, serial)
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=scene.direction)
            assert canvas_picture(scene) == exported_picture(made)
            assert [bracket_tags(g.bracket) for g in scene.diagram().brackets] == [bracket_tags(g.bracket) for g in made.brackets]
    finally:
        scene.detach()
        detour.MAX_BOXES = saved
