"""The scene's Qt items: on a large map made only near what a view shows, and put where the map's picture has them.

A Qt item and its wrappers cost about 2 KB and 70 µs each: on a map of :data:`LAZY_FROM` statements or more,
:class:`NearItems` makes the items of the boxes, arrows and brackets that lie near the area a view shows
(:meth:`NearItems.show_near`, asking the :class:`~argmap.gui.canvas.nearby.NearbyGrid`), those asked for
(:meth:`NearItems.item_for`: selection, find, the editor), and drops the far ones when more than
:data:`KEEP_ITEMS` exist. After each picture it puts the items made so far where the picture has them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QRectF

from argmap.drawing.box import BoxPainting
from argmap.drawing.diagram import Diagram, PlacedArrow, PlacedBox, PlacedBracket
from argmap.drawing.framed_parts import FramedArrow
from argmap.gc_pause import collector_paused
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.link_item import LinkItem
from argmap.gui.canvas.nearby import CELL
from argmap.gui.canvas.scene_parts import SceneParts
from argmap.gui.canvas.statement_item import StatementItem

#: Maps with at least this many statements get Qt items only near what a view shows (:meth:`NearItems.show_near`);
#: smaller ones get every item at once (every item ready for a grab or a test). Measured in session 11 (GUI-thread CPU
#: of the same 15 edits, paired runs, view at 100 % over the main claim): with every item made, an edit cost more
#: at 150, 300, 600 and 1,000 statements (1,000: 30 against 22 ms, Qt re-indexing and placing the items of the half
#: of the tree a widening edit moves; 150: 36 against 30 ms) and about the same at 60; opening 1,000 took 234 against
#: 196 ms, and panning at 100 % the same 13 ms a step (its items made as they come into view). It was 1,500.
LAZY_FROM = 100
#: With more items than this, a view's move drops the items far from it (not a selected, focused, hovered or
#: edited box): zoomed far out every item is made (the far picture renders them), zoomed in again Qt walks fewer.
KEEP_ITEMS = 5000


def _meets(r: QRectF, left: float, top: float, right: float, bottom: float) -> bool:
    return not r.isEmpty() and r.left() <= right and r.right() >= left and r.top() <= bottom and r.bottom() >= top


#: An edit's changes up to this many parts are filed in the grid at once; more, a slice at a time when idle.
FILE_AT_ONCE = 400
#: The filing starts this long after the edit (milliseconds): typing on, an edit's feedback comes first.
FILE_AFTER_MS = 100
#: How long one turn of the event loop files parts when the editor is idle (seconds).
FILE_SLICE_S = 0.004
#: While the user looks around, the filing of what only the edits read looks again this often (ms).
BUSY_WAIT_MS = 100


class _DrawnArrows(Mapping):
    """An edit's picture's table of arrows (key -> its memo) seen as key -> PlacedArrow of those drawn."""

    __slots__ = ("_memo",)

    def __init__(self, memo: Mapping) -> None:
        self._memo = memo

    def get(self, key, default=None):
        m = self._memo.get(key)
        return m.placed if m is not None and m.drawn else default

    def __getitem__(self, key):
        m = self._memo[key]
        if not m.drawn:
            raise KeyError(key)
        return m.placed

    def __contains__(self, key) -> bool:
        m = self._memo.get(key)
        return m is not None and m.drawn

    def __iter__(self):
        return (key for key, m in self._memo.items() if m.drawn)

    def __len__(self) -> int:
        return sum(1 for m in self._memo.values() if m.drawn)


#: An area that holds the whole map (the picture changed everywhere).
EVERYWHERE = QRectF(-1e7, -1e7, 2e7, 2e7)


class _Area:
    """The bounds of some areas, gathered as plain numbers (cheap for thousands of parts)."""

    __slots__ = ("bottom", "left", "right", "top")

    def __init__(self) -> None:
        self.left = self.top = float("inf")
        self.right = self.bottom = float("-inf")

    def add(self, left: float, top: float, right: float, bottom: float) -> None:
        if left < self.left:
            self.left = left
        if top < self.top:
            self.top = top
        if right > self.right:
            self.right = right
        if bottom > self.bottom:
            self.bottom = bottom

    def add_rect(self, r: QRectF) -> None:
        if not r.isEmpty():
            self.add(r.left(), r.top(), r.right(), r.bottom())

    def empty(self) -> bool:
        return self.right < self.left

    def rect(self) -> QRectF:
        return QRectF(self.left, self.top, self.right - self.left, self.bottom - self.top).adjusted(-12, -12, 12, 12)


def lazy_for(size: int) -> bool:
    """True when a map of ``size`` statements gets its items only near the view."""
    return size >= LAZY_FROM


class NearItems(SceneParts):
    """The part of :class:`~argmap.gui.canvas.scene.MapScene` that makes, finds, drops and places its items."""

    # ---------------------------------------------------------------- lookup (made on demand)
    def amap_size(self) -> int:
        """How many statements the scene shows (with an item made or not)."""
        return len(self._paintings)

    def item_for(self, statement_id: str) -> StatementItem | None:
        """The statement's box item, made now if it was not yet (None: no such statement)."""
        item = self._items.get(statement_id)
        if item is None and statement_id in self._paintings:
            item = self._make_item(statement_id)
        return item

    def link_item_for(self, source: str, target: str) -> LinkItem | None:
        """The link's arrow item, made now if it was not yet (None: no such link)."""
        key = (source, target)
        item = self._links.get(key)
        if item is None and key in self._link_of:
            item = self._make_link(key)
        return item

    def group_item_for(self, target: str, group: str) -> CoPremiseItem | None:
        key = (target, group)
        item = self._groups.get(key)
        if item is None and key in self._group_of:
            item = self._make_group(key)
        return item

    def statement_items(self) -> list[StatementItem]:
        """Every statement's item (on a large map this makes every item: prefer :meth:`made_items` or ids)."""
        return [self._items.get(i) or self._make_item(i) for i in list(self._paintings)]

    def link_items(self) -> list[LinkItem]:
        """Every link's item (made now where missing)."""
        return [self._links.get(k) or self._make_link(k) for k in list(self._link_of)]

    def group_items(self) -> list[CoPremiseItem]:
        return [self._groups.get(k) or self._make_group(k) for k in list(self._group_of)]

    def made_items(self) -> list[StatementItem]:
        """The statement items made so far (on a large map: those near where the views looked, and those asked for)."""
        return list(self._items.values())

    def made_link_items(self) -> list[LinkItem]:
        return list(self._links.values())

    def painting_for(self, statement_id: str) -> BoxPainting | None:
        """The statement's measured box (what its item shows, item made or not)."""
        return self._paintings.get(statement_id)

    def made_item(self, statement_id: str) -> StatementItem | None:
        """The statement's box item if one was made (None: none yet, nothing is made here)."""
        return self._items.get(statement_id)

    def found_ids(self) -> set[str]:
        """The statements marked as found (with an item made or not)."""
        return self._highlighted

    def parts_within(self, area: QRectF, *, boxes_in_order: bool = True) -> tuple[list[PlacedBox], list[PlacedArrow], list[PlacedBracket]]:
        """The picture's boxes, arrows and brackets whose bounds meet ``area`` (their items made or not; an area that
        holds the scene rect: all of them), in the picture's order (on a large map, by id; the boxes in no order
        unless ``boxes_in_order``: 50,000 took 40 ms to sort)."""
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        everything = area.contains(self.sceneRect())  # (few parts lie outside it: painting them, cut off, costs less)
        if self.lazy and everything:  # the whole map fitted: no need to ask the grid
            box_of, arrow_of, bracket_of = self._box_of, self._arrow_of, self._bracket_of
            boxes = [box_of[k] for k in sorted(box_of)] if boxes_in_order else list(box_of.values())
            if isinstance(arrow_of, _DrawnArrows):  # (keys are unique: the memos are never compared)
                arrows = [m.placed for _, m in sorted(arrow_of._memo.items()) if m.drawn]
            else:
                arrows = [arrow_of[k] for k in sorted(arrow_of)]
            return boxes, arrows, [bracket_of[k] for k in sorted(bracket_of)]
        if self.lazy:
            near = self._grid.within(left, top, right, bottom)
            if self._grid.stale:  # parts not filed where they are now, found without filing them all (filing the
                near |= self._stale_near(left, top, right, bottom, exact=True)  # 8,000 a rest left took 40-120 ms)
            box_of, arrow_of, bracket_of = self._box_of, self._arrow_of, self._bracket_of
            # The keys of each kind, sorted (the grid's sets have no order: one that is the same in every run), found
            # by set operations: the whole map fitted asks for every part (a key at a time: 60 ms at 10,000).
            box_keys = near & box_of.keys()
            arrow_keys = near & (arrow_of._memo.keys() if isinstance(arrow_of, _DrawnArrows) else arrow_of.keys())
            boxes = [box_of[k] for k in (sorted(box_keys) if boxes_in_order else box_keys)]
            arrows = [a for a in map(arrow_of.get, sorted(arrow_keys)) if a is not None]  # (drawn ones only)
            rest = near - box_keys - arrow_keys  # the brackets' keys ("bracket", target, name), and arrows not drawn
            brackets = [bracket_of[k] for k in sorted((k[1], k[2]) for k in rest if len(k) == 3) if k in bracket_of]
        else:
            boxes, arrows, brackets = list(self._box_of.values()), list(self._arrow_of.values()), list(self._bracket_of.values())
        if not everything:
            boxes = [b for b in boxes if b.x <= right and b.x + b.painting.w >= left and b.y <= bottom and b.y + b.painting.h >= top]
            arrows = [a for a in arrows if _meets(a.shape[3], left, top, right, bottom)]
            brackets = [g for g in brackets if _meets(g.shape[3], left, top, right, bottom)]
        return boxes, arrows, brackets

    def _repaint_unmade(self, ids) -> None:
        """The boxes of ``ids`` look different now: announce where those without an item lie (pictureChanged)."""
        if not self.lazy:
            return
        area, items, box_of = _Area(), self._items, self._box_of
        if len(ids) > len(box_of) // 2:  # (most boxes, a map's first evaluation: their area is about the whole picture,
            self.pictureChanged.emit(EVERYWHERE)  # not worth walking 50,000 boxes for, 50 ms)
            return
        left, top, right, bottom = area.left, area.top, area.right, area.bottom
        for i in ids:  # (_Area.add inlined: the first evaluation of a large map names every box)
            b = box_of.get(i)
            if b is not None and i not in items:
                x, y, p = b.x, b.y, b.painting
                if x < left:
                    left = x
                if y < top:
                    top = y
                if x + p.w > right:
                    right = x + p.w
                if y + p.h > bottom:
                    bottom = y + p.h
        area.left, area.top, area.right, area.bottom = left, top, right, bottom
        if not area.empty():
            self.pictureChanged.emit(area.rect())

    # ---------------------------------------------------------------- items near the view
    def show_near(self, area: QRectF, *, trim: bool = True) -> int:
        """A view shows ``area`` (scene units): make the items of every box, arrow and bracket in it; how many were made.

        A no-op on a small map (every item exists) and where the area was covered since the last picture. With
        ``trim``, when more than :data:`KEEP_ITEMS` items exist, those outside ``area`` are dropped.
        """
        if not self.lazy or area.isEmpty() or self._covered.contains(area):
            return 0
        made = len(self._items) + len(self._links) + len(self._groups)
        near = self._grid.within(area.left(), area.top(), area.right(), area.bottom())
        if self._grid.stale:  # an edit moved parts not filed again yet: found by the picture's box index
            near |= self._stale_near(area.left(), area.top(), area.right(), area.bottom())
        for key in near:
            if isinstance(key, str):
                if key not in self._items and key in self._paintings:
                    self._make_item(key)
            elif len(key) == 2:
                if key not in self._links and key in self._link_of:
                    self._make_link(key)
            else:
                group = (key[1], key[2])
                if group not in self._groups and group in self._group_of:
                    self._make_group(group)
        # the area just made, or the earlier one if it holds this one (not their union: the corner between two
        # areas made one after the other has no items, and a later view there would find none)
        if not self._covered.contains(area):
            self._covered = QRectF(area)
        now = len(self._items) + len(self._links) + len(self._groups)
        if trim and now > KEEP_ITEMS and self._gesture is None and self.mouseGrabberItem() is None:
            self._drop_far(near)
            self._covered = QRectF(area)
        return now - made

    def _drop_far(self, near: set) -> None:
        """Drop the items of the parts not in ``near`` (grid keys), keeping what the user is working on and what
        the arrows and brackets kept need at their ends."""
        keep = {key for key in near if isinstance(key, str)}
        focus = self.focusItem()
        for i, item in self._items.items():
            if item.isSelected() or item.hovered or item is focus:
                keep.add(i)
        if self._editor is not None:
            keep.add(self._editor.statement_id)
        links = [key for key in self._links if key in near]
        groups = [key for key in self._groups if ("bracket", *key) in near]
        for key in links:
            keep.update(key)
        for key in groups:
            keep.add(key[0])
            keep.update(self._group_of.get(key, ()))
        kept_links, kept_groups = set(links), set(groups)
        for key in [k for k in self._links if k not in kept_links or k[0] not in keep or k[1] not in keep]:
            self.removeItem(self._links.pop(key))
        for key in [k for k in self._groups if k not in kept_groups]:
            self.removeItem(self._groups.pop(key))
        for i in [i for i in self._items if i not in keep]:
            self.removeItem(self._items.pop(i))

    def _make_item(self, statement_id: str) -> StatementItem:
        painting = self._paintings[statement_id]
        item = StatementItem(painting.statement, self._theme, painting=painting)
        self._items[statement_id] = item
        self._fresh.add(statement_id)
        b = self._box_of.get(statement_id)
        if b is None:  # collapsed away, or new: the next picture places it (meanwhile it can be selected, edited)
            if statement_id in self._diagram.layout.hidden:
                item.set_shown(False)
        else:
            item.place(b.x, b.y)
        if statement_id in self._highlighted:
            item.set_highlighted(True)
        self.addItem(item)
        return item

    def _make_link(self, key: tuple[str, str]) -> LinkItem:
        link = self._link_of[key]
        source, target = self.item_for(link.source), self.item_for(link.target)
        assert source is not None and target is not None
        item = LinkItem(link, source, target, self._theme)
        self._links[key] = item
        self._fresh.add(key)
        arrow = self._arrow_of.get(key)
        if arrow is None:
            item.set_shape(None)
        else:
            item.set_shape(arrow.shape, cross=arrow.cross, over=arrow.over)
        self.addItem(item)
        return item

    def _make_group(self, key: tuple[str, str]) -> CoPremiseItem:
        target, name = key
        ids = self._group_of[key]  # a linked reason's premises: two or more (the model keeps it so)
        members = [m for m in map(self.item_for, ids) if m is not None]
        link = self._link_of.get((ids[0], target)) or self.amap.link(ids[0], target)
        relation = link.relation
        target_item = self.item_for(target)
        assert target_item is not None
        group = CoPremiseItem(target_item, name, members, relation, self._theme)
        self._groups[key] = group
        bracket = self._bracket_of.get(key)
        if bracket is None:
            group.set_drawing(None, None)
        else:
            group.set_drawing(bracket.bracket, bracket.shape, over=bracket.over)
        self.addItem(group)
        return group


    # ---------------------------------------------------------------- where the picture has them
    def show_picture(self) -> None:
        """Put every item where the map's picture has it (after a relayout, or to undo a drag's provisional drawing)."""
        self._show_changes(None)

    def _show_changes(self, previous: Diagram | None) -> None:
        """Put the items where the map's picture has them; with the ``previous`` picture, only those whose part of it
        is not the very same object (an edit's picture reuses the parts it did not change: at 10,000 statements
        walking every item took longer than the edit's picture)."""
        diagram, items, links = self._diagram, self._items, self._links
        fresh, self._fresh = self._fresh, set()
        self._covered = QRectF()  # parts may have moved into any area
        if previous is not None and diagram.changed is not None and diagram.memo is not None:
            self._show_some(diagram, fresh)
            return
        # (the last picture's parts as an edit's picture left them: its own tables, which this one may have changed)
        before_boxes = self._box_of if previous is not None and not self._aliased else {}
        before_arrows = self._arrow_of if previous is not None and not self._aliased else {}
        self._aliased = False
        placed = self._box_of = {b.id: b for b in diagram.boxes}
        arrows = self._arrow_of = {(a.source, a.target): a for a in diagram.arrows}
        for i, item in items.items():
            b = placed.get(i)
            if b is None:
                item.set_shown(False)
            elif before_boxes.get(i) is not b or i in fresh or not item.shown:
                item.set_shown(True)
                item.place(b.x, b.y)
        for key, link in links.items():
            arrow = arrows.get(key)
            if arrow is None:
                link.set_shape(None)
            elif before_arrows.get(key) is not arrow or key in fresh:
                link.set_shape(arrow.shape, cross=arrow.cross, over=arrow.over)
        if self.lazy:  # every part filed by where it lies when the editor is idle (the large arrows now)
            self.pictureChanged.emit(EVERYWHERE)
            grid = self._grid
            grid.clear()
            grid.fill_later(placed.keys(), arrows.items())  # (meanwhile found by their boxes, see _stale_near)
            self._filing.start(FILE_AFTER_MS)
        self._show_brackets(diagram)

    def _show_some(self, diagram: Diagram, fresh: set) -> None:
        """Put the items the picture names as changed (and the ``fresh`` ones) where it has them; the picture was made
        by going over what its edit changed, and says which of its parts are new (walking every item took 10-30 ms).

        What costs here is what changed near the view: the items of changed parts are set (few: items exist only
        near the view); the changed parts themselves are only marked in the grid and filed again when the editor is
        idle (an edit that widened a tree of the 10,000-statement map moved 9,000 boxes and 9,000 arrows: filing
        them took 30-70 ms of the edit)."""
        assert diagram.changed is not None and diagram.memo is not None
        items, links, grid, lazy = self._items, self._links, self._grid, self.lazy
        # the picture's own tables of its parts (a new box table with each picture; the arrows' kept up to date)
        box_of = self._box_of = diagram.memo.boxes
        arrow_of = self._arrow_of = _DrawnArrows(diagram.memo.arrows)
        self._aliased = True
        box_ids, arrow_keys = diagram.changed
        if items:
            for i in (items.keys() & box_ids) | (items.keys() & fresh):
                item = items[i]
                b = box_of.get(i)
                if b is None:
                    item.set_shown(False)
                else:
                    item.set_shown(True)
                    item.place(b.x, b.y)
        if links:
            for key in (links.keys() & arrow_keys) | (links.keys() & fresh):
                link = links[key]
                arrow = arrow_of.get(key)
                if arrow is None:
                    link.set_shape(None)
                else:
                    link.set_shape(arrow.shape, cross=arrow.cross, over=arrow.over)
        changed = _Area()  # where the picture changed (for the far view's image)
        if lazy:
            earlier = bool(grid.stale)  # (parts an earlier edit moved are not where the grid has them)
            grid.mark(box_ids)
            grid.mark(arrow_keys)
            if len(grid.stale) <= FILE_AT_ONCE:
                inf = float("inf")
                area = [inf, inf, -inf, -inf]
                grid.file_stale(self._part_bounds, area)
                if earlier:
                    changed.add(-1e7, -1e7, 1e7, 1e7)
                elif area[0] <= area[2]:
                    changed.add(*area)
            else:
                self._filing.start(FILE_AFTER_MS)  # (the next keystroke or edit may come first: it waits again)
                changed.add(-1e7, -1e7, 1e7, 1e7)
        self._show_brackets(diagram, changed, fresh)
        if lazy and not changed.empty():
            self.pictureChanged.emit(changed.rect())

    def filing_pending(self) -> bool:
        """True while parts an edit moved wait to be filed again (see :meth:`_file_some`)."""
        memo = self._diagram.memo  # (a large map's net of links, put off by its opening, is made in the first slice)
        return bool(self._grid.stale) or self._touching_table.pending() or (self.lazy and memo is not None and (
            memo.net_later is not None or memo.signs_later is not None or memo.loose_left()))

    @property
    def _touching(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Each statement's links (either end), in the order they came (an opening's are noted when idle: touching.py)."""
        return self._touching_table.now()

    def _part_bounds(self, key) -> tuple[float, float, float, float] | None:
        """Where a box or an arrow of the picture is now (left, top, right, bottom), None when nowhere."""
        if isinstance(key, str):
            b = self._box_of.get(key)
            if b is None:
                return None
            p = b.painting
            return (b.x, b.y, b.x + p.w, b.y + p.h)
        a = self._arrow_of.get(key)
        if a is None:
            return None
        r = a.bounds_now() if type(a) is FramedArrow else a.shape[3]  # (a tree moved across: its arrow not moved yet)
        return None if r.isEmpty() else cast("tuple[float, float, float, float]", r.getCoords())  # (one call, not four)

    def _file_some(self) -> None:
        """When the editor is idle: file some of the parts an edit moved; when all are, look again at the area last
        made (an arrow that became longer than a cell, far from both its boxes, is found only then)."""
        memo = self._diagram.memo
        if self.user_busy():  # the user looks around: only the parts the views look for (each far frame finds those not
            if self._grid.stale:  # filed another way meanwhile, 1-5 ms at 10,000 statements); what the edits read waits
                self._grid.file_stale(self._part_bounds, deadline=time.perf_counter() + FILE_SLICE_S)
                self._filing.setInterval(0)
            else:  # (until they leave the canvas alone: a slice of it, 4-8 ms, came with each frame)
                self._filing.setInterval(BUSY_WAIT_MS)
            return
        if self._touching_table.pending():  # first each box's links, which an opening leaves (the edits read them)
            self._touching_table.some(FILE_SLICE_S)
            self._filing.setInterval(0)
            return
        if memo is not None and memo.net_later is not None:  # then the links' net an opening put off (for the edits)
            with collector_paused():  # (it stays, as the picture's parts do: young collections walked it, 0.1-0.3 s)
                memo.net_some(FILE_SLICE_S)  # (a slice: 0.2-0.7 s at 50,000 statements in one)
            self._filing.setInterval(0)
            return
        if memo is not None and memo.signs_later is not None:  # then its signs' index, a slice at a time (drawing/near_signs)
            with collector_paused():
                memo.signs_now(FILE_SLICE_S)
            self._filing.setInterval(0)
            return
        if self.lazy and memo is not None and memo.loose_left():  # then the footprints it left loose (else the first edit
            with collector_paused():  # files them: 25-55 ms at 10,000 statements)
                memo.file_loose(FILE_SLICE_S)
            self._filing.setInterval(0)
            return
        if not self._grid.file_stale(self._part_bounds, deadline=time.perf_counter() + FILE_SLICE_S):
            self._filing.setInterval(0)  # the next slice at the next turn of the event loop
            return
        self._filing.stop()
        area, self._covered = self._covered, QRectF()
        if not area.isEmpty():
            self.show_near(area, trim=False)
        if self._diagram.bounds_known():
            self.readyStep.emit()  # (the filed parts are what a far image made ahead asks for: see MapView._prepare_far)

    def _stale_near(self, left: float, top: float, right: float, bottom: float, *, exact: bool = False) -> set:
        """The parts not filed where they are now (:attr:`NearbyGrid.stale`) that meet the area: the boxes the picture's
        own box index has there, the arrows at the boxes within a grid cell of it (one no larger than a cell has an end
        within a cell of any area it meets), and those an edit marked (:meth:`NearbyGrid.mark`: they may be larger now),
        looked at one by one: with ``exact`` every one (a paint must miss none), else only those filed as larger than a
        cell (an item for an arrow that grew far from both its ends is made once all are filed, see :meth:`_file_some`;
        a view's items are looked for at each scroll)."""
        grid, stale = self._grid, self._grid.stale
        index = getattr(self._diagram.memo, "index", None)
        if index is None or not hasattr(index, "within"):  # (no index: file them all now)
            grid.file_stale(self._part_bounds)
            return set()
        reach = CELL + 1.0  # (the index asks for overlap, a part may touch the area)
        near = index.within(left - reach, top - reach, right + reach, bottom + reach)
        found = set()
        box_of = self._box_of
        # (inlined: at 10,000 statements an edit's repaint looked at 1,500 parts here, a call each took 7 ms)
        for i in near & stale:
            box = box_of.get(i)
            if box is not None and box.x <= right and box.y <= bottom and box.x + box.painting.w >= left and box.y + box.painting.h >= top:
                found.add(i)
        links = self._touching_table.keys_at(near)  # (a large map's first paint: before its links are noted by box)
        links.intersection_update(stale)
        memo = self._arrow_of._memo if type(self._arrow_of) is _DrawnArrows else None
        bounds = self._part_bounds
        marked = grid.marked() if exact else grid.large_keys(stale)
        links.update(key for key in marked if not isinstance(key, str))
        for key in links:
            if memo is not None:
                m = memo.get(key)
                if m is None or not m.drawn:
                    continue
                a = m.placed
                r = a.bounds_now() if type(a) is FramedArrow else a.shape[3]
                if not r.isEmpty() and r.left() <= right and r.right() >= left and r.top() <= bottom and r.bottom() >= top:
                    found.add(key)
            else:
                b = bounds(key)
                if b is not None and b[0] <= right and b[2] >= left and b[1] <= bottom and b[3] >= top:
                    found.add(key)
        return found

    def _show_brackets(self, diagram: Diagram, area: _Area | None = None, fresh: set | None = None) -> None:
        """Put the brackets' items where the picture has them (and note in ``area`` where brackets changed). With
        ``fresh`` (an edit's picture, and the parts drawn otherwise since the last one), only the items whose bracket
        is not the very same object as before, or is in ``fresh``: setting one repaints it, and every box and arrow
        under it (a repaint of most of the view at each edit, 5-10 ms at 10,000 statements)."""
        before = self._bracket_of
        brackets = self._bracket_of = {(g.target, g.name): g for g in diagram.brackets}
        if self.lazy:
            for key in before.keys() - brackets.keys():
                self._grid.drop(("bracket", *key))
                if area is not None:
                    area.add_rect(before[key].shape[3])
            for key, g in brackets.items():
                r = g.shape[3]
                was = before.get(key)
                if was is not g:
                    if area is not None:
                        area.add_rect(r)
                        if was is not None:
                            area.add_rect(was.shape[3])
                    if not r.isEmpty():
                        self._grid.put(("bracket", *key), r.left(), r.top(), r.right(), r.bottom())
        for key, group in self._groups.items():
            bracket = brackets.get(key)
            if fresh is not None and bracket is not None and before.get(key) is bracket and ("bracket", *key) not in fresh:
                continue  # (the item shows it already)
            if bracket is None:
                group.set_drawing(None, None)
            else:
                group.set_drawing(bracket.bracket, bracket.shape, over=bracket.over)
        if self._editor is not None:
            self._editor.follow_box()

