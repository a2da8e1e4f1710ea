"""A cross-link whose two boxes moved by one step (its two trees moved across alike, as a widening edit moves every tree
right of the one it widens) keeps its verdict when everything its check looked at moved by that step too.

Its check (:func:`~argmap.drawing.honest.misleads`) found that its line passed under no box and that its sign and head
lay on no other arrow's, looking only at the boxes and marks reaching into its footprint. Its line now is the old one
moved; if every box and mark now reaching into the footprint moved (moved along) is one that moved by the same step, each
was there, as far from the old line, when the old check looked: the answer is the same. A cross-link is looked up
piece by piece along its line across the map (the trees between its ends moved with them), so this is mostly so.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from typing import Any

from argmap.drawing.framed_index import Frame
from argmap.drawing.honest import Area
from argmap.drawing.obstacles import Box, BoxIndex

Key = tuple[str, str]

#: How far apart two numbers may be and count as the same place (parts moved along differ in the last bits).
SLACK = 1e-6


class Along:
    """What moved by which step in one edit: the frames moved across (their boxes and their arrows' marks), the boxes
    moved one by one (where they were), the arrows whose shape is the last one moved (their marks), and those made again
    (their marks are not their frame's)."""

    def __init__(
        self,
        frames: Mapping[Frame, tuple[float, float]],
        of: Mapping[str, Frame],
        arrow_frames: Mapping[Any, Frame],
        was: Mapping[str, Box],
        shown: Mapping[str, Box],
        arrows: Mapping[Key, tuple[float, float]],
        remade: Collection[Key],
    ) -> None:
        self.frames, self.of, self.arrow_frames = frames, of, arrow_frames
        self.was, self.shown, self.arrows, self.remade = was, shown, arrows, remade

    def box(self, key: str, dx: float, dy: float) -> bool:
        """Whether the box of ``key`` is the one of the last picture moved by (dx, dy)."""
        before = self.was.get(key)
        if before is not None:
            now = self.shown.get(key)
            return now is not None and _by(before, now, dx, dy)
        frame = self.of.get(key)
        return frame is not None and _same(self.frames.get(frame), dx, dy)

    def mark(self, key: tuple[Key, int], dx: float, dy: float) -> bool:
        """Whether the mark ``key`` (an arrow's sign or head) is the last picture's moved by (dx, dy)."""
        ends = key[0]
        if _same(self.arrows.get(ends), dx, dy):
            return True
        frame = self.arrow_frames.get(ends)
        return frame is not None and ends not in self.remade and _same(self.frames.get(frame), dx, dy)


def still_clear(ends: Key, looked: list[Area], step: tuple[float, float], index: BoxIndex, signs: BoxIndex, along: Along) -> bool:
    """Whether a cross-link between ``ends`` that did not mislead, its check having looked at ``looked``, and both of
    whose boxes moved by ``step``, still does not: every other box and mark reaching into those areas moved by the step
    moved by it too."""
    dx, dy = step
    skip: set[Hashable] = set(ends)
    own = {(ends, 0), (ends, 1)}
    near, marks, box, mark = index.near, signs.within, along.box, along.mark
    for x0, y0, x1, y1 in looked:
        x0, y0, x1, y1 = x0 + dx, y0 + dy, x1 + dx, y1 + dy
        if not all(box(key, dx, dy) for key in near(x0, y0, x1, y1, skip)):
            return False
        if not all(key in own or mark(key, dx, dy) for key in marks(x0, y0, x1, y1)):
            return False
    return True


def still_under(hint: Hashable | None, looked: list[Area], step: tuple[float, float], index: BoxIndex, along: Along) -> bool:
    """Whether a cross-link whose line passed under the box ``hint`` (its footprint that box's area, ``looked``), and
    both of whose boxes moved by ``step``, still does: that box is the one of the last picture moved by the step."""
    if hint is None or len(looked) != 1:
        return False
    now = index.boxes.get(hint)
    x0, y0, x1, y1 = looked[0]
    dx, dy = step
    if now is None or not along.box(hint, dx, dy):  # type: ignore[arg-type]
        return False
    nx, ny, nw, nh = now
    return all(abs(a - b) <= SLACK for a, b in ((nx, x0 + dx), (ny, y0 + dy), (nx + nw, x1 + dx), (ny + nh, y1 + dy)))


def _by(before: Box, now: Box, dx: float, dy: float) -> bool:
    return (
        before[2] == now[2] and before[3] == now[3] and abs(now[0] - before[0] - dx) <= SLACK and abs(now[1] - before[1] - dy) <= SLACK
    )


def _same(step: tuple[float, float] | None, dx: float, dy: float) -> bool:
    return step is not None and abs(step[0] - dx) <= SLACK and abs(step[1] - dy) <= SLACK
