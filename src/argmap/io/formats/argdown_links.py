"""Argdown's inference steps, undercuts and rephrases as argmap links (the reading half; the writing is in
:mod:`argmap.io.formats.argdown_write`).

- An inference step of a premise-conclusion structure is a linked reason; a premise already in another
  linked reason into the same conclusion is shared (``Link.also_in``), as argmap's writer writes a
  premise shared by two reasons: a premise of both arguments.
- An undercut (``_>``, ``<_``, ``_``, or an attack hung on an inference line) attacks the inference of
  that step, of the undercut argument's last step, or of the one support/attack an argument without a
  structure gives; it becomes an undercut link into that inference's conclusion.
- Data argmap's writer adds where Argdown has no syntax: ``{undercuts: "T"}`` on an attack line (this
  attack undercuts the link from [T] into the statement above: Argdown undercuts only arguments) and
  ``{rephrases: ["T"]}`` on a statement (it restates [T]; Argdown has no rephrase relation).
"""

from __future__ import annotations

import contextlib
import json
import re

from argmap.io.formats.argdown_parse import unprotect
from argmap.io.formats.common import clip
from argmap.model.errors import MapError
from argmap.model.kinds import Relation
from argmap.model.statement import Link

#: How one inference is held in the map: (conclusion, the premise of a plain reason, or the linked reason's name).
Inference = tuple[str, str | None, str | None]

_STRING = r'"(?:[^"\\]|\\.)*"'
UNDERCUTS_DATA = re.compile(rf"\bundercuts\s*:\s*({_STRING})\s*,?")
REPHRASES_DATA = re.compile(rf"\brephrases\s*:\s*\[\s*((?:{_STRING}\s*,?\s*)*)\]\s*,?")


def strings(found: str) -> list[str]:
    """The JSON strings of a data value as written (escaped characters protected by the parser)."""
    out = []
    for raw in re.findall(_STRING, found):
        with contextlib.suppress(ValueError):
            value = json.loads(unprotect(raw))
            if isinstance(value, str) and value.strip():
                out.append(value)
    return out


def link_step(amap, premises: list[str], conclusion: str, line: int, skipped: list[str]) -> Inference | None:
    """Link the premises of one inference step to its conclusion; how the step is held (None: not at all)."""
    made, shared = [], []
    for premise in dict.fromkeys(premises):
        if premise == conclusion:
            continue  # "(1) [A] ---- (2) [A]": nothing to draw
        if amap.has_link(premise, conclusion):
            old = amap.link(premise, conclusion)
            if old.relation != "support":
                skipped.append(f"line {line}: '{clip(premise, 30)}' already {old.relation}s '{clip(conclusion, 30)}'; "
                               "the support is dropped")
            elif old.group is not None and not old.is_undercut:
                shared.append(premise)  # a premise of another linked reason into the same conclusion too
            continue
        amap.connect(premise, conclusion, "support")
        made.append(premise)
    if len(made) + len(shared) >= 2 and made:
        name = amap.group(conclusion, made) if len(made) >= 2 else _new_group(amap, conclusion, made[0])
        for premise in shared:
            amap.share(premise, conclusion, name)
        return (conclusion, None, name)
    if len(shared) >= 2:  # every premise already in other reasons: a reason of its own all the same
        groups = amap.groups(conclusion)
        for name, members in groups.items():
            if set(members) == set(shared):
                return (conclusion, None, name)  # written twice: the same reason
        name = next(f"g{n}" for n in range(1, len(groups) + 2) if f"g{n}" not in groups)
        for premise in shared:
            link = amap.link(premise, conclusion)
            amap.update_link(premise, conclusion, also_in=(*link.also_in, name))
        return (conclusion, None, name)
    return (conclusion, made[0], None) if made else None


def _new_group(amap, conclusion: str, premise: str) -> str:
    """A linked reason of ``premise`` alone so far (shared premises join it next)."""
    groups = amap.groups(conclusion)
    name = next(f"g{n}" for n in range(1, len(groups) + 2) if f"g{n}" not in groups)
    amap.update_link(premise, conclusion, group=name)
    return name


def undercut_target(amap, relation, node_of, structure_of, inferences: dict[tuple[int, int], Inference],
                    key) -> Inference | None:
    """The inference an Argdown undercut attacks, as argmap holds it: a step of a premise-conclusion structure
    (the relation hangs on its inference line; or the last step of the undercut argument), or the one
    support/attack an argument without a structure gives (``<A> +> [T]``). None when there is no such one."""
    if relation.step is not None:
        structure, index = relation.step
        return inferences.get((id(structure), index))
    target = relation.target
    if target.is_argument and target.title in structure_of:
        structure = structure_of[target.title]
        return inferences.get((id(structure), len(structure.steps) - 1))
    node = node_of.get(key(target))
    if not target.is_argument or node is None or node not in amap:  # Argdown undercuts arguments, not statements
        return None
    out = [amap.link(node, parent) for parent in amap.parents(node)]
    out = [link for link in out if link.relation != "rephrase" and not link.is_undercut]
    if len(out) != 1:
        return None
    link = out[0]
    return (link.target, link.source, None) if link.group is None else (link.target, None, link.group)


def add_undercut(amap, source: str, held: Inference, line: int, skipped: list[str]) -> None:
    """An undercut link from ``source`` onto the inference ``held``, or a note saying why not."""
    conclusion, onto, group = held
    if amap.has_link(source, conclusion):
        skipped.append(f"line {line}: '{clip(source, 30)}' already bears on '{clip(conclusion, 30)}'; its undercut of "
                       "that inference is not imported")
        return
    try:
        amap.add_link(Link(source, conclusion, Relation.ATTACK, onto=onto, onto_group=group))
    except MapError as exc:
        skipped.append(f"line {line}: the undercut is not imported: {exc}")


def undercut_by_data(amap, relation, node_of, key, skipped: list[str]) -> None:
    """``- [U] {undercuts: "S"}`` under [T] (argmap's writer): the attack of U on T undercuts the link from S to T."""
    found = UNDERCUTS_DATA.search(relation.source.data) if relation.kind == "attack" else None
    if found is None:
        return
    source, target = node_of.get(key(relation.source)), node_of.get(key(relation.target))
    names = strings(found.group(1))
    onto = node_of.get(("s", names[0])) if names else None
    if source is None or target is None or onto is None or not amap.has_link(source, target):
        skipped.append(f"line {relation.line}: the undercut {clip(found.group(0), 40)} names no link; imported as an attack")
        return
    try:
        amap.update_link(source, target, onto=onto)
    except MapError as exc:
        skipped.append(f"line {relation.line}: the undercut is imported as an attack: {exc}")


def add_rephrases(amap, rephrases: dict[str, list[str]], node_of, skipped: list[str]) -> None:
    """``{rephrases: ["T"]}`` on a statement: a rephrase link to each statement named."""
    for node, titles in rephrases.items():
        for title in titles:
            target = node_of.get(("s", title))
            if target is None or target == node:
                skipped.append(f"the rephrase of {title!r} by '{clip(node, 30)}' names no other statement; not imported")
                continue
            if amap.has_link(node, target) or amap.has_link(target, node):
                skipped.append(f"'{clip(node, 30)}' and '{clip(target, 30)}' are already linked; the rephrase is not imported")
                continue
            amap.connect(node, target, "rephrase")


def linked_attack(amap, conclusion: str, held: Inference | None, line: int, skipped: list[str]) -> None:
    """Read an argument that argmap's writer made of a linked objection (its conclusion marked
    ``{argmap: "linked attack"}``) back as what it was: its premises attack, as one linked reason, the statement
    the argument attacks; the conclusion, which only said "not that", goes, and undercuts of the argument
    undercut the linked attack. Left as read when the conclusion bears on anything else."""
    if held is None or conclusion not in amap or held[0] != conclusion:
        return
    premises: list[str] = amap.groups(conclusion)[held[2]] if held[2] is not None else [held[1] or ""]
    out = [amap.link(conclusion, p) for p in amap.parents(conclusion)]
    attacked = [link.target for link in out if link.relation == Relation.ATTACK and not link.is_undercut]
    cuts = amap.undercuts(conclusion, onto=held[1]) if held[2] is None else amap.undercuts(conclusion, onto_group=held[2])
    others = [k for k in amap.incoming(conclusion) if k.source not in premises and k not in cuts]
    if len(attacked) != 1 or len(out) != 1 or others:
        return
    target = attacked[0]
    taken = set(amap.groups(target))
    name = held[2] if held[2] is not None and held[2] not in taken else next(
        f"g{n}" for n in range(1, len(taken) + 2) if f"g{n}" not in taken)
    amap.remove(conclusion)
    new, shared = [], []
    for premise in premises:
        if not amap.has_link(premise, target):
            amap.connect(premise, target, Relation.ATTACK)
            new.append(premise)
        elif amap.link(premise, target).relation == Relation.ATTACK and amap.link(premise, target).group is not None:
            shared.append(premise)  # a premise of another linked objection to the same statement too
        else:
            skipped.append(f"line {line}: '{clip(premise, 30)}' already bears on '{clip(target, 30)}'; "
                           "it is left out of the linked objection")
    if not new:
        return
    if len(new) >= 2:
        amap.group(target, new, name)
    elif shared or len(premises) >= 2:
        amap.update_link(new[0], target, group=name)
    for premise in shared:
        amap.share(premise, target, name)
    grouped = amap.link(new[0], target).group is not None
    for cut in cuts:
        add_undercut(amap, cut.source, (target, None, name) if grouped else (target, new[0], None), line, skipped)
