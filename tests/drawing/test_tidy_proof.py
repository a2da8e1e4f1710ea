"""A picture made from nothing of a tidy layout knows its tree arrows pass under no box (drawing/tidy_proof.py).

The shortcut must give exactly what the check it replaces gives (:func:`~argmap.drawing.honest.clear_tree_arrows`,
which looks at the boxes): the same verdicts and the same areas kept, on maps whose boxes differ in height and width,
with wide fans, cross-links, linked reasons and undercuts, in both directions; and it must not be taken where the
reason it rests on does not hold (pinned or collapsed statements, the columns arrangement). An edit's picture takes the
same word for its tree arrows only: its picture and what it keeps are those made from nothing.
"""

from __future__ import annotations

import random

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap
from tests.gui.canvas.test_same_picture import exported_picture, random_maps

TEXTS = [
    "Short.",
    "A reason of a middling length, two lines or so.",
    "A long statement that wraps onto many lines " * 4,
    "Wide-ranging, counter-intuitive, well-known objections",
]


def tidy_map(seed: int, size: int = 150) -> ArgumentMap:
    """A tree with fans of every width (a few parents take most children), boxes of one to eight lines, two main claims,
    a few cross-links and a linked reason."""
    rng = random.Random(seed)
    amap = ArgumentMap()
    ids = [amap.add("claim", "The main claim.").id, amap.add("claim", "Another main claim, " * rng.randint(1, 6)).id]
    busy = ids[:]
    for _ in range(size):
        parent = rng.choice(busy) if rng.random() < 0.6 else rng.choice(ids)
        ids.append(amap.add(rng.choice(["support", "objection", "evidence"]), rng.choice(TEXTS), parent=parent).id)
        if rng.random() < 0.05:
            busy.append(ids[-1])
    for _ in range(6):
        a, b = rng.sample(ids, 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, "support")
    parent = next(i for i in ids if len(amap.children(i)) >= 3)
    amap.group(parent, amap.children(parent)[:2])
    return amap


def picture_and_checks(amap: ArgumentMap, direction: str, monkeypatch, *, shortcut: bool):
    """The picture made from nothing, the arrows its check went over with the index, and whether the shortcut was taken."""
    from argmap.drawing import diagram as diagram_module
    from argmap.drawing.theme import Theme

    seen: dict = {}
    check = diagram_module.check_arrows

    def spy(drawn, usual, stale, index, signs, memo, *, tidy=False):
        seen.update(arrows=list(usual), index=index, tidy=tidy)
        return check(drawn, usual, stale, index, signs, memo, tidy=tidy)

    monkeypatch.setattr(diagram_module, "check_arrows", spy)
    if not shortcut:
        monkeypatch.setattr(diagram_module, "proof_holds", lambda *args: False)
    picture = diagram_module.build_diagram(amap, Theme.light(), direction=direction, remember=True)
    monkeypatch.undo()
    return picture, seen


def footprints(picture) -> dict:
    memo = picture.memo
    return {key: (m.misleading, memo.footprints._areas.get(key)) for key, m in memo.arrows.items()}


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_shortcut_gives_what_the_check_gives(qapp, monkeypatch, direction, seed):
    from argmap.drawing.honest import clear_tree_arrows
    from argmap.drawing.tidy_proof import tidy_cleared

    amap = tidy_map(seed)
    quick, seen = picture_and_checks(amap, direction, monkeypatch, shortcut=True)
    assert seen["tidy"]
    arrows, index = seen["arrows"], seen["index"]
    cleared = tidy_cleared(arrows, index.cell)
    assert cleared == clear_tree_arrows(arrows, index)
    assert sum(area is not None for area in cleared) >= len(amap) - 10  # the tree arrows (not the cross-links)
    full, seen = picture_and_checks(amap, direction, monkeypatch, shortcut=False)
    assert not seen["tidy"]
    assert exported_picture(quick) == exported_picture(full)  # box for box, arrow for arrow
    assert footprints(quick) == footprints(full)  # what an edit's picture reads: verdicts and the areas they rest on


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(amap=random_maps(), direction=st.sampled_from(["TB", "LR"]))
def test_random_maps(qapp, monkeypatch, amap, direction):
    from argmap.drawing.honest import clear_tree_arrows
    from argmap.drawing.routing import effective_arrangement
    from argmap.drawing.tidy_proof import tidy_cleared
    from argmap.layout import hidden_by_collapse

    quick, seen = picture_and_checks(amap, direction, monkeypatch, shortcut=True)
    pinned = any(s.pinned is not None for s in amap.statements())
    hidden = hidden_by_collapse(amap)
    columns = effective_arrangement(amap.layout, direction) == "columns"  # (columns are top-down only)
    if pinned or hidden or columns:
        assert not seen.get("tidy")  # the reason does not hold: the boxes are looked at
    if seen.get("tidy"):
        assert tidy_cleared(seen["arrows"], seen["index"].cell) == clear_tree_arrows(seen["arrows"], seen["index"])
        full, _ = picture_and_checks(amap, direction, monkeypatch, shortcut=False)
        assert exported_picture(quick) == exported_picture(full)
        assert footprints(quick) == footprints(full)


def test_pins_and_collapsed_statements_turn_the_shortcut_off(qapp, monkeypatch):
    amap = tidy_map(4, 40)
    _, seen = picture_and_checks(amap, "TB", monkeypatch, shortcut=True)
    assert seen["tidy"]
    leaf = next(i for i in amap.ids() if not amap.children(i))
    amap.pin(leaf, 100.0, 100.0)
    _, seen = picture_and_checks(amap, "TB", monkeypatch, shortcut=True)
    assert not seen["tidy"]
    amap.unpin(leaf)
    amap.update(next(i for i in amap.ids() if amap.children(i) and amap.parents(i)), collapsed=True)
    _, seen = picture_and_checks(amap, "TB", monkeypatch, shortcut=True)
    assert not seen["tidy"]


def _edit_tidily(rng: random.Random, amap: ArgumentMap, serial: int) -> None:
    """One edit that keeps the layout tidy: a box made wider or taller (or smaller), a reason added or taken away, a
    cross-link made (the boxes beside the edit move along, some under the arcs of cross-links)."""
    ids = amap.ids()
    what = rng.choice(["text", "text", "add", "remove", "connect"])
    if what == "text":
        amap.update(rng.choice(ids), text=rng.choice(TEXTS) + f" ({serial})")
    elif what == "add":
        amap.add(rng.choice(["support", "objection"]), rng.choice(TEXTS), parent=rng.choice(ids))
    elif what == "remove":
        leaves = [i for i in ids if not amap.children(i) and amap.parents(i)]
        amap.remove(rng.choice(leaves))
    else:
        a, b = rng.sample(ids, 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, "support")


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("seed", range(6))
def test_an_edit_of_a_tidy_layout_keeps_its_tree_arrows_verdicts_and_checks_the_rest(qapp, direction, seed):
    """An edit's picture of a tidy layout takes the proof's word for the tree arrows that passed under no box (their
    verdicts and the areas they rest on stay, or move along with their boxes): the cross-links whose arcs boxes moved
    under, and the tree arrows the proof does not cover, are still checked, so the picture and what it keeps are those
    made from nothing."""
    from argmap.drawing import edit_picture as edit_module
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.drawing.memo_checks import assert_memo_as_from_nothing
    from tests.gui.canvas.test_same_picture import canvas_picture

    rng = random.Random(seed)
    amap = tidy_map(seed, 120)
    for _ in range(24):  # many cross-links: boxes moving along pass under their arcs
        a, b = rng.sample(amap.ids(), 2)
        if not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, "attack")
    scene = MapScene(amap, decorations=False, direction=direction)
    taken = []
    holds = edit_module.holds_for
    edit_module.holds_for = lambda layout: taken.append(holds(layout)) or taken[-1]
    try:
        for serial in range(10):
            _edit_tidily(rng, amap, serial)
            scene.relayout()
            fresh = build_diagram(amap, scene.theme, direction=direction, remember=True)
            assert canvas_picture(scene) == exported_picture(fresh)
            assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo, serial)
    finally:
        edit_module.holds_for = holds
        scene.detach()
    assert len(taken) == 10 and all(taken)  # (every edit's picture went the proof's way)


def test_a_box_grown_under_a_cross_links_arc_makes_it_routed_though_its_ends_stayed(qapp):
    """The proof keeps the verdicts of tree arrows only: a cross-link whose ends stay, under whose arc a box grows (B, taller,
    pushing its reason down), is checked again and routed, as in a picture made from nothing."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.drawing.memo_checks import assert_memo_as_from_nothing
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = ArgumentMap()
    amap.add("claim", "The claim.", id="R")
    for name in "ABC":
        amap.add("support", f"{name}.", id=name, parent="R")
        amap.add("support", f"{name}1.", id=f"{name}1", parent=name)
    amap.update("B", text="B " + "and more words " * 10)
    amap.connect("A1", "C1", "attack")
    scene = MapScene(amap, decorations=False)
    try:
        ends = scene.diagram().layout.boxes["A1"], scene.diagram().layout.boxes["C1"]
        assert scene.diagram().memo.arrows[("A1", "C1")].misleading is False
        amap.update("B", text="B " + "and more words " * 14)
        scene.relayout()
        assert (scene.diagram().layout.boxes["A1"], scene.diagram().layout.boxes["C1"]) == ends
        fresh = build_diagram(amap, scene.theme, remember=True)
        assert fresh.memo.arrows[("A1", "C1")].misleading is True  # (the map does what the test is about)
        assert canvas_picture(scene) == exported_picture(fresh)
        assert_memo_as_from_nothing(scene.diagram().memo, fresh.memo)
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("seed", range(4))
def test_the_tree_arrows_an_edit_makes_again_are_settled_as_the_check_settles_them(qapp, monkeypatch, direction, seed):
    """The tree arrows an edit's picture of a tidy layout makes again are settled without looking at the boxes
    (:func:`~argmap.drawing.tidy_proof.settle_tree_arrows`): each has the verdict and the area the full check of a picture
    from nothing (no shortcut: the boxes looked at) gives it (fails if one that passes under a box were settled, or
    another area kept), and edits settle many."""
    from argmap.drawing import edit_picture as edit_module
    from argmap.gui.canvas import MapScene

    rng = random.Random(seed)
    amap = tidy_map(seed, 120)
    scene = MapScene(amap, decorations=False, direction=direction)
    settled: dict = {}
    real = edit_module.settle_tree_arrows

    def spy(keys, memos, tree_parent, cell, under, footprints):
        done = real(keys, memos, tree_parent, cell, under, footprints)
        settled.update({key: (memos[key].misleading, footprints.areas(key)) for key in done})
        return done

    monkeypatch.setattr(edit_module, "settle_tree_arrows", spy)
    count = 0
    try:
        for serial in range(8):
            _edit_tidily(rng, amap, serial)
            settled.clear()
            scene.relayout()
            full, seen = picture_and_checks(amap, direction, monkeypatch, shortcut=False)
            monkeypatch.setattr(edit_module, "settle_tree_arrows", spy)  # (picture_and_checks undid it)
            assert not seen["tidy"]
            checked = footprints(full)
            assert {key: checked[key] for key in settled} == settled
            count += len(settled)
    finally:
        scene.detach()
    assert count > 8
