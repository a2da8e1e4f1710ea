"""What an edit's picture keeps for the next one (its memo) must be what a picture made from nothing keeps.

The pictures themselves are compared elsewhere; a wrong kept part (a box filed where it no longer is, a footprint or an
arrow's sign left behind) shows in a picture only when a later edit asks about it. These checks ask now: the box index,
the signs and the footprints answer every question as those of a picture made from nothing do.
"""

from __future__ import annotations

import random

from argmap.drawing.honest import marks


def _near(a: tuple, b: tuple, slack: float = 0.0011) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= slack for x, y in zip(a, b, strict=True))


def _meets(box: tuple, x0: float, y0: float, x1: float, y1: float) -> bool:
    x, y, w, h = box
    return x < x1 and x0 < x + w and y < y1 and y0 < y + h


def assert_memo_as_from_nothing(memo, fresh, seed: int = 0) -> None:
    """``memo`` (kept through edits) holds what ``fresh`` (a picture made from nothing of the same map) holds: the same
    boxes in its box index (read where they are now), answering look-ups alike; each drawn arrow's signs where its usual
    shape has them, and the boxes it was made from; each arrow's footprint (up to the last bits of the numbers: parts moved
    with a frame)."""
    index, boxes = memo.index, fresh.index.boxes
    assert set(index.boxes.keys()) == set(boxes), "the box index holds the boxes shown"
    for key, box in boxes.items():
        assert _near(index.boxes[key], box), f"box {key} filed where it is"
    rng = random.Random(seed)
    if boxes:
        x0 = min(b[0] for b in boxes.values()) - 50
        x1 = max(b[0] + b[2] for b in boxes.values()) + 50
        y0 = min(b[1] for b in boxes.values()) - 50
        y1 = max(b[1] + b[3] for b in boxes.values()) + 50
        for _ in range(40):
            ax, ay = rng.uniform(x0, x1), rng.uniform(y0, y1)
            bx, by = ax + rng.uniform(1, 600), ay + rng.uniform(1, 400)
            inside = {key for key, box in boxes.items() if _meets(box, ax + 0.01, ay + 0.01, bx - 0.01, by - 0.01)}
            around = {key for key, box in boxes.items() if _meets(box, ax - 0.01, ay - 0.01, bx + 0.01, by + 0.01)}
            found = set(index.within(ax, ay, bx, by))
            assert inside <= found <= around, "the box index finds the boxes in an area"
    for key, m in memo.arrows.items():
        if not m.inputs or not m.drawn:
            continue
        made_from = fresh.arrows[key].inputs if key in fresh.arrows else None
        if made_from:  # what its shape was made from, read where its boxes are now (moved along lazily or not)
            assert _near(m.inputs[0], made_from[0]) and _near(m.inputs[1], made_from[1]), f"the boxes of {key}"
        if memo.signs is not None:
            sign, head = marks(m.usual)
            assert _near(memo.signs.boxes[(key, 0)], sign) and _near(memo.signs.boxes[(key, 1)], head), f"the signs of {key}"
        kept, made = memo.footprints.areas(key), fresh.footprints.areas(key)
        if made is not None and m.misleading is not None:
            assert kept is not None, f"the footprint of {key}"
            if m.misleading and not (len(kept) == len(made) and all(map(_near, kept, made))):
                # passing under a box: the one box kept is the proof, and a line under several may keep another
                # than the first a look-up from nothing finds; it must be a box shown, that the line passes under
                assert len(kept) == 1 and _passes_under(m.usual, kept[0], fresh.index), f"the footprint of {key}"
            else:
                assert len(kept) == len(made) and all(map(_near, kept, made)), f"the footprint of {key}"


def _passes_under(usual, area: tuple, index) -> bool:
    """Whether the line of ``usual`` passes under a box of ``index`` filling ``area`` (as the check would find)."""
    from argmap.drawing.geometry import LightPath
    from argmap.drawing.honest import _enters

    path = usual[0]
    if isinstance(path, LightPath):
        lines = [path.segments]
    else:  # a Qt path (a cross-link's usual arc): each piece as a polyline, as the check reads it
        lines = [[(p.x(), p.y()) for p in piece.toList()] for piece in path.toSubpathPolygons()]
    boxes = [box for box in index.boxes.values() if _near((box[0], box[1], box[0] + box[2], box[1] + box[3]), area)]
    return any(_enters(line, box, index.cell) for line in lines for box in boxes)
