"""What the layout shows and where arrows meet their parent: gaps, "+N hidden" counts, the fan of arrow ends.

Shared by the editor's scene and the headless exporter, so both draw a map alike.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING

from argmap.drawing.geometry import Box, fan_slots

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

#: Gaps between boxes: room for an arrowhead and the relation symbol between levels.
LAYOUT_GAPS = {"sibling_gap": 28.0, "level_gap": 72.0, "tree_gap": 90.0}


def fan_coordinate(box: Box, *, horizontal: bool) -> float:
    """Where along the parent's edge an arrow from this box comes from: its centre x (TB) or y (LR)."""
    x, y, w, h = box
    return x + w / 2 if horizontal else y + h / 2


def effective_arrangement(layout: str, direction: str) -> str:
    """The arrangement a map is drawn in: its own, but columns are top-down only (left to right draws a tree)."""
    return "columns" if layout == "columns" and direction == "TB" else "tree"


#: A lane of the columns arrangement: (x of the vertical line, y where it ends).
Lane = tuple[float, float]


def lane_needs_slot(lane: Lane, parent: Box) -> bool:
    """True when the arrow along ``lane`` curves into its parent (a column's top) and so takes a fan slot;
    False when the lane ends right under the parent and goes straight in."""
    x, y, w, h = parent
    return not (lane[1] <= y + h + 0.5 and x <= lane[0] <= x + w)


def group_lane(members: list[str], target: str, shown: Mapping[str, Box], lanes: Mapping[tuple[str, str], Lane]) -> Lane | None:
    """The lane a linked reason's one arrow runs along: its topmost shown member's.

    None outside the columns arrangement, and when a member has no lane of its own (it was
    dragged elsewhere: a bar joining it to the others' lane could cross other boxes).
    """
    if not lanes or not members or any((m, target) not in lanes for m in members):
        return None
    top = min(members, key=lambda m: shown[m][1])
    return lanes[(top, target)]


def hidden_counts(amap: ArgumentMap, hidden: set[str]) -> dict[str, int]:
    """How many of the ``hidden`` statements each collapsed statement stands for ("+N hidden").

    Only those really hidden: a statement under a collapsed one that also bears on a shown
    statement stays on the map and is not counted.
    """
    return {s.id: len(amap.descendants(s.id) & hidden) for s in amap.statements() if s.collapsed}


_coordinate = itemgetter(0)
#: fan_slots(count) for each count asked (a few dozen counts in any map: working them out again for each of 25,000
#: parents took a third of assign_slots at 50,000 statements)
_FANS: dict[int, tuple[float, ...]] = {}


def assign_slots(arrows: Iterable[tuple[str, float, Hashable]]) -> dict[Hashable, float]:
    """Spread the arrows into each parent along its edge, in the order of where they come from.

    ``arrows`` are (parent id, the source's centre x in TB or y in LR, a key); returns
    key -> slot (0..1 along the parent's facing edge). Ties keep the given order.
    """
    into: dict[str, list[tuple[float, Hashable]]] = {}
    get = into.get
    for target, coordinate, key in arrows:  # (not setdefault: a list made for nothing per arrow, 50,000 at opening)
        entries = get(target)
        if entries is None:
            into[target] = [(coordinate, key)]
        else:
            entries.append((coordinate, key))
    return spread_slots(into)


def spread_slots(into: dict[str, list[tuple[float, Hashable]]]) -> dict[Hashable, float]:
    """:func:`assign_slots` of the arrows listed by parent, as (coordinate, key) in the given order (a picture from
    nothing lists them so as it goes over the links: no (parent, coordinate, key) made per arrow); sorts the lists."""
    slots: dict[Hashable, float] = {}
    for entries in into.values():
        if len(entries) == 1:  # a parent of one arrow (half of a big map's): the middle, as fan_slots(1) says
            slots[entries[0][1]] = 0.5
            continue
        entries.sort(key=_coordinate)
        count = len(entries)
        fan = _FANS.get(count)
        if fan is None:
            fan = _FANS[count] = tuple(fan_slots(count))
        for slot, (_, key) in zip(fan, entries, strict=True):
            slots[key] = slot
    return slots

