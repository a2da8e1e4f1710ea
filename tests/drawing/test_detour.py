"""The router's search (drawing/detour.py) takes the same turns for numbers a few last bits apart."""

from __future__ import annotations

from argmap.drawing.detour import SEARCHED, Budget, route_around
from argmap.drawing.obstacles import BoxIndex

SOURCE, TARGET = (0.0, 237.0, 120.0, 60.0), (438.0, 0.0, 120.0, 60.0)
HEAD_X = 394.7693681799503  # an arrowhead's left edge, as made from nothing (not a binary fraction)
OTHER_MARK = (362.37457274036393, 311.75, 12.0, 11.0)


def _search(head_x: float, steps: int) -> tuple[list | None, list[int]]:
    """The route around two marks (another arrow's and the head at ``head_x``) with ``steps`` in the budget, and the
    steps each of its searches took."""
    marks = BoxIndex({0: OTHER_MARK, 1: (head_x, 326.0, 12.0, 11.0)})
    trace: list = []
    route = route_around(SOURCE, TARGET, BoxIndex({"a": SOURCE, "b": TARGET}), {"a", "b"}, marks=marks, budget=Budget(steps), trace=trace)
    return route, [taken for kind, taken, _ in trace if kind == SEARCHED]


def test_a_mark_moved_along_and_the_one_made_from_nothing_give_the_same_search():
    """An edit moves an arrow along with its boxes (x + dx), which may differ from the arrow made from nothing in the
    last bits: the searches that keep clear of its head take the same steps and find the same way, also when the steps
    left are just enough (they ran out one way and not the other: a cross-link drawn over the boxes after an edit and
    routed around them in the picture made from nothing)."""
    moved = (HEAD_X - 100.1) + 100.1  # moved away and back, as an edit and its undo may
    assert moved != HEAD_X, "a few last bits apart"
    route, steps = _search(HEAD_X, 8000)
    assert route is not None
    assert _search(moved, 8000) == (route, steps)
    just_enough = sum(steps)
    assert _search(moved, just_enough) == _search(HEAD_X, just_enough) == (route, steps)
