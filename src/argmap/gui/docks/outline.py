"""The outline: the map as an indented tree; text editable in place; selection shared with the canvas."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from argmap.drawing.theme import Theme
from argmap.gui.commands import UpdateStatement, kind_label
from argmap.gui.document import Document
from argmap.gui.icons import kind_icon
from argmap.gui.relations_text import link_sentence
from argmap.model import (
    KIND_ORDER,
    ArgumentMap,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    Kind,
    Link,
    MapChanged,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    Relation,
    Statement,
)

ID_ROLE = Qt.ItemDataRole.UserRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
SIDE_COLUMN = 2
_SIGNS = {Relation.SUPPORT: "+ ", Relation.ATTACK: "\u2212 ", Relation.REPHRASE: "= "}
_UNDERCUT = "\u2212\u2192 "  # an attack on an inference, minus and arrow (the row's tooltip says which)


def _link_sign(link: Link | None) -> str:
    if link is None:
        return ""
    return _UNDERCUT if link.is_undercut else _SIGNS[link.relation]


class _Row(QTreeWidgetItem):
    """A row whose tooltips are worked out from the map when asked (a hover), not stored for every row."""

    def data(self, column: int, role: int) -> object:
        if role == _TOOLTIP and column in (0, 1):
            tree = self.treeWidget()
            document = tree.document if isinstance(tree, Outline) else None
            if document is not None:
                return _tooltip(document.amap, self, column)
        return super().data(column, role)


def _tooltip(amap: ArgumentMap, row: QTreeWidgetItem, column: int) -> str:
    """Column 0: the text under a title; column 1: what an undercut or rephrase does to the parent row."""
    statement_id = row.data(0, ID_ROLE)
    if statement_id not in amap:
        return ""
    if column == 0:
        s = amap.statement(statement_id)
        return f"{s.title}\n\n{s.text}" if s.title else s.text
    parent = row.parent()
    parent_id = parent.data(0, ID_ROLE) if parent is not None else None
    if parent_id is None or not amap.has_link(statement_id, parent_id):
        return ""
    return link_sentence(amap, amap.link(statement_id, parent_id)) or ""


#: Rows added per turn of the event loop while the outline of a big map fills (about 5 ms of work).
FILL_CHUNK = 200
_END = object()


class Outline(QTreeWidget):
    """Each statement appears once, under its first parent (cross-links are drawn only on the canvas)."""

    #: The user selected statements here (ids in map order).
    selectionEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Statement"), self.tr("Kind"), self.tr("Side")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(SIDE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(SIDE_COLUMN, True)  # View > Sides shows it
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.document: Document | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self._stale = False
        light = Theme.light()  # the same icons as the toolbar's add buttons
        self._icons = {kind: kind_icon(kind, light, 32) for kind in Kind}
        self._sides_timer = QTimer(self, singleShot=True, interval=0)  # sides follow the links: again after each change
        self._sides_timer.timeout.connect(self._show_sides)
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        #: a fill under way: (the steps left, the selection and the folded rows to restore at the end)
        self._filling: tuple[Iterator[None], list[str], set[str]] | None = None
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_some)
        self.itemChanged.connect(self._item_edited)
        self.itemSelectionChanged.connect(self._selection_edited)

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.mapChanged.disconnect(self._map_changed)
        self.document = document
        if document is not None:
            document.mapChanged.connect(self._map_changed)
        self.rebuild()

    # ------------------------------------------------------------ sides
    def set_sides_visible(self, on: bool) -> None:
        """Show the Side column: FOR or AGAINST the main claim, by the chain of links (View > Sides)."""
        self.setColumnHidden(SIDE_COLUMN, not on)
        self._show_sides()

    def sides_visible(self) -> bool:
        return not self.isColumnHidden(SIDE_COLUMN)

    def _show_sides(self) -> None:
        if not self.sides_visible() or self.document is None:
            return
        from argmap.evaluation.sides import sides

        side_of = sides(self.document.amap)
        words = {"for": self.tr("for"), "against": self.tr("against"), "both": self.tr("both sides")}
        blocked = self.blockSignals(True)
        try:
            for statement_id, item in self._items.items():
                side = side_of.get(statement_id)
                item.setText(SIDE_COLUMN, words[side] if side else "")
        finally:
            self.blockSignals(blocked)

    def _map_changed(self, change: object) -> None:
        """Follow one model event in place; anything unexpected falls back to a full rebuild."""
        if isinstance(change, MapChanged):
            return
        if self._filling is not None:
            self._rebuild_timer.start()  # rows are still being added: add them again from the changed map
            return
        if self.sides_visible():
            self._sides_timer.start()
        if self._rebuild_timer.isActive() or self._stale or self.document is None:
            return  # a rebuild is coming anyway
        self._syncing = True
        self.blockSignals(True)
        try:
            done = self._follow(self.document.amap, change)
        finally:
            self.blockSignals(False)
            self._syncing = False
        if not done:
            self._rebuild_timer.start()

    def _follow(self, amap: ArgumentMap, change: object) -> bool:
        if isinstance(change, NodeChanged):
            item = self._items.get(change.new.id)
            if item is None:
                return False
            self._show(item, change.new, self._sign(item))
            parent = item.parent()
            if change.old.kind != change.new.kind and parent is not None:
                self._place(amap, item, parent)  # supports come before objections: the row may change
            return True
        if isinstance(change, NodeAdded):
            if change.statement.id in self._items:
                return False
            item = _Row()
            self._show(item, change.statement, "")
            item.setData(0, ID_ROLE, change.statement.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._items[change.statement.id] = item
            self.addTopLevelItem(item)
            return True
        if isinstance(change, NodeRemoved):
            item = self._items.pop(change.statement.id, None)
            if item is None or item.childCount():
                return False
            self._detach(item)
            return True
        if isinstance(change, EdgeAdded | EdgeChanged):
            link = change.link if isinstance(change, EdgeAdded) else change.new
            child, parent = self._items.get(link.source), self._items.get(link.target)
            if child is None or parent is None:
                return False
            if child.parent() is parent:
                self._show(child, amap.statement(link.source), _link_sign(link))
                return True
            if child.parent() is not None or self._is_inside(parent, child):
                return True  # already shown under another parent, or a cycle: the outline shows it once
            self._show(child, amap.statement(link.source), _link_sign(link))
            self._place(amap, child, parent)
            return True
        if isinstance(change, EdgeRemoved):
            child, parent = self._items.get(change.link.source), self._items.get(change.link.target)
            if child is None or parent is None:
                return False
            if child.parent() is parent:
                if amap.parents(change.link.source):
                    return False  # it moves under its other parent: let a rebuild place it
                self._detach(child)
                self.addTopLevelItem(child)
                self._show(child, amap.statement(change.link.source), "")
                self.expandRecursively(self.indexFromItem(child))
            return True
        return False

    def _place(self, amap: ArgumentMap, item: QTreeWidgetItem, parent: QTreeWidgetItem) -> None:
        """Put ``item`` under ``parent`` at the row the map's child order gives it."""
        statement_id, parent_id = item.data(0, ID_ROLE), parent.data(0, ID_ROLE)
        siblings = [c for c in amap.children(parent_id) if c != statement_id and c in self._items]
        order = amap.children(parent_id)
        before = order[: order.index(statement_id)] if statement_id in order else siblings
        row = sum(1 for c in before if c != statement_id and self._items[c].parent() is parent)
        if item.parent() is parent and parent.indexOfChild(item) == row:
            return
        self._detach(item)
        parent.insertChild(row, item)
        parent.setExpanded(True)
        self.expandRecursively(self.indexFromItem(item))  # taking an item out forgets what was expanded

    def _show(self, item: QTreeWidgetItem, statement, sign: str) -> None:
        _show_words(item, statement, self.tr("(empty)"))
        item.setText(1, sign + kind_label(statement.kind))
        item.setIcon(0, self._icons[statement.kind])

    @staticmethod
    def _sign(item: QTreeWidgetItem) -> str:
        return next((s for s in (*_SIGNS.values(), _UNDERCUT) if item.text(1).startswith(s)), "")

    def _detach(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        if parent is not None:
            parent.removeChild(item)
        else:
            index = self.indexOfTopLevelItem(item)
            if index >= 0:
                self.takeTopLevelItem(index)

    @staticmethod
    def _is_inside(item: QTreeWidgetItem, ancestor: QTreeWidgetItem) -> bool:
        node: QTreeWidgetItem | None = item
        while node is not None:
            if node is ancestor:
                return True
            node = node.parent()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def item_for(self, statement_id: str) -> QTreeWidgetItem | None:
        return self._items.get(statement_id)

    def rebuild(self) -> None:
        self._rebuild_timer.stop()
        filling, self._filling = self._filling, None
        self._fill_timer.stop()
        if not self.isVisible() and self.document is not None and len(self.document.amap) > 500:
            self._stale = True  # a hidden outline of a big map catches up when shown
            return
        self._stale = False
        if filling is not None:  # a fill under way starts again: keep what it was to restore
            selected, collapsed = filling[1], filling[2]
        else:
            selected = self.selected_ids()
            collapsed = {i for i, item in self._items.items() if item.childCount() and not item.isExpanded()}
        self._syncing = True
        self.blockSignals(True)
        self.clear()
        self._items = {}
        self.blockSignals(False)
        self._syncing = False
        if self.document is None:
            return
        self._filling = (self._fill_steps(self.document.amap), selected, collapsed)
        if len(self.document.amap) <= FILL_CHUNK:
            self._fill_some(None)
        else:  # a big map: the rows come in chunks, one per turn of the event loop, so the canvas opens at once
            self._fill_timer.start()

    def _fill_some(self, limit: int | None = FILL_CHUNK) -> None:
        """Add the next ``limit`` rows (None: all); once all are in, expand them and restore selection and folds."""
        if self._filling is None:
            return
        steps, selected, collapsed = self._filling
        self._syncing = True
        self.blockSignals(True)
        try:
            done = limit is None
            if limit is None:
                for _ in steps:
                    pass
            else:
                for _ in range(limit):
                    if next(steps, _END) is _END:
                        done = True
                        break
            if done:
                self._filling = None
                self.expandAll()
                for statement_id in collapsed:
                    item = self._items.get(statement_id)
                    if item is not None:
                        item.setExpanded(False)
        finally:
            self.blockSignals(False)
            self._syncing = False
        if self._filling is None:
            self._show_sides()
            self.select_ids(selected)
        else:
            self._fill_timer.start()

    def is_filling(self) -> bool:
        """True while the rows of a big map are still being added (a turn of the event loop at a time)."""
        return self._filling is not None

    def _fill_steps(self, amap: ArgumentMap) -> Iterator[None]:
        """Add the rows, each statement under its first parent in the map's child order; yields after each row.

        One pass over the graph gives every row's children in the order ``ArgumentMap.children`` gives
        (supports, then attacks, then evidence; creation order within) without sorting per row; tooltips are
        worked out on hover (``_Row``), and the bold font of titled rows is shared. (Building each top's rows
        outside the tree and adding them at once measured no faster, so rows still appear as they are made.)
        """
        graph = amap.graph_view()
        ids = amap.ids()
        rank = {statement_id: i for i, statement_id in enumerate(ids)}
        statements: dict[str, Statement] = dict(graph.nodes(data="statement"))
        kids: dict[str, list[tuple[str, Link]]] = {}
        edge: tuple[str, str, Link]
        for edge in graph.edges(data="link"):
            kids.setdefault(edge[1], []).append((edge[0], edge[2]))
        key = lambda pair: (KIND_ORDER[statements[pair[0]].kind], rank[pair[0]])  # noqa: E731
        for pairs in kids.values():
            pairs.sort(key=key)
        placed: set[str] = set()
        labels = {kind: kind_label(kind) for kind in Kind}
        empty = self.tr("(empty)")
        bold = QFont()  # only the weight set: the rest comes from the view, as item.font(0) + setBold gave
        bold.setBold(True)
        icons = self._icons
        items = self._items
        flags: Qt.ItemFlag | None = None
        tops = [i for i in ids if graph.out_degree(i) == 0]  # the main claims
        mains = set(tops)
        tops += [i for i in ids if i not in mains]  # the others are reached from them, or only through a cycle
        # Depth first, children in order (a stack of (id, parent row, relation), pushed in reverse).
        stack: list[tuple[str, QTreeWidgetItem | None, Link | None]] = [(t, None, None) for t in reversed(tops)]
        while stack:
            statement_id, parent, link = stack.pop()
            if statement_id in placed:
                continue
            placed.add(statement_id)
            s = statements[statement_id]
            item = _Row(parent) if parent is not None else _Row(self)
            item.setText(0, s.title or " ".join(s.text.split()) or empty)
            if s.title:
                item.setFont(0, bold)
            item.setText(1, _link_sign(link) + labels[s.kind])
            item.setIcon(0, icons[s.kind])
            item.setData(0, ID_ROLE, statement_id)
            if flags is None:
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            items[statement_id] = item
            for child, child_link in reversed(kids.get(statement_id, ())):
                if child not in placed:
                    stack.append((child, item, child_link))
            yield

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        chosen = {item.data(0, ID_ROLE) for item in self.selectedItems()}
        if self.document is None:
            return []
        return [i for i in self.document.amap.ids() if i in chosen]

    def select_ids(self, ids: list[str]) -> None:
        """Follow the canvas's selection without echoing it back."""
        if self._filling is not None:  # shown once every row is in
            self._filling = (self._filling[0], list(ids), self._filling[2])
        self._syncing = True
        try:
            wanted = [self._items[i] for i in ids if i in self._items]
            keep = set(map(id, wanted))
            for item in self.selectedItems():  # cheaper than clearSelection() on a long outline
                if id(item) not in keep:
                    item.setSelected(False)
            for item in wanted:
                if not item.isSelected():
                    item.setSelected(True)
            first = wanted[0] if wanted else None
            if first is not None:
                self.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollToItem(first)
        finally:
            self._syncing = False

    def _selection_edited(self) -> None:
        if not self._syncing:
            self.selectionEdited.emit(self.selected_ids())

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._syncing or column != 0 or self.document is None:
            return
        statement_id = item.data(0, ID_ROLE)
        amap = self.document.amap
        if statement_id not in amap:
            return
        text = item.text(0).strip()
        statement = amap.statement(statement_id)
        if statement.title:  # the row shows the title, so typing there changes the title
            title = " ".join(text.split())
            if title != statement.title:
                self.document.execute(UpdateStatement(amap, statement_id, title=title))
            else:
                self._rebuild_timer.start()
        elif text and text != " ".join(statement.text.split()):
            self.document.execute(UpdateStatement(amap, statement_id, text=text))
        else:
            self._rebuild_timer.start()  # show the model's text again


def _show_words(item: QTreeWidgetItem, statement, empty: str) -> None:
    """A row shows the statement's title in bold where it has one (the text in its tooltip), else its text."""
    words = statement.title or " ".join(statement.text.split()) or empty
    item.setText(0, words)
    font = item.font(0)
    if font.bold() != bool(statement.title):
        font.setBold(bool(statement.title))
        item.setFont(0, font)
