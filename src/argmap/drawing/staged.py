"""A picture made in two stages (:func:`~argmap.drawing.diagram.build_diagram` with ``staged``): its boxes placed first,
its arrows and brackets made afterwards, a step at a time when asked.

Opening a large map waits only for what the first view and the canvas's size need (the boxes measured and laid out):
the editor paints them, then makes the arrows' shapes, their checks, routes and tags in slices when idle. Until the
rest is made no arrow or bracket is drawn (never a shape not checked yet); whatever reads the picture as a whole (an
export, its extent, the next edit's picture) makes the rest first, and the finished picture is the one made at once.
The rest reads nothing of the map, which may change before it is made: only what the picture read of it in its first
stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

from argmap.gc_pause import collector_paused

if TYPE_CHECKING:
    from argmap.drawing.diagram import Diagram
    from argmap.drawing.geometry import Box
    from argmap.drawing.reuse import PictureMemo
    from argmap.layout import Layout
    from argmap.model import ArgumentMap, Statement


class Staged:
    """The staging part of a :class:`~argmap.drawing.diagram.Diagram`: the steps that make its rest, if any are left."""

    _rest: Iterator[object] | None = None
    _when_finished: Callable[[Any], object] | None = None

    @property
    def unfinished(self) -> bool:
        """True while the arrows and brackets of a staged picture are not all made."""
        return self._rest is not None

    def rest_later(self, steps: Iterator[object]) -> None:
        """The rest of this picture is made by these steps, when asked (:meth:`make_some`, :meth:`finish`)."""
        self._rest = steps

    def when_finished(self, call: Callable[[Any], object] | None) -> None:
        """Call ``call(self)`` once the rest is made (at once if it is)."""
        if self._rest is None:
            if call is not None:
                call(self)
        else:
            self._when_finished = call

    def make_some(self, seconds: float) -> bool:
        """Make the rest for about ``seconds`` (a step at least: each is a few ms); True while some is left."""
        steps = self._rest
        if steps is None:
            return False
        deadline = time.perf_counter() + seconds
        with collector_paused():  # (what it makes stays, as the picture's parts do)
            for _ in steps:
                if time.perf_counter() >= deadline:
                    return True
        self._rest, call, self._when_finished = None, self._when_finished, None
        if call is not None:
            call(self)
        return False

    def let_go(self) -> None:
        """Never make the rest (an edit came first: the editor makes a new staged picture of the edited map instead, which
        costs less than this rest); the picture, its arrows and brackets never made, is not to be read any more."""
        steps, self._rest, self._when_finished = self._rest, None, None
        close = getattr(steps, "close", None)
        if close is not None:
            close()

    def finish(self) -> None:
        """Make the rest now (the picture is read as a whole: an export, its extent, the next edit's picture)."""
        if self._rest is not None:
            self.make_some(float("inf"))


def drained(steps: Generator[Any, None, Any]) -> Any:
    """What the generator ``steps`` returns, all its steps made at once."""
    try:
        while True:
            next(steps)
    except StopIteration as done:
        return done.value


def built(steps: Generator[Diagram | None, None, Diagram], *, staged: bool) -> Diagram:
    """The picture the ``steps`` make: at once, or with ``staged`` as soon as they yield it with its boxes placed (the
    rest of the steps kept in it, :meth:`Staged.rest_later`)."""
    try:
        while True:
            placed = next(steps)
            if staged and placed is not None:
                placed.rest_later(steps)
                return placed
    except StopIteration as done:
        return done.value


def memo_taken_over(signature: tuple, let_go: Diagram, shown: dict[str, Box]) -> PictureMemo:
    """A memo from nothing for a picture of the boxes ``shown``, taking over from the memo of ``let_go`` (a staged
    picture let go unfinished: its arrows never all made) only what belongs to its boxes: their index, the boxes moved
    in it (or all filed again when many moved: :data:`~argmap.drawing.obstacles.REBUCKET`), and its placed boxes (the
    same objects where nothing changed, as an edit's picture keeps them). Filing 50,000 boxes again took 0.25 s."""
    from argmap.drawing.obstacles import REBUCKET
    from argmap.drawing.reuse import PictureMemo
    from argmap.drawing.unfiled_index import UnfiledIndex

    last = let_go.memo
    assert last is not None
    index = last.index
    if type(index) is UnfiledIndex:  # (let go before its boxes were filed: the new picture's rest files them)
        memo = PictureMemo(signature, UnfiledIndex(shown))
        memo.boxes = last.boxes
        return memo
    held = index.boxes
    get = held.get
    moved = [key for key, box in shown.items() if get(key) != box]  # (one walk: about 10 ms at 50,000)
    gone = held.keys() - shown.keys()
    if len(moved) + len(gone) > REBUCKET * len(shown):
        index.reset(shown)
    else:
        for key in gone:
            index.remove(key)
        for key in moved:
            if key in held:
                index.move(key, shown[key])
            else:
                index.add(key, shown[key])
    index.notes.clear()  # (worked out from boxes that may have moved)
    memo = PictureMemo(signature, index)
    memo.boxes = last.boxes
    return memo


def boxes_taken_over(amap: ArgumentMap, let_go: Diagram, measured_again: Callable[..., Any]) -> tuple[Any, Layout | None, list[Statement]]:
    """What a picture from nothing of the edited ``amap`` takes over from the staged picture ``let_go``, whose rest was
    let go (an edit came before it was made): its boxes' paintings and sizes brought up to date by ``measured_again``
    (``_measured_again`` of the edit's statements: its dicts follow the new picture) and its layout (for the layout of
    the edit only); None and None when it cannot (every box is measured and laid out again); and the map's statements.
    """
    memo = let_go.memo
    measured = measured_again(memo) if memo is not None else None
    if measured is not None and memo is not None and not memo.in_order:  # (a statement put back mid-map went last)
        ids = amap.ids()
        measured = dict(zip(ids, map(measured[0].__getitem__, ids), strict=True)), measured[1]
    return measured, let_go.layout if measured is not None else None, amap.statements()
