"""Why a statement has its strength, in the interface's language (the Analysis dock, box tooltips).

The sentences are ``evaluation/explain.py``'s (one wording for the editor and ``argmap explain``);
this module says them through Qt's translations: its templates under "Explain", the verdicts'
words under "Canvas" as the boxes show them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from argmap.evaluation import explain as words
from argmap.evaluation.explain import Explanation
from argmap.evaluation.verdict import TRANSLATION_CONTEXT as VERDICT_CONTEXT
from argmap.model import ArgumentMap, Kind


def say(text: str) -> str:
    return QCoreApplication.translate(words.TRANSLATION_CONTEXT, text)


def say_verdict(text: str) -> str:
    return QCoreApplication.translate(VERDICT_CONTEXT, text)


def kind_word(kind: Kind) -> str:
    """What a statement of ``kind`` is called inside a sentence ("the rebuttal …")."""
    return words.kind_word(kind, say)


def quote(text: str) -> str:
    """A statement's text in the quotation marks of the language (“…” in English, 「…」 in Japanese)."""
    return words.quote(text, say)


def reply_name(amap: ArgumentMap, premises: tuple[str, ...], limit: int = 50) -> str:
    """"the rebuttal “Non-combat roles…”", or "the linked reason “A…” + “B…”"."""
    return words.reply_name(amap, premises, limit, say)


def explanation_lines(amap: ArgumentMap, e: Explanation) -> list[str]:
    """The explanation in words a student can follow, one sentence a line."""
    return words.explanation_lines(amap, e, say, say_verdict)


def summary(amap: ArgumentMap, e: Explanation, limit: int = 2) -> str:
    """The strongest one or two effects in a line each, for a box's tooltip."""
    return words.summary(amap, e, limit, say)
