"""Forking a helper copy of this process safely, and collecting what it sends back.

Used by the headless export to use both cores: a copy reads the map while this process
starts Qt (:mod:`~argmap.export.load_ahead`), and a copy paints part of a big SVG
(:mod:`~argmap.export.two_cores`). Only where a fork is safe; whatever goes wrong with
the copy, the caller does that work itself.
"""

from __future__ import annotations

import os
import select
import sys
import time
from collections.abc import Callable


def can_fork() -> bool:
    """Fork is safe here: Linux, and no other thread that a fork could catch holding a lock.

    ``ARGMAP_ONE_CORE=1`` in the environment turns helper copies off (to compare, or to debug).
    """
    if os.environ.get("ARGMAP_ONE_CORE", "") not in ("", "0") or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def start_copy(work: Callable[[], bytes]) -> tuple[int, int] | None:
    """Fork a copy that runs ``work`` and sends back the bytes it returns; (pid, read end) for
    :func:`collect`, or None when no copy could be made (the caller then does the work itself).

    The copy leaves with ``os._exit``: none of this process's clean-up runs twice. Whatever
    ``work`` raises makes the copy exit with 1, which :func:`collect` reports as None.
    """
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            data = work()
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def collect(read_end: int, pid: int, patience_s: float) -> bytes | None:
    """All the copy wrote into ``read_end`` until it closed it, or None if it failed or took
    longer than ``patience_s`` (it is then stopped). Closes ``read_end`` and reaps the copy."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + patience_s
    status = 1
    try:
        while True:
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                os.kill(pid, 9)
                break
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if status != 0 or not chunks:
        return None
    return b"".join(chunks)
