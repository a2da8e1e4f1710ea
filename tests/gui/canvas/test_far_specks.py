"""Boxes smaller than a pixel (a large map fitted): each pixel holding some shows the colour of the kind most of them are."""

from __future__ import annotations

import math
from collections import Counter

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform


def _picture_at(scene, scale: float) -> tuple[QImage, QTransform]:
    """The whole map painted from its picture at ``scale``, as the far image paints it."""
    from argmap.gui.canvas.far_painting import paint_picture

    rect = scene.sceneRect()
    transform = QTransform(scale, 0.0, 0.0, scale, 3 - rect.left() * scale, 3 - rect.top() * scale)
    image = QImage(math.ceil(rect.width() * scale) + 6, math.ceil(rect.height() * scale) + 6, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.setWorldTransform(transform)
    paint_picture(painter, scene, rect)
    painter.end()
    return image, transform


def _pixel_of(transform: QTransform, x: float, y: float, w: float, h: float) -> tuple[int, int]:
    return math.floor((x + w / 2) * transform.m11() + transform.dx()), math.floor((y + h / 2) * transform.m22() + transform.dy())


@pytest.fixture
def big(make_window, tmp_path, monkeypatch):
    from argmap.gui.canvas import near_items
    from argmap.io import save
    from tests.gui.canvas.test_lazy_items import big_map

    monkeypatch.setattr(near_items, "LAZY_FROM", 100)
    amap = big_map()
    save(amap, tmp_path / "big.json")
    return make_window(tmp_path / "big.json"), amap


def test_boxes_smaller_than_a_pixel_show_their_kinds_colour_pixel_by_pixel(big):
    """Painted as they are, boxes a fraction of a pixel tint their pixel by a few per cent (a fitted 10,000-statement map
    showed little but its arrows' hairline dots, coloured by relation); here every pixel holding boxes shows, in full,
    the colour of the kind most of them are, the find mark's or the selection's where such a box is."""
    window, amap = big
    scene, theme = window.scene, window.scene.theme
    placed = scene.placed_boxes()
    found, chosen = sorted(placed)[5], sorted(placed)[40]
    scene.set_highlighted([found])
    scene.select_ids([chosen])
    scale = 0.9 / max(max(w, h) for _, _, w, h in placed.values())  # every box smaller than a pixel
    image, transform = _picture_at(scene, scale)
    kinds = list(theme.kinds)
    held: dict[tuple[int, int], Counter] = {}
    for i, box in placed.items():
        held.setdefault(_pixel_of(transform, *box), Counter())[amap.statement(i).kind] += 1
    assert len(held) < len(placed), "(several boxes share a pixel)"
    marked = {_pixel_of(transform, *placed[found]): theme.highlight, _pixel_of(transform, *placed[chosen]): theme.selection}
    for (px, py), counts in held.items():
        most = max(counts.values())
        expected = marked.get((px, py)) or theme.kinds[next(k for k in kinds if counts[k] == most)].accent
        assert QColor(image.pixel(px, py)).name() == QColor(expected).name(), (px, py, counts)


def test_far_out_only_arrows_longer_than_a_pixel_are_drawn_and_they_show(big):
    """At that scale a tree arrow whose ends are less than a pixel apart is left out (it would only shade its boxes'
    pixels); the long ones, the tree's shape between its boxes, are drawn."""
    window, _ = big
    scene = window.scene
    placed = scene.placed_boxes()
    scale = 0.9 / max(max(w, h) for _, _, w, h in placed.values())
    assert _boxes_and_long_lines_only(scene, scale) > 0, "the long arrows show"


def test_far_out_a_connector_whose_tags_are_specks_is_left_out(make_window, tmp_path, no_routes):
    """Where an off-page connector's tag, stub and head together are less than a pixel, nothing of it is painted: the
    pixels show the boxes (and the long lines) alone."""
    from argmap.drawing.off_page import TAG_REACH, is_connector
    from argmap.io import save
    from tests.drawing.test_honest_arrows import smallest_cross_link_case

    save(smallest_cross_link_case(), tmp_path / "map.json")
    scene = make_window(tmp_path / "map.json").scene
    assert any(is_connector(arrow.shape) for arrow in scene.diagram().arrows)
    placed = scene.placed_boxes()
    _boxes_and_long_lines_only(scene, 0.9 / max(TAG_REACH, *(max(w, h) for _, _, w, h in placed.values())))


def _boxes_and_long_lines_only(scene, scale: float) -> int:
    """Paint the map at ``scale``; assert each pixel painted is a box's, in its kind's colour with nothing over it, or on
    a tree arrow at least a pixel long (within its bounds); return how many are on such lines."""
    from argmap.drawing.off_page import is_connector

    image, transform = _picture_at(scene, scale)
    boxes = {_pixel_of(transform, *box) for box in scene.placed_boxes().values()}
    background = QColor(scene.backgroundBrush().color()).rgb()
    long_lines = []
    for arrow in scene.diagram().arrows:
        numbers = getattr(arrow.shape[0], "numbers", None)
        if numbers is None:
            assert is_connector(arrow.shape)
        elif max(abs(numbers[8] - numbers[0]), abs(numbers[9] - numbers[1])) * scale >= 1.0:
            long_lines.append(transform.mapRect(QRectF(arrow.shape[3])).adjusted(-1.5, -1.5, 1.5, 1.5))
    kinds = {QColor(style.accent).rgb() for style in scene.theme.kinds.values()}
    lines = 0
    for px in range(image.width()):
        for py in range(image.height()):
            if (px, py) in boxes:
                assert QColor(image.pixel(px, py)).rgb() in kinds, ("nothing over the boxes", px, py)
                continue
            if QColor(image.pixel(px, py)).rgb() == background:
                continue
            assert any(line.contains(px + 0.5, py + 0.5) for line in long_lines), (px, py)
            lines += 1
    return lines
