"""Trees and subtrees an edit moved as a whole: their arrows are moved along, and the picture is still the one
made from nothing (:mod:`argmap.drawing.rigid`).

A statement added to the first of several trees side by side widens it, and every tree to its right moves
across; inside a tidy tree the subtrees beside the edit shift. The editor's picture moves those arrows instead
of making them again, and keeps their checks unless a box that did not move with them is in the way.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Relation
from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture

KINDS = ["support", "objection", "evidence", "rebuttal"]
TEXTS = ["Short.", "A reason of middling length that wraps once.", "A long statement " * 6]


def forest(draw) -> ArgumentMap:
    """Two to four trees side by side, with cross-links between them and maybe a pinned statement."""
    amap = ArgumentMap()
    ids: list[str] = []
    for t in range(draw(st.integers(2, 4))):
        root = amap.add("claim", f"Main claim {t}.", id=f"t{t}").id
        here = [root]
        for i in range(draw(st.integers(1, 7))):
            here.append(amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"t{t}n{i}",
                                 parent=draw(st.sampled_from(here))).id)
        ids += here
    for _ in range(draw(st.integers(0, 3))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a[:2] != b[:2] and not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK])))
    if draw(st.booleans()):
        amap.pin(draw(st.sampled_from(ids)), float(draw(st.integers(0, 2400))), float(draw(st.integers(0, 600))))
    return amap


def widen_or_narrow(draw, amap: ArgumentMap, serial: int) -> None:
    """An edit in the first tree or any other (most move the trees to its right), or a cross-link."""
    ids = amap.ids()
    first = [i for i in ids if i.startswith("t0") or i.startswith("e")] or ids
    pick = lambda: draw(st.sampled_from(draw(st.sampled_from([first, ids]))))  # noqa: E731
    what = draw(st.sampled_from(["add", "add", "remove", "text", "connect", "pin"]))
    try:
        if what == "add":
            amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"e{serial}", parent=pick())
        elif what == "remove" and len(ids) > 2:
            leaf = pick()
            if not amap.children(leaf) and amap.parents(leaf):
                amap.remove(leaf)
        elif what == "text":
            amap.update(pick(), text=draw(st.sampled_from(TEXTS)) + f" ({serial})")
        elif what == "connect":
            a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
                amap.connect(a, b, Relation.ATTACK)
        elif what == "pin":
            amap.pin(draw(st.sampled_from(ids)), float(draw(st.integers(0, 2400))), float(draw(st.integers(0, 600))))
    except InvalidLink:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_after_edits_that_move_whole_trees_the_canvas_shows_the_picture_made_from_nothing(qapp, data, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = forest(data.draw)
    scene = MapScene(amap, decorations=False, direction=direction)
    try:
        for serial in range(data.draw(st.integers(1, 6))):
            widen_or_narrow(data.draw, amap, serial)
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=scene.direction)
            assert canvas_picture(scene) == exported_picture(made)
            assert scene.diagram().ids() == made.ids()
    finally:
        scene.detach()


def three_trees() -> ArgumentMap:
    amap = ArgumentMap()
    for t in range(3):
        amap.add("claim", f"Main claim {t}.", id=f"t{t}")
        for i in range(4):
            amap.add("support", f"Reason {i} of claim {t}.", id=f"t{t}r{i}", parent=f"t{t}")
            amap.add("objection", f"An objection to reason {i}.", id=f"t{t}o{i}", parent=f"t{t}r{i}")
    amap.connect("t2o3", "t1r0", Relation.ATTACK)  # a cross-link between the two trees that move
    return amap


def test_the_trees_to_the_right_of_a_widened_tree_move_without_their_arrows_being_made_again(qapp, monkeypatch):
    from argmap.drawing import edit_picture, rigid
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = three_trees()
    scene = MapScene(amap, decorations=False)
    try:
        before = {(a.source, a.target): a.shape[3].x() for a in scene.diagram().arrows}
        made: list[tuple] = []
        moved: list[tuple] = []
        real_shape, real_move = edit_picture.link_shape, rigid.moved_shape
        monkeypatch.setattr(edit_picture, "link_shape", lambda child, parent, **k: made.append(child) or real_shape(child, parent, **k))
        monkeypatch.setattr(edit_picture, "moved_shape", lambda *a: moved.append(a) or real_move(*a))
        amap.add("support", "A new reason that widens the first tree.", id="new", parent="t0")
        scene.relayout()
        after = {(a.source, a.target): a.shape[3].x() for a in scene.diagram().arrows}
        shifted = [key for key in before if key[1].startswith(("t1", "t2")) and after[key] != before[key]]
        assert len(shifted) >= 16  # the tree arrows of the two trees to the right (and the cross-link)
        assert len(moved) >= 16
        assert len(made) < 8  # the new arrow, those into the widened tree's claim, the cross-link
        assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme))
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_cross_link_into_a_moved_tree_is_made_again_alone_and_the_tree_arrows_there_move_along(qapp, monkeypatch, direction):
    """The cross-link ends at t1r0, in a tree that moves: the tree arrow into t1r0 moves along (a cross-link takes no
    slot of its edge), only the cross-link itself is done again; both cross-links join the two trees that move alike, so
    their shapes are moved, not made again (their verdicts are checked again)."""
    from argmap.drawing import edit_picture
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = three_trees()
    amap.connect("t1o1", "t2r2", Relation.SUPPORT)  # and one out of a box of a moving tree into another
    scene = MapScene(amap, decorations=False, direction=direction)
    try:
        made: list[tuple] = []
        real_shape = edit_picture.link_shape
        monkeypatch.setattr(edit_picture, "link_shape", lambda child, parent, **k: made.append(child) or real_shape(child, parent, **k))
        amap.add("support", "A new reason that widens the first tree.", id="new", parent="t0")
        scene.relayout()
        boxes = {(b.x, b.y): b.id for b in scene.diagram().boxes}
        sources = {boxes[(child[0], child[1])] for child in made}
        assert sources == {"t0r0", "t0r1", "t0r2", "t0r3", "new"}  # (the arrows into t0 share its edge anew)
        assert canvas_picture(scene) == exported_picture(build_diagram(amap, scene.theme, direction=direction))
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_tree_moved_under_a_pinned_box_has_its_arrow_checked_again(qapp, direction):
    """A box that stays where it is (pinned) and that the moved tree's arrow now runs under: the arrow goes around it."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas import MapScene

    def trees() -> ArgumentMap:
        amap = ArgumentMap()
        amap.add("claim", "The first claim.", id="a")
        amap.add("support", "Its reason.", id="a1", parent="a")
        amap.add("claim", "The second claim.", id="b")
        for i in range(1, 9):  # enough boxes moving together to be moved as a whole
            amap.add("support", f"Its reason {i}.", id=f"b{i}", parent="b")
        amap.add("claim", "Dropped elsewhere.", id="x")
        return amap

    def widen(amap: ArgumentMap) -> None:
        amap.add("support", "Another reason, which widens the first tree by a box.", id="a2", parent="a")

    theme = Theme.light()
    dry = trees()
    widen(dry)
    later = {(a.source, a.target): a for a in build_diagram(dry, theme, direction=direction).arrows}[("b1", "b")]
    spot = later.shape[3].center()
    amap = trees()
    x_box = next(b for b in build_diagram(amap, theme, direction=direction).boxes if b.id == "x")
    amap.pin("x", spot.x() - x_box.painting.w / 2, spot.y() - x_box.painting.h / 2)  # where the arrow will run
    scene = MapScene(amap, theme, decorations=False, direction=direction)
    try:
        first = exported_picture(scene.diagram())["arrows"][("b1", "b")]
        widen(amap)
        scene.relayout()
        fresh = build_diagram(amap, theme, direction=direction)
        assert canvas_picture(scene) == exported_picture(fresh)
        arrow = next(a for a in fresh.arrows if (a.source, a.target) == ("b1", "b"))
        assert arrow.over or len(arrow.shape[0].segments if hasattr(arrow.shape[0], "segments") else [0] * 9) != 3  # not the plain S
        assert exported_picture(fresh)["arrows"][("b1", "b")] != first
    finally:
        scene.detach()


def test_a_parent_whose_tree_child_went_to_another_tree_deals_its_slots_again(qapp):
    """n15 answers c2 and then c0 too: it joins c0's tree (the first main claim's), and n15->c2 becomes a cross-link.
    c2's tree moves right as a whole, but its fan has one arrow less: n2's and n17's arrows take the slots of a fan
    of two, as from nothing (they kept the slots of three, curving into c2 a little off)."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    for t in range(3):
        amap.add("claim", f"Main claim {t}.", id=f"c{t}")
    middling, long = "A reason of middling length that wraps once.", "A long statement " * 6
    parents = {"n0": "c0", "n1": "c1", "n2": "c2", "n3": "c0", "n4": "c0", "n5": "n2", "n6": "n2", "n7": "c0", "n8": "c0",
               "n9": "c0", "n10": "c0", "n11": "c0", "n12": "n6", "n13": "c0", "n14": "c0", "n15": "c2", "n16": "c0",
               "n17": "c2", "n18": "c0", "n19": "c0", "n20": "c0"}
    texts = {"n5": long, "n12": middling, "n17": middling}
    for child, parent in parents.items():
        amap.add("support", texts.get(child, "Short."), id=child, parent=parent)
    scene = MapScene(amap, decorations=False, direction="TB")
    try:
        amap.connect("n15", "c0", Relation.SUPPORT)
        scene.relayout()
        made = build_diagram(amap, scene.theme, direction="TB")
        assert canvas_picture(scene) == exported_picture(made)
    finally:
        scene.detach()
