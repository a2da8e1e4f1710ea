"""The outline's rows, worked out from the map when the view asks: nothing is made per row in advance.

Each statement appears once: under its oldest parent (creation order), unless that would put it inside
itself (a cycle), when the next parent is taken, or none (it becomes a top row). Tops are in creation order,
a row's children in the map's child order (supports, then attacks, then evidence; creation order within).

The tree parent of every statement is one dict (built in one pass on open); a row's list of children is built
the first time the view asks for it (a folded row's never is). Each map change moves, inserts or removes just
the rows it touches (beginMoveRows/beginInsertRows/beginRemoveRows), or repaints one row (dataChanged):
the view never re-reads the whole outline after an edit. A statement that comes (or loses its last parent) gets its
top row only when the edit is over (:meth:`OutlineModel.flush_tops`, at the next turn of the event loop), unless a
link puts it under a parent first: a row inserted or moved among the tops makes the view lay out and paint every
row again (17 ms at 10,000 statements), and adding a reason, or deleting one, passed through the tops each time.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon

from argmap.drawing.staged import drained
from argmap.gui.commands import kind_label
from argmap.gui.docks.outline_parents import Prepared, marked, prepared_steps
from argmap.gui.relations_text import link_sentence
from argmap.model import (
    KIND_ORDER,
    ArgumentMap,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    Kind,
    Link,
    NodeAdded,
    NodeChanged,
    NodeRemoved,
    Relation,
)

ID_ROLE = Qt.ItemDataRole.UserRole
SIDE_COLUMN = 2
_SIGNS = {Relation.SUPPORT: "+ ", Relation.ATTACK: "\u2212 ", Relation.REPHRASE: "= "}
_UNDERCUT = "\u2212\u2192 "  # an attack on an inference, minus and arrow (the row's tooltip says which)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NO_INDEX = QModelIndex()
_ROLES = frozenset((_DISPLAY, _EDIT, _DECORATION, _FONT, _TOOLTIP, ID_ROLE))  # equal to (and hashed as) the ints Qt passes
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TEXT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
Index = QModelIndex | QPersistentModelIndex


#: The signs a row's Kind column starts with; MARKS too where the map has an undercut or a rephrase.
SIGNS = ("", _SIGNS[Relation.SUPPORT], _SIGNS[Relation.ATTACK])
MARKS = (_SIGNS[Relation.REPHRASE], _UNDERCUT)


def link_sign(link: Link | None) -> str:
    if link is None:
        return ""
    return _UNDERCUT if link.is_undercut else _SIGNS[link.relation]


class OutlineModel(QAbstractItemModel):
    """Three columns: the statement (title or text), its kind with the sign of its link, its side."""

    #: The user typed ``text`` into the row of ``statement_id`` (the outline turns it into a command).
    textEdited = Signal(str, str)
    #: The map now has an undercut or a rephrase, whose signs make the Kind column's words wider.
    marksAppeared = Signal()

    def __init__(self, icons: dict[Kind, QIcon], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self.amap: ArgumentMap | None = None
        self._pred: Any = None  # the map's graph: statement -> the statements bearing on it
        self._parent: dict[str, str | None] = {}
        #: parent id (None: the tops) -> its children in row order; built when the view first asks
        self._kids: dict[str | None, list[str]] = {}
        self._pos: dict[str, int] = {}  # a statement's row in its (built) parent list
        self._key: dict[str, int] = {}  # statement id <-> the int an index carries
        self._ids: list[str] = []
        self._sides: dict[str, str] | None = None
        self._bold = QFont()  # only the weight set: the rest comes from the view
        self._bold.setBold(True)
        self.headers = ["Statement", "Kind", "Side"]
        self.empty = "(empty)"
        self.side_words: dict[str, str] = {}
        self._labels = {kind: kind_label(kind) for kind in Kind}
        self.has_marks = False
        #: statements whose top row waits for the end of the edit (a link may put them under a parent first)
        self._tops_due: set[str] = set()
        self._tops_timer = QTimer(self)
        self._tops_timer.setSingleShot(True)
        self._tops_timer.setInterval(0)
        self._tops_timer.timeout.connect(self.flush_tops)

    # ------------------------------------------------------------ the tree
    def set_map(self, amap: ArgumentMap | None, prepared: Prepared | None = None) -> None:
        """Show ``amap``'s rows; ``prepared``: what :func:`prepared_steps` found of it as it is (else found now)."""
        self._tops_due.clear()
        self._tops_timer.stop()
        self.beginResetModel()
        self.amap = amap
        # The graph's own adjacency dicts (read only), as ArgumentMap.from_checked fills them: networkx's
        # views make an object per lookup, and the view calls index() and parent() for every unfolded row.
        self._pred = amap.graph_view()._pred if amap is not None else None  # type: ignore[attr-defined]
        self._kids, self._pos, self._sides = {}, {}, None
        if amap is not None and prepared is None:
            prepared = drained(prepared_steps(amap))
        self._parent = prepared.parent if prepared is not None else {}
        self.has_marks = prepared is not None and prepared.has_marks
        if prepared is not None:
            tops = prepared.tops
            self._kids[None] = tops
            self._pos.update(zip(tops, range(len(tops)), strict=True))
        self.endResetModel()

    def kids(self, parent_id: str | None) -> list[str]:
        """The rows under ``parent_id`` (None: the top rows), built on the first call."""
        found = self._kids.get(parent_id)
        if found is None:
            assert self.amap is not None and parent_id is not None
            tree_parent = self._parent
            found = [c for c in self._pred[parent_id] if tree_parent.get(c) == parent_id]
            found.sort(key=self._sort_key)
            self._kids[parent_id] = found
            self._pos.update(zip(found, range(len(found)), strict=True))
        return found

    def tree_parent(self, statement_id: str) -> str | None:
        return self._parent.get(statement_id)

    def built_lists(self) -> int:
        """How many rows' children lists exist (the others were never asked for)."""
        return len(self._kids)

    def _sort_key(self, statement_id: str) -> tuple[int, int]:
        assert self.amap is not None
        return KIND_ORDER[self.amap.statement(statement_id).kind], self.amap.order_of(statement_id)

    def _renumber(self, parent_id: str | None, start: int) -> None:
        kids = self._kids[parent_id]
        self._pos.update(zip(kids[start:], range(start, len(kids)), strict=True))

    def _key_of(self, statement_id: str) -> int:
        key = self._key.get(statement_id)
        if key is None:
            key = self._key[statement_id] = len(self._ids)
            self._ids.append(statement_id)
        return key

    def _top_due(self, statement_id: str) -> None:
        """``statement_id`` belongs among the tops (no parent now): its row comes when the edit is over."""
        if self._shown(None):
            self._tops_due.add(statement_id)
            self._tops_timer.start()

    def flush_tops(self) -> None:
        """Give the statements still without a parent the top rows that wait for them (in map order)."""
        self._tops_timer.stop()
        due, self._tops_due = self._tops_due, set()
        amap = self.amap
        if amap is None or not due:
            return
        for statement_id in sorted((i for i in due if i in amap and self._parent.get(i, "") is None), key=amap.order_of):
            if statement_id not in self._pos:
                self._insert(statement_id, None)

    def index_for(self, statement_id: str, column: int = 0) -> QModelIndex:
        """The index of a statement's row; builds the lists above it (so the view can scroll to it)."""
        if self._tops_due:
            self.flush_tops()
        if self.amap is None or statement_id not in self._parent:
            return QModelIndex()
        chain = [statement_id]
        while (up := self._parent.get(chain[-1])) is not None and len(chain) <= len(self._parent):
            chain.append(up)
        for node in reversed(chain):
            self.kids(self._parent[node])
        return self.createIndex(self._pos[statement_id], column, self._key_of(statement_id))

    def statement_id(self, index: Index) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    # ------------------------------------------------------------ QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        # Called for every unfolded row whenever the view lays its rows out again: kept short.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            up: str | None = self._ids[parent.internalId()]
        elif self.amap is None:
            return QModelIndex()
        else:
            up = None
        kids = self._kids.get(up)
        if kids is None:
            kids = self.kids(up)
        if not 0 <= row < len(kids) or not 0 <= column <= SIDE_COLUMN:
            return QModelIndex()
        key = self._key.get(kids[row])
        return self.createIndex(row, column, key if key is not None else self._key_of(kids[row]))

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._parent.get(self._ids[index.internalId()])
        if up is None:
            return QModelIndex()
        key = self._key.get(up)
        return self.createIndex(self._pos[up], 0, key if key is not None else self._key_of(up))

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            up: str | None = self._ids[parent.internalId()]
        elif self.amap is None:
            return 0
        else:
            up = None
        kids = self._kids.get(up)
        return len(kids if kids is not None else self.kids(up))

    def hasChildren(self, parent: Index = _NO_INDEX) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _TEXT_FLAGS if index.column() == 0 else _FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        amap = self.amap
        if role not in _ROLES or amap is None or not index.isValid():
            return None  # the view asks ten roles per cell at each paint: the others are answered at once
        statement_id = self._ids[index.internalId()]
        if statement_id not in amap:
            return None
        column = index.column()
        if role in (_DISPLAY, _EDIT):
            s = amap.statement(statement_id)
            if column == 0:
                return s.title or " ".join(s.text.split()) or self.empty
            if column == 1:
                return self._sign(statement_id) + self._labels[s.kind]
            side = self._sides.get(statement_id) if self._sides is not None else None
            return self.side_words.get(side, "") if side else ""
        if column == 0 and role == _DECORATION:
            return self._icons[amap.statement(statement_id).kind]
        if column == 0 and role == _FONT:
            return self._bold if amap.statement(statement_id).title else None
        if role == _TOOLTIP:
            return self._tooltip(amap, statement_id, column)
        if role == ID_ROLE:
            return statement_id
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() != 0:
            return False
        self.textEdited.emit(self._ids[index.internalId()], str(value))
        return True

    def _sign(self, statement_id: str) -> str:
        up = self._parent.get(statement_id)
        assert self.amap is not None
        return link_sign(self.amap.link(statement_id, up)) if up is not None and self.amap.has_link(statement_id, up) else ""

    def _tooltip(self, amap: ArgumentMap, statement_id: str, column: int) -> str | None:
        """Column 0: the text under a title; column 1: what an undercut or rephrase does to the parent row."""
        if column == 0:
            s = amap.statement(statement_id)
            return f"{s.title}\n\n{s.text}" if s.title else s.text
        up = self._parent.get(statement_id)
        if column != 1 or up is None or not amap.has_link(statement_id, up):
            return "" if column == 1 else None
        return link_sentence(amap, amap.link(statement_id, up)) or ""

    # ------------------------------------------------------------ sides
    def set_sides(self, sides: dict[str, str] | None) -> None:
        """The Side column's words (None: hidden); the view repaints what it shows."""
        self._sides = sides
        tops = self._kids.get(None, [])
        if tops:
            self.dataChanged.emit(self.index(0, SIDE_COLUMN), self.index(len(tops) - 1, SIDE_COLUMN))

    # ------------------------------------------------------------ following the map
    def follow(self, change: object) -> None:
        """Mirror one model event (the map has already changed) with the rows it touches."""
        amap = self.amap
        if amap is None:
            return
        if isinstance(change, NodeChanged):
            statement_id = change.new.id
            if statement_id not in self._pos:
                return  # in a list never shown: built right when asked
            if change.old.kind != change.new.kind:
                self._reorder(statement_id)
            row = self.index_for(statement_id)
            self.dataChanged.emit(row, row.siblingAtColumn(1))
        elif isinstance(change, NodeAdded):
            self._parent[change.statement.id] = None
            self._top_due(change.statement.id)  # (its link to a parent, if any, comes next)
        elif isinstance(change, NodeRemoved):
            statement_id = change.statement.id
            self._tops_due.discard(statement_id)
            up = self._parent.get(statement_id)
            if up is not None:  # not expected: its links went first, so it is a top by now
                self._remove(statement_id, up)
            elif statement_id in self._pos:
                self._remove(statement_id, None)
            self._parent.pop(statement_id, None)
            self._kids.pop(statement_id, None)
            self._pos.pop(statement_id, None)
        elif isinstance(change, EdgeAdded | EdgeRemoved):
            link = change.link
            if isinstance(change, EdgeAdded) and not self.has_marks and marked(link):
                self.has_marks = True
                self.marksAppeared.emit()
            if link.source in self._parent and (isinstance(change, EdgeAdded) or self._parent[link.source] == link.target):
                self._move(link.source, self._choose_parent(link.source))
        elif isinstance(change, EdgeChanged):
            link = change.new
            if not self.has_marks and marked(link):
                self.has_marks = True
                self.marksAppeared.emit()
            if self._parent.get(link.source) == link.target and link.source in self._pos:
                row = self.index_for(link.source, 1)
                self.dataChanged.emit(row, row)

    def _choose_parent(self, statement_id: str) -> str | None:
        """The oldest parent that does not lie inside the statement's own rows (no row under itself)."""
        assert self.amap is not None
        for up in self.amap.parents(statement_id):
            node: str | None = up
            while node is not None and node != statement_id:
                node = self._parent.get(node)
            if node is None:
                return up
        return None

    def _parent_index(self, parent_id: str | None) -> QModelIndex:
        return QModelIndex() if parent_id is None else self.index_for(parent_id)

    def _shown(self, parent_id: str | None) -> bool:
        """Whether the view may know the rows under ``parent_id`` (their list was built)."""
        return parent_id in self._kids

    def _place(self, statement_id: str, parent_id: str | None) -> int:
        """The row ``statement_id`` takes in the (built) list under ``parent_id``."""
        kids = self._kids[parent_id]
        if parent_id is None:
            assert self.amap is not None
            return bisect_left(kids, self.amap.order_of(statement_id), key=self.amap.order_of)
        return bisect_left(kids, self._sort_key(statement_id), key=self._sort_key)

    def _insert(self, statement_id: str, parent_id: str | None) -> None:
        if not self._shown(parent_id):
            return
        row = self._place(statement_id, parent_id)
        self.beginInsertRows(self._parent_index(parent_id), row, row)
        self._kids[parent_id].insert(row, statement_id)
        self._renumber(parent_id, row)
        self.endInsertRows()

    def _remove(self, statement_id: str, parent_id: str | None) -> None:
        kids = self._kids.get(parent_id)
        row = self._pos.get(statement_id)
        if kids is None or row is None or row >= len(kids) or kids[row] != statement_id:
            return  # never shown there
        self.beginRemoveRows(self._parent_index(parent_id), row, row)
        del kids[row]
        self._pos.pop(statement_id)
        self._renumber(parent_id, row)
        self.endRemoveRows()

    def _move(self, statement_id: str, new: str | None) -> None:
        old = self._parent.get(statement_id)
        if old == new:
            if statement_id in self._pos:  # the same row, another link: its sign may differ
                sign = self.index_for(statement_id, 1)
                self.dataChanged.emit(sign, sign)
            return
        old_kids = self._kids.get(old)
        row = self._pos.get(statement_id)
        was_shown = old_kids is not None and row is not None and row < len(old_kids) and old_kids[row] == statement_id
        if not was_shown:
            self._parent[statement_id] = new
            if new is None:
                self._top_due(statement_id)
            else:
                self._tops_due.discard(statement_id)
                self._insert(statement_id, new)
            return
        if new is None:  # to the tops: out of its parent's rows now, among the tops when the edit is over
            self._remove(statement_id, old)
            self._parent[statement_id] = None
            self._top_due(statement_id)
            return
        if not self._shown(new):
            self._remove(statement_id, old)
            self._parent[statement_id] = new
            return
        assert old_kids is not None and row is not None
        to = self._place(statement_id, new)
        source, target = self._parent_index(old), self._parent_index(new)
        if not self.beginMoveRows(source, row, row, target, to):
            self._remove(statement_id, old)
            self._parent[statement_id] = new
            self._insert(statement_id, new)
            return
        del old_kids[row]
        self._renumber(old, row)
        self._parent[statement_id] = new
        self._kids[new].insert(to, statement_id)
        self._renumber(new, to)
        self.endMoveRows()

    def _reorder(self, statement_id: str) -> None:
        """A statement's kind changed: its row moves to where its new kind sorts among its siblings."""
        up = self._parent.get(statement_id)
        if up is None:
            return  # tops are in creation order only
        kids = self._kids[up]
        row = self._pos[statement_id]
        rest = kids[:row] + kids[row + 1:]
        to = bisect_left(rest, self._sort_key(statement_id), key=self._sort_key)
        if to == row:
            return
        parent = self._parent_index(up)
        self.beginMoveRows(parent, row, row, parent, to if to < row else to + 1)
        rest.insert(to, statement_id)
        self._kids[up] = rest
        self._renumber(up, min(row, to))
        self.endMoveRows()
