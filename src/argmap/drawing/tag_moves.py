"""Whether an off-page tag moves along with its box (:mod:`argmap.drawing.kept_tags` keeps the tags of the last picture):
what an edit moved as wholes (:class:`Moves`), and, for one picture, whether a tag's box moved with one of them and
nothing that does not belong to it came near (:class:`_Along`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from argmap.drawing.obstacles import Box, BoxIndex, Point
from argmap.drawing.off_page import Area, _Space, candidate, taking


class End(NamedTuple):
    """One tag of a connector as placed, with what the next picture needs to keep it."""

    box: Box  # the box it stands by
    toward: bool  # its places toward the left first (the other end lies there)
    spot: int  # which of its candidate places it took
    tag: Box
    stub: tuple[Point, Point]
    area: Box  # what the tag and its stub take
    looked: list[Area]  # the areas its checks depend on
    around: Area  # the area around them
    boxes: frozenset  # the boxes its checks met
    marks: frozenset  # the other arrows' signs and heads its checks met (not those of the arrows being routed)
    alone: bool  # no routed line and no other tag turned a place down


class Moves:
    """What an edit's picture moved as wholes, each by one step (told by :func:`note_moves` before the routing).

    ``frames``: the frames moved (their trees moved across); ``of``: each statement's frame; ``keys``: each tree arrow's
    frame (its signs and heads move with it); ``group``: the boxes beside the edit that all moved by ``step``;
    ``rigid``: the arrows that moved along with them; ``span``: where those boxes lie now (x0, y0, x1, y1), with room
    for their arrows' signs and heads; ``remade``: the arrows whose usual shapes the edit made again or took away (their
    signs and heads may stand elsewhere now)."""

    def __init__(
        self, frames: Collection, of: Mapping[str, Any], keys: Mapping[Any, Any], group: Collection[str], step: tuple[float, float],
        rigid: Collection, span: Area | None, remade: Collection,
    ) -> None:
        self.frames, self.of, self.keys, self.group, self.step, self.rigid = frames, of, keys, group, step, rigid
        self.span, self.remade = span, remade
        self._parts: dict[Any, list] | None = None

    def whole(self, frame: Any) -> Any:
        """What a frame's parts moved with: its tree's frame for a branch of a tree moved across as a whole (the tree's frame
        and its branches' moved by one step: :mod:`argmap.drawing.branch_frames`), else the frame itself."""
        up = getattr(frame, "whole", None)
        return up if up is not None and up in self.frames else frame

    def parts(self, whole: Any) -> list:
        """The frames moved with ``whole`` (it, and its branches when it is a tree's frame)."""
        if self._parts is None:
            self._parts = {}
            for frame in self.frames:
                self._parts.setdefault(self.whole(frame), []).append(frame)
        return self._parts.get(whole, [whole])


#: How far beyond a moved whole's boxes what does not belong to it is looked for (a tag lies within about 230 of its
#: box, with the areas its checks depend on).
ROOM = 400.0


def _around(areas: Iterable[Area]) -> Area:
    """The area around ``areas`` (not empty): min() and max() of each edge as comparisons in one pass (the same values:
    the first of equals, as they take it; four generators a tag took more than the tag's own areas, 1,988 tags at opening
    50,000 statements)."""
    each = iter(areas)
    first = next(each, None)
    if first is None:
        raise ValueError("no area")
    x0, y0, x1, y1 = first
    for a, b, c, d in each:
        if a < x0:
            x0 = a
        if b < y0:
            y0 = b
        if c > x1:
            x1 = c
        if d > y1:
            y1 = d
    return (x0, y0, x1, y1)


class _Along:
    """Whether a tag is kept moved along with its box (see the module's account), for one picture."""

    def __init__(self, moves: Moves, index: Any, marks: Any, own_marks: set, space: _Space, flipped: Sequence[Area] = ()) -> None:
        self.moves, self.index, self.marks, self.own_marks, self.space = moves, index, marks, own_marks, space
        self.flipped = flipped  # the marks kept clear of in one picture and not in the other (where they are now)
        self.foreign: dict[object, tuple[Area, list[_Source]]] = {}  # each whole -> its window, where to look
        self.remade_in: dict[object, list] | None = None
        self.extents: dict = {}  # a plain index -> where its buckets lie (worked out once)
        self.lines: Area | None = None  # the area around the routed lines (once a tag asked)

    def moved(self, old: End, box_id: str, box: Box, stub: float, horizontal: bool) -> End | None:
        """The tag ``old`` moved along with its box, now at ``box``; None when it may stand elsewhere now."""
        ox, oy, ow, oh = old.box
        x, y, w, h = box
        if not old.alone or w != ow or h != oh:
            return None
        moves = self.moves
        dx, dy = x - ox, y - oy
        frame = moves.of.get(box_id)
        found, signs = old.boxes, old.marks
        whole: object
        if frame is not None and frame in moves.frames:
            whole = moves.whole(frame)
            if found or signs:
                of, keys, remade, up = moves.of, moves.keys, moves.remade, moves.whole
                if any(up(of.get(b)) is not whole for b in found) or any(up(keys.get(m[0])) is not whole or m[0] in remade for m in signs):
                    return None
        elif box_id in moves.group and abs(dx - moves.step[0]) < 1e-6 and abs(dy - moves.step[1]) < 1e-6:
            if found or signs:
                group, rigid, remade = moves.group, moves.rigid, moves.remade
                if any(b not in group for b in found) or any(m[0] not in rigid or m[0] in remade for m in signs):
                    return None
            whole = None
        else:
            return None
        x0, y0, x1, y1 = old.around
        x0, y0, x1, y1 = x0 + dx, y0 + dy, x1 + dx, y1 + dy
        if any(a <= x1 and x0 <= c and b <= y1 and y0 <= d for a, b, c, d in self.flipped):
            return None  # (a mark of its own whole that its checks skipped, or met, and now meet otherwise)
        kept = self.foreign.get(whole)
        window, sources = kept if kept is not None else self._foreign(whole)
        if not (window[0] <= x0 and x1 <= window[2] and window[1] <= y0 and y1 <= window[3]):
            return None
        for s in sources:
            if s.x0 <= x1 and x0 <= s.x1 and s.y0 <= y1 and y0 <= s.y1:
                fx, fy = s.dx, s.dy
                if _hit(s.part, x0 - fx, y0 - fy, x1 - fx, y1 - fy, s.other):
                    return None
        space = self.space
        lines = self.lines or self._lines()  # (a big map's picture routes a few lines: most tags lie far from all)
        if lines[0] <= x1 and x0 <= lines[2] and lines[1] <= y1 and y0 <= lines[3] and _hit(space.legs, x0, y0, x1, y1, None):
            return None
        if space.file().meets(x0, y0, x1, y1, (dx, dy)):  # (those moved along alike met it before neither)
            return None
        toward, spot = old.toward, old.spot
        tag, line = candidate(box, stub, horizontal, toward, spot)  # (the one place it took: not all four worked out)
        area = taking(tag, line)
        space.take(area, (dx, dy))
        looked = [(a + dx, b + dy, c + dx, d + dy) for a, b, c, d in old.looked]
        return End(box, toward, spot, tag, line, area, looked, (x0, y0, x1, y1), found, signs, True)

    def _lines(self) -> Area:
        legs = self.space.legs.boxes.values()
        inf = float("inf")
        self.lines = _around((x, y, x + w, y + h) for x, y, w, h in legs) if legs else (inf, inf, -inf, -inf)
        return self.lines

    def _foreign(self, whole: object) -> tuple[Area, list[_Source]]:
        """Around a moved whole (a frame; None: the group beside the edit), where it lies now with room, and where to look
        there for the boxes and for the signs and heads that are not its own (nor those of the arrows being routed):
        the indexes that reach there, worked out once for each whole."""
        kept = self.foreign.get(whole)
        if kept is not None:
            return kept
        moves, index, marks, own = self.moves, self.index, self.marks, self.own_marks
        span = moves.span if whole is None else index.span_of(moves.parts(whole)) if hasattr(index, "span_of") else None
        if span is None:
            kept = ((0.0, 0.0, 0.0, 0.0), [])
        else:
            window = (span[0] - ROOM, span[1] - ROOM, span[2] + ROOM, span[3] + ROOM)
            remade = moves.remade
            if whole is None:
                group, rigid = moves.group, moves.rigid
                boxes = _sources(index, (), window, lambda i: i not in group, self.extents)
                signs = _sources(marks, (), window, lambda m: (m[0] not in rigid or m[0] in remade) and m not in own, self.extents)
            else:  # (its own boxes, signs and heads are filed in its frames: the other indexes hold none of them)
                parts = set(moves.parts(whole))
                boxes = _sources(index, parts, window, None, self.extents)
                signs = _sources(marks, parts, window, lambda m: m not in own, self.extents)
                again = {}  # its own arrows made again: where their signs and heads are now
                for key in self._remade_in().get(whole, ()):
                    for j in (0, 1):
                        mark = marks.boxes.get((key, j))
                        if mark is not None and (key, j) not in own:
                            again[(key, j)] = mark
                if again:
                    signs += _sources(BoxIndex(again), (), window, None, self.extents)
            kept = (window, boxes + signs)
        self.foreign[whole] = kept
        return kept

    def _remade_in(self) -> dict[object, list]:
        """The arrows made again, by the frame they belong in (worked out once)."""
        if self.remade_in is None:
            keys, up = self.moves.keys, self.moves.whole
            self.remade_in = {}
            for key in self.moves.remade:
                frame = keys.get(key)
                if frame is not None:
                    self.remade_in.setdefault(up(frame), []).append(key)
        return self.remade_in


class _Source(NamedTuple):
    """An index (or a frame's) to look in for what does not belong to a moved whole, with where its boxes lie."""

    x0: float
    y0: float
    x1: float
    y1: float
    part: BoxIndex
    dx: float  # its frame's offset (its boxes are filed less it)
    dy: float
    other: Any  # the keys that count (None: all)


def _sources(index: Any, frames: Collection, window: Area, other: Any, extents: dict) -> list[_Source]:
    """Where to look in ``index`` (a plain one, or a framed one's plain part and frames but ``frames``) for boxes in
    ``window``: its parts whose boxes reach into the window (``extents``: the plain parts' extents worked out so far)."""
    subs = getattr(index, "subs", None)
    plain = index if subs is None else index.base
    found = []
    extent = extents.get(plain)
    if extent is None and plain.buckets:
        # where its boxes lie when the index knows it; else the window itself, which holds all that counts here (the
        # index is looked in for every tag rather than walked: the marks of 50,000 statements, 100,000 of them, took
        # 33 ms the first edit that kept a tag, and again after a mark at their edge moved)
        extent = plain.known_extent()
        if extent is not None:
            extents[plain] = extent
        else:
            extent = window
    if extent is not None:
        x0, y0, x1, y1 = extent
        if x0 <= window[2] and window[0] <= x1 and y0 <= window[3] and window[1] <= y1:
            found.append(_Source(x0, y0, x1, y1, plain, 0.0, 0.0, other))
    # (the frames near the window first, as the index finds them: a big map's trees and branches are hundreds of frames)
    near = [(f, sub) for _, _, _, _, f, sub in index._meeting(*window)] if subs else ()
    for f, sub in near:
        if f in frames or not sub.boxes:
            continue
        known = sub.known_extent()  # (kept while the frame's boxes stay; else the window, in the frame's numbers)
        x, y, x1, y1 = known if known is not None else (window[0] - f.dx, window[1] - f.dy, window[2] - f.dx, window[3] - f.dy)
        x0, y0, x1, y1 = x + f.dx, y + f.dy, x1 + f.dx, y1 + f.dy
        if x0 <= window[2] and window[0] <= x1 and y0 <= window[3] and window[1] <= y1:
            found.append(_Source(x0, y0, x1, y1, sub, f.dx, f.dy, other))
    return found


def _hit(index: BoxIndex, x0: float, y0: float, x1: float, y1: float, other: Any) -> bool:
    """Whether a box of ``index`` for which ``other(key)`` holds (None: any) reaches inside the rectangle (as
    :meth:`~argmap.drawing.obstacles.BoxIndex.within` tells, without the set of them)."""
    cell, buckets, boxes = index.cell, index.buckets, index.boxes
    for bx in range(int(x0 // cell), int(x1 // cell) + 1):
        for by in range(int(y0 // cell), int(y1 // cell) + 1):
            bucket = buckets.get((bx, by))
            if bucket:
                for k in bucket:
                    x, y, w, h = boxes[k]
                    if x < x1 and x0 < x + w and y < y1 and y0 < y + h and (other is None or other(k)):
                        return True
    return False
