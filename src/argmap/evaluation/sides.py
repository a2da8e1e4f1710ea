"""Sides: which statements argue for the main claim and which against it.

A statement's side follows the chain of links up to the main claim, not its kind: a
support of a support is for the claim, an attack on an objection (a rebuttal) is for it,
and an objection to a rebuttal is against it again. Each attack on the way flips the
side; supports keep it. A statement that reaches the main claim by paths of both
parities (a cross-link) argues on both sides. Statements that do not reach the main
claim have no side.
"""

from __future__ import annotations

from collections import deque
from enum import StrEnum

from argmap.model import ArgumentMap, Relation


class Side(StrEnum):
    FOR = "for"
    AGAINST = "against"
    BOTH = "both"  # reaches the main claim both ways (through cross-links)

    @property
    def other(self) -> Side:
        """The opposing side (BOTH stays BOTH)."""
        return {Side.FOR: Side.AGAINST, Side.AGAINST: Side.FOR}.get(self, Side.BOTH)


def main_claim_of(amap: ArgumentMap) -> str | None:
    """The statement the sides are taken against: the first main claim (the oldest top), or None for an empty map."""
    tops = amap.main_claims()
    if not tops:
        return None
    claims = [i for i in tops if amap.statement(i).kind == "claim"]
    # the top with the most statements under it, the oldest on a tie: a stray note is not "the" claim
    return max(claims or tops, key=lambda i: (len(amap.descendants(i)), -amap.order_of(i)))


def sides(amap: ArgumentMap, main: str | None = None) -> dict[str, Side]:
    """The side of every statement that bears, directly or not, on ``main`` (default: :func:`main_claim_of`).

    Linear in the size of the map: a search over (statement, parity) pairs, so cycles end.

    >>> m = ArgumentMap()
    >>> _ = m.add("claim", "C", id="c"); _ = m.add("objection", "O", parent="c", id="o")
    >>> _ = m.add("rebuttal", "R", parent="o", id="r"); _ = m.add("objection", "X", parent="r", id="x")
    >>> [str(s) for s in sides(m).values()]
    ['for', 'against', 'for', 'against']
    """
    if main is None:
        main = main_claim_of(amap)
        if main is None:
            return {}
    graph = amap.graph_view()
    seen: set[tuple[str, int]] = {(main, 0)}
    queue = deque(seen)
    while queue:
        node, parity = queue.popleft()
        for child in graph.predecessors(node):
            flip = 1 if graph.edges[child, node]["link"].relation == Relation.ATTACK else 0
            state = (child, parity ^ flip)
            if state not in seen:
                seen.add(state)
                queue.append(state)
    parities: dict[str, set[int]] = {}
    for node, parity in seen:
        parities.setdefault(node, set()).add(parity)
    result: dict[str, Side] = {}
    for node in amap.ids():  # creation order, so the result reads like the map
        found = parities.get(node)
        if found:
            result[node] = Side.BOTH if len(found) == 2 else (Side.FOR if 0 in found else Side.AGAINST)
    return result
