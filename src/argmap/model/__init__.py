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
)
from argmap.model.errors import DuplicateId, InvalidLink, InvalidValue, MapError, UnknownStatement
from argmap.model.events import Event
from argmap.model.kinds import DEFAULT_RELATION, KIND_ORDER, LAYOUTS, SEMANTICS_NAMES, Kind, LayoutName, Relation, SemanticsName
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
    "InvalidLink",
    "InvalidValue",
    "Kind",
    "LayoutChanged",
    "LayoutName",
    "Link",
    "MapChanged",
    "MapError",
    "NodeAdded",
    "NodeChanged",
    "NodeRemoved",
    "Relation",
    "Removal",
    "SemanticsChanged",
    "SemanticsName",
    "Source",
    "Statement",
    "UnknownStatement",
    "View",
]
