"""Temp files of atomic writes: their names, and removing the ones a killed writer left behind.

A save writes the new bytes to a hidden temp file beside the target and renames it over the
target. A process killed in between (``kill -9``, power loss) leaves the temp file, as large
as the map. Its name says it is argmap's and which process wrote it, so the next save into the
same folder can remove it, and nothing else:

- ``.NAME.argmap-PID-RANDOM.tmp`` (this version): removed when process PID is gone and the file
  is older than :data:`GONE_AGE` seconds (a writer on another machine sharing the folder has
  finished by then), or when it is older than :data:`SAFE_AGE` whatever PID says (the number
  may have been reused).
- ``.NAME.RANDOM.tmp`` (older versions; RANDOM is 8 letters, digits or ``_``): removed only
  when ``NAME`` is a file in that folder and the temp file is older than :data:`LEGACY_AGE`.

Only regular files are removed (never a folder or a link), and any error is ignored: cleaning
up must never make a save fail.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

#: Seconds after which the temp file of a process that is gone is surely no write in progress.
GONE_AGE = 30.0
#: Seconds after which any temp file of argmap is stale (no save takes an hour).
SAFE_AGE = 3600.0
#: Seconds after which a temp file named as older versions named them is stale.
LEGACY_AGE = 24 * 3600.0
#: How much of the target's name a temp name keeps (bytes of UTF-8): the whole name would not fit in 255 bytes.
NAME_BYTES = 120

_OURS = re.compile(r"^\..*\.argmap-(\d{1,10})-[A-Za-z0-9_]+\.tmp$", re.DOTALL)
_LEGACY = re.compile(r"^\.(.+)\.[a-z0-9_]{8}\.tmp$", re.DOTALL)


def temp_prefix(name: str) -> str:
    """The start of a temp file name for writing ``name`` (``tempfile.mkstemp`` adds random letters and ``.tmp``)."""
    short = name.encode("utf-8")[:NAME_BYTES].decode("utf-8", "ignore")
    return f".{short}.argmap-{os.getpid()}-"


def is_stale(name: str, age: float, folder: Path) -> bool:
    """Whether a file ``name`` in ``folder``, last changed ``age`` seconds ago, is a temp file argmap left behind."""
    ours = _OURS.match(name)
    if ours is not None:
        return age > SAFE_AGE or (age > GONE_AGE and not process_alive(int(ours.group(1))))
    legacy = _LEGACY.match(name)
    if legacy is not None and age > LEGACY_AGE:
        with contextlib.suppress(OSError, ValueError):
            return (folder / legacy.group(1)).is_file()
    return False


def remove_stale(folder: str | Path) -> list[Path]:
    """Remove the temp files of earlier writes that argmap left in ``folder``; returns what was removed."""
    folder = Path(folder)
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(".tmp")):
            continue
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and is_stale(name, now - info.st_mtime, folder):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (one of another user counts as running)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there: say "running", SAFE_AGE cleans up
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # exists but belongs to someone else, or cannot be asked: keep its files
    return True
