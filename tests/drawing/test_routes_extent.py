"""The last picture's routes are taken over whole (no route looked at again) only while the drawing's extent is one
their searches' checks against it were made or last checked in (:class:`argmap.drawing.honest.Routes`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.drawing import honest
from argmap.drawing.detour import WHOLE, Budget
from argmap.drawing.obstacles import BoxIndex

A, B = (0.0, 0.0, 100.0, 50.0), (0.0, 400.0, 100.0, 50.0)
WINDOW = (-10.0, -10.0, 200.0, 500.0)  # holds the whole drawing of A and B (then the search stopped growing it)


def routed_once(monkeypatch) -> tuple[list, BoxIndex, honest.Routes, list]:
    """One misleading arrow from A to B whose search found its window holding the whole drawing, remembered."""
    searched: list = []
    monkeypatch.setattr(honest, "route_around", lambda *a, **k: searched.append(a[:2]))  # (no way: None)
    def no_tags(arrows, settled, *a, **k):  # (the off-page tags: not here)
        return settled
        yield

    monkeypatch.setattr(honest, "connector_steps", no_tags)
    index = BoxIndex({"a": A, "b": B})
    shape = ("usual shape",)
    arrows = [(A, B, ("a", "b"), shape, False)]
    routes = honest.Routes()
    budget = Budget(1000)
    routes.remember(
        [(("a", "b"), A, B, shape)],
        {(("a", "b"), 0), (("a", "b"), 1)},
        1000,
        1000,
        [[]],
        [(shape, False)],
        [None],
        [0],
        [[(WHOLE, True, WINDOW)]],
    )
    routes.extent = index.bounds()
    assert honest.route_misleading(arrows, index, True, budget, lambda: BoxIndex({}), routes, [(500.0, 0.0, 510.0, 10.0)])
    assert not searched, "nothing changed: taken over"
    return arrows, index, routes, searched


def test_routes_are_searched_again_when_the_drawing_grew_past_a_window_that_held_it_all(monkeypatch):
    arrows, index, routes, searched = routed_once(monkeypatch)
    index.add("c", (1000.0, 0.0, 100.0, 50.0))  # the drawing grew: the window no longer holds all of it
    honest.route_misleading(arrows, index, True, Budget(1000), lambda: BoxIndex({}), routes, [(1000.0, 0.0, 1100.0, 50.0)])
    assert searched == [(A, B)], "the search would take another turn: searched again"


def test_routes_are_taken_over_while_the_drawing_keeps_its_extent(monkeypatch):
    arrows, index, routes, searched = routed_once(monkeypatch)
    index.add("c", (20.0, 200.0, 50.0, 50.0))  # inside the drawing's extent, in no window the search looked at
    honest.route_misleading(arrows, index, True, Budget(1000), lambda: BoxIndex({}), routes, [(20.0, 200.0, 70.0, 250.0)])
    assert not searched


def test_the_changes_a_route_window_meets_are_the_same_filed_or_not():
    """An edit's changed areas are compared with the routes' windows one by one while few routes ask, then filed in
    squares: either way a window meets the very same changes (a route is taken over only when it meets none)."""
    import random

    from argmap.drawing.honest import _Changes

    rng = random.Random(3)
    areas = []
    for _ in range(400):
        x, y = rng.uniform(-5000, 30000), rng.uniform(-2000, 9000)
        areas.append((x, y, x + rng.uniform(0, 300), y + rng.uniform(0, 90)))
    changes = _Changes(areas)
    windows = []
    for _ in range(60):
        x, y = rng.uniform(-8000, 32000), rng.uniform(-3000, 10000)
        windows.append((x, y, x + rng.uniform(10, 20000), y + rng.uniform(10, 6000)))
    answers = [changes.meeting(*w) for w in windows]
    assert changes.cells, "filed once more than a few asked"
    for window, answer in zip(windows, answers, strict=True):
        x0, y0, x1, y1 = window
        truth = [a for a in areas if a[0] <= x1 and x0 <= a[2] and a[1] <= y1 and y0 <= a[3]]
        assert sorted(answer) == sorted(truth) == sorted(changes.meeting(*window))
    assert any(answers) and not all(answers)


def test_a_picture_from_nothing_knows_its_boxes_extent_from_the_layout(qapp):
    """A picture made from nothing tells its box index the layout's own extent (made of the boxes' very numbers): the
    routes' checks against the drawing's extent read it without a walk over every box, and it is what the walk gives."""
    from benchmarks.generate import generate_map

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    amap = generate_map(300, seed=3)
    diagram = build_diagram(amap, Theme.light(), remember=True)
    index = diagram.memo.index
    assert index._extent is diagram.layout.trees.extent  # (told, not worked out again)
    walked = BoxIndex(index.boxes)
    assert index.bounds() == walked.bounds()
