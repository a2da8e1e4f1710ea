"""Strengths of a map's statements: the map's gradual semantics (DF-QuAD unless it chose another).

DF-QuAD (Rago, Toni, Aurisicchio, Baroni 2016) on the map's bipolar graph: each statement
starts from its base score b; its supporters' and attackers' strengths are aggregated with
F(v1..vn) = 1 - prod(1 - vi) (0 for none) into vs and va; then strength = b - b*(va - vs)
if va >= vs, else b + (1 - b)*(vs - va). The other semantics are in
:mod:`argmap.evaluation.semantics`; cycles are settled as :mod:`argmap.evaluation.solve` says.

A linked reason (co-premises sharing a group) counts once, with the strength of its
weakest premise: co-premises only work together, so the chain is as strong as its
weakest link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.evaluation.graph import build_graph
from argmap.evaluation.semantics import dfquad_aggregate as aggregate
from argmap.evaluation.semantics import semantics_named
from argmap.evaluation.solve import MAX_ROUNDS, solve
from argmap.model import ArgumentMap

__all__ = ["Strengths", "aggregate", "combine", "strengths"]


@dataclass(frozen=True, slots=True)
class Strengths:
    """Final strength of every statement, in [0, 1]."""

    values: dict[str, float]
    converged: bool = True
    iterations: int = 1  # the most sweeps any cycle took
    unsettled: frozenset[str] = field(default_factory=frozenset)  # statements whose value did not settle
    residual: float = 0.0  # what was left of |f(v) - v| in the cycles

    def __getitem__(self, statement_id: str) -> float:
        return self.values[statement_id]


def combine(base: float, attack: float, support: float) -> float:
    """DF-QuAD's combination of a base score with aggregated attack and support."""
    if attack >= support:
        return base - base * (attack - support)
    return base + (1.0 - base) * (support - attack)


def strengths(amap: ArgumentMap, *, semantics: str | None = None, max_iterations: int = MAX_ROUNDS) -> Strengths:
    """Strengths of every statement of ``amap``.

    >>> m = ArgumentMap()
    >>> c = m.add("claim", "Tea is good.", id="c").id
    >>> _ = m.add("objection", "Tea keeps you awake.", parent=c, id="o")
    >>> strengths(m)["c"]  # 0.5 attacked by 0.5
    0.25
    """
    from argmap.evaluation.evaluate import map_semantics

    g = build_graph(amap)
    solution = solve(g, semantics_named(semantics or map_semantics(amap)).combine, max_rounds=max_iterations)
    return Strengths(
        dict(zip(g.ids, solution.values, strict=True)),
        not solution.unsettled,
        solution.rounds,
        frozenset(g.ids[i] for i in solution.unsettled),
        solution.residual,
    )
