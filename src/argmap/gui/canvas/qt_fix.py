"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11.

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
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HUGE:
            count.value += _HUGE


make_singletons_immortal()
