"""Menu bar, toolbar and context menus, all built from the one set of QActions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from argmap.gui.actions import EDIT, FILE, GO, HELP, STATEMENT, VIEW, menu_title

#: Menu layout: action names, "-" for a separator, ("title", [...]) for a submenu, "recent" for Open Recent.
MENUS: list[tuple[str, list]] = [
    (FILE, ["new", "new_window", "open", "recent", "-", "save", "save_as", "-", "import", "export", "export_brief", "-",
            "map_properties", "-",
            "close", "quit"]),
    (EDIT, ["undo", "redo", "-", "cut", "copy", "paste", "-", "delete", "delete_subtree", "select_all", "select_branch", "-",
            "find", "find_next", "find_previous", "-", "palette"]),
    (STATEMENT, ["add_claim", "add_support", "add_objection", "add_rebuttal", "add_evidence", "add_sibling", "-",
                 "edit_text", "edit_title", "quote_selection",
                 ("Change &kind", ["kind_claim", "kind_support", "kind_objection", "kind_rebuttal",
                                                "kind_evidence"]),
                 "flip_relation", "-", "connect", "disconnect", "group", "ungroup", "-", "unpin", "collapse"]),
    (VIEW, ["zoom_in", "zoom_out", "zoom_reset", "fit", "zoom_selection", "-", "relayout", "direction_lr", "layout_columns", "-",
            ("T&heme", ["theme_system", "theme_light", "theme_dark"]),
            ("Te&xt size", ["text_size_small", "text_size_normal", "text_size_large", "text_size_larger"]),
            "full_screen", "-",
            "show_evaluation", "show_sides", "-", "show_inspector", "show_outline", "show_sources",
            "show_findings", "show_history", "show_toolbar"]),
    (GO, ["select_parent", "select_child", "select_previous", "select_next", "select_main", "-", "next_finding", "drill", "-",
          "focus_canvas"]),
    (HELP, ["keymap", "about"]),
]

TOOLBAR = ["new", "open", "save", "-", "undo", "redo", "-", "add_claim", "add_support", "add_objection",
           "add_rebuttal", "add_evidence", "-", "delete", "-", "fit", "zoom_in", "zoom_out", "-", "find"]

STATEMENT_MENU = ["add_support", "add_objection", "add_rebuttal", "add_evidence", "add_sibling", "-", "edit_text", "edit_title",
                  ("Change &kind", ["kind_claim", "kind_support", "kind_objection", "kind_rebuttal",
                                    "kind_evidence"]),
                  "flip_relation", "-", "connect", "disconnect", "group", "ungroup", "-", "unpin", "collapse", "-",
                  "select_branch", "-", "cut", "copy", "paste", "-", "delete", "delete_subtree"]

BACKGROUND_MENU = ["add_claim", "paste", "-", "select_all", "fit", "relayout"]

STANDARD_ICONS = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "find": QStyle.StandardPixmap.SP_FileDialogContentsView,
}


def fill_menu(menu: QMenu, entries: list, actions: dict[str, QAction], recent_menu: QMenu | None = None) -> None:
    for entry in entries:
        if entry == "-":
            menu.addSeparator()
        elif entry == "recent":
            if recent_menu is not None:
                menu.addMenu(recent_menu)
        elif isinstance(entry, tuple):
            title, names = entry
            sub = menu.addMenu(menu_title(title))
            sub.setObjectName("menu_" + "".join(c for c in title.lower() if c.isalpha()))
            fill_menu(sub, names, actions)
        else:
            menu.addAction(actions[entry])


def build_menu_bar(window: QMainWindow, actions: dict[str, QAction], recent_menu: QMenu) -> None:
    bar = window.menuBar()
    for title, entries in MENUS:
        menu = bar.addMenu(menu_title(title))
        menu.setObjectName("menu_" + "".join(c for c in title.lower() if c.isalpha()))
        fill_menu(menu, entries, actions, recent_menu)


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    toolbar = QToolBar(window.tr("Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName(window.tr("Main toolbar"))
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    style = window.style()
    for name, pixmap in STANDARD_ICONS.items():
        if actions[name].icon().isNull():
            actions[name].setIcon(style.standardIcon(pixmap))
    for entry in TOOLBAR:
        if entry == "-":
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[entry])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def context_menu(window: QMainWindow, entries: list, actions: dict[str, QAction]) -> QMenu:
    menu = QMenu(window)
    fill_menu(menu, entries, actions)
    return menu
