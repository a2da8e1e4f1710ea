"""The example maps meet the content the issue asks for, and read as full sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.io import load
from argmap.model import ArgumentMap, Kind, Relation

MAPS = Path(__file__).resolve().parents[1] / "maps"


@pytest.fixture(scope="module")
def japan() -> ArgumentMap:
    return load(MAPS / "japan-nato-ukraine.json")


@pytest.fixture(scope="module")
def template() -> ArgumentMap:
    return load(MAPS / "teaching-template.json")


def texts(amap: ArgumentMap, ids) -> str:
    return " ".join(amap.statement(i).text for i in ids).lower()


def has_all(text: str, *words: str) -> bool:
    return all(w.lower() in text.lower() for w in words)


# ------------------------------------------------------------------ Japan, NATO and Ukraine
def test_size_and_one_main_claim(japan):
    assert len(japan) >= 30
    assert japan.main_claims() == ["c1"]
    main = japan.statement("c1")
    assert main.kind is Kind.CLAIM
    assert has_all(main.text, "Japan", "NATO", "Ukraine", "train", "aid")
    assert not japan.has_cycles()


def test_supports_of_the_main_claim(japan):
    supports = [c for c in japan.children("c1", Relation.SUPPORT) if japan.statement(c).kind is Kind.SUPPORT]
    assert len(supports) >= 4
    said = [japan.statement(s).text for s in supports]
    assert any(has_all(t, "benefits", "outweigh", "risks") for t in said)
    assert any(has_all(t, "Indo-Pacific") and ("Europe" in t or "Ukraine" in t) for t in said)
    assert any(has_all(t, "disaster relief", "demining") for t in said)


def test_objections_to_the_main_claim(japan):
    objections = [c for c in japan.children("c1", Relation.ATTACK) if japan.statement(c).kind is Kind.OBJECTION]
    assert len(objections) >= 5
    said = [japan.statement(o).text for o in objections]
    assert any(has_all(t, "Article 9", "constitution") for t in said)
    assert any(has_all(t, "public") for t in said)
    assert any(has_all(t, "Russia", "Kuril") for t in said)
    assert any(has_all(t, "Coordinating with NATO", "burden") for t in said)


def test_rebuttals(japan):
    rebuttals = [s.id for s in japan.statements() if s.kind is Kind.REBUTTAL]
    assert len(rebuttals) >= 5
    for r in rebuttals:  # a rebuttal attacks an objection
        assert japan.parents(r), r
        assert all(japan.link(r, p).relation is Relation.ATTACK for p in japan.parents(r))
        assert all(japan.statement(p).kind is Kind.OBJECTION for p in japan.parents(r))
    constitution = next(o for o in japan.children("c1", Relation.ATTACK) if "Article 9" in japan.statement(o).text)
    answers = texts(japan, japan.children(constitution, Relation.ATTACK))
    assert has_all(answers, "non-combat", "medical", "demining", "logistic", "Article 9")
    assert "diet" in answers


def test_a_linked_pair_of_co_premises(japan):
    groups = {(t, name): members for t in japan.ids() for name, members in japan.groups(t).items()}
    assert groups, "no linked reason in the map"
    assert all(len(members) >= 2 for members in groups.values())


def test_evidence_cites_the_article(japan):
    evidence = [s for s in japan.statements() if s.kind is Kind.EVIDENCE]
    assert len(evidence) >= 3
    for e in evidence:
        assert e.sources, f"evidence {e.id} has no source"
        assert all(japan.link(e.id, p).relation is Relation.SUPPORT for p in japan.parents(e.id))
    assert any("article" in src.title.lower() for e in evidence for src in e.sources)


def test_notes_present(japan):
    assert japan.statement("c1").notes
    assert sum(1 for s in japan.statements() if s.notes.strip()) >= 10


def test_kinds_match_relations(japan):
    for link in japan.links():
        kind = japan.statement(link.source).kind
        if kind in (Kind.SUPPORT, Kind.EVIDENCE):
            assert link.relation is Relation.SUPPORT, link
        if kind in (Kind.OBJECTION, Kind.REBUTTAL):
            assert link.relation is Relation.ATTACK, link


@pytest.mark.parametrize("name", ["japan-nato-ukraine.json", "teaching-template.json"])
def test_every_statement_is_a_full_sentence(name):
    amap = load(MAPS / name)
    for s in amap.statements():
        text = s.text.strip()
        assert text == s.text, f"{s.id}: stray spaces"
        assert re.match(r"^[A-Z'\"]", text), f"{s.id}: does not start with a capital: {text!r}"
        assert text[-1] in ".?!", f"{s.id}: does not end a sentence: {text!r}"
        assert len(text.split()) >= 6, f"{s.id}: too short to say aloud as an argument: {text!r}"
        assert len(text) <= 300, f"{s.id}: too long for one box: {len(text)} characters"
        assert "  " not in text and "TODO" not in text and "lorem" not in text.lower()


@pytest.mark.parametrize("name", ["japan-nato-ukraine.json", "teaching-template.json"])
def test_titles_and_descriptions(name):
    amap = load(MAPS / name)
    assert amap.title.strip() and amap.description.strip()


# ------------------------------------------------------------------ teaching template
def test_template_has_one_of_each_kind(template):
    counts = template.counts_by_kind()
    assert all(counts[k] >= 1 for k in Kind), counts
    assert counts[Kind.CLAIM] == 1
    assert template.main_claims() == [next(s.id for s in template.statements() if s.kind is Kind.CLAIM)]
    assert len(template) <= 12  # small enough to read in a minute


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (Kind.CLAIM, ("claim",)),
        (Kind.SUPPORT, ("reason",)),
        (Kind.OBJECTION, ("objection",)),
        (Kind.REBUTTAL, ("rebuttal", "objection")),
        (Kind.EVIDENCE, ("evidence", "source")),
    ],
)
def test_template_texts_say_what_each_kind_is_for(template, kind, words):
    first = next(s for s in template.statements() if s.kind is kind)
    assert has_all(first.text, *words), first.text
    assert first.notes, f"{first.id} has no teaching note"


def test_template_shows_a_linked_reason_and_a_sourced_evidence(template):
    assert any(template.groups(t) for t in template.ids())
    assert any(s.sources for s in template.statements() if s.kind is Kind.EVIDENCE)
