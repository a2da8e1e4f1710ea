"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11 (only there).

No longer needed: pyproject pins PySide6 below 6.12, and on 6.11 the whole GUI suite
(three runs) and a stress script (two exports, 20,000 setPos/update calls, 20,000 signal
emissions) pass without it. The editor no longer imports it; it stays, a no-op on every
other version, only until ``argmap.export.render`` and ``tests/test_export.py`` drop their
import, and can then be deleted.

The bug:
Every call of a PySide6 6.12 method that returns ``void`` (``QPainter.setPen``,
``QGraphicsItem.setPos``, ``update``...) and every signal emission drops one reference
to ``None``, ``True`` or ``False`` that it never took, as if those objects were immortal,
which they are only from Python 3.12 on. After some thousands of calls Python aborts
with "Fatal Python error: none_dealloc". Giving these three singletons a huge reference
count makes them effectively immortal, which is what Python 3.12 does. Harmless on any
version: the singletons are never freed anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 40


def make_singletons_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or not _buggy_pyside():
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HUGE:
            count.value += _HUGE


def _buggy_pyside() -> bool:
    import PySide6

    return PySide6.__version__.startswith("6.12.")


make_singletons_immortal()
