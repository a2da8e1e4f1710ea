"""File > Print… and Print preview: Qt's print dialogs with argmap's page options.

The options (one page or tiles, the current theme or print-friendly colours, the whole map
or the selection) sit in a tab of the print dialog and above the preview, where changing
them redraws the preview at once. The pages paint the scene's own Diagram.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from argmap.drawing.diagram import Diagram, build_diagram
from argmap.drawing.theme import Theme
from argmap.export.printing import PageOptions, page_count, print_diagram
from argmap.gui.canvas.scene import MapScene
from argmap.gui.user_guide import mark_dialog


class PrintOptions(QWidget):
    """Pages, colours and what to print; ``changed`` is called whenever one of them changes."""

    def __init__(self, has_selection: bool, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_options")
        self.setWindowTitle(self.tr("Map"))  # the tab's title in the print dialog
        form = QFormLayout(self)
        self.pages = QComboBox()
        self.pages.setObjectName("print_pages")
        self.pages.addItem(self.tr("Fit on one page"), 0.0)
        for percent in (100, 150, 200):
            self.pages.addItem(self.tr("Tile at %1 % (overlapping pages)").replace("%1", str(percent)), percent / 100)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.colours = QComboBox()
        self.colours.setObjectName("print_colours")
        self.colours.addItem(self.tr("Print-friendly (light, on white paper)"), True)
        self.colours.addItem(self.tr("The current theme"), False)
        self.colours.setAccessibleName(self.tr("Colours"))
        self.what = QComboBox()
        self.what.setObjectName("print_what")
        self.what.addItem(self.tr("The whole map"), False)
        if has_selection:
            self.what.addItem(self.tr("The selected statements"), True)
        self.what.setAccessibleName(self.tr("What to print"))
        self.count = QLabel()
        self.count.setObjectName("print_count")
        form.addRow(self.tr("&Pages:"), self.pages)
        form.addRow(self.tr("&Colours:"), self.colours)
        form.addRow(self.tr("P&rint:"), self.what)
        form.addRow(self.tr("Sheets:"), self.count)
        for box in (self.pages, self.colours, self.what):
            box.currentIndexChanged.connect(lambda _i: changed())

    @property
    def tile_scale(self) -> float:
        return float(self.pages.currentData())

    @property
    def print_friendly(self) -> bool:
        return bool(self.colours.currentData())

    @property
    def selection_only(self) -> bool:
        return bool(self.what.currentData())


class PrintController(QObject):
    """Print and Print preview for one window's canvas. The printer (and its settings) lasts as long as the window."""

    def __init__(self, scene: MapScene, *, dialog_parent: QWidget, show_message: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.dialog_parent = dialog_parent
        self.show_message = show_message
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName("argmap")
        self._oriented = False

    # ------------------------------------------------------------ what goes on paper
    def diagram(self, *, print_friendly: bool, selection_only: bool) -> Diagram:
        """The canvas's picture; print-friendly: the same map drawn in the light theme at the same text size."""
        scene = self.scene
        if print_friendly and scene.theme.name != "light":
            diagram = build_diagram(scene.amap, Theme.light().with_font_size(scene.theme.font_size),
                                    direction=scene.direction, evaluation=scene.evaluation)
        else:
            diagram = scene.diagram()
        ids = scene.selected_ids()
        return diagram.only(ids) if selection_only and ids else diagram

    def page_options(self, options: PrintOptions) -> PageOptions:
        background = None if options.print_friendly else QColor(self.scene.theme.background)
        scale = options.tile_scale
        return PageOptions(tile=scale > 0, scale=scale or 1.0, background=background)

    def paint(self, printer: QPrinter, options: PrintOptions) -> int:
        diagram = self.diagram(print_friendly=options.print_friendly, selection_only=options.selection_only)
        if not diagram.boxes:
            return 0
        return print_diagram(diagram, printer, self.page_options(options))

    def _count(self, options: PrintOptions) -> None:
        diagram = self.diagram(print_friendly=options.print_friendly, selection_only=options.selection_only)
        n = page_count(diagram, self.printer, self.page_options(options)) if diagram.boxes else 0
        options.count.setText(self.tr("1 page") if n == 1 else self.tr("%1 pages").replace("%1", str(n)))

    # ------------------------------------------------------------ the commands
    def _orient(self) -> None:
        """At the first print, the paper turned the way the map is (a wide map in landscape); the dialogs may change it."""
        if not self._oriented:
            self._oriented = True
            bounds = self.scene.diagram().bounds()
            wide = bounds.width() > bounds.height()
            self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)

    def print_map(self) -> bool:
        """File > Print… (Ctrl+P): Qt's print dialog with a Map tab of options; prints on OK."""
        self._orient()
        options = PrintOptions(bool(self.scene.selected_ids()), lambda: self._count(options))
        self._count(options)
        dialog = QPrintDialog(self.printer, self.dialog_parent)
        dialog.setObjectName("print_dialog")
        mark_dialog(dialog, "desktop.md#Print")  # F1: the guide's part on printing
        dialog.setWindowTitle(self.tr("Print map"))
        dialog.setOptionTabs([options])
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            pages = self.paint(self.printer, options)
            if pages:
                self.show_message(self.tr("Printed %1 pages").replace("%1", str(pages)), 5000)
            else:
                self.show_message(self.tr("Nothing printed: the printer did not start or the map is empty"), 8000)
        dialog.deleteLater()
        return accepted

    def preview(self) -> None:
        """File > Print preview: the pages as they will print; the options above them redraw them at once."""
        self._orient()
        dialog = QPrintPreviewDialog(self.printer, self.dialog_parent)
        dialog.setObjectName("print_preview")
        mark_dialog(dialog, "desktop.md#Print")
        dialog.setWindowTitle(self.tr("Print preview"))
        widget = dialog.findChild(QPrintPreviewWidget)

        def changed() -> None:
            self._count(options)
            if widget is not None:
                widget.updatePreview()

        options = PrintOptions(bool(self.scene.selected_ids()), changed)
        self._count(options)
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(options)
        dialog.paintRequested.connect(lambda printer: self.paint(printer, options))
        dialog.resize(1000, 800)
        dialog.exec()
        dialog.deleteLater()
