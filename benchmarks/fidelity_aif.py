"""argmap's AIF reading against what the AIF file itself says, nodeset by nodeset.

From the file: every I-node is a statement; every premise -> RA/CA -> I-node conclusion is a
support/attack of that premise on that conclusion; a CA aimed at an RA is an undercut, at a CA
an attack on that attack (also an undercut in argmap), at a CA that is itself an undercut an
attack argmap cannot hold; an MA is a rephrase; a premise in two linked RAs into one conclusion
is shared. argmap's map is compared with that: statements by id, links by their two ends and
relation, undercuts by what they attack, linked reasons by their premises. A difference is
"reported" when an import note names the S-node it comes from, "silent" otherwise. Each file is
also written back as AIF and its node and edge structure compared.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats.aif import dumps_aif, parse_aif


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
    #: what the file holds that argmap read exactly: "undercut (CA on RA)", "undercut (CA on CA)", "rephrase (MA)",
    #: "linked reason with a shared premise"
    exact: Counter = field(default_factory=Counter)
    #: AIF -> argmap -> AIF gives the same count of nodes of each type and of edges between each pair of types
    structure_kept: bool = False

    @property
    def statements_equal(self) -> bool:
        return self.reads and not any(k.startswith("statement") for k in self.differences)

    @property
    def relations_equal(self) -> bool:
        return self.reads and not any(k.startswith(("relation", "undercut", "rephrase", "attack on")) for k in self.differences)


def structure(doc: dict) -> Counter:
    types = {str(n["nodeID"]): n.get("type") for n in doc.get("nodes", [])}
    counts = Counter(types.values())
    counts.update(f"{types.get(str(e['fromID']))}->{types.get(str(e['toID']))}" for e in doc.get("edges", []))
    return counts


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
    c.structure_kept = structure(doc) == structure(json.loads(dumps_aif(amap)))
    statements = [i for i, n in nodes.items() if n.get("type") == "I"]
    c.statements, c.argmap_statements = len(statements), len(amap)
    c.argmap_relations = len(amap.links())

    def differ(kind: str, snode: str) -> None:
        c.differences[kind] += 1
        if f" {snode}" not in said:
            c.silent[kind] += 1

    def premises(snode: str) -> list[str]:
        return [p for p in pred[snode] if nodes[p].get("type") == "I"]

    def conclusions(snode: str) -> list[str]:
        return [t for t in succ[snode] if nodes[t].get("type") == "I"]

    for i in statements:
        if i not in amap:
            differ("statement missing", i)
    expected: dict[tuple[str, str], tuple[str, str]] = {}  # (premise, conclusion) -> (relation, S-node)
    for snode, node in nodes.items():
        kind = node.get("type")
        if kind == "MA":
            pairs = [(a, b) for a in premises(snode) for b in conclusions(snode)]
            kept = [(a, b) for a, b in pairs if amap.has_link(a, b) and amap.link(a, b).relation == "rephrase"]
            if pairs and len(kept) == len(pairs):
                c.exact["rephrase (MA)"] += 1
            else:
                differ("rephrase not kept", snode)
            continue
        if kind not in ("RA", "CA"):
            continue
        for target in succ[snode]:
            if nodes[target].get("type") == "I":
                for premise in premises(snode):
                    if premise != target:
                        expected.setdefault((premise, target), ("support" if kind == "RA" else "attack", snode))
            elif nodes[target].get("type") in ("RA", "CA"):
                what = "undercut (CA on RA)" if nodes[target]["type"] == "RA" else "undercut (CA on CA)"
                inner, into = premises(target), conclusions(target)
                if kind == "CA" and inner and into and _undercut_held(amap, premises(snode), inner, into[0]):
                    c.exact[what] += 1
                elif kind == "CA" and not into:
                    differ("attack on an undercut moved onto its premise", snode)
                else:
                    differ(f"{what} not held", snode)
    c.relations = len(expected)
    actual = {(link.source, link.target): str(link.relation) for link in amap.links()}
    for pair, (relation, snode) in expected.items():
        if pair not in actual:
            differ("relation missing", snode)
        elif actual[pair] != relation:
            differ("relation type differs", snode)
    groups_expected: Counter = Counter()
    for snode, node in nodes.items():
        if node.get("type") in ("RA", "CA") and len(premises(snode)) >= 2:
            for target in conclusions(snode):
                groups_expected[(target, frozenset(premises(snode)))] += 1
    for (target, members), _count in groups_expected.items():
        if target in amap and not any(set(m) == members for m in amap.groups(target).values()):
            differ("relation linked group split", target)
        elif any(sum(1 for (t, m) in groups_expected if t == target and p in m) > 1 for p in members):
            c.exact["linked reason with a shared premise"] += 1
    return c


def _undercut_held(amap, attackers: list[str], inner: list[str], target: str) -> bool:
    """Each attacker is an undercut into ``target`` onto the inference from ``inner`` (one premise or that linked reason)."""
    for x in attackers:
        if not amap.has_link(x, target):
            return False
        link = amap.link(x, target)
        if len(inner) == 1 and link.onto != inner[0]:
            return False
        if len(inner) > 1 and set(amap.groups(target).get(link.onto_group or "", [])) != set(inner):
            return False
    return True
