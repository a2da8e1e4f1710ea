"""A brief as a document: headings, paragraphs, bullets and quotes that every format renders alike.

The content comes from :func:`argmap.evaluation.brief.build_brief` and
:func:`argmap.evaluation.speech.speech_outline`; this module decides its order and words
once, and the Markdown, HTML, DOCX and PDF writers only translate these elements.
Its words are said through Qt's translators (context "Brief"), so the brief is in the
interface's language: View > Language in the editor, ``--language`` on the command line.
Heading levels follow debaters' templates: 1 for the sections (Word's "Heading 1", the
navigation pane's top level), 2 for each reason and block, 3 for each evidence card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from argmap.drawing.box import status_word
from argmap.evaluation.brief import Block, Brief, Card, Point, short
from argmap.evaluation.speech import SpeechOutline, clock

#: A run of text and its style: "" plain, "b" bold, "i" italic.
Run = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 0 the title, 1 a section, 2 an item, 3 a card
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class Bullet:
    runs: tuple[Run, ...]
    level: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    text: str


Element = Heading | Para | Bullet | Quote


def plain(*parts: str) -> Para:
    return Para(tuple((p, "") for p in parts))


def tr(text: str, comment: str | None = None, n: int = -1) -> str:
    """``text`` in the brief's language (the translators installed: the editor's, or ``--language``'s)."""
    return QCoreApplication.translate("Brief", text, comment, n)


def fill(template: str, *values: object) -> str:
    """A translated template's %1, %2... replaced in one pass (a statement's text may itself hold "%2")."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), template)


def language_code() -> str:
    """The brief's language as a BCP 47 code ("en", "ja"), for HTML's lang and the fonts a reader picks."""
    return tr("en", "the language code (BCP 47) of this translation: ja for Japanese")


def brief_document(brief: Brief, outline: SpeechOutline) -> list[Element]:
    """Every element of the brief, in reading order."""
    side = tr("For the motion") if brief.stance == "for" else tr("Against the motion")
    doc: list[Element] = [
        Heading(0, fill(tr("Brief: %1"), brief.title)),
        Para(((tr("Side: "), "b"), (side, ""))),
        Para(((tr("Motion: "), "b"), (brief.main.text, ""))),
        Para(((tr("Speech: "), "b"), (fill(tr("%1 minutes at %2 words a minute"), f"{outline.minutes:g}", outline.wpm), ""))),
    ]
    doc += _case(brief)
    doc += _blocks(brief)
    doc += _unanswered(brief)
    doc += _outline(outline)
    doc += _their_case(brief)
    return doc


def _case(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, tr("Our case"))]
    if not brief.case:
        doc.append(plain(tr("We have no reason on the motion yet: add one to the map.")))
    for n, p in enumerate(brief.case, 1):
        doc.append(Heading(2, fill(tr("Reason %1: %2"), n, p.heading)))
        doc += _point_body(p)
    return doc


def _point_body(p: Point) -> list[Element]:
    doc: list[Element] = [plain(p.text)]
    impact = _impact_words(p.impact)
    line = (fill(tr("Strength %1; %2"), f"{p.strength:.2f}", impact) if p.status is None else
            fill(tr("Strength %1 (%2); %3"), f"{p.strength:.2f}", status_word(p.status), impact))
    doc.append(Para(((line, "i"),)))
    for b in p.backing:
        doc.append(Bullet(((tr("Because: "), "b"), (b.text, ""))))
    for c in p.cards:
        doc += _card(c)
    return doc


def _impact_words(impact: float) -> str:
    # counterfactual: how far the motion's strength moves because this point is there (without it, back by as much)
    if impact >= 0:
        return fill(tr("moves the motion %1 our way"), f"{impact:.3f}")
    return fill(tr("moves the motion %1 their way (it is weakened: answer its objections)"), f"{-impact:.3f}")


def _card(c: Card) -> list[Element]:
    doc: list[Element] = [Heading(3, fill(tr("Card: %1"), c.tag or short(c.text, 10)))]
    if c.citation:
        doc.append(Para(((c.citation, "i"),)))
    doc.append(Quote(c.quote or c.text))
    return doc


def _blocks(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, tr("Blocks: their arguments and our answers"))]
    if not brief.blocks:
        doc.append(plain(tr("The other side has no argument against us on this map.")))
    for n, b in enumerate(brief.blocks, 1):
        doc += _block(n, b, _target(brief, b))
    return doc


def _target(brief: Brief, b: Block) -> str:
    """What a block argues against: "the motion" (in the brief's language) or the statement's tag line."""
    return tr("the motion") if b.target == brief.main_id else b.target_heading


def _block(n: int, b: Block, target: str) -> list[Element]:
    doc: list[Element] = [
        Heading(2, fill(tr("Block %1: %2"), n, b.against.heading)),
        Para(((tr("They say: "), "b"), (b.against.text, ""))),
        Para(((fill(tr("Against: %1"), target), "i"),)),
    ]
    if not b.answers:
        doc.append(Para(((tr("No answer yet: "), "b"), (tr("see Prepare an answer."), ""))))
    for k, a in enumerate(b.answers, 1):
        doc.append(Para(((fill(tr("Answer %1: "), k), "b"), (a.text, ""))))
        for c in a.cards:
            doc += _card(c)
    return doc


def _unanswered(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, tr("Prepare an answer"))]
    open_blocks = brief.unanswered
    if not open_blocks:
        doc.append(plain(tr("Every argument of the other side on this map has an answer.")))
        return doc
    doc.append(plain(tr("%n of their arguments have no answer on the map yet:", None, len(open_blocks))))
    for b in open_blocks:
        against = fill(tr(" (against: %1) "), _target(brief, b))
        doc.append(Bullet(((b.against.heading, "b"), (against, ""), (b.against.text, ""))))
    return doc


def _outline(outline: SpeechOutline) -> list[Element]:
    doc: list[Element] = [
        Heading(1, tr("Speech outline")),
        plain(fill(tr("%1 of %2 at %3 words a minute (%4 words)."), clock(outline.seconds), clock(outline.minutes * 60),
                   outline.wpm, sum(p.words for p in outline.parts))),
    ]
    for p in outline.parts:
        doc.append(Heading(2, fill(tr("%1: %2 (%3)"), p.label, p.heading, clock(p.seconds))))
        doc += [Bullet(((line, ""),)) for line in p.lines]
    if outline.left_out:
        doc.append(Para(((tr("Left out to fit the time: "), "b"), (tr("%n parts", None, len(outline.left_out)), ""))))
        doc += [Bullet(((item, ""),)) for item in outline.left_out]
    else:
        doc.append(plain(tr("Nothing was left out.")))
    return doc


def _their_case(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, tr("Their case"))]
    if not brief.their_case:
        doc.append(plain(tr("They have no reason on the motion itself on this map.")))
    for p in brief.their_case:
        strength = (fill(tr(" (strength %1) "), f"{p.strength:.2f}") if p.status is None else  # with the boxes' verdict
                    fill(tr(" (strength %1, %2) "), f"{p.strength:.2f}", status_word(p.status)))
        doc.append(Bullet(((p.heading, "b"), (strength, ""), (p.text if p.title else "", ""))))
    return doc
