"""MapScene: a QGraphicsScene that mirrors an ArgumentMap.

It keeps an ``id -> item`` dict and follows the map's change events with idempotent
handlers; many events from one edit lead to one relayout (a zero timer), and
:meth:`MapScene.relayout` does it at once for callers and tests. The scene never
changes the model: user gestures come out as signals that the window turns into
undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneContextMenuEvent

from argmap.drawing.arrows import link_shape
from argmap.drawing.box import BoxPainting, card_text
from argmap.drawing.detour import CLEARANCE
from argmap.drawing.diagram import Diagram, PlacedArrow, PlacedBox, PlacedBracket, build_diagram
from argmap.drawing.lanes import linked_reason_shape
from argmap.drawing.theme import Theme
from argmap.gc_pause import collector_paused
from argmap.gui.canvas.gestures import ConnectBoxes, Gesture, MoveBoxes
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.link_item import LinkItem
from argmap.gui.canvas.nearby import NearbyGrid
from argmap.gui.canvas.statement_item import StatementItem, remeasured
from argmap.layout import Layout
from argmap.model import (
    ArgumentMap,
    Change,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    LayoutChanged,
    Link,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    SourcesChanged,
)

Box = tuple[float, float, float, float]

DIRECTIONS = ("TB", "LR")
#: Room around the map in the scene, so boxes at the edge can be scrolled to the middle.
SCENE_MARGIN = 300.0
#: Maps with at least this many statements get Qt items only near what a view shows (:meth:`MapScene.show_near`);
#: smaller ones get every item at once (a few milliseconds' work, and every item ready for a grab or a test).
LAZY_FROM = 1500
#: With more items than this, a view's move drops the items far from it (not a selected, focused, hovered or
#: edited box): zoomed far out every item is made (the far picture renders them), zoomed in again Qt walks fewer.
KEEP_ITEMS = 5000


class MapScene(QGraphicsScene):
    textEditCommitted = Signal(str, str)
    #: A title typed in a box (statement id, title; "" takes the title away).
    titleEditCommitted = Signal(str, str)
    moveFinished = Signal(list, list, list)
    connectRequested = Signal(str, str)
    #: a connection dragged onto an arrow or bracket: (source, target, attacked premise or "", attacked group or "")
    undercutRequested = Signal(str, str, str, str)
    editRequested = Signal(str)
    editCancelled = Signal(str)
    contextMenuRequested = Signal(str, QPoint)
    aboutToRelayout = Signal()
    layoutChanged = Signal()

    def __init__(
        self,
        amap: ArgumentMap,
        theme: Theme | None = None,
        parent=None,
        *,
        direction: str = "TB",
        decorations: bool = True,
        evaluation: bool = False,
    ) -> None:
        super().__init__(parent)
        if direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {direction!r}: choose TB or LR")
        self._amap: ArgumentMap | None = None
        self._theme = theme or Theme.light()
        self.direction = direction
        self.decorations = decorations
        self.evaluation = evaluation  # each box shows its strength row
        self.sides = False  # each box says which side of the main claim it argues
        # Every statement's measured box and every link and linked reason, and the Qt items made for them so far: on a
        # large map only those near what a view shows, and those asked for (item_for: selection, find, the editor).
        self._paintings: dict[str, BoxPainting] = {}
        self._items: dict[str, StatementItem] = {}
        self._link_of: dict[tuple[str, str], Link] = {}
        self._links: dict[tuple[str, str], LinkItem] = {}
        self._touching: dict[str, set[tuple[str, str]]] = {}  # id -> keys of links at that box
        self._group_of: dict[tuple[str, str], list[str]] = {}  # (target, group) -> its co-premises
        self._groups: dict[tuple[str, str], CoPremiseItem] = {}
        self._highlighted: set[str] = set()
        self.lazy = False  # items only near the view (a large map, see LAZY_FROM)
        # where the picture has each part (for items made later), and which parts lie where
        self._box_of: dict[str, PlacedBox] = {}
        self._arrow_of: dict[tuple[str, str], PlacedArrow] = {}
        self._bracket_of: dict[tuple[str, str], PlacedBracket] = {}
        self._grid = NearbyGrid()
        self._covered = QRectF()  # the area whose items were all made since the last picture
        self._diagram = Diagram(self._theme)  # the map's picture, as the items show it
        self._fresh: set = set()  # ids and link keys whose items the next picture must place even if their part is unchanged
        #: statements the map's events changed since the last picture (only they are measured again); None: every box
        self._dirty: set[str] | None = None
        self._gesture: Gesture | None = None
        self._editor: InlineEditor | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.relayout)
        # Qt's spatial index (and every view) learns the scene's size only from sceneRectChanged: a size set
        # while the signals are blocked leaves every paint, hover and keystroke testing every item (20 ms at
        # 10,000 statements). The scene notes what was announced and announces it again when unblocked.
        self._announced_rect = QRectF()
        self.sceneRectChanged.connect(self._note_announced)
        self.setBackgroundBrush(self._theme.background)
        self.set_map(amap)
        if evaluation:  # a scene on its own (tests, tools) evaluates once; the editor feeds live results instead
            self.evaluate_now()

    # ---------------------------------------------------------------- map binding
    @property
    def amap(self) -> ArgumentMap:
        assert self._amap is not None
        return self._amap

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def layout(self) -> Layout:
        """The last computed layout (boxes and the spanning tree's links)."""
        return self._diagram.layout

    def set_map(self, amap: ArgumentMap) -> None:
        """Show another map: stop listening to the old one and rebuild every item."""
        self.detach()
        self._amap = amap
        amap.changed.connect(self._on_change)
        self.lazy = len(amap) >= LAZY_FROM
        # Items, their boxes and the picture all stay alive: a collection mid-way would walk the growing heap
        # for nothing (at 50,000 statements, several full walks of a million objects).
        with collector_paused():
            for statement in amap.statements():
                self._add_statement(statement)
            links = amap.links()
            for link in links:
                self._add_link(link)
            for target in {link.target for link in links if link.group is not None}:
                self._sync_groups(target)
            self.relayout()

    def detach(self) -> None:
        """Stop following the map and drop every item (a scene used once for export calls this)."""
        self._pending.stop()
        self._close_editor()
        self.cancel_gesture()
        if self._amap is not None:
            self._amap.changed.disconnect(self._on_change)
        self._amap = None
        self.clear()
        self._paintings.clear()
        self._items.clear()
        self._link_of.clear()
        self._links.clear()
        self._touching.clear()
        self._group_of.clear()
        self._groups.clear()
        self._highlighted.clear()
        self._box_of, self._arrow_of, self._bracket_of = {}, {}, {}
        self._grid.clear()
        self._covered = QRectF()
        self._fresh.clear()
        self._dirty = None
        self._diagram = Diagram(self._theme)

    # ---------------------------------------------------------------- Qt's spatial index
    def _note_announced(self, rect: QRectF) -> None:
        self._announced_rect = QRectF(rect)

    def indexed_rect(self) -> QRectF:
        """The scene rect that Qt's item index and the views were last told of (sceneRectChanged)."""
        return QRectF(self._announced_rect)

    def blockSignals(self, block: bool) -> bool:
        """As Qt's, and on unblocking the scene rect set meanwhile is announced, so the index covers the map."""
        was = super().blockSignals(block)
        if not block and self._announced_rect != self.sceneRect():
            self.sceneRectChanged.emit(self.sceneRect())
        return was

    # ---------------------------------------------------------------- lookup
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
        self._covered = self._covered.united(area) if not self._covered.isEmpty() else QRectF(area)
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
        members = [m for m in (self.item_for(i) for i in self._group_of[key]) if m is not None]
        link = self._link_of.get((self._group_of[key][0], target)) if self._group_of[key] else None
        relation = link.relation if link is not None else self.amap.link(self._group_of[key][0], target).relation
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

    def adopt_painting(self, item: StatementItem) -> None:
        """An item was measured again by itself: the scene keeps that box as the statement's."""
        if item.statement_id in self._paintings and self._items.get(item.statement_id) is item:
            self._paintings[item.statement_id] = item.painting
            if self._dirty is not None:
                self._dirty.add(item.statement_id)

    def _set_painting(self, statement_id: str, painting: BoxPainting) -> None:
        self._paintings[statement_id] = painting
        item = self._items.get(statement_id)
        if item is not None:
            item.set_painting(painting)

    @property
    def inline_editor(self) -> InlineEditor | None:
        return self._editor

    # ---------------------------------------------------------------- selection and highlight
    def selected_ids(self) -> list[str]:
        """Selected statements in map order."""
        ids = [item.statement_id for item in self.selectedItems() if isinstance(item, StatementItem)]
        order = self.amap.order_of
        return sorted(ids, key=order)

    def select_ids(self, ids, *, focus: bool = True) -> None:
        """Replace the selection (one selectionChanged signal); focus the first box if asked."""
        wanted = [i for i in dict.fromkeys(ids) if i in self._paintings]
        blocked = self.blockSignals(True)
        try:
            for item in self.selectedItems():
                item.setSelected(False)
            for i in wanted:
                self.item_for(i).setSelected(True)  # type: ignore[union-attr]  # made if it was not yet
        finally:
            self.blockSignals(blocked)
        if focus and wanted:
            self.setFocusItem(self._items[wanted[0]], Qt.FocusReason.OtherFocusReason)  # made just above
        self.selectionChanged.emit()

    def set_highlighted(self, ids) -> None:
        """Mark find results; an empty list clears the marks."""
        new = {i for i in ids if i in self._paintings}
        for i in self._highlighted - new:
            if i in self._items:
                self._items[i].set_highlighted(False)
        for i in new:
            item = self._items.get(i)  # items made later are marked as they are made
            if item is not None:
                item.set_highlighted(True)
        self._highlighted = new

    def highlighted_ids(self) -> list[str]:
        return sorted(self._highlighted, key=self.amap.order_of)

    # ---------------------------------------------------------------- look
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._dirty = None  # every box is measured again
        self.setBackgroundBrush(theme.background)
        for i, painting in list(self._paintings.items()):
            self._set_painting(i, remeasured(painting, theme=theme))
        for link in self._links.values():
            link.set_theme(theme)
        for group in self._groups.values():
            group.set_theme(theme)
        self.relayout()

    def set_direction(self, direction: str) -> None:
        """``"TB"`` (main claim on top) or ``"LR"`` (main claim on the left)."""
        if direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {direction!r}: choose TB or LR")
        if direction != self.direction:
            self.direction = direction
            self.relayout()

    # ---------------------------------------------------------------- evaluation
    def set_evaluation_visible(self, on: bool) -> None:
        """Show or hide every box's strength row (boxes grow or shrink: lays out again)."""
        if on == self.evaluation:
            return
        self.evaluation = on
        self._dirty = None  # every box grows or shrinks
        for i, painting in list(self._paintings.items()):
            if painting.evaluation != on:
                self._set_painting(i, remeasured(painting, evaluation=on))
        self.relayout()

    def apply_evaluation(self, values: dict[str, float], statuses: dict, only: set[str] | None = None) -> None:
        """Give each box its strength and verdict (a repaint: the row's size does not depend on them);
        with ``only``, just those boxes (an edit's evaluation says which it may have changed)."""
        paintings, items = self._paintings, self._items
        for i in paintings if only is None else only:
            painting = paintings.get(i)
            if painting is not None and painting.set_evaluation(values.get(i), statuses.get(i)):
                item = items.get(i)
                if item is not None:
                    item.update()

    def evaluate_now(self) -> None:
        """Compute strengths and verdicts of the whole map and show them."""
        from argmap.evaluation import evaluate

        if self._amap is not None:
            result = evaluate(self._amap, labels=False)
            self.apply_evaluation(result.values, result.statuses)

    # ---------------------------------------------------------------- sides
    def set_sides_visible(self, on: bool) -> None:
        """Mark each box FOR or AGAINST the main claim (View > Sides); the boxes may widen: lays out again."""
        if on != self.sides:
            self.sides = on
            self._dirty = None
            self.relayout()

    # ---------------------------------------------------------------- layout
    @property
    def relayout_pending(self) -> bool:
        """An edit's new picture is due (made at the next turn of the event loop)."""
        return self._pending.isActive()

    def schedule_relayout(self) -> None:
        if not self._pending.isActive():
            self._pending.start()

    def relayout(self) -> None:
        """Make the map's picture again (:func:`build_diagram`) and show it: boxes, arrows, brackets."""
        self._pending.stop()
        if self._amap is None:
            return
        self.aboutToRelayout.emit()
        paintings, amap = self._paintings, self._amap
        side_of: dict[str, str] = {}
        if self.sides:  # a side depends on the whole chain of links: worked out again with each picture
            from argmap.evaluation.sides import sides

            side_of = {i: str(side) for i, side in sides(self._amap).items()}

        def measure(statement, hidden_count: int):
            i = statement.id
            painting = paintings[i]
            side = side_of.get(i) if side_of else None
            card = card_text(amap, statement) if statement.quote is not None else ""
            if (hidden_count, side, card) != (painting.hidden_count, painting.side, painting.card_source):
                painting = remeasured(painting, hidden_count=hidden_count, side=side, card=card)
                self._set_painting(i, painting)
            return painting

        # Tens of thousands of small objects that all stay alive: without the pause a full collection walks
        # the whole heap mid-way (paired runs, 6 each: 0.65 -> 0.45 s at 5,000 statements, 1.38 -> 0.96 s at 10,000).
        previous = self._diagram
        with collector_paused():
            dirty, self._dirty = (None if self.sides else self._dirty), set()  # sides: any box's side may change
            self._diagram = build_diagram(
                self._amap, self._theme, direction=self.direction, measure=measure, previous=previous, remember=True, dirty=dirty
            )
            self._show_changes(previous)
        # Qt's default scene rect only ever grows: after deletions the view would keep scrolling over emptiness.
        bounds, margin = self._diagram.layout.bounds(), SCENE_MARGIN
        self.setSceneRect(QRectF(bounds.x - margin, bounds.y - margin, bounds.w + 2 * margin, bounds.h + 2 * margin))
        self.layoutChanged.emit()

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
        before_boxes = self._box_of if previous is not None else {}
        before_arrows = self._arrow_of if previous is not None else {}
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
        if self.lazy:  # file every part by where it lies (about 0.1 s at 50,000 statements)
            grid = self._grid
            grid.clear()
            put = grid.put
            for b in diagram.boxes:
                p = b.painting
                put(b.id, b.x, b.y, b.x + p.w, b.y + p.h)
            for key, arrow in arrows.items():
                r = arrow.shape[3]
                if not r.isEmpty():
                    put(key, r.left(), r.top(), r.right(), r.bottom())
        self._show_brackets(diagram)

    def _show_some(self, diagram: Diagram, fresh: set) -> None:
        """Put the items the picture names as changed (and the ``fresh`` ones) where it has them; the picture was made
        by going over what its edit changed, and says which of its parts are new (walking every item took 10-30 ms)."""
        assert diagram.changed is not None and diagram.memo is not None
        items, links, grid, lazy = self._items, self._links, self._grid, self.lazy
        placed, arrows = diagram.memo.boxes, diagram.memo.arrows
        box_of, arrow_of = self._box_of, self._arrow_of
        box_ids, arrow_keys = diagram.changed
        for i in box_ids:
            b = placed.get(i)
            if b is None:
                box_of.pop(i, None)
                grid.drop(i)
            else:
                box_of[i] = b
                if lazy:
                    grid.put(i, b.x, b.y, b.x + b.painting.w, b.y + b.painting.h)
        for key in arrow_keys:
            m = arrows.get(key)
            arrow = m.placed if m is not None and m.drawn else None
            if arrow is None:
                arrow_of.pop(key, None)
                grid.drop(key)
            else:
                arrow_of[key] = arrow
                r = arrow.shape[3]
                if lazy and not r.isEmpty():
                    grid.put(key, r.left(), r.top(), r.right(), r.bottom())
                elif lazy:
                    grid.drop(key)
        for i in box_ids | fresh:
            item = items.get(i) if isinstance(i, str) else None
            if item is None:
                continue
            b = box_of.get(i)
            if b is None:
                item.set_shown(False)
            else:
                item.set_shown(True)
                item.place(b.x, b.y)
        for key in arrow_keys | fresh:
            link = links.get(key) if isinstance(key, tuple) else None
            if link is None:
                continue
            arrow = arrow_of.get(key)
            if arrow is None:
                link.set_shape(None)
            else:
                link.set_shape(arrow.shape, cross=arrow.cross, over=arrow.over)
        self._show_brackets(diagram)

    def _show_brackets(self, diagram: Diagram) -> None:
        before = self._bracket_of
        brackets = self._bracket_of = {(g.target, g.name): g for g in diagram.brackets}
        if self.lazy:
            for key in before.keys() - brackets.keys():
                self._grid.drop(("bracket", *key))
            for key, g in brackets.items():
                r = g.shape[3]
                if before.get(key) is not g and not r.isEmpty():
                    self._grid.put(("bracket", *key), r.left(), r.top(), r.right(), r.bottom())
        for key, group in self._groups.items():
            bracket = brackets.get(key)
            if bracket is None:
                group.set_drawing(None, None)
            else:
                group.set_drawing(bracket.bracket, bracket.shape, over=bracket.over)
        if self._editor is not None:
            self._editor.follow_box()

    # ---------------------------------------------------------------- model events
    def _on_change(self, change: Change) -> None:
        dirty = self._dirty
        if dirty is not None:
            if isinstance(change, NodeAdded | NodeRemoved):
                dirty.add(change.statement.id)
            elif isinstance(change, NodeChanged):
                dirty.add(change.new.id)
            elif isinstance(change, EdgeAdded | EdgeRemoved):
                dirty.update(change.link.key)
            elif isinstance(change, EdgeChanged):
                dirty.update((*change.old.key, *change.new.key))
            elif isinstance(change, SourcesChanged | LayoutChanged):
                self._dirty = None  # evidence cards may read differently; another arrangement
        if isinstance(change, NodeAdded):
            self._add_statement(change.statement)
        elif isinstance(change, NodeRemoved):
            self._remove_statement(change.statement.id)
        elif isinstance(change, NodeChanged):
            self._add_statement(change.new)
        elif isinstance(change, EdgeAdded):
            self._add_link(change.link)
            self._sync_groups(change.link.target)
        elif isinstance(change, EdgeRemoved):
            self._remove_link(change.link.key)
            self._sync_groups(change.link.target)
        elif isinstance(change, EdgeChanged):
            self._add_link(change.new)
            self._sync_groups(change.new.target)
        elif not isinstance(change, LayoutChanged | SourcesChanged):  # the title changed: nothing drawn depends on it
            return
        self.schedule_relayout()

    def _add_statement(self, statement) -> None:
        """Measure the statement's box (again, when it changed); on a small map make its item too."""
        painting = self._paintings.get(statement.id)
        if painting is not None:
            if painting.statement is not statement:
                self._set_painting(statement.id, remeasured(painting, statement=statement))
            return
        self._paintings[statement.id] = BoxPainting(statement, self._theme, evaluation=self.evaluation)
        if not self.lazy:
            self._make_item(statement.id)

    def _remove_statement(self, statement_id: str) -> None:
        if self._editor is not None and self._editor.statement_id == statement_id:
            self._close_editor()
        for key in list(self._touching.get(statement_id, ())):
            self._remove_link(key)
        self._touching.pop(statement_id, None)
        self._highlighted.discard(statement_id)
        self._paintings.pop(statement_id, None)
        item = self._items.pop(statement_id, None)
        if item is not None:
            self.removeItem(item)

    def _add_link(self, link: Link) -> None:
        key = link.key
        if key in self._link_of:
            self._link_of[key] = link
            item = self._links.get(key)
            if item is not None:
                item.set_link(link)
            return
        if link.source not in self._paintings or link.target not in self._paintings:
            return
        self._link_of[key] = link
        self._touching.setdefault(link.source, set()).add(key)
        self._touching.setdefault(link.target, set()).add(key)
        if not self.lazy:
            self._make_link(key)

    def _remove_link(self, key: tuple[str, str]) -> None:
        if self._link_of.pop(key, None) is None:
            return
        for end in key:
            self._touching.get(end, set()).discard(key)
        item = self._links.pop(key, None)
        if item is not None:
            self.removeItem(item)

    def _sync_groups(self, target: str) -> None:
        """Make the co-premise brackets into ``target`` match the map's linked reasons."""
        amap = self.amap
        wanted = amap.groups(target) if target in amap else {}
        for key in [k for k in self._group_of if k[0] == target and k[1] not in wanted]:
            del self._group_of[key]
            group = self._groups.pop(key, None)
            if group is not None:
                self.removeItem(group)
        for name, members in wanted.items():
            key = (target, name)
            self._group_of[key] = [m for m in members if m in self._paintings]
            group = self._groups.get(key)
            if group is not None:
                items = [m for m in (self.item_for(i) for i in self._group_of[key]) if m is not None]
                group.set_members(items, amap.link(members[0], target).relation)
            elif not self.lazy:
                self._make_group(key)

    # ---------------------------------------------------------------- the picture
    def diagram(self, ids=None) -> Diagram:
        """The map's picture as the scene shows it (only ``ids`` and what lies among them, if given), for the exporters.

        The boxes' and arrows' own drawings, without selection, hover or find marks.
        """
        if self._pending.isActive():  # an edit's relayout is still due: draw where the boxes will be
            self.relayout()
        return self._diagram if ids is None else self._diagram.only(ids)

    def items_bounding_rect_for_export(self, ids=None) -> QRectF:
        """The drawing's extent (boxes, arrows, brackets) plus a margin; only ``ids`` if given."""
        return self.diagram(ids).bounds()

    def placed_boxes(self) -> dict[str, Box]:
        """Every shown box where the picture put it."""
        return {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in self._diagram.boxes}

    def carried_boxes(self, ids: list[str]) -> dict[str, Box]:
        """The boxes of ``ids`` where they are now, and of the subtrees they carry (moved alike)."""
        children: dict[str, list[str]] = {}
        for child, parent in self._diagram.layout.tree_links:
            children.setdefault(parent, []).append(child)
        placed = self.placed_boxes()
        carried: dict[str, Box] = {}
        for top in ids:
            item = self.item_for(top)
            assert item is not None
            x, y, w, h = item.box_tuple()
            carried[top] = (x, y, w, h)
            if top not in placed:
                continue
            dx, dy = x - placed[top][0], y - placed[top][1]
            stack = list(children.get(top, ()))
            amap = self.amap
            while stack:
                node = stack.pop()
                if amap.statement(node).pinned is not None:
                    continue  # pinned itself: it stays at its own pin, with what hangs from it
                if node in placed and node not in carried:
                    bx, by, bw, bh = placed[node]
                    carried[node] = (bx + dx, by + dy, bw, bh)
                    stack.extend(children.get(node, ()))
        return carried

    @staticmethod
    def drop_gap() -> float:
        """How far dropped boxes keep from the others: room for an arrow between them (the router's
        lines run ``CLEARANCE`` outside each box), and little more, so a drop lands near where the user let go."""
        return 2 * CLEARANCE + 2

    # ---------------------------------------------------------------- inline edit
    def start_inline_edit(self, statement_id: str, field: str = "text") -> InlineEditor | None:
        """Open the inline editor on a box's text or title (Enter commits, Shift+Enter new line, Esc cancels)."""
        self._close_editor()
        if self._pending.isActive():  # a box just added is placed by the pending relayout: place it first
            self.relayout()
        item = self.item_for(statement_id)
        if item is None or not item.isVisible():
            return None
        editor = InlineEditor(item, lambda text: self._editor_done(statement_id, text, field), field=field)
        self._editor = editor
        self.addItem(editor)
        # The keys must reach the canvas, not the widget that had focus (inspector, outline, toolbar).
        for view in self.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.begin()
        return editor

    def _editor_done(self, statement_id: str, text: str | None, field: str = "text") -> None:
        editor = self._editor
        self._editor = None
        if editor is not None:
            editor.hide()

            def remove() -> None:
                if editor.scene() is self:
                    self.removeItem(editor)

            QTimer.singleShot(0, remove)
        if text is None:
            self.editCancelled.emit(statement_id)
            return
        if self._amap is None or statement_id not in self._amap:
            return
        if field == "title":
            title = " ".join(text.split())
            if title != self._amap.statement(statement_id).title:
                self.titleEditCommitted.emit(statement_id, title)
        elif text != self._amap.statement(statement_id).text:
            self.textEditCommitted.emit(statement_id, text)

    def _close_editor(self) -> None:
        """Drop the editor without reporting (the statement went away or the map changed)."""
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.finish_silently()
            if editor.scene() is self:
                self.removeItem(editor)

    # ---------------------------------------------------------------- gestures
    def selected_statement_items(self) -> list[StatementItem]:
        return [item for item in self.selectedItems() if isinstance(item, StatementItem)]

    @property
    def gesture(self) -> Gesture | None:
        """The mouse gesture under way, if any."""
        return self._gesture

    def begin_move(self, pos: QPointF) -> None:
        """The selected boxes start to be dragged."""
        self._start(MoveBoxes(self), pos)

    def begin_connect(self, item: StatementItem, pos: QPointF) -> None:
        """A connection starts to be dragged out of ``item``'s handle."""
        self._start(ConnectBoxes(self, item), pos)

    def _start(self, gesture: Gesture, pos: QPointF) -> None:
        self.cancel_gesture()
        self._gesture = gesture
        gesture.start(pos)

    def update_gesture(self, pos: QPointF) -> None:
        if self._gesture is not None:
            self._gesture.update(pos)

    def finish_gesture(self, pos: QPointF) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.finish(pos)

    def cancel_gesture(self) -> bool:
        """Esc: the gesture under way puts back what it showed and reports nothing; False when there was none."""
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return False
        grabber = self.mouseGrabberItem()
        if grabber is not None:  # the release that follows must not drag or report anything
            grabber.ungrabMouse()
        gesture.cancel()
        return True

    def show_dragged(self, moved: set[str]) -> None:
        """While boxes are dragged, the arrows and brackets at them follow, drawn provisionally.

        The plain shapes, not routed around other boxes: the map's picture is made again,
        routed, when the drop is pinned.
        """
        self._fresh.update(moved)  # moved by hand: the next picture places them even where it has them already
        for i in moved:
            for key in self._touching.get(i, ()):
                link = self.link_item_for(*key)
                assert link is not None
                self._fresh.add(key)  # drawn provisionally: the next picture draws it again
                if link.grouped or link.link.is_undercut or not link.source_item.shown or not link.target_item.shown:
                    continue
                child, parent = link.source_item.box_tuple(), link.target_item.box_tuple()
                shape = link_shape(child, parent, direction=self.direction, slot=None, cross=link.is_cross_link, light=True)
                link.set_shape(shape, cross=link.is_cross_link, over=link.drawn_over_boxes)
        for key, member_ids in list(self._group_of.items()):
            if key[0] in moved or moved.intersection(member_ids):
                group = self.group_item_for(*key)
                assert group is not None
                members = [m.box_tuple() for m in group.members if m.shown]
                if members and group.target.shown:
                    bracket, shape = linked_reason_shape(members, group.target.box_tuple(), direction=self.direction, slot=None, lane=None)
                    group.set_drawing(bracket, shape, over=group.drawn_over_boxes)

    def statement_at(self, pos: QPointF) -> StatementItem | None:
        for item in self.items(pos):
            if isinstance(item, StatementItem) and item.scene_box().contains(pos):
                return item
        return None

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self.statement_at(event.scenePos())
        self.contextMenuRequested.emit(item.statement_id if item else "", event.screenPos())
        event.accept()
