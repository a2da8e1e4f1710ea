"""The vocabulary of a map: kinds of statement and kinds of relation."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, TypeAlias

from argmap.model.errors import InvalidValue


class Kind(StrEnum):
    """What role a statement plays in the map."""

    CLAIM = "claim"
    SUPPORT = "support"
    OBJECTION = "objection"
    REBUTTAL = "rebuttal"
    EVIDENCE = "evidence"


class Relation(StrEnum):
    """How a child statement bears on its parent.

    An attack link with ``onto`` or ``onto_group`` set is an *undercut*: it attacks the
    inference from a reason to the target, not the target itself. A rephrase restates its
    target in other words (AIF's MA nodes): it has no force in the evaluation.
    """

    SUPPORT = "support"
    ATTACK = "attack"
    REPHRASE = "rephrase"


#: The relation a new child of each kind gets when none is given.
DEFAULT_RELATION: dict[Kind, Relation] = {
    Kind.CLAIM: Relation.SUPPORT,
    Kind.SUPPORT: Relation.SUPPORT,
    Kind.EVIDENCE: Relation.SUPPORT,
    Kind.OBJECTION: Relation.ATTACK,
    Kind.REBUTTAL: Relation.ATTACK,
}

#: Order of children under one parent: supports, objections and rebuttals, evidence.
KIND_ORDER: dict[Kind, int] = {
    Kind.CLAIM: 0,
    Kind.SUPPORT: 0,
    Kind.OBJECTION: 1,
    Kind.REBUTTAL: 1,
    Kind.EVIDENCE: 2,
}


def parse_kind(value: object) -> Kind:
    """``value`` as a :class:`Kind`, or :class:`InvalidValue` naming the choices."""
    if isinstance(value, str):
        try:
            return Kind(value)
        except ValueError:
            pass
    raise InvalidValue(f"{value!r} is not a kind of statement (use {', '.join(Kind)})")


def parse_relation(value: object) -> Relation:
    """``value`` as a :class:`Relation`, or :class:`InvalidValue` naming the choices."""
    if isinstance(value, str):
        try:
            return Relation(value)
        except ValueError:
            pass
    raise InvalidValue(f"{value!r} is not a relation (use {' or '.join(Relation)})")


#: How a map is arranged: "tree" (each statement's replies side by side under it) or
#: "columns" (replies hang below their statement, the main claim's replies in columns: fits a slide).
LayoutName: TypeAlias = Literal["tree", "columns"]
LAYOUTS: tuple[LayoutName, ...] = ("tree", "columns")


#: How strengths are worked out (argmap.evaluation.semantics explains each); saved with the map.
SemanticsName: TypeAlias = Literal["dfquad", "quadratic-energy", "euler"]
SEMANTICS_NAMES: tuple[SemanticsName, ...] = ("dfquad", "quadratic-energy", "euler")


def parse_semantics(value: object) -> SemanticsName:
    """``value`` as a semantics name, or :class:`InvalidValue` naming the choices."""
    for name in SEMANTICS_NAMES:
        if value == name:
            return name
    raise InvalidValue(f"unknown semantics {value!r}: choose {', '.join(SEMANTICS_NAMES)}")


def parse_layout(value: object) -> LayoutName:
    """``value`` as a layout name, or :class:`InvalidValue` naming the choices."""
    for name in LAYOUTS:
        if value == name:
            return name
    raise InvalidValue(f"unknown layout {value!r}: choose {' or '.join(LAYOUTS)}")
