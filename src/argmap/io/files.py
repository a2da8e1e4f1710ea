"""Reading and writing files, shared by native maps and every foreign format: one limit, one set of messages.

No pydantic and no NetworkX here: commands that only read bytes or write them stay fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from argmap.file_errors import SYMLINK_LOOP, MapFileError, is_symlink_loop, replace_refusal
from argmap.io.leftovers import remove_stale, temp_prefix

#: Files larger than this are refused before parsing (bytes), native maps and imports alike.
MAX_FILE_BYTES = 256 * 1024 * 1024


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``, or :class:`MapFileError` with a plain reason (missing, folder, too large...)."""
    return read_bytes_and_status(path)[0]


def read_bytes_and_status(path: str | Path) -> tuple[bytes, os.stat_result]:
    """:func:`read_bytes`, and the file's status as taken of the handle it was read from (the very file these bytes
    are: a stamp of them, :class:`~argmap.io.disk_stamp.DiskStamp`, needs no second reading)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MapFileError(path, f"the file is {size // 2**20} MiB, more than the {MAX_FILE_BYTES // 2**20} MiB a map may have")
        with path.open("rb") as handle:  # capped: a device or pipe (/dev/zero) reports no size and may never end
            data = handle.read(MAX_FILE_BYTES + 1)
            status = os.fstat(handle.fileno())
    except IsADirectoryError:
        raise MapFileError(path, "is a folder, not a map file") from None
    except FileNotFoundError:
        raise MapFileError(path, "no such file") from None
    except OSError as exc:
        if is_symlink_loop(path):
            raise MapFileError(path, SYMLINK_LOOP) from None
        raise MapFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError(path, f"the file is more than the {MAX_FILE_BYTES // 2**20} MiB a map may have")
    return data, status


def decode_text(data: bytes | str, path: str | Path | None) -> str:
    """UTF-8 text (a BOM is dropped) with ``\\n`` line ends, whatever the file used."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise MapFileError(path, f"is not UTF-8 text (bad byte at offset {exc.start})", f"line {line}") from None
    else:
        text = data
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_json(data: bytes | str, path: str | Path | None) -> Any:
    """Strict JSON (no NaN, no key written twice), or :class:`MapFileError` naming the line and column."""
    if isinstance(data, bytes) and len(data) > MAX_FILE_BYTES:
        raise MapFileError(path, f"the file is more than the {MAX_FILE_BYTES // 2**20} MiB a map may have")
    text = decode_text(data, path) if isinstance(data, bytes) else data
    if not text.strip():
        raise MapFileError(path, "the file is empty")

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a valid JSON number")

    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise MapFileError(path, f"invalid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}") from None
    except _DuplicateKey as exc:
        raise MapFileError(path, str(exc)) from None
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        reason = str(exc) if "not a valid JSON number" in str(exc) else "a number has far too many digits"
        raise MapFileError(path, f"invalid JSON: {reason}") from None
    except RecursionError:
        raise MapFileError(path, "invalid map: the JSON is nested far too deep") from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys: data lost without a word.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        owner = result.get("id", result.get("nodeID"))
        where = f"statement {owner!r}" if isinstance(owner, str) and len(owner) <= 200 else "one object"
        shown = repr(key) if len(key) <= 60 else repr(key[:57] + "...")
        raise _DuplicateKey(f"the key {shown} appears twice in {where}")
    return result


def write_atomic(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or pieces of them written as they come) to ``path`` all or nothing: a failed write
    leaves the old file exactly as it was.

    A file the user may not write (``chmod 444``) is refused, though the rename could replace it.
    Temp files that earlier, killed writes left in the folder are removed afterwards (:mod:`argmap.io.leftovers`).
    """
    path = Path(path)
    shown = path  # messages name the file as the user gave it
    refusal = replace_refusal(path)
    if refusal is not None:
        raise MapFileError(shown, refusal)
    if path.is_symlink():  # write the file the link points to, and keep the link
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes | bytearray | memoryview):
                handle.write(data)
            else:
                for piece in data:
                    handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
        with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise MapFileError(shown, f"cannot be saved ({exc.strerror or exc})") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    remove_stale(folder)  # what a killed save left here (a hidden file as large as the map)
