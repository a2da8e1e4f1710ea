"""Between the file models (pydantic) and the live model (ArgumentMap)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.io.schema import (
    SCHEMA_VERSION,
    EdgeModel,
    MapFile,
    NodeModel,
    PositionModel,
    QuoteModel,
    SourceDocumentModel,
    SourceModel,
    ViewModel,
)
from argmap.model import Link, Quote, Source, SourceDocument, Statement, View

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


def to_document(amap: ArgumentMap) -> MapFile:
    """The file form of a map, in canonical order (nodes by creation, links by source then target)."""
    links = amap.links()
    return document_head(amap, [node_model(s) for s in amap.statements()], edge_models(links, group_sizes(links)))


def document_head(amap: ArgumentMap, nodes: list[NodeModel], edges: list[EdgeModel]) -> MapFile:
    """The file form of a map with these ``nodes`` and ``edges`` (none: its title, view, sources... alone)."""
    view = None
    if amap.view is not None:
        cx, cy = amap.view.center
        view = ViewModel(zoom=amap.view.zoom, center=PositionModel(x=cx, y=cy))
    return MapFile(
        schema_version=SCHEMA_VERSION,
        title=amap.title,
        description=amap.description,
        layout=amap.layout,
        semantics=amap.semantics,
        nodes=nodes,
        edges=edges,
        view=view,
        sources=[SourceDocumentModel(**{f: getattr(d, f) for f in SourceDocumentModel.model_fields}) for d in amap.sources],
    )


def node_model(s: Statement) -> NodeModel:
    """A statement as saved."""
    return NodeModel(
        id=s.id,
        kind=s.kind,
        title=s.title,
        text=s.text,
        notes=s.notes,
        sources=[SourceModel(title=src.title, url=src.url) for src in s.sources],
        tags=list(s.tags),
        score=s.score,
        pinned=PositionModel(x=s.pinned[0], y=s.pinned[1]) if s.pinned else None,
        collapsed=s.collapsed,
        quote=quote_model(s.quote),
        comment=s.comment,
        question=s.question,
    )


def edge_models(links: list[Link], members: dict[tuple[str, str], list[Link]]) -> list[EdgeModel]:
    """The ``links`` as saved (``members``: every linked reason's links, :func:`group_sizes` of all the map's links)."""
    return [edge_model(lk, members) for lk in links]


def quote_model(quote: Quote | None) -> QuoteModel | None:
    if quote is None:
        return None
    return QuoteModel(source=quote.source, text=quote.text, start=quote.start, end=quote.end, before=quote.before, after=quote.after)


def quote_from(model: QuoteModel | None) -> Quote | None:
    if model is None:
        return None
    return Quote(model.source, model.text, model.start, model.end, model.before, model.after)


def sources_from_one(model: SourceDocumentModel) -> SourceDocument:
    return SourceDocument(**model.model_dump())


def sources_from(document: MapFile) -> list[SourceDocument]:
    return [sources_from_one(m) for m in document.sources]


def statement_from(node: NodeModel) -> Statement:
    return Statement(
        id=node.id,
        kind=node.kind,
        title=node.title,
        text=node.text,
        notes=node.notes,
        sources=tuple(Source(s.title, s.url) for s in node.sources),
        tags=tuple(node.tags),
        score=float(node.score),
        pinned=(node.pinned.x, node.pinned.y) if node.pinned else None,
        collapsed=node.collapsed,
        quote=quote_from(node.quote),
        comment=node.comment,
        question=node.question,
    )


def _saved_groups(lk: Link, members: dict[tuple[str, str], list[Link]]) -> list[str]:
    return [name for name in lk.group_names if len(members.get((lk.target, name), ())) >= 2]


def link_from(edge: EdgeModel) -> Link:
    return Link(edge.source, edge.target, edge.relation, edge.group, edge.scheme, tuple(edge.also_in), edge.onto, edge.onto_group)


def group_sizes(links: list[Link]) -> dict[tuple[str, str], list[Link]]:
    members: dict[tuple[str, str], list[Link]] = {}
    for lk in links:
        for name in lk.group_names:
            members.setdefault((lk.target, name), []).append(lk)
    return members


def edge_model(lk: Link, members: dict[tuple[str, str], list[Link]]) -> EdgeModel:
    """``lk`` as saved. A "linked reason" of one (its partner was removed) is a plain reason: it is
    saved without its group, and an undercut of it as an undercut of that premise's link."""
    names = _saved_groups(lk, members)
    onto, onto_group = lk.onto, lk.onto_group
    if onto_group is not None:
        left = members.get((lk.target, onto_group), [])
        if len(left) < 2:
            onto_group = None
            # that premise's link, if it is saved plain; else (it is still in another reason) the target itself
            onto = left[0].source if left and not _saved_groups(left[0], members) else None
    return EdgeModel(
        source=lk.source, target=lk.target, relation=lk.relation,
        group=names[0] if names else None, also_in=names[1:], scheme=lk.scheme, onto=onto, onto_group=onto_group,
    )


def view_from(view: ViewModel | None) -> View | None:
    return View(view.zoom, (view.center.x, view.center.y)) if view else None
