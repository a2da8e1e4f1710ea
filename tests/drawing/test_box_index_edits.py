"""The box index an edit's picture keeps: after boxes come and go it answers as one made from nothing."""

from __future__ import annotations

import random

import pytest

from argmap.drawing.obstacles import BoxIndex


@pytest.mark.parametrize("seed", range(20))
def test_the_extent_follows_boxes_added_and_removed(seed) -> None:
    rng = random.Random(seed)
    boxes = {k: (rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(1, 300), rng.uniform(1, 200)) for k in range(30)}
    index = BoxIndex(boxes)
    index.bounds()
    for step in range(60):
        key = rng.choice(list(index.boxes)) if index.boxes and rng.random() < 0.5 else 100 + step
        if key in index.boxes:
            index.remove(key)
        else:
            index.add(key, (rng.uniform(-900, 900), rng.uniform(-900, 900), rng.uniform(1, 300), rng.uniform(1, 200)))
        assert index.bounds() == BoxIndex(index.boxes).bounds()
        area = (rng.uniform(-900, 900), rng.uniform(-900, 900))
        window = (*area, area[0] + 400, area[1] + 300)
        assert index.within(*window) == BoxIndex(index.boxes).within(*window)


def _filed(index: BoxIndex) -> dict:
    """Each bucket's keys, in order (a bucket's order is not the index's answer; each key in it once is)."""
    return {place: sorted(keys) for place, keys in index.buckets.items()}


@pytest.mark.parametrize("seed", range(20))
def test_boxes_shifted_or_moved_many_at_once_are_filed_and_bounded_as_an_index_made_from_nothing(seed) -> None:
    """:meth:`BoxIndex.shift` and :meth:`BoxIndex.move_many` file again only the boxes that change buckets (an edit's step
    of a few points moves few across a bucket's edge): steps of every size and sign, boxes on the edges among them, leave
    the buckets, the extent and the answers those of an index made from the boxes where they are."""
    rng = random.Random(seed)
    boxes = {k: (rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(1, 300), rng.uniform(1, 200)) for k in range(60)}
    index = BoxIndex(boxes, 100.0)
    for _ in range(40):
        if rng.random() < 0.5:
            index.bounds()  # (the extent known before the move, or not)
        keys = rng.sample(sorted(index.boxes), rng.randint(1, 40))
        dx, dy = rng.choice([0.0, 0.5, -2.0, 2.0, 37.25, -150.0, 287.0]), rng.choice([0.0, 0.5, -3.0, 120.0])
        if rng.random() < 0.5:
            index.shift([*keys, "not in"], dx, dy)
        else:
            index.move_many([(k, (x + dx + rng.choice([0.0, 1.5]), y + dy, w, h)) for k in keys for x, y, w, h in (index.boxes[k],)])
        fresh = BoxIndex(dict(index.boxes), 100.0)
        assert _filed(index) == _filed(fresh)
        assert index.bounds() == fresh.bounds()
        area = (rng.uniform(-900, 900), rng.uniform(-900, 900))
        window = (*area, area[0] + 400, area[1] + 300)
        assert index.within(*window) == fresh.within(*window)


def test_a_part_shifted_away_from_an_edge_keeps_the_extent_known_and_right() -> None:
    """The part of a tree beside a widening edit moves right, away from the left edge: the extent stays known (the next
    look-up walks no box) and takes the moved part's new right edge; shifted back, its box on the right edge moves
    inward and the extent is worked out again."""
    index: BoxIndex[str] = BoxIndex({"a": (0.0, 0.0, 50.0, 20.0), "b": (100.0, 0.0, 50.0, 20.0), "c": (200.0, 60.0, 50.0, 20.0)}, 100.0)
    assert index.bounds() == (0.0, 0.0, 250.0, 80.0)
    index.shift(["b", "c"], 2.0, 0.0)
    assert index._extent == (0.0, 0.0, 252.0, 80.0)
    index.shift(["b", "c"], -2.0, 0.0)
    assert index._extent is None
    assert index.bounds() == (0.0, 0.0, 250.0, 80.0)
    index.shift(["a"], 0.0, 5.0)  # the top edge's box moved down
    assert index._extent is None
    assert index.bounds() == (0.0, 0.0, 250.0, 80.0)


@pytest.mark.parametrize("seed", range(10))
def test_the_extent_it_knows_without_walking_is_the_boxes_own(seed) -> None:
    """``known_extent``: None, or the extent worked out from every box, as boxes come, go and move."""
    rng = random.Random(seed)
    boxes = {k: (rng.uniform(-500, 500), rng.uniform(-500, 500), rng.uniform(1, 300), rng.uniform(1, 200)) for k in range(30)}
    index = BoxIndex(boxes)
    assert index.known_extent() is None  # (not worked out yet)
    index.bounds()
    for step in range(60):
        key = rng.choice(list(index.boxes)) if index.boxes and rng.random() < 0.6 else 100 + step
        if key not in index.boxes:
            index.add(key, (rng.uniform(-900, 900), rng.uniform(-900, 900), rng.uniform(1, 300), rng.uniform(1, 200)))
        elif rng.random() < 0.5:
            index.remove(key)
        else:
            x, y, w, h = index.boxes[key]
            index.move(key, (x + rng.uniform(-300, 300), y, w, h))
        known = index.known_extent()
        if known is not None:
            fresh = BoxIndex(index.boxes)
            fresh.bounds()
            assert known == fresh.known_extent()
        elif rng.random() < 0.3:
            index.bounds()
            assert index.known_extent() is not None


@pytest.mark.parametrize("seed", range(20))
def test_boxes_moved_a_little_and_resized_leave_and_join_only_the_columns_that_differ(seed) -> None:
    """A box moved across by less than its width in the same rows leaves only the buckets it no longer covers and joins
    only those it newly covers (drawing/buckets.py): grown, shrunk or moved either way, on and off the buckets' edges,
    the buckets are those of an index made from nothing (fails if a column both cover is left, or one is joined twice)."""
    rng = random.Random(seed)
    cell = 100.0
    boxes = {k: (rng.choice([0.0, 100.0, rng.uniform(-500, 500)]), rng.uniform(-500, 500), rng.uniform(1, 450), rng.uniform(1, 60))
             for k in range(80)}
    index = BoxIndex(boxes, cell)
    for _ in range(40):
        moves = []
        for k in rng.sample(sorted(index.boxes), rng.randint(1, 20)):  # (few: each filed again, not the whole index)
            x, y, w, h = index.boxes[k]
            nx = x + rng.choice([0.0, -0.5, 1.0, 99.0, -100.0, 100.0, -180.0, rng.uniform(-300, 300)])
            nw = max(1.0, w + rng.choice([0.0, 0.0, -100.0, 150.0, rng.uniform(-200, 200)]))
            ny = y + rng.choice([0.0, 0.0, 0.0, 20.0])  # (mostly the same rows)
            moves.append((k, (nx, ny, nw, h)))
        index.move_many(moves)
        fresh = BoxIndex(dict(index.boxes), cell)
        assert _filed(index) == _filed(fresh)
        assert all(len(keys) == len(set(keys)) for keys in index.buckets.values())


@pytest.mark.parametrize("seed", range(20))
def test_a_part_shifted_across_is_filed_as_moving_each_box_files_it(seed) -> None:
    """:meth:`BoxIndex.shift` by (dx, 0) lists the buckets each box leaves and joins in the loop that moves it
    (``_shift_across``): small marks and wide boxes, steps within a bucket, across one and across many, on the buckets'
    edges, leave every bucket's keys in the very order that :meth:`BoxIndex.move_many` (one box at a time through
    ``moved_across``) leaves them, and the buckets in the same order (fails if a column a box still covers is left, a
    key is listed twice, or one that changed columns is not moved)."""
    rng = random.Random(seed)
    cell = 100.0
    boxes = {}
    for k in range(300):
        x, y = rng.choice([0.0, 100.0, -100.0, rng.uniform(-900, 900)]), rng.uniform(-900, 900)
        boxes[k] = (x, y, 14.0, 14.0) if k % 2 else (x, y, rng.uniform(1, 450), rng.uniform(1, 220))
    shifted, moved = BoxIndex(boxes, cell), BoxIndex(boxes, cell)
    for _ in range(30):
        keys = rng.sample(sorted(shifted.boxes), rng.randint(1, 60))  # (fewer than REBUCKET of them: not filed again whole)
        dx = rng.choice([0.5, -2.0, 14.0, 99.5, -100.0, 231.0, -2048.0, rng.uniform(-400, 400)])
        shifted.shift([*keys, "not in"], dx, 0.0)
        moved.move_many([(k, (x + dx, y, w, h)) for k in keys for x, y, w, h in (moved.boxes[k],)])
        assert shifted.boxes == moved.boxes
        assert list(shifted.buckets.items()) == list(moved.buckets.items())
        fresh = BoxIndex(dict(shifted.boxes), cell)
        assert _filed(shifted) == _filed(fresh)
        assert shifted.bounds() == fresh.bounds()


@pytest.mark.parametrize("seed", range(12))
def test_most_of_an_index_shifted_across_at_once_is_filed_as_an_index_made_from_nothing(seed) -> None:
    """:meth:`BoxIndex.shift` by (dx, 0) takes the boxes that change columns out of the buckets they leave and into those
    they join however many do (a branch of 900 boxes in a frame's 2,000 moved by about a bucket's width: every one of
    them): the buckets hold each key once, where an index made from nothing files it, and the extent follows (fails if
    a bucket left were kept or a key put in twice)."""
    rng = random.Random(seed)
    cell = 240.0
    boxes = {}
    for k in range(400):
        x, y = rng.choice([0.0, 240.0, rng.uniform(-2000, 2000)]), rng.uniform(-900, 900)
        boxes[k] = (x, y, 8.0, 8.0) if k % 2 else (x, y, rng.uniform(40, 500), rng.uniform(20, 300))
    index = BoxIndex(boxes, cell)
    for _ in range(12):
        keys = rng.sample(sorted(index.boxes), rng.randint(150, 400))  # (more than REBUCKET of them)
        dx = rng.choice([231.0, -231.0, 240.0, 2048.0, -2048.0, 145.0, rng.uniform(-3000, 3000)])
        index.shift(keys, dx, 0.0)
        fresh = BoxIndex(dict(index.boxes), cell)
        assert _filed(index) == _filed(fresh)
        assert all(len(keys) == len(set(keys)) for keys in index.buckets.values())
        assert index.bounds() == fresh.bounds()
        window = (rng.uniform(-3000, 3000), rng.uniform(-900, 900))
        assert index.within(*window, window[0] + 700, window[1] + 400) == fresh.within(*window, window[0] + 700, window[1] + 400)


@pytest.mark.parametrize("seed", range(20))
def test_the_rectangle_kept_around_the_boxes_holds_every_box_as_boxes_come_go_and_move(seed) -> None:
    """Once the exact extent is lost (a box on its edge taken out or moved inward), :meth:`BoxIndex.around` is a rectangle
    kept through the changes that follow, not worked out from every box: it holds every box after any mix of adds,
    removes and moves (fails if a change left a box it brought outside), and a box on the edge taken out keeps it
    (the next question walks no box)."""
    rng = random.Random(seed)

    def some_box() -> tuple[float, float, float, float]:
        return (rng.uniform(-900, 900), rng.uniform(-900, 900), rng.uniform(1, 300), rng.uniform(1, 200))

    index = BoxIndex({k: some_box() for k in range(40)}, 100.0)
    index.bounds()
    edge = min(index.boxes, key=lambda k: index.boxes[k][0])
    index.remove(edge)
    assert index._extent is None and index._around_now() is not None  # (kept: not walked for)
    for step in range(80):
        keys = sorted(index.boxes)
        what = rng.random()
        if what < 0.25 or not keys:
            index.add(1000 + step, some_box())
        elif what < 0.45:
            index.remove(rng.choice(keys))
        elif what < 0.55:
            index.remove_many(rng.sample(keys, min(len(keys), rng.randint(1, 4))))
        elif what < 0.75:
            key = rng.choice(keys)
            x, y, w, h = index.boxes[key]
            index.move(key, (x + rng.choice([0.5, -3.0, 250.0, rng.uniform(-900, 900)]), y + rng.choice([0.0, -40.0]), w, h))
        elif what < 0.9:
            moved = rng.sample(keys, min(len(keys), rng.randint(1, 6)))
            index.move_many([(k, (x + rng.uniform(-500, 500), y + rng.uniform(-300, 300), w, h)) for k in moved
                             for x, y, w, h in (index.boxes[k],)])
        else:
            index.shift(rng.sample(keys, min(len(keys), rng.randint(1, 6))), rng.choice([-231.0, 145.0]), rng.choice([0.0, 30.0]))
        if rng.random() < 0.1:
            index.bounds()  # (the exact extent worked out again now and then)
        x, y, w, h = index.around()
        e = 1e-9  # (x + w: the right edge again, up to its last bits)
        assert all(x <= bx and y <= by and bx + bw <= x + w + e and by + bh <= y + h + e for bx, by, bw, bh in index.boxes.values())
        if rng.random() < 0.3:
            assert index.bounds() == BoxIndex(index.boxes).bounds()
