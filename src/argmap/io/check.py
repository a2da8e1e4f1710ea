"""Checks a parsed file for what pydantic cannot see: ids, link endpoints, groups.

Kept apart from the model so that ``argmap validate`` need not import NetworkX
(its import alone costs about 0.2 s); :func:`build_map` relies on these checks.
"""

from __future__ import annotations

from pathlib import Path

from argmap.io.convert import link_from, statement_from
from argmap.io.errors import MapFileError
from argmap.io.schema import MapFile
from argmap.model import Link, Statement
from argmap.model.errors import MapError


def check_document(document: MapFile, path: str | Path | None = None) -> tuple[list[Statement], list[Link]]:
    """Raise :class:`MapFileError` for the first problem that would stop the map from loading.

    Returns the statements and links it built while checking, so the loader need not
    build them a second time.
    """
    statements: list[Statement] = []
    links: list[Link] = []
    first_at: dict[str, int] = {}
    for i, node in enumerate(document.nodes):
        if node.id in first_at:
            raise MapFileError(path, f"duplicate statement id {node.id!r} (first used at $.nodes[{first_at[node.id]}])", f"$.nodes[{i}]")
        first_at[node.id] = i
        try:
            statements.append(statement_from(node))
        except MapError as exc:
            raise MapFileError(path, str(exc), f"$.nodes[{i}]") from None
    seen: dict[tuple[str, str], int] = {}
    group_relation: dict[tuple[str, str], str] = {}
    for i, edge in enumerate(document.edges):
        place = f"$.edges[{i}]"
        for end in (edge.source, edge.target):
            if end not in first_at:
                raise MapFileError(path, f"link to a missing statement {end!r}", place)
        if edge.source == edge.target:
            raise MapFileError(path, f"statement {edge.source!r} cannot support or attack itself", place)
        key = (edge.source, edge.target)
        if key in seen:
            raise MapFileError(path, f"{edge.source!r} is already linked to {edge.target!r} (at $.edges[{seen[key]}])", place)
        seen[key] = i
        try:
            links.append(link_from(edge))  # what the schema lets through but the model refuses (a blank group name)
        except MapError as exc:
            raise MapFileError(path, str(exc), place) from None
        if edge.group is not None:
            relation = group_relation.setdefault((edge.target, edge.group), edge.relation)
            if relation != edge.relation:
                raise MapFileError(path, f"linked reason {edge.group!r} into {edge.target!r} mixes support and attack", place)
    return statements, links
