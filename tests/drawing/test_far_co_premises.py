"""A linked reason whose co-premises lie far apart, with no way around the boxes between them: the bracket joins
those that stand together, and each far one gets a short stub and a tag "with: …" (as an off-page connector's), never
a line through other boxes' text (:class:`argmap.drawing.off_page.TaggedBracket`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap
from tests.drawing.test_reuse import edit, start_map
from tests.gui.canvas.test_same_picture import exported_picture

ROOT = Path(__file__).resolve().parents[2]


def far_co_premise_case() -> ArgumentMap:
    """T's linked reason joins A (under T) with B, two levels down in another branch: R lies between them."""
    amap = ArgumentMap()
    amap.add("claim", "The main claim", id="c")
    amap.add("objection", "Objection X", parent="c", id="X")
    amap.add("rebuttal", "Rebuttal R", parent="X", id="R")
    amap.add("support", "Reason B far away", parent="R", id="B")
    amap.add("support", "Reason Q", parent="c", id="Q")
    amap.add("evidence", "Evidence for Q", parent="Q", id="Qe")
    amap.add("support", "Reason T", parent="c", id="T")
    amap.add("support", "Reason A", parent="T", id="A")
    amap.connect("B", "T", "support")
    amap.group("T", ["A", "B"])
    return amap


def bracket_problems(diagram) -> list[tuple]:
    """(bracket, what) for every bracket drawn over the boxes, whose line or arrow passes under a box it does not join,
    or whose tag covers a box."""
    from argmap.drawing.honest import passes_under
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.off_page import bracket_tags

    index = BoxIndex({b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes})
    found = []
    for g in diagram.brackets:
        ends = {g.target, *g.members}
        key = (g.target, g.name)
        if g.over:
            found.append((key, "drawn over the boxes"))
        if passes_under(g.bracket, index, ends) or passes_under(g.shape[0], index, ends):
            found.append((key, "passes under a box"))
        for tag in bracket_tags(g.bracket):
            if index.within(tag.x, tag.y, tag.x + tag.w, tag.y + tag.h):
                found.append((key, "a tag covers a box"))
    return found


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_far_co_premise_gets_a_tag_naming_its_partner_and_the_partner_one_naming_it(qapp, no_routes, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import TaggedBracket
    from argmap.drawing.theme import Theme

    diagram = build_diagram(far_co_premise_case(), Theme.light(), direction=direction)
    (g,) = diagram.brackets
    assert isinstance(g.bracket, TaggedBracket) and not g.over
    assert g.bracket.cluster == ("A",), "the bracket joins the co-premise under the target"
    assert sorted((at, tag.other) for at, tag, _ in g.bracket.pieces) == [("A", "B"), ("B", "A")]
    assert all(tag.joins for tag in g.bracket.tags)
    assert bracket_problems(diagram) == []
    boxes = {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes}
    for at, _, ((sx, sy), (ex, ey)) in g.bracket.pieces:
        x, y, w, h = boxes[at]
        assert x <= sx <= x + w and sy in (y, y + h), "each stub leaves its own box"
        assert abs(ey - sy) <= 10 and sx == ex, "a short stub"


def test_without_the_tags_the_bracket_would_cross_a_box(qapp, no_routes):
    """The case is a real one: drawn plainly, the bracket passes under R."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.honest import passes_under
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.theme import Theme

    diagram = build_diagram(far_co_premise_case(), Theme.light())
    boxes = {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes}
    (g,) = diagram.brackets
    bracket, shape = g.redraw([boxes["B"], boxes["A"]])
    assert passes_under(bracket, BoxIndex(boxes), {"T", "A", "B"}) or passes_under(shape[0], BoxIndex(boxes), {"T", "A", "B"})


def test_the_exports_show_the_tags_with_the_partners_names(qapp, no_routes, tmp_path):
    from PySide6.QtGui import QImage

    from argmap.export.api import export_map

    amap = far_co_premise_case()
    export_map(amap, tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text()
    assert "with: Reason A" in svg and "with: Reason B far away" in svg
    export_map(amap, tmp_path / "map.png")
    export_map(amap, tmp_path / "map.pdf")
    assert not QImage(str(tmp_path / "map.png")).isNull() and (tmp_path / "map.pdf").stat().st_size > 1000


def test_a_selection_holding_part_of_the_co_premises_keeps_their_tags(qapp, no_routes):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import bracket_tags
    from argmap.drawing.theme import Theme

    diagram = build_diagram(far_co_premise_case(), Theme.light())
    (part,) = diagram.only(["T", "A"]).brackets
    assert part.members == ["A"]
    assert [(tag.other, tag.joins) for tag in bracket_tags(part.bracket)] == [("B", True)], "A's tag still names B"
    assert bracket_problems(diagram.only(["T", "A"])) == []
    (whole,) = diagram.only(["T", "A", "B", "R"]).brackets
    assert whole is diagram.brackets[0]


def test_in_the_generated_10000_statement_map_no_bracket_strikes_through_a_box(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import bracket_tags
    from argmap.drawing.theme import Theme

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate_map

    diagram = build_diagram(generate_map(10_000, seed=0), Theme.light())
    assert len(diagram.brackets) == 29
    assert bracket_problems(diagram) == []
    assert sum(bool(bracket_tags(g.bracket)) for g in diagram.brackets) == 3, "the three far-apart ones carry tags"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_random_edits_the_tagged_brackets_are_those_made_from_nothing(qapp, data, direction):
    """With the router giving up, every bracket that cannot be joined directly gets tags; an edit's picture (the editor's
    path) has the same tags as one made from nothing."""
    from argmap.drawing import detour
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import bracket_tags
    from argmap.drawing.theme import Theme

    saved, detour.MAX_BOXES = detour.MAX_BOXES, -1  # (a fixture is not reset between hypothesis examples)
    try:
        theme = Theme.light()
        amap = far_co_premise_case() if data.draw(st.booleans()) else start_map(data.draw)
        picture = build_diagram(amap, theme, direction=direction, remember=True)
        for serial in range(data.draw(st.integers(1, 6))):
            edit(data.draw, amap, serial)
            picture = build_diagram(amap, theme, direction=direction, previous=picture)
            fresh = build_diagram(amap, theme, direction=direction)
            assert exported_picture(picture) == exported_picture(fresh)
            assert [bracket_tags(g.bracket) for g in picture.brackets] == [bracket_tags(g.bracket) for g in fresh.brackets]
            assert bracket_problems(fresh) == [] or any(g.over for g in fresh.brackets)
    finally:
        detour.MAX_BOXES = saved


def test_a_tagged_bracket_away_from_an_edit_is_taken_over(qapp, no_routes):
    """An edit that changes nothing its tags were placed among (boxes, signs, tags placed before it) keeps the very
    bracket (the canvas leaves it alone); the picture is the one made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.off_page import bracket_tags
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = far_co_premise_case()
    picture = build_diagram(amap, theme, remember=True)
    (tagged,) = [g for g in picture.brackets if bracket_tags(g.bracket)]
    amap.add("claim", "Another main claim, far to the side", id="c2")
    amap.add("support", "Its reason", parent="c2", id="c2r")
    picture = build_diagram(amap, theme, previous=picture)
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))
    assert [g for g in picture.brackets if bracket_tags(g.bracket)] == [tagged] and picture.brackets[0] is tagged
