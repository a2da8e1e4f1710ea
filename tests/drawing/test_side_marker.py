"""View > Sides in the picture: each box says FOR or AGAINST in words, in the canvas's Diagram and in exports."""

from __future__ import annotations

from pathlib import Path

from argmap.drawing.box import BoxPainting
from argmap.drawing.diagram import build_diagram
from argmap.drawing.theme import Theme
from argmap.export import export_map
from argmap.io import load

EXAMPLE = Path(__file__).parents[2] / "maps" / "japan-nato-ukraine.json"


def test_the_diagram_marks_sides_only_when_asked(qapp) -> None:
    amap = load(EXAMPLE)
    plain = build_diagram(amap, Theme.light())
    assert all(b.painting.side is None for b in plain.boxes)
    sided = {b.id: b.painting for b in build_diagram(amap, Theme.light(), sides=True).boxes}
    assert sided["c1"].side == "for" and sided["o1"].side == "against" and sided["r11"].side == "for"
    assert sided["o1"].side_run is not None and sided["o1"].side_run[2] == "AGAINST"


def test_the_side_word_fits_on_the_header_band_beside_the_kind(qapp) -> None:
    amap = load(EXAMPLE)
    theme = Theme.light()
    for statement in amap.statements():
        box = BoxPainting(statement, theme, side="against")
        x, _, word = box.side_run
        label_end = box.look.label_run[0].x() + box.look.label.width(box.look.style.label)
        assert label_end < x and x + box.look.label.width(word) <= box.w - theme.padding + 0.5


def test_svg_export_with_sides_says_for_and_against(tmp_path: Path, qapp) -> None:
    out = tmp_path / "sides.svg"
    export_map(load(EXAMPLE), out, sides=True)
    text = out.read_text(encoding="utf-8")
    assert ">AGAINST<" in text and ">FOR<" in text
    export_map(load(EXAMPLE), out)
    assert ">AGAINST<" not in out.read_text(encoding="utf-8")
