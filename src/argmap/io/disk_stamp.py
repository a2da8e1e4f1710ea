"""What a file looked like when it was last read or written (:class:`DiskStamp`), to notice changes by others."""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DiskStamp:
    """What a file looked like when we last read or wrote it, to notice changes by others."""

    mtime_ns: int
    size: int
    sha256: str
    ino: int = 0  # which file it is: a file replaced by another (rename, copy over) gets another inode
    dev: int = 0

    @classmethod
    def of_read(cls, stat: os.stat_result, data: bytes) -> DiskStamp:
        """The stamp of ``data`` just read from a file whose status (taken of the handle it was read from) is ``stat``:
        the bytes the reader has, not the file read again afterwards (which may have changed in between)."""
        return cls(stat.st_mtime_ns, stat.st_size, hashlib.sha256(data).hexdigest(), stat.st_ino, stat.st_dev)

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        try:
            p = Path(path)
            stat = p.stat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest, stat.st_ino, stat.st_dev)

    def to_json(self) -> dict[str, int | str]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> DiskStamp | None:
        """The stamp a recovery record kept; None when missing or malformed (an older record)."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(int(data["mtime_ns"]), int(data["size"]), str(data["sha256"]),
                       int(data.get("ino", 0)), int(data.get("dev", 0)))
        except (KeyError, TypeError, ValueError):
            return None

    def same_file(self, path: str | Path) -> bool:
        """True when ``path`` is still this file, or holds the very same bytes (moved, replaced, changed: False)."""
        try:
            stat = Path(path).stat()
        except OSError:
            return False
        if (stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_dev) == (self.mtime_ns, self.size, self.ino, self.dev):
            return True
        now = DiskStamp.of(path)
        return now is not None and now.sha256 == self.sha256

    def differs_from_disk(self, path: str | Path) -> bool:
        """True when the file now holds other bytes (a touched but unchanged file does not count)."""
        try:
            stat = Path(path).stat()
        except OSError:
            return True
        if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
            return False
        now = DiskStamp.of(path)
        return now is None or now.sha256 != self.sha256
