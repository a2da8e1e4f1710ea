"""The linked reasons' brackets of a picture: drawn plainly, along searched lines, or with tags for far
co-premises; a bracket the last picture drew from the same boxes and marks is taken over."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Generator, Hashable, Mapping, Sequence
from functools import partial
from operator import is_, itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from argmap.drawing.crowd import again
from argmap.drawing.detour import CROWDED, SEARCHED, Budget, Step, first_window, replays, still_crowded
from argmap.drawing.geometry import Box
from argmap.drawing.honest import Area, honest_bracket
from argmap.drawing.lanes import linked_reason_shape
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.off_page import TAG_REACH, TaggedBracket, joining_tags, tags_near, taken_by_connectors
from argmap.drawing.placed import PlacedBracket
from argmap.drawing.reuse import PictureMemo
from argmap.drawing.rigid import moved_shape
from argmap.drawing.routing import fan_coordinate, group_lane
from argmap.drawing.staged import drained
from argmap.model import Relation

if TYPE_CHECKING:
    from argmap.drawing.diagram import Diagram


def draw_brackets(*args: Any, **kwargs: Any) -> None:
    """:func:`bracket_steps` made at once (an edit's picture)."""
    drained(bracket_steps(*args, **kwargs))


def bracket_steps(
    groups: list[tuple[str, str, list[str], Relation]],
    shown: Mapping[str, Box],
    slots: Mapping[Hashable, float],
    stale: set,
    signs: Callable[[], BoxIndex],
    budget: Budget,
    *,
    memo: PictureMemo,
    index: BoxIndex,
    direction: str,
    remember: bool,
    diagram: Diagram,
    levels: Mapping[tuple[str, str], tuple[int, tuple[float, ...]]] | None = None,
    drawn_over: Callable[[], list[tuple]] | None = None,
) -> Generator[None, None, None]:
    """A generator that yields before each linked reason's bracket (a staged picture's rest: drawing/staged.py; 0.1-0.2 s
    in all at 50,000 statements). The linked reasons' brackets, in ``groups`` order; those drawn plainly from the same
    boxes are taken over.
    ``levels``: the bars' steps where reasons into one target share premises (:func:`bar_levels`); ``drawn_over``: the
    shapes of the arrows drawn over the boxes, in drawing order (by default read off every arrow of ``diagram``)."""
    levels = levels or {}
    lanes = diagram.layout.lanes
    horizontal = direction == "TB"
    kept_brackets = memo.brackets
    brackets: dict[tuple[str, str, str], tuple[tuple, tuple[PlacedBracket, list[Step], int]]] = {}
    taken: list[Box] | None = None  # the areas of the tags placed so far (asked only when a bracket needs tags)
    tagging: list[tuple[list[Box], list[Box], list[Box], list[Area], int]] = []  # the last tagging's (boxes, near, took, looked, at)
    last_tags, last_at, last_over, last_connectors = memo.tags
    before_last = TagsBefore(last_tags, last_at)  # (a big map has thousands of tags: looking through them for each bracket took 20-40 ms)
    tags_at: dict[tuple[str, str, str], int] = {}  # how many tags were taken before each tagged bracket
    over_shapes: list[tuple] = []  # the shapes of the arrows drawn over the boxes (the off-page connectors among them)
    connectors: list[Box] = []  # their tags
    shifts: dict[tuple[float, float], list[tuple[str, str, str]]] = {}  # the brackets moved along, by step
    by_x: TagsByX | None = None  # the tags taken so far, sorted (made when a tagged bracket first asks which are near)

    def tags_taken() -> list[Box]:
        nonlocal taken, over_shapes, connectors
        if taken is None:
            over_shapes = drawn_over() if drawn_over is not None else [a.shape for a in diagram.arrows if a.over]
            # the very shapes of the last picture: their tags too (read off a thousand connectors: 5-10 ms)
            same = len(over_shapes) == len(last_over) and all(map(is_, over_shapes, last_over))
            connectors = last_connectors if same else taken_by_connectors(over_shapes)
            taken = list(connectors)
        return taken

    def tags_by_x() -> TagsByX:
        nonlocal by_x
        if by_x is None:
            by_x = TagsByX(tags_taken())
        return by_x

    def tag_far(far: list[str], anchor: str, lines: list[QPainterPath]) -> list:
        before = tags_taken()
        boxes = [shown[anchor], *(shown[m] for m in far)]
        near, start = tags_by_x().near(boxes), len(before)
        seen: list[Area] = []
        pieces = joining_tags([(m, shown[m]) for m in far], anchor, shown[anchor], index, signs(), lines, before, horizontal, seen, near)
        tagging.append((boxes, near, before[start:], seen, start))
        return pieces

    for target, name, members, relation in groups:
        yield
        visible = [m for m in members if m in shown]
        if visible and target in shown:
            slot, lane = slots.get((target, name)), group_lane(visible, target, shown, lanes)
            level, avoid = levels.get((target, name), (None, ()))
            drawn_from = (tuple(members), tuple(shown[m] for m in visible), shown[target], slot, lane, relation, level, avoid)
            bkey = ("bracket", target, name)
            kept = kept_brackets.get(bkey)
            # the same drawing while the boxes and marks it looked at stay, and its searches (if any) take the same turns
            if kept is not None and kept[0] == drawn_from and bkey not in stale:
                placed, searched, spent = kept[1]
                among = placed.bracket.placed_among if isinstance(placed.bracket, TaggedBracket) else None
                if (not searched or (replays(searched, budget.steps, index.bounds()) and _crowds_stay(searched, index))) and (
                    among is None  # its tags: among the same tags placed before
                    or before_last.same(bkey, tags_taken())
                    or tags_by_x().near(among[0]) == among[1]
                ):
                    brackets[bkey] = kept
                    diagram.brackets.append(placed)
                    budget.steps -= spent
                    if among is not None:
                        tags_at[bkey] = len(tags_taken())
                        tags_taken().extend(among[2])
                    continue
            redraw = partial(linked_reason_shape, target=shown[target], direction=direction, slot=slot, lane=lane, level=level, avoid=avoid)
            footprint = memo.footprints.areas(bkey)
            moved = _moved_along(kept, drawn_from, footprint, {target, *visible}, index, horizontal, redraw)
            tagged = None
            if moved is None and kept is not None and isinstance(kept[1][0].bracket, TaggedBracket):
                ends = {target, *visible}
                tagged = _tagged_along(kept, drawn_from, footprint, ends, index, signs, budget, tags_by_x, horizontal, redraw)
                if tagged is not None:
                    moved = tagged[0], tagged[1]
            if moved is not None:  # its boxes moved as a whole, and no other box is where its check looked: moved along
                placed_bracket, step = moved
                diagram.brackets.append(placed_bracket)
                crowds: list[Step] = []
                if tagged is not None:  # its tags moved along too: after the tags placed before it, before those after
                    crowds = tagged[2]
                    tags_at[bkey] = len(tags_taken())
                    tags_taken().extend(placed_bracket.bracket.placed_among[2])  # type: ignore[attr-defined]
                if remember:
                    brackets[bkey] = (drawn_from, (placed_bracket, crowds, 0))
                    if step != (0.0, 0.0):
                        shifts.setdefault(step, []).append(bkey)
                continue
            looked: list[Area] = []
            trace: list[Step] = []
            before = budget.steps
            tagging.clear()
            bracket, shape, over = honest_bracket(visible, target, shown, index, redraw, horizontal, signs, budget, looked, trace, tag_far)
            placed_bracket = PlacedBracket(target, name, list(members), bracket, shape, relation, redraw, over)
            diagram.brackets.append(placed_bracket)
            if isinstance(bracket, TaggedBracket):  # its tags depend on the tags placed before it too (checked when taken over)
                if len(tagging) != 1:
                    continue  # (not drawn here: not taken over)
                boxes, near, took, tag_looked, tags_at[bkey] = tagging[0]
                bracket.placed_among = (boxes, near, took)
                looked = looked + tag_looked
            if remember:
                brackets[bkey] = (drawn_from, (placed_bracket, trace, before - budget.steps))
                crowded = {step[2][0] for step in trace if step[0] == CROWDED and step[2] is not None}  # checked by their boxes
                footprint = _joined([area for area in looked if area not in crowded] if crowded else looked)
                memo.footprints.put(bkey, footprint)
                if isinstance(bracket, TaggedBracket):
                    bracket.seen = _seen(footprint, {target, *visible}, index, signs())
    for (dx, dy), keys in shifts.items():  # (their footprints moved along: most brackets moved by one of a few steps)
        memo.footprints.shift(keys, dx, dy)
    for bkey in kept_brackets.keys() - brackets.keys():
        memo.footprints.drop(bkey)
    memo.brackets = brackets
    memo.tags = (taken, tags_at, over_shapes, connectors) if taken is not None else ([], {}, [], [])


class TagsByX:
    """The tags placed so far (a list that only grows: ``taken``), those there when first asked sorted by their left
    edge: which of them are near some boxes (:func:`~argmap.drawing.off_page.tags_near`, the same tags in the same
    order) is then told from the few whose left edges lie across those boxes, not from looking through thousands (a big
    map's connectors' tags; 1 ms a look, at each tagged bracket drawn or moved along)."""

    def __init__(self, taken: list[Box]) -> None:
        self.taken = taken
        self.count = len(taken)  # the tags sorted; those added since are looked through
        xs = list(map(itemgetter(0), taken))
        self.order = sorted(range(self.count), key=xs.__getitem__)
        self.xs = list(map(xs.__getitem__, self.order))
        self.widest = max(map(itemgetter(2), taken), default=0.0)

    def near(self, boxes: Sequence[Box]) -> list[Box]:
        taken, xs, order = self.taken, self.xs, self.order
        found: set[int] = set(range(self.count, len(taken)))
        for x, _, w, _ in boxes:  # (a tag meets the area around a box only if its left edge lies across that area)
            lo, hi = bisect_left(xs, x - TAG_REACH - self.widest), bisect_right(xs, x + w + TAG_REACH)
            found.update(order[lo:hi])
        return tags_near([taken[k] for k in sorted(found)], boxes)


class TagsBefore:
    """Whether the tags taken before a tagged bracket are the very ones taken before it in the last picture (then so
    are those near it, and its tags are placed as they were), told from the last picture's tags in the order taken
    and how many came before each tagged bracket: the tags taken now are compared with those once, as they grow."""

    def __init__(self, last: list[Box], at: dict[tuple[str, str, str], int]) -> None:
        self.last, self.at = last, at
        self.agree = 0  # how many of the first tags taken are known to be the last picture's (-1: one is not)

    def same(self, bracket: tuple[str, str, str], now: list[Box]) -> bool:
        """``now``: the tags taken so far (a list that only grows)."""
        n = len(now)
        if self.agree < 0 or self.at.get(bracket) != n or n > len(self.last):
            return False
        if self.agree < n:
            if now[self.agree : n] != self.last[self.agree : n]:
                self.agree = -1  # (tags are only added: every later bracket finds this one too)
                return False
            self.agree = n
        return True


def _crowds_stay(trace: list[Step], index: BoxIndex) -> bool:
    """Every window of ``trace`` that was too crowded to search still is (their areas are no footprint: a window
    across a big map meets some change at nearly every edit, and stays crowded)."""
    return all(still_crowded(trace, step[2][0], index) for step in trace if step[0] == CROWDED and step[2] is not None)


def searched_bracket(memo: PictureMemo, key: Hashable) -> bool:
    """Whether ``key`` is a bracket of the last picture drawn with searched lines (they keep clear of the arrows'
    marks too: its footprint counts where marks moved, not only boxes)."""
    kept = memo.brackets.get(key) if isinstance(key, tuple) and len(key) == 3 else None
    return kept is not None and any(step[0] == SEARCHED for step in kept[1][1])


def any_searched_bracket(memo: PictureMemo) -> bool:
    """Whether some bracket of the last picture was drawn with searched lines (:func:`searched_bracket`)."""
    return any(step[0] == SEARCHED for _, (_, trace, _) in memo.brackets.values() for step in trace)


def bar_levels(
    target: str, groups: dict[str, list[str]], shown: Mapping[str, Box], *, horizontal: bool
) -> dict[tuple[str, str], tuple[int, tuple[float, ...]]]:
    """Each linked reason's bar step where the reasons into ``target`` share premises (narrow reasons
    nearest the premises, so that the stems of wide ones cross few bars on their way out), and
    where the stems of the other reasons' premises run (its arrow leaves the bar beside them)."""
    every = {m for members in groups.values() for m in members if m in shown}

    def span(name: str) -> tuple[float, str]:
        values = [fan_coordinate(shown[m], horizontal=horizontal) for m in groups[name] if m in shown]
        return ((max(values) - min(values)) if values else 0.0, name)

    def others(name: str) -> tuple[float, ...]:
        return tuple(fan_coordinate(shown[m], horizontal=horizontal) for m in sorted(every - set(groups[name])))

    return {(target, name): (k, others(name)) for k, name in enumerate(sorted(groups, key=span))}


def _moved_along(
    kept: tuple | None,
    drawn_from: tuple,
    looked: list[Area] | None,
    ends: set[str],
    index: BoxIndex,
    horizontal: bool,
    redraw: Callable[[list[Box]], tuple[QPainterPath, tuple]],
) -> tuple[PlacedBracket, tuple[float, float]] | None:
    """The last picture's bracket moved along with its boxes, and the step they moved by, when that is the
    drawing :func:`honest_bracket` would make: it was drawn plainly (no searched lines, no tags, not over the boxes),
    its boxes all moved by one step (:func:`_moved_step`), and no box but its own reaches into the areas its check
    looked at, moved by that step (its line is the old one moved: it can pass under no box outside them). A widening
    edit moves trees across as a whole, and their brackets with them: checked so, not drawn and checked again."""
    if kept is None or looked is None:
        return None
    placed, trace, _ = kept[1]
    if trace or placed.over or isinstance(placed.bracket, TaggedBracket):
        return None
    step = _moved_step(kept[0], drawn_from, horizontal)
    if step is None:
        return None
    dx, dy = step
    near = index.near
    if looked and near(*_around(looked, dx, dy), ends):  # (mostly no other box near the whole bracket: one look-up)
        for x0, y0, x1, y1 in looked:
            if near(x0 + dx, y0 + dy, x1 + dx, y1 + dy, ends):
                return None
    if not dx and not dy:
        return placed, step
    offset = QPointF(dx, dy)
    shape = moved_shape(placed.shape, dx, dy, offset)
    moved = PlacedBracket(placed.target, placed.name, placed.members, placed.bracket.translated(offset), shape, placed.relation, redraw)
    return moved, step


def _tagged_along(
    kept: tuple,
    drawn_from: tuple,
    looked: list[Area] | None,
    ends: set[str],
    index: BoxIndex,
    signs: Callable[[], BoxIndex],
    budget: Budget,
    taken: Callable[[], TagsByX],
    horizontal: bool,
    redraw: Callable[[list[Box]], tuple[QPainterPath, tuple]],
) -> tuple[PlacedBracket, tuple[float, float], list[Step]] | None:
    """The last picture's tagged bracket (far co-premises) moved along with its boxes, the step, and its searches'
    trace, when that is the drawing :func:`honest_bracket` would make: its boxes all moved by one step
    (:func:`_moved_step`), each far co-premise's search ended at once, its first window too crowded, and that window,
    moved, is still (:func:`~argmap.drawing.crowd.again`), the boxes and marks where its checks looked are the very ones
    it met, each moved by the step, and so are the tags placed before it near its boxes. Its checks then meet what they
    met, where they met it (its bracket crosses the boxes it crossed, its tags take the places they took): a widening
    edit moves far co-premises' trees across alike, and these brackets were drawn again (searched, tagged: 3 ms each)."""
    placed, trace, spent = kept[1]
    bracket = placed.bracket
    if not isinstance(bracket, TaggedBracket) or looked is None or bracket.placed_among is None or bracket.seen is None:
        return None
    if placed.over or spent or budget.steps <= 0:
        return None
    far, anchor = [m for m, _, _ in bracket.pieces[0::2]], bracket.pieces[1][0] if len(bracket.pieces) > 1 else None
    if anchor is None or len(trace) != len(far) or any(kind != CROWDED or more is None for kind, _, more in trace):
        return None
    step = _moved_step(kept[0], drawn_from, horizontal)
    if step is None:
        return None
    dx, dy = step
    box_of = dict(zip(drawn_from[0], drawn_from[1], strict=True))
    crowds: list[Step] = []
    for (_, _, crowd), m in zip(trace, far, strict=True):  # (the search of each far one, in order, as honest_bracket's)
        source, target = box_of[m], box_of[anchor]
        x0, y0 = min(source[0], target[0]), min(source[1], target[1])
        x1, y1 = max(source[0] + source[2], target[0] + target[2]), max(source[1] + source[3], target[1] + target[3])
        told = again(crowd, index, *first_window(x0, y0, x1, y1, index.cell))
        if told is None:
            return None
        crowds.append((CROWDED, 0, told))
    boxes_met, marks_met = bracket.seen
    seen = _seen(looked, ends, index, signs(), dx, dy)
    if not (_alike(boxes_met, seen[0], dx, dy) and _alike(marks_met, seen[1], dx, dy)):
        return None
    _, near, took = bracket.placed_among
    boxes = [box_of[anchor], *(box_of[m] for m in far)]
    near_now = taken().near(boxes)
    if len(near_now) != len(near) or not all(map(partial(_by, dx=dx, dy=dy), near, near_now)):
        return None
    base, (line, head, symbol, bounds) = redraw([box_of[m] for m in bracket.cluster])
    pieces = [(m, tag._replace(x=tag.x + dx, y=tag.y + dy), ((ax + dx, ay + dy), (bx + dx, by + dy)))
              for m, tag, ((ax, ay), (bx, by)) in bracket.pieces]
    path = TaggedBracket(QPainterPath(base), pieces, bracket.cluster)
    path.placed_among = (boxes, near_now, [(x + dx, y + dy, w, h) for x, y, w, h in took])
    path.seen = seen
    shape = (line, head, symbol, bounds.united(path.boundingRect().adjusted(-3, -3, 3, 3)))
    return PlacedBracket(placed.target, placed.name, placed.members, path, shape, placed.relation, redraw, False), step, crowds


def _seen(looked: list[Area], ends: set[str], index: BoxIndex, marks: BoxIndex, dx: float = 0.0, dy: float = 0.0) -> tuple[dict, dict]:
    """The boxes (but ``ends``) and the marks reaching into ``looked`` moved by (dx, dy), by key: where they are."""
    boxes: dict = {}
    found: dict = {}
    near, within, filed, signed = index.near, marks.within, index.boxes, marks.boxes
    for x0, y0, x1, y1 in looked:
        x0, y0, x1, y1 = x0 + dx, y0 + dy, x1 + dx, y1 + dy
        for key in near(x0, y0, x1, y1, ends):
            if key not in boxes:
                boxes[key] = filed[key]
        for key in within(x0, y0, x1, y1):
            if key not in found:
                found[key] = signed[key]
    return boxes, found


def _alike(was: dict, now: dict, dx: float, dy: float) -> bool:
    """Whether ``now`` holds the very keys of ``was``, each where it was moved by (dx, dy)."""
    return was.keys() == now.keys() and all(_by(box, now[key], dx, dy) for key, box in was.items())


def _by(before: Box, now: Box, dx: float, dy: float) -> bool:
    return (
        before[2] == now[2] and before[3] == now[3] and abs(now[0] - before[0] - dx) <= _SLACK and abs(now[1] - before[1] - dy) <= _SLACK
    )


def _around(areas: list[Area], dx: float, dy: float) -> Area:
    """The area around all of ``areas``, moved by (dx, dy): no box reaches into any of them when none reaches into it."""
    x0s, y0s, x1s, y1s = zip(*areas, strict=True)
    return (min(x0s) + dx, min(y0s) + dy, max(x1s) + dx, max(y1s) + dy)


def _joined(areas: list[Area]) -> list[Area]:
    """``areas`` with each run of pieces of one straight level or upright line (a long bar or stem is looked up a cell's
    length at a time) as one area: the same places, in a few areas to look at again (and to file)."""
    out: list[Area] = []
    for area in areas:
        if out:
            a0, b0, a1, b1 = out[-1]
            x0, y0, x1, y1 = area
            if b0 == y0 and b1 == y1 and (a1 == x0 or x1 == a0):  # level, end to end
                out[-1] = (min(a0, x0), b0, max(a1, x1), b1)
                continue
            if a0 == x0 and a1 == x1 and (b1 == y0 or y1 == b0):  # upright, end to end
                out[-1] = (a0, min(b0, y0), a1, max(b1, y1))
                continue
        out.append(area)
    return out


def _moved_step(was: tuple, now: tuple, horizontal: bool) -> tuple[float, float] | None:
    """The step a bracket's boxes all moved by, when ``now`` (what it is drawn from) is ``was`` moved by it: the same
    members, all shown, of the same sizes, the same slot, level and relation, no lane, the other stems moved along."""
    members, boxes, target, slot, lane, relation, level, avoid = now
    members0, boxes0, target0, slot0, lane0, relation0, level0, avoid0 = was
    if (
        members != members0 or slot != slot0 or lane is not None or lane0 is not None or relation != relation0
        or level != level0 or len(boxes) != len(members) or len(boxes0) != len(members) or len(avoid) != len(avoid0)
    ):
        return None
    dx, dy = target[0] - target0[0], target[1] - target0[1]
    if target[2:] != target0[2:]:
        return None
    for (x, y, w, h), (x0, y0, w0, h0) in zip(boxes, boxes0, strict=True):
        if w != w0 or h != h0 or abs(x - x0 - dx) > _SLACK or abs(y - y0 - dy) > _SLACK:
            return None
    d = dx if horizontal else dy
    if any(abs(a - a0 - d) > _SLACK for a, a0 in zip(avoid, avoid0, strict=True)):
        return None
    return dx, dy


#: How far apart two numbers may be and count as the same place (the parts moved along differ in the last bits).
_SLACK = 1e-6
