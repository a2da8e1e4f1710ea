"""A speech outline from a brief, timed at a speaking rate to fit the minutes given.

Each part's time is its words at ``wpm`` words a minute (160 is a calm debating pace): what
would be said aloud, i.e. the point's text, the first evidence card's quote (or text) and a
few words of signposting. The opening and the closing always stay; then our reasons in order
of impact, then answers to their strongest arguments, as long as they fit. What does not fit
is listed as left out, so the speaker knows what was dropped.

The signposts ("We argue that: …", "Evidence: …") are English templates marked for translation
(context "Brief"); :func:`speech_outline` says them through the ``say`` it is given, so that the
brief's writers (export/brief, with Qt's translators) get the speech in the brief's language.
Japanese has no spaces between words: a CJK character counts as half a word (160 words a minute
is then 320 characters, a calm Japanese speaking pace).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from argmap.evaluation.brief import CJK, Block, Brief, Point

DEFAULT_WPM = 160
DEFAULT_MINUTES = 6.0
SIGNPOST_WORDS = 6  # "Our first reason is …", "They will say … but …"

TRANSLATION_CONTEXT = "Brief"  # the writers of the brief translate the N() templates below (export/brief/document.py)


def N(text: str) -> str:  # marks an English template for translation (docs/translating.md); this module has no Qt
    return text


def _same(text: str) -> str:
    return text


def _fill(template: str, *values: str) -> str:
    """%1, %2... of ``template`` replaced in one pass (a statement's text may itself hold "%2")."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)


@dataclass(frozen=True, slots=True)
class SpeechPart:
    label: str  # "Opening", "Reason 1", "Answer", "Closing" (in the language of ``say``)
    heading: str  # the tag line of what is said
    lines: tuple[str, ...]  # what to say, in order
    words: int
    seconds: float
    role: str = ""  # "opening", "reason", "answer" or "closing", whatever the language


@dataclass(slots=True)
class SpeechOutline:
    minutes: float
    wpm: int
    parts: list[SpeechPart] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # headings of what did not fit

    @property
    def seconds(self) -> float:
        return sum(p.seconds for p in self.parts)

    @property
    def fits(self) -> bool:
        return self.seconds <= self.minutes * 60 + 1e-9


def words(*texts: str) -> int:
    """How many words are said: spaced words, plus half a word for each CJK character (Japanese has no spaces)."""
    total = 0.0
    for text in texts:
        if text.isascii():
            total += len(text.split())
            continue
        spoken = [ch for ch in CJK.findall(text) if not unicodedata.category(ch).startswith("P")]  # 。、「」 are not said
        total += len(spoken) / 2 + len(CJK.sub(" ", text).split())
    return int(total + 0.5)


def clock(seconds: float) -> str:
    """``m:ss``, as a speaker reads a timer."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def speech_outline(
    brief: Brief, minutes: float = DEFAULT_MINUTES, wpm: int = DEFAULT_WPM, say: Callable[[str], str] = _same
) -> SpeechOutline:
    """The parts of a speech for ``brief`` that fit ``minutes`` at ``wpm``; the rest in ``left_out``.

    ``say`` translates the English templates (the identity: English).
    """
    if minutes <= 0 or wpm <= 0:
        raise ValueError("minutes and words a minute must be above 0")
    outline = SpeechOutline(minutes, wpm)
    budget = minutes * 60

    def part(role: str, label: str, heading: str, *lines: str) -> SpeechPart:
        count = words(*lines) + SIGNPOST_WORDS
        return SpeechPart(label, heading, tuple(lines), count, count * 60 / wpm, role)

    stance = say(N("We argue that: %1")) if brief.stance == "for" else say(N("We argue against the claim that: %1"))
    opening = part("opening", say(N("Opening")), brief.main.heading, _fill(stance, brief.main.text))
    candidates: list[SpeechPart] = [_reason(part, say, n, p) for n, p in enumerate(brief.case, 1)]
    candidates += [_answer(part, say, b) for b in brief.blocks if b.answers]
    def closing(kept: list[SpeechPart]) -> SpeechPart:
        reasons = say(N("; ")).join(_bare(k.heading) for k in kept if k.role == "reason") or _bare(brief.main.heading)
        verdict = say(N("So: %1. Because: %2.")) if brief.stance == "for" else say(N("So, no: %1. Because: %2."))
        return part("closing", say(N("Closing")), brief.main.heading, _fill(verdict, _bare(brief.main.heading), reasons))

    used = opening.seconds
    kept: list[SpeechPart] = []
    for candidate in candidates:
        if used + candidate.seconds + closing([*kept, candidate]).seconds <= budget:
            kept.append(candidate)
            used += candidate.seconds
        else:
            outline.left_out.append(_fill(say(N("%1: %2")), candidate.label, candidate.heading))
    outline.parts = [opening, *kept, closing(kept)]
    return outline


def _bare(heading: str) -> str:
    """A heading without its closing full stop, to go inside a sentence ("So: A. Because: B; C.")."""
    return heading.rstrip().rstrip(".\u3002!\uff01?\uff1f").rstrip()


def _reason(part, say: Callable[[str], str], n: int, point: Point) -> SpeechPart:
    lines = [point.text]
    if point.cards:
        c = point.cards[0]
        evidence = _fill(say(N("Evidence: %1")), c.quote or c.text)
        lines.append(evidence + (_fill(say(N(" (%1)")), c.citation) if c.citation else ""))
    return part("reason", _fill(say(N("Reason %1")), str(n)), point.heading, *lines)


def _answer(part, say: Callable[[str], str], block: Block) -> SpeechPart:
    answer = block.answers[0]
    lines = [_fill(say(N("They will say: %1")), block.against.heading), _fill(say(N("But: %1")), answer.text)]
    if answer.cards:
        c = answer.cards[0]
        lines.append(_fill(say(N("Evidence: %1")), c.quote or c.text))
    return part("answer", say(N("Answer")), block.against.heading, *lines)
