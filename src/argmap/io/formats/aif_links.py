"""AIF S-nodes made into argmap links (the reading half of :mod:`argmap.io.formats.aif`).

- premise(s) -> RA/CA -> I-node: a support/attack; two or more premises are one linked reason.
  A premise already linked into the same conclusion by an earlier RA/CA is *shared*: it joins
  the new linked reason as well (``Link.also_in``), so {A,B}, {B,C}, {B,D} into one claim stay
  three linked reasons with B in each.
- premise(s) -> CA -> RA (or a CA aimed at an I-node): an undercut, an attack on that inference:
  ``onto`` names the premise of a plain reason, ``onto_group`` the linked reason.
- premise(s) -> CA -> CA: an attack on that attack's inference, also an undercut.
- What the model cannot hold is imported as the nearest thing it can, with a note naming the
  S-node: an attack on an undercut (argmap has no undercut of an undercut) and a support aimed at
  an S-node become links to that S-node's first premise; a premise that is both a reason alone
  and part of a linked reason into the same conclusion stays in the linked reason only.
- premise -> MA -> I-node: a rephrase (the MA's premise restates its conclusion).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from argmap.io.formats.common import clip
from argmap.model import Link
from argmap.model.errors import MapError
from argmap.model.kinds import Relation
from argmap.model.schemes import find_scheme

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

DIALOGUE_TYPES = {"L", "TA", "YA"}
SCHEME_TYPES = {"RA": Relation.SUPPORT, "CA": Relation.ATTACK}

#: How an imported S-node's inference into one conclusion is held: (conclusion, onto premise, onto group).
Inference = tuple[str, str | None, str | None]


class SchemeImport:
    """Turns the RA, CA and MA nodes of one AIF graph into links of ``amap``, noting what changes."""

    def __init__(self, amap: ArgumentMap, nodes: dict[str, dict[str, str]], pred: dict[str, list[str]],
                 succ: dict[str, list[str]], skipped: list[str], shown: Callable[[str], str] = str) -> None:
        self.amap, self.nodes, self.pred, self.succ, self.skipped, self.shown = amap, nodes, pred, succ, skipped, shown
        #: S-node -> the inferences it became (what a CA aimed at it undercuts).
        self.inference: dict[str, list[Inference]] = {}

    def run(self) -> None:
        schemes = [n for n, node in self.nodes.items() if node["type"] in SCHEME_TYPES]
        for node_id in schemes:  # first every reason into a statement, so undercuts find what they attack
            self._into_statements(node_id)
        for node_id in schemes:
            self._onto_schemes(node_id)
        for node_id, node in self.nodes.items():
            if node["type"] == "MA":
                self._rephrase(node_id)
            elif node["type"] not in DIALOGUE_TYPES and node["type"] not in SCHEME_TYPES and node["type"] != "I":
                self.skipped.append(f"{node['type']}-node {self.shown(node_id)}: this node type is not imported")

    # ------------------------------------------------------------ reasons into statements
    def _premises(self, node_id: str, kind: str) -> list[str]:
        premises: list[str] = []
        for p in self.pred[node_id]:
            p_type = self.nodes[p]["type"]
            if p_type == "I":
                premises.append(p)
            elif p_type not in SCHEME_TYPES and p_type not in DIALOGUE_TYPES:  # an S-node feeding this one is its own
                self.skipped.append(f"{kind} {self.shown(node_id)}: premise {p_type}-node {self.shown(p)} is not a statement")
        return list(dict.fromkeys(premises))

    def _into_statements(self, node_id: str) -> None:
        kind = self.nodes[node_id]["type"]
        premises = self._premises(node_id, kind)
        targets = []
        for t in self.succ[node_id]:
            t_type = self.nodes[t]["type"]
            if t_type == "I":
                targets.append(t)
            elif t_type not in SCHEME_TYPES:
                self.skipped.append(f"{kind} {self.shown(node_id)} aimed at an {t_type}-node ({self.shown(t)}): not imported")
        aims_at_scheme = any(self.nodes[t]["type"] in SCHEME_TYPES for t in self.succ[node_id])
        if not premises:
            if targets or aims_at_scheme or not self.succ[node_id]:
                self.skipped.append(f"{kind} {self.shown(node_id)} has no premise statement: skipped")
            return
        if not targets:
            if not aims_at_scheme:
                self.skipped.append(f"{kind} {self.shown(node_id)} has no conclusion statement: skipped")
            return
        for target in dict.fromkeys(targets):
            held = self._reason(node_id, SCHEME_TYPES[kind], premises, target)
            if held is not None:
                self.inference.setdefault(node_id, []).append(held)

    def _reason(self, node_id: str, relation: Relation, premises: list[str], target: str,
                onto: str | None = None, onto_group: str | None = None) -> Inference | None:
        """Link ``premises`` into ``target`` as one reason (an undercut when ``onto``/``onto_group``); how it is held."""
        kind, where = self.nodes[node_id]["type"], f"{self.nodes[node_id]['type']} {self.shown(node_id)}"
        members: list[str] = []
        fresh: set[str] = set()
        for p in premises:
            if p == target:
                self.skipped.append(f"{where}: statement {self.shown(p)} bearing on itself is not imported")
                continue
            if not self.amap.has_link(p, target):
                try:
                    self.amap.add_link(Link(p, target, relation, onto=onto, onto_group=onto_group))
                except MapError as exc:
                    self.skipped.append(f"{where}: {exc}")
                    continue
                fresh.add(p)
                members.append(p)
                continue
            old = self.amap.link(p, target)
            if old.relation == relation and (old.onto, old.onto_group) == (onto, onto_group):
                members.append(p)  # the same premise in a second reason into the same conclusion
            else:
                what = "an undercut" if onto or onto_group else f"the {relation}"
                self.skipped.append(f"{where}: {self.shown(p)} already {old.relation}s {self.shown(target)}"
                                    f"{' (an undercut)' if old.is_undercut else ''}; {what} is dropped")
        if not members:
            return None
        scheme = _scheme_name(self.nodes[node_id]) if kind == "RA" else None
        held: Inference | None
        if len(members) == 1:
            held = self._single(where, members[0], target, members[0] in fresh)
        else:
            held = self._linked(where, members, target, fresh)
        if scheme is not None and held is not None:
            for p in members:
                if p in fresh:
                    self.amap.update_link(p, target, scheme=scheme)
        return held

    def _single(self, where: str, premise: str, target: str, fresh: bool) -> Inference:
        link = self.amap.link(premise, target)
        if fresh or link.group is None:
            if not fresh:
                self.skipped.append(f"{where}: a second reason from {self.shown(premise)} alone into "
                                    f"{self.shown(target)}; imported as the same link")
            return (target, premise, None)
        self.skipped.append(f"{where}: {self.shown(premise)} is also part of the linked reason {link.group!r} into "
                            f"{self.shown(target)}; argmap holds it in that linked reason only")
        return (target, None, link.group)

    def _linked(self, where: str, members: list[str], target: str, fresh: set[str]) -> Inference | None:
        wanted = set(members)
        groups = self.amap.groups(target)
        for name, others in groups.items():
            if set(others) == wanted:
                self.skipped.append(f"{where}: the same linked reason into {self.shown(target)} as another; "
                                    "imported once")
                return (target, None, name)
        name = next(f"g{n}" for n in range(1, len(groups) + 2) if f"g{n}" not in groups)
        joined = []
        for p in members:
            link = self.amap.link(p, target)
            try:
                if link.group is None:
                    self.amap.update_link(p, target, group=name)
                    if p not in fresh:
                        self.skipped.append(f"{where}: {self.shown(p)} was a reason alone into {self.shown(target)} "
                                            "as well; argmap holds it in this linked reason only")
                else:  # not share(): that wants the reason to exist, and all of its premises may be shared
                    self.amap.update_link(p, target, also_in=(*link.also_in, name))
            except MapError as exc:
                self.skipped.append(f"{where}: {exc}")
                continue
            joined.append(p)
        if len(joined) < 2:
            return (target, joined[0], None) if joined and self.amap.link(joined[0], target).group is None else None
        return (target, None, name)

    # ------------------------------------------------------------ S-nodes aimed at S-nodes
    def _onto_schemes(self, node_id: str) -> None:
        kind = self.nodes[node_id]["type"]
        aimed = [t for t in dict.fromkeys(self.succ[node_id]) if self.nodes[t]["type"] in SCHEME_TYPES]
        if not aimed:
            return
        premises = [p for p in self.pred[node_id] if self.nodes[p]["type"] == "I"]
        premises = list(dict.fromkeys(premises))
        if not premises:
            return  # noted by _into_statements
        for t in aimed:
            t_type = self.nodes[t]["type"]
            held = self.inference.get(t, [])
            if kind == "CA" and held:
                for target, onto, group in held:
                    self._reason(node_id, Relation.ATTACK, premises, target, onto=onto, onto_group=group)
                continue
            self._fallback(node_id, kind, premises, t, t_type)

    def _fallback(self, node_id: str, kind: str, premises: list[str], t: str, t_type: str) -> None:
        """What argmap cannot hold (a support of an inference, an attack on an undercut): a link to the S-node's first premise."""
        anchor = _first_premise(t, self.nodes, self.pred)
        shown = f"{kind} {self.shown(node_id)} aims at {t_type} {self.shown(t)}"
        if anchor is None:
            self.skipped.append(f"{shown}, which has no premise to attach it to")
            return
        why = ("an attack on an undercut (argmap holds no undercut of an undercut)" if kind == "CA"
               else "a support of an inference (argmap holds none)")
        as_link = "an attack on" if kind == "CA" else "a support of"
        self.skipped.append(f"{shown}: {why}; imported as {as_link} its premise '{clip(self.nodes[anchor]['text'], 40)}'")
        self._reason(node_id, SCHEME_TYPES[kind], premises, anchor)

    # ------------------------------------------------------------ rephrases
    def _rephrase(self, node_id: str) -> None:
        sources = [p for p in self.pred[node_id] if self.nodes[p]["type"] == "I"]
        targets = [t for t in self.succ[node_id] if self.nodes[t]["type"] == "I"]
        if not sources or not targets:
            self.skipped.append(f"MA {self.shown(node_id)} does not join two statements: skipped")
            return
        for source in dict.fromkeys(sources):
            for target in dict.fromkeys(targets):
                if source == target:
                    continue
                if self.amap.has_link(source, target) or self.amap.has_link(target, source):
                    self.skipped.append(f"MA {self.shown(node_id)}: {self.shown(source)} and {self.shown(target)} "
                                        "are already linked; the rephrase is dropped")
                    continue
                try:
                    self.amap.connect(source, target, Relation.REPHRASE)
                except MapError as exc:
                    self.skipped.append(f"MA {self.shown(node_id)}: {exc}")


def _first_premise(snode: str, nodes, pred, seen: frozenset[str] = frozenset()) -> str | None:
    """The statement whose reasoning an S-node carries: its first I-node premise (through chains)."""
    for p in pred[snode]:
        if nodes[p]["type"] == "I":
            return p
    for p in pred[snode]:
        if nodes[p]["type"] in SCHEME_TYPES and p not in seen:
            found = _first_premise(p, nodes, pred, seen | {snode})
            if found:
                return found
    return None


def _scheme_name(node: dict[str, str]) -> str | None:
    """The scheme an RA node names (argmap's id when the catalogue knows it), or None for a default inference."""
    for name in (node.get("scheme"), node.get("text")):
        if not name or name.lower() in ("default inference", "ra", "inference"):
            continue
        known = find_scheme(name)
        return known.id if known is not None else name[:200]
    return None
