"""The order a presentation reveals a map in: main claim first, each statement once, depth- or breadth-first."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.io import load
from argmap.model import ArgumentMap
from argmap.teaching.steps import presentation_steps

EXAMPLE = Path(__file__).resolve().parents[2] / "maps" / "japan-nato-ukraine.json"


def small_map() -> ArgumentMap:
    amap = ArgumentMap("walk")
    amap.add("claim", "We should walk.", id="c")
    amap.add("support", "Healthy.", parent="c", id="a")
    amap.add("objection", "Slow.", parent="c", id="b")
    amap.add("evidence", "A study.", parent="a", id="a1")
    amap.add("rebuttal", "Not much slower.", parent="b", id="b1")
    return amap


def test_depth_first_walks_each_branch_to_its_end():
    steps = presentation_steps(small_map(), "depth")
    assert steps.ids == ("c", "a", "a1", "b", "b1")
    assert steps.parent == {"c": None, "a": "c", "a1": "a", "b": "c", "b1": "b"}
    assert steps.shown(2) == ("c", "a", "a1")


def test_breadth_first_shows_every_reply_to_the_main_claim_first():
    assert presentation_steps(small_map(), "breadth").ids == ("c", "a", "b", "a1", "b1")


def test_number_keys_reach_the_replies_to_the_main_claim():
    assert presentation_steps(small_map(), "depth").branch_starts() == [1, 3]
    assert presentation_steps(small_map(), "breadth").branch_starts() == [1, 2]


def test_a_statement_with_two_parents_and_a_cycle_appear_once():
    amap = small_map()
    amap.connect("a1", "b", "support")  # a1 bears on a and on b
    amap.add("claim", "Loop one.", id="x")
    amap.add("support", "Loop two.", parent="x", id="y")
    amap.connect("x", "y", "support")  # x <-> y: no main claim reaches them
    for order in ("depth", "breadth"):
        ids = presentation_steps(amap, order).ids
        assert sorted(ids) == sorted(amap.ids())
        assert len(ids) == len(set(ids))


def test_only_limits_the_steps_to_what_the_picture_shows():
    assert presentation_steps(small_map(), only={"c", "b", "b1"}).ids == ("c", "b", "b1")


def test_the_example_map_is_presented_whole_from_its_main_claim():
    amap = load(EXAMPLE)
    steps = presentation_steps(amap)
    assert steps.ids[0] == amap.main_claims()[0]
    assert sorted(steps.ids) == sorted(amap.ids())
    for k, i in enumerate(steps.ids[1:], start=1):  # each reply comes after what it replies to
        assert steps.parent[i] in steps.ids[:k]


def test_unknown_order_is_refused():
    with pytest.raises(ValueError, match="depth or breadth"):
        presentation_steps(small_map(), "sideways")  # type: ignore[arg-type]
