"""The parts of a picture as placed: a box at its place, an arrow with its shape, a linked reason's bracket."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPainterPath

from argmap.drawing.arrows import ArrowKit, Shape
from argmap.drawing.box import BoxPainting
from argmap.drawing.geometry import Box
from argmap.model import Relation


@dataclass(slots=True)
class PlacedBox:
    id: str
    x: float
    y: float
    painting: BoxPainting


@dataclass(slots=True)
class PlacedArrow:
    source: str
    target: str
    shape: Shape
    relation: Relation
    kit: ArrowKit
    cross: bool = False  # not a link of the layout's spanning tree (drawn paler)
    over: bool = False  # no way around the boxes was found: drawn on top of them, with a halo
    #: an undercut: the premise whose link into ``target`` it attacks, or ("", group name) for a linked reason
    onto: tuple[str, str] | None = None


@dataclass(slots=True)
class PlacedBracket:
    target: str
    name: str  # the linked reason's group name
    members: list[str]
    bracket: QPainterPath
    shape: Shape
    relation: Relation
    #: Draws the bracket again for some of the members' boxes (a selection holding only part of them).
    redraw: Callable[[list[Box]], tuple[QPainterPath, Shape]] | None = None
    #: the co-premises lie apart, with other boxes between: drawn on top of the boxes, with a halo
    over: bool = False
