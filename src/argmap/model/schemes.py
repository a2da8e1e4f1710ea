"""Argument schemes: the catalogue shipped in ``resources/schemes.json`` and what a map makes of it.

A reason (a support link, or every link of a linked reason) can be marked as an instance of
a scheme (:attr:`Link.scheme`). Each critical question of that scheme is then an open prompt
until a statement attacking one of the reason's premises raises it (:attr:`Statement.question`
is the question's key, ``"scheme/question"``).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.model.kinds import Relation
from argmap.package_files import resource

if TYPE_CHECKING:
    from argmap.model.argument_map import ArgumentMap


@dataclass(frozen=True, slots=True)
class Premise:
    role: str
    text: str


@dataclass(frozen=True, slots=True)
class CriticalQuestion:
    scheme: str
    id: str
    text: str

    @property
    def key(self) -> str:
        """What :attr:`Statement.question` holds for a statement that raises this question."""
        return f"{self.scheme}/{self.id}"


@dataclass(frozen=True, slots=True)
class Scheme:
    id: str
    name: str
    aif: str  # the scheme's name in AIF / AIFdb
    premises: tuple[Premise, ...]
    conclusion: str
    questions: tuple[CriticalQuestion, ...]
    reference: str


@functools.cache
def catalogue() -> dict[str, Scheme]:
    """Every scheme of the shipped catalogue, by id, in the catalogue's order."""
    raw = json.loads(resource("schemes.json").read_text(encoding="utf-8"))
    found: dict[str, Scheme] = {}
    for entry in raw["schemes"]:
        sid = entry["id"]
        found[sid] = Scheme(
            sid, entry["name"], entry["aif"],
            tuple(Premise(p["role"], p["text"]) for p in entry["premises"]),
            entry["conclusion"],
            tuple(CriticalQuestion(sid, q["id"], q["text"]) for q in entry["critical_questions"]),
            entry["reference"],
        )
    return found


def _plain(name: str) -> str:
    name = " ".join(name.lower().replace("_", " ").replace("-", " ").split())
    for prefix in ("argument from ", "argument "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


def find_scheme(name: str | None) -> Scheme | None:
    """The catalogue's scheme with this id, name or AIF name (any case; "Argument from" optional), or None."""
    if not name:
        return None
    schemes = catalogue()
    if name in schemes:
        return schemes[name]
    wanted = _plain(name)
    for scheme in schemes.values():
        if wanted in (_plain(scheme.id), _plain(scheme.name), _plain(scheme.aif)):
            return scheme
    return None


def question_for(key: str) -> CriticalQuestion | None:
    scheme_id, _, question_id = key.partition("/")
    scheme = catalogue().get(scheme_id)
    return next((q for q in scheme.questions if q.id == question_id), None) if scheme else None


@dataclass(frozen=True, slots=True)
class Reason:
    """A support marked as a scheme's instance: its premise(s), what it supports, the scheme."""

    premises: tuple[str, ...]
    target: str
    scheme: str  # the link's scheme name as stored (a catalogue id, or a foreign name)


def reasons(amap: ArgumentMap) -> list[Reason]:
    """Every reason marked with a scheme, in map order (a linked reason once, with all its premises)."""
    found: list[Reason] = []
    seen: set[tuple[str, str | None, str]] = set()
    for link in amap.links():
        if link.scheme is None or link.relation != Relation.SUPPORT:
            continue
        key = (link.target, link.group, link.source if link.group is None else "")
        if key in seen:
            continue
        seen.add(key)
        premises = amap.groups(link.target).get(link.group, [link.source]) if link.group else [link.source]
        found.append(Reason(tuple(premises), link.target, link.scheme))
    return found


def reason_of(amap: ArgumentMap, statement_id: str) -> Reason | None:
    """The marked reason ``statement_id`` is a premise of (its first parent's link), or None."""
    parents = amap.parents(statement_id)
    if not parents:
        return None
    link = amap.link(statement_id, parents[0])
    if link.scheme is None:
        return None
    premises = amap.groups(link.target).get(link.group, [statement_id]) if link.group else [statement_id]
    return Reason(tuple(premises), link.target, link.scheme)


def raised(amap: ArgumentMap, reason: Reason) -> set[str]:
    """The critical questions (keys) raised by statements attacking the reason's premises or undercutting
    its inference (an undercut of a premise's own reasons raises nothing here: it attacks another inference)."""
    attackers = [amap.link(c, p) for p in reason.premises for c in amap.children(p, Relation.ATTACK)]
    if len(reason.premises) == 1:
        cuts = amap.undercuts(reason.target, onto=reason.premises[0])
    else:
        link = amap.link(reason.premises[0], reason.target)
        cuts = [u for name in link.group_names if set(amap.groups(reason.target).get(name, ())) == set(reason.premises)
                for u in amap.undercuts(reason.target, onto_group=name)]
    return {amap.statement(lk.source).question for lk in [*attackers, *cuts]
            if not (lk.is_undercut and lk.target in reason.premises) and amap.statement(lk.source).question}


def open_questions(amap: ArgumentMap, reason: Reason) -> list[CriticalQuestion]:
    """The scheme's critical questions that nothing in the map raises yet (none for an unknown scheme)."""
    scheme = find_scheme(reason.scheme)
    if scheme is None:
        return []
    done = raised(amap, reason)
    return [q for q in scheme.questions if q.key not in done]
