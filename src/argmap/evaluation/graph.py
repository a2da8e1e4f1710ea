"""The map as evaluation sees it: base scores and reasons, by number, made in one pass.

A *reason* is one attacking or supporting link, or a linked group of co-premises that
work together (it counts once, with its weakest premise). An *undercut* attacks the
inference of one reason (a plain link or a linked reason), not its target: the graph keeps
it apart from the target's reasons (``cuts``), so that the semantics weaken that reason's
inference instead of attacking the target. A *rephrase* has no force: it is only recorded
(``restates``). Statements are numbered in map order; everything else in ``evaluation/``
works on these numbers, which keeps the inner loops free of string hashing and lets a
snapshot outlive edits to the map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from argmap.model import ArgumentMap, Link, Relation, Statement

_ID = attrgetter("id")

Reason = tuple[int, ...]  # the premises of one reason (one statement, or a linked group)
#: The undercuts of one reason into a statement: (the reason is an attack, its number among the statement's
#: supports or attacks, the undercutting reasons: each one statement or a linked group of undercutters).
Cut = tuple[bool, int, list[Reason]]
#: One reason an undercutter is in: (target, the undercut reason is an attack, its number, the undercutting reason).
CutLink = tuple[int, bool, int, Reason]
#: The one empty list every statement without reasons, targets or attacks of a built graph holds (most statements are
#: leaves: four empty lists each cost 11 MB at 50,000 statements). A graph's lists are never changed once built (an
#: edit's patched graph shares them with the graph it came from and puts new lists in instead), so none is appended to.
NONE: list = []


@dataclass(frozen=True, slots=True)
class EvalGraph:
    ids: list[str]  # statement ids in map order
    index: dict[str, int]
    base: list[float]  # base score of each statement
    supports: list[list[Reason]]  # supporting reasons of each statement
    attacks: list[list[Reason]]  # attacking reasons of each statement
    targets: list[list[int]]  # the statements each one bears on (it is a premise of a reason of theirs)
    attack_links: list[list[tuple[int, int | None]]]  # per statement: (target, its reason number) it attacks
    # The rest is sparse (most maps have no undercut and no rephrase): only statements concerned are keys.
    cuts: dict[int, list[Cut]] = field(default_factory=dict)  # per target: the undercuts of its reasons
    cut_links: dict[int, list[CutLink]] = field(default_factory=dict)  # per undercutter: the inferences it attacks
    restates: dict[int, list[int]] = field(default_factory=dict)  # per rephrase: the statements it restates
    #: Numbers that hold no statement (sorted): statements an edit removed keep their number empty (``ids``: "", no
    #: reasons, no targets), so that a deletion renumbers nothing (:mod:`argmap.evaluation.patch`). Only the graphs
    #: an edit patched have any; :func:`~argmap.evaluation.patch.compacted` numbers them densely again.
    holes: tuple[int, ...] = ()
    #: Whose each hole was (statement id -> its number): a statement put back (undoing a delete) takes its hole again.
    left: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def replies(self, i: int) -> int:
        return len(self.supports[i]) + len(self.attacks[i])

    def is_main(self, i: int) -> bool:
        """A main claim: it bears on nothing and restates nothing."""
        return not self.targets[i] and i not in self.restates

    def main_claims(self) -> list[int]:
        return [i for i in range(len(self.ids)) if not self.targets[i] and i not in self.restates and self.ids[i]]

    def undercutters(self, i: int) -> list[Reason]:
        """Every reason that undercuts one of ``i``'s reasons."""
        return [r for _, _, reasons in self.cuts.get(i, ()) for r in reasons]

    def cuts_of(self, i: int, is_attack: bool, slot: int) -> list[Reason]:
        """The undercutting reasons of ``i``'s support (or attack) number ``slot``."""
        for attack, k, reasons in self.cuts.get(i, ()):
            if attack == is_attack and k == slot:
                return reasons
        return []


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
    # Read off the graph in C loops (its statements and links as held, in the graph's own order): NetworkX's views
    # made a Python call per statement and per link, 46-54 ms of the GUI thread at 50,000 statements, this 20-23.
    held = amap.held_statements()
    return MapSnapshot(amap.ids(), dict(zip(map(_ID, held), held, strict=True)), amap.held_links(), amap.semantics)


def as_snapshot(source: ArgumentMap | MapSnapshot) -> MapSnapshot:
    return source if isinstance(source, MapSnapshot) else snapshot(source)


def build_graph(source: ArgumentMap | MapSnapshot) -> EvalGraph:
    snap = as_snapshot(source)
    ids = snap.ids
    index = {i: k for k, i in enumerate(ids)}
    statements = snap.statements
    base = [statements[i].score for i in ids]
    n = len(ids)
    supports: list[list[Reason]] = [NONE] * n  # (a list of its own once one comes)
    attacks: list[list[Reason]] = [NONE] * n
    targets: list[list[int]] = [NONE] * n
    attack_links: list[list[tuple[int, int | None]]] = [NONE] * n
    grouped: dict[tuple[int, str], list[int]] = {}
    group_slot: dict[tuple[int, str], tuple[bool, int]] = {}
    undercuts: list[tuple[int, int, Link]] = []
    restates: dict[int, list[int]] = {}
    # Links in map order of (source, target): each statement's reasons come in the map order of their
    # (first) premise, whatever order the links were made in, so an edit's patched graph
    # (:mod:`argmap.evaluation.patch`) is the very graph a full build makes, down to the last bit of each sum.
    numbered = sorted(((index[link.source], index[link.target], link) for link in snap.links), key=_ends)
    for s, t, link in numbered:
        if link.relation == Relation.REPHRASE:
            restates.setdefault(s, []).append(t)  # a restatement has no force of its own
            continue
        row = targets[s]
        if row is NONE:
            row = targets[s] = []
        row.append(t)
        if link.onto is not None or link.onto_group is not None:
            undercuts.append((s, t, link))  # placed once every reason it may attack is numbered
            continue
        is_attack: bool = link.relation == Relation.ATTACK
        reasons = attacks[t] if is_attack else supports[t]
        if reasons is NONE:
            reasons = (attacks if is_attack else supports)[t] = []
        if link.group is None:
            if is_attack:
                _attack(attack_links, s, (t, len(reasons)))
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
                _attack(attack_links, s, (t, group_slot[key][1]))
    for key, members in grouped.items():
        is_attack, slot = group_slot[key]
        (attacks[key[0]] if is_attack else supports[key[0]])[slot] = tuple(members)
    cuts, cut_links = _place_undercuts(undercuts, index, supports, attacks, group_slot) if undercuts else ({}, {})
    return EvalGraph(ids, index, base, supports, attacks, targets, attack_links, cuts, cut_links, restates)


def _attack(attack_links: list[list[tuple[int, int | None]]], s: int, entry: tuple[int, int | None]) -> None:
    row = attack_links[s]
    if row is NONE:
        row = attack_links[s] = []
    row.append(entry)


def _ends(entry: tuple[int, int, Link]) -> tuple[int, int]:
    return entry[0], entry[1]


def _place_undercuts(
    undercuts: list[tuple[int, int, Link]],
    index: dict[str, int],
    supports: list[list[Reason]],
    attacks: list[list[Reason]],
    group_slot: dict[tuple[int, str], tuple[bool, int]],
) -> tuple[dict[int, list[Cut]], dict[int, list[CutLink]]]:
    """Each undercut onto the reason it attacks: undercutters linked together (a group of undercuts
    into the same target) count once, with their weakest member, like any linked reason."""
    onto: dict[tuple[int, str | None, int], tuple[bool, int]] = {}  # undercutting reason -> the reason it attacks
    members: dict[tuple[int, str | None, int], list[int]] = {}
    for s, t, link in undercuts:
        attacked = (_plain_slot(supports[t], attacks[t], index.get(link.onto, -1)) if link.onto is not None
                    else group_slot.get((t, link.onto_group or "")))
        if attacked is None:  # the model never lets an undercut point at nothing; a stale snapshot might
            continue
        for name in link.group_names or (None,):
            key = (t, name, s if name is None else -1)
            onto[key] = attacked
            members.setdefault(key, []).append(s)
    cuts: dict[int, list[Cut]] = {}
    cut_links: dict[int, list[CutLink]] = {}
    for key, premises in members.items():
        t = key[0]
        is_attack, slot = onto[key]
        reason = tuple(premises)
        entry = next((c for c in cuts.get(t, ()) if c[0] == is_attack and c[1] == slot), None)
        if entry is None:
            entry = (is_attack, slot, [])
            cuts.setdefault(t, []).append(entry)
        entry[2].append(reason)
        for p in premises:
            cut_links.setdefault(p, []).append((t, is_attack, slot, reason))
    return cuts, cut_links


def _plain_slot(supports: list[Reason], attacks: list[Reason], premise: int) -> tuple[bool, int] | None:
    """Where the plain link from ``premise`` is among a statement's reasons (looked up only for undercuts)."""
    for is_attack, reasons in ((False, supports), (True, attacks)):
        for k, reason in enumerate(reasons):
            if reason == (premise,):
                return is_attack, k
    return None
