"""An edit's evaluation, made from the one before it, equals a full evaluation of the map (random maps, cycles too)."""

from __future__ import annotations

import importlib
import random

import pytest

from argmap.evaluation import evaluate, find_issues
from argmap.evaluation.explain import explain
from argmap.evaluation.graph import build_graph
from argmap.evaluation.impact import rank
from argmap.model import ArgumentMap, InvalidLink, InvalidValue, Link, Relation


def random_map(rng: random.Random, n: int, cross: int) -> ArgumentMap:
    m = ArgumentMap()
    m.add("claim", "root", id="n0", score=rng.random())  # a map of one statement gains reasons below
    for k in range(1, n):
        m.add(rng.choice(["support", "objection"]), f"t{k}", id=f"n{k}", parent=f"n{rng.randrange(k)}", score=rng.random())
    for _ in range(cross):
        a, b = rng.sample(range(n), 2)
        if not m.has_link(f"n{a}", f"n{b}") and not m.has_link(f"n{b}", f"n{a}"):
            m.connect(f"n{a}", f"n{b}", rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    return m


def edit(m: ArgumentMap, rng: random.Random, serial: list[int], removed: list) -> set[str]:
    """One random edit as the editor makes them; the statements it changed (as LiveEvaluation collects them)."""
    changed: set[str] = set()

    def note(change) -> None:
        for attribute in ("statement", "link", "old", "new"):
            part = getattr(change, attribute, None)
            if part is not None:
                changed.update((part.source, part.target) if hasattr(part, "source") else (part.id,))

    m.changed.connect(note)
    try:
        _one_edit(m, rng, serial, removed)
    finally:
        m.changed.disconnect(note)
    return changed


def _one_edit(m: ArgumentMap, rng: random.Random, serial: list[int], removed: list) -> None:
    ids = m.ids()
    kind = rng.choice(["add", "add", "delete", "link", "unlink", "flip", "group", "move", "restore", "score", "rephrase", "share",
                       "undercut"])
    some = rng.choice(ids)
    if kind == "add":
        serial[0] += 1
        m.add(rng.choice(["support", "objection"]), "new", id=f"a{serial[0]}", parent=some, score=rng.random())
    elif kind == "delete" and len(ids) > 2:
        removed.append(m.remove(some))
    elif kind == "restore" and removed:
        removal = removed.pop(rng.randrange(len(removed)))
        if all(link.source in m or link.source == removal.statement.id for link in removal.links) and all(
            link.target in m or link.target == removal.statement.id for link in removal.links
        ):
            m.restore(removal)
    elif kind == "link":
        other = rng.choice(ids)
        if other != some and not m.has_link(some, other):
            m.connect(some, other, rng.choice([Relation.SUPPORT, Relation.ATTACK]))
    elif kind == "unlink":
        parents = m.parents(some)
        if parents:
            m.disconnect(some, parents[0])
    elif kind == "flip":
        parents = m.parents(some)
        if parents:
            link = m.link(some, parents[0])
            m.update_link(some, parents[0], relation=Relation.ATTACK if link.relation == Relation.SUPPORT else Relation.SUPPORT, group=None)
    elif kind == "group":
        children = m.children(some)
        if len(children) >= 2:
            relations = {m.link(c, some).relation for c in children[:2]}
            if len(relations) == 1 and all(m.link(c, some).group is None for c in children[:2]):
                m.group(some, children[:2])
    elif kind == "move":
        other = rng.choice(ids)
        if other != some and m.parents(some) and not m.has_link(some, other) and other not in m.descendants(some):
            m.move(some, other)
    elif kind == "rephrase":
        serial[0] += 1
        m.add("support", "in other words", id=f"a{serial[0]}", parent=some, relation=Relation.REPHRASE)
    elif kind == "share":  # a premise of one linked reason into some statement joins another one
        groups = m.groups(some)
        for name, members in groups.items():
            others = [c for c in m.children(some) if c not in members and m.link(c, some).group is not None
                      and m.link(c, some).relation == m.link(members[0], some).relation]
            if others:
                m.share(others[0], some, name)
                break
    elif kind == "undercut":  # an attack onto the link of one of the statement's premises
        children = [c for c in m.children(some) if m.link(c, some).relation != Relation.REPHRASE]
        if children:
            serial[0] += 1
            m.add_link(Link(m.add("objection", "undercut", id=f"a{serial[0]}").id, some, Relation.ATTACK, onto=children[0]))
    else:
        m.update(some, score=rng.random())


@pytest.mark.parametrize("seed", range(40))
def test_an_edits_evaluation_equals_a_full_one(seed) -> None:
    rng = random.Random(seed)
    m = random_map(rng, rng.randrange(3, 40), cross=rng.choice([0, 0, 3, 8]))
    evaluated_through_random_edits(m, rng, 16)


def evaluated_through_random_edits(m: ArgumentMap, rng: random.Random, edits: int) -> None:
    """``edits`` random edits of ``m``, each evaluated from the evaluation before it: the same as a full one."""
    ev = evaluate(m)
    serial, removed = [0], []
    for _ in range(edits):
        try:
            changed = edit(m, rng, serial, removed)
        except (InvalidLink, InvalidValue):  # an edit the model refuses changes nothing
            continue
        ev = evaluate(m, previous=ev, changed=changed, structure=True)
        assert_same(ev, evaluate(m), m)


def test_the_statements_without_reasons_share_one_empty_list_that_no_edit_fills() -> None:
    """A built graph's leaves hold the one empty list (``graph.NONE``: memory), a statement with reasons a list of its own;
    patching edits and evaluating them (random ones, as above) append nothing to the shared list."""
    from argmap.evaluation import graph

    rng = random.Random(7)
    m = random_map(rng, 30, cross=3)
    g = build_graph(m)
    leaves = [k for k, i in enumerate(g.ids) if not m.children(i)]
    assert leaves and all(g.supports[k] is graph.NONE and g.attacks[k] is graph.NONE for k in leaves)
    assert all(g.supports[k] is not graph.NONE for k in range(len(g)) if g.supports[k])
    evaluated_through_random_edits(m, rng, 40)
    assert graph.NONE == []


def _named(change) -> set[str]:
    """The statements a change names (as LiveEvaluation collects them)."""
    named: set[str] = set()
    for attribute in ("statement", "link", "old", "new"):
        part = getattr(change, attribute, None)
        if part is not None:
            named.update((part.source, part.target) if hasattr(part, "source") else (part.id,))
    return named


def assert_same(ev, full, m: ArgumentMap) -> None:
    """``ev`` says what the full evaluation ``full`` says, by id and (numbered densely) by number."""
    dense = ev.dense()
    assert dense.graph == build_graph(m) == full.graph
    assert ev.values == full.values and dense.solution.values == full.solution.values
    assert ev.statuses == full.statuses and dense.status_list == full.status_list
    assert ev.unsettled == full.unsettled == dense.unsettled
    assert dense.side == full.side and dense.open_attack == full.open_attack
    assert ev.labels == full.labels
    for i in m.ids():  # by id through the holes
        assert ev.strength(i) == full.strength(i) and ev.status(i) == full.status(i)
        assert explain(ev, i) == explain(full, i)
    assert find_issues(m, ev) == find_issues(m, full)
    assert rank(ev) == rank(full)


def test_an_edit_far_from_the_claim_touches_only_what_it_reaches() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for k in range(200):
        m.add("support", f"r{k}", id=f"r{k}", parent="c")
    ev = evaluate(m)
    m.add("objection", "new", id="o", parent="r7")
    ev = evaluate(m, previous=ev, changed={"o", "r7"}, structure=True)
    assert ev.touched is not None and {ev.graph.ids[k] for k in ev.touched} <= {"o", "r7", "c"}


def test_a_premise_shared_by_two_linked_reasons_is_followed_too() -> None:
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for name in "abde":
        m.add("objection", name, id=name, parent="c", score=0.8)
    first = m.group("c", ["a", "b"])
    second = m.group("c", ["d", "e"])
    ev = evaluate(m)
    steps = [
        lambda: m.share("b", "c", second),
        lambda: m.add("rebuttal", "r", id="r", parent="b"),
        lambda: m.add_link(Link(m.add("objection", "u", id="u").id, "c", Relation.ATTACK, onto_group=first)),
        lambda: m.remove("r"),
        lambda: m.add("support", "in other words", id="p", parent="c", relation=Relation.REPHRASE),
        lambda: m.remove("a"),
    ]
    named: set[str] = set()

    def note(change) -> None:
        for attribute in ("statement", "link", "old", "new"):
            part = getattr(change, attribute, None)
            if part is not None:
                named.update((part.source, part.target) if hasattr(part, "source") else (part.id,))

    m.changed.connect(note)
    for step in steps:
        named.clear()
        step()
        ev = evaluate(m, previous=ev, changed=named, structure=True)
        assert_same(ev, evaluate(m), m)


def test_a_deletion_renumbers_nothing() -> None:
    """A removed statement's number is left empty (a hole) and every other statement keeps its number; the dense
    numbering (what findings and the ranking read) is the full evaluation's."""
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for k in range(30):
        m.add("support" if k % 3 else "objection", f"r{k}", id=f"r{k}", parent="c" if k < 10 else f"r{k - 10}")
    ev = evaluate(m)
    numbers = dict(ev.graph.index)
    named: set[str] = set()
    m.changed.connect(lambda change: named.update(_named(change)))
    for gone in ("r3", "r15", "r29", "r0"):
        named.clear()
        m.remove(gone)
        ev = evaluate(m, previous=ev, changed=set(named), structure=True)
        assert ev.graph.index == {i: numbers[i] for i in m.ids()}
        assert_same(ev, evaluate(m), m)
    assert ev.graph.holes == tuple(sorted(numbers[i] for i in ("r3", "r15", "r29", "r0")))
    for serial, parent in enumerate(("c", "r5", "r25"), 1):  # added statements come after the holes
        named.clear()
        m.add("objection", "new", id=f"a{serial}", parent=parent)
        ev = evaluate(m, previous=ev, changed=set(named), structure=True)
        assert ev.graph.index[f"a{serial}"] == len(numbers) + serial - 1
        assert_same(ev, evaluate(m), m)


@pytest.mark.parametrize("seed", range(12))
def test_many_deletions_anywhere_keep_every_strength(seed) -> None:
    """Long runs of edits, most of them deletions at random places of a bigger map (holes pile up, some are
    appended after), each checked against a full evaluation."""
    rng = random.Random(1000 + seed)
    m = random_map(rng, rng.randrange(60, 160), cross=rng.choice([0, 0, 5]))
    ev = evaluate(m)
    serial, removed = [0], []
    for _ in range(40):
        try:
            if rng.random() < 0.6 and len(m) > 3:
                some = rng.choice(m.ids())
                named: set[str] = set()

                def note(change, named=named) -> None:
                    named.update(_named(change))

                m.changed.connect(note)
                try:
                    removed.append(m.remove(some))
                finally:
                    m.changed.disconnect(note)
                changed = named
            else:
                changed = edit(m, rng, serial, removed)
        except (InvalidLink, InvalidValue):
            continue
        ev = evaluate(m, previous=ev, changed=changed, structure=True)
        assert_same(ev, evaluate(m), m)


def test_the_entries_kept_are_those_of_the_statements_kept() -> None:
    """_carried keeps the old entries at their numbers, gives the removed ones' (holes) and the added ones fresh ones;
    compacted numbers a graph with holes densely again."""
    from argmap.evaluation.evaluate import _carried, _carried_filled
    from argmap.evaluation.patch import _renumbering

    old = list("abcdef")
    for gone in ([], [0], [5], [2, 3], [0, 5], [1, 2, 3, 4]):
        fresh = ["?"] * (len(old) + 2)  # two statements added
        assert _carried(old, gone, fresh) == [v if k not in gone else "?" for k, v in enumerate(old)] + ["?", "?"]
        assert _carried_filled(old, gone, "?", len(old) + 2) == _carried(old, gone, fresh)
        assert _carried_filled(old, gone, "?", len(old)) == _carried(old, gone, fresh[:len(old)])
        kept = [k for k in range(len(old)) if k not in gone]
        assert [r for r in _renumbering(len(old), gone) if r >= 0] == list(range(len(kept)))


def test_statements_out_of_their_old_place_are_numbered_afresh() -> None:
    """A statement put back in the middle (undoing a removal) takes the hole it left; one removed and made again under
    the same id in one edit (now last in the map order) cannot keep its number in the middle: the numbers follow the
    map order."""
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for name in "abde":
        m.add("support" if name != "b" else "objection", name, id=name, parent="c", score=0.3)
    m.add("objection", "x", id="x", parent="d", score=0.9)
    edits = Evaluated(m)
    removal = m.remove("b")
    edits.ev = evaluate(m, previous=edits.ev, changed={"b", "c"}, structure=True)
    assert edits.ev.graph.holes
    edits.step(lambda: m.restore(removal))  # back in the middle
    assert list(edits.ev.graph.ids) == m.ids()

    def again() -> None:
        m.remove("a")
        m.add("objection", "a again", id="a", parent="x", score=0.8)

    edits.step(again)
    assert m.ids()[-1] == "a" and edits.ev.graph.ids[-1] == "a"


class Evaluated:
    """A map's evaluation brought up to date after each edit from the one before, as the editor does, and checked
    against a full evaluation."""

    def __init__(self, m: ArgumentMap) -> None:
        self.m, self.ev, self.named = m, evaluate(m), set()
        m.changed.connect(lambda change: self.named.update(_named(change)))

    def step(self, action) -> None:
        self.named.clear()
        action()
        self.ev = evaluate(self.m, previous=self.ev, changed=set(self.named), structure=True)
        assert_same(self.ev, evaluate(self.m), self.m)


def test_undoing_a_deletion_puts_the_statement_back_into_its_hole(monkeypatch) -> None:
    """Undoing a delete (the statement and its links put back, in their old place in the map order) is patched, not
    built afresh: the statement takes the number it had, nothing else is renumbered, and the evaluation says which
    statements it touched (the canvas repaints those, not the whole map). A statement made anew under a removed id
    goes last in the map order: it cannot take the hole, and the numbers still follow the map order."""
    from argmap.evaluation import patch

    m = ArgumentMap()
    m.add("claim", "C", id="c")
    for k in range(12):
        m.add("support" if k % 3 else "objection", f"r{k}", id=f"r{k}", parent="c" if k < 4 else f"r{k - 4}", score=0.4)
    edits = Evaluated(m)
    numbers = dict(edits.ev.graph.index)
    built: list[object] = []
    real = patch.patch_graph

    def counted(*args):
        result = real(*args)
        built.append(result)
        return result

    # (the package's name "evaluate" is the function: the module is looked up)
    monkeypatch.setattr(importlib.import_module("argmap.evaluation.evaluate"), "patch_graph", counted)
    removals = []
    edits.step(lambda: removals.append(m.remove("r9")))
    edits.step(lambda: removals.append(m.remove("r2")))
    ev = edits.ev
    assert set(ev.graph.holes) == {numbers["r9"], numbers["r2"]}
    edits.step(lambda: m.restore(removals.pop()))  # r2 back: its hole, r9's still a hole
    ev = edits.ev
    assert built[-1] is not None, "patched, not built afresh"
    assert ev.graph.index == {i: numbers[i] for i in m.ids()}
    assert ev.graph.holes == (numbers["r9"],)
    assert ev.touched is not None and "r2" in {ev.graph.ids[k] for k in ev.touched}
    assert len(ev.touched) < len(m)
    edits.step(lambda: m.add("objection", "made anew", id="r9", parent="r5"))  # last in the map order: not r9's hole
    assert m.ids()[-1] == "r9"
    assert edits.ev.graph.ids[-1] == "r9" or built[-1] is None
