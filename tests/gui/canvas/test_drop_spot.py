"""Where a drop lands: where the user let go when that is clear, else the nearest clear spot."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.gui.canvas.drop_spot import clear_offset


def near(a, b, gap):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw + gap and bx < ax + aw + gap and ay < by + bh + gap and by < ay + ah + gap


def test_a_drop_in_the_open_stays_where_it_was_let_go():
    assert clear_offset([(0, 0, 100, 40)], {"o": (300, 0, 100, 40)}, gap=22) == (0.0, 0.0)


def test_a_drop_on_a_box_moves_the_shortest_way_out():
    dx, dy = clear_offset([(0, 10, 100, 40)], {"o": (0, 0, 100, 40)}, gap=22)
    assert (dx, dy) == (0.0, 40 + 22 - 10)  # just below it: 52 down beats 72 up or 122 sideways


boxes = st.tuples(st.integers(-300, 300), st.integers(-300, 300), st.integers(1, 150), st.integers(1, 80))


@given(group=st.lists(boxes, min_size=1, max_size=4), others=st.lists(boxes, max_size=12))
def test_the_spot_found_is_clear_of_every_other_box(group, others):
    gap = 22
    dx, dy = clear_offset(group, {str(k): b for k, b in enumerate(others)}, gap=gap)
    moved = [(x + dx, y + dy, w, h) for x, y, w, h in group]
    assert not any(near(m, o, gap) for m in moved for o in others)
