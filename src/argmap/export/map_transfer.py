"""A map read from its file as compact bytes, for handing it from one process to another.

``argmap export`` reads the map in a forked copy of itself while it starts Qt (see
:mod:`argmap.export.load_ahead`); the copy sends the checked statements and links back as
plain values with :mod:`marshal`, which is ten times quicker both ways than pickling the
frozen dataclasses. The receiver rebuilds the map with the same bulk constructor the
loader uses, from the parts in file order, so the result is the map :func:`~argmap.io.load`
returns (the same dict orders too); or, for a drawing of an acyclic map, the read-only
:class:`~argmap.export.plain_map.PlainMap`, which spares the receiver NetworkX. Only for bytes made by this same program: marshal
is not a file format. Importing this module imports neither pydantic nor NetworkX:
the receiver starts Qt meanwhile and should not pay for the reader's imports.
"""

from __future__ import annotations

import dataclasses
import marshal
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.gc_pause import collector_paused
from argmap.model import Kind, Link, Relation, Statement, View
from argmap.model.statement import prechecked_link, prechecked_source, prechecked_statement

if TYPE_CHECKING:
    from argmap.export.plain_map import PlainMap
    from argmap.model import ArgumentMap

_VIEW_FIELDS = tuple(f.name for f in dataclasses.fields(View))


def read_snapshot(path: str | Path) -> bytes:
    """Read and check the map file at ``path`` as :func:`~argmap.io.load` does; return it as bytes.

    Raises :class:`~argmap.io.MapFileError` exactly as a load would.
    """
    from argmap.io.convert import view_from
    from argmap.io.files import read_bytes
    from argmap.io.reading import _parse_checked

    data = read_bytes(path)
    with collector_paused():
        document, statements, links = _parse_checked(data, path)
        view = view_from(document.view)
        parts = (
            document.title,
            document.description,
            document.layout,
            None if view is None else tuple(getattr(view, name) for name in _VIEW_FIELDS),
            [
                (s.id, s.kind.value, s.text, s.notes, tuple((src.title, src.url) for src in s.sources),
                 s.tags, s.score, s.pinned, s.collapsed)
                for s in statements
            ],
            [(lk.source, lk.target, lk.relation.value, lk.group) for lk in links],
        )
        return marshal.dumps(parts)


def map_from_snapshot(data: bytes) -> ArgumentMap:
    """The map that :func:`read_snapshot` read (raises ValueError, EOFError or TypeError on damaged bytes)."""
    with collector_paused():
        return _argument_map(*_parts(data))


def drawing_map_from_snapshot(data: bytes) -> PlainMap | ArgumentMap:
    """The map that :func:`read_snapshot` read, for drawing only: a :class:`~argmap.export.plain_map.PlainMap`
    (no NetworkX needed) when it has no cycle, else the full :class:`~argmap.model.ArgumentMap`.

    Raises as :func:`map_from_snapshot` does on damaged bytes.
    """
    from argmap.export.plain_map import PlainMap, is_acyclic

    with collector_paused():
        title, description, layout, view, statements, links = _parts(data)
        if is_acyclic([s.id for s in statements], links):
            return PlainMap(title, description, statements, links, layout=layout, view=view)
        return _argument_map(title, description, layout, view, statements, links)  # a cycle (rare): the layout needs NetworkX


def _argument_map(
    title: str, description: str, layout: str, view: View | None, statements: list[Statement], links: list[Link]
) -> ArgumentMap:
    from argmap.model.argument_map import ArgumentMap

    return ArgumentMap.from_checked(title, description, statements, links, layout=layout, view=view)


def _parts(data: bytes) -> tuple[str, str, str, View | None, list[Statement], list[Link]]:
    """Title, description, layout, view, statements and links (file order) from a snapshot's bytes."""
    title, description, layout, view, statements, links = marshal.loads(data)
    kinds = {kind.value: kind for kind in Kind}
    relations = {relation.value: relation for relation in Relation}
    return (
        title,
        description,
        layout,
        None if view is None else View(**dict(zip(_VIEW_FIELDS, view, strict=True))),
        [
            prechecked_statement(
                id, kinds[kind], text, notes, tuple([prechecked_source(t, u) for t, u in sources]) if sources else (),
                tags, score, pinned, collapsed,
            )
            for id, kind, text, notes, sources, tags, score, pinned, collapsed in statements
        ],
        [prechecked_link(source, target, relations[relation], group) for source, target, relation, group in links],
    )
