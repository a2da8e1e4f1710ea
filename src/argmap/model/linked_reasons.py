"""Making premises one linked reason, sharing a premise between linked reasons, and taking a linked reason apart."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from argmap.model.errors import InvalidLink
from argmap.model.kinds import Relation
from argmap.model.link_edits import LinkEdits
from argmap.model.link_rules import refuse_lost
from argmap.model.statement import Link


class LinkedReasons(LinkEdits):
    """The changes of a map's linked reasons (a part of ArgumentMap): each is a change of its members' links."""

    def group(self, target: str, sources: Iterable[str], name: str | None = None) -> str:
        """Make the links from ``sources`` into ``target`` one linked reason; returns its name."""
        sources = list(dict.fromkeys(sources))
        if len(sources) < 2:
            raise InvalidLink("a linked reason needs at least two co-premises")
        links = [self.link(s, target) for s in sources]
        if len({link.relation for link in links}) != 1:
            raise InvalidLink("co-premises of one linked reason must all support or all attack")
        if links[0].relation == Relation.REPHRASE:
            raise InvalidLink("rephrases cannot form a linked reason")
        if len({(link.onto, link.onto_group) for link in links}) != 1:
            raise InvalidLink("co-premises of one linked reason must all undercut the same inference, or none")
        if name is None:
            taken = self._group_table(target)
            start = self._free_hint.get(target, 1)
            number = next(n for n in itertools.count(start) if f"g{n}" not in taken)  # the smallest free gN
            self._free_hint[target] = number + 1
            name = f"g{number}"
        for s in sources:
            self.update_link(s, target, group=name)
        return name

    def share(self, source: str, target: str, name: str) -> Link:
        """Make ``source`` a premise of the linked reason ``name`` into ``target`` as well (a shared premise)."""
        link = self.link(source, target)
        if name not in self._group_table(target):
            raise InvalidLink(f"{target!r} has no linked reason named {name!r}")
        if name in link.group_names:
            return link
        if link.group is None:
            return self.update_link(source, target, group=name)
        return self.update_link(source, target, also_in=(*link.also_in, name))

    def ungroup(self, target: str, name: str) -> list[str]:
        members = self.groups(target).get(name)
        if not members:
            raise InvalidLink(f"{target!r} has no linked reason named {name!r}")
        lost = self.undercuts(target, onto_group=name)
        refuse_lost(lost, "this linked reason", "remove")
        for s in members:
            link = self.link(s, target)
            if link.group == name:  # its first group goes; a further one (if any) takes its place
                rest = link.also_in
                self.update_link(s, target, group=rest[0] if rest else None, also_in=rest[1:])
            else:
                self.update_link(s, target, also_in=tuple(g for g in link.also_in if g != name))
        return members
