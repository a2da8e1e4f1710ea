"""Impact: how much each statement moves each main claim, by removing it and evaluating again.

A statement's impact on a claim is the claim's strength with it minus without it (its
links gone; a linked reason it belongs to breaks). Positive: it helps the claim;
negative: it hurts it. An undercut taken out leaves the inference it attacked counting
with the weight its other undercuts leave (fully, if it was the only one).
Only what the removed statement bears on is computed again, so on a
tree-shaped map this costs the depth of the statement per statement. On very big maps
with large cycles the work is bounded: statements nearest the claims come first and the
result says when it stopped early (``complete``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from argmap.evaluation.evaluate import Evaluation, reach
from argmap.evaluation.solve import solve

#: Statements evaluated again, summed over all removals, before the ranking stops early.
WORK_BUDGET = 400_000


@dataclass(frozen=True, slots=True)
class Impact:
    claim: str
    statement: str
    change: float  # the claim's strength with the statement minus without it

    def as_json(self) -> dict[str, object]:
        return {"claim": self.claim, "statement": self.statement, "change": self.change}


@dataclass(frozen=True, slots=True)
class Ranking:
    impacts: list[Impact]  # biggest effect first
    complete: bool  # False: the work budget ran out before every statement was tried


def main_claims(ev: Evaluation) -> list[int]:
    """Statements that bear on nothing and restate nothing."""
    return ev.graph.main_claims()


def rank(ev: Evaluation, *, budget: int = WORK_BUDGET) -> Ranking:
    """Every statement's impact on every main claim it reaches, biggest first."""
    ev = ev.dense()  # (an edit's evaluation may have holes in its numbers: the order of equal impacts is the map's)
    g = ev.graph
    claims = main_claims(ev)
    values = ev.solution.values
    claim_set = set(claims)
    # nearest the claims first: when the budget runs out, what is left matters least
    order: list[int] = []
    seen = set(claims)
    queue = deque(claims)
    while queue:
        t = queue.popleft()
        for reasons in (g.supports[t], g.attacks[t], g.undercutters(t)):
            for reason in reasons:
                for p in reason:
                    if p not in seen:
                        seen.add(p)
                        order.append(p)
                        queue.append(p)
    impacts: list[Impact] = []
    work, complete = 0, True
    # One copy of the strengths, changed where a statement's removal reaches and put back after: a copy of the whole
    # map's per statement tried cost 2.5 s at 50,000 statements (the Analysis dock, after each edit).
    without = list(values)
    for x in order:
        affected = reach(g, {x})
        work += len(affected)
        if work > budget:
            complete = False
            break
        reached = affected & claim_set
        if not reached:
            continue
        solve(g, ev.semantics.combine, start=without, only=affected, pinned={x: 0.0}, in_place=True)
        for c in reached:
            impacts.append(Impact(g.ids[c], g.ids[x], values[c] - without[c]))
        for k in affected:
            without[k] = values[k]
    impacts.sort(key=lambda m: (-abs(m.change), m.claim, g.index[m.statement]))
    return Ranking(impacts, complete)
