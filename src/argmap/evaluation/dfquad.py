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
    inputs = _all_inputs(amap)
    values: dict[str, float] = {}
    if not amap.has_cycles():  # the common case: one pass, children before parents
        for node in nx.topological_sort(amap.graph_view()):
            values[node] = _strength(base[node], inputs[node], values)
        return Strengths(values)
    converged, rounds = True, 1
    # Strongly connected components, children's before parents': acyclic parts take one
    # pass; only the statements inside a cycle iterate, on settled values from below.
    condensed = nx.condensation(amap.graph_view())
    for component in nx.topological_sort(condensed):
        members = sorted(condensed.nodes[component]["members"], key=amap.order_of)
        if len(members) == 1:
            node = members[0]
            values[node] = _strength(base[node], inputs[node], values)
            continue
        ok, used = _fixpoint(members, base, inputs, values, max_iterations, tolerance)
        converged &= ok
        rounds = max(rounds, used)
    return Strengths(values, converged, rounds)


def _fixpoint(
    members: list[str],
    base: Mapping[str, float],
    inputs: Mapping[str, _Inputs],
    values: dict[str, float],
    max_iterations: int,
    tolerance: float,
) -> tuple[bool, int]:
    """Iterate the members of one cycle to a fixpoint from their base scores (in place)."""
    for node in members:
        values[node] = base[node]
    for iteration in range(1, max_iterations + 1):
        new = {node: _strength(base[node], inputs[node], values) for node in members}
        delta = max(abs(new[node] - values[node]) for node in members)
        values.update(new)
        if delta <= tolerance:
            return True, iteration
    return False, max_iterations


_Inputs = tuple[list[list[str]], list[list[str]]]  # (supporting reasons, attacking reasons)


def _all_inputs(amap: ArgumentMap) -> dict[str, _Inputs]:
    """Reasons for and against every statement; a linked reason is one list of co-premises.

    One pass over the links: the order of reasons does not matter to F or to min.
    """
    inputs: dict[str, _Inputs] = {i: ([], []) for i in amap.ids()}
    grouped: dict[tuple[str, str], list[str]] = {}
    for link in amap.links():
        supports, attacks = inputs[link.target]
        reasons = supports if link.relation == Relation.SUPPORT else attacks
        if link.group is None:
            reasons.append([link.source])
            continue
        members = grouped.get((link.target, link.group))
        if members is None:
            grouped[link.target, link.group] = members = []
            reasons.append(members)
        members.append(link.source)
    return inputs


def _strength(base: float, inputs: _Inputs, values: Mapping[str, float]) -> float:
    supports, attacks = inputs
    vs = aggregate([min(values[p] for p in reason) for reason in supports])
    va = aggregate([min(values[p] for p in reason) for reason in attacks])
    return min(1.0, max(0.0, combine(base, va, vs)))
