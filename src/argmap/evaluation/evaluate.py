"""Everything evaluation says about a map, computed together: strengths, verdicts, grounded labels.

:func:`evaluate` does a whole map; :meth:`Evaluation.updated` redoes only what one edit
can reach (the statements the changed ones bear on, directly or through others), which
keeps the editor responsive on big maps: a changed statement moves only the statements
above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import compress, repeat

from argmap.evaluation.graph import EvalGraph, MapSnapshot, build_graph
from argmap.evaluation.grounded import Label, grounded_from_graph
from argmap.evaluation.patch import compacted, patch_graph
from argmap.evaluation.semantics import Semantics, semantics_named
from argmap.evaluation.solve import Solution, solve
from argmap.evaluation.verdict import CON, PRO, Status, restatements, sides, status_of, statuses, unanswered_attackers
from argmap.gc_pause import collector_paused
from argmap.model import ArgumentMap


@dataclass(slots=True)
class Evaluation:
    semantics: Semantics
    graph: EvalGraph
    solution: Solution
    status_list: list[Status]
    #: Dung's grounded labelling (an analysis view, not the verdict); None: made when first asked for (:attr:`labels`)
    grounded: dict[str, Label] | None
    open_attack: list[bool] = field(default_factory=list)  # per statement: an objection of it stands unanswered
    side: list[int] = field(default_factory=list)  # per statement: PRO and/or CON (verdict.sides)
    #: the statements (by number) whose strength or verdict may differ from the previous evaluation's; None: any
    touched: set[int] | None = None
    shown_as: dict[int, int] = field(default_factory=dict)  # rephrase -> what it restates (verdict.restatements)
    #: :meth:`dense`'s answer, once asked for
    _dense: Evaluation | None = field(default=None, repr=False, compare=False)

    def dense(self) -> Evaluation:
        """This evaluation with its statements numbered densely, as a full evaluation numbers them.

        An edit's evaluation leaves the numbers of removed statements empty (the graph's ``holes``: a deletion
        renumbers nothing, see :mod:`argmap.evaluation.patch`). What reads statements by id (strengths, verdicts,
        explanations) reads through such holes; what goes through every number (findings, the ranking, the CLI)
        asks for this. Made once, when first asked for."""
        if not self.graph.holes:
            return self
        if self._dense is None:
            g, renumber = compacted(self.graph)
            kept = [k >= 0 for k in renumber]
            touched = None if self.touched is None else {renumber[k] for k in self.touched if renumber[k] >= 0}
            self._dense = Evaluation(self.semantics, g, _dense_solution(self.solution, renumber),
                                     list(compress(self.status_list, kept)), self.grounded,
                                     list(compress(self.open_attack, kept)), list(compress(self.side, kept)), touched, {})
        return self._dense

    @property
    def labels(self) -> dict[str, Label]:
        """The grounded labelling, made on first use: a whole-map pass an edit need not pay for."""
        if self.graph.holes:
            return self.dense().labels
        if self.grounded is None:
            self.grounded = grounded_from_graph(self.graph)
            for r, x in self.shown_as.items():  # a rephrase shows the label of what it restates
                self.grounded[self.graph.ids[r]] = self.grounded[self.graph.ids[x]]
        return self.grounded

    def restates(self, statement_id: str) -> str | None:
        """The statement whose strength and verdict this rephrase shows (None: it shows its own)."""
        x = self.shown_as.get(self.graph.index[statement_id])
        return None if x is None else self.graph.ids[x]

    @property
    def values(self) -> dict[str, float]:
        values = dict(zip(self.graph.ids, self.solution.values, strict=True))
        values.pop("", None)  # the holes' (see dense)
        return values

    @property
    def statuses(self) -> dict[str, Status]:
        statuses = dict(zip(self.graph.ids, self.status_list, strict=True))
        statuses.pop("", None)
        return statuses

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
    if previous is not None and 4 * len(previous.graph.holes) > len(previous.graph):
        previous = previous.dense()  # holes are a quarter of the numbers (thousands of deletions): dense again
    if previous is None or changed is None or previous.semantics.key != chosen.key:
        return _full(build_graph(source), chosen, labels)
    patched = None
    if structure:
        patched = patch_graph(previous.graph, source, changed) if isinstance(source, ArgumentMap) else None
        g = build_graph(source) if patched is None else patched[0]  # None: statements put back mid-map, or a snapshot
    else:
        old_graph = previous.graph
        base = list(old_graph.base)
        for statement_id in changed:
            if statement_id in old_graph.index:
                base[old_graph.index[statement_id]] = source.statement(statement_id).score
        g = replace(old_graph, base=base)
    old_values = previous.solution.values
    if patched is not None:
        gone = patched[1]
        start = _carried(old_values, gone, g.base)
        before = previous.solution.unsettled.difference(gone)
    else:
        old = previous.graph.index
        start = [old_values[old[i]] if i in old else g.base[k] for k, i in enumerate(g.ids)] if structure else list(old_values)
        before = {g.index[i] for i in previous.unsettled if i in g.index}
    only = reach(g, {g.index[i] for i in changed if i in g.index})
    solution = solve(g, chosen.combine, start=start, only=only, unsettled_before=before)
    solution.cyclic |= previous.solution.cyclic  # cycles the edit did not reach are still there
    if structure and (patched is None or solution.cyclic):  # sides through cycles: worked out for the whole map
        return _full_without_holes(g, chosen, labels, solution)
    if structure:
        assert patched is not None
        gone, moved = patched[1], patched[2]
        side = _carried_filled(previous.side, gone, 0, len(g))
        flipped = _update_sides(g, side, moved)
        if flipped is None:
            return _full_without_holes(g, chosen, labels, solution)
        open_attack = _carried_filled(previous.open_attack, gone, False, len(g))
        touched = set(only) | moved | flipped | {g.index[i] for i in changed if i in g.index}
        for t in list(touched):  # a statement whose objections changed: the objections of its reasons, and its attackers
            for reason in g.attacks[t]:
                touched.update(reason)
            for target, slot in g.attack_links[t]:
                touched.update(g.attacks[target][slot] if slot is not None else ())
        for k in touched:
            open_attack[k] = _open_attack(g, side, k)
        status_list = _carried_filled(previous.status_list, gone, Status.STANDS, len(g))
    else:
        touched = set(only)
        status_list = list(previous.status_list)
        open_attack, side = previous.open_attack, previous.side
    for k in touched:
        status_list[k] = status_of(g, k, solution.values[k], unanswered=open_attack[k], unsettled=k in solution.unsettled)
    kept_labels = previous.grounded if not structure else None
    # what a rephrase shows may have changed with what it restates: then any statement may have changed (None)
    return _restated(Evaluation(chosen, g, solution, status_list, kept_labels if labels else {}, open_attack, side,
                                None if g.restates else touched))


def _full_without_holes(g: EvalGraph, chosen: Semantics, labels: bool, solution: Solution) -> Evaluation:
    """:func:`_full` of ``g`` and its ``solution`` numbered densely (the passes over the whole map would take a hole
    for a main claim)."""
    if g.holes:
        g, renumber = compacted(g)
        solution = _dense_solution(solution, renumber)
    return _full(g, chosen, labels, solution)


def _dense_solution(solution: Solution, renumber: list[int]) -> Solution:
    values = [v for v, k in zip(solution.values, renumber, strict=True) if k >= 0]
    unsettled = {renumber[k] for k in solution.unsettled if renumber[k] >= 0}
    return Solution(values, unsettled, solution.residual, solution.rounds, solution.cyclic)


def _full(g: EvalGraph, chosen: Semantics, labels: bool, solution: Solution | None = None) -> Evaluation:
    """Everything from the graph ``g`` (and its ``solution`` when already solved)."""
    solution = solution if solution is not None else solve(g, chosen.combine)
    side = sides(g)
    open_attack = unanswered_attackers(g, side)
    return _restated(Evaluation(chosen, g, solution, statuses(g, solution.values, solution.unsettled, open_attack),
                                None if labels else {}, open_attack, side))


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
        if ev.grounded:  # labels made already (else made on first use, with the rephrases' labels: Evaluation.labels)
            ev.grounded[g.ids[r]] = ev.grounded[g.ids[x]]
    return ev


def _carried(old: list, gone: list[int], fresh: list) -> list:
    """``fresh`` (one entry per number now) with the ``old`` entries of the statements kept (they keep their numbers,
    see :func:`~argmap.evaluation.patch.patch_graph`); the numbers of the ``gone`` statements (holes now) and of the
    added ones get their ``fresh`` entries."""
    out = list(old)
    for k in gone:
        out[k] = fresh[k]
    out.extend(fresh[len(out):])
    return out


def _carried_filled(old: list, gone: list[int], value: object, n: int) -> list:
    """:func:`_carried` with ``value`` for every fresh entry, ``n`` entries in all (no list of ``n`` made only to read
    a few of it: three such a structural edit, 1.2 MB of memory touched at 50,000 statements)."""
    out = list(old)
    for k in gone:
        out[k] = value
    out.extend(repeat(value, n - len(out)))
    return out


def _update_sides(g: EvalGraph, side: list[int], roots: set[int]) -> set[int] | None:
    """Work the sides out again below the statements whose targets changed (``roots``); the statements whose
    side changed, or None when a cycle is in the way (the caller works them out for the whole map)."""
    if not roots:
        return set()
    below: set[int] = set()
    stack = list(roots)
    while stack:  # the roots and what bears on them, directly or through others
        k = stack.pop()
        if k in below:
            continue
        below.add(k)
        for reason in g.supports[k]:
            stack.extend(reason)
        for reason in g.attacks[k]:
            stack.extend(reason)
    waiting = {k: sum(1 for t in g.targets[k] if t in below) for k in below}
    ready = [k for k, count in waiting.items() if count == 0]
    done = 0
    flipped: set[int] = set()
    while ready:  # targets before their premises
        k = ready.pop()
        done += 1
        attacked = {t for t, _ in g.attack_links[k]}
        if not g.targets[k]:
            new = PRO
        else:
            new = 0
            for t in g.targets[k]:
                flags = side[t]
                new |= (((flags & PRO) and CON) | ((flags & CON) and PRO)) if t in attacked else flags
        if new != side[k]:
            side[k] = new
            flipped.add(k)
        for reason in g.supports[k]:
            for p in reason:
                waiting[p] -= 1
                if not waiting[p]:
                    ready.append(p)
        for reason in g.attacks[k]:
            for p in reason:
                waiting[p] -= 1
                if not waiting[p]:
                    ready.append(p)
    return flipped if done == len(below) else None


def _open_attack(g: EvalGraph, side: list[int], i: int) -> bool:
    """:func:`~argmap.evaluation.verdict.unanswered_attackers` for statement ``i`` alone."""
    for target, slot in g.attack_links[i]:
        if not side[target] & PRO:
            continue
        reason = g.attacks[target][slot] if slot is not None else (i,)
        if not any(g.attacks[p] for p in reason):
            return True
    return False


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
