"""Changing a map's links: connect, disconnect, change a link's relation or groups, and move a statement.

Each change is checked against the rules of linked reasons and undercuts (:mod:`~argmap.model.link_rules`)
before anything changes, keeps their tables up to date, and emits one event on ``map.changed``.
"""

from __future__ import annotations

import dataclasses

from argmap.model.changes import Change, EdgeAdded, EdgeChanged, EdgeRemoved
from argmap.model.errors import InvalidLink, InvalidValue
from argmap.model.events import Event
from argmap.model.kinds import DEFAULT_RELATION, Relation, parse_relation
from argmap.model.link_rules import refuse_lost
from argmap.model.map_queries import MapQueries
from argmap.model.statement import Link

_LINK_FIELDS = {"relation", "group", "scheme", "also_in", "onto", "onto_group"}


class LinkEdits(MapQueries):
    """The changes of a map's links (a part of ArgumentMap, which sets these)."""

    changed: Event[Change]

    def connect(
        self, source: str, target: str, relation: Relation | str, group: str | None = None
    ) -> Link:
        """Link ``source`` to the ``target`` it supports or attacks."""
        return self.add_link(Link(source, target, relation, group))  # type: ignore[arg-type]

    def add_link(self, link: Link) -> Link:
        self._require(link.source)
        self._require(link.target)
        if link.source == link.target:
            raise InvalidLink(f"statement {link.source!r} cannot support or attack itself")
        if self._graph.has_edge(link.source, link.target):
            raise InvalidLink(f"{link.source!r} is already linked to {link.target!r}")
        for name in link.group_names:
            self._check_group_relation(link.target, name, link.relation)
        if link.is_undercut:
            self._check_undercut(link)
        self._graph.add_edge(link.source, link.target, link=link)
        self._count_in_group(link, +1)
        self._count_undercut(link, +1)
        self.changed.emit(EdgeAdded(link))
        return link

    def disconnect(self, source: str, target: str) -> Link:
        link = self.link(source, target)
        lost = self._undercuts_lost(link, None)
        refuse_lost(lost, "this link", "remove or move")
        self._graph.remove_edge(source, target)
        self._count_in_group(link, -1)
        self._count_undercut(link, -1)
        self.changed.emit(EdgeRemoved(link))
        return link

    def update_link(self, source: str, target: str, **changes: object) -> Link:
        """Change a link's relation, group, further groups, scheme or undercut target."""
        unknown = set(changes) - _LINK_FIELDS
        if unknown:
            raise InvalidValue(f"cannot change {', '.join(sorted(unknown))} of a link")
        old = self.link(source, target)
        if changes.get("group", old.group) is None and "also_in" not in changes:
            changes["also_in"] = ()  # leaving its linked reason takes a premise out of the shared ones too
        new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
        if new == old:
            return old
        for name in new.group_names:
            self._check_group_relation(target, name, new.relation, ignore=source)
        lost = self._undercuts_lost(old, new)
        refuse_lost(lost, "this inference", "remove")
        if new.is_undercut:
            self._check_undercut(new)
        self._graph.edges[source, target]["link"] = new
        self._count_in_group(old, -1)
        self._count_in_group(new, +1)
        self._count_undercut(old, -1)
        self._count_undercut(new, +1)
        self.changed.emit(EdgeChanged(old, new))
        return new

    def move(self, statement_id: str, new_parent: str, relation: Relation | str | None = None) -> Link:
        """Put a statement under another parent, dropping its link to its first parent."""
        self._require(new_parent)
        if relation is not None:
            relation = parse_relation(relation)  # before the old link is dropped
        if new_parent == statement_id or new_parent in self.descendants(statement_id):
            raise InvalidLink(f"cannot move {statement_id!r} under itself or its own descendant")
        if self._graph.has_edge(statement_id, new_parent):
            raise InvalidLink(f"{statement_id!r} is already under {new_parent!r}")
        parents = self.parents(statement_id)
        old = self.disconnect(statement_id, parents[0]) if parents else None
        if relation is None:
            relation = old.relation if old else DEFAULT_RELATION[self.statement(statement_id).kind]
        return self.connect(statement_id, new_parent, relation)
