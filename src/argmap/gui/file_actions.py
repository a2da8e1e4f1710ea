"""File commands of a window: new, open, open recent, save, save as, export, close, quit, drop, recover."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from argmap.drawing.diagram import Diagram, build_diagram
from argmap.file_errors import resolved
from argmap.gc_pause import collector_paused
from argmap.gui import dialogs, settings
from argmap.gui.canvas.scene import MapScene
from argmap.gui.document import Document
from argmap.gui.files import BACKGROUND_STATEMENTS, Autosaver, Recovery, pending_recoveries
from argmap.gui.import_worker import (
    Cancelled,
    ReadFailed,
    ReadRefused,
    import_job,
    open_job,
    read_in_background,
    warm_up,
    write_in_background,
)
from argmap.io import MapFileError, save
from argmap.io.formats import FORMATS, ImportResult, UnknownFormat, file_filters, format_for_suffix, write_any
from argmap.io.read_job import OpenedMap
from argmap.io.writing import frozen_copy
from argmap.model import ArgumentMap

#: Maps with more statements than this are laid out behind a progress dialog (reading has its own: import_worker).
LARGE_MAP_STATEMENTS = 2_000
MAP_FILTER = QCoreApplication.translate("Files", "argmap maps (*.json *.argmap);;All files (*)")
T = TypeVar("T")
IMAGE_FORMATS = {  # translated where the filters are made (marked for the extractor)
    "png": str(QT_TRANSLATE_NOOP("Files", "PNG image")),
    "svg": str(QT_TRANSLATE_NOOP("Files", "SVG drawing")),
    "pdf": str(QT_TRANSLATE_NOOP("Files", "PDF document")),
}


def open_filter() -> str:
    """Open offers argmap maps first, then everything argmap can import."""
    return QCoreApplication.translate("Files", "argmap maps (*.json *.argmap)") + ";;" + file_filters("read") + ";;" + \
        QCoreApplication.translate("Files", "All files (*)")


def export_filters() -> list[tuple[str, str]]:
    """(format, dialog filter) for every export: the images, then the text formats of other tools."""
    images = [(fmt, f"{QCoreApplication.translate('Files', label)} (*.{fmt})") for fmt, label in IMAGE_FORMATS.items()]
    texts = [(f.name, f"{f.description} ({' '.join('*' + x for x in f.suffixes)})")
             for f in FORMATS.values() if f.write is not None and f.name != "argmap"]
    return images + texts


class FileController(QObject):
    """The file commands of a window, and the autosave of its ``document``.

    ``show_document`` puts another document in the window; images are exported from what
    ``scene`` shows; dialogs open over ``dialog_parent``; ``show_message(text, ms)`` writes to
    the status bar. New windows autosave every ``autosave_interval_ms`` too.
    """

    def __init__(self, document: Document, scene: MapScene, *, show_document: Callable[[Document], None],
                 dialog_parent: QWidget, show_message: Callable[[str, int], None],
                 autosave_interval_ms: int | None = None, parent: QObject | None = None,
                 busy: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.busy = busy  # whether the window works on an edit (its picture or strengths due): autosaves wait
        self.document = document
        self.scene = scene
        self.show_document = show_document
        self.dialog_parent = dialog_parent
        self.show_message = show_message
        self.autosave_interval_ms = autosave_interval_ms
        self.autosaver = Autosaver(document, autosave_interval_ms, self, busy)
        self.recent_menu = QMenu(self.tr("Open &recent"), dialog_parent)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        # The process that reads large files gets ready with the window, not when the first large file is opened
        # (a recent file, a dropped one, a file named on the command line): that start cost 0.35 s of the wait.
        warm_up()

    def set_document(self, document: Document) -> None:
        """Work on ``document`` from now on; the old one's recovery file is removed."""
        self.stop_autosave()
        self.autosaver.deleteLater()
        self.document = document
        self.autosaver = Autosaver(document, self.autosave_interval_ms, self, self.busy)

    def stop_autosave(self) -> None:
        """The window closes: no more autosaves, and no recovery file left behind."""
        self.autosaver.stop()

    # ------------------------------------------------------------ asking
    def maybe_save(self) -> bool:
        """True when the window may drop its map: saved, discarded, or nothing to save."""
        doc = self.document
        if doc is None or not doc.is_modified():
            return True
        answer = QMessageBox.question(
            self.dialog_parent,
            self.tr("Unsaved changes"),
            self.tr("Save changes to “%1” before closing?").replace("%1", doc.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.dialog_parent, title, message)

    # ------------------------------------------------------------ new and open
    def new(self) -> None:
        if self.maybe_save():
            self.show_document(Document())

    def new_window(self) -> None:
        from argmap.gui.main_window import MainWindow

        other = MainWindow(autosave_interval_ms=self.autosave_interval_ms)
        other.show()

    def open(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        warm_up()  # while the user picks a file, the process that reads large files gets ready
        name, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("Open map"), start, open_filter())
        if name:
            self.open_path(name)

    def import_file(self) -> None:
        doc = self.document
        start = str(doc.path.parent) if doc.path else ""
        warm_up()
        name, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("Import map"), start, file_filters("read"))
        if name:
            self.import_path(name)

    def import_path(self, path: str | Path) -> bool:
        """Read any supported format into a new untitled map (Save asks for a name); notes on what was skipped."""
        path = Path(path)
        result = self._read(path, import_job(path), self.tr("Cannot import map"))
        return isinstance(result, ImportResult) and self._show_import(path, result)

    def _show_import(self, path: Path, result: ImportResult) -> bool:
        if not self.maybe_save():
            return False
        document = Document(result.map)
        self.show_document(document)
        document.mark_unsaved()  # closing asks: the map exists only in this window
        self.show_message(
            self.tr("Imported %1: %n statements", "", len(result.map)).replace("%1", path.name), 8000)
        if result.skipped:
            dialogs.show_import_notes(self.dialog_parent, path.name, result.skipped)
        return True

    def open_path(self, path: str | Path) -> bool:
        """Open a map file in this window; a bad file leaves the current map untouched. Other formats are imported."""
        # No collection from the map's arrival (unpickled in one go) until the window has shown it and put it out of
        # the collector's reach (gc_pause.built_to_keep): the first young collection after it arrived walked it all.
        with collector_paused():
            return self._open_path(Path(path))

    def _open_path(self, path: Path) -> bool:
        read: OpenedMap | ImportResult | None = self._read(path, open_job(path), self.tr("Cannot open map"))
        if isinstance(read, ImportResult):
            return self._show_import(path, read)
        if read is None:
            if not path.exists():
                settings.remove_recent_file(str(resolved(path)))
            return False
        document = Document(read.map, path, stamp=read.stamp)
        progress = None
        if len(read.map) > LARGE_MAP_STATEMENTS:
            progress = self._progress(self.tr("Laying out %n statements…", "", len(read.map)))
        if not self.maybe_save():
            if progress is not None:
                progress.close()
            return False
        self.show_document(document)
        if progress is not None:
            progress.close()
        settings.add_recent_file(str(resolved(path)))
        self.show_message(self.tr("Opened %1").replace("%1", path.name), 5000)
        return True

    def _read(self, path: Path, work: Callable[[], T], title: str) -> T | None:
        """``work()`` run off the GUI thread (:mod:`argmap.gui.import_worker`); None after Cancel or an error (a dialog)."""
        try:
            return read_in_background(work, path, self.dialog_parent, self.tr("Reading %1…").replace("%1", path.name))
        except Cancelled:
            self.show_message(self.tr("Stopped reading %1; the map is unchanged").replace("%1", path.name), 5000)
        except (MapFileError, UnknownFormat, ReadRefused) as exc:
            self._error(title, str(exc))
        except ReadFailed as exc:
            self._error(title, f"{path}: cannot be read ({exc})")
        except Exception as exc:  # a reader's bug: still one message naming the file, and the open map untouched
            self._error(title, f"{path}: cannot be read ({type(exc).__name__}: {exc})")
        return None

    def _progress(self, label: str) -> QProgressDialog:
        progress = QProgressDialog(label, "", 0, 0, self.dialog_parent)
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
            name = url.toLocalFile() if url.isLocalFile() else ""
            fmt = format_for_suffix(name) if name else None
            if fmt is not None and FORMATS[fmt].read is not None and (name.lower().endswith(".kialo") or
                                                                     fmt != "kialo" or _looks_like_kialo(name)):
                return name
        return None

    # ------------------------------------------------------------ save
    def save(self) -> bool:
        doc = self.document
        if doc.path is None:
            return self.save_as()
        if doc.ask_where:  # a recovered map whose file is gone, replaced or read-only: never write blindly
            self.show_message(doc.ask_where, 10000)
            return self.save_as()
        if doc.changed_on_disk():
            answer = QMessageBox.question(
                self.dialog_parent,
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
        doc = self.document
        start = str(doc.path) if doc.path else _suggested_name(doc.amap.title)
        name, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Save map as"), start, MAP_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        doc = self.document
        try:
            doc.save(path, write=self._writer(path) if len(doc.amap) >= BACKGROUND_STATEMENTS else None)
        except MapFileError as exc:
            self._error(self.tr("Cannot save map"), str(exc))
            return False
        self.autosaver.discard()
        settings.add_recent_file(str(path.resolve()))
        self.show_message(self.tr("Saved %1").replace("%1", path.name), 5000)
        return True

    def _writer(self, path: Path) -> Callable[[ArgumentMap, Path], None]:
        """Saving a large map: written from an immutable copy on a worker thread while the window paints
        (10,000 statements: a third of a second of serialising, and however long the disk takes)."""
        label = self.tr("Saving %1…").replace("%1", path.name)

        def write(amap: ArgumentMap, target: Path) -> None:
            write_in_background(partial(save, frozen_copy(amap), target), self.dialog_parent, label)

        return write

    # ------------------------------------------------------------ export
    def export(self) -> None:
        """Ask for a file name and format: an image of the map (or the selection), or a file for another tool."""
        doc = self.document
        stem = doc.path.with_suffix("") if doc.path else Path(_suggested_name(doc.amap.title)).with_suffix("")
        filters = export_filters()
        name, chosen = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Export map"), str(stem.with_suffix(".png")), ";;".join(f for _, f in filters))
        if not name:
            return
        path = Path(name)
        fmt = _export_format(path) or next((fmt for fmt, f in filters if f == chosen), "png")
        if _export_format(path) is None:
            suffix = f".{fmt}" if fmt in IMAGE_FORMATS else FORMATS[fmt].suffixes[0]
            path = path.with_name(path.name + suffix)
        if fmt in IMAGE_FORMATS:
            self._export_image(path, fmt)
            return
        notes: list[str] = []
        try:
            write_any(doc.amap, path, fmt, notes, say=QCoreApplication.translate)  # the notes in the interface's language
        except (MapFileError, OSError, ValueError) as exc:
            self._error(self.tr("Cannot export map"), str(exc))
            return
        self.show_message(self.tr("Exported %1").replace("%1", str(path)), 5000)
        if notes:  # written, but the destination may refuse it (Mermaid's limits): say so and how to fix it
            self._error(self.tr("Exported with a warning"),
                        self.tr("%1 was written, but:").replace("%1", path.name) + "\n\n" + "\n\n".join(notes))

    def _export_image(self, path: Path, fmt: str) -> None:
        try:
            from argmap.export.api import export_diagram, export_size
        except ImportError:
            self._error(self.tr("Export"), self.tr("Exporting images is not available in this installation."))
            return
        scene = self.scene
        ids = scene.selected_ids()

        def picture(evaluation: bool) -> Diagram:
            """What the canvas shows (collapsed parts, pins, theme), with or without the strength rows.

            The canvas's own picture when it shows the same; otherwise made the same way without
            touching the canvas (the strength rows make every box taller, so it is laid out anew).
            """
            if evaluation == scene.evaluation:
                return scene.diagram()
            return build_diagram(scene.amap, scene.theme, direction=scene.direction, evaluation=evaluation, sides=scene.sides)

        def size_of(scale: float, only: bool, evaluation: bool = False) -> tuple[int, int]:
            """Measured as it will be drawn."""
            drawn = picture(evaluation)
            return export_size(drawn if not only else drawn.only(ids), scale=scale)

        options = dialogs.ask_image_export(self.dialog_parent, fmt, size_of, has_selection=bool(ids))
        if options is None:
            return
        try:
            only = ids if options.selection_only else None
            export_diagram(picture(options.evaluation), path, fmt=fmt, scale=options.scale, page=options.page, ids=only)
        except (MapFileError, OSError, ValueError) as exc:
            self._error(self.tr("Cannot export map"), str(exc))
            return
        self.show_message(self.tr("Exported %1").replace("%1", str(path)), 5000)

    # ------------------------------------------------------------ close and quit
    def close_map(self) -> None:
        if self.maybe_save():
            self.show_document(Document())

    def quit(self) -> None:
        from argmap.gui.main_window import WINDOWS

        for window in list(WINDOWS):
            if not window.close():
                return
        QApplication.quit()

    # ------------------------------------------------------------ crash recovery
    def offer_recoveries(self) -> int:
        """Ask about each recovery file left by a crashed session; returns how many were recovered.

        Yes recovers (into this window; a second recovered map gets a window of its own), No
        discards the recovery file, Cancel keeps it to be offered again at the next start. The
        recovered map keeps its recovery file until it is saved or discarded.
        """
        from argmap.gui.main_window import MainWindow

        recovered = 0
        for recovery in pending_recoveries():
            name = recovery.original_path.name if recovery.original_path else (
                Path(recovery.original).name if recovery.original else self.tr("an untitled map"))
            where = str(recovery.original_path) if recovery.original_path else name
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.saved_at))
            text = self.tr("argmap was closed without saving. Recover unsaved changes of %1 (autosaved %2)?") \
                .replace("%1", name).replace("%2", when)
            problem = self._problem_text(recovery.problem(), where)
            if problem:
                text += "\n\n" + problem
            answer = QMessageBox.question(
                self.dialog_parent,
                self.tr("Recover unsaved changes"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                continue  # asked again next time
            if answer != QMessageBox.StandardButton.Yes:
                recovery.discard()
                continue
            document = self._recovered_document(recovery, problem)
            if document is None:
                continue
            if recovered:  # this window already shows a recovered map
                other = MainWindow(autosave_interval_ms=self.autosave_interval_ms)
                other.show()
                other.set_document(document)
                autosaver = other.files.autosaver
            else:
                if not self.maybe_save():  # the map shown here has changes of its own: cancelled, recover later
                    document.deleteLater()
                    continue
                self.show_document(document)
                autosaver = self.autosaver
            document.mark_unsaved()
            autosaver.adopt(recovery)  # the recovery file stays until the map is saved or discarded
            recovered += 1
        return recovered

    def _problem_text(self, problem: str | None, where: str) -> str:
        """What the user is told when the recovered map cannot simply be saved over its file."""
        texts = {
            "unknown": self.tr("Where “%1” was saved is not known; Save will ask for a file name."),
            "gone": self.tr("%1 no longer exists; Save will ask for a file name."),
            "replaced": self.tr("%1 was moved, replaced or changed since; Save will ask for a file name."),
            "read-only": self.tr("%1 cannot be written; Save will ask for a file name."),
        }
        return texts[problem].replace("%1", where) if problem in texts else ""

    def _recovered_document(self, recovery: Recovery, problem: str) -> Document | None:
        try:
            amap = recovery.load()
        except MapFileError as exc:
            self._error(self.tr("Cannot recover map"), str(exc))
            recovery.discard()
            return None
        document = Document(amap, recovery.original_path)
        if recovery.original_path is not None and recovery.stamp is not None:
            document.stamp = recovery.stamp  # the file as the crashed session knew it (kept by the next autosaves)
        document.ask_where = problem or None
        return document


def _export_format(path: Path) -> str | None:
    """The export format a file name asks for (an image suffix or a writable format), or None."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in IMAGE_FORMATS:
        return suffix
    fmt = format_for_suffix(path)
    return fmt if fmt is not None and fmt != "argmap" and FORMATS[fmt].write is not None else None


def _looks_like_kialo(name: str) -> bool:
    """Any .txt could be dropped: take it only when it reads like a Kialo export."""
    from argmap.io.formats.common import decode_text, read_bytes
    from argmap.io.formats.kialo import looks_like_kialo

    try:
        return looks_like_kialo(decode_text(read_bytes(name), name))
    except MapFileError:
        return False


def _suggested_name(title: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return ("-".join(safe.lower().split())[:60] or "map") + ".json"
