"""MapScene: a QGraphicsScene that mirrors an ArgumentMap.

It keeps an ``id -> item`` dict and follows the map's change events with idempotent
handlers; many events from one edit lead to one relayout (a zero timer), and
:meth:`MapScene.relayout` does it at once for callers and tests. The scene never
changes the model: user gestures come out as signals that the window turns into
undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from argmap.drawing.diagram import Diagram, PlacedArrow, PlacedBox, PlacedBracket
from argmap.drawing.routing import (
    LAYOUT_GAPS,
    assign_slots,
    effective_arrangement,
    fan_coordinate,
    group_lane,
    hidden_counts,
    lane_needs_slot,
)
from argmap.drawing.theme import Theme
from argmap.gui.canvas.group_item import CoPremiseItem
from argmap.gui.canvas.inline_editor import InlineEditor
from argmap.gui.canvas.link_item import LinkItem
from argmap.gui.canvas.scene_gestures import SceneGestures
from argmap.gui.canvas.statement_item import StatementItem
from argmap.layout import Layout, LayoutOptions, compute_layout, hidden_by_collapse
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
)

DIRECTIONS = ("TB", "LR")
#: Room around the map in the scene, so boxes at the edge can be scrolled to the middle.
SCENE_MARGIN = 300.0


class MapScene(SceneGestures, QGraphicsScene):
    textEditCommitted = Signal(str, str)
    moveFinished = Signal(list, list, list)
    connectRequested = Signal(str, str)
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
        indexed: bool = True,
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
        self._items: dict[str, StatementItem] = {}
        self._links: dict[tuple[str, str], LinkItem] = {}
        self._touching: dict[str, set[tuple[str, str]]] = {}  # id -> keys of links at that box
        self._groups: dict[tuple[str, str], CoPremiseItem] = {}
        self._highlighted: set[str] = set()
        self._layout = Layout({})
        self._drag_start: dict[str, QPointF] = {}
        self._placed: dict[str, tuple[float, float]] = {}  # where relayout last put each box
        self._connect_line: QGraphicsLineItem | None = None
        self._editor: InlineEditor | None = None
        if not indexed:  # a one-shot export draws everything once: no spatial index needed
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.relayout)
        self.setBackgroundBrush(self._theme.background)
        self.set_map(amap)
        if evaluation:  # a one-shot scene (export) evaluates once; the editor feeds live results instead
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
        return self._layout

    def set_map(self, amap: ArgumentMap) -> None:
        """Show another map: stop listening to the old one and rebuild every item."""
        self.detach()
        self._amap = amap
        amap.changed.connect(self._on_change)
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
        self._end_connect_line()
        if self._amap is not None:
            self._amap.changed.disconnect(self._on_change)
        self._amap = None
        self.clear()
        self._items.clear()
        self._links.clear()
        self._touching.clear()
        self._groups.clear()
        self._placed.clear()
        self._highlighted.clear()
        self._layout = Layout({})

    # ---------------------------------------------------------------- lookup
    def item_for(self, statement_id: str) -> StatementItem | None:
        return self._items.get(statement_id)

    def link_item_for(self, source: str, target: str) -> LinkItem | None:
        return self._links.get((source, target))

    def statement_items(self) -> list[StatementItem]:
        return list(self._items.values())

    def link_items(self) -> list[LinkItem]:
        return list(self._links.values())

    def group_items(self) -> list[CoPremiseItem]:
        return list(self._groups.values())

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
        wanted = [i for i in dict.fromkeys(ids) if i in self._items]
        blocked = self.blockSignals(True)
        try:
            for item in self.selectedItems():
                item.setSelected(False)
            for i in wanted:
                self._items[i].setSelected(True)
        finally:
            self.blockSignals(blocked)
        if focus and wanted:
            self.setFocusItem(self._items[wanted[0]], Qt.FocusReason.OtherFocusReason)
        self.selectionChanged.emit()

    def set_highlighted(self, ids) -> None:
        """Mark find results; an empty list clears the marks."""
        new = {i for i in ids if i in self._items}
        for i in self._highlighted - new:
            if i in self._items:
                self._items[i].set_highlighted(False)
        for i in new:
            self._items[i].set_highlighted(True)
        self._highlighted = new

    def highlighted_ids(self) -> list[str]:
        return sorted(self._highlighted, key=self.amap.order_of)

    # ---------------------------------------------------------------- look
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setBackgroundBrush(theme.background)
        for item in self._items.values():
            item.set_theme(theme)
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

    def set_decorations(self, on: bool) -> None:
        """Selection, hover, handles and find marks; off for export."""
        self.decorations = on
        for item in self._items.values():
            item.update()

    # ---------------------------------------------------------------- evaluation
    def set_evaluation_visible(self, on: bool) -> None:
        """Show or hide every box's strength row (boxes grow or shrink: lays out again)."""
        if on == self.evaluation:
            return
        self.evaluation = on
        for item in self._items.values():
            item.set_evaluation_shown(on)
        self.relayout()

    def apply_evaluation(self, values: dict[str, float], labels: dict) -> None:
        """Give each box its strength and grounded label (a repaint: the row's size does not depend on them)."""
        from argmap.evaluation import Label

        for i, item in self._items.items():
            item.set_evaluation(values.get(i), labels.get(i) == Label.OUT)

    def evaluate_now(self) -> None:
        """Compute strengths and labels of the whole map and show them."""
        from argmap.evaluation import grounded_labelling, strengths

        if self._amap is not None:
            self.apply_evaluation(strengths(self._amap).values, grounded_labelling(self._amap))

    # ---------------------------------------------------------------- layout
    def schedule_relayout(self) -> None:
        if not self._pending.isActive():
            self._pending.start()

    def relayout(self) -> None:
        """Lay the map out with the boxes' measured sizes and move the boxes; links follow."""
        self._pending.stop()
        if self._amap is None:
            return
        self.aboutToRelayout.emit()
        amap = self._amap
        hidden = hidden_by_collapse(amap)
        items = self._items
        counts = hidden_counts(amap, hidden)
        for i, item in items.items():
            item.set_hidden_count(counts.get(i, 0))
        sizes = {i: item.size() for i, item in items.items()}
        arrangement = effective_arrangement(amap.layout, self.direction)
        options = LayoutOptions(direction=self.direction, arrangement=arrangement, **LAYOUT_GAPS)  # type: ignore[arg-type]
        self._layout = layout = compute_layout(amap, sizes, options)
        boxes, placed = layout.boxes, self._placed
        moved: set[str] = set()
        # Visibility and positions are tracked in Python: asking Qt for them 10,000 times costs more than the layout.
        for i, item in items.items():
            box = boxes.get(i)
            shown = box is not None and i not in hidden
            if item._shown != shown:
                item._shown = shown
                item.setVisible(shown)
                moved.add(i)
            if box is not None and placed.get(i) != (box.x, box.y):
                item.setPos(box.x, box.y)
                placed[i] = (box.x, box.y)
                moved.add(i)
        tree, lanes = layout.tree_links, layout.lanes
        stale: set[LinkItem] = set()
        for key, link in self._links.items():
            shown = items[key[0]]._shown and items[key[1]]._shown
            if link._shown != shown:
                link._shown = shown
                link.setVisible(shown)
            cross = key not in tree and link.link.group is None
            lane = lanes.get(key)
            if link._cross != cross or link._direction != self.direction or key[0] in moved or key[1] in moved or link.lane != lane:
                link._cross, link._direction, link.lane = cross, self.direction, lane
                stale.add(link)
        for (target, _), group in self._groups.items():
            shown_members = [m for m in group.member_ids if items[m]._shown]
            group.lane = group_lane(shown_members, target, boxes, lanes)
        stale |= self._assign_slots()
        for link in stale:
            link.update_geometry()
        for group in self._groups.values():
            group._direction = self.direction
            group.update_geometry()
        if self._editor is not None:
            self._editor.follow_box()
        # Qt's default scene rect only ever grows: after deletions the view would keep scrolling over emptiness.
        bounds, margin = layout.bounds(), SCENE_MARGIN
        self.setSceneRect(QRectF(bounds.x - margin, bounds.y - margin, bounds.w + 2 * margin, bounds.h + 2 * margin))
        self.layoutChanged.emit()

    def _assign_slots(self) -> set[LinkItem]:
        """Spread the arrows into each parent along its edge, in the order of their sources."""
        horizontal = self.direction == "TB"
        boxes = self._layout.boxes
        candidates: list[tuple[str, float, LinkItem | CoPremiseItem]] = []
        for key, link in self._links.items():
            if not link.grouped and not link._cross and link._shown:
                if link.lane is None:
                    candidates.append((key[1], fan_coordinate(boxes[key[0]], horizontal=horizontal), link))
                elif lane_needs_slot(link.lane, boxes[key[1]]):
                    candidates.append((key[1], link.lane[0], link))
        for (target, _), group in self._groups.items():
            if group.lane is None:
                hub = group.hub_coordinate(horizontal)
            else:
                hub = group.lane[0] if target in boxes and lane_needs_slot(group.lane, boxes[target]) else None
            if hub is not None:
                candidates.append((target, hub, group))
        slots = assign_slots(candidates)
        changed: set[LinkItem] = set()
        # Items without a slot now (a lane straight into its parent, a cross-link) forget their old one,
        # so a later fallback drawing uses none, as the headless exporter does.
        for item in (*self._links.values(), *self._groups.values()):
            slot = slots.get(item)
            if item.slot != slot:
                item.slot = slot
                if isinstance(item, LinkItem):
                    changed.add(item)
        return changed

    # ---------------------------------------------------------------- model events
    def _on_change(self, change: Change) -> None:
        if isinstance(change, NodeAdded):
            self._add_statement(change.statement)
        elif isinstance(change, NodeRemoved):
            self._remove_statement(change.statement.id)
        elif isinstance(change, NodeChanged):
            item = self._items.get(change.new.id)
            if item is None:
                self._add_statement(change.new)
            else:
                item.set_statement(change.new)
        elif isinstance(change, EdgeAdded):
            self._add_link(change.link)
            self._sync_groups(change.link.target)
        elif isinstance(change, EdgeRemoved):
            self._remove_link(change.link.key)
            self._sync_groups(change.link.target)
        elif isinstance(change, EdgeChanged):
            link = self._links.get(change.new.key)
            if link is None:
                self._add_link(change.new)
            else:
                link.set_link(change.new)
            self._sync_groups(change.new.target)
        elif not isinstance(change, LayoutChanged):  # the title changed: nothing drawn depends on it
            return
        self.schedule_relayout()

    def _add_statement(self, statement) -> None:
        if statement.id in self._items:
            self._items[statement.id].set_statement(statement)
            return
        item = StatementItem(statement, self._theme, evaluation=self.evaluation)
        self._items[statement.id] = item
        self.addItem(item)

    def _remove_statement(self, statement_id: str) -> None:
        if self._editor is not None and self._editor.statement_id == statement_id:
            self._close_editor()
        for key in list(self._touching.get(statement_id, ())):
            self._remove_link(key)
        self._touching.pop(statement_id, None)
        self._highlighted.discard(statement_id)
        self._placed.pop(statement_id, None)
        item = self._items.pop(statement_id, None)
        if item is not None:
            self.removeItem(item)

    def _add_link(self, link: Link) -> None:
        if link.key in self._links:
            self._links[link.key].set_link(link)
            return
        source, target = self._items.get(link.source), self._items.get(link.target)
        if source is None or target is None:
            return
        item = LinkItem(link, source, target, self._theme)
        self._links[link.key] = item
        self._touching.setdefault(link.source, set()).add(link.key)
        self._touching.setdefault(link.target, set()).add(link.key)
        self.addItem(item)

    def _remove_link(self, key: tuple[str, str]) -> None:
        item = self._links.pop(key, None)
        if item is None:
            return
        for end in key:
            self._touching.get(end, set()).discard(key)
        self.removeItem(item)

    def _sync_groups(self, target: str) -> None:
        """Make the co-premise brackets into ``target`` match the map's linked reasons."""
        amap = self.amap
        wanted = amap.groups(target) if target in amap else {}
        for key in [k for k in self._groups if k[0] == target and k[1] not in wanted]:
            self.removeItem(self._groups.pop(key))
        for name, members in wanted.items():
            items = [self._items[m] for m in members if m in self._items]
            relation = amap.link(members[0], target).relation
            group = self._groups.get((target, name))
            if group is None:
                group = CoPremiseItem(self._items[target], name, items, relation, self._theme)
                group._direction = self.direction
                self._groups[(target, name)] = group
                self.addItem(group)
            group.set_members(items, relation)

    # ---------------------------------------------------------------- export
    def diagram(self, ids=None) -> Diagram:
        """What the scene shows (only ``ids`` and what lies among them, if given), for the exporters.

        The boxes' and arrows' own drawings, without selection, hover or find marks.
        """
        if self._pending.isActive():  # an edit's relayout is still due: draw where the boxes will be
            self.relayout()
        amap = self._amap
        diagram = Diagram(self._theme, amap.title, amap.description) if amap is not None else Diagram(self._theme)
        for i, item in self._items.items():
            if item.isVisible():
                diagram.boxes.append(PlacedBox(i, item.x(), item.y(), item.painting))
        for key, link in self._links.items():
            shape = link.arrow_shape() if link.isVisible() else None
            if shape is not None:
                diagram.arrows.append(PlacedArrow(key[0], key[1], shape, link.link.relation, link.kit()))
        for (target, _), group in self._groups.items():
            drawing = group.drawing() if group.isVisible() else None
            if drawing is not None:
                placed = PlacedBracket(target, group.member_ids, drawing[0], drawing[1], group.relation, group.shape_for)
                diagram.brackets.append(placed)
        return diagram if ids is None else diagram.only(ids)

    def items_bounding_rect_for_export(self, ids=None) -> QRectF:
        """The drawing's extent (boxes, arrows, brackets) plus a margin; only ``ids`` if given."""
        return self.diagram(ids).bounds()
