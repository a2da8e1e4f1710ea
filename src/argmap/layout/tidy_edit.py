"""A tidy tree laid out again after an edit, redoing only the merges on the edit's path.

:mod:`~argmap.layout.tidy` lays a tree out from nothing: every node's children are merged (pushed apart
by their contours) from the leaves up, then the second walk adds up the moves from the root down. An
edit changes the merges of the nodes it touched and of their ancestors only: every other subtree's merge
depends on that subtree alone. :class:`EditableTree` keeps a tree's first-walk state between edits, with
nodes that keep their numbers (children as lists, not as ranges of a breadth-first numbering) and, for each
node, what its merge wrote into its children's subtrees (the threads it set on their extreme leaves), so
that the merge can be undone and redone. The merges are :func:`~argmap.layout.tidy.layout_tree`'s own
(:func:`~argmap.layout.tidy.merge`), so the positions are those of a layout made from nothing, bit for
bit (tests/layout/test_tidy_edit.py checks that on random edits).

Per edit: the changed nodes' and their ancestors' merges (each walks its children's contours, about the
tree's depth per child) plus one pass over the tree for the positions (the second walk, cheap).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress
from operator import add
from typing import TypeAlias, TypeVar, cast

from argmap.layout.tidy import merge

_T = TypeVar("_T")

#: What a merge did to a leaf (side 0: the left thread, 1: the right one), with the leaf's modifier and place before.
_Thread: TypeAlias = tuple[int, int, float, float]


class EditableTree:
    """One tree's layout in tree coordinates (x across, y down), kept so that an edit redoes only its path.

    Built from the tree's statements numbered breadth first (as :func:`~argmap.layout.place` numbers them);
    :meth:`update` brings it to the tree as it is now and returns its lists (:meth:`positions`).
    """

    def __init__(self, keys: list[str], children: list[list[str]], first: list[int], last: list[int], w: list[float], h: list[float],
                 y: list[float], bottom: list[float], sizes: list[tuple[float, float]]) -> None:
        """The lists are taken over, not copied (the caller's own, as :func:`~argmap.layout.place._breadth_first` made
        them: the tree changes them as it is edited); a layout of 50,000 statements keeps every big tree editable."""
        m = len(keys)
        numbers = list(range(m))  # (one int object per node, shared by the lists of node numbers)
        self.root = 0
        self.key = keys
        self.index = dict(zip(keys, numbers, strict=True))
        #: by node: whether it is in the tree (in :attr:`index`, whose order is the nodes' numbers': numbers only grow)
        self.alive = [True] * m
        #: each node's children (ranges of the numbering as built, lists once an edit changed them: never changed in place)
        self.kids: list[Sequence[int]] = [range(f, last[t] + 1) if f >= 0 else () for t, f in enumerate(first)]
        #: each node's children as the caller's lists of statements (compared whole with the next edit's)
        self.kidkeys: list[list[str] | None] = cast("list[list[str] | None]", children)
        self.up = [-1] * m
        for t, below in zip(numbers, self.kids, strict=True):
            for c in below:
                self.up[c] = t
        self.w, self.h, self.y, self.b, self.sizes = w, h, y, bottom, sizes
        self.prelim = [0.0] * m
        self.mod = self.prelim[:]
        self.shift = self.prelim[:]
        self.change = self.prelim[:]
        self.msel = self.prelim[:]
        self.mser = self.prelim[:]
        self.nl = first
        self.nr = last
        self.el = numbers
        self.er = numbers[:]
        #: each node's (el, er, msel, mser) after its own merge, before its parent's (None: no merge, (t, t, 0.0, 0.0))
        self.own: list[tuple[int, int, float, float] | None] = [None] * m
        self.threads: list[list[_Thread] | None] = [None] * m
        self.spread: set[int] = set()
        #: the leaves whose threads the merges since the last positions set or undid (their places change)
        self.threaded: set[int] = set()
        self.walked: Sequence[int] = []  # the nodes the last positions went through
        self.before: list[float] = []  # their places across before it, in that order
        self.gone_keys: list[str] = []  # the statements the last update took out (deleted, or gone to another tree)
        #: min(x) and max(x + w) over the tree's nodes (its span across), kept up to date by :meth:`positions` and
        #: :meth:`update` (an edit's: from the nodes it went through, not a pass over the whole tree)
        self.lo = self.hi = math.nan
        self.x = [math.nan] * m  # across, by node
        self.msum = self.x[:]  # the sum of modifiers the second walk gave each node
        #: still numbered breadth first as built (no update yet): the first positions go down the numbers, not a stack
        self.numbered = True
        self._first_walk()

    def _first_walk(self) -> None:
        """Every node's merge, children before parents (breadth-first numbers: down the numbers), as tidy's first walk:
        :meth:`_merge`'s steps in one loop with every list in a local (no method call per node), no
        :attr:`threaded` noted (the first positions work out every node's place)."""
        prelim, mod, shift, change, msel, mser = self.prelim, self.mod, self.shift, self.change, self.msel, self.mser
        nl, nr, el, er, w, b, spread = self.nl, self.nr, self.el, self.er, self.w, self.b, self.spread
        kids, own, threads_of = self.kids, self.own, self.threads
        for t in range(len(kids) - 1, -1, -1):
            below = kids[t]
            if below:
                threads: list[_Thread] = []
                merge(t, below, prelim, mod, shift, change, msel, mser, nl, nr, el, er, w, b, spread, threads)
                own[t] = (el[t], er[t], msel[t], mser[t])
                if threads:  # (None: it set none)
                    threads_of[t] = threads

    # ------------------------------------------------------------------ the merges
    def _merge(self, t: int) -> None:
        """Push ``t``'s children apart and centre ``t`` over them: one step of tidy's first walk (the same function)."""
        threads: list[_Thread] = []
        merge(t, self.kids[t], self.prelim, self.mod, self.shift, self.change, self.msel, self.mser, self.nl, self.nr, self.el, self.er,
              self.w, self.b, self.spread, threads)
        self.threaded.update(leaf for leaf, _, _, _ in threads)
        self.own[t] = (self.el[t], self.er[t], self.msel[t], self.mser[t])
        self.threads[t] = threads

    def _undo(self, t: int) -> None:
        """Give ``t``'s children back the state they had before ``t``'s merge (their own merges' results)."""
        mod, prelim, nl, nr = self.mod, self.prelim, self.nl, self.nr
        for leaf, side, old_mod, old_prelim in reversed(self.threads[t] or ()):
            self.threaded.add(leaf)
            if side == 0:
                nl[leaf] = -1
            else:
                nr[leaf] = -1
            mod[leaf] = old_mod
            prelim[leaf] = old_prelim
        self.threads[t] = None
        own = self.own
        for c in self.kids[t]:
            mod[c] = self.shift[c] = self.change[c] = 0.0
            self.el[c], self.er[c], self.msel[c], self.mser[c] = own[c] or (c, c, 0.0, 0.0)
        self.spread.discard(t)

    def _reset(self, t: int) -> None:
        """``t`` as before any merge of its own (its parent's merge is undone already or it is new)."""
        kids = self.kids[t]
        self.prelim[t] = self.msel[t] = self.mser[t] = 0.0
        self.el[t] = self.er[t] = t
        self.nl[t] = kids[0] if kids else -1
        self.nr[t] = kids[-1] if kids else -1
        self.own[t] = None

    def _new_node(self, key: str) -> int:
        t = len(self.key)
        self.key.append(key)
        self.index[key] = t
        for values in (self.w, self.h, self.y, self.b, self.x, self.msum):
            values.append(math.nan)  # its place and size: set as it is placed
        for values in (self.prelim, self.mod, self.shift, self.change, self.msel, self.mser):
            values.append(0.0)
        self.sizes.append((math.nan, math.nan))
        self.alive.append(True)
        self.kids.append([])
        self.kidkeys.append(None)
        self.up.append(-1)
        self.nl.append(-1)
        self.nr.append(-1)
        self.el.append(t)
        self.er.append(t)
        self.own.append(None)
        self.threads.append(None)
        return t

    # ------------------------------------------------------------------ an edit
    def worn(self) -> bool:
        """More numbers of statements gone than of statements here: made again from the tree (its lists only grow)."""
        return len(self.key) > 2 * len(self.index) + 64

    def differs(self, children: Mapping[str, list[str]], sizes: Mapping[str, tuple[float, float]],
                candidates: Iterable[str] | None = None) -> tuple[list[int], list[int]]:
        """The nodes whose children (``regrouped``) or size (``resized``) differ from ``children`` and ``sizes``.

        ``candidates``: the only statements whose children or size may have changed (an edit's statements and their
        parents before and after it): only those of this tree are looked at. None: every node, by whole-list
        comparisons (no Python code per statement, but a pass over the whole tree: 1-2 ms at 2,000 statements).
        """
        index, key, kidkeys, own_sizes = self.index, self.key, self.kidkeys, self.sizes
        if candidates is not None:
            nodes = sorted({t for t in map(index.get, candidates) if t is not None})  # (the whole-list comparisons' order)
            regrouped = [t for t in nodes if children.get(key[t]) != kidkeys[t]]
            resized = [t for t in nodes if sizes.get(key[t]) != own_sizes[t]]
            return regrouped, resized
        ids = list(index.values())
        live = list(map(key.__getitem__, ids))
        now_kids = list(map(children.get, live))
        was_kids = list(map(kidkeys.__getitem__, ids))
        regrouped = [t for t, a, b in zip(ids, now_kids, was_kids, strict=True) if a != b] if now_kids != was_kids else []
        now_sizes = list(map(sizes.get, live))
        was_sizes = list(map(own_sizes.__getitem__, ids))
        resized = [t for t, a, b in zip(ids, now_sizes, was_sizes, strict=True) if a != b] if now_sizes != was_sizes else []
        return regrouped, resized

    def update(self, children: Mapping[str, list[str]], parent: Mapping[str, str], sizes: Mapping[str, tuple[float, float]],
               left_to_right: bool, sibling_gap: float, level_gap: float,
               changes: tuple[list[int], list[int]] | None = None) -> tuple[list[str], list[tuple[float, float]], list[float],
                                                                            list[float], list[float], list[float]]:
        """The tree as ``children``, ``parent`` (the forest's) and ``sizes`` have it now: (keys, sizes, x, y, w, h) as
        :func:`~argmap.layout.place._breadth_first` and :func:`~argmap.layout.tidy.layout_tree` make them, but in the
        order of :meth:`positions`. ``changes``: what :meth:`differs` found (None: found here, comparing every node).

        Raises KeyError, TypeError or ValueError on a missing or unusable size (the caller names it); the tree is
        then no longer usable.
        """
        index, key, kids_of, up, kidkeys = self.index, self.key, self.kids, self.up, self.kidkeys
        self.numbered = False
        root = self.root
        root_key = key[root]

        def here(k: str) -> bool:  # is the statement in this tree now?
            while k != root_key:
                above = parent.get(k)
                if above is None:
                    return False
                k = above
            return True

        # 1. What changed: other children (or gone from the forest), other sizes; then the new, moved and gone nodes.
        regrouped, resized = changes if changes is not None else self.differs(children, sizes)
        changed: set[int] = set(regrouped)
        new_kids: dict[int, list[int]] = {}
        new_up: dict[int, int] = {}  # nodes under another parent (or new), and that parent
        pending = list(regrouped)
        while pending:
            t = pending.pop()
            now = children.get(key[t])
            if now is None or not here(key[t]):
                continue  # gone (found below)
            kids = []
            for k in now:
                n = index.get(k)
                if n is None:  # new here: its children are looked at too
                    n = self._new_node(k)
                    changed.add(n)
                    pending.append(n)
                kids.append(n)
                if up[n] != t:
                    new_up[n] = t
            new_kids[t] = kids
            kidkeys[t] = now
        gone: list[int] = []
        for t in regrouped:
            for d in (t, *kids_of[t]):
                if d in new_up or here(key[d]):
                    continue
                stack = [d]
                while stack:  # the subtree that left: every statement of it that is not here now
                    n = stack.pop()
                    if n not in new_up and not here(key[n]):
                        gone.append(n)
                    stack.extend(kids_of[n])
        gone = list(dict.fromkeys(gone))
        gone_set = set(gone)
        self.gone_keys = [key[t] for t in gone]
        changed.update(gone)
        # 2. Sizes and depths: a resized, moved or new node, and below it as long as the depths change.
        def depth(t: int) -> int:
            d = 0
            t = new_up.get(t, up[t])
            while t >= 0:
                d += 1
                t = new_up.get(t, up[t])
            return d

        starts = sorted((t for t in dict.fromkeys((*new_up, *resized)) if t not in gone_set), key=depth)  # parents first
        inf = math.inf
        w, h, y, b = self.w, self.h, self.y, self.b
        old_w: dict[int, float] = {}  # the widths before (for the span across)
        for s0 in starts:
            stack = [s0]
            while stack:
                t = stack.pop()
                k = key[t]
                size = sizes[k]
                across, down = size
                if not (0.0 <= across < inf and 0.0 <= down < inf):
                    raise ValueError(k)
                if left_to_right:
                    across, down = down, across
                across += sibling_gap
                down += level_gap
                p = new_up.get(t, up[t])
                top = b[p] if p >= 0 else 0.0
                if across != w[t] or down != h[t] or top != y[t] or size != self.sizes[t]:
                    changed.add(t)
                    self.sizes[t] = size
                    old_w.setdefault(t, w[t])
                    w[t] = across
                    if down != h[t] or top != y[t]:  # its children move down or up too
                        h[t], y[t], b[t] = down, top, top + down
                        stack.extend(new_kids.get(t, kids_of[t]))
        # 3. Undo the merges that change, from the top (the latest merge first), on the tree as it was: the
        # changed nodes' and their ancestors', as they were and as they are (the same ones, but for nodes moved).
        old_side = _with_ancestors(changed, up.__getitem__)
        while True:  # (one round: the second finds nothing more; kept for safety, it costs a set difference)
            new_side = _with_ancestors({t for t in old_side if t not in gone_set}, lambda t: new_up.get(t, up[t]))
            more = {t for t in new_side if t not in old_side}
            if not more:
                break
            old_side = _with_ancestors(old_side | more, up.__getitem__)
        undo = [root] if root in old_side else []
        for t in undo:
            undo.extend(c for c in kids_of[t] if c in old_side)
        for t in undo:
            if kids_of[t]:
                self._undo(t)
        # 4. The tree as it is now; redo the merges from the bottom.
        for t in gone:
            del index[key[t]]
            self.alive[t] = False
            kids_of[t] = []
            up[t] = -1
            kidkeys[t] = None
        for t, kids in new_kids.items():
            kids_of[t] = kids
        for c, above in new_up.items():
            up[c] = above
        redo = [root] if root in new_side else []
        for t in redo:
            redo.extend(c for c in kids_of[t] if c in new_side)
        for t in redo:
            self._reset(t)
        for t in reversed(redo):
            if kids_of[t]:
                self._merge(t)
        moved = self.threaded - gone_set
        self.threaded = set()
        x = self.x
        old_ends = [x[t] + was for t, was in old_w.items()]  # (where the resized nodes ended before: not moved yet)
        lists = self.positions(new_side | _with_ancestors(moved, up.__getitem__))
        self._span_after(old_ends, gone)
        return lists

    def _span_after(self, old_ends: list[float], gone: list[int]) -> None:
        """:attr:`lo` and :attr:`hi` after an edit: from the nodes the last positions went through (:attr:`before`: their
        places before), where the resized nodes ended before (``old_ends``) and the ``gone`` ones. Only when one of those
        was at the span's end before (it may have shrunk) are all the nodes gone over again. (Lists searched in C: a node
        resized is also taken with its new width, which at worst goes over them all when it need not.)"""
        x, w, lo, hi = self.x, self.w, self.lo, self.hi
        walked, before = self.walked, self.before
        gone_x = list(map(x.__getitem__, gone))
        if (lo in before or lo in gone_x or hi in old_ends or hi in map(add, before, map(w.__getitem__, walked))
                or hi in map(add, gone_x, map(w.__getitem__, gone))):  # (a new node's nan never is)
            ids = list(self.index.values())
            self.lo, self.hi = min(map(x.__getitem__, ids)), max(map(add, map(x.__getitem__, ids), map(w.__getitem__, ids)))
            return
        if walked:
            self.lo = min(lo, min(map(x.__getitem__, walked)))
            self.hi = max(hi, max(map(add, map(x.__getitem__, walked), map(w.__getitem__, walked))))

    def children_lists(self) -> list[list[str]]:
        """Each node's children (statements) in the order of :meth:`positions`' lists: the forest's lists as :meth:`update`
        (or the building) compared them, equal to the forest's now."""
        return cast("list[list[str]]", self._alive(self.kidkeys))  # (a node in the tree always has its list)

    def walked_lists(self) -> tuple[list[str], list[tuple[float, float]], list[float], list[float]]:
        """(keys, sizes, x, y) of the nodes the last :meth:`positions` went through: any other node's box is as before."""
        walked = self.walked
        return (list(map(self.key.__getitem__, walked)), list(map(self.sizes.__getitem__, walked)),
                list(map(self.x.__getitem__, walked)), list(map(self.y.__getitem__, walked)))

    def positions(self, redone: set[int] | None = None) -> tuple[
            list[str], list[tuple[float, float]], list[float], list[float], list[float], list[float]]:
        """The tree's lists (keys, sizes, x, y, w, h), in the order of its nodes' numbers.

        The second walk (tidy._second_walk's arithmetic) goes down from the root into the nodes ``redone`` (with their
        ancestors: whose merges were redone, or leaves whose threads changed) and into those whose sum of modifiers
        changed; anywhere else the positions are the last ones. None: every node (right after it was built; the span
        across, :attr:`lo` and :attr:`hi`, is worked out here then). :attr:`walked` gets the nodes gone through (depth
        first, each node's children from the last), :attr:`before` their places before.
        """
        if redone is None and self.numbered:
            return self._first_positions()
        prelim, mod, shift, change, kids_of, spread = self.prelim, self.mod, self.shift, self.change, self.kids, self.spread
        x, msum = self.x, self.msum
        stack = [(self.root, mod[self.root])]
        walked: list[int] = []
        self.walked = walked
        before = self.before = []
        walk, note, pop, push = walked.append, before.append, stack.pop, stack.extend
        while stack:
            t, modsum = pop()
            walk(t)
            note(x[t])
            msum[t] = modsum
            x[t] = prelim[t] + modsum
            kids = kids_of[t]
            if not kids:
                continue
            if t in spread:
                sums = []
                d = delta = 0.0
                for c in kids:
                    d += shift[c]
                    delta += d + change[c]
                    sums.append(modsum + (mod[c] + delta))
                if redone is None:
                    push(zip(kids, sums, strict=True))
                else:
                    push([(c, m) for c, m in zip(kids, sums, strict=True) if c in redone or m != msum[c]])
            elif redone is None:
                push([(c, modsum + mod[c]) for c in kids])
            else:  # (one pass: each child's sum, and whether to go into it)
                push([(c, m) for c in kids for m in (modsum + mod[c],) if c in redone or m != msum[c]])
        # the lists of the nodes in the tree, in their numbers' order (taken by a mask in C, not node by node)
        lists = self._alive
        xs, ws = lists(x), lists(self.w)
        if redone is None:
            self.lo, self.hi = min(xs), max(map(add, xs, ws))
        return lists(self.key), lists(self.sizes), xs, lists(self.y), ws, lists(self.h)

    def _first_positions(self) -> tuple[list[str], list[tuple[float, float]], list[float], list[float], list[float], list[float]]:
        """:meth:`positions` of every node of the tree as built (numbered breadth first, every node alive): the sums of
        modifiers go down the numbers (parents before children, no stack), the places are added up in C. :attr:`walked`
        is every node in their numbers' order."""
        prelim, mod, shift, change, kids_of, spread = self.prelim, self.mod, self.shift, self.change, self.kids, self.spread
        msum = self.msum
        msum[0] = mod[0]
        for t, kids in enumerate(kids_of):
            if not kids:
                continue
            modsum = msum[t]
            if t in spread:
                d = delta = 0.0
                for c in kids:
                    d += shift[c]
                    delta += d + change[c]
                    msum[c] = modsum + (mod[c] + delta)
            else:
                for c in kids:
                    msum[c] = modsum + mod[c]
        self.before = self.x
        x = self.x = list(map(add, prelim, msum))
        self.walked = range(len(x))
        w = self.w
        self.lo, self.hi = min(x), max(map(add, x, w))
        return self.key[:], self.sizes[:], x[:], self.y[:], w[:], self.h[:]

    def _alive(self, values: list[_T]) -> list[_T]:
        """The ``values`` of the nodes in the tree, in their numbers' order (a copy, or taken by a mask in C)."""
        return values[:] if len(self.index) == len(self.alive) else list(compress(values, self.alive))


def _with_ancestors(nodes: set[int], parent_of: Callable[[int], int]) -> set[int]:
    """``nodes`` and every ancestor of theirs (``parent_of`` gives -1 above the root)."""
    closed = set(nodes)
    for t in nodes:
        p = parent_of(t)
        while p >= 0 and p not in closed:
            closed.add(p)
            p = parent_of(p)
    return closed
