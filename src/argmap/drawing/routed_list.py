"""The misleading arrows as the router takes them, kept from one edit's picture to the next.

Every edit's picture hands :func:`~argmap.drawing.honest.route_misleading` its misleading arrows in drawing order,
each as (child box, parent box, link, usual shape, cross-link?). At 50,000 statements they are about a thousand,
and listing them read five entries of tables of 50,000 each (boxes, memos, tree parents, ranks), far apart in
memory: 4-6 ms at every edit, even one that changed a single box's text. The list is kept with the picture's
:class:`~argmap.drawing.arrow_net.ArrowNet` and only the entries the edit can have changed are read again: those
of the links it made again or moved along (every link at a box it moved or changed is among those: see ``targets``
in :mod:`argmap.drawing.edit_picture`), and those at the statements it named. A move of whole trees
(:mod:`argmap.drawing.frames`: the shapes read through their frames' offsets) reads them all again. An entry read
again equals the one read from nothing, so the router gets the same list (``tests/drawing/test_routed_list.py``
compares the two after random edits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

Key = tuple[str, str]
Entry = tuple[Any, Any, Key, tuple, bool]


class Listed:
    """The last picture's misleading arrows, in drawing order, and their entries by link."""

    __slots__ = ("entries", "keys", "order")

    def __init__(self, order: list[Key], keys: set[Key], entries: dict[Key, Entry]) -> None:
        self.order = order
        self.keys = keys
        self.entries = entries


def routed_list(
    net: Any,
    shown: Mapping[str, Any],
    remembered: Mapping[Key, Any],
    tree_parent: Mapping[str, str],
    *,
    stale_keys: Iterable[Key],
    stale_ids: Iterable[str],
    every: bool,
) -> tuple[list[Key], list[Entry]]:
    """The misleading links of ``net`` in drawing order (by rank) and their entries for the router. ``stale_keys``: the
    links whose memo or shape the edit changed; ``stale_ids``: statements whose links' entries are read again (those the
    edit named or took away); ``every``: all entries read again (whole trees moved)."""
    misleading: set[Key] = net.misleading
    kept: Listed | None = net.listed
    entry: Callable[[Key], Entry] = lambda key: (  # noqa: E731
        shown[key[0]], shown[key[1]], key, remembered[key].usual, tree_parent.get(key[0]) != key[1])
    if kept is None or every:
        order = sorted(misleading, key=net.rank_of.__getitem__)
        entries = dict(zip(order, map(entry, order), strict=True))
    else:
        entries = kept.entries
        for key in stale_keys:
            entries.pop(key, None)
        touching = net.touching
        for i in stale_ids:
            for key in touching.get(i, ()):
                entries.pop(key, None)
        if misleading == kept.keys:  # the same links: in the same order (a link's rank: its statements' creation orders)
            order = kept.order
        else:
            order = sorted(misleading, key=net.rank_of.__getitem__)
            for key in [key for key in entries if key not in misleading]:  # (no longer misleading: let go)
                del entries[key]
        if len(entries) != len(order):
            for key in order:
                if key not in entries:
                    entries[key] = entry(key)
    net.listed = Listed(order, set(misleading), entries)
    return order, list(map(entries.__getitem__, order))
