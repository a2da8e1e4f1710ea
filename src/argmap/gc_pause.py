"""Hold Python's cyclic garbage collector during bulk work that frees nothing.

Loading or laying out a large map allocates a few small objects per statement and keeps
them; each full collection would walk the whole growing heap again (on 10,000 statements
that costs more than the work itself).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: A large map is shown (:func:`built_to_keep`): what each later paused block builds is kept out of the collector's walks too.
_keeping = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection inside the block; the collector is on again (if it was) when it ends.

    What the block built is left to the collector's usual schedule afterwards. (Moving it
    straight to the oldest generation with ``gc.freeze()`` saved 25 ms per 10,000-statement
    load, but also reset the collector's counter: a script loading many small maps then
    never collected at all, and its memory grew without limit.) Except while a window shows a
    large map (:func:`built_to_keep`): there an edit's block (its picture, the scene's changes,
    the evaluation) is frozen too, see :func:`_freeze_what_was_built`.
    """
    was_enabled = gc.isenabled()
    keeping = was_enabled and _keeping
    if keeping:
        gc.collect(1)  # the young garbage made since the last block (a few paints' worth): freed now, not frozen
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if keeping and _keeping:
                _freeze_what_was_built()
            gc.enable()


def _freeze_what_was_built() -> None:
    """Move what the block built out of the collector's reach (``gc.freeze()``: no walk, it only splices lists).

    Without it the first young collection after each edit of a 10,000-statement map walked the tens of
    thousands of objects the edit's picture had just made (all alive), and older collections walked them
    again: 60 ms of collections per edit, more than the edit. Nothing is lost: frozen objects are still freed
    when their last reference goes; only garbage in reference cycles would stay, and an edit makes none (tested:
    tests/gui/test_edit_collections.py); the young garbage of other work was collected when the block began.
    """
    gc.freeze()


#: Maps with at least this many statements are kept out of the collector's walks once shown (:func:`built_to_keep`).
KEEP_BUILT_STATEMENTS = 2000


@contextmanager
def built_to_keep(statements: int) -> Iterator[None]:
    """Build what a window shows of a map of ``statements`` with the collector paused; a large map's objects are
    then moved out of its reach (``gc.freeze()``), until the next map is shown.

    Without that, the first full collection after opening 10,000 statements walked a million objects that all
    stay alive (0.3 s), and every later one while editing did again. The objects of the map shown before are
    given back to the collector first (``gc.unfreeze()``), so what the old map leaves in cycles is still freed.
    Only in a window, once per map shown: not in a loop that loads maps (see :func:`collector_paused`).
    While the large map stays shown, each later paused block (an edit) is frozen too, until :func:`stop_keeping`.
    """
    global _keeping
    _keeping = False
    gc.unfreeze()
    with collector_paused():
        try:
            yield
        finally:
            # Frozen before the collector is on again: else its first (young) collection walked everything just
            # built (0.64 s at 50,000 statements) only to find it all alive. Freezing also resets its count.
            if statements >= KEEP_BUILT_STATEMENTS:
                gc.freeze()
                _keeping = True


def stop_keeping() -> None:
    """The large map is no longer shown (its document is closed): paused blocks are left to the collector again."""
    global _keeping
    _keeping = False
