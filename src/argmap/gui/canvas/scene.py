"""MapScene: a QGraphicsScene that mirrors an ArgumentMap.

It keeps an ``id -> item`` dict and follows the map's change events with idempotent
handlers; many events from one edit lead to one relayout (a zero timer), and
:meth:`MapScene.relayout` does it at once for callers and tests. The scene never
changes the model: user gestures come out as signals that the window turns into
undo commands. Its items (made only near the view on a large map) are in
:mod:`~argmap.gui.canvas.near_items`, its side of gestures and the inline editor in
:mod:`~argmap.gui.canvas.interaction`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene

from argmap.drawing.box import BoxPainting, card_text
from argmap.drawing.diagram import Diagram, PlacedArrow, PlacedBox, PlacedBracket, build_diagram
from argmap.drawing.frames import ready_some
from argmap.drawing.theme import Theme
from argmap.gc_pause import collector_paused
from argmap.gui.canvas.gestures import Gesture
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.interaction import Interaction
from argmap.gui.canvas.link_item import LinkItem
from argmap.gui.canvas.near_items import lazy_for
from argmap.gui.canvas.nearby import NearbyGrid
from argmap.gui.canvas.scene_rect import scene_rect_for
from argmap.gui.canvas.staged_rest import MAKE_AFTER_MS, STAGE_FROM, StagedRest
from argmap.gui.canvas.statement_item import StatementItem, remeasured
from argmap.gui.canvas.touching import TouchingTable
from argmap.gui.free_memory import give_back_free_memory
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
    Statement,
)

Box = tuple[float, float, float, float]

DIRECTIONS = ("TB", "LR")


#: How long the editor is left alone (no edit, no input on the canvas) before its picture is got ready for the next edits
#: (a step at a time: slices of work on a tree, see drawing/frames.py ready_some).
READY_AFTER_MS = 300
#: And between two steps (input, painting and the timers of the canvas come in between).
READY_STEP_MS = 10
#: How much of the GUI thread's time a step takes, about (its last slice may go over by a few ms): input that arrives
#: during a step waits no longer than a frame.
READY_STEP_S = 0.006

class MapScene(StagedRest, Interaction, QGraphicsScene):
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
    #: On a large map, the picture changed within this scene area where parts may have no item (the far view's
    #: image is painted from the picture: Qt's ``changed`` names only what items show).
    pictureChanged = Signal(QRectF)
    #: A step of getting ready when idle, or the parts filed, the picture's extent known (a view may make its far
    #: image ahead then).
    readyStep = Signal()
    #: A large map's staged picture is whole: its arrows and brackets, made after its boxes, are shown.
    pictureFinished = Signal()

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
        self._touching_table = TouchingTable()  # id -> keys of links at that box (read as _touching: see touching.py)
        self._undercut_keys: set[tuple[str, str]] = set()  # the links that attack an inference
        self._group_of: dict[tuple[str, str], list[str]] = {}  # (target, group) -> its co-premises
        self._groups: dict[tuple[str, str], CoPremiseItem] = {}
        self._highlighted: set[str] = set()
        self.lazy = False  # items only near the view (a large map, see LAZY_FROM)
        # where the picture has each part (for items made later), and which parts lie where
        self._box_of: dict[str, PlacedBox] = {}
        self._arrow_of: Mapping[tuple[str, str], PlacedArrow] = {}
        self._aliased = False  # _box_of and _arrow_of are the picture's own tables (see _show_some)
        self._bracket_of: dict[tuple[str, str], PlacedBracket] = {}
        self._grid = NearbyGrid()
        self._covered = QRectF()  # the area whose items were all made since the last picture
        self._diagram = Diagram(self._theme)  # the map's picture, as the items show it
        #: the statements the last picture's edit named (None: any may have changed): the tags naming others are painted
        #: again only for those (see MapView._refresh_tags)
        self.last_edited: frozenset[str] | None = None
        self._fresh: set = set()  # ids and link keys whose items the next picture must place even if their part is unchanged
        #: statements the map's events changed since the last picture (only they are measured again); None: every box
        self._dirty: set[str] | None = None
        self._gesture: Gesture | None = None
        self._editor: InlineEditor | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.relayout)
        self._filing = QTimer(self)  # files the parts an edit moved, a slice at a time when idle (near_items)
        self._filing.setInterval(0)
        self._filing.timeout.connect(self._file_some)
        # gets the picture ready for edits when idle, a slice at a time (drawing/frames.py ready_some): the first edits
        # that widen a tree of a big map then do not pay for framing the trees they move
        self._readying = QTimer(self)
        self._readying.setSingleShot(True)
        self._readying.setInterval(READY_AFTER_MS)
        self._readying.timeout.connect(self._ready_some)
        self._readied_some = False  # (since the heap's free pages were last given back)
        self._making = QTimer(self)  # makes the rest of a staged picture (its arrows and brackets), a slice at a time
        self._making.setInterval(0)
        self._making.timeout.connect(self._make_some)
        self._showing: Iterator[None] | None = None  # (the rest made, shown a slice at a time: see StagedRest)
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
        self.lazy = lazy_for(len(amap))
        # Items, their boxes and the picture all stay alive: a collection mid-way would walk the growing heap
        # for nothing (at 50,000 statements, several full walks of a million objects).
        with collector_paused():
            statements, links = amap.statements(), amap.links()  # (each read walks the whole graph: once here)
            if self.lazy:  # a large map: no items yet, every table filled in one pass (as _add_statement, _add_link do)
                self._take_in(statements, links)
            else:
                for statement in statements:
                    self._add_statement(statement)
                for link in links:
                    self._add_link(link)
            for target in {link.target for link in links if link.group is not None}:
                self._sync_groups(target)
            self.relayout(links, statements)

    def _take_in(self, statements: list[Statement], links: list[Link]) -> None:
        """Measure every statement's box and note every link, for a large map's scene just emptied (no items are
        made: they come when a view shows their place). The same tables as :meth:`_add_statement` and
        :meth:`_add_link` for each, in one loop each (a call per statement and link took a tenth of a second at 50,000)."""
        paintings, theme, evaluation = self._paintings, self._theme, self.evaluation
        for statement in statements:
            paintings[statement.id] = BoxPainting(statement, theme, evaluation=evaluation)
        link_of, undercuts = self._link_of, self._undercut_keys
        for link in links:
            source, target = link.source, link.target
            key = (source, target)  # (Link.key without a property call per link)
            if link.onto is not None or link.onto_group is not None:  # an undercut
                undercuts.add(key)
            if source not in paintings or target not in paintings:
                continue
            link_of[key] = link
        self._touching_table.note_later(list(link_of))  # (each box's links: noted when idle, see touching.py)

    def detach(self) -> None:
        """Stop following the map and drop every item (a scene used once for export calls this)."""
        self._pending.stop()
        self._filing.stop()
        self._readying.stop()
        self._making.stop()
        self._diagram.when_finished(None)  # (a staged picture let go unfinished: its rest is never made)
        self._showing = None
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
        self._touching_table.clear()
        self._undercut_keys.clear()
        self._group_of.clear()
        self._groups.clear()
        self._highlighted.clear()
        self._box_of, self._arrow_of, self._bracket_of = {}, {}, {}
        self._aliased = False
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
        gone = self._highlighted - new
        for i in gone:
            if i in self._items:
                self._items[i].set_highlighted(False)
        for i in new:
            item = self._items.get(i)  # items made later are marked as they are made
            if item is not None:
                item.set_highlighted(True)
        changed = (gone | new) - (self._highlighted & new)
        self._highlighted = new
        self._repaint_unmade(changed)

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

    def apply_evaluation(self, values: Mapping[str, float], statuses: Mapping, only: set[str] | None = None) -> None:
        """Give each box its strength and verdict (a repaint: the row's size does not depend on them);
        with ``only``, just those boxes (an edit's evaluation says which it may have changed)."""
        paintings, items, value_of, status_of = self._paintings, self._items, values.get, statuses.get
        unmade = []
        for i, painting in paintings.items() if only is None else ((i, paintings.get(i)) for i in only):
            if painting is not None and painting.set_evaluation(value_of(i), status_of(i)):
                item = items.get(i)
                if item is not None:
                    item.update()
                else:
                    unmade.append(i)
        self._repaint_unmade(unmade)

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

    def relayout(self, links: list[Link] | None = None, statements: list[Statement] | None = None) -> None:
        """Make the map's picture again (:func:`build_diagram`) and show it: boxes, arrows, brackets. ``links`` and
        ``statements``: the map's, when the caller has just read them (opening a map: each read walks the whole graph)."""
        self._pending.stop()
        if self._amap is None:
            return
        restart = self.finish_or_let_go()  # (the next picture starts from the whole of this one, or stages the map again)
        self.aboutToRelayout.emit()
        paintings, amap = self._paintings, self._amap
        side_of: dict[str, str] = {}
        if self.sides:  # a side depends on the whole chain of links: worked out again with each picture
            from argmap.evaluation.sides import sides

            side_of = {i: str(side) for i, side in sides(self._amap).items()}

        def measure(statement, hidden_count: int):
            i = statement.id
            painting = paintings[i]
            if (not side_of and statement.quote is None and hidden_count == painting.hidden_count and painting.side is None
                    and not painting.card_source):
                return painting  # the usual case (no sides, evidence card or hidden count): measured as it is
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
            self.last_edited = None if dirty is None else frozenset(dirty)
            # a large map opened: its boxes shown first, the arrows and brackets made when idle (see _make_some)
            staged = self.lazy and (previous.memo is None or restart) and len(paintings) >= STAGE_FROM
            self._diagram = build_diagram(
                self._amap, self._theme, direction=self.direction, measure=measure, previous=None if restart else previous, remember=True,
                dirty=dirty, every_link=links, every_statement=statements, staged=staged, let_go=previous if restart else None,
            )
            self._show_changes(previous)
            if self._diagram.unfinished:
                self._diagram.when_finished(self._show_rest)
                self._making.start(MAKE_AFTER_MS)
        # Qt's default scene rect only ever grows: after deletions the view would keep scrolling over emptiness.
        bounds = self._diagram.layout.bounds()
        rect = scene_rect_for(QRectF(bounds.x, bounds.y, bounds.w, bounds.h), self.sceneRect())
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self.layoutChanged.emit()
        self._readying.start(READY_AFTER_MS)  # (again: an edit puts it off)

    def _ready_after(self) -> None:
        self._readying.start(READY_AFTER_MS)

    def put_off_readying(self, *, looking: bool = False) -> None:
        """The user works on the canvas (scrolls, drags, types, points; ``looking``: not typing): the next step of getting
        ready waits until they leave it alone again, so that the steps do not take the GUI thread's time from a gesture."""
        if looking:  # (idle work takes shorter slices, the views' first: StagedRest.user_busy)
            self._input_at = time.perf_counter()
        if self._readying.isActive():
            self._readying.start(READY_AFTER_MS)

    def _ready_some(self) -> None:
        """One step of getting the picture ready for the next edits (see :func:`~argmap.drawing.frames.ready_some`)."""
        diagram = self._diagram
        if diagram.memo is None or diagram.unfinished:  # (the rest of a staged picture first: it starts this again)
            return
        with collector_paused():  # (what it builds stays, as a picture's parts do)
            # first the extent a fit needs (a few steps: 70 ms at 50,000 statements), a likely first move on a large map
            more = (diagram.bound_some(READY_STEP_S) or diagram.memo.file_loose(READY_STEP_S)
                    or ready_some(diagram.memo, diagram.layout, READY_STEP_S))
        if diagram.bounds_known():
            self.readyStep.emit()
        if more:
            self._readying.start(READY_STEP_MS)  # (spaced: input between two steps puts the next off)
        elif self._readied_some:  # ready after some work: what it, the open or the edits freed goes back to the system
            give_back_free_memory()
        self._readied_some = more

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
        if link.is_undercut:  # (their arrows follow the attacked line while boxes are dragged)
            self._undercut_keys.add(key)
        else:
            self._undercut_keys.discard(key)
        if key in self._link_of:
            self._link_of[key] = link
            item = self._links.get(key)
            if item is not None:
                item.set_link(link)
            return
        if link.source not in self._paintings or link.target not in self._paintings:
            return
        self._link_of[key] = link
        touching = self._touching
        for end in key:
            here = touching.get(end, ())
            if key not in here:
                touching[end] = (*here, key)
        if not self.lazy:
            self._make_link(key)

    def _remove_link(self, key: tuple[str, str]) -> None:
        self._undercut_keys.discard(key)
        if self._link_of.pop(key, None) is None:
            return
        touching = self._touching
        for end in key:
            here = touching.get(end)
            if here is not None and key in here:
                touching[end] = tuple(k for k in here if k != key)
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
        self.finish_picture()
        return self._diagram if ids is None else self._diagram.only(ids)

    def items_bounding_rect_for_export(self, ids=None) -> QRectF:
        """The drawing's extent (boxes, arrows, brackets) plus a margin; only ``ids`` if given."""
        return self.diagram(ids).bounds()

    def placed_boxes(self) -> dict[str, Box]:
        """Every shown box where the picture put it."""
        return {b.id: (b.x, b.y, b.painting.w, b.painting.h) for b in self._diagram.boxes}

