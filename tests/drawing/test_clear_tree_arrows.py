"""The quick proof that tree arrows do not mislead (honest.clear_tree_arrows) agrees with the full check (misleads).

A picture made from nothing clears most tree arrows fan by fan; every arrow it clears must be one that
``misleads`` finds honest, with the same area kept as its footprint (an edit's picture checks again only
the arrows whose footprint a change meets). Checked on maps whose boxes differ in height, with pins that
drop boxes into other fans' gaps, collapsed statements, cross-links, both directions and both arrangements.
"""

from __future__ import annotations

import random

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap
from tests.gui.canvas.test_same_picture import random_maps


def checked_against_misleads(amap: ArgumentMap, direction: str, monkeypatch) -> tuple[int, int, int]:
    """Build the picture; every arrow the proof cleared is one ``misleads`` finds honest with the same single
    area looked at. Returns (arrows, cleared, misleading) for the caller to check the case was worth it."""
    from argmap.drawing import diagram as diagram_module
    from argmap.drawing import honest, picture_arrows
    from argmap.drawing.theme import Theme

    seen: list[tuple[int, int, int]] = []

    def checked(arrows, index):
        cleared = honest.clear_tree_arrows(arrows, index)
        misleading = 0
        for arrow, area in zip(arrows, cleared, strict=True):
            probe: list = []
            verdict = honest.misleads(arrow, index, lambda: honest.sign_index({}), probe)
            misleading += verdict
            if area is not None:
                assert not verdict, arrow[2]
                assert probe == [area], arrow[2]
        seen.append((len(arrows), sum(area is not None for area in cleared), misleading))
        return cleared

    monkeypatch.setattr(picture_arrows, "clear_tree_arrows", checked)
    monkeypatch.setattr(diagram_module, "proof_holds", lambda *args: False)  # (not its shortcut: test_tidy_proof.py)
    diagram_module.build_diagram(amap, Theme.light(), direction=direction, remember=True)
    return seen[0] if seen else (0, 0, 0)


def crowded_map(seed: int) -> ArgumentMap:
    """A tree of 120 statements of one to eight lines, some of them pinned into the gaps under other parents."""
    rng = random.Random(seed)
    amap = ArgumentMap()
    ids = [amap.add("claim", "The main claim.").id]
    texts = ["Short.", "A reason of a middling length, two lines or so.", "A long statement that wraps onto many lines " * 4]
    for _ in range(119):
        ids.append(amap.add(rng.choice(["support", "objection"]), rng.choice(texts), parent=rng.choice(ids)).id)
    return amap


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_the_proof_clears_most_arrows_of_a_tree_and_each_rightly(qapp, monkeypatch, direction):
    arrows, cleared, misleading = checked_against_misleads(crowded_map(1), direction, monkeypatch)
    assert arrows == 119 and misleading == 0
    assert cleared == arrows  # no box reaches into a tidy tree's gaps


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_boxes_dropped_into_the_gaps_are_found(qapp, monkeypatch, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    amap = crowded_map(2)
    placed = build_diagram(amap, Theme.light(), direction=direction).layout.boxes
    parents = [i for i in amap.ids() if len(amap.children(i)) >= 2]
    rng = random.Random(3)
    for parent in rng.sample(parents, 6):  # a leaf elsewhere pinned just under a parent with a fan: into its gap
        box = placed[parent]
        leaf = next(i for i in rng.sample(amap.ids(), 120) if not amap.children(i) and i not in amap.children(parent))
        if direction == "TB":
            amap.pin(leaf, box.x + box.w / 2 - 40, box.y + box.h + 10)
        else:
            amap.pin(leaf, box.x + box.w + 10, box.y + box.h / 2 - 20)
    arrows, cleared, misleading = checked_against_misleads(amap, direction, monkeypatch)
    assert misleading > 0 and cleared < arrows - misleading  # boxes in the gaps: some arrows mislead, more need the full check


def test_collapsed_statements_and_cross_links(qapp, monkeypatch):
    amap = crowded_map(4)
    rng = random.Random(5)
    ids = amap.ids()
    for i in rng.sample([i for i in ids if amap.children(i)], 5):
        amap.update(i, collapsed=True)
    for _ in range(8):
        a, b = rng.sample(ids, 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, "support")
    for direction in ("TB", "LR"):
        arrows, cleared, _ = checked_against_misleads(amap, direction, monkeypatch)
        assert 0 < cleared < arrows  # cross-links are left to the full check


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(amap=random_maps(), direction=st.sampled_from(["TB", "LR"]))
def test_random_maps(qapp, monkeypatch, amap, direction):
    checked_against_misleads(amap, direction, monkeypatch)


def test_footprints_put_in_one_loop_are_those_put_one_by_one():
    from argmap.drawing.reuse import Footprints

    rng = random.Random(7)
    entries = []
    for k in range(300):
        x, y = rng.uniform(-3000, 3000), rng.uniform(-3000, 3000)
        entries.append(((f"s{k}", f"t{k % 17}"), (x, y, x + rng.uniform(0, 2500), y + rng.uniform(0, 300))))
    one_by_one, at_once = Footprints(), Footprints()
    for key, _ in entries[:40]:  # some keys have a footprint already: theirs is replaced
        one_by_one.put(key, [(0.0, 0.0, 10.0, 10.0)])
        at_once.put(key, [(0.0, 0.0, 10.0, 10.0)])
    for key, area in entries:
        one_by_one.put(key, [area])
    at_once.put_areas(entries)
    assert at_once._areas == one_by_one._areas
    assert at_once._buckets == one_by_one._buckets
    changed = [(100.0, 100.0, 400.0, 130.0), (-2000.0, 500.0, -1990.0, 2500.0)]
    assert at_once.touching(changed) == one_by_one.touching(changed)
