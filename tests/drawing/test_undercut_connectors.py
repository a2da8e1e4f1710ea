"""An undercut the router finds no way for is drawn as an off-page connector: a tag by the undercutter naming the premise
whose arrow it attacks, and a tag by the attacked point naming the undercutter, whose stub hits the line there."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model.errors import InvalidValue
from tests.drawing.test_reuse import edit
from tests.drawing.test_undercuts import undercut_case
from tests.gui.canvas.test_same_picture import assert_same_picture, exported_picture


def far_undercuts():
    """The undercutters dragged far to the sides: their usual curves would cross the boxes."""
    amap = undercut_case()
    amap.pin("u", 1400, 300)
    amap.pin("v", -300, 300)
    return amap


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_an_undercut_with_no_way_is_two_tagged_stubs_ending_on_the_attacked_line(qapp, no_routes, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.off_page import is_connector
    from argmap.drawing.theme import Theme
    from tests.drawing.test_honest_arrows import misleading_arrows
    from tests.drawing.test_undercuts import attacked_line, distance_to

    diagram = build_diagram(far_undercuts(), Theme.light(), direction=direction)
    undercuts = {a.source: a for a in diagram.arrows if a.onto is not None}
    index = BoxIndex({b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes})
    for source, named in (("u", "s"), ("v", "p1")):
        arrow = undercuts[source]
        assert arrow.over and is_connector(arrow.shape)
        at_source, at_line = arrow.shape[0].tags
        assert (at_source.other, at_source.onto, at_line.other, at_line.leaving) == (named, True, source, False)
        tip = arrow.shape[1].at(0)
        assert distance_to(attacked_line(diagram, arrow), tip) < 1.5, "the head hits the attacked line"
        for tag in (at_source, at_line):
            assert not index.within(tag.x, tag.y, tag.x + tag.w, tag.y + tag.h), "no tag covers a box"
    assert misleading_arrows(diagram) == []


def test_the_exports_name_the_attacked_premise_and_the_undercutter(qapp, no_routes, tmp_path):
    from argmap.export.api import export_map

    export_map(far_undercuts(), tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text()
    assert "onto: Japan has trained" in svg and "from: Peacekeeping is not" in svg


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_canvas_shows_the_undercuts_connectors_as_exported(qapp, no_routes, direction):
    assert_same_picture(far_undercuts(), direction=direction)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_random_edits_the_undercuts_connectors_are_those_made_from_nothing(qapp, data, direction):
    from argmap.drawing import detour
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    saved, detour.MAX_BOXES = detour.MAX_BOXES, -1
    try:
        theme = Theme.light()
        amap = far_undercuts()
        picture = build_diagram(amap, theme, direction=direction, remember=True)
        for serial in range(data.draw(st.integers(1, 6))):
            try:
                edit(data.draw, amap, serial)
            except InvalidValue:  # (the random edits do not know undercuts: an undercut turned into a support is refused)
                continue
            picture = build_diagram(amap, theme, direction=direction, previous=picture)
            assert exported_picture(picture) == exported_picture(build_diagram(amap, theme, direction=direction))
    finally:
        detour.MAX_BOXES = saved
