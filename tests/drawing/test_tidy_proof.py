"""A picture made from nothing of a tidy layout knows its tree arrows pass under no box (drawing/tidy_proof.py).

The shortcut must give exactly what the check it replaces gives (:func:`~argmap.drawing.honest.clear_tree_arrows`,
which looks at the boxes): the same verdicts and the same areas kept, on maps whose boxes differ in height and width,
with wide fans, cross-links, linked reasons and undercuts, in both directions; and it must not be taken where the
reason it rests on does not hold (pinned or collapsed statements, the columns arrangement).
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
    check = diagram_module._check_arrows

    def spy(drawn, usual, stale, index, signs, memo, *, tidy=False):
        seen.update(arrows=list(usual), index=index, tidy=tidy)
        return check(drawn, usual, stale, index, signs, memo, tidy=tidy)

    monkeypatch.setattr(diagram_module, "_check_arrows", spy)
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
