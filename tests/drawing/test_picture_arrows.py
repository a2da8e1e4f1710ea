"""A picture's arrows from nothing (drawing/picture_arrows.py): each link gets its usual shape, and an arrow that
would pass under a box it does not join is told so (the picture then routes it around)."""

from argmap.drawing.honest import sign_index
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.picture_arrows import check_arrows, fresh_arrows
from argmap.model import Link, Relation


def _verdicts(shown: dict, cross: dict) -> dict:
    links = [Link(source, target, Relation.SUPPORT) for source, target in cross]
    keys = list(cross)
    remembered: dict = {}
    drawn: list = []
    usual: list = []
    fresh_arrows(links, keys, cross, shown, {}, None, "TB", remembered, drawn, usual)
    assert [key for _, key, _ in drawn] == keys and set(remembered) == set(keys)
    assert all(m.drawn for m in remembered.values())
    check_arrows(drawn, usual, set(), BoxIndex(shown), lambda: sign_index({k: m.usual for k, m in remembered.items()}), None)
    return {key: m.misleading for key, m in remembered.items()}


def test_an_arrow_with_a_box_in_its_way_is_told_so_and_a_clear_one_is_not() -> None:
    shown = {
        "claim": (0.0, 0.0, 200.0, 60.0),
        "near": (0.0, 160.0, 200.0, 60.0),  # right under the claim: nothing between
        "far": (0.0, 480.0, 200.0, 60.0),  # under "near" too: a straight cross-link up passes under it
    }
    verdicts = _verdicts(shown, {("near", "claim"): False, ("far", "claim"): True})
    assert verdicts == {("near", "claim"): False, ("far", "claim"): True}


def test_with_the_box_out_of_the_way_the_long_arrow_is_clear() -> None:
    shown = {
        "claim": (0.0, 0.0, 200.0, 60.0),
        "near": (900.0, 160.0, 200.0, 60.0),
        "far": (0.0, 480.0, 200.0, 60.0),
    }
    verdicts = _verdicts(shown, {("near", "claim"): False, ("far", "claim"): True})
    assert verdicts[("far", "claim")] is False


def test_a_cross_links_symbol_is_where_the_measured_arc_puts_it() -> None:
    """curved_path does not ask Qt for the arc's length when its chord tells that it is long enough: the symbol must lie
    where the measure would put it (half way along a short arc), for arcs of every length and direction."""
    import math
    import random

    from PySide6.QtCore import QPointF

    from argmap.drawing.geometry import SYMBOL_RADIUS, curved_path

    rng = random.Random(3)
    for _ in range(3000):
        start = QPointF(rng.uniform(-1000, 1000), rng.uniform(-1000, 1000))
        distance, angle = rng.choice([rng.uniform(0, 45), rng.uniform(0, 3000)]), rng.uniform(0, 2 * math.pi)
        end = QPointF(start.x() + distance * math.cos(angle), start.y() + distance * math.sin(angle))
        path, _, symbol = curved_path(start, end)
        along = min(path.length() / 2, SYMBOL_RADIUS + 3.5)  # (the arc measured)
        assert symbol == path.pointAtPercent(path.percentAtLength(along))
