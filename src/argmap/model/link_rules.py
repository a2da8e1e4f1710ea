"""The rules of linked reasons and undercuts that :class:`~argmap.model.argument_map.ArgumentMap` keeps.

A linked reason's members share one relation; an undercut attacks an inference that exists (a plain
link, or a linked reason); a change that would leave an undercut pointing at nothing is refused. The
map keeps two small tables for these checks, so that each is O(1) rather than a scan of every link
into the target: the linked groups into each target (made when first asked, kept up to date by every
link change) and how many undercuts point into each target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.model.errors import InvalidLink
from argmap.model.kinds import Relation
from argmap.model.statement import Link

if TYPE_CHECKING:
    import networkx as nx


class LinkRules:
    """The map's checks and tables of linked reasons and undercuts (a part of ArgumentMap, which sets these)."""

    _graph: nx.DiGraph
    #: target -> group -> [relation, number of members]
    _group_tables: dict[str, dict[str, list]]
    #: target -> n such that g1 .. g(n-1) are all taken (where group() starts looking for a free name)
    _free_hint: dict[str, int]
    #: target -> how many undercuts point into it
    _undercut_counts: dict[str, int]

    if TYPE_CHECKING:
        def link(self, source: str, target: str) -> Link: ...

        def undercuts(self, target: str, *, onto: str | None = None, onto_group: str | None = None) -> list[Link]: ...

    def _check_group_relation(
        self, target: str, group: str, relation: Relation, ignore: str | None = None
    ) -> None:
        # Every member of a group has the group's relation, so the group's entry tells (in O(1)).
        entry = self._group_table(target).get(group)
        if entry is None or entry[0] == relation:
            return
        others = entry[1]
        if ignore is not None and self._graph.has_edge(ignore, target) and self.link(ignore, target).group == group:
            others -= 1
        if others > 0:
            raise InvalidLink(f"linked reason {group!r} into {target!r} mixes support and attack")

    def _check_undercut(self, link: Link) -> None:
        """An undercut must attack an existing inference into its target: a plain link or a linked reason."""
        target = link.target
        if link.onto is not None:
            if not self._graph.has_edge(link.onto, target):
                raise InvalidLink(f"{link.source!r} undercuts the link from {link.onto!r} to {target!r}, which does not exist")
            attacked = self.link(link.onto, target)
            if attacked.relation == Relation.REPHRASE or attacked.is_undercut:
                raise InvalidLink(f"{link.source!r} can undercut only a support or an attack, not the link from {link.onto!r}")
            if attacked.group is not None:
                raise InvalidLink(
                    f"the link from {link.onto!r} to {target!r} is part of the linked reason {attacked.group!r}: undercut the group"
                )
        elif link.onto_group is not None:
            entry = self._group_table(target).get(link.onto_group)
            if entry is None or entry[1] <= 0:
                raise InvalidLink(f"{link.source!r} undercuts the linked reason {link.onto_group!r} into {target!r}, which does not exist")
            if link.group is not None and link.group == link.onto_group:
                raise InvalidLink(f"{link.source!r} cannot undercut the linked reason it belongs to")

    def _undercuts_lost(self, old: Link, new: Link | None) -> list[Link]:
        """Undercuts that would point at nothing if link ``old`` became ``new`` (None: removed)."""
        target = old.target
        if not self._undercut_counts.get(target):
            return []  # the common case, answered without looking at the target's links
        lost: list[Link] = []
        plain_kept = new is not None and new.group is None and new.relation != Relation.REPHRASE and not new.is_undercut
        if old.group is None and not plain_kept:
            lost += self.undercuts(target, onto=old.source)
        kept = set(new.group_names) if new is not None else set()
        for name in old.group_names:
            if name not in kept and self._group_table(target).get(name, [None, 0])[1] <= 1:
                lost += self.undercuts(target, onto_group=name)
        return [u for u in lost if u.source != old.source]

    def _count_undercut(self, link: Link, step: int) -> None:
        if link.is_undercut:
            left = self._undercut_counts.get(link.target, 0) + step
            if left > 0:
                self._undercut_counts[link.target] = left
            else:
                self._undercut_counts.pop(link.target, None)

    def _group_table(self, target: str) -> dict[str, list]:
        """group -> [relation, members] of the links into ``target`` (made once, then kept up to date)."""
        table = self._group_tables.get(target)
        if table is None:
            table = {}
            for c in self._graph.predecessors(target):
                link = self._graph.edges[c, target]["link"]
                for name in link.group_names:
                    entry = table.setdefault(name, [link.relation, 0])
                    entry[1] += 1
            self._group_tables[target] = table
        return table

    def _count_in_group(self, link: Link, step: int) -> None:
        """Keep the table of ``link.target`` (if made) up to date: ``link`` joined (+1) or left (-1) its group."""
        table = self._group_tables.get(link.target)
        if table is None:
            return
        for name in link.group_names:
            entry = table.setdefault(name, [link.relation, 0])
            entry[0] = link.relation
            entry[1] += step
            if entry[1] <= 0:
                del table[name]
                self._free_hint.pop(link.target, None)  # a name is free again: look from g1 next time


def refuse_lost(lost: list[Link], what: str, verb: str) -> None:
    """Refuse a change that would leave the undercuts ``lost`` attacking nothing, naming them."""
    if lost:
        one = len(lost) == 1
        raise InvalidLink(f"{_names(lost)} undercut{'s' if one else ''} {what}: {verb} {'it' if one else 'them'} first")


def _names(links: list[Link]) -> str:
    shown = ", ".join(repr(link.source) for link in links[:3])
    return shown + (f" and {len(links) - 3} more" if len(links) > 3 else "")
