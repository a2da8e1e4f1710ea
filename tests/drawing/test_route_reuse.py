"""An edit's picture takes over the last picture's routes only where the router would find them again.

Cross-links whose usual shape would pass under a box are routed around the boxes
(:mod:`argmap.drawing.detour`); an edit's picture takes each route over while nothing it
depended on changed (:class:`argmap.drawing.kept_routes.Routes`): the boxes and marks in its
windows, the routes before it that reach its windows, the steps left in the drawing's
budget and the drawing's extent. These tests edit maps with many routes, some cut short by
the budget, and compare every picture with one made from nothing.
"""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, MapError, Relation
from tests.gui.canvas.test_same_picture import exported_picture


def routed_map(trees: int = 3) -> ArgumentMap:
    """Trees of a claim, three reasons and three objections to each, every objection also bearing on a reason
    two places over: cross-links that pass under boxes, so routed around them (three trees spend the small
    map's budget: the last routes get fewer steps or none)."""
    amap = ArgumentMap()
    for t in range(trees):
        amap.add("claim", f"Claim {t}.", id=f"c{t}")
        for i in range(3):
            amap.add("support", f"Reason {t}.{i}.", id=f"r{t}_{i}", parent=f"c{t}")
            for j in range(3):
                amap.add("objection", f"Objection {t}.{i}.{j}, of some length.", id=f"o{t}_{i}_{j}", parent=f"r{t}_{i}")
    for k, leaf in enumerate(i for i in amap.ids() if i.startswith("o")):
        t, i, _ = leaf[1:].split("_")
        with contextlib.suppress(InvalidLink):
            amap.connect(leaf, f"r{t}_{(int(i) + 2) % 3}", Relation.SUPPORT if k % 2 else Relation.ATTACK)
    return amap


def counting_searches(monkeypatch) -> list:
    from argmap.drawing import honest

    searches: list = []
    real = honest.route_around
    monkeypatch.setattr(honest, "route_around", lambda *a, **kw: searches.append(a) or real(*a, **kw))
    return searches


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_routed_map_routes_some_arrows_and_runs_out_of_steps_for_others(qapp, direction):
    from argmap.drawing.detour import OUT_OF_STEPS, SEARCHED
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    routes = build_diagram(routed_map(), Theme.light(), direction=direction, remember=True).memo.routes
    kinds = [[step[0] for step in trace] for trace in routes.traces]
    assert sum(route is not None for route in routes.ways) >= 10
    assert any(OUT_OF_STEPS in steps and SEARCHED in steps for steps in kinds) or any(steps == [OUT_OF_STEPS] for steps in kinds)


def test_a_statement_dropped_in_a_routes_way_routes_it_again(qapp, monkeypatch):
    """The box lands on the middle of a route: that route is searched again and now goes around it too."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = routed_map()
    picture = build_diagram(amap, theme, remember=True)
    routes = picture.memo.routes
    k = next(k for k, way in enumerate(routes.ways) if way is not None and len(way) >= 3)
    (ends, _, _, _) = routes.wanted[k]
    (ax, ay), (bx, by) = routes.ways[k][1], routes.ways[k][2]  # the second leg, away from both ends
    searches = counting_searches(monkeypatch)
    amap.add("objection", "Dropped in the way.", id="x", parent="c2")
    amap.pin("x", (ax + bx) / 2 - 20, (ay + by) / 2 - 10)
    after = build_diagram(amap, theme, previous=picture)
    assert searches
    fresh = build_diagram(amap, theme)
    assert exported_picture(after) == exported_picture(fresh)
    assert exported_picture(after)["arrows"][ends] != exported_picture(picture)["arrows"][ends]


def test_an_edit_away_from_the_routes_searches_none_again(qapp, monkeypatch):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = routed_map()
    amap.add("claim", "A claim far from the others.", id="far")
    amap.pin("far", 9000, 0)
    picture = build_diagram(amap, theme, remember=True)
    searches = counting_searches(monkeypatch)
    amap.update("far", text="A claim far from the others, said at more length so that its box grows.")
    after = build_diagram(amap, theme, previous=picture)
    assert searches == []
    assert exported_picture(after) == exported_picture(build_diagram(amap, theme))


def _edit(draw, amap: ArgumentMap, serial: int) -> None:
    ids = amap.ids()
    pick = lambda: draw(st.sampled_from(ids))  # noqa: E731
    what = draw(st.sampled_from(["text", "add", "remove", "pin", "pin", "relation"]))
    if what == "text":
        amap.update(pick(), text=draw(st.sampled_from(["Short.", "A reason that wraps once or twice, as it is long."])) + f" {serial}")
    elif what == "add":
        amap.add("support", "Added.", id=f"e{serial}", parent=pick())
    elif what == "remove" and len(ids) > 1:
        amap.remove(pick())
    elif what == "pin":
        amap.pin(pick(), draw(st.integers(-100, 1800)), draw(st.integers(-50, 700)))
    elif what == "relation":
        link = draw(st.sampled_from(amap.links()))
        with contextlib.suppress(MapError):  # refused: a linked reason's premises all support or all attack
            amap.update_link(link.source, link.target, relation=Relation.SUPPORT if link.relation == Relation.ATTACK else Relation.ATTACK)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), trees=st.sampled_from([2, 3]))
def test_after_edits_among_routes_the_picture_is_the_one_made_from_nothing(qapp, data, direction, trees):
    """Edits in and beside the routes' windows, some changing a route so that those after it start with other
    steps left or find other legs in their way."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = routed_map(trees)
    picture = build_diagram(amap, theme, direction=direction, remember=True)
    for serial in range(data.draw(st.integers(1, 5))):
        _edit(data.draw, amap, serial)
        picture = build_diagram(amap, theme, direction=direction, previous=picture)
        assert exported_picture(picture) == exported_picture(build_diagram(amap, theme, direction=direction))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data())
def test_after_edits_among_routes_the_canvas_shows_the_picture_made_from_nothing(qapp, data):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = routed_map(3)
    scene = MapScene(amap, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 5))):
            _edit(data.draw, amap, serial)
            scene.relayout()
            assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme, direction=scene.direction))
    finally:
        scene.detach()


def test_a_search_replays_only_with_as_many_steps_as_it_used():
    """A search that found its route in 300 steps finds it again with 300 or more left, not with fewer; one that
    stopped at its limit stops alike only under the same limit; one that had no steps left, only with none."""
    from argmap.drawing.detour import MAX_STEPS, OUT_OF_STEPS, SEARCHED, WHOLE, replays

    window = (0.0, 0.0, 100.0, 100.0)
    found = [(SEARCHED, 300, (False, window))]
    assert replays(found, 300, (0, 0, 50, 50)) and replays(found, 10**6, (0, 0, 50, 50))
    assert not replays(found, 299, (0, 0, 50, 50))
    stopped = [(SEARCHED, 120, (True, window)), (OUT_OF_STEPS, 0, None)]
    assert replays(stopped, 120, (0, 0, 50, 50))
    assert not replays(stopped, 121, (0, 0, 50, 50)) and not replays(stopped, 119, (0, 0, 50, 50))
    capped = [(SEARCHED, MAX_STEPS, (True, window))]
    assert replays(capped, MAX_STEPS + 5000, (0, 0, 50, 50)) and not replays(capped, MAX_STEPS - 1, (0, 0, 50, 50))
    assert replays([(OUT_OF_STEPS, 0, None)], 0, (0, 0, 50, 50)) and not replays([(OUT_OF_STEPS, 0, None)], 1, (0, 0, 50, 50))
    failed = [(SEARCHED, 40, (False, window)), (WHOLE, False, window), (SEARCHED, 60, (False, window))]
    assert replays(failed, 100, (-10, -10, 200, 200))
    assert not replays(failed, 100, (1, 1, 98, 98))  # the window now holds the whole drawing: the search stops there


def grouped_apart_map(trees: int = 2) -> ArgumentMap:
    """The routed map with a linked reason whose co-premises stand apart, other boxes between them: the bracket
    reaches the far one along a searched line (with three trees, the routes may have left it no steps)."""
    amap = routed_map(trees)
    amap.add("support", "First co-premise.", id="g1", parent="c0")
    amap.add("support", "Second co-premise, dragged away.", id="g2", parent="c0")
    amap.group("c0", ["g1", "g2"])
    return amap


def _searched_brackets(picture) -> list:
    return [key for key, (_, (_, trace, _)) in picture.memo.brackets.items() if trace]


def test_a_bracket_joined_by_a_searched_line_is_taken_over_until_its_way_changes(qapp, monkeypatch):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = grouped_apart_map()
    first = build_diagram(amap, theme, remember=True)
    g1 = next(b for b in first.boxes if b.id == "g1")
    amap.pin("g2", g1.x - 1200, g1.y + 150)  # below the reasons and objections to its left
    picture = build_diagram(amap, theme, remember=True)
    assert _searched_brackets(picture), "the far co-premise is joined along a searched line"
    amap.add("claim", "A claim far away.", id="far")
    amap.pin("far", 20000, 0)
    picture = build_diagram(amap, theme, previous=picture)
    searches = counting_searches(monkeypatch)
    amap.update("far", text="A claim far away, now said at more length.")
    picture = build_diagram(amap, theme, previous=picture)
    assert searches == []
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))
    g2 = next(b for b in picture.boxes if b.id == "g2")
    amap.pin("g2", g2.x + 60, g2.y + 30)  # the far co-premise nudged: its line is searched again
    picture = build_diagram(amap, theme, previous=picture)
    assert searches
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))


@settings(max_examples=14, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), x=st.integers(-1500, 200), y=st.integers(100, 400), trees=st.sampled_from([2, 3]))
def test_after_edits_beside_a_searched_bracket_the_picture_is_the_one_made_from_nothing(qapp, data, x, y, trees):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = grouped_apart_map(trees)
    first = build_diagram(amap, theme, remember=True)
    g1 = next(b for b in first.boxes if b.id == "g1")
    amap.pin("g2", g1.x + x, g1.y + y)
    picture = build_diagram(amap, theme, previous=first)
    for serial in range(data.draw(st.integers(1, 4))):
        _edit(data.draw, amap, serial)
        picture = build_diagram(amap, theme, previous=picture)
        assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))


def test_a_window_too_crowded_to_search_is_known_again_when_its_boxes_moved_along():
    """A search that met more boxes than it may search at once meets them again when the arrow's boxes and those
    boxes moved by one step (a tree moved across): the boxes that made it crowded say so without the window being
    looked up (:mod:`argmap.drawing.crowd`), as the index would answer; not when they moved apart."""
    from argmap.drawing.detour import CROWDED, MAX_BOXES, crowd_of, route_around
    from tests.drawing.test_crowded_windows import Asked

    def row(dx: float, spread: float = 1.0) -> dict[str, tuple[float, float, float, float]]:
        boxes = {f"b{i}": (dx + i * 130.0 * spread, 0.0, 120.0, 50.0) for i in range(MAX_BOXES + 10)}
        boxes["s"], boxes["t"] = (dx, 200.0, 120.0, 50.0), (dx + 60 * 130.0, 200.0, 120.0, 50.0)
        return boxes

    def search(index: Asked, crowd=None) -> tuple:
        trace: list = []
        probe: list = []
        route = route_around(index.boxes["s"], index.boxes["t"], index, {"s", "t"}, trace=trace, probe=probe, crowd=crowd)
        return route, probe, trace

    route, _, trace = search(Asked(row(0.0)))
    assert route is None and [kind for kind, _, _ in trace] == [CROWDED]
    for dx in (37.5, 1000.0, -2.25):
        moved = Asked(row(dx))
        again_route, again_probe, again_trace = search(moved, crowd_of(trace))
        assert moved.asked == 0 and again_route is None and [kind for kind, _, _ in again_trace] == [CROWDED]
        fresh_route, fresh_probe, fresh_trace = search(Asked(row(dx)))
        assert fresh_route is None and fresh_probe == again_probe
        assert fresh_trace[0][2][:3] == again_trace[0][2][:3]  # the same area, buckets and window
    apart = Asked(row(0.0, spread=3.0))  # the boxes moved apart: most of them out of the window
    apart_route, _, _ = search(apart, crowd_of(trace))
    assert apart.asked >= 1 and apart_route is not None  # (the index asked, and the router finds a way there)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_cross_link_over_a_crowded_fan_is_not_searched_again_when_its_tree_moves_across(qapp, monkeypatch, direction):
    """The cross-link between the first and the last of 45 siblings would pass under the others, and its window holds
    too many boxes to search: an off-page connector. Widening the tree to its left moves it across, and the window is
    known to be as crowded without a search; the canvas shows the picture made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.drawing.test_crowded_windows import told_crowded
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = ArgumentMap()
    amap.add("claim", "First.", id="a")
    amap.add("support", "Its reason.", id="a1", parent="a")
    amap.add("claim", "Second.", id="b")
    for i in range(45):
        amap.add("support", f"Reason {i}.", id=f"b{i}", parent="b")
    amap.connect("b0", "b44", Relation.ATTACK)
    scene = MapScene(amap, decorations=False, direction=direction)
    try:
        searches = told_crowded(monkeypatch)
        for n in range(2, 5):
            before = {(a.source, a.target): a for a in scene.diagram().arrows}[("b0", "b44")]
            amap.add("support", f"Another reason ({n}) that widens the first tree.", id=f"a{n}", parent="a")
            searches.clear()
            scene.relayout()
            assert searches and all(told for _, _, told in searches)  # (the picture made from nothing below searches)
            after = {(a.source, a.target): a for a in scene.diagram().arrows}[("b0", "b44")]
            assert after.over and after.shape[3] != before.shape[3]  # an off-page connector, moved across
            assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme, direction=direction))
    finally:
        scene.detach()


def test_a_crowded_route_is_not_counted_again_for_a_change_away_from_the_boxes_that_crowded_it(monkeypatch):
    """A far cross-link's window too crowded to search meets most edits of a big map; the boxes that made it crowded
    (its witnesses) lie close together. A change in the window away from them leaves it as crowded without counting
    them again; a change where they lay counts them, and once they went the route is not taken over."""
    from argmap.drawing import honest, kept_routes
    from argmap.drawing.changed_areas import Changes
    from argmap.drawing.detour import route_around
    from argmap.drawing.obstacles import BoxIndex
    from tests.drawing.test_crowded_windows import _crowded

    boxes = _crowded(0.0)
    index = BoxIndex(boxes)
    trace: list = []
    probe: list = []
    assert route_around(boxes["s"], boxes["t"], index, {"s", "t"}, trace=trace, probe=probe) is None
    routes = honest.Routes()
    routes.remember([(("s", "t"), boxes["s"], boxes["t"], ())], set(), 0, 0, [probe], [((), True)], [None], [0], [trace])
    counted: list = []
    real = kept_routes.still_crowded
    monkeypatch.setattr(kept_routes, "still_crowded", lambda *a: counted.append(a) or real(*a))

    def at(*keys: str) -> Changes:
        return Changes([(x, y, x + w, y + h) for x, y, w, h in map(boxes.__getitem__, keys)])

    assert routes.unchanged(0, at("b15-3"), index) and len(counted) == 1  # (where its witnesses lie: learnt by counting)
    assert routes.unchanged(0, at("b16-9"), index) and routes.unchanged(0, at("b12-0", "b17-11"), index)
    assert len(counted) == 1  # in its window, away from its witnesses: told at once
    witnesses = [key for group in honest.crowd_of(trace).groups for key in group.keys if key != "s"]
    assert "b15-3" not in witnesses and "b1-1" in witnesses
    assert routes.unchanged(0, at("b1-1"), index) and len(counted) == 2  # where they lie: counted, crowded still
    searched = honest.Routes()  # a route just searched: where its witnesses lie is noted with it
    searched.remember([(("s", "t"), boxes["s"], boxes["t"], ())], set(), 0, 0, [probe], [((), True)], [None], [0], [trace])
    searched.spot(trace)
    assert searched.unchanged(0, at("b15-3"), index) and len(counted) == 2
    index.remove_many(witnesses)  # they went: the route is searched again (other boxes may crowd its window)
    assert not routes.unchanged(0, at(*witnesses), index) and len(counted) == 3
    assert not searched.unchanged(0, at("b1-1"), index) and len(counted) == 4


def test_a_cross_link_taken_away_leaves_the_routes_of_the_others_taken_over(qapp, monkeypatch):
    """The routes are taken over by their ends: a routed cross-link of the second tree taken away (its marks told as
    changed), the routes of the first tree's (far from them, routed before it) are not searched again, and the
    picture is the one made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = routed_map(trees=2)
    picture = build_diagram(amap, theme, remember=True)
    routes = picture.memo.routes
    routed = [ends for (ends, _, _, _), way in zip(routes.wanted, routes.ways, strict=True) if way is not None]
    first = [ends for ends in routed if ends[0].startswith("o0")]
    gone = next(ends for ends in routed if ends[0].startswith("o1"))
    assert len(first) >= 3
    searches = counting_searches(monkeypatch)
    amap.disconnect(*gone)
    after = build_diagram(amap, theme, previous=picture)
    searched = {frozenset(skip) for *_, skip in searches}  # (each search's ends)
    assert searched, "the second tree's routes near the one taken away searched again"
    assert not searched & {frozenset(ends) for ends in first}, "the first tree's routes taken over"
    kept = after.memo.routes
    traces = {w[0]: trace for w, trace in zip(routes.wanted, routes.traces, strict=True)}
    assert all(traces[w[0]] is trace for w, trace in zip(kept.wanted, kept.traces, strict=True) if w[0] in first)
    assert exported_picture(after) == exported_picture(build_diagram(amap, theme))
