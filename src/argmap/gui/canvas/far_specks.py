"""Boxes smaller than a pixel (a large map fitted to the window): each pixel that holds some shows the colour most show.

Painted as they are, such boxes hardly show: fitted, the 10,000-statement map is a strip of 1,600 x 5 pixels, a box a
quarter of a pixel wide and a fifteenth tall tints its pixel by 2 %, and what showed of the map was mostly the dots of
its tree arrows' hairlines (a pixel wide, however short), coloured by relation, not by kind. Here each such box counts
for the pixel its centre lies in, and the pixels are drawn at once as one small image: a pixel holding boxes shows the
colour of the kind most of them are (a find mark or a selection before any kind), so the trees show as bands of their
kinds' colours. Telling a box's pixel is also cheaper than handing Qt a rectangle for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter, QTransform


class Specks:
    """The pixels holding boxes smaller than a pixel, for a painter whose transform is ``transform`` (a scale and a
    shift: scene units to pixels); ``colors`` are those most boxes show (the kinds'), counted per pixel."""

    def __init__(self, transform: QTransform, colors: Sequence[QColor]) -> None:
        self.scale, self.dx, self.dy = transform.m11(), transform.dx(), transform.dy()
        self.pixel = 1.0 / self.scale  # a pixel, in scene units: a box less wide and less tall is a speck
        self.colors = list(colors)
        self.counts: dict[tuple[int, int], list[int]] = {}  # per pixel: how many boxes of each colour (by index)
        self.marks: dict[tuple[int, int], tuple[int, QColor]] = {}  # per pixel: the mark shown (rank, colour)

    def where(self, x: float, y: float, w: float, h: float) -> tuple[int, int]:
        """The pixel the box's centre lies in."""
        return math.floor((x + w / 2) * self.scale + self.dx), math.floor((y + h / 2) * self.scale + self.dy)

    def add(self, x: float, y: float, w: float, h: float, color: int) -> None:
        """A box of ``colors[color]``."""
        at = self.where(x, y, w, h)
        counts = self.counts.get(at)
        if counts is None:
            counts = self.counts[at] = [0] * len(self.colors)
        counts[color] += 1

    def mark(self, x: float, y: float, w: float, h: float, color: QColor, rank: int) -> None:
        """A box shown in ``color`` whatever the others in its pixel (a find mark, a selection); of two, the lower rank."""
        at = self.where(x, y, w, h)
        known = self.marks.get(at)
        if known is None or rank < known[0]:
            self.marks[at] = (rank, color)

    def pixel_rect(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """The pixel the box's centre lies in, in scene units (x, y, width, height)."""
        px, py = self.where(x, y, w, h)
        return (px - self.dx) * self.pixel, (py - self.dy) * self.pixel, self.pixel, self.pixel

    def draw(self, painter: QPainter) -> None:
        """Each pixel holding boxes in the colour most of them show (of equal counts, the first colour), or its mark's."""
        if not self.counts and not self.marks:
            return
        shown = {at: counts.index(max(counts)) for at, counts in self.counts.items()}
        argb = [color.rgba().to_bytes(4, "little") for color in self.colors]  # (ARGB32 lies in memory as B, G, R, A)
        pixels = shown.keys() | self.marks.keys()
        x0, y0 = min(at[0] for at in pixels), min(at[1] for at in pixels)
        width, height = max(at[0] for at in pixels) - x0 + 1, max(at[1] for at in pixels) - y0 + 1
        data = bytearray(4 * width * height)  # transparent where no box is
        for (px, py), color in shown.items():
            start = 4 * ((py - y0) * width + px - x0)
            data[start:start + 4] = argb[color]
        for (px, py), (_, mark) in self.marks.items():
            start = 4 * ((py - y0) * width + px - x0)
            data[start:start + 4] = mark.rgba().to_bytes(4, "little")
        image = QImage(data, width, height, 4 * width, QImage.Format.Format_ARGB32)
        transform = painter.worldTransform()
        painter.setWorldTransform(QTransform())
        painter.drawImage(QPoint(x0, y0), image)
        painter.setWorldTransform(transform)
