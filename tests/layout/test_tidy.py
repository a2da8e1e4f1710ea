"""Far apart siblings are spaced on a coarse grid (layout/tidy.py ``spaced``): a branch that grows a little leaves its
right-hand neighbours where they were."""

from __future__ import annotations

import math

import pytest

from argmap.layout import LayoutOptions, compute_layout, tidy
from argmap.model import ArgumentMap, Kind


def test_spacing_adds_at_most_an_eighth_and_less_the_further_apart():
    aparts = [8_192.0, 8_193.0, 16_384.0, 16_385.0, 18_431.5, 65_537.0, 100_000.25, 1e7 + 0.5]
    got = [tidy.spaced(apart) for apart in aparts]
    for apart, spaced in zip(aparts, got, strict=True):
        assert apart <= spaced <= apart * 1.125
    assert got == sorted(got)  # farther apart never nearer
    assert tidy.spaced(1e7 + 0.5) <= (1e7 + 0.5) * 1.003
    assert {tidy.spaced(16_400.0 + 40 * k) for k in range(50)} == {18_432.0}  # one grid line of 2,048 for all


def _branches(leaves: int) -> tuple[ArgumentMap, dict[str, tuple[float, float]]]:
    """A claim with three reasons, each with ``leaves`` evidence under it: 230 units a leaf with the gap."""
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "claim", id="c")
    for b in "ABC":
        amap.add(Kind.SUPPORT, f"reason {b}", id=b, parent="c")
        for n in range(leaves):
            amap.add(Kind.EVIDENCE, f"evidence {b}{n}", id=f"{b}{n}", parent=b)
    return amap, {i: (200.0, 200.0) for i in amap.ids()}  # square: 230 units across either way


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_leaf_added_to_a_wide_branch_leaves_the_branches_right_of_it_where_they_were(direction, monkeypatch):
    """Branches 72 leaves wide (16,560 units apart, spaced to 18,432 on a grid of 2,048): a leaf more in the first does not move the other
    two, though it widened the first; packed tight (spacing off) they would move by a leaf's width. The layout after
    the edit is the one made from nothing."""
    amap, sizes = _branches(72)
    options = LayoutOptions(direction=direction)
    across = 0 if direction == "TB" else 1

    def place(boxes, key: str) -> float:
        return (boxes[key].x, boxes[key].y)[across]

    def add_leaf() -> tuple[dict, dict]:
        layout = compute_layout(amap, sizes, options)
        before = dict(layout.boxes)  # (the edit's layout takes the last one's boxes over)
        amap.add(Kind.EVIDENCE, "one more", id="new", parent="A")
        sizes["new"] = (200.0, 200.0)
        after = compute_layout(amap, sizes, options, previous=layout, dirty={"new", "A"})
        assert after.boxes == compute_layout(amap, sizes, options).boxes
        return before, after.boxes

    before, after = add_leaf()
    assert place(after, "new") > place(before, "A71")  # the first branch grew to the right ...
    for key in ("B", "B0", "B71", "C", "C35"):  # ... into its room: the others stay
        assert place(after, key) == place(before, key)
    assert place(before, "B0") - place(before, "A0") == tidy.spaced(72 * 230.0)

    monkeypatch.setattr(tidy, "SPACED_FROM", math.inf)  # packed tight: the same edit moves them
    amap, sizes = _branches(72)
    before, after = add_leaf()
    assert place(after, "B0") - place(before, "B0") == pytest.approx(230.0)


def test_near_siblings_are_packed_tight():
    """Branches 10 leaves wide (2,300 units): as before, side by side with the gap only."""
    amap, sizes = _branches(10)
    boxes = compute_layout(amap, sizes, LayoutOptions()).boxes
    assert boxes["B0"].x - boxes["A0"].x == pytest.approx(10 * 230.0)
