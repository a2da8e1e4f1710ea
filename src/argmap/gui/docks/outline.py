"""The outline: the map as an indented tree; text editable in place; selection shared with the canvas.

A QTreeView over :class:`OutlineModel`, whose rows are worked out from the map when the view asks (only
what is on screen), so a big map's outline costs almost nothing on open and per edit.
"""

from __future__ import annotations

import weakref
from collections.abc import Generator
from time import perf_counter
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from argmap.drawing.staged import drained
from argmap.drawing.theme import Theme
from argmap.gc_pause import collector_paused
from argmap.gui.commands import UpdateStatement, kind_label
from argmap.gui.docks.outline_model import ID_ROLE, MARKS, SIDE_COLUMN, SIGNS, OutlineModel
from argmap.gui.docks.outline_parents import Prepared, prepared_steps
from argmap.gui.docks.outline_repaint import RowRepaints
from argmap.gui.document import Document
from argmap.gui.icons import kind_icon
from argmap.model import Kind, MapChanged

__all__ = ["EXPAND_ALL_UP_TO", "ID_ROLE", "SIDE_COLUMN", "Outline", "OutlineRow"]

#: A map up to this many statements opens with every row unfolded (as a small outline always did).
EXPAND_ALL_UP_TO = 500
#: A bigger one unfolds its first levels while they hold at most this many rows, the rest a click (or a canvas
#: selection) away: at each edit that adds or removes a row, Qt's tree view lays out every unfolded row again.
UNFOLDED_ROWS = 250
#: A large map's put-off rows are worked out in slices of about this many seconds, one a turn of the event loop.
FILL_SLICE = 0.012


class Outline(QTreeView):
    """Each statement appears once, under its oldest parent (cross-links are drawn only on the canvas)."""

    #: The user selected statements here (ids in map order).
    selectionEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline"))
        light = Theme.light()  # the same icons as the toolbar's add buttons
        self._model = OutlineModel({kind: kind_icon(kind, light, 32) for kind in Kind}, self)
        self._model.headers = [self.tr("Statement"), self.tr("Kind"), self.tr("Side")]
        self._model.empty = self.tr("(empty)")
        self._model.side_words = {"for": self.tr("for"), "against": self.tr("against"), "both": self.tr("both sides")}
        self._model.textEdited.connect(self._row_edited)
        self._model.marksAppeared.connect(self._fit_columns)
        self._repaints = RowRepaints(self)
        self._later = False  # the document's rows put off (see set_document)
        self._steps: Generator[None, None, Prepared] | None = None  # the passes that make them, when under way
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_some)
        self._selected_meanwhile: list[str] | None = None  # the canvas's selection while the rows were put off
        self.setModel(self._model)
        self._repaints.follow(self._model)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The Kind and Side columns are as wide as their widest words, measured once: sized to their contents,
        # Qt measured the rows again at each edit.
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.header().setSectionResizeMode(SIDE_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.setColumnHidden(SIDE_COLUMN, True)  # View > Sides shows it
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)  # the view then costs what is on screen, not the whole outline
        self.setAlternatingRowColors(True)
        self.document: Document | None = None
        self._syncing = False
        self._rows: weakref.WeakValueDictionary[str, OutlineRow] = weakref.WeakValueDictionary()
        self._sides_timer = QTimer(self, singleShot=True, interval=0)  # sides follow the links: again after each change
        self._sides_timer.timeout.connect(self._show_sides)
        self.selectionModel().selectionChanged.connect(self._selection_edited)
        self._fit_columns()

    def _fit_columns(self) -> None:
        metrics = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 6  # the cell's margins, as Qt sizes them
        signs = SIGNS + MARKS if self._model.has_marks else SIGNS
        kinds = [sign + kind_label(kind) for sign in signs for kind in Kind] + [self._model.headers[1]]
        sides = [*self._model.side_words.values(), self._model.headers[SIDE_COLUMN]]
        self.header().resizeSection(1, max(map(metrics.horizontalAdvance, kinds)) + pad)
        self.header().resizeSection(SIDE_COLUMN, max(map(metrics.horizontalAdvance, sides)) + pad)

    def doItemsLayout(self) -> None:
        """Lay the rows out again (after rows came or went): painted again from the first changed row down only."""
        self._repaints.lay_out(super().doItemsLayout)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def set_document(self, document: Document | None, *, later: bool = False) -> None:
        """Follow ``document``; ``later``: its rows are made by :meth:`fill_now` (a large map's, after the canvas's first
        paint: its rows' parents and marks are Python passes over every link, 0.1 s at 50,000 statements)."""
        if self.document is not None:
            self.document.mapChanged.disconnect(self._map_changed)
        self.document = document
        if document is not None:
            document.mapChanged.connect(self._map_changed)
        self._later = later and document is not None
        self._forget_steps()
        self._selected_meanwhile = None
        if self._later:
            self._model.set_map(None)  # (no rows meanwhile: none of the last map's)
        else:
            self.rebuild()

    def fill_later(self) -> None:
        """Make the rows that :meth:`set_document` put off in slices of :data:`FILL_SLICE`, one a turn of the event loop
        (the passes over 50,000 statements took one turn of 0.15-0.3 s right after the canvas's first paint)."""
        if self._later:
            self._fill_timer.start()

    def fill_now(self) -> None:
        """Make the rows that :meth:`set_document` put off (nothing if it did not)."""
        if self._later and self.document is not None:
            steps = self._steps or prepared_steps(self.document.amap)
            self._steps = None
            with collector_paused():  # (its rows' tables stay: kept out of the collector's walks, as the map's are)
                self._filled(drained(steps))

    def _fill_some(self) -> None:
        if not self._later or self.document is None:
            return
        if self._steps is None:
            self._steps = prepared_steps(self.document.amap)
        deadline = perf_counter() + FILL_SLICE
        with collector_paused():
            try:
                next(self._steps)  # (at least one step a turn)
                while perf_counter() < deadline:
                    next(self._steps)
            except StopIteration as done:
                self._steps = None
                self._filled(done.value)
                return
        self._fill_timer.start()

    def _filled(self, prepared: Prepared) -> None:
        self._later = False
        self._fill_timer.stop()
        self.rebuild(prepared)
        if self._selected_meanwhile:
            self.select_ids(self._selected_meanwhile)
        self._selected_meanwhile = None

    def _forget_steps(self) -> None:
        """Let the passes under way go (they read the map as it was: the next slice starts them again)."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None

    def rebuild(self, prepared: Prepared | None = None) -> None:
        """Show the document's map afresh (on open): one pass to find each row's parent, rows made when shown;
        ``prepared``: what that pass found of the map as it is (see :meth:`fill_later`)."""
        selected = self.selected_ids()
        self._syncing = True
        try:
            self._model.set_map(self.document.amap if self.document is not None else None, prepared)
            self._fit_columns()
            if self._unfold():
                self._repaints.laid_out()
        finally:
            self._syncing = False
        self._show_sides()
        self.select_ids(selected)

    def _unfold(self) -> bool:
        """Unfold the first rows; True if the view laid out (and will paint) every row at once for it."""
        amap = self._model.amap
        if amap is None:
            return False
        if len(amap) <= EXPAND_ALL_UP_TO:
            self.expandAll()
            return True
        level = self._model.kids(None)
        shown, depth = len(level), -1
        while level:  # the levels whose rows all fit under the limit are unfolded (in one pass of the view)
            below = [kid for statement_id in level for kid in self._model.kids(statement_id)]
            if not below or shown + len(below) > UNFOLDED_ROWS:
                break
            shown, depth, level = shown + len(below), depth + 1, below
        if depth >= 0:
            self.expandToDepth(depth)
        return depth >= 0

    def is_filling(self) -> bool:
        """True while the document's rows are put off (:meth:`set_document`'s ``later``); rows are made when shown, so
        the outline is otherwise never behind the map."""
        return self._later

    def topLevelItemCount(self) -> int:
        self._model.flush_tops()
        return self._model.rowCount()

    def topLevelItem(self, row: int) -> OutlineRow | None:
        self._model.flush_tops()
        statement_id = self._model.statement_id(self._model.index(row, 0))
        return self.item_for(statement_id) if statement_id is not None else None

    def item_for(self, statement_id: str) -> OutlineRow | None:
        """A handle on the statement's row (None if the map has no such statement)."""
        if self._model.amap is None or statement_id not in self._model.amap:
            return None
        row = self._rows.get(statement_id)
        if row is None:
            row = self._rows[statement_id] = OutlineRow(self, statement_id)
        return row

    def edit_statement(self, statement_id: str) -> bool:
        """Type into the statement's row (F2 or Enter while the outline has the focus)."""
        index = self._model.index_for(statement_id)
        if not index.isValid():
            return False
        self.scrollTo(index)
        self.setCurrentIndex(index)
        self.edit(index)
        return self.state() == QAbstractItemView.State.EditingState

    # ------------------------------------------------------------ sides
    def set_sides_visible(self, on: bool) -> None:
        """Show the Side column: FOR or AGAINST the main claim, by the chain of links (View > Sides)."""
        self.setColumnHidden(SIDE_COLUMN, not on)
        self._show_sides()

    def sides_visible(self) -> bool:
        return not self.isColumnHidden(SIDE_COLUMN)

    def _show_sides(self) -> None:
        if not self.sides_visible() or self.document is None:
            self._model.set_sides(None)
            return
        from argmap.evaluation.sides import sides

        self._model.set_sides(dict(sides(self.document.amap)))
        self.viewport().update()

    def _map_changed(self, change: object) -> None:
        """Follow one model event with the rows it touches."""
        if self._later:  # (rows put off: made of the map as it is then)
            self._forget_steps()
            return
        if isinstance(change, MapChanged):
            return
        if self.sides_visible():
            self._sides_timer.start()
        self._syncing = True
        try:
            self._model.follow(change)
        finally:
            self._syncing = False

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        amap = self._model.amap
        if amap is None:
            return []
        chosen = {self._model.statement_id(index) for index in self.selectionModel().selectedRows(0)}
        return sorted((i for i in chosen if i is not None and i in amap), key=amap.order_of)

    def select_ids(self, ids: list[str]) -> None:
        """Follow the canvas's selection without echoing it back."""
        if self._later:
            self._selected_meanwhile = list(ids)
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            first: QModelIndex | None = None
            for statement_id in ids:
                index = self._model.index_for(statement_id)
                if index.isValid():
                    selection.select(index, index)
                    first = first or index
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().select(selection, flags)
            if first is not None:
                self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(first)  # unfolds the rows above it
        finally:
            self._syncing = False

    def _selection_edited(self, *_: object) -> None:
        if not self._syncing:
            self.selectionEdited.emit(self.selected_ids())

    def _row_edited(self, statement_id: str, typed: str) -> None:
        if self.document is None:
            return
        amap = self.document.amap
        if statement_id not in amap:
            return
        text = typed.strip()
        statement = amap.statement(statement_id)
        if statement.title:  # the row shows the title, so typing there changes the title
            title = " ".join(text.split())
            if title != statement.title:
                self.document.execute(UpdateStatement(amap, statement_id, title=title))
        elif text and text != " ".join(statement.text.split()):
            self.document.execute(UpdateStatement(amap, statement_id, text=text))
        # otherwise nothing changes: the row shows the map's words again (they are read from it)


class OutlineRow:
    """One statement's row, for code that speaks of rows (the editing controller, tests): read from the model."""

    def __init__(self, outline: Outline, statement_id: str) -> None:
        self._outline = outline
        self.statement_id = statement_id

    def _index(self, column: int = 0) -> QModelIndex:
        return self._outline._model.index_for(self.statement_id, column)

    def data(self, column: int, role: int) -> Any:
        return self._outline._model.data(self._index(column), role)

    def text(self, column: int) -> str:
        return str(self.data(column, Qt.ItemDataRole.DisplayRole) or "")

    def toolTip(self, column: int) -> str:
        return str(self.data(column, Qt.ItemDataRole.ToolTipRole) or "")

    def font(self, column: int) -> QFont:
        font = self.data(column, Qt.ItemDataRole.FontRole)
        return QFont(font) if isinstance(font, QFont) else QFont(self._outline.font())

    def parent(self) -> OutlineRow | None:
        up = self._outline._model.tree_parent(self.statement_id)
        return self._outline.item_for(up) if up is not None else None

    def childCount(self) -> int:
        return len(self._outline._model.kids(self.statement_id)) if self._index().isValid() else 0

    def child(self, row: int) -> OutlineRow | None:
        self._index()
        kids = self._outline._model.kids(self.statement_id)
        return self._outline.item_for(kids[row]) if 0 <= row < len(kids) else None

    def isExpanded(self) -> bool:
        return self._outline.isExpanded(self._index())

    def setExpanded(self, on: bool) -> None:
        self._outline.setExpanded(self._index(), on)

    def isSelected(self) -> bool:
        return self._outline.selectionModel().isRowSelected(self._index().row(), self._index().parent())

    def setSelected(self, on: bool) -> None:
        flag = QItemSelectionModel.SelectionFlag.Select if on else QItemSelectionModel.SelectionFlag.Deselect
        self._outline.selectionModel().select(self._index(), flag | QItemSelectionModel.SelectionFlag.Rows)

    def setText(self, column: int, text: str) -> None:
        """As if typed into the row."""
        self._outline._model.setData(self._index(column), text)
