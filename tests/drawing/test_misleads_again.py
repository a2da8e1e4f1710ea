"""An arrow checked again (drawing/honest.py ``misleads`` with ``under``) tries first the box its line passed under
last time: the verdict is always the full check's, and a verdict of True keeps only that box's area as its footprint
(the answer is True while that box stays; an arc across a big map met some change at nearly every edit)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.drawing.honest import _enters, misleads, sign_index
from argmap.drawing.obstacles import BoxIndex, crossed


def _segments(draw) -> tuple[tuple[float, ...], ...]:
    """A line as arrows have them: a tidy tree arrow (stem, then an S-curve), a polyline, or cubics, short or far."""
    span = draw(st.sampled_from([300.0, 3000.0, 30000.0]))
    coordinate = st.integers(0, int(span * 4)).map(lambda v: v / 4)
    start = (draw(coordinate), draw(coordinate))
    kind = draw(st.sampled_from(["tidy", "lines", "cubics"]))
    if kind == "tidy":
        sx, sy = start
        tx, ty = sx + draw(st.integers(-40, 40)) / 4, sy - draw(st.integers(8, 80))
        ex, ey = draw(coordinate), ty - draw(st.integers(20, 200))
        return ((sx, sy), (tx, ty), ((tx + ex) / 2, ty, (tx + ex) / 2, ey, ex, ey))
    out: list[tuple[float, ...]] = [start]
    for _ in range(draw(st.integers(1, 4))):
        if kind == "lines":
            out.append((draw(coordinate), draw(coordinate)))
        else:
            out.append(tuple(draw(coordinate) for _ in range(6)))
    return tuple(out)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(data=st.data())
def test_one_box_is_tested_as_the_look_up_tests_it(data):
    """``_enters`` says what ``crossed`` finds for the same line among boxes: whether it enters that box (the same pieces,
    the same test), wherever the box lies: on the line, beside it, at a piece's end, far off."""
    segments = _segments(data.draw)
    cell = 240.0
    xs = [v for s in segments for v in s[0::2]]
    ys = [v for s in segments for v in s[1::2]]
    near = st.integers(int(min(xs)) - 300, int(max(xs)) + 300)
    box = (
        data.draw(near) + data.draw(st.sampled_from([0.0, 0.25, 0.5])),
        data.draw(st.integers(int(min(ys)) - 300, int(max(ys)) + 300)) + 0.0,
        float(data.draw(st.integers(2, 300))),
        float(data.draw(st.integers(2, 120))),
    )
    others = {f"o{k}": (box[0] + 50.0 * k, box[1] - 90.0, 40.0, 30.0) for k in range(data.draw(st.integers(0, 3)))}
    index = BoxIndex({"box": box, **others}, cell)
    found = "box" in crossed(segments, index, set(others))
    assert _enters(segments, box, cell) == found


def _arrow(source, target, segments, cross=False):
    from argmap.drawing.geometry import LightPath

    return (source, target, ("s", "t"), (LightPath(None, segments), None, None, None), cross)


S, T = (0.0, 0.0, 100.0, 40.0), (3000.0, 0.0, 100.0, 40.0)
LINE = ((100.0, 20.0), (3000.0, 20.0))


def _check(boxes, under, probe=None):
    index = BoxIndex(boxes)
    return misleads(_arrow(boxes["s"], boxes["t"], LINE), index, lambda: sign_index({}), probe, under)


def test_the_box_passed_under_is_remembered_and_its_area_is_the_footprint():
    boxes = {"s": S, "t": T, "a": (900.0, 0.0, 120.0, 50.0), "b": (2000.0, 0.0, 120.0, 50.0)}
    under: dict = {}
    probe: list = []
    assert _check(boxes, under, probe)
    hit = under[("s", "t")]
    x, y, w, h = boxes[hit]
    assert hit in ("a", "b") and probe == [(x, y, x + w, y + h)]
    probe = []
    assert _check(boxes, under, probe) and under[("s", "t")] == hit and probe == [(x, y, x + w, y + h)], "tried first"


def test_a_remembered_box_that_moved_away_gives_the_full_check_answer():
    """The box passed under last time left the line: the full check decides (another box, or none at all)."""
    under = {("s", "t"): "a"}
    boxes = {"s": S, "t": T, "a": (900.0, 400.0, 120.0, 50.0), "b": (2000.0, 0.0, 120.0, 50.0)}
    probe: list = []
    assert _check(boxes, under, probe)
    assert under[("s", "t")] == "b" and probe == [(2000.0, 0.0, 2120.0, 50.0)]
    boxes["b"] = (2000.0, 400.0, 120.0, 50.0)  # and now none is on the line
    probe = []
    assert not _check(boxes, under, probe)
    assert ("s", "t") not in under and probe, "a verdict of False keeps every area it looked at"


def test_a_remembered_box_gone_or_one_of_the_ends_is_not_believed():
    boxes = {"s": S, "t": T}
    assert not _check(boxes, {("s", "t"): "a"})  # gone
    assert not _check(boxes, {("s", "t"): "t"})  # its own end: the line ends there, it does not pass under it
