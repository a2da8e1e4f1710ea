"""Kialo text export: numbering, Pro/Con, links, CRLF, multi-line claims, errors, and a round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.io import MapFileError, load
from argmap.io.formats.kialo import dumps_kialo, parse_kialo
from argmap.model import ArgumentMap, Kind

ROOT = Path(__file__).resolve().parents[3]

EXPORT = (
    "Discussion Title: Should the school day start later?\r\n"
    "\r\n"
    "1. The school day should start later.\r\n"
    "1.1. Pro: Teenagers sleep better when school starts later.\r\n"
    "1.1.1. Con: Studies of later starts found only small changes in sleep.\r\n"
    "1.1.1.1. Con: The studies measured only one school.\r\n"
    "1.2. Con: Later starts make it hard for parents to get to work.\r\n"
    "Many parents start work at eight.\r\n"
    "\r\n"
    "Buses would need new timetables.\r\n"
    "1.3. Pro: -> See 1.1.1.1.\r\n"
)


def test_a_kialo_export_with_crlf_multiline_claims_and_a_link():
    result = parse_kialo(EXPORT.encode("utf-8"), "school.txt")
    amap = result.map
    assert amap.title == "Should the school day start later?"
    assert amap.main_claims() == ["1"]
    assert amap.statement("1").kind == Kind.CLAIM
    assert amap.link("1.1", "1").relation == "support" and amap.statement("1.1").kind == Kind.SUPPORT
    assert amap.link("1.1.1", "1.1").relation == "attack" and amap.statement("1.1.1").kind == Kind.OBJECTION
    assert amap.statement("1.1.1.1").kind == Kind.REBUTTAL
    assert amap.statement("1.2").text == (
        "Later starts make it hard for parents to get to work.\nMany parents start work at eight.\n\n"
        "Buses would need new timetables."
    )
    assert amap.link("1.1.1.1", "1").relation == "support"  # "-> See" becomes a cross-link
    assert "1.3" not in amap
    assert result.skipped == []


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("1. A\n1.2.1. Pro: orphan\n", 2, "before its parent 1.2."),
        ("1. A\n1.1. Pro: B\n1.1. Con: C\n", 3, "appears twice (first on line 2)"),
        ("Hello there\n1. A\n", 1, "expected 'Discussion Title:'"),
        ("Discussion Title: nothing\n\n", 1, "no numbered claims"),
        ("1. A\n1.1. Pro: -> See 1.\n1.1.1. Con: under a link\n", 3, "only a link"),
    ],
)
def test_malformed_exports_give_the_line(text, line, reason):
    with pytest.raises(MapFileError) as info:
        parse_kialo(text, "bad.txt")
    assert info.value.place == f"line {line}"
    assert reason in info.value.reason


def test_links_that_cannot_be_made_are_reported():
    result = parse_kialo("1. A\n1.1. Pro: B\n1.2. Con: -> See 9.9.\n1.3. Pro: -> See 1.1.\n")
    notes = "\n".join(result.skipped)
    assert "link to 9.9., which is not a claim" in notes
    assert "already linked" in notes


def test_round_trip_keeps_texts_relations_and_kinds():
    original = load(ROOT / "maps" / "japan-nato-ukraine.json")
    original.connect("e5", "o4", "support")  # a second parent, written as "-> See"
    text = dumps_kialo(original)
    assert "-> See " in text
    again = parse_kialo(text).map
    by_text = {s.text: s for s in again.statements()}
    assert set(by_text) == {s.text for s in original.statements()}
    links = {(by_text[original.statement(k.source).text].id, by_text[original.statement(k.target).text].id, k.relation)
             for k in original.links()}
    assert {(k.source, k.target, k.relation) for k in again.links()} == links
    for s in original.statements():  # Kialo has no evidence: it comes back as support
        assert by_text[s.text].kind == (Kind.SUPPORT if s.kind == Kind.EVIDENCE else s.kind)


def test_texts_that_look_like_numbered_lines_stay_inside_their_claim():
    amap = ArgumentMap("Numbers")
    amap.add("claim", "Three steps:\n1. plan\n2. act", id="c")
    amap.add("support", "Discussion Title: not a title", id="s", parent="c")
    again = parse_kialo(dumps_kialo(amap)).map
    assert len(again) == 2
    assert again.statement("1").text == "Three steps:\n1. plan\n2. act"  # exactly: the writer escapes, the reader unescapes


def test_a_text_that_reads_like_a_link_stays_a_statement():
    amap = ArgumentMap("Links")
    amap.add(Kind.CLAIM, "Thesis", id="c")
    texts = ["-> See 1.", "\\-> See 1.", "\\plain", "->See 1.1"]
    for n, text in enumerate(texts):
        amap.add(Kind.SUPPORT, text, id=f"s{n}")
        amap.connect(f"s{n}", "c", "support")
    result = parse_kialo(dumps_kialo(amap))
    assert result.skipped == []
    assert [s.text for s in result.map.statements()] == ["Thesis", *texts]
    assert len(result.map.links()) == 4


CROSS = (
    "Discussion Title: Cross\n\n"
    "1. Thesis\n"
    "1.1. Con: First objection\n"
    "1.1.1. Con: -> See 1.3.1.\n"  # a link to a claim whose home comes later in the file
    "1.2. Pro: A reason\n"
    "1.3. Con: Second objection\n"
    "1.3.1. Con: The answer to both\n"
    "1.4. Pro: Another reason\n"
)


def test_export_keeps_kialo_numbers_sibling_order_and_home_parents():
    first = parse_kialo(CROSS).map
    text = dumps_kialo(first)
    assert text == CROSS  # Con before Pro where the file had it; 1.3.1 stays under 1.3, the link stays a link
    again = parse_kialo(text).map
    assert {s.id: (s.text, s.kind) for s in again.statements()} == {s.id: (s.text, s.kind) for s in first.statements()}
    assert again.statement("1.3.1").kind == Kind.REBUTTAL


def test_a_statement_under_two_parents_is_numbered_where_its_kind_belongs():
    amap = ArgumentMap("Two parents")
    amap.add(Kind.CLAIM, "Thesis", id="t")
    amap.add(Kind.SUPPORT, "Reason", id="r", parent="t")
    amap.add(Kind.OBJECTION, "Objection", id="o", parent="t", relation="attack")
    amap.add(Kind.REBUTTAL, "Answer", id="a", parent="o", relation="attack")
    amap.connect("a", "r", "attack")  # made later, but the reason comes first in the map
    again = parse_kialo(dumps_kialo(amap)).map
    answer = next(s for s in again.statements() if s.text == "Answer")
    assert answer.kind == Kind.REBUTTAL  # numbered under the objection, linked from the reason
    assert len(again.parents(answer.id)) == 2


@pytest.mark.parametrize("text", [
    "one\r2. injected", "one\r\n1.1. Pro: injected", "one\n1. injected", "one\nDiscussion Title: injected",
    "one\n\\1. a backslash and a number", "-> See 1.",
])
def test_a_text_cannot_inject_a_claim(text):
    amap = ArgumentMap("Injection")
    amap.add(Kind.CLAIM, "Thesis", id="t")
    amap.add(Kind.SUPPORT, text, id="s", parent="t")
    again = parse_kialo(dumps_kialo(amap)).map
    assert len(again) == 2
    assert again.statement("1.1").text == text.replace("\r\n", "\n").replace("\r", "\n")
