"""A route's window too crowded to search is told so by the boxes that crowded it last time, when they still do
(drawing/detour.py: ``route_around``'s ``crowd``); the answer is the one the index gives."""

from __future__ import annotations

import pytest

from argmap.drawing.detour import CROWDED, MAX_BOXES, crowd_witnesses, route_around
from argmap.drawing.obstacles import BoxIndex

SOURCE = (0.0, 0.0, 100.0, 40.0)
TARGET = (3000.0, 1200.0, 100.0, 40.0)


def _crowded(dx: float) -> dict[str, tuple[float, float, float, float]]:
    """Many boxes between the two ends (far more than a window may hold to be searched), moved across by ``dx``."""
    boxes = {f"b{i}-{j}": (150.0 + 160 * i + dx, 100.0 + 90 * j, 120.0, 50.0) for i in range(18) for j in range(12)}
    boxes["s"], boxes["t"] = (SOURCE[0] + dx, *SOURCE[1:]), (TARGET[0] + dx, *TARGET[1:])
    return boxes


class _Asked(BoxIndex):
    """A box index that counts the questions asked of it."""

    asked = 0

    def within(self, *args, **kwargs):
        self.asked += 1
        return super().within(*args, **kwargs)


def _route(boxes, crowd=None):
    index = _Asked(boxes)
    trace: list = []
    route = route_around(boxes["s"], boxes["t"], index, {"s", "t"}, trace=trace, crowd=crowd)
    return route, trace, index.asked


@pytest.mark.parametrize("dx", [0.0, 37.5, 1000.0])
def test_the_boxes_that_crowded_a_window_still_crowd_it_after_moving_along(dx):
    route, trace, asked = _route(_crowded(0.0))
    assert route is None and trace[-1][0] == CROWDED and asked == 1
    witnesses = crowd_witnesses(trace)
    assert witnesses is not None and len(witnesses) > MAX_BOXES + 2
    moved = _crowded(dx)
    assert _route(moved)[0] is None
    route, trace, asked = _route(moved, crowd=witnesses)
    assert route is None and trace[-1][0] == CROWDED and asked == 0, "too crowded, told by the boxes that were"


def test_boxes_that_left_the_window_do_not_tell_the_index_is_asked():
    _, trace, _ = _route(_crowded(0.0))
    witnesses = crowd_witnesses(trace)
    boxes = _crowded(0.0)
    for key in witnesses:  # the crowd moved far away: the window holds few boxes now
        x, y, w, h = boxes[key]
        boxes[key] = (x + 50_000, y, w, h)
    plain, plain_trace, _ = _route(boxes)
    route, trace, asked = _route(boxes, crowd=witnesses)
    assert asked >= 1 and route == plain and [step[0] for step in trace] == [step[0] for step in plain_trace]
