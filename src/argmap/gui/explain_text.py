"""Why a statement has its strength, in the interface's language (the Analysis dock, box tooltips).

``evaluation/explain.py`` words the same account in English for ``argmap explain`` (the command
line stays English so that scripts can read it); this module says it through Qt's translations,
sentence for sentence, so that in English both read alike.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from argmap.drawing.box import status_meaning, status_word
from argmap.evaluation.explain import Explanation
from argmap.evaluation.findings import short
from argmap.model import DEFAULT_SCORE, ArgumentMap, Kind


def tr(text: str) -> str:
    return QCoreApplication.translate("Explain", text)


def kind_word(kind: Kind) -> str:
    """What a statement of ``kind`` is called inside a sentence ("the rebuttal …")."""
    return {Kind.CLAIM: tr("claim"), Kind.SUPPORT: tr("reason"), Kind.EVIDENCE: tr("evidence"),
            Kind.OBJECTION: tr("objection"), Kind.REBUTTAL: tr("rebuttal")}[kind]


def quote(text: str) -> str:
    """A statement's text in the quotation marks of the language (“…” in English, 「…」 in Japanese)."""
    return tr("“%1”").replace("%1", text)


def reply_name(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50) -> str:
    """"the rebuttal “Non-combat roles…”", or "the linked reason “A…” + “B…”"."""
    if len(premises) > 1:
        quoted = " + ".join(quote(short(amap.statement(p).text, limit // 2)) for p in premises)
        return tr("the linked reason %1").replace("%1", quoted)
    s = amap.statement(premises[0])
    return tr("the %1 %2").replace("%1", kind_word(s.kind)).replace("%2", quote(short(s.text, limit)))


def quoted(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50) -> str:
    """"“A…”", or "“A…” + “B…”" for a linked reason, in the language's quotation marks."""
    each = limit // 2 if len(premises) > 1 else limit
    return " + ".join(quote(short(amap.statement(p).text, each)) for p in premises)


def fill(sentence: str, *values: str) -> str:
    """``sentence`` with %1, %2… replaced by ``values`` in one pass (a statement's text holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                  sentence)


def explanation_lines(amap: ArgumentMap, e: Explanation) -> list[str]:
    """The explanation in words a student can follow, one sentence a line (explain.explanation_lines, translated)."""
    own = kind_word(amap.statement(e.statement).kind)
    lines = [tr("Strength %1: %2. %3").replace("%1", f"{e.strength:.2f}").replace("%2", status_word(e.status))
             .replace("%3", status_meaning(e.status))]
    if e.restates is not None:
        lines.append(fill(tr("It restates %1 in other words: a rephrase has no force of its own, "
                             "so it shows the strength and verdict of what it restates."), quoted(amap, (e.restates,))))
        return lines
    base = (tr("Base score %1 (the default: nobody has set it): how strong this %2 is on its own, before its replies.")
            if e.base == DEFAULT_SCORE else tr("Base score %1: how strong this %2 is on its own, before its replies."))
    lines.append(base.replace("%1", f"{e.base:.2f}").replace("%2", own))
    if not e.contributions:
        lines.append(tr("Nothing replies to it, so its strength is its base score."))
    for c in e.contributions:
        change = c.change(e.strength)
        if c.onto:
            sentence = (tr("Without the undercut %1 (%2) the inference from %3 would count fully: "
                           "this %4 would be %5 instead of %6.") if c.weight >= 1.0 else
                        tr("Without the undercut %1 (%2) the inference from %3 would count with weight %7: "
                           "this %4 would be %5 instead of %6."))
            lines.append(fill(sentence, quoted(amap, c.premises), f"{c.value:.2f}", quoted(amap, c.onto), own,
                              f"{c.without:.2f}", f"{e.strength:.2f}", f"{c.weight:.2f}"))
            continue
        sentence = (tr("Without %1 (%2) this %3 would be %4 instead of %5: it adds %6.") if change > 0 else
                    tr("Without %1 (%2) this %3 would be %4 instead of %5: it takes %6.") if change < 0 else
                    tr("Without %1 (%2) this %3 would be %4 instead of %5: it changes %6."))
        # %1 last: a statement's text may itself contain "%2"
        shown = f"{c.value:.2f}" if c.weight >= 1.0 else f"{c.value:.2f} × {c.weight:.2f}"  # noqa: RUF001 - a times sign
        for key, value in (("%2", shown), ("%3", own), ("%4", f"{c.without:.2f}"), ("%5", f"{e.strength:.2f}"),
                           ("%6", f"{abs(change):.2f}"), ("%1", reply_name(amap, c.premises))):
            sentence = sentence.replace(key, value)
        lines.append(sentence)
    if e.has_weighted_reasons:
        lines.append(tr("“× w”: an undercut attacks the inference of that reason, which counts only with the weight w left to it."))  # noqa: RUF001 - a times sign
    if e.saturates:
        lines.append(tr("Replies on one side saturate under DF-QuAD: with several strong ones, removing any one changes little."))
    return lines


def summary(amap: ArgumentMap, e: Explanation, limit: int = 2) -> str:
    """The strongest one or two effects in a line each, for a box's tooltip (explain.summary, translated)."""
    lines = []
    for c in e.contributions[:limit]:
        change = c.change(e.strength)
        if abs(change) < 0.005:
            continue
        number = f"{'+' if change > 0 else '-'}{abs(change):.2f}"
        name = (tr("the undercut %1").replace("%1", quoted(amap, c.premises, 40)) if c.onto
                else reply_name(amap, c.premises, 40))
        lines.append(tr("%1 from %2").replace("%1", number).replace("%2", name))
    return "\n".join(lines)
