"""Reading a map: its statements and links in creation order, and the structure they make.

Statements are kept in creation order (``_order``; ``_sorted`` caches the ids in that order, kept up to
date by inserts and removals), so every list here comes out the same way for the same map.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping
from operator import gt, itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING

from argmap.model.errors import InvalidLink, UnknownStatement
from argmap.model.kinds import KIND_ORDER, Kind, Relation
from argmap.model.link_rules import LinkRules
from argmap.model.statement import Link, Statement

if TYPE_CHECKING:
    import networkx as nx

_STATEMENT = itemgetter("statement")  # a node's statement, from its data dict
_LINK = itemgetter("link")  # an edge's link, from its data dict


class MapQueries(LinkRules):
    """What a map answers about its statements and links (a part of ArgumentMap, which sets these)."""

    #: statement id -> its place in creation order
    _order: dict[str, int]
    #: the ids in creation order, made when first asked and then kept up to date (None: not made yet)
    _sorted: list[str] | None

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

    def held_statements(self) -> list[Statement]:
        """Every statement as the graph holds it, in no particular order: read in C loops (for code that needs the
        statements as a set: 3 ms at 50,000 statements, a third of :meth:`statements`)."""
        return list(map(_STATEMENT, self._graph._node.values()))  # type: ignore[attr-defined]

    def held_links(self) -> list[Link]:
        """Every link as the graph holds it, in no particular order: read in C loops (see :meth:`held_statements`)."""
        return list(map(_LINK, itertools.chain.from_iterable(map(dict.values, self._graph._adj.values()))))  # type: ignore[attr-defined]

    def parts(self) -> tuple[list[Statement], list[Link], dict[str, int]]:
        """Every statement and link as held, unordered, and a copy of each statement's place in the order: to be put
        in order by who reads them (sorting statements by ``order[s.id]`` and links by the orders of their ends gives
        :meth:`statements` and :meth:`links`), e.g. on another thread (the autosave's copy)."""
        return self.held_statements(), self.held_links(), self._order.copy()

    def order_of(self, statement_id: str) -> int:
        self._require(statement_id)
        return self._order[statement_id]

    def orders(self) -> Mapping[str, int]:
        """Each statement's place in the map's order (:meth:`order_of`), as a read-only mapping: for code that asks it
        of every statement (a picture made from nothing asked it of both ends of 50,000 links, 0.08 s)."""
        return MappingProxyType(self._order)

    def orders_copy(self) -> dict[str, int]:
        """A copy of :meth:`orders` of the map as it is now (a dict's own copy: ``dict(orders())`` went through the
        mapping one key at a time, 20-30 ms at 50,000 statements)."""
        return self._order.copy()

    def link(self, source: str, target: str) -> Link:
        if not self._graph.has_edge(source, target):
            raise InvalidLink(f"there is no link from {source!r} to {target!r}")
        return self._graph.edges[source, target]["link"]

    def has_link(self, source: str, target: str) -> bool:
        return self._graph.has_edge(source, target)

    def links(self) -> list[Link]:
        """All links, ordered by (source order, target order)."""
        # Read off the graph's own adjacency dicts (``_adj``: each source's targets), sources in creation order, in C
        # loops; only a source with several targets (a cross-link's, a linked reason's: few) gets them sorted first, in
        # a dict of its own. A Python step per source took 50-90 ms at 50,000 statements (the opening, the autosave's
        # copy, pictures), this 35-45; sorting every edge through NetworkX's edge view cost three times more again.
        order = self._order
        rows: list[dict[str, dict]] = list(map(self._graph._adj.__getitem__, self.ids()))  # type: ignore[attr-defined]
        for k in itertools.compress(range(len(rows)), map(gt, map(len, rows), itertools.repeat(1))):
            row = rows[k]
            rows[k] = {target: row[target] for target in sorted(row, key=order.__getitem__)}
        return list(map(_LINK, itertools.chain.from_iterable(map(dict.values, rows))))

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

    def _require(self, statement_id: str) -> None:
        if statement_id not in self._graph:
            raise UnknownStatement(f"no statement with id {statement_id!r}")
