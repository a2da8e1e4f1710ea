"""Non-layered tidy tree: van der Ploeg, "Drawing non-layered tidy trees in linear time" (2014).

Why this algorithm and not Walker/Buchheim per level: argument boxes hold wrapped text, so
their heights differ a lot (one line to eight). A layered layout (Walker/Buchheim, or
Graphviz dot) gives every box of a level the height of the tallest one: a tall objection
pushes all its cousins' children down and leaves holes under every short box. The
non-layered variant places each child exactly ``level_gap`` below *its own* parent, so the
reply you read next is always right under its statement, and separates neighbouring
subtrees by their real contours (every box with its own width and height). Measured with
this same engine run both ways (layered = every box as tall as its level's tallest): the
example map comes out 4 % lower at the same width; generated 1,000- and 10,000-statement
maps 16 % lower, 8 to 12 % wider (staggered boxes interlock a little less), 6 to 9 % less
area (`benchmarks/compare_layered.py`). Same guarantees either way (no overlaps, parents
centred over their children, order kept, a subtree's shape depending only on the subtree
itself), and both are O(n).

This module works in *tree coordinates*: ``x`` across (breadth), ``y`` down (depth); the
caller maps them to the screen for top-down or left-to-right. Each node's ``w`` and ``h``
already include the gaps (a node owns the space up to its neighbour and its children).
Both walks are loops over explicit lists, never recursion, so any depth works.

Nodes are numbers, not objects: a tree is numbered breadth first (the root is 0 and each
node's children are consecutive, ``first[p]`` to ``last[p]``), and every property is a
list indexed by node. Making 10,000 node objects cost more than laying them out; lists
of zeros are made in one step, and the children of ``p`` need no list of their own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeAlias

#: A linked list of the left siblings still visible in a contour: (lowest y, position among the siblings, the next one).
_Visible: TypeAlias = tuple[float, int, "_Visible | None"]


def layout_tree(first: list[int], last: list[int], w: list[float], bottom: list[float]) -> list[float]:
    """Position across (``x``) of every node of a tree numbered breadth first.

    ``first[p]``..``last[p]`` are the children of ``p`` (-1 for a leaf); ``w`` is the size
    across with the gap; ``bottom`` is where each node ends downwards, gap included (a child's
    top is its own parent's bottom: the non-layered rule, which the caller applies while
    numbering the tree). x starts near 0; the caller moves the tree.
    """
    prelim, mod, shift, change, spread = _first_walk(first, last, w, bottom)
    return _second_walk(first, last, prelim, mod, shift, change, spread)


def _first_walk(
    first: list[int], last: list[int], w: list[float], b: list[float]
) -> tuple[list[float], list[float], list[float], list[float], set[int]]:
    """Preliminary x, modifiers and spread moves of every node, children before parents, and
    the parents whose children got spread moves (few: the second walk folds in only theirs).

    Contours: ``nl[v]``/``nr[v]`` is the next node down the left/right contour, the first or
    last child, or for a leaf the thread set here (threads only ever start at leaves, the
    extreme nodes ``el``/``er``); ``msel``/``mser`` are the extreme nodes' modifier sums.
    """
    m = len(w)
    prelim = [0.0] * m
    mod = prelim[:]
    shift = prelim[:]
    change = prelim[:]
    msel = prelim[:]
    mser = prelim[:]
    nl = first[:]
    nr = last[:]
    el = list(range(m))
    er = el[:]
    spread: set[int] = set()
    for t in range(m - 1, -1, -1):  # breadth-first numbers: children after their parent
        f = first[t]
        if f >= 0:
            merge(t, range(f, last[t] + 1), prelim, mod, shift, change, msel, mser, nl, nr, el, er, w, b, spread, None)
    return prelim, mod, shift, change, spread


def merge(
    t: int, kids: Sequence[int], prelim: list[float], mod: list[float], shift: list[float], change: list[float], msel: list[float],
    mser: list[float], nl: list[int], nr: list[int], el: list[int], er: list[int], w: list[float], b: list[float], spread: set[int],
    threads: list[tuple[int, int, float, float]] | None,
) -> None:
    """One step of the first walk: push ``t``'s children (``kids``, left to right, each merged already) apart by
    their contours and centre ``t`` over them. ``threads``, when given, gets what the merge wrote into the
    children's subtrees (the threads it set on their extreme leaves: (leaf, 0 left or 1 right, its modifier and
    prelim before)), so that it can be undone (:mod:`argmap.layout.tidy_edit` keeps a tree between edits: it merges
    with this same function, so its positions are those of a layout from nothing, bit for bit).

    One loop with every list in a local (helper calls per sibling cost more than the work)."""
    f, lc = kids[0], kids[-1]
    # The left siblings still visible in the contour, as (lowest y, position among the siblings, next) links.
    ih: _Visible = (b[el[f]], 0, None)
    for j in range(1, len(kids)):
        i = kids[j]
        low = b[er[i]]
        # Push child i right until its left contour clears the right contour of the children before it.
        sr = kids[j - 1]  # right contour of the left siblings, with its sum of modifiers
        mssr = mod[sr]
        cl = i  # left contour of the current subtree
        mscl = mod[cl]
        seen = ih
        while sr >= 0 and cl >= 0:
            sr_bottom = b[sr]
            while sr_bottom > seen[0] and seen[2] is not None:  # sr now belongs to an earlier sibling
                seen = seen[2]
            dist = (mssr + prelim[sr] + w[sr]) - (mscl + prelim[cl])
            if dist > 0:
                mscl += dist
                mod[i] += dist  # move subtree i
                msel[i] += dist
                mser[i] += dist
                sj = seen[1]
                if sj != j - 1:  # spread the move evenly over the smaller siblings in between
                    spread.add(t)
                    nr_between = j - sj
                    shift[kids[sj + 1]] += dist / nr_between
                    shift[i] -= dist / nr_between
                    change[i] -= dist - dist / nr_between
            cl_bottom = b[cl]
            if sr_bottom <= cl_bottom:
                sr = nr[sr]
                if sr >= 0:
                    mssr += mod[sr]
            if sr_bottom >= cl_bottom:
                cl = nl[cl]
                if cl >= 0:
                    mscl += mod[cl]
        # Far apart siblings sit on a coarse grid: a neighbour that grows a little does not move this one (see spaced)
        apart = mod[i] - mod[kids[j - 1]]
        if apart >= SPACED_FROM:
            extra = spaced(apart) - apart
            mod[i] += extra
            msel[i] += extra
            mser[i] += extra
            mscl += extra
        if sr < 0 and cl >= 0:  # the new subtree is deeper: thread the left contour on
            li = el[f]
            if threads is not None:
                threads.append((li, 0, mod[li], prelim[li]))
            nl[li] = cl
            diff = (mscl - mod[cl]) - msel[f]
            mod[li] += diff
            prelim[li] -= diff
            el[f], msel[f] = el[i], msel[i]
        elif sr >= 0 and cl < 0:  # the left siblings are deeper: thread the right contour
            ri = er[i]
            if threads is not None:
                threads.append((ri, 1, mod[ri], prelim[ri]))
            nr[ri] = sr
            diff = (mssr - mod[sr]) - mser[i]
            mod[ri] += diff
            prelim[ri] -= diff
            before = kids[j - 1]
            er[i], mser[i] = er[before], mser[before]
        rest: _Visible | None = ih
        while rest is not None and low >= rest[0]:
            rest = rest[2]
        ih = (low, j, rest)
    prelim[t] = (prelim[f] + mod[f] + mod[lc] + prelim[lc] + w[lc]) / 2 - w[t] / 2
    el[t], msel[t] = el[f], msel[f]
    er[t], mser[t] = er[lc], mser[lc]


#: Siblings' frames this far apart or more are spaced on a grid (:func:`spaced`); nearer ones are packed tight.
SPACED_FROM = 8192.0


def spaced(apart: float) -> float:
    """How far apart two neighbouring siblings' frames sit when packing them asks for ``apart`` (``SPACED_FROM`` or
    more): rounded up to a multiple of the power of two at or above 8·√apart (1,024 units from 8,192 apart, 2,048 from
    16,384, 4,096 from 65,536): at most an eighth more, and the further apart the less. A branch of a large map that
    grows or shrinks by less than what the rounding left (a reason added or deleted: about a box's width) then leaves
    the branches right of it where they were: the map keeps its places, and an edit moves its own branch instead of
    a third of the tree. Nearer siblings are packed tight (a map of a few hundred statements looks as before). A
    function of ``apart`` alone, which depends on the siblings' subtrees alone, so a layout from nothing agrees with
    the edits."""
    step = 2.0 ** math.ceil(math.log2(8.0 * math.sqrt(apart)))
    return math.ceil(apart / step) * step


def _second_walk(
    first: list[int],
    last: list[int],
    prelim: list[float],
    mod: list[float],
    shift: list[float],
    change: list[float],
    spread: set[int],
) -> list[float]:
    """Absolute x from the preliminary ones; ``modsum`` of a node is kept in its ``x`` meanwhile."""
    x = prelim[:]
    x[0] = mod[0]  # the sum of modifiers above each node's children, stored temporarily
    for t, f in enumerate(first):
        modsum = x[t]
        x[t] = prelim[t] + modsum
        if f < 0:
            continue
        if t in spread:
            d = delta = 0.0
            for child in range(f, last[t] + 1):  # fold the spread moves into the modifiers
                d += shift[child]
                delta += d + change[child]
                mod[child] += delta
                x[child] = modsum + mod[child]
        else:  # no spread moves here (they would all be 0)
            for child in range(f, last[t] + 1):
                x[child] = modsum + mod[child]
    return x
