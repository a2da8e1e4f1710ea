"""DF-QuAD gradual semantics (Rago, Toni, Aurisicchio, Baroni 2016) on the map's bipolar graph.

Each statement starts from its base score b. Its supporters' and attackers' strengths are
aggregated with F(v1..vn) = 1 - prod(1 - vi) (0 for none) into vs and va; then
strength = b - b*(va - vs) if va >= vs, else b + (1 - b)*(vs - va).

A linked reason (co-premises sharing a group) counts once, with the strength of its
weakest premise: co-premises only work together, so the chain is as strong as its
weakest link. Acyclic maps take one pass in topological order; cyclic ones iterate to a
fixpoint, with a bound and a reported non-convergence.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

from argmap.model import ArgumentMap, Relation


@dataclass(frozen=True, slots=True)
class Strengths:
    """Final strength of every statement, in [0, 1]."""

    values: dict[str, float]
    converged: bool = True
    iterations: int = 1

    def __getitem__(self, statement_id: str) -> float:
        return self.values[statement_id]


def aggregate(values: list[float]) -> float:
    """F(v1..vn) = 1 - prod(1 - vi); 0 when there are none."""
    return 1.0 - math.prod(1.0 - v for v in values)


def combine(base: float, attack: float, support: float) -> float:
    if attack >= support:
        return base - base * (attack - support)
    return base + (1.0 - base) * (support - attack)


def strengths(amap: ArgumentMap, *, max_iterations: int = 1000, tolerance: float = 1e-9) -> Strengths:
    """DF-QuAD strengths of every statement of ``amap``.

    >>> m = ArgumentMap()
    >>> c = m.add("claim", "Tea is good.", id="c").id
    >>> _ = m.add("objection", "Tea keeps you awake.", parent=c, id="o")
    >>> strengths(m)["c"]  # 0.5 attacked by 0.5
    0.25
    """
    base = {s.id: s.score for s in amap.statements()}
    inputs = {i: _inputs(amap, i) for i in base}
    if not amap.has_cycles():
        values: dict[str, float] = {}
        for node in nx.topological_sort(amap.graph_view()):  # children before parents
            values[node] = _strength(base[node], inputs[node], values)
        return Strengths(values)
    values = dict(base)
    for iteration in range(1, max_iterations + 1):
        new = {i: _strength(base[i], inputs[i], values) for i in base}
        delta = max((abs(new[i] - values[i]) for i in base), default=0.0)
        values = new
        if delta <= tolerance:
            return Strengths(values, True, iteration)
    return Strengths(values, False, max_iterations)


_Inputs = tuple[list[list[str]], list[list[str]]]  # (supporting reasons, attacking reasons)


def _inputs(amap: ArgumentMap, target: str) -> _Inputs:
    """Reasons for and against ``target``; a linked reason is one list of co-premises."""
    reasons: dict[Relation, list[list[str]]] = {Relation.SUPPORT: [], Relation.ATTACK: []}
    grouped: dict[str, list[str]] = {}
    for link in amap.incoming(target):
        if link.group is None:
            reasons[link.relation].append([link.source])
        else:
            members = grouped.get(link.group)
            if members is None:
                grouped[link.group] = members = []
                reasons[link.relation].append(members)
            members.append(link.source)
    return reasons[Relation.SUPPORT], reasons[Relation.ATTACK]


def _strength(base: float, inputs: _Inputs, values: Mapping[str, float]) -> float:
    supports, attacks = inputs
    vs = aggregate([min(values[p] for p in reason) for reason in supports])
    va = aggregate([min(values[p] for p in reason) for reason in attacks])
    return min(1.0, max(0.0, combine(base, va, vs)))
