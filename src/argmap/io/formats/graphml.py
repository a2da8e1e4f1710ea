r"""GraphML <-> ArgumentMap (via NetworkX), for graph tools such as Gephi, yEd or Cytoscape.

NetworkX's writer refuses None and lists, so optional fields are left out when empty and
lists (tags, sources) are written as JSON text. Every field of the map survives the trip
through argmap's own GraphML; GraphML from other tools is read with ``label`` or ``name``
as the text and kinds inferred when it has no ``kind``.

XML cannot hold most control characters at all, and reading it turns a carriage return into a
line feed. A map whose text holds any of them is written with the graph key ``argmap_escapes``
set to ``backslash``: every text then writes ``\`` as ``\\`` and those characters as ``\uXXXX``, and
argmap's reader undoes it. Ids that differ only by such a character stay apart (they once merged).
Maps without them are written as plain text, as other tools expect.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats import strip_suffix
from argmap.io.formats.common import ImportResult, check_import_size, infer_kinds, linked_group, map_text
from argmap.model import LAYOUTS, Kind, Link, Relation, Source
from argmap.model.errors import MapError
from argmap.model.quotes import Quote, SourceDocument

#: Characters XML 1.0 cannot hold, and the carriage return, which an XML reader turns into a line feed.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_TO_ESCAPE = re.compile("[\\\\\x00-\x08\x0b-\x1f\ufffe\uffff]")
_ESCAPED = re.compile(r"\\(\\|u[0-9a-fA-F]{4})")
#: The graph key that says texts are escaped, and its one value.
ESCAPES_KEY, ESCAPES = "argmap_escapes", "backslash"


def _escape(text: str) -> str:
    return _TO_ESCAPE.sub(lambda m: "\\\\" if m.group() == "\\" else f"\\u{ord(m.group()):04x}", text)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), text)


def _texts(amap) -> Iterator[str]:
    """Every text of the map that GraphML writes."""
    yield amap.title
    yield amap.description
    for document in amap.sources:
        yield json.dumps(asdict(document), ensure_ascii=False)
    for s in amap.statements():
        yield from (s.id, s.text, s.notes, s.title, s.comment, s.question, *s.tags)
        for source in s.sources:
            yield from (source.title, source.url or "")
        if s.quote is not None:
            yield json.dumps(asdict(s.quote), ensure_ascii=False)
    for link in amap.links():
        yield from (link.group or "", *link.also_in, link.onto or "", link.onto_group or "")


def dumps_graphml(amap) -> str:
    import networkx as nx

    escaping = any(_XML_UNSAFE.search(text) for text in _texts(amap))
    _xml_safe = _escape if escaping else str
    graph: nx.DiGraph[str] = nx.DiGraph(title=_xml_safe(amap.title), description=_xml_safe(amap.description), generator="argmap")
    if escaping:
        graph.graph[ESCAPES_KEY] = ESCAPES
    if amap.layout != "tree":
        graph.graph["layout"] = amap.layout
    if amap.semantics != "dfquad":  # the default is left out, as in the map file
        graph.graph["semantics"] = amap.semantics
    if amap.sources:  # the documents quoted from, as JSON text (GraphML has no lists)
        graph.graph["sources"] = _xml_safe(json.dumps([asdict(d) for d in amap.sources], ensure_ascii=False))
    for s in amap.statements():
        attrs: dict[str, object] = {"kind": str(s.kind), "text": _xml_safe(s.text), "score": float(s.score)}
        if s.title:
            attrs["title"] = _xml_safe(s.title)
        if s.notes:
            attrs["notes"] = _xml_safe(s.notes)
        if s.tags:
            attrs["tags"] = _xml_safe(json.dumps(list(s.tags), ensure_ascii=False))
        if s.sources:
            attrs["sources"] = _xml_safe(json.dumps([{"title": x.title, "url": x.url} for x in s.sources], ensure_ascii=False))
        if s.pinned is not None:
            attrs["pinned_x"], attrs["pinned_y"] = s.pinned
        if s.collapsed:
            attrs["collapsed"] = True
        if s.quote is not None:  # the passage cited, as JSON text
            attrs["quote"] = _xml_safe(json.dumps(asdict(s.quote), ensure_ascii=False))
        if s.comment:
            attrs["comment"] = _xml_safe(s.comment)
        if s.question:
            attrs["question"] = _xml_safe(s.question)
        graph.add_node(_xml_safe(s.id), **attrs)
    for link in amap.links():
        attrs = {"relation": str(link.relation)}
        if link.group is not None and (link.also_in or linked_group(amap, link) is not None or _undercut_of_group(amap, link)):
            attrs["group"] = _xml_safe(link.group)
        if link.also_in:  # a shared premise: its further linked reasons, as JSON text (GraphML has no lists)
            attrs["also_in"] = _xml_safe(json.dumps(list(link.also_in), ensure_ascii=False))
        if link.onto is not None:  # an undercut: the premise whose inference it attacks...
            attrs["onto"] = _xml_safe(link.onto)
        if link.onto_group is not None:  # ... or the linked reason
            attrs["onto_group"] = _xml_safe(link.onto_group)
        if link.scheme is not None:
            attrs["scheme"] = _xml_safe(link.scheme)
        graph.add_edge(_xml_safe(link.source), _xml_safe(link.target), **attrs)
    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)
    return out.getvalue().decode("utf-8")


def _undercut_of_group(amap, link) -> bool:
    """True when an undercut attacks ``link``'s group (a group of one is then kept: the undercut names it)."""
    return any(u.onto_group == link.group for u in amap.undercuts(link.target))


def parse_graphml(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    import networkx as nx

    from argmap.model import ArgumentMap

    check_import_size(data, path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with warnings.catch_warnings():  # "No key type for id ...": the value is read as text, which is fine
            warnings.simplefilter("ignore")
            graph = nx.read_graphml(io.BytesIO(raw), node_type=str, force_multigraph=False)
    except ET.ParseError as exc:
        line, column = exc.position
        raise MapFileError(path, f"invalid XML: {str(exc).split(':')[0]}", f"line {line}, column {column}") from None
    except (nx.NetworkXError, KeyError, ValueError, TypeError, LookupError) as exc:
        raise MapFileError(path, f"invalid GraphML: {exc}") from None
    skipped: list[str] = []
    text_of = _unescape if graph.graph.get(ESCAPES_KEY) == ESCAPES else str
    title = text_of(str(graph.graph.get("title") or (strip_suffix(path) if path else "GraphML import")))
    amap = ArgumentMap(title=map_text("title", title, skipped),
                       description=map_text("description", text_of(str(graph.graph.get("description", ""))), skipped))
    if graph.graph.get("layout") in LAYOUTS:  # argmap's own key; anything else keeps the tree
        amap.set_layout(graph.graph["layout"])
    _read_settings(amap, graph.graph, path, text_of, skipped)
    has_kinds = True
    for node_id, attrs in graph.nodes(data=True):
        place = f"node {node_id}"
        text = attrs.get("text", attrs.get("label", attrs.get("name", node_id)))
        kind = attrs.get("kind")
        if kind not in {k.value for k in Kind}:
            has_kinds = False
            kind = Kind.CLAIM
        try:
            amap.add(
                kind, text_of(str(text)), id=text_of(str(node_id)), notes=text_of(str(attrs.get("notes", ""))),
                title=text_of(str(attrs.get("title", ""))),
                tags=tuple(_json_list(attrs.get("tags"), path, place, text_of)),
                sources=tuple(Source(**s) for s in _json_list(attrs.get("sources"), path, place, text_of)),
                score=float(attrs.get("score", 0.5)),
                pinned=(float(attrs["pinned_x"]), float(attrs["pinned_y"])) if "pinned_x" in attrs and "pinned_y" in attrs else None,
                collapsed=bool(attrs.get("collapsed", False)),
                quote=_quote(attrs.get("quote"), path, place, text_of),
                comment=text_of(str(attrs.get("comment", ""))), question=text_of(str(attrs.get("question", ""))),
            )
        except (MapError, TypeError, ValueError) as exc:
            raise MapFileError(path, str(exc), place) from None
    edges = sorted(graph.edges(data=True), key=lambda e: "onto" in e[2] or "onto_group" in e[2])  # undercuts last
    for source, target, attrs in edges:
        relation = attrs.get("relation", Relation.SUPPORT)
        if relation not in {r.value for r in Relation}:
            skipped.append(f"edge {source} -> {target}: relation {relation!r} is not support, attack or rephrase; "
                           "imported as support")
            relation = Relation.SUPPORT

        def text(key: str, attrs: dict = attrs) -> str | None:
            value = attrs.get(key)
            return None if value is None else text_of(str(value))

        try:
            if source == target:
                raise MapError(f"statement {source!r} cannot support or attack itself")
            also_in = tuple(str(g) for g in _json_list(attrs.get("also_in"), path, f"edge {source} -> {target}", text_of))
            amap.add_link(Link(text_of(str(source)), text_of(str(target)), relation, text("group"), text("scheme"),
                               also_in, text("onto"), text("onto_group")))
        except MapError as exc:
            skipped.append(f"edge {source} -> {target}: {exc}; not imported")
    if not has_kinds:
        infer_kinds(amap)
    return ImportResult(amap, skipped)


def _read_settings(amap, graph: dict, path, text_of: Callable[[str], str], skipped: list[str]) -> None:
    """argmap's own graph keys: the strength semantics and the documents quoted from."""
    semantics = graph.get("semantics")
    if semantics is not None:
        try:
            amap.set_semantics(str(semantics))
        except MapError:
            skipped.append(f"the strength semantics {str(semantics)[:40]!r} is unknown; the default is used")
    try:
        amap.set_sources(SourceDocument(**d) for d in _json_list(graph.get("sources"), path, "graph sources", text_of))
    except (MapError, TypeError) as exc:
        raise MapFileError(path, f"invalid source documents: {exc}", "graph") from None


def _quote(value: object, path, place: str, text_of: Callable[[str], str]) -> Quote | None:
    """A statement's quote, written as a JSON object."""
    if value is None or value == "":
        return None
    try:
        fields = json.loads(text_of(str(value)))
        return Quote(**fields)
    except (ValueError, TypeError, MapError) as exc:
        raise MapFileError(path, f"invalid quote {str(value)[:40]!r}: {exc}", place) from None


def _json_list(value: object, path, place: str, text_of: Callable[[str], str] = str) -> list:
    if value is None or value == "":
        return []
    try:
        items = json.loads(text_of(str(value)))
    except ValueError:
        return [t.strip() for t in str(value).split(";") if t.strip()]  # a plain "a; b" list from another tool
    if not isinstance(items, list):
        raise MapFileError(path, f"expected a JSON list, got {str(value)[:40]!r}", place)
    return items
