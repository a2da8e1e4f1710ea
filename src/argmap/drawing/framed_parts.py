"""The parts of a framed tree (drawing/frames.py): a box, an arrow's memo and a drawn arrow kept where they were made, in
their frame's coordinates, and read where they are now through the frame's offset (moving a tree moves no part)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF

from argmap.drawing.diagram import PlacedArrow, PlacedBox
from argmap.drawing.framed_index import Frame, shifted_box
from argmap.drawing.reuse import ArrowMemo
from argmap.drawing.rigid import moved_shape


class FramedBox(PlacedBox):
    """A box of a framed tree: where it is now is where it was made, moved by its frame's offset since."""

    __slots__ = ("_frame", "_lx", "_ly")

    def __init__(self, id: str, x: float, y: float, painting: Any, frame: Frame) -> None:
        self.id = id
        self.painting = painting
        self._frame = frame
        self._lx, self._ly = x - frame.dx, y - frame.dy

    @property
    def x(self) -> float:  # type: ignore[override]
        return self._lx + self._frame.dx

    @property
    def y(self) -> float:  # type: ignore[override]
        return self._ly + self._frame.dy


_INPUTS = ArrowMemo.__dict__["inputs"]
_USUAL = ArrowMemo.__dict__["usual"]


class FramedMemo(ArrowMemo):
    """An arrow's memo in a frame: its inputs and usual shape as made when the frame's offset was ``at`` (the inputs) and
    ``shape_at`` (the shape), moved by the offset since when read (and from then on). The two catch up apart: the inputs
    (two boxes) are read far more often than the shape, whose move costs a new path."""

    __slots__ = ("at", "frame", "shape_at")

    def __init__(self, inputs: tuple, usual: tuple, drawn: bool, misleading: bool | None = None, placed: Any = None,
                 *, frame: Frame) -> None:
        self.frame = frame
        self.at = self.shape_at = (frame.dx, frame.dy)
        _INPUTS.__set__(self, inputs)
        _USUAL.__set__(self, usual)
        self.drawn = drawn
        self.misleading = misleading
        self.placed = placed

    @property
    def inputs(self) -> tuple:
        frame = self.frame
        at = self.at
        if frame.dx != at[0] or frame.dy != at[1]:  # moved by the frame's offset since last read
            dx, dy = frame.dx - at[0], frame.dy - at[1]
            self.at = (frame.dx, frame.dy)
            child, parent, slot, lane, cross = _INPUTS.__get__(self)
            _INPUTS.__set__(self, (shifted_box(child, dx, dy), shifted_box(parent, dx, dy), slot, lane, cross))  # (a slot: a share)
        return _INPUTS.__get__(self)

    @inputs.setter
    def inputs(self, value: tuple) -> None:
        self.at = (self.frame.dx, self.frame.dy)
        _INPUTS.__set__(self, value)

    @property
    def usual(self) -> tuple:
        frame = self.frame
        at = self.shape_at
        if frame.dx != at[0] or frame.dy != at[1]:
            dx, dy = frame.dx - at[0], frame.dy - at[1]
            self.shape_at = (frame.dx, frame.dy)
            if self.drawn:
                _USUAL.__set__(self, moved_shape(_USUAL.__get__(self), dx, dy, QPointF(dx, dy)))
        return _USUAL.__get__(self)

    @usual.setter
    def usual(self, value: tuple) -> None:
        self.shape_at = (self.frame.dx, self.frame.dy)
        _USUAL.__set__(self, value)

    def move_along(self, dx: float, dy: float) -> None:
        """Its two boxes and usual shape moved by (dx, dy) beyond the frame's offset since, when next read (one move of the
        path, not two): the part of a framed tree beside an edit moves along by a step of its own, thousands of arrows of
        which few are read."""
        at = self.at
        self.at = (at[0] - dx, at[1] - dy)
        at = self.shape_at
        self.shape_at = (at[0] - dx, at[1] - dy)

    def kept_shape(self) -> tuple[tuple, tuple[float, float]]:
        """The usual shape as kept, and the frame's offset it is kept for (the shape now is it moved by the difference)."""
        return _USUAL.__get__(self), self.shape_at


class FramedArrow(PlacedArrow):
    """A plainly drawn tree arrow of a framed tree: its shape as made, moved by its frame's offset since."""

    __slots__ = ("_at", "_base", "_frame", "_moved", "_moved_at")

    def __init__(self, source: str, target: str, shape: tuple, relation: Any, kit: Any, frame: Frame,
                 at: tuple[float, float] | None = None) -> None:
        self.source, self.target, self.relation, self.kit = source, target, relation, kit
        self.cross, self.over, self.onto = False, False, None
        self._frame = frame
        self._base, self._at = shape, (frame.dx, frame.dy) if at is None else at  # ``at``: the offset ``shape`` is where for
        self._moved: tuple | None = None
        self._moved_at: tuple[float, float] | None = None

    def moved_along(self, memo: FramedMemo) -> bool:
        """Drawn as ``memo``'s kept shape now, in place, when it is of the memo's frame (True): the part of a framed tree
        beside an edit moved along by a step of its own, thousands of arrows, each placed anew in the picture's list took
        4-5 us at 50,000 statements. The edit names it among the arrows changed, as one made anew."""
        if self._frame is not memo.frame:
            return False
        self._base, self._at = memo.kept_shape()
        self._moved = self._moved_at = None
        return True

    def bounds_now(self) -> Any:
        """Where the arrow lies now (its shape's bounds), without moving the whole shape there."""
        frame = self._frame
        dx, dy = frame.dx - self._at[0], frame.dy - self._at[1]
        bounds = self._base[3]
        return bounds.translated(dx, dy) if dx or dy else bounds

    @property
    def shape(self) -> tuple:  # type: ignore[override]
        frame = self._frame
        at = (frame.dx, frame.dy)
        if at == self._at:
            return self._base
        if at != self._moved_at:
            dx, dy = at[0] - self._at[0], at[1] - self._at[1]
            self._moved, self._moved_at = moved_shape(self._base, dx, dy, QPointF(dx, dy)), at
        return self._moved  # type: ignore[return-value]
