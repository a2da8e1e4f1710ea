"""A tree laid out again after edits (layout/tidy_edit.py) has the very positions of one laid out from nothing."""

from __future__ import annotations

import random

import pytest

from argmap.layout.place import _breadth_first
from argmap.layout.tidy import layout_tree
from argmap.layout.tidy_edit import EditableTree


def by_statement(keys, *lists):
    """Each statement's (size, x, y, w, h): the order of the lists does not matter, the values must be the same floats."""
    assert len(set(keys)) == len(keys)
    return dict(zip(keys, zip(*lists, strict=True), strict=True))


def from_nothing(children, sizes, left_to_right=False):
    keys, first, last, measured, w, h, y, bottom = _breadth_first("r", children, sizes, left_to_right, 30.0, 60.0)
    return by_statement(keys, measured, layout_tree(first, last, w, bottom), y, w, h)


def editable(children, sizes, left_to_right=False):
    keys, first, last, measured, w, h, y, bottom = _breadth_first("r", children, sizes, left_to_right, 30.0, 60.0)
    return EditableTree(keys, [children[k] for k in keys], first, last, w, h, y, bottom, measured)


def parents(children):
    return {c: p for p, kids in children.items() for c in kids}


def random_tree(rng: random.Random, n: int) -> tuple[dict[str, list[str]], dict[str, tuple[float, float]]]:
    children: dict[str, list[str]] = {"r": []}
    for k in range(n):
        parent = rng.choice(list(children)) if rng.random() < 0.7 else list(children)[-1]  # some deep chains too
        children[parent].append(f"n{k}")
        children[f"n{k}"] = []
    sizes = {key: (rng.choice([40.0, 95.5, 120.25, 200.0]) + rng.random(), rng.choice([20.0, 33.5, 80.0]) + rng.random())
             for key in children}
    return children, sizes


def below(children, key):
    out = [key]
    for k in out:
        out.extend(children[k])
    return set(out)


def random_edit(children, sizes, rng: random.Random, serial: list[int]) -> None:
    for k in children:  # new lists, as a forest of the edited map has them (its lists are never changed in place)
        children[k] = list(children[k])
    keys = list(children)
    kind = rng.choice(["add", "add", "delete", "resize", "wider", "move", "reorder", "delete_inner"])
    some = rng.choice(keys)
    serial[0] += 1
    if kind == "add":
        new = f"a{serial[0]}"
        at = rng.randrange(len(children[some]) + 1)
        children[some].insert(at, new)
        children[new] = []
        sizes[new] = (rng.uniform(30, 220), rng.uniform(15, 90))
    elif kind in ("delete", "delete_inner") and some != "r":
        parent = next(k for k, v in children.items() if some in v)
        if kind == "delete":  # the whole subtree
            for k in below(children, some):
                del children[k]
                del sizes[k]
            children[parent].remove(some)
        else:  # the statement only: its children go to its parent, where it was
            at = children[parent].index(some)
            children[parent][at:at + 1] = children.pop(some)
            del sizes[some]
    elif kind == "resize":
        sizes[some] = (sizes[some][0], rng.uniform(15, 120))
    elif kind == "wider":
        sizes[some] = (rng.uniform(30, 260), sizes[some][1])
    elif kind == "move" and some != "r":
        target = rng.choice(keys)
        if target not in below(children, some):
            parent = next(k for k, v in children.items() if some in v)
            children[parent].remove(some)
            children[target].insert(rng.randrange(len(children[target]) + 1), some)
    elif kind == "reorder" and len(children[some]) > 1:
        rng.shuffle(children[some])


@pytest.mark.parametrize("seed", range(60))
def test_a_tree_laid_out_again_after_edits_has_the_positions_of_one_laid_out_from_nothing(seed) -> None:
    rng = random.Random(seed)
    children, sizes = random_tree(rng, rng.randrange(0, 60))
    left_to_right = seed % 3 == 0
    tree = editable(children, sizes, left_to_right)
    assert by_statement(*tree.positions()) == from_nothing(children, sizes, left_to_right)
    serial = [0]
    for _ in range(25):
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            random_edit(children, sizes, rng, serial)
        lists = tree.update(children, parents(children), sizes, left_to_right, 30.0, 60.0)
        got = by_statement(*lists)
        x, w = lists[2], lists[4]
        assert got == from_nothing(children, sizes, left_to_right)  # exactly: same floats, not just close
        # its span across, kept from the nodes each edit went through: that of every node
        assert (tree.lo, tree.hi) == (min(x), max(a + b for a, b in zip(x, w, strict=True)))


@pytest.mark.parametrize("seed", range(30))
def test_comparing_only_the_statements_an_edit_named_finds_what_comparing_every_statement_finds(seed) -> None:
    """An editor's edit names its statements (and compute_layout adds their parents): only those are compared."""
    rng = random.Random(seed)
    children, sizes = random_tree(rng, rng.randrange(0, 60))
    tree = editable(children, sizes)
    serial = [0]
    for _ in range(25):
        kids_before, sizes_before = {k: list(v) for k, v in children.items()}, dict(sizes)
        for _ in range(rng.choice([1, 1, 2])):
            random_edit(children, sizes, rng, serial)
        named = {k for k in kids_before.keys() | children.keys() if kids_before.get(k) != children.get(k)}
        named |= {k for k in sizes_before.keys() | sizes.keys() if sizes_before.get(k) != sizes.get(k)}
        named |= {rng.choice(list(children)), "not in this tree"}  # statements that did not change, or are elsewhere
        changes = tree.differs(children, sizes, named)
        assert changes == tree.differs(children, sizes)
        got = by_statement(*tree.update(children, parents(children), sizes, False, 30.0, 60.0, changes))
        assert got == from_nothing(children, sizes)


def test_an_edit_redoes_only_the_merges_on_its_path(monkeypatch) -> None:
    rng = random.Random(3)
    children, sizes = random_tree(rng, 400)
    tree = editable(children, sizes)
    merged: list[int] = []
    real = EditableTree._merge
    monkeypatch.setattr(EditableTree, "_merge", lambda self, t: merged.append(t) or real(self, t))
    leaf = next(k for k in reversed(list(children)) if not children[k])
    path = 0
    node = leaf
    while node != "r":
        node = next(k for k, v in children.items() if node in v)
        path += 1
    children[leaf] = [*children[leaf], "new"]
    children["new"] = []
    sizes["new"] = (50.0, 20.0)
    assert by_statement(*tree.update(children, parents(children), sizes, False, 30.0, 60.0)) == from_nothing(children, sizes)
    assert len(merged) == path + 1  # the leaf (now with a child) and each of its ancestors, of 400 statements


def test_an_unusable_size_is_refused() -> None:
    children, sizes = {"r": ["a"], "a": []}, {"r": (10.0, 10.0), "a": (10.0, 10.0)}
    tree = editable(children, sizes)
    sizes["a"] = (float("nan"), 10.0)
    with pytest.raises(ValueError):
        tree.update(children, parents(children), sizes, False, 30.0, 60.0)


@pytest.mark.parametrize("seed", range(20))
def test_with_siblings_spaced_on_a_grid_a_tree_laid_out_again_has_the_positions_of_one_laid_out_from_nothing(seed, monkeypatch) -> None:
    """The spacing of far apart siblings (tidy.spaced) made active in these small trees: from 300 units on."""
    from argmap.layout import tidy

    monkeypatch.setattr(tidy, "SPACED_FROM", 300.0)
    rng = random.Random(1000 + seed)
    children, sizes = random_tree(rng, rng.randrange(10, 60))
    tree = editable(children, sizes)
    laid = from_nothing(children, sizes)
    assert by_statement(*tree.positions()) == laid
    assert laid != _tight(children, sizes, monkeypatch) or len(children) < 3  # the spacing changed the layout
    serial = [0]
    for _ in range(25):
        random_edit(children, sizes, rng, serial)
        got = by_statement(*tree.update(children, parents(children), sizes, False, 30.0, 60.0))
        assert got == from_nothing(children, sizes)


def _tight(children, sizes, monkeypatch):
    from argmap.layout import tidy

    with monkeypatch.context() as m:
        m.setattr(tidy, "SPACED_FROM", float("inf"))
        return from_nothing(children, sizes)
