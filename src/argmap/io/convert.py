"""Between the file models (pydantic) and the live model (ArgumentMap)."""

from __future__ import annotations

from collections import Counter
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
    nodes = [
        NodeModel(
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
        for s in amap.statements()
    ]
    links = amap.links()
    # a "linked reason" of one (its partner was removed) is a plain reason: it is saved without its group
    members: Counter[tuple[str, str | None]] = Counter((lk.target, lk.group) for lk in links if lk.group is not None)
    edges = [
        EdgeModel(
            source=lk.source, target=lk.target, relation=lk.relation,
            group=lk.group if members[(lk.target, lk.group)] >= 2 else None,
            scheme=lk.scheme,
        )
        for lk in links
    ]
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


def link_from(edge: EdgeModel) -> Link:
    return Link(edge.source, edge.target, edge.relation, edge.group, edge.scheme)


def view_from(view: ViewModel | None) -> View | None:
    return View(view.zoom, (view.center.x, view.center.y)) if view else None
