"""Model edits that remember how to take themselves back.

Commands make their changes through a :class:`Recorder`; undo (or a failed step
half-way through a compound edit) replays the recorded inverses in reverse order.
Only model methods are called, in both directions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from argmap.model import ArgumentMap, Kind, Link, Relation, Statement


class Recorder:
    def __init__(self, amap: ArgumentMap) -> None:
        self.amap = amap
        self.steps: list[Callable[[], object]] = []

    def rollback(self) -> None:
        while self.steps:
            self.steps.pop()()

    # ------------------------------------------------------------ statements
    def add(
        self,
        kind: Kind | str,
        text: str,
        *,
        parent: str | None = None,
        relation: Relation | str | None = None,
        id: str | None = None,  # mirrors ArgumentMap.add
        **fields: object,
    ) -> Statement:
        statement = self.amap.add(kind, text, parent=parent, relation=relation, id=id, **fields)
        self.steps.append(lambda: self.amap.remove(statement.id))
        return statement

    def insert(self, statement: Statement) -> Statement:
        self.amap.insert(statement)
        self.steps.append(lambda: self.amap.remove(statement.id))
        return statement

    def update(self, statement_id: str, **changes: object) -> Statement:
        old = self.amap.statement(statement_id)
        new = self.amap.update(statement_id, **changes)
        if new != old:
            previous = {name: getattr(old, name) for name in changes}
            self.steps.append(lambda: self.amap.update(statement_id, **previous))
        return new

    def remove(self, statement_id: str) -> None:
        removal = self.amap.remove(statement_id)

        def back() -> None:
            # Like ArgumentMap.restore, but certain to put the statement back at its old place in the order.
            self.amap.insert(removal.statement, order=removal.order)
            for link in removal.links:
                self.amap.add_link(link)

        self.steps.append(back)

    # ------------------------------------------------------------ the map as a whole
    def set_layout(self, layout: str) -> None:
        old = self.amap.layout
        self.amap.set_layout(layout)
        if layout != old:
            self.steps.append(lambda: self.amap.set_layout(old))

    def set_sources(self, sources) -> None:
        old = self.amap.sources
        self.amap.set_sources(sources)
        if tuple(sources) != old:
            self.steps.append(lambda: self.amap.set_sources(old))

    def set_semantics(self, semantics: str) -> None:
        old = self.amap.semantics
        self.amap.set_semantics(semantics)
        if semantics != old:
            self.steps.append(lambda: self.amap.set_semantics(old))

    # ------------------------------------------------------------ links
    def add_link(self, link: Link) -> Link:
        self.amap.add_link(link)
        self.steps.append(lambda: self.amap.disconnect(link.source, link.target))
        return link

    def connect(self, source: str, target: str, relation: Relation | str, group: str | None = None) -> Link:
        return self.add_link(Link(source, target, Relation(relation), group))

    def disconnect(self, source: str, target: str) -> Link:
        link = self.amap.disconnect(source, target)
        self.steps.append(lambda: self.amap.add_link(link))
        return link

    def update_link(self, source: str, target: str, **changes: object) -> Link:
        old = self.amap.link(source, target)
        new = self.amap.update_link(source, target, **changes)
        if new != old:
            self.steps.append(lambda: self.restore_link(old))
        return new

    def restore_link(self, old: Link) -> None:
        """Put a link back exactly as it was (its groups, scheme and what it undercuts too)."""
        self.amap.update_link(
            old.source,
            old.target,
            relation=old.relation,
            group=old.group,
            scheme=old.scheme,
            also_in=old.also_in,
            onto=old.onto,
            onto_group=old.onto_group,
        )

    def share(self, source: str, target: str, name: str) -> Link:
        """``source`` becomes a premise of the linked reason ``name`` into ``target`` as well."""
        old = self.amap.link(source, target)
        new = self.amap.share(source, target, name)
        if new != old:
            self.steps.append(lambda: self.restore_link(old))
        return new

    def move(self, statement_id: str, new_parent: str, relation: Relation | str | None = None) -> Link:
        parents = self.amap.parents(statement_id)
        old = self.amap.link(statement_id, parents[0]) if parents else None
        new = self.amap.move(statement_id, new_parent, relation)

        def back() -> None:
            self.amap.disconnect(new.source, new.target)
            if old is not None:
                self.amap.add_link(old)

        self.steps.append(back)
        return new

    def group(self, target: str, sources: Iterable[str], name: str | None = None) -> str:
        sources = list(dict.fromkeys(sources))
        old = [self.amap.link(s, target) for s in sources]
        name = self.amap.group(target, sources, name)

        def back() -> None:
            for link in reversed(old):
                self.restore_link(link)

        self.steps.append(back)
        return name

    def ungroup(self, target: str, name: str) -> list[str]:
        old = [self.amap.link(s, target) for s in self.amap.groups(target).get(name, [])]
        members = self.amap.ungroup(target, name)

        def back() -> None:  # each member's link as it was: a shared premise keeps its first group
            for link in old:
                self.restore_link(link)

        self.steps.append(back)
        return members

    # ------------------------------------------------------------ map
    def set_title(self, title: str, description: str | None = None) -> None:
        old_title, old_description = self.amap.title, self.amap.description
        self.amap.set_title(title, description)
        self.steps.append(lambda: self.amap.set_title(old_title, old_description))
