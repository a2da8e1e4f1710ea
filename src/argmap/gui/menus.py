"""Menu bar, toolbar and context menus, all built from the one set of QActions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton

from argmap.gui.actions import EDIT, FILE, GO, HELP, STATEMENT, VIEW, N, menu_title

#: Menu layout: action names, "-" for a separator, ("title", [...]) for a submenu, "recent" for Open Recent.
MENUS: list[tuple[str, list]] = [
    (FILE, ["new", "new_from_template", "new_window", "open", "recent", "-", "save", "save_as", "-", "import", "export",
            "export_brief", "export_worksheet", "-", "print_preview", "print", "-", "map_properties", "-", "compare", "-",
            "close", "quit"]),
    (EDIT, ["undo", "redo", "-", "cut", "copy", "copy_picture", "copy_outline", "paste", "-", "delete", "delete_subtree",
            "select_all", "select_branch", "-",
            "find", "find_next", "find_previous", "-", "palette"]),
    (STATEMENT, ["add_claim", "add_support", "add_objection", "add_rebuttal", "add_evidence", "add_sibling", "-",
                 "edit_text", "edit_title", "quote_selection",
                 (N("Change &kind"), ["kind_claim", "kind_support", "kind_objection", "kind_rebuttal",
                                                "kind_evidence"]),
                 "flip_relation", "-", "connect", "disconnect", "group", "ungroup",
                 "undercut", "rephrase", "share_premise", "-", "set_scheme", "raise_question",
                 "edit_comment", "-", "unpin", "collapse"]),
    (VIEW, ["zoom_in", "zoom_out", "zoom_reset", "fit", "zoom_selection", "-", "relayout", "direction_lr", "layout_columns", "-",
            (N("T&heme"), ["theme_system", "theme_light", "theme_dark", "theme_high_contrast"]),
            (N("Te&xt size"), ["text_size_small", "text_size_normal", "text_size_large", "text_size_larger"]),
            (N("&Language"), ["language_system", "language_en", "language_ja"]),
            "full_screen", "present", "present_breadth_first", "-",
            "show_evaluation", "show_sides",
            (N("Strength &semantics"), ["semantics_dfquad", "semantics_quadratic_energy", "semantics_euler"]),
            "-", "show_inspector", "show_outline", "show_sources", "show_findings", "show_analysis", "show_questions",
            "show_comments", "show_history", "show_toolbar"]),
    (GO, ["select_parent", "select_child", "select_previous", "select_next", "select_main", "-", "next_finding", "drill", "-",
          "focus_canvas"]),
    (HELP, ["user_guide", "keymap", "about"]),
]

TOOLBAR = ["new", "open", "save", "-", "undo", "redo", "-", "add_claim", "add_support", "add_objection",
           "add_rebuttal", "add_evidence", "-", "delete", "-", "fit", "zoom_in", "zoom_out", "-", "find"]

STATEMENT_MENU = ["add_support", "add_objection", "add_rebuttal", "add_evidence", "add_sibling", "-", "edit_text", "edit_title",
                  (N("Change &kind"), ["kind_claim", "kind_support", "kind_objection", "kind_rebuttal",
                                    "kind_evidence"]),
                  "flip_relation", "-", "connect", "disconnect", "group", "ungroup",
                 "undercut", "rephrase", "share_premise", "-", "set_scheme", "raise_question", "edit_comment",
                  "-", "unpin", "collapse", "-", "select_branch", "-", "cut", "copy", "paste", "-", "delete", "delete_subtree"]

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
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Main toolbar"))
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
    # Qt's ">>" button for the tools that do not fit has no name: a screen reader said "check box" and nothing more.
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(QCoreApplication.translate("MainWindow", "More tools"))
        more.setToolTip(more.accessibleName())
    return toolbar


def context_menu(window: QMainWindow, entries: list, actions: dict[str, QAction]) -> QMenu:
    menu = QMenu(window)
    fill_menu(menu, entries, actions)
    return menu
