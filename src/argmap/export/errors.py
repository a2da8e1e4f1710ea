"""The one error an export raises: it names the output file and says what went wrong.

Its sentences are said in the interface's language (:func:`said`, context "Export"): the
editor's, or the command line's ``--language``.
"""

from __future__ import annotations

import re
from pathlib import Path

from argmap.file_errors import MapFileError


def said(template: str, *values: object) -> str:
    """``template`` in the interface's language, its %1, %2... replaced by ``values`` in one pass."""
    try:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("Export", template)
    except ImportError:  # Qt cannot load here: the English is the message
        text = template
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), text)


class ExportError(MapFileError):
    """An export could not be written. ``str()`` is ``"PATH: message"``, ready for the user."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        super().__init__(path, reason)
