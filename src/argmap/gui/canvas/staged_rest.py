"""The rest of a large map's picture made after its boxes are shown (:mod:`argmap.drawing.staged`): the part of
:class:`~argmap.gui.canvas.scene.MapScene` that makes it a slice at a time when idle, and shows it once made.

Opening a map of :data:`STAGE_FROM` statements or more shows its boxes first (their items near the view; no arrow or
bracket yet); then :meth:`StagedRest._make_some` makes the arrows' shapes, verdicts, routes and tags and the brackets,
a slice of about :data:`MAKE_SLICE_S` at each turn of the event loop, and :meth:`StagedRest._show_rest` shows them all
at once when made. Anything that reads the picture as a whole (an export, the extent of a selection) makes the rest
first (:meth:`StagedRest.finish_picture`, and the picture's own reads: :class:`~argmap.drawing.staged.Staged`); a fit of
the whole map takes the boxes' extent meanwhile (:meth:`StagedRest.extent_now`); an edit lets the rest go.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from argmap.drawing.extent import boxes_extent
from argmap.gc_pause import collector_paused
from argmap.gui.canvas.near_items import EVERYWHERE, FILE_AFTER_MS, NearItems

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance

    from argmap.drawing.diagram import Diagram, PlacedArrow

#: From this many statements an opened map's picture is made in two stages (drawing/staged.py): the boxes shown at once,
#: the arrows and brackets made afterwards in slices of about MAKE_SLICE_S when idle (at 50,000 statements the arrows'
#: shapes, checks, routes and tags are more than half of the picture: 2.5 s of 4).
STAGE_FROM = 3000
MAKE_SLICE_S = 0.025
#: The first slice waits this long (ms): the boxes are painted first.
MAKE_AFTER_MS = 100
#: While the user works on the canvas (zooms, scrolls, drags, types), a slice is this short: a frame and a slice come
#: in one turn of the event loop (a zoom step at 83 % while the arrows of 10,000 statements were made: a 16 ms frame
#: and a 25-29 ms slice).
BUSY_SLICE_S = 0.008
#: Input on the canvas this recent (seconds, not typing) counts as the user at work (:meth:`StagedRest.user_busy`).
BUSY_FOR_S = 0.3
#: The arrows marked for filing in one step of showing them (about 2 us each).
SHOW_SLICE = 2000
_SHOWN = object()  # the last step of showing the rest


class StagedRest(NearItems):
    """Makes and shows the rest of a staged picture (see the module)."""

    _input_at = -BUSY_FOR_S  # when the user last worked on the canvas (time.perf_counter: MapScene.put_off_readying)

    if TYPE_CHECKING:
        _making: QTimer
        _showing: Iterator[object] | None
        pictureFinished: SignalInstance

        def _ready_after(self) -> None: ...

        @property
        def relayout_pending(self) -> bool: ...

        def items_bounding_rect_for_export(self, ids: object = None) -> QRectF: ...

    def finish_picture(self) -> None:
        """Make the rest of a staged picture now, and show it (anything that reads the picture as a whole does this)."""
        self._diagram.finish()
        showing, self._showing = self._showing, None
        for _ in showing or ():
            pass  # (to its end)

    def extent_now(self, ids: Collection[str] | None = None) -> QRectF:
        """The picture's extent plus a margin (only ``ids``' part if given), as a fit wants it at once: while a staged
        picture's arrows are still being made, its boxes' (making the rest for it took 0.1 s at 10,000 statements,
        2.5-3 s at 50,000; the view fits the whole map again once its whole extent is known, see MapView.fit_map)."""
        if self.picture_unfinished() and not self.relayout_pending:
            boxes, layout = self._diagram.boxes, self._diagram.layout
            if ids is not None:
                return boxes_extent([b for b in boxes if b.id in ids])
            trees = layout.trees if layout is not None and not layout.hidden and not layout.lanes else None
            return boxes_extent(boxes, trees.extent if trees is not None else None)  # (the layout's, when it knows it)
        return self.items_bounding_rect_for_export(ids)

    def diagram_bounds_known(self) -> bool:
        """True when the whole picture's extent is worked out (:meth:`extent_now` then costs nothing)."""
        return not self.picture_unfinished() and self._diagram.bounds_known()

    def finish_or_let_go(self) -> bool:
        """Before an edit's picture: make the rest of a staged picture now (:meth:`finish_picture`), or, while it is
        still being made, let it go (True): the edit's picture is staged again from the edited map (its boxes taken over
        from this one, as an edit's picture takes them; its arrows made when idle), without making the whole rest first
        (7.9 s at 50,000 statements)."""
        if self._diagram.unfinished and self.lazy:
            self._diagram.let_go()
            self._making.stop()
            return True
        self.finish_picture()
        return False

    def picture_unfinished(self) -> bool:
        """True while the arrows and brackets of an opened large map are being made or shown (when idle, see
        :meth:`_make_some`)."""
        return self._diagram.unfinished or self._showing is not None

    def filing_pending(self) -> bool:
        """As :meth:`NearItems.filing_pending`, and True while the picture's arrows are being made."""
        return self.picture_unfinished() or super().filing_pending()

    def user_busy(self) -> bool:
        """True while the user looks around the canvas (zooms, scrolls, drags, points within :data:`BUSY_FOR_S`): idle
        work takes shorter slices, and what the views read comes first (see :meth:`_file_some`)."""
        return time.perf_counter() - self._input_at < BUSY_FOR_S

    def make_rest_after(self, ms: int | None) -> None:
        """Make the rest of a staged picture from ``ms`` on (None: not until told again; a window holds it until its first
        paint of the boxes, which a slice started before could delay)."""
        if ms is None:
            self._making.stop()
        elif self.picture_unfinished():
            self._making.start(ms)

    def _make_some(self) -> None:
        """A slice of the rest of a staged picture (its arrows and brackets), then of showing it: about
        :data:`MAKE_SLICE_S` in all, :data:`BUSY_SLICE_S` while the user works on the canvas (see
        :meth:`user_busy`)."""
        if self._gesture is not None:  # (a drag's arrows follow the boxes meanwhile: the picture shown waits)
            self._making.setInterval(MAKE_AFTER_MS)
            return
        if self.relayout_pending:  # an edit's picture is due in this turn: it lets this rest go or makes it whole
            return  # (a slice now only delayed the edit on the canvas, by 25-30 ms at 50,000 statements)
        self._making.setInterval(0)  # (the next slice at the next turn of the event loop)
        seconds = BUSY_SLICE_S if self.user_busy() else MAKE_SLICE_S
        end = time.perf_counter() + seconds
        made = self._diagram.unfinished
        if self._diagram.make_some(seconds):
            return
        showing = self._showing
        if showing is not None:
            with collector_paused():  # (the tables of the arrows shown stay: young collections walked them, 0.1-0.2 s)
                while not made or time.perf_counter() < end:  # (a step at least, in what the making left of the slice)
                    made = True
                    if next(showing, None) is _SHOWN:
                        self._showing = None
                        break
                else:
                    return
        self._making.stop()

    def _show_rest(self, diagram: Diagram) -> None:
        """The rest of the staged picture ``diagram`` is made: its arrows and brackets are shown in the next slices (or at
        once by :meth:`finish_picture`)."""
        if diagram is self._diagram:
            self._showing = self._show_steps(diagram)
            if not self._making.isActive():
                self._making.start(0)

    def _show_steps(self, diagram: Diagram) -> Iterator[object]:
        """The arrows and brackets of ``diagram`` shown, a slice of arrows at a time (filing 50,000 arrows by where they
        lie took 0.1-0.3 s): meanwhile an arrow not filed yet is not found near the view (not drawn, as before it was
        made), an item asked for shows its arrow."""
        arrows: dict[tuple[str, str], PlacedArrow] = {}
        self._arrow_of = arrows
        placed = diagram.arrows
        for lo in range(0, len(placed), SHOW_SLICE):
            part = {(a.source, a.target): a for a in placed[lo:lo + SHOW_SLICE]}
            arrows.update(part)
            if self.lazy:
                self._grid.fill_later((), part.items())
            yield None
        for key, link in self._links.items():  # (items made meanwhile showed no arrow)
            arrow = arrows.get(key)
            if arrow is None:
                link.set_shape(None)
            else:
                link.set_shape(arrow.shape, cross=arrow.cross, over=arrow.over)
        self._covered = QRectF()  # (the arrows' items are made where a view shows them)
        if self.lazy:
            self._filing.start(FILE_AFTER_MS)
            self.pictureChanged.emit(EVERYWHERE)
        self._show_brackets(diagram)
        self.update()  # every view paints again, and makes the items of the arrows it shows
        self._ready_after()  # (put off while the rest was made)
        self.pictureFinished.emit()
        yield _SHOWN
