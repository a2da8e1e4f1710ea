"""The inspector: every field of the selected statement, each change one undo command."""

from __future__ import annotations

import itertools
from html import escape

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from argmap.gui import dialogs
from argmap.gui.commands import SetKind, UpdateStatement, kind_label
from argmap.gui.document import Document
from argmap.gui.relations_text import relation_lines
from argmap.model import MAX_TITLE, EdgeAdded, EdgeChanged, EdgeRemoved, Kind, NodeChanged, NodeRemoved, SourcesChanged, Statement


class CommitTextEdit(QPlainTextEdit):
    """A text box that reports its text when it loses focus or on Ctrl+Enter (Tab moves on)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class Inspector(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setAccessibleName(self.tr("Inspector"))
        self.document: Document | None = None
        self.statement_id: str | None = None
        self._shown_id: str | None = None  # the statement whose fields the widgets hold
        self._drag_keys = itertools.count(1)
        self._drag_key = 0
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("inspector_heading")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("inspector_title")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("A short tag line, e.g. Constitutional constraints"))
        self.title_edit.setMaxLength(MAX_TITLE)
        self.text_edit = CommitTextEdit()
        self.text_edit.setObjectName("inspector_text")
        self.text_edit.setAccessibleName(self.tr("Statement text"))
        self.text_edit.setMinimumHeight(70)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("inspector_kind")
        self.kind_box.setAccessibleName(self.tr("Kind"))
        for kind in Kind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.notes_edit = CommitTextEdit()
        self.notes_edit.setObjectName("inspector_notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Context, caveats, teaching remarks"))
        self.notes_edit.setMinimumHeight(70)
        self.sources_list = QListWidget()
        self.sources_list.setObjectName("inspector_sources")
        self.sources_list.setAccessibleName(self.tr("Sources"))
        self.sources_list.setMaximumHeight(110)
        self.sources_list.itemActivated.connect(self._open_source)
        self.add_source_button = QPushButton(self.tr("Add…"))
        self.add_source_button.setObjectName("inspector_add_source")
        self.add_source_button.setAccessibleName(self.tr("Add source"))
        self.remove_source_button = QPushButton(self.tr("Remove"))
        self.remove_source_button.setObjectName("inspector_remove_source")
        self.remove_source_button.setAccessibleName(self.tr("Remove selected source"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("inspector_tags")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma, separated, tags"))
        self.score_slider = QSlider(Qt.Orientation.Horizontal)
        self.score_slider.setObjectName("inspector_score")
        self.score_slider.setAccessibleName(self.tr("Base score"))
        self.score_slider.setRange(0, 100)
        self.score_slider.setPageStep(10)
        self.score_label = QLabel()
        self.score_label.setMinimumWidth(36)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("inspector_quote")
        self.quote_label.setAccessibleName(self.tr("Quote"))
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        #: undercuts, rephrases and shared premises in words ("Undercuts the inference from …")
        self.relations_label = QLabel()
        self.relations_label.setObjectName("inspector_relations")
        self.relations_label.setWordWrap(True)
        self.relations_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(self.tr("Select one statement to see and edit its details."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        sources_box = QVBoxLayout()
        sources_box.setContentsMargins(0, 0, 0, 0)
        sources_box.addWidget(self.sources_list)
        sources_box.addLayout(source_buttons)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_slider, 1)
        score_row.addWidget(self.score_label)

        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.heading)
        form.addRow(self.relations_label)
        form.addRow(self._label(self.tr("Tit&le"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("&Text"), self.text_edit), self.text_edit)
        self.quote_row_label = self._label(self.tr("Quote"), self.quote_label)
        form.addRow(self.quote_row_label, self.quote_label)
        form.addRow(self._label(self.tr("&Kind"), self.kind_box), self.kind_box)
        form.addRow(self._label(self.tr("&Notes"), self.notes_edit), self.notes_edit)
        form.addRow(self._label(self.tr("Sou&rces"), self.sources_list), sources_box)
        form.addRow(self._label(self.tr("T&ags"), self.tags_edit), self.tags_edit)
        form.addRow(self._label(self.tr("&Base score"), self.score_slider), score_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.form_widget)
        layout.addStretch(1)

        self.title_edit.editingFinished.connect(lambda: self._update(title=" ".join(self.title_edit.text().split())))
        self.text_edit.committed.connect(lambda text: self._update(text=text))
        self.notes_edit.committed.connect(lambda text: self._update(notes=text))
        self.kind_box.activated.connect(self._kind_chosen)
        self.tags_edit.editingFinished.connect(self._tags_edited)
        self.score_slider.sliderPressed.connect(self._start_drag)
        self.score_slider.valueChanged.connect(self._score_changed)
        self.add_source_button.clicked.connect(self._add_source)
        self.remove_source_button.clicked.connect(self._remove_source)
        self.sources_list.currentRowChanged.connect(lambda row: self.remove_source_button.setEnabled(row >= 0))
        self.setTabOrder(self.title_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.kind_box)
        self.setTabOrder(self.kind_box, self.notes_edit)
        self.setTabOrder(self.notes_edit, self.sources_list)
        self.setTabOrder(self.sources_list, self.add_source_button)
        self.setTabOrder(self.add_source_button, self.remove_source_button)
        self.setTabOrder(self.remove_source_button, self.tags_edit)
        self.setTabOrder(self.tags_edit, self.score_slider)
        self.refresh()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------ inputs
    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.mapChanged.disconnect(self._map_changed)
        self.document = document
        self.statement_id = None
        if document is not None:
            document.mapChanged.connect(self._map_changed)
        self.refresh()

    def set_selection(self, ids: list[str]) -> None:
        self.commit_pending()
        self._selection_count = len(ids)
        self.statement_id = ids[0] if len(ids) == 1 else None
        self.refresh()

    def _map_changed(self, change: QObject) -> None:
        if isinstance(change, NodeRemoved) and change.statement.id == self.statement_id:
            self.statement_id = None
        if isinstance(change, NodeChanged | NodeRemoved | SourcesChanged | EdgeAdded | EdgeChanged | EdgeRemoved) or change is None:
            self._refresh_timer.start()

    def statement(self) -> Statement | None:
        if self.document is None or self.statement_id is None or self.statement_id not in self.document.amap:
            return None
        return self.document.amap.statement(self.statement_id)

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        s = self.statement()
        self.form_widget.setVisible(s is not None)
        self.empty_label.setVisible(s is None)
        if s is None:
            self._shown_id = None
            count = getattr(self, "_selection_count", 0)
            self.empty_label.setText(
                self.tr("%n statements selected. Select one to see and edit its details.", "", count)
                if count > 1 else self.tr("Select one statement to see and edit its details."))
            return
        self.heading.setText(f"<b>{escape(kind_label(s.kind))}</b> · <span style='color:gray'>{escape(s.id)}</span>")
        assert self.document is not None
        lines = relation_lines(self.document.amap, s.id)
        self.relations_label.setText("\n".join(lines))
        self.relations_label.setVisible(bool(lines))
        # Another statement: show all of it, even in the field being typed in (what was typed there
        # was committed to the previous statement). The same statement: leave the focused field alone.
        other = s.id != self._shown_id
        self._shown_id = s.id
        if (other or not self.title_edit.hasFocus()) and self.title_edit.text() != s.title:
            self.title_edit.setText(s.title)
        if (other or not self.text_edit.hasFocus()) and self.text_edit.toPlainText() != s.text:
            self.text_edit.setPlainText(s.text)
        if (other or not self.notes_edit.hasFocus()) and self.notes_edit.toPlainText() != s.notes:
            self.notes_edit.setPlainText(s.notes)
        self._show_quote(s)
        self.kind_box.setCurrentIndex(self.kind_box.findData(s.kind.value))
        if other or not self.tags_edit.hasFocus():
            self.tags_edit.setText(", ".join(s.tags))
        self.sources_list.clear()
        for source in s.sources:
            self._add_source_row(source.title, source.url)
        self.remove_source_button.setEnabled(False)
        if not self.score_slider.isSliderDown():
            self.score_slider.blockSignals(True)
            self.score_slider.setValue(round(s.score * 100))
            self.score_slider.blockSignals(False)
        self.score_label.setText(f"{round(s.score * 100)} %")

    def _show_quote(self, s: Statement) -> None:
        """The full evidence card: citation, the quoted words, and whether the passage is still in its document."""
        from argmap.gui.docks.sources import quote_status

        shown = s.quote is not None and self.document is not None
        self.quote_label.setVisible(shown)
        self.quote_row_label.setVisible(shown)
        if not shown or s.quote is None or self.document is None:
            return
        status = quote_status(self.document, s.id)
        where, words = status if status is not None else (None, "")
        mark = "" if where is None or where.ok else "⚠ "
        self.quote_label.setText(f"<i>“{escape(' '.join(s.quote.text.split()))}”</i><br>{mark}{escape(words)}")

    def _add_source_row(self, title: str, url: str | None) -> None:
        item = QListWidgetItem(self.sources_list)
        item.setData(Qt.ItemDataRole.UserRole, url)
        item.setToolTip(url or title)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        if url:
            label.setText(f"{escape(title)}<br><a href='{escape(url, quote=True)}'>{escape(url)}</a>")
            label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        else:
            label.setText(escape(title))
        label.setContentsMargins(4, 2, 4, 2)
        item.setText(title)  # for accessibility and keyboard search; the label draws over it
        item.setForeground(Qt.GlobalColor.transparent)
        item.setSizeHint(label.sizeHint())
        self.sources_list.setItemWidget(item, label)

    # ------------------------------------------------------------ editing
    def _update(self, merge: object = None, **changes: object) -> None:
        s = self.statement()
        if s is None or self.document is None:
            return
        if all(getattr(s, name) == value for name, value in changes.items()):
            return
        self.document.execute(UpdateStatement(self.document.amap, s.id, merge=merge, **changes))

    def commit_pending(self) -> None:
        """Selection moves on or another edit starts: keep what was typed in the focused text field first."""
        if self.title_edit.hasFocus():
            self._update(title=" ".join(self.title_edit.text().split()))
        elif self.text_edit.hasFocus():
            self._update(text=self.text_edit.toPlainText())
        elif self.notes_edit.hasFocus():
            self._update(notes=self.notes_edit.toPlainText())

    def _kind_chosen(self, index: int) -> None:
        s = self.statement()
        kind = Kind(self.kind_box.itemData(index))
        if s is not None and self.document is not None and kind != s.kind:
            self.document.execute(SetKind(self.document.amap, [s.id], kind))

    def _tags_edited(self) -> None:
        tags = tuple(dict.fromkeys(t.strip()[:100] for t in self.tags_edit.text().split(",") if t.strip()))
        self._update(tags=tags)

    def _start_drag(self) -> None:
        self._drag_key = next(self._drag_keys)

    def _score_changed(self, value: int) -> None:
        s = self.statement()
        if s is None:
            return
        # One drag is one undo step; so is a run of key presses (arrows, Page Up/Down) on one statement.
        key = ("score", s.id, self._drag_key) if self.score_slider.isSliderDown() else ("score keys", s.id)
        self.score_label.setText(f"{value} %")
        self._update(merge=key, score=value / 100)

    def _add_source(self) -> None:
        s = self.statement()
        if s is None:
            return
        source = dialogs.ask_source(self)
        if source is not None:
            self._update(sources=(*s.sources, source))

    def _remove_source(self) -> None:
        s = self.statement()
        row = self.sources_list.currentRow()
        if s is None or not 0 <= row < len(s.sources):
            return
        self._update(sources=s.sources[:row] + s.sources[row + 1:])

    def _open_source(self, item: QListWidgetItem) -> None:
        url = item.data(Qt.ItemDataRole.UserRole)
        if url:
            QDesktopServices.openUrl(QUrl(url))
