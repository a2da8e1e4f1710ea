"""The framed look-ups (drawing/framed_index.py) answer as the plain ones do, wherever the boxes are now."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.drawing.framed_index import Frame, FramedIndex
from argmap.drawing.obstacles import BoxIndex

LEFT = {"a": (0.0, 0.0, 100.0, 40.0), "b": (0.0, 100.0, 100.0, 40.0)}
RIGHT = {"c": (2000.0, 0.0, 100.0, 40.0), "d": (2000.0, 100.0, 100.0, 40.0)}
ALONE = {"x": (1000.0, 500.0, 100.0, 40.0)}


def _two_frames() -> tuple[FramedIndex, BoxIndex, Frame, Frame]:
    """A plain box and two frames, the right one made last, both moved after being framed."""
    left, right = Frame("a"), Frame("c")
    of = dict.fromkeys(LEFT, left) | dict.fromkeys(RIGHT, right)
    every = LEFT | RIGHT | ALONE
    framed = FramedIndex(BoxIndex(every), of.get)
    framed.adopt(left, LEFT)
    framed.adopt(right, RIGHT)
    plain = BoxIndex(every)
    for frame, some, dx in ((left, LEFT, 30.0), (right, RIGHT, 50.0)):
        frame.dx += dx
        framed.shift_frame(frame)
        plain.move_many([(key, (x + dx, y, w, h)) for key, (x, y, w, h) in some.items()])
    return framed, plain, left, right


@pytest.mark.parametrize("ask", ["within", "near", "counted"])
def test_the_first_question_after_frames_moved_finds_boxes_of_every_frame(ask):
    """Regression: working out the frames' spans again overwrote the question's own left and top edge with the last
    frame's, so the first question after a frame moved missed the boxes of frames left of the last one (a cross-link
    outside any frame passing under a box of a moved tree was then said not to mislead)."""
    framed, plain, _, _ = _two_frames()
    area = (0.0, 0.0, 200.0, 150.0)  # over the left frame's boxes, where they are now
    if ask == "within":
        assert framed.within(*area) == plain.within(*area) == {"a", "b"}
    elif ask == "near":
        assert sorted(framed.near(*area, frozenset())) == sorted(plain.near(*area, frozenset())) == ["a", "b"]
    else:
        assert framed.within(*area, limit=10) == plain.within(*area, limit=10) == {"a", "b"}


def test_questions_anywhere_answer_as_a_plain_index_after_frames_moved():
    framed, plain, left, right = _two_frames()
    areas = [(-50.0, -50.0, 3000.0, 800.0), (900.0, 450.0, 1200.0, 600.0), (1990.0, 90.0, 2060.0, 110.0), (40.0, 0.0, 2100.0, 20.0)]
    for area in areas:
        for frame in (left, right, None):  # each question the first after some frame moved again
            if frame is not None:
                framed.shift_frame(frame)
            assert framed.within(*area) == plain.within(*area), area
            assert sorted(framed.near(*area, frozenset())) == sorted(plain.near(*area, frozenset())), area
    assert {key: framed.boxes[key] for key in plain.boxes} == plain.boxes


def _in_buckets(box, area, cell: float) -> bool:
    """The box is filed in a bucket the area meets (as a plain index counts it against a limit)."""
    x, y, w, h = box
    x0, y0, x1, y1 = area
    return int(x // cell) <= int(x1 // cell) and int((x + w) // cell) >= int(x0 // cell) and (
        int(y // cell) <= int(y1 // cell) and int((y + h) // cell) >= int(y0 // cell))


def _random_framed(rng, frame_count: int, count: int, width: float, height: float):
    """``count`` random boxes within ``width`` x ``height``, each in one of ``frame_count`` frames or none: (the frames,
    every box, each box's frame, the framed index holding them)."""
    frames = [Frame(f"r{k}") for k in range(frame_count)]
    every, of = {}, {}
    for n in range(count):
        key = f"b{n}"
        every[key] = (rng.uniform(0, width), rng.uniform(0, height), rng.uniform(20, 300), rng.uniform(20, 90))
        of[key] = rng.choice([*frames, None])
    framed = FramedIndex(BoxIndex(every), of.get)
    framed.adopt_many([(frame, [k for k, f in of.items() if f is frame]) for frame in frames])
    return frames, every, of, framed


def test_a_limited_question_counts_the_boxes_a_plain_index_counts():
    """"More than ``limit`` boxes in the buckets the rectangle meets" (a route's window too crowded to search) is
    answered as a plain index answers it, whatever the frames' offsets: many random boxes in three frames and none."""
    import random

    rng = random.Random(3)
    frames, every, of, framed = _random_framed(rng, 3, 600, 6000, 3000)
    plain = BoxIndex(every)
    for _ in range(4):
        for frame in frames:
            dx, dy = rng.choice([0.0, 240.0, -480.0, rng.uniform(-700, 700)]), rng.choice([0.0, rng.uniform(-300, 300)])
            frame.dx += dx
            frame.dy += dy
            framed.shift_frame(frame)
            plain.move_many([(k, (x + dx, y + dy, w, h)) for k, (x, y, w, h) in plain.boxes.items() if of[k] is frame])
        for _ in range(150):
            x0, y0 = rng.uniform(-500, 6500), rng.uniform(-500, 3500)
            area = (x0, y0, x0 + rng.uniform(10, 4000), y0 + rng.uniform(10, 1500))
            limit = rng.choice([3, 10, 40, 1000])
            expected, got = plain.within(*area, limit=limit), framed.within(*area, limit=limit)
            if len(expected) > limit:
                assert len(got) > limit and all(_in_buckets(plain.boxes[k], area, plain.cell) for k in got)
            else:
                assert got == expected


def test_the_boxes_of_some_keys_are_read_where_they_are_now_in_one_go():
    """``boxes_of`` (an edit's picture reads where the boxes it may have moved were) answers as reading each one through
    ``boxes`` does: framed ones moved by their frame's offset, plain ones as filed, keys not in left out."""
    framed, plain, _, _ = _two_frames()
    keys = ["c", "a", "x", "nowhere", "d", "b"]
    found = framed.boxes_of(keys)
    assert found == {key: plain.boxes[key] for key in keys if key in plain.boxes}
    assert found == {key: framed.boxes[key] for key in keys if key in framed.boxes}
    assert list(found) == ["c", "a", "x", "d", "b"]


@pytest.mark.parametrize("seed", range(12))
def test_framed_footprints_touched_by_changed_areas_are_those_plain_footprints_find(seed):
    """The changed areas are compared with each frame by left edge (only those that can reach its span): with frames side
    by side, moved apart, and areas of every width (one across several frames, whose left edge lies left of them all), the
    footprints found are those plain footprints holding every area where it is now find."""
    import random

    from argmap.drawing.framed_footprints import FramedFootprints
    from argmap.drawing.reuse import Footprints

    rng = random.Random(seed)
    frames = [Frame(f"t{k}") for k in range(5)]
    index = FramedIndex(BoxIndex({}), lambda key: None)
    plain, framed = Footprints(), FramedFootprints(Footprints(), lambda key: key[1], index.span)
    for k, frame in enumerate(frames):
        frame.dx = rng.choice([0.0, 37.5, -20.0])
        left = 3000.0 * k
        index.subs[frame] = BoxIndex({("box", k): (left - frame.dx, 0.0, 2000.0, 1500.0)})  # where its boxes lie: its span
        for j in range(30):
            x, y = left + rng.uniform(0, 1900), rng.uniform(0, 1400)
            area = (x, y, x + rng.uniform(1, 100), y + rng.uniform(1, 100))
            plain.put((j, frame), [area])
            framed.put((j, frame), [area])
    framed.put(("cross", None), [(100.0, 100.0, 9000.0, 200.0)])
    plain.put(("cross", None), [(100.0, 100.0, 9000.0, 200.0)])
    for _ in range(20):
        changed = []
        for _ in range(rng.randint(1, 30)):
            x, y = rng.uniform(-500, 15000), rng.uniform(-100, 1600)
            changed.append((x, y, x + rng.choice([5.0, 80.0, 2500.0, 7000.0]), y + rng.uniform(1, 300)))
        assert framed.touching(changed) == plain.touching(changed)


def test_a_limited_question_is_answered_alike_whether_the_parts_know_where_their_boxes_lie(monkeypatch):
    """The framed index's parts are looked in over the question's buckets when they do not know their extent (not
    walked for it: the boxes outside every frame, 45,000 at 50,000 statements, after some at their edge were framed),
    and cut to it when they do: the same boxes found, and "too many" told alike (a route's window too crowded)."""
    import random

    rng = random.Random(8)
    frames, _, _, framed = _random_framed(rng, 2, 400, 5000, 2500)
    for frame in frames:
        frame.dx += rng.uniform(-600, 600)
        framed.shift_frame(frame)
    parts = [framed.base, *framed.subs.values()]
    walked = []
    bounds = BoxIndex.bounds
    monkeypatch.setattr(BoxIndex, "bounds", lambda self: walked.append(self) or bounds(self))
    for _ in range(200):
        x0, y0 = rng.uniform(-500, 5500), rng.uniform(-500, 3000)
        area = (x0, y0, x0 + rng.uniform(10, 3000), y0 + rng.uniform(10, 1200))
        limit = rng.choice([3, 10, 40, 1000])
        for part in parts:
            part._extent = None  # (as after a box at its edge left it)
        walked.clear()
        unknown = framed.within(*area, limit=limit)
        assert not [part for part in walked if part is framed.base], "the plain part walked for its extent"
        for part in parts:
            bounds(part)
        known = framed.within(*area, limit=limit)
        assert (len(unknown) > limit and len(known) > limit) or unknown == known


@pytest.mark.parametrize("seed", range(4))
def test_trees_framed_a_slice_at_a_time_keep_every_answer_and_let_go_of_the_plain_tables(seed):
    """As the idle framing does (drawing/frames.py): most boxes and footprints filed in frames at offset 0 a slice at a
    time. A frame at offset 0 holds the very box tuples and footprint lists (no copies), the plain index and footprints
    left with a few are made again at their size (a dict keeps its largest table), and every question is answered as
    plain ones holding every box and footprint where it is answer it, before and after the frames move."""
    import random
    import sys

    from argmap.drawing.framed_footprints import FramedFootprints
    from argmap.drawing.reuse import Footprints

    rng = random.Random(seed)
    frames = [Frame(f"t{k}") for k in range(4)]
    boxes, of = {}, {}
    for k in range(2000):
        frame = frames[k % 5] if k % 5 < 4 else None  # (a fifth stays plain)
        x, y = 3000.0 * (k % 5) + rng.uniform(0, 2500), rng.uniform(0, 4000)
        boxes[f"s{k}"] = (x, y, rng.uniform(50, 260), rng.uniform(30, 90))
        if frame is not None:
            of[f"s{k}"] = frame
    areas = {key: [(x, y, x + w, y + h)] for key, (x, y, w, h) in boxes.items()}
    framed = FramedIndex(BoxIndex(boxes), of.get)
    full_size = sys.getsizeof(framed.base.boxes)
    base_footprints = Footprints()
    for key, some in areas.items():
        base_footprints.put(key, some)
    footprints = FramedFootprints(base_footprints, of.get, framed.span)
    for frame in frames:
        keys = [key for key in boxes if of.get(key) is frame]
        for k in range(0, len(keys), 60):
            framed.adopt(frame, keys[k:k + 60])
            footprints.adopt(frame, keys[k:k + 60])
    for key, frame in of.items():
        assert framed.subs[frame].boxes[key] is boxes[key] and footprints.subs[frame].areas(key) is areas[key]
    assert len(framed.base.boxes) == 400 and sys.getsizeof(framed.base.boxes) < full_size / 3
    assert len(footprints.base._every) == 400
    plain, plain_footprints = BoxIndex(boxes), Footprints()
    for key, some in areas.items():
        plain_footprints.put(key, some)
    for moved in (False, True):
        if moved:
            for frame in frames:
                frame.dx += rng.choice([40.0, 300.0, -75.5])
                framed.shift_frame(frame)
                shifted = [(key, (x + frame.dx, y, w, h)) for key, (x, y, w, h) in boxes.items() if of.get(key) is frame]
                plain.move_many(shifted)
        for _ in range(30):
            x, y = rng.uniform(-500, 15000), rng.uniform(-100, 4000)
            area = (x, y, x + rng.choice([5.0, 300.0, 2500.0]), y + rng.uniform(1, 600))
            assert framed.within(*area) == plain.within(*area)
            assert sorted(framed.near(*area, frozenset())) == sorted(plain.near(*area, frozenset()))
        if not moved:
            changed = [(x, y, x + 400.0, y + 300.0) for x, y in ((rng.uniform(0, 15000), rng.uniform(0, 4000)) for _ in range(10))]
            assert footprints.touching(changed) == plain_footprints.touching(changed)
    assert {key: framed.boxes[key] for key in plain.boxes} == plain.boxes


@pytest.mark.parametrize("seed", range(8))
def test_parts_of_frames_shifted_again_and_again_are_found_as_a_plain_index_finds_them(seed):
    """A frame's boxes shifted inside it (a rigid branch of a framed tree moved by an edit, then back) lose the frame's
    exact extent when one on its edge moves inward; the frame's span is then the rectangle the shifts left
    (``BoxIndex.around``, not walked for), maybe larger than its boxes: every question, limited or not, is answered as
    a plain index holding the boxes where they are answers it (fails if that rectangle leaves a moved box out)."""
    import random

    rng = random.Random(seed)
    frames, every, of, framed = _random_framed(rng, 3, 400, 5000, 2500)
    plain = BoxIndex(every)
    for frame in frames:  # (the trees moved across as wholes once: their frames' offsets)
        frame.dx, frame.dy = rng.uniform(-600, 600), rng.choice([0.0, 40.0])
        framed.shift_frame(frame)
        plain.move_many([(k, (x + frame.dx, y + frame.dy, w, h)) for k, (x, y, w, h) in plain.boxes.items() if of[k] is frame])
        framed.subs[frame].bounds()  # (the exact extents known first, as an edit's questions leave them)
    for _ in range(12):
        frame = rng.choice(frames)
        sub = framed.subs[frame]
        xs = sorted(box[0] for box in sub.boxes.values())
        edge = rng.choice([xs[0], xs[len(xs) // 2], xs[-1]])  # (the boxes right of it: those on the left edge among them, or not)
        part = [k for k, box in sub.boxes.items() if box[0] >= edge]
        dx, dy = rng.choice([231.0, -145.0, -2048.0, 2048.0, rng.uniform(-900, 900)]), rng.choice([0.0, 0.0, rng.uniform(-200, 200)])
        framed.shift(part, dx, dy)
        plain.move_many([(k, (x + dx, y + dy, w, h)) for k in part for x, y, w, h in (plain.boxes[k],)])
        for sub in framed.subs.values():  # the span holds every box of the frame
            x, y, w, h = sub.around()
            assert all(x <= bx and y <= by and bx + bw <= x + w and by + bh <= y + h for bx, by, bw, bh in sub.boxes.values())
        for _ in range(40):
            x0, y0 = rng.uniform(-2500, 7500), rng.uniform(-500, 3000)
            area = (x0, y0, x0 + rng.uniform(10, 3000), y0 + rng.uniform(10, 1200))
            assert framed.within(*area) == plain.within(*area)
            assert sorted(framed.near(*area, frozenset())) == sorted(plain.near(*area, frozenset()))
            limit = rng.choice([3, 10, 1000])
            expected, got = plain.within(*area, limit=limit), framed.within(*area, limit=limit)
            if len(expected) > limit:
                assert len(got) > limit
            else:
                assert got == expected
