"""Trees of the picture that move across as a whole: their parts kept in the tree's own frame plus an offset.

An edit that makes a tree of the forest wider moves every tree to its right across (the generated map of 10,000
statements is 5 trees of 2,000 side by side), and moving each of their boxes, arrows, verdicts and signs cost
25-50 us apiece. Once a big tree has moved as a whole, what the picture keeps of it lives in a :class:`Frame`:
its boxes in the box index, its tree arrows' signs and footprints (:class:`FramedIndex`, :class:`FramedFootprints`
hold them in the frame's coordinates), its arrows' shapes (:class:`FramedMemo`, :class:`FramedArrow`) and its boxes
(:class:`FramedBox`) read where they are now through the frame's offset. Moving the tree again changes the offset.

Why the verdicts stay: a tree arrow runs between two boxes of its tree, inside the box around that tree's boxes,
and the layout puts the trees side by side with a gap (no pins: with pins nothing is moved this way), so no box of
another tree reaches into what its check looked at; moved along with every box it looked at, it misleads as before.
A shape read through a frame is the shape made where it was, moved by the offset (the same up to the last bits of
the numbers, as :mod:`argmap.drawing.rigid`'s moves).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable, Iterator
from itertools import compress, repeat
from operator import is_not
from typing import Any

from argmap.drawing.framed_footprints import FramedFootprints, unframed_footprints
from argmap.drawing.framed_index import Frame, FramedIndex
from argmap.drawing.framed_parts import FramedArrow, FramedBox, FramedMemo
from argmap.drawing.honest import Area
from argmap.drawing.obstacles import BoxIndex

#: Trees with fewer boxes than this are not given a frame (their parts move one by one, as before).
FRAME_FROM = 64
#: Maps with fewer boxes than this give no tree a frame. Measured at 10,000 statements in session 10 (paired runs of the
#: same 15 edits, GUI-thread CPU): with frames, the tree-widening edits took about 290 ms against 365 ms (median), the
#: others the same 15-60 ms (in session 9, before the framed look-ups got cheaper, frames cost the cheap edits ~30 ms).
FRAMES_FROM_MAP = 5_000
#: How many boxes or arrows a slice of :func:`frame_waiting` files in a frame (a box or an arrow: 10-30 us at 50,000).
FRAME_SLICE = 150

Key = tuple[str, str]


class Frames:
    """The frames of one picture's trees (kept in its :class:`~argmap.drawing.reuse.PictureMemo`)."""

    def __init__(self) -> None:
        self.by_root: dict[str, Frame] = {}
        self.of: dict[str, Frame] = {}  # statement -> the frame of its tree
        self.keys: dict[Hashable, Frame] = {}  # tree arrow -> the frame of its tree (its memo is a FramedMemo)
        self.trees: dict[str, tuple[Any, float]] = {}  # root -> (its laid-out tree, how far it was moved across): the last layout's
        self.arrow_keys: dict[Frame, tuple[Any, list[Key]]] = {}  # frame -> (tree, the tree links of it): worked out once a tree
        #: frames :func:`frame_waiting` is filing their trees' parts in (a slice at a time): none has moved yet, and an edit
        #: that moves one files the rest first; what is filed in them, and what not yet, is where it is
        self.unfinished: set[Frame] = set()
        #: the frame :func:`frame_waiting` is at: (it, the laid-out tree it files, the slices left)
        self.framing: tuple[Frame, Any, Iterator[None]] | None = None
        #: what :func:`warm_some` readied the picture for (its routes, indexes and frames), and its slices left when at it
        self.warmed: tuple | None = None
        self.warming: tuple[tuple, Iterator[None]] | None = None
        #: a tree's frame -> the frames of its big branches (:mod:`argmap.drawing.branch_frames`); a branch's frame -> the
        #: tree links filed in it; the branches waiting to be filed (frame, statements, links), and the one being filed
        self.branches: dict[Frame, list[Frame]] = {}
        self.branch_links: dict[Frame, list[Key]] = {}
        self.queued: list[tuple[Frame, list[str], list[Key]]] = []
        self.branching: tuple[Frame, Iterator[Any]] | None = None

    def every(self) -> list[Frame]:
        """Every frame: the trees' and their branches'."""
        return [*self.by_root.values(), *self.branch_links]

    def ours(self, frame: Frame) -> set[Frame]:
        """A tree's frame and its branches'."""
        return {frame, *self.branches.get(frame, ())}

    def note(self, layout: Any) -> None:
        """The trees of ``layout`` as laid out (the next edit's picture compares its own with them)."""
        trees = layout.trees
        self.trees = {root: (p.tree, p.db) for root, p in trees.kept.items()} if trees is not None else {}

    def arrow_frame(self, key: Key, tree: Any) -> Frame | None:
        """The frame an arrow's parts belong in: its tree's, for a tree link between two statements of a framed tree (a
        branch's, between two of that branch; between two frames of one tree, the tree's)."""
        frame = self.of.get(key[1])
        if frame is None:
            return None
        other = self.of.get(key[0])
        if other is not frame:
            if other is None or (other.whole or other) is not (frame.whole or frame):
                return None
            frame = frame.whole or frame
        return frame if key in tree else None

    def tree_arrows(self, frame: Frame, placed: Any) -> list[Key]:
        """The tree links of a framed tree (``placed``: the layout's tree), worked out once for each tree laid out."""
        kept = self.arrow_keys.get(frame)
        if kept is not None and kept[0] is placed.tree:
            return kept[1]
        keys = [(c, t) for t, children in zip(placed.tree.keys, placed.children, strict=True) for c in children]
        self.arrow_keys[frame] = (placed.tree, keys)
        return keys


def note_trees(memo: Any, layout: Any) -> None:
    """A picture made from nothing (or going over every part, as with collapsed statements): the next edit's picture
    starts from its trees. Frames such a picture went over are let go (its statements may have left their trees
    unseen, and it made some of their parts plain): what they held is filed plainly again, and the editor frames the
    trees again when idle (or an edit that moves them across does)."""
    if memo.frames is not None:
        _let_go(memo, layout)
    memo.frames = Frames()
    memo.frames.note(layout)


def _let_go(memo: Any, layout: Any) -> None:
    """The box index, footprints and signs of ``memo`` filed plainly (the boxes where ``layout`` has them). The boxes
    and arrows of the frames let go keep reading through them: those frames never move again."""
    index = memo.index
    if isinstance(index, FramedIndex):
        memo.index = BoxIndex({i: (b.x, b.y, b.w, b.h) for i, b in layout.boxes.items()}, index.cell)
    if isinstance(memo.footprints, FramedFootprints):
        memo.footprints = unframed_footprints(memo.footprints)
    signs = memo.signs
    if isinstance(signs, FramedIndex):
        every = dict(signs.base.boxes)
        for frame, sub in signs.subs.items():
            dx, dy = frame.dx, frame.dy
            every.update({key: (x + dx, y + dy, w, h) for key, (x, y, w, h) in sub.boxes.items()})
        memo.signs = BoxIndex(every, signs.cell)


class Moves:
    """What :func:`move_frames` did for one edit's picture."""

    def __init__(self) -> None:
        self.frames: set[Frame] = set()  # the frames moved
        self.boxes: set[str] = set()  # the statements of their trees
        self.arrows: set[Key] = set()  # their tree links
        self.skip: set[str] = set()  # statements the layout moved that went with a frame
        self.areas: list[Area] = []  # where the moved trees were and are (with room for their arrows' marks)
        self.regrouped: list[str] = []  # statements now in another frame (or none): their parts are made again
        self.targets: set[str] = set()  # statements the arrows into which are made again (at the edges of moved branches)


#: Room around a moved tree's boxes where its arrows' signs and heads may lie.
MARK_ROOM = 40.0


def move_frames(memo: Any, net: Any, layout: Any, horizontal: bool) -> Moves:
    """Move the frames of the trees the layout moved across as a whole (same laid-out tree, moved across), giving a
    frame to a big one that had none; keep the statements of the trees laid out again in their frames."""
    moves = Moves()
    frames: Frames | None = memo.frames
    trees = layout.trees
    if frames is None or trees is None:
        return moves
    seen = frames.trees
    frames.note(layout)
    if trees.forest is None:
        return moves
    # pins hold every tree still (nothing moves across as a whole), but a tree laid out again meanwhile still takes its
    # statements into its frame: one added to it then is read through the frame when the pins go and the frame moves
    held = bool(trees.forest.pins or trees.carried)
    going: list[tuple[Frame, Any, float]] = []  # (frame, its tree as laid out, how far it moved)
    new: list[tuple[Frame, Any]] = []  # the frames made for this edit, to file their parts in (all at once)
    for root, placed in trees.kept.items():
        before = seen.get(root)
        if before is None:
            continue
        tree, db = before
        frame = frames.by_root.get(root)
        if tree is not placed.tree:  # laid out again: its statements, in its frame (its branches that moved alike, moved)
            if frame is not None:
                _regroup(frames, frame, tree.keys, placed.tree.keys, moves)
                if not held and frame in frames.branches:
                    from argmap.drawing.branch_frames import move_branches

                    move_branches(memo, frames, frame, layout.boxes, trees.forest, moves)
            continue
        if held or db == placed.db or len(tree.keys) < FRAME_FROM or (frame is None and len(layout.boxes) < FRAMES_FROM_MAP):
            continue
        if frame is None or frame in frames.unfinished:  # (framed in part while idle: the rest now, before it moves)
            frame = _frame(memo, net, frames, root, placed, frame)
            new.append((frame, placed))
        going.append((frame, placed, placed.db - db))
    if new:
        _adopt(memo, frames, new)
    for frame, placed, step in going:
        keys = placed.tree.keys
        arrows = frames.tree_arrows(frame, placed)
        index = memo.index
        together = [frame, *frames.branches.get(frame, ())]  # (its branches' frames go with it)
        span = index.span_of(together)
        dx, dy = (step, 0.0) if horizontal else (0.0, step)
        for f in together:
            f.dx += dx
            f.dy += dy
            index.shift_frame(f)
            moves.frames.add(f)
        moves.boxes.update(keys)
        moves.arrows.update(arrows)
        if span is not None:
            r = MARK_ROOM
            x0, y0, x1, y1 = span[0] - r, span[1] - r, span[2] + r, span[3] + r
            moves.areas += [(x0, y0, x1, y1), (x0 + dx, y0 + dy, x1 + dx, y1 + dy)]
    moves.skip = moves.boxes
    if frames.by_root and not held:
        gone = frames.by_root.keys() - trees.kept.keys()
        for root in gone:  # a tree that is no more: its statements are in other trees now (or gone)
            frame = frames.by_root.pop(root)
            old = seen.get(root)
            if old is not None:
                _regroup(frames, frame, old[0].keys, [], moves)
            for f in [frame, *frames.branches.pop(frame, ())]:
                frames.branch_links.pop(f, None)
                _let_go_arrows(memo, frames, f)
    return moves


def _let_go_arrows(memo: Any, frames: Frames, frame: Frame) -> None:
    """The arrows still filed in the frame of a tree that is no more (those no edit made again since): their footprints
    and signs filed plainly, where they are now. Left there, no look-up found them: a frame holding no box is passed
    over (its boxes' extent says where its arrows lie)."""
    keys = [key for key, f in frames.keys.items() if f is frame]
    for key in keys:
        del frames.keys[key]
    footprints, signs = memo.footprints, memo.signs
    if isinstance(footprints, FramedFootprints):
        for key in keys:
            if footprints.filed.get(key) is frame:
                areas = footprints.areas(key)
                footprints.drop(key)
                if areas is not None:
                    footprints.base.put(key, areas)
    if isinstance(signs, FramedIndex):
        signs.move_many([(mark, box) for key in keys for j in (0, 1) if (box := signs.boxes.get(mark := (key, j))) is not None])


def frame_waiting(memo: Any, layout: Any) -> bool:
    """One slice of giving one more big tree of the picture a frame (filing what the picture keeps of it there) before
    any edit moves it: the editor does this when idle, a slice at a time (a tree of 4,000 statements took 0.1-0.3 s at
    once), so that the first edit that moves trees across does not frame them all (about a second at 50,000 statements).
    False when none is left to frame. ``layout``: the picture's own.

    A frame being filed is one of the picture's frames from its first slice (its statements and tree links say they
    are in it), at offset 0: each part is where it is, whether filed in it yet or not, and an edit files what it makes
    of the tree there. Its footprints are looked at everywhere until its boxes are all in (their extent says where
    they lie), and an edit that moves it files the rest first (as it frames a tree that has no frame)."""
    frames, net, trees = memo.frames, memo.net_now(), layout.trees
    if frames is None or net is None or trees is None or trees.forest is None or trees.forest.pins:
        return False
    if trees.carried or len(layout.boxes) < FRAMES_FROM_MAP:
        return False
    seen = frames.trees
    if frames.framing is not None:
        frame, tree, slices = frames.framing
        placed = trees.kept.get(frame.root)
        noted = seen.get(frame.root)
        if frame not in frames.unfinished or frames.by_root.get(frame.root) is not frame or placed is None or noted is None:
            frames.unfinished.discard(frame)  # (finished by an edit that moved it, or its tree is no more)
            frames.framing = None
        elif noted[0] is placed.tree:
            if placed.tree is not tree:  # laid out again since (that edit regrouped its statements in the frame): from the start
                slices = _framing(memo, net, frames, frame, placed)
                frames.framing = (frame, placed.tree, slices)
            if next(slices, None) is _DONE:
                frames.unfinished.discard(frame)
                frames.framing = None
            return True
        else:  # (the picture's notes are of another layout: left to an edit)
            return False
    for root, placed in trees.kept.items():
        if root in frames.by_root or len(placed.tree.keys) < FRAME_FROM:
            continue
        noted = seen.get(root)
        if noted is None or noted[0] is not placed.tree:  # (the picture's notes are of another layout: left to an edit)
            continue
        frame = frames.by_root[root] = Frame(root)
        frames.unfinished.add(frame)
        slices = _framing(memo, net, frames, frame, placed)
        frames.framing = (frame, placed.tree, slices)
        next(slices)
        return True
    return False


_DONE: Any = object()


def _framing(memo: Any, net: Any, frames: Frames, frame: Frame, placed: Any) -> Iterator[Any]:
    """The slices of filing a tree's parts in its ``frame`` (what :func:`_frame` and :func:`_adopt` do at once), yielding
    between them and :data:`_DONE` at the end. The boxes are filed in the frame's index before its arrows' footprints are
    (the index's extent of a finished frame says where they lie). Each slice reads the picture's parts as they are then
    (an edit between two may have changed them); what is filed already is passed over."""
    keys = placed.tree.keys
    frames.of.update(dict.fromkeys(keys, frame))
    yield None
    _wrap_indexes(memo, frames, signs=False)  # (the first frame's: 10-20 ms each at 50,000 boxes)
    yield None
    _wrap_indexes(memo, frames)
    yield None
    links = frames.tree_arrows(frame, placed)
    yield None
    yield from filing(memo, net, frames, frame, keys, links)


def filing(memo: Any, net: Any, frames: Frames, frame: Frame, keys: list[str], links: list[Key]) -> Iterator[Any]:
    """The slices of filing in ``frame`` what the picture keeps of the statements ``keys`` said to be in it (``frames.of``)
    and of the tree ``links`` between them, yielding between them and :data:`_DONE` at the end (see :func:`_framing`).
    Those an edit took out of it meanwhile are passed over."""
    of = frames.of
    arrows: list[Key] = []
    for k in range(0, len(links), 4 * FRAME_SLICE):
        remembered = memo.arrows
        # (tree links between two of its statements, as they are now: an edit since may have made one a cross-link)
        some = [key for key in links[k:k + 4 * FRAME_SLICE] if key in remembered and (inputs := remembered[key].inputs)
                and not inputs[4] and of.get(key[0]) is frame and of.get(key[1]) is frame]
        frames.keys.update(dict.fromkeys(some, frame))
        arrows += some
        yield None
    for k in range(0, len(keys), FRAME_SLICE):
        memo.index.adopt(frame, [key for key in keys[k:k + FRAME_SLICE] if of.get(key) is frame])
        yield None
    for k in range(0, len(arrows), FRAME_SLICE):
        memo.footprints.adopt(frame, [key for key in arrows[k:k + FRAME_SLICE] if frames.keys.get(key) is frame])
        yield None
    for k in range(0, len(arrows), FRAME_SLICE):
        if memo.signs is not None:
            _wrap_indexes(memo, frames)  # (the signs: made since, plainly, by a picture that needed them)
            memo.signs.adopt(frame, [(key, j) for key in arrows[k:k + FRAME_SLICE] if frames.keys.get(key) is frame for j in (0, 1)])
        yield None
    for k in range(0, len(arrows), FRAME_SLICE):
        _wrap_arrows(memo, net, frames, frame, arrows[k:k + FRAME_SLICE])
        yield None
    for k in range(0, len(keys), FRAME_SLICE):
        _wrap_boxes(memo, frame, [key for key in keys[k:k + FRAME_SLICE] if of.get(key) is frame])
        yield None
    yield _DONE


def ready_some(memo: Any, layout: Any, budget: float = 0.0) -> bool:
    """Getting the picture ready for edits while the editor is idle, a slice at a time until ``budget`` seconds of this
    thread's time are spent (at least one slice): big trees given what the layout's moves across read
    (:func:`~argmap.layout.place.ready_across`), then framed (:func:`frame_waiting`). False when nothing is left to do."""
    from argmap.layout.place import ready_across

    if layout is None or layout.trees is None:
        return False
    start = time.thread_time()
    from argmap.drawing.branch_frames import branch_waiting

    while ready_across(layout.trees) or frame_waiting(memo, layout) or branch_waiting(memo, layout) or warm_some(memo):
        if time.thread_time() - start >= budget:
            return True
    return False


def warm_some(memo: Any) -> bool:
    """One slice of working out, once the trees are framed, what the next edit would otherwise work out first: the
    extent of each frame's boxes (an edit's first look-up of footprints took them all, 0.1-0.2 s at 50,000 statements)
    and the crowded windows' witnesses as filed now (:func:`~argmap.drawing.crowd.refiled`: searched before the trees
    were framed, they were counted one by one at every edit). Neither changes an answer. False when none is left."""
    frames = memo.frames
    if frames is None:
        return False
    routes = getattr(memo, "routes", None)
    token = (routes.traces if routes is not None else None, memo.index, memo.signs, len(frames.by_root) + len(frames.branch_links))
    warming = frames.warming
    if warming is None or not _same(warming[0], token):
        if frames.warmed is not None and _same(frames.warmed, token):
            return False
        warming = frames.warming = (token, _warming(memo, token[0]))
    if next(warming[1], _DONE) is _DONE:
        frames.warming, frames.warmed = None, token
    return True


def _same(a: tuple, b: tuple) -> bool:
    return all(x is y for x, y in zip(a[:3], b[:3], strict=True)) and a[3] == b[3]


def _warming(memo: Any, traces: list | None) -> Iterator[None]:
    from argmap.drawing.crowd import refiled
    from argmap.drawing.detour import CROWDED

    for index in (memo.index, memo.signs):
        for sub in list(getattr(index, "subs", {}).values()):
            sub.bounds()  # (kept by the index from now on)
            yield None
    for k in range(0, len(traces or ()), WARM_SLICE):
        index = memo.index
        for n, trace in enumerate(traces[k:k + WARM_SLICE], k):  # type: ignore[index]
            first = True
            for j, (kind, value, crowd) in enumerate(trace):
                if kind == CROWDED and crowd is not None:
                    again = refiled(crowd, index)
                    if again is not None:
                        told = first and memo.routes.refiled(n, trace, crowd, again)  # (its spot and watch kept in step)
                        trace[j] = (kind, value, again)
                        if not told:
                            memo.routes.watched.retell = True  # (the routes' watch compares their crowds again)
                first = first and kind != CROWDED
        yield None
    yield _DONE


#: Routes whose crowded windows :func:`warm_some` looks at in one slice.
WARM_SLICE = 40


def _regroup(frames: Frames, frame: Frame, before: list[str], now: list[str], moves: Moves) -> None:
    """A framed tree laid out again: its statements now, in its frame; those that left it, in none (or in the one of the
    tree they went to, which says so itself when laid out again). Those whose frame changed go in ``moves.regrouped``."""
    of = frames.of
    ours = frames.ours(frame)  # (its statements may be in its branches' frames)
    # (in C, a list at a time: a big tree is thousands of statements at every edit of it, and most stay where they were)
    # (an edit adds at the end: the statements before are still its first ones, none left)
    # (and then only those after them can be new to it: the others were in it, in its frame; looking each of a big
    # tree's statements up took 2 ms at every edit of it)
    kept = len(now) >= len(before) and now[:len(before)] == before
    left = None if kept else set(before).difference(now)
    if left:
        for i in compress(before, map(left.__contains__, before)):
            if of.get(i) in ours:
                del of[i]
                moves.regrouped.append(i)
    new = now[len(before):] if kept else now
    joined = (list(compress(new, map(is_not, map(of.get, new), repeat(frame)))) if len(ours) == 1
              else [i for i in new if of.get(i) not in ours])
    if joined:
        moves.regrouped += joined
        of.update(dict.fromkeys(joined, frame))


def _frame(memo: Any, net: Any, frames: Frames, root: str, placed: Any, frame: Frame | None = None) -> Frame:
    """A new frame for a big tree moved as a whole: what the last picture kept of it filed in the frame (where it was).
    ``frame``: the tree's frame filed in part while idle (:func:`frame_waiting`): the rest filed in it."""
    if frame is None:
        frame = frames.by_root[root] = Frame(root)
    frames.unfinished.discard(frame)
    keys = placed.tree.keys
    frames.of.update(dict.fromkeys(keys, frame))
    arrows = _kept_arrows(memo, frames, frame, placed)
    frames.keys.update(dict.fromkeys(arrows, frame))
    _wrap_indexes(memo, frames)
    _wrap_arrows(memo, net, frames, frame, arrows)
    _wrap_boxes(memo, frame, keys)
    return frame


def _kept_arrows(memo: Any, frames: Frames, frame: Frame, placed: Any) -> list[Key]:
    """The tree links of a framed tree that the picture keeps an arrow of."""
    remembered = memo.arrows
    return [key for key in frames.tree_arrows(frame, placed) if key in remembered and remembered[key].inputs]


_EVERYWHERE = (-math.inf, -math.inf, math.inf, math.inf)


def _wrap_indexes(memo: Any, frames: Frames, *, signs: bool = True) -> None:
    """The picture's box index, footprints and (``signs``) signs made able to hold parts in frames (once)."""
    if not isinstance(memo.index, FramedIndex):
        memo.index = FramedIndex(memo.index, frames.of.get)  # type: ignore[arg-type]  # (its own method: no call of ours per key)
    index = memo.index
    if not isinstance(memo.footprints, FramedFootprints):
        unfinished, span = frames.unfinished, index.span

        def where(frame: Frame) -> Any:  # (a frame being filed: its boxes' extent does not say yet)
            return _EVERYWHERE if frame in unfinished else span(frame)

        memo.footprints = FramedFootprints(memo.footprints, frames.keys.get, where)
    if signs and memo.signs is not None and not isinstance(memo.signs, FramedIndex):
        memo.signs = FramedIndex(memo.signs, _sign_frame(frames))


def _wrap_arrows(memo: Any, net: Any, frames: Frames, frame: Frame, arrows: list[Key]) -> None:
    """The memos of these tree arrows of ``frame``'s tree (and their arrows as drawn) read through the frame."""
    remembered, keys = memo.arrows, frames.keys
    done = []
    for key in arrows:
        m = remembered.get(key)
        if m is None or not m.inputs or keys.get(key) is not frame or (type(m) is FramedMemo and m.frame is frame):
            continue  # (gone, or made in the frame by an edit since)
        if type(m) is FramedMemo and _level(m.frame, frame):  # (a branch's, from its tree's frame: the same objects, re-pointed)
            p = m.placed
            if type(p) is FramedArrow and p._frame is m.frame:
                p._frame = frame
            m.frame = frame
            continue
        usual = m.usual
        framed = remembered[key] = FramedMemo(m.inputs, usual, m.drawn, m.misleading, frame=frame)
        p = m.placed
        # drawn plainly (a FramedArrow is: kept in another frame, that of a tree that is no more, its shape read through
        # that frame, not this one): read through this frame from now on
        if p is not None and m.drawn and not p.over and p.onto is None and (type(p) is FramedArrow or p.shape is usual):
            framed.placed = FramedArrow(p.source, p.target, usual, p.relation, p.kit, frame)
        else:
            framed.placed = p
        done.append(key)
    if net.placed is not None:  # the arrows as drawn, by link: its framed ones changed (placing each: not listing all again)
        net.place_many([(key, m.placed if (m := remembered[key]).drawn else None) for key in done])


def _wrap_boxes(memo: Any, frame: Frame, keys: list[str]) -> None:
    """These boxes of ``frame``'s tree read through the frame."""
    boxes = memo.boxes
    for i in keys:
        b = boxes.get(i)
        if b is not None and not (type(b) is FramedBox and b._frame is frame):
            if type(b) is FramedBox and _level(b._frame, frame):
                b._frame = frame
            else:
                boxes[i] = FramedBox(i, b.x, b.y, b.painting, frame)


def _level(was: Frame, frame: Frame) -> bool:
    """Whether a part kept in frame ``was`` reads the same through ``frame`` (a branch filed in its own frame, whose offset
    is its tree's until it first moves alone: its parts re-pointed, not made again, which took memory that stayed)."""
    return was.dx == frame.dx and was.dy == frame.dy


def _adopt(memo: Any, frames: Frames, new: list[tuple[Frame, Any]]) -> None:
    """File what the last picture kept of the trees of ``new`` frames (boxes, their arrows' footprints and signs) in
    those frames, all at once (the first edit that moves most trees of a big map frames them all)."""
    keys = frames.keys
    every = [
        (frame, placed.tree.keys, [key for key in frames.tree_arrows(frame, placed) if keys.get(key) is frame]) for frame, placed in new
    ]
    memo.index.adopt_many([(frame, boxes) for frame, boxes, _ in every])
    memo.footprints.adopt_many([(frame, arrows) for frame, _, arrows in every])
    if memo.signs is not None:
        memo.signs.adopt_many([(frame, [(key, j) for key in arrows for j in (0, 1)]) for frame, _, arrows in every])


def _sign_frame(frames: Frames) -> Callable[[Hashable], Frame | None]:
    keys = frames.keys

    def frame_of(key: Hashable) -> Frame | None:
        return keys.get(key[0])  # type: ignore[index]

    return frame_of


def framed_signs(signs: BoxIndex, frames: Frames | None) -> BoxIndex | FramedIndex:
    """The sign index made from nothing, its framed arrows' signs filed in their frames."""
    if frames is None or not frames.by_root:
        return signs
    framed = FramedIndex(signs, _sign_frame(frames))
    by_frame: dict[Frame, list] = {}
    for key, frame in frames.keys.items():
        by_frame.setdefault(frame, []).extend(((key, 0), (key, 1)))
    for frame, keys in by_frame.items():
        framed.adopt(frame, [k for k in keys if k in framed.filed])
    return framed
