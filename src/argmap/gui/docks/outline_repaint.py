"""After rows come or go, the outline paints again from the first row that changed down, not every row.

Qt's tree view lays its rows out again after rows are inserted, removed or moved, and then asks for the whole
viewport: at 150 statements (every row unfolded) that was a paint of about 15 ms at each edit that adds or
deletes a statement, though the rows above the change look as before and, when the change lies below what is
on screen, no row does. Here the view's layout runs with the viewport's updates held, and then asks for the
part from the row above the first change down (or nothing, when that row is below the viewport).

Only changes known to leave the rows above them as they were take this way: rows inserted, removed or moved
by the model (the rows above the change point keep their place, and the rows from the sibling before it down
are painted: its branch line, where the style draws one, may end there now; a parent gaining its first row or
losing its last one is that row). Anything else in the same layout (a reset, a reordering, a row unfolded or
folded, the view scrolled or resized by the layout) paints every row, as Qt does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QTreeView

#: A row change under this parent (None: the top rows) at this row; None: something else changed, paint every row.
Change = tuple[QPersistentModelIndex | None, int] | None
#: More changes than this before one layout: every row is painted (and no more are kept, each costs the model a
#: little at every later row change while kept).
MAX_CHANGES = 32


class RowRepaints(QObject):
    """Notes the model's row changes between two layouts of ``view``, and says which part to paint after one."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._changes: list[Change] = []

    def follow(self, model: QAbstractItemModel) -> None:
        """Listen to ``model``'s row changes (connected after the view's own handlers: the view lays out later)."""
        model.rowsInserted.connect(lambda parent, first, _last: self._note(parent, first))
        model.rowsRemoved.connect(lambda parent, first, _last: self._note(parent, first))
        model.rowsMoved.connect(self._moved)
        for signal in ("modelReset", "layoutChanged", "columnsInserted", "columnsRemoved", "columnsMoved"):
            getattr(model, signal).connect(self._everything)
        view = self._view
        # While a layout is due, Qt leaves these to the paint of every row that follows it: noted here instead.
        view.expanded.connect(self._while_any_due)  # (stored for the layout, not laid out)
        view.collapsed.connect(self._while_any_due)
        model.dataChanged.connect(lambda first, _last, _roles: self._while_due(first))
        view.selectionModel().currentChanged.connect(self._current_changed)
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            bar.valueChanged.connect(self._while_any_due)

    def _note(self, parent: QModelIndex, row: int) -> None:
        if len(self._changes) >= MAX_CHANGES:
            self._changes = [None]
        elif None not in self._changes:
            self._changes.append((QPersistentModelIndex(parent) if parent.isValid() else None, row))

    def _moved(self, source: QModelIndex, start: int, _end: int, target: QModelIndex, row: int) -> None:
        if source == target:
            self._note(source, min(start, row))
        else:
            self._note(source, start)
            self._note(target, row)

    def _while_due(self, index: QModelIndex) -> None:
        """The row of ``index`` looks different: painted after the layout that is due (if one is)."""
        if self._changes and index.isValid():
            self._note(index.parent(), index.row() + 1)  # (from the row before row + 1: this one)

    def _current_changed(self, now: QModelIndex, before: QModelIndex) -> None:
        self._while_due(now)
        self._while_due(before)

    def _while_any_due(self, *_: object) -> None:
        """Something moved on screen: if a layout is due, it paints every row."""
        if self._changes:
            self._changes = [None]

    def _everything(self, *_: object) -> None:
        self._changes = [None]

    def laid_out(self) -> None:
        """The view laid out and painted every row by itself (unfolding all rows does): nothing is due any more."""
        self._changes = []

    def lay_out(self, layout: Callable[[], None]) -> None:
        """Run the view's ``layout`` (its own doItemsLayout) and ask for a paint of only what it changed."""
        changes, self._changes = self._changes, []
        view = self._view
        viewport = view.viewport()
        if not changes or None in changes or not view.isVisible() or viewport.testAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled):
            layout()
            return
        before = (view.verticalScrollBar().value(), view.horizontalScrollBar().value(), viewport.size())
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)  # (setUpdatesEnabled would update it all)
        try:
            layout()
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        if (view.verticalScrollBar().value(), view.horizontalScrollBar().value(), viewport.size()) != before:
            viewport.update()  # the rows moved on screen
            return
        top = min(self._first_changed_y(*change) for change in changes if change is not None)
        if top < viewport.height():
            viewport.update(QRect(0, max(0, top), viewport.width(), viewport.height() - max(0, top)))

    def _first_changed_y(self, parent: QPersistentModelIndex | None, row: int) -> int:
        """Where the rows that may look different begin: the row before ``row`` under ``parent``, or the parent's
        row when ``row`` is its first (0: at the top, or when that row is gone, not laid out or above the viewport)."""
        if parent is not None and not parent.isValid():
            return 0  # the parent went meanwhile
        view = self._view
        model = view.model()
        if row > 0:
            above = model.index(row - 1, 0, parent if parent is not None else QModelIndex())
        elif parent is not None:
            above = model.index(parent.row(), 0, parent.parent())
        else:
            return 0
        rect = view.visualRect(above)
        return rect.top() if rect.isValid() and rect.top() >= 0 else 0
