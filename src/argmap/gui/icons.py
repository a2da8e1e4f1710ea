"""Toolbar icons drawn in code (no image files): a kind's colour and its initial letter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from argmap.drawing.theme import Theme
from argmap.model import Kind

LETTERS = {Kind.CLAIM: "C", Kind.SUPPORT: "S", Kind.OBJECTION: "O", Kind.REBUTTAL: "R", Kind.EVIDENCE: "E"}


def kind_icon(kind: Kind, theme: Theme, size: int = 64) -> QIcon:
    """A rounded square in the kind's accent colour with a white initial and a small plus."""
    style = theme.kinds[kind]
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(style.accent)
    p.drawRoundedRect(box, size * 0.18, size * 0.18)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.56))
    p.setFont(font)
    p.setPen(QColor(theme.header_text))
    p.drawText(box.adjusted(0, 0, -size * 0.12, 0), Qt.AlignmentFlag.AlignCenter, LETTERS[kind])
    pen = QPen(QColor(theme.header_text), size * 0.07)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    cx, cy, r = size * 0.78, size * 0.22, size * 0.1
    p.drawLine(int(cx - r), int(cy), int(cx + r), int(cy))
    p.drawLine(int(cx), int(cy - r), int(cx), int(cy + r))
    p.end()
    return QIcon(pixmap)
