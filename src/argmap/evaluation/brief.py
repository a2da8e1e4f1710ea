"""The brief: what one side of a debate needs from a map, as plain data (no Qt, no format).

For the chosen side it gathers

- the case: our reasons that bear directly on the main claim, ordered by their impact on it;
- blocks: every argument the other side can make against us (an attack on one of our
  statements, an undercut of one of our reasons, or a reason of theirs on the main claim),
  with our prepared answers (our attacks on it, our undercuts of its inference) and the
  evidence behind each answer;
- "prepare an answer": the blocks that have no answer yet;
- their case: their reasons on the main claim, ordered by impact.

Impact is counterfactual (:mod:`argmap.evaluation.impact`): how much the main claim's strength
(in the map's semantics, DF-QuAD by default) would change if the statement were taken out. Sides come from :mod:`argmap.evaluation.sides`.
The renderers (Markdown, HTML, DOCX, PDF) are in :mod:`argmap.export.brief`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from argmap.evaluation.evaluate import evaluate
from argmap.evaluation.impact import rank
from argmap.evaluation.sides import Side, main_claim_of, sides
from argmap.evaluation.verdict import Status
from argmap.model import ArgumentMap, Kind, Relation, Statement


@dataclass(frozen=True, slots=True)
class Card:
    """An evidence card: tag line, citation and the quoted text (or the statement's text)."""

    id: str
    tag: str
    text: str
    citation: str = ""
    quote: str = ""


@dataclass(slots=True)
class Point:
    """One statement as the brief shows it, with the evidence cards that support it."""

    id: str
    kind: Kind
    title: str
    text: str
    strength: float
    impact: float = 0.0  # change of the main claim's strength this point makes for its own side (>= 0 helps it)
    cards: list[Card] = field(default_factory=list)
    backing: list[Point] = field(default_factory=list)  # its own supporting reasons (not evidence)
    status: Status | None = None  # the verdict the boxes show ("stands", "weakened", ...)

    @property
    def heading(self) -> str:
        """The tag line: the title, or the text's first words."""
        return self.title or short(self.text)


@dataclass(slots=True)
class Block:
    """An argument of theirs against us, with our prepared answers."""

    against: Point  # their argument
    target: str  # the id of what it attacks (the main claim for their case)
    target_heading: str
    answers: list[Point] = field(default_factory=list)


@dataclass(slots=True)
class Brief:
    title: str
    side: Side
    main_id: str
    main: Point
    case: list[Point]
    blocks: list[Block]
    their_case: list[Point]

    @property
    def unanswered(self) -> list[Block]:
        """What the other side can say that we have not answered yet."""
        return [b for b in self.blocks if not b.answers]

    @property
    def stance(self) -> str:
        return "for" if self.side == Side.FOR else "against"


class NoMainClaim(ValueError):
    """The map has no statement to argue for or against."""


def build_brief(amap: ArgumentMap, side: Side | str = Side.FOR, main: str | None = None) -> Brief:
    """The brief for ``side`` ("for" or "against" the main claim) of ``amap``."""
    side = Side(side)
    if side == Side.BOTH:
        raise ValueError("a brief is written for one side: for or against")
    main = main or main_claim_of(amap)
    if main is None:
        raise NoMainClaim("the map has no main claim (a statement that bears on no other) to argue for or against")
    of = sides(amap, main)
    evaluation = evaluate(amap, labels=False)  # the map's own semantics (DF-QuAD unless it chose another)
    values = dict(zip(evaluation.graph.ids, evaluation.solution.values, strict=True))
    verdicts = evaluation.statuses
    impacts = {m.statement: m.change for m in rank(evaluation).impacts if m.claim == main}

    def ours(i: str) -> bool:
        return of.get(i) in (side, Side.BOTH)

    def theirs(i: str) -> bool:
        return of.get(i) in (side.other, Side.BOTH)

    def point(i: str, depth: int = 0) -> Point:
        s = amap.statement(i)
        helps = of.get(i, Side.FOR)
        impact = impacts.get(i, 0.0) * (1 if helps != Side.AGAINST else -1)
        p = Point(i, s.kind, title_of(s), s.text, values[i], impact, status=verdicts[i])
        for c in amap.children(i, Relation.SUPPORT):
            child = amap.statement(c)
            if child.kind == Kind.EVIDENCE:
                p.cards.append(card(child, amap))
            elif depth < 2:
                p.backing.append(point(c, depth + 1))
        return p

    # reasons on the main claim: not its evidence, rephrases (no force) or undercuts (they attack a reason, not it)
    reasons = [c for c in amap.children(main) if amap.statement(c).kind != Kind.EVIDENCE
               and amap.link(c, main).relation != Relation.REPHRASE and not amap.link(c, main).is_undercut]
    case = [point(c) for c in reasons if ours(c)]
    their_case = [point(c) for c in reasons if theirs(c)]
    case.sort(key=lambda p: (-p.impact, amap.order_of(p.id)))
    their_case.sort(key=lambda p: (-p.impact, amap.order_of(p.id)))

    blocks: list[Block] = []
    for i in amap.ids():
        if i == main or not theirs(i) or amap.statement(i).kind == Kind.EVIDENCE:
            continue
        for target in amap.parents(i):
            relation = amap.link(i, target).relation
            on_us = ours(target) and relation == Relation.ATTACK
            their_reason = target == main and not ours(main) and relation == Relation.SUPPORT
            if on_us or their_reason:
                # our answers: attacks on it, and undercuts of its inference onto the target
                answering = amap.children(i, Relation.ATTACK) + [u.source for u in amap.undercuts(target, onto=i)]
                answers = [point(a) for a in answering if ours(a)]
                answers.sort(key=lambda p: (-p.strength, amap.order_of(p.id)))
                target_statement = amap.statement(target)
                target_heading = "the motion" if target == main else title_of(target_statement) or short(target_statement.text)
                blocks.append(Block(point(i), target, target_heading, answers))
                break
    # the most dangerous first: what would hurt our side most if left standing
    blocks.sort(key=lambda b: (-b.against.impact, amap.order_of(b.against.id)))
    return Brief(amap.title, side, main, point(main), case, blocks, their_case)


def card(statement: Statement, amap: ArgumentMap | None = None) -> Card:
    """The evidence card of an evidence statement: its title as the tag; the quoted source (author, date,
    title, address) or else its references as the citation; the quoted words, when it quotes."""
    quote = statement.quote
    document = amap.source(quote.source) if quote is not None and amap is not None else None
    if document is not None:
        citation = document.citation() + (f" <{document.url}>" if document.url else "")
    else:
        citation = "; ".join(s.title + (f" <{s.url}>" if s.url else "") for s in statement.sources)
    quoted = " ".join(quote.text.split()) if quote is not None else ""
    return Card(statement.id, title_of(statement), statement.text, citation, quoted)


def title_of(statement: Statement) -> str:
    """The statement's short title (schema version 2), or "" where it has none."""
    return str(getattr(statement, "title", "") or "")


#: Scripts written without spaces between words: Han, kana, Hangul, full-width forms.
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def short(text: str, words: int = 10) -> str:
    """The first ``words`` words of ``text``, with "…" when more follow (a heading for a statement without a title).

    Japanese or Chinese text has no spaces: there, the first ``3 * words`` characters.
    """
    parts = text.split()
    cut = " ".join(parts[:words]) + ("…" if len(parts) > words else "")
    limit = 3 * words
    if len(cut) > limit + 1 and CJK.search(cut):
        end = limit  # not inside a katakana word or a Latin one ("パートナーシッ…", "NA…"): before it
        while end > limit // 2 and _run(cut[end - 1]) is not None and _run(cut[end - 1]) == _run(cut[end]):
            end -= 1
        return cut[: end if end > limit // 2 else limit].rstrip() + "…"
    return cut


def _run(ch: str) -> str | None:
    """The kind of word ``ch`` belongs to where a cut would break a word: katakana, Latin letters and digits."""
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    if ch.isascii() and ch.isalnum():
        return "latin"
    return None
