"""Dung's grounded labelling over the map's attack relation, undercuts as attacks on attacks.

A statement is IN when every reason attacking it is defeated, OUT when some reason
attacking it stands, and UNDECIDED otherwise (typically in odd attack cycles). A reason
is one attacking link, or a linked group of co-premises that attack together: it stands
when all its premises are IN and is defeated as soon as one premise is OUT (grounded
semantics for attacks by sets, as in SETAFs). Supports play no part here: this is the
classic two-valued companion to the gradual DF-QuAD scores.

An **undercut** attacks an attack, not a statement (AFRA: Baroni, Cerutti, Giacomin,
Guida 2011; Modgil's extended frameworks 2009): an attacking reason also needs every
reason undercutting it to be defeated before it stands, and it is defeated as soon as one
undercutting reason stands (all its premises IN). An undercut is never an attack on the
target itself. An undercut of a support changes no label (supports have none to change).
"""

from __future__ import annotations

from collections import deque
from enum import StrEnum

from argmap.evaluation.graph import EvalGraph, build_graph
from argmap.model import ArgumentMap


class Label(StrEnum):
    IN = "in"
    OUT = "out"
    UNDECIDED = "undecided"


def grounded_labelling(amap: ArgumentMap) -> dict[str, Label]:
    """Label every statement IN, OUT or UNDECIDED (linear time, no recursion).

    >>> m = ArgumentMap()
    >>> _ = m.add("claim", "C", id="c"); _ = m.add("objection", "O", parent="c", id="o")
    >>> _ = m.add("rebuttal", "R", parent="o", id="r")
    >>> sorted(grounded_labelling(m).items())
    [('c', <Label.IN: 'in'>), ('o', <Label.OUT: 'out'>), ('r', <Label.IN: 'in'>)]
    """
    return grounded_from_graph(build_graph(amap))


class _Units:
    """Attacking reasons ("units"): each has premises and undercutting units, and a victim: a statement
    (``victim >= 0``) or, for an undercutting unit, the unit it attacks (``-1 - unit``)."""

    def __init__(self, g: EvalGraph) -> None:
        self.premises: list[tuple[int, ...]] = []
        self.victim: list[int] = []
        slot_unit: dict[tuple[int, int], int] = {}
        for target in range(len(g)):
            for k, reason in enumerate(g.attacks[target]):
                slot_unit[(target, k)] = len(self.premises)
                self.premises.append(reason)
                self.victim.append(target)
        for target, cuts in g.cuts.items():
            for is_attack, slot, reasons in cuts:
                if not is_attack:
                    continue  # an undercut of a support: no label depends on it
                attacked = slot_unit[(target, slot)]
                for reason in reasons:
                    self.premises.append(reason)
                    self.victim.append(-1 - attacked)


def grounded_from_graph(g: EvalGraph) -> dict[str, Label]:
    """:func:`grounded_labelling` of a graph already built for evaluation."""
    units = _Units(g)
    n_units = len(units.premises)
    standing = [0] * len(g)  # attacking units not yet defeated, per statement
    premises_not_in = [len(p) for p in units.premises]
    cuts_not_defeated = [0] * n_units  # undercutting units not yet defeated, per unit
    state = [0] * n_units  # 0 open, 1 stands, -1 defeated
    member_of: list[list[int]] = [[] for _ in range(len(g))]
    for u, (members, victim) in enumerate(zip(units.premises, units.victim, strict=True)):
        if victim >= 0:
            standing[victim] += 1
        else:
            cuts_not_defeated[-1 - victim] += 1
        for m in members:
            member_of[m].append(u)
    labels: dict[int, Label] = {}
    events: deque[tuple[str, int]] = deque(("in", i) for i in range(len(g)) if standing[i] == 0)

    def try_stand(u: int) -> None:
        if state[u] == 0 and premises_not_in[u] == 0 and cuts_not_defeated[u] == 0:
            state[u] = 1
            events.append(("stands", u))

    def defeat(u: int) -> None:
        if state[u] == 0:
            state[u] = -1
            events.append(("defeated", u))

    while events:
        what, x = events.popleft()
        if what == "in":
            if x in labels:
                continue
            labels[x] = Label.IN
            for u in member_of[x]:
                premises_not_in[u] -= 1
                try_stand(u)
        elif what == "out":
            if x in labels:
                continue
            labels[x] = Label.OUT
            for u in member_of[x]:  # every unit it is a premise of falls with it
                defeat(u)
        elif what == "stands":
            victim = units.victim[x]
            if victim >= 0:
                if victim not in labels:
                    events.append(("out", victim))
            else:
                defeat(-1 - victim)
        else:  # defeated
            victim = units.victim[x]
            if victim >= 0:
                standing[victim] -= 1
                if standing[victim] == 0 and victim not in labels:
                    events.append(("in", victim))
            else:
                attacked = -1 - victim
                cuts_not_defeated[attacked] -= 1
                try_stand(attacked)
    return {g.ids[i]: labels.get(i, Label.UNDECIDED) for i in range(len(g))}
