"""Every user command as a QAction: one table of names, texts, shortcuts and status tips.

Menus, the toolbar, context menus, the command palette, tests and ``docs/commands.md``
all read this table, so they cannot disagree. Shortcuts marked ``canvas`` work while
the map canvas has the keyboard focus (plain letters and arrows must not steal keys
from text fields or the outline); the others work anywhere in the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def N(text: str) -> str:  # marks a string for translation; translated when the action is built
    return text


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  # objectName is "action_" + name
    menu: str  # where it lives in the menu bar (also the docs section)
    text: str
    tip: str
    shortcuts: tuple[str, ...] = ()
    canvas: bool = False  # shortcut active only while the canvas has focus
    checkable: bool = False

    @property
    def object_name(self) -> str:
        return f"action_{self.name}"


FILE, EDIT, STATEMENT, VIEW, GO, HELP = (N("&File"), N("&Edit"), N("&Statement"), N("&View"), N("&Go"), N("&Help"))

SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", FILE, N("&New map"), N("Start a new, empty map in this window"), ("Ctrl+N",)),
    ActionSpec("new_window", FILE, N("New &window"), N("Open another editor window"), ("Ctrl+Shift+N",)),
    ActionSpec("open", FILE, N("&Open…"), N("Open a map file"), ("Ctrl+O",)),
    ActionSpec("save", FILE, N("&Save"), N("Save the map to its file"), ("Ctrl+S",)),
    ActionSpec("save_as", FILE, N("Save &as…"), N("Save the map to a new file"), ("Ctrl+Shift+S",)),
    ActionSpec("import", FILE, N("&Import…"),
               N("Open an Argdown, AIF, Kialo, GraphML, Markdown outline or OPML file as a new, untitled map"), ("Ctrl+I",)),
    ActionSpec("export", FILE, N("&Export…"),
               N("Export the map as an image (PNG, SVG, PDF) or for another tool (Argdown, AIF, Kialo, GraphML, "
                 "Markdown outline, OPML, DOT, Mermaid)"), ("Ctrl+E",)),
    ActionSpec("print_preview", FILE, N("Print pre&view…"),
               N("See the pages before printing: one page or tiles, theme or print-friendly colours")),
    ActionSpec("print", FILE, N("&Print…"),
               N("Print the map or the selection: fitted on one page or tiled over several with overlap marks"),
               ("Ctrl+P",)),
    ActionSpec("export_brief", FILE, N("Export &brief…"),
               N("Write a debate brief for one side: our case, blocks with prepared answers, what is unanswered and "
                 "a timed speech outline (Markdown, HTML, Word, PDF)")),
    ActionSpec("export_worksheet", FILE, N("Export &worksheet…"),
               N("Export the map with the selected statements (or every statement of one kind) left blank, as PNG or PDF,"
                 " for students to fill in; the answer key is the usual export")),
    ActionSpec("new_from_template", FILE, N("New from &template…"),
               N("Start a new map from a teaching template (policy proposal, scheme practice, debate, notation)")),
    ActionSpec("compare", FILE, N("Compare with &model answer…"),
               N("Compare this map with a model answer: marks on the boxes, what is missing (add it here) and the coverage"),
               ("Ctrl+Alt+D",)),
    ActionSpec("map_properties", FILE, N("Map &title and description…"), N("Change the map's title and description")),
    ActionSpec("close", FILE, N("&Close map"), N("Close the map (asks to save changes)"), ("Ctrl+W",)),
    ActionSpec("quit", FILE, N("&Quit"), N("Close every window and quit argmap"), ("Ctrl+Q",)),
    # Edit
    ActionSpec("undo", EDIT, N("&Undo"), N("Undo the last change"), ("Ctrl+Z",)),
    ActionSpec("redo", EDIT, N("&Redo"), N("Redo the last undone change"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("cut", EDIT, N("Cu&t"), N("Cut the selected statements with everything under them"), ("Ctrl+X",)),
    ActionSpec("copy", EDIT, N("&Copy"), N("Copy the selected statements with everything under them"), ("Ctrl+C",)),
    ActionSpec("copy_picture", EDIT, N("Copy as p&icture"),
               N("Copy the selected statements, or the whole map, as a picture (PNG and SVG) for slides and documents"),
               ("Ctrl+Shift+C",)),
    ActionSpec("copy_outline", EDIT, N("Copy as &outline"),
               N("Copy the selected statements with what hangs under them, or the whole map, as a Markdown outline"),
               ("Ctrl+Alt+C",)),
    ActionSpec("paste", EDIT, N("&Paste"),
               N("Paste statements, or an outline (Markdown or indented text, Pro:/Con: or +/-), under the selected statement"),
               ("Ctrl+V",)),
    ActionSpec("delete", EDIT, N("&Delete"), N("Delete the selected statements and their links"), ("Del",),
               canvas=True),
    ActionSpec("delete_subtree", EDIT, N("Delete with &subtree"),
               N("Delete the selected statements and everything that supports or attacks them"), ("Shift+Del",),
               canvas=True),
    ActionSpec("select_all", EDIT, N("Select &all"), N("Select every statement"), ("Ctrl+A",), canvas=True),
    ActionSpec("select_branch", EDIT, N("Select &branch"),
               N("Select the selected statements and everything that supports or attacks them (to export one branch)"),
               ("Ctrl+Shift+B",), canvas=True),
    ActionSpec("find", EDIT, N("&Find…"), N("Find statements by their text, notes or tags"), ("Ctrl+F",)),
    ActionSpec("find_next", EDIT, N("Find &next"), N("Select the next match"), ("F3",)),
    ActionSpec("find_previous", EDIT, N("Find pre&vious"), N("Select the previous match"), ("Shift+F3",)),
    ActionSpec("palette", EDIT, N("Command &palette…"), N("Type to find and run any command"), ("Ctrl+Shift+P",)),
    # Statement
    ActionSpec("add_claim", STATEMENT, N("Add main &claim"), N("Add a new main claim, not linked to anything"),
               ("C",), canvas=True),
    ActionSpec("add_support", STATEMENT, N("Add &support"), N("Add a reason supporting the selected statement"),
               ("S",), canvas=True),
    ActionSpec("add_objection", STATEMENT, N("Add &objection"), N("Add an objection against the selected statement"),
               ("O",), canvas=True),
    ActionSpec("add_rebuttal", STATEMENT, N("Add &rebuttal"), N("Add a rebuttal answering the selected objection"),
               ("R",), canvas=True),
    ActionSpec("add_evidence", STATEMENT, N("Add &evidence"), N("Add evidence for the selected statement"),
               ("E",), canvas=True),
    ActionSpec("add_sibling", STATEMENT, N("Add si&bling"),
               N("Add a statement of the same kind under the same parent as the selected one"), ("Return",),
               canvas=True),
    ActionSpec("edit_text", STATEMENT, N("&Edit text"), N("Edit the selected statement's text in place"), ("F2",)),
    ActionSpec("edit_title", STATEMENT, N("Edit t&itle"),
               N("Type the selected statement's title: a short tag line shown in bold above its text"), ("Shift+F2",)),
    ActionSpec("quote_selection", STATEMENT, N("&Quote as evidence"),
               N("Make the passage selected in the Sources dock a new evidence under the selected statement, the quote attached"),
               ("Ctrl+Shift+U",)),
    ActionSpec("kind_claim", STATEMENT, N("Make claim"), N("Turn the selected statements into claims"), ("Alt+1",)),
    ActionSpec("kind_support", STATEMENT, N("Make support"), N("Turn the selected statements into supports"),
               ("Alt+2",)),
    ActionSpec("kind_objection", STATEMENT, N("Make objection"), N("Turn the selected statements into objections"),
               ("Alt+3",)),
    ActionSpec("kind_rebuttal", STATEMENT, N("Make rebuttal"), N("Turn the selected statements into rebuttals"),
               ("Alt+4",)),
    ActionSpec("kind_evidence", STATEMENT, N("Make evidence"), N("Turn the selected statements into evidence"),
               ("Alt+5",)),
    ActionSpec("flip_relation", STATEMENT, N("&Flip support/attack"),
               N("Turn the selected statements' links from support to attack or back"), ("T",), canvas=True),
    ActionSpec("connect", STATEMENT, N("Co&nnect…"), N("Link two selected statements: one supports or attacks the other"),
               ("L",), canvas=True),
    ActionSpec("disconnect", STATEMENT, N("&Disconnect"),
               N("Remove the link between two selected statements, or from a statement to its parent"),
               ("Shift+L",), canvas=True),
    ActionSpec("group", STATEMENT, N("&Group co-premises"),
               N("Make the selected statements one linked reason (they count only together)"), ("G",), canvas=True),
    ActionSpec("ungroup", STATEMENT, N("&Ungroup"), N("Split the selected linked reason into separate reasons"),
               ("Shift+G",), canvas=True),
    ActionSpec("undercut", STATEMENT, N("Undercu&t an inference…"),
               N("The selected statement attacks the step from a reason to what it supports or attacks, not the statement "
                 "itself (or drag a connection onto an arrow or a bracket)"), ("K",), canvas=True),
    ActionSpec("rephrase", STATEMENT, N("Rephr&ase of…"),
               N("The selected statement says the same as another one in other words (a thin \"=\" link, no force)"),
               ("=",), canvas=True),
    ActionSpec("share_premise", STATEMENT, N("Share premise &with linked reason…"),
               N("Make the selected premise also a premise of another linked reason into the same statement"),
               ("Alt+G",), canvas=True),
    ActionSpec("unpin", STATEMENT, N("Un&pin"), N("Let the layout place the selected statements again"), ("U",),
               canvas=True),
    ActionSpec("collapse", STATEMENT, N("Collapse / e&xpand"),
               N("Hide or show everything under the selected statements"), (".",), canvas=True),
    ActionSpec("set_scheme", STATEMENT, N("Mark as sc&heme…"),
               N("Mark the selected reason as an instance of an argument scheme; its critical questions become prompts"),
               ("Ctrl+Shift+M",)),
    ActionSpec("raise_question", STATEMENT, N("Raise critical &question"),
               N("Turn the selected reason's next open critical question (or the one chosen) into an objection"), ("Q",),
               canvas=True),
    ActionSpec("edit_comment", STATEMENT, N("Co&mment…"),
               N("Write a comment (feedback) on the selected statement; shown as a marker, left out of presentations and exports"),
               ("Ctrl+M",)),
    # View
    ActionSpec("zoom_in", VIEW, N("Zoom &in"), N("Make the map larger"), ("Ctrl++", "Ctrl+=")),
    ActionSpec("zoom_out", VIEW, N("Zoom &out"), N("Make the map smaller"), ("Ctrl+-",)),
    ActionSpec("zoom_reset", VIEW, N("&Actual size"), N("Show the map at 100 %"), ("Ctrl+1",)),
    ActionSpec("fit", VIEW, N("&Fit map"), N("Zoom so that the whole map fits the window"), ("Ctrl+0",)),
    ActionSpec("zoom_selection", VIEW, N("Zoom to &selection"), N("Zoom to the selected statements"), ("Ctrl+2",)),
    ActionSpec("relayout", VIEW, N("&Tidy layout"), N("Unpin every statement and lay the map out again"),
               ("Ctrl+Shift+L",)),
    ActionSpec("direction_lr", VIEW, N("&Left to right"), N("Lay the map out from left to right instead of top down"),
               checkable=True),
    ActionSpec("layout_columns", VIEW, N("&Columns (fit a slide)"),
               N("Replies hang below their statement and the main claim's replies stand in columns, so a wide map"
                 " fits a slide; saved with the map (top-down only)"), ("Ctrl+Shift+K",), checkable=True),
    ActionSpec("theme_system", VIEW, N("System theme"), N("Follow the system's light or dark setting"),
               checkable=True),
    ActionSpec("theme_light", VIEW, N("Light theme"), N("Dark text on a light background"), checkable=True),
    ActionSpec("language_system", VIEW, N("System language"),
               N("Show argmap in the system's language when it speaks it, else in English (from the next start)"),
               checkable=True),
    ActionSpec("language_en", VIEW, N("English"), N("Show argmap in English (from the next start)"), checkable=True),
    ActionSpec("language_ja", VIEW, N("Japanese (日本語)"), N("Show argmap in Japanese (from the next start)"),
               checkable=True),
    ActionSpec("theme_dark", VIEW, N("Dark theme"), N("Light text on a dark background"), checkable=True),
    ActionSpec("theme_high_contrast", VIEW, N("&High contrast theme"),
               N("White text on black with bright colours and heavy borders, on the map, in exports and in print"),
               checkable=True),
    ActionSpec("text_size_small", VIEW, N("&Small text"), N("Statement text at 12 pixels, on the map and in exports"),
               checkable=True),
    ActionSpec("text_size_normal", VIEW, N("&Normal text"), N("Statement text at 14 pixels, on the map and in exports"),
               checkable=True),
    ActionSpec("text_size_large", VIEW, N("&Large text"),
               N("Statement text at 17 pixels, on the map and in exports (for a room or a slide)"), checkable=True),
    ActionSpec("text_size_larger", VIEW, N("E&xtra large text"),
               N("Statement text at 20 pixels, on the map and in exports (for the back of a room)"), checkable=True),
    ActionSpec("present", VIEW, N("&Present"),
               N("Show the map full screen, one statement at a time from the main claim (Space next, Esc leave)"),
               ("F5",)),
    ActionSpec("present_breadth_first", VIEW, N("Present &breadth-first"),
               N("Present all replies to the main claim first, then their replies (off: each branch to its end)"),
               checkable=True),
    ActionSpec("full_screen", VIEW, N("F&ull screen"), N("Show the window on the whole screen (F11 again to leave)"),
               ("F11",), checkable=True),
    ActionSpec("show_evaluation", VIEW, N("&Evaluation on boxes"),
               N("Show each statement's strength (0 to 1) and its verdict: stands, weakened, refuted, unanswered…"),
               ("Ctrl+Shift+E",),
               checkable=True),
    ActionSpec("show_sides", VIEW, N("&Sides (for / against)"),
               N("Mark each statement FOR or AGAINST the main claim, by its chain of supports and attacks"),
               ("Ctrl+Shift+D",), checkable=True),
    ActionSpec("show_sources", VIEW, N("&Sources"),
               N("Show or hide the sources: read a document, quote a passage as evidence, see where each quote is"),
               ("Ctrl+Shift+R",), checkable=True),
    ActionSpec("show_findings", VIEW, N("&Findings"),
               N("Show or hide the findings: main claims' strengths and what needs work"), ("Ctrl+Shift+F",),
               checkable=True),
    ActionSpec("show_analysis", VIEW, N("&Analysis"),
               N("Show or hide the analysis: what moves each main claim most, and why a statement has its strength"),
               ("Ctrl+Shift+Y",), checkable=True),
    ActionSpec("semantics_dfquad", VIEW, N("&DF-QuAD"),
               N("Work out strengths with DF-QuAD: the strongest reason on each side dominates (saved with the map)"),
               checkable=True),
    ActionSpec("semantics_quadratic_energy", VIEW, N("&Quadratic energy"),
               N("Work out strengths with quadratic energy: every reason adds (saved with the map)"), checkable=True),
    ActionSpec("semantics_euler", VIEW, N("&Euler-based"),
               N("Work out strengths with the Euler-based semantics: every reason adds, a strong base score holds "
                 "(saved with the map)"), checkable=True),
    ActionSpec("show_questions", VIEW, N("&Critical questions"),
               N("Show or hide the critical questions of the selected reason's argument scheme"), ("Ctrl+Shift+Q",),
               checkable=True),
    ActionSpec("show_comments", VIEW, N("Co&mments"), N("Show or hide the list of comments on statements"), checkable=True),
    ActionSpec("show_inspector", VIEW, N("&Inspector"), N("Show or hide the inspector"), ("Ctrl+Shift+I",),
               checkable=True),
    ActionSpec("show_outline", VIEW, N("&Outline"), N("Show or hide the outline"), ("Ctrl+Shift+O",),
               checkable=True),
    ActionSpec("show_history", VIEW, N("Undo &history"), N("Show or hide the undo history"), ("Ctrl+Shift+H",),
               checkable=True),
    ActionSpec("show_toolbar", VIEW, N("&Toolbar"), N("Show or hide the toolbar"), checkable=True),
    # Go
    ActionSpec("select_parent", GO, N("&Parent"), N("Select the statement the selected one bears on"), ("Up",),
               canvas=True),
    ActionSpec("select_child", GO, N("First &child"), N("Select the first statement bearing on the selected one"),
               ("Down",), canvas=True),
    ActionSpec("select_previous", GO, N("P&revious sibling"), N("Select the previous statement under the same parent"),
               ("Left",), canvas=True),
    ActionSpec("select_next", GO, N("&Next sibling"), N("Select the next statement under the same parent"),
               ("Right",), canvas=True),
    ActionSpec("select_main", GO, N("&Main claim"), N("Select the main claim"), ("Home",), canvas=True),
    ActionSpec("next_finding", GO, N("Next &unanswered objection"),
               N("Select the next objection that nothing answers yet (then the other findings)"), ("F8",)),
    ActionSpec("drill", GO, N("&Drill the other side's arguments…"),
               N("Practise: the other side's arguments one at a time, our answers hidden until asked, with a tally"), ("F9",)),
    ActionSpec("focus_canvas", GO, N("&Canvas"), N("Put the keyboard focus on the map"), ("F6",)),
    # Help
    ActionSpec("user_guide", HELP, N("&User guide"),
               N("Read the user guide inside argmap (offline); F1 in a panel or dialog opens its part")),
    ActionSpec("keymap", HELP, N("&Keyboard shortcuts"), N("Show every command with its shortcut"), ("F1",)),
    ActionSpec("about", HELP, N("&About argmap"), N("Version and licence")),
)

SPEC_BY_NAME = {spec.name: spec for spec in SPECS}


def create_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per spec, owned by ``parent``, keyed by spec name."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(spec.object_name)
        tip = _tr(spec.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip + (f" ({native_shortcut(spec.shortcuts[0])})" if spec.shortcuts else ""))
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.canvas:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(spec.checkable)
        actions[spec.name] = action
    return actions


def native_shortcut(portable: str) -> str:
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def menu_title(menu: str) -> str:
    return _tr(menu)


def plain(text: str) -> str:
    """Menu text without the mnemonic marker and the ellipsis, for lists and docs."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")
