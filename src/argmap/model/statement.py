"""Immutable values stored in the map: statements, their sources, and links."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from argmap.model.errors import InvalidValue
from argmap.model.kinds import Kind, Relation

#: Longest statement text, notes or title accepted (characters); larger is surely a mistake.
MAX_TEXT = 20_000
DEFAULT_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Source:
    """A reference backing a statement."""

    title: str
    url: str | None = None

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise InvalidValue("a source needs a title")


@dataclass(frozen=True, slots=True)
class Statement:
    """One box of the map. Change it with ``dataclasses.replace`` via the map."""

    id: str
    kind: Kind
    text: str
    notes: str = ""
    sources: tuple[Source, ...] = ()
    tags: tuple[str, ...] = ()
    score: float = DEFAULT_SCORE
    pinned: tuple[float, float] | None = None
    collapsed: bool = False

    def __post_init__(self) -> None:
        check_id(self.id)
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "sources", tuple(self.sources))
        object.__setattr__(self, "tags", tuple(self.tags))
        for name in ("text", "notes"):
            if len(getattr(self, name)) > MAX_TEXT:
                raise InvalidValue(f"statement {self.id!r}: {name} is longer than {MAX_TEXT} characters")
        if not (isinstance(self.score, int | float) and 0.0 <= self.score <= 1.0):
            raise InvalidValue(f"statement {self.id!r}: score {self.score!r} is not between 0 and 1")
        for tag in self.tags:
            if not tag.strip() or len(tag) > 100:
                raise InvalidValue(f"statement {self.id!r}: tag {tag!r} is empty or too long")
        if len(set(self.tags)) != len(self.tags):
            raise InvalidValue(f"statement {self.id!r}: tags repeat")
        if self.pinned is not None:
            x, y = self.pinned
            if not (math.isfinite(x) and math.isfinite(y)):
                raise InvalidValue(f"statement {self.id!r}: pinned position must be finite")
            object.__setattr__(self, "pinned", (float(x), float(y)))


@dataclass(frozen=True, slots=True)
class Link:
    """An edge from a child statement (source) to the parent it bears on (target)."""

    source: str
    target: str
    relation: Relation
    group: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "relation", Relation(self.relation))
        if self.group is not None and not self.group.strip():
            raise InvalidValue("a group name cannot be blank")

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)


@dataclass(frozen=True, slots=True)
class View:
    """Where the user was looking when the map was saved."""

    zoom: float = 1.0
    center: tuple[float, float] = field(default=(0.0, 0.0))


def check_id(value: str) -> None:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise InvalidValue(f"statement id {value!r} must be a non-blank string of at most 200 characters")
