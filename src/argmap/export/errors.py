"""The one error an export raises: it names the output file and says what went wrong."""

from __future__ import annotations

from pathlib import Path

from argmap.file_errors import MapFileError


class ExportError(MapFileError):
    """An export could not be written. ``str()`` is ``"PATH: message"``, ready for the user."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        super().__init__(path, reason)
