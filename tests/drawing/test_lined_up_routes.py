"""An edit whose misleading arrows are the last picture's, in the same places, goes over only the routes that may come
out otherwise (``honest.route_steps`` with ``honest.lined_up``): those whose entry is not the very same, those a change
concerns (``Routes.near``) and those whose search took steps or found a way (``Routes.busy``); every other one is a
crowded window's route copied whole from the last picture, while steps are left. The routes' memory and watch are
brought up to date at those places alone (``Routes.remember_steps`` and ``Watched.update_steps`` with ``touched``).
These tests compare what is kept with what is made from nothing: the routes and the picture, the memory and the watch."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing import honest
from argmap.drawing.detour import CROWDED, OUT_OF_STEPS, SEARCHED, Budget
from argmap.drawing.obstacles import BoxIndex
from argmap.model import ArgumentMap, Relation
from tests.drawing.test_frames import forest_map, small_frames, widen  # noqa: F401  (small_frames: a fixture)
from tests.drawing.test_kept_tags import assert_fresh, edited_as_from_nothing, far_links


@pytest.fixture
def memory_checked(monkeypatch) -> list[bool]:
    """After each picture's routes are remembered, the memory brought up to date at the places touched is the one
    remembered from nothing: the area around each route's windows, the busy places, and the watch (each route's watched
    areas, the places told by a spot with that spot and crowd, the places with nothing watched). Collects whether each
    was brought up to date in part."""
    from argmap.drawing import kept_routes

    real = kept_routes.Routes.remember_steps
    told: list[bool] = []

    def remember_steps(self, wanted, replaced, before, after, looked, settled, ways, spent, traces, arrows=None, touched=None):
        yield from real(self, wanted, replaced, before, after, looked, settled, ways, spent, traces, arrows, touched)
        told.append(touched is not None)
        assert self.around == [kept_routes._around(here) for here in looked]
        assert self.busy == [k for k, (t, w, s) in enumerate(zip(traces, ways, spent, strict=True)) if not kept_routes._plain(t, w, s)]
        assert_watch_as_from_nothing(self)

    real_taken_over = kept_routes.Routes.taken_over

    def taken_over(self):  # (the routes taken over whole: the watches of the routes a check recounted told again)
        real_taken_over(self)
        if not self.watched.retell:
            assert_watch_as_from_nothing(self)

    monkeypatch.setattr(kept_routes.Routes, "remember_steps", remember_steps)
    monkeypatch.setattr(kept_routes.Routes, "taken_over", taken_over)
    return told


def assert_watch_as_from_nothing(routes) -> None:
    """The routes' watch is the one told from nothing of their lists as they are now: each route's watched areas, the places
    told by a spot with that spot and crowd, the places with nothing watched; no place is left to be told again."""
    from argmap.drawing.watched_routes import Watched

    fresh, watched = Watched(), routes.watched
    fresh.update(routes.wanted, routes.looked_by, routes.traces, routes.spots)
    if fresh.at is None:
        assert watched.at is None
        return
    filed = {key: list(areas) for key, areas in fresh.grid.areas.items()}
    assert {key: list(areas) for key, areas in watched.grid.areas.items()} == filed
    assert watched.grid.wide == fresh.grid.wide and watched.grid.filed_in == fresh.grid.filed_in
    assert watched.spotted == fresh.spotted and watched.place == fresh.place
    assert [w is None for w in watched.at] == [w is None for w in fresh.at]
    for k in fresh.spotted:
        assert watched.at[k].seen is fresh.at[k].seen and watched.at[k].crowd is fresh.at[k].crowd
    assert not watched.suspects


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), crowded=st.sampled_from([1, 3]))
def test_after_edits_the_routes_kept_whole_and_the_memory_brought_up_to_date_are_those_made_from_nothing(
    qapp, monkeypatch, memory_checked, data, direction, crowded
):
    """Far cross-links too crowded to search (``MAX_BOXES`` made small: their windows span trees, as at 50,000
    statements); widening edits move groups of boxes beside boxes that stay, and links come and go."""
    from argmap.drawing import detour

    monkeypatch.setattr(detour, "MAX_BOXES", crowded)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)

    def edit(serial: int) -> None:
        if data.draw(st.booleans()):
            far_links(data.draw, amap)
        else:
            widen(data.draw, amap, serial)

    edited_as_from_nothing(data, amap, direction, edit)


@pytest.mark.usefixtures("small_frames")
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_with_the_trees_framed_and_their_crowds_filed_again_when_idle_the_memory_is_the_one_remembered_from_nothing(
    qapp, monkeypatch, memory_checked, data, direction
):
    """Between edits the idle editor frames the trees and files the crowded windows' witnesses again where they are now
    (drawing/frames.py: their traces' steps replaced): the next edit's watch compares every crowd again (fails if the
    routes left alone kept watches of crowds no longer theirs)."""
    from argmap.drawing import detour
    from argmap.gui.canvas import MapScene

    monkeypatch.setattr(detour, "MAX_BOXES", 1)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 6))):
            for _ in range(data.draw(st.integers(0, 12))):  # the editor idle: trees framed, crowds filed again
                scene._ready_some()
            widen(data.draw, amap, serial)
            scene.relayout()
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


def _crowded_forest() -> ArgumentMap:
    amap = ArgumentMap()
    for t in range(8):
        amap.add("claim", f"Main claim {t}.", id=f"c{t}")
        for i in range(4):
            amap.add("support", f"Reason {t}.{i}, of some length to wrap.", id=f"r{t}_{i}", parent=f"c{t}")
    for t in range(4):  # across trees: crowded windows (off-page connectors)
        amap.connect(f"r{t}_0", f"r{7 - t}_3", Relation.ATTACK)
    return amap


def test_an_edit_beside_a_group_that_moves_keeps_the_other_routes_whole_and_the_picture_is_made_from_nothing(
    qapp, monkeypatch, memory_checked
):
    """A reason added to one tree moves the trees beside it as a group; the crowded routes whose arrows stay are copied
    whole (brought up to date in part), and every picture is the one made from nothing."""
    from argmap.drawing import detour
    from argmap.gui.canvas import MapScene

    monkeypatch.setattr(detour, "MAX_BOXES", 2)
    amap = _crowded_forest()
    scene = MapScene(amap, decorations=False)
    gone_over: list[int] = []
    real = honest.lined_up

    def lined_up(arrows, routes):
        lined = real(arrows, routes)
        gone_over.append(-1 if lined is None else len(arrows) - len(lined))
        return lined

    monkeypatch.setattr(honest, "lined_up", lined_up)
    try:
        for serial, (what, where) in enumerate([("text", "r5_1"), ("add", "r3_2"), ("text", "c0"), ("add", "r6_0")]):
            if what == "text":
                amap.update(where, text=f"A reason grown longer, so that it wraps onto more lines ({serial}).")
            else:
                amap.add("support", f"Added {serial}.", id=f"e{serial}", parent=where)
            scene.relayout()
            assert_fresh(scene, amap, "TB")
        assert any(n > 0 for n in gone_over)  # (some routes taken over whole, not gone over one by one)
        assert any(memory_checked)
    finally:
        scene.detach()


@pytest.mark.usefixtures("small_frames")
def test_crowds_filed_again_when_idle_are_watched_as_they_are_at_the_next_edit(qapp, monkeypatch, memory_checked):
    """The idle editor frames the trees and files the crowded windows' witnesses again (their traces' steps replaced);
    an edit in the last tree leaves the other routes alone: their watches are of the crowds as they are now (fails if
    the routes left alone kept watches of crowds no longer theirs), and the picture is the one made from nothing."""
    from argmap.drawing import crowd, detour
    from argmap.gui.canvas import MapScene
    from tests.drawing.test_frames import ready_by_hand

    monkeypatch.setattr(detour, "MAX_BOXES", 2)
    refiled: list = []
    real = crowd.refiled
    monkeypatch.setattr(crowd, "refiled", lambda *a: refiled.append(real(*a)) or refiled[-1])
    amap = _crowded_forest()
    scene = MapScene(amap, decorations=False)
    try:
        for serial, where in enumerate(["r7_2", "c7", "r7_1"]):
            ready_by_hand(scene)
            amap.update(where, text=f"A reason grown longer, so that it wraps onto more lines ({serial}).")
            scene.relayout()
            assert_fresh(scene, amap, "TB")
        assert any(again is not None for again in refiled)  # (some crowd filed again when idle)
        assert any(memory_checked)
    finally:
        scene.detach()


def test_a_crowded_route_after_a_search_that_spent_the_last_steps_is_out_of_steps_as_from_nothing(monkeypatch):
    """A search before a crowded window's route takes more steps now (a box put in its way): no steps are left for the
    crowded one, whose entry and window are unchanged. It is not copied from the last picture (crowded), but out of
    steps, as routed from nothing (fails without the steps left asked before a run is copied)."""
    def no_tags(arrows, settled, *a, **k):  # (the off-page tags: not here)
        return settled
        yield

    monkeypatch.setattr(honest, "connector_steps", no_tags)
    boxes = {f"b{i}-{j}": (150.0 + 160 * i, 5100.0 + 90 * j, 120.0, 50.0) for i in range(18) for j in range(12)}
    boxes |= {"s": (0.0, 5000.0, 100.0, 40.0), "t": (3000.0, 6200.0, 100.0, 40.0)}  # (too many boxes between: crowded)
    boxes |= {"a": (0.0, 0.0, 100.0, 40.0), "z": (400.0, 300.0, 100.0, 40.0)}
    boxes |= {f"o{n}": (150.0 + 60 * n, 100.0 + 50 * n, 40.0, 30.0) for n in range(4)}  # (a few: searched)
    arrows = [(boxes["a"], boxes["z"], ("a", "z"), ("A",), True), (boxes["s"], boxes["t"], ("s", "t"), ("B",), True)]

    def routed(boxes, routes, changed=None):
        honest.route_misleading(arrows, BoxIndex(boxes), True, Budget(30), lambda: BoxIndex({}), routes, changed)
        return [[step[0] for step in trace] for trace in routes.traces]

    routes = honest.Routes()
    assert routed(boxes, routes) == [[SEARCHED], [CROWDED]]
    wall = (120.0, 40.0, 20.0, 300.0)
    walled = boxes | {"w": wall}
    kept = routed(walled, routes, [(wall[0], wall[1], wall[0] + wall[2], wall[1] + wall[3])])
    assert kept == routed(walled, honest.Routes())
    assert kept[1] == [OUT_OF_STEPS]


def test_a_crowded_route_whose_arrow_moved_is_told_again_where_it_is_though_no_change_is_told_near_it(monkeypatch):
    """The arrows are the last picture's in the same places, but one's boxes moved (its entry is another): its window is
    looked at where it is now, as from nothing, whatever the changes told (fails if only the routes a change concerns
    were gone over)."""
    def no_tags(arrows, settled, *a, **k):  # (the off-page tags: not here)
        return settled
        yield

    monkeypatch.setattr(honest, "connector_steps", no_tags)

    def crowded(dx: float) -> dict:
        boxes = {f"b{i}-{j}": (150.0 + 160 * i + dx, 100.0 + 90 * j, 120.0, 50.0) for i in range(18) for j in range(12)}
        return boxes | {"s": (dx, 0.0, 100.0, 40.0), "t": (3000.0 + dx, 1200.0, 100.0, 40.0)}

    def routed(boxes, routes, changed=None):
        arrows = [(boxes["s"], boxes["t"], ("s", "t"), ("B",), True)]
        honest.route_misleading(arrows, BoxIndex(boxes), True, Budget(1000), lambda: BoxIndex({}), routes, changed)
        return [[step[0] for step in trace] for trace in routes.traces], routes.looked_by

    routes = honest.Routes()
    assert routed(crowded(0.0), routes)[0] == [[CROWDED]]
    moved = crowded(4096.0)
    kept = routed(moved, routes, [(-9000.0, -9000.0, -8990.0, -8990.0)])
    assert kept == routed(moved, honest.Routes())


@pytest.mark.usefixtures("small_frames")
def test_crowds_filed_again_when_idle_keep_their_spots_and_watches_and_the_next_edits_ask_only_what_they_concern(
    qapp, monkeypatch, memory_checked
):
    """The idle readying files the crowded windows' witnesses again where they are now (the same boxes): each route's spot
    (where they lay when last counted) and watch are kept in step, so the first edit after it does not ask every route again,
    nor the next one those the first recounted (routes taken over whole: their watches told again). Fails if a watch kept is
    not the one told from nothing (checked after the readying and after every edit), or if the edits' pictures are not."""
    from argmap.drawing import detour, kept_routes
    from argmap.gui.canvas import MapScene
    from tests.drawing.test_frames import ready_by_hand

    monkeypatch.setattr(detour, "MAX_BOXES", 2)
    kept: list[bool] = []
    real_refiled = kept_routes.Routes.refiled
    monkeypatch.setattr(kept_routes.Routes, "refiled", lambda self, *a: kept.append(real_refiled(self, *a)) or kept[-1])
    asked: list[tuple[int, int]] = []
    real_near = kept_routes.Routes.near

    def near(self, changed):
        found = real_near(self, changed)
        asked.append((len(found), len(self.traces)))
        return found

    monkeypatch.setattr(kept_routes.Routes, "near", near)
    amap = _crowded_forest()
    scene = MapScene(amap, decorations=False)
    try:
        for serial, where in enumerate(["r7_2", "c7", "r6_1", "r7_1"]):
            ready_by_hand(scene)
            routes = scene.diagram().memo.routes
            assert not routes.watched.retell
            assert_watch_as_from_nothing(routes)
            amap.update(where, text=f"A reason grown longer, so that it wraps onto more lines ({serial}).")
            scene.relayout()
            assert_fresh(scene, amap, "TB")
        assert kept and all(kept)  # (crowds filed again when idle, each kept in step)
        assert asked and all(n < total for n, total in asked)  # (no edit asked every route)
    finally:
        scene.detach()
