"""An edit's evaluation graph made from the one before it, not from the whole map.

Building the graph reads every statement and link (about 30 ms at 10,000 statements, and the
sides, objections and verdicts made from it as much again), though an edit adds, removes or
relinks a few. :func:`patch_graph` takes the previous graph, drops the statements removed,
appends those added, and reads again only the reasons of the statements whose links changed.
The result is the graph :func:`~argmap.evaluation.graph.build_graph` makes of the map now,
exactly (reasons in the map order of their first premise in both), which
``tests/evaluation/test_incremental.py`` checks on random edits.

Statements put back in the middle of the map order (undoing a delete) renumber the map: the
caller builds the graph afresh then.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from argmap.evaluation.graph import EvalGraph, Reason
from argmap.model import ArgumentMap, Relation


def patch_graph(old: EvalGraph, amap: ArgumentMap, changed: Iterable[str]) -> tuple[EvalGraph, list[int], set[int]] | None:
    """The graph of ``amap`` now, from ``old`` (the graph before the edit) and every statement the
    edit ``changed`` (added, removed, or at either end of a link added, removed or changed).

    Returns the graph, each old number's new number (-1: removed) and the new numbers whose
    targets or attacks changed (where the sides may change); None when the statements were not
    only removed and appended, or undercuts or rephrases are involved (the caller builds the graph afresh).
    """
    if old.cuts or old.restates:  # undercuts and rephrases are placed by the full build (evaluation/graph.py)
        return None
    changed = set(changed)
    index_before = old.index
    gone = sorted(index_before[i] for i in changed if i in index_before and i not in amap)
    ids = amap.ids()
    kept = list(old.ids)
    for k in reversed(gone):
        del kept[k]
    n_kept = len(kept)
    if ids[:n_kept] != kept or any(i in index_before for i in ids[n_kept:]):
        return None
    added = ids[n_kept:]
    n = len(ids)
    renumber = _renumbering(len(old.ids), gone)

    if gone:
        index = dict(zip(ids, range(n), strict=True)) if gone[0] < n_kept else dict(index_before)
        if gone[0] >= n_kept:  # only the last statements went: the others keep their numbers
            for k in gone:
                del index[old.ids[k]]
        base = list(old.base)
        for k in reversed(gone):
            del base[k]
        supports = _drop(old.supports, gone)
        attacks = _drop(old.attacks, gone)
        targets = _drop(old.targets, gone)
        attack_links = _drop(old.attack_links, gone)
        if gone[0] < n_kept:  # numbers after the first removed statement move down
            _renumber_after(old, gone[0], renumber, supports, attacks, targets, attack_links)
    else:
        index, base = dict(index_before), list(old.base)
        supports, attacks, targets, attack_links = list(old.supports), list(old.attacks), list(old.targets), list(old.attack_links)
    graph_view = amap.graph_view()
    for i in added:
        index[i] = len(base)
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
    moved: set[int] = set()
    for s in sources:
        row = succ[ids[s]]
        new_targets = sorted(index[t] for t, data in row.items() if data["link"].relation != Relation.REPHRASE)
        before = (renumber.index(s) if gone else s) if s < n_kept else -1  # the old number (few sources: a scan is fine)
        kept_links = [  # attacks on statements not read again stand as they were
            (renumber[t], slot) for t, slot in (old.attack_links[before] if before >= 0 else ())
            if renumber[t] >= 0 and renumber[t] not in slots
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
        if before >= 0:
            old_targets = [renumber[t] for t in old.targets[before]]
            old_attacks = [renumber[t] for t, _ in old.attack_links[before]]
            if old_targets != new_targets or old_attacks != [t for t, _ in new_links]:
                moved.add(s)
        else:
            moved.add(s)
        targets[s], attack_links[s] = new_targets, new_links
    return EvalGraph(ids, index, base, supports, attacks, targets, attack_links), renumber, moved


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
    checked every list of the map in Python (60 ms at 50,000 statements); most hold no such number."""
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
