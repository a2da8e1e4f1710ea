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

from collections.abc import Collection, Generator, Iterable, Sequence
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
    connector_path,
    is_connector,
    moved_connector,
    place_tag,
)
from argmap.drawing.staged import drained
from argmap.drawing.tag_moves import End, Moves, _Along, _around
from argmap.drawing.tags_gone_over import FiledTags, Sparse, filed_tags
from argmap.drawing.taken_tags import Taken
from argmap.drawing.watched_routes import AreaGrid


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


#: Each picture's routes (:class:`~argmap.drawing.kept_routes.Routes`, handed from picture to picture) -> its connectors.
_MEMORIES: WeakKeyDictionary[object, _Memory] = WeakKeyDictionary()
#: The routes -> what the edit whose picture is being made moved, and its changed areas (:func:`note_moves`).
_MOVES: WeakKeyDictionary[object, tuple[Moves, Sequence[Area]]] = WeakKeyDictionary()

#: The step of a tag that stayed where it was (:class:`~argmap.drawing.taken_tags.Taken`).
STILL = (0.0, 0.0)

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
