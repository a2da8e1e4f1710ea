"""Three-way merge of maps at the level of statements and links (``argmap merge BASE OURS THEIRS``).

Every statement, link and map field is merged on its own, by id: a change made on one side
only is taken; the same change on both sides is taken once; different changes to the same
field are a conflict. A conflict keeps our value and is written into the map where a person
will see it (the statement gets the tag ``merge-conflict`` and a note with their value), so the
merged file is always a valid map that opens in the editor; the conflicts are also returned.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from argmap.model import MAX_TEXT, ArgumentMap, Link, Statement
from argmap.teaching.compare import FIELDS, MAP_FIELDS, set_map_field

CONFLICT_TAG = "merge-conflict"
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Conflict:
    where: str  # "statement 's3'", "link 's3' -> 'c1'", "map title"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class MergeResult:
    map: ArgumentMap
    conflicts: list[Conflict] = field(default_factory=list)


def _pick(base: object, ours: object, theirs: object) -> tuple[object, bool]:
    """The merged value and whether it is a conflict (both changed it, differently: ours is kept)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def merge(base: ArgumentMap, ours: ArgumentMap, theirs: ArgumentMap) -> MergeResult:
    conflicts: list[Conflict] = []
    notes: dict[str, list[str]] = {}  # statement id -> conflict notes to write into it

    # map fields
    values = {}
    for name in MAP_FIELDS:
        values[name], clash = _pick(getattr(base, name), getattr(ours, name), getattr(theirs, name))
        if clash:
            conflicts.append(Conflict(f"map {name}", f"changed on both sides; kept ours {getattr(ours, name)!r}, "
                                                     f"theirs was {getattr(theirs, name)!r}"))
    result = ArgumentMap(str(values["title"]), str(values["description"]))
    for name in MAP_FIELDS[2:]:
        set_map_field(result, name, values[name])
    result.view = ours.view

    # statements, in base order, then ours' new ones, then theirs'
    order = list(dict.fromkeys([*base.ids(), *ours.ids(), *theirs.ids()]))
    kept: dict[str, Statement] = {}
    for i in order:
        b, o, t = (m.statement(i) if i in m else None for m in (base, ours, theirs))
        if b is None:
            if o is not None and t is not None and o != t:
                merged = _merge_fields(None, o, t, i, conflicts, notes, what="added on both sides with different content")
                kept[i] = merged
            else:
                added = o if o is not None else t
                if added is not None:
                    kept[i] = added
            continue
        if o is None and t is None:
            continue
        if o is None or t is None:
            survivor = t if o is None else o
            assert survivor is not None
            if survivor != b:  # deleted on one side, changed on the other: keep the change, say so
                side = "ours" if o is None else "theirs"
                conflicts.append(Conflict(f"statement {i!r}", f"deleted in {side}, changed on the other side; kept the changed one"))
                notes.setdefault(i, []).append(f"Merge conflict: deleted in {side}, changed on the other side.")
                kept[i] = survivor
            continue
        kept[i] = _merge_fields(b, o, t, i, conflicts, notes)

    # links, by (source, target)
    keys = list(dict.fromkeys([lk.key for m in (base, ours, theirs) for lk in m.links()]))
    links: dict[tuple[str, str], Link] = {}
    for key in keys:
        b_link, o_link, t_link = (m.link(*key) if m.has_link(*key) else None for m in (base, ours, theirs))
        attrs = [None if lk is None else (lk.relation, lk.group, lk.scheme) for lk in (b_link, o_link, t_link)]
        chosen, clash = _pick(*attrs)
        if clash:
            if attrs[1] is None or attrs[2] is None:
                chosen = attrs[1] if attrs[1] is not None else attrs[2]  # deleted on one side, changed on the other: keep
                message = "deleted on one side, changed on the other; kept the changed link"
            else:
                message = f"changed on both sides; kept ours ({_describe(attrs[1])}), theirs was {_describe(attrs[2])}"
            conflicts.append(Conflict(f"link {key[0]!r} -> {key[1]!r}", message))
            notes.setdefault(key[0], []).append(f"Merge conflict on its link to {key[1]!r}: {message}.")
        if chosen is None:
            continue
        if key[0] not in kept or key[1] not in kept:
            if chosen not in (attrs[0],):  # a new or changed link lost with a statement deleted on the other side
                gone = key[0] if key[0] not in kept else key[1]
                conflicts.append(Conflict(f"link {key[0]!r} -> {key[1]!r}", f"dropped: {gone!r} was deleted on the other side"))
                other_end = key[1] if gone == key[0] else key[0]
                notes.setdefault(other_end, []).append(f"Merge conflict: a link with {gone!r}, deleted on the other side, was dropped.")
            continue
        assert isinstance(chosen, tuple)  # a (relation, group) pair here
        links[key] = Link(key[0], key[1], chosen[0], chosen[1], chosen[2])

    # a linked reason must all support or all attack: a merge can mix them
    by_group: dict[tuple[str, str], set] = {}
    for lk in links.values():
        if lk.group is not None:
            by_group.setdefault((lk.target, lk.group), set()).add(lk.relation)
    for (target, group), relations in by_group.items():
        if len(relations) > 1:
            conflicts.append(Conflict(f"linked reason {group!r} into {target!r}", "mixes support and attack after the merge; ungrouped"))
            notes.setdefault(target, []).append(f"Merge conflict: linked reason {group!r} mixed support and attack; ungrouped.")
            for key, lk in list(links.items()):
                if lk.target == target and lk.group == group:
                    links[key] = Link(lk.source, lk.target, lk.relation, None, lk.scheme)

    for i, statement in kept.items():
        if i in notes:
            statement = _mark(statement, notes[i])
        result.insert(statement)
    for lk in links.values():
        result.add_link(lk)
    return MergeResult(result, conflicts)


def _merge_fields(b: Statement | None, o: Statement, t: Statement, i: str, conflicts: list[Conflict],
                  notes: dict[str, list[str]], what: str = "") -> Statement:
    changes = {}
    for name in FIELDS:
        value, clash = _pick(_MISSING if b is None else getattr(b, name), getattr(o, name), getattr(t, name))
        if clash:
            theirs = getattr(t, name)
            conflicts.append(Conflict(f"statement {i!r}", f"{name} {what or 'changed on both sides'}; kept ours, theirs was {theirs!r}"))
            notes.setdefault(i, []).append(f"Merge conflict in {name}: theirs was {theirs!r}.")
        changes[name] = value
    return dataclasses.replace(o, **changes)  # type: ignore[arg-type]


def _mark(statement: Statement, lines: list[str]) -> Statement:
    """The statement with its conflicts in its notes and the ``merge-conflict`` tag, within the format's limits."""
    text = "\n".join(lines)
    notes = f"{statement.notes}\n\n{text}" if statement.notes else text
    if len(notes) > MAX_TEXT:
        notes = notes[: MAX_TEXT - 1] + "…"
    tags = statement.tags if CONFLICT_TAG in statement.tags else (*statement.tags, CONFLICT_TAG)
    return dataclasses.replace(statement, notes=notes, tags=tags[-1000:])


def _describe(attrs: object) -> str:
    if not isinstance(attrs, tuple):
        return "none"
    relation, group, scheme = attrs
    return f"{relation}" + (f", linked reason {group!r}" if group else "") + (f", scheme {scheme!r}" if scheme else "")
