"""The order in which a presentation reveals a map: the main claim, then each reply in turn.

Depth-first (a reply's own replies right after it, the way a teacher walks one branch
to its end) or breadth-first (all replies to the main claim, then their replies, ...).
Each statement appears once, even when it bears on two statements or sits on a cycle.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from argmap.model import ArgumentMap

Order = Literal["depth", "breadth"]
ORDERS: tuple[Order, ...] = ("depth", "breadth")


@dataclass(frozen=True, slots=True)
class Steps:
    """The reveal sequence: ``ids[k]`` is the statement step ``k`` adds; ``parent[i]`` the one it replies to."""

    ids: tuple[str, ...]
    parent: dict[str, str | None]

    def __len__(self) -> int:
        return len(self.ids)

    def shown(self, step: int) -> tuple[str, ...]:
        """The statements on screen at ``step`` (0-based): everything revealed so far."""
        return self.ids[: step + 1]

    def branch_starts(self) -> list[int]:
        """The step of each reply to a main claim, in order: the targets of the number keys (1 is the first)."""
        starts = []
        for k, i in enumerate(self.ids):
            parent = self.parent[i]
            if parent is not None and self.parent[parent] is None:
                starts.append(k)
        return starts


def presentation_steps(amap: ArgumentMap, order: Order = "depth", *, only: Collection[str] | None = None) -> Steps:
    """The reveal order of ``amap`` (restricted to ``only``: e.g. the statements a drawing shows).

    Main claims in creation order; under each statement its replies in the map's order
    (supports, objections and rebuttals, evidence). A statement that no main claim reaches
    (inside a cycle with no top) starts a branch of its own, in creation order.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}: choose depth or breadth")
    allowed = set(amap.ids()) if only is None else set(only)
    seen: dict[str, str | None] = {}
    ids: list[str] = []

    def replies(statement_id: str) -> list[str]:
        return [c for c in amap.children(statement_id) if c in allowed and c not in seen]

    roots = [i for i in amap.main_claims() if i in allowed]
    roots += [i for i in amap.ids() if i in allowed and i not in roots]  # what no main claim reaches
    for root in roots:
        if root in seen:
            continue
        seen[root] = None
        ids.append(root)
        if order == "depth":
            stack = [iter(replies(root))]
            parents = [root]
            while stack:
                child = next(stack[-1], None)
                if child is None:
                    stack.pop()
                    parents.pop()
                    continue
                if child in seen:
                    continue
                seen[child] = parents[-1]
                ids.append(child)
                stack.append(iter(replies(child)))
                parents.append(child)
        else:
            queue = deque([root])
            while queue:
                current = queue.popleft()
                for child in replies(current):
                    seen[child] = current
                    ids.append(child)
                    queue.append(child)
    return Steps(tuple(ids), seen)
