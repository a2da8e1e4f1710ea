"""Commands on the map's source documents and on quoting them."""

from __future__ import annotations

from argmap.gui.commands.base import MapCommand, tr
from argmap.gui.commands.recorder import Recorder
from argmap.model import ArgumentMap, Kind, Quote, SourceDocument


class SetSources(MapCommand):
    """Add, remove, edit or embed the map's source documents (one undo step)."""

    def __init__(self, amap: ArgumentMap, sources: tuple[SourceDocument, ...], text: str) -> None:
        super().__init__(amap, text)
        self.sources = sources

    def apply(self, rec: Recorder) -> None:
        rec.set_sources(self.sources)


class QuoteAsEvidence(MapCommand):
    """A new evidence statement under ``parent`` whose text is the quoted passage, the quote attached."""

    def __init__(self, amap: ArgumentMap, parent: str | None, quote: Quote) -> None:
        super().__init__(amap, tr("Quote as evidence"))
        self.parent, self.quote = parent, quote
        self.new_id: str | None = None

    def apply(self, rec: Recorder) -> None:
        if self.new_id is None:
            self.new_id = self.amap.new_id("e")
        words = " ".join(self.quote.text.split())
        kind = Kind.EVIDENCE if self.parent is not None else Kind.CLAIM
        rec.add(kind, words, parent=self.parent, id=self.new_id, quote=self.quote)
