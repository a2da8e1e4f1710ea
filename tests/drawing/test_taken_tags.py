"""The tags' areas placed so far (:mod:`argmap.drawing.taken_tags`) answer as comparing each area does."""

from __future__ import annotations

import random

from argmap.drawing.taken_tags import SLACK, Taken


def _compared(areas, x0, y0, x1, y1, step, touching):
    for (x, y, w, h), s in areas:
        meets = (x <= x1 and x0 <= x + w and y <= y1 and y0 <= y + h) if touching else (x < x1 and x0 < x + w and y < y1 and y0 < y + h)
        same = step is not None and s is not None and abs(s[0] - step[0]) <= SLACK and abs(s[1] - step[1]) <= SLACK
        if meets and not same:
            return True
    return False


def test_answers_as_comparing_each_area() -> None:
    rng = random.Random(3)
    steps = [None, (0.0, 0.0), (120.0, 0.0), (120.0 + 1e-9, 0.0), (0.0, -40.0)]
    for _ in range(40):
        taken, areas = Taken(), []
        for _ in range(rng.randrange(1, 60)):
            # mostly tag-sized, some wider than a square; on both sides of zero, some on a square's border
            w = rng.choice([170.0, 30.0, 600.0, rng.uniform(1, 300)])
            h = rng.choice([16.0, 26.0, rng.uniform(1, 400)])
            x = rng.choice([rng.uniform(-2000, 2000), 256.0 * rng.randrange(-8, 8)])
            y = rng.choice([rng.uniform(-1000, 1000), 256.0 * rng.randrange(-4, 4)])
            step = rng.choice(steps)
            taken.add((x, y, w, h), step)
            areas.append(((x, y, w, h), step))
        for _ in range(200):
            if rng.random() < 0.3:  # a rectangle with an edge on an area's
                (x, y, w, h), _ = rng.choice(areas)
                x0, y0 = x + w, rng.uniform(y - 50, y + h)
            else:
                x0, y0 = rng.uniform(-2300, 2300), rng.uniform(-1300, 1300)
            x1, y1 = x0 + rng.uniform(0, 500), y0 + rng.uniform(0, 200)
            step, touching = rng.choice(steps), rng.random() < 0.5
            assert taken.meets(x0, y0, x1, y1, step, touching) == _compared(areas, x0, y0, x1, y1, step, touching)


def test_a_tag_moved_along_alike_is_not_counted() -> None:
    taken = Taken()
    taken.add((100.0, 100.0, 170.0, 16.0), (50.0, 0.0))
    assert not taken.meets(150.0, 90.0, 200.0, 120.0, (50.0, 0.0))
    assert taken.meets(150.0, 90.0, 200.0, 120.0, (0.0, 0.0))
    assert taken.meets(150.0, 90.0, 200.0, 120.0)  # a tag placed again meets every one
    taken.add((120.0, 100.0, 170.0, 16.0))  # placed, not moved along: met by every tag
    assert taken.meets(150.0, 90.0, 200.0, 120.0, (50.0, 0.0))
