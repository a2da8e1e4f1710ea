"""An edit's picture, made from the one before it, is the picture made from nothing.

:func:`build_diagram` with ``previous`` reuses the arrows' shapes and checks that an edit
cannot have changed (:mod:`argmap.drawing.reuse`). Random maps, random edits of every
kind, both directions and arrangements: after each edit the reused picture must equal a
fresh one, box for box and arrow for arrow (and the editor's canvas must show it).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.model import ArgumentMap, InvalidLink, Relation
from tests.drawing.memo_checks import assert_memo_as_from_nothing
from tests.drawing.test_route_reuse import routed_map
from tests.gui.canvas.test_same_picture import exported_picture

KINDS = ["support", "objection", "evidence", "rebuttal"]
TEXTS = ["Short.", "A reason of middling length that wraps once.", "A long statement " * 6]


def start_map(draw) -> ArgumentMap:
    amap = ArgumentMap()
    amap.add("claim", "The main claim.", id="n0")
    for i in range(1, draw(st.integers(2, 18))):
        amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"n{i}", parent=f"n{draw(st.integers(0, i - 1))}")
    return amap


def edit(draw, amap: ArgumentMap, serial: int, removed: list | None = None) -> None:
    """One random edit, as the editor's commands make them (a refused one changes nothing); with ``removed``,
    removals are kept there and may be undone (the statement comes back at its place in the map's order)."""
    ids = amap.ids()
    pick = lambda: draw(st.sampled_from(ids))  # noqa: E731
    kinds = ["add", "text", "remove", "connect", "pin", "collapse", "relation", "group", "claim"]
    what = draw(st.sampled_from(kinds + (["undo remove"] if removed else [])))
    try:
        if what == "undo remove" and removed:
            removal = removed.pop()
            if all(end in amap or end == removal.statement.id for link in removal.links for end in (link.source, link.target)):
                amap.restore(removal)
            return
        if what == "add":
            amap.add(draw(st.sampled_from(KINDS)), draw(st.sampled_from(TEXTS)), id=f"e{serial}", parent=pick())
        elif what == "claim":
            amap.add("claim", "Another main claim.", id=f"e{serial}")
        elif what == "text":
            amap.update(pick(), text=draw(st.sampled_from(TEXTS)) + f" ({serial})")
        elif what == "remove" and len(ids) > 1:
            removal = amap.remove(pick())
            if removed is not None:
                removed.append(removal)
        elif what == "connect":
            a, b = pick(), pick()
            if a != b and not amap.has_link(a, b):
                amap.connect(a, b, draw(st.sampled_from(list(Relation))))
        elif what == "pin":
            amap.pin(pick(), draw(st.integers(-400, 1600)), draw(st.integers(-200, 900)))
        elif what == "collapse":
            i = pick()
            amap.update(i, collapsed=not amap.statement(i).collapsed)
        elif what == "relation":
            links = [link for link in amap.links() if not link.is_undercut]  # (only an attack can undercut)
            if links:
                link = draw(st.sampled_from(links))
                other = Relation.ATTACK if link.relation == Relation.SUPPORT else Relation.SUPPORT
                amap.update_link(link.source, link.target, relation=other)
        elif what == "group":
            target = pick()
            sources = [s for s in amap.children(target) if amap.link(s, target).group is None]
            if len(sources) >= 2:
                amap.group(target, sources[:2])
    except InvalidLink:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data(), direction=st.sampled_from(["TB", "LR"]), arrangement=st.sampled_from(["tree", "columns"]))
def test_a_picture_made_from_the_last_one_is_the_picture_made_from_nothing(qapp, data, direction, arrangement):
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = start_map(data.draw)
    amap.set_layout(arrangement)
    picture = build_diagram(amap, theme, direction=direction, remember=True)
    for serial in range(data.draw(st.integers(1, 6))):
        edit(data.draw, amap, serial)
        picture = build_diagram(amap, theme, direction=direction, previous=picture)
        fresh = build_diagram(amap, theme, direction=direction, remember=True)
        assert exported_picture(picture) == exported_picture(fresh)
        assert_memo_as_from_nothing(picture.memo, fresh.memo, serial)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True)
@given(data=st.data())
def test_after_random_edits_the_canvas_shows_the_picture_made_from_nothing(qapp, data):
    from argmap.drawing.diagram import build_diagram
    from argmap.gui.canvas import MapScene
    from tests.gui.canvas.test_same_picture import canvas_picture

    amap = start_map(data.draw)
    scene = MapScene(amap, decorations=False)
    removed: list = []
    try:
        for serial in range(data.draw(st.integers(1, 8))):
            edit(data.draw, amap, serial, removed)
            scene.relayout()
            made = build_diagram(amap, scene.theme, direction=scene.direction)
            seen, fresh = canvas_picture(scene), exported_picture(made)
            assert seen == fresh
            assert scene.diagram().ids() == made.ids()  # the boxes in the same order too (exports paint in it)
    finally:
        scene.detach()


def test_a_big_map_edited_in_one_place_keeps_the_other_arrows(qapp):
    """The point of it all: an edit of one leaf of a 1,000-statement map redraws a few arrows, not all."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import generate_map

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = generate_map(1000, seed=0)
    before = build_diagram(amap, theme, remember=True)
    old = {(a.source, a.target): a for a in before.arrows}
    leaf = next(i for i in reversed(amap.ids()) if not amap.children(i))
    amap.update(leaf, text="A new text for the last leaf, longer than it was, so its box grows by a line or two.")
    after = build_diagram(amap, theme, previous=before)
    kept = sum(old.get((a.source, a.target)) is a for a in after.arrows)
    assert kept >= 0.9 * len(after.arrows)
    assert exported_picture(after) == exported_picture(build_diagram(amap, theme))


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_box_dropped_onto_a_linked_reasons_arrow_is_seen_by_the_next_picture(qapp, direction):
    """The bracket's own inputs stay the same; only the box in its way changed."""

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = ArgumentMap()
    amap.add("claim", "The main claim.", id="c")
    amap.add("support", "First co-premise.", id="a", parent="c")
    amap.add("support", "Second co-premise.", id="b", parent="c")
    amap.add("objection", "An objection far away.", id="x", parent="c")
    amap.group("c", ["a", "b"])
    before = build_diagram(amap, theme, direction=direction, remember=True)
    (bracket,) = before.brackets
    rect = bracket.shape[3]  # where the bracket's arrow runs
    amap.pin("x", rect.center().x() - 40, rect.center().y() - 20)
    after = build_diagram(amap, theme, direction=direction, previous=before)
    fresh = build_diagram(amap, theme, direction=direction)
    assert exported_picture(after) == exported_picture(fresh)
    assert after.brackets[0].over == fresh.brackets[0].over


def test_routes_are_taken_over_while_nothing_they_looked_at_changed(qapp, monkeypatch):
    """Cross-links that would pass under boxes are routed around them; an edit away from them routes nothing again,
    and an edit in their way does."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import generate_map

    from argmap.drawing import honest
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = generate_map(600, seed=3)
    picture = build_diagram(amap, theme, remember=True)
    assert picture.memo is not None and picture.memo.routes.settled, "some arrows are routed around boxes"
    searches: list[object] = []
    real = honest.route_around
    monkeypatch.setattr(honest, "route_around", lambda *a, **k: searches.append(a) or real(*a, **k))
    looked = picture.memo.routes.looked
    far = next(
        i for i in reversed(amap.ids())
        if not amap.children(i) and not any(
            x0 <= b.x + b.painting.w and b.x <= x1 and y0 <= b.y + b.painting.h and b.y <= y1
            for b in picture.boxes if b.id in (i, *amap.parents(i)) for x0, y0, x1, y1 in looked
        )
    )
    amap.update(far, score=0.9)
    picture = build_diagram(amap, theme, previous=picture)
    assert searches == []
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))
    x0, y0, x1, y1 = picture.memo.routes.looked[0]  # where the first route was searched: a statement dropped there
    amap.pin(amap.ids()[-1], (x0 + x1) / 2, (y0 + y1) / 2)
    picture = build_diagram(amap, theme, previous=picture)
    assert searches
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))


@pytest.mark.parametrize(("direction", "reasons"), [("TB", 150), ("LR", 400)])
def test_a_box_dropped_under_an_arrow_of_a_wide_fan_is_seen_by_the_next_picture(qapp, direction, reasons):
    """The arrows to a claim with many reasons reach far (its reasons stand in several staggered rows): each is
    checked in its thin band at once (a picture made from nothing clears it with its fan: honest.clear_tree_arrows,
    an edit's picture checks it in its band: obstacles._crossed_in_band); either way the band is its footprint.
    A box dropped into that band, far from both ends of an arrow, must make the next picture check that arrow again."""
    from PySide6.QtCore import QRectF

    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = ArgumentMap()
    amap.add("claim", "The main claim.", id="c")
    for i in range(reasons):
        amap.add("support", f"Reason number {i}.", id=f"r{i}", parent="c")
    amap.add("objection", "An objection to the first reason.", id="x", parent="r0")
    before = build_diagram(amap, theme, direction=direction, remember=True)
    far = max(before.arrows, key=lambda a: a.shape[3].width() * a.shape[3].height())
    rect = far.shape[3]
    (x0, y0, x1, y1), = before.memo.footprints.areas((far.source, far.target))  # one area: its band
    assert not far.over and max(x1 - x0, y1 - y0) > 48 * 240  # a long arrow, checked in its band
    assert rect.contains(QRectF(x0, y0, x1 - x0, y1 - y0))
    middle = rect.center()
    amap.pin("x", middle.x() - 60, middle.y() - 30)  # under the far arrow, away from both its ends
    after = build_diagram(amap, theme, direction=direction, previous=before)
    fresh = build_diagram(amap, theme, direction=direction)
    assert exported_picture(after) == exported_picture(fresh)
    key = (far.source, far.target)
    assert exported_picture(fresh)["arrows"][key] != exported_picture(before)["arrows"][key]  # it goes around the box now


def test_a_box_nudged_in_the_way_of_some_routes_searches_again_only_until_they_come_out_the_same(qapp, monkeypatch):
    """Routes before the first one whose windows the change reaches are taken over; that one is searched again,
    and when it (and those after it the change reaches) come out the same, the rest are taken over too."""
    from argmap.drawing import honest
    from argmap.drawing.detour import SEARCHED
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.theme import Theme

    theme = Theme.light()
    amap = routed_map(3)  # routes searched (a generated map's cross-links reach too far: their windows are too crowded)
    for t in range(3):
        amap.add("support", "A plain reason.", id=f"plain{t}", parent=f"r{t}_1")
    picture = build_diagram(amap, theme, remember=True)
    routes = picture.memo.routes
    count = len(routes.settled)
    assert count >= 4

    searched = [k for k, trace in enumerate(routes.traces) if any(step[0] == SEARCHED for step in trace)]  # not too crowded

    def reached(b) -> list[int]:
        x0, y0, x1, y1 = b.x - 5, b.y - 5, b.x + b.painting.w + 5, b.y + b.painting.h + 5
        return [k for k in searched if any(a[0] <= x1 and x0 <= a[2] and a[1] <= y1 and y0 <= a[3] for a in routes.looked_by[k])]

    ends = {end for key in routes.replaced for end in key[0]}
    leaves = [b for b in picture.boxes if not amap.children(b.id) and b.id not in ends and reached(b)]
    box = min(leaves, key=lambda b: (len(reached(b)), -min(reached(b))))  # in the way of few routes, late ones
    searches: list[object] = []
    real = honest.route_around
    monkeypatch.setattr(honest, "route_around", lambda *a, **kw: searches.append(a) or real(*a, **kw))
    amap.pin(box.id, box.x + 3, box.y + 2)
    picture = build_diagram(amap, theme, previous=picture)
    assert 1 <= len(searches) < count
    assert exported_picture(picture) == exported_picture(build_diagram(amap, theme))


def test_footprints_touching_areas_across_many_cells_finds_what_a_look_at_every_pair_finds():
    """Areas over many cells (where moved trees were and are, across a big map) are not filed cell by cell: the
    footprints meeting them are found by their buckets, and each compared with the few wide areas that can meet it.
    The keys found are those whose footprint meets a changed area (edges touching count), as a look at every pair says."""
    import random

    from argmap.drawing import reuse
    from argmap.drawing.reuse import Footprints

    rng = random.Random(7)
    c = Footprints.CELL
    took_wide = 0
    for _ in range(60):
        footprints = Footprints()
        every: dict = {}
        for k in range(rng.randint(1, 40)):
            areas = []
            for _ in range(rng.randint(1, 4)):
                x, y = rng.choice([rng.uniform(0, 80 * c), float(rng.randint(0, 80)) * c]), rng.uniform(0, 4 * c)
                areas.append((x, y, x + rng.choice([0.0, rng.uniform(0, 2 * c)]), y + rng.uniform(0, 300)))
            footprints.put(("k", k), areas)
            every[("k", k)] = areas
        changed = []
        for _ in range(rng.randint(1, 6)):
            x, y = rng.uniform(-c, 70 * c), rng.uniform(-c, 3 * c)
            wide = rng.random() < 0.6
            changed.append((x, y, x + (rng.uniform(10, 60) * c if wide else rng.uniform(0, 400)), y + rng.uniform(0, 3 * c)))
        edge = next(iter(every.values()))[0]  # an area touching a footprint's edge only
        changed.append((edge[2], edge[3], edge[2] + 70 * c, edge[3] + 10))
        skip = {("k", 0)}
        wanted = (lambda key: key[1] % 3 != 1) if rng.random() < 0.5 else None
        meets = lambda a, b: a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]  # noqa: E731
        expected = {
            key for key, areas in every.items()
            if key not in skip and (wanted is None or wanted(key)) and any(meets(a, b) for a in areas for b in changed)
        }
        assert footprints.touching(changed, skip, wanted) == expected
        took_wide += sum(1 for b in changed if (int(b[2] // c) - int(b[0] // c) + 1) * (int(b[3] // c) - int(b[1] // c) + 1) > reuse.WIDE)
    assert took_wide > 30, "areas over many cells were asked about"


def test_footprints_filed_later_answer_as_those_filed_at_once_through_puts_drops_shifts_and_slices():
    """A picture made from nothing leaves its tree arrows' footprints loose (filed when first asked about, or a slice at
    a time when the editor is idle): asked for a key's areas, told of new ones, of keys gone, moved, and then for
    those meeting changed areas, they answer as footprints filed at once do."""
    import random

    from argmap.drawing import reuse
    from argmap.drawing.reuse import Footprints

    rng = random.Random(11)
    c = Footprints.CELL

    def area() -> tuple[float, float, float, float]:
        x, y = rng.uniform(0, 40 * c), rng.uniform(0, 6 * c)
        return (x, y, x + rng.uniform(0, 1.5 * c), y + rng.uniform(0, 400))

    for trial in range(12):
        entries = [(("k", k), area()) for k in range(rng.randint(50, 1500))]
        at_once, later = Footprints(), Footprints()
        if trial % 3 == 0:  # some filed before (a cross-link's probe, a picture's earlier arrows)
            for f in (at_once, later):
                f.put(("k", 0), [area(), area()])
                f.put(("x", 1), [(0.0, 0.0, 10.0, 10.0)])
        at_once.put_areas(entries)
        later.put_later(entries)
        for _ in range(40):  # changes as an edit makes them, in the same order to both
            key = rng.choice(entries)[0]
            step = rng.random()
            assert later.areas(key) == at_once.areas(key)
            if step < 0.3:
                new = [area()]
                at_once.put(key, new)
                later.put(key, new)
            elif step < 0.5:
                at_once.drop(key)
                later.drop(key)
        if trial % 2:  # the editor was idle a moment: some slices filed
            later.file_loose(0.0)
            assert later._loose or len(entries) <= reuse.LOOSE_SLICE
        keys = [key for key, _ in rng.sample(entries, 20)]
        dx, dy = rng.uniform(-c, c), rng.choice([0.0, rng.uniform(-c, c)])
        if trial % 4 == 1:  # moved along (files the loose ones first)
            at_once.shift(keys, dx, dy)
            later.shift(keys, dx, dy)
        changed = [area() for _ in range(rng.randint(1, 30))]
        assert later.touching(changed) == at_once.touching(changed)
        assert not later._loose
        assert later.holding(set(keys)) == at_once.holding(set(keys))
        assert later._areas == at_once._areas


@pytest.mark.parametrize("seed", range(20))
def test_footprints_shifted_along_are_filed_as_footprints_put_where_they_are_now(seed):
    """:meth:`Footprints.shift` (arrows moved along with their boxes, thousands at once): whether an area stays in its
    cell, goes from one cell to another (the usual case, filed without sets of cells) or spans several, the buckets hold
    what footprints put from nothing where the areas are now hold, and ``touching`` finds the same keys."""
    import random

    from argmap.drawing.reuse import Footprints

    rng = random.Random(seed)
    c = Footprints.CELL
    footprints = Footprints()
    for k in range(60):
        areas = []
        for _ in range(rng.choice([1, 1, 1, 2])):
            x, y = rng.uniform(-3 * c, 6 * c), rng.uniform(-2 * c, 3 * c)
            areas.append((x, y, x + rng.choice([rng.uniform(0, 200), rng.uniform(0, 2 * c)]), y + rng.uniform(0, 300)))
        footprints.put(k, areas)
    for _ in range(15):
        keys = rng.sample(range(60), rng.randint(1, 45))
        dx, dy = rng.choice([0.0, 3.5, -40.0, 700.0, c, -2 * c, 4096.0]), rng.choice([0.0, 0.0, 2.5, -300.0, c])
        footprints.shift([*keys, "not in"], dx, dy)
        fresh = Footprints()
        for k in range(60):
            fresh.put(k, footprints.areas(k))
        assert footprints._buckets == fresh._buckets
        x, y = rng.uniform(-3 * c, 6 * c), rng.uniform(-2 * c, 3 * c)
        changed = [(x, y, x + rng.uniform(0, 2 * c), y + rng.uniform(0, c))]
        assert footprints.touching(changed) == fresh.touching(changed)


@pytest.mark.parametrize("step", [(4096.0, 0.0), (37.5, 12.0)])
def test_boxes_moved_along_by_the_edits_step_are_shifted_and_the_index_is_the_one_made_from_nothing(step, monkeypatch):
    """:meth:`PictureMemo.move_some` told the step the ``quiet`` boxes moved by (a branch beside an edit) shifts those
    that it moved exactly in one loop, moves the rest one by one (one of the group off by half a point, boxes moved
    otherwise), and leaves the box index as one made from the boxes where they are; the areas it names are the others'."""
    import random

    from argmap.drawing.obstacles import BoxIndex
    from argmap.drawing.reuse import PictureMemo

    shifted: list = []
    shift = BoxIndex.shift
    monkeypatch.setattr(BoxIndex, "shift", lambda self, keys, dx, dy: (shifted.extend(keys), shift(self, keys, dx, dy)))
    rng = random.Random(3)
    boxes = {f"b{k}": (rng.uniform(0, 5000), rng.uniform(0, 2000), rng.uniform(80, 300), rng.uniform(30, 120)) for k in range(200)}
    memo = PictureMemo(signature=(), index=BoxIndex(boxes))
    memo.index.bounds()
    group = sorted(rng.sample(sorted(boxes), 15))
    others = [k for k in sorted(boxes) if k not in group][:5]
    shown = dict(boxes)
    for k in group:
        x, y, w, h = boxes[k]
        shown[k] = (x + step[0], y + step[1], w, h)
    x, y, w, h = shown[group[0]]
    shown[group[0]] = (x + 0.5, y, w, h)  # in the group, yet not moved by the step exactly
    for k in others:
        shown[k] = (rng.uniform(0, 5000), rng.uniform(0, 2000), boxes[k][2], boxes[k][3])
    changed = memo.move_some(group + others, [], shown, set(group), None, step)
    assert sorted(shifted) == group[1:]
    fresh = BoxIndex(shown)
    assert memo.index.boxes == shown
    assert {p: sorted(v) for p, v in memo.index.buckets.items()} == {p: sorted(v) for p, v in fresh.buckets.items()}
    assert memo.index.bounds() == fresh.bounds()
    area = lambda b: (b[0], b[1], b[0] + b[2], b[1] + b[3])  # noqa: E731
    assert sorted(changed) == sorted([area(boxes[k]) for k in others] + [area(shown[k]) for k in others])
