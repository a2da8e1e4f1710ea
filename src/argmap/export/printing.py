"""Print a diagram: fitted on one page, or at full size tiled over several pages with overlap marks.

The pages show the same Diagram as the canvas and every export (``Diagram.paint``); only the
page geometry is worked out here. The printer is any QPrinter: a real one, the preview's, or
a PDF file (which is how the tests look at the pages).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from argmap.drawing.diagram import Diagram

#: Scene units per inch: the map at 100 % is printed as large as the PNG export at scale 1 on a 96 dpi screen.
SCENE_DPI = 96.0
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PageOptions:
    """How the map goes on paper. ``tile``: at ``scale`` (1 = 100 %) over as many pages as it needs, each
    repeating ``overlap_mm`` of its neighbour's edge, where marks show where to lay the next page."""

    tile: bool = False
    scale: float = 1.0
    overlap_mm: float = 10.0
    background: QColor | None = None  # None: white paper (print-friendly); else the theme's canvas colour


def tiles(source: QRectF, page: QRectF, overlap: float) -> list[list[QRectF]]:
    """The parts of ``source`` (scene units) that go on each page, by rows then columns.

    ``page`` is the printable area in scene units; neighbours share ``overlap`` units. An
    edge part is as large as what is left (the last row and column are not padded)."""
    step_x, step_y = max(1.0, page.width() - overlap), max(1.0, page.height() - overlap)
    columns = max(1, math.ceil((source.width() - overlap) / step_x)) if source.width() > page.width() else 1
    rows = max(1, math.ceil((source.height() - overlap) / step_y)) if source.height() > page.height() else 1
    grid = []
    for row in range(rows):
        line = []
        for column in range(columns):
            x, y = source.left() + column * step_x, source.top() + row * step_y
            w = min(page.width(), source.right() - x)
            h = min(page.height(), source.bottom() - y)
            line.append(QRectF(x, y, w, h))
        grid.append(line)
    return grid


def page_count(diagram: Diagram, printer: QPrinter, options: PageOptions) -> int:
    if not options.tile:
        return 1
    grid = tiles(diagram.bounds(), _page_in_scene_units(printer, options), _overlap(options))
    return len(grid) * len(grid[0])


def print_diagram(diagram: Diagram, printer: QPrinter, options: PageOptions) -> int:
    """Paint ``diagram`` on ``printer``'s pages; returns how many pages were printed (0 if the printer would not start)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        source = diagram.bounds()
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page = QRectF(0, 0, area.width(), area.height())  # the painter's origin is the printable area's corner
        if not options.tile:
            _fill(painter, printer, options.background)
            diagram.paint(painter, source, page, keep_aspect=True)  # scaled to fit, centred
            return 1
        factor = _device_per_scene(printer, options)
        grid = tiles(source, _page_in_scene_units(printer, options), _overlap(options))
        rows, columns = len(grid), len(grid[0])
        for r, line in enumerate(grid):
            for c, part in enumerate(line):
                if (r, c) != (0, 0):
                    printer.newPage()
                _fill(painter, printer, options.background)
                target = QRectF(0, 0, part.width() * factor, part.height() * factor)
                painter.save()
                painter.setClipRect(target)
                diagram.paint(painter, part, target)
                painter.restore()
                _overlap_marks(painter, target, _overlap(options) * factor, right=c < columns - 1, below=r < rows - 1)
                _page_label(painter, page, f"{_row_name(r)}{c + 1}  ({r * columns + c + 1}/{rows * columns})")
        return rows * columns
    finally:
        painter.end()


def _device_per_scene(printer: QPrinter, options: PageOptions) -> float:
    return printer.resolution() / SCENE_DPI * options.scale


def _page_in_scene_units(printer: QPrinter, options: PageOptions) -> QRectF:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    factor = _device_per_scene(printer, options)
    return QRectF(0, 0, area.width() / factor, area.height() / factor)


def _overlap(options: PageOptions) -> float:
    """The overlap in scene units (at 100 %: 96 units an inch)."""
    return options.overlap_mm / MM_PER_INCH * SCENE_DPI / options.scale


def _fill(painter: QPainter, printer: QPrinter, background: QColor | None) -> None:
    """The theme's canvas colour over the whole sheet, margins too (a dark theme prints no white frame)."""
    if background is None:
        return
    layout = printer.pageLayout()
    full, inside = layout.fullRectPixels(printer.resolution()), layout.paintRectPixels(printer.resolution())
    painter.fillRect(QRectF(full).translated(-inside.x(), -inside.y()), background)


def _overlap_marks(painter: QPainter, target: QRectF, overlap: float, *, right: bool, below: bool) -> None:
    """Dashed lines where the next page's picture begins, with short solid ticks at their ends to cut or fold along."""
    pen = QPen(QColor(128, 128, 128), max(1.0, target.width() / 1500), Qt.PenStyle.DashLine)
    tick = max(6.0, overlap / 3)
    painter.save()
    if right:
        x = target.right() - overlap
        painter.setPen(pen)
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()))
        painter.setPen(QPen(QColor(64, 64, 64), pen.widthF() * 2))
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.top() + tick))
        painter.drawLine(QPointF(x, target.bottom() - tick), QPointF(x, target.bottom()))
    if below:
        y = target.bottom() - overlap
        painter.setPen(pen)
        painter.drawLine(QPointF(target.left(), y), QPointF(target.right(), y))
        painter.setPen(QPen(QColor(64, 64, 64), pen.widthF() * 2))
        painter.drawLine(QPointF(target.left(), y), QPointF(target.left() + tick, y))
        painter.drawLine(QPointF(target.right() - tick, y), QPointF(target.right(), y))
    painter.restore()


def _page_label(painter: QPainter, page: QRectF, text: str) -> None:
    """The page's place in the grid (row letter, column number), small, in the top left corner."""
    painter.save()
    font = QFont()
    font.setPixelSize(max(8, round(page.height() / 120)))
    painter.setFont(font)
    box = painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2)
    box.moveTopLeft(page.topLeft().toPoint())
    painter.fillRect(box, QColor(255, 255, 255, 220))
    painter.setPen(QColor(64, 64, 64))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _row_name(row: int) -> str:
    """A, B, ..., Z, AA, AB, ...: rows by letter, columns by number, as on a map's grid."""
    name = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
