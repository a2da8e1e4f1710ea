"""Maps with undercuts and shared premises take the editor's quick way to an edit's picture too
(:mod:`argmap.drawing.edit_picture`), and the picture is still the one made from nothing."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Link, Relation
from tests.drawing.test_rigid import forest, widen_or_narrow
from tests.gui.canvas.test_same_picture import canvas_picture, exported_picture


def with_inferences(draw, amap: ArgumentMap) -> None:
    """A claim with two linked reasons that share a premise, and undercuts of a premise's link and of a linked reason."""
    amap.add("claim", "A claim with linked reasons.", id="c")
    for m in "abcd":
        amap.add("support", f"Co-premise {m}.", id=f"c{m}", parent="c")
    first = amap.group("c", ["ca", "cb"])
    second = amap.group("c", ["cc", "cd"])
    if draw(st.booleans()):
        amap.share("cb", "c", second)  # cb is a premise of both
    amap.add("claim", "An undercutter.", id="u")
    amap.add_link(Link("u", "c", Relation.ATTACK, onto_group=first))
    plain = [link for link in amap.links() if link.group is None and not link.is_undercut and link.relation != Relation.REPHRASE]
    if plain:
        attacked = draw(st.sampled_from(plain))
        if "v" not in (attacked.source, attacked.target):
            amap.add("objection", "It does not follow.", id="v")
            amap.add_link(Link("v", attacked.target, Relation.ATTACK, onto=attacked.source))


def edit_near_inferences(draw, amap: ArgumentMap, serial: int) -> None:
    """An edit at the linked reasons or undercuts (text, a new undercut, ungroup, remove), or anywhere else."""
    what = draw(st.sampled_from(["text", "undercut", "remove", "elsewhere", "elsewhere"]))
    try:
        if what == "text":
            amap.update(draw(st.sampled_from([i for i in ("c", "ca", "cb", "u", "v") if i in amap])), text=f"Changed ({serial}).")
        elif what == "undercut":
            plain = [link for link in amap.links() if link.group is None and not link.is_undercut and link.relation != Relation.REPHRASE]
            if plain:
                attacked = draw(st.sampled_from(plain))
                u = amap.add("objection", "Another undercutter.", id=f"w{serial}").id
                amap.add_link(Link(u, attacked.target, Relation.ATTACK, onto=attacked.source))
        elif what == "remove":
            i = draw(st.sampled_from([i for i in ("ca", "cb", "u", "v") if i in amap] or amap.ids()))
            amap.remove(i)
        else:
            widen_or_narrow(draw, amap, serial)
    except InvalidLink:
        pass


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]))
def test_edits_of_maps_with_undercuts_and_shared_premises_show_the_picture_made_from_nothing(qapp, data, direction):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = forest(data.draw)
    with_inferences(data.draw, amap)
    scene = MapScene(amap, decorations=False, direction=direction)
    try:
        for serial in range(data.draw(st.integers(1, 5))):
            edit_near_inferences(data.draw, amap, serial)
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=scene.direction)
            assert canvas_picture(scene) == exported_picture(made)
            assert {(a.source, a.target) for a in scene.diagram().arrows} == {(a.source, a.target) for a in made.arrows}
    finally:
        scene.detach()


def test_an_edit_of_a_map_with_an_undercut_goes_over_only_what_it_changed(qapp, monkeypatch):
    from argmap.drawing import edit_picture
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    amap.add("claim", "The claim.", id="c")
    amap.add("support", "A reason.", id="r", parent="c")
    amap.add("objection", "The reason does not bear on the claim.", id="u", parent="c")
    amap.update_link("u", "c", onto="r")
    amap.add("support", "Another reason.", id="s", parent="c")
    scene = MapScene(amap, decorations=False)
    quick: list[int] = []
    real = edit_picture.edit_picture
    monkeypatch.setattr(edit_picture, "edit_picture", lambda *a, **k: quick.append(1) or real(*a, **k))
    try:
        amap.update("s", text="Another reason, now said at much greater length so that its box grows.")
        scene.relayout()
        made = build_diagram(amap, scene.theme)
        assert quick, "the quick way was taken"
        assert canvas_picture(scene) == exported_picture(made)
        undercut = next(a for a in scene.diagram().arrows if a.onto is not None)
        assert undercut.onto == ("r", "")
    finally:
        scene.detach()


def test_a_box_gone_that_the_edit_did_not_name_is_still_found_gone():
    """The boxes gone are looked for among the statements the edit named; when the counts say one is missing there,
    among all (a picture keeping a removed statement's box would show it)."""
    from argmap.drawing.edit_picture import _gone

    before, now = {"a": (0,), "b": (1,), "c": (2,)}, {"a": (0,), "c": (2,), "d": (3,)}
    assert _gone(before, now, ["b", "d"]) == {"b"}
    assert _gone(before, now, ["d"]) == {"b"}, "b was not named"


def test_the_areas_inside_the_moved_wholes_are_left_to_them():
    """A change inside one of the few large areas of the moved wholes tells the routes and tags nothing that area does
    not: it is left out (most of a widening or narrowing edit's thousands), every other one kept."""
    import random

    from argmap.drawing.edit_picture import _outside

    rng = random.Random(5)
    for _ in range(50):
        wholes = []
        for _ in range(rng.randint(1, 12)):
            x, y = rng.uniform(0, 5e4), rng.uniform(0, 2e3)
            wholes.append((x, y, x + rng.uniform(0, 2e4), y + rng.uniform(0, 3e3)))
        areas = []
        for _ in range(rng.randint(0, 300)):
            x, y = rng.uniform(-1e3, 7e4), rng.uniform(-500, 5e3)
            areas.append((x, y, x + rng.uniform(0, 400), y + rng.uniform(0, 150)))
        areas += [w for w in wholes if rng.random() < 0.2]  # (an area as large as a whole is inside it)
        inside = [a for a in areas if any(w[0] <= a[0] and a[2] <= w[2] and w[1] <= a[1] and a[3] <= w[3] for w in wholes)]
        assert _outside(areas, wholes) == [a for a in areas if a not in inside]
    assert _outside([(0, 0, 1, 1)], []) == [(0, 0, 1, 1)]


def test_an_edits_picture_lists_its_boxes_and_arrows_when_read_and_never_from_the_next_pictures_tables(qapp):
    """An edit's picture lists its boxes and arrows when they are first read (the canvas reads the picture's own tables):
    then they are the picture of the map at that edit; once the next picture took its tables over, one not listed yet
    cannot be (it would show the later map), and reading it says so."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    amap.add("claim", "The claim.", id="c")
    for k in range(4):
        amap.add("support", f"Reason {k}.", id=f"r{k}", parent="c")
    amap.add("objection", "An objection.", id="o", parent="r1")
    scene = MapScene(amap, decorations=False)
    try:
        amap.update("r2", text="Reason 2, said at much greater length so that its box grows and the others move.")
        scene.relayout()
        first = scene.diagram()
        assert "boxes" not in vars(first) and "arrows" not in vars(first), "left to be listed"
        made = build_diagram(amap, scene.theme)
        assert exported_picture(first) == exported_picture(made)
        assert [b.id for b in first.boxes] == [b.id for b in made.boxes]  # (in the map's order)
        amap.add("support", "A new reason.", id="n", parent="o")
        scene.relayout()
        second = scene.diagram()
        assert "n" not in {b.id for b in first.boxes} and ("n", "o") not in {(a.source, a.target) for a in first.arrows}
        amap.remove("r3")
        scene.relayout()
        with pytest.raises(RuntimeError, match="next picture"):
            second.boxes  # noqa: B018
        with pytest.raises(RuntimeError, match="next picture"):
            second.arrows  # noqa: B018
        assert exported_picture(scene.diagram()) == exported_picture(build_diagram(amap, scene.theme))
    finally:
        scene.detach()


@pytest.mark.parametrize("arrangement", ["tree", "columns"])
def test_a_statement_put_back_mid_map_is_listed_in_the_maps_order_through_later_edits(qapp, arrangement):
    """An undone removal puts its statement back where it was in the map's order; the edit's picture keeps its tables
    and puts it last in them (not made again in order), yet lists its boxes in the map's order, as does every later
    picture, whether it goes over only what its edit changed or over every box (columns)."""
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    amap.add("claim", "The claim.", id="c")
    for k in range(6):
        amap.add("support" if k % 2 else "objection", f"Reason {k}.", id=f"r{k}", parent="c")
    amap.add("support", "Below the second.", id="b", parent="r1")
    amap.set_layout(arrangement)
    scene = MapScene(amap, decorations=False)

    def same() -> None:
        made = build_diagram(amap, scene.theme)
        picture = scene.diagram()
        assert [b.id for b in picture.boxes] == [b.id for b in made.boxes] == amap.ids()
        assert exported_picture(picture) == exported_picture(made)
        assert canvas_picture(scene) == exported_picture(made)

    try:
        removals = [amap.remove("r4"), amap.remove("r1")]
        scene.relayout()
        same()
        for removal in reversed(removals):
            amap.restore(removal)
            scene.relayout()
            same()
        memo = scene.diagram().memo
        if arrangement == "tree":
            assert not memo.in_order and list(memo.boxes)[-2:] == ["r1", "r4"], "put back last, the tables not made again"
        amap.add("support", "A new reason.", id="n", parent="r0")
        scene.relayout()
        same()
        amap.update("r1", text="Reason 1, said at much greater length so that its box grows and the others move.")
        scene.relayout()
        same()
    finally:
        scene.detach()
