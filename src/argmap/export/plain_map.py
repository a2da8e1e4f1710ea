"""A read-only map for drawing, built without NetworkX.

``argmap export`` only reads the map: it needs statements, links, children orders and
what lies below a statement, which plain dicts answer as well as a graph library does.
Importing NetworkX costs the drawing process about 0.3 s, a fifth of a big export, so
when the map has no cycle (and nothing asked for an evaluation, which runs NetworkX
algorithms) the export draws a :class:`PlainMap` instead of an
:class:`~argmap.model.ArgumentMap`.

Every method returns what the ArgumentMap of the same file returns, in the same order
(the drawing depends on those orders); ``tests/test_export_plain_map.py`` checks both the
answers and that the SVG drawn from either is the same to the byte. Only acyclic maps:
the layout's cycle handling uses NetworkX algorithms that :class:`PlainGraph` lacks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from argmap.model import KIND_ORDER, InvalidLink, Link, Statement, UnknownStatement, View


def is_acyclic(ids: Sequence[str], links: Sequence[Link]) -> bool:
    """True when no chain of links leads back to where it started (Kahn's algorithm).

    ``links`` must join statements of ``ids``. Links that all point to statements earlier
    in ``ids`` cannot close a loop, so the usual map needs no more than one pass.
    """
    order = {i: k for k, i in enumerate(ids)}
    if all(order[lk.source] > order[lk.target] for lk in links):
        return True
    waiting = dict.fromkeys(ids, 0)  # how many parents each statement still waits for
    below: dict[str, list[str]] = {}  # parent -> children
    for lk in links:
        waiting[lk.source] += 1
        below.setdefault(lk.target, []).append(lk.source)
    queue = [i for i, n in waiting.items() if n == 0]
    for node in queue:  # grows while it is read
        for child in below.get(node, ()):
            waiting[child] -= 1
            if not waiting[child]:
                queue.append(child)
    return len(queue) == len(ids)


class PlainGraph:
    """The part of ``networkx.DiGraph``'s reading API that the layout's spanning forest uses on an
    acyclic map: nodes in creation order, edges from child to parent carrying ``{"link": Link}``."""

    def __init__(self, statements: dict[str, Statement], successors: dict[str, dict[str, dict[str, Link]]]) -> None:
        self._statements = statements
        self.succ = successors

    def adjacency(self) -> Iterator[tuple[str, dict[str, dict[str, Link]]]]:
        """(statement, {parent: {"link": link}}) for every statement, as ``DiGraph.adjacency`` gives them."""
        return iter(self.succ.items())

    def nodes(self, data: str) -> Iterator[tuple[str, Statement]]:
        """(id, statement) pairs; only ``data="statement"`` exists here."""
        if data != "statement":
            raise KeyError(f"a plain map's nodes carry only 'statement', not {data!r}")
        return iter(self._statements.items())

    def __iter__(self) -> Iterator[str]:
        return iter(self._statements)

    def __len__(self) -> int:
        return len(self._statements)

    def __contains__(self, node: object) -> bool:
        return node in self._statements


class PlainMap:
    """The statements and links of a map that nothing will change, answering as ArgumentMap does.

    Build it from parts already checked together (as :meth:`ArgumentMap.from_checked` takes
    them): unique ids, links between known statements, no duplicate link.
    """

    def __init__(
        self,
        title: str,
        description: str,
        statements: Sequence[Statement],
        links: Sequence[Link],
        *,
        layout: str = "tree",
        view: View | None = None,
    ) -> None:
        self.title = title
        self.description = description
        self.layout = layout
        self.view = view
        self._statements = {s.id: s for s in statements}
        self._order = {i: k for k, i in enumerate(self._statements)}
        # child -> parent -> {"link": link} and parent -> child -> link, filled in file order as
        # ArgumentMap.from_checked fills its graph, so every iteration order matches.
        self._succ: dict[str, dict[str, dict[str, Link]]] = {i: {} for i in self._statements}
        self._pred: dict[str, dict[str, Link]] = {i: {} for i in self._statements}
        for lk in links:
            self._succ[lk.source][lk.target] = {"link": lk}
            self._pred[lk.target][lk.source] = lk
        order = self._order
        self._links = sorted(links, key=lambda lk: (order[lk.source], order[lk.target]))

    def __len__(self) -> int:
        return len(self._statements)

    def __contains__(self, statement_id: object) -> bool:
        return statement_id in self._statements

    def ids(self) -> list[str]:
        """Ids in creation (file) order."""
        return list(self._statements)

    def statements(self) -> list[Statement]:
        return list(self._statements.values())

    def statement(self, statement_id: str) -> Statement:
        self._require(statement_id)
        return self._statements[statement_id]

    def links(self) -> list[Link]:
        """All links, ordered by (source order, target order), as ArgumentMap orders them."""
        return list(self._links)

    def link(self, source: str, target: str) -> Link:
        found = self._succ.get(source, {}).get(target)
        if found is None:
            raise InvalidLink(f"there is no link from {source!r} to {target!r}")
        return found["link"]

    def children(self, statement_id: str) -> list[str]:
        """Statements bearing on this one: supports, then attacks, then evidence; creation order within."""
        self._require(statement_id)
        statements, order = self._statements, self._order
        return sorted(self._pred[statement_id], key=lambda c: (KIND_ORDER[statements[c].kind], order[c]))

    def groups(self, target: str) -> dict[str, list[str]]:
        """Linked reasons into ``target``: group name -> co-premise ids (in :meth:`children` order)."""
        self._require(target)
        into = self._pred[target]
        if not any(lk.group is not None for lk in into.values()):
            return {}  # the usual statement: no linked reason, no sorting
        result: dict[str, list[str]] = {}
        for child in self.children(target):
            group = into[child].group
            if group is not None:
                result.setdefault(group, []).append(child)
        return result

    def descendants(self, statement_id: str) -> set[str]:
        """Every statement that bears on this one, directly or through others."""
        self._require(statement_id)
        found: set[str] = set()
        stack = [statement_id]
        while stack:
            for child in self._pred[stack.pop()]:
                if child not in found:
                    found.add(child)
                    stack.append(child)
        found.discard(statement_id)  # only a cycle could lead back, but ArgumentMap never counts the start
        return found

    def graph_view(self) -> PlainGraph:
        """What the layout reads of the graph (see :class:`PlainGraph`)."""
        return PlainGraph(self._statements, self._succ)

    def _require(self, statement_id: str) -> None:
        if statement_id not in self._statements:
            raise UnknownStatement(f"no statement with id {statement_id!r}")
