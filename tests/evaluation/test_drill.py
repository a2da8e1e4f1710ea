"""The drill's tally: answered in time only when had within the limit; what was missed comes back."""

from __future__ import annotations

from argmap.evaluation.brief import build_brief
from argmap.evaluation.drill import Drill
from argmap.model import ArgumentMap


def brief():
    m = ArgumentMap()
    m.add("claim", "C", id="c")
    m.add("objection", "First", parent="c", id="o1", score=0.9)
    m.add("objection", "Second", parent="c", id="o2", score=0.6)
    m.add("objection", "Third", parent="c", id="o3", score=0.3)
    m.add("rebuttal", "Answer", parent="o1", id="r")
    return build_brief(m, "for")


def test_a_drill_walks_their_arguments_most_dangerous_first_and_keeps_a_tally() -> None:
    drill = Drill.of(brief(), limit=20)
    assert [b.against.id for b in drill.blocks] == ["o2", "o1", "o3"]  # o1 (0.9) is answered down to 0.45
    assert not drill.revealed
    drill.reveal()
    assert drill.revealed
    drill.mark(True, 12.0)  # had it in time
    assert not drill.revealed and drill.index == 1
    drill.mark(True, 25.0)  # had it, but too late
    drill.mark(False, 3.0)  # missed
    assert drill.done and drill.current is None
    assert drill.tally() == "1 of 3 answered in time"
    assert [b.against.id for b in drill.missed()] == ["o1", "o3"]
    drill.mark(True, 1.0)  # nothing left: ignored
    assert len(drill.attempts) == 3


def test_skipping_does_not_count() -> None:
    drill = Drill.of(brief())
    drill.skip()
    drill.mark(True, 1.0)
    assert drill.tally() == "1 of 1 answered in time" and drill.index == 2
