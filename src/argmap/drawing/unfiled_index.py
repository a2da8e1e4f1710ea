"""A box index whose boxes are filed into buckets later: a large map's picture from nothing is painted first.

Filing 50,000 boxes into :class:`~argmap.drawing.obstacles.BoxIndex`'s buckets took 0.2-0.25 s of the opening, and
nothing before the first paint needs the buckets: only the arrows (made after it, :mod:`argmap.drawing.staged`) and
the editor's "which boxes are in this area" (a paint near the view, a few times). So a staged picture holds its boxes
in an :class:`UnfiledIndex`, which answers :meth:`~UnfiledIndex.within` by going over every box (a few ms in C-level
loops) and files them a slice at a time as the first steps of the picture's rest; then it is a plain ``BoxIndex``
(its class changed in place: whoever holds it holds the filed index), with the very buckets, in the very order, that
filing them at once makes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from argmap.drawing.geometry import Box
from argmap.drawing.obstacles import _NOTHING, BoxIndex, K

#: Boxes filed in one step of the picture's rest (about 4-5 us each: a step of about 10 ms).
FILE_STEP = 2500


class UnfiledIndex(BoxIndex[K]):
    """A :class:`BoxIndex` holding its boxes, not filed yet (see the module): :meth:`within` goes over them all; any
    other use files them all first."""

    def __init__(self, boxes: Mapping[K, Box], cell: float = 240.0) -> None:  # (no call of BoxIndex's: it files them)
        self.cell = cell
        self.notes: dict[int, Any] = {}
        self.boxes = dict(boxes)
        self.changes = 1
        self.buckets = {}
        self._extent = None if boxes else _NOTHING
        self._unfiled = iter(self.boxes.items())  # the boxes not filed yet, in order (the dict changes only once filed)
        self._done = 0  # how many are filed

    def within(self, x0: float, y0: float, x1: float, y1: float, *, limit: int | None = None, spare: int = 0) -> set[K]:
        """As :meth:`BoxIndex.within` (exactly the boxes that overlap the rectangle), every box looked at."""
        if limit is not None:  # (a router's question: not asked before the picture's rest, which files them first)
            self.file_all()
            return BoxIndex.within(self, x0, y0, x1, y1, limit=limit, spare=spare)
        return {k for k, b in self.boxes.items() if b[0] < x1 and x0 < b[0] + b[2] and b[1] < y1 and y0 < b[1] + b[3]}

    def file_steps(self, step: int | None = None) -> Iterator[None]:
        """File the boxes ``step`` (:data:`FILE_STEP`) at a time, a yield after each; then this is a plain
        :class:`BoxIndex`."""
        while type(self) is UnfiledIndex:
            self._file_some(step or FILE_STEP)
            yield None

    def file_all(self) -> None:
        """File every box not filed yet; this is then a plain :class:`BoxIndex`."""
        self._file_some(len(self.boxes))

    def _file_some(self, step: int) -> None:
        self._filed(islice(self._unfiled, step), self.buckets)
        self._done += step
        if self._done >= len(self.boxes):
            del self._done, self._unfiled
            self.__class__ = BoxIndex  # type: ignore[assignment]  # (the same layout: a BoxIndex from now on)


def _filing_first(name: str) -> Any:
    plain = getattr(BoxIndex, name)

    def call(self: UnfiledIndex, *args: Any, **kwargs: Any) -> Any:
        self.file_all()
        return plain(self, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


for _name in ("reset", "add", "remove", "compact", "remove_many", "move", "shift", "move_many", "near"):
    setattr(UnfiledIndex, _name, _filing_first(_name))
