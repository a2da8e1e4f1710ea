"""Strengths of every statement under a gradual semantics, cycles included.

Statements are taken in order of their strongly connected components, premises first:
a statement outside any cycle is computed once from its settled reasons. The statements
of a cycle start from their base scores and are updated in sweeps with damping,
v <- v + d (f(v) - v), which stops the see-saw that a plain iteration shows on
attack cycles (a mutual attack of two 1.0 statements flips between 0 and 1 forever
undamped; damped it settles at 0.5 each). Only statements whose reasons changed are
updated again (the rest of a sweep is skipped), and the work is bounded by ``max_rounds`` sweeps of the
cycle. What is left of |f(v) - v| is the *residual*; a statement whose residual stays
above ``SETTLED`` is *unsettled*, and so is everything that depends on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from argmap.evaluation.graph import EvalGraph
from argmap.evaluation.semantics import Combine, inference_weight

DAMPING = 0.5
MAX_ROUNDS = 200  # sweeps of one cycle at most
STEP_TOLERANCE = 1e-10  # a change this small does not wake the statements it feeds
SETTLED = 1e-6  # residual up to which a statement counts as settled


@dataclass(slots=True)
class Solution:
    values: list[float]
    unsettled: set[int] = field(default_factory=set)
    residual: float = 0.0  # the largest |f(v) - v| left in any cycle
    rounds: int = 1  # the most sweeps any cycle took
    cyclic: bool = False  # some statements were settled in a cycle


def strength_of(g: EvalGraph, combine: Combine, i: int, values: list[float]) -> float:
    """``f``: statement ``i``'s strength from its reasons' current values (a linked reason: its weakest premise;
    an undercut reason: scaled by its inference's weight, see :func:`argmap.evaluation.semantics.inference_weight`)."""
    sup = [values[r[0]] if len(r) == 1 else min(values[p] for p in r) for r in g.supports[i]]
    att = [values[r[0]] if len(r) == 1 else min(values[p] for p in r) for r in g.attacks[i]]
    if not sup and not att:
        return g.base[i]
    if g.cuts:
        cut = g.cuts.get(i)
        if cut is not None:
            for is_attack, slot, reasons in cut:
                (att if is_attack else sup)[slot] *= inference_weight(values, reasons)
    v = combine(g.base[i], sup, att)
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def premises(g: EvalGraph, i: int) -> Iterable[int]:
    """Every statement ``i``'s strength is computed from: its reasons' premises and their undercutters."""
    for r in g.supports[i]:
        yield from r
    for r in g.attacks[i]:
        yield from r
    if g.cuts and i in g.cuts:
        for r in g.undercutters(i):
            yield from r


def components(g: EvalGraph, only: set[int] | None = None) -> list[list[int]]:
    """Strongly connected components over "is a premise of", premises' components first.

    Kahn's topological sort takes every statement outside a cycle (and not above one) in one
    cheap pass; Tarjan's algorithm (no recursion) orders only what is left.
    """
    nodes: Iterable[int] = range(len(g)) if only is None else sorted(only)
    inside = (lambda _p: True) if only is None else only.__contains__
    waiting = {i: sum(1 for p in premises(g, i) if inside(p)) for i in nodes}
    ready = [i for i, n in waiting.items() if n == 0]
    found: list[list[int]] = []
    while ready:
        i = ready.pop()
        found.append([i])
        for t in g.targets[i]:
            if t in waiting:
                waiting[t] -= 1
                if waiting[t] == 0:
                    ready.append(t)
    left = {i for i, n in waiting.items() if n > 0}
    if left:
        found.extend(_tarjan(g, left))
    return found


def _tarjan(g: EvalGraph, only: set[int]) -> list[list[int]]:
    """Strongly connected components of the statements in ``only``, premises' first (no recursion)."""
    nodes = sorted(only)
    inside = only.__contains__
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    found: list[list[int]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter([p for p in premises(g, root) if inside(p)]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter([p for p in premises(g, child) if inside(p)])))
                    advanced = True
                    break
                if child in on_stack and index[child] < low[node]:
                    low[node] = index[child]
            if advanced:
                continue
            work.pop()
            if work and low[node] < low[work[-1][0]]:
                low[work[-1][0]] = low[node]
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


def solve(
    g: EvalGraph,
    combine: Combine,
    *,
    start: list[float] | None = None,
    only: set[int] | None = None,
    pinned: dict[int, float] | None = None,
    unsettled_before: set[int] | None = None,
    max_rounds: int = MAX_ROUNDS,
    in_place: bool = False,
) -> Solution:
    """Strength of every statement; with ``start`` and ``only``, only those are recomputed (the rest keep
    their ``start`` values, and ``unsettled_before`` says which of those are unsettled).
    ``pinned`` statements keep the value given (0 stands for "removed"). ``in_place``: the values are written
    into ``start`` itself (only those of ``only`` and ``pinned``), not into a copy of the whole map's."""
    values = (start if in_place else list(start)) if start is not None else list(g.base)
    pinned = pinned or {}
    for i, v in pinned.items():
        values[i] = v
    solution = Solution(values)
    unsettled = solution.unsettled
    before = unsettled_before or set()
    if only is not None:
        unsettled.update(i for i in before if i not in only)
    for component in components(g, only):
        if len(component) == 1:
            i = component[0]
            if i in pinned:
                continue
            if i in g.targets[i]:  # a statement that is its own reason is a cycle of one
                solution.cyclic = True
                _settle(g, combine, component, solution, pinned, max_rounds)
            else:
                values[i] = strength_of(g, combine, i, values)
        else:
            solution.cyclic = True
            _settle(g, combine, sorted(component), solution, pinned, max_rounds)
        if unsettled and any(p in unsettled for i in component for p in premises(g, i)):
            unsettled.update(component)
    return solution


def _settle(g: EvalGraph, combine: Combine, members: list[int], solution: Solution, pinned: dict[int, float],
            max_rounds: int) -> None:
    """Damped sweeps (Jacobi: every update of a sweep reads the values of the sweep before, so statements
    placed alike get equal values) over the statements of one cycle, from their base scores (so the result
    never depends on the edit history); a sweep updates only statements whose reasons moved."""
    values = solution.values
    free = [m for m in members if m not in pinned]
    for m in free:
        values[m] = g.base[m]
    member = set(free)
    active = free
    rounds = 0
    while active and rounds < max_rounds:
        rounds += 1
        new = [(m, values[m] + DAMPING * (strength_of(g, combine, m, values) - values[m])) for m in active]
        moved: set[int] = set()
        for m, v in new:
            if abs(v - values[m]) > STEP_TOLERANCE:
                moved.add(m)
                moved.update(t for t in g.targets[m] if t in member)
            values[m] = v
        active = sorted(moved)
    for m in free:
        left = abs(strength_of(g, combine, m, values) - values[m])
        solution.residual = max(solution.residual, left)
        if left > SETTLED:
            solution.unsettled.add(m)
    solution.rounds = max(solution.rounds, rounds)
