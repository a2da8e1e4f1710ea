"""How undercuts, rephrases and shared premises read in words: in the Inspector, tooltips, the
Outline, the screen reader's description and the lists the edit commands offer.

An undercut attacks an inference (the step from a reason to what it bears on), a rephrase
restates another statement, and a shared premise belongs to several linked reasons; plain
supports and attacks are said where they always were (:mod:`argmap.gui.accessibility`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from argmap.model import ArgumentMap, Link, Relation

#: Longest text of a statement quoted (characters).
QUOTE_CHARS = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("Relations", text)


def quote(amap: ArgumentMap, statement_id: str, limit: int = QUOTE_CHARS) -> str:
    """“Title or text”, shortened: how a statement is named inside a sentence."""
    statement = amap.statement(statement_id)
    text = " ".join((statement.title or statement.text).split()) or statement_id
    shown = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return tr("“%1”").replace("%1", shown)  # Japanese quotes a statement in 「」


def premises(amap: ArgumentMap, target: str, onto: str | None, onto_group: str | None) -> str:
    """The premise (or the linked reason's premises, joined by "+") of an inference into ``target``."""
    if onto is not None:
        return quote(amap, onto) if onto in amap else onto
    members = amap.groups(target).get(onto_group or "", [])
    return " + ".join(quote(amap, m, 40) for m in members) or str(onto_group)


def inference(amap: ArgumentMap, target: str, onto: str | None, onto_group: str | None) -> str:
    """“S” → “T”: an inference, as the lists of the edit commands show it."""
    return f"{premises(amap, target, onto, onto_group)} → {quote(amap, target)}"


def link_sentence(amap: ArgumentMap, link: Link) -> str | None:
    """What an undercut or a rephrase does, as a sentence; None for a plain support or attack."""
    if link.is_undercut:
        return (
            tr("Undercuts the inference from %1 to %2")
            .replace("%1", premises(amap, link.target, link.onto, link.onto_group))
            .replace("%2", quote(amap, link.target))
        )
    if link.relation == Relation.REPHRASE:
        return tr("Restates %1").replace("%1", quote(amap, link.target))
    return None


def shared_sentence(link: Link) -> str | None:
    """"Also a premise of linked reason g2" for a premise shared by several linked reasons."""
    if not link.also_in:
        return None
    return tr("Also a premise of linked reason %1").replace("%1", ", ".join(link.also_in))


def relation_lines(amap: ArgumentMap, statement_id: str) -> list[str]:
    """The sentences about a statement's undercuts, rephrases and shared premises, and about what undercuts
    or restates it: what a plain "supports"/"attacks" would not say."""
    lines: list[str] = []
    for parent in amap.parents(statement_id):
        link = amap.link(statement_id, parent)
        for sentence in (link_sentence(amap, link), shared_sentence(link)):
            if sentence:
                lines.append(sentence)
        undercuts = amap.undercuts(parent, onto=statement_id) if link.group is None else []
        for name in link.group_names:
            undercuts += amap.undercuts(parent, onto_group=name)
        for undercut in undercuts:
            sentence = tr("Its inference to %1 is undercut by %2")
            lines.append(sentence.replace("%1", quote(amap, parent)).replace("%2", quote(amap, undercut.source)))
    restated = amap.rephrases(statement_id)
    if restated:
        lines.append(tr("Restated by %1").replace("%1", ", ".join(quote(amap, r) for r in restated)))
    return lines
