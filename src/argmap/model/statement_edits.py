"""Changing a map's statements: insert, add, update, pin, remove (with every link touching it) and restore."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from dataclasses import dataclass

from argmap.model.changes import NodeAdded, NodeChanged, NodeRemoved
from argmap.model.errors import DuplicateId, InvalidValue
from argmap.model.kinds import DEFAULT_RELATION, Kind, Relation, parse_kind, parse_relation
from argmap.model.link_edits import LinkEdits
from argmap.model.statement import Link, Statement

_EDITABLE = {"kind", "text", "title", "quote", "notes", "sources", "tags", "score", "pinned", "collapsed", "comment", "question"}


@dataclass(frozen=True, slots=True)
class Removal:
    """Everything :meth:`ArgumentMap.remove` took out, so :meth:`restore` can put it back."""

    statement: Statement
    links: tuple[Link, ...]
    order: int


class StatementEdits(LinkEdits):
    """The changes of a map's statements (a part of ArgumentMap, which sets these)."""

    #: the order the next new statement gets (one past the highest given so far)
    _next_order: int

    def insert(self, statement: Statement, *, order: int | None = None) -> Statement:
        """Add a prepared statement (no links). ``order`` restores a former position."""
        if statement.id in self._graph:
            raise DuplicateId(f"a statement with id {statement.id!r} already exists")
        if order is None:
            order = self._next_order
        self._next_order = max(self._next_order, order + 1)
        self._graph.add_node(statement.id, statement=statement)
        self._order[statement.id] = order
        ordered = self._sorted
        if ordered is not None:  # kept in order, not sorted again (an edit of 50,000 statements asks for them often)
            if not ordered or order > self._order[ordered[-1]]:
                ordered.append(statement.id)
            else:  # put back at its old place (undoing a removal)
                ordered.insert(bisect_left(ordered, order, key=self._order.__getitem__), statement.id)
        self.changed.emit(NodeAdded(statement))
        return statement

    def add(
        self,
        kind: Kind | str,
        text: str,
        *,
        parent: str | None = None,
        relation: Relation | str | None = None,
        id: str | None = None,
        **fields: object,
    ) -> Statement:
        """Create a statement, optionally under ``parent`` (relation defaults by kind)."""
        kind = parse_kind(kind)
        if parent is not None:
            self._require(parent)
            # Checked before anything changes, so a refused add leaves no half-added statement.
            relation = parse_relation(relation or DEFAULT_RELATION[kind])
        statement = Statement(id=self.new_id() if id is None else id, kind=kind, text=text, **fields)  # type: ignore[arg-type]
        if statement.id in self._graph:
            raise DuplicateId(f"a statement with id {statement.id!r} already exists")
        self.insert(statement)
        if parent is not None:
            self.connect(statement.id, parent, relation)  # type: ignore[arg-type]
        return statement

    def update(self, statement_id: str, **changes: object) -> Statement:
        """Change text, title, kind, notes, sources, tags, score, pinned or collapsed."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise InvalidValue(f"cannot change {', '.join(sorted(unknown))} of a statement")
        old = self.statement(statement_id)
        new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
        if new != old:
            self._graph.nodes[statement_id]["statement"] = new
            self.changed.emit(NodeChanged(old, new))
        return new

    def pin(self, statement_id: str, x: float, y: float) -> Statement:
        return self.update(statement_id, pinned=(x, y))

    def unpin(self, statement_id: str) -> Statement:
        return self.update(statement_id, pinned=None)

    def remove(self, statement_id: str) -> Removal:
        """Remove a statement and every link touching it (links first, then the node)."""
        statement = self.statement(statement_id)
        links = [self._graph.edges[e]["link"] for e in self._graph.in_edges(statement_id)]
        links += [self._graph.edges[e]["link"] for e in self._graph.out_edges(statement_id)]
        # Undercuts of this statement's links go with them (taken out first, put back last by restore).
        hanging = [u for link in links if not link.is_undercut for u in self._undercuts_lost(link, None) if u not in links]
        undercuts = [link for link in links if link.is_undercut] + hanging
        links = [link for link in links if not link.is_undercut]
        for link in undercuts + links:
            self.disconnect(link.source, link.target)
        links += undercuts
        removal = Removal(statement, tuple(links), self._order[statement_id])
        self._graph.remove_node(statement_id)
        self._group_tables.pop(statement_id, None)
        self._free_hint.pop(statement_id, None)
        ordered = self._sorted
        if ordered is not None:
            del ordered[bisect_left(ordered, self._order[statement_id], key=self._order.__getitem__)]
        del self._order[statement_id]
        self.changed.emit(NodeRemoved(statement))
        return removal

    def restore(self, removal: Removal) -> None:
        """Undo a :meth:`remove`: the statement at its old order, with its links."""
        # Refuse before inserting anything, so a failed restore leaves the map unchanged.
        if removal.statement.id in self._graph:
            raise DuplicateId(f"a statement with id {removal.statement.id!r} already exists")
        for link in removal.links:
            for end in (link.source, link.target):
                if end != removal.statement.id:
                    self._require(end)
            if link.target != removal.statement.id:
                for name in link.group_names:
                    self._check_group_relation(link.target, name, link.relation)
        self.insert(removal.statement, order=removal.order)
        for link in removal.links:
            self.add_link(link)
