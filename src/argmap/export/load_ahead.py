"""Read the map on the second core while this process starts Qt and measures the texts.

A headless export spends its first half second on two independent things: reading and
checking the map (pydantic, NetworkX) and starting Qt (PySide6, fonts). On one core they
add up; here a forked copy reads the map (:func:`~argmap.export.map_transfer.read_snapshot`) while
this process starts Qt, then wraps every statement's text into lines, which fills the
wrapping caches the drawing uses, so that work is done before the map even arrives.
The copy sends the map back as a snapshot; rebuilding it costs a tenth of reading it.
A drawing without evaluation gets an acyclic map as a :class:`~argmap.export.plain_map.PlainMap`,
so this process never imports NetworkX (0.3 s) in the usual case.

Whatever goes wrong (no fork here, a bad file, a crash, no answer within a minute), this
process reads the map itself, so every message is the one :func:`~argmap.io.load` gives.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.export.forking import can_fork, collect, start_copy

if TYPE_CHECKING:
    from argmap.drawing.theme import Theme
    from argmap.export.plain_map import PlainMap
    from argmap.model import ArgumentMap

#: How long to wait for the copy before reading the map here.
PATIENCE_S = 60.0


class LoadAhead:
    """The map at ``path``, being read by a forked copy of this process (when one can be made)."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self._pid: int | None = None
        self._read_end = -1
        if not can_fork() or not readable_twice(path):
            return
        copy = start_copy(lambda: _read_snapshot(path))
        if copy is not None:
            self._pid, self._read_end = copy

    @property
    def started(self) -> bool:
        """A copy is reading the map (False: :meth:`result` reads it here)."""
        return self._pid is not None

    def result(self, *, drawing_only: bool = False) -> ArgumentMap | PlainMap:
        """The map; raises :class:`~argmap.io.MapFileError` as :func:`~argmap.io.load` does.

        ``drawing_only``: the caller only draws the map, with no evaluation, so an acyclic map
        that came from the copy comes as a :class:`~argmap.export.plain_map.PlainMap` (no NetworkX import).
        """
        if self._pid is not None:
            data = collect(self._read_end, self._pid, PATIENCE_S)
            self._pid = None
            if data is not None:
                from argmap.export.map_transfer import drawing_map_from_snapshot, map_from_snapshot

                try:
                    return drawing_map_from_snapshot(data) if drawing_only else map_from_snapshot(data)
                except Exception:  # a damaged answer: read the file here
                    pass
        from argmap.io import load

        return load(self.path)  # no copy, or it found a problem: this words it

    def cancel(self) -> None:
        """Stop the copy (when the export gives up before it needs the map)."""
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, 9)
            collect(self._read_end, self._pid, PATIENCE_S)
            self._pid = None


def _read_snapshot(path: str | Path) -> bytes:
    """In the copy: read and check the map (pydantic is imported there only)."""
    from argmap.export.map_transfer import read_snapshot

    return read_snapshot(path)


def readable_twice(path: str | Path) -> bool:
    """A regular file of a size the loader accepts: reading it here as well changes nothing.

    A pipe (``/dev/stdin``) can be read only once, by the loader; a device such as
    ``/dev/zero`` never ends. Those are read by the loader alone, which caps the size.
    """
    from argmap.io.files import MAX_FILE_BYTES

    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return False
    import stat

    return stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES


def wrap_texts_ahead(path: str | Path, theme: Theme) -> int:
    """Wrap the texts of the map file at ``path`` as its boxes will, so the caches hold them.

    Reads the raw JSON on its own: nothing here is trusted or kept but the wrapped lines,
    which depend only on (text, font, width). Returns how many texts were wrapped; 0 for a
    file it cannot make sense of (the real load reports that).
    """
    from argmap.drawing.box import kind_look
    from argmap.model import Kind

    if not readable_twice(path):
        return 0
    try:
        nodes = json.loads(Path(path).read_bytes())["nodes"]
        looks = {kind.value: kind_look(theme, kind) for kind in Kind}
        count = 0
        for node in nodes:
            look = looks.get(node.get("kind"))
            text = node.get("text")
            if look is not None and isinstance(text, str):
                look.text.wrap(text, look.wrap_width)
                count += 1
        return count
    except Exception:  # anything odd in the file: the load will say what
        return 0


def get_ready(path: str | Path, theme_name: str, *, model_needed: bool = True) -> None:
    """What an export of the map at ``path`` can do before it has the map: start Qt, import
    the drawing code (and NetworkX when ``model_needed``), wrap the texts. Quietly does
    nothing if Qt cannot start (the export itself then reports why).

    ``model_needed=False`` when the map will most likely come as a
    :class:`~argmap.export.plain_map.PlainMap` (see :meth:`LoadAhead.result`): NetworkX is then
    imported only if the map turns out to have a cycle.
    """
    try:
        from argmap.export.render import ensure_app

        ensure_app()
        import argmap.drawing.diagram  # the drawing code, imported while the copy reads

        if model_needed:
            import argmap.model.argument_map  # noqa: F401  (NetworkX)
        from argmap.drawing.theme import Theme

        theme = Theme.named(theme_name)
    except (ImportError, ValueError):
        return
    wrap_texts_ahead(path, theme)
