"""An edit's layout made from the last one equals the layout made from nothing, and lays out only the trees it changed."""

from __future__ import annotations

import contextlib
import dataclasses
import random

import pytest

from argmap.layout import LayoutOptions, compute_layout
from argmap.layout.tree import spanning_forest
from argmap.model import ArgumentMap, Kind, Link, Relation
from argmap.model.errors import InvalidLink


def sizes_of(amap: ArgumentMap) -> dict[str, tuple[float, float]]:
    return {s.id: (100.0 + 7 * (len(s.text) % 13), 30.0 + 11 * (len(s.text) % 5)) for s in amap.statements()}


def random_edit(amap: ArgumentMap, rng: random.Random, serial: list[int]) -> None:
    ids = amap.ids()
    some = rng.choice(ids)
    kind = rng.choice(["add", "add", "claim", "text", "delete", "link", "unlink", "move", "pin", "collapse", "kind", "undercut"])
    serial[0] += 1
    if kind == "add":
        amap.add(rng.choice([Kind.SUPPORT, Kind.OBJECTION]), f"new {serial[0]}", parent=some)
    elif kind == "claim":
        amap.add(Kind.CLAIM, f"claim {serial[0]}")
    elif kind == "text":
        amap.update(some, text=amap.statement(some).text + " more" * rng.randrange(1, 4))
    elif kind == "delete" and len(ids) > 1:
        amap.remove(some)
    elif kind == "link":
        other = rng.choice(ids)
        if other != some and not amap.has_link(some, other):
            amap.connect(some, other, rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    elif kind == "unlink" and amap.parents(some):
        amap.disconnect(some, amap.parents(some)[0])
    elif kind == "move":
        other = rng.choice(ids)
        if other != some and amap.parents(some) and not amap.has_link(some, other) and other not in amap.descendants(some):
            amap.move(some, other)
    elif kind == "pin":
        amap.pin(some, rng.uniform(-500, 500), rng.uniform(-500, 500)) if rng.random() < 0.7 else amap.unpin(some)
    elif kind == "collapse":
        amap.update(some, collapsed=not amap.statement(some).collapsed)
    elif kind == "kind":
        amap.update(some, kind=rng.choice([Kind.SUPPORT, Kind.OBJECTION, Kind.EVIDENCE]))
    elif kind == "undercut":  # an objection to the inference of a plain link: laid out beside the premise it attacks
        plain = [link for link in amap.links() if link.group is None and not link.is_undercut and link.relation != Relation.REPHRASE]
        if plain:
            attacked = rng.choice(plain)
            u = amap.add(Kind.OBJECTION, f"undercut {serial[0]}").id
            amap.add_link(Link(u, attacked.target, Relation.ATTACK, onto=attacked.source))


def changes_of(amap: ArgumentMap) -> set[str]:
    """The statements the map's events name from now on (as the editor's scene collects them)."""
    named: set[str] = set()

    def note(change) -> None:
        for attribute in ("statement", "new", "old", "link"):
            part = getattr(change, attribute, None)
            if part is not None:
                named.update(part.key if hasattr(part, "key") and hasattr(part, "source") else (part.id,))

    amap.changed.connect(note)
    return named


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("direction", ["TB", "LR", "columns"])
def test_an_edits_layout_equals_the_layout_made_from_nothing(seed, direction, monkeypatch) -> None:
    from argmap.layout import place

    rng, idle = random.Random(seed), random.Random(seed + 1000)
    # big trees are kept editable from their layout from nothing (small ones here), or made so by their first edit
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", idle.choice([1, 12, 10**9]))
    amap = ArgumentMap()
    for k in range(rng.randrange(1, 4)):
        amap.add(Kind.CLAIM, f"claim {k}")
    serial = [0]
    for _ in range(rng.randrange(5, 40)):
        amap.add(Kind.SUPPORT, f"reason {serial[0]}", parent=rng.choice(amap.ids()))
        serial[0] += 1
    options = LayoutOptions(arrangement="columns") if direction == "columns" else LayoutOptions(direction=direction)
    layout = compute_layout(amap, sizes_of(amap), options)
    named = changes_of(amap)
    for _ in range(15):
        for _ in range(rng.choice([1, 1, 2])):
            with contextlib.suppress(InvalidLink):  # the model refuses to leave an undercut pointing at nothing
                random_edit(amap, rng, serial)
        layout = compute_layout(amap, sizes_of(amap), options, previous=layout, dirty=set(named))
        named.clear()
        assert layout == compute_layout(amap, sizes_of(amap), options)
        assert layout.trees is not None and layout.trees.forest == spanning_forest(amap)
        for placed in layout.trees.kept.values():  # (the picture's frames read each tree's arrows off these)
            assert placed.children == list(map(layout.trees.forest.children.__getitem__, placed.tree.keys))
        for _ in range(idle.randrange(12)):  # some trees given what moving them across reads, as when idle
            place.ready_across(layout.trees)


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_tree_kept_editable_from_nothing_has_the_tidy_layouts_own_boxes(direction, monkeypatch) -> None:
    """Laid out from nothing as an editable tree (its first walk kept for edits) or by the tidy layout alone (its first
    walk let go), every box is the same, bit for bit."""
    from argmap.layout import place

    rng = random.Random(11)
    amap = ArgumentMap()
    for k in range(3):
        amap.add(Kind.CLAIM, f"claim {k}")
    for i in range(400):
        amap.add(rng.choice([Kind.SUPPORT, Kind.OBJECTION]), f"reason {i} " + "word " * rng.randrange(12), parent=rng.choice(amap.ids()))
    options = LayoutOptions(direction=direction)
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 1)
    kept = compute_layout(amap, sizes_of(amap), options)
    assert kept.trees is not None and all(p.editable is not None for p in kept.trees.kept.values())
    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 10**9)
    tidy = compute_layout(amap, sizes_of(amap), options)
    assert tidy.trees is not None and all(p.editable is None for p in tidy.trees.kept.values())
    assert kept.boxes == tidy.boxes and kept.trees.extent == tidy.trees.extent


def test_a_big_tree_laid_out_from_nothing_is_laid_out_by_its_first_edit_as_after_an_edit(monkeypatch) -> None:
    """Laid out from nothing (the map just opened, the editor never idle), a big tree is kept editable: its first edit
    redoes only the merges on its path (not the whole tree from nothing), and the layout is the one made from nothing."""
    from argmap.layout import place

    monkeypatch.setattr(place, "EDITABLE_AHEAD_FROM", 40)
    rng = random.Random(5)
    amap = ArgumentMap()
    amap.add(Kind.CLAIM, "claim 0", id="c0")
    for k in (1, 2):  # (two small trees: made editable by their first edit)
        amap.add(Kind.CLAIM, f"claim {k}", id=f"c{k}")
        amap.add(Kind.SUPPORT, f"reason of {k}", parent=f"c{k}")
    for i in range(300):
        amap.add(Kind.SUPPORT, f"reason {i}", id=f"r{i}", parent=rng.choice([*amap.ids()[:1], *amap.ids()[5:]]))
    layout = compute_layout(amap, sizes_of(amap))
    assert layout.trees is not None
    assert [p.editable is not None for p in layout.trees.kept.values()] == [True, False, False]
    named = changes_of(amap)
    made_anew: list[str] = []
    real = place._breadth_first
    monkeypatch.setattr(place, "_breadth_first", lambda top, *rest: made_anew.append(top) or real(top, *rest))
    for i in range(5):
        amap.add(Kind.SUPPORT, f"new {i}", parent=rng.choice(amap.ids()[5:]))
        layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty=set(named))
        named.clear()
        assert not made_anew, "no tree laid out from nothing"
        monkeypatch.setattr(place, "_breadth_first", real)
        assert layout == compute_layout(amap, sizes_of(amap))
        monkeypatch.setattr(place, "_breadth_first", lambda top, *rest: made_anew.append(top) or real(top, *rest))


def test_an_edit_lays_out_only_its_own_tree(monkeypatch) -> None:
    from argmap.layout import place

    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(4)]
    for k in range(40):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=claims[k % 4])
    layout = compute_layout(amap, sizes_of(amap))
    laid: list[int] = []
    real = place.layout_tree
    monkeypatch.setattr(place, "layout_tree", lambda first, *rest: laid.append(len(first)) or real(first, *rest))
    amap.add(Kind.OBJECTION, "a new objection", parent=amap.children(claims[2])[0])
    layout = compute_layout(amap, sizes_of(amap), previous=layout)
    assert laid == [12]  # the third claim's tree (claim, its ten reasons, the objection), and no other
    assert layout == compute_layout(amap, sizes_of(amap))


def test_the_layout_says_which_boxes_may_have_moved_and_its_extent() -> None:
    rng = random.Random(7)
    amap = ArgumentMap()
    for k in range(3):
        amap.add(Kind.CLAIM, f"claim {k}")
    for k in range(60):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(amap.ids()))
    layout = compute_layout(amap, sizes_of(amap))
    named = changes_of(amap)
    serial = [0]
    for _ in range(40):
        before = dict(layout.boxes)
        random_edit(amap, rng, serial)
        layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty=set(named))
        named.clear()
        assert layout.trees is not None and layout.trees.moved is not None
        moved = {i for i, b in layout.boxes.items() if before.get(i) != b}
        assert moved <= set(layout.trees.moved)
        fresh = compute_layout(amap, sizes_of(amap))
        assert layout.bounds() == fresh.bounds()


@pytest.mark.parametrize("seed", range(12))
def test_an_edit_compares_only_the_trees_it_touched_and_names_only_the_boxes_that_may_have_moved(seed, monkeypatch) -> None:
    from argmap.layout import place

    rng = random.Random(seed)
    amap = ArgumentMap()
    for k in range(5):
        amap.add(Kind.CLAIM, f"claim {k}")
    for k in range(80):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(amap.ids()))
    layout = compute_layout(amap, sizes_of(amap))
    named = changes_of(amap)
    compared: list[str] = []
    real = place._same_tree
    monkeypatch.setattr(place, "_same_tree", lambda placed, *rest: compared.append(placed.tree.keys[0]) or real(placed, *rest))
    serial = [0]
    for _ in range(25):
        before = dict(layout.boxes)
        with contextlib.suppress(InvalidLink):
            random_edit(amap, rng, serial)
        forest_before = layout.trees.forest if layout.trees is not None else None
        if forest_before is not None:  # (the edit's layout takes its tables over: a copy of them as they were)
            forest_before = dataclasses.replace(forest_before, parent=dict(forest_before.parent), children=dict(forest_before.children))
        layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty=set(named))
        assert layout == compute_layout(amap, sizes_of(amap))
        forest = spanning_forest(amap)
        assert layout.trees is not None and layout.trees.moved is not None
        moved = {i for i, b in layout.boxes.items() if before.get(i) != b}
        maybe = set(layout.trees.moved)
        assert moved <= maybe
        if forest_before is not None and forest_before.simple and forest.simple:
            # the trees of the statements named, as they were and as they are: no other tree was looked at
            touched = place.touched_roots(forest_before, forest, named)
            assert set(compared) <= touched
            if not forest.pins and not forest_before.pins:  # a box named that did not move is in one of those trees
                root_of = {}
                for top in forest.roots:
                    stack = [top]
                    while stack:
                        node = stack.pop()
                        root_of[node] = top
                        stack.extend(forest.children[node])
                assert {root_of[i] for i in maybe - moved if i in root_of} <= touched
        named.clear()
        compared.clear()


def test_a_text_edit_that_keeps_a_trees_width_names_only_the_boxes_it_moved() -> None:
    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(3)]
    middle = [amap.add(Kind.SUPPORT, f"reason {k}", parent=claims[1]).id for k in range(5)]
    layout = compute_layout(amap, sizes_of(amap))
    named = changes_of(amap)
    sizes = sizes_of(amap)
    sizes[middle[2]] = (sizes[middle[2]][0], sizes[middle[2]][1] + 40)  # taller, not wider: nothing moves across
    amap.update(middle[2], text="taller now")
    layout = compute_layout(amap, sizes, previous=layout, dirty=set(named))
    assert layout.trees is not None and layout.trees.moved == [middle[2]]
    assert layout == compute_layout(amap, sizes)


def test_an_edit_in_columns_arranges_only_its_own_tree(monkeypatch) -> None:
    from argmap.layout import place

    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(4)]
    for k in range(40):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=claims[k % 4])
    options = LayoutOptions(arrangement="columns")
    layout = compute_layout(amap, sizes_of(amap), options)
    named = changes_of(amap)
    arranged: list[str] = []
    real = place.arrange_columns
    monkeypatch.setattr(place, "arrange_columns", lambda top, *rest, **kw: arranged.append(top) or real(top, *rest, **kw))
    amap.add(Kind.OBJECTION, "a new objection", parent=amap.children(claims[2])[0])
    layout = compute_layout(amap, sizes_of(amap), options, previous=layout, dirty=set(named))
    assert arranged == [claims[2]]
    assert layout == compute_layout(amap, sizes_of(amap), options)


def test_a_tree_edited_again_and_again_keeps_its_edit_state_small() -> None:
    amap = ArgumentMap()
    claim = amap.add(Kind.CLAIM, "claim").id
    for k in range(20):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=claim)
    layout = compute_layout(amap, sizes_of(amap))
    sizes: list[int] = []
    for k in range(300):  # a reason added and deleted, over and over (each added one is a new statement)
        new = amap.add(Kind.OBJECTION, f"objection {k}", parent=amap.children(claim)[k % 20]).id
        layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty={new})
        amap.remove(new)
        layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty={new})
        assert layout.trees is not None
        editable = layout.trees.kept[claim].editable
        assert editable is not None
        sizes.append(len(editable.key))
    assert max(sizes) <= 2 * 21 + 64 + 1  # statements that went do not pile up
    assert layout == compute_layout(amap, sizes_of(amap))


def test_an_edit_compares_in_its_tree_only_its_statements_and_their_parents(monkeypatch) -> None:
    from argmap.layout.tidy_edit import EditableTree

    amap = ArgumentMap()
    claim = amap.add(Kind.CLAIM, "claim").id
    for k in range(200):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng_choice(amap.ids(), k))
    layout = compute_layout(amap, sizes_of(amap))
    named = changes_of(amap)
    some = amap.ids()[150]
    amap.add(Kind.OBJECTION, "an objection", parent=some)  # the tree is kept for edits from this edit on
    layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty=set(named))
    named.clear()
    asked: list[set[str] | None] = []
    real = EditableTree.differs
    monkeypatch.setattr(EditableTree, "differs", lambda self, kids, sizes, candidates=None: asked.append(candidates) or
                        real(self, kids, sizes, candidates))
    amap.update(some, text="a longer text, so another size")
    layout = compute_layout(amap, sizes_of(amap), previous=layout, dirty=set(named))
    assert asked == [{some, amap.parents(some)[0]}]  # not the tree's 202 statements
    assert layout == compute_layout(amap, sizes_of(amap))
    assert claim in layout.boxes


def rng_choice(ids: list[str], k: int) -> str:
    return random.Random(k).choice(ids)


@pytest.mark.parametrize("seed", range(8))
def test_an_edits_extent_is_that_of_its_boxes(seed) -> None:
    """The extent an edit's layout keeps with each tree (worked out from the boxes it moved, unless one lay at the
    edge) is the extent of every box, as a layout from nothing has it."""
    rng = random.Random(seed)
    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(2)]
    for k in range(120):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(amap.ids()))
    direction = "LR" if seed % 2 else "TB"
    layout = compute_layout(amap, sizes_of(amap), LayoutOptions(direction=direction))
    named = changes_of(amap)
    for k in range(30):
        some = rng.choice([i for i in amap.ids() if i not in claims])
        kind = rng.choice(["text", "add", "delete"])
        if kind == "text":
            amap.update(some, text=amap.statement(some).text + " more" * rng.randrange(1, 4))
        elif kind == "add":
            amap.add(Kind.OBJECTION, f"new {k}", parent=some)
        elif not amap.children(some):
            amap.remove(some)
        layout = compute_layout(amap, sizes_of(amap), LayoutOptions(direction=direction), previous=layout, dirty=set(named))
        named.clear()
        boxes = list(layout.boxes.values())
        assert layout.trees is not None and layout.trees.extent == (
            min(b.x for b in boxes), min(b.y for b in boxes), max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes))
        assert layout == compute_layout(amap, sizes_of(amap), LayoutOptions(direction=direction))


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_trees_moved_across_are_where_a_layout_from_nothing_puts_them(direction, monkeypatch, tight_trees) -> None:
    """The trees right of a widening or narrowing edit are moved across from what they keep (their boxes' widths and
    heights, their least place across, their extent along): with sizes whose sums round, every box and the extent are
    still those of a layout made from nothing."""
    from argmap.layout import place

    moved_across = []
    emit_across = place.emit_across
    monkeypatch.setattr(place, "emit_across", lambda placed, *rest: moved_across.append(placed) or emit_across(placed, *rest))

    def sizes() -> dict[str, tuple[float, float]]:
        return {s.id: (97.3 + 13.7 * (len(s.text) % 9) + 0.01 * len(s.text), 31.1 + 9.3 * (len(s.text) % 4)) for s in amap.statements()}

    rng = random.Random(11)
    amap = ArgumentMap()
    claims = [amap.add(Kind.CLAIM, f"claim {k}").id for k in range(4)]
    for k in range(100):
        amap.add(Kind.SUPPORT, f"reason {k}", parent=rng.choice(amap.ids()))
    options = LayoutOptions(direction=direction, sibling_gap=30.3, tree_gap=80.7)
    layout = compute_layout(amap, sizes(), options)
    named = changes_of(amap)
    for k in range(40):
        some = rng.choice([i for i in amap.ids() if i not in claims])
        kind = rng.choice(["wider", "narrower", "add", "delete"])
        text = amap.statement(some).text
        if kind == "wider":
            amap.update(some, text=text + " more" * rng.randrange(1, 4))
        elif kind == "narrower":
            amap.update(some, text=text[: max(1, len(text) - rng.randrange(1, 9))])
        elif kind == "add":
            amap.add(Kind.OBJECTION, f"new {k}", parent=some)
        elif not amap.children(some):
            amap.remove(some)
        layout = compute_layout(amap, sizes(), options, previous=layout, dirty=set(named))
        named.clear()
        fresh = compute_layout(amap, sizes(), options)
        assert layout == fresh
        boxes = list(layout.boxes.values())
        assert layout.trees is not None and layout.trees.extent == (
            min(b.x for b in boxes), min(b.y for b in boxes), max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes))
        for placed in layout.trees.kept.values():  # each tree's own (the next edit's extent starts from them)
            own = [layout.boxes[key] for key in placed.tree.keys]
            assert placed.extent == (
                min(b.x for b in own), min(b.y for b in own), max(b.x + b.w for b in own), max(b.y + b.h for b in own))
    assert len(moved_across) > 10  # (trees were moved across many times, some more than once)
    assert len({id(placed.tree) for placed in moved_across}) < len(moved_across)
