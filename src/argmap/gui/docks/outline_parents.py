"""What the outline needs from the whole map before it shows a row: each statement's row parent, the top rows, and
whether any link has a wider sign; worked out in steps that a large map's outline spreads over several turns of the
event loop (three passes over 50,000 statements took one turn of 0.15-0.3 s right after the first paint)."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from argmap.drawing.staged import drained
from argmap.model import ArgumentMap, Link, Relation

#: Statements (or links) gone over between two steps: about 2-4 ms of work.
STEP = 2_000


@dataclass
class Prepared:
    """The map as the outline's rows read it."""

    parent: dict[str, str | None]
    tops: list[str]
    has_marks: bool


def prepared_steps(amap: ArgumentMap) -> Generator[None, None, Prepared]:
    """The passes over the map, yielding every :data:`STEP` statements; returns what they found."""
    parent = yield from tree_parents_steps(amap)
    has_marks = yield from any_marked_steps(amap.graph_view()._pred)  # type: ignore[attr-defined]  # see OutlineModel
    tops: list[str] = []
    ids = amap.ids()
    for start in range(0, len(ids), STEP):
        tops += [i for i in ids[start : start + STEP] if parent[i] is None]
        yield
    return Prepared(parent, tops, has_marks)


def marked(link: Link) -> bool:
    """A link whose row sign is wider than a plus or a minus."""
    return link.is_undercut or link.relation == Relation.REPHRASE


def any_marked(pred: dict[str, dict]) -> bool:
    """Whether a link of the graph (its adjacency dicts) has a row sign wider than a plus or a minus (as :func:`marked`)."""
    return bool(drained(any_marked_steps(pred)))


def any_marked_steps(pred: dict[str, dict]) -> Generator[None, None, bool]:
    rephrase = Relation.REPHRASE
    countdown = STEP
    for targets in pred.values():
        for attributes in targets.values():
            link = attributes["link"]
            if link.onto is not None or link.onto_group is not None or link.relation == rephrase:
                return True
        countdown -= 1
        if not countdown:
            yield
            countdown = STEP
    return False


def tree_parents(amap: ArgumentMap) -> dict[str, str | None]:
    """Every statement's row parent: its oldest parent, with cycles broken at their oldest member."""
    parents: dict[str, str | None] = drained(tree_parents_steps(amap))
    return parents


def tree_parents_steps(amap: ArgumentMap) -> Generator[None, None, dict[str, str | None]]:
    ups_of: dict[str, dict] = amap.graph_view()._succ  # type: ignore[attr-defined]  # see OutlineModel.set_map
    parent: dict[str, str | None] = {}
    order = amap.order_of
    countdown = STEP
    for statement_id, ups in ups_of.items():
        if not ups:
            parent[statement_id] = None
        elif len(ups) == 1:
            parent[statement_id] = next(iter(ups))
        else:
            parent[statement_id] = min(ups, key=order)
        countdown -= 1
        if not countdown:
            yield
            countdown = STEP
    # A chain of oldest parents may run in a circle (a cycle in the map): none of it would reach a top row.
    reaches_top: set[str] = set()
    for start in parent:
        countdown -= 1
        if not countdown:
            yield
            countdown = STEP
        up = parent[start]
        if up is None or up in reaches_top:  # the usual case (a parent is older than its children): no walk
            reaches_top.add(start)
            continue
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in reaches_top and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = parent[node]
        if node is not None and node in on_path:
            loop = path[path.index(node) :]
            root = min(loop, key=order)
            parent[root] = outside_parent(amap, parent, root)
        reaches_top.update(path)
    return parent


def outside_parent(amap: ArgumentMap, parent: dict[str, str | None], root: str) -> str | None:
    """Another parent of ``root`` whose chain ends at a top without passing through ``root``, else None."""
    for up in amap.parents(root):
        node: str | None = up
        seen: set[str] = set()
        while node is not None and node != root and node not in seen:
            seen.add(node)
            node = parent[node]
        if node is None:
            return up
    return None
