"""Reading a file in another process, for the editor (no Qt here: the reading process never loads it).

:func:`run_and_send` runs a reading job and sends its outcome through a pipe as one of
``("ok", result)``, ``("refused", message)`` (the file's problem, worded for the user) or
``("bug", text)`` (a reader failed in a way it should not). The editor (``argmap.gui.import_worker``)
starts it with :mod:`multiprocessing` and kills the process on Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.disk_stamp import DiskStamp
from argmap.io.files import read_bytes_and_status
from argmap.io.formats import ImportResult, UnknownFormat, detect_format, read_data
from argmap.io.reading import loads
from argmap.model import ArgumentMap

#: What the reading process imports before its first job (a forkserver then forks it warm).
PRELOAD = ["argmap.io.read_job", "argmap.io.formats.aif", "argmap.io.formats.argdown", "argmap.io.formats.kialo",
           "argmap.io.formats.graphml", "networkx"]


@dataclass
class OpenedMap:
    """An argmap map read for File > Open, with the stamp of the very bytes it was read from (to notice later whether
    someone else changed the file)."""

    map: ArgumentMap
    stamp: DiskStamp


def read_for_open(path: Path) -> OpenedMap | ImportResult:
    """What File > Open reads: an argmap map and its file's stamp, or (another tool's file) an import with its notes.

    Telling the format apart reads and parses the file too, so this runs off the GUI thread as a whole; so does the
    stamp's hash of the bytes (on the GUI thread, reading the file again for it took 40 ms at 50,000 statements).
    """
    data, status = read_bytes_and_status(path)
    try:
        fmt = detect_format(path, data)
    except (MapFileError, UnknownFormat):
        fmt = "argmap"  # the map reader names what is wrong with it
    if fmt == "argmap":
        return OpenedMap(loads(data, path), DiskStamp.of_read(status, data))
    return read_data(data, path, fmt)  # not read_any: the file is read once (a pipe cannot be read twice)


def outcome(work: Callable[[], object]) -> tuple[str, object]:
    """``work()`` as a message that crosses a process boundary (exceptions become their text)."""
    try:
        return ("ok", work())
    except (MapFileError, UnknownFormat) as exc:
        return ("refused", str(exc))
    except Exception as exc:  # a reader's bug: the editor still shows one message
        return ("bug", f"{type(exc).__name__}: {exc}")


def run_and_send(work: Callable[[], object], connection: Connection) -> None:
    """The reading process: run ``work`` and send its :func:`outcome`."""
    result = outcome(work)
    try:
        connection.send(result)
    except Exception as exc:  # the result could not be pickled
        connection.send(("bug", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()
