"""Reading a file in another process, for the editor (no Qt here: the reading process never loads it).

:func:`run_and_send` runs a reading job and sends its outcome through a pipe as one of
``("ok", result)``, ``("refused", message)`` (the file's problem, worded for the user) or
``("bug", text)`` (a reader failed in a way it should not). The editor (``argmap.gui.import_worker``)
starts it with :mod:`multiprocessing` and kills the process on Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.files import read_bytes
from argmap.io.formats import ImportResult, UnknownFormat, detect_format, read_data
from argmap.io.reading import loads
from argmap.model import ArgumentMap

#: What the reading process imports before its first job (a forkserver then forks it warm).
PRELOAD = ["argmap.io.read_job", "argmap.io.formats.aif", "argmap.io.formats.argdown", "argmap.io.formats.kialo",
           "argmap.io.formats.graphml", "networkx"]


def read_for_open(path: Path) -> ArgumentMap | ImportResult:
    """What File > Open reads: an argmap map, or (another tool's file) an import with its notes.

    Telling the format apart reads and parses the file too, so this runs off the GUI thread as a whole.
    """
    data = read_bytes(path)
    try:
        fmt = detect_format(path, data)
    except (MapFileError, UnknownFormat):
        fmt = "argmap"  # the map reader names what is wrong with it
    if fmt == "argmap":
        return loads(data, path)
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
