"""Writing map files: canonical bytes, written atomically."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.io.convert import to_document
from argmap.io.errors import MapFileError

if TYPE_CHECKING:
    from argmap.model import ArgumentMap


def dumps(amap: ArgumentMap) -> str:
    """The canonical text of a map: same map, same bytes (2-space indent, final newline)."""
    data = to_document(amap).model_dump(mode="json", exclude_defaults=True)
    data.setdefault("edges", [])
    ordered = {k: data[k] for k in ("schema_version", "title", "description", "nodes", "edges", "view") if k in data}
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


def save(amap: ArgumentMap, path: str | Path) -> None:
    """Save atomically: a failed save leaves the old file exactly as it was."""
    write_atomic(path, dumps(amap).encode("utf-8"))


def write_atomic(path: str | Path, data: bytes) -> None:
    path = Path(path)
    shown = path  # messages name the file as the user gave it
    if path.is_symlink():  # write the file the link points to, and keep the link
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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
