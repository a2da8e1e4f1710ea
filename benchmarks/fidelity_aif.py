"""argmap's AIF reading against what the AIF file itself says, nodeset by nodeset.

From the file: every I-node is a statement; every premise -> RA/CA -> I-node conclusion is a
support/attack of that premise on that conclusion; an RA or CA aimed at another S-node is an
undercut (or an attack on an attack); an MA is a rephrase. argmap's map is compared with that:
statements by id, links by their two ends and relation. A difference is "reported" when an
import note names the S-node it comes from, "silent" otherwise.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats.aif import parse_aif


@dataclass
class AifComparison:
    name: str
    reads: bool
    error: str = ""
    statements: int = 0
    argmap_statements: int = 0
    relations: int = 0  # I-node to I-node, through RA/CA
    argmap_relations: int = 0
    differences: Counter = field(default_factory=Counter)
    silent: Counter = field(default_factory=Counter)

    @property
    def statements_equal(self) -> bool:
        return self.reads and not any(k.startswith("statement") for k in self.differences)

    @property
    def relations_equal(self) -> bool:
        return self.reads and not any(k.startswith(("relation", "undercut", "rephrase")) for k in self.differences)


def compare_aif(path: Path) -> AifComparison:
    doc = json.loads(path.read_text(encoding="utf-8"))
    nodes = {str(n["nodeID"]): n for n in doc.get("nodes", [])}
    pred: dict[str, list[str]] = defaultdict(list)
    succ: dict[str, list[str]] = defaultdict(list)
    for e in doc.get("edges", []):
        source, target = str(e["fromID"]), str(e["toID"])
        if source in nodes and target in nodes:
            succ[source].append(target)
            pred[target].append(source)
    try:
        result = parse_aif(path.read_bytes(), path)
    except MapFileError as exc:
        return AifComparison(path.name, False, error=str(exc))
    amap, said = result.map, "\n".join(result.skipped)
    c = AifComparison(path.name, True)
    statements = [i for i, n in nodes.items() if n.get("type") == "I"]
    c.statements, c.argmap_statements = len(statements), len(amap)
    c.argmap_relations = len(amap.links())

    def differ(kind: str, snode: str) -> None:
        c.differences[kind] += 1
        if f" {snode}" not in said:
            c.silent[kind] += 1

    for i in statements:
        if i not in amap:
            differ("statement missing", i)
    expected: dict[tuple[str, str], tuple[str, str]] = {}  # (premise, conclusion) -> (relation, S-node)
    for snode, node in nodes.items():
        kind = node.get("type")
        if kind == "MA":
            differ("rephrase not kept", snode)
            continue
        if kind not in ("RA", "CA"):
            continue
        premises = [p for p in pred[snode] if nodes[p].get("type") == "I"]
        for target in succ[snode]:
            if nodes[target].get("type") == "I":
                for premise in premises:
                    if premise != target:
                        expected.setdefault((premise, target), ("support" if kind == "RA" else "attack", snode))
            elif nodes[target].get("type") in ("RA", "CA"):
                differ("undercut moved onto a premise" if nodes[target]["type"] == "RA" else "attack on an attack moved", snode)
    c.relations = len(expected)
    actual = {(link.source, link.target): str(link.relation) for link in amap.links()}
    for pair, (relation, snode) in expected.items():
        if pair not in actual:
            differ("relation missing", snode)
        elif actual[pair] != relation:
            differ("relation type differs", snode)
    groups_expected: Counter = Counter()
    for snode, node in nodes.items():
        if node.get("type") == "RA":
            premises = [p for p in pred[snode] if nodes[p].get("type") == "I"]
            if len(premises) >= 2:
                for target in succ[snode]:
                    if nodes[target].get("type") == "I":
                        groups_expected[(target, frozenset(premises))] += 1
    for (target, premises), _count in groups_expected.items():
        if target in amap and not any(set(m) == premises for m in amap.groups(target).values()):
            differ("relation linked group split (a premise shared by two groups)", target)
    return c
