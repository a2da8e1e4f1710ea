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
)
from argmap.model.errors import DuplicateId, InvalidLink, InvalidValue, MapError, UnknownStatement
from argmap.model.events import Event
from argmap.model.kinds import DEFAULT_RELATION, KIND_ORDER, LAYOUTS, Kind, LayoutName, Relation
from argmap.model.statement import DEFAULT_SCORE, MAX_TEXT, MAX_TITLE, Link, Source, Statement, View

__all__ = [
    "DEFAULT_RELATION", "DEFAULT_SCORE", "KIND_ORDER", "LAYOUTS", "MAX_TEXT", "MAX_TITLE", "ArgumentMap", "Change",
    "DuplicateId", "EdgeAdded", "EdgeChanged", "EdgeRemoved", "Event", "InvalidLink",
    "InvalidValue", "Kind", "LayoutChanged", "LayoutName", "Link", "MapChanged", "MapError", "NodeAdded", "NodeChanged",
    "NodeRemoved", "Relation", "Removal", "Source", "Statement", "UnknownStatement", "View",
]
