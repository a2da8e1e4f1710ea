"""Commands on links: connect, disconnect, flip the relation, move under another parent, group."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.gui.commands.base import MapCommand, tr
from argmap.gui.commands.recorder import Recorder
from argmap.model import DEFAULT_RELATION, ArgumentMap, Kind, Relation


class Connect(MapCommand):
    """``source`` supports or attacks ``target``."""

    def __init__(self, amap: ArgumentMap, source: str, target: str, relation: Relation | str) -> None:
        super().__init__(amap, tr("Connect"))
        self.source, self.target, self.relation = source, target, Relation(relation)

    def apply(self, rec: Recorder) -> None:
        rec.connect(self.source, self.target, self.relation)


class Disconnect(MapCommand):
    """Remove links, given as (source, target) pairs."""

    def __init__(self, amap: ArgumentMap, pairs: Iterable[tuple[str, str]]) -> None:
        super().__init__(amap, tr("Disconnect"))
        self.pairs = list(dict.fromkeys(pairs))

    def apply(self, rec: Recorder) -> None:
        for source, target in self.pairs:
            rec.disconnect(source, target)


class FlipRelation(MapCommand):
    """Turn the links from statements to their parents from support to attack or back.

    The kind follows when it no longer fits (a support that now attacks becomes an
    objection); a flipped link leaves its linked reason.
    """

    def __init__(self, amap: ArgumentMap, ids: Sequence[str]) -> None:
        super().__init__(amap, tr("Change relation"))
        self.ids = list(ids)

    def apply(self, rec: Recorder) -> None:
        for statement_id in self.ids:
            new_relation = None
            for parent in self.amap.parents(statement_id):
                link = self.amap.link(statement_id, parent)
                new_relation = Relation.ATTACK if link.relation == Relation.SUPPORT else Relation.SUPPORT
                rec.update_link(statement_id, parent, relation=new_relation, group=None)
            kind = self.amap.statement(statement_id).kind
            if new_relation is not None and kind != Kind.CLAIM and DEFAULT_RELATION[kind] != new_relation:
                rec.update(statement_id, kind=Kind.SUPPORT if new_relation == Relation.SUPPORT else Kind.OBJECTION)


class Reparent(MapCommand):
    """Put a statement under another parent (its link to its first parent goes)."""

    def __init__(self, amap: ArgumentMap, statement_id: str, new_parent: str,
                 relation: Relation | str | None = None) -> None:
        super().__init__(amap, tr("Move under another statement"))
        self.statement_id, self.new_parent = statement_id, new_parent
        self.relation = Relation(relation) if relation is not None else None

    def apply(self, rec: Recorder) -> None:
        rec.move(self.statement_id, self.new_parent, self.relation)


class Group(MapCommand):
    """Make co-premises of one linked reason: statements with the same parent and relation."""

    def __init__(self, amap: ArgumentMap, target: str, sources: Sequence[str]) -> None:
        super().__init__(amap, tr("Group co-premises"))
        self.target, self.sources = target, list(sources)
        self.name: str | None = None

    def apply(self, rec: Recorder) -> None:
        # Members leave any reason they were part of, then form a new one (same name on redo).
        for source in self.sources:
            rec.update_link(source, self.target, group=None)
        self.name = rec.group(self.target, self.sources, self.name)


class Ungroup(MapCommand):
    """Split linked reasons back into separate reasons."""

    def __init__(self, amap: ArgumentMap, groups: Iterable[tuple[str, str]]) -> None:
        super().__init__(amap, tr("Ungroup co-premises"))
        self.groups = list(dict.fromkeys(groups))  # (target, group name)

    def apply(self, rec: Recorder) -> None:
        for target, name in self.groups:
            rec.ungroup(target, name)


def shared_parent(amap: ArgumentMap, ids: Sequence[str]) -> tuple[str, Relation] | None:
    """The parent and relation that all ``ids`` share, if they can form one linked reason."""
    if len(ids) < 2:
        return None
    common = set(amap.parents(ids[0]))
    for statement_id in ids[1:]:
        common &= set(amap.parents(statement_id))
    for parent in sorted(common, key=amap.order_of):
        relations = {amap.link(i, parent).relation for i in ids}
        if len(relations) == 1:
            return parent, relations.pop()
    return None


def groups_of(amap: ArgumentMap, ids: Iterable[str]) -> list[tuple[str, str]]:
    """(target, group name) of every linked reason one of ``ids`` belongs to."""
    found: list[tuple[str, str]] = []
    for statement_id in ids:
        for parent in amap.parents(statement_id):
            group = amap.link(statement_id, parent).group
            if group is not None:
                found.append((parent, group))
    return list(dict.fromkeys(found))
