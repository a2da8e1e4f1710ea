"""Everything evaluation says about a map, computed together: strengths, verdicts, grounded labels.

:func:`evaluate` does a whole map; :meth:`Evaluation.updated` redoes only what one edit
can reach (the statements the changed ones bear on, directly or through others), which
keeps the editor responsive on big maps: a changed statement moves only the statements
above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from argmap.evaluation.graph import EvalGraph, MapSnapshot, build_graph
from argmap.evaluation.grounded import Label, grounded_from_graph
from argmap.evaluation.semantics import Semantics, semantics_named
from argmap.evaluation.solve import Solution, solve
from argmap.evaluation.verdict import Status, restatements, sides, status_of, statuses, unanswered_attackers
from argmap.gc_pause import collector_paused
from argmap.model import ArgumentMap


@dataclass(slots=True)
class Evaluation:
    semantics: Semantics
    graph: EvalGraph
    solution: Solution
    status_list: list[Status]
    labels: dict[str, Label]  # Dung's grounded labelling: an analysis view, not the verdict
    open_attack: list[bool] = field(default_factory=list)  # per statement: an objection of it stands unanswered
    side: list[int] = field(default_factory=list)  # per statement: PRO and/or CON (verdict.sides)
    shown_as: dict[int, int] = field(default_factory=dict)  # rephrase -> what it restates (verdict.restatements)

    def restates(self, statement_id: str) -> str | None:
        """The statement whose strength and verdict this rephrase shows (None: it shows its own)."""
        x = self.shown_as.get(self.graph.index[statement_id])
        return None if x is None else self.graph.ids[x]

    @property
    def values(self) -> dict[str, float]:
        return dict(zip(self.graph.ids, self.solution.values, strict=True))

    @property
    def statuses(self) -> dict[str, Status]:
        return dict(zip(self.graph.ids, self.status_list, strict=True))

    @property
    def unsettled(self) -> set[str]:
        return {self.graph.ids[i] for i in self.solution.unsettled}

    @property
    def converged(self) -> bool:
        return not self.solution.unsettled

    def strength(self, statement_id: str) -> float:
        return self.solution.values[self.graph.index[statement_id]]

    def status(self, statement_id: str) -> Status:
        return self.status_list[self.graph.index[statement_id]]


def map_semantics(amap: ArgumentMap | MapSnapshot) -> str | None:
    """The semantics the map chose (None: the default)."""
    return getattr(amap, "semantics", None)


def evaluate(source: ArgumentMap | MapSnapshot, semantics: str | None = None, *, labels: bool = True,
             previous: Evaluation | None = None, changed: set[str] | None = None, structure: bool = True) -> Evaluation:
    """Evaluate the map (see :func:`_evaluate`), the garbage collector held: the work allocates a few
    lists per statement and frees none, and each collection would walk the whole map again."""
    with collector_paused():
        return _evaluate(source, semantics, labels=labels, previous=previous, changed=changed, structure=structure)


def _evaluate(source: ArgumentMap | MapSnapshot, semantics: str | None = None, *, labels: bool = True,
              previous: Evaluation | None = None, changed: set[str] | None = None, structure: bool = True) -> Evaluation:
    """Evaluate the map with ``semantics`` (by default the map's own choice, else DF-QuAD).

    With the ``previous`` evaluation and the statements an edit ``changed`` (whose base score,
    reasons or links changed), only those and the statements they bear on are computed again;
    the result is the same as a full evaluation (cycles always settle from base scores).
    Without a change of ``structure`` (only base scores changed), the previous graph, sides
    and grounded labels are kept: the update costs what the edit reaches, not the map's size.
    """
    chosen = semantics_named(semantics or map_semantics(source))
    if previous is None or changed is None or previous.semantics.key != chosen.key:
        g = build_graph(source)
        solution = solve(g, chosen.combine)
        side = sides(g)
        open_attack = unanswered_attackers(g, side)
        return _restated(Evaluation(chosen, g, solution, statuses(g, solution.values, solution.unsettled, open_attack),
                                    grounded_from_graph(g) if labels else {}, open_attack, side))
    if structure:
        g = build_graph(source)
    else:
        old_graph = previous.graph
        base = list(old_graph.base)
        for statement_id in changed:
            if statement_id in old_graph.index:
                base[old_graph.index[statement_id]] = source.statement(statement_id).score
        g = replace(old_graph, base=base)
    old = previous.graph.index
    old_values = previous.solution.values
    start = [old_values[old[i]] if i in old else g.base[k] for k, i in enumerate(g.ids)]
    only = reach(g, {g.index[i] for i in changed if i in g.index})
    before = {g.index[i] for i in previous.unsettled if i in g.index}
    solution = solve(g, chosen.combine, start=start, only=only, unsettled_before=before)
    solution.cyclic |= previous.solution.cyclic  # cycles the edit did not reach are still there
    if structure:
        side = sides(g)
        open_attack = unanswered_attackers(g, side)
        return _restated(Evaluation(chosen, g, solution, statuses(g, solution.values, solution.unsettled, open_attack),
                                    grounded_from_graph(g) if labels else {}, open_attack, side))
    status_list = list(previous.status_list)
    open_attack = previous.open_attack
    for k in only:
        status_list[k] = status_of(g, k, solution.values[k], unanswered=open_attack[k], unsettled=k in solution.unsettled)
    return _restated(Evaluation(chosen, g, solution, status_list, previous.labels, open_attack, previous.side,
                                previous.shown_as))


def _restated(ev: Evaluation) -> Evaluation:
    """A rephrase with no force and no replies shows the strength, verdict and label of what it restates
    (:func:`argmap.evaluation.verdict.restatements`). Nothing reads a rephrase's strength, so this changes
    no other value."""
    g = ev.graph
    if not g.restates:
        ev.shown_as = {}
        return ev
    ev.shown_as = restatements(g)
    values, unsettled = ev.solution.values, ev.solution.unsettled
    for r, x in ev.shown_as.items():
        values[r] = values[x]
        ev.status_list[r] = ev.status_list[x]
        if x in unsettled:
            unsettled.add(r)
        else:
            unsettled.discard(r)
        if ev.labels:
            ev.labels[g.ids[r]] = ev.labels[g.ids[x]]
    return ev


def reach(g: EvalGraph, changed: set[int]) -> set[int]:
    """``changed`` and every statement they bear on, directly or through others."""
    seen = set(changed)
    stack = list(changed)
    while stack:
        for t in g.targets[stack.pop()]:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return seen
