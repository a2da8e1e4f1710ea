"""What a screen reader says about the canvas: the focused statement, as the selection moves.

The boxes are QGraphicsItems, which Qt's accessibility does not expose. The canvas widget
speaks for them: its accessible name becomes the focused statement (its kind and text) and its
description says how strong it is and the verdict its box shows (the same words: "stands",
"refuted", ...), what it bears on and how many replies it has. Each move sends Qt's
NameChanged, DescriptionChanged and Focus events, which the platform bridge (AT-SPI on Linux,
UI Automation on Windows) passes to the screen reader; tools/atspi_check.py reads them off
the real AT-SPI bus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from argmap.drawing.box import status_word
from argmap.evaluation import Status, evaluate
from argmap.gui.relations_text import link_sentence, shared_sentence
from argmap.model import ArgumentMap, Kind, Relation

#: Longest text of a parent quoted in a description (characters); the full text is one arrow key away.
QUOTE_CHARS = 80


def tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def punctuation() -> tuple[str, str, str, str]:
    """(sentence break, list comma, "kind: text" colon, quotes round %1), translated.

    Japanese reads "。", "、", a full-width colon and 「%1」."""
    return tr(". "), tr(", "), tr(": "), tr("“%1”")


def kind_name(kind: Kind) -> str:
    """The kind as the canvas labels it (support reads "Reason")."""
    return {Kind.CLAIM: tr("Claim"), Kind.SUPPORT: tr("Reason"), Kind.OBJECTION: tr("Objection"),
            Kind.REBUTTAL: tr("Rebuttal"), Kind.EVIDENCE: tr("Evidence")}[Kind(kind)]


def _count(n: int, kind: Kind) -> str:
    one = {Kind.CLAIM: tr("1 claim"), Kind.SUPPORT: tr("1 reason"), Kind.OBJECTION: tr("1 objection"),
           Kind.REBUTTAL: tr("1 rebuttal"), Kind.EVIDENCE: tr("1 piece of evidence")}
    many = {Kind.CLAIM: tr("%1 claims"), Kind.SUPPORT: tr("%1 reasons"), Kind.OBJECTION: tr("%1 objections"),
            Kind.REBUTTAL: tr("%1 rebuttals"), Kind.EVIDENCE: tr("%1 pieces of evidence")}
    return one[kind] if n == 1 else many[kind].replace("%1", str(n))


def _quote(text: str) -> str:
    """A parent's text in quotes, without its final full stop (the sentence around it has its own)."""
    text = " ".join(text.split()).rstrip(".。")
    return punctuation()[3].replace("%1", text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…")


def statement_name(amap: ArgumentMap, statement_id: str) -> str:
    """``Objection: <title or text>``: what is read first."""
    statement = amap.statement(statement_id)
    title = statement.title  # a titled statement is named by its title; its text follows in the description
    return kind_name(statement.kind) + punctuation()[2] + " ".join((title or statement.text).split())


def statement_description(amap: ArgumentMap, statement_id: str, values: Mapping[str, float],
                          statuses: Mapping[str, Status]) -> str:
    """(The text, when the name was the title,) strength and verdict, what it bears on, its replies: read after the name.

    The verdict is the one the box shows (``status_word``), so that what is heard and what is seen agree."""
    statement = amap.statement(statement_id)
    sentence, comma, colon, _ = punctuation()
    parts: list[str] = [" ".join(statement.text.split()).rstrip(".。")] if statement.title else []
    if statement_id in values:
        strength = tr("Strength %1 (base score %2)").replace("%1", f"{values[statement_id]:.2f}") \
            .replace("%2", f"{statement.score:.2f}")
        status = statuses.get(statement_id)
        parts.append(strength + comma + status_word(status) if status is not None else strength)
    for parent in amap.parents(statement_id):
        link = amap.link(statement_id, parent)
        special = link_sentence(amap, link)  # an undercut or a rephrase says what it bears on differently
        if special is not None:
            parts.append(special.rstrip("."))
        else:
            verb = tr("Supports %1") if link.relation == Relation.SUPPORT else tr("Attacks %1")
            parts.append(verb.replace("%1", _quote(amap.statement(parent).text)))
        shared = shared_sentence(link)
        if shared is not None:
            parts.append(shared)
    if not amap.parents(statement_id):
        parts.append(tr("Main claim") if statement.kind == Kind.CLAIM else tr("Not connected to any statement"))
    children = amap.children(statement_id)
    if children:
        by_kind: dict[Kind, int] = {}
        for child in children:
            kind = amap.statement(child).kind
            by_kind[kind] = by_kind.get(kind, 0) + 1
        total = tr("1 reply") if len(children) == 1 else tr("%1 replies").replace("%1", str(len(children)))
        counts = [_count(by_kind[kind], kind) for kind in Kind if kind in by_kind]  # in the order of the kinds
        parts.append(total + colon + comma.join(counts))
    else:
        parts.append(tr("No replies"))
    if statement.collapsed:
        parts.append(tr("collapsed"))
    return sentence.join(parts) + sentence.rstrip()


class CanvasAnnouncer(QObject):
    """Keeps the canvas widget's accessible name and description on the focused statement.

    ``amap`` gives the map shown; ``evaluation`` gives fresh (strengths, verdicts) or None, when the
    announcer computes them itself (cheap: linear in the map, on a selection change only).
    """

    def __init__(self, canvas: QWidget, amap: Callable[[], ArgumentMap],
                 evaluation: Callable[[], tuple[Mapping[str, float], Mapping[str, Status]] | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.amap = amap
        self.evaluation = evaluation
        self.focused: str | None = None
        viewport = getattr(canvas, "viewport", None)
        if callable(viewport):  # the scroll area's viewport takes the focus too: not without a name
            viewport().setAccessibleName(tr("Argument map canvas"))

    def announce(self, statement_id: str | None, *, moved: bool = True) -> None:
        """Describe ``statement_id`` (None: the empty canvas); ``moved``: the focus moved, so readers speak it now."""
        amap = self.amap()
        if statement_id is not None and statement_id not in amap:
            statement_id = None
        self.focused = statement_id
        if statement_id is None:
            name = tr("Argument map canvas")
            description = tr("No statement selected. Home selects the main claim; arrow keys move between statements.")
        else:
            known = self.evaluation()
            if known is None:
                result = evaluate(amap, labels=False)
                known = result.values, result.statuses
            name = statement_name(amap, statement_id)
            description = statement_description(amap, statement_id, *known)
        if (name, description) == (self.canvas.accessibleName(), self.canvas.accessibleDescription()) and not moved:
            return
        self.canvas.setAccessibleName(name)
        self.canvas.setAccessibleDescription(description)
        if QAccessible.isActive():  # a reader is listening: tell it (events are dropped otherwise anyway)
            QAccessible.updateAccessibility(QAccessibleEvent(self.canvas, QAccessible.Event.NameChanged))
            QAccessible.updateAccessibility(QAccessibleEvent(self.canvas, QAccessible.Event.DescriptionChanged))
            if moved and self.canvas.hasFocus():
                QAccessible.updateAccessibility(QAccessibleEvent(self.canvas, QAccessible.Event.Focus))

    def refresh(self) -> None:
        """The map changed (text, kind, links): say the focused statement's new state without moving."""
        self.announce(self.focused, moved=False)
