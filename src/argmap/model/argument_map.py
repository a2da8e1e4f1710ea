"""ArgumentMap: the one place where map data lives and changes.

It owns a private ``networkx.DiGraph`` whose edges run from a child statement to
the parent it supports or attacks. Every mutating method checks its input, raises
a :class:`~argmap.model.errors.MapError` subclass when it refuses, and emits
specific :mod:`~argmap.model.changes` on ``map.changed`` so views can follow.
"""

from __future__ import annotations

import dataclasses
import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING

from argmap.model.changes import (
    Change,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    LayoutChanged,
    MapChanged,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    SemanticsChanged,
    SourcesChanged,
)
from argmap.model.errors import DuplicateId, InvalidLink, InvalidValue, MapError, UnknownStatement
from argmap.model.events import Event
from argmap.model.kinds import (
    DEFAULT_RELATION,
    KIND_ORDER,
    Kind,
    LayoutName,
    Relation,
    SemanticsName,
    parse_kind,
    parse_layout,
    parse_relation,
    parse_semantics,
)
from argmap.model.link_rules import LinkRules, refuse_lost
from argmap.model.quotes import SourceDocument
from argmap.model.statement import Link, Statement, View, check_text

if TYPE_CHECKING:
    import networkx as nx

# NetworkX is imported in the methods that use it, not above: `argmap validate` imports this
# module (through argmap.model) but builds no map, and NetworkX would add about 0.2 s of CPU
# to its 0.4 s start (measured; tests/test_layers.py checks that validate does not load it).

_EDITABLE = {"kind", "text", "title", "quote", "notes", "sources", "tags", "score", "pinned", "collapsed", "comment", "question"}


@dataclass(frozen=True, slots=True)
class Removal:
    """Everything :meth:`ArgumentMap.remove` took out, so :meth:`restore` can put it back."""

    statement: Statement
    links: tuple[Link, ...]
    order: int


_STATEMENT = itemgetter("statement")  # a node's statement, from its data dict


class ArgumentMap(LinkRules):
    """A map of statements linked by support and attack relations."""

    def __init__(self, title: str = "Untitled map", description: str = "") -> None:
        import networkx as nx

        _check_title(title, description)
        self._graph: nx.DiGraph = nx.DiGraph()
        self._order: dict[str, int] = {}
        self._next_order = 0
        self._sorted: list[str] | None = None
        self._title = title
        self._description = description
        self._layout: LayoutName = "tree"
        self._semantics: SemanticsName = "dfquad"
        self._sources: tuple[SourceDocument, ...] = ()
        self.view: View | None = None
        self.changed: Event[Change] = Event()
        #: Linked groups into a target, built when first asked and kept up to date by every link change:
        #: target -> group -> [relation, number of members]. Checking a new link of a group is then O(1),
        #: not a scan of every link into the target (1,000 Argdown arguments into one conclusion took 10 s).
        self._group_tables: dict[str, dict[str, list]] = {}
        #: target -> n such that g1 .. g(n-1) are all taken (where group() starts looking for a free name).
        self._free_hint: dict[str, int] = {}
        #: target -> how many undercuts point into it: most targets have none, and a change of one of their
        #: links then needs no look at the others (4,500 premises grouped into one conclusion took 9 s).
        self._undercut_counts: dict[str, int] = {}

    @classmethod
    def from_checked(
        cls,
        title: str,
        description: str,
        statements: Iterable[Statement],
        links: Iterable[Link],
        *,
        layout: str = "tree",
        semantics: str = "dfquad",
        view: View | None = None,
        sources: Iterable[SourceDocument] = (),
    ) -> ArgumentMap:
        """A map filled in bulk from parts already checked together (unique ids, known
        endpoints, no self-loop or duplicate link, groups of one relation), as
        ``argmap.io`` checks a file before building it. No events: nobody listens yet.
        About ten times faster than one ``insert``/``add_link`` per item on large maps.
        """
        amap = cls(title, description)
        # The graph's own dicts are filled directly, as add_nodes_from/add_edges_from would
        # (node -> attributes; node -> neighbour -> edge attributes, one dict shared by both
        # directions), at a third of their cost: they check and merge per item, needlessly here.
        # The graph is new, so no cached view of these dicts exists yet.
        graph = amap._graph
        nodes = {s.id: {"statement": s} for s in statements}
        successors: dict[str, dict] = {node: {} for node in nodes}
        predecessors: dict[str, dict] = {node: {} for node in nodes}
        undercut_counts = amap._undercut_counts
        for lk in links:
            attributes = {"link": lk}
            successors[lk.source][lk.target] = attributes
            predecessors[lk.target][lk.source] = attributes
            if lk.onto is not None or lk.onto_group is not None:
                undercut_counts[lk.target] = undercut_counts.get(lk.target, 0) + 1
        # The stubs leave out DiGraph's private dicts; networkx is pinned below 4 for them (pyproject).
        graph._node.update(nodes)  # type: ignore[attr-defined]
        graph._succ.update(successors)  # type: ignore[attr-defined]
        graph._pred.update(predecessors)  # type: ignore[attr-defined]
        amap._order = {node: i for i, node in enumerate(nodes)}
        amap._next_order = len(amap._order)
        amap.set_layout(layout)
        amap.set_semantics(semantics)
        amap.view = view
        amap._sources = tuple(sources)
        return amap

    # ------------------------------------------------------------ map fields
    @property
    def title(self) -> str:
        return self._title

    @property
    def description(self) -> str:
        return self._description

    def set_title(self, title: str, description: str | None = None) -> None:
        _check_title(title, description)
        self._title = title
        if description is not None:
            self._description = description
        self.changed.emit(MapChanged(self._title, self._description))

    @property
    def layout(self) -> LayoutName:
        """How the map is arranged: "tree" or "columns" (see ``LAYOUTS``); saved with the map."""
        return self._layout

    def set_layout(self, layout: str) -> None:
        name = parse_layout(layout)
        if name != self._layout:
            self._layout = name
            self.changed.emit(LayoutChanged(name))

    @property
    def semantics(self) -> SemanticsName:
        """How strengths are worked out: "dfquad" (the default), "quadratic-energy" or "euler"; saved with the map."""
        return self._semantics

    def set_semantics(self, semantics: str) -> None:
        name = parse_semantics(semantics)
        if name != self._semantics:
            self._semantics = name
            self.changed.emit(SemanticsChanged(name))

    @property
    def sources(self) -> tuple[SourceDocument, ...]:
        """The documents the map quotes from (articles, reports), in the order they were added."""
        return self._sources

    def source(self, source_id: str) -> SourceDocument | None:
        return next((d for d in self._sources if d.id == source_id), None)

    def set_sources(self, sources: Iterable[SourceDocument]) -> None:
        """Replace the map's source documents (ids must be unique); quotes keep their source ids."""
        new = tuple(sources)
        for d in new:
            if not isinstance(d, SourceDocument):
                raise InvalidValue(f"a map's source must be a SourceDocument, not {type(d).__name__}")
        if len({d.id for d in new}) != len(new):
            raise InvalidValue("two sources of the map have the same id")
        if new != self._sources:
            self._sources = new
            self.changed.emit(SourcesChanged(new))

    # ------------------------------------------------------------ reading
    def __len__(self) -> int:
        return self._graph.number_of_nodes()

    def __contains__(self, statement_id: object) -> bool:
        return statement_id in self._graph

    def statement(self, statement_id: str) -> Statement:
        self._require(statement_id)
        return self._graph.nodes[statement_id]["statement"]

    def statements(self) -> list[Statement]:
        """All statements in creation order."""
        # the graph's own node dict (NetworkX's ``_node``): its NodeView costs a Python call per statement
        return list(map(_STATEMENT, map(self._graph._node.__getitem__, self.ids())))  # type: ignore[attr-defined]

    def ids(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._graph.nodes, key=self._order.__getitem__)
        return list(self._sorted)

    def order_of(self, statement_id: str) -> int:
        self._require(statement_id)
        return self._order[statement_id]

    def orders(self) -> Mapping[str, int]:
        """Each statement's place in the map's order (:meth:`order_of`), as a read-only mapping: for code that asks it
        of every statement (a picture made from nothing asked it of both ends of 50,000 links, 0.08 s)."""
        return MappingProxyType(self._order)

    def link(self, source: str, target: str) -> Link:
        if not self._graph.has_edge(source, target):
            raise InvalidLink(f"there is no link from {source!r} to {target!r}")
        return self._graph.edges[source, target]["link"]

    def has_link(self, source: str, target: str) -> bool:
        return self._graph.has_edge(source, target)

    def links(self) -> list[Link]:
        """All links, ordered by (source order, target order)."""
        # Read off the adjacency dicts as they are (``adjacency()``), sources in creation order: sorting every edge
        # through NetworkX's edge view cost 9 ms at 10,000 statements (the autosave's copy, pictures), this 3 ms.
        order = self._order
        adjacency = dict(self._graph.adjacency())
        found: list[Link] = []
        for source in self.ids():
            targets = adjacency[source]
            if not targets:
                continue
            if len(targets) == 1:
                for data in targets.values():
                    found.append(data["link"])
            else:
                found.extend(targets[target]["link"] for target in sorted(targets, key=order.__getitem__))
        return found

    def parents(self, statement_id: str) -> list[str]:
        """Statements this one bears on, in creation order (usually one)."""
        self._require(statement_id)
        return sorted(self._graph.successors(statement_id), key=self._order.__getitem__)

    def children(self, statement_id: str, relation: Relation | None = None) -> list[str]:
        """Statements bearing on this one: supports, then attacks, then evidence; creation order within."""
        self._require(statement_id)
        found = [
            c
            for c in self._graph.predecessors(statement_id)
            if relation is None or self._graph.edges[c, statement_id]["link"].relation == relation
        ]
        nodes = self._graph.nodes
        return sorted(found, key=lambda c: (KIND_ORDER[nodes[c]["statement"].kind], self._order[c]))

    def incoming(self, statement_id: str) -> list[Link]:
        return [self._graph.edges[c, statement_id]["link"] for c in self.children(statement_id)]

    def main_claims(self) -> list[str]:
        """Statements that bear on nothing: the tops of the map."""
        return [i for i in self.ids() if self._graph.out_degree(i) == 0]

    def ancestors(self, statement_id: str) -> set[str]:
        """Every statement this one bears on, directly or through others."""
        import networkx as nx

        self._require(statement_id)
        return nx.descendants(self._graph, statement_id)

    def descendants(self, statement_id: str) -> set[str]:
        """Every statement that bears on this one, directly or through others."""
        import networkx as nx

        self._require(statement_id)
        return nx.ancestors(self._graph, statement_id)

    def has_cycles(self) -> bool:
        import networkx as nx

        return not nx.is_directed_acyclic_graph(self._graph)

    def cycles(self, limit: int = 100) -> list[list[str]]:
        """Up to ``limit`` simple cycles, each as a list of ids starting at its oldest statement.

        The same map always gives the same cycles in the same order: the search runs on
        creation-order numbers, whose hashes (unlike strings') do not vary between runs.
        """
        import networkx as nx

        looped = set()  # only statements on some cycle: those in strongly connected components of 2+
        for component in nx.strongly_connected_components(self._graph):
            if len(component) > 1:
                looped |= component
        if not looped:
            return []
        ids = [i for i in self.ids() if i in looped]
        index = {node: i for i, node in enumerate(ids)}
        numbered: nx.DiGraph[int] = nx.DiGraph()
        numbered.add_nodes_from(range(len(ids)))
        numbered.add_edges_from(sorted((index[a], index[b]) for a, b in self._graph.subgraph(looped).edges))
        found = []
        for cycle in itertools.islice(nx.simple_cycles(numbered), limit):
            start = cycle.index(min(cycle))
            found.append(cycle[start:] + cycle[:start])
        return [[ids[i] for i in cycle] for cycle in sorted(found)]

    def groups(self, target: str) -> dict[str, list[str]]:
        """Linked reasons into ``target``: group name -> co-premise ids (a shared premise is in several)."""
        result: dict[str, list[str]] = {}
        for link in self.incoming(target):
            for name in link.group_names:
                result.setdefault(name, []).append(link.source)
        return result

    def undercuts(self, target: str, *, onto: str | None = None, onto_group: str | None = None) -> list[Link]:
        """Undercuts into ``target``: all of them, or those onto one premise's link or one linked reason."""
        found = [link for link in self.incoming(target) if link.is_undercut]
        if onto is not None:
            found = [link for link in found if link.onto == onto]
        if onto_group is not None:
            found = [link for link in found if link.onto_group == onto_group]
        return found

    def rephrases(self, statement_id: str) -> list[str]:
        """Statements that restate ``statement_id`` in other words."""
        return self.children(statement_id, Relation.REPHRASE)

    def counts_by_kind(self) -> dict[Kind, int]:
        counts = Counter(s.kind for s in self.statements())
        return {k: counts[k] for k in Kind}

    def counts_by_relation(self) -> dict[Relation, int]:
        counts = Counter(link.relation for link in self.links())
        return {r: counts[r] for r in Relation}

    def graph_view(self) -> nx.DiGraph:
        """A read-only view of the graph for algorithms (layout, evaluation)."""
        return self._graph.copy(as_view=True)

    def new_id(self, prefix: str = "s") -> str:
        for n in itertools.count(len(self._graph) + 1):
            candidate = f"{prefix}{n}"
            if candidate not in self._graph:
                return candidate
        raise AssertionError("unreachable")

    # ------------------------------------------------------------ statements
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

    # ------------------------------------------------------------ links
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
        unknown = set(changes) - {"relation", "group", "scheme", "also_in", "onto", "onto_group"}
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

    # ------------------------------------------------------------ helpers
    def _require(self, statement_id: str) -> None:
        if statement_id not in self._graph:
            raise UnknownStatement(f"no statement with id {statement_id!r}")


def _check_title(title: object, description: object) -> None:
    check_text("map", "title", title)
    if description is not None:
        check_text("map", "description", description)


__all__ = ["ArgumentMap", "MapError", "Removal"]
