"""Undercuts, rephrases and shared premises as the one picture draws them (canvas and every export)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from argmap.io import load
from argmap.model import ArgumentMap, Link, Relation
from tests.drawing.test_honest_arrows import misleading_arrows, points_of

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "maps" / "undercuts-and-rephrases.json"


def undercut_case() -> ArgumentMap:
    amap = ArgumentMap()
    amap.add("claim", "Japan should join the training mission.", id="t")
    amap.add("support", "Japan has trained peacekeepers for decades.", parent="t", id="s")
    amap.add("support", "The mission is non-combat.", parent="t", id="p1")
    amap.add("support", "Japan's law allows non-combat missions abroad.", parent="t", id="p2")
    amap.group("t", ["p1", "p2"], "g1")
    amap.add("objection", "Other objection.", parent="t", id="o")
    amap.add("objection", "Peacekeeping is not combat training.", id="u")
    amap.add_link(Link("u", "t", Relation.ATTACK, onto="s"))
    amap.add("objection", "Non-combat roles are not what decides it.", id="v")
    amap.add_link(Link("v", "t", Relation.ATTACK, onto_group="g1"))
    amap.add("support", "Japan has long trained peacekeepers.", id="r")
    amap.add_link(Link("r", "s", Relation.REPHRASE))
    return amap


def shared_case() -> ArgumentMap:
    """Three linked reasons {A,B}, {B,C}, {B,D} into one claim: B is a premise of each."""
    amap = ArgumentMap()
    amap.add("claim", "The claim.", id="T")
    for i in "ABCD":
        amap.add("support", f"Premise {i}.", parent="T", id=i)
    amap.group("T", ["A", "B"], "g1")
    amap.update_link("C", "T", group="g2")
    amap.share("B", "T", "g2")
    amap.update_link("D", "T", group="g3")
    amap.share("B", "T", "g3")
    return amap


def distance_to(path, point) -> float:
    """The shortest distance from ``point`` to the drawn ``path`` (sampled finely)."""
    from argmap.drawing.geometry import LightPath

    qt = path.qt() if isinstance(path, LightPath) else path
    best = float("inf")
    for k in range(801):
        p = qt.pointAtPercent(k / 800)
        best = min(best, ((p.x() - point.x()) ** 2 + (p.y() - point.y()) ** 2) ** 0.5)
    return best


def boxes_of(diagram) -> dict:
    return {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in diagram.boxes}


def attacked_line(diagram, arrow):
    premise, group = arrow.onto
    if premise:
        (line,) = [a.shape[0] for a in diagram.arrows if (a.source, a.target) == (premise, arrow.target)]
    else:
        (line,) = [g.shape[0] for g in diagram.brackets if (g.target, g.name) == (arrow.target, group)]
    return line


def check_undercuts(diagram, expected: int) -> None:
    from argmap.drawing.geometry import qt_shape
    from argmap.drawing.obstacles import BoxIndex, crossed

    boxes = boxes_of(diagram)
    undercuts = [a for a in diagram.arrows if a.onto is not None]
    assert len(undercuts) == expected
    for arrow in undercuts:
        path, head, _, _ = qt_shape(arrow.shape)
        tip = head.at(0)
        assert distance_to(attacked_line(diagram, arrow), tip) < 1.5, "the head ends on the attacked line"
        x, y, w, h = boxes[arrow.target]
        gap = max(x - tip.x(), tip.x() - x - w, y - tip.y(), tip.y() - y - h)
        assert gap > 8, "not on the target's box"
        assert arrow.relation == Relation.ATTACK and not arrow.over
        assert not crossed(points_of(path), BoxIndex(boxes), {arrow.source}), "its line crosses no box"
        assert not any(tip.x() >= bx and tip.x() <= bx + bw and tip.y() >= by and tip.y() <= by + bh for bx, by, bw, bh in boxes.values())


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("arrangement", ["tree", "columns"])
def test_an_undercut_ends_on_the_attacked_link_and_crosses_no_box(qapp, direction, arrangement):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    amap = undercut_case()
    amap.set_layout(arrangement)
    diagram = build_diagram(amap, Theme.light(), direction=direction)
    check_undercuts(diagram, 2)
    assert misleading_arrows(diagram) == []
    assert not [a for a in diagram.arrows if (a.source, a.target) == ("u", "t") and a.onto is None], "no arrow onto the target"


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_demo_map_draws_its_undercuts_onto_links(qapp, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    diagram = build_diagram(load(DEMO), Theme.light(), direction=direction)
    check_undercuts(diagram, 2)


def test_the_layout_puts_an_undercutter_next_to_what_it_attacks(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    diagram = build_diagram(undercut_case(), Theme.light())
    order = [b.id for b in sorted((b for b in diagram.boxes if b.id in ["s", "p1", "p2", "o", "u", "v"]), key=lambda b: b.x)]
    assert order.index("u") == order.index("s") + 1
    assert order.index("v") == max(order.index("p1"), order.index("p2")) + 1


def test_a_part_of_the_picture_keeps_an_undercut_only_with_what_it_attacks(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    diagram = build_diagram(undercut_case(), Theme.light())
    assert [a.source for a in diagram.only(["t", "u", "s"]).arrows if a.onto] == ["u"]
    assert [a.source for a in diagram.only(["t", "u"]).arrows if a.onto] == []


def test_a_rephrase_is_a_thin_muted_line_with_an_equals_sign(qapp):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter

    from argmap.drawing.arrows import link_kit, paint_link
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.geometry import SYMBOL_RADIUS, qt_shape
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    diagram = build_diagram(undercut_case(), theme)
    (rephrase,) = [a for a in diagram.arrows if a.relation == Relation.REPHRASE]
    assert rephrase.kit.line.color() == theme.relation_color(Relation.REPHRASE)
    assert rephrase.kit.line.widthF() < link_kit(theme, Relation.SUPPORT, cross=False).line.widthF()

    def sign(relation: Relation) -> tuple[bool, bool]:
        """(the centre is light, the point above it is light) on a painted symbol."""
        image = QImage(60, 60, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        path, head, _, _ = qt_shape(rephrase.shape)
        away = -path.pointAtPercent(0)
        kit = link_kit(theme, relation, cross=False)
        paint_link(painter, path.translated(away), head.translated(away), QPointF(30, 30), relation, kit)
        painter.end()
        light = lambda x, y: QColor(image.pixel(x, y)).lightness() > 200  # noqa: E731
        arm = int(SYMBOL_RADIUS * 0.45)
        return light(30, 30), light(30, 30 - arm) or light(30, 30 + arm)

    assert sign(Relation.SUPPORT) == (True, True), "+: a light centre and a light upright"
    assert sign(Relation.ATTACK) == (True, False), "-: a light centre only"
    assert sign(Relation.REPHRASE)[0] is False, "=: two bars, none through the centre"
    assert sign(Relation.REPHRASE)[1] is True


def test_a_shared_premise_is_drawn_in_each_of_its_reasons_brackets(qapp):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    diagram = build_diagram(shared_case(), Theme.light())
    assert misleading_arrows(diagram) == []
    boxes = boxes_of(diagram)
    brackets = {g.name: g for g in diagram.brackets}
    assert {name: set(g.members) for name, g in brackets.items()} == {"g1": {"A", "B"}, "g2": {"B", "C"}, "g3": {"B", "D"}}
    bars = {}
    for name, g in brackets.items():
        pieces = [[(p.x(), p.y()) for p in poly] for poly in g.bracket.toSubpathPolygons()]
        stems = [piece for piece in pieces if len(piece) == 2 and abs(piece[0][0] - piece[1][0]) < 0.01]
        joined = set()
        for (x0, y0), (_, y1) in stems:
            for i, (bx, by, bw, _) in boxes.items():
                if abs(bx + bw / 2 - x0) < 0.5 and abs(by - max(y0, y1)) < 0.5:
                    joined.add(i)
        assert joined == set(g.members), f"{name}: a stem from each member, and none from another box"
        bars[name] = min(min(y0, y1) for (_, y0), (_, y1) in stems)
    assert len(set(bars.values())) == 3, "each reason has its own bar"
    # a non-member's stem ends below the bars of reasons it is not in
    for name, g in brackets.items():
        for other in set(boxes) - set(g.members) - {"T"}:
            others_stems_top = min(bars[n] for n, h in brackets.items() if other in h.members)
            assert others_stems_top > bars[name] or other in g.members or not _under_bar(boxes[other], g, boxes)


def _under_bar(box, bracket, boxes) -> bool:
    xs = [boxes[m][0] + boxes[m][2] / 2 for m in bracket.members]
    return min(xs) < box[0] + box[2] / 2 < max(xs)


def test_the_example_with_all_three_renders_to_png(qapp, tmp_path):
    from argmap.export import export_map

    out = tmp_path / "demo.png"
    export_map(load(DEMO), out)
    assert out.stat().st_size > 10_000
