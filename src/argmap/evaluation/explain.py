"""Why a statement has the strength it has: its base score and what each direct reply adds or takes.

A reply's *contribution* is counterfactual: the statement's strength now minus what it
would be without that reply, everything else as it is. A linked reason (co-premises that
only work together) is one reply, counted once, with its weakest premise's strength.
Under DF-QuAD contributions do not add up to the change from the base score: replies on
one side saturate, so when two strong reasons support a claim, removing either changes
little. That is what the numbers say, and the explanation says so.

An undercut is a reply too: it attacks the inference of one of the statement's reasons, and
its contribution is what the statement would be if that inference lost only this undercut
(with a single undercut: counted fully). A reason whose inference is undercut shows its
weight (``value times weight`` is what it counts with). A rephrase that shows what it restates is
explained as such: its strength is the restated statement's.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.evaluation.evaluate import Evaluation
from argmap.evaluation.findings import short
from argmap.evaluation.graph import Reason
from argmap.evaluation.semantics import inference_weight
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
    #: An undercut: the premises of the reason whose inference it attacks (empty for a direct reply).
    onto: tuple[str, ...] = ()
    #: A reason: its inference's weight (1: not undercut); an undercut: the weight the inference would have without it.
    weight: float = 1.0

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
    restates: str | None = None  # a rephrase showing what it restates: that statement's id

    @property
    def has_weighted_reasons(self) -> bool:
        """A reason of it is undercut: it counts only with the weight its undercuts leave (worth a note)."""
        return any(c.weight < 1.0 and not c.onto for c in self.contributions)

    @property
    def saturates(self) -> bool:
        """Several replies on one side under DF-QuAD, where removing any one of them changes little (worth a note)."""
        on_one_side = max(sum(c.supports for c in self.contributions if not c.onto),
                          sum(not c.supports for c in self.contributions if not c.onto))
        return on_one_side > 1 and self.semantics == "DF-QuAD"

    def as_json(self) -> dict[str, object]:
        replies: list[dict[str, object]] = []
        for c in self.contributions:
            entry: dict[str, object] = {
                "premises": list(c.premises), "relation": "undercut" if c.onto else "support" if c.supports else "attack",
                "value": c.value, "without": c.without, "change": c.change(self.strength)}
            if c.onto:
                entry["onto"] = list(c.onto)
            entry["weight"] = c.weight
            replies.append(entry)
        found: dict[str, object] = {
            "statement": self.statement, "base": self.base, "strength": self.strength, "status": str(self.status),
            "semantics": self.semantics, "replies": replies}
        if self.restates is not None:
            found["restates"] = self.restates
        return found


def _reason_value(values: list[float], reason: Reason) -> float:
    return min(values[p] for p in reason)


def explain(ev: Evaluation, statement_id: str) -> Explanation:
    g = ev.graph
    i = g.index[statement_id]
    values = ev.solution.values
    base = g.base[i]
    restated = ev.restates(statement_id)
    if restated is not None:  # a rephrase with no replies: it shows what it restates
        return Explanation(statement_id, base, values[i], ev.status_list[i], ev.semantics.name, [], restated)
    sup = [_reason_value(values, r) for r in g.supports[i]]
    att = [_reason_value(values, r) for r in g.attacks[i]]
    cuts = g.cuts.get(i, [])
    weight = {(is_attack, slot): inference_weight(values, reasons) for is_attack, slot, reasons in cuts}
    eff_sup = [v * weight.get((False, k), 1.0) for k, v in enumerate(sup)]
    eff_att = [v * weight.get((True, k), 1.0) for k, v in enumerate(att)]
    combine = ev.semantics.combine

    def strength(s: list[float], a: list[float]) -> float:
        return base if not s and not a else min(1.0, max(0.0, combine(base, s, a)))

    def names(reason: Reason) -> tuple[str, ...]:
        return tuple(g.ids[p] for p in reason)

    found: list[Contribution] = []
    for k, reason in enumerate(g.supports[i]):
        found.append(Contribution(names(reason), True, sup[k], strength(eff_sup[:k] + eff_sup[k + 1:], eff_att),
                                  weight=weight.get((False, k), 1.0)))
    for k, reason in enumerate(g.attacks[i]):
        found.append(Contribution(names(reason), False, att[k], strength(eff_sup, eff_att[:k] + eff_att[k + 1:]),
                                  weight=weight.get((True, k), 1.0)))
    for is_attack, slot, reasons in cuts:
        for j, cutter in enumerate(reasons):
            left = inference_weight(values, reasons[:j] + reasons[j + 1:])
            s_, a_ = list(eff_sup), list(eff_att)
            if is_attack:
                a_[slot] = att[slot] * left
            else:
                s_[slot] = sup[slot] * left
            attacked = (g.attacks if is_attack else g.supports)[i][slot]
            found.append(Contribution(names(cutter), False, _reason_value(values, cutter), strength(s_, a_),
                                      onto=names(attacked), weight=left))
    now = values[i]
    found.sort(key=lambda c: -abs(c.change(now)))
    return Explanation(statement_id, base, now, ev.status_list[i], ev.semantics.name, found)


def quoted(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50) -> str:
    """"“A…”", or "“A…” + “B…”" for a linked reason."""
    each = limit // 2 if len(premises) > 1 else limit
    return " + ".join(f"“{short(amap.statement(p).text, each)}”" for p in premises)


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
    if e.restates is not None:
        lines.append(f"It restates {quoted(amap, (e.restates,))} in other words: a rephrase has no force of its own, "
                     "so it shows the strength and verdict of what it restates.")
        return lines
    default = " (the default: nobody has set it)" if e.base == DEFAULT_SCORE else ""
    lines.append(f"Base score {e.base:.2f}{default}: how strong this {own} is on its own, before its replies.")
    if not e.contributions:
        lines.append("Nothing replies to it, so its strength is its base score.")
    for c in e.contributions:
        change = c.change(e.strength)
        if c.onto:
            counted = "fully" if c.weight >= 1.0 else f"with weight {c.weight:.2f}"
            lines.append(f"Without the undercut {quoted(amap, c.premises)} ({c.value:.2f}) the inference from "
                         f"{quoted(amap, c.onto)} would count {counted}: this {own} would be {c.without:.2f} "
                         f"instead of {e.strength:.2f}.")
            continue
        verb = "adds" if change > 0 else "takes" if change < 0 else "changes"
        value = f"{c.value:.2f}" if c.weight >= 1.0 else f"{c.value:.2f} × {c.weight:.2f}"  # noqa: RUF001 - a times sign
        lines.append(f"Without {reply_name(amap, c.premises)} ({value}) this {own} would be "
                     f"{c.without:.2f} instead of {e.strength:.2f}: it {verb} {abs(change):.2f}.")
    if e.has_weighted_reasons:
        lines.append("“× w”: an undercut attacks the inference of that reason, which counts only with the weight w left to it.")  # noqa: RUF001 - a times sign
    if e.saturates:
        lines.append("Replies on one side saturate under DF-QuAD: with several strong ones, removing any one changes little.")
    return lines


def summary(amap: ArgumentMap, e: Explanation, limit: int = 2) -> str:
    """The strongest one or two effects in a line each, for a tooltip."""
    lines = []
    for c in e.contributions[:limit]:
        change = c.change(e.strength)
        if abs(change) < 0.005:
            continue
        name = f"the undercut {quoted(amap, c.premises, 40)}" if c.onto else reply_name(amap, c.premises, 40)
        lines.append(f"{'+' if change > 0 else '-'}{abs(change):.2f} from {name}")
    return "\n".join(lines)
