"""An edit's picture keeps the off-page connectors' tags of trees it moved, moved along with their boxes
(:mod:`argmap.drawing.kept_tags`): each such tag must be the tag placed from nothing, and the picture the one made from
nothing, after random edits that move trees across (in their frames) and the part of a tree beside an edit."""

from __future__ import annotations

import contextlib

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Relation
from tests.drawing.test_frames import _three_trees, close, forest_map, widen
from tests.gui.canvas.test_same_picture import exported_picture


@pytest.fixture
def moved_along(monkeypatch):
    """The tags an edit's picture kept moved along (their ends' ids), as it makes them."""
    from argmap.drawing import kept_tags

    moved: list[str] = []
    along = kept_tags._Along.moved

    def counted(self, old, box_id, *args):
        end = along(self, old, box_id, *args)
        if end is not None:
            moved.append(box_id)
        return end

    monkeypatch.setattr(kept_tags._Along, "moved", counted)
    return moved


def connector_tags(diagram) -> list:
    """Each off-page connector's ends and tags, in drawing order."""
    return [((a.source, a.target), a.shape[0].tags) for a in diagram.arrows if a.over]


def far_links(draw, amap: ArgumentMap) -> None:
    """A few more cross-links between statements of different trees (far apart: off-page connectors)."""
    ids = amap.ids()
    for _ in range(draw(st.integers(2, 6))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        with contextlib.suppress(InvalidLink):
            if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
                amap.connect(a, b, draw(st.sampled_from([Relation.SUPPORT, Relation.ATTACK])))


def assert_fresh(scene, amap, direction) -> None:
    """The scene's picture and its connectors' tags are those made from nothing."""
    from argmap.drawing.diagram import build_diagram

    fresh = build_diagram(amap, scene.theme, direction=direction)
    picture = scene.diagram()
    assert close(exported_picture(picture), exported_picture(fresh))
    assert close(connector_tags(picture), connector_tags(fresh)), "a tag kept is the tag placed from nothing"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), framed=st.booleans())
def test_after_edits_that_move_trees_the_tags_kept_are_those_placed_from_nothing(
    qapp, no_routes, monkeypatch, moved_along, data, direction, framed
):
    from argmap.drawing import frames
    from argmap.gui.canvas import MapScene

    if framed:  # every tree moved gets a frame (else the moved boxes beside an edit move one by one, as one group)
        monkeypatch.setattr(frames, "FRAME_FROM", 1)
        monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            if data.draw(st.booleans()):  # a leaf in the first tree: every tree right of it moves across
                amap.add("support", "A new reason, typed in.", id=f"w{serial}", parent=data.draw(st.sampled_from(
                    [i for i in amap.ids() if i == "c0" or i.startswith("n")] or ["c0"])))
            else:
                widen(data.draw, amap, serial)
            scene.relayout()
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


@pytest.mark.parametrize("direction", ["TB", "LR"])
@pytest.mark.parametrize("framed", [True, False])
def test_tags_at_trees_moved_across_are_moved_along_not_placed_again(
    qapp, no_routes, monkeypatch, moved_along, direction, framed, tight_trees
):
    """Cross-links between the two trees right of a widened one are off-page connectors: each widening moves their
    tags along (their frames moved; without frames, the group of boxes that moved by one step), and the picture and
    every tag are those made from nothing."""
    from argmap.drawing import frames, kept_tags
    from argmap.gui.canvas import MapScene

    if framed:
        monkeypatch.setattr(frames, "FRAMES_FROM_MAP", 1)
    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    amap = _three_trees()
    for s, t in [("t2-60", "t1-5"), ("t1-70", "t2-9"), ("t2-33", "t1-40"), ("t1-8", "t2-30")]:
        amap.connect(s, t, Relation.ATTACK)
    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        over = [ends for ends, _ in connector_tags(scene.diagram())]
        assert len(over) >= 3
        for serial in range(3):
            moved_along.clear()
            placed.clear()
            amap.add("support", "A new reason, typed in.", id=f"new{serial}", parent=f"t0-{10 + serial}")
            scene.relayout()
            assert len(moved_along) >= 2 * len(over) - 2, "the tags of the trees moved across moved along"
            assert len(placed) <= 2
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


# ---------------------------------------------------------------- each thing that keeps a tag from moving along
class _Routes:
    """What goes from picture to picture (the connectors' memory is kept with it)."""


A, B = (0.0, 100.0, 200.0, 60.0), (3000.0, 100.0, 200.0, 60.0)  # a connector from A to B, far right of it
STEP = 500.0  # A moves right by this (with the boxes beside an edit; B stays)
# top-down, A's tag goes above it, right of its middle (toward B) first: (115.5, 76, 170, 16), else left of it
NEW_FIRST = (700.0, 70.0, 40.0, 10.0)  # where A's first place is once moved (nothing of A's there before)
OLD_FIRST = (200.0, 70.0, 40.0, 10.0)  # where A's first place was (and stays)


def _connectors(boxes, pairs, *, marks=None, ways=(), routes=None, moves=None, index=None):
    """The connectors' tags for ``pairs`` among ``boxes`` (top-down), and the tags of A placed from nothing."""
    from PySide6.QtGui import QPainterPath

    from argmap.drawing import kept_tags
    from argmap.drawing.obstacles import BoxIndex

    index = index if index is not None else BoxIndex(boxes)
    keys = list(pairs) + [key for key, _ in ways]
    arrows = [(boxes[s], boxes[t], (s, t), None, True) for s, t in keys]
    settled = [((QPainterPath(),), k < len(pairs)) for k in range(len(keys))]
    changed = [(0.0, 0.0, 1.0, 1.0)] if routes is not None else None  # (not None: the last picture's tags may be kept)
    if moves is not None:
        kept_tags.note_moves(routes, moves, changed)
    out = kept_tags.connectors(arrows, settled, [None] * len(pairs) + [way for _, way in ways], index, BoxIndex(marks or {}), set(), True,
                               routes, changed)
    return [entry[0][0].tags for entry in out[: len(pairs)]]


@pytest.mark.parametrize("what", ["nothing", "box there now", "box there before", "sign there now", "sign there before",
                                  "routed line there", "routed line there before", "tag placed before it there", "own sign made again"])
def test_a_tag_moves_along_only_while_nothing_else_decides_its_place(qapp, monkeypatch, what):
    """A moves right with the boxes beside an edit (or its tree's frame); B stays. A's tag is the one placed from
    nothing in every case: moved along when nothing but A's own parts met its checks, else placed again (each case
    puts something where A's first place is, or was, that did not move along with A)."""
    from argmap.drawing import kept_tags
    from argmap.drawing.framed_index import Frame, FramedIndex
    from argmap.drawing.obstacles import BoxIndex

    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    moved_a = (A[0] + STEP, *A[1:])
    before: dict = {"A": A, "B": B, "P": (5000.0, 1000.0, 100.0, 40.0), "Q": (6000.0, 1000.0, 100.0, 40.0)}
    pairs: list = [("A", "B")]
    marks: dict = {}
    ways: list = []
    frame, index = None, None
    moves = kept_tags.Moves((), {}, {}, {"A"}, (STEP, 0.0), set(), (460.0, 60.0, 740.0, 200.0), set())
    if what in ("box there now", "box there before"):
        before["X"] = NEW_FIRST if what == "box there now" else OLD_FIRST
    elif what in ("sign there now", "sign there before"):
        marks[(("P", "Q"), 0)] = NEW_FIRST if what == "sign there now" else OLD_FIRST
    elif what in ("routed line there", "routed line there before"):
        ways.append((("P", "Q"), [(650.0, 84.0), (900.0, 84.0)] if what == "routed line there" else [(150.0, 84.0), (250.0, 84.0)]))
    elif what == "tag placed before it there":
        # C's tag goes left of C's middle, into A's first place (C itself stands clear of where A's checks look)
        before["C"], before["D"] = (820.0, 100.0, 200.0, 60.0), (-3000.0, 100.0, 200.0, 60.0)
        pairs.insert(0, ("C", "D"))
    elif what == "own sign made again":  # A in a frame, with a tree arrow whose sign stood in A's first place, made again
        frame = Frame("A")
        of = {"A": frame}
        index = FramedIndex(BoxIndex(before), of.get)
        index.adopt(frame, ["A"])
        marks[(("E", "A"), 0)] = OLD_FIRST
        moves = kept_tags.Moves({frame}, of, {("E", "A"): frame}, set(), (0.0, 0.0), set(), None, {("E", "A")})
    routes = _Routes()
    first = _connectors(before, pairs, marks=marks, ways=ways, routes=routes, index=index)
    after = dict(before, A=moved_a)
    if frame is not None:
        frame.dx += STEP
        index.shift_frame(frame)  # type: ignore[union-attr]
    placed.clear()
    kept = _connectors(after, pairs, marks=marks, ways=ways, routes=routes, moves=moves, index=index)
    again = placed.count("A")
    fresh = _connectors(after, pairs, marks=marks, ways=ways, index=index)
    assert kept == fresh
    tag, naive = fresh[-1][0], first[-1][0]
    if what == "nothing":
        assert again == 0, "A's tag moved along"
        assert (tag.x, tag.y) == (naive.x + STEP, naive.y)
    else:
        assert again == 1, "A's tag placed again"
        assert (tag.x, tag.y) != (naive.x + STEP, naive.y), "(moved along, it would stand elsewhere)"


def test_a_tag_moved_along_is_not_asked_about_a_tag_before_it_moved_alike(qapp, monkeypatch):
    """C and A move right together (the boxes beside an edit); C's tag, placed before A's, stands just right of A's (within
    the areas A's checks looked at, clear of A's place). It moved by A's step: it met A's tag before, as far away, so A's
    tag is moved along, not placed again (each tag of a moved tree stands near others of it), and is the one placed
    from nothing."""
    from argmap.drawing import kept_tags

    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    # C's tag goes left of C's middle (toward D): (295.5, 76, 170, 16), 10 right of A's
    before = {"A": A, "B": B, "C": (381.0, 100.0, 200.0, 60.0), "D": (-3000.0, 100.0, 200.0, 60.0)}
    pairs = [("C", "D"), ("A", "B")]
    routes = _Routes()
    first = _connectors(before, pairs, routes=routes)
    assert first[0][0].x == first[1][0].x + first[1][0].w + 10
    after = dict(before, A=(A[0] + STEP, *A[1:]), C=(before["C"][0] + STEP, *before["C"][1:]))
    moves = kept_tags.Moves((), {}, {}, {"A", "C"}, (STEP, 0.0), set(), (460.0, 60.0, 1120.0, 200.0), set())
    placed.clear()
    kept = _connectors(after, pairs, routes=routes, moves=moves)
    assert placed == [], "both tags moved along"
    assert kept == _connectors(after, pairs)
    assert (kept[1][0].x, kept[0][0].x) == (first[1][0].x + STEP, first[0][0].x + STEP)


def test_a_tag_that_stayed_is_placed_again_where_a_tag_moved_to(qapp, monkeypatch):
    """C moves right (the boxes beside an edit) and its tag, placed before A's, lands on A's first place; A and B stay.
    The places the moved tags took are told to the tags that stayed (filed once one asks): A's tag is placed again,
    beside C's, as from nothing."""
    from argmap.drawing import kept_tags

    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    c_now = (235.5, 100.0, 200.0, 60.0)  # C's tag goes left of its middle (toward D): (150, 76, 170, 16)
    before = {"A": A, "B": B, "C": (c_now[0] - STEP, *c_now[1:]), "D": (-3000.0, 100.0, 200.0, 60.0)}
    pairs = [("C", "D"), ("A", "B")]
    routes = _Routes()
    first = _connectors(before, pairs, routes=routes)
    after = dict(before, C=c_now)
    moves = kept_tags.Moves((), {}, {}, {"C"}, (STEP, 0.0), set(), (190.0, 60.0, 480.0, 200.0), set())
    placed.clear()
    kept = _connectors(after, pairs, routes=routes, moves=moves)
    assert "A" in placed, "A's tag placed again"
    assert kept == _connectors(after, pairs)
    assert (kept[0][0].x, kept[1][0].x) == (150.0, first[1][0].x - 170.0 - 2 * 15.5)
    assert kept[1] != first[1]


def test_moves_told_for_another_picture_move_no_tag_along(qapp, monkeypatch):
    """What an edit moved is told to the connectors of that edit's picture only (told with its very list of changed
    areas): a picture made otherwise afterwards (whose routing found nothing to do in between) places the tags again."""
    from PySide6.QtGui import QPainterPath

    from argmap.drawing import kept_tags
    from argmap.drawing.obstacles import BoxIndex

    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    routes = _Routes()
    _connectors({"A": A, "B": B}, [("A", "B")], routes=routes)
    boxes = {"A": (A[0] + STEP, *A[1:]), "B": B}
    moves = kept_tags.Moves((), {}, {}, {"A"}, (STEP, 0.0), set(), (460.0, 60.0, 740.0, 200.0), set())
    kept_tags.note_moves(routes, moves, [(0.0, 0.0, 1.0, 1.0)])  # another picture's list
    placed.clear()
    arrows = [(boxes["A"], boxes["B"], ("A", "B"), None, True)]
    kept_tags.connectors(arrows, [((QPainterPath(),), True)], [None], BoxIndex(boxes), BoxIndex({}), set(), True, routes,
                         [(0.0, 0.0, 1.0, 1.0)])
    assert placed == ["A"]


def test_changed_areas_meet_the_tags_they_meet_lazily_or_filed():
    """The changed areas a tag's places are checked against (``kept_tags._Dirty``): compared directly with the first
    few tags that ask, filed in squares once more ask, with the places of tags moved since added as they come, they
    give the very answers of comparing each area with each of the tag's areas."""
    import random

    from argmap.drawing.changed_areas import Changes
    from argmap.drawing.kept_tags import _Dirty
    from argmap.drawing.tag_moves import _around

    def area(rng, width, height, big):
        x, y = rng.uniform(-width / 4, width), rng.uniform(-height / 4, height)
        w, h = (rng.uniform(0, 20_000), rng.uniform(0, 9_000)) if big else (rng.uniform(0, 300), rng.uniform(0, 120))
        return (x, y, x + w, y + h)

    def meet(a, b):
        return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]

    rng = random.Random(5)
    lazy = filed = 0
    for _ in range(60):
        width, height = rng.choice([(2e5, 9e3), (1e6, 1.2e4), (4e4, 4e4)])
        changed = [area(rng, width, height, rng.random() < 0.05) for _ in range(rng.choice([0, 5, Changes.FEW + 1, 600]))]
        dirty, every = _Dirty(Changes(changed) if changed else None), list(changed)
        for _ in range(200):
            if rng.random() < 0.1:  # a tag moved: its places added
                added = [area(rng, width, height, False) for _ in range(2)]
                dirty.add(added)
                every += added
            looked = [area(rng, width, height, rng.random() < 0.1) for _ in range(rng.randint(1, 4))]
            was_filed = dirty.changes is not None and dirty.changes.cells is not None
            answer = dirty.meets(looked, _around(looked) if rng.random() < 0.7 else None)
            assert answer == any(meet(a, b) for a in looked for b in every), looked
            if dirty.changes is not None and len(changed) > Changes.FEW:
                filed += was_filed
                lazy += not was_filed
    assert lazy and filed  # both ways were asked


def test_a_connector_whose_boxes_stay_is_kept_whole_unless_a_change_meets_one_of_its_tags(qapp, monkeypatch):
    """A connector whose two boxes stay is the last picture's very shape while nothing changed where its tags looked;
    a box put where B's tag stood (told as a changed area) places B's tag again (A's stays), as from nothing."""
    from PySide6.QtGui import QPainterPath

    from argmap.drawing import kept_tags
    from argmap.drawing.obstacles import BoxIndex

    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))

    def picture(boxes, changed, routes):
        arrows = [(boxes["A"], boxes["B"], ("A", "B"), None, True)]
        out = kept_tags.connectors(arrows, [((QPainterPath(),), True)], [None], BoxIndex(boxes), BoxIndex({}), set(), True,
                                   routes, changed)
        return out[0][0]

    routes = _Routes()
    boxes = {"A": A, "B": B}
    first = picture(boxes, None, routes)
    placed.clear()
    assert picture(boxes, [(-900.0, -900.0, -800.0, -800.0)], routes) is first, "the very shape, nothing placed again"
    assert placed == []
    b_tag = first[0].tags[1]
    x = (b_tag.x + 10, b_tag.y, 40.0, 10.0)  # a box where B's tag stood
    boxes = dict(boxes, X=x)
    kept = picture(boxes, [(x[0], x[1], x[0] + x[2], x[1] + x[3])], routes)
    assert placed == ["B"]
    fresh = picture(boxes, None, None)
    assert kept[0].tags == fresh[0].tags
    assert kept[0].tags[0] == first[0].tags[0] and kept[0].tags[1] != b_tag


def test_a_tag_moved_along_meets_the_boxes_of_an_index_whose_extent_is_not_known(monkeypatch):
    """Where to look for what a moved whole's tags may meet (``kept_tags._sources``): an index that does not know where
    its boxes lie (100,000 marks at 50,000 statements) is looked in over the window, not walked for its extent, and a
    box in a tag's way is still found there (the tag is then placed again); one that knows it is left out when its
    boxes lie elsewhere."""
    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.tag_moves import _hit, _sources

    index = BoxIndex({"a": (0.0, 0.0, 100.0, 50.0), "b": (1_000.0, 0.0, 100.0, 50.0)})
    assert index.known_extent() is None

    def walked(self):
        raise AssertionError("the index's boxes walked for its extent")

    monkeypatch.setattr(BoxIndex, "bounds", walked)
    window = (900.0, -10.0, 1_200.0, 100.0)
    found = _sources(index, None, window, None, {})
    assert [s.part for s in found] == [index]
    assert _hit(found[0].part, 950.0, 0.0, 1_050.0, 40.0, None)  # b is in the tag's way
    assert not _hit(found[0].part, 1_150.0, 0.0, 1_190.0, 40.0, None)
    index.know_extent((0.0, 0.0, 800.0, 50.0))  # (told: its boxes lie left of the window)
    assert _sources(index, None, window, None, {}) == []


def test_a_picture_without_connectors_leaves_no_tags_to_take_over(qapp, no_routes):
    """A picture with no misleading arrow (here made by the picture's own path: a statement was collapsed) places no
    tag; the next picture with a connector must not take over the tags of the picture before it, against only its own
    changes: n3's tag stood at its third place, its first turned down by n4's box and n4->c0's sign; n4 left c0 (the
    arrow n3->n5 no longer misled: no connector); then n4, pinned far from n3's tag, made n3->n5 mislead again, and
    n3's tag goes to its first place, as from nothing."""
    from argmap.gui.canvas import MapScene

    amap = ArgumentMap()
    for k in range(3):
        amap.add("claim", f"Main claim {k}.", id=f"c{k}")
    for i in range(5):
        amap.add("support", "Short.", id=f"n{i}", parent="c0")
    amap.add("support", "Short.", id="n5", parent="c2")
    amap.connect("n3", "n5", Relation.SUPPORT)
    scene = MapScene(amap, direction="TB", decorations=False)
    try:
        first = connector_tags(scene.diagram())
        assert [ends for ends, _ in first] == [("n3", "n5")]
        amap.update("c1", collapsed=True)
        scene.relayout()
        amap.disconnect("n4", "c0")
        scene.relayout()
        assert connector_tags(scene.diagram()) == []
        amap.pin("n4", 800, 140)  # in n3->n5's way, far from n3's tag
        scene.relayout()
        tags = connector_tags(scene.diagram())
        assert [ends for ends, _ in tags] == [("n3", "n5")]
        assert tags[0][1][0] != first[0][1][0], "n3's first place is free now"
        assert_fresh(scene, amap, "TB")
    finally:
        scene.detach()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                    HealthCheck.function_scoped_fixture], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), routed=st.booleans())
def test_after_cross_links_made_and_taken_away_the_tags_and_routes_kept_are_those_made_from_nothing(
    qapp, monkeypatch, data, direction, routed
):
    """Cross-links made and taken away (the routes and tags of the others taken over by their ends), links between
    trees taken away (a tree arrow's sign goes), trees widened: after each edit the picture and every tag are those made
    from nothing; without routes (``routed`` False) every misleading cross-link is an off-page connector."""
    from argmap.drawing import detour

    if not routed:
        monkeypatch.setattr(detour, "MAX_BOXES", -1)
    amap = forest_map(data.draw)
    far_links(data.draw, amap)

    def edit(serial: int) -> None:
        links = [(link.source, link.target) for link in amap.links() if link.group is None and link.onto is None]
        what = data.draw(st.sampled_from(["disconnect", "far links", "connect", "widen"]))
        if what == "disconnect" and links:
            amap.disconnect(*data.draw(st.sampled_from(links)))
        elif what == "far links":
            far_links(data.draw, amap)
        elif what == "connect":
            a, b = data.draw(st.sampled_from(amap.ids())), data.draw(st.sampled_from(amap.ids()))
            if a != b and not amap.has_link(a, b) and not amap.has_link(b, a):
                amap.connect(a, b, data.draw(st.sampled_from(list(Relation))))
        else:
            widen(data.draw, amap, serial)

    edited_as_from_nothing(data, amap, direction, edit)


def edited_as_from_nothing(data, amap: ArgumentMap, direction: str, edit) -> None:
    """Up to eight random edits (``edit(serial)``; a link the map refuses is let go), the picture after each the one
    made from nothing (:func:`assert_fresh`)."""
    from argmap.gui.canvas import MapScene

    scene = MapScene(amap, direction=direction, decorations=False)
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            with contextlib.suppress(InvalidLink):
                edit(serial)
            scene.relayout()
            assert_fresh(scene, amap, direction)
    finally:
        scene.detach()


def test_a_connector_taken_away_leaves_the_tags_of_the_others_kept(qapp, no_routes, monkeypatch):
    """The connectors' tags are taken over by their ends: a connector of the second tree taken away (its tags' places
    told as changed for the tags after it), the first tree's connectors (before it in drawing order, far from it) keep
    their very shapes, none of their tags placed again, and the picture is the one made from nothing."""
    from argmap.drawing import kept_tags
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme
    from tests.drawing.test_route_reuse import routed_map

    theme = Theme.light()
    amap = routed_map(trees=2)
    picture = build_diagram(amap, theme, remember=True)
    shapes = {(a.source, a.target): a.shape for a in picture.arrows if a.over}
    first = [ends for ends in shapes if ends[0].startswith("o0")]
    gone = next(ends for ends in shapes if ends[0].startswith("o1"))
    assert len(first) >= 3
    placed: list[str] = []
    place = kept_tags._place
    monkeypatch.setattr(kept_tags, "_place", lambda space, box_id, *a: placed.append(box_id) or place(space, box_id, *a))
    amap.disconnect(*gone)
    after = build_diagram(amap, theme, previous=picture)
    now = {(a.source, a.target): a.shape for a in after.arrows if a.over}
    assert gone not in now and all(now[ends] is shapes[ends] for ends in first), "the first tree's connectors kept"
    assert not {end for ends in first for end in ends} & set(placed)
    fresh = build_diagram(amap, theme)
    assert close(exported_picture(after), exported_picture(fresh))
    assert close(connector_tags(after), connector_tags(fresh))


def test_the_area_around_a_tags_areas_is_min_and_max_of_each_edge_zeros_signs_and_nans_as_they_take_them():
    """kept_tags._around compares in one pass what min() and max() of each edge give (the first of equals: 0.0 and -0.0
    are equal, so which one it keeps shows; a NaN first stays, later is passed over), from a list or a generator."""
    import math
    import random

    from argmap.drawing.tag_moves import _around

    rng = random.Random(4)
    values = [0.0, -0.0, 1.5, -1.5, 3.0, math.nan]
    for _ in range(2000):
        areas = [tuple(rng.choice(values) if rng.random() < 0.5 else rng.uniform(-9.0, 9.0) for _ in range(4))
                 for _ in range(rng.randint(1, 5))]
        want = (min(a[0] for a in areas), min(a[1] for a in areas), max(a[2] for a in areas), max(a[3] for a in areas))
        for got in (_around(areas), _around(iter(areas))):
            assert list(map(repr, got)) == list(map(repr, want))
    with pytest.raises(ValueError):
        _around([])
