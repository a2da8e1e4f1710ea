"""A picture's extent, worked out a part at a time when the editor is idle (:meth:`Diagram.bound_some`), is what
working it out at once gives, and what every part of the picture, with the margin, covers."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from benchmarks.generate import generate_map
from PySide6.QtCore import QRectF

from argmap.drawing import extent
from argmap.drawing.diagram import build_diagram
from argmap.drawing.extent import EXPORT_MARGIN, SHADOW
from argmap.drawing.theme import Theme
from argmap.io import load

SEED_MAP = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def covered(diagram) -> QRectF:
    """Every box (with room for a collapsed card's shadow), arrow and bracket, united one by one, plus the margin."""
    whole = QRectF()
    for b in diagram.boxes:
        whole = whole.united(QRectF(b.x - SHADOW, b.y - SHADOW, b.painting.w + 2 * SHADOW, b.painting.h + 2 * SHADOW))
    for part in [*diagram.arrows, *diagram.brackets]:
        if not part.shape[3].isEmpty():
            whole = whole.united(part.shape[3])
    return QRectF(whole.adjusted(-EXPORT_MARGIN, -EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN).toAlignedRect())


@pytest.mark.parametrize("amap", [load(SEED_MAP), generate_map(300, seed=3)], ids=["seed", "generated"])
def test_the_extent_worked_out_in_steps_is_the_one_worked_out_at_once(amap, monkeypatch, qapp):
    monkeypatch.setattr(extent, "STEP_PARTS", 7)  # many steps, the widest part in any of them
    stepped = build_diagram(amap, Theme.light(), remember=True)
    steps = 1
    while stepped.bound_some(0.0):  # (no time: a step at each call)
        steps += 1
    assert steps > 2 * len(amap) / 7
    assert not stepped.bound_some(0.0), "known: nothing left to do"
    at_once = build_diagram(amap, Theme.light(), remember=True).bounds()
    assert stepped.bounds() == at_once == covered(stepped)


def test_an_extent_asked_for_while_being_worked_out_is_whole(monkeypatch, qapp):
    monkeypatch.setattr(extent, "STEP_PARTS", 5)
    amap = generate_map(120, seed=5)
    diagram = build_diagram(amap, Theme.light(), remember=True)
    assert diagram.bound_some(0.0) and diagram.bound_some(0.0)  # some steps done, more left
    assert diagram.bounds() == covered(diagram)
    assert not diagram.bound_some(0.0)


@pytest.mark.parametrize("amap", [load(SEED_MAP), generate_map(300, seed=3)], ids=["seed", "generated"])
def test_the_boxes_extent_from_the_layouts_own_is_the_one_from_the_boxes(amap, qapp):
    """What a fit takes while a staged picture's arrows are made: from the layout's own extent, the boxes' as a walk
    over them gives it, and within the whole picture's."""
    picture = build_diagram(amap, Theme.light(), remember=True)
    known = picture.layout.trees.extent
    assert known is not None or amap.layout != "tree", "a tidy tree's layout knows it"
    boxes = extent.boxes_extent(picture.boxes)
    if known is not None:
        assert extent.boxes_extent(picture.boxes, known) == boxes
    assert picture.bounds().contains(boxes) and boxes.contains(QRectF(covered_boxes(picture)))


def covered_boxes(diagram) -> QRectF:
    whole = QRectF()
    for b in diagram.boxes:
        whole = whole.united(QRectF(b.x, b.y, b.painting.w, b.painting.h))
    return whole
