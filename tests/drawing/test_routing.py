"""Where arrows meet their parent (:func:`argmap.drawing.routing.assign_slots`)."""

from __future__ import annotations

import random

from argmap.drawing.geometry import fan_slots
from argmap.drawing.routing import assign_slots, spread_slots


def _spread(arrows):
    """assign_slots as its docstring says: per parent, the arrows in the order of their coordinates (ties in the given
    order), spread by fan_slots."""
    into: dict[str, list] = {}
    for target, coordinate, key in arrows:
        into.setdefault(target, []).append((coordinate, key))
    out = {}
    for entries in into.values():
        ordered = sorted(entries, key=lambda entry: entry[0])
        out.update({key: slot for slot, (_, key) in zip(fan_slots(len(ordered)), ordered, strict=True)})
    return out


def test_each_parent_spreads_its_arrows_by_where_they_come_from_ties_in_the_given_order():
    rng = random.Random(3)
    arrows = []
    for parent in range(60):  # parents of 1 to 9 arrows, some coordinates shared
        for child in range(1 + parent % 9):
            arrows.append((f"p{parent}", float(rng.choice([0, 10, 20, 30, 40, 50])), (f"c{parent}.{child}", f"p{parent}")))
    rng.shuffle(arrows)
    for _ in range(2):  # (the second time, the fans of each count are those kept from the first)
        slots = assign_slots(arrows)
        assert slots == _spread(arrows)
    lone = [key for target, _, key in arrows if sum(t == target for t, _, _ in arrows) == 1]
    assert lone and all(slots[key] == 0.5 for key in lone)
    by_parent: dict[str, list] = {}  # (as a picture from nothing lists them)
    for target, coordinate, key in arrows:
        by_parent.setdefault(target, []).append((coordinate, key))
    assert spread_slots(by_parent) == slots and list(spread_slots(by_parent)) == list(slots)  # (in the same order too)


def test_two_arrows_into_one_parent_take_its_two_sides_by_where_they_come_from():
    slots = assign_slots([("p", 300.0, "right"), ("p", 100.0, "left"), ("q", 5.0, "alone")])
    assert slots["left"] < 0.5 < slots["right"] and slots["alone"] == 0.5
    assert slots == {"left": fan_slots(2)[0], "right": fan_slots(2)[1], "alone": 0.5}
