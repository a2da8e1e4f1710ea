"""The words a statement's box shows besides its text: the verdict and strength row, badges, the evidence card, the side.

Shared by the box (:mod:`argmap.drawing.box`), the docks, the CLI and the exports, so that every view says a
verdict in the same words (``WORDS`` in evaluation/verdict.py, translated here).
"""

from __future__ import annotations

from argmap.drawing.theme import tr
from argmap.evaluation.verdict import Status, row_text
from argmap.model import DEFAULT_SCORE, ArgumentMap, Statement


def side_word(side: str) -> str:
    """The word on the header band that says which side of the main claim a statement argues (not colour alone)."""
    return {"for": tr("FOR"), "against": tr("AGAINST"), "both": tr("BOTH SIDES")}.get(side, side.upper())


def footer_text(statement: Statement, hidden_count: int = 0) -> str:
    """The badges under the text: hidden count, note, sources, base score (when set), tags."""
    parts: list[str] = []
    if hidden_count:
        parts.append(tr("+%n hidden", None, hidden_count))
    if statement.notes.strip():
        parts.append(tr("¶ note"))
    if statement.sources:
        parts.append(tr("1 source") if len(statement.sources) == 1 else tr("%n sources", None, len(statement.sources)))
    if statement.score != DEFAULT_SCORE:
        parts.append(tr("base %1").replace("%1", f"{statement.score:.2f}"))
    parts.extend("#" + t for t in statement.tags)
    return "  ·  ".join(parts)


def card_text(amap: ArgumentMap, statement: Statement) -> str:
    """The compact evidence card under a quoting statement's text: "“quote…” — Author (date), Title".

    The quote is shown only when the statement's text says something other than the quoted words.
    """
    quote = statement.quote
    if quote is None:
        return ""
    source = amap.source(quote.source)
    cited = "— " + (source.citation() if source is not None else tr("an unknown source"))
    words = " ".join(quote.text.split())
    if words == " ".join(statement.text.split()):
        return cited
    shown = words if len(words) <= 90 else words[:89].rsplit(" ", 1)[0] + "…"
    return f"“{shown}” {cited}"


def status_word(status: Status | None) -> str:
    """The verdict in the words every view uses (``WORDS`` in evaluation/verdict.py), translated.

    One literal ``tr`` per word, so that the translation tools find them (a test checks that
    the English here is ``WORDS``'s).
    """
    match status:
        case Status.STANDS:
            return tr("stands")
        case Status.WEAKENED:
            return tr("weakened")
        case Status.REFUTED:
            return tr("refuted")
        case Status.UNANSWERED:
            return tr("unanswered")
        case Status.NOT_ASSESSED:
            return tr("not yet assessed")
        case Status.WEAK:
            return tr("weak")
        case Status.UNSETTLED:
            return tr("unsettled")
    return ""


def status_meaning(status: Status) -> str:
    """What the verdict means, in one sentence (``MEANINGS`` in evaluation/verdict.py), translated."""
    match status:
        case Status.STANDS:
            return tr("Its replies leave it at least as strong as its base score.")
        case Status.WEAKENED:
            return tr("Its replies take at least 0.05 off its base score.")
        case Status.REFUTED:
            return tr("Its replies leave it at 0.2 or less, at most half its base score.")
        case Status.UNANSWERED:
            return tr("It attacks a statement and nothing answers it yet.")
        case Status.NOT_ASSESSED:
            return tr("Nothing replies to it and it still has the default base score 0.5: set its base score.")
        case Status.WEAK:
            return tr("Nothing brought it down, but its own base score is low.")
        case Status.UNSETTLED:
            return tr("It is in a cycle of reasons whose strengths did not settle: the number is not reliable.")
    return ""


def evaluation_text(strength: float | None, status: Status | None) -> str:
    """What the strength row says: the strength the bar shows and the verdict read off it, e.g. "0.67 · stands".

    An unsettled value (a cycle that did not settle) gets "≈": the number is not reliable.
    """
    if strength is None:
        return ""
    return row_text(strength, status, status_word(status) if status is not None else None)


def verdict_sentence(strength: float, status: Status | None, base: float) -> str:
    """The tooltip's account of the strength row: the number, the verdict and what it means, the base score."""
    text = tr("Strength %1 of 1: %2.").replace("%1", f"{strength:.2f}").replace("%2", status_word(status))
    if status is not None:
        text += " " + status_meaning(status)
    return text + "\n" + tr("Base score %1: how strong it is on its own, before its replies.").replace("%1", f"{base:.2f}")
