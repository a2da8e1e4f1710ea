"""The picture of a map: boxes at their places, routed arrows and brackets, in painting order.

:func:`build_diagram` is the one place where a map becomes a picture. The editor's scene
shows exactly its result (its items display their part of it and compute nothing) and
every exporter paints it, so what is exported is what is seen. It measures the boxes
(:class:`~argmap.drawing.box.BoxPainting`), lays them out (:mod:`argmap.layout`), gives
each arrow its shape (tidy S-curves, column lanes, arcs for cross-links) and then checks
every arrow against every box: an arrow that would pass under a box it does not connect
is routed around the boxes instead (:mod:`argmap.drawing.detour`), so no picture shows
a box supporting or attacking what it does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QTransform

from argmap.drawing.arrows import ArrowKit, Shape, link_kit, link_shape, paint_bracket, paint_link
from argmap.drawing.box import BoxPainting, card_text
from argmap.drawing.bracket_picture import bar_levels, bracket_steps, draw_brackets
from argmap.drawing.detour import Budget
from argmap.drawing.extent import EXPORT_MARGIN, SHADOW, extent_steps
from argmap.drawing.geometry import Box, qt_shape
from argmap.drawing.honest import Area, Arrow, honest_steps, sign_index
from argmap.drawing.lanes import lane_arrow
from argmap.drawing.near_signs import NearSigns, SignsLater
from argmap.drawing.obstacles import BoxIndex
from argmap.drawing.off_page import TaggedBracket, bracket_tags, paint_over, statement_name
from argmap.drawing.picture_arrows import (
    CHECK_SLICE,
    FRESH_SLICE,
    PLACE_SLICE,
    LinkEnds,
    check_arrows,
    fresh_arrows,
    fresh_net,
    keys_and_cross,
    place_fresh,
    plain_links_and_undercuts,
    slot_steps,
)
from argmap.drawing.placed import PlacedArrow, PlacedBox, PlacedBracket
from argmap.drawing.reuse import ArrowMemo, PictureMemo
from argmap.drawing.routing import LAYOUT_GAPS, effective_arrangement, hidden_counts
from argmap.drawing.staged import Staged, boxes_taken_over, built, memo_taken_over
from argmap.drawing.theme import Theme
from argmap.drawing.tidy_proof import proof_holds
from argmap.drawing.undercut_picture import undercut_arrows
from argmap.drawing.unfiled_index import UnfiledIndex
from argmap.gc_pause import collector_paused
from argmap.layout import Layout
from argmap.model import Link, Relation

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Statement

#: Measures one statement for the picture, given how many statements its collapsed box hides.
Measure = Callable[["Statement", int], BoxPainting]


@dataclass
class Diagram(Staged):
    """Everything an export draws, in scene units; :meth:`paint` draws it onto any painter."""

    theme: Theme
    title: str = ""
    description: str = ""
    boxes: list[PlacedBox] = field(default_factory=list)
    arrows: list[PlacedArrow] = field(default_factory=list)
    brackets: list[PlacedBracket] = field(default_factory=list)
    #: the layout the picture was made from (positions of hidden statements too, the spanning tree, lanes)
    layout: Layout = field(default_factory=lambda: Layout({}))
    #: what the next picture of this map may reuse (``build_diagram(remember=True)``); not part of the picture
    memo: PictureMemo | None = field(default=None, repr=False, compare=False)
    #: made from the last picture by going over what changed: (ids of the boxes, keys of the arrows that are not
    #: the last picture's very objects); None when every part was gone over. Not part of the picture
    changed: tuple[set[str], set[tuple[str, str]]] | None = field(default=None, repr=False, compare=False)
    _bounds: QRectF | None = field(default=None, init=False, repr=False, compare=False)  # worked out once
    _bounding: Iterator[None] | None = field(default=None, init=False, repr=False, compare=False)  # (see bound_some)
    _bounded: list[QRectF] = field(default_factory=list, init=False, repr=False, compare=False)
    def list_later(self, **lists: Callable[[], list]) -> None:
        """Make these parts' lists (``boxes``, ``arrows``) when first read, by calling the function given: an edit's
        picture, whose canvas reads the picture's own tables of them (listing 50,000 boxes and arrows at each edit of such
        a map took 5-9 ms). The functions read those tables: the next picture, which changes them, calls :meth:`handed_over`."""
        for name in lists:
            delattr(self, name)
        self.__dict__.setdefault("_unlisted", {}).update(lists)

    def handed_over(self) -> None:
        """The next picture took this one's tables over: a list not made yet can no longer be (reading it raises)."""
        unlisted = self.__dict__.get("_unlisted")
        if unlisted:
            for name in unlisted:
                unlisted[name] = partial(_handed_over, name)

    if not TYPE_CHECKING:  # (only the lists left to :meth:`list_later`: no other name is looked up here)

        def __getattr__(self, name: str) -> list:
            unlisted = self.__dict__.get("_unlisted")
            if unlisted is None or name not in unlisted:
                raise AttributeError(name)
            made = unlisted[name]()
            del unlisted[name]
            setattr(self, name, made)
            return made

    def only(self, ids: Iterable[str]) -> Diagram:
        """The chosen statements, the arrows among them and the brackets of the chosen co-premises.

        A linked reason of which only some premises are chosen keeps its bracket and arrow,
        drawn again for those: the chosen premises still point at what they bear on.
        """
        keep = set(ids)
        self.finish()
        boxes = [b for b in self.boxes if b.id in keep]
        brackets: list[PlacedBracket] = []
        for g in self.brackets:
            if g.target not in keep:
                continue
            if set(g.members) <= keep:
                brackets.append(g)
                continue
            at = {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in boxes if b.id in g.members}
            chosen = list(at.values())
            redraw = g.redraw
            part = None
            if isinstance(g.bracket, TaggedBracket) and redraw is not None:
                part = g.bracket.part(keep, partial(_redraw_for, redraw, at))
            if part is not None:  # far co-premises: the chosen ones of those standing together joined, the chosen far ones' tags
                placed = PlacedBracket(g.target, g.name, [m for m in g.members if m in keep], *part, g.relation, over=g.over)
                brackets.append(placed)
            elif chosen and redraw is not None:
                bracket, shape = redraw(chosen)
                placed = PlacedBracket(g.target, g.name, [m for m in g.members if m in keep], bracket, shape, g.relation, over=g.over)
                brackets.append(placed)
        return Diagram(
            self.theme,
            self.title,
            self.description,
            boxes,
            [a for a in self.arrows if a.source in keep and a.target in keep and _attacks_kept(a, keep, brackets)],
            brackets,
            self.layout,
        )

    def ids(self) -> list[str]:
        return [b.id for b in self.boxes]

    def bounds(self) -> QRectF:
        """The drawing's extent plus a margin, in whole units (so the SVG maps scene units 1:1).

        Worked out once per finished picture (opening a map asks twice: fit, then fit again at the window's final size),
        in the editor's idle steps if there was time (:meth:`bound_some`).
        """
        if self._bounds is None:
            self.finish()
            self.bound_some(float("inf"))  # (the rest of it, if the idle steps began it)
        assert self._bounds is not None
        return QRectF(self._bounds)

    def bounds_known(self) -> bool:
        """True when :meth:`bounds` is worked out (asking costs nothing then)."""
        return self._bounds is not None

    def bound_some(self, seconds: float) -> bool:
        """Work out :meth:`bounds` for about ``seconds``, a part at a time; True while some is left."""
        if self._bounds is not None:
            return False
        self.finish()
        steps = self._bounding
        if steps is None:
            self._bounded.clear()
            steps = self._bounding = extent_steps(self.boxes, self.arrows, self.brackets, self._bounded)
        deadline = time.perf_counter() + seconds
        for _ in steps:
            if time.perf_counter() >= deadline:
                return True
        self._bounds, self._bounding = self._bounded[0], None
        return False

    def paint(self, painter, source: QRectF, target: QRectF, *, keep_aspect: bool = False) -> None:
        """Draw the ``source`` area (scene units) into ``target`` (device units): arrows and brackets,
        then boxes on top, then the arrows that could not go around the boxes (off-page connectors, :mod:`~argmap.drawing.off_page`)."""
        self.finish()
        sx = target.width() / source.width() if source.width() else 1.0
        sy = target.height() / source.height() if source.height() else 1.0
        dx, dy = target.left(), target.top()
        if keep_aspect:
            sx = sy = min(sx, sy)
            dx += (target.width() - source.width() * sx) / 2
            dy += (target.height() - source.height() * sy) / 2
        base = QTransform(sx, 0, 0, sy, dx - source.left() * sx, dy - source.top() * sy)
        painter.setTransform(base)
        light_ok = getattr(painter, "TAKES_LIGHT_SHAPES", False)  # the SVG painter reads light arrows as they are
        for a in self.arrows:
            if not a.over:
                path, head, symbol, _ = a.shape if light_ok else qt_shape(a.shape)
                paint_link(painter, path, head, symbol, a.relation, a.kit)
        names = None
        for g in self.brackets:
            if not g.over:
                if names is None and bracket_tags(g.bracket):  # far co-premises: tags naming the others
                    names = {b.id: statement_name(b.painting.statement) for b in self.boxes}
                paint_bracket(painter, g.bracket, g.shape, g.relation, self.theme, name_of=names.get if names is not None else None)
        for b in self.boxes:
            painter.setTransform(QTransform.fromTranslate(b.x, b.y) * base)
            b.painting.paint(painter)
        painter.setTransform(base)
        for a in self.arrows:
            if a.over:
                if names is None:
                    names = {b.id: statement_name(b.painting.statement) for b in self.boxes}
                paint_over(painter, a.shape if light_ok else qt_shape(a.shape), a.relation, a.kit, self.theme, names.get)
        for g in self.brackets:
            if g.over:
                paint_bracket(painter, g.bracket, g.shape, g.relation, self.theme, over=True)
        painter.resetTransform()


def _redraw_for(
    redraw: Callable[[list[Box]], tuple[QPainterPath, Shape]],
    at: Mapping[str, Box],
    ids: list[str],
) -> tuple[QPainterPath, Shape]:
    """A bracket drawn again for the statements ``ids`` (whose boxes are ``at``)."""
    return redraw([at[i] for i in ids])


def _handed_over(name: str) -> list:
    raise RuntimeError(f"the picture's {name} were not listed before the next picture took its tables over")


def _attacks_kept(arrow: PlacedArrow, keep: set[str], brackets: list[PlacedBracket]) -> bool:
    """True unless the arrow is an undercut of a link or bracket that a part of the picture leaves out."""
    if arrow.onto is None:
        return True
    premise, group = arrow.onto
    if premise:
        return premise in keep
    return any(g.target == arrow.target and g.name == group for g in brackets)


# The collector paused (a contextmanager decorates too): a picture allocates a few objects per box and arrow and
# keeps nearly all of them, and the collections that walked them took a third of an export's picture.
@collector_paused()
def build_diagram(
    amap: ArgumentMap,
    theme: Theme,
    *,
    staged: bool = False,
    **options: Any,
) -> Diagram:
    """Measure, lay out and route the whole map as the editor shows it (collapsed parts left out); the options are
    :func:`_build_steps`' (which see).

    ``staged``: a picture from nothing comes back as soon as its boxes are placed, its arrows and brackets not made yet
    (:attr:`Diagram.unfinished`): :meth:`Diagram.make_some` makes them a slice at a time, :meth:`Diagram.finish` at
    once (reading :meth:`Diagram.bounds` does too). The editor shows a large map's boxes first that way; finished, the
    picture is the one made at once. (A picture that reuses a last one is made at once.)"""
    return built(_build_steps(amap, theme, staged=staged, **options), staged=staged)


def _build_steps(
    amap: ArgumentMap,
    theme: Theme,
    *,
    direction: str = "TB",
    evaluation: bool = False,
    arrangement: str | None = None,
    measure: Measure | None = None,
    previous: Diagram | None = None,
    remember: bool = False,
    on_extent: Callable[[float, float], object] | None = None,
    sides: bool = False,
    dirty: Collection[str] | None = None,
    every_link: list[Link] | None = None,
    every_statement: list[Statement] | None = None,
    staged: bool = False,
    let_go: Diagram | None = None,
) -> Generator[Diagram | None, None, Diagram]:
    """Measure, lay out and route the whole map as the editor shows it (collapsed parts left out); a generator (see
    :func:`build_diagram`) that yields between its steps, once the picture with its boxes placed (a picture from nothing).

    ``arrangement`` is "tree" or "columns"; None takes the map's own (columns are top-down only:
    a left-to-right drawing of a columns map is a tree). ``measure`` gives each statement's
    box (the editor passes its items' boxes, which carry the live evaluation); by default
    boxes are measured here and, with ``evaluation``, show the strengths computed here, and with
    ``sides``, which side of the main claim each statement argues (:mod:`argmap.evaluation.sides`).

    ``remember``: the picture keeps what the next one can reuse (:mod:`argmap.drawing.reuse`);
    ``previous``: the last picture of this map, whose kept parts this one takes over (an edit
    redraws what it can affect; the result is the same as without). The editor passes both.
    ``dirty``: with ``previous`` and ``measure``, the statements the edit changed (added, removed, changed, at
    either end of a link that changed): only they are measured again (the others keep their last boxes).
    ``every_link``, ``every_statement``: ``amap.links()`` and ``amap.statements()`` when the caller has just read them.
    ``on_extent(width, height)`` is told the size the picture will at least have (its boxes with the margin) as soon
    as they are placed, before the arrows are made: an export refuses a size it cannot make there, at once, by raising.
    ``let_go``: a staged picture let go unfinished (an edit came first): its boxes taken over (see boxes_taken_over)."""
    from argmap.layout import LayoutOptions, compute_layout, hidden_by_collapse

    if direction not in ("TB", "LR"):
        raise ValueError(f"unknown direction {direction!r}: choose TB or LR")
    if arrangement is None:
        arrangement = effective_arrangement(amap.layout, direction)
    signature = (id(theme), direction, arrangement)
    memo = previous.memo if previous is not None and previous.memo is not None and previous.memo.signature == signature else None
    if memo is not None and previous is not None:
        previous.handed_over()  # (this picture changes the tables its lists not made yet would be made of)
        memo.signs_now()  # (put off by the picture from nothing: made of its arrows, before this one changes them)
    measured = _measured_again(amap, memo, dirty, measure) if memo is not None and dirty is not None and measure is not None else None
    if measured is not None and previous is not None:
        previous.memo = None  # handed over (its boxes' dicts now follow this picture)
    last_layout = previous.layout if previous is not None else None
    if let_go is not None and memo is None and dirty is not None and measure is not None:  # (a fresh picture reads them)
        measured, last_layout, statements = boxes_taken_over(amap, let_go, partial(_measured_again, amap, dirty=dirty, measure=measure))
    hidden: set[str] = set()
    if measured is not None:  # an edit's picture: only the boxes it changed were measured again
        paintings, sizes = measured
    else:
        # read once: each read walks the whole graph (an edit's picture reads a lot)
        statements = amap.statements() if every_statement is None else every_statement
        collapsed = {s.id for s in statements if s.collapsed}
        hidden = hidden_by_collapse(amap) if collapsed else set()
        counts = hidden_counts(amap, hidden) if hidden else {}
    if measured is None and measure is None:
        side_of: dict[str, str] = {}
        if sides:
            from argmap.evaluation.sides import sides as sides_of

            side_of = {i: str(side) for i, side in sides_of(amap).items()}
        paintings = {
            s.id: BoxPainting(
                s, theme, evaluation=evaluation, hidden_count=counts.get(s.id, 0), side=side_of.get(s.id), card=card_text(amap, s)
            )
            for s in statements
        }
        if evaluation:
            from argmap.evaluation import evaluate

            result = evaluate(amap, labels=False)
            values, statuses = result.values, result.statuses
            for i, painting in paintings.items():
                painting.set_evaluation(values.get(i), statuses.get(i))
    elif measured is None and measure is not None:
        paintings = {s.id: measure(s, counts.get(s.id, 0)) for s in statements}
    if measured is None:
        sizes = {i: (p.w, p.h) for i, p in paintings.items()}
    options = LayoutOptions(direction=direction, arrangement=arrangement, **LAYOUT_GAPS)  # type: ignore[arg-type]
    layout = compute_layout(amap, sizes, options, previous=last_layout, dirty=dirty if measured is not None else None)
    horizontal = direction == "TB"
    net = memo.net_now() if memo is not None else None
    if (
        measured is not None
        and memo is not None
        and net is not None
        and not layout.lanes
        and not layout.hidden
        and on_extent is None
        and dirty is not None
    ):
        from argmap.drawing.edit_picture import edit_picture

        assert previous is not None and dirty is not None
        previous.memo = None  # handed over: its indexes now follow this picture
        diagram = Diagram(theme, amap.title, amap.description, layout=layout)
        draw = partial(draw_brackets, memo=memo, index=memo.index, direction=direction, remember=True, diagram=diagram)
        edit_picture(amap, theme, direction, layout, paintings, memo, net, dirty, diagram, draw)
        memo.paintings, memo.sizes = paintings, sizes
        diagram.memo = memo
        return diagram
    # the layout's own boxes (named tuples of the same four numbers, as an edit's picture takes them), copied in one call
    # when nothing is hidden (a tuple made per box took 3 % of opening)
    shown: dict[str, Box] = dict(layout.boxes) if not hidden else {i: b for i, b in layout.boxes.items() if i not in hidden}
    if on_extent is not None and shown:
        left, top = min(b[0] for b in shown.values()), min(b[1] for b in shown.values())
        right, bottom = max(b[0] + b[2] for b in shown.values()), max(b[1] + b[3] for b in shown.values())
        edge = 2 * (SHADOW + EXPORT_MARGIN)
        on_extent(right - left + edge, bottom - top + edge)
    diagram = Diagram(theme, amap.title, amap.description, layout=layout)

    remember = remember or previous is not None
    if previous is not None:
        previous.memo = None  # handed over: its indexes now follow this picture
    changed: list[Area] = []
    if memo is None:
        # (its boxes taken over: see boxes_taken_over; staged: filed as the rest's first steps, below: none before the paint)
        memo = (memo_taken_over(signature, let_go, shown) if let_go is not None and last_layout is not None
                else PictureMemo(signature, UnfiledIndex(shown) if staged else BoxIndex(shown)))
        extent = layout.trees.extent if layout.trees is not None and not hidden and not layout.lanes else None
        if extent is not None:  # the layout's own, of the boxes' very numbers (the routes ask: walking 50,000 took 20 ms)
            memo.index.know_extent(extent)
        fresh = True
    else:
        changed = memo.move_boxes(shown)
        fresh = False
    index, remembered = memo.index, memo.arrows
    if not memo.in_order:  # (an edit's picture put a statement back last): the boxes are listed in the map's order
        if measured is not None:
            ids = amap.ids()
            paintings = dict(zip(ids, map(paintings.__getitem__, ids), strict=True))
        memo.in_order = True
    kept_boxes, boxes = memo.boxes, {}
    for i, p in paintings.items():  # the same PlacedBox where nothing changed: the editor then leaves its item alone
        box = shown.get(i)
        if box is not None:
            b = kept_boxes.get(i)
            if b is None or b.painting is not p or b.x != box[0] or b.y != box[1]:
                b = PlacedBox(i, box[0], box[1], p)
            boxes[i] = b
    memo.boxes = boxes
    diagram.boxes = list(boxes.values())

    tree, lanes = layout.tree_links, layout.lanes
    every_link = amap.links() if every_link is None else every_link
    groups: list[tuple[str, str, list[str], Relation]] = []
    horizontal = direction == "TB"
    #: (target, group) -> its bar's step out and the other premises' stems, where reasons share premises
    levels: dict[tuple[str, str], tuple[int, tuple[float, ...]]] = {}
    for target in dict.fromkeys(link.target for link in every_link if link.group is not None):
        into = amap.groups(target)
        for name, members in into.items():
            groups.append((target, name, members, amap.link(members[0], target).relation))
        if sum(map(len, into.values())) > len(set().union(*into.values())):
            levels.update(bar_levels(target, into, shown, horizontal=horizontal))
    netted = arrangement == "tree" and not hidden and remember
    if netted:  # the links' net is made later, of the map as this picture read it: its order copied, its reasons read now
        from argmap.drawing.arrow_net import ArrowNet

        reasons = ArrowNet.groups_of(amap, {link.target for link in every_link if link.group is not None})
        orders = amap.orders_copy()
    keys: list[tuple[str, str]] = []
    cross: dict[tuple[str, str], bool] = {}
    # (a staged picture's rest may run after the map changed: then the links at a box are read from its own keys)
    ends = LinkEnds(keys, amap.graph_view(), amap.changed) if staged and fresh else None
    if fresh and staged:  # the boxes placed; what follows reads nothing of the map (it may change before the rest is made)
        if remember:
            diagram.memo = memo  # (its box index finds the boxes in an area meanwhile; an edit before the rest, its boxes)
            memo.paintings, memo.sizes, memo.collapsed = paintings, sizes, set() if measured is not None else collapsed
        yield diagram
    links, undercuts = plain_links_and_undercuts(every_link, shown)  # (the picture's own list and boxes: after the paint)
    if type(index) is UnfiledIndex:
        yield from index.file_steps()
    yield from keys_and_cross(links, tree, (keys, cross))
    slots = yield from slot_steps(links, keys, cross, lanes, shown, groups, horizontal=horizontal)
    yield None

    def whole_signs() -> BoxIndex:
        if memo.signs is None:  # made once, when first needed, then kept up to date
            # (the pairs handed over as they come: a dict of 50,000 shapes made only to be walked once)
            memo.signs = sign_index((key, m.usual) for key, m in remembered.items() if m.drawn and m.inputs)  # not undercuts
        return memo.signs

    near_signs: list[NearSigns] = []
    untidy: list[tuple[str, str]] | None = [] if fresh else None

    def signs() -> BoxIndex:
        if memo.signs is None and untidy is not None:  # from nothing: found near the boxes, the whole index made when idle
            if not near_signs:
                near_signs.append(NearSigns(index, remembered, ends or amap.graph_view(), untidy, whole_signs))
            return near_signs[0]  # type: ignore[return-value]  # (it answers as the index does)
        return whole_signs()

    drawn: list[tuple[Link, tuple[str, str], ArrowMemo]] = []
    usual: list[Arrow] = []
    seen: set[tuple[str, str]] = set()
    if fresh:  # a picture from nothing: no last shapes to compare with (a slice at a time: see build_diagram's staged)
        for lo in range(0, len(links), FRESH_SLICE):
            hi = lo + FRESH_SLICE
            fresh_arrows(links[lo:hi], keys[lo:hi], cross, shown, slots, lanes, direction, remembered, drawn, usual, untidy)
            yield None
    for link, key in zip(links, keys, strict=True) if not fresh else ():
        is_cross = cross[key]
        seen.add(key)
        child, parent, slot = shown[link.source], shown[link.target], slots.get(key)
        lane = None if is_cross or not lanes else lanes.get(key)
        inputs = (child, parent, slot, lane, is_cross)
        m = remembered.get(key)
        if m is None or m.inputs != inputs:
            shape = lane_arrow(child, parent, *lane, slot, light=True) if lane is not None else None
            if shape is None:
                shape = link_shape(child, parent, direction=direction, slot=slot, cross=is_cross, light=True)
            has_line = not shape[0].isEmpty()  # empty: boxes pinned on top of each other, no line between them
            if not fresh:
                memo.sign_changed(key, m.usual if m is not None and m.drawn and m.inputs else None, shape if has_line else None, changed)
            m = remembered[key] = ArrowMemo(inputs, shape, has_line)
        if m.drawn:
            drawn.append((link, key, m))
            usual.append((child, parent, key, m.usual, is_cross))
    if not fresh and len(remembered) != len(seen):
        for key in [k for k in remembered if k not in seen]:
            gone = remembered.pop(key)
            memo.sign_changed(key, gone.usual if gone.drawn and gone.inputs else None, None, changed)
            memo.footprints.drop(key)
    stale = memo.footprints.touching(changed) if changed and remember else set()
    # a picture from nothing of a tidy layout: its tree arrows are known to pass under no box (drawing/tidy_proof.py)
    tidy = fresh and proof_holds(arrangement, LAYOUT_GAPS["level_gap"], any(s.pinned is not None for s in statements), bool(hidden),
                                 bool(lanes))
    step = CHECK_SLICE if tidy else len(drawn) or 1  # (a tidy verdict is the arrow's own: checked a slice at a time)
    for lo in range(0, len(drawn), step):
        check_arrows(drawn[lo:lo + step], usual[lo:lo + step], stale, index, signs, memo if remember else None, tidy=tidy)
        yield None
    misleading = {k for k, (_, _, m) in enumerate(drawn) if m.misleading}
    budget = Budget.for_boxes(len(shown))  # the router's steps, shared by every search of this drawing
    settled = yield from honest_steps(usual, index, horizontal, budget, signs, misleading, memo.routes, None if fresh else changed)
    yield None
    kits: dict[tuple[Relation, bool], ArrowKit] = {}
    for lo in range(0, len(drawn), PLACE_SLICE) if fresh else ():  # no arrows placed yet
        hi = lo + PLACE_SLICE
        place_fresh(drawn[lo:hi], settled[lo:hi], usual[lo:hi], theme, diagram.arrows)
        yield None
    for (link, key, m), (shape, over) in zip(drawn, settled, strict=True) if not fresh else ():
        is_cross = cross[key]
        placed = m.placed
        if placed is None or placed.shape is not shape or placed.over != over or placed.relation != link.relation:
            kit = kits.get((link.relation, is_cross))
            if kit is None:
                kit = kits[(link.relation, is_cross)] = link_kit(theme, link.relation, cross=is_cross)
            placed = m.placed = PlacedArrow(link.source, link.target, shape, link.relation, kit, is_cross, over)
        diagram.arrows.append(placed)
    yield from bracket_steps(
        groups,
        shown,
        slots,
        stale,
        signs,
        budget,
        memo=memo,
        index=index,
        direction=direction,
        remember=remember,
        diagram=diagram,
        levels=levels,
    )
    yield None
    if undercuts:
        diagram.arrows += undercut_arrows(undercuts, diagram, shown, theme, index, horizontal=horizontal, budget=budget)
    if netted:
        # the next picture may go over only what its edit changed
        from argmap.drawing.frames import note_trees

        # Made when first asked for (the editor asks when idle, after the first paint: 0.2 s at 50,000 statements),
        # of the map as this picture read it (above).
        # every link drawn (the usual case): its arrows as drawn, by link, listed now (the first edit listed them: 30 ms)
        placed = diagram.arrows[:len(drawn)] if len(drawn) == len(links) else None
        memo.net, memo.net_later = None, partial(
            fresh_net, orders, links, slots, {drawn[k][1] for k in misleading}, reasons, undercuts, keys, cross, placed
        )
        note_trees(memo, layout)
    else:
        memo.net, memo.net_later = None, None
    if measured is None:
        memo.collapsed = collapsed
    if near_signs and memo.signs is None:
        memo.signs_later = SignsLater(remembered)
    if ends is not None:
        ends.let_go()
    memo.paintings, memo.sizes = paintings, sizes
    if remember:
        diagram.memo = memo
    return diagram


def _measured_again(
    amap: ArgumentMap, memo: PictureMemo, dirty: Collection[str], measure: Measure
) -> tuple[dict[str, BoxPainting], dict[str, tuple[float, float]]] | None:
    """The boxes of an edit's picture, measuring again only the ``dirty`` statements (the others' boxes are
    those of the last picture); None when the picture needs every box measured (collapsed statements: the counts
    of hidden ones may change anywhere above the edit; a statement the caller did not name).

    The last picture's dicts are brought up to date in place (the memo is handed over to this picture): making
    them again for every statement cost 20 ms an edit at 50,000. A statement new to them goes last; one put back
    in the middle of the map's order (undoing a removal) too, and the memo then says the paintings are not in the
    map's order (:attr:`PictureMemo.in_order`: made again in order, 40-55 ms at 50,000, only where a picture needs it)."""
    if memo.paintings is None or memo.sizes is None or memo.collapsed:
        return None
    paintings, sizes = memo.paintings, memo.sizes
    here = [amap.statement(i) for i in dirty if i in amap]
    if any(statement.collapsed for statement in here):
        return None
    for i in dirty:
        if i not in amap:
            paintings.pop(i, None)
            sizes.pop(i, None)
    new = sorted((amap.order_of(s.id), s.id) for s in here if s.id not in paintings)
    if new and memo.in_order and paintings and amap.order_of(next(reversed(paintings))) > new[0][0]:
        memo.in_order = False  # (put back mid-map)
    for _, i in new:
        paintings[i] = None
    for statement in here:
        p = paintings[statement.id] = measure(statement, 0)
        sizes[statement.id] = (p.w, p.h)
    if len(paintings) != len(amap):  # a statement came or went that the caller did not name as changed
        return None
    return paintings, sizes
