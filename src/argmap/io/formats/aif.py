"""AIF (Argument Interchange Format) JSON: AIFdb nodesets and OVA3 xAIF.

Mapping (documented in docs/formats.md):
- I-node -> statement (its id is the node id; kinds are inferred from the structure).
- premise(s) -> RA -> conclusion -> support links; two or more premises of one RA are one
  linked group.
- attacker(s) -> CA -> target -> attack links (several attackers of one CA: a linked group).
- A CA or RA aimed at an S-node (an undercut aims at an RA, a counter-attack at a CA) cannot
  point at a link in argmap: it is attached to the first premise of that S-node, i.e. to the
  statement whose reasoning it questions, and a note says so.
- MA (rephrase), PA (preference) and dialogue nodes (L, TA, YA) are not imported: one note each.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from argmap.file_errors import MapFileError
from argmap.io.files import parse_json
from argmap.io.formats import strip_suffix
from argmap.io.formats.common import ImportResult, check_import_size, clip, connect_or_note, infer_kinds, linked_group, members_of
from argmap.model.errors import MapError
from argmap.model.kinds import Kind, Relation
from argmap.model.schemes import find_scheme

DIALOGUE_TYPES = {"L", "TA", "YA"}
SCHEME_TYPES = {"RA": Relation.SUPPORT, "CA": Relation.ATTACK}


def parse_aif(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    from argmap.model import ArgumentMap

    check_import_size(data, path)
    doc = parse_json(data, path)
    nodes_raw, edges_raw = _node_and_edge_lists(doc, path)
    nodes = _nodes(nodes_raw, path)
    skipped: list[str] = []
    succ: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for index, edge in enumerate(edges_raw):
        ends = _edge_ends(edge, index, path)
        if ends is None:
            continue
        source, target = ends
        missing = [n for n in (source, target) if n not in nodes]
        if missing:
            skipped.append(f"edge {_edge_name(edge, index)}: node {_shown(missing[0])} is not in the file")
            continue
        if nodes[source]["type"] == "I" and nodes[target]["type"] == "I":
            skipped.append(f"edge {_edge_name(edge, index)}: I-node {_shown(source)} -> I-node {_shown(target)} "
                           "has no RA or CA between them; not imported")
            continue
        succ[source].append(target)
        pred[target].append(source)

    title = strip_suffix(path) if path else "AIF import"
    try:
        amap = ArgumentMap(title=title or "AIF import", description=_source_text(doc) or "Imported from AIF.")
    except MapError as exc:  # e.g. a lone surrogate in OVA's "text"
        raise MapFileError(path, str(exc), "text") from None
    for node_id, node in nodes.items():
        if node["type"] == "I":
            try:
                amap.add(Kind.CLAIM, node["text"], id=node_id)
            except MapError as exc:
                raise MapFileError(path, str(exc), f"node {_shown(node_id)}") from None

    dialogue = Counter(n["type"] for n in nodes.values() if n["type"] in DIALOGUE_TYPES)
    if dialogue:
        first = next(i for i, n in nodes.items() if n["type"] in DIALOGUE_TYPES)
        counts = ", ".join(f"{count} {kind}" for kind, count in sorted(dialogue.items()))
        skipped.append(f"dialogue nodes are not imported ({counts}; e.g. {nodes[first]['type']}-node {first})")

    for node_id, node in nodes.items():
        kind = node["type"]
        if kind in SCHEME_TYPES:
            _import_scheme(amap, node_id, kind, nodes, pred, succ, skipped)
        elif kind == "MA":
            texts = [clip(nodes[n]["text"], 40) for n in pred[node_id] + succ[node_id] if nodes[n]["type"] == "I"]
            what = " as ".join(f"'{e}'" for e in texts) or "(no I-nodes)"
            skipped.append(f"MA {node_id}: rephrase {what} is not imported")
        elif kind not in DIALOGUE_TYPES and kind != "I":
            skipped.append(f"{kind}-node {node_id}: this node type is not imported")
    if isinstance(doc, dict) and "OVA" in doc:
        skipped.append("OVA positions are not kept (argmap lays the map out itself)")
    infer_kinds(amap)
    if not len(amap):
        skipped.append("no I-nodes found: the map is empty")
    return ImportResult(amap, skipped)


def _import_scheme(amap, node_id: str, kind: str, nodes, pred, succ, skipped: list[str]) -> None:
    relation = SCHEME_TYPES[kind]
    premises: list[str] = []
    for p in pred[node_id]:
        if nodes[p]["type"] == "I":
            premises.append(p)
        elif nodes[p]["type"] in SCHEME_TYPES:
            pass  # an S-node feeding this one is handled as that node's own target
        elif nodes[p]["type"] not in DIALOGUE_TYPES:
            skipped.append(f"{kind} {node_id}: premise {nodes[p]['type']}-node {p} is not a statement")
    targets: list[str] = []
    for t in succ[node_id]:
        target_type = nodes[t]["type"]
        if target_type == "I":
            targets.append(t)
        elif target_type in SCHEME_TYPES:
            anchor = _first_premise(t, nodes, pred)
            if anchor is None:
                skipped.append(f"{kind} {node_id} aims at {target_type} {t}, which has no premise to attach it to")
                continue
            what = " (an undercut)" if target_type == "RA" and kind == "CA" else ""
            as_link = "an attack on" if relation == Relation.ATTACK else "a support of"
            skipped.append(
                f"{kind} {node_id} aims at {target_type} {t}{what}: imported as {as_link} "
                f"its premise '{clip(nodes[anchor]['text'], 40)}'"
            )
            targets.append(anchor)
        else:
            skipped.append(f"{kind} {node_id} aimed at an {target_type}-node ({t}): not imported")
    if not premises or not targets:
        if kind in SCHEME_TYPES and (premises or targets or not succ[node_id]):
            missing = "premise" if not premises else "conclusion"
            skipped.append(f"{kind} {node_id} has no {missing} statement: skipped")
        return
    for target in dict.fromkeys(targets):
        made = []
        for premise in dict.fromkeys(premises):
            if premise == target:
                skipped.append(f"{kind} {node_id}: statement {premise} bearing on itself is not imported")
                continue
            if connect_or_note(amap, premise, target, relation, skipped, f"{kind} {node_id}"):
                made.append(premise)
        if len(made) >= 2:
            amap.group(target, made)
        scheme = _scheme_name(nodes[node_id]) if relation == Relation.SUPPORT else None
        for premise in made:
            if scheme is not None:
                amap.update_link(premise, target, scheme=scheme)


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


# ---------------------------------------------------------------- parsing helpers
def _source_text(doc: Any) -> str:
    """The analysed text an OVA3 file carries beside the graph (plain text, at most 20,000 characters)."""
    text = doc.get("text") if isinstance(doc, dict) else None
    if isinstance(text, dict):
        text = text.get("txt")
    if not isinstance(text, str):
        return ""
    text = re.sub(r"<br\s*/?>|</p>", "\n", text)
    text = html.unescape(_without_tags(text))
    return "\n".join(line.strip() for line in text.strip().splitlines())[:20_000]


def _without_tags(text: str) -> str:
    """``text`` with every ``<...>`` removed, as ``re.sub(r"<[^>]*>", "", text)`` does, in linear time
    (that regex scans the rest of the text from each ``<`` that no ``>`` follows: a run of ``<`` took minutes)."""
    kept: list[str] = []
    done = 0
    while (start := text.find("<", done)) >= 0 and (end := text.find(">", start + 1)) >= 0:
        kept.append(text[done:start])
        done = end + 1
    kept.append(text[done:])
    return "".join(kept)


def looks_like_aif(doc: object) -> bool:
    """True for an AIFdb nodeset or an OVA3 xAIF document (used to tell AIF from argmap JSON)."""
    if isinstance(doc, dict) and isinstance(doc.get("AIF"), dict):
        doc = doc["AIF"]
    if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list):
        return False
    first = doc["nodes"][0] if doc["nodes"] else {}
    return "schema_version" not in doc and (not doc["nodes"] or (isinstance(first, dict) and "nodeID" in first))


def _node_and_edge_lists(doc: Any, path) -> tuple[list, list]:
    if isinstance(doc, dict) and isinstance(doc.get("AIF"), dict):
        doc = doc["AIF"]
    if not isinstance(doc, dict):
        raise MapFileError(path, "an AIF file is a JSON object with 'nodes' and 'edges'", "$")
    nodes, edges = doc.get("nodes"), doc.get("edges", [])
    if not isinstance(nodes, list):
        raise MapFileError(path, "'nodes' must be a list of AIF nodes", "$.nodes")
    if not isinstance(edges, list):
        raise MapFileError(path, "'edges' must be a list of AIF edges", "$.edges")
    return nodes, edges


def _node_id(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value)  # not stripped: the writer keeps ids as they are, so "c1" and "c1 " must stay two nodes
    return text if text.strip() and len(text) <= 200 else None


def _nodes(raw: list, path) -> dict[str, dict[str, str]]:
    nodes: dict[str, dict[str, str]] = {}
    for index, node in enumerate(raw):
        place = f"node #{index + 1}"
        if not isinstance(node, dict):
            raise MapFileError(path, "an AIF node must be a JSON object", place)
        node_id = _node_id(node.get("nodeID"))
        if node_id is None:
            raise MapFileError(path, f"nodeID must be a string or a whole number, got {node.get('nodeID')!r}", place)
        place = f"node {_shown(node_id)}"
        if node_id in nodes:
            raise MapFileError(path, "this nodeID is used twice", place)
        kind = node.get("type")
        if not isinstance(kind, str) or not kind.strip():
            raise MapFileError(path, f"type must be a node type such as 'I', 'RA' or 'CA', got {kind!r}", place)
        text = node.get("text", "")
        if isinstance(text, dict):  # some OVA exports nest the text
            text = text.get("txt", "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise MapFileError(path, f"text must be a string, got {type(text).__name__}", place)
        if kind.strip() == "I" and len(text) > 20_000:
            raise MapFileError(path, "the text is longer than 20000 characters", place)
        nodes[node_id] = {"type": kind.strip(), "text": text.strip()}
        scheme = node.get("scheme")  # AIFdb names an RA's scheme here or in its text ("Expert Opinion")
        if isinstance(scheme, str) and scheme.strip():
            nodes[node_id]["scheme"] = scheme.strip()[:200]
    return nodes


def _edge_ends(edge: Any, index: int, path) -> tuple[str, str] | None:
    if not isinstance(edge, dict):
        raise MapFileError(path, "an AIF edge must be a JSON object", f"edge #{index + 1}")
    source, target = _node_id(edge.get("fromID")), _node_id(edge.get("toID"))
    if source is None or target is None:
        raise MapFileError(path, "fromID and toID must be node ids", f"edge {_edge_name(edge, index)}")
    return source, target


def _edge_name(edge: dict, index: int) -> str:
    name = _node_id(edge.get("edgeID"))
    return _shown(name) if name is not None else f"#{index + 1}"


def _shown(name: str) -> str:
    """How a message names a node or an edge: its id as written when that is short and printable, else
    quoted with escapes (an id with a line break would break the one-line message; found by `make stress`)."""
    if name.isprintable() and len(name) <= 40:
        return name
    return repr(name if len(name) <= 40 else name[:40] + "…")


def _scheme_name(node: dict[str, str]) -> str | None:
    """The scheme an RA node names (argmap's id when the catalogue knows it), or None for a default inference."""
    for name in (node.get("scheme"), node.get("text")):
        if not name or name.lower() in ("default inference", "ra", "inference"):
            continue
        known = find_scheme(name)
        return known.id if known is not None else name[:200]
    return None


# ---------------------------------------------------------------- writing
def dumps_aif(amap) -> str:
    """AIFdb-style JSON: I-nodes keep the statement ids; one RA per support (per linked group), one CA per attack."""
    nodes: list[dict[str, str]] = []
    edges: list[dict[str, Any]] = []
    taken = set(amap.ids())

    def new_id(prefix: str) -> str:
        n = len(nodes) + 1
        while f"{prefix}{n}" in taken:
            n += 1
        taken.add(f"{prefix}{n}")
        return f"{prefix}{n}"

    def edge(source: str, target: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": source, "toID": target, "formEdgeID": None})

    for s in amap.statements():
        nodes.append({"nodeID": s.id, "text": s.text, "type": "I"})
    done: set[tuple[str, str]] = set()
    for link in amap.links():
        if link.key in done:
            continue
        group = linked_group(amap, link)
        members = members_of(amap, link.target, group) if group is not None else [link.source]
        scheme = "RA" if link.relation == Relation.SUPPORT else "CA"
        snode = new_id(scheme.lower())
        node = {"nodeID": snode, "text": "Default Inference" if scheme == "RA" else "Default Conflict", "type": scheme}
        if scheme == "RA" and link.scheme:  # schemes travel by their AIF names
            known = find_scheme(link.scheme)
            node["text"] = node["scheme"] = known.aif if known is not None else link.scheme
        nodes.append(node)
        for member in members:
            edge(member, snode)
            done.add((member, link.target))
        edge(snode, link.target)
    return json.dumps({"nodes": nodes, "edges": edges, "locutions": []}, indent=2, ensure_ascii=False) + "\n"
