"""Hold Python's cyclic garbage collector during bulk work that frees nothing.

Loading or laying out a large map allocates a few small objects per statement and keeps
them; each full collection would walk the whole growing heap again (on 10,000 statements
that costs more than the work itself).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
