"""A route's window too crowded to search is told so by the boxes that crowded it last time, when they still do
(drawing/crowd.py, through ``route_around``'s ``crowd``): the answer is always the one the index gives; the index is
asked only when they do not tell. Kept as filed (by frame, in the frame's coordinates), they are read where they are
now: moved with their frame, moved inside it, gone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing import detour
from argmap.drawing.crowd import again, still
from argmap.drawing.detour import CROWDED, MAX_BOXES, SOURCE_STUB, _window, crowd_of, route_around
from argmap.drawing.framed_index import Frame, FramedIndex
from argmap.drawing.obstacles import BoxIndex

SOURCE = (0.0, 0.0, 100.0, 40.0)
TARGET = (3000.0, 1200.0, 100.0, 40.0)


def _crowded(dx: float) -> dict[str, tuple[float, float, float, float]]:
    """Many boxes between the two ends (far more than a window may hold to be searched), moved across by ``dx``."""
    boxes = {f"b{i}-{j}": (150.0 + 160 * i + dx, 100.0 + 90 * j, 120.0, 50.0) for i in range(18) for j in range(12)}
    boxes["s"], boxes["t"] = (SOURCE[0] + dx, *SOURCE[1:]), (TARGET[0] + dx, *TARGET[1:])
    return boxes


class Asked(BoxIndex):
    """A box index that counts the questions asked of it."""

    asked = 0

    def within(self, *args, **kwargs):
        self.asked += 1
        return super().within(*args, **kwargs)


class AskedFramed(FramedIndex):
    """A framed index that counts the questions asked of it."""

    asked = 0

    def within(self, *args, **kwargs):
        self.asked += 1
        return super().within(*args, **kwargs)


def told_crowded(monkeypatch) -> list[list]:
    """Each search the routes of honest.py start from now on, as [source box, target box, told]: ``told`` when its first
    window was told too crowded by the boxes that made it so last time (the index was not asked)."""
    from argmap.drawing import honest

    calls: list[list] = []
    real_again, real_route, real_told = detour.again, honest.route_around, honest.told_again

    def again_(*args, **kwargs):
        told = real_again(*args, **kwargs)
        if calls:
            calls[-1][2] = told is not None
        return told

    def route(source, target, *args, **kwargs):
        calls.append([source, target, False])
        return real_route(source, target, *args, **kwargs)

    def told_again(source, target, *args, **kwargs):  # (the routes ask it first of an arrow whose window was crowded)
        told = real_told(source, target, *args, **kwargs)
        if told is not None:  # (else the search below is made)
            calls.append([source, target, True])
        return told

    monkeypatch.setattr(detour, "again", again_)
    monkeypatch.setattr(honest, "route_around", route)
    monkeypatch.setattr(honest, "told_again", told_again)
    return calls


def _route(index, crowd=None):
    trace: list = []
    probe: list = []
    route = route_around(index.boxes["s"], index.boxes["t"], index, {"s", "t"}, trace=trace, probe=probe, crowd=crowd)
    return route, trace, probe


@pytest.mark.parametrize("dx", [0.0, 37.5, 1000.0])
def test_the_boxes_that_crowded_a_window_still_crowd_it_after_moving_along(dx):
    route, trace, _ = _route(Asked(_crowded(0.0)))
    assert route is None and trace[-1][0] == CROWDED
    crowd = crowd_of(trace)
    assert crowd is not None and sum(len(g.keys) for g in crowd.groups) > MAX_BOXES + 2
    plain_route, plain_trace, plain_probe = _route(Asked(_crowded(dx)))
    moved = Asked(_crowded(dx))
    route, trace, probe = _route(moved, crowd)
    assert moved.asked == 0, "too crowded, told by the boxes that were"
    assert route is plain_route is None and probe == plain_probe and trace[0][2][:3] == plain_trace[0][2][:3]


def test_boxes_that_left_the_window_do_not_tell_the_index_is_asked():
    _, trace, _ = _route(Asked(_crowded(0.0)))
    crowd = crowd_of(trace)
    boxes = _crowded(0.0)
    for key in [k for g in crowd.groups for k in g.keys if k not in ("s", "t")]:  # the crowd moved far away
        x, y, w, h = boxes[key]
        boxes[key] = (x + 50_000, y, w, h)
    plain, plain_trace, _ = _route(Asked(boxes))
    index = Asked(boxes)
    route, trace, _ = _route(index, crowd)
    assert index.asked >= 1 and route == plain and [step[0] for step in trace] == [step[0] for step in plain_trace]


def _framed(boxes, frames: dict[str, Frame]) -> AskedFramed:
    """``boxes`` in a framed index: each key filed in ``frames[key]``'s frame (others plain)."""
    index = AskedFramed(BoxIndex(boxes), frames.get)
    by_frame: dict[Frame, list[str]] = {}
    for key, frame in frames.items():
        by_frame.setdefault(frame, []).append(key)
    for frame, keys in by_frame.items():
        index.adopt(frame, keys)
    return index


def _columns(boxes) -> dict[str, Frame]:
    """The boxes of each column of three filed in a frame of their own (a tree each), the arrow's ends in none."""
    frames: dict[int, Frame] = {}
    of = {}
    for key in boxes:
        if key.startswith("b"):
            i = int(key[1:].split("-")[0])
            of[key] = frames.setdefault(i // 3, Frame(key))
    return of


@pytest.mark.parametrize("dx", [37.5, 240.0, -2.25, 1000.0])
def test_a_framed_crowd_is_told_through_its_frames_when_they_moved_along(dx):
    """The witnesses kept by frame, in the frame's coordinates: a frame moved (its offset) moves them all at once."""
    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    route, trace, _ = _route(index)
    assert route is None and trace[0][0] == CROWDED
    crowd = crowd_of(trace)
    assert len([g for g in crowd.groups if g.frame is not None]) >= 2
    for frame in set(of.values()):
        frame.dx += dx
        index.shift_frame(frame)
    for end in ("s", "t"):
        x, y, w, h = index.boxes[end]
        index.move(end, (x + dx, y, w, h))
    index.asked = 0
    route, trace, probe = _route(index, crowd)
    assert index.asked == 0 and route is None
    plain_route, plain_trace, plain_probe = _route(BoxIndex({k: index.boxes[k] for k in index.boxes}))
    assert plain_route is None and plain_probe == probe and plain_trace[0][2][:3] == trace[0][2][:3]


def _move_framed_witnesses_far_below(crowd, index) -> None:
    """The witnesses ``crowd`` keeps in frames moved far below, each in its frame still (the frame's offset stays)."""
    for group in crowd.groups:
        if group.frame is not None:
            for key in group.keys:
                x, y, w, h = index.boxes[key]
                index.move(key, (x, y + 40_000, w, h))


def test_witnesses_moved_inside_their_frame_are_read_where_they_are_now():
    """A frame whose offset stayed but whose boxes moved inside it (a tree part laid out again) does not hold its
    witnesses as they were: they are read one by one, and those gone from the window do not count."""
    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    _move_framed_witnesses_far_below(crowd, index)
    assert not still(crowd, index)
    index.asked = 0
    route, trace, _ = _route(index, crowd)
    assert index.asked >= 1
    plain_route, plain_trace, _ = _route(BoxIndex({k: index.boxes[k] for k in index.boxes}))
    assert route == plain_route and [s[0] for s in trace] == [s[0] for s in plain_trace]


def _truth(index, window) -> bool:
    """The index's own answer: the window too crowded to search (as route_around asks it)."""
    limit = MAX_BOXES + 2
    found = index.within(*window, limit=limit) - {"s", "t"}
    return len(found) > MAX_BOXES


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    data=st.data(),
    shift=st.floats(-600, 600).map(lambda v: round(v * 4) / 4),
    moves=st.lists(st.tuples(st.integers(0, 215), st.floats(-900, 900), st.floats(-300, 300)), max_size=60),
    framed=st.booleans(),
)
def test_a_crowd_told_again_is_always_the_index_answer(data, shift, moves, framed):
    """Whatever moved (frames by an offset, boxes inside or out of their frames, boxes gone, the arrow's ends), a window
    told crowded by the boxes that crowded it last is one the index finds too crowded: never a stale verdict."""
    boxes = _crowded(0.0)
    of = _columns(boxes) if framed else {}
    index = _framed(boxes, of) if framed else BoxIndex(boxes)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    assert crowd is not None
    if framed:
        for frame in sorted(set(of.values()), key=lambda f: f.root):
            if data.draw(st.booleans()):
                frame.dx += shift
                index.shift_frame(frame)
    keys = sorted(boxes)
    for n, mx, my in moves:
        key = keys[n % len(keys)]
        if key in ("s", "t"):
            continue
        if data.draw(st.booleans()) and key in index.boxes:
            x, y, w, h = index.boxes[key]
            index.move(key, (x + mx, y + my, w, h))
        elif key in index.boxes and data.draw(st.booleans()):
            index.remove(key)
    ends_dx = data.draw(st.sampled_from([0.0, shift]))
    for end in ("s", "t"):
        x, y, w, h = index.boxes[end]
        index.move(end, (x + ends_dx, y, w, h))
    assert not still(crowd, index) or _truth(index, crowd.window)
    s, t = index.boxes["s"], index.boxes["t"]
    x0, y0, x1, y1 = min(s[0], t[0]), min(s[1], t[1]), max(s[0] + s[2], t[0] + t[2]), max(s[1] + s[3], t[1] + t[3])
    window, area = _window(x0, y0, x1, y1, 4 * SOURCE_STUB, index.cell)
    told = again(crowd, index, window, area)
    assert told is None or _truth(index, window)
    if told is not None:
        assert still(told, index)


def _witness_count(crowd, index, buckets, window) -> int:
    """How many of the crowd's witnesses count for the window, each read where the index has it now."""
    from argmap.drawing.obstacles import _overlaps

    cell, count = index.cell, 0
    for key in [k for g in crowd.groups for k in g.keys]:
        box = index.boxes.get(key)
        if box is None:
            continue
        if buckets is None:
            count += _overlaps(box, *window)
        else:
            x, y, w, h = box
            bx0, by0, bx1, by1 = buckets
            count += int(x // cell) <= bx1 and int((x + w) // cell) >= bx0 and int(y // cell) <= by1 and int((y + h) // cell) >= by0
    return count


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    data=st.data(),
    window=st.tuples(*[st.integers(-4000, 16000).map(lambda v: v / 4)] * 2, *[st.integers(400, 16000).map(lambda v: v / 4)] * 2),
    counted=st.booleans(),
    framed=st.booleans(),
)
def test_witnesses_count_for_any_window_as_the_index_files_them(data, window, counted, framed):
    """The count the crowd works out (by frames' hulls where they tell, box by box elsewhere) is the count of its
    witnesses the index has in the window's buckets (or reaching into it), wherever their frames and they went."""
    from argmap.drawing.crowd import _counting, bucket_range

    boxes = _crowded(0.0)
    of = _columns(boxes) if framed else {}
    index = _framed(boxes, of) if framed else BoxIndex(boxes)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    for frame in sorted(set(of.values()), key=lambda f: f.root):
        frame.dx += data.draw(st.integers(-2400, 2400)) / 4
        frame.dy += data.draw(st.sampled_from([0.0, -60.25, 300.0]))
        index.shift_frame(frame)
    for key in data.draw(st.lists(st.sampled_from(sorted(boxes)), max_size=20)):
        if key in index.boxes:
            x, y, w, h = index.boxes[key]
            if data.draw(st.booleans()):
                index.move(key, (x + data.draw(st.integers(-800, 800)) / 4, y, w, h))
            else:
                index.remove(key)
    x0, y0, w, h = window
    area = (x0, y0, x0 + w, y0 + h)
    buckets = bucket_range(area, index.cell) if counted else None
    assert _counting(crowd.groups, index, buckets, area, index.cell, 10**9)[0] == _witness_count(crowd, index, buckets, area)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(data=st.data(), delta=st.sampled_from([-2.0, -0.25, 0.0, 0.25, 2.0]), side=st.sampled_from(["left", "right", "top", "bottom"]),
       counted=st.booleans())
def test_witnesses_at_a_window_edge_count_as_the_index_files_them(data, delta, side, counted):
    """A frame moved so that its witnesses' hull ends right at (or a hair either side of) the window's edge or a bucket's:
    the count is the index's, box by box where the hull does not tell."""
    from argmap.drawing.crowd import _counting, bucket_range

    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    group = data.draw(st.sampled_from([g for g in crowd.groups if g.frame is not None]))
    frame, (mx, my, mr, mb) = group.frame, group.hull
    cell = index.cell
    edge = {"left": mr, "right": mx, "top": mb, "bottom": my}[side]
    mark = (edge // cell + 3) * cell  # a bucket's edge: the hull's edge moved there, a hair either side
    step = mark - edge + delta
    if side in ("left", "right"):
        frame.dx += step
    else:
        frame.dy += step
    index.shift_frame(frame)
    far = 1e5
    lo, hi = (mark + (1.0 if counted else 0.0), far) if side in ("left", "top") else (-far, mark - (1.0 if counted else 0.0))
    area = (lo, -far, hi, far) if side in ("left", "right") else (-far, lo, far, hi)
    buckets = bucket_range(area, cell) if counted else None
    alone = crowd._replace(groups=(group,))
    assert _counting((group,), index, buckets, area, cell, 10**9)[0] == _witness_count(alone, index, buckets, area)


def test_witnesses_whose_index_did_not_change_are_told_held_at_once_and_a_move_inside_their_frame_is_seen():
    """Each edit asks ~300 crowded windows whether they still are; most of their witnesses' frames it left alone. An
    index that did not change since it held a group of witnesses as they were holds them so still (not read one by
    one); once a box moved in it, they are read again, and those moved far away do not count."""
    boxes = _crowded(0.0)
    index = _framed(boxes, _columns(boxes))
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    assert any(group.frame is not None for group in crowd.groups)
    assert still(crowd, index)

    class Reads(dict):
        count = 0

        def get(self, *args):
            Reads.count += 1
            return super().get(*args)

    for sub in index.subs.values():
        sub.boxes = Reads(sub.boxes)  # (the same boxes: no change counted)
    assert still(crowd, index) and Reads.count == 0
    _move_framed_witnesses_far_below(crowd, index)
    assert not still(crowd, index)


class _Reads(dict):
    """An index's boxes that count how often they are read (the same boxes: no change counted)."""

    count = 0

    def get(self, *args):
        _Reads.count += 1
        return super().get(*args)


def _count_reads(index) -> None:
    for sub in (index.base, *index.subs.values()):
        sub.boxes = _Reads(sub.boxes)
    _Reads.count = 0


@pytest.mark.parametrize("framed_when_idle", [False, True])
def test_witnesses_just_filed_are_told_held_at_once_and_a_later_move_is_seen(framed_when_idle):
    """Witnesses just read from the index (a search's, or those the idle readying filed anew once the trees were framed)
    are held as the index files them: the next count tells so at once, without reading them one by one (the first
    edits after opening 50,000 statements read 400-800 groups so). A box moved since is seen: they are read again, and
    those moved far away do not count."""
    from argmap.drawing.crowd import refiled

    boxes = _crowded(0.0)
    of = _columns(boxes)
    if framed_when_idle:  # searched before the trees were framed, filed anew by the readying after
        index = AskedFramed(BoxIndex(boxes), {}.get)
        _, trace, _ = _route(index)
        crowd = crowd_of(trace)
        assert all(group.frame is None for group in crowd.groups)
        index.assign = of.get
        for frame in set(of.values()):
            index.adopt(frame, [key for key, there in of.items() if there is frame])
        crowd = refiled(crowd, index)
        assert crowd is not None
    else:
        index = _framed(boxes, of)
        _, trace, _ = _route(index)
        crowd = crowd_of(trace)
    assert any(group.frame is not None for group in crowd.groups)
    _count_reads(index)
    assert still(crowd, index) and _Reads.count == 0
    _move_framed_witnesses_far_below(crowd, index)
    assert not still(crowd, index) and _Reads.count > 0


@pytest.mark.parametrize(("dx", "ends_along"), [(37.5, True), (-240.0, True), (50_000.0, False)])
def test_witnesses_told_held_at_once_are_read_where_their_frame_moved_them(dx, ends_along):
    """Witnesses held at once (their frame's index did not change since) are where the frame's offset puts them now: with
    the frames moved along with the arrow's ends, they crowd its window moved with it; moved far away from ends that
    stayed, they do not crowd its window (the index is asked)."""
    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    assert sum(len(group.keys) for group in crowd.groups if group.frame is None) < crowd.needed
    assert still(crowd, index)  # (held as they were: noted with their frames' indexes, told at once from now on)
    for frame in set(of.values()):  # (every tree between the ends)
        frame.dx += dx
        index.shift_frame(frame)
    if ends_along:
        for end in ("s", "t"):
            x, y, w, h = index.boxes[end]
            index.move(end, (x + dx, y, w, h))
    window, area = _window(*detour._span(index.boxes["s"], index.boxes["t"]), 4 * SOURCE_STUB, index.cell)
    told = again(crowd, index, window, area)
    plain = BoxIndex({key: index.boxes[key] for key in index.boxes})
    crowded = len(plain.within(*window, limit=crowd.needed - 1) - {"s", "t"}) > MAX_BOXES
    assert (told is not None) == crowded == ends_along


def test_witnesses_moved_inside_their_frame_by_a_step_are_filed_again_at_once():
    """The part of a tree beside a widening edit moves inside its frame: its witnesses still crowd the window (the index
    says so too), and the crowd told again, or the route's trace checked again, holds them as filed now (the next edit
    finds them held, not moved: read one by one at every edit before)."""
    from argmap.drawing.crowd import _counting
    from argmap.drawing.detour import still_crowded

    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    _, trace, probe = _route(index)
    crowd = crowd_of(trace)
    framed = [g for g in crowd.groups if g.frame is not None]
    assert framed
    for group in framed:  # moved inside the frame (its offset stays), a little: still in the window
        index.shift(group.keys, 7.5, 3.25)
    cell = index.cell
    count, refiled = _counting(crowd.groups, index, crowd.buckets, crowd.window, cell, 10**9)
    assert count == _witness_count(crowd, index, crowd.buckets, crowd.window) >= crowd.needed
    assert refiled and all(len(again_) == 1 and again_[0].frame is crowd.groups[n].frame for n, again_ in refiled.items())
    assert still_crowded(trace, probe[0], index) and _truth(index, crowd.window)
    kept_crowd = crowd_of(trace)
    assert kept_crowd is not crowd and not _counting(kept_crowd.groups, index, crowd.buckets, crowd.window, cell, 10**9)[1]
    s, t = index.boxes["s"], index.boxes["t"]
    index.move("s", (s[0] + 7.5, s[1] + 3.25, s[2], s[3]))
    index.move("t", (t[0] + 7.5, t[1] + 3.25, t[2], t[3]))
    index.asked = 0
    route, trace, _ = _route(index, crowd)
    assert index.asked == 0 and route is None and _truth(index, trace[0][2].window)
    told = crowd_of(trace)
    assert not _counting(told.groups, index, told.buckets, told.window, cell, 10**9)[1]


@pytest.mark.parametrize("dx", [0.0, 37.5])
def test_witnesses_kept_plain_are_filed_in_the_frame_they_went_to_at_once(dx):
    """The trees are framed when idle after the picture was made: the witnesses kept as plain ones are in frames now.
    A group all of whose boxes went to one frame is filed there in one step (the next edit finds it held); the window
    is told crowded as the index tells it."""
    from argmap.drawing.crowd import _counting

    boxes = _crowded(0.0)
    index = AskedFramed(BoxIndex(boxes), {}.get)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    assert all(g.frame is None for g in crowd.groups)
    tree = Frame("all")
    keys = [k for k in boxes if k.startswith("b")]
    index.assign = {k: tree for k in keys}.get
    index.adopt(tree, keys)
    tree.dx += dx
    index.shift_frame(tree)
    for end in ("s", "t"):
        x, y, w, h = index.boxes[end]
        index.move(end, (x + dx, y, w, h))
    cell = index.cell
    count, refiled = _counting(crowd.groups, index, crowd.buckets, crowd.window, cell, 10**9)
    assert count == _witness_count(crowd, index, crowd.buckets, crowd.window) >= crowd.needed
    assert refiled and all({g.frame for g in now} <= {tree, None} and len(now) <= 2 for now in refiled.values())
    index.asked = 0
    route, trace, _ = _route(index, crowd)
    assert index.asked == 0 and route is None and _truth(index, trace[0][2].window)
    told = crowd_of(trace)
    assert {g.frame for g in told.groups} <= {tree, None}
    assert not _counting(told.groups, index, told.buckets, told.window, cell, 10**9)[1]


@pytest.mark.parametrize("dx", [0.0, 812.5])
def test_the_witnesses_spread_is_where_the_framed_index_has_them(dx):
    """Where a crowd's witnesses lie (``spread``: what the routes compare an edit's changes with) is the area around
    their boxes as the framed index reads them, a unit wider each way, after their frames moved too."""
    from argmap.drawing.crowd import spread

    boxes = _crowded(0.0)
    of = _columns(boxes)
    index = _framed(boxes, of)
    _, trace, _ = _route(index)
    crowd = crowd_of(trace)
    for frame in set(of.values()):
        frame.dx += dx
        index.shift_frame(frame)
    placed = [index.boxes[key] for group in crowd.groups for key in group.keys]
    x0, y0 = min(x for x, _, _, _ in placed), min(y for _, y, _, _ in placed)
    x1, y1 = max(x + w for x, _, w, _ in placed), max(y + h for _, y, _, h in placed)
    assert spread(crowd) == pytest.approx((x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0))
    assert len({group.frame for group in crowd.groups}) >= 2


@pytest.mark.parametrize("steps", [0, 1000])
def test_a_crowded_cross_link_moved_with_its_window_is_told_crowded_only_with_steps_left(monkeypatch, steps):
    """The routes tell a moved far cross-link's window crowded again by its last witnesses (``honest.told_again``) only
    where its search would look at that window: with no steps left the search stops before it, as one from nothing."""
    from argmap.drawing import honest
    from argmap.drawing.detour import OUT_OF_STEPS, Budget

    def no_tags(arrows, settled, *a, **k):  # (the off-page tags: not here)
        return settled
        yield

    monkeypatch.setattr(honest, "connector_steps", no_tags)

    def arrows(boxes):
        return [(boxes["s"], boxes["t"], ("s", "t"), ("usual shape",), True)]

    def routed(boxes, budget, routes):
        index = Asked(boxes)
        honest.route_misleading(arrows(boxes), index, True, budget, lambda: BoxIndex({}), routes, [(0.0, 0.0, 1.0, 1.0)])
        return routes.traces[0], routes.looked_by[0], index.asked

    routes = honest.Routes()
    first, _, _ = routed(_crowded(0.0), Budget(1000), routes)
    assert first[0][0] == CROWDED and crowd_of(first) is not None
    moved = _crowded(37.5)
    trace, looked, asked = routed(moved, Budget(steps), routes)
    fresh, fresh_looked, _ = routed(moved, Budget(steps), honest.Routes())
    if steps:
        assert asked == 0 and trace[0][0] == CROWDED and trace[0][2][:4] == fresh[0][2][:4] and looked == fresh_looked
    else:
        assert trace == fresh == [(OUT_OF_STEPS, 0, None)] and looked == fresh_looked == []
