"""What you export is what you see: the canvas's items show exactly the picture every exporter paints."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import load
from argmap.model import ArgumentMap, Link, Relation

ROOT = Path(__file__).resolve().parents[3]
MAPS = sorted((ROOT / "maps").glob("*.json"))


def r3(v: float) -> float:
    """``v`` to 3 decimals, by way of 6: an arrow an edit moved along with its boxes (drawing/rigid.py) is the one made
    from nothing up to the last bits of its numbers (x + dx rounds where x is not a binary fraction), and a number half
    way between two thousandths would otherwise round one way in one picture and the other way in the other."""
    return round(round(v, 6), 3)


def rounded(rect) -> tuple[float, ...]:
    return tuple(r3(v) for v in rect.getRect())


def path_points(path) -> list[tuple[float, float]]:
    return [(r3(p.x()), r3(p.y())) for polygon in path.toSubpathPolygons() for p in polygon]


def arrow_points(path, head, symbol) -> tuple:
    return path_points(path), [(r3(p.x()), r3(p.y())) for p in head], (r3(symbol.x()), r3(symbol.y()))


def canvas_picture(scene) -> dict:
    """Every box, arrow and bracket as the canvas's items hold them."""
    boxes = {i.statement_id: rounded(i.scene_box()) for i in scene.statement_items() if i.isVisible()}
    arrows = {}
    for link in scene.link_items():
        shape = link.arrow_shape()
        if shape is not None and link.isVisible():
            path, head, symbol, _ = shape
            arrows[link.link.key] = (*arrow_points(path, head, symbol), link.is_cross_link, link.drawn_over_boxes)
    brackets = {}
    for group in scene.group_items():
        drawing = group.drawing()
        if drawing is not None and group.isVisible():
            brackets[(group.target.statement_id, group.group_name)] = (path_points(drawing[0]), path_points(drawing[1][0]))
    return {"boxes": boxes, "arrows": arrows, "brackets": brackets}


def exported_picture(diagram) -> dict:
    """The same from the headless exporter's drawing."""
    from argmap.drawing.geometry import qt_shape

    boxes = {b.id: (r3(b.x), r3(b.y), r3(b.painting.w), r3(b.painting.h)) for b in diagram.boxes}
    arrows = {}
    for a in diagram.arrows:
        path, head, symbol, _ = qt_shape(a.shape)
        arrows[(a.source, a.target)] = (*arrow_points(path, head, symbol), a.cross, a.over)
    brackets = {(g.target, g.name): (path_points(g.bracket), path_points(qt_shape(g.shape)[0])) for g in diagram.brackets}
    return {"boxes": boxes, "arrows": arrows, "brackets": brackets}


def assert_same_picture(amap, *, theme_name="light", direction="TB", evaluation=False, arrangement=None):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas import MapScene

    if arrangement is not None:
        amap.set_layout(arrangement)
    theme = Theme.named(theme_name)
    scene = MapScene(amap, theme, direction=direction, decorations=False, evaluation=evaluation)
    try:
        seen = canvas_picture(scene)
        exported = exported_picture(build_diagram(amap, theme, direction=direction, evaluation=evaluation))
        assert seen["boxes"] == exported["boxes"]
        assert seen["arrows"] == exported["arrows"]
        assert seen["brackets"] == exported["brackets"]
        assert seen["boxes"], "something is drawn"
    finally:
        scene.detach()


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
@pytest.mark.parametrize("arrangement", ["tree", "columns"])
@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("evaluation", [False, True], ids=["plain", "strengths"])
def test_every_example_map_looks_the_same_on_the_canvas_and_in_the_export(qapp, path, arrangement, theme_name, evaluation):
    assert_same_picture(load(path), theme_name=theme_name, evaluation=evaluation, arrangement=arrangement)


def test_left_to_right_too(qapp):
    assert_same_picture(load(MAPS[0]), direction="LR")


@st.composite
def random_maps(draw) -> ArgumentMap:
    """Trees with cross-links, cycles, linked reasons, collapsed and pinned statements."""
    amap = ArgumentMap()
    ids: list[str] = []
    kinds = ["support", "objection", "evidence", "rebuttal"]
    for k in range(draw(st.integers(1, 18))):
        above = draw(st.none() | st.integers(0, k - 1)) if k else None
        text = draw(st.sampled_from(["Short.", "A reason of a middling length here.", "A long statement " * 6]))
        kind = "claim" if above is None else draw(st.sampled_from(kinds))
        ids.append(amap.add(kind, text, parent=None if above is None else ids[above]).id)
    for _ in range(draw(st.integers(0, 4))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
            amap.connect(a, b, draw(st.sampled_from(["support", "attack", "rephrase"])))
    for _ in range(draw(st.integers(0, 2))):  # undercuts: attacks on a premise's link into its target
        plain = [link for link in amap.links() if link.relation != "rephrase" and link.group is None and not link.is_undercut]
        u = draw(st.sampled_from(ids))
        if plain:
            attacked = draw(st.sampled_from(plain))
            free = not amap.has_link(u, attacked.target) and not amap.has_link(attacked.target, u)
            if u not in (attacked.source, attacked.target) and free:
                amap.add_link(Link(u, attacked.target, Relation.ATTACK, onto=attacked.source))
    for i in draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)):
        amap.pin(i, float(draw(st.integers(-300, 1500))), float(draw(st.integers(-200, 900))))
    for i in draw(st.lists(st.sampled_from(ids), max_size=1, unique=True)):
        amap.update(i, collapsed=True)
    if draw(st.booleans()):
        amap.set_layout("columns")
    return amap


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(amap=random_maps(), evaluation=st.booleans())
def test_random_maps_look_the_same_on_the_canvas_and_in_the_export(qapp, amap, evaluation):
    assert_same_picture(amap, evaluation=evaluation)


def _one_big_tree(seed: int, undercut_and_shared: bool) -> ArgumentMap:
    """One tree of 250 statements with cross-links and linked reasons (and an undercut and a premise shared by two reasons)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate_map

    amap = generate_map(250, seed=seed, cross_link_ratio=0.03)
    if not undercut_and_shared:
        return amap
    plain = [link for link in amap.links() if link.group is None and link.relation != "rephrase" and not link.is_undercut]
    attacked = plain[len(plain) // 2]
    u = amap.add("objection", "This reason does not bear on it.", parent=None).id
    amap.add_link(Link(u, attacked.target, Relation.ATTACK, onto=attacked.source))
    grouped = [t for t in amap.ids() if amap.groups(t)]
    if grouped:
        target = grouped[0]
        first = next(iter(amap.groups(target).values()))[0]
        x = amap.add("support", "A premise of a second linked reason.", parent=target).id
        y = amap.add("support", "Another premise of it.", parent=target).id
        amap.share(first, target, amap.group(target, [x, y]))
    return amap


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("undercut_and_shared", [False, True], ids=["plain", "undercut-shared"])
def test_many_edits_of_one_big_tree_with_undo_and_redo_look_as_if_drawn_from_nothing(qapp, seed, undercut_and_shared, monkeypatch):
    """Adds, deletes, moves under another parent, drags, links, text changes, undo and redo in one big tree:
    after each, the canvas (made by redrawing only what the edit changed) shows the picture built from nothing."""
    import random

    from PySide6.QtGui import QUndoStack

    from argmap.drawing import edit_picture
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from argmap.gui.commands.links import Connect, Reparent
    from argmap.gui.commands.statements import AddStatement, DeleteStatements, MoveStatements, UpdateStatement

    quick: list[int] = []
    real = edit_picture.edit_picture
    monkeypatch.setattr(edit_picture, "edit_picture", lambda *a, **k: quick.append(1) or real(*a, **k))
    amap = _one_big_tree(seed, undercut_and_shared)
    rng = random.Random(seed)
    scene = MapScene(amap, decorations=False)
    stack = QUndoStack()
    try:
        # the big tree kept editable from its layout from nothing: the first edit, right after opening (the editor never
        # idle), redoes only the merges on its path, as every later one does
        kept = scene.diagram().layout.trees.kept
        assert [len(p.tree.keys) >= 250 for p in kept.values() if p.editable is not None] == [True]
        for step in range(36):
            ids = amap.ids()
            some = rng.choice(ids)
            leaves = [i for i in ids if not amap.children(i)]
            what = step % 9
            if what in (0, 5):
                stack.push(AddStatement(amap, rng.choice(["support", "objection"]), f"A new reason ({step}).", parent=some))
            elif what in (1, 6):
                stack.push(DeleteStatements(amap, [rng.choice(leaves)]))
            elif what == 2:
                stack.push(UpdateStatement(amap, some, text=amap.statement(some).text + " And one more clause to wrap the box."))
            elif what == 3:
                stack.push(Reparent(amap, rng.choice(leaves), rng.choice(ids)))
            elif what == 4:
                stack.push(Connect(amap, rng.choice(leaves), some, rng.choice(["support", "attack"])))
            elif what == 7:
                stack.undo() if rng.random() < 0.7 else stack.redo()
            else:
                stack.push(MoveStatements(amap, [rng.choice(leaves)], [(float(rng.randint(-300, 3000)), float(rng.randint(-100, 900)))]))
            scene.relayout()
            picture = scene.diagram()
            fresh = build_diagram(amap, scene.theme, direction=scene.direction)
            seen, made = canvas_picture(scene), exported_picture(fresh)
            assert seen["boxes"] == made["boxes"], f"step {step}"
            assert seen["arrows"] == made["arrows"], f"step {step}"
            assert seen["brackets"] == made["brackets"], f"step {step}"
            assert picture.ids() == fresh.ids()
        if not undercut_and_shared:  # (a map with undercuts or shared premises is drawn whole after each edit)
            assert len(quick) > 10, "most edits went the quick way (what this test is about)"
    finally:
        scene.detach()


def assert_same_picture_lazily(amap, edits=(), *, evaluation=False):
    """A large map's scene makes items only where asked: some before the edits, the rest after; they show what a
    scene with every item shows and the export's picture, before and after the edits."""
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from argmap.gui.canvas import MapScene, near_items

    theme = Theme.named("light")
    eager = MapScene(amap, theme, decorations=False, evaluation=evaluation)
    lazy_from, near_items.LAZY_FROM = near_items.LAZY_FROM, 0
    try:
        scene = MapScene(amap, theme, decorations=False, evaluation=evaluation)
    finally:
        near_items.LAZY_FROM = lazy_from
    try:
        assert scene.lazy and not scene.made_items(), "no item before one is asked for"
        assert not eager.lazy
        for i in amap.ids()[::2]:
            scene.item_for(i)
        if not edits:
            assert canvas_picture(scene) == exported_picture(build_diagram(amap, theme, evaluation=evaluation))
        for edit in edits:
            edit(amap)
        scene.relayout()
        eager.relayout()
        assert canvas_picture(scene) == canvas_picture(eager)  # statement_items() makes the missing items now
        assert canvas_picture(scene) == exported_picture(build_diagram(amap, theme, evaluation=evaluation))
    finally:
        scene.detach()
        eager.detach()


def _edits(draw, amap: ArgumentMap) -> list:
    """A few edits: texts longer or shorter, statements added, deleted, collapsed."""
    edits = []
    for _ in range(draw(st.integers(0, 4))):
        what = draw(st.sampled_from(["text", "add", "delete", "collapse"]))
        k = draw(st.integers(0, 10_000))

        def edit(m: ArgumentMap, what=what, k=k) -> None:
            ids = m.ids()
            if not ids:
                return
            i = ids[k % len(ids)]
            if what == "text":
                m.update(i, text=m.statement(i).text + " and a few more words to wrap")
            elif what == "add":
                m.add("objection", "A new objection.", parent=i)
            elif what == "delete" and len(ids) > 1:
                m.remove(i)
            elif what == "collapse":
                m.update(i, collapsed=not m.statement(i).collapsed)

        edits.append(edit)
    return edits


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(amap=random_maps(), evaluation=st.booleans(), data=st.data())
def test_items_made_late_on_a_large_map_show_the_same_picture_after_edits(qapp, amap, evaluation, data):
    assert_same_picture_lazily(amap, _edits(data.draw, amap), evaluation=evaluation)
