"""An arrow the router finds no way for is drawn as an off-page connector: two short stubs with tags naming the other
end, passing under no box and over no box's text (:mod:`argmap.drawing.off_page`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.drawing.test_honest_arrows import misleading_arrows, smallest_cross_link_case
from tests.drawing.test_reuse import edit, start_map
from tests.gui.canvas.test_same_picture import exported_picture

ROOT = Path(__file__).resolve().parents[2]


def tags_over_boxes(diagram) -> list[tuple]:
    """(arrow, tag, box) for every connector's tag that covers a box."""
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.off_page import is_connector

    index = BoxIndex({b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes})
    return [
        ((a.source, a.target), tag, hit)
        for a in diagram.arrows if is_connector(a.shape)
        for tag in a.shape[0].tags for hit in index.within(tag.x, tag.y, tag.x + tag.w, tag.y + tag.h)
    ]


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_cross_link_with_no_way_around_the_boxes_is_drawn_as_two_tagged_stubs(qapp, no_routes, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import is_connector
    from argmap.drawing.theme import Theme

    diagram = build_diagram(smallest_cross_link_case(), Theme.light(), direction=direction)
    (arrow,) = [a for a in diagram.arrows if (a.source, a.target) == ("A", "Y")]
    assert arrow.over and is_connector(arrow.shape)
    source_tag, target_tag = arrow.shape[0].tags
    assert (source_tag.other, source_tag.leaving, target_tag.other, target_tag.leaving) == ("Y", True, "A", False)
    assert misleading_arrows(diagram) == [], "the stubs pass under no box"
    assert tags_over_boxes(diagram) == [], "no tag covers a box's text"
    boxes = {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes}
    x, y, w, h = boxes["Y"]
    tip = arrow.shape[1].at(0)
    assert x - 0.5 <= tip.x() <= x + w + 0.5 and y - 0.5 <= tip.y() <= y + h + 0.5, "the arrowhead touches Y"
    pieces = [polygon.boundingRect() for polygon in arrow.shape[0].toSubpathPolygons()]
    assert len(pieces) == 4 and all(r.width() <= 171 and r.height() <= 17 for r in pieces), "two stubs and two tags, no line across"
    assert sorted(max(r.width(), r.height()) for r in pieces)[:2] == [3, 8], "short stubs (the target's ends at its head)"


def test_the_exports_show_the_tags_with_the_other_ends_names(qapp, no_routes, tmp_path):
    from PySide6.QtGui import QImage

    from argmap.export.api import export_map

    amap = smallest_cross_link_case()
    export_map(amap, tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text()
    assert "to: Objection Y" in svg and "from: Reason A" in svg
    export_map(amap, tmp_path / "map.png")
    export_map(amap, tmp_path / "map.pdf")
    assert not QImage(str(tmp_path / "map.png")).isNull() and (tmp_path / "map.pdf").stat().st_size > 1000


def test_in_a_big_map_no_arrow_strikes_through_a_box(qapp):
    """Far-reaching cross-links of the generated 1,000-statement map find no route: each is a connector whose
    stubs pass under no box and whose tags cover no box and no other tag."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import is_connector
    from argmap.drawing.theme import Theme

    for direction in ("TB", "LR"):
        diagram = build_diagram(generate_map(1000, seed=0), Theme.light(), direction=direction)
        over = [a for a in diagram.arrows if a.over]
        assert len(over) > 10 and all(is_connector(a.shape) for a in over)
        assert misleading_arrows(diagram) == []
        assert tags_over_boxes(diagram) == []
        tags = [tag.rect() for a in over for tag in a.shape[0].tags]
        assert not [(r, q) for k, r in enumerate(tags) for q in tags[k + 1:] if r.intersects(q)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), arrangement=st.sampled_from(["tree", "columns"]))
def test_an_edits_picture_draws_the_same_connectors_as_one_made_from_nothing(qapp, no_routes, data, direction, arrangement):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = start_map(data.draw)
    amap.set_layout(arrangement)
    picture = build_diagram(amap, theme, direction=direction, remember=True)
    for serial in range(data.draw(st.integers(1, 6))):
        edit(data.draw, amap, serial)
        picture = build_diagram(amap, theme, direction=direction, previous=picture)
        fresh = build_diagram(amap, theme, direction=direction)
        assert exported_picture(picture) == exported_picture(fresh)
        assert [a.shape[0].tags for a in picture.arrows if a.over] == [a.shape[0].tags for a in fresh.arrows if a.over]


def test_an_edit_that_shifts_many_boxes_places_again_only_the_tags_near_a_change(qapp, monkeypatch):
    """A leaf added deep in the generated 1,000-statement map shifts hundreds of boxes: the connectors whose tags looked
    where nothing changed are the last picture's (compared pair by pair, so many changed areas placed every tag again),
    and the picture is the one made from nothing."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    from argmap.drawing import kept_tags
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    placed = []  # the tags placed (two a connector)
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda *a, **k: placed.append(a[1]) or place(*a, **k))
    theme = Theme.light()
    amap = generate_map(1000, seed=0)
    picture = build_diagram(amap, theme, remember=True)
    connectors = [(a.source, a.target) for a in picture.arrows if a.over]
    assert len(placed) == 2 * len(connectors) > 20
    placed.clear()
    amap.add("support", "A new reason, typed in.", id="new", parent="s300")
    picture = build_diagram(amap, theme, previous=picture)
    assert 0 < len(placed) < len(connectors)
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))
