"""What the edit commands do: turn the selection and a QAction into one undo command.

The controller reads the selection from the scene, asks the user when a command needs
a choice (which relation?) and pushes commands onto the document's stack. It never
touches the scene's items: the scene follows the model by itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from argmap.gui import clipboard, dialogs, navigation, relations_text
from argmap.gui.canvas.scene import MapScene
from argmap.gui.canvas.statement_item import StatementItem
from argmap.gui.canvas.view import MapView
from argmap.gui.commands import (
    AddStatement,
    Connect,
    DeleteStatements,
    Disconnect,
    FlipRelation,
    Group,
    MapCommand,
    MoveStatements,
    Paste,
    Reparent,
    Rephrase,
    SetCollapsed,
    SetKind,
    SetTitle,
    SharePremise,
    Undercut,
    Ungroup,
    Unpin,
    UpdateStatement,
    groups_of,
    share_choices,
    shared_parent,
    undercut_targets,
)
from argmap.gui.docks.inspector import Inspector
from argmap.gui.docks.outline import Outline
from argmap.gui.document import Document
from argmap.model import ArgumentMap, Kind, Relation


class EditController(QObject):
    """The edit commands of a window, working on ``document`` through its undo stack.

    It reads and changes the selection on ``scene``, scrolls ``view`` to it, asks its questions
    in dialogs over ``dialog_parent``, commits text pending in the ``inspector`` before an edit,
    lets F2 edit a row of the ``outline``, and reports through ``show_message(text, ms)``.
    """

    def __init__(self, document: Document, scene: MapScene, view: MapView, inspector: Inspector, outline: Outline, *,
                 dialog_parent: QWidget, show_message: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene = scene
        self.view = view
        self.inspector = inspector
        self.outline = outline
        self.dialog_parent = dialog_parent
        self.show_message = show_message

    def set_document(self, document: Document) -> None:
        """Edit ``document`` from now on."""
        self.document = document

    # ------------------------------------------------------------ shortcuts
    @property
    def amap(self) -> ArgumentMap:
        return self.document.amap

    def execute(self, command: MapCommand) -> bool:
        return self.document.execute(command)

    def selected(self) -> list[str]:
        return self.scene.selected_ids()

    def current(self) -> str | None:
        """The statement the keyboard works on: the focused box if selected, else the first selected."""
        selected = self.selected()
        focus = self.scene.focusItem()
        if isinstance(focus, StatementItem) and focus.statement_id in selected:
            return focus.statement_id
        return selected[0] if selected else None

    def select(self, ids: list[str], focus: bool = True) -> None:
        self.scene.select_ids(ids, focus=focus)
        if ids:
            self.view.ensure_visible(ids[0])

    def tell(self, message: str) -> None:
        self.show_message(message, 6000)

    # ------------------------------------------------------------ adding
    def add(self, kind: Kind, *, sibling: bool = False) -> str | None:
        """Add a statement and open it for typing. Returns the new id."""
        self.inspector.commit_pending()  # text typed there is an edit made before this one
        current = self.current()
        parent: str | None = None
        relation: Relation | None = None
        if sibling:
            if current is None:
                return None
            kind = self.amap.statement(current).kind
            parent = navigation.parent(self.amap, current)
            if parent is not None:
                relation = self.amap.link(current, parent).relation
        elif kind != Kind.CLAIM:
            parent = current
            if parent is None:
                if len(self.amap):
                    self.tell(self.tr("Select the statement to add to first."))
                    return None
                kind = Kind.CLAIM  # an empty map starts with its main claim
        stack = self.document.stack
        command = AddStatement(self.amap, kind, "", parent=parent, relation=relation)
        if parent is not None and self.amap.statement(parent).collapsed:
            stack.beginMacro(command.text())
            self.execute(SetCollapsed(self.amap, [parent], False))
            ok = self.execute(command)
            stack.endMacro()
        else:
            ok = self.execute(command)
        if not ok or command.new_id is None:
            return None
        self.scene.relayout()  # place the new box now, so the editor opens where it will stay
        self.select([command.new_id])
        self.scene.start_inline_edit(command.new_id)
        return command.new_id

    def edit_cancelled(self, statement_id: str) -> None:
        """Esc on a new statement that is still empty takes the new statement back (undo)."""
        stack = self.document.stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        fresh = isinstance(top, AddStatement) and top.new_id == statement_id
        if fresh and statement_id in self.amap and not self.amap.statement(statement_id).text:
            parent = navigation.parent(self.amap, statement_id)
            stack.undo()
            if parent is not None:
                self.select([parent])

    def edit_text(self, statement_id: str | None = None) -> None:
        self.inspector.commit_pending()
        statement_id = statement_id or self.current()
        outline = self.outline
        if statement_id is not None and outline.hasFocus() and outline.edit_statement(statement_id):
            return  # F2 in the outline edits the row
        if statement_id is not None:
            self.select([statement_id])
            self.scene.start_inline_edit(statement_id)

    def edit_title(self, statement_id: str | None = None) -> None:
        """Type the selected statement's title (its bold tag line) in its box."""
        self.inspector.commit_pending()
        statement_id = statement_id or self.current()
        if statement_id is not None:
            self.select([statement_id])
            self.scene.start_inline_edit(statement_id, "title")

    def commit_title(self, statement_id: str, title: str) -> None:
        if statement_id in self.amap:
            self.execute(UpdateStatement(self.amap, statement_id, title=title))

    def commit_text(self, statement_id: str, text: str) -> None:
        """An inline edit was committed. The first text of a new statement merges into adding it."""
        if statement_id not in self.amap:
            return
        stack = self.document.stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        fresh = isinstance(top, AddStatement) and top.new_id == statement_id and not top.text_
        merge = ("add", statement_id) if fresh else None
        self.execute(UpdateStatement(self.amap, statement_id, merge=merge, text=text))

    # ------------------------------------------------------------ removing
    def delete(self, subtree: bool = False) -> None:
        ids = self.selected()
        if not ids:
            return
        after = navigation.parent(self.amap, ids[0])
        ok = self.execute(DeleteStatements(self.amap, ids, subtree=subtree))
        if ok and after is not None and after in self.amap:
            self.select([after])

    # ------------------------------------------------------------ clipboard
    def copy(self) -> bool:
        ids = self.selected()
        if not ids:
            return False
        clip, notes = clipboard.copy_parts(self.amap, ids)
        clipboard.put_on_clipboard(clip)
        told = self.tr("Copied one statement.") if len(clip) == 1 else self.tr("Copied %n statements.", "", len(clip))
        self.tell(" ".join([told, *notes]))
        return True

    def copy_picture(self) -> None:
        """Edit > Copy as picture: the selected statements (or the whole map) as PNG and SVG, as the canvas draws them."""
        ids = self.selected()
        diagram = self.scene.diagram(ids) if ids else self.scene.diagram()
        if not diagram.boxes:
            self.tell(self.tr("The map is empty: there is no picture to copy."))
            return
        outline = clipboard.outline_text(clipboard.copy_map(self.amap, ids)) if ids else \
            clipboard.dumps_kind_outline(self.amap)
        clipboard.put_on_clipboard(clipboard.picture_mime(diagram, outline))
        self.tell(self.tr("Copied a picture of the selection (PNG and SVG).") if ids else
                  self.tr("Copied a picture of the map (PNG and SVG)."))

    def copy_outline(self) -> None:
        """Edit > Copy as outline: the selection with what hangs under it (or the whole map) as a Markdown list."""
        if not len(self.amap):
            self.tell(self.tr("The map is empty: there is no outline to copy."))
            return
        clipboard.put_on_clipboard(clipboard.outline_mime(self.amap, self.selected()))
        self.tell(self.tr("Copied the outline (Markdown)."))

    def cut(self) -> None:
        if self.copy():
            self.delete(subtree=True)

    def paste(self) -> None:
        clip = clipboard.from_mime(QGuiApplication.clipboard().mimeData())
        if clip is None or not len(clip):
            self.tell(self.tr("The clipboard holds nothing to paste."))
            return
        command = Paste(self.amap, clip, self.current())
        if self.execute(command):
            tops = [command.new_ids[i] for i in clip.main_claims()] or command.pasted_ids[:1]
            self.select(tops, focus=True)

    def select_all(self) -> None:
        self.scene.select_ids(self.amap.ids(), focus=False)

    def select_branch(self) -> None:
        """The selected statements with everything under them, e.g. to export one branch to a slide."""
        ids = self.selected()
        if ids:
            branch = set(ids).union(*(self.amap.descendants(i) for i in ids))
            self.scene.select_ids([ids[0], *sorted(branch - {ids[0]}, key=self.amap.order_of)])

    # ------------------------------------------------------------ kinds and links
    def set_kind(self, kind: Kind) -> None:
        ids = self.selected()
        if ids:
            self.execute(SetKind(self.amap, ids, kind))

    def flip_relation(self) -> None:
        ids = [i for i in self.selected() if self.amap.parents(i)]
        if ids:
            self.execute(FlipRelation(self.amap, ids))
        else:
            self.tell(self.tr("Select statements that support or attack another one."))

    def connect_selected(self) -> None:
        ids = self.selected()
        if not ids:
            return
        amap = self.amap
        if len(ids) >= 2:
            source, target = ids[-1], ids[0]  # newer statements usually bear on older ones
        else:
            source = ids[0]
            target = next((i for i in amap.main_claims() if i != source), None) or next(
                (i for i in amap.ids() if i != source), source)
        statements = [(i, amap.statement(i).text) for i in amap.ids()]
        choice = dialogs.ask_connection(self.dialog_parent, statements, source, target)
        if choice is not None:
            self.execute(Connect(amap, *choice))

    def connect_dragged(self, source: str, target: str, at: QPoint | None = None) -> None:
        """A drag from ``source``'s handle ended on ``target``: ask how they relate."""
        choice = dialogs.ask_relation(self.dialog_parent, at, allow_move=bool(self.amap.parents(source)))
        if choice == "move":
            self.execute(Reparent(self.amap, source, target))
        elif choice == "rephrase":
            self.execute(Rephrase(self.amap, source, target))
        elif choice in ("support", "attack"):
            self.execute(Connect(self.amap, source, target, choice))

    def undercut_dragged(self, source: str, target: str, onto: str, onto_group: str) -> None:
        """A drag from ``source``'s handle ended on an arrow or a bracket: ``source`` undercuts that inference."""
        if self.execute(Undercut(self.amap, source, target, onto=onto or None, onto_group=onto_group or None)):
            self.tell(relations_text.link_sentence(self.amap, self.amap.link(source, target)) or "")

    # ------------------------------------------------------------ undercuts, rephrases, shared premises
    def undercut_selected(self) -> None:
        """Edit > Undercut an inference…: the current statement attacks a chosen inference of the map."""
        source = self.current()
        if source is None:
            return
        choices = undercut_targets(self.amap, source)
        if not choices:
            self.tell(self.tr("There is no inference for this statement to undercut: "
                              "it needs a reason that supports or attacks a statement."))
            return
        labels = [relations_text.inference(self.amap, *choice) for choice in choices]
        chosen = dialogs.ask_choice(self.dialog_parent, self.tr("Undercut an inference"), self.tr("The inference it attacks:"), labels)
        if chosen is not None:
            target, onto, group = choices[chosen]
            self.undercut_dragged(source, target, onto or "", group or "")

    def rephrase_selected(self) -> None:
        """Edit > Rephrase of…: the current statement restates another (the other selected one, or one chosen from a list)."""
        source = self.current()
        if source is None:
            return
        others = [i for i in self.selected() if i != source]
        if len(others) == 1:
            target = others[0]
        else:
            ids = [i for i in self.amap.ids() if i != source]
            if not ids:
                self.tell(self.tr("The map has no other statement to restate."))
                return
            labels = [relations_text.quote(self.amap, i, 90) for i in ids]
            chosen = dialogs.ask_choice(self.dialog_parent, self.tr("Rephrase of…"), self.tr("The statement it restates:"), labels)
            if chosen is None:
                return
            target = ids[chosen]
        self.execute(Rephrase(self.amap, source, target))

    def share_premise_selected(self) -> None:
        """Edit > Share premise with linked reason…: the current premise joins another linked reason into the same statement."""
        source = self.current()
        if source is None:
            return
        choices = share_choices(self.amap, source)
        if not choices:
            self.tell(self.tr("No other linked reason to share this premise with: group co-premises into the same statement first."))
            return
        labels = [
            self.tr("Linked reason %1 (%2) into %3").replace("%1", name)
            .replace("%2", relations_text.premises(self.amap, target, None, name)).replace("%3", relations_text.quote(self.amap, target))
            for target, name in choices
        ]
        chosen = dialogs.ask_choice(self.dialog_parent, self.tr("Share premise with linked reason"), self.tr("Also a premise of:"), labels)
        if chosen is not None:
            self.execute(SharePremise(self.amap, source, *choices[chosen]))

    def disconnect_selected(self) -> None:
        ids = self.selected()
        amap = self.amap
        pairs: list[tuple[str, str]] = []
        if len(ids) == 2:
            a, b = ids
            pairs = [p for p in ((a, b), (b, a)) if amap.has_link(*p)]
        if not pairs:
            pairs = [(i, p) for i in ids for p in amap.parents(i)]
        if pairs:
            self.execute(Disconnect(amap, pairs))
        else:
            self.tell(self.tr("The selected statements are not linked."))

    def group(self) -> None:
        ids = self.selected()
        found = shared_parent(self.amap, ids)
        if found is None:
            self.tell(self.tr("Select two or more statements that all support (or all attack) the same statement."))
            return
        self.execute(Group(self.amap, found[0], ids))

    def ungroup(self) -> None:
        groups = groups_of(self.amap, self.selected())
        if groups:
            self.execute(Ungroup(self.amap, groups))
        else:
            self.tell(self.tr("The selected statements are not co-premises of a linked reason."))

    # ------------------------------------------------------------ layout
    def moved(self, ids: list[str], _old_pins: list, positions: list) -> None:
        self.execute(MoveStatements(self.amap, ids, [tuple(p) for p in positions]))

    def unpin(self, ids: list[str] | None = None) -> None:
        ids = [i for i in (ids if ids is not None else self.selected()) if self.amap.statement(i).pinned]
        if ids:
            self.execute(Unpin(self.amap, ids))

    def toggle_collapse(self) -> None:
        ids = [i for i in self.selected() if self.amap.children(i)]
        if not ids:
            return
        collapse = any(not self.amap.statement(i).collapsed for i in ids)
        self.execute(SetCollapsed(self.amap, ids, collapse))

    def tidy(self) -> None:
        self.unpin([s.id for s in self.amap.statements()])
        self.scene.relayout()

    def set_title(self) -> None:
        answer = dialogs.ask_map_properties(self.dialog_parent, self.amap.title, self.amap.description)
        if answer is not None:
            self.execute(SetTitle(self.amap, *answer))

    # ------------------------------------------------------------ keyboard navigation
    def go(self, direction: str) -> None:
        target = navigation.step(self.amap, self.current(), direction)
        if target is not None:
            self.select([target])
