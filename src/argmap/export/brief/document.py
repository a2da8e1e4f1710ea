"""A brief as a document: headings, paragraphs, bullets and quotes that every format renders alike.

The content comes from :func:`argmap.evaluation.brief.build_brief` and
:func:`argmap.evaluation.speech.speech_outline`; this module decides its order and words
once, and the Markdown, HTML, DOCX and PDF writers only translate these elements.
Heading levels follow debaters' templates: 1 for the sections (Word's "Heading 1", the
navigation pane's top level), 2 for each reason and block, 3 for each evidence card.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def brief_document(brief: Brief, outline: SpeechOutline) -> list[Element]:
    """Every element of the brief, in reading order."""
    side = "For" if brief.stance == "for" else "Against"
    doc: list[Element] = [
        Heading(0, f"Brief: {brief.title}"),
        Para((("Side: ", "b"), (f"{side} the motion", ""))),
        Para((("Motion: ", "b"), (brief.main.text, ""))),
        Para((("Speech: ", "b"), (f"{outline.minutes:g} minutes at {outline.wpm} words a minute", ""))),
    ]
    doc += _case(brief)
    doc += _blocks(brief)
    doc += _unanswered(brief)
    doc += _outline(outline)
    doc += _their_case(brief)
    return doc


def _case(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, "Our case")]
    if not brief.case:
        doc.append(plain("We have no reason on the motion yet: add one to the map."))
    for n, p in enumerate(brief.case, 1):
        doc.append(Heading(2, f"Reason {n}: {p.heading}"))
        doc += _point_body(p)
    return doc


def _point_body(p: Point) -> list[Element]:
    doc: list[Element] = [plain(p.text)]
    doc.append(Para(((f"Strength {p.strength:.2f}; {_impact_words(p.impact)}", "i"),)))
    for b in p.backing:
        doc.append(Bullet((("Because: ", "b"), (b.text, ""))))
    for c in p.cards:
        doc += _card(c)
    return doc


def _impact_words(impact: float) -> str:
    # counterfactual: how far the motion's strength moves because this point is there (without it, back by as much)
    if impact >= 0:
        return f"moves the motion {impact:.3f} our way"
    return f"moves the motion {-impact:.3f} their way (it is weakened: answer its objections)"


def _card(c: Card) -> list[Element]:
    doc: list[Element] = [Heading(3, f"Card: {c.tag or short(c.text, 10)}")]
    if c.citation:
        doc.append(Para(((c.citation, "i"),)))
    doc.append(Quote(c.quote or c.text))
    return doc


def _blocks(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, "Blocks: their arguments and our answers")]
    if not brief.blocks:
        doc.append(plain("The other side has no argument against us on this map."))
    for n, b in enumerate(brief.blocks, 1):
        doc += _block(n, b)
    return doc


def _block(n: int, b: Block) -> list[Element]:
    doc: list[Element] = [
        Heading(2, f"Block {n}: {b.against.heading}"),
        Para((("They say: ", "b"), (b.against.text, ""))),
        Para(((f"Against: {b.target_heading}", "i"),)),
    ]
    if not b.answers:
        doc.append(Para((("No answer yet: ", "b"), ("see Prepare an answer.", ""))))
    for k, a in enumerate(b.answers, 1):
        doc.append(Para(((f"Answer {k}: ", "b"), (a.text, ""))))
        for c in a.cards:
            doc += _card(c)
    return doc


def _unanswered(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, "Prepare an answer")]
    open_blocks = brief.unanswered
    if not open_blocks:
        doc.append(plain("Every argument of the other side on this map has an answer."))
        return doc
    doc.append(plain(f"{len(open_blocks)} of their arguments have no answer on the map yet:"))
    for b in open_blocks:
        doc.append(Bullet(((b.against.heading, "b"), (f" (against: {b.target_heading}) ", ""), (b.against.text, ""))))
    return doc


def _outline(outline: SpeechOutline) -> list[Element]:
    doc: list[Element] = [
        Heading(1, "Speech outline"),
        plain(f"{clock(outline.seconds)} of {clock(outline.minutes * 60)} at {outline.wpm} words a minute "
              f"({sum(p.words for p in outline.parts)} words)."),
    ]
    for p in outline.parts:
        doc.append(Heading(2, f"{p.label}: {p.heading} ({clock(p.seconds)})"))
        doc += [Bullet(((line, ""),)) for line in p.lines]
    if outline.left_out:
        doc.append(Para((("Left out to fit the time: ", "b"), (f"{len(outline.left_out)} parts", ""))))
        doc += [Bullet(((item, ""),)) for item in outline.left_out]
    else:
        doc.append(plain("Nothing was left out."))
    return doc


def _their_case(brief: Brief) -> list[Element]:
    doc: list[Element] = [Heading(1, "Their case")]
    if not brief.their_case:
        doc.append(plain("They have no reason on the motion itself on this map."))
    for p in brief.their_case:
        doc.append(Bullet(((p.heading, "b"), (f" (strength {p.strength:.2f}) ", ""), (p.text if p.title else "", ""))))
    return doc
