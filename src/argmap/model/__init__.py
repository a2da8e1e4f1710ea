"""The argument-map model: pure Python and NetworkX, no Qt."""

from typing import TYPE_CHECKING

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
from argmap.model.statement import DEFAULT_SCORE, MAX_TEXT, Link, Source, Statement, View

if TYPE_CHECKING:  # what __getattr__ below loads at run time, named here so that mypy sees the class
    from argmap.model.argument_map import ArgumentMap, Removal


def __getattr__(name: str) -> object:
    # ArgumentMap pulls in NetworkX (~0.2 s); load it only when asked, so `argmap validate` starts fast.
    if name in ("ArgumentMap", "Removal"):
        from argmap.model import argument_map

        return getattr(argument_map, name)
    raise AttributeError(f"module 'argmap.model' has no attribute {name!r}")


__all__ = [
    "DEFAULT_RELATION", "DEFAULT_SCORE", "KIND_ORDER", "LAYOUTS", "MAX_TEXT", "ArgumentMap", "Change",
    "DuplicateId", "EdgeAdded", "EdgeChanged", "EdgeRemoved", "Event", "InvalidLink",
    "InvalidValue", "Kind", "LayoutChanged", "LayoutName", "Link", "MapChanged", "MapError", "NodeAdded", "NodeChanged",
    "NodeRemoved", "Relation", "Removal", "Source", "Statement", "UnknownStatement", "View",
]
