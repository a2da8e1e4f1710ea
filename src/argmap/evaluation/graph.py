"""The map as evaluation sees it: base scores and reasons, by number, made in one pass.

A *reason* is one attacking or supporting link, or a linked group of co-premises that
work together (it counts once, with its weakest premise). Statements are numbered in map
order; everything else in ``evaluation/`` works on these numbers, which keeps the inner
loops free of string hashing and lets a snapshot outlive edits to the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.model import ArgumentMap, Link, Relation, Statement

Reason = tuple[int, ...]  # the premises of one reason (one statement, or a linked group)


@dataclass(frozen=True, slots=True)
class EvalGraph:
    ids: list[str]  # statement ids in map order
    index: dict[str, int]
    base: list[float]  # base score of each statement
    supports: list[list[Reason]]  # supporting reasons of each statement
    attacks: list[list[Reason]]  # attacking reasons of each statement
    targets: list[list[int]]  # the statements each one bears on (it is a premise of a reason of theirs)
    attack_links: list[list[tuple[int, int | None]]]  # per statement: (target, its reason number) it attacks

    def __len__(self) -> int:
        return len(self.ids)

    def replies(self, i: int) -> int:
        return len(self.supports[i]) + len(self.attacks[i])


@dataclass(frozen=True, slots=True)
class MapSnapshot:
    """What evaluation reads of a map, taken in one go (about 15 ms at 10,000 statements).

    Statements and links are immutable, so a snapshot can be evaluated on another thread
    while the editor goes on changing the map.
    """

    ids: list[str]  # map order
    statements: dict[str, Statement]
    links: list[Link]
    semantics: str

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, statement_id: object) -> bool:
        return statement_id in self.statements

    def statement(self, statement_id: str) -> Statement:
        return self.statements[statement_id]


def snapshot(amap: ArgumentMap) -> MapSnapshot:
    view = amap.graph_view()
    links: list[Link] = [data["link"] for _, _, data in view.edges(data=True)]
    return MapSnapshot(amap.ids(), dict(view.nodes(data="statement")), links, amap.semantics)


def as_snapshot(source: ArgumentMap | MapSnapshot) -> MapSnapshot:
    return source if isinstance(source, MapSnapshot) else snapshot(source)


def build_graph(source: ArgumentMap | MapSnapshot) -> EvalGraph:
    snap = as_snapshot(source)
    ids = snap.ids
    index = {i: k for k, i in enumerate(ids)}
    statements = snap.statements
    base = [statements[i].score for i in ids]
    n = len(ids)
    supports: list[list[Reason]] = [[] for _ in range(n)]
    attacks: list[list[Reason]] = [[] for _ in range(n)]
    targets: list[list[int]] = [[] for _ in range(n)]
    attack_links: list[list[tuple[int, int | None]]] = [[] for _ in range(n)]
    grouped: dict[tuple[int, str], list[int]] = {}
    group_slot: dict[tuple[int, str], tuple[bool, int]] = {}
    # Links in map order of (source, target): each statement's reasons come in the map order of their
    # (first) premise, whatever order the links were made in, so an edit's patched graph
    # (:mod:`argmap.evaluation.patch`) is the very graph a full build makes, down to the last bit of each sum.
    numbered = sorted(((index[link.source], index[link.target], link) for link in snap.links), key=_ends)
    for s, t, link in numbered:
        if link.relation == Relation.REPHRASE:
            continue  # a restatement has no force of its own
        targets[s].append(t)
        is_attack: bool = link.relation == Relation.ATTACK
        reasons = attacks[t] if is_attack else supports[t]
        if link.group is None:
            if is_attack:
                attack_links[s].append((t, len(reasons)))
            reasons.append((s,))
            continue
        for name in link.group_names:  # a shared premise counts in each of its linked reasons
            key = (t, name)
            members = grouped.get(key)
            if members is None:
                grouped[key] = members = []
                group_slot[key] = (is_attack, len(reasons))
                reasons.append(())
            members.append(s)
            if is_attack:
                attack_links[s].append((t, group_slot[key][1]))
    for key, members in grouped.items():
        is_attack, slot = group_slot[key]
        (attacks[key[0]] if is_attack else supports[key[0]])[slot] = tuple(members)
    return EvalGraph(ids, index, base, supports, attacks, targets, attack_links)


def _ends(entry: tuple[int, int, Link]) -> tuple[int, int]:
    return entry[0], entry[1]
