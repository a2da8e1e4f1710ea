"""The spanning forest the layout draws: which statements are shown, and under which parent.

Rules (each a pure function of the map, so the same map always gives the same forest):

* **Roots** are the main claims (statements that bear on nothing). A cycle that no main
  claim reaches would leave statements out, so each *top* cycle of the unreached part (a
  strongly connected part with no parent outside itself) adds one root: its earliest
  created statement. Roots are drawn in creation order.
* **Shown** statements are those a root reaches without going *through* a collapsed
  statement (the collapsed one itself is shown). A statement that is also the child of a
  visible, expanded parent stays visible: collapsing hides only what nothing else shows.
* **Tree parent**: a statement hangs under its first parent in ``amap.parents()`` order
  that is shown and expanded. Inside a cycle that choice could loop, so there the parent
  must also be nearer to a root (breadth-first rank); every other link is a cross-link
  drawn over the tree.
* **Child order** is ``amap.children()`` order (supports, objections and rebuttals,
  evidence; creation order within), except that co-premises of one linked reason are
  pulled together at the place of the first of them, and an undercut (an attack on the
  inference from a premise or linked reason into the parent) stands right after what it attacks.

Everything is iterative: 10,000-deep chains are fine.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, compress, filterfalse, repeat
from operator import attrgetter, eq
from typing import TYPE_CHECKING, NamedTuple

from argmap.model import KIND_ORDER

if TYPE_CHECKING:
    import networkx as nx

    from argmap.model import ArgumentMap, Statement

_KIND, _COLLAPSED, _PINNED = attrgetter("kind"), attrgetter("collapsed"), attrgetter("pinned")


@dataclass(frozen=True, slots=True)
class SpanningForest:
    roots: list[str]  # tree roots, creation order
    children: dict[str, list[str]]  # tree children of every shown statement, drawing order
    parent: dict[str, str]  # tree parent of every shown statement but the roots
    hidden: set[str]  # statements left out because of collapsed ancestors
    pins: dict[str, tuple[float, float]]  # pinned positions of shown statements
    #: (premise, conclusion) -> group name of the links of linked reasons (kept together in columns)
    groups: dict[tuple[str, str], str] = field(default_factory=dict)
    #: nothing collapsed and every link to an earlier statement (no cycle): an edit's forest can be
    #: made from this one (:func:`update_forest`)
    simple: bool = False


def spanning_forest(amap: ArgumentMap) -> SpanningForest:
    """The forest the layout draws (rules in the module docstring); linear time but for cycles.

    Reads only ``amap.ids()``, ``amap.statements()`` and ``amap.graph_view()`` (its ``adjacency()``,
    plus NetworkX algorithms on cyclic maps only).
    """
    graph = amap.graph_view()
    ids = amap.ids()
    order = dict(zip(ids, range(len(ids)), strict=True))
    collapsed, pinned, by_rank = _read_statements(amap.statements())
    undercuts: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    first_up, up_at, multiple, groups, forward = _read_links(graph, order, undercuts)
    mains = list(filterfalse(first_up.__contains__, ids))
    # every parent in creation order, of each statement with parents (only the rare maps below read them)
    ups = _all_ups(first_up, multiple) if forward or collapsed else {}

    # Links that all point to earlier statements cannot close a loop: the usual case needs no check.
    kids = _children_of(ups) if forward or collapsed else {}
    if not forward or _is_acyclic(mains, kids, ups, len(ids)):
        roots = mains
        cyclic = False
    else:
        reached = _reach(mains, kids)
        unreached = [i for i in ids if i not in reached]
        roots = sorted(mains + _cycle_roots(graph, unreached, order), key=order.__getitem__)
        cyclic = True

    if collapsed or cyclic:
        expanded = {i: kids[i] for i in kids if i not in collapsed} if collapsed else kids
        visible = _breadth_first(roots, expanded)
    else:
        visible = order  # everything is shown (its values are no ranks: those matter only in cycles)
    component = _component_ids(graph) if cyclic else {}

    parent: dict[str, str] = {}
    if not (collapsed or cyclic):
        parent = first_up
    else:
        root_set = set(roots)
        for node in visible:
            if node in root_set:
                continue
            for up in ups.get(node, ()):
                if up in collapsed or up not in visible:
                    continue
                if cyclic and component[up] == component[node] and visible[up] >= visible[node]:
                    continue
                parent[node] = up
                break

    # Children in amap.children() order: kind order, then creation order (each bucket is in creation order).
    if parent is first_up:  # every statement shown, under its first parent: the lists by position, no dict lookups
        below: list[list[str]] = [[] for _ in ids]
        for bucket in by_rank:
            for k in bucket:
                at = up_at[k]
                if at >= 0:
                    below[at].append(ids[k])
        children = dict(zip(ids, below, strict=True))
    else:
        children = {node: [] for node in visible}
        for node in map(ids.__getitem__, chain.from_iterable(by_rank)):
            if node in parent:
                children[parent[node]].append(node)
    if groups:
        for target in {t for _, t in groups}:
            if len(children.get(target, ())) > 1:
                children[target] = _co_premises_together(children[target], target, groups)
    for target in {t for _, t in undercuts}:
        if len(children.get(target, ())) > 1:
            children[target] = _undercuts_beside(children[target], target, undercuts, groups)
    pins = {i: at for i, at in pinned.items() if i in visible}  # (in creation order, as ``ids``)
    hidden = set(ids).difference(visible) if collapsed else set()
    return SpanningForest(roots=roots, children=children, parent=parent, hidden=hidden, pins=pins, groups=groups,
                          simple=not collapsed and not forward)


class ForestEdit(NamedTuple):
    """An edit's spanning forest (:func:`update_forest`) and what the one before it said of the edited statements."""

    forest: SpanningForest
    roots_before: set[str]  # the roots of the trees the edited statements were in
    parents_before: list[str]  # their tree parents


def update_forest(previous: SpanningForest, amap: ArgumentMap, dirty: Iterable[str]) -> ForestEdit | None:
    """The forest of ``amap`` after an edit, from the ``previous`` one and the statements the edit changed
    (added, removed, changed, or at either end of a link that changed): the same as :func:`spanning_forest`,
    reading only those. None when the simple rules do not hold before or after (collapsed statements, a
    link to a later statement: the caller reads the whole map), and then ``previous`` is as it was.

    ``previous`` is taken over: its tables are changed in place and become the new forest's (copying the parents and
    children of 50,000 statements took 4-5 ms at every edit); what it said of the edited statements is returned too.
    """
    if not previous.simple:
        return None
    graph = amap.graph_view()
    succ, pred, nodes = graph.succ, graph.pred, graph.nodes
    order_of = amap.order_of
    dirty = set(dirty)
    for d in dirty:  # (first: nothing is changed unless the edit's forest can be made from this one)
        if d in nodes:
            if nodes[d]["statement"].collapsed:
                return None
            if any(order_of(up) > order_of(d) for up in succ[d]):
                return None  # a link to a later statement: a cycle may close
    parent, children, pins = previous.parent, previous.children, previous.pins
    roots_before = roots_of(previous, dirty)
    parents_before = [p for p in map(parent.get, dirty) if p is not None]
    roots = set(previous.roots)
    groups = {k: v for k, v in previous.groups.items() if k[0] not in dirty} if previous.groups else {}
    parents_to_sort: set[str] = set(parents_before)
    for d in dirty:
        if d not in nodes:  # removed
            parent.pop(d, None)
            children.pop(d, None)
            pins.pop(d, None)
            roots.discard(d)
            continue
        statement = nodes[d]["statement"]
        ups = sorted(succ[d], key=order_of)
        if ups:
            parent[d] = ups[0]
            parents_to_sort.add(ups[0])
            roots.discard(d)
        else:
            parent.pop(d, None)
            roots.add(d)
        children.setdefault(d, [])
        if statement.pinned is not None:
            pins[d] = statement.pinned
        else:
            pins.pop(d, None)
        for other, data in succ[d].items():  # its links in linked reasons
            if data["link"].group is not None:
                groups[d, other] = data["link"].group
    for p in parents_to_sort:
        if p not in nodes:
            continue
        kids = sorted((c for c in pred[p] if parent.get(c) == p), key=lambda c: (KIND_ORDER[nodes[c]["statement"].kind], order_of(c)))
        if groups and len(kids) > 1:
            kids = _co_premises_together(kids, p, groups)
        if len(kids) > 1:  # undercutters beside the premise they attack, as spanning_forest places them
            undercuts = {}
            for c in kids:
                link = succ[c][p]["link"]
                if link.onto is not None or link.onto_group is not None:
                    undercuts[c, p] = (link.onto, link.onto_group)
            if undercuts:
                kids = _undercuts_beside(kids, p, undercuts, groups)
        children[p] = kids
    forest = SpanningForest(roots=sorted(roots, key=order_of), children=children, parent=parent, hidden=set(), pins=pins,
                            groups=groups, simple=True)
    return ForestEdit(forest, roots_before, parents_before)


def roots_of(forest: SpanningForest, nodes: Iterable[str]) -> set[str]:
    """The roots of the trees of ``forest`` the shown ones of ``nodes`` are in."""
    parent, shown = forest.parent, forest.children
    roots: set[str] = set()
    for node in nodes:
        if node not in shown:
            continue
        while node in parent:  # up to its root (depth steps; a generated tree of n statements is about log n deep)
            node = parent[node]
        roots.add(node)
    return roots


def _read_statements(statements: list[Statement]) -> tuple[set[str], dict[str, tuple[float, float]], list[list[int]]]:
    """Collapsed statements, pins, and the statements' positions in ``statements`` (creation order) in child order
    buckets (one per kind rank, creation order within). Read in C loops, a statement at a time in each."""
    ranks = list(map(KIND_ORDER.__getitem__, map(_KIND, statements)))
    by_rank = [list(compress(range(len(ranks)), map(eq, ranks, repeat(rank)))) for rank in sorted(set(KIND_ORDER.values()))]
    collapsed = {s.id for s in compress(statements, map(_COLLAPSED, statements))}
    pins = list(map(_PINNED, statements))
    pinned = {s.id: s.pinned for s in statements if s.pinned is not None} if pins.count(None) < len(pins) else {}
    return collapsed, pinned, by_rank


def _read_links(
    graph: nx.DiGraph, order: dict[str, int], undercuts: dict[tuple[str, str], tuple[str | None, str | None]] | None = None
) -> tuple[dict[str, str], list[int], dict[str, list[str]], dict[tuple[str, str], str], bool]:
    """Each statement's first parent in creation order (only statements with parents, in the graph's order); the
    same as positions in ``order`` (-1: none), by position; the parents in creation order of those with more than
    one; the groups of linked reasons; and whether any link points to a later statement (only then can the links
    close a loop). ``undercuts`` is filled with (undercutter, target) -> (attacked premise, attacked group).

    Reads the adjacency dicts once (``adjacency()`` hands them out as they are): asking networkx for each edge
    separately costs more than the rest of this function. A statement with one parent (most) gets no list.
    """
    first_up: dict[str, str] = {}
    up_at = [-1] * len(order)
    multiple: dict[str, list[str]] = {}
    groups: dict[tuple[str, str], str] = {}
    forward = False
    by_order = order.__getitem__
    for source, targets in graph.adjacency():
        if not targets:
            continue
        if len(targets) == 1:
            for up, data in targets.items():  # (the one link)
                first_up[source] = up
                at, here = order[up], order[source]
                up_at[here] = at
                if at > here:
                    forward = True
                link = data["link"]
                if link.group is not None:
                    groups[source, up] = link.group
                elif undercuts is not None and (link.onto is not None or link.onto_group is not None):
                    undercuts[source, up] = (link.onto, link.onto_group)
            continue
        multiple[source] = above = sorted(targets, key=by_order)
        first_up[source] = above[0]
        up_at[order[source]] = order[above[0]]
        if order[above[-1]] > order[source]:
            forward = True
        for target, data in targets.items():
            link = data["link"]
            if link.group is not None:
                groups[source, target] = link.group
            elif undercuts is not None and (link.onto is not None or link.onto_group is not None):
                undercuts[source, target] = (link.onto, link.onto_group)
    return first_up, up_at, multiple, groups, forward


def _all_ups(first_up: dict[str, str], multiple: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each statement's parents in creation order (only statements with parents), from :func:`_read_links`' parts."""
    return {node: multiple.get(node) or [up] for node, up in first_up.items()}


def _children_of(ups: dict[str, list[str]]) -> dict[str, list[str]]:
    """Parent -> children (only statements with children), children in ``ups`` order."""
    kids: dict[str, list[str]] = {}
    for child, above in ups.items():
        for up in above:
            if up in kids:
                kids[up].append(child)
            else:
                kids[up] = [child]
    return kids


def _is_acyclic(mains: list[str], kids: dict[str, list[str]], ups: dict[str, list[str]], n: int) -> bool:
    """Kahn's check: can every statement be listed after all of its parents?"""
    waiting = {i: len(above) for i, above in ups.items() if len(above) > 1}  # single parents need no count
    queue = list(mains)
    k = 0
    while k < len(queue):
        node = queue[k]
        k += 1
        for child in kids.get(node, ()):
            if child in waiting:
                waiting[child] -= 1
                if waiting[child]:
                    continue
            queue.append(child)
    return len(queue) == n


def _reach(starts: list[str], kids: dict[str, list[str]]) -> set[str]:
    """Every statement below ``starts`` (roots included)."""
    seen = set(starts)
    stack = list(starts)
    while stack:
        for child in kids.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def _breadth_first(roots: list[str], kids: dict[str, list[str]]) -> dict[str, int]:
    """Rank (distance from the nearest root) of every statement the roots reach, in reach order."""
    rank = dict.fromkeys(roots, 0)
    queue = deque(roots)
    while queue:
        node = queue.popleft()
        for child in kids.get(node, ()):
            if child not in rank:
                rank[child] = rank[node] + 1
                queue.append(child)
    return rank


def _cycle_roots(graph: nx.DiGraph, unreached: list[str], order: dict[str, int]) -> list[str]:
    """The earliest statement of each cycle that has no parent outside itself."""
    import networkx as nx  # only maps with cycles get here: acyclic ones never pay for the import

    roots = []
    for part in nx.strongly_connected_components(graph.subgraph(unreached)):
        if all(up in part for node in part for up in graph.succ[node]):
            roots.append(min(part, key=order.__getitem__))
    return roots


def _component_ids(graph: nx.DiGraph) -> dict[str, int]:
    import networkx as nx  # cyclic maps only, as above

    component = {}
    for k, part in enumerate(nx.strongly_connected_components(graph)):
        for node in part:
            component[node] = k
    return component


def _undercuts_beside(
    ordered: list[str], target: str, undercuts: dict[tuple[str, str], tuple[str | None, str | None]], groups: dict[tuple[str, str], str]
) -> list[str]:
    """Keep ``ordered`` but move each undercutter right after the premise (or the last member of the
    linked reason) whose inference it attacks, so that its arrow onto that line is short."""
    moving = {child: undercuts[child, target] for child in ordered if (child, target) in undercuts}
    if not moving:
        return ordered
    result = [child for child in ordered if child not in moving]
    for child, (onto, onto_group) in moving.items():
        spots = [k for k, c in enumerate(result) if c == onto or (onto_group is not None and groups.get((c, target)) == onto_group)]
        if spots:
            at = spots[-1] + 1
            while at < len(result) and result[at] in moving and undercuts[result[at], target] == (onto, onto_group):
                at += 1  # after the undercuts of the same inference already placed
            result.insert(at, child)
        else:
            result.append(child)
    return result


def _co_premises_together(ordered: list[str], target: str, groups: dict[tuple[str, str], str]) -> list[str]:
    """Keep ``ordered`` but move each linked reason's members next to its first member."""
    members: dict[str, list[str]] = {}
    for child in ordered:
        name = groups.get((child, target))
        if name is not None:
            members.setdefault(name, []).append(child)
    if not members:
        return ordered
    result: list[str] = []
    for child in ordered:
        name = groups.get((child, target))
        if name is None:
            result.append(child)
        elif name in members:
            result.extend(members.pop(name))
    return result
