"""AIF (Argument Interchange Format) JSON: AIFdb nodesets and OVA3 xAIF.

Mapping (documented in docs/formats.md):
- I-node -> statement (its id is the node id; kinds are inferred from the structure). A text over
  argmap's limit is cut with a note (``strict=True``, ``argmap import --strict``: the file is refused).
- RA, CA and MA nodes -> supports, attacks, linked reasons with shared premises, undercuts and
  rephrases: :mod:`argmap.io.formats.aif_links` says how.
- PA (preference) and dialogue nodes (L, TA, YA) are not imported: one note each.
- OVA3's node positions (``"OVA": {"nodes": [{"nodeID", "x", "y"}]}``) pin the statements there.
- Writing: :mod:`argmap.io.formats.aif_write`.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from argmap.file_errors import MapFileError
from argmap.io.files import parse_json
from argmap.io.formats import strip_suffix
from argmap.io.formats.aif_links import DIALOGUE_TYPES, SchemeImport
from argmap.io.formats.aif_write import dumps_aif
from argmap.io.formats.common import ImportResult, check_import_size, infer_kinds
from argmap.model.errors import MapError
from argmap.model.kinds import Kind
from argmap.model.statement import MAX_TEXT

__all__ = ["dumps_aif", "looks_like_aif", "parse_aif"]


def parse_aif(data: bytes | str, path: str | Path | None = None, strict: bool = False) -> ImportResult:
    from argmap.model import ArgumentMap

    check_import_size(data, path)
    doc = parse_json(data, path)
    nodes_raw, edges_raw = _node_and_edge_lists(doc, path)
    skipped: list[str] = []
    nodes = _nodes(nodes_raw, path, skipped, strict)
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

    SchemeImport(amap, nodes, pred, succ, skipped, _shown).run()
    _pin_ova_positions(amap, doc, skipped)
    infer_kinds(amap)
    if not len(amap):
        skipped.append("no I-nodes found: the map is empty")
    return ImportResult(amap, skipped)


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


def _nodes(raw: list, path, skipped: list[str], strict: bool) -> dict[str, dict[str, str]]:
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
        if kind.strip() == "I" and len(text.strip()) > MAX_TEXT:
            if strict:
                raise MapFileError(path, f"the text is longer than {MAX_TEXT} characters", place)
            skipped.append(f"{place}: the text has {len(text.strip())} characters, more than the {MAX_TEXT} a statement "
                           f"may have; it is cut after {MAX_TEXT}")
            text = text.strip()[:MAX_TEXT]
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


def _pin_ova_positions(amap, doc: Any, skipped: list[str]) -> None:
    """Pin each statement where OVA3 drew it (``doc["OVA"]["nodes"]``: nodeID, x, y); a bad entry is skipped with a note."""
    ova = doc.get("OVA") if isinstance(doc, dict) else None
    entries = ova.get("nodes") if isinstance(ova, dict) else None
    if not isinstance(entries, list):
        return
    bad = 0
    for entry in entries:
        node_id = _node_id(entry.get("nodeID")) if isinstance(entry, dict) else None
        if node_id is None or node_id not in amap:
            continue  # S-nodes and dialogue nodes have positions too: argmap draws those itself
        x, y = entry.get("x"), entry.get("y")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and abs(v) < 1e7
                   for v in (x, y)):
            bad += 1
            continue
        amap.pin(node_id, float(x), float(y))
    if bad:
        skipped.append(f"OVA positions: {bad} statement(s) without a usable x and y are laid out by argmap")
