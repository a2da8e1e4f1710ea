"""A cross-link whose two boxes moved by one step keeps its verdict when what its check looked at moved by that step too;
else it is checked again. Either way the picture is the one made from nothing."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from argmap.drawing.moved_alike import Along, still_clear, still_under
from argmap.drawing.obstacles import BoxIndex
from argmap.model import ArgumentMap, Relation

ENDS = ("a", "b")
STEP = (100.0, 0.0)


def _along(was: dict, shown: dict, arrows: dict | None = None, remade: tuple = ()) -> Along:
    return Along({}, {}, {}, was, shown, arrows or {}, remade)


def test_a_clear_cross_link_stays_clear_while_what_its_check_saw_moved_with_it():
    """Its footprint, moved, holds a box and a mark that moved by the same step (kept), or one that did not (checked)."""
    was = {"a": (0.0, 0.0, 50.0, 20.0), "b": (500.0, 0.0, 50.0, 20.0), "c": (200.0, 100.0, 50.0, 20.0)}
    looked = [(0.0, 0.0, 300.0, 130.0)]
    moved = {k: (x + 100.0, y, w, h) for k, (x, y, w, h) in was.items()}
    signs = BoxIndex({(("c", "b"), 0): (260.0, 90.0, 8.0, 8.0), (ENDS, 1): (300.0, 50.0, 8.0, 8.0)})
    assert still_clear(ENDS, looked, STEP, BoxIndex(moved), signs, _along(was, moved, {("c", "b"): STEP}))
    assert not still_clear(ENDS, looked, STEP, BoxIndex(moved), signs, _along(was, moved)), "a mark that did not move along"
    assert not still_clear(ENDS, looked, STEP, BoxIndex(moved), signs, _along(was, moved, {("c", "b"): (99.0, 0.0)}))
    stayed = moved | {"c": was["c"]}  # c did not move: now where the line moved to? (it is in the moved footprint)
    stayed["c"] = (250.0, 100.0, 50.0, 20.0)
    assert not still_clear(ENDS, looked, STEP, BoxIndex(stayed), BoxIndex({}), _along(was, stayed)), "a box that moved otherwise"
    new = moved | {"n": (150.0, 60.0, 10.0, 10.0)}
    assert not still_clear(ENDS, looked, STEP, BoxIndex(new), BoxIndex({}), _along(was, new)), "a box new in the footprint"
    grown = moved | {"c": (300.0, 100.0, 51.0, 20.0)}
    assert not still_clear(ENDS, looked, STEP, BoxIndex(grown), BoxIndex({}), _along(was, grown)), "a box that grew"


def test_a_cross_link_passing_under_a_box_still_does_while_that_box_moved_with_it():
    was = {"a": (0.0, 0.0, 50.0, 20.0), "b": (500.0, 0.0, 50.0, 20.0), "c": (200.0, 100.0, 50.0, 20.0)}
    looked = [(200.0, 100.0, 250.0, 120.0)]  # the box it passed under
    moved = {k: (x + 100.0, y, w, h) for k, (x, y, w, h) in was.items()}
    assert still_under("c", looked, STEP, BoxIndex(moved), _along(was, moved))
    assert not still_under(None, looked, STEP, BoxIndex(moved), _along(was, moved))
    stayed = moved | {"c": was["c"]}
    assert not still_under("c", looked, STEP, BoxIndex(stayed), _along(was, stayed))
    gone = {k: v for k, v in moved.items() if k != "c"}
    assert not still_under("c", looked, STEP, BoxIndex(gone), _along(was, gone))


def test_a_widening_edit_keeps_the_verdicts_of_the_cross_links_its_trees_moved_alike(qapp, monkeypatch):
    """Reasons added to the first tree move the two right of it across alike; a cross-link between those two, over a
    box of the one between its ends, keeps its verdict (not checked again), and the canvas shows the picture made from
    nothing; and still after an edit that moves the tree between its ends otherwise than its ends."""
    from argmap.drawing import edit_picture
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture

    amap = ArgumentMap()
    amap.add("claim", "The first claim.", id="a")
    amap.add("support", "A reason for it.", id="a1", parent="a")
    for t in "bcd":
        amap.add("claim", f"Claim {t}.", id=t)
        amap.add("support", f"A reason for {t}.", id=f"{t}1", parent=t)
    amap.connect("b1", "d1", Relation.ATTACK)  # across c's tree
    scene = MapScene(amap, decorations=False)
    checked: list = []
    real = edit_picture.misleads
    monkeypatch.setattr(edit_picture, "misleads", lambda arrow, *a, **k: checked.append(arrow[2]) or real(arrow, *a, **k))
    try:
        before = {a.source: a for a in scene.diagram().arrows if (a.source, a.target) == ("b1", "d1")}
        assert before, "the cross-link is drawn"
        for k in range(3):
            amap.add("support", f"Another reason for the first claim, number {k}.", id=f"a{k + 2}", parent="a")
        scene.relayout()
        assert scene.diagram().boxes, "drawn"
        made = build_diagram(amap, scene.theme)
        assert canvas_picture(scene) == exported_picture(made)
        assert ("b1", "d1") not in checked, "its verdict moved along with it"
        checked.clear()
        amap.update("c1", text="A reason for c, now said at much greater length, so that its box grows a lot.")
        scene.relayout()
        assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme))
    finally:
        scene.detach()
