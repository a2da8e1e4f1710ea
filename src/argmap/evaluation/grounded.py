"""Dung's grounded labelling over the map's attack relation.

A statement is IN when every reason attacking it is defeated, OUT when some reason
attacking it stands, and UNDECIDED otherwise (typically in odd attack cycles). A reason
is one attacking link, or a linked group of co-premises that attack together: it stands
when all its premises are IN and is defeated as soon as one premise is OUT (grounded
semantics for attacks by sets, as in SETAFs). Supports play no part here: this is the
classic two-valued companion to the gradual DF-QuAD scores.
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


def grounded_from_graph(g: EvalGraph) -> dict[str, Label]:
    """:func:`grounded_labelling` of a graph already built for evaluation."""
    reasons = [(target, list(reason)) for target in range(len(g)) for reason in g.attacks[target]]
    ids = range(len(g))
    standing = [0] * len(g)  # attacking reasons not yet defeated, per target
    premises_not_in = [len(members) for _, members in reasons]
    defeated = [False] * len(reasons)
    member_of: list[list[int]] = [[] for _ in ids]
    for r, (target, members) in enumerate(reasons):
        standing[target] += 1
        for m in members:
            member_of[m].append(r)
    labels: dict[int, Label] = {}
    queue = deque(i for i in ids if standing[i] == 0)
    while queue:
        node = queue.popleft()
        if node in labels:
            continue
        labels[node] = Label.IN
        for r in member_of[node]:
            premises_not_in[r] -= 1
            target = reasons[r][0]
            if premises_not_in[r] == 0 and target not in labels:
                _defeat(target, labels, member_of, defeated, reasons, standing, queue)
    return {g.ids[i]: labels.get(i, Label.UNDECIDED) for i in ids}


def _defeat(
    node: int,
    labels: dict[int, Label],
    member_of: list[list[int]],
    defeated: list[bool],
    reasons: list[tuple[int, list[int]]],
    standing: list[int],
    queue: deque[int],
) -> None:
    """Label ``node`` OUT: every reason it is a premise of falls with it."""
    labels[node] = Label.OUT
    for r in member_of[node]:
        if defeated[r]:
            continue
        defeated[r] = True
        target = reasons[r][0]
        standing[target] -= 1
        if standing[target] == 0 and target not in labels:
            queue.append(target)
