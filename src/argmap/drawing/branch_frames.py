"""Big branches of a framed tree kept in frames of their own: an edit inside the tree moves them as a whole.

A tree's frame (:mod:`argmap.drawing.frames`) moves a whole tree across by its offset. An edit inside a big tree (a
reason added, a leaf deleted) moves the part of the tree beside it instead: at 50,000 statements some hundreds of boxes
(923 for the reason bench-gui adds second), each moved in the box index, its arrow's signs, footprints and shape, about
75 us a box. So, when idle, the editor gives each big branch of a framed tree a frame too: the statements of a subtree
less the branches below it, :data:`BRANCH_FROM` or more of them, and the tree links between them (:func:`branch_waiting`).
When an edit's layout moves every box of a branch by one step, its frame moves instead (:func:`move_branches`): each box
is compared with where the layout puts it, in one loop, and anything else leaves the frame where it is (its boxes move
one by one, as before). In the generated map of 50,000 statements the branches hold 95 % of the statements, and 80-93 %
of the boxes the two widest edits move.

Why the verdicts stay: as for a tree moved across in its frame, in the tidy layout a tree arrow passes under no box
(:mod:`argmap.drawing.tidy_proof`), so its check moves along with its two boxes; what else looked at the places the
branch left or took is checked again (the areas of :class:`~argmap.drawing.frames.Moves`); the tree link from the
branch up to its parent is not in the frame (its parent is not), and is made again.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import chain, filterfalse, repeat
from typing import Any

from argmap.drawing import frames as framing
from argmap.drawing.framed_index import Frame, FramedIndex
from argmap.drawing.frames import _DONE, MARK_ROOM, Frames, Key, Moves, filing

#: A branch gets a frame of its own from this many statements (its subtree less the branches below it).
BRANCH_FROM = 64
#: How far a box may lie from its place through the moved frame and still count as moved alike: the last bits of the
#: numbers (a frame's box is its place less the offset, as a moved tree's are read).
ALIKE = 1e-6


def partition(keys: list[str], children: list[list[str]], smallest: int) -> list[tuple[str, list[str], list[Key]]]:
    """The big branches of a laid-out tree (``keys``, root first, with each one's ``children``): going up from the leaves,
    a statement (not the root) whose subtree holds ``smallest`` statements or more besides the branches already made
    below it heads a branch of those. Each as (its head, its statements, the tree links between them)."""
    kids = dict(zip(keys, children, strict=True))
    order: list[str] = []
    stack = [keys[0]]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(kids[node])
    left: dict[str, int] = {}  # how many statements of its subtree are in no branch yet
    heads: set[str] = set()
    for node in reversed(order):
        size = 1 + sum(map(left.__getitem__, kids[node]))
        if size >= smallest and node != keys[0]:
            heads.add(node)
            size = 0
        left[node] = size
    branches = []
    for head in order:
        if head not in heads:
            continue
        members, links = [head], []
        stack = [head]
        while stack:
            node = stack.pop()
            for child in kids[node]:
                if child not in heads:
                    members.append(child)
                    links.append((child, node))
                    stack.append(child)
        branches.append((head, members, links))
    return branches


def branch_waiting(memo: Any, layout: Any) -> bool:
    """One slice of giving the big branches of the framed trees frames of their own, once every tree is framed: a tree's
    branches are worked out (:func:`partition`) and each one filed in its frame a slice at a time (as a tree is: its
    statements said to be in it first). False when none is left."""
    frames: Frames | None = memo.frames
    net, trees = memo.net_now(), layout.trees
    if frames is None or net is None or trees is None or trees.forest is None or trees.forest.pins:
        return False
    if trees.carried or len(layout.boxes) < framing.FRAMES_FROM_MAP or frames.framing is not None:
        return False
    if not isinstance(memo.index, FramedIndex):
        return False
    if frames.branching is not None:
        frame, slices = frames.branching
        gone = frame.whole is None or frames.by_root.get(frame.whole.root) is not frame.whole  # (its tree is no more)
        if gone or next(slices, None) is _DONE:
            frames.unfinished.discard(frame)
            frames.branching = None
            whole = frame.whole
            if whole is not None and not gone and not any(f.whole is whole for f, _, _ in frames.queued):
                _compact(memo, whole)  # (its tree's last branch filed)
        return True
    if frames.queued:
        frame, members, links = frames.queued.pop()
        whole = frame.whole
        if whole is None or frames.by_root.get(whole.root) is not whole:
            return True
        of = frames.of
        members = [i for i in members if of.get(i) is whole]  # (an edit since may have taken some elsewhere)
        of.update(dict.fromkeys(members, frame))
        frames.branch_links[frame] = links
        frames.unfinished.add(frame)
        frames.branching = (frame, filing(memo, net, frames, frame, members, links))
        return True
    seen = frames.trees
    for root, whole in frames.by_root.items():
        placed = trees.kept.get(root)
        if whole in frames.branches or whole in frames.unfinished or placed is None or len(placed.tree.keys) < 2 * BRANCH_FROM:
            continue
        noted = seen.get(root)
        if noted is None or noted[0] is not placed.tree:  # (the picture's notes are of another layout: left for later)
            continue
        made = frames.branches[whole] = []
        for head, members, links in partition(placed.tree.keys, placed.children, BRANCH_FROM):
            frame = Frame(head, whole)
            made.append(frame)
            frames.queued.append((frame, members, links))
        return True
    return False


def _compact(memo: Any, whole: Frame) -> None:
    """The tables a tree's frame keeps its parts in made again at their size once its branches took most of them (a dict
    keeps its largest table as keys leave: 30 MB of them at 50,000 statements)."""
    for index in (memo.index, memo.signs, memo.footprints):
        sub = getattr(index, "subs", {}).get(whole)
        if sub is not None:
            sub.compact()


def move_branches(memo: Any, frames: Frames, whole: Frame, shown: Mapping[str, Any], forest: Any, moves: Moves) -> None:
    """The branches of the tree of frame ``whole`` (laid out again by an edit) every box of which the layout moved by one
    step (``shown``: where it has them now; ``forest``: the layout's spanning forest): their frames moved by it, as a
    tree moved across is (see the module). The arrows between a moved branch and another frame (up from its head, down
    to the branches below it) are made again: their parents go in ``moves.targets``."""
    index = memo.index
    if not isinstance(index, FramedIndex):
        return
    subs, keys, of = index.subs, frames.keys, frames.of
    parent_of, children = forest.parent, forest.children
    for frame in frames.branches.get(whole, ()):
        sub = subs.get(frame)
        if sub is None or not sub.boxes or frame in frames.unfinished:
            continue
        filed = sub.boxes
        head = filed.get(frame.root)
        now = shown.get(frame.root)
        if head is None or now is None:
            continue
        fx, fy = now[0] - head[0], now[1] - head[1]  # (its offset if it moved alike)
        if fx == frame.dx and fy == frame.dy:
            continue
        for key, (x, y, w, h) in filed.items():
            box = shown.get(key)
            if box is None or box[2] != w or box[3] != h or abs(box[0] - x - fx) > ALIKE or abs(box[1] - y - fy) > ALIKE:
                break
        else:
            span = index.span(frame)
            dx, dy = fx - frame.dx, fy - frame.dy
            frame.dx, frame.dy = fx, fy
            index.shift_frame(frame)
            moves.frames.add(frame)
            moves.boxes.update(filed)
            # (in C, a list at a time: its parents outside it, and the parents of its children outside it)
            edges = moves.targets
            edges.update(filter(None, filterfalse(filed.__contains__, map(parent_of.get, filed))))
            outside = filterfalse(filed.__contains__, chain.from_iterable(map(children.get, filed, repeat(()))))
            edges.update(map(parent_of.__getitem__, outside))
            moves.arrows.update(
                key for key in frames.branch_links.get(frame, ())
                if keys.get(key) is frame and of.get(key[0]) is frame and of.get(key[1]) is frame and parent_of.get(key[0]) == key[1]
            )
            if span is not None:
                r = MARK_ROOM
                x0, y0, x1, y1 = span[0] - r, span[1] - r, span[2] + r, span[3] + r
                moves.areas += [(x0, y0, x1, y1), (x0 + dx, y0 + dy, x1 + dx, y1 + dy)]
