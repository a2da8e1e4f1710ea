"""One verdict per statement, read off the same numbers the strength bar shows.

The rule, in the order it is applied (docs/evaluation.md says the same):

1. **unsettled** - it sits in (or depends on) a cycle of reasons whose strengths did not settle.
2. **unanswered** - it attacks a statement and nothing attacks it (nor a partner of its linked reason).
3. **not yet assessed** - nothing replies to it and it still has the default base score 0.5.
4. **refuted** - its replies leave it at 0.2 or less *and* at most half its base score.
5. **weakened** - its replies take at least 0.05 off its base score.
6. **weak** - nothing brought it down, but its strength is 0.2 or less (a low base score).
7. **stands** - otherwise: its replies leave it at least as strong as its base score (less 0.05).

So a 5 % objection never refutes anything: it takes at most 5 % of the target's score.
"""

from __future__ import annotations

from enum import StrEnum

from argmap.evaluation.graph import EvalGraph
from argmap.evaluation.sides import CON, PRO, side_flags
from argmap.model import DEFAULT_SCORE

REFUTED_AT = 0.2  # strength at or below which a statement brought down by its replies is refuted
WEAKENED_BY = 0.05  # what replies must take off the base score before it counts as weakened


TRANSLATION_CONTEXT = "Canvas"  # the canvas translates WORDS and MEANINGS (drawing/box.py): N() marks them


def N(text: str) -> str:  # marks a string for translation (docs/translating.md); this module has no Qt
    return text


class Status(StrEnum):
    STANDS = "stands"
    WEAKENED = "weakened"
    REFUTED = "refuted"
    UNANSWERED = "unanswered"
    NOT_ASSESSED = "not-assessed"
    WEAK = "weak"
    UNSETTLED = "unsettled"


#: The words boxes, tooltips, docks and the CLI use for each status (one place, so they never differ).
WORDS: dict[Status, str] = {
    Status.STANDS: N("stands"),
    Status.WEAKENED: N("weakened"),
    Status.REFUTED: N("refuted"),
    Status.UNANSWERED: N("unanswered"),
    Status.NOT_ASSESSED: N("not yet assessed"),
    Status.WEAK: N("weak"),
    Status.UNSETTLED: N("unsettled"),
}

#: One sentence per status, for tooltips and ``argmap explain``.
MEANINGS: dict[Status, str] = {
    Status.STANDS: N("Its replies leave it at least as strong as its base score."),
    Status.WEAKENED: N("Its replies take at least 0.05 off its base score."),
    Status.REFUTED: N("Its replies leave it at 0.2 or less, at most half its base score."),
    Status.UNANSWERED: N("It attacks a statement and nothing answers it yet."),
    Status.NOT_ASSESSED: N("Nothing replies to it and it still has the default base score 0.5: set its base score."),
    Status.WEAK: N("Nothing brought it down, but its own base score is low."),
    Status.UNSETTLED: N("It is in a cycle of reasons whose strengths did not settle: the number is not reliable."),
}


def row_text(strength: float, status: Status | None, word: str | None = None) -> str:
    """What a box's strength row says, e.g. "0.67  ·  stands" (``word``: the verdict translated).

    An unsettled value gets "≈": the number is not reliable.
    """
    number = ("≈" if status == Status.UNSETTLED else "") + f"{strength:.2f}"
    if status is None:
        return number
    return number + "  ·  " + (word if word is not None else WORDS[status])


def sides(g: EvalGraph) -> list[int]:
    """Which side each statement is on, as flags: a main claim (a statement that bears on nothing and restates
    nothing) is PRO; the rest as :func:`argmap.evaluation.sides.side_flags` says. Cross-links can put a
    statement on both."""
    roots = g.main_claims()
    if not roots and len(g):  # every statement is in a cycle: take the first as the claim
        roots = [0]
    return side_flags(g, roots)


def _objections(g: EvalGraph, side: list[int], i: int) -> list[tuple[int, ...]]:
    """The reasons through which statement ``i`` objects to the main claim's side: its attacks on a statement on
    that side, and its undercuts of a reason for that side (a support of a statement on it, or an attack on a
    statement against it)."""
    found = [g.attacks[t][slot] if slot is not None else (i,) for t, slot in g.attack_links[i] if side[t] & PRO]
    for t, is_attack, _slot, reason in g.cut_links.get(i, ()):
        if side[t] & (CON if is_attack else PRO):
            found.append(reason)
    return found


def unanswered_attackers(g: EvalGraph, side: list[int] | None = None) -> list[bool]:
    """For each statement: does one of its objections to the main claim's side stand unanswered?

    An objection is an attacking link whose target is on the main claim's side (a rebuttal
    attacks an objection: that is the other way round), or an undercut of a reason for that
    side. It is answered when its statement is attacked, or (for a linked objection) any
    co-premise of its reason is: one fallen premise breaks the whole reason. Each link is
    judged on its own, so a co-premise answered through its partner is still unanswered where
    it attacks something else alone. The statement's kind plays no part: the link says what it does.
    """
    side = side if side is not None else sides(g)
    result = [False] * len(g)
    for i, links in enumerate(g.attack_links):
        for target, slot in links:
            if not side[target] & PRO:
                continue
            reason = g.attacks[target][slot] if slot is not None else (i,)
            if not any(g.attacks[p] for p in reason):
                result[i] = True
                break
    for i in g.cut_links:  # undercuts of reasons for the main claim's side
        if not result[i]:
            result[i] = any(not any(g.attacks[p] for p in reason) for reason in _objections(g, side, i))
    return result


def objects_to_our_side(g: EvalGraph, side: list[int], i: int) -> bool:
    """Does statement ``i`` attack something on the main claim's side (or undercut a reason for it)?"""
    return bool(_objections(g, side, i))


def restatements(g: EvalGraph) -> dict[int, int]:
    """Rephrases shown as what they restate: rephrase -> the statement whose strength and verdict it shows.

    A rephrase that bears on nothing else and has no replies of its own is that statement in
    other words: its own base score means nothing, so it shows the restated statement's numbers
    (the first in map order if it restates several; through a chain of rephrases, the first that
    is not one; a loop of rephrases shows its own). A rephrase with replies of its own is judged
    on its own: those replies do not reach what it restates.
    """
    if not g.restates:
        return {}
    direct = {r: min(ts) for r, ts in g.restates.items() if not g.targets[r] and not g.replies(r)}
    shown: dict[int, int] = {}
    for r, x in direct.items():
        seen = {r}
        while x in direct and x not in seen:
            seen.add(x)
            x = direct[x]
        if x not in direct:
            shown[r] = x
    return shown


def status_of(g: EvalGraph, i: int, value: float, *, unanswered: bool, unsettled: bool) -> Status:
    base = g.base[i]
    if unsettled:
        return Status.UNSETTLED
    if unanswered:
        return Status.UNANSWERED
    if not g.replies(i):
        if base == DEFAULT_SCORE:
            return Status.NOT_ASSESSED
        return Status.WEAK if base <= REFUTED_AT else Status.STANDS
    if value <= REFUTED_AT and value <= base / 2:
        return Status.REFUTED
    if value < base - WEAKENED_BY:
        return Status.WEAKENED
    if value <= REFUTED_AT:
        return Status.WEAK
    return Status.STANDS


def statuses(g: EvalGraph, values: list[float], unsettled: set[int], open_attack: list[bool] | None = None) -> list[Status]:
    if open_attack is None:
        open_attack = unanswered_attackers(g)
    return [
        status_of(g, i, values[i], unanswered=open_attack[i], unsettled=i in unsettled) for i in range(len(g))
    ]
