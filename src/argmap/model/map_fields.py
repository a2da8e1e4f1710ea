"""The map's own fields: title, description, layout, semantics and the source documents it quotes from."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.model.changes import Change, LayoutChanged, MapChanged, SemanticsChanged, SourcesChanged
from argmap.model.errors import InvalidValue
from argmap.model.events import Event
from argmap.model.kinds import LayoutName, SemanticsName, parse_layout, parse_semantics
from argmap.model.quotes import SourceDocument
from argmap.model.statement import check_text


class MapFields:
    """The fields of a map as a whole, each set with a check and an event (a part of ArgumentMap, which sets these)."""

    _title: str
    _description: str
    _layout: LayoutName
    _semantics: SemanticsName
    _sources: tuple[SourceDocument, ...]
    changed: Event[Change]

    @property
    def title(self) -> str:
        return self._title

    @property
    def description(self) -> str:
        return self._description

    def set_title(self, title: str, description: str | None = None) -> None:
        check_title(title, description)
        self._title = title
        if description is not None:
            self._description = description
        self.changed.emit(MapChanged(self._title, self._description))

    @property
    def layout(self) -> LayoutName:
        """How the map is arranged: "tree" or "columns" (see ``LAYOUTS``); saved with the map."""
        return self._layout

    def set_layout(self, layout: str) -> None:
        name = parse_layout(layout)
        if name != self._layout:
            self._layout = name
            self.changed.emit(LayoutChanged(name))

    @property
    def semantics(self) -> SemanticsName:
        """How strengths are worked out: "dfquad" (the default), "quadratic-energy" or "euler"; saved with the map."""
        return self._semantics

    def set_semantics(self, semantics: str) -> None:
        name = parse_semantics(semantics)
        if name != self._semantics:
            self._semantics = name
            self.changed.emit(SemanticsChanged(name))

    @property
    def sources(self) -> tuple[SourceDocument, ...]:
        """The documents the map quotes from (articles, reports), in the order they were added."""
        return self._sources

    def source(self, source_id: str) -> SourceDocument | None:
        return next((d for d in self._sources if d.id == source_id), None)

    def set_sources(self, sources: Iterable[SourceDocument]) -> None:
        """Replace the map's source documents (ids must be unique); quotes keep their source ids."""
        new = tuple(sources)
        for d in new:
            if not isinstance(d, SourceDocument):
                raise InvalidValue(f"a map's source must be a SourceDocument, not {type(d).__name__}")
        if len({d.id for d in new}) != len(new):
            raise InvalidValue("two sources of the map have the same id")
        if new != self._sources:
            self._sources = new
            self.changed.emit(SourcesChanged(new))


def check_title(title: object, description: object) -> None:
    """Refuse a map title or description that is not plain text of an allowed length."""
    check_text("map", "title", title)
    if description is not None:
        check_text("map", "description", description)
