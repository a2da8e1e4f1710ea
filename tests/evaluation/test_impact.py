"""The ranking by impact: each statement's removal, worked out on one copy of the strengths that is put back after
each, says exactly what a fresh computation per statement says (random maps, cycles too)."""

from __future__ import annotations

import random

import pytest

from argmap.evaluation import evaluate
from argmap.evaluation.evaluate import reach
from argmap.evaluation.impact import rank
from argmap.evaluation.solve import solve
from tests.evaluation.test_incremental import random_map


def fresh_impacts(ev) -> dict[tuple[str, str], float]:
    """Every statement's impact on each main claim it reaches, each from a fresh copy of the map's strengths."""
    g, values = ev.graph, ev.solution.values
    claims = set(g.main_claims())
    found: dict[tuple[str, str], float] = {}
    for x in range(len(g)):
        affected = reach(g, {x})
        without = solve(g, ev.semantics.combine, start=values, only=affected, pinned={x: 0.0}).values
        for c in affected & claims:
            if c != x:
                found[(g.ids[c], g.ids[x])] = values[c] - without[c]
    return found


@pytest.mark.parametrize("seed", range(30))
def test_each_impact_is_what_removing_the_statement_alone_gives(seed) -> None:
    rng = random.Random(seed)
    m = random_map(rng, rng.randrange(3, 60), cross=rng.choice([0, 3, 10]))
    ev = evaluate(m)
    ranking = rank(ev)
    assert ranking.complete
    assert {(i.claim, i.statement): i.change for i in ranking.impacts} == fresh_impacts(ev)
    assert ev.solution.values == evaluate(m).solution.values  # the evaluation itself is left as it was
