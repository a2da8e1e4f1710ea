"""Checks that point a debater at the weak spots of a map.

Each finding has a stable ``code`` that tools can filter on (``check`` in ``argmap check
--json``), a severity, the statements it is about (``nodes``; none for map-wide ones) and a
sentence for the user. Findings read the same evaluation the boxes show, so a box never
says "stands" while a finding calls it refuted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from argmap.evaluation.evaluate import Evaluation, evaluate
from argmap.evaluation.graph import EvalGraph, MapSnapshot, as_snapshot
from argmap.evaluation.solve import components
from argmap.evaluation.verdict import Status, objects_to_our_side, sides, unanswered_attackers
from argmap.gc_pause import collector_paused
from argmap.model import DEFAULT_SCORE, ArgumentMap, Kind, Relation

#: A prompt to set base scores appears when at least this share of statements (and four or more) keep the default.
DEFAULT_SHARE = 0.5

_REASON_KINDS = {Kind.SUPPORT: Relation.SUPPORT, Kind.EVIDENCE: Relation.SUPPORT,
                 Kind.OBJECTION: Relation.ATTACK, Kind.REBUTTAL: Relation.ATTACK}


class Severity(StrEnum):
    WARNING = "warning"  # most likely needs work before the debate
    INFO = "info"  # worth a look


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    nodes: tuple[str, ...]
    message: str

    @property
    def statement_id(self) -> str | None:
        """The statement to go to (the first one named), None for a map-wide finding."""
        return self.nodes[0] if self.nodes else None

    def as_json(self) -> dict[str, object]:
        return {"check": self.code, "severity": str(self.severity), "nodes": list(self.nodes), "message": self.message}


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def find_issues(source: ArgumentMap | MapSnapshot, evaluation: Evaluation | None = None) -> list[Finding]:
    """All findings, in map order: unanswered objections first, then the rest.

    >>> m = ArgumentMap()
    >>> _ = m.add("claim", "We should walk.", id="c")
    >>> _ = m.add("objection", "It rains.", parent="c", id="o")
    >>> [f.code for f in find_issues(m)]
    ['unanswered-objection', 'unsupported-claim', 'claim-weakened']
    """
    with collector_paused():  # (see evaluate)
        return _find_issues(source, evaluation)


def _find_issues(source: ArgumentMap | MapSnapshot, evaluation: Evaluation | None) -> list[Finding]:
    snap = as_snapshot(source)  # a snapshot: findings can be made on another thread
    ev = evaluation if evaluation is not None else evaluate(snap, labels=False)
    g, values = ev.graph, ev.solution.values
    combine = ev.semantics.combine
    found: list[Finding] = []
    multi = len(g) > 1
    side = ev.side or sides(g)
    open_attack = ev.open_attack or unanswered_attackers(g, side)
    out_relations: list[set[Relation]] = [set() for _ in range(len(g))]
    for i, bears_on in enumerate(out_relations):
        if g.attack_links[i]:
            bears_on.add(Relation.ATTACK)
        if len(g.targets[i]) > len(g.attack_links[i]):
            bears_on.add(Relation.SUPPORT)
    statements = snap.statements
    for i, s in enumerate(statements[i] for i in g.ids):
        quoted = _Quoted(s.text)
        replies, bears_on = g.replies(i), out_relations[i]
        if open_attack[i]:
            found.append(Finding("unanswered-objection", Severity.WARNING, (s.id,),
                                 f"Unanswered objection: nothing answers {quoted}"))
        elif g.attacks[i] and objects_to_our_side(g, side, i):
            best = max(min(values[p] for p in reason) for reason in g.attacks[i])
            sup = [min(values[p] for p in reason) for reason in g.supports[i]]
            unanswered_value = combine(g.base[i], sup, []) if sup else g.base[i]
            if best < unanswered_value:
                found.append(Finding("weakly-answered-objection", Severity.WARNING, (s.id,),
                                     f"Weakly answered: the best answer to {quoted} ({best:.2f}) "
                                     f"is weaker than the objection ({unanswered_value:.2f})"))
        expected = _REASON_KINDS.get(s.kind)
        if expected is not None and bears_on and expected not in bears_on:
            as_what = "an objection" if expected == Relation.SUPPORT else "a reason for"
            found.append(Finding("kind-contradicts-link", Severity.WARNING, (s.id,),
                                 f"{quoted} is a {s.kind.value} but is linked as {as_what} its target: "
                                 "change its kind or its link"))
        if not s.text.strip():
            found.append(Finding("empty-text", Severity.WARNING, (s.id,), "A statement has no text yet"))
        if s.kind == Kind.EVIDENCE and not s.sources:
            found.append(Finding("evidence-without-source", Severity.WARNING, (s.id,),
                                 f"Evidence without a source: {quoted}"))
        if multi and not replies and not bears_on:
            found.append(Finding("disconnected", Severity.WARNING, (s.id,), f"Not connected to anything: {quoted}"))
            continue
        if expected is not None and not bears_on:
            found.append(Finding("reason-without-claim", Severity.WARNING, (s.id,),
                                 f"{quoted} is a {s.kind.value} that bears on nothing: "
                                 "link it to its claim or make it a claim"))
        if s.kind == Kind.CLAIM and not g.supports[i]:
            found.append(Finding("unsupported-claim", Severity.INFO, (s.id,), f"No reason or evidence supports {quoted}"))
        if s.kind == Kind.CLAIM and not bears_on:
            status = ev.status_list[i]
            if status == Status.REFUTED:
                found.append(Finding("claim-refuted", Severity.WARNING, (s.id,),
                                     f"Main claim refuted ({values[i]:.2f}): its objections outweigh {quoted}"))
            elif status == Status.WEAKENED:
                found.append(Finding("claim-weakened", Severity.INFO, (s.id,),
                                     f"Main claim weakened from {g.base[i]:.2f} to {values[i]:.2f}: {quoted}"))
    if ev.solution.cyclic:
        found.extend(_cycle_findings(snap, g))
    if ev.solution.unsettled:
        nodes = tuple(g.ids[i] for i in sorted(ev.solution.unsettled))
        found.append(Finding("unsettled", Severity.WARNING, nodes,
                             f"{len(nodes)} strengths did not settle (a cycle of reasons; residual "
                             f"{ev.solution.residual:.2g}): those statements are marked unsettled"))
    defaults = sum(b == DEFAULT_SCORE for b in g.base)
    if defaults >= 4 and defaults >= DEFAULT_SHARE * len(g):
        found.append(Finding("default-scores", Severity.INFO, (),
                             f"{defaults} of {len(g)} statements still have the default base score 0.5: "
                             "set base scores so that strengths say something"))
    from argmap.evaluation.scheme_findings import scheme_findings  # here: that module builds on this one

    found += scheme_findings(snap)  # critical questions of reasons marked with a scheme
    first = {"unanswered-objection": 0, "weakly-answered-objection": 1}
    return sorted(found, key=lambda f: first.get(f.code, 2))


class _Quoted:
    """A statement's text in quotes, shortened: made only when a finding's message needs it."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __format__(self, spec: str) -> str:
        return f"“{short(self.text)}”"


def cycles(g: EvalGraph, limit: int = 20) -> list[list[int]]:
    """Up to ``limit`` simple cycles (each from its first statement in map order), the same on every run:
    as ``ArgumentMap.cycles`` finds them, on the evaluation's numbers."""
    import itertools

    import networkx as nx

    looped = sorted(i for component in components(g) if len(component) > 1 for i in component)
    looped += [i for i in range(len(g)) if i in g.targets[i] and i not in looped]
    if not looped:
        return []
    number = {node: k for k, node in enumerate(sorted(looped))}
    numbered: nx.DiGraph[int] = nx.DiGraph()
    numbered.add_nodes_from(range(len(number)))
    numbered.add_edges_from(sorted((number[s], number[t]) for s in number for t in g.targets[s] if t in number))
    found = []
    for cycle in itertools.islice(nx.simple_cycles(numbered), limit):
        start = cycle.index(min(cycle))
        found.append(cycle[start:] + cycle[:start])
    back = sorted(number)
    return [[back[k] for k in cycle] for cycle in sorted(found)]


def _cycle_findings(snap: MapSnapshot, g: EvalGraph) -> list[Finding]:
    found: list[Finding] = []
    attack = {(s, t) for s, links in enumerate(g.attack_links) for t, _ in links}
    for numbers in cycles(g):
        steps = zip(numbers, numbers[1:] + numbers[:1], strict=True)
        supports_only = not any(step in attack for step in steps)
        cycle = [g.ids[k] for k in numbers]
        path = " → ".join(short(snap.statement(i).text, 30) for i in cycle)
        if supports_only:
            found.append(Finding("circular-support", Severity.WARNING, tuple(cycle),
                                 f"Circular reasoning (each supports the next, which drives them all towards 1): {path}"))
        else:
            found.append(Finding("attack-cycle", Severity.INFO, tuple(cycle), f"Attack cycle: {path}"))
    return found
