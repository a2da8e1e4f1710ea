"""An edit's evaluation graph made from the one before it, not from the whole map.

Building the graph reads every statement and link (about 30 ms at 10,000 statements, and the
sides, objections and verdicts made from it as much again), though an edit adds, removes or
relinks a few. :func:`patch_graph` takes the previous graph, empties the numbers of the statements
removed (they become *holes*: nothing is renumbered), appends those added, and reads again only the
reasons of the statements whose links changed. Numbers still follow the map order (kept statements
keep their order, added ones come last), so each statement's reasons come in the same order as in
the graph :func:`~argmap.evaluation.graph.build_graph` makes of the map now: :func:`compacted` of the
result is that graph exactly, which ``tests/evaluation/test_incremental.py`` checks on random edits.

Renumbering after a deletion went through every list holding a number above the removed one: half the
map for a deletion in the middle (30-60 ms at 50,000 statements, every deletion). Holes cost nothing
until someone wants the dense numbers (findings, ranking: whole-map passes anyway, which
:meth:`~argmap.evaluation.evaluate.Evaluation.dense` serves).

A statement put back where it was removed (undoing a delete) takes the hole it left, when that is a hole
still (the graph remembers whose each hole was: ``EvalGraph.left``): numbers still follow the map order. Other
statements put back in the middle of the map order change the order: the caller builds the graph afresh then
(undoing a delete at 50,000 statements did so every time: the whole map evaluated and every box repainted).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain

from argmap.evaluation.graph import EvalGraph, Reason
from argmap.model import ArgumentMap, Relation


def patch_graph(old: EvalGraph, amap: ArgumentMap, changed: Iterable[str]) -> tuple[EvalGraph, list[int], set[int]] | None:
    """The graph of ``amap`` now, from ``old`` (the graph before the edit) and every statement the
    edit ``changed`` (added, removed, or at either end of a link added, removed or changed).

    Returns the graph, the numbers whose entries start afresh (sorted: those of the statements removed, holes now,
    and of those put back into the holes they had left; every other statement keeps its number, added ones are
    numbered after the last) and the numbers whose targets or attacks changed (where the sides may change); None when
    the statements were not only removed, put back into their holes and appended, or undercuts or rephrases are
    involved (the caller builds the graph afresh).
    """
    if old.cuts or old.restates:  # undercuts and rephrases are placed by the full build (evaluation/graph.py)
        return None
    changed = set(changed)
    index_before = old.index
    gone = sorted(index_before[i] for i in changed if i in index_before and i not in amap)
    added = [i for i in changed if i not in index_before and i in amap]
    if len(amap) != len(index_before) - len(gone) + len(added):  # a statement came or went unnamed
        return None
    ids = list(old.ids)
    for k in gone:
        ids[k] = ""
    back: dict[str, int] = {}  # statements put back into the holes they left (undoing a delete)
    if old.left and added:
        open_holes = set(old.holes)
        back = {i: k for i in added if (k := old.left.get(i, -1)) in open_holes}
        if back:
            added = [i for i in added if i not in back]
            for i, k in back.items():
                ids[k] = i
    if not _in_map_order(ids, index_before, changed, added, amap.orders(), back):
        return None
    index = index_before.copy()  # (not dict(): after a deletion, that put every key in one by one: 5-20 ms at 50,000)
    base, supports, attacks = list(old.base), list(old.supports), list(old.attacks)
    targets, attack_links = list(old.targets), list(old.attack_links)
    for k in gone:  # a hole: no reasons, bears on nothing (the reasons and targets naming it are read again below)
        del index[old.ids[k]]
        base[k] = 0.0
        supports[k], attacks[k], targets[k], attack_links[k] = [], [], [], []
    left = old.left
    if gone or back:
        holes = tuple(sorted(set(old.holes).difference(back.values()).union(gone)))
        left = {i: k for i, k in old.left.items() if i not in back}
        left.update((old.ids[k], k) for k in gone)
    else:
        holes = old.holes
    n_old = len(ids)
    graph_view = amap.graph_view()
    for i, k in back.items():  # (no reasons, no targets yet: a hole's; read below, as the edit named them)
        index[i] = k
        base[k] = graph_view.nodes[i]["statement"].score
        supports[k], attacks[k], targets[k], attack_links[k] = [], [], [], []
    for i in added:
        index[i] = len(ids)
        ids.append(i)
        base.append(graph_view.nodes[i]["statement"].score)
        supports.append([])
        attacks.append([])
        targets.append([])
        attack_links.append([])

    here = [index[i] for i in changed if i in index]
    nodes = graph_view.nodes
    for t in here:  # base scores may have changed in the same edit
        base[t] = nodes[ids[t]]["statement"].score
    # The reasons of each statement whose links changed, read again from the map.
    pred = graph_view.pred
    for t in here:  # ... and so are those the edit made
        for row in (pred[ids[t]], graph_view.succ[ids[t]]):
            if any(data["link"].is_undercut or data["link"].relation == Relation.REPHRASE for data in row.values()):
                return None
    slots: dict[int, dict[str, int]] = {}  # per statement read again: linked reason -> its place among its reasons
    for t in here:
        supports[t], attacks[t], slots[t] = _reasons(pred[ids[t]], index)
    # Which statements each one bears on (and as which attacking reason): the changed ones, and every
    # attacker of a statement whose attacking reasons were read again (their places may have moved).
    sources = set(here)
    for t in here:
        for reason in attacks[t]:
            sources.update(reason)
    succ = graph_view.succ
    removed = set(gone)
    moved: set[int] = set()
    for s in sources:
        row = succ[ids[s]]
        new_targets = sorted(index[t] for t, data in row.items() if data["link"].relation != Relation.REPHRASE)
        before = s < n_old  # a number the old graph had
        kept_links = [  # attacks on statements not read again stand as they were
            (t, slot) for t, slot in (old.attack_links[s] if before else ()) if t not in removed and t not in slots
        ]
        fresh: list[tuple[int, int | None]] = []
        for t in new_targets:
            if t in slots:
                link = row[ids[t]]["link"]
                if link.relation == Relation.ATTACK:
                    if link.group is None:
                        fresh.append((t, attacks[t].index((s,))))
                    else:  # a shared premise attacks in each of its linked reasons
                        fresh.extend((t, slots[t][name]) for name in link.group_names)
        new_links = sorted(kept_links + fresh, key=_first)  # stable: a target's reasons stay in their order
        if not before or old.targets[s] != new_targets or [t for t, _ in old.attack_links[s]] != [t for t, _ in new_links]:
            moved.add(s)
        targets[s], attack_links[s] = new_targets, new_links
    renewed = sorted(chain(gone, back.values())) if back else gone
    return EvalGraph(ids, index, base, supports, attacks, targets, attack_links, holes=holes, left=left), renewed, moved


def compacted(g: EvalGraph) -> tuple[EvalGraph, list[int]]:
    """``g`` numbered densely again (its holes taken out: the graph :func:`~argmap.evaluation.graph.build_graph`
    makes of the map), and each old number's new number (-1: a hole). ``g`` itself when it has no holes."""
    if not g.holes:
        return g, list(range(len(g)))
    holes = list(g.holes)
    renumber = _renumbering(len(g), holes)
    ids = _drop(g.ids, holes)
    first = holes[0]
    # only the last numbers were holes: the others keep theirs
    index = dict(g.index) if first >= len(ids) else dict(zip(ids, range(len(ids)), strict=True))
    supports, attacks = _drop(g.supports, holes), _drop(g.attacks, holes)
    targets, attack_links = _drop(g.targets, holes), _drop(g.attack_links, holes)
    if first < len(ids):  # numbers after the first hole move down
        _renumber_after(g, first, renumber, supports, attacks, targets, attack_links)
    # (undercuts and rephrases never come with holes: patch_graph leaves those maps to the full build)
    return EvalGraph(ids, index, _drop(g.base, holes), supports, attacks, targets, attack_links), renumber


def _in_map_order(ids: list[str], index: dict[str, int], changed: set[str], added: list[str], order: Mapping[str, int],
                  back: Mapping[str, int]) -> bool:
    """Whether the statements kept at their numbers (``ids``, holes "") and then the ``added`` ones follow the map
    order now; sorts ``added`` by it. A statement's place in the map order never changes while it is in the map (the
    kept ones keep theirs among themselves): only the ones the edit named can be out of place (added before a kept
    one, or removed and put back elsewhere). Each is checked against its neighbours: no scan of the map."""
    added.sort(key=order.__getitem__)
    last = _live_before(ids, len(ids))
    if added and last >= 0 and order[added[0]] < order[ids[last]]:  # put back in the middle (undoing a removal)
        return False
    for i in changed:
        k = index.get(i, -1) if i not in back else back[i]
        if k < 0 or not ids[k]:
            continue
        before = _live_before(ids, k)
        after = _live_after(ids, k)
        mine = order[i]
        if before >= 0 and order[ids[before]] >= mine:
            return False
        if (order[ids[after]] if after >= 0 else order[added[0]] if added else mine + 1) <= mine:
            return False
    return True


def _live_before(ids: list[str], k: int) -> int:
    """The number of the last statement (not a hole) before ``k``; -1 when none."""
    k -= 1
    while k >= 0 and not ids[k]:
        k -= 1
    return k


def _live_after(ids: list[str], k: int) -> int:
    """The number of the first statement after ``k``; -1 when none."""
    k += 1
    while k < len(ids) and not ids[k]:
        k += 1
    return k if k < len(ids) else -1


def _first(entry: tuple[int, int | None]) -> int:
    return entry[0]


def _renumbering(n: int, gone: list[int]) -> list[int]:
    """Each old number's new number once the ``gone`` ones (sorted) are taken out; -1 for those."""
    result: list[int] = []
    start = removed = 0
    for k in gone:
        result.extend(range(start - removed, k - removed))
        result.append(-1)
        removed += 1
        start = k + 1
    result.extend(range(start - removed, n - removed))
    return result


def _drop(lists: list, gone: list[int]) -> list:
    out = list(lists)
    for k in reversed(gone):
        del out[k]
    return out


def _renumber_after(old: EvalGraph, first: int, renumber: list[int], supports: list[list[Reason]], attacks: list[list[Reason]],
                    targets: list[list[int]], attack_links: list[list[tuple[int, int | None]]]) -> None:
    """Give the lists (already without the removed statements' entries) that hold a number from ``first`` on
    their statements' new numbers. Only those are gone through, found with the C builtins: the reasons of the
    statements that the statements from ``first`` on bear on (``targets`` is the other way round of the reasons'
    premises), and the targets and attacks of the premises of those statements' reasons. A deletion mid-map
    checked every list of the map in Python (60 ms at 50,000 statements); most hold no such number. (Holes hold no
    number, and no list holds theirs.)"""
    new_number = renumber.__getitem__
    after = chain.from_iterable
    bearing = set().union(*old.targets[first:])  # old numbers of the statements with a premise from ``first`` on
    premises = set(after(after(old.supports[first:])))
    premises.update(after(after(old.attacks[first:])))  # old numbers of the statements with a target from ``first`` on
    for k in bearing:
        t = renumber[k]
        if t >= 0:
            supports[t] = [tuple(map(new_number, r)) for r in supports[t]]
            attacks[t] = [tuple(map(new_number, r)) for r in attacks[t]]
    for k in premises:
        s = renumber[k]
        if s >= 0:
            targets[s] = list(map(new_number, targets[s]))
            attack_links[s] = [(renumber[t], slot) for t, slot in attack_links[s]]


def _reasons(incoming: dict, index: dict[str, int]) -> tuple[list[Reason], list[Reason], dict[str, int]]:
    """The supporting and attacking reasons of a statement from its incoming links, as build_graph orders them,
    and the place of each linked reason among them (rephrases are no reasons; a shared premise is in each of its)."""
    supports: list[Reason] = []
    attacks: list[Reason] = []
    members: dict[str, tuple[list[Reason], int, list[int]]] = {}
    for s, link in sorted((index[source], data["link"]) for source, data in incoming.items()):
        if link.relation == Relation.REPHRASE:
            continue
        reasons = attacks if link.relation == Relation.ATTACK else supports
        if link.group is None:
            reasons.append((s,))
            continue
        for name in link.group_names:
            slot = members.get(name)
            if slot is None:
                members[name] = (reasons, len(reasons), [s])
                reasons.append(())
            else:
                slot[2].append(s)
    for reasons, k, premises in members.values():
        reasons[k] = tuple(premises)
    return supports, attacks, {name: k for name, (_, k, _) in members.items()}
