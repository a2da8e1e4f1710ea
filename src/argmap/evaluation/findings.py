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


TRANSLATION_CONTEXT = "Findings"  # where the translation extractor files the N() strings below


def N(text: str) -> str:  # marks an English template (or word) for translation; the editor translates it
    return text


#: Kind names as findings say them; marked so that the editor can say them in its language.
KIND_WORDS = {Kind.CLAIM: N("claim"), Kind.SUPPORT: N("support"), Kind.OBJECTION: N("objection"),
              Kind.REBUTTAL: N("rebuttal"), Kind.EVIDENCE: N("evidence")}


@dataclass(frozen=True, slots=True)
class Finding:
    """``message`` is English; ``template`` and ``args`` let the editor say it in the interface's
    language (docs/translating.md): the template with {0}, {1}... where the args go."""

    code: str
    severity: Severity
    nodes: tuple[str, ...]
    message: str
    template: str = ""
    args: tuple[str, ...] = ()

    @property
    def statement_id(self) -> str | None:
        """The statement to go to (the first one named), None for a map-wide finding."""
        return self.nodes[0] if self.nodes else None

    def as_json(self) -> dict[str, object]:
        return {"check": self.code, "severity": str(self.severity), "nodes": list(self.nodes), "message": self.message}


def _finding(code: str, severity: Severity, nodes: tuple[str, ...], template: str, *args: object) -> Finding:
    """A finding whose message is ``template`` filled in with ``args`` (statement quotes, numbers)."""
    texts = tuple(format(a) for a in args)
    return Finding(code, severity, nodes, template.format(*texts), template, texts)


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
    ev = evaluation.dense() if evaluation is not None else evaluate(snap, labels=False)  # (every number: no holes)
    g, values = ev.graph, ev.solution.values
    combine = ev.semantics.combine
    found: list[Finding] = []
    multi = len(g) > 1
    side = ev.side or sides(g)
    open_attack = ev.open_attack or unanswered_attackers(g, side)
    out_relations = _out_relations(g)  # what each statement's links do
    restated = {t for ts in g.restates.values() for t in ts}
    shown_as = ev.shown_as
    statements = snap.statements
    for i, s in enumerate(statements[i] for i in g.ids):
        quoted = _Quoted(s.text)
        replies, bears_on = g.replies(i), out_relations[i]
        if open_attack[i]:
            found.append(_finding("unanswered-objection", Severity.WARNING, (s.id,),
                                  N("Unanswered objection: nothing answers {0}"), quoted))
        elif g.attacks[i] and objects_to_our_side(g, side, i):
            best = max(min(values[p] for p in reason) for reason in g.attacks[i])
            sup = [min(values[p] for p in reason) for reason in g.supports[i]]
            unanswered_value = combine(g.base[i], sup, []) if sup else g.base[i]
            if best < unanswered_value:
                found.append(_finding("weakly-answered-objection", Severity.WARNING, (s.id,),
                                      N("Weakly answered: the best answer to {0} ({1}) is weaker than the objection ({2})"),
                                      quoted, f"{best:.2f}", f"{unanswered_value:.2f}"))
        expected = _REASON_KINDS.get(s.kind)
        force = bears_on - {Relation.REPHRASE}  # a rephrase neither supports nor attacks: no kind contradicts it
        if expected is not None and force and expected not in force:
            template = (N("{0} is a {1} but is linked as an objection to its target: change its kind or its link")
                        if expected == Relation.SUPPORT else
                        N("{0} is a {1} but is linked as a reason for its target: change its kind or its link"))
            found.append(_finding("kind-contradicts-link", Severity.WARNING, (s.id,), template, quoted, KIND_WORDS[s.kind]))
        if not s.text.strip():
            found.append(_finding("empty-text", Severity.WARNING, (s.id,), N("A statement has no text yet")))
        if s.kind == Kind.EVIDENCE and not s.sources:
            found.append(_finding("evidence-without-source", Severity.WARNING, (s.id,),
                                  N("Evidence without a source: {0}"), quoted))
        if multi and not replies and not bears_on and i not in restated:
            found.append(_finding("disconnected", Severity.WARNING, (s.id,), N("Not connected to anything: {0}"), quoted))
            continue
        if expected is not None and not bears_on:
            found.append(_finding("reason-without-claim", Severity.WARNING, (s.id,),
                                  N("{0} is a {1} that bears on nothing: link it to its claim or make it a claim"),
                                  quoted, KIND_WORDS[s.kind]))
        if replies and i in g.restates:
            found.append(_finding("rephrase-with-replies", Severity.INFO, (s.id, g.ids[min(g.restates[i])]),
                                  N("{0} restates {1}, but its replies do not count for {1}: a rephrase has no force "
                                    "(move them onto {1} if they are meant for it)"),
                                  quoted, _Quoted(statements[g.ids[min(g.restates[i])]].text)))
        if s.kind == Kind.CLAIM and not g.supports[i] and i not in g.restates:  # a rephrase is not a claim of its own
            found.append(_finding("unsupported-claim", Severity.INFO, (s.id,), N("No reason or evidence supports {0}"), quoted))
        if s.kind == Kind.CLAIM and not bears_on:
            status = ev.status_list[i]
            if status == Status.REFUTED:
                found.append(_finding("claim-refuted", Severity.WARNING, (s.id,),
                                      N("Main claim refuted ({0}): its objections outweigh {1}"), f"{values[i]:.2f}", quoted))
            elif status == Status.WEAKENED:
                found.append(_finding("claim-weakened", Severity.INFO, (s.id,),
                                      N("Main claim weakened from {0} to {1}: {2}"), f"{g.base[i]:.2f}", f"{values[i]:.2f}", quoted))
    if ev.solution.cyclic:
        found.extend(_cycle_findings(snap, g))
    if ev.solution.unsettled:
        nodes = tuple(g.ids[i] for i in sorted(ev.solution.unsettled))
        found.append(_finding("unsettled", Severity.WARNING, nodes,
                              N("{0} strengths did not settle (a cycle of reasons; residual {1}): "
                                "those statements are marked unsettled"), len(nodes), f"{ev.solution.residual:.2g}"))
    # a rephrase that shows what it restates has no base score that matters
    defaults = sum(b == DEFAULT_SCORE for k, b in enumerate(g.base) if k not in shown_as)
    scored = len(g) - len(shown_as)
    if defaults >= 4 and defaults >= DEFAULT_SHARE * scored:
        found.append(_finding("default-scores", Severity.INFO, (),
                              N("{0} of {1} statements still have the default base score 0.5: "
                                "set base scores so that strengths say something"), defaults, scored))
    from argmap.evaluation.scheme_findings import scheme_findings  # here: that module builds on this one

    found += scheme_findings(snap)  # critical questions of reasons marked with a scheme
    first = {"unanswered-objection": 0, "weakly-answered-objection": 1}
    return sorted(found, key=lambda f: first.get(f.code, 2))


def _out_relations(g: EvalGraph) -> list[set[Relation]]:
    """The relations of each statement's links (an undercut is an attack), from the graph's numbers."""
    found: list[set[Relation]] = []
    cut_links, restates = g.cut_links, g.restates
    for i, links in enumerate(g.attack_links):
        attacking = len(links) if len(links) < 2 else len({t for t, _ in links})  # a shared premise: one link
        if cut_links and i in cut_links:
            attacking += len({link[0] for link in cut_links[i]})
        bears_on: set[Relation] = {Relation.ATTACK} if attacking else set()
        if len(g.targets[i]) > attacking:
            bears_on.add(Relation.SUPPORT)
        if restates and i in restates:
            bears_on.add(Relation.REPHRASE)
        found.append(bears_on)
    return found


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
    attack |= {(s, t) for s, links in g.cut_links.items() for t, *_ in links}  # an undercut is an attack too
    for numbers in cycles(g):
        steps = zip(numbers, numbers[1:] + numbers[:1], strict=True)
        supports_only = not any(step in attack for step in steps)
        cycle = [g.ids[k] for k in numbers]
        path = " → ".join(short(snap.statement(i).text, 30) for i in cycle)
        if supports_only:
            found.append(_finding("circular-support", Severity.WARNING, tuple(cycle),
                                  N("Circular reasoning (each supports the next, which drives them all towards 1): {0}"), path))
        else:
            found.append(_finding("attack-cycle", Severity.INFO, tuple(cycle), N("Attack cycle: {0}"), path))
    return found
