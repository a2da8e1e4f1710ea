"""The Sources dock: read a source document, quote a passage as evidence, see where each quote is.

A document's text comes from its file (the path is relative to the map's folder) when it can
be read, else from the copy embedded in the map. Quoted passages are highlighted; selecting a
statement shows its passage, and clicking a highlighted passage selects its statement. A quote
whose document is missing or was changed keeps its own words and the dock says what happened.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from argmap.file_errors import MapFileError
from argmap.gui.commands.sources import QuoteAsEvidence, SetSources
from argmap.gui.document import Document
from argmap.io.source_files import SOURCE_SUFFIXES, read_source_text
from argmap.model import Found, Location, NodeAdded, NodeChanged, NodeRemoved, SourceDocument, SourcesChanged, locate, quote_of
from argmap.model.quotes import digest

HIGHLIGHT = QColor(255, 226, 120)
CURRENT = QColor(255, 176, 60)


def tr(text: str) -> str:
    return QCoreApplication.translate("Sources", text)


def document_text(document: Document, source: SourceDocument) -> tuple[str | None, str]:
    """The text of ``source`` and where it came from: ("…", "file"), ("…", "embedded") or (None, why not)."""
    if source.path:
        base = document.path.parent if document.path else Path.cwd()
        try:
            return read_source_text(base / source.path), "file"
        except MapFileError as exc:
            problem = exc.reason
    else:
        problem = tr("no file")
    if source.text:
        return source.text, "embedded"
    return None, problem


def quote_status(document: Document, statement_id: str) -> tuple[Location, str] | None:
    """Where a statement's quote is now, and a sentence for the user; None without a quote."""
    amap = document.amap
    quote = amap.statement(statement_id).quote
    if quote is None:
        return None
    source = amap.source(quote.source)
    if source is None:
        return Location(Found.MISSING), tr("The quote's source is not in the map's sources.")
    text, origin = document_text(document, source)
    found = locate(quote, text)
    words = {
        Found.EXACT: tr("Quoted from %1."),
        Found.MOVED: tr("Quoted from %1; the document changed around the passage, which was found again."),
        Found.CHANGED: tr("Quoted from %1, but the passage is no longer in the document: the quote keeps its own words."),
        Found.MISSING: tr("Quoted from %1, whose document cannot be read") + f" ({origin}).",
    }
    return found, words[found.found].replace("%1", source.citation())


class SourceDetails(QDialog):
    """Title, author, date and web address of a source document."""

    def __init__(self, source: SourceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source_details")
        self.setWindowTitle(tr("Source details"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in (("title", tr("&Title:")), ("author", tr("&Author:")), ("date", tr("&Date:")), ("url", tr("&Web address:"))):
            edit = QLineEdit(getattr(source, name))
            edit.setObjectName(f"source_{name}")
            self.fields[name] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, source: SourceDocument) -> SourceDocument:
        values = {name: " ".join(edit.text().split()) for name, edit in self.fields.items()}
        values["title"] = values["title"] or source.title
        return dataclasses.replace(source, **values)


def ask_details(parent: QWidget | None, source: SourceDocument) -> SourceDocument | None:
    """The source with the metadata the user typed, or None when cancelled (tests replace this)."""
    dialog = SourceDetails(source, parent)
    return dialog.apply_to(source) if dialog.exec() == QDialog.DialogCode.Accepted else None


class SourcesPanel(QWidget):
    #: The user clicked a quoted passage: select this statement.
    statementChosen = Signal(str)
    #: A message for the status bar.
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_panel")
        self.document: Document | None = None
        self.selected: list[str] = []  # the canvas's selection
        self._texts: dict[str, tuple[str | None, str]] = {}
        self._spans: list[tuple[int, int, str]] = []  # highlighted passages: (start, end, statement id)
        self._quoting: set[str] | None = None  # ids of the statements that quote a source (None: not looked yet)
        self._syncing = False
        self.choice = QComboBox()
        self.choice.setObjectName("sources_choice")
        self.choice.setAccessibleName(tr("Source document"))
        self.open_button = QPushButton(tr("Open…"))
        self.open_button.setObjectName("sources_open")
        self.open_button.setToolTip(tr("Add a document (text, Markdown, HTML, PDF) to the map's sources"))
        self.details_button = QPushButton(tr("Details…"))
        self.details_button.setObjectName("sources_details")
        self.embed_box = QCheckBox(tr("Embed in map"))
        self.embed_box.setObjectName("sources_embed")
        self.embed_box.setToolTip(tr("Keep a copy of the document's text in the map file, so they travel together"))
        self.quote_button = QPushButton(tr("Quote as evidence"))
        self.quote_button.setObjectName("sources_quote")
        self.status = QLabel()
        self.status.setObjectName("sources_status")
        self.status.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("sources_text")
        self.text.setAccessibleName(tr("Source text"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.open_button)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addWidget(self.embed_box)
        row.addStretch(1)
        row.addWidget(self.quote_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        self.choice.currentIndexChanged.connect(lambda _i: self.show_source())
        self.open_button.clicked.connect(lambda: self.open_document())
        self.details_button.clicked.connect(lambda: self.edit_details())
        self.embed_box.toggled.connect(self.set_embedded)
        self.quote_button.clicked.connect(lambda: self.quote_selection())
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ document
    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.mapChanged.disconnect(self._map_changed)
        self.document = document
        self._texts = {}
        self._quoting = None
        if document is not None:
            document.mapChanged.connect(self._map_changed)
        self._fill_choice()

    def _map_changed(self, change: object) -> None:
        if isinstance(change, SourcesChanged):
            self._texts = {}
            self._fill_choice()
        elif isinstance(change, NodeAdded | NodeRemoved | NodeChanged):
            # Only a statement that quotes (or quoted) a source changes what is highlighted.
            old = change.old if isinstance(change, NodeChanged) else None
            new = None if isinstance(change, NodeRemoved) else (change.new if isinstance(change, NodeChanged) else change.statement)
            gone = change.statement if isinstance(change, NodeRemoved) else None
            if any(s is not None and s.quote is not None for s in (old, new, gone)):
                quoting = self._quoting
                if quoting is not None:
                    statement_id = (new or gone or old).id  # type: ignore[union-attr]
                    if new is not None and new.quote is not None:
                        quoting.add(statement_id)
                    else:
                        quoting.discard(statement_id)
                self._highlight()

    def current_source(self) -> SourceDocument | None:
        if self.document is None:
            return None
        source_id = self.choice.currentData()
        return self.document.amap.source(source_id) if source_id else None

    def _fill_choice(self) -> None:
        keep = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for source in self.document.amap.sources if self.document else ():
            self.choice.addItem(source.title, source.id)
        index = self.choice.findData(keep)
        self.choice.setCurrentIndex(index if index >= 0 else (0 if self.choice.count() else -1))
        self.choice.blockSignals(False)
        self.show_source()

    def source_text(self, source: SourceDocument) -> tuple[str | None, str]:
        known = self._texts.get(source.id)
        if known is None and self.document is not None:
            known = self._texts[source.id] = document_text(self.document, source)
        return known or (None, "")

    def show_source(self) -> None:
        """Show the chosen document's text with its quoted passages highlighted."""
        source = self.current_source()
        self._syncing = True
        try:
            self.embed_box.blockSignals(True)
            self.embed_box.setChecked(bool(source and source.text))
            self.embed_box.blockSignals(False)
            if source is None:
                self.text.setPlainText("")
                self.status.setText(tr("No source yet: Open… a copy of an article (text, Markdown, HTML or PDF)."))
            else:
                text, origin = self.source_text(source)
                self.text.setPlainText(text or "")
                self.status.setText(self._describe(source, text, origin))
        finally:
            self._syncing = False
        self._highlight()
        self._update_buttons()

    def _describe(self, source: SourceDocument, text: str | None, origin: str) -> str:
        if text is None:
            words = tr("%1: the document cannot be read (%2), and no copy is embedded.")
            return words.replace("%1", source.citation()).replace("%2", origin)
        parts = [source.citation()]
        if origin == "embedded":
            parts.append(tr("shown from the copy embedded in the map (the file cannot be read)"))
        if source.digest and digest(text) != source.digest:
            parts.append(tr("the document changed since it was quoted"))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        has_source = self.current_source() is not None
        self.details_button.setEnabled(has_source)
        self.embed_box.setEnabled(has_source)
        self.quote_button.setEnabled(has_source and self.text.textCursor().hasSelection())

    # ------------------------------------------------------------ highlights and selection
    def _highlight(self) -> None:
        source, doc = self.current_source(), self.document
        self._spans = []
        selections = []
        if source is not None and doc is not None:
            text, _ = self.source_text(source)
            amap = doc.amap
            if self._quoting is None:  # the statements with a quote: found once, then followed edit by edit
                self._quoting = {s.id for s in amap.statements() if s.quote is not None}
            for statement_id in sorted((i for i in self._quoting if i in amap), key=amap.order_of):
                s = amap.statement(statement_id)
                if s.quote is not None and s.quote.source == source.id:
                    where = locate(s.quote, text)
                    if where.ok:
                        self._spans.append((where.start, where.end, s.id))
        for start, end, statement_id in self._spans:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if statement_id in self.selected else HIGHLIGHT)
            fmt.setFontUnderline(True)  # not colour alone
            selection.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def highlighted_ids(self) -> list[str]:
        return [i for _, _, i in self._spans]

    def show_statement(self, ids: list[str]) -> None:
        """The canvas selected ``ids``: show the first one's quote in its document."""
        self.selected = list(ids)
        doc = self.document
        quote = doc.amap.statement(ids[0]).quote if doc is not None and len(ids) == 1 and ids[0] in doc.amap else None
        known = quote is not None and doc is not None and doc.amap.source(quote.source) is not None
        if quote is not None and known and quote.source != self.choice.currentData():
            self.choice.setCurrentIndex(self.choice.findData(quote.source))
        else:
            self._highlight()
        if quote is None or doc is None:
            return
        status = quote_status(doc, ids[0])
        if status is None:
            return
        where, words = status
        self.status.setText(words)
        if where.ok and quote.source == self.choice.currentData():
            self._syncing = True
            try:
                cursor = self.text.textCursor()
                cursor.setPosition(where.start)
                cursor.setPosition(where.end, QTextCursor.MoveMode.KeepAnchor)
                self.text.setTextCursor(cursor)
                self.text.centerCursor()
            finally:
                self._syncing = False

    def _cursor_moved(self) -> None:
        if self._syncing or self.text.textCursor().hasSelection():
            return
        at = self.text.textCursor().position()
        for start, end, statement_id in self._spans:
            if start <= at < end:
                self.statementChosen.emit(statement_id)
                return

    # ------------------------------------------------------------ editing
    def open_document(self, path: str | None = None) -> SourceDocument | None:
        """Add a document to the map's sources (asks for the file and its details) and show it."""
        doc = self.document
        if doc is None:
            return None
        if path is None:
            start = str(doc.path.parent) if doc.path else ""
            patterns = " ".join(f"*{s}" for s in SOURCE_SUFFIXES)
            path, _ = QFileDialog.getOpenFileName(self, tr("Open a source document"), start, f"{tr('Documents')} ({patterns})")
            if not path:
                return None
        try:
            text = read_source_text(path)
        except MapFileError as exc:
            self.status.setText(str(exc))
            self.message.emit(str(exc))
            return None
        file = Path(path).resolve()
        relative = _relative(file, doc.path.parent.resolve() if doc.path else None)
        taken = {s.id for s in doc.amap.sources}
        new_id = next(f"src{n}" for n in range(1, len(taken) + 2) if f"src{n}" not in taken)
        first_line = next((line.strip("# ").strip() for line in text.splitlines() if line.strip()), file.stem)
        proposed = SourceDocument(new_id, first_line[:200] or file.stem, path=relative, digest=digest(text))
        source = ask_details(self, proposed)
        if source is None:
            return None
        doc.execute(SetSources(doc.amap, (*doc.amap.sources, source), tr("Add source")))
        self.choice.setCurrentIndex(self.choice.findData(source.id))
        return source

    def edit_details(self) -> None:
        source, doc = self.current_source(), self.document
        if source is None or doc is None:
            return
        changed = ask_details(self, source)
        if changed is not None and changed != source:
            doc.execute(SetSources(doc.amap, _replaced(doc.amap.sources, changed), tr("Edit source details")))

    def set_embedded(self, on: bool) -> None:
        source, doc = self.current_source(), self.document
        if source is None or doc is None or bool(source.text) == on:
            return
        text = self.source_text(source)[0] if on else ""
        if on and not text:
            return
        changed = dataclasses.replace(source, text=text or "")
        doc.execute(SetSources(doc.amap, _replaced(doc.amap.sources, changed), tr("Embed source") if on else tr("Stop embedding source")))

    def quote_selection(self) -> str | None:
        """The selected passage becomes a new evidence statement under the selected statement; returns its id."""
        source, doc = self.current_source(), self.document
        cursor = self.text.textCursor()
        if source is None or doc is None or not cursor.hasSelection():
            self.message.emit(tr("Select a passage of the source first."))
            return None
        text, _ = self.source_text(source)
        if text is None:
            return None
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        # the editor counts positions in UTF-16 units like Python only for the BMP; map them back by the text itself
        start, end = _python_offsets(self.text.toPlainText(), start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        amap = doc.amap
        parent = self.selected[0] if len(self.selected) == 1 and self.selected[0] in amap else None
        if parent is None and len(amap):
            self.message.emit(tr("Select the statement the quote supports first."))
            return None
        command = QuoteAsEvidence(amap, parent, quote_of(source.id, text, start, end))
        if not doc.execute(command) or command.new_id is None:
            return None
        if not source.digest:
            doc.execute(SetSources(amap, _replaced(amap.sources, dataclasses.replace(source, digest=digest(text))), tr("Add source")))
        self.statementChosen.emit(command.new_id)
        return command.new_id


def _replaced(sources: tuple[SourceDocument, ...], changed: SourceDocument) -> tuple[SourceDocument, ...]:
    return tuple(changed if s.id == changed.id else s for s in sources)


def _relative(file: Path, folder: Path | None) -> str:
    """The file's path relative to the map's folder when it is below it or near it; else absolute."""
    if folder is None:
        return str(file)
    try:
        return file.relative_to(folder).as_posix()
    except ValueError:
        import os

        relative = os.path.relpath(file, folder)
        return Path(relative).as_posix() if relative.count("..") <= 2 else str(file)


def _python_offsets(shown: str, start: int, end: int) -> tuple[int, int]:
    """Qt's positions (UTF-16 code units) as Python string offsets (code points)."""
    if shown.isascii() or all(ord(c) < 0x10000 for c in shown):
        return start, end
    units = 0
    result = []
    targets = [start, end]
    for i, ch in enumerate(shown):
        while targets and units >= targets[0]:
            result.append(i)
            targets.pop(0)
        units += 2 if ord(ch) >= 0x10000 else 1
    result += [len(shown)] * len(targets)
    return result[0], result[1]
