"""The outline: the map as an indented tree; text editable in place; selection shared with the canvas."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from argmap.gui.commands import UpdateStatement, kind_label
from argmap.gui.document import Document
from argmap.model import ArgumentMap, Kind, MapChanged, NodeChanged, Relation

ID_ROLE = Qt.ItemDataRole.UserRole


class Outline(QTreeWidget):
    """Each statement appears once, under its first parent (cross-links are drawn only on the canvas)."""

    #: The user selected statements here (ids in map order).
    selectionEdited = Signal(list)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline"))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Statement"), self.tr("Kind")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.document: Document | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self._stale = False
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.itemChanged.connect(self._item_edited)
        self.itemSelectionChanged.connect(self._selection_edited)

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.mapChanged.disconnect(self._map_changed)
        self.document = document
        if document is not None:
            document.mapChanged.connect(self._map_changed)
        self.rebuild()

    def _map_changed(self, change: object) -> None:
        if isinstance(change, MapChanged):
            return
        if isinstance(change, NodeChanged) and not self._rebuild_timer.isActive():
            item = self._items.get(change.new.id)
            if item is not None and change.old.text == change.new.text and change.old.kind == change.new.kind:
                return  # score, notes, pins...: nothing the outline shows
            if item is not None:
                self._syncing = True
                self.blockSignals(True)
                item.setText(0, " ".join(change.new.text.split()) or self.tr("(empty)"))
                item.setToolTip(0, change.new.text)
                sign = item.text(1)[:2] if item.text(1)[:2] in ("+ ", "\u2212 ") else ""
                item.setText(1, sign + kind_label(change.new.kind))
                self.blockSignals(False)
                self._syncing = False
                return
        self._rebuild_timer.start()  # structure changed, many events per command: rebuild once afterwards

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def item_for(self, statement_id: str) -> QTreeWidgetItem | None:
        return self._items.get(statement_id)

    def rebuild(self) -> None:
        self._rebuild_timer.stop()
        if not self.isVisible() and self.document is not None and len(self.document.amap) > 500:
            self._stale = True  # a hidden outline of a big map catches up when shown
            return
        self._stale = False
        selected = self.selected_ids()
        collapsed = {i for i, item in self._items.items() if item.childCount() and not item.isExpanded()}
        self._syncing = True
        self.blockSignals(True)
        self.clear()
        self._items = {}
        if self.document is not None:
            self._fill(self.document.amap)
            self.expandAll()
            for statement_id in collapsed:
                item = self._items.get(statement_id)
                if item is not None:
                    item.setExpanded(False)
        self.blockSignals(False)
        self._syncing = False
        self.select_ids(selected)

    def _fill(self, amap: ArgumentMap) -> None:
        placed: set[str] = set()
        labels = {kind: kind_label(kind) for kind in Kind}
        empty = self.tr("(empty)")
        editable = Qt.ItemFlag.ItemIsEditable

        def add(statement_id: str, parent: QTreeWidgetItem | None, relation: Relation | None) -> None:
            placed.add(statement_id)
            s = amap.statement(statement_id)
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
            item.setText(0, " ".join(s.text.split()) or empty)
            sign = {Relation.SUPPORT: "+ ", Relation.ATTACK: "\u2212 "}.get(relation, "") if relation else ""
            item.setText(1, sign + labels[s.kind])
            item.setToolTip(0, s.text)
            item.setData(0, ID_ROLE, statement_id)
            item.setFlags(item.flags() | editable)
            self._items[statement_id] = item
            # Iterative children would be faster for very deep maps; real maps are shallow.
            for child in amap.children(statement_id):
                if child not in placed:
                    add(child, item, amap.link(child, statement_id).relation)

        for top in amap.main_claims():
            add(top, None, None)
        for statement_id in amap.ids():  # only reachable through a cycle
            if statement_id not in placed:
                add(statement_id, None, None)

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        chosen = {item.data(0, ID_ROLE) for item in self.selectedItems()}
        if self.document is None:
            return []
        return [i for i in self.document.amap.ids() if i in chosen]

    def select_ids(self, ids: list[str]) -> None:
        """Follow the canvas's selection without echoing it back."""
        self._syncing = True
        try:
            self.clearSelection()
            first = None
            for statement_id in ids:
                item = self._items.get(statement_id)
                if item is not None:
                    item.setSelected(True)
                    first = first or item
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
        if text and text != " ".join(amap.statement(statement_id).text.split()):
            self.document.execute(UpdateStatement(amap, statement_id, text=text))
        else:
            self._rebuild_timer.start()  # show the model's text again
