"""Render docs/drawing.md's pictures of off-page connectors: part of a generated 200-statement map with long
cross-links, drawn as before (over the boxes, with a halo) and as now (tagged stubs).

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python docs/make_off_page_pictures.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter

ROOT = Path(__file__).resolve().parents[1]
PICTURES = ROOT / "docs" / "pictures"
AREA = QRectF(3000, 560, 1500, 560)  # from the picture's top left corner, in scene units
SCALE = 0.9


def render(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    diagram = build_diagram(generate_map(200, seed=0, cross_link_ratio=0.05), Theme.light())
    bounds = diagram.bounds()
    source = AREA.translated(bounds.topLeft())
    image = QImage(int(AREA.width() * SCALE), int(AREA.height() * SCALE), QImage.Format.Format_ARGB32)
    image.fill(diagram.theme.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    diagram.paint(painter, source, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.save(str(path))


def main() -> None:
    from argmap.drawing import honest

    QGuiApplication([])
    render(PICTURES / "off-page-after.png")
    honest.connectors = lambda arrows, settled, *rest: settled  # as before: drawn over the boxes, with a halo
    render(PICTURES / "off-page-before.png")


if __name__ == "__main__":
    main()
