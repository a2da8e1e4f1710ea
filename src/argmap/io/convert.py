"""Between the file models (pydantic) and the live model (ArgumentMap)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from argmap.io.schema import SCHEMA_VERSION, EdgeModel, MapFile, NodeModel, PositionModel, SourceModel, ViewModel
from argmap.model import Link, Source, Statement, View

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
        nodes=nodes,
        edges=edges,
        view=view,
    )


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
        comment=node.comment,
        question=node.question,
    )


def link_from(edge: EdgeModel) -> Link:
    return Link(edge.source, edge.target, edge.relation, edge.group, edge.scheme)


def view_from(view: ViewModel | None) -> View | None:
    return View(view.zoom, (view.center.x, view.center.y)) if view else None
