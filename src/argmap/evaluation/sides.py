"""Sides: which statements argue for the main claim and which against it.

A statement's side follows the chain of links up to the main claim, not its kind: a
support of a support is for the claim, an attack on an objection (a rebuttal) is for it,
and an objection to a rebuttal is against it again. Each attack on the way flips the
side; supports keep it. A statement that reaches the main claim by paths of both
parities (a cross-link) argues on both sides. Statements that do not reach the main
claim have no side.

An undercut argues against the reason whose inference it attacks: against the claim's side
when it undercuts a support of a statement on that side, for it when it undercuts an
attack on such a statement. A rephrase is on the side of what it restates. The editor's
colours, the brief and the verdicts (``verdict.sides``) all read :func:`side_flags`.
"""

from __future__ import annotations

from enum import StrEnum

from argmap.evaluation.graph import EvalGraph, build_graph
from argmap.model import ArgumentMap

PRO, CON = 1, 2  # side flags: for the main claim a statement bears on, or against it


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


def side_flags(g: EvalGraph, roots: list[int]) -> list[int]:
    """PRO and/or CON for each statement, taking ``roots`` as PRO: a support is on its target's side, an
    attack on the other, an undercut on the other side than the reason it attacks, a rephrase on the side of
    what it restates. Linear: each statement takes each flag at most once, so cycles end."""
    side = [0] * len(g)
    restated_by: dict[int, list[int]] = {}
    for r, restated in g.restates.items():
        for t in restated:
            restated_by.setdefault(t, []).append(r)
    extra = bool(g.cuts or restated_by)
    stack = []
    for i in roots:
        if not side[i]:
            side[i] = PRO
            stack.append(i)
    while stack:
        t = stack.pop()
        same = side[t]
        flipped = ((same & PRO) and CON) | ((same & CON) and PRO)
        groups = [(g.supports[t], same), (g.attacks[t], flipped)]
        if extra:
            for is_attack, _slot, reasons in g.cuts.get(t, ()):
                groups.append((reasons, same if is_attack else flipped))
            if t in restated_by:
                groups.append(([(r,) for r in restated_by[t]], same))
        for reasons, flags in groups:
            for reason in reasons:
                for p in reason:
                    if flags & ~side[p]:
                        side[p] |= flags
                        stack.append(p)
    return side


def sides(amap: ArgumentMap, main: str | None = None) -> dict[str, Side]:
    """The side of every statement that bears, directly or not, on ``main`` (default: :func:`main_claim_of`).

    Linear in the size of the map (:func:`side_flags`).

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
    g = build_graph(amap)
    flags = side_flags(g, [g.index[main]])
    named = {PRO: Side.FOR, CON: Side.AGAINST, PRO | CON: Side.BOTH}
    return {i: named[f] for i, f in zip(g.ids, flags, strict=True) if f}  # map order, so the result reads like the map
