"""Copy and paste of subtrees through the system clipboard, so they travel between windows.

The clipboard holds the statements as an argmap map file (custom MIME type, and the
same JSON as text for other argmap instances) plus a readable indented outline as
plain text for word processors. Plain text from elsewhere pastes one statement a line.
"""

from __future__ import annotations

import atexit
import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from argmap.io import MapFileError, dumps, loads
from argmap.model import ArgumentMap, Kind

MIME_TYPE = "application/x-argmap+json"
MAX_PASTED_LINES = 500


def copy_map(amap: ArgumentMap, ids: Iterable[str]) -> ArgumentMap:
    """The statements ``ids`` and all that bears on them, with the links among them (no pins)."""
    chosen: set[str] = set()
    for statement_id in ids:
        chosen.add(statement_id)
        chosen |= amap.descendants(statement_id)
    clip = ArgumentMap(amap.title)
    for statement_id in amap.ids():
        if statement_id in chosen:
            s = amap.statement(statement_id)
            clip.insert(dataclasses.replace(s, pinned=None))  # every other field travels
    for link in amap.links():
        if link.source in chosen and link.target in chosen:
            clip.add_link(link)
    return clip


def put_on_clipboard(clip: ArgumentMap) -> None:
    """Copy ``clip`` to the system clipboard (argmap JSON and a plain-text outline)."""
    QGuiApplication.clipboard().setMimeData(to_mime(clip))
    if not _cleanup_registered:
        atexit.register(_release_clipboard)
        _cleanup_registered.append(True)


_cleanup_registered: list[bool] = []


def _release_clipboard() -> None:
    """Swap our QMimeData for plain text before Python shuts down.

    A QMimeData made in Python and still held by the clipboard when the interpreter
    finalizes crashes PySide6 (segmentation fault at exit). Still needed with the 6.11
    pin: a script that copies a subtree and exits without this swap ends with signal 11
    (three runs of three), with it cleanly. Plain text made by Qt itself is safe, and
    other programs keep the readable outline.
    """
    app = QGuiApplication.instance()
    if app is None:
        return
    board = QGuiApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        board.setText(data.text())


def to_mime(clip: ArgumentMap) -> QMimeData:
    data = QMimeData()
    payload = dumps(clip)
    data.setData(MIME_TYPE, payload.encode("utf-8"))
    data.setText(outline_text(clip))
    return data


def outline_text(clip: ArgumentMap) -> str:
    """An indented list, one statement per line, children under their parent."""
    lines: list[str] = []
    seen: set[str] = set()

    def walk(statement_id: str, depth: int) -> None:
        if statement_id in seen:
            return
        seen.add(statement_id)
        s = clip.statement(statement_id)
        lines.append(f"{'    ' * depth}[{s.kind}] {' '.join(s.text.split())}")
        for child in clip.children(statement_id):
            walk(child, depth + 1)

    for top in clip.main_claims():
        walk(top, 0)
    for statement_id in clip.ids():  # statements only reachable through a cycle
        walk(statement_id, 0)
    return "\n".join(lines) + "\n"


def from_mime(data: QMimeData | None, kind: Kind = Kind.SUPPORT) -> ArgumentMap | None:
    """The map on the clipboard, or None when it holds nothing argmap can paste."""
    if data is None:
        return None
    if data.hasFormat(MIME_TYPE):
        try:
            return loads(bytes(data.data(MIME_TYPE).data()))
        except MapFileError:
            return None
    if data.hasText():
        text = data.text()
        if text.lstrip().startswith("{"):
            try:
                return loads(text)
            except MapFileError:
                pass
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        if not lines:
            return None
        clip = ArgumentMap()
        for line in lines[:MAX_PASTED_LINES]:
            clip.add(kind, line[:10_000])
        return clip
    return None
