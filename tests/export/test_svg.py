"""The SVG exporter draws what the canvas draws: same pixels as the PNG, same file from the editor and the CLI."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from argmap.drawing.theme import Theme
from argmap.export import export_diagram, export_map
from argmap.gui.canvas.scene import MapScene
from argmap.io import load
from argmap.model import ArgumentMap, Kind, Relation

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


def rendered_svg(path: Path) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), "Qt's own SVG renderer reads the file"
    image = QImage(renderer.defaultSize(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


def difference(a: QImage, b: QImage, *, shrink: int = 2) -> tuple[float, float]:
    """Mean difference per colour byte (0-255) and the share of bytes off by more than a quarter, at 1/``shrink`` size.

    Half size forgives antialiasing; a quarter also forgives where another text engine puts
    each glyph (a pixel or two along a line), and still sees a missing word or a shifted box.
    """
    assert a.size() == b.size()

    def small(image: QImage) -> bytes:
        smaller = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
            image.width() // shrink,
            image.height() // shrink,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return bytes(smaller.constBits())

    diffs = [abs(x - y) for x, y in zip(small(a), small(b), strict=True)]
    return sum(diffs) / len(diffs), sum(d > 64 for d in diffs) / len(diffs)


def looks_alike(svg: Path, png: Path) -> bool:
    mean, far = difference(rendered_svg(svg), QImage(str(png)))
    return mean < 1.5 and far < 0.005


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_svg_looks_like_the_png(qapp, tmp_path, theme):
    amap = load(EXAMPLE)
    amap.update("o1", collapsed=True)  # a stacked card and "+N hidden" too
    svg, png = tmp_path / "map.svg", tmp_path / "map.png"
    export_map(amap, svg, theme=theme, evaluation=True, background="white")
    export_map(amap, png, theme=theme, evaluation=True, background="white")
    assert looks_alike(svg, png), difference(rendered_svg(svg), QImage(str(png)))


def test_the_comparison_notices_missing_text_or_a_shift(qapp, tmp_path):
    amap = load(EXAMPLE)
    svg, png = tmp_path / "map.svg", tmp_path / "map.png"
    export_map(amap, svg, background="white")
    export_map(amap, png, background="white")
    text = svg.read_text(encoding="utf-8")
    no_text, shifted = tmp_path / "no-text.svg", tmp_path / "shifted.svg"
    no_text.write_text(re.sub(r"<text[^>]*>[^<]*</text>", "", text), encoding="utf-8")
    shifted.write_text(text.replace("translate(", "translate(3 3) translate("), encoding="utf-8")
    assert looks_alike(svg, png)
    assert not looks_alike(no_text, png)
    assert not looks_alike(shifted, png)


def editor_scene(amap, **options) -> MapScene:
    return MapScene(amap, Theme.named(options.pop("theme", "light")), decorations=True, **options)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_editor_and_command_line_write_the_same_svg(qapp, tmp_path, direction):
    amap = load(EXAMPLE)
    amap.update("o2", collapsed=True)
    amap.connect("r1", "s2", Relation.SUPPORT)  # a cross-link over the tree
    headless, edited = tmp_path / "cli.svg", tmp_path / "gui.svg"
    export_map(amap, headless, direction=direction, evaluation=True)
    scene = editor_scene(amap, direction=direction, evaluation=True)
    scene.evaluate_now()
    scene.select_ids(["c1", "s1"])  # selection marks never reach an export
    export_diagram(scene.diagram(), edited)
    assert headless.read_bytes() == edited.read_bytes()
    scene.detach()


def test_selection_export_matches_between_editor_and_command_line(qapp, tmp_path):
    amap = load(EXAMPLE)
    part = ["c1", "s1", "s2", "o1"]
    headless, edited = tmp_path / "cli.svg", tmp_path / "gui.svg"
    export_map(amap, headless, ids=part)
    scene = editor_scene(amap)
    export_diagram(scene.diagram(), edited, ids=part)
    assert headless.read_bytes() == edited.read_bytes()
    scene.detach()


def test_text_xml_cannot_hold_is_dropped_and_the_rest_kept(qapp, tmp_path):
    amap = load(EXAMPLE)
    amap.update("s1", text='Bell\x07 and "quotes" & <tags> ]]> stay readable')
    out = tmp_path / "odd.svg"
    export_map(amap, out)
    texts = ["".join(t.itertext()) for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")]
    joined = " ".join(texts)
    assert '"quotes" & <tags> ]]>' in joined and "\x07" not in joined


def test_hidden_count_counts_only_what_is_really_hidden(qapp, tmp_path):
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "Main claim.", id="c")
    for i, kind in (("a", Kind.SUPPORT), ("b", Kind.SUPPORT), ("x", Kind.EVIDENCE), ("y", Kind.EVIDENCE)):
        amap.add(kind, f"Statement {i}.", id=i)
    amap.connect("a", "c", Relation.SUPPORT)
    amap.connect("b", "c", Relation.SUPPORT)
    amap.connect("x", "a", Relation.SUPPORT)
    amap.connect("x", "b", Relation.SUPPORT)  # x stays on the map through b
    amap.connect("y", "a", Relation.SUPPORT)  # y is hidden with a
    amap.update("a", collapsed=True)
    scene = editor_scene(amap)
    assert scene.item_for("a").hidden_count == 1 and "+1 hidden" in scene.item_for("a").footer_text()
    out = tmp_path / "m.svg"
    export_map(amap, out)
    assert "+1 hidden" in out.read_text(encoding="utf-8")
    scene.detach()


def test_an_export_right_after_an_edit_draws_the_new_layout(qapp, tmp_path):
    amap = load(EXAMPLE)
    scene = editor_scene(amap)
    amap.update("s1", text="A much longer text than before, so that the box grows and its neighbours must move over. " * 3)
    edited, headless = tmp_path / "gui.svg", tmp_path / "cli.svg"
    export_diagram(scene.diagram(), edited)  # the relayout timer has not fired yet
    export_map(amap, headless)
    assert edited.read_bytes() == headless.read_bytes()
    scene.detach()


def test_a_faded_collapsed_box_hides_its_card_behind_it(qapp, tmp_path):
    """A defeated (faded) box stays clean: the stacked card of a collapsed statement does not show through."""
    amap = load(EXAMPLE)
    amap.update("o1", collapsed=True)
    amap.update("r1", collapsed=False)
    scene = editor_scene(amap, evaluation=True)
    scene.evaluate_now()
    faded = [i for i in ("o1", "o2", "o3", "o4", "o5", "o6", "o7") if scene.item_for(i).defeated]
    scene.detach()
    assert faded, "some objection of the example is defeated"
    target = faded[0]
    amap.update(target, collapsed=True)
    out = tmp_path / "box.png"
    export_map(amap, out, ids=[target], evaluation=True, background="white", scale=2)
    image = QImage(str(out))
    top = (24 + 6) * 2  # the export margin and the room for the card, at scale 2
    x = image.width() // 2
    # down the header band (20 units high), across the card's top edge 5 units below the box's top
    rows = [image.pixelColor(x, top + dy).name() for dy in range(4, 34)]
    assert len(set(rows)) == 1, rows  # one even colour: no card edge through the band


@pytest.mark.parametrize("layout", ["tree", "columns"])
def test_a_selection_with_part_of_a_linked_reason_keeps_its_bracket_and_arrow(qapp, tmp_path, layout):
    from argmap.drawing.diagram import build_diagram

    amap = load(EXAMPLE)
    amap.set_layout(layout)
    (target, members), = [(t, m) for t in amap.ids() for m in amap.groups(t).values()][:1]
    part = [target, members[0]]
    diagram = build_diagram(amap, Theme.light()).only(part)
    (bracket,) = diagram.brackets
    assert bracket.members == [members[0]]
    tip = bracket.shape[1].at(0)  # the arrowhead's point
    (box,) = [b for b in diagram.boxes if b.id == target]
    assert abs(tip.y() - (box.y + box.painting.h)) < 0.5, "the one arrow still reaches the statement it bears on"
    headless, edited = tmp_path / "cli.svg", tmp_path / "gui.svg"
    export_map(amap, headless, ids=part)
    scene = editor_scene(amap)
    export_diagram(scene.diagram(), edited, ids=part)
    assert headless.read_bytes() == edited.read_bytes()
    scene.detach()
