"""Evidence cards: a quoting statement shows its citation (and the quote when its text differs) in the box."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from argmap.drawing.box import card_text
from argmap.drawing.diagram import build_diagram
from argmap.drawing.theme import Theme
from argmap.evaluation.brief import build_brief
from argmap.io import load

DEMO = Path(__file__).parents[2] / "maps" / "training-mission.json"


def test_the_card_line_cites_author_date_and_title() -> None:
    m = load(DEMO)
    assert card_text(m, m.statement("e2")) == "— argmap authors (2026), A training role without combat: notes for a debate"
    assert card_text(m, m.statement("r1")) == ""  # no quote, no card
    paraphrase = dataclasses.replace(m.statement("e2"), text="Only with the Diet's approval.")
    line = card_text(m, paraphrase)
    assert line.startswith("“allows logistical support") and "…" in line and line.endswith("notes for a debate")
    m.set_sources([])
    assert card_text(m, m.statement("e2")) == "— an unknown source"


def test_the_box_draws_the_card_under_the_text_and_grows_for_it(qapp) -> None:
    m = load(DEMO)
    boxes = {b.id: b.painting for b in build_diagram(m, Theme.light()).boxes}
    e2 = boxes["e2"]
    assert e2.card_runs and e2.card_runs[0][1] > e2.text_runs[-1][1]
    assert "argmap authors" in " ".join(line for *_, line in e2.card_runs)
    m.set_sources([])
    m.update("e2", quote=None)
    plain = {b.id: b.painting for b in build_diagram(m, Theme.light()).boxes}["e2"]
    assert plain.h < e2.h and not plain.card_runs


def test_the_brief_prints_the_card_with_its_citation_and_quote() -> None:
    brief = build_brief(load(DEMO), "for")
    cards = {c.id: c for b in brief.blocks for a in b.answers for c in a.cards}
    assert cards["e2"].tag == "Diet approval, no combat areas"
    assert cards["e2"].citation == "argmap authors (2026), A training role without combat: notes for a debate"
    assert cards["e2"].quote.startswith("allows logistical support to partners abroad, but only with the approval of the Diet")
