"""The editor window: canvas in the middle, inspector, outline and undo history around it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from argmap.drawing.language import LANGUAGES
from argmap.drawing.theme import Theme
from argmap.evaluation import Status
from argmap.gc_pause import built_to_keep, stop_keeping
from argmap.gui import dialogs, settings
from argmap.gui.accessibility import CanvasAnnouncer
from argmap.gui.actions import create_actions
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.view import MapView
from argmap.gui.commands.map_fields import SetLayout
from argmap.gui.debate import DebateController
from argmap.gui.docks.analysis import AnalysisPanel
from argmap.gui.docks.findings import FindingsPanel
from argmap.gui.docks.inspector import Inspector
from argmap.gui.docks.outline import Outline
from argmap.gui.docks.sources import SourcesPanel
from argmap.gui.docks.undo_dock import UndoHistory
from argmap.gui.document import Document
from argmap.gui.editing import EditController
from argmap.gui.evaluation_controller import EvaluationController
from argmap.gui.file_actions import FileController
from argmap.gui.files import Autosaver
from argmap.gui.find import FindBar, FindController
from argmap.gui.icons import kind_icon
from argmap.gui.menus import BACKGROUND_MENU, STATEMENT_MENU, build_menu_bar, build_toolbar, context_menu
from argmap.gui.palette import run_palette
from argmap.gui.printing import PrintController
from argmap.gui.start_view import StartView
from argmap.gui.teaching import TeachingController
from argmap.gui.user_guide import open_guide, open_help_for_focus
from argmap.model import ArgumentMap, EdgeAdded, EdgeRemoved, Kind, LayoutChanged

#: The longest a new map's evaluation waits for the canvas's first paint of it (milliseconds).
AFTER_PAINT_MS = 500
DOCK_WIDTH = 300  # the side docks' width on first start: the outline's statements readable beside their kinds

#: Every open editor window, so New window, Quit and drops reach all of them.
WINDOWS: list[MainWindow] = []



class MainWindow(StartView, QMainWindow):
    def __init__(self, document: Document | None = None, *, autosave_interval_ms: int | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.document = document if document is not None else Document()
        # Every command by name ("undo", "add_support", ...; objectName "action_<name>"). Not `actions`:
        # that would hide QWidget.actions(), which Qt and menus call.
        self.action_map = create_actions(self)
        self.undo_group = QUndoGroup(self)
        self.theme_name = "light"
        self._state_before_full_screen = Qt.WindowState.WindowNoState

        self.scene = MapScene(ArgumentMap(), Theme.light(), self)
        self.view = MapView(self.scene)
        self._start_view_size = QSize()  # the viewport size the start view was last made for
        self.view.setObjectName("canvas")
        self.view.setAccessibleName(self.tr("Argument map canvas"))
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.empty_hint = QLabel(self.view.viewport())
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setText(self.tr(
            "<h2>An empty map</h2><p>Press <b>C</b> to write the main claim,<br>then <b>S</b> to add a reason, "
            "<b>O</b> an objection.<br><b>F1</b> lists every shortcut.</p>"))
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # A new map's evaluation on the worker starts once the canvas has painted it (see _evaluate_after_paint)
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.timeout.connect(self._release_evaluation)
        self.view.viewport().installEventFilter(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        for action in self.action_map.values():
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                self.view.addAction(action)
        for name, text in self._toolbar_texts().items():
            self.action_map[name].setIconText(text)

        self.inspector = Inspector()
        self.outline = Outline()
        self.history = UndoHistory(self.undo_group)
        self.inspector_dock = self._dock(self.inspector, self.tr("Inspector"), "dock_inspector",
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock(self.history, self.tr("Undo history"), "dock_history",
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.outline_dock = self._dock(self.outline, self.tr("Outline"), "dock_outline",
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.outline_dock)  # the outline shows, history one click away

        self.findings = FindingsPanel()
        self.findings_dock = self._dock(self.findings, self.tr("Findings"), "dock_findings",
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.outline_dock, self.findings_dock)  # a list to walk, like the outline
        self.findings_dock.hide()  # one key (Ctrl+Shift+F) away; restoreState brings it back if the user kept it open
        self.analysis = AnalysisPanel()
        self.analysis_dock = self._dock(self.analysis, self.tr("Analysis"), "dock_analysis",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.analysis_dock)  # next to the inspector: about the selection
        self.analysis_dock.hide()  # Ctrl+Shift+Y
        self.sources = SourcesPanel()
        self.sources_dock = self._dock(self.sources, self.tr("Sources"), "dock_sources", Qt.DockWidgetArea.RightDockWidgetArea)
        self.sources_dock.hide()  # Ctrl+Shift+R; restoreState brings it back if the user kept it open

        # The controllers get what they work with, not the window's API: the document (again on each
        # set_document), the canvas, the widgets they use, a status-bar callback and a parent for dialogs.
        doc, show_message = self.document, self.statusBar().showMessage
        a = self.action_map
        self.evaluator = EvaluationController(
            doc, self.scene, self.view, self.findings, self.findings_dock, show_action=a["show_evaluation"],
            findings_action=a["show_findings"], next_action=a["next_finding"], show_message=show_message, parent=self)
        self.evaluator.attach_analysis(self.analysis, self.analysis_dock, a["show_analysis"], {
            "dfquad": a["semantics_dfquad"], "quadratic-energy": a["semantics_quadratic_energy"], "euler": a["semantics_euler"]})
        self.evaluator.attach_inspector(self.inspector)
        self.editor = EditController(doc, self.scene, self.view, self.inspector, self.outline, dialog_parent=self,
                                     show_message=show_message, parent=self)
        self.finder = FindController(doc, self.find_bar, self.scene, self.view, parent=self)
        self.files = FileController(doc, self.scene, show_document=self.set_document, dialog_parent=self,
                                    show_message=show_message, autosave_interval_ms=autosave_interval_ms, parent=self,
                                    busy=lambda: self.scene.relayout_pending or self.evaluator.live.due)
        self.printing = PrintController(self.scene, dialog_parent=self, show_message=show_message, parent=self)
        # F1 in a dock opens its part of the user guide (elsewhere F1 lists the shortcuts: show_keymap).
        # What a screen reader says as the selection moves through the canvas.
        self.announcer = CanvasAnnouncer(self.view, lambda: self.document.amap, self._fresh_evaluation, self)
        self._announced_early = False  # the focused statement was said with strengths older than the map
        self.evaluator.live.updated.connect(self._evaluated)
        self.debate = DebateController(doc, self.scene, self.outline, a, dialog_parent=self, show_message=show_message, parent=self)
        self.teaching = TeachingController(self)  # present, compare with a model answer, worksheets, templates
        build_menu_bar(self, self.action_map, self.files.recent_menu)
        self.toolbar = build_toolbar(self, self.action_map)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("status_counts")
        self.zoom_label = QLabel()
        # said while a large map's arrows are made, after its boxes are shown (a message would give way to "Opened ...")
        self.drawing_label = QLabel(self.tr("Drawing the arrows…"))
        self.drawing_label.setObjectName("status_drawing")
        self.drawing_label.hide()
        self.scene.pictureFinished.connect(self.drawing_label.hide)
        self.statusBar().addPermanentWidget(self.drawing_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._links_of: ArgumentMap | None = None  # the map whose links self._links counts
        self._links = 0
        self._status_timer = QTimer(self, singleShot=True, interval=0)
        self._status_timer.timeout.connect(self.update_status)

        self._connect_actions()
        self._connect_canvas()
        self.setTabOrder(self.outline, self.view)
        self.setTabOrder(self.view, self.inspector)
        self.restore_settings()
        self._show_document()
        WINDOWS.append(self)

    def _toolbar_texts(self) -> dict[str, str]:
        """Short labels for the toolbar buttons (the menus show the full texts)."""
        return {
            "new": self.tr("New"), "open": self.tr("Open"), "save": self.tr("Save"), "undo": self.tr("Undo"),
            "redo": self.tr("Redo"), "add_claim": self.tr("Claim"), "add_support": self.tr("Support"),
            "add_objection": self.tr("Objection"), "add_rebuttal": self.tr("Rebuttal"),
            "add_evidence": self.tr("Evidence"), "delete": self.tr("Delete"), "fit": self.tr("Fit"),
            "zoom_in": self.tr("Zoom in"), "zoom_out": self.tr("Zoom out"), "find": self.tr("Find"),
        }

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------ wiring
    def _connect_actions(self) -> None:
        a, e, f = self.action_map, self.editor, self.files
        handlers: dict[str, Callable[[], object]] = {
            "new": f.new, "new_window": f.new_window, "open": f.open, "import": f.import_file, "save": f.save, "save_as": f.save_as,
            "export": f.export, "close": f.close_map, "quit": f.quit, "map_properties": e.set_title,
            "undo": self.undo_group.undo, "redo": self.undo_group.redo,
            "cut": e.cut, "copy": e.copy, "paste": e.paste,
            "copy_picture": e.copy_picture, "copy_outline": e.copy_outline, "delete": e.delete,
            "delete_subtree": lambda: e.delete(subtree=True), "select_all": e.select_all,
            "select_branch": e.select_branch,
            "find": self.find_bar.open_bar, "find_next": lambda: self.finder.step(+1),
            "find_previous": lambda: self.finder.step(-1), "palette": self.show_palette,
            "add_claim": lambda: e.add(Kind.CLAIM), "add_support": lambda: e.add(Kind.SUPPORT),
            "add_objection": lambda: e.add(Kind.OBJECTION), "add_rebuttal": lambda: e.add(Kind.REBUTTAL),
            "add_evidence": lambda: e.add(Kind.EVIDENCE), "add_sibling": lambda: e.add(Kind.SUPPORT, sibling=True),
            "edit_text": e.edit_text, "edit_title": e.edit_title, "quote_selection": self.sources.quote_selection,
            "flip_relation": e.flip_relation, "connect": e.connect_selected,
            "disconnect": e.disconnect_selected, "group": e.group, "ungroup": e.ungroup, "unpin": e.unpin,
            "undercut": e.undercut_selected, "rephrase": e.rephrase_selected, "share_premise": e.share_premise_selected,
            "collapse": e.toggle_collapse, "relayout": e.tidy,
            "zoom_in": self.view.zoom_in, "zoom_out": self.view.zoom_out, "zoom_reset": self.view.zoom_reset,
            "fit": self.view.fit_map, "zoom_selection": self.view.zoom_to_selection,
            "select_parent": lambda: e.go("parent"), "select_child": lambda: e.go("child"),
            "select_previous": lambda: e.go("previous"), "select_next": lambda: e.go("next"),
            "select_main": lambda: e.go("main"), "focus_canvas": self.focus_canvas,
            "keymap": self.show_keymap, "about": self.show_about,
            "print": self.printing.print_map, "print_preview": self.printing.preview,
            "user_guide": lambda: open_guide("", self),
        }
        for kind in Kind:
            handlers[f"kind_{kind.value}"] = partial(e.set_kind, kind)
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        self.undo_group.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_group.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: a["undo"].setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")))
        self.undo_group.redoTextChanged.connect(
            lambda text: a["redo"].setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")))
        a["direction_lr"].toggled.connect(self.set_direction)
        a["layout_columns"].triggered.connect(self.set_columns)
        themes = QActionGroup(self)
        for name in settings.THEMES:
            themes.addAction(a[f"theme_{name}"])
            a[f"theme_{name}"].triggered.connect(lambda _c=False, n=name: self.choose_theme(n))
        for name, dock in (("show_inspector", self.inspector_dock), ("show_outline", self.outline_dock),
                           ("show_history", self.history_dock), ("show_sources", self.sources_dock)):
            a[name].toggled.connect(lambda on, d=dock: self._show_dock(d, on))
            dock.visibilityChanged.connect(lambda _v, d=dock, act=a[name]: act.setChecked(not d.isHidden()))
        a["show_toolbar"].toggled.connect(lambda on: self.toolbar.setVisible(on))
        sizes = QActionGroup(self)
        for name, px in settings.TEXT_SIZES.items():
            sizes.addAction(a[f"text_size_{name}"])
            a[f"text_size_{name}"].triggered.connect(lambda _c=False, p=px: self.choose_text_size(p))
        languages = QActionGroup(self)
        for name in ("system", *LANGUAGES):
            languages.addAction(a[f"language_{name}"])
            a[f"language_{name}"].triggered.connect(lambda _c=False, n=name: self.choose_language(n))
        a[f"language_{settings.language_choice()}"].setChecked(True)
        a["full_screen"].toggled.connect(self.set_full_screen)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self.apply_theme())

    def _show_dock(self, dock: QDockWidget, on: bool) -> None:
        dock.setVisible(on)
        if on:
            dock.raise_()

    def _connect_canvas(self) -> None:
        s, e = self.scene, self.editor
        s.textEditCommitted.connect(e.commit_text)
        s.titleEditCommitted.connect(e.commit_title)
        s.moveFinished.connect(e.moved)
        s.connectRequested.connect(lambda source, target: e.connect_dragged(source, target))
        s.undercutRequested.connect(e.undercut_dragged)
        s.editRequested.connect(e.edit_text)
        s.editCancelled.connect(e.edit_cancelled)
        s.contextMenuRequested.connect(self.show_context_menu)
        s.selectionChanged.connect(self.selection_changed)
        s.layoutChanged.connect(self._status_timer.start)
        self.view.zoomChanged.connect(lambda zoom: self.zoom_label.setText(f"{round(zoom * 100)} %"))
        self.outline.selectionEdited.connect(self.outline_selected)
        self.sources.statementChosen.connect(lambda statement_id: self.outline_selected([statement_id]))
        self.sources.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # shown by its key, the dock takes the keyboard: Shift+arrows select a passage, Ctrl+Shift+U quotes it
        self.action_map["show_sources"].triggered.connect(lambda on: self.sources.text.setFocus() if on else None)

    # ------------------------------------------------------------ the document
    @property
    def autosaver(self) -> Autosaver:
        """Writes the document's recovery file now and then (the file controller keeps it)."""
        return self.files.autosaver

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window (the old one is dropped: ask to save before calling)."""
        old = self.document
        old.release()
        self.undo_group.removeStack(old.stack)
        self.document = document
        for controller in (self.files, self.editor, self.finder, self.debate):
            controller.set_document(document)
        self._show_document()
        old.deleteLater()

    def _show_document(self) -> None:
        """Follow ``self.document``: canvas, docks, evaluation, title and status."""
        # What this builds (items, the picture, the docks' rows) all stays alive: no collection walks it, then or later.
        with built_to_keep(len(self.document.amap), self):
            self._follow_document()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # letter keys work at once

    def _follow_document(self) -> None:
        document = self.document
        document.setParent(self)
        self.undo_group.addStack(document.stack)
        self.undo_group.setActiveStack(document.stack)
        document.modifiedChanged.connect(self.update_title)
        document.pathChanged.connect(self.update_title)
        document.editFailed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        document.mapChanged.connect(lambda _change: self._status_timer.start())
        document.mapChanged.connect(self._count_links)
        document.mapChanged.connect(self._follow_layout)
        self.action_map["layout_columns"].setChecked(document.amap.layout == "columns")
        blocked = self.scene.blockSignals(True)  # no half-built selection signals while the map switches
        try:
            self.scene.set_map(document.amap)
        finally:
            self.scene.blockSignals(blocked)
        self.teaching.map_shown()  # (its layoutChanged came blocked: what follows it is told now)
        self.drawing_label.setVisible(unfinished := self.scene.picture_unfinished())  # its arrows come seconds after its boxes
        self._evaluate_after_paint()
        self.evaluator.set_document(document)
        self.inspector.set_document(document)
        # a large map's outline rows just after the canvas's first paint, with its evaluation (see _release_evaluation)
        self.outline.set_document(document, later=unfinished and self._after_paint.isActive())
        self.sources.set_document(document)
        self.update_title()
        self.update_status()
        self.selection_changed()
        self.show_start_view()
        QTimer.singleShot(0, self, self._start_view_again)  # with self: not called once the window is deleted

    def _evaluate_after_paint(self) -> None:
        """A large map's whole evaluation (on a worker thread) waits for the canvas's first paint of it: meanwhile the
        worker held Python's lock for a tenth of the time, slowing the first picture (the strengths come a frame
        later). Not longer than AFTER_PAINT_MS: a hidden or minimised window never paints."""
        if self.isVisible():
            self.evaluator.live.hold()
            self.scene.make_rest_after(None)  # (and the arrows of a large map's staged picture: see MapScene._make_some)
            self._after_paint.start(AFTER_PAINT_MS)

    def _release_evaluation(self) -> None:
        self._after_paint.stop()
        self.outline.fill_later()  # (the rows a large map's opening put off: from the next turn, in slices)
        self.evaluator.live.release()
        self.scene.make_rest_after(0)

    def update_title(self) -> None:
        doc = self.document
        self.setWindowTitle(self.tr("%1[*] — argmap").replace("%1", doc.display_name()))
        self.setWindowModified(doc.is_modified())
        self.setWindowFilePath(str(doc.path) if doc.path else "")

    def update_status(self) -> None:
        amap = self.document.amap
        selected = len(self.scene.selected_ids())
        links = self._link_count()
        text = self.tr("%1 statements · %2 links").replace("%1", str(len(amap))).replace("%2", str(links))
        if selected:
            text += " · " + self.tr("%1 selected").replace("%1", str(selected))
        self.counts_label.setText(text)
        self.zoom_label.setText(f"{round(self.view.zoom() * 100)} %")
        self.empty_hint.setVisible(len(amap) == 0)
        self._place_hint()
        self.update_actions()  # an edit can empty the map or bring statements back
        self.announcer.refresh()  # the focused statement's text, strength or replies may have changed

    def _link_count(self) -> int:
        """How many links the map has, counted once per map and then followed edit by edit (networkx counts
        by walking every statement: 7 ms per edit at 10,000 statements)."""
        amap = self.document.amap
        if self._links_of is not amap:  # the lengths of the adjacency dicts: networkx's count asks each statement's degree
            succ: dict[str, dict] = amap.graph_view()._succ  # type: ignore[attr-defined]
            self._links_of, self._links = amap, sum(map(len, succ.values()))
        return self._links

    def _count_links(self, change: object) -> None:
        if self._links_of is self.document.amap:
            if isinstance(change, EdgeAdded):
                self._links += 1
            elif isinstance(change, EdgeRemoved):
                self._links -= 1

    def _place_hint(self) -> None:
        viewport = self.view.viewport()
        self.empty_hint.setGeometry(0, 0, viewport.width(), viewport.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._place_hint()
        elif event.type() == QEvent.Type.Paint and self._after_paint.isActive() and watched is self.view.viewport():
            self._after_paint.start(0)  # just after this paint
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ selection
    def selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        self.inspector.set_selection(ids)
        self.outline.select_ids(ids)
        self.sources.show_statement(ids)
        self.update_actions(ids)
        self._status_timer.start()
        focus = self.scene.focusItem()
        focused = getattr(focus, "statement_id", None) if focus is not None and focus.isSelected() else None
        self.announcer.announce(focused or (ids[0] if ids else None))

    def _fresh_evaluation(self) -> tuple[Mapping[str, float], Mapping[str, Status]] | None:
        """The live evaluation's strengths and verdicts (what the boxes show) when they are up to date, else None."""
        live = self.evaluator.live
        if live.active and not live.stale and live.result.values:
            return live.result.values, live.result.statuses
        if live.coming:  # the worker's result is not in yet: the last known (said again when it comes, see _evaluated)
            self._announced_early = True  # (evaluating the whole map here took 1.95 s at 50,000 statements)
            return live.result.values, live.result.statuses
        return None

    def _evaluated(self, _result: object) -> None:
        """A new evaluation is in: the focused statement said again if it was said with older strengths (once the
        evaluation is of the map as it is: else another follows, see LiveEvaluation._apply_finished)."""
        if self._announced_early and not self.evaluator.live.stale:
            self._announced_early = False
            self.announcer.refresh()

    def outline_selected(self, ids: list[str]) -> None:
        self.scene.select_ids(ids, focus=False)
        if ids:
            self.view.ensure_visible(ids[0])

    def update_actions(self, ids: list[str] | None = None) -> None:
        ids = self.scene.selected_ids() if ids is None else ids
        a = self.action_map
        one_or_more = bool(ids)
        for name in ("add_support", "add_objection", "add_rebuttal", "add_evidence", "add_sibling", "edit_text", "edit_title",
                     "delete", "delete_subtree", "cut", "copy", "flip_relation", "connect", "disconnect", "unpin",
                     "collapse", "zoom_selection", "select_branch", "kind_claim", "kind_support", "kind_objection", "kind_rebuttal",
                     "kind_evidence", "ungroup", "undercut", "rephrase", "share_premise"):
            a[name].setEnabled(one_or_more)
        a["group"].setEnabled(len(ids) >= 2)
        empty = len(self.document.amap) == 0
        if empty:  # the first statement of a map is its main claim, whatever key made it
            for name in ("add_support", "add_objection", "add_rebuttal", "add_evidence"):
                a[name].setEnabled(True)

    def focus_canvas(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------ context menu, palette, help
    def show_context_menu(self, statement_id: str, at: QPoint) -> None:
        if statement_id and statement_id not in self.scene.selected_ids():
            self.scene.select_ids([statement_id])
        menu: QMenu = context_menu(self, STATEMENT_MENU if statement_id else BACKGROUND_MENU, self.action_map)
        dialogs.exec_menu(menu, at)
        menu.deleteLater()

    def all_actions(self) -> list[QAction]:
        return list(self.action_map.values())

    def show_palette(self) -> QAction | None:
        return run_palette(self.all_actions(), self)

    def show_keymap(self) -> None:
        if open_help_for_focus(self):  # F1 in a dock: its part of the user guide
            return
        from argmap.gui.keymap import KeymapDialog

        dialog = KeymapDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from argmap import __version__

        QMessageBox.about(self, self.tr("About argmap"), self.tr(
            "<h3>argmap %1</h3><p>Argument mapping on the desktop: build, lay out, evaluate and export "
            "argument maps.</p><p>MIT licence.</p>").replace("%1", __version__))

    # ------------------------------------------------------------ look
    def choose_theme(self, choice: str) -> None:
        settings.set_theme_choice(choice)
        self.apply_theme()

    def apply_theme(self) -> None:
        choice = settings.theme_choice()
        self.action_map[f"theme_{choice}"].setChecked(True)
        name = settings.effective_theme(choice, settings.system_is_dark())
        settings.apply_app_palette(name)
        self.theme_name = name
        size = settings.text_size()
        for size_name, px in settings.TEXT_SIZES.items():
            self.action_map[f"text_size_{size_name}"].setChecked(px == size)
        theme = Theme.named(name, font_size=size)  # GUI exports draw the scene, so they follow the size too
        self.scene.set_theme(theme)
        for kind in Kind:
            action = self.action_map[f"add_{kind.value}" if kind != Kind.CLAIM else "add_claim"]
            action.setIcon(kind_icon(kind, Theme.light()))

    def choose_language(self, choice: str) -> None:
        """View > Language: remembered; every window, dock and dialog is built in it from the next start."""
        settings.set_language_choice(choice)
        self.statusBar().showMessage(self.tr("The language changes when argmap starts again."), 8000)

    def choose_text_size(self, px: int) -> None:
        """View > Text size: boxes measure again and the map lays out again; remembered."""
        settings.set_text_size(px)
        fitted = self.view.is_fitted()
        self.apply_theme()
        if fitted:  # the whole map stays in view at its new size
            self.view.fit_map()

    def set_full_screen(self, on: bool) -> None:
        """View > Full screen (F11): the window fills the screen; F11 again brings the old window back."""
        if on == self.isFullScreen():
            return
        if on:
            self._state_before_full_screen = self.windowState() & ~Qt.WindowState.WindowFullScreen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        else:
            self.setWindowState(self._state_before_full_screen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:  # also when the window manager changes it
            self.action_map["full_screen"].setChecked(self.isFullScreen())
        super().changeEvent(event)

    def set_direction(self, left_to_right: bool) -> None:
        self.scene.set_direction("LR" if left_to_right else "TB")
        self.action_map["layout_columns"].setEnabled(not left_to_right)  # columns are top-down only
        settings.settings().setValue("view/direction", "LR" if left_to_right else "TB")

    def set_columns(self, on: bool) -> None:
        """View > Columns: the map's own arrangement, one undo step (saved with the map)."""
        self.document.execute(SetLayout(self.document.amap, "columns" if on else "tree"))
        self.action_map["layout_columns"].setChecked(self.document.amap.layout == "columns")

    def _follow_layout(self, change: object) -> None:
        if isinstance(change, LayoutChanged):  # undo and redo too
            self.action_map["layout_columns"].setChecked(change.layout == "columns")

    # ------------------------------------------------------------ settings and closing
    def restore_settings(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = s.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        else:  # first start: room for the outline's texts (before the window is shown Qt ignores the sizes)
            QTimer.singleShot(0, self, lambda: self.resizeDocks([self.outline_dock, self.inspector_dock],
                                                                [DOCK_WIDTH, DOCK_WIDTH], Qt.Orientation.Horizontal))
        QTimer.singleShot(0, self.outline_dock, self.outline_dock.raise_)  # the outline, not the history, in front (tabs exist once shown)
        self.action_map["show_toolbar"].setChecked(not self.toolbar.isHidden())
        for name, dock in (("show_inspector", self.inspector_dock), ("show_outline", self.outline_dock),
                           ("show_history", self.history_dock), ("show_sources", self.sources_dock)):
            self.action_map[name].setChecked(not dock.isHidden())
        self.action_map["direction_lr"].setChecked(s.value("view/direction", "TB") == "LR")
        self.apply_theme()
        self.evaluator.restore()

    def save_settings(self) -> None:
        s = settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_settings()
        self.files.stop_autosave()
        self.document.release()
        stop_keeping(self)  # its map's objects are the collector's again (gc_pause.built_to_keep)
        self.evaluator.live.detach()
        self._after_paint.stop()  # nothing of this window runs after it is closed: its timers, nor its event filter
        self.view.viewport().removeEventFilter(self)
        self.scene.blockSignals(True)
        self.scene.detach()
        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()

    # ------------------------------------------------------------ drag and drop of map files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.files.dropped_path(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.files.open_path(path))
