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

import re
from collections.abc import Callable
from dataclasses import dataclass

from argmap.evaluation.evaluate import Evaluation
from argmap.evaluation.findings import short
from argmap.evaluation.graph import Reason
from argmap.evaluation.semantics import inference_weight
from argmap.evaluation.verdict import MEANINGS, WORDS, Status
from argmap.model import DEFAULT_SCORE, ArgumentMap, Kind

TRANSLATION_CONTEXT = "Explain"  # the editor and `argmap explain --language` translate the N() templates below


def N(text: str) -> str:  # marks an English template for translation (docs/translating.md); this module has no Qt
    return text


def _same(text: str) -> str:
    return text


#: Translates this module's templates (context "Explain"): the identity says them in English.
Say = Callable[[str], str]

#: What a reply of each kind is called in an explanation.
KIND_WORDS = {Kind.CLAIM: N("claim"), Kind.SUPPORT: N("reason"), Kind.EVIDENCE: N("evidence"),
              Kind.OBJECTION: N("objection"), Kind.REBUTTAL: N("rebuttal")}


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


_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass (a statement's text holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0), template)


def kind_word(kind: Kind, say: Say = _same) -> str:
    """What a statement of ``kind`` is called inside a sentence ("the rebuttal …")."""
    return say(KIND_WORDS[kind])


def quote(text: str, say: Say = _same) -> str:
    """A statement's text in the quotation marks of the language (“…” in English, 「…」 in Japanese)."""
    return fill(say(N("“%1”")), text)


def quoted(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50, say: Say = _same) -> str:
    """"“A…”", or "“A…” + “B…”" for a linked reason."""
    each = limit // 2 if len(premises) > 1 else limit
    return " + ".join(quote(short(amap.statement(p).text, each), say) for p in premises)


def reply_name(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50, say: Say = _same) -> str:
    """"the rebuttal “Non-combat roles…”", or "the linked reason “A…” + “B…”"."""
    if len(premises) > 1:
        return fill(say(N("the linked reason %1")), quoted(amap, premises, limit, say))
    s = amap.statement(premises[0])
    return fill(say(N("the %1 %2")), kind_word(s.kind, say), quote(short(s.text, limit), say))


def explanation_lines(amap: ArgumentMap, e: Explanation, say: Say = _same, say_verdict: Say = _same) -> list[str]:
    """The explanation in words a student can follow, one sentence a line.

    ``say`` translates this module's templates, ``say_verdict`` the verdicts' words and meanings (context "Canvas",
    as boxes show them); both the identity: English, as `argmap explain` prints it.
    """
    own = kind_word(amap.statement(e.statement).kind, say)
    lines = [fill(say(N("Strength %1: %2. %3")), f"{e.strength:.2f}", say_verdict(WORDS[e.status]),
                  say_verdict(MEANINGS[e.status]))]
    if e.restates is not None:
        lines.append(fill(say(N("It restates %1 in other words: a rephrase has no force of its own, "
                                "so it shows the strength and verdict of what it restates.")),
                          quoted(amap, (e.restates,), say=say)))
        return lines
    base = (N("Base score %1 (the default: nobody has set it): how strong this %2 is on its own, before its replies.")
            if e.base == DEFAULT_SCORE else N("Base score %1: how strong this %2 is on its own, before its replies."))
    lines.append(fill(say(base), f"{e.base:.2f}", own))
    if not e.contributions:
        lines.append(say(N("Nothing replies to it, so its strength is its base score.")))
    for c in e.contributions:
        change = c.change(e.strength)
        if c.onto:
            sentence = (N("Without the undercut %1 (%2) the inference from %3 would count fully: "
                          "this %4 would be %5 instead of %6.") if c.weight >= 1.0 else
                        N("Without the undercut %1 (%2) the inference from %3 would count with weight %7: "
                          "this %4 would be %5 instead of %6."))
            lines.append(fill(say(sentence), quoted(amap, c.premises, say=say), f"{c.value:.2f}",
                              quoted(amap, c.onto, say=say), own, f"{c.without:.2f}", f"{e.strength:.2f}",
                              f"{c.weight:.2f}"))
            continue
        sentence = (N("Without %1 (%2) this %3 would be %4 instead of %5: it adds %6.") if change > 0 else
                    N("Without %1 (%2) this %3 would be %4 instead of %5: it takes %6.") if change < 0 else
                    N("Without %1 (%2) this %3 would be %4 instead of %5: it changes %6."))
        value = f"{c.value:.2f}" if c.weight >= 1.0 else f"{c.value:.2f} × {c.weight:.2f}"  # noqa: RUF001 - a times sign
        lines.append(fill(say(sentence), reply_name(amap, c.premises, say=say), value, own, f"{c.without:.2f}",
                          f"{e.strength:.2f}", f"{abs(change):.2f}"))
    if e.has_weighted_reasons:
        lines.append(say(N("“× w”: an undercut attacks the inference of that reason, which counts only with the weight w left to it.")))  # noqa: RUF001 - a times sign
    if e.saturates:
        lines.append(say(N("Replies on one side saturate under DF-QuAD: with several strong ones, removing any one changes little.")))
    return lines


def summary(amap: ArgumentMap, e: Explanation, limit: int = 2, say: Say = _same) -> str:
    """The strongest one or two effects in a line each, for a box's tooltip."""
    lines = []
    for c in e.contributions[:limit]:
        change = c.change(e.strength)
        if abs(change) < 0.005:
            continue
        number = f"{'+' if change > 0 else '-'}{abs(change):.2f}"
        name = (fill(say(N("the undercut %1")), quoted(amap, c.premises, 40, say)) if c.onto
                else reply_name(amap, c.premises, 40, say))
        lines.append(fill(say(N("%1 from %2")), number, name))
    return "\n".join(lines)
