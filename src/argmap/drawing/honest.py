"""Arrows that never mislead: each arrow keeps its usual shape unless that shape would pass under a
box it does not connect (or, for a cross-link, put its sign or head on another arrow's); then it is
routed around the boxes (:mod:`argmap.drawing.detour`), or, out of the router's reach, drawn over them.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Hashable, Iterable, Mapping, Sequence
from itertools import compress, pairwise
from operator import is_not
from typing import Any

from PySide6.QtGui import QPainterPath, QPolygonF

from argmap.drawing.changed_areas import Changes as _Changes
from argmap.drawing.crowd import Crowd
from argmap.drawing.detour import (
    CROWDED,
    Budget,
    Step,
    crowd_of,
    legs_reach,
    replays,
    route_around,
    same_extent,
    told_again,
)
from argmap.drawing.geometry import SYMBOL_RADIUS, LightPath, LightPolygon, TidyHead, TidyPath
from argmap.drawing.kept_routes import MAX_CHANGED, Routes
from argmap.drawing.kept_tags import connector_steps, forget
from argmap.drawing.obstacles import SMALL_AREA, Box, BoxIndex, Point, _pieces_enter, crossed, polyline, segment_enters
from argmap.drawing.off_page import TaggedBracket
from argmap.drawing.polyline_arrow import polyline_arrow
from argmap.drawing.staged import drained

#: One arrow to settle: its source's and target's boxes, its (source, target) ids, its usual shape, whether it is a cross-link.
Arrow = tuple[Box, Box, tuple[str, str], tuple, bool]
#: An area looked up in a box index, as (x0, y0, x1, y1).
Area = tuple[float, float, float, float]


def misleads(
    arrow: Arrow, index: BoxIndex, signs: Callable[[], BoxIndex], probe: list[Area] | None = None, under: dict | None = None
) -> bool:
    """True when the arrow's usual shape passes under a box it does not connect, or (a cross-link) puts
    its sign or head on another arrow's or runs through one. ``probe`` collects the areas looked up:
    the answer stays the same while no box or mark reaching into them changes. When it passes under a box, that box's
    area is all it keeps: the answer is True while that box is where it was (an arc across a big map meets some
    change at nearly every edit; the box it passes under mostly stays).

    ``under``: for each arrow (by its ends), the box its line passed under when last checked, kept up to date here:
    that box is tried first (an arrow made again as its tree moved across mostly still passes under it), tested as the
    look-up would test it (:func:`_enters`)."""
    _, _, ends, shape, cross = arrow
    path = shape[0]
    start = len(probe) if probe is not None else 0
    # its line(s), as passes_under reads them: a light path's numbers, or each piece of a Qt path as a polyline
    if isinstance(path, LightPath):
        lines: list[Sequence[tuple[float, ...]]] = [path.segments]
    else:
        lines = [[(p.x(), p.y()) for p in piece.toList()] for piece in path.toSubpathPolygons()]
    hint = under.get(ends) if under is not None else None
    if hint is not None and hint not in ends:
        box = index.boxes.get(hint)
        if box is not None and any(_enters(line, box, index.cell) for line in lines):
            if probe is not None:
                probe.append((box[0], box[1], box[0] + box[2], box[1] + box[3]))
            return True
    for line in lines:
        hits = crossed(line, index, ends, first=True, probe=probe)
        if hits:
            if under is not None:
                under[ends] = hits[0]
            if probe is not None:  # (what the answer owes to: the box it passes under)
                box = index.boxes[hits[0]]
                probe[start:] = [(box[0], box[1], box[0] + box[2], box[1] + box[3])]
            return True
    if under is not None:
        under.pop(ends, None)
    return cross and _on_other_marks(ends, shape, signs(), probe)


def _enters(segments: Sequence[tuple[float, ...]], box: Box, cell: float) -> bool:
    """Whether :func:`~argmap.drawing.obstacles.crossed` would find the line of ``segments`` entering ``box``, were it in a
    plain index with this ``cell``: by the same test for the same pieces (the whole line where crossed looks the line's
    area up at once; the pieces near the box where it looks them up one by one, or a thin band at once)."""
    if len(segments) < 2:
        return False
    tidy = len(segments) == 3 and len(segments[0]) == 2 and len(segments[1]) == 2 and len(segments[2]) == 6
    xs = [v for segment in segments for v in segment[0::2]]
    ys = [v for segment in segments for v in segment[1::2]]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    x, y, w, h = box
    columns, rows = int(x1 // cell) - int(x0 // cell) + 1, int(y1 // cell) - int(y0 // cell) + 1
    band = tidy and columns * rows > SMALL_AREA and (rows <= 2 or columns <= 2)
    looked_at_once = band or columns * rows <= SMALL_AREA  # the line's area looked up at once: the box must reach into it
    if looked_at_once and not (x < x1 and x0 < x + w and y < y1 and y0 < y + h):
        return False
    points = polyline(segments)
    if columns * rows <= SMALL_AREA:
        return any(segment_enters(a, b, box) for a, b in pairwise(points))
    return _pieces_enter(points, box, x, y, x + w, y + h, cell)


def clear_tree_arrows(arrows: Sequence[Arrow], index: BoxIndex) -> list[Area | None]:
    """For each arrow, the area its line lies in when that proves at once that it does not mislead, else None.

    The proof: a tree arrow (not a cross-link) drawn as a light path, in whose area (the box of its line's
    numbers: curves lie inside their control points) no box but its own two reaches. Then :func:`misleads`
    says False and, of the areas it looks up, keeps just this one: the same verdict and the same probe.
    The areas of the arrows into one parent (its fan) are looked up together, once: a tidy tree puts a
    parent's children one gap below it, so its arrows share that gap, and their areas overlap (an arrow
    from a child far along a wide fan crosses the areas of those nearer). Looked up one by one, the
    areas of 50,000 arrows met 8 buckets each on average. Where the proof fails (a box reaches in, a
    cross-link, a long line looked up piece by piece), None: :func:`misleads` decides.
    """
    found: list[Area | None] = [None] * len(arrows)
    if not isinstance(index, BoxIndex):  # the boxes of trees moved in frames (drawing/frames.py): misleads decides
        return found
    cell = index.cell
    fans: dict[Hashable, list[tuple[int, Hashable, float, float, float, float]]] = {}
    for n, (_, _, ends, shape, cross) in enumerate(arrows):
        path = shape[0]
        if cross:
            continue
        if type(path) is TidyPath:
            sx, sy, tx, ty, c1x, c1y, c2x, c2y, ex, ey = path.numbers
            x0, x1 = min(sx, tx, c1x, c2x, ex), max(sx, tx, c1x, c2x, ex)
            y0, y1 = min(sy, ty, c1y, c2y, ey), max(sy, ty, c1y, c2y, ey)
            tidy = True
        elif isinstance(path, LightPath) and len(path.segments) >= 2:
            segments = path.segments
            tidy = len(segments) == 3 and len(segments[0]) == 2 and len(segments[1]) == 2 and len(segments[2]) == 6
            xs = [v for segment in segments for v in segment[0::2]]
            ys = [v for segment in segments for v in segment[1::2]]
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        else:
            continue
        columns, rows = int(x1 // cell) - int(x0 // cell) + 1, int(y1 // cell) - int(y0 // cell) + 1
        if columns * rows > SMALL_AREA and not (tidy and (rows <= 2 or columns <= 2)):
            continue  # looked up piece by piece (other areas kept): left to misleads
        source, target = ends
        fan = fans.get(target)
        if fan is None:
            fans[target] = [(n, source, x0, y0, x1, y1)]
        else:
            fan.append((n, source, x0, y0, x1, y1))
    boxes, get = index.boxes, index.buckets.get
    for parent, fan in fans.items():
        if len(fan) == 1:
            _, _, x0, y0, x1, y1 = fan[0]
        else:
            x0, y0 = min([a[2] for a in fan]), min([a[3] for a in fan])
            x1, y1 = max([a[4] for a in fan]), max([a[5] for a in fan])
        inside = []  # every box but the parent reaching into the fan's area (as BoxIndex.near: the buckets looked at in place)
        band = range(int(y0 // cell), int(y1 // cell) + 1)
        for bx in range(int(x0 // cell), int(x1 // cell) + 1):
            for by in band:
                bucket = get((bx, by))
                if bucket:
                    for k in bucket:
                        x, y, w, h = boxes[k]
                        if x < x1 and x0 < x + w and y < y1 and y0 < y + h and k != parent:
                            inside.append(k)
        if not inside:  # the usual case: nothing in the fan's area
            for n, _, x0, y0, x1, y1 in fan:
                found[n] = (x0, y0, x1, y1)
            continue
        for n, child, x0, y0, x1, y1 in fan:
            for k in inside:
                if k != child:
                    x, y, w, h = boxes[k]
                    if x < x1 and x0 < x + w and y < y1 and y0 < y + h:  # reaches into this arrow's area
                        break
            else:
                found[n] = (x0, y0, x1, y1)
    return found


def honest_steps(
    arrows: Sequence[Arrow],
    index: BoxIndex,
    horizontal: bool,
    budget: Budget,
    signs: Callable[[], BoxIndex],
    misleading: set[int] | None = None,
    routes: Routes | None = None,
    changed: Sequence[Area] | None = None,
) -> Generator[None, None, list[tuple[tuple, bool]]]:
    """A generator that yields after each arrow routed (see drawing/staged.py); what it returns:
    for each arrow, the shape to draw and whether it is drawn over the boxes (no way around found).

    The searches take their steps from ``budget`` (one per drawing, see :class:`Budget`);
    ``signs()`` gives the signs and heads of the arrows' usual shapes (:func:`sign_index`, the
    ids ``(ends, 0)`` and ``(ends, 1)`` for the arrow between ``ends``), made once per drawing and
    only when needed. ``misleading``: the positions of the arrows that :func:`misleads` (worked
    out here when not given; an edit's picture passes what it kept from the last one).
    ``routes``: the last picture's routes (:class:`Routes`), taken over when the ``changed`` areas (boxes
    and marks that moved since) leave them as they were; afterwards it holds this picture's.
    """
    if misleading is None:
        misleading = {k for k, arrow in enumerate(arrows) if misleads(arrow, index, signs)}
    if not misleading:
        if routes is not None:
            routes.wanted = routes.arrows = None  # the changes since this picture are not followed: not to be taken over later
            forget(routes)  # (nor the tags of the picture before it)
        return [(shape, False) for _, _, _, shape, _ in arrows]
    order = sorted(misleading)
    settled = [(shape, False) for _, _, _, shape, _ in arrows]
    yield  # (a step of its own: 50,000 arrows gone over)
    routed = yield from route_steps([arrows[k] for k in order], index, horizontal, budget, signs, routes, changed)
    for k, entry in zip(order, routed, strict=True):
        settled[k] = entry
    return settled


def route_misleading(*args: Any, **options: Any) -> list[tuple[tuple, bool]]:
    """:func:`route_steps` at once."""
    return drained(route_steps(*args, **options))


def route_steps(
    arrows: Sequence[Arrow],
    index: BoxIndex,
    horizontal: bool,
    budget: Budget,
    signs: Callable[[], BoxIndex],
    routes: Routes | None = None,
    changed: Sequence[Area] | None = None,
) -> Generator[None, None, list[tuple[tuple, bool]]]:
    """A generator that yields after each arrow routed (see drawing/staged.py); what it returns:
    the shapes of the ``arrows`` that mislead, in drawing order (each keeps apart from those routed before it):
    routed around the boxes, or their usual shape drawn over them (True) out of the router's reach.
    ``routes`` and ``changed`` as for :func:`honest_steps`."""
    same = routes is not None and routes.same_start(budget, changed)
    # the same arrows in the same places as the last picture's (every edit at 50,000 statements): the places whose entry
    # is not the very same, else None
    lined = lined_up(arrows, routes) if same and routes is not None else None
    if lined is not None and routes is not None and routes.wanted is not None:
        wanted = list(routes.wanted)  # (the others' entries are the very ones: their wanted the same)
        for k in lined:
            source, target, ends, shape, _ = arrows[k]
            wanted[k] = (ends, source, target, shape)
        replaced = routes.replaced  # (the same ends: the same marks)
    else:
        wanted = [(ends, source, target, shape) for source, target, ends, shape, _ in arrows]
        replaced = {(ends, j) for _, _, ends, _, _ in arrows for j in (0, 1)}
        same = same and routes is not None and routes.same_order(wanted)
    # the routes before one that came out otherwise: the legs of both (a route that reaches them is searched again)
    other_legs: list[tuple[Point, Point]] = []
    left: list[tuple[int, list[Point]]] = []  # the routes of arrows no longer routed, by their place among the last ones
    as_told = changed  # (the changes as the edit told them: the tags are told of marks that came or went themselves)
    if same and routes is not None and changed is not None and replaced != routes.replaced:
        # arrows came into the routed set or left it: the others' routes are taken over by their ends. Their marks, kept
        # clear of only while they are not routed, changed for the routes (where they are now: one whose shape changed,
        # or went, was told so); the routes of those that left are gone
        changed = [*changed, *flipped_marks(replaced ^ routes.replaced, signs())]
        same = len(changed) <= MAX_CHANGED
        now = {ends for ends, _, _, _ in wanted}
        left = [(k, way) for k, ((ends, _, _, _), way) in enumerate(zip(routes.wanted or (), routes.ways, strict=True))
                if way is not None and ends not in now]
    everything = index.bounds()
    # which of the last picture's routes saw no change in their windows (the changes filed once: thousands of windows
    # at 50,000); asked only of a route whose arrow is the same (one whose boxes moved is not taken over anyway: a
    # widening edit moves the ends of most far cross-links, whose windows span the map)
    filed = _Changes(changed) if same and changed else None

    known: dict[int, bool] = {}  # (asked once per route: a crowded window's recount is not cheap)

    def fresh(k: int) -> bool:
        f = known.get(k)
        if f is None:
            f = known[k] = routes is not None and (routes.calm(k, filed) or routes.unchanged(k, filed, index))
        return f

    if lined is not None and routes is not None:
        differs = [k for k in lined if wanted[k] != routes.wanted[k]]  # type: ignore[index]
        same_wanted = not differs
    else:
        same_wanted = same and routes is not None and wanted == routes.wanted
    asked = routes.near(filed) if same and routes is not None and (same_wanted or lined is not None) else None
    if (same and routes is not None and same_wanted and asked is not None and all(map(fresh, asked))
            and (everything == routes.extent or all(same_extent(trace, everything) for trace in routes.traces))):
        routes.extent = everything  # (every search's checks against the drawing's extent come out as they did)
        budget.steps = routes.steps_after
        routes.taken_over()
        return routes.settled
    # Routed lines keep clear of the other arrows' signs and heads too, so no sign or head is cut
    # (not of the usual marks of the arrows being routed: those are not drawn).
    marks = signs()
    yield  # (the first route a step of its own)
    taken: list[Point] = []  # the legs of the arrows routed so far, as (start, end) pairs
    steps_before = budget.steps
    looked: list[list[Area]] = []
    traces: list[list[Step]] = []
    settled: list[tuple[tuple, bool]] = []
    ways: list[list[Point] | None] = []
    spent: list[int] = []
    searched: list[int] = []  # the arrows whose routes were not taken over (the connectors go over only these, and what changed)
    # A route is the last picture's (``same``: taken over) again when its own arrow is the same (by its ends), nothing
    # changed in the windows it looked at, no route before it that came out otherwise reaches its windows, and its
    # search takes the same turns with the steps left.
    last_wanted = routes.wanted if routes is not None and routes.wanted else []
    at = routes.positions() if last_wanted and routes is not None else {}  # each arrow's place among the last picture's

    def crowd_for(k: int | None) -> Crowd | None:
        """Why the arrow's last search (at ``k`` in the last picture) found its first window too crowded: a route that met
        too many boxes at once meets them again when they moved along (told without asking the index: drawing/crowd)."""
        return crowd_of(routes.traces[k]) if k is not None and routes is not None else None

    def one(k: int) -> None:
        """Arrow ``k``'s route: taken over, or told crowded again, or searched."""
        nonlocal other_legs, taken
        source, target, ends, shape, _ = arrows[k]
        before = budget.steps
        j = at.get(ends)
        while left and j is not None and left[0][0] < j:  # (routed before this one in the last picture: gone now)
            other_legs += pairwise(left.pop(0)[1])
        kept = same and routes is not None and j is not None and last_wanted[j] == wanted[k]
        if (kept and j is not None and routes is not None and fresh(j) and replays(routes.traces[j], before, everything)
                and not (other_legs and legs_reach(routes.traces[j], other_legs))):
            route, here, trace = routes.ways[j], routes.looked_by[j], routes.traces[j]
            budget.steps -= routes.spent[j]
            entry = routes.settled[j]
        else:
            searched.append(k)
            crowd = crowd_for(j)
            # the usual case at a widening edit: a far cross-link moved with its tree, its window as crowded as it was
            told = told_again(source, target, index, crowd) if crowd is not None and before > 0 else None
            if told is not None:
                here, trace, route = [told[0]], [(CROWDED, 0, told[1])], None
            else:
                here, trace = [], []
                route = route_around(
                    source, target, index, set(ends), horizontal=horizontal, marks=marks, own_marks=replaced, taken=taken,
                    budget=budget, probe=here, trace=trace, everything=everything,
                )
            if kept and j is not None and routes is not None and routes.ways[j] == route:
                entry = routes.settled[j]  # the very same drawing: the canvas leaves it alone
            else:
                gone = routes.ways[j] if same and j is not None and routes is not None else None
                if gone is not None:  # the last picture's route here is gone
                    other_legs += pairwise(gone)
                if route is not None:
                    other_legs += pairwise(route)
                entry = (shape, True) if route is None else (polyline_arrow(route), False)  # None: an off-page connector (below)
            if route is None and routes is not None:
                routes.spot(trace, told[1] if told is not None else None)
        settled.append(entry)
        ways.append(route)
        looked.append(here)
        traces.append(trace)
        spent.append(before - budget.steps)
        if route is not None:
            for a, b in pairwise(route):
                taken += [a, b]

    touched: list[int] | None = None  # (the places gone over one by one, when the others are the last picture's: lined up)
    if lined is not None and routes is not None:
        # Only the places that may come out otherwise are gone over one by one: those whose entry is not the very same,
        # those a change concerns (:meth:`Routes.near`) and those whose search took steps or found a way (``busy``).
        # Every other is a window that was too crowded to search (its trace that one step, no steps spent, no way), of the
        # same arrow, unchanged: taken over while steps are left (as :func:`replays` tells of such a trace; no route
        # before it reaches it: :func:`legs_reach` asks only of searched windows). Those runs are copied whole: a widening
        # edit at 50,000 statements went over a thousand routes one by one to take over all but a few dozen.
        touched = sorted({*lined, *(asked or ()), *routes.busy})
        last_settled, last_ways, last_looked, last_traces, last_spent = (
            routes.settled, routes.ways, routes.looked_by, routes.traces, routes.spent)
        start = 0
        for k in [*touched, len(arrows)]:
            if start < k:
                if budget.steps > 0:
                    settled += last_settled[start:k]
                    ways += last_ways[start:k]
                    looked += last_looked[start:k]
                    traces += last_traces[start:k]
                    spent += last_spent[start:k]
                    yield
                else:  # (no steps left: each is told so, one by one)
                    for n in range(start, k):
                        touched.append(n)
                        one(n)
                        yield
            if k < len(arrows):
                one(k)
                yield
            start = k + 1
    else:
        for k in range(len(arrows)):
            one(k)
            yield
    # (no way: an off-page connector)
    settled = yield from connector_steps(arrows, settled, ways, index, marks, replaced, horizontal, routes, as_told, looked, filed,
                                         searched)
    if routes is not None:
        yield  # (remembering them comes in steps of their own: 40-90 ms at 50,000 statements, after the connectors' last)
        yield from routes.remember_steps(wanted, replaced, steps_before, budget.steps, looked, settled, ways, spent, traces,
                                         arrows=arrows, touched=touched)
        routes.extent = everything
    return settled


def lined_up(arrows: Sequence[Arrow], routes: Routes) -> list[int] | None:
    """When ``arrows`` are the last picture's (by their ends) in the same places, and its routes' watch tells them by
    place: the places whose entry is not the very same one (routed_list.py keeps the entries of links the edit left
    alone); else None."""
    last = routes.arrows
    if last is None or routes.wanted is None or not (len(last) == len(arrows) == len(routes.wanted)):
        return None
    if routes.watched.at is None or len(routes.watched.at) != len(arrows):
        return None
    lined = list(compress(range(len(arrows)), map(is_not, arrows, last)))
    for k in lined:
        if arrows[k][2] != last[k][2]:
            return None
    # (an entry read again that equals the last one is as good: the first edit after opening reads every entry again)
    return [k for k in lined if arrows[k] != last[k]] if lined else lined


def honest_bracket(
    members: list[str],
    target: str,
    shown: Mapping[str, Box],
    index: BoxIndex,
    draw: Callable[[list[Box]], tuple[QPainterPath, tuple]],
    horizontal: bool,
    signs: Callable[[], BoxIndex],
    budget: Budget,
    probe: list[Area] | None = None,
    trace: list[Step] | None = None,
    tag_far: Callable[[list[str], str, list[QPainterPath]], list] | None = None,
) -> tuple[QPainterPath, tuple, bool]:
    """A linked reason's bracket and arrow (``draw`` makes them for some member boxes) that cross no other box.

    When the co-premises stand apart with boxes between them (one was dragged away), the
    bracket joins the members that can be joined directly, next to the one nearest the
    target; every other member reaches that one along a routed line (no head: it
    joins, it does not point), or where the router finds no way, gets a tag "with: …" as an
    off-page connector does (``tag_far(far members, the one nearest the target, the lines drawn)``
    gives the tags' pieces: :func:`~argmap.drawing.off_page.joining_tags`; the bracket is then a
    :class:`~argmap.drawing.off_page.TaggedBracket`). Returns (bracket, arrow, over): ``over`` when no honest
    drawing was found and the plain one is drawn over the boxes. The joining lines keep clear
    of the arrows' signs and heads (``signs()``, asked only when needed: :func:`sign_index`) and
    share the drawing's ``budget``. ``probe``: the areas its checks and searches looked at, ``trace``: what
    its searches owed to the budget and the drawing's extent: the drawing stays right while no box or mark
    reaching into those areas changes and :func:`~argmap.drawing.detour.replays` holds for the steps left.
    """
    ends = {target, *members}

    def crosses(drawn: tuple[QPainterPath, tuple], looked: list[Area] | None = None) -> bool:
        bracket, shape = drawn
        return passes_under(bracket, index, ends, looked) or passes_under(shape[0], index, ends, looked)

    plain = draw([shown[m] for m in members])
    if not crosses(plain, probe):
        return (*plain, False)
    tx, ty, tw, th = shown[target]
    anchor = min(members, key=lambda m: abs(shown[m][0] + shown[m][2] / 2 - tx - tw / 2) + abs(shown[m][1] + shown[m][3] / 2 - ty - th / 2))
    cluster = [m for m in members if m == anchor or not crosses(draw([shown[anchor], shown[m]]), probe)]
    bracket, shape = joined = draw([shown[m] for m in cluster])
    if crosses(joined, probe):
        return (*plain, True)
    path = QPainterPath(bracket)
    far: list[str] = []
    for m in members:
        if m in cluster:
            continue
        route = route_around(shown[m], shown[anchor], index, {m, anchor}, horizontal=horizontal, marks=signs(), budget=budget,
                             probe=probe, trace=trace)
        if route is None:
            if tag_far is None:
                return (*plain, True)
            far.append(m)
            continue
        path.moveTo(*route[0])
        for point in route[1:]:
            path.lineTo(*point)
    line, head, symbol, bounds = shape
    if far and tag_far is not None:
        path = TaggedBracket(path, tag_far(far, anchor, [path, line]), cluster)
    return path, (line, head, symbol, bounds.united(path.boundingRect().adjusted(-3, -3, 3, 3))), False


def flipped_marks(keys: Iterable[tuple[tuple[str, str], int]], signs: BoxIndex) -> list[Area]:
    """Where the marks of these ids (``(ends, 0)``, ``(ends, 1)``) are now (those that went: nowhere)."""
    found = []
    for key in keys:
        box = signs.boxes.get(key)
        if box is not None:
            found.append((box[0], box[1], box[0] + box[2], box[1] + box[3]))
    return found


def marks(shape: tuple) -> list[Box]:
    """The relation symbol's disc and the arrowhead of an arrow, as boxes."""
    _, head, symbol, _ = shape
    r = SYMBOL_RADIUS
    points = head.points if isinstance(head, LightPolygon) else [(p.x(), p.y()) for p in head.toList()]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [(symbol.x() - r, symbol.y() - r, 2 * r, 2 * r), (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))]


def tidy_sign_box(symbol: Any) -> Box:
    """A tidy tree arrow's symbol as :func:`sign_index` files it (the same numbers, worked out the same way:
    :mod:`argmap.drawing.near_signs` looks them up one by one)."""
    r = SYMBOL_RADIUS
    return (symbol.x() - r, symbol.y() - r, 2 * r, 2 * r)


def tidy_head_box(head: TidyHead) -> Box:
    """A tidy tree arrow's head as :func:`sign_index` files it (see :func:`tidy_sign_box`)."""
    ax, ay, bx, by, cx, cy = head.numbers
    x0, x1 = (ax, bx) if ax < bx else (bx, ax)
    if cx < x0:
        x0 = cx
    elif cx > x1:
        x1 = cx
    y0, y1 = (ay, by) if ay < by else (by, ay)
    if cy < y0:
        y0 = cy
    elif cy > y1:
        y1 = cy
    return (x0, y0, x1 - x0, y1 - y0)


def sign_index(shapes: Mapping[tuple[str, str], tuple] | Iterable[tuple[tuple[str, str], tuple]]) -> BoxIndex:
    """The signs and heads of these arrow shapes (by their ends; or (ends, shape) pairs, each ends once), as boxes to keep
    clear of: ids (ends, 0) and (ends, 1).

    The same boxes as :func:`marks`, worked out inline for the usual light arrowhead of three points (one per arrow
    of the map: this is made for every picture that has a cross-link), and for a Qt head (a cross-link's) by Qt's own
    extremes (the same comparisons and differences, without a Qt point made for each corner)."""
    r = SYMBOL_RADIUS
    d = 2 * r
    boxes: dict[tuple[tuple[str, str], int], Box] = {}
    for ends, (_, head, symbol, _) in shapes.items() if isinstance(shapes, Mapping) else shapes:
        if type(head) is TidyHead:  # (every tree arrow; the index is made when idle: near_signs answers meanwhile, alike)
            boxes[(ends, 0)] = tidy_sign_box(symbol)
            boxes[(ends, 1)] = tidy_head_box(head)
            continue
        if type(head) is QPolygonF and not head.isEmpty():
            boxes[(ends, 0)] = (symbol.x() - r, symbol.y() - r, d, d)
            boxes[(ends, 1)] = head.boundingRect().getRect()  # type: ignore[assignment]  # (x, y, w, h)
            continue
        points = head.points if isinstance(head, LightPolygon) else ()
        if len(points) == 3:
            (ax, ay), (bx, by), (cx, cy) = points
            x0, y0 = min(ax, bx, cx), min(ay, by, cy)
            boxes[(ends, 0)] = (symbol.x() - r, symbol.y() - r, d, d)
            boxes[(ends, 1)] = (x0, y0, max(ax, bx, cx) - x0, max(ay, by, cy) - y0)
        else:
            boxes[(ends, 0)], boxes[(ends, 1)] = marks((None, head, symbol, None))
    return BoxIndex.owning(boxes)


def _on_other_marks(ends: tuple[str, str], shape: tuple, every: BoxIndex, probe: list[Area] | None = None) -> bool:
    """True when the arrow's sign or head lies on another arrow's, or its line runs through one."""
    mine = {(ends, 0), (ends, 1)}
    for x, y, w, h in marks(shape):
        if probe is not None:
            probe.append((x, y, x + w, y + h))
        if every.within(x, y, x + w, y + h) - mine:
            return True
    return passes_under(shape[0], every, mine, probe)


def passes_under(path: LightPath | QPainterPath, index: BoxIndex, allowed: Iterable[Hashable], probe: list[Area] | None = None) -> bool:
    """True when a line (each of its pieces: a bracket has several) passes through a box of ``index`` not ``allowed``.

    ``probe`` collects the areas looked up (see :func:`~argmap.drawing.obstacles.crossed`)."""
    if isinstance(path, LightPath):
        return bool(crossed(path.segments, index, allowed, first=True, probe=probe))
    pieces = path.toSubpathPolygons()
    return any(crossed([(p.x(), p.y()) for p in piece.toList()], index, allowed, first=True, probe=probe) for piece in pieces)
