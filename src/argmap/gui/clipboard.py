"""Copy and paste of subtrees through the system clipboard, so they travel between windows.

The clipboard holds the statements as an argmap map file (custom MIME type, for other argmap
windows and instances) plus a Markdown outline as plain text (and ``text/markdown``) for word
processors and chat. Text from elsewhere pastes as an outline, read as ``argmap convert x.md`` reads one
(io/formats/outline.py): nested by indentation, ``Pro:``/``Con:`` labels or ``+``/``-`` markers giving the kinds.
Edit > Copy as picture puts the drawing on the clipboard as PNG and SVG, for slides and documents.
"""

from __future__ import annotations

import atexit
import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage

from argmap.drawing.diagram import Diagram
from argmap.io import MapFileError, dumps, loads
from argmap.io.formats.outline import parse_outline
from argmap.io.formats.outline_write import dumps_kind_outline
from argmap.model import ArgumentMap, MapError

MIME_TYPE = "application/x-argmap+json"
MARKDOWN = "text/markdown"
SVG = "image/svg+xml"
PNG = "image/png"
#: Scale of the clipboard's PNG: sharp on a slide (2 = 192 dpi), like the export dialog's default.
PICTURE_SCALE = 2.0


def copy_map(amap: ArgumentMap, ids: Iterable[str]) -> ArgumentMap:
    """The statements ``ids`` and all that bears on them, with the links among them (no pins)."""
    return copy_parts(amap, ids)[0]


def copy_parts(amap: ArgumentMap, ids: Iterable[str]) -> tuple[ArgumentMap, list[str]]:
    """:func:`copy_map`, and what the copy had to change: an undercut of a link or linked reason left
    out of the copy becomes a plain attack on its target (a message says so for each)."""
    chosen: set[str] = set()
    for statement_id in ids:
        chosen.add(statement_id)
        chosen |= amap.descendants(statement_id)
    clip = ArgumentMap(amap.title)
    for statement_id in amap.ids():
        if statement_id in chosen:
            s = amap.statement(statement_id)
            clip.insert(dataclasses.replace(s, pinned=None))  # every other field travels
    inside = [link for link in amap.links() if link.source in chosen and link.target in chosen]
    for link in inside:  # the links an undercut may attack first
        if not link.is_undercut:
            clip.add_link(link)
    notes: list[str] = []
    for link in inside:
        if link.is_undercut:
            attacked = link.onto if link.onto is not None else link.onto_group
            try:
                clip.add_link(link)
            except MapError:
                clip.add_link(dataclasses.replace(link, onto=None, onto_group=None))
                text = QCoreApplication.translate(
                    "Clipboard", "The inference that %1 undercuts (from %2) is not copied: it is copied as an attack on %3."
                )
                notes.append(text.replace("%1", repr(link.source)).replace("%2", repr(attacked)).replace("%3", repr(link.target)))
    return clip, notes


def put_on_clipboard(clip: ArgumentMap | QMimeData) -> None:
    """Copy ``clip`` to the system clipboard (argmap JSON and a Markdown outline), or mime data made here."""
    QGuiApplication.clipboard().setMimeData(clip if isinstance(clip, QMimeData) else to_mime(clip))
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
    if data is not None and any(data.hasFormat(ours) for ours in (MIME_TYPE, SVG, MARKDOWN)):  # any QMimeData made here
        board.setText(data.text())


def to_mime(clip: ArgumentMap) -> QMimeData:
    data = QMimeData()
    payload = dumps(clip)
    data.setData(MIME_TYPE, payload.encode("utf-8"))
    add_outline(data, outline_text(clip))
    return data


def outline_text(clip: ArgumentMap) -> str:
    """The Markdown outline of a copied map (no title heading: it is a part of a map)."""
    return dumps_kind_outline(clip, title=False)


def add_outline(data: QMimeData, text: str) -> None:
    data.setText(text)
    data.setData(MARKDOWN, text.encode("utf-8"))


def outline_mime(amap: ArgumentMap, ids: list[str]) -> QMimeData:
    """Edit > Copy as outline: the selected statements with what hangs under them, or the whole map with its title."""
    data = QMimeData()
    add_outline(data, dumps_kind_outline(copy_map(amap, ids), title=False) if ids else dumps_kind_outline(amap))
    return data


def picture_mime(diagram: Diagram, outline: str) -> QMimeData:
    """Edit > Copy as picture: ``diagram`` as PNG (an image for any program) and SVG (sharp in slides), plus the outline."""
    from argmap.export.render import png_bytes, svg_text

    source = diagram.bounds()
    background = QColor(diagram.theme.background)
    png = png_bytes(diagram, source, scale=PICTURE_SCALE, dpi=None, background=background, path="clipboard")
    data = QMimeData()
    data.setImageData(QImage.fromData(png))  # the format from the data (the stub and PySide6 disagree on its type)
    data.setData(PNG, png)
    data.setData(SVG, svg_text(diagram, source, background=background).encode("utf-8"))
    add_outline(data, outline)
    return data


def from_mime(data: QMimeData | None) -> ArgumentMap | None:
    """The map on the clipboard, or None when it holds nothing argmap can paste.

    Text is read as an outline (Markdown or plain; one statement a line when nothing nests)."""
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
        try:
            clip = parse_outline(text).map
        except MapFileError:  # blank text, or a line or a text too long for a map
            return None
        return clip if len(clip) else None
    return None
