"""File commands of a window: new, open, open recent, save, save as, export, close, quit, drop, recover."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog

from argmap.gui import settings
from argmap.gui.document import Document
from argmap.gui.files import Recovery, pending_recoveries
from argmap.io import MapFileError

if TYPE_CHECKING:
    from argmap.gui.main_window import MainWindow

#: Files above this size (bytes; about 2,000 statements) open behind a progress dialog.
LARGE_FILE_BYTES = 600_000
MAP_FILTER = QCoreApplication.translate("Files", "argmap maps (*.json);;All files (*)")


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    # ------------------------------------------------------------ asking
    def maybe_save(self) -> bool:
        """True when the window may drop its map: saved, discarded, or nothing to save."""
        doc = self.window.document
        if doc is None or not doc.is_modified():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save changes to “%1” before closing?").replace("%1", doc.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    # ------------------------------------------------------------ new and open
    def new(self) -> None:
        if self.maybe_save():
            self.window.set_document(Document())

    def new_window(self) -> None:
        from argmap.gui.main_window import MainWindow

        other = MainWindow(autosave_interval_ms=self.window.autosave_interval_ms)
        other.show()

    def open(self) -> None:
        start = str(self.window.document.path.parent) if self.window.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open map"), start, MAP_FILTER)
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path) -> bool:
        """Open a map file in this window; a bad file leaves the current map untouched."""
        path = Path(path)
        progress = None
        try:
            if path.is_file() and path.stat().st_size > LARGE_FILE_BYTES:
                progress = self._progress(self.tr("Opening %1…").replace("%1", path.name))
            document = Document.open(path)
        except MapFileError as exc:
            if progress is not None:
                progress.close()
            self._error(self.tr("Cannot open map"), str(exc))
            if not path.exists():
                settings.remove_recent_file(str(path.resolve()))
            return False
        if progress is not None:
            progress.setLabelText(self.tr("Laying out %n statements…", "", len(document.amap)))
            QApplication.processEvents()
        if not self.maybe_save():
            if progress is not None:
                progress.close()
            return False
        self.window.set_document(document)
        if progress is not None:
            progress.close()
        settings.add_recent_file(str(path.resolve()))
        self.window.statusBar().showMessage(self.tr("Opened %1").replace("%1", path.name), 5000)
        return True

    def _progress(self, label: str) -> QProgressDialog:
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Opening"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        QApplication.processEvents()
        return progress

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for i, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(name).name}")
            action.setStatusTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(n))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear list"))
            clear.triggered.connect(settings.clear_recent_files)
        else:
            self.recent_menu.addAction(self.tr("No recent maps")).setEnabled(False)

    @staticmethod
    def dropped_path(data: QMimeData) -> str | None:
        for url in data.urls() if data.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None

    # ------------------------------------------------------------ save
    def save(self) -> bool:
        doc = self.window.document
        if doc.path is None:
            return self.save_as()
        if doc.changed_on_disk():
            answer = QMessageBox.question(
                self.window,
                self.tr("File changed on disk"),
                self.tr("“%1” was changed by another program since you opened it. Overwrite those changes?")
                .replace("%1", doc.display_name()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        return self._write(doc.path)

    def save_as(self) -> bool:
        doc = self.window.document
        start = str(doc.path) if doc.path else _suggested_name(doc.amap.title)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save map as"), start, MAP_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        doc = self.window.document
        try:
            doc.save(path)
        except MapFileError as exc:
            self._error(self.tr("Cannot save map"), str(exc))
            return False
        if self.window.autosaver is not None:
            self.window.autosaver.discard()
        settings.add_recent_file(str(path.resolve()))
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 5000)
        return True

    # ------------------------------------------------------------ export
    def export(self) -> None:
        try:
            from argmap.export.api import export_scene
        except ImportError:
            self._error(self.tr("Export"), self.tr("Exporting is not available in this installation."))
            return
        doc = self.window.document
        base = doc.path.with_suffix(".png") if doc.path else Path(_suggested_name(doc.amap.title)).with_suffix(".png")
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export map"), str(base),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix({"SVG": ".svg", "PDF": ".pdf"}.get(chosen[:3], ".png"))
        ids = self.window.scene.selected_ids()
        try:
            # The open scene draws the export: what you see (collapsed parts, pins, theme) is what you get.
            export_scene(self.window.scene, path, ids=ids if len(ids) > 1 else None)
        except (MapFileError, OSError, ValueError) as exc:
            self._error(self.tr("Cannot export map"), str(exc))
            return
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 5000)

    # ------------------------------------------------------------ close and quit
    def close_map(self) -> None:
        if self.maybe_save():
            self.window.set_document(Document())

    def quit(self) -> None:
        from argmap.gui.main_window import WINDOWS

        for window in list(WINDOWS):
            if not window.close():
                return
        QApplication.quit()

    # ------------------------------------------------------------ crash recovery
    def offer_recoveries(self) -> int:
        """Ask about each recovery file left by a crashed session; returns how many were recovered."""
        from argmap.gui.main_window import MainWindow

        recovered = 0
        for recovery in pending_recoveries():
            name = Path(recovery.original).name if recovery.original else self.tr("an untitled map")
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.saved_at))
            answer = QMessageBox.question(
                self.window,
                self.tr("Recover unsaved changes"),
                self.tr("argmap was closed without saving. Recover unsaved changes of %1 (autosaved %2)?")
                .replace("%1", name).replace("%2", when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                recovery.discard()
                continue
            document = self._recovered_document(recovery)
            if document is None:
                continue
            target = self.window
            if target.document.is_modified() or len(target.document.amap) or recovered:
                target = MainWindow(autosave_interval_ms=self.window.autosave_interval_ms)
                target.show()
            target.set_document(document)
            document.mark_unsaved()
            recovery.discard()
            recovered += 1
        return recovered

    def _recovered_document(self, recovery: Recovery) -> Document | None:
        try:
            amap = recovery.load()
        except MapFileError as exc:
            self._error(self.tr("Cannot recover map"), str(exc))
            recovery.discard()
            return None
        return Document(amap, recovery.original)


def _suggested_name(title: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return ("-".join(safe.lower().split())[:60] or "map") + ".json"
