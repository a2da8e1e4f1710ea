"""Practice: the other side's arguments one at a time, our answers hidden until asked, and a tally.

A drill walks the blocks of a brief (:func:`argmap.evaluation.brief.build_brief`): the most
dangerous argument first. For each one the speaker answers aloud, then reveals the prepared
answers and says whether they had it; an answer counts as in time only when it was marked
as had within the time limit. The clock is the caller's (the dialog's timer): this class
keeps no time of its own, so it is tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.evaluation.brief import Block, Brief

DEFAULT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Attempt:
    block_id: str
    had_it: bool
    seconds: float
    in_time: bool


@dataclass(slots=True)
class Drill:
    blocks: list[Block]
    limit: float = DEFAULT_SECONDS  # seconds to answer each argument
    index: int = 0
    revealed: bool = False
    attempts: list[Attempt] = field(default_factory=list)

    @classmethod
    def of(cls, brief: Brief, limit: float = DEFAULT_SECONDS) -> Drill:
        return cls(list(brief.blocks), limit)

    @property
    def done(self) -> bool:
        return self.index >= len(self.blocks)

    @property
    def current(self) -> Block | None:
        return None if self.done else self.blocks[self.index]

    def reveal(self) -> None:
        """Show our prepared answers to the current argument."""
        if not self.done:
            self.revealed = True

    def mark(self, had_it: bool, seconds: float) -> None:
        """Record the current argument as answered (``had_it``) after ``seconds``, and move on."""
        block = self.current
        if block is None:
            return
        in_time = had_it and seconds <= self.limit
        self.attempts.append(Attempt(block.against.id, had_it, seconds, in_time))
        self.index += 1
        self.revealed = False

    def skip(self) -> None:
        """Move on without counting the current argument."""
        if not self.done:
            self.index += 1
            self.revealed = False

    @property
    def in_time(self) -> int:
        return sum(a.in_time for a in self.attempts)

    def tally(self) -> str:
        """E.g. "3 of 5 answered in time"."""
        return f"{self.in_time} of {len(self.attempts)} answered in time"

    def missed(self) -> list[Block]:
        """The arguments not answered in time, to practise again."""
        late = {a.block_id for a in self.attempts if not a.in_time}
        return [b for b in self.blocks if b.against.id in late]
