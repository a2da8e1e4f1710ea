"""Source documents and the quotes that anchor statements in them (schema version 2).

A :class:`SourceDocument` is an article or report the map draws on: its metadata, where
its file is (a path relative to the map file), and optionally its text embedded in the
map so that the two travel together. A :class:`Quote` is the passage a statement (usually
evidence) cites: the quoted words, where they were (character offsets in the document's
text) and a little context either side, so that :func:`locate` can find them again when
the document has been edited, and say so when it cannot.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from argmap.model.errors import InvalidValue
from argmap.model.statement import MAX_SOURCE_TEXT, MAX_TEXT, check_text

#: Longest text a map may embed for one document (characters): a long report, not a book collection.
MAX_EMBEDDED = 2_000_000
#: Characters of context kept before and after a quote to find it again.
CONTEXT = 40


def digest(text: str) -> str:
    """A short fingerprint of a document's text: a changed document has another one."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An article or report the map quotes from."""

    id: str
    title: str
    author: str = ""
    date: str = ""  # as the source gives it: "2024-03-01", "March 2024"
    url: str = ""
    path: str = ""  # the file, relative to the map file's folder ("" when only embedded or only on the web)
    text: str = ""  # the document's text embedded in the map ("" when not embedded)
    digest: str = ""  # fingerprint of the text the quotes were taken from

    def __post_init__(self) -> None:
        owner = f"source {self.id!r}"
        if not isinstance(self.id, str) or not self.id.strip() or len(self.id) > 200:
            raise InvalidValue(f"source id {self.id!r} must be a non-blank string of at most 200 characters")
        for name in ("title", "author", "date", "url", "path", "digest"):
            check_text(owner, name, getattr(self, name), MAX_SOURCE_TEXT)
        if not self.title.strip():
            raise InvalidValue(f"{owner}: a source needs a title")
        check_text(owner, "text", self.text, MAX_EMBEDDED)

    def citation(self) -> str:
        """Author, date and title as a debater cites them: "Sato (2024), Why Japan should …"."""
        who = self.author.strip()
        when = f" ({self.date.strip()})" if self.date.strip() else ""
        head = f"{who}{when}, " if who else (f"{self.date.strip()}, " if self.date.strip() else "")
        return head + self.title.strip()


@dataclass(frozen=True, slots=True)
class Quote:
    """A passage of a source document that a statement cites."""

    source: str  # the SourceDocument's id
    text: str
    start: int = 0  # offsets in the document's text when quoted
    end: int = 0
    before: str = ""  # up to CONTEXT characters just before the passage
    after: str = ""  # and just after it

    def __post_init__(self) -> None:
        owner = f"quote from {self.source!r}"
        check_text(owner, "text", self.text, MAX_TEXT)
        if not self.text.strip():
            raise InvalidValue(f"{owner}: the quoted text is empty")
        for name in ("before", "after"):
            check_text(owner, name, getattr(self, name), 4 * CONTEXT)
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InvalidValue(f"{owner}: {name} must be a whole number of at least 0, not {value!r}")
        if self.end < self.start:
            raise InvalidValue(f"{owner}: end {self.end} is before start {self.start}")


def quote_of(source: str, text: str, start: int, end: int) -> Quote:
    """The quote of ``text[start:end]`` from the document ``source``, with its context."""
    if not 0 <= start < end <= len(text):
        raise InvalidValue(f"no passage between characters {start} and {end} of the document")
    return Quote(source, text[start:end], start, end, text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


class Found(StrEnum):
    EXACT = "exact"  # where it was
    MOVED = "moved"  # the same words elsewhere (the document was edited around them)
    CHANGED = "changed"  # the words are no longer in the document
    MISSING = "missing"  # the document itself cannot be read


@dataclass(frozen=True, slots=True)
class Location:
    found: Found
    start: int = 0
    end: int = 0

    @property
    def ok(self) -> bool:
        return self.found in (Found.EXACT, Found.MOVED)


def locate(quote: Quote, text: str | None) -> Location:
    """Where ``quote`` is in ``text`` now (None: the document is missing).

    The recorded offsets first; else every place the words occur, the one whose context
    matches best (then the nearest to the old place); else the passage is reported changed.
    """
    if text is None:
        return Location(Found.MISSING)
    words = quote.text
    if text[quote.start:quote.end] == words:
        return Location(Found.EXACT, quote.start, quote.end)
    places: list[int] = []
    at = text.find(words)
    while at >= 0 and len(places) < 1000:
        places.append(at)
        at = text.find(words, at + 1)
    if not places:
        return Location(Found.CHANGED)

    def score(at: int) -> tuple[int, int]:
        before = _common_suffix(text[max(0, at - CONTEXT):at], quote.before)
        after = _common_prefix(text[at + len(words):at + len(words) + CONTEXT], quote.after)
        return (-(before + after), abs(at - quote.start))

    best = min(places, key=score)
    return Location(Found.MOVED, best, best + len(words))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
