"""Dung's grounded labelling over the map's attack relation.

A statement is IN when all its attackers are OUT, OUT when some attacker is IN, and
UNDECIDED otherwise (typically in odd attack cycles). Supports play no part here: this
is the classic two-valued companion to the gradual DF-QuAD scores.
"""

from __future__ import annotations

from collections import deque
from enum import StrEnum

from argmap.model import ArgumentMap, Relation


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
    attackers: dict[str, list[str]] = {i: [] for i in amap.ids()}
    targets: dict[str, list[str]] = {i: [] for i in amap.ids()}
    for link in amap.links():
        if link.relation == Relation.ATTACK:
            attackers[link.target].append(link.source)
            targets[link.source].append(link.target)
    labels: dict[str, Label] = {}
    undecided_attackers = {i: len(a) for i, a in attackers.items()}
    queue = deque(i for i, n in undecided_attackers.items() if n == 0)
    while queue:
        node = queue.popleft()
        if node in labels:
            continue
        labels[node] = Label.IN
        for target in targets[node]:
            if target in labels:
                continue
            labels[target] = Label.OUT
            for victim in targets[target]:
                undecided_attackers[victim] -= 1
                if undecided_attackers[victim] == 0 and victim not in labels:
                    queue.append(victim)
    return {i: labels.get(i, Label.UNDECIDED) for i in amap.ids()}
