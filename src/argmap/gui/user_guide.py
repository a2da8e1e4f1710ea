"""Help > User guide: the Markdown pages of docs/ shown inside argmap, offline; F1 opens the part about where you are.

The pages ship with argmap (package data; :func:`argmap.package_files.docs_dir`). A
QTextBrowser renders them with QTextDocument's own Markdown reader, pictures included.
Links to another page open it here; web links open in the browser.

Context help: the docks' parts are listed in :data:`DOCK_SECTIONS`; a widget (a dialog) names its part with the dynamic property
``help_section``, ``"page.md"`` or ``"page.md#words to find"`` (:func:`mark_dialog` also gives a
dialog its own F1). F1 pressed anywhere inside it opens the guide there; where nothing names a
part, F1 does what its shortcut says (the keyboard shortcuts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from argmap.package_files import docs_dir

#: The pages in reading order; other pages of docs/ follow by name.
ORDER = ("editor.md", "commands.md", "desktop.md", "layout.md", "drawing.md", "export.md", "formats.md")
HELP_PROPERTY = "help_section"
#: The part of the guide about each dock (by object name): F1 anywhere inside the dock opens it.
DOCK_SECTIONS = {
    "dock_inspector": "editor.md#Inspector (right)",
    "dock_outline": "editor.md#Outline (left)",
    "dock_history": "editor.md#Undo history tab",
    "dock_findings": "editor.md#Findings (left",
    "dock_analysis": "editor.md#Analysis (right",
    "dock_comments": "teaching.md#Comments",
    "dock_compare": "teaching.md#Comparing with a model answer",
    "dock_questions": "teaching.md#Argument schemes",
}
#: Widest picture in a page (pixels): a screenshot fits beside the list of pages.
PICTURE_WIDTH = 640


def guide_pages(folder: Path | None = None) -> list[tuple[str, str]]:
    """(file name, title from its first heading) of every page of the guide."""
    folder = folder or docs_dir()
    names = sorted((p.name for p in folder.glob("*.md")), key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    pages = []
    for name in names:
        title = name.removesuffix(".md")
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
        pages.append((name, title))
    return pages


class UserGuide(QDialog):
    """The guide's window: the pages on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("argmap user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.folder = docs_dir()
        self.pages = QListWidget()
        self.pages.setObjectName("user_guide_pages")
        self.pages.setAccessibleName(self.tr("Pages of the user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide_text")
        self.browser.setAccessibleName(self.tr("User guide page"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        for name, title in guide_pages(self.folder):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.pages.addItem(item)
        self.pages.setWordWrap(True)
        self.pages.setMaximumWidth(280)
        self.pages.currentItemChanged.connect(
            lambda item, _old: self.show_page(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.browser, 1)
        self.page = ""
        self.resize(1000, 720)

    def show_page(self, name: str, find: str | None = None) -> bool:
        """Show ``name`` (a page of the guide) scrolled to the first place where ``find`` is written; False if no such page."""
        path = self.folder / name
        if not path.is_file():
            return False
        if name != self.page:
            self.page = name
            document = self.browser.document()
            document.setBaseUrl(QUrl.fromLocalFile(str(self.folder) + "/"))  # pictures next to the page
            document.setMarkdown(path.read_text(encoding="utf-8"))
            self._fit_pictures()
            for row in range(self.pages.count()):
                if self.pages.item(row).data(Qt.ItemDataRole.UserRole) == name:
                    blocked = self.pages.blockSignals(True)
                    self.pages.setCurrentRow(row)
                    self.pages.blockSignals(blocked)
        self.scroll_to(find)
        return True

    def _fit_pictures(self) -> None:
        """Pictures (screenshots are 1,400 px wide) at most as wide as a reading column; the height follows."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                image = fragment.charFormat().toImageFormat() if fragment.charFormat().isImageFormat() else None
                if image is not None:
                    picture = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(image.name()))
                    width = picture.width() if hasattr(picture, "width") else 0
                    if width > PICTURE_WIDTH:
                        image.setWidth(PICTURE_WIDTH)
                        image.setHeight(picture.height() * PICTURE_WIDTH / width)
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def scroll_to(self, find: str | None) -> None:
        """The place where ``find`` is written at the top of the view (or the top of the page)."""
        document = self.browser.document()
        found = QTextCursor()
        if find:
            block = document.begin()
            while block.isValid():  # a heading of that name first, else the first place the words are written
                if block.blockFormat().headingLevel() and block.text().strip().lower() == find.strip().lower():
                    found = QTextCursor(block)
                    break
                block = block.next()
            if found.isNull():
                found = document.find(find)
        if found.isNull():
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.verticalScrollBar().setValue(0)
            return
        found.clearSelection()
        self.browser.setTextCursor(found)
        top = document.documentLayout().blockBoundingRect(found.block()).top()
        self.browser.verticalScrollBar().setValue(round(top))

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        page, _, anchor = target.partition("#")
        name = Path(page).name if page else self.page
        if not self.show_page(name, anchor.replace("-", " ") or None):
            QDesktopServices.openUrl(url)


_open: list[UserGuide] = []


def open_guide(section: str = "", parent: QWidget | None = None) -> UserGuide:
    """Show the guide at ``section`` (``"page.md#words"``; empty: the first page). One guide window is reused.

    Over a modal dialog the guide becomes that dialog's child, so that it takes clicks and keys."""
    modal = QApplication.activeModalWidget()
    owner = modal or parent
    guide = next((g for g in _open if g.parentWidget() is owner), None)
    if guide is None:
        guide = UserGuide(owner)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.destroyed.connect(lambda _obj=None, g=guide: _open.remove(g) if g in _open else None)
        _open.append(guide)
    page, _, find = section.partition("#")
    if not guide.show_page(page or ORDER[0], find or None):
        guide.show_page(guide_pages(guide.folder)[0][0])
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def help_section(widget: QWidget | None) -> str:
    """The part of the guide about ``widget``: its own ``help_section`` or that of the nearest window part around it."""
    while widget is not None:
        value = widget.property(HELP_PROPERTY) or (DOCK_SECTIONS.get(widget.objectName()) if isinstance(widget, QDockWidget) else None)
        if value:
            return str(value)
        widget = widget.parentWidget()
    return ""


def open_help_for_focus(parent: QWidget | None) -> bool:
    """F1: the guide at the focused part's section, if that part names one (else False: F1 lists the shortcuts).

    Called by the F1 action of the window, and by each marked dialog's own F1 shortcut: no
    application-wide event filter, which would run Python for every event of every widget
    (1.7 million times while a 10,000-statement map opened).
    """
    section = help_section(QApplication.focusWidget())
    if not section:
        return False
    open_guide(section, QApplication.activeWindow() or parent)
    return True


def mark(widget: QWidget, section: str) -> None:
    """Name the part of the guide that F1 opens inside ``widget`` (a dock: the window's F1 asks it)."""
    widget.setProperty(HELP_PROPERTY, section)


def mark_dialog(dialog: QWidget, section: str) -> None:
    """As :func:`mark`, for a dialog: the window's shortcuts do not reach into it, so it gets its own F1."""
    mark(dialog, section)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: open_guide(help_section(QApplication.focusWidget()) or section, dialog))

