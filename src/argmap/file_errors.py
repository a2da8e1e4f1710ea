"""The one error a load, save or export raises: it names the file, the place and the problem.

Outside `argmap.io` so that `argmap.export` (whose ExportError is one) can be imported
without the loader and pydantic: `argmap export --help` starts in 0.2 s, not 0.7 s (measured)."""

from __future__ import annotations

from pathlib import Path


class MapFileError(Exception):
    """A map file could not be read or written. ``str()`` is the message for the user."""

    def __init__(self, path: str | Path | None, reason: str, place: str | None = None) -> None:
        self.path = str(path) if path is not None else "<map>"
        self.reason = reason
        self.place = place
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.place}: " if self.place else ""
        return f"{self.path}: {where}{self.reason}"
