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
    """No collection inside the block; the collector is on again (if it was) when it ends.

    What the block built is left to the collector's usual schedule afterwards. (Moving it
    straight to the oldest generation with ``gc.freeze()`` saved 25 ms per 10,000-statement
    load, but also reset the collector's counter: a script loading many small maps then
    never collected at all, and its memory grew without limit.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
