"""A speech outline from a brief, timed at a speaking rate to fit the minutes given.

Each part's time is its words at ``wpm`` words a minute (160 is a calm debating pace): what
would be said aloud, i.e. the point's text, the first evidence card's quote (or text) and a
few words of signposting. The opening and the closing always stay; then our reasons in order
of impact, then answers to their strongest arguments, as long as they fit. What does not fit
is listed as left out, so the speaker knows what was dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.evaluation.brief import Block, Brief, Point

DEFAULT_WPM = 160
DEFAULT_MINUTES = 6.0
SIGNPOST_WORDS = 6  # "Our first reason is …", "They will say … but …"


@dataclass(frozen=True, slots=True)
class SpeechPart:
    label: str  # "Opening", "Reason 1", "Answer to …", "Closing"
    heading: str  # the tag line of what is said
    lines: tuple[str, ...]  # what to say, in order
    words: int
    seconds: float


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
    return sum(len(t.split()) for t in texts)


def clock(seconds: float) -> str:
    """``m:ss``, as a speaker reads a timer."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def speech_outline(brief: Brief, minutes: float = DEFAULT_MINUTES, wpm: int = DEFAULT_WPM) -> SpeechOutline:
    """The parts of a speech for ``brief`` that fit ``minutes`` at ``wpm``; the rest in ``left_out``."""
    if minutes <= 0 or wpm <= 0:
        raise ValueError("minutes and words a minute must be above 0")
    outline = SpeechOutline(minutes, wpm)
    budget = minutes * 60

    def part(label: str, heading: str, *lines: str) -> SpeechPart:
        count = words(*lines) + SIGNPOST_WORDS
        return SpeechPart(label, heading, tuple(lines), count, count * 60 / wpm)

    stance = "We argue that" if brief.stance == "for" else "We argue against the claim that"
    opening = part("Opening", brief.main.heading, f"{stance}: {brief.main.text}")
    candidates: list[SpeechPart] = [_reason(part, n, p) for n, p in enumerate(brief.case, 1)]
    candidates += [_answer(part, b) for b in brief.blocks if b.answers]
    def closing(kept: list[SpeechPart]) -> SpeechPart:
        reasons = "; ".join(k.heading for k in kept if k.label.startswith("Reason")) or brief.main.heading
        verdict = "So" if brief.stance == "for" else "So, no"
        return part("Closing", brief.main.heading, f"{verdict}: {brief.main.heading}. Because: {reasons}.")

    used = opening.seconds
    kept: list[SpeechPart] = []
    for candidate in candidates:
        if used + candidate.seconds + closing([*kept, candidate]).seconds <= budget:
            kept.append(candidate)
            used += candidate.seconds
        else:
            outline.left_out.append(f"{candidate.label}: {candidate.heading}")
    outline.parts = [opening, *kept, closing(kept)]
    return outline


def _reason(part, n: int, point: Point) -> SpeechPart:
    lines = [point.text]
    if point.cards:
        c = point.cards[0]
        lines.append(f"Evidence: {c.quote or c.text}" + (f" ({c.citation})" if c.citation else ""))
    return part(f"Reason {n}", point.heading, *lines)


def _answer(part, block: Block) -> SpeechPart:
    answer = block.answers[0]
    lines = [f"They will say: {block.against.heading}", f"But: {answer.text}"]
    if answer.cards:
        c = answer.cards[0]
        lines.append(f"Evidence: {c.quote or c.text}")
    return part("Answer", block.against.heading, *lines)
