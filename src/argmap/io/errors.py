"""The one error a load or save raises: it names the file, the place and the problem."""

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
