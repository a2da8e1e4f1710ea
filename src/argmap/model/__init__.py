"""The argument-map model: pure Python and NetworkX, no Qt."""

from argmap.model.argument_map import ArgumentMap, Removal
from argmap.model.changes import (
    Change,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    LayoutChanged,
    MapChanged,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    SemanticsChanged,
    SourcesChanged,
)
from argmap.model.errors import DuplicateId, InvalidLink, InvalidValue, MapError, UnknownStatement
from argmap.model.events import Event
from argmap.model.kinds import DEFAULT_RELATION, KIND_ORDER, LAYOUTS, SEMANTICS_NAMES, Kind, LayoutName, Relation, SemanticsName
from argmap.model.quotes import Found, Location, Quote, SourceDocument, locate, quote_of
from argmap.model.statement import DEFAULT_SCORE, MAX_TEXT, MAX_TITLE, Link, Source, Statement, View

__all__ = [
    "DEFAULT_RELATION",
    "DEFAULT_SCORE",
    "KIND_ORDER",
    "LAYOUTS",
    "MAX_TEXT",
    "MAX_TITLE",
    "SEMANTICS_NAMES",
    "ArgumentMap",
    "Change",
    "DuplicateId",
    "EdgeAdded",
    "EdgeChanged",
    "EdgeRemoved",
    "Event",
    "Found",
    "InvalidLink",
    "InvalidValue",
    "Kind",
    "LayoutChanged",
    "LayoutName",
    "Link",
    "Location",
    "MapChanged",
    "MapError",
    "NodeAdded",
    "NodeChanged",
    "NodeRemoved",
    "Quote",
    "Relation",
    "Removal",
    "SemanticsChanged",
    "SemanticsName",
    "Source",
    "SourceDocument",
    "SourcesChanged",
    "Statement",
    "UnknownStatement",
    "View",
    "locate",
    "quote_of",
]
