"""Checks a parsed file for what pydantic cannot see: ids, link endpoints, groups.

Kept apart from the model so that ``argmap validate`` need not import NetworkX
(its import alone costs about 0.2 s); :func:`build_map` relies on these checks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from argmap.io.convert import link_from, statement_from
from argmap.io.errors import MapFileError
from argmap.io.schema import EdgeModel, MapFile, NodeModel
from argmap.model import Link, Source, Statement
from argmap.model.errors import MapError
from argmap.model.statement import prechecked_link, prechecked_statement


def check_document(
    document: MapFile, path: str | Path | None = None, *, surrogate_free: bool = False
) -> tuple[list[Statement], list[Link]]:
    """Raise :class:`MapFileError` for the first problem that would stop the map from loading.

    Returns the statements and links it built while checking, so the loader need not
    build them a second time. ``surrogate_free``: no string of the document holds a lone
    surrogate (pydantic's own JSON parser refuses them), so each statement and link is
    made without checking again what the schema already checked.
    """
    make_statement: Callable[[NodeModel], Statement] = _statement if surrogate_free else statement_from
    make_link: Callable[[EdgeModel], Link] = _link if surrogate_free else link_from
    statements: list[Statement] = []
    links: list[Link] = []
    first_at: dict[str, int] = {}
    for i, node in enumerate(document.nodes):
        if node.id in first_at:
            raise MapFileError(path, f"duplicate statement id {node.id!r} (first used at $.nodes[{first_at[node.id]}])", f"$.nodes[{i}]")
        first_at[node.id] = i
        try:
            statements.append(make_statement(node))
        except MapError as exc:
            raise MapFileError(path, str(exc), f"$.nodes[{i}]") from None
    seen: dict[tuple[str, str], int] = {}
    group_relation: dict[tuple[str, str], str] = {}
    for i, edge in enumerate(document.edges):
        source, target = edge.source, edge.target
        if source not in first_at or target not in first_at:
            end = source if source not in first_at else target
            raise MapFileError(path, f"link to a missing statement {end!r}", f"$.edges[{i}]")
        if source == target:
            raise MapFileError(path, f"statement {source!r} cannot support or attack itself", f"$.edges[{i}]")
        key = (source, target)
        if key in seen:
            raise MapFileError(path, f"{source!r} is already linked to {target!r} (at $.edges[{seen[key]}])", f"$.edges[{i}]")
        seen[key] = i
        try:
            links.append(make_link(edge))  # what the schema lets through but the model refuses (a blank group name)
        except MapError as exc:
            raise MapFileError(path, str(exc), f"$.edges[{i}]") from None
        if edge.group is not None:
            relation = group_relation.setdefault((target, edge.group), edge.relation)
            if relation != edge.relation:
                raise MapFileError(path, f"linked reason {edge.group!r} into {target!r} mixes support and attack", f"$.edges[{i}]")
    return statements, links


# What Statement and Link check beyond the schema, once lone surrogates are ruled out: blank
# ids, tags and group names (the schema's "\S" pattern and Python's str.strip() disagree on a
# few control characters), and repeated tags. Anything doubtful goes through the model's own
# constructors, which raise its exact message.


def _statement(node: NodeModel) -> Statement:
    tags = node.tags
    if not node.id.strip() or (tags and (len(set(tags)) != len(tags) or not all(tag.strip() for tag in tags))):
        return statement_from(node)
    sources = tuple(Source(s.title, s.url) for s in node.sources) if node.sources else ()
    pinned = node.pinned
    return prechecked_statement(
        node.id, node.kind, node.text, node.notes, sources, tuple(tags), node.score,
        (pinned.x, pinned.y) if pinned is not None else None, node.collapsed,
    )


def _link(edge: EdgeModel) -> Link:
    group = edge.group
    if group is not None and not group.strip():
        return link_from(edge)
    return prechecked_link(edge.source, edge.target, edge.relation, group)
