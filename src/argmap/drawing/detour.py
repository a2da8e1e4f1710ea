"""Arrows routed around boxes: the shortest orthogonal path with few bends that enters no other box.

Used for every arrow that the usual shapes would draw through a box it does not connect
(a cross-link over the tree, a dragged box's arrow, an arrow in a cycle). The search runs
on a sparse grid: the lines ``CLEARANCE`` outside every box's edges and the ports' own
lines, inside a window around the two boxes that grows when no path is found (the
classic orthogonal-connector idea of libavoid and ELK, in a few dozen lines). A* with a
cost per bend keeps paths short and calm. Plain numbers only.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from typing import Any

from argmap.drawing.crowd import Crowd, again, bucket_range, kept, witnesses
from argmap.drawing.obstacles import Box, BoxIndex, Point, _overlaps, segment_enters

#: An area looked at, as (x0, y0, x1, y1).
Area = tuple[float, float, float, float]

#: Distance kept from every box; the grid lines run here.
CLEARANCE = 10.0
#: The first leg out of the source: it carries the relation symbol next to its own box and clears the
#: symbols of the tree arrows beside it (they sit 11 px out) before it turns.
SOURCE_STUB = 34.0
#: What one bend costs, in units of length: fewer bends read better than slightly shorter paths.
BEND = 40.0
#: A leg along a line that another routed arrow already runs on costs this much more per unit, and
#: the grid offers lines ``BESIDE`` px to either side of it: arrows run side by side, never on top
#: of each other (where two share a line, nobody can tell which goes where).
SHARED_COST = 4.0
BESIDE = 6.0
PORT_TAKEN = 1000.0
#: The search is bounded so that no map waits on it: windows with more boxes than this are not
#: searched, and a search gives up after this many steps. The caller then draws the arrow over
#: the boxes, on top, with a halo (far-reaching cross-links in big maps).
MAX_BOXES = 40
MAX_STEPS = 8000
#: All the searches of one drawing together take at most this many steps: a big map with many
#: far-reaching cross-links would otherwise spend seconds on searches that mostly fail. Maps of up
#: to ``SMALL_MAP`` boxes get more (they are drawn in milliseconds otherwise, and every detour counts).
TOTAL_STEPS = 10000
SMALL_MAP_STEPS = 60000
SMALL_MAP = 1000
#: Boxes beyond the limit a crowded window's look-up collects (of a plain index), kept to tell later that it is still
#: crowded when the arrow moved with most of them (:mod:`argmap.drawing.crowd`): the window's edge buckets may hold boxes
#: that did not.
SPARE = 16
#: Weighted A*: the estimate counts this much, so the search goes for the goal instead of trying
#: every equally short path (on big windows it takes a tenth of the steps).
GREED = 1.5


class Budget:
    """The steps left for the searches of one drawing."""

    def __init__(self, steps: int = TOTAL_STEPS) -> None:
        self.steps = steps

    @classmethod
    def for_boxes(cls, count: int) -> Budget:
        return cls(SMALL_MAP_STEPS if count <= SMALL_MAP else TOTAL_STEPS)

_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))  # right, left, down, up
_OPPOSITE = (1, 0, 3, 2)


#: A port on a side where a box's neighbours stand (left/right in top-down) costs this much more:
#: an arrowhead squeezed into the gap between two siblings could be read as coming from the sibling.
SIDE_COST = 60.0
#: Ports on the sides that tree arrows use sit off the middle, where the tree's own arrows are not.
OFF_MIDDLE = 0.8


#: The search's numbers are multiples of this (a power of two): every sum of lengths and costs it compares is then exact,
#: so which of two equally short ways it tries first never hinges on the last bits of a box's or mark's numbers, and
#: with a step limit, neither does whether it finds a way at all. Numbers a few last bits apart snap alike unless they
#: lie that close to a half step, which numbers of a few binary places (a layout's, moved exactly) never do.
SNAP = 1 / 64


def _snap(v: float) -> float:
    """``v`` on the search's grid of :data:`SNAP`."""
    return round(v / SNAP) * SNAP


def _snapped_box(box: Box) -> Box:
    """The box with its edges on the search's grid (its width and height those of the snapped edges)."""
    x, y, w, h = box
    x0, y0 = _snap(x), _snap(y)
    return (x0, y0, _snap(x + w) - x0, _snap(y + h) - y0)


def _ports(box: Box, stub: float, horizontal: bool) -> list[tuple[Point, Point, int, float]]:
    """(point on the border, point ``stub`` outside it, direction outward, extra cost) for each side.

    ``horizontal`` (top-down): the top and bottom ports sit at ``OFF_MIDDLE`` of the width,
    clear of the tree arrows, and the left and right ones cost ``SIDE_COST``; left-to-right
    swaps the roles.
    """
    x, y, w, h = box
    if horizontal:
        px, py, side, ends = _snap(x + w * OFF_MIDDLE), _snap(y + h / 2), SIDE_COST, 0.0
    else:
        px, py, side, ends = _snap(x + w / 2), _snap(y + h * OFF_MIDDLE), 0.0, SIDE_COST
    return [
        ((x + w, py), (x + w + stub, py), 0, side),
        ((x, py), (x - stub, py), 1, side),
        ((px, y + h), (px, y + h + stub), 2, ends),
        ((px, y), (px, y - stub), 3, ends),
    ]


def route_around(
    source: Box,
    target: Box,
    index: BoxIndex,
    skip: set[str],
    *,
    horizontal: bool = True,
    marks: BoxIndex[Any] | None = None,
    own_marks: set[Any] | None = None,
    taken: list[Point] | None = None,
    budget: Budget | None = None,
    probe: list[tuple[float, float, float, float]] | None = None,
    trace: list[Step] | None = None,
    crowd: Crowd | None = None,
    everything: Box | None = None,
) -> list[Point] | None:
    """Corner points of an orthogonal path from a side of ``source`` to a side of ``target``
    that keeps clear of every box of ``index`` (except ``skip``), of the two boxes themselves
    and of the ``marks`` (other arrows' symbols and heads; ``own_marks`` are left out: this arrow's
    own, and those of other arrows that are not drawn as they stand); None when there is none within reach.
    ``taken``: the corner points of arrows routed before, as (start, end) pairs of their legs, kept apart from.
    ``probe`` collects the areas looked at (the route stays the same while nothing in them changes);
    ``trace`` what the answer owed to the budget's steps and to the drawing's extent (:func:`replays`).
    ``crowd``: why the last search of this arrow's first window found it too crowded (:func:`crowd_of`): when the boxes
    that made it so still crowd this first window, it is too crowded without asking the index (the same answer,
    :func:`argmap.drawing.crowd.again`). ``everything``: the index's :meth:`~BoxIndex.bounds`, when the caller has it
    (a drawing's routes ask it once)."""
    x0, y0, x1, y1 = _span(source, target)
    everything = everything if everything is not None else index.bounds()
    pad = 4 * SOURCE_STUB
    budget = budget if budget is not None else Budget()
    trace = trace if trace is not None else []
    for _ in range(3):
        if budget.steps <= 0:
            trace.append((OUT_OF_STEPS, 0, None))
            return None
        cell = index.cell
        window, area = _window(x0, y0, x1, y1, pad, cell)
        if probe is not None:  # what the answer depends on: the index's whole buckets (the limit counts them)
            probe.append(area)
        limit = MAX_BOXES + len(skip)
        if crowd is not None:  # (for the first window only)
            told = again(crowd, index, window, area)
            if told is not None:
                trace.append((CROWDED, 0, told))
                return None
            crowd = None
        # (with boxes to spare for the trace when crowded; a framed index answers as before)
        found = index.within(*window, limit=limit, spare=SPARE) if isinstance(index, BoxIndex) else index.within(*window, limit=limit)
        near = found - skip
        if len(near) > MAX_BOXES:
            trace.append((CROWDED, 0, _crowd(index, window, area, found, near, limit)))
            return None
        others = [index.boxes[k] for k in near]
        if marks is not None:
            others += [marks.boxes[k] for k in marks.within(*window) - (own_marks or set())]
        steps = budget.steps
        route = _search(source, target, others, window, horizontal, taken or [], budget)
        trace.append((SEARCHED, steps - budget.steps, (route is None and steps - budget.steps == min(MAX_STEPS, steps), window)))
        if route is not None:
            return route
        ex, ey, ew, eh = everything
        whole = window[0] < ex and window[1] < ey and window[2] > ex + ew and window[3] > ey + eh
        trace.append((WHOLE, whole, window))
        if whole:
            return None  # the whole drawing was searched
        pad *= 4
    return None


def first_window(x0: float, y0: float, x1: float, y1: float, cell: float) -> tuple[Area, Area]:
    """:func:`route_around`'s first window between boxes spanning (x0, y0)-(x1, y1), and its buckets' area."""
    return _window(x0, y0, x1, y1, 4 * SOURCE_STUB, cell)


def _span(source: Box, target: Box) -> Area:
    """The area around the two boxes, which a search's windows pad."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    return min(sx, tx), min(sy, ty), max(sx + sw, tx + tw), max(sy + sh, ty + th)


def told_again(source: Box, target: Box, index: BoxIndex, crowd: Crowd) -> tuple[Area, Crowd] | None:
    """What :func:`route_around` (with steps left and this ``crowd``) finds at its first window when the boxes that
    crowded the arrow's last one still crowd it: that window's area (what it probes) and why (the trace's step); None when
    they do not tell (the search is to be made, without the crowd: it would only be asked the same again). The routes of
    an edit ask it of each far cross-link whose ends moved (a thousand at 50,000 statements) without a search's setup."""
    window, area = first_window(*_span(source, target), index.cell)
    told = again(crowd, index, window, area)
    return None if told is None else (area, told)


def _window(x0: float, y0: float, x1: float, y1: float, pad: float, cell: float) -> tuple[Area, Area]:
    """A search's window around (x0, y0)-(x1, y1), and the area of the index's buckets it covers (what it depends on)."""
    window = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    area = ((window[0] // cell) * cell, (window[1] // cell) * cell, (window[2] // cell + 1) * cell, (window[3] // cell + 1) * cell)
    return window, area


#: What a search's answer owed to the drawing's budget and extent, step by step (:func:`route_around`'s ``trace``):
#: (OUT_OF_STEPS, 0, None) no steps were left; (SEARCHED, steps taken, (whether the search stopped at its limit, the
#: window searched));
#: (WHOLE, whether the window covered the whole drawing, the window) after a search that found nothing;
#: (CROWDED, 0, why (:func:`_crowd`: a :class:`~argmap.drawing.crowd.Crowd` or None)) a window held too many boxes to
#: search (:func:`still_crowded`).
Step = tuple[int, Any, Any]
OUT_OF_STEPS, SEARCHED, WHOLE, CROWDED = 0, 1, 2, 3


def replays(trace: list[Step], steps: int, everything: Box) -> bool:
    """True when :func:`route_around`, started with ``steps`` left in the budget in a drawing of extent ``everything``,
    would take the same turns as the search that left ``trace`` (so give the same answer and take as many steps),
    the boxes, marks and routes it looked at being the same. A search depends on the budget only through its limit,
    ``min(MAX_STEPS, steps left)``: one that ended before its limit ends the same under any limit as high."""
    ex, ey, ew, eh = everything
    for kind, value, more in trace:
        if kind == OUT_OF_STEPS:
            return steps <= 0
        if kind == CROWDED:
            return steps > 0
        if kind == SEARCHED:
            if steps <= 0:
                return False
            limit = min(MAX_STEPS, steps)
            if (limit != value) if more[0] else (limit < value):
                return False
            steps -= value
        else:
            x0, y0, x1, y1 = more
            if (x0 < ex and y0 < ey and x1 > ex + ew and y1 > ey + eh) != value:
                return False
    return True


def same_extent(trace: list[Step], everything: Box) -> bool:
    """True when every window of ``trace`` that was checked against the drawing's extent covers ``everything`` as it did."""
    ex, ey, ew, eh = everything
    return all(
        (more[0] < ex and more[1] < ey and more[2] > ex + ew and more[3] > ey + eh) == value for kind, value, more in trace if kind == WHOLE
    )


def _crowd(index: BoxIndex, window: Area, area: Area, found: set, near: set, limit: int) -> Crowd | None:
    """Why a window is too crowded to search, in a form that says whether it still is (:class:`~argmap.drawing.crowd.Crowd`).
    :meth:`BoxIndex.within` with its limit answered with more than ``limit`` boxes from the window's buckets (then
    any ``limit + 1`` boxes still in those buckets make it answer so again), or else with more than ``MAX_BOXES``
    boxes reaching into the window (then any ``MAX_BOXES + 1`` of them still reaching in do). Every box it answered
    with is kept: a few to spare (of a plain index), so that the window is known to be crowded still when it moved with
    most of them. None when neither can be told (it is looked at again whenever its area changes)."""
    buckets = bucket_range(window, index.cell)
    if len(found) > limit and (buckets[0] != buckets[2] or buckets[1] != buckets[3]):  # one bucket is looked up exactly
        return Crowd(area, buckets, window, limit + 1, witnesses(index, found, window))
    boxes = index.boxes
    inside = [k for k in near if _overlaps(boxes[k], *window)]
    return Crowd(area, None, window, MAX_BOXES + 1, witnesses(index, inside, window)) if len(inside) > MAX_BOXES else None


def crowd_of(trace: list[Step]) -> Crowd | None:
    """Why the first crowded window of ``trace`` was too crowded to search (None: none was, or it cannot be told)."""
    for kind, _, more in trace:
        if kind == CROWDED:
            return more
    return None


def still_crowded(trace: list[Step], area: Area, index: BoxIndex) -> bool:
    """True when ``area`` is the probed area of a window of ``trace`` too crowded to search that still is
    (:func:`argmap.drawing.crowd.still`): then the search ends there as it did, whatever else moved in it. Its witnesses
    that moved are kept as filed now (the trace's step replaced: the next edit finds them as they are)."""
    for n, (kind, _, more) in enumerate(trace):
        if kind == CROWDED and more is not None and more.area == area:
            now = kept(more, index)
            if now is not None and now is not more:
                trace[n] = (CROWDED, 0, now)
            return now is not None
    return False


def legs_reach(trace: list[Step], legs: list[tuple[Point, Point]]) -> bool:
    """True when one of these legs of other routes could change a search of ``trace``: it adds grid lines (``BESIDE``
    to either side of it, or its own) or makes a leg or port cost more within a window searched. A horizontal leg
    counts by its y alone, a vertical one by its x (the grid's lines span the window)."""
    for kind, _, more in trace:
        if kind != SEARCHED:
            continue
        x0, y0, x1, y1 = more[1]
        x0, y0, x1, y1 = x0 - BESIDE, y0 - BESIDE, x1 + BESIDE, y1 + BESIDE
        for (ax, ay), (_, by) in legs:
            if (y0 <= ay <= y1) if ay == by else (x0 <= ax <= x1):
                return True
    return False


def _search(
    source: Box,
    target: Box,
    others: list[Box],
    window: tuple[float, float, float, float],
    horizontal: bool,
    taken: list[Point],
    budget: Budget,
) -> list[Point] | None:
    # searched on numbers snapped to a grid of SNAP px: the grid, the costs and their ties are then the same for
    # boxes and marks a few last bits apart (an arrow an edit moved along, x + dx, and the one made from nothing)
    source, target = _snapped_box(source), _snapped_box(target)
    others = [_snapped_box(box) for box in others]
    window = (_snap(window[0]), _snap(window[1]), _snap(window[2]), _snap(window[3]))  # (``taken``: routes made here, on it)
    c = CLEARANCE
    rects = [(x - c, y - c, x + w + c, y + h + c) for x, y, w, h in (*others, source, target)]
    starts = _ports(source, SOURCE_STUB, horizontal)
    ends = _ports(target, c, horizontal)
    wx0, wy0, wx1, wy1 = window
    xs_set = {wx0, wx1}
    ys_set = {wy0, wy1}
    for left, top, right, bottom in rects:
        xs_set.update((left, right))
        ys_set.update((top, bottom))
    for _, (px, py), _, _ in (*starts, *ends):
        xs_set.add(px)
        ys_set.add(py)
    legs = list(zip(taken[0::2], taken[1::2], strict=True))
    if legs:  # a port another arrow already leaves or enters by costs more: two arrows there would merge
        starts = [(b, p, d, extra + (PORT_TAKEN if _on_legs(b, legs) else 0.0)) for b, p, d, extra in starts]
        ends = [(b, p, d, extra + (PORT_TAKEN if _on_legs(b, legs) else 0.0)) for b, p, d, extra in ends]
    for (ax, ay), (_, by) in legs:
        if ay == by:
            ys_set.update((ay - BESIDE, ay + BESIDE))
        else:
            xs_set.update((ax - BESIDE, ax + BESIDE))
    xs = sorted(v for v in xs_set if wx0 <= v <= wx1)
    ys = sorted(v for v in ys_set if wy0 <= v <= wy1)
    nx, ny = len(xs), len(ys)
    node_blocked = bytearray(nx * ny)
    right_blocked = bytearray(nx * ny)  # the edge from node (i, j) to (i + 1, j)
    down_blocked = bytearray(nx * ny)  # the edge from node (i, j) to (i, j + 1)
    for left, top, right, bottom in rects:
        i_in = range(bisect_right(xs, left), bisect_left(xs, right))  # lines strictly inside
        j_in = range(bisect_right(ys, top), bisect_left(ys, bottom))
        i_span = range(bisect_left(xs, left), bisect_right(xs, right) - 1)  # edges between lines inside [left, right]
        j_span = range(bisect_left(ys, top), bisect_right(ys, bottom) - 1)
        for j in j_in:
            row = j * nx
            for i in i_span:
                right_blocked[row + i] = 1
            for i in i_in:
                node_blocked[row + i] = 1
        for j in j_span:
            row = j * nx
            for i in i_in:
                down_blocked[row + i] = 1
    col = {v: i for i, v in enumerate(xs)}
    line = {v: j for j, v in enumerate(ys)}
    right_shared = bytearray(nx * ny)
    down_shared = bytearray(nx * ny)
    for (ax, ay), (bx, by) in legs:
        if ay == by and ay in line:
            row = line[ay] * nx
            for i in range(bisect_left(xs, min(ax, bx)), bisect_right(xs, max(ax, bx)) - 1):
                right_shared[row + i] = 1
        elif ax == bx and ax in col:
            i = col[ax]
            for j in range(bisect_left(ys, min(ay, by)), bisect_right(ys, max(ay, by)) - 1):
                down_shared[j * nx + i] = 1

    goals: dict[int, list[tuple[int, float, Point]]] = {}
    for border, (px, py), outward, extra in ends:
        node = line[py] * nx + col[px]
        if not node_blocked[node] and not _leg_enters(border, (px, py), others, source):
            goals.setdefault(node, []).append((_OPPOSITE[outward], extra, border))
    if not goals:
        return None
    goal_xs = [xs[n % nx] for n in goals]
    goal_ys = [ys[n // nx] for n in goals]
    gx0, gx1, gy0, gy1 = min(goal_xs), max(goal_xs), min(goal_ys), max(goal_ys)

    def estimate(i: int, j: int) -> float:
        """Distance to the box around the goals, weighted: the search heads for the goal first and
        takes a path at most ``GREED`` times longer than the best (in practice a few per cent)."""
        x, y = xs[i], ys[j]
        return GREED * (max(gx0 - x, 0.0, x - gx1) + max(gy0 - y, 0.0, y - gy1)) + c

    heap: list[tuple[float, float, int, int, int]] = []  # (f, g, node, direction, serial); direction 4 = arrived
    came: dict[tuple[int, int], tuple[int, int] | None] = {}
    best: dict[tuple[int, int], float] = {}
    serial = 0
    for border, (px, py), outward, extra in starts:
        i, j = col[px], line[py]
        node = j * nx + i
        if node_blocked[node] or _leg_enters(border, (px, py), others, target):
            continue
        g = SOURCE_STUB + extra
        if g < best.get((node, outward), float("inf")):
            best[(node, outward)] = g
            came[(node, outward)] = None
            heapq.heappush(heap, (g + estimate(i, j), g, node, outward, serial))
            serial += 1
    start_border = {line[py] * nx + col[px]: border for border, (px, py), _, _ in starts}

    steps = 0
    limit = min(MAX_STEPS, budget.steps)
    while heap and steps < limit:
        steps += 1
        _, g, node, d, _ = heapq.heappop(heap)
        if d >= 4:  # arrived: d - 4 is the direction it arrived with
            budget.steps -= steps
            return _points(node, d - 4, came, xs, ys, nx, start_border, goals)
        if g > best.get((node, d), float("inf")):
            continue
        i, j = node % nx, node // nx
        for arrive, extra, _ in goals.get(node, ()):
            if d == _OPPOSITE[arrive]:
                continue  # it would turn back over its own path
            total = g + c + extra + (BEND if arrive != d else 0.0)
            key = (node, 4 + d)
            if total < best.get(key, float("inf")):
                best[key] = total
                came[key] = (node, d)
                heapq.heappush(heap, (total, total, node, 4 + d, serial))
                serial += 1
        for nd, (sx, sy) in enumerate(_STEPS):
            if nd == _OPPOSITE[d]:
                continue
            ni, nj = i + sx, j + sy
            if not (0 <= ni < nx and 0 <= nj < ny):
                continue
            if sx:
                edge = j * nx + min(i, ni)
                if right_blocked[edge]:
                    continue
                step = abs(xs[ni] - xs[i]) * (SHARED_COST if right_shared[edge] else 1.0)
            else:
                edge = min(j, nj) * nx + i
                if down_blocked[edge]:
                    continue
                step = abs(ys[nj] - ys[j]) * (SHARED_COST if down_shared[edge] else 1.0)
            nnode = nj * nx + ni
            if node_blocked[nnode]:
                continue
            ng = g + step + (BEND if nd != d else 0.0)
            key = (nnode, nd)
            if ng < best.get(key, float("inf")):
                best[key] = ng
                came[key] = (node, d)
                heapq.heappush(heap, (ng + estimate(ni, nj), ng, nnode, nd, serial))
                serial += 1
    budget.steps -= steps
    return None


def _points(
    node: int,
    arrived: int,
    came: dict[tuple[int, int], tuple[int, int] | None],
    xs: list[float],
    ys: list[float],
    nx: int,
    start_border: dict[int, Point],
    goals: dict[int, list[tuple[int, float, Point]]],
) -> list[Point]:
    """Border to border: the start port's border point, the grid nodes walked, the end port's border point."""
    walk = []
    key: tuple[int, int] | None = (node, arrived)
    while key is not None:
        walk.append(key[0])
        key = came[key]
    walk.reverse()
    points = [start_border[walk[0]]] + [(xs[n % nx], ys[n // nx]) for n in walk]
    end = next(border for _, _, border in goals[node])
    points.append(end)
    return simplified(points)


def _leg_enters(border: Point, stub: Point, others: list[Box], other_end: Box) -> bool:
    """True when the straight leg between a port's border point and its stub point enters a box
    (the grid checks only the stub point; a thin box or a sign may lie on the leg itself)."""
    return any(segment_enters(border, stub, box) for box in (*others, other_end))


def _on_legs(point: Point, legs: list[tuple[Point, Point]]) -> bool:
    """True when ``point`` lies on one of the axis-parallel ``legs``."""
    x, y = point
    for (ax, ay), (bx, by) in legs:
        if ax == bx == x and min(ay, by) <= y <= max(ay, by):
            return True
        if ay == by == y and min(ax, bx) <= x <= max(ax, bx):
            return True
    return False


def simplified(points: list[Point]) -> list[Point]:
    """The corners only: repeated points and points in the middle of a straight run dropped."""
    out: list[Point] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return out
