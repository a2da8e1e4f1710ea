"""ArgumentMap: the one place where map data lives and changes.

It owns a private ``networkx.DiGraph`` whose edges run from a child statement to
the parent it supports or attacks. Every mutating method checks its input, raises
a :class:`~argmap.model.errors.MapError` subclass when it refuses, and emits
specific :mod:`~argmap.model.changes` on ``map.changed`` so views can follow.

This module holds the map's data and how a map is made (empty, or in bulk from a checked file);
what it does with them is in one module per idea, each a part of the class:
:mod:`~argmap.model.map_queries` (reading), :mod:`~argmap.model.statement_edits`,
:mod:`~argmap.model.link_edits`, :mod:`~argmap.model.linked_reasons`,
:mod:`~argmap.model.link_rules` (the checks of linked reasons and undercuts) and
:mod:`~argmap.model.map_fields` (title, layout, semantics, sources).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from argmap.model.changes import Change
from argmap.model.errors import MapError
from argmap.model.events import Event
from argmap.model.kinds import LayoutName, SemanticsName
from argmap.model.linked_reasons import LinkedReasons
from argmap.model.map_fields import MapFields, check_title
from argmap.model.quotes import SourceDocument
from argmap.model.statement import Link, Statement, View
from argmap.model.statement_edits import Removal, StatementEdits

if TYPE_CHECKING:
    import networkx as nx

# NetworkX is imported in the methods that use it, not above: `argmap validate` imports this
# module (through argmap.model) but builds no map, and NetworkX would add about 0.2 s of CPU
# to its 0.4 s start (measured; tests/test_layers.py checks that validate does not load it).


class ArgumentMap(StatementEdits, LinkedReasons, MapFields):
    """A map of statements linked by support and attack relations."""

    def __init__(self, title: str = "Untitled map", description: str = "") -> None:
        import networkx as nx

        check_title(title, description)
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
        # The graph's own dicts are made here, as add_nodes_from/add_edges_from would fill them (node -> attributes;
        # node -> neighbour -> edge attributes, one dict shared by both directions), at a third of their cost: they
        # check and merge per item, needlessly here. They are then the graph's (networkx's setters of _succ and _pred
        # keep _adj the same dict and drop cached views; the graph is new: no view of _node exists yet), not copied
        # into its empty ones (three copies of 50,000 entries, and their new tables' memory, at 50,000 statements).
        graph = amap._graph
        nodes = {s.id: {"statement": s} for s in statements}
        successors: dict[str, dict] = {node: {} for node in nodes}
        predecessors: dict[str, dict] = {node: {} for node in nodes}
        undercut_counts = amap._undercut_counts
        for lk in links:
            attributes = {"link": lk}
            source, target = lk.source, lk.target
            successors[source][target] = attributes
            predecessors[target][source] = attributes
            if lk.onto is not None or lk.onto_group is not None:
                undercut_counts[target] = undercut_counts.get(target, 0) + 1
        # The stubs leave out DiGraph's private dicts; networkx is pinned below 4 for them (pyproject).
        graph._node = nodes  # type: ignore[attr-defined]
        graph._succ = successors  # type: ignore[attr-defined]
        graph._pred = predecessors  # type: ignore[attr-defined]
        amap._order = dict(zip(nodes, range(len(nodes)), strict=True))
        amap._sorted = list(nodes)  # (the ids in creation order, known: not sorted by it when first asked, on opening)
        amap._next_order = len(nodes)
        amap.set_layout(layout)
        amap.set_semantics(semantics)
        amap.view = view
        amap._sources = tuple(sources)
        return amap


__all__ = ["ArgumentMap", "MapError", "Removal"]
