"""Each statement's links in the scene (``MapScene._touching``: id -> the keys of the links at that box), which a large
map's opening makes after its first paint.

Nothing before the first paint reads it (the items near the view are made from the link table, ``_link_of``); the
edits, a drag and the parts an edit moved do. At 50,000 statements noting every link at both its ends took 0.1-0.15 s
of the opening: :meth:`MapScene._take_in` leaves it to :class:`TouchingTable`, which the canvas's idle filing slices
fill (:meth:`TouchingTable.some`), and whoever reads it first while some are left fills the rest at once
(:meth:`TouchingTable.now`). Either way the table is the one made link by link in the links' order: each tuple holds
a box's links in that order.
"""

from __future__ import annotations

import time
from collections.abc import Set as AbstractSet
from itertools import islice, repeat

Key = tuple[str, str]
#: The links noted between two looks at the clock in :meth:`TouchingTable.some` (about 2 us each).
STEP = 500


class TouchingTable:
    """id -> the keys of the links at that box (a tuple each: a set of one or two keys is 216 bytes, a tuple 48-56), with
    the links still to note (``later``), in the order they came."""

    __slots__ = ("_at", "_later", "table")

    def __init__(self) -> None:
        self.table: dict[str, tuple[Key, ...]] = {}
        self._later: list[Key] | None = None
        self._at = 0

    def clear(self) -> None:
        self.table = {}
        self._later = None
        self._at = 0

    def note_later(self, keys: list[Key]) -> None:
        """The links of an empty table, to note when idle or when first read (``keys``: the caller's own list, kept)."""
        assert not self.table
        self._later, self._at = (keys or None), 0

    def pending(self) -> bool:
        """Some links are still to note."""
        return self._later is not None

    def now(self) -> dict[str, tuple[Key, ...]]:
        """The whole table (the links left noted first)."""
        if self._later is not None:
            self._note(len(self._later))
        return self.table

    def keys_at(self, ids: AbstractSet[str]) -> set[Key]:
        """The links at any of the boxes ``ids``, the table left as it is: while links are left to note (a view painted
        before the idle slices noted them: the first paint of a large map), they are looked through too (a pass in a
        generator, a few ms at 50,000 links, not the 0.1 s of noting them all)."""
        table = self.table
        found: set[Key] = set().union(*map(table.get, ids, repeat(())))
        if self._later is not None:
            found.update(key for key in islice(self._later, self._at, None) if key[0] in ids or key[1] in ids)
        return found

    def some(self, seconds: float) -> bool:
        """Note links for about ``seconds``; True when none is left."""
        deadline = time.perf_counter() + seconds
        while self._later is not None:
            self._note(STEP)
            if time.perf_counter() >= deadline:
                break
        return self._later is None

    def _note(self, count: int) -> None:
        keys, at = self._later, self._at
        assert keys is not None
        end = min(at + count, len(keys))
        table = self.table
        for k in range(at, end):
            key = keys[k]
            source, target = key
            table[source] = (*table.get(source, ()), key)
            if target != source:
                table[target] = (*table.get(target, ()), key)
        if end >= len(keys):
            self._later, self._at = None, 0
        else:
            self._at = end
