"""A worksheet: the map with chosen boxes left blank, for students to fill in on paper.

A blank box is measured from its statement like any box (so the worksheet has exactly the
layout of the answer key, which is the same map exported normally) and painted with its
kind, a number and ruled lines where its text would be. Notes, sources and tags, which
could give the answer away, are left out too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen

from argmap.drawing.box import HEADER_GAP, BoxPainting, PaintKit
from argmap.drawing.diagram import Diagram, build_diagram
from argmap.drawing.theme import Theme
from argmap.model import ArgumentMap, Kind, Statement


class BlankBox(BoxPainting):
    """A statement's box with its words replaced by ruled lines and a number in the header."""

    __slots__ = ("number",)

    def __init__(self, statement: Statement, theme: Theme, *, number: int, hidden_count: int = 0) -> None:
        super().__init__(statement, theme, hidden_count=hidden_count)
        self.number = number

    def _paint_text(self, painter, kit: PaintKit) -> None:
        look = self.look
        painter.setFont(look.label.font)
        painter.setPen(kit.header_text)
        painter.drawText(look.label_run[0], f"{look.style.label}  {self.number}")
        painter.setPen(QPen(kit.muted.color(), 1.0, Qt.PenStyle.DotLine))
        step = self.text.line_height
        pad = self.theme.padding
        y = self.header_h + HEADER_GAP + self.text.ascent + 3  # under each line the text would take
        while y <= self.h - pad / 2:  # as many lines as the box holds: the worksheet keeps the answer key's layout
            painter.drawLine(QPointF(pad, y), QPointF(self.w - pad, y))
            y += step

def blank_ids(amap: ArgumentMap, ids: Iterable[str] = (), kinds: Iterable[Kind | str] = ()) -> list[str]:
    """The statements to blank: the ``ids`` given and every statement of the ``kinds``, in map order."""
    chosen = set(ids)
    wanted = {Kind(k) for k in kinds}
    return [s.id for s in amap.statements() if s.id in chosen or s.kind in wanted]


def build_worksheet(amap: ArgumentMap, theme: Theme, blanks: Iterable[str], *, direction: str = "TB",
                    arrangement: str | None = None) -> Diagram:
    """The one picture of ``amap`` with the ``blanks`` drawn as numbered blank boxes (numbered in map order)."""
    numbers = {i: n for n, i in enumerate(blank_ids(amap, blanks), start=1)}

    def measure(statement: Statement, hidden: int) -> BoxPainting:
        number = numbers.get(statement.id)
        if number is None:
            return BoxPainting(statement, theme, hidden_count=hidden)
        return BlankBox(statement, theme, number=number, hidden_count=hidden)

    return build_diagram(amap, theme, direction=direction, arrangement=arrangement, measure=measure)
