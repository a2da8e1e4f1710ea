"""Commands on statements: add, change fields, change kind, delete, pin and unpin."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.gui.commands.base import MapCommand, tr, tr_count
from argmap.gui.commands.recorder import Recorder
from argmap.model import DEFAULT_RELATION, ArgumentMap, Kind, Relation

#: Command id for merging consecutive changes of one field (a slider drag is one step).
MERGE_UPDATE = 1001


class AddStatement(MapCommand):
    """A new statement, under ``parent`` with ``relation`` (by default the kind's own) or on its own."""

    def __init__(
        self,
        amap: ArgumentMap,
        kind: Kind | str,
        text: str = "",
        *,
        parent: str | None = None,
        relation: Relation | str | None = None,
    ) -> None:
        kind = Kind(kind)
        super().__init__(amap, tr("Add %s") % kind_label(kind).lower())
        self.kind, self.text_, self.parent, self.relation = kind, text, parent, relation
        self.new_id: str | None = None

    def apply(self, rec: Recorder) -> None:
        if self.new_id is None:
            self.new_id = self.amap.new_id()
        rec.add(self.kind, self.text_, parent=self.parent, relation=self.relation, id=self.new_id)

    def id(self) -> int:
        return MERGE_UPDATE

    def mergeWith(self, other: object) -> bool:
        """The first text typed into a new statement is part of adding it: one undo step."""
        if not (isinstance(other, UpdateStatement) and other.merge == ("add", self.new_id)
                and set(other.changes) == {"text"}):
            return False
        self.text_ = str(other.changes["text"])
        self.absorb(other)
        return True


class UpdateStatement(MapCommand):
    """Change fields of one statement (text, notes, sources, tags, score, collapsed...)."""

    def __init__(self, amap: ArgumentMap, statement_id: str, *, merge: object = None, **changes: object) -> None:
        super().__init__(amap, describe_update(changes))
        self.statement_id = statement_id
        self.changes = dict(changes)
        self.merge = merge  # commands with the same non-None key merge (one slider drag = one step)

    def apply(self, rec: Recorder) -> None:
        rec.update(self.statement_id, **self.changes)

    def id(self) -> int:
        return MERGE_UPDATE if self.merge is not None else -1

    def mergeWith(self, other: object) -> bool:
        if not (isinstance(other, UpdateStatement) and other.merge is not None and other.merge == self.merge
                and other.statement_id == self.statement_id):
            return False
        if set(other.changes) != set(self.changes):
            return False
        self.changes.update(other.changes)
        self.absorb(other)
        return True


class SetKind(MapCommand):
    """Change the kind of statements; links to parents follow the kind's relation (support or attack).

    A link whose relation changes leaves its linked reason, since one reason cannot mix support and attack.
    """

    def __init__(self, amap: ArgumentMap, ids: Sequence[str], kind: Kind | str) -> None:
        kind = Kind(kind)
        super().__init__(amap, tr("Make %s") % kind_label(kind).lower())
        self.ids, self.kind = list(ids), kind

    def apply(self, rec: Recorder) -> None:
        for statement_id in self.ids:
            rec.update(statement_id, kind=self.kind)
            if self.kind == Kind.CLAIM:
                continue
            relation = DEFAULT_RELATION[self.kind]
            for parent in self.amap.parents(statement_id):
                link = self.amap.link(statement_id, parent)
                if link.relation != relation:
                    rec.update_link(statement_id, parent, relation=relation, group=None)


class DeleteStatements(MapCommand):
    """Remove statements with every link touching them, optionally with all they support or attack."""

    def __init__(self, amap: ArgumentMap, ids: Iterable[str], *, subtree: bool = False) -> None:
        ids = [i for i in dict.fromkeys(ids) if i in amap]
        chosen = set(ids)
        if subtree:
            for statement_id in ids:
                chosen |= amap.descendants(statement_id)
        self.ids = [i for i in amap.ids() if i in chosen]  # map order, so undo restores it exactly
        super().__init__(amap, tr_count("Delete statement", "Delete %n statements", len(self.ids)))

    def apply(self, rec: Recorder) -> None:
        for statement_id in self.ids:
            rec.remove(statement_id)


class MoveStatements(MapCommand):
    """The end of a drag: the moved statements are pinned where they were dropped."""

    def __init__(self, amap: ArgumentMap, ids: Sequence[str], positions: Sequence[tuple[float, float]]) -> None:
        super().__init__(amap, tr("Move statement") if len(ids) == 1 else tr("Move statements"))
        self.moves = [(i, (float(p[0]), float(p[1]))) for i, p in zip(ids, positions, strict=True)]

    def apply(self, rec: Recorder) -> None:
        for statement_id, position in self.moves:
            rec.update(statement_id, pinned=position)


class Unpin(MapCommand):
    """Give statements back to the automatic layout."""

    def __init__(self, amap: ArgumentMap, ids: Iterable[str]) -> None:
        super().__init__(amap, tr("Unpin"))
        self.ids = list(ids)

    def apply(self, rec: Recorder) -> None:
        for statement_id in self.ids:
            rec.update(statement_id, pinned=None)


class SetCollapsed(MapCommand):
    """Hide or show what bears on statements (saved in the file, so it is an edit)."""

    def __init__(self, amap: ArgumentMap, ids: Iterable[str], collapsed: bool) -> None:
        super().__init__(amap, tr("Collapse") if collapsed else tr("Expand"))
        self.ids, self.collapsed = list(ids), collapsed

    def apply(self, rec: Recorder) -> None:
        for statement_id in self.ids:
            rec.update(statement_id, collapsed=self.collapsed)


def kind_label(kind: Kind | str) -> str:
    return {
        Kind.CLAIM: tr("Claim"),
        Kind.SUPPORT: tr("Support"),
        Kind.OBJECTION: tr("Objection"),
        Kind.REBUTTAL: tr("Rebuttal"),
        Kind.EVIDENCE: tr("Evidence"),
    }[Kind(kind)]


def describe_update(changes: dict[str, object]) -> str:
    names = {
        "text": tr("Edit text"),
        "title": tr("Edit title"),
        "notes": tr("Edit notes"),
        "sources": tr("Change sources"),
        "tags": tr("Change tags"),
        "score": tr("Change base score"),
        "kind": tr("Change kind"),
        "collapsed": tr("Collapse or expand"),
        "pinned": tr("Move statement"),
    }
    if len(changes) == 1:
        return names.get(next(iter(changes)), tr("Change statement"))
    return tr("Change statement")
