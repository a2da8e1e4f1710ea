"""The off-page connectors of a picture (:mod:`argmap.drawing.off_page`), their tags kept from the last picture.

An edit's picture keeps each tag the last picture placed:

- as it was, when its box is the same and nothing changed in the areas its place depends on (no box or mark, no
  routed line, no tag placed before it);
- moved along with its box, when the box moved with a whole that moved by one step, a tree moved across in its frame
  (:mod:`argmap.drawing.frames`) or the part of the edited tree beside the edit (:mod:`argmap.drawing.rigid`), and
  everything its checks met when it was placed belongs to that whole (its boxes, its tree arrows' signs and heads),
  none of those arrows was made again, no routed line or other tag turned a place down, and nothing else (another
  box, another arrow's sign or head, an arrow of the whole made again, a routed line, a tag placed before it but one
  moved along by the same step, which stood as far from it before) lies in its areas moved along: its checks then
  give the same answers, moved along, and it takes the same of its candidate places
  (:func:`~argmap.drawing.off_page._candidates`) beside its box where it is now (the very numbers a placing from
  nothing gives);
- else it is placed again.

A widening edit of a big map moves most trees across: nearly every tag was placed again before (about 170 connectors
at each widening edit of 10,000 statements). Tested against a picture made from nothing after random edits
(``tests/drawing/test_kept_tags.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Generator, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from argmap.drawing.changed_areas import Changes, file_in_squares
from argmap.drawing.kept_routes import kept_in_order
from argmap.drawing.obstacles import Box, BoxIndex, Point
from argmap.drawing.off_page import (
    SOURCE_STUB,
    TARGET_STUB,
    Area,
    Found,
    _Space,
    candidate,
    connector_path,
    is_connector,
    moved_connector,
    place_tag,
    taking,
)
from argmap.drawing.staged import drained
from argmap.drawing.tags_gone_over import FiledTags, Sparse, filed_tags
from argmap.drawing.taken_tags import Taken
from argmap.drawing.watched_routes import AreaGrid


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


class _Placed(NamedTuple):
    shape: tuple
    ends: tuple[End, End]  # the source's tag, the target's

    @property
    def looked(self) -> list[Area]:
        return self.ends[0].looked + self.ends[1].looked


class _Memory:
    """One picture's connectors, for the next picture of the map (an edit's)."""

    def __init__(self, order: list, own_marks: set, horizontal: bool, legs: set, placed: dict, grid: AreaGrid,
                 tags: FiledTags | None = None) -> None:
        self.order, self.own_marks, self.horizontal, self.legs, self.placed = order, own_marks, horizontal, legs, placed
        self.grid = grid  # the areas each connector's tags' checks depend on, by its ends (filed in squares)
        self.tags = tags  # the tags' areas, by ends (None: filed when an edit first asks)


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


#: Each picture's routes (:class:`~argmap.drawing.kept_routes.Routes`, handed from picture to picture) -> its connectors.
_MEMORIES: WeakKeyDictionary[object, _Memory] = WeakKeyDictionary()
#: The routes -> what the edit whose picture is being made moved, and its changed areas (:func:`note_moves`).
_MOVES: WeakKeyDictionary[object, tuple[Moves, Sequence[Area]]] = WeakKeyDictionary()

#: The step of a tag that stayed where it was (:class:`~argmap.drawing.taken_tags.Taken`).
STILL = (0.0, 0.0)

#: How far beyond a moved whole's boxes what does not belong to it is looked for (a tag lies within about 230 of its
#: box, with the areas its checks depend on).
ROOM = 400.0


def note_moves(routes: object | None, moves: Moves, changed: Sequence[Area]) -> None:
    """What the edit moved as wholes, for the connectors of the picture being made with ``routes`` and told the
    ``changed`` areas (the very list: the connectors of another picture are not told these moves)."""
    if routes is not None:
        _MOVES[routes] = (moves, changed)


def forget(routes: object) -> None:
    """A picture made with ``routes`` has no connector: the next picture places every tag (the tags kept were placed
    before this picture's changes, which the next picture is not told)."""
    _MEMORIES.pop(routes, None)
    _MOVES.pop(routes, None)


def connectors(*args: Any, **kwargs: Any) -> list[tuple[tuple, bool]]:  # connector_steps made at once (an edit's picture)
    return drained(connector_steps(*args, **kwargs))


def connector_steps(
    arrows: Sequence[tuple], settled: list[tuple[tuple, bool]], ways: Sequence[list[Point] | None], index: BoxIndex, marks: BoxIndex,
    own_marks: set, horizontal: bool, routes: object | None = None, changed: Sequence[Area] | None = None,
    looked_by: list[list[Area]] | None = None, filed: Changes | None = None, searched: Collection[int] | None = None,
) -> Generator[None, None, list[tuple[tuple, bool]]]:
    """A generator that yields after each connector gone over (a staged picture's rest: drawing/staged.py); returns ``settled`` (the
    routed arrows' shapes, True for those drawn over the boxes) with every arrow that found no way drawn as an off-page connector
    instead; an entry equal to the one it replaces is the very same (the editor then leaves its item alone). ``arrows`` as
    :func:`~argmap.drawing.honest.route_misleading` takes them, ``ways`` their routes (None: no way found), ``marks`` the signs and
    heads to keep clear of except ``own_marks``. ``routes``: the object that goes from picture to picture (the last picture's
    connectors are kept with it), ``changed``: the areas where boxes or marks changed since (None: every tag is placed again);
    ``looked_by``: each arrow's areas its route depends on, to which the areas its tags depend on are added (a route is taken over
    only while nothing changed in them); ``filed``: the ``changed`` areas as the routing asked them (filed in squares once many routes
    asked: not filed again here); ``searched``: the places of the arrows whose routes were not taken over from the last picture (None:
    not told). When told, only the connectors something may concern are gone over (:mod:`argmap.drawing.tags_gone_over`); the others
    are the last picture's, as the full loop would find them."""
    order = [arrow[2] for arrow, (_, over) in zip(arrows, settled, strict=True) if over]
    memory = _MEMORIES.pop(routes, None) if routes is not None else None
    noted = _MOVES.pop(routes, None) if routes is not None else None
    moves = noted[0] if noted is not None and noted[1] is changed else None
    if not order:
        return settled
    legs: list[tuple[Point, Point]] = [(a, b) for way in ways if way is not None for a, b in pairwise(way)]
    leg_set = set(legs)
    dirty: _Dirty | None = None  # where something changed that a tag may depend on; None: place every tag again
    flipped: list[Area] = []  # the marks of arrows that came into the routed set or left it (kept clear of or not)
    if memory is not None and changed is not None and memory.horizontal == horizontal and _same_order(memory.order, order):
        dirty = _Dirty(filed if filed is not None and filed.areas is changed else Changes(changed) if changed else None)
        came_or_went = leg_set ^ memory.legs  # routed lines
        dirty.add([(min(px, qx), min(py, qy), max(px, qx), max(py, qy)) for (px, py), (qx, qy) in came_or_went])
        if own_marks != memory.own_marks:  # (where they are now: one whose arrow was made again or went was told so)
            flipped = [(x, y, x + w, y + h) for key in own_marks ^ memory.own_marks if (box := marks.boxes.get(key)) is not None
                       for x, y, w, h in (box,)]
            dirty.add(flipped)
        if memory.order != order:  # connectors went: their tags may have turned places down
            kept = set(order)
            dirty.moved += [end.area for ends, gone in memory.placed.items() if ends not in kept for end in gone.ends]
    last_looked = getattr(routes, "looked_by", None)
    positions = getattr(routes, "positions", None)
    at = positions() if positions is not None and last_looked is not None and looked_by is not None else {}

    def kept_looked(k: int, ends: tuple[str, str]) -> bool:  # the route's areas as the last picture left them (its tags' added)
        j = at.get(ends)
        return j is not None and j < len(last_looked) and looked_by[k] is last_looked[j]  # type: ignore[arg-type,index]

    # the connectors whose tags' areas an area the edit changed meets, told by the areas filed in squares (far fewer
    # than the thousand whose areas lie inside the area around the changes: the others are not compared with them)
    met = memory.grid.meeting(dirty.changes) if dirty is not None and dirty.changes is not None and memory is not None else None
    space = _Space(index, marks, own_marks, legs)
    along = _Along(moves, index, marks, own_marks, space, flipped) if dirty is not None and moves is not None else None
    placed: dict = {}
    out = list(settled)

    def visit(k: int) -> None:  # connector ``k``'s tags: kept as they were, moved along, or placed again
        (source, target, ends, _, _), (shape, _over) = arrows[k], settled[k]
        before: _Placed | None = memory.placed.get(ends) if memory is not None else None
        changes = met is None or ends in met  # (whether the changed areas are to be asked about its tags)
        if dirty is not None and before is not None and _kept(before, source, target, dirty, changes):
            # both tags as they were (most connectors of an edit that moved nothing near them): the very entry
            space.take(before.ends[0].area, STILL)
            space.take(before.ends[1].area, STILL)
            placed[ends] = before
            if not (is_connector(shape) and shape[0] is before.shape[0]):
                out[k] = (before.shape, True)
            if looked_by is not None and not kept_looked(k, ends):
                old_looked = set(before.looked)
                looked_by[k] = [a for a in looked_by[k] if a not in old_looked] + before.looked
            return
        sc, tc = source[0] + source[2] / 2, target[0] + target[2] / 2
        sides = ((ends[0], source, SOURCE_STUB, tc < sc), (ends[1], target, TARGET_STUB, sc < tc))
        now: list[End] = []
        for j, (box_id, box, stub, toward) in enumerate(sides):
            old = before.ends[j] if before is not None else None
            end = None
            if dirty is not None and old is not None and old.toward == toward:
                if old.box == box and not dirty.meets(old.looked, old.around, changes):
                    end = old  # as it was
                    space.take(old.area, STILL)
                elif along is not None:
                    end = along.moved(old, box_id, box, stub, horizontal)
            if end is None:
                end = _place(space, box_id, box, stub, horizontal, toward)
            if dirty is not None and (old is None or end.tag != old.tag or end.stub != old.stub):
                # its tag moved: the places of the tags after it may depend on it
                dirty.moved.append(end.area)
                shifted.append(end.area)
                if old is not None:
                    dirty.moved.append(old.area)
                    shifted.append(old.area)
            now.append(end)
        s, t = now
        was = before.ends if before is not None else None
        if before is not None and was is not None and (s.tag, s.stub, t.tag, t.stub) == (was[0].tag, was[0].stub, was[1].tag, was[1].stub):
            made = before.shape  # the very same drawing
        elif before is not None and _moved_alike(now, before.ends):  # both tags moved along by one step: so is the rest
            made = moved_connector(before.shape, s.tag, t.tag, s.box[0] - before.ends[0].box[0], s.box[1] - before.ends[0].box[1])
        else:
            made = connector_path(ends[0], ends[1], s.tag, s.stub, t.tag, t.stub)
        entry = _Placed(made, (s, t))
        placed[ends] = entry
        if not (is_connector(shape) and shape[0] is made[0]):
            out[k] = (made, True)
        if looked_by is not None and not (before is not None and s is before.ends[0] and t is before.ends[1] and kept_looked(k, ends)):
            # the route's own areas and the tags' (those of the last picture's tags replaced; kept as they were when
            # both tags and the route's areas are: a new list made for each of a thousand connectors took 3-5 ms)
            old_looked = set(before.looked) if before is not None else set()
            looked_by[k] = [a for a in looked_by[k] if a not in old_looked] + entry.looked

    shifted: list[Box] = []  # the places a tag left or took while the connector being gone over was placed
    sparse = None
    if memory is not None and dirty is not None and searched is not None:  # (the others as they were: tags_gone_over.py)
        # (where else something changed: not yet filed by _Dirty, which nothing asked so far)
        areas = [*dirty.pending, *(a for here in dirty.cells.values() for a in here)]
        areas += [(x, y, x + w, y + h) for x, y, w, h in dirty.moved]
        sparse = Sparse(arrows, settled, memory.placed, memory.grid, memory.tags, met, searched, areas)
        space.taken = sparse.taken()  # type: ignore[assignment]
    if sparse is None:
        for k, (_, over) in enumerate(settled):
            if over:
                visit(k)
                yield
    else:
        placed.update(sparse.kept())  # (as they were: those gone over below put in their own)
        for k in sparse.visits():
            visit(k)
            if shifted:  # (tags moved: the connectors after it whose tags' areas they meet are gone over too)
                sparse.met_by(shifted, k)
                shifted.clear()
            yield
    if routes is not None:
        # (the map's first picture: its tags filed in its rest, not at the first edit, 5 ms at 50,000 statements)
        tags = sparse.refiled(placed) if sparse is not None else filed_tags(placed) if memory is None else None
        visited = [arrows[k][2] for k in sparse.queued] if sparse is not None else None  # (the others: the last picture's)
        _MEMORIES[routes] = _Memory(order, set(own_marks), horizontal, leg_set, placed, _filed(memory, placed, visited), tags)
    return out


def _filed(memory: _Memory | None, placed: dict, gone_over: list | None = None) -> AreaGrid:
    """The areas the checks of the tags ``placed`` depend on, filed by their connectors' ends: the last picture's, with those of
    the tags placed or moved since filed again (only the ends ``gone_over`` compared when told: the others are the last's)."""
    grid, last = (AreaGrid(), {}) if memory is None else (memory.grid, memory.placed)
    get = last.get
    for ends, entry in placed.items() if gone_over is None or memory is None else ((e, placed[e]) for e in gone_over):
        if get(ends) is not entry:
            grid.put(ends, entry.looked)
    if len(grid) > len(placed):  # (it holds those of connectors gone too)
        for ends in [ends for ends in last if ends not in placed]:
            grid.drop(ends)
    return grid


def _same_order(last: Sequence, now: Sequence) -> bool:
    """The connectors of both pictures come in the same order (a tag's place depends on the tags placed before it: one
    placed after another then and before it now was not among those the other's checks met)."""
    return last == now or kept_in_order({ends: k for k, ends in enumerate(last)}, now)


def _kept(before: _Placed, source: Box, target: Box, dirty: _Dirty, changes: bool = True) -> bool:
    """Both tags of the connector ``before`` stay as they were: their boxes are the same (so is the side each other end
    lies on) and nothing changed where their checks looked (``changes``: the edit's changed areas asked too; else they
    are known to meet none of those areas)."""
    s, t = before.ends
    return (s.box == source and t.box == target and not dirty.meets(s.looked, s.around, changes)
            and not dirty.meets(t.looked, t.around, changes))


def _place(space: _Space, box_id: str, box: Box, stub: float, horizontal: bool, toward: bool) -> End:
    """A tag placed from nothing, with what its checks met."""
    looked: list[Area] = []
    found = Found()
    spot, tag, line, area = place_tag(space, box_id, box, stub, horizontal, toward, looked, found)
    return End(box, toward, spot, tag, line, area, looked, _around(looked), frozenset(found.boxes), frozenset(found.marks), found.alone)


def _moved_alike(now: Sequence[End], before: Sequence[End]) -> bool:
    """Both tags took the same candidate places as before, beside boxes of the same size moved by one step."""
    (s, t), (os, ot) = now, before
    if s.spot != os.spot or t.spot != ot.spot or s.toward != os.toward or t.toward != ot.toward:
        return False
    (sx, sy, sw, sh), (tx, ty, tw, th) = s.box, t.box
    (ax, ay, aw, ah), (bx, by, bw, bh) = os.box, ot.box
    return (sw, sh, tw, th) == (aw, ah, bw, bh) and abs(sx - ax - tx + bx) < 1e-6 and abs(sy - ay - ty + by) < 1e-6


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
        span = moves.span if whole is None else _span(index, moves.parts(whole)) if hasattr(index, "span") else None
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


def _span(index: Any, frames: list) -> Area | None:
    """Where the boxes of these frames of ``index`` lie now, all together (None: they hold none)."""
    spans = [span for span in map(index.span, frames) if span is not None]
    if not spans:
        return None
    return (min(s[0] for s in spans), min(s[1] for s in spans), max(s[2] for s in spans), max(s[3] for s in spans))


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


class _Dirty:
    """The areas where something changed since the last picture: the edit's changed areas, compared lazily
    (:class:`~argmap.drawing.changed_areas.Changes`, the routing's own when it asked them: directly with the first few
    windows or tags that ask, filed in coarse squares once more ask, and then once for routes and tags; a widening edit
    changes thousands of areas while most of its tags move along with their boxes and never ask), the routed lines
    that came or went, filed in coarse squares when first asked, and the places of the tags moved since, each put in as it
    comes (compared pair by pair, every tag was placed again at nearly every edit: 0.15 s of each at 50,000 statements)."""

    CELL = 2048.0

    def __init__(self, changes: Changes | None) -> None:
        self.changes = changes  # (None: none)
        self.cells: dict[tuple[int, int], list[Area]] = {}  # the routed lines that came or went
        #: the places of the tags moved since, each put in with one look-up (a widening edit moves a thousand tags, one
        #: after the other, and asks of some tags between them: filed in the squares above each time one asked, 5-10 ms
        #: at 50,000 statements)
        self.tags = Taken()
        self.moved: list[Box] = []  # those not yet put in (once a tag asks)
        inf = float("inf")
        self.tags_around = [inf, inf, -inf, -inf]  # the area around those put in
        self.around = [inf, inf, -inf, -inf]  # the area around the lines (a tag far from every one is told at once)
        self.pending: list[Area] = []  # the lines not yet filed

    def add(self, areas: Iterable[Area]) -> None:
        """More areas where something changed, routed lines (filed once a tag asks)."""
        self.pending.extend(areas)

    def _file(self) -> None:
        areas = self.pending
        around = self.around
        x0s, y0s, x1s, y1s = zip(*areas, strict=True)
        around[0], around[1] = min(around[0], *x0s), min(around[1], *y0s)
        around[2], around[3] = max(around[2], *x1s), max(around[3], *y1s)
        file_in_squares(self.cells, areas, self.CELL)
        self.pending = []

    def meets(self, areas: list[Area], around: Area | None = None, asked: bool = True) -> bool:
        """True when a changed area meets one of ``areas`` (edges touching count: to be safe); ``around``: the area
        around them, when known; ``asked``: False when the edit's changed areas are known to meet none of them (only
        the routed lines and the tags moved are asked about)."""
        if not areas:
            return False
        if self.pending:
            self._file()
        if around is None:
            around = _around(areas)
        x0, y0, x1, y1 = around
        changes = self.changes if asked else None
        c = changes.around if changes is not None else None
        # (far from the area around the changes, as most tags of an edit are: told here, not by two more calls each)
        if changes is not None and c is not None and not (x1 < c[0] or c[2] < x0 or y1 < c[1] or c[3] < y0):
            if changes.cells:  # filed: the squares of each area looked in (the area around them spans many)
                if _in_cells(areas, around, c, changes.CELL, changes.cells):
                    return True
            else:  # (an area meeting one of them meets the area around them)
                near = changes.meeting(x0, y0, x1, y1)
                if near and any(p0 <= b[2] and b[0] <= p1 and q0 <= b[3] and b[1] <= q1 for p0, q0, p1, q1 in areas for b in near):
                    return True
        tags, t = self.tags, self.tags_around
        if self.moved:
            for area in self.moved:
                tags.add(area)
                ax, ay, aw, ah = area
                t[0], t[1], t[2], t[3] = min(t[0], ax), min(t[1], ay), max(t[2], ax + aw), max(t[3], ay + ah)
            self.moved = []
        # (far from every tag moved, as most of a cheap edit's tags are: told by one comparison)
        if not (x1 < t[0] or t[2] < x0 or y1 < t[1] or t[3] < y0) and any(tags.meets(*area, touching=True) for area in areas):
            return True
        d = self.around
        if x1 < d[0] or d[2] < x0 or y1 < d[1] or d[3] < y0:
            return False
        return _in_cells(areas, around, d, self.CELL, self.cells)


def _in_cells(areas: list[Area], around: Area, filed_around: Sequence[float], c: float, cells: dict[tuple[int, int], list[Area]]) -> bool:
    """True when an area filed in ``cells`` (squares of side ``c``; ``filed_around``: the area around them all) meets
    one of ``areas`` (``around``: the area around them)."""
    cx0, cy0, cx1, cy1 = filed_around
    if around[2] < cx0 or cx1 < around[0] or around[3] < cy0 or cy1 < around[1]:
        return False
    get = cells.get
    for x0, y0, x1, y1 in areas:
        for bx in range(int(x0 // c), int(x1 // c) + 1):
            for by in range(int(y0 // c), int(y1 // c) + 1):
                here = get((bx, by))
                if here and any(x0 <= dx1 and dx0 <= x1 and y0 <= dy1 and dy0 <= y1 for dx0, dy0, dx1, dy1 in here):
                    return True
    return False
