"""The arrows' signs and heads of a picture made from nothing, found near the boxes instead of filed.

Routes, off-page tags and brackets keep clear of the other arrows' relation symbols and heads, which they look up in the
sign index (:func:`~argmap.drawing.honest.sign_index`: two marks an arrow, 100,000 at 50,000 statements, 0.3-0.5 s to
work out and file). Opening such a map asks it about 2,000 small areas (the tags' places, the brackets' looks). A tidy
tree arrow's marks lie by its own boxes: its symbol just outside its child's edge, its head just outside its parent's
(:func:`~argmap.drawing.geometry.tidy_arrow`), never further than :data:`REACH` from them. So :class:`NearSigns` answers
``within`` by the boxes the picture's box index finds around the area (grown by that reach), the marks of their arrows
worked out as the sign index works them out, and the marks of the other arrows (cross-links, lanes: a few hundred)
filed in a small index of their own: the same keys, the same boxes. Anything else asked of it makes the whole index.

The whole index is still what an edit keeps up to date: :class:`SignsLater` makes it, the very one the picture would have
made, a slice at a time when the editor is idle (or at once when an edit comes first: :meth:`PictureMemo.signs_now`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterator, Mapping
from itertools import islice
from typing import Any

from argmap.drawing.geometry import STEM, SYMBOL_RADIUS, TidyHead
from argmap.drawing.honest import sign_index, tidy_head_box, tidy_sign_box
from argmap.drawing.obstacles import Box, BoxIndex

Key = tuple[str, str]
Mark = tuple[Key, int]
#: How far a tidy tree arrow's symbol or head reaches out of its child's or parent's box, with a pixel to spare: the
#: symbol's disc, centred a pixel beyond the middle of the stem, is the furthest (18.5); the head reaches its length (11)
#: out of the parent, and half its width (or the disc its radius) beside a box narrower than itself.
REACH = STEM / 2 + 1 + SYMBOL_RADIUS + 1.0
#: Arrows whose marks :class:`SignsLater` files in one step.
SLICE = 512


def _drawn_marks(memo: Any) -> tuple | None:
    """An arrow memo's usual shape when the sign index holds its marks (drawn, not an undercut), else None."""
    return memo.usual if memo.drawn and memo.inputs else None


class NearSigns:
    """The sign index's answers (``within``, ``near``, ``boxes``, ``cell``) for the picture from nothing being made,
    without filing every mark; ``make()`` makes the whole index (kept by the picture), used for anything else."""

    def __init__(self, index: BoxIndex[str], arrows: Mapping[Key, Any], graph: Any, untidy: list[Key], make: Callable[[], BoxIndex],
                 cell: float = 240.0) -> None:
        """``graph``: the map's (as :meth:`ArgumentMap.graph_view` gives it), whose links at a box name its arrows."""
        self.index, self._arrows, self._graph, self._make = index, arrows, graph, make
        self.cell = cell  # (the sign index's own: crossed() cuts long lines into pieces of it)
        self._whole: BoxIndex | None = None
        self._at: dict[str, list[tuple[Mark, Box]]] = {}  # each box's marks, once asked (see _marks_by)
        # the arrows not of the tidy shape, whose marks may lie anywhere along them: filed as the sign index files them
        self._others = sign_index([(key, shape) for key in untidy if (shape := _drawn_marks(arrows[key])) is not None])
        self.boxes = _Marks(self)

    def whole(self) -> BoxIndex:
        if self._whole is None:
            self._whole = self._make()
        return self._whole

    def __getattr__(self, name: str) -> Any:  # (only names not set above: the whole index answers them)
        return getattr(self.whole(), name)

    def within(self, x0: float, y0: float, x1: float, y1: float, *, limit: int | None = None, spare: int = 0) -> set[Mark]:
        """The marks that overlap the rectangle (x0, y0)-(x1, y1), as :meth:`BoxIndex.within` (a limit: the whole index's)."""
        if limit is not None or self._whole is not None:
            return self.whole().within(x0, y0, x1, y1, limit=limit, spare=spare)
        found = self._others.within(x0, y0, x1, y1)
        at, marks_by = self._at, self._marks_by
        for box in self.index.within(x0 - REACH, y0 - REACH, x1 + REACH, y1 + REACH):
            marks = at.get(box)
            if marks is None:
                marks = at[box] = marks_by(box)
            for mark, (x, y, w, h) in marks:
                if x < x1 and x0 < x + w and y < y1 and y0 < y + h:  # as BoxIndex.within tells an overlap
                    found.add(mark)
        return found

    def _marks_by(self, box: str) -> list[tuple[Mark, Box]]:
        """The marks of the tidy arrows at ``box`` that lie by it: the symbols of those from it, the heads of those into it
        (a tag tries places around a box, and the ends of the connectors are few boxes: worked out once each)."""
        get, found = self._arrows.get, []
        for target in self._graph.succ[box]:
            key = (box, target)
            memo = get(key)
            if memo is not None and memo.drawn and memo.inputs and type(memo.usual[1]) is TidyHead:  # (else not drawn, or untidy)
                found.append(((key, 0), tidy_sign_box(memo.usual[2])))
        for source in self._graph.pred[box]:
            key = (source, box)
            memo = get(key)
            if memo is not None and memo.drawn and memo.inputs and type(head := memo.usual[1]) is TidyHead:
                found.append(((key, 1), tidy_head_box(head)))
        return found

    def near(self, x0: float, y0: float, x1: float, y1: float, skip: set | frozenset) -> list[Mark]:
        """:meth:`within` less the ``skip`` keys, as a list in no particular order (as :meth:`BoxIndex.near`)."""
        if self._whole is not None:
            return self._whole.near(x0, y0, x1, y1, skip)
        return [k for k in self.within(x0, y0, x1, y1) if k not in skip]


class _Marks(Mapping[Mark, Box]):
    """Each mark's box by its key, worked out when asked (as the sign index's ``boxes``)."""

    def __init__(self, signs: NearSigns) -> None:
        self._signs = signs

    def __getitem__(self, mark: Mark) -> Box:
        found = self.get(mark)
        if found is None:
            raise KeyError(mark)
        return found

    def get(self, mark: Mark, default: Any = None) -> Any:
        signs = self._signs
        if signs._whole is not None:
            return signs._whole.boxes.get(mark, default)
        key, j = mark
        memo = signs._arrows.get(key)
        shape = _drawn_marks(memo) if memo is not None else None
        if shape is None or j not in (0, 1):
            return default
        if type(shape[1]) is not TidyHead:
            return signs._others.boxes.get(mark, default)
        return tidy_sign_box(shape[2]) if j == 0 else tidy_head_box(shape[1])

    def __contains__(self, mark: object) -> bool:
        return isinstance(mark, tuple) and len(mark) == 2 and self.get(mark) is not None

    def __iter__(self) -> Iterator[Mark]:
        return iter(self._signs.whole().boxes)

    def __len__(self) -> int:
        return len(self._signs.whole().boxes)


class SignsLater:
    """The making of the sign index of a picture from nothing, a slice of arrows at a time: the same index as
    :func:`~argmap.drawing.honest.sign_index` of its arrows in one go (the same boxes, buckets and order)."""

    def __init__(self, arrows: Mapping[Key, Any]) -> None:
        self._arrows: Iterator[tuple[Key, Any]] = iter(arrows.items())
        self.index: BoxIndex[Hashable] = BoxIndex({})

    def some(self, budget: float | None = None) -> bool:
        """A slice or more, for up to ``budget`` seconds of this thread's time (None: all); True when some are left."""
        end = None if budget is None else time.thread_time() + budget
        while True:
            some = list(islice(self._arrows, SLICE))
            _extend(self.index, sign_index([(key, shape) for key, memo in some if (shape := _drawn_marks(memo)) is not None]))
            if len(some) < SLICE:
                return False
            if end is not None and time.thread_time() >= end:
                return True


def _extend(index: BoxIndex, part: BoxIndex) -> None:
    """Take the marks of ``part`` (other keys, the same cell) into ``index``, as if they had been filed with them in one
    pass after them: each bucket's keys in the same order, the extent left to be worked out when asked (as
    :meth:`BoxIndex.owning` leaves it)."""
    index.boxes.update(part.boxes)
    buckets = index.buckets
    for place, keys in part.buckets.items():
        bucket = buckets.get(place)
        if bucket is None:
            buckets[place] = keys
        else:
            bucket += keys
    index._extent = None if index.boxes else index._extent
