"""Commands on links: connect, disconnect, flip the relation, move under another parent, group,
undercut an inference, rephrase, share a premise with another linked reason."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.gui.commands.base import MapCommand, tr
from argmap.gui.commands.recorder import Recorder
from argmap.model import DEFAULT_RELATION, ArgumentMap, Kind, Link, Relation


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
                if link.relation == Relation.REPHRASE or link.is_undercut:  # no support/attack to flip
                    continue
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


class Undercut(MapCommand):
    """``source`` attacks the inference from ``onto`` (a premise) or ``onto_group`` (a linked reason) to ``target``.

    An existing link from ``source`` to ``target`` becomes that undercut; a statement whose kind
    argues for its parent becomes an objection.
    """

    def __init__(self, amap: ArgumentMap, source: str, target: str, *, onto: str | None = None, onto_group: str | None = None) -> None:
        super().__init__(amap, tr("Undercut an inference"))
        self.source, self.target, self.onto, self.onto_group = source, target, onto, onto_group

    def apply(self, rec: Recorder) -> None:
        if self.amap.has_link(self.source, self.target):
            rec.update_link(
                self.source, self.target, relation=Relation.ATTACK, group=None, scheme=None, onto=self.onto, onto_group=self.onto_group
            )
        else:
            rec.add_link(Link(self.source, self.target, Relation.ATTACK, onto=self.onto, onto_group=self.onto_group))
        kind = self.amap.statement(self.source).kind
        if kind != Kind.CLAIM and DEFAULT_RELATION[kind] != Relation.ATTACK:
            rec.update(self.source, kind=Kind.OBJECTION)


class Rephrase(MapCommand):
    """``source`` restates ``target`` in other words (an existing link between them becomes the rephrase)."""

    def __init__(self, amap: ArgumentMap, source: str, target: str) -> None:
        super().__init__(amap, tr("Rephrase"))
        self.source, self.target = source, target

    def apply(self, rec: Recorder) -> None:
        if self.amap.has_link(self.source, self.target):
            rec.update_link(self.source, self.target, relation=Relation.REPHRASE, group=None, scheme=None, onto=None, onto_group=None)
        else:
            rec.add_link(Link(self.source, self.target, Relation.REPHRASE))


class SharePremise(MapCommand):
    """``source`` becomes a premise of the linked reason ``name`` into ``target`` as well."""

    def __init__(self, amap: ArgumentMap, source: str, target: str, name: str) -> None:
        super().__init__(amap, tr("Share premise with linked reason"))
        self.source, self.target, self.name = source, target, name

    def apply(self, rec: Recorder) -> None:
        rec.share(self.source, self.target, self.name)


def undercut_targets(amap: ArgumentMap, source: str) -> list[tuple[str, str | None, str | None]]:
    """The inferences ``source`` could undercut: (target, premise, None) for a plain support or attack,
    (target, None, group) for a linked reason; not its own links, not undercuts, not rephrases."""
    found: list[tuple[str, str | None, str | None]] = []
    for link in amap.links():
        if link.relation == Relation.REPHRASE or link.is_undercut or source in (link.source, link.target):
            continue
        if link.group is None:
            found.append((link.target, link.source, None))
    for target in dict.fromkeys(link.target for link in amap.links() if link.group is not None):
        if target != source:
            for name, members in amap.groups(target).items():
                if source not in members:
                    found.append((target, None, name))
    return found


def share_choices(amap: ArgumentMap, source: str) -> list[tuple[str, str]]:
    """(target, group) of the linked reasons ``source`` could also be a premise of: into a statement it
    already argues for or against the same way, and not already holding it."""
    found = []
    for target in amap.parents(source):
        link = amap.link(source, target)
        if link.relation == Relation.REPHRASE or link.is_undercut:
            continue
        for name, members in amap.groups(target).items():
            if source not in members and amap.link(members[0], target).relation == link.relation:
                found.append((target, name))
    return found


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
