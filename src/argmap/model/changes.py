"""The change events a map emits: small, specific, enough for a view to mirror it."""

from __future__ import annotations

from dataclasses import dataclass

from argmap.model.statement import Link, Statement


@dataclass(frozen=True, slots=True)
class NodeAdded:
    statement: Statement


@dataclass(frozen=True, slots=True)
class NodeRemoved:
    statement: Statement


@dataclass(frozen=True, slots=True)
class NodeChanged:
    old: Statement
    new: Statement


@dataclass(frozen=True, slots=True)
class EdgeAdded:
    link: Link


@dataclass(frozen=True, slots=True)
class EdgeRemoved:
    link: Link


@dataclass(frozen=True, slots=True)
class EdgeChanged:
    old: Link
    new: Link


@dataclass(frozen=True, slots=True)
class MapChanged:
    """Title or description changed."""

    title: str
    description: str


@dataclass(frozen=True, slots=True)
class LayoutChanged:
    """The map's arrangement changed ("tree" or "columns")."""

    layout: str


@dataclass(frozen=True, slots=True)
class SemanticsChanged:
    """How the map's strengths are worked out changed ("dfquad", "quadratic-energy" or "euler")."""

    semantics: str


@dataclass(frozen=True, slots=True)
class SourcesChanged:
    """The map's source documents changed (added, removed, edited, embedded)."""

    sources: tuple


Change = (
    NodeAdded | NodeRemoved | NodeChanged | EdgeAdded | EdgeRemoved | EdgeChanged | MapChanged | LayoutChanged | SemanticsChanged
    | SourcesChanged
)
