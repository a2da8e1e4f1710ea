"""Moving the selection through the tree with the arrow keys. Pure functions, no Qt.

Up goes to the parent, Down to the first child, Left and Right to the previous and next
sibling (in the order the layout draws them: supports, then objections, then evidence).
Main claims count as siblings of each other. Collapsed statements hide their children.
"""

from __future__ import annotations

from argmap.model import ArgumentMap


def parent(amap: ArgumentMap, statement_id: str) -> str | None:
    parents = amap.parents(statement_id)
    return parents[0] if parents else None


def first_child(amap: ArgumentMap, statement_id: str) -> str | None:
    if amap.statement(statement_id).collapsed:
        return None
    children = amap.children(statement_id)
    return children[0] if children else None


def siblings(amap: ArgumentMap, statement_id: str) -> list[str]:
    up = parent(amap, statement_id)
    return amap.children(up) if up is not None else amap.main_claims()


def sibling(amap: ArgumentMap, statement_id: str, step: int) -> str | None:
    """The sibling ``step`` places away (-1 previous, +1 next); None past either end."""
    row = siblings(amap, statement_id)
    if statement_id not in row:
        return None
    index = row.index(statement_id) + step
    return row[index] if 0 <= index < len(row) else None


def main_claim(amap: ArgumentMap) -> str | None:
    """The first main claim (the first of :meth:`ArgumentMap.main_claims`), else the first statement (all in cycles).

    Stops at the first statement that bears on nothing (usually the map's first): listing them all asked every
    statement of a 50,000-statement map for its links when a map was opened."""
    ids = amap.ids()
    return next((i for i in ids if not amap.parents(i)), ids[0] if ids else None)


def step(amap: ArgumentMap, current: str | None, direction: str) -> str | None:
    """Where ``direction`` (parent, child, previous, next, main) leads from ``current``."""
    if current is None or current not in amap:
        return main_claim(amap)
    if direction == "parent":
        return parent(amap, current)
    if direction == "child":
        return first_child(amap, current)
    if direction == "previous":
        return sibling(amap, current, -1)
    if direction == "next":
        return sibling(amap, current, +1)
    if direction == "main":
        return main_claim(amap)
    raise ValueError(f"unknown direction {direction!r}")
