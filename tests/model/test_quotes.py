"""Quotes keep their place in a source document, find it again after edits, and say when they cannot."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap, Found, InvalidValue, Quote, SourceDocument, SourcesChanged, locate, quote_of

TEXT = "Intro line.\nJapan has cleared mines in Cambodia. Japan has cleared mines in Angola.\nEnd."


def test_a_quote_keeps_its_words_offsets_and_context() -> None:
    start = TEXT.index("Japan has cleared mines in Angola")
    q = quote_of("s1", TEXT, start, start + len("Japan has cleared mines"))
    assert q.text == "Japan has cleared mines" and q.start == start
    assert q.before.endswith("Cambodia. ") and q.after.startswith(" in Angola")
    assert locate(q, TEXT).found == Found.EXACT


def test_a_moved_quote_is_found_by_its_context_not_by_the_first_match() -> None:
    start = TEXT.index("Japan has cleared mines in Angola")
    q = quote_of("s1", TEXT, start, start + len("Japan has cleared mines"))
    edited = "A new first paragraph was added.\n" + TEXT  # both occurrences moved
    found = locate(q, edited)
    assert found.found == Found.MOVED and found.ok
    assert edited[found.start:found.end] == q.text
    assert edited[found.end:].startswith(" in Angola")  # the second occurrence, as quoted


def test_changed_and_missing_documents_are_reported() -> None:
    q = quote_of("s1", TEXT, 0, 5)
    assert locate(q, "Something else entirely.").found == Found.CHANGED
    assert locate(q, None).found == Found.MISSING and not locate(q, None).ok


def test_bad_quotes_and_sources_are_refused() -> None:
    with pytest.raises(InvalidValue):
        Quote("s1", "   ")
    with pytest.raises(InvalidValue):
        Quote("s1", "x", 5, 2)
    with pytest.raises(InvalidValue):
        quote_of("s1", TEXT, 5, 5)
    with pytest.raises(InvalidValue):
        SourceDocument("s1", " ")
    m = ArgumentMap()
    with pytest.raises(InvalidValue, match="same id"):
        m.set_sources([SourceDocument("a", "A"), SourceDocument("a", "B")])


def test_map_sources_change_with_an_event_and_statements_carry_quotes() -> None:
    m = ArgumentMap()
    seen = []
    m.changed.connect(seen.append)
    doc = SourceDocument("a", "An essay", author="Sato", date="2026")
    m.set_sources([doc])
    assert m.sources == (doc,) and m.source("a") is doc and m.source("b") is None
    assert isinstance(seen[-1], SourcesChanged)
    assert doc.citation() == "Sato (2026), An essay"
    s = m.add("evidence", "Japan has cleared mines.", id="e", quote=quote_of("a", TEXT, 12, 35))
    assert s.quote is not None and s.quote.text == TEXT[12:35]
    m.update("e", quote=None)
    assert m.statement("e").quote is None
