"""Hold Python's cyclic garbage collector during bulk work that frees nothing.

Loading or laying out a large map allocates a few small objects per statement and keeps
them; each full collection would walk the whole growing heap again (on 10,000 statements
that costs more than the work itself).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The owners (windows) that show a large map (:func:`built_to_keep`): while there is one, what each later paused
#: block of the main thread builds is kept out of the collector's walks too.
_keepers: set[int] = set()

#: The pauses under way, in any thread, and whether the collector was on when the first began: the collector is
#: switched for the whole process, so it is on again only when the last ends. (Each block restored what it found:
#: a worker's block that ended inside the GUI thread's switched the collector on in the middle of it, and a young
#: collection then walked all the worker had built, 0.35-1.2 s at 50,000 statements.)
_pauses = 0
_on_after = False
_lock = threading.Lock()


def _pause() -> bool:
    """One more pause; True when the collector was on and none was under way (the first)."""
    global _pauses, _on_after
    with _lock:
        first = _pauses == 0 and gc.isenabled()
        if _pauses == 0:
            _on_after = gc.isenabled()
            gc.disable()
        _pauses += 1
        return first


def _resume() -> None:
    """One pause less: the collector is on again when none is left (if it was on when the first began)."""
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _on_after:
            gc.enable()


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
    # Only the main thread's blocks (edits), and only when no other pause is under way: a map read by a worker thread
    # may be cancelled and dropped, and must not be frozen on its way out.
    main = threading.current_thread() is threading.main_thread()
    keeping = main and bool(_keepers) and _pauses == 0 and gc.isenabled()
    if keeping:
        # The garbage made since the last block (a few paints' worth, a closed dialog's): freed now, not frozen.
        # A full collection, so that no cycle that grew old first is frozen; it walks only what is not frozen yet.
        gc.collect()
    first = _pause()
    try:
        yield
    finally:
        if keeping and first and _keepers:
            _freeze_what_was_built()
        _resume()


def _freeze_what_was_built() -> None:
    """Move what the block built out of the collector's reach (``gc.freeze()``: no walk, it only splices lists).

    Without it the first young collection after each edit of a 10,000-statement map walked the tens of
    thousands of objects the edit's picture had just made (all alive), and older collections walked them
    again: 60 ms of collections per edit, more than the edit. Nothing is lost: frozen objects are still freed
    when their last reference goes; only garbage in reference cycles would stay, and an edit makes none (tested:
    tests/gui/test_edit_collections.py); the garbage of other work was collected when the block began.
    """
    gc.freeze()


#: Maps with at least this many statements are kept out of the collector's walks once shown (:func:`built_to_keep`).
#: (It was 2,000: at 1,000 statements the collections then walked the map's objects again and again, 40-50 ms over
#: 15 edits, up to 13 ms in one edit; kept, 2-9 ms.)
KEEP_BUILT_STATEMENTS = 500


@contextmanager
def built_to_keep(statements: int, owner: object) -> Iterator[None]:
    """Build what ``owner`` (a window) shows of a map of ``statements`` with the collector paused; a large map's
    objects are then moved out of its reach (``gc.freeze()``), until the window shows another map or closes it.

    Without that, the first full collection after opening 10,000 statements walked a million objects that all
    stay alive (0.3 s), and every later one while editing did again. Everything frozen is given back to the
    collector first (``gc.unfreeze()``), so what the old map leaves in cycles is still freed; what other windows
    still show is frozen again with the new map (while any window shows a large map).
    Only in a window, once per map shown: not in a loop that loads maps (see :func:`collector_paused`).
    While a large map stays shown, each later paused block (an edit) is frozen too, until :func:`stop_keeping`.
    """
    _keepers.discard(id(owner))
    gc.unfreeze()
    with collector_paused():
        try:
            yield
        finally:
            # Frozen before the collector is on again: else its first (young) collection walked everything just
            # built (0.64 s at 50,000 statements) only to find it all alive. Freezing also resets its count.
            if statements >= KEEP_BUILT_STATEMENTS:
                _keepers.add(id(owner))
            if _keepers:
                gc.freeze()


def stop_keeping(owner: object) -> None:
    """``owner`` no longer shows its large map (it is closed): everything frozen is the collector's again, so that
    what the map leaves in cycles is freed; what other windows still show is frozen again by their next edit."""
    if id(owner) in _keepers:
        _keepers.discard(id(owner))
        gc.unfreeze()


class HeldPause:
    """A pause of the collector held from when a job goes to a worker thread until what it built is received on the
    main thread (:meth:`keep`) or dropped (:meth:`release`): all the worker builds (an evaluation of the whole map:
    hundreds of thousands of small objects at 50,000 statements, all alive) is not walked meanwhile, by a young
    collection that could only find it alive (0.35-1.2 s of the GUI thread's time after a large map's first paint)."""

    def __init__(self) -> None:
        _pause()
        self._held = True

    def release(self) -> None:
        """What the worker built is not kept (or the job failed): the pause ends; the collector walks it as usual."""
        if self._held:
            self._held = False
            _resume()

    def keep(self) -> None:
        """What the worker built is received: see :func:`keep_what_was_received`; then the pause ends."""
        if self._held:
            keep_what_was_received(held=True)
            self.release()


def keep_what_was_received(*, held: bool = False) -> None:
    """While a window shows a large map: what a worker thread built and the window now keeps (an evaluation of the
    whole map: hundreds of thousands of small lists at 50,000 statements) is moved out of the collector's walks, as
    an edit's block is. Else the next edit's collection walked all of it (20 ms at 50,000 statements). The garbage
    made meanwhile is collected first, as at the start of a block (:func:`collector_paused`); not with ``held``
    (:class:`HeldPause`: the collector was paused meanwhile, and what it would walk is nearly all what was received,
    alive: 0.1-0.6 s at 50,000 statements): garbage in cycles made meanwhile then stays until the map is closed."""
    if not (_keepers and threading.current_thread() is threading.main_thread()):
        return
    if held:
        gc.freeze()
    elif gc.isenabled():
        gc.collect()
        gc.freeze()


def keeping() -> bool:
    """Whether some window shows a large map (its edits' objects are kept out of the collector's walks)."""
    return bool(_keepers)
