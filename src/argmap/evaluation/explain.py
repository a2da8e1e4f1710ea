"""Why a statement has the strength it has: its base score and what each direct reply adds or takes.

A reply's *contribution* is counterfactual: the statement's strength now minus what it
would be without that reply, everything else as it is. A linked reason (co-premises that
only work together) is one reply, counted once, with its weakest premise's strength.
Under DF-QuAD contributions do not add up to the change from the base score: replies on
one side saturate, so when two strong reasons support a claim, removing either changes
little. That is what the numbers say, and the explanation says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.evaluation.evaluate import Evaluation
from argmap.evaluation.findings import short
from argmap.evaluation.graph import Reason
from argmap.evaluation.verdict import MEANINGS, WORDS, Status
from argmap.model import DEFAULT_SCORE, ArgumentMap, Kind

#: What a reply of each kind is called in an explanation.
KIND_WORDS = {Kind.CLAIM: "claim", Kind.SUPPORT: "reason", Kind.EVIDENCE: "evidence", Kind.OBJECTION: "objection",
              Kind.REBUTTAL: "rebuttal"}


@dataclass(frozen=True, slots=True)
class Contribution:
    premises: tuple[str, ...]  # one reply: a statement, or the co-premises of a linked reason
    supports: bool  # True: it supports the statement; False: it attacks it
    value: float  # the reply's strength (a linked reason: its weakest premise)
    without: float  # the statement's strength without this reply

    def change(self, strength: float) -> float:
        """What this reply adds to (positive) or takes from (negative) ``strength``."""
        return strength - self.without


@dataclass(frozen=True, slots=True)
class Explanation:
    statement: str
    base: float
    strength: float
    status: Status
    semantics: str
    contributions: list[Contribution]  # biggest effect first

    def as_json(self) -> dict[str, object]:
        return {
            "statement": self.statement, "base": self.base, "strength": self.strength, "status": str(self.status),
            "semantics": self.semantics,
            "replies": [{"premises": list(c.premises), "relation": "support" if c.supports else "attack",
                         "value": c.value, "without": c.without, "change": c.change(self.strength)}
                        for c in self.contributions],
        }


def _reason_value(values: list[float], reason: Reason) -> float:
    return min(values[p] for p in reason)


def explain(ev: Evaluation, statement_id: str) -> Explanation:
    g = ev.graph
    i = g.index[statement_id]
    values = ev.solution.values
    base = g.base[i]
    sup = [_reason_value(values, r) for r in g.supports[i]]
    att = [_reason_value(values, r) for r in g.attacks[i]]
    combine = ev.semantics.combine

    def strength(s: list[float], a: list[float]) -> float:
        return base if not s and not a else min(1.0, max(0.0, combine(base, s, a)))

    found: list[Contribution] = []
    for k, reason in enumerate(g.supports[i]):
        found.append(Contribution(tuple(g.ids[p] for p in reason), True, sup[k], strength(sup[:k] + sup[k + 1:], att)))
    for k, reason in enumerate(g.attacks[i]):
        found.append(Contribution(tuple(g.ids[p] for p in reason), False, att[k], strength(sup, att[:k] + att[k + 1:])))
    now = values[i]
    found.sort(key=lambda c: -abs(c.change(now)))
    return Explanation(statement_id, base, now, ev.status_list[i], ev.semantics.name, found)


def reply_name(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50) -> str:
    """"the rebuttal “Non-combat roles…”", or "the linked reason “A…” + “B…”"."""
    if len(premises) > 1:
        return "the linked reason " + " + ".join(f"“{short(amap.statement(p).text, limit // 2)}”" for p in premises)
    s = amap.statement(premises[0])
    return f"the {KIND_WORDS[s.kind]} “{short(s.text, limit)}”"


def explanation_lines(amap: ArgumentMap, e: Explanation) -> list[str]:
    """The explanation in words a student can follow, one sentence a line."""
    own = KIND_WORDS[amap.statement(e.statement).kind]
    lines = [f"Strength {e.strength:.2f}: {WORDS[e.status]}. {MEANINGS[e.status]}"]
    default = " (the default: nobody has set it)" if e.base == DEFAULT_SCORE else ""
    lines.append(f"Base score {e.base:.2f}{default}: how strong this {own} is on its own, before its replies.")
    if not e.contributions:
        lines.append("Nothing replies to it, so its strength is its base score.")
    for c in e.contributions:
        change = c.change(e.strength)
        verb = "adds" if change > 0 else "takes" if change < 0 else "changes"
        lines.append(f"Without {reply_name(amap, c.premises)} ({c.value:.2f}) this {own} would be "
                     f"{c.without:.2f} instead of {e.strength:.2f}: it {verb} {abs(change):.2f}.")
    on_one_side = max(sum(c.supports for c in e.contributions), sum(not c.supports for c in e.contributions))
    if on_one_side > 1 and e.semantics == "DF-QuAD":
        lines.append("Replies on one side saturate under DF-QuAD: with several strong ones, removing any one changes little.")
    return lines


def summary(amap: ArgumentMap, e: Explanation, limit: int = 2) -> str:
    """The strongest one or two effects in a line each, for a tooltip."""
    lines = []
    for c in e.contributions[:limit]:
        change = c.change(e.strength)
        if abs(change) < 0.005:
            continue
        lines.append(f"{'+' if change > 0 else '-'}{abs(change):.2f} from {reply_name(amap, c.premises, 40)}")
    return "\n".join(lines)
