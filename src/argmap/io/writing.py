"""Writing map files: canonical bytes, written atomically."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pydantic import TypeAdapter

from argmap.io.convert import document_head, edge_models, group_sizes, node_model, to_document
from argmap.io.files import write_atomic
from argmap.io.schema import EdgeModel, NodeModel

__all__ = ["compact_bytes", "compact_parts", "dumps", "frozen_copy", "save", "write_atomic"]

#: How many statements or links :func:`compact_parts` makes into models at a time.
PART = 1_000
_NODES, _EDGES = TypeAdapter(list[NodeModel]), TypeAdapter(list[EdgeModel])

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


def dumps(amap: ArgumentMap) -> str:
    """The canonical text of a map: same map, same bytes (2-space indent, final newline)."""
    data = to_document(amap).model_dump(mode="json", exclude_defaults=True)
    data.setdefault("edges", [])
    # The map's own fields first and the statements last but edges and view, as people read a file;
    # fields added later (version 2 on) follow in the models' order.
    first = ("schema_version", "title", "description", "layout")
    last = ("nodes", "edges", "view")
    ordered = {k: data[k] for k in first if k in data}
    ordered |= {k: v for k, v in data.items() if k not in first and k not in last}
    ordered |= {k: data[k] for k in last if k in data}
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


def compact_bytes(amap: ArgumentMap, pause: Callable[[], object] | None = None) -> bytes:
    """The map as compact JSON: the data ``to_document(amap).model_dump_json(exclude_defaults=True)`` gives (what a
    recovery file holds): :func:`compact_parts` joined."""
    return b"".join(compact_parts(amap, pause))


def compact_parts(amap: ArgumentMap, pause: Callable[[], object] | None = None) -> Iterator[bytes]:
    """:func:`compact_bytes` a piece at a time, its statements and links made into models :data:`PART` at a time
    (``pause``: called before each part).

    Made all at once, the models of a 50,000-statement map took about 100 MB while the autosave wrote them (on its
    worker thread), and the process kept that memory afterwards; the text joined whole and its parts (13 MB each)
    left 39 MB free in the writer thread's malloc heap, which the process kept too: the autosave writes the pieces
    as they come (:func:`~argmap.io.files.write_atomic` takes them). ``pause`` is also called first (a worker thread
    that writes lets the window's thread finish an edit first: see :class:`argmap.gui.files.Autosaver`).
    """
    if pause is not None:  # (a copy's statements and links are put in order when first read: 30-250 ms at 50,000)
        pause()
    statements, links = amap.statements(), amap.links()
    members = group_sizes(links)
    head = document_head(amap, [], []).model_dump_json(exclude_defaults=True, exclude={"nodes", "edges"}).encode("utf-8")
    # (the head holds the schema version and the title at least: it is never "{}")
    yield head[:-1] + b',"nodes":['
    for k in range(0, len(statements), PART):
        if pause is not None:
            pause()
        part = _NODES.dump_json([node_model(s) for s in statements[k:k + PART]], exclude_defaults=True)
        yield part[1:-1] if k == 0 else b"," + part[1:-1]
    yield b'],"edges":['
    for k in range(0, len(links), PART):
        if pause is not None:
            pause()
        part = _EDGES.dump_json(edge_models(links[k:k + PART], members), exclude_defaults=True)
        yield part[1:-1] if k == 0 else b"," + part[1:-1]
    yield b"]}"


class _MapCopy:
    """What writing a map reads of it (:func:`~argmap.io.convert.to_document`), taken at one moment.

    The statements and links are taken as the map holds them and put in order when first read (on the
    writer's thread): ordering them was most of the copy's cost on the GUI thread.
    """

    __slots__ = ("_links", "_order", "_sorted", "_statements", "description", "layout", "semantics", "sources", "title", "view")

    def __init__(self, amap: ArgumentMap) -> None:
        self.title, self.description, self.layout, self.semantics = amap.title, amap.description, amap.layout, amap.semantics
        self.view, self.sources = amap.view, amap.sources
        self._statements, self._links, self._order = amap.parts()
        self._sorted = False

    def _sort(self) -> None:
        if not self._sorted:
            order = self._order
            self._statements.sort(key=lambda s: order[s.id])
            self._links.sort(key=lambda link: (order[link.source], order[link.target]))
            self._sorted = True

    def statements(self) -> list:
        self._sort()
        return list(self._statements)

    def links(self) -> list:
        self._sort()
        return list(self._links)

    def __len__(self) -> int:
        return len(self._statements)


def frozen_copy(amap: ArgumentMap) -> ArgumentMap:
    """The map as writing reads it, taken now: later edits do not reach it, so it can be written on another thread.

    Statements, links, sources and the view are immutable and shared; only the lists and the order are new,
    taken unsorted (the GUI thread's part at 50,000 statements: see docs/large-maps.md, session 13). It reads as a
    map for writing only (a test writes every example map both ways and compares the bytes).
    """
    return cast("ArgumentMap", _MapCopy(amap))


def save(amap: ArgumentMap, path: str | Path) -> None:
    """Save atomically: a failed save leaves the old file exactly as it was."""
    write_atomic(path, dumps(amap).encode("utf-8"))
