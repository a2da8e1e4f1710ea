"""Calls from a worker thread taken to the GUI thread, safe when the window that asked has been deleted meanwhile.

A worker that ends emits a signal so that its result is applied on the GUI thread. Emitted by an object the window
owns, the emission raced with the window's deletion: Qt deletes the window's objects on the GUI thread while the
worker is inside the emission, which then reads freed memory (a rare "Fatal Python error" when a test closed a window
while a large map was evaluated or written). Here one relay, made once on the GUI thread and never deleted, emits;
the worker holds only a weak reference to the method to call, and the GUI thread looks whether its object still
exists before calling it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid


class _Relay(QObject):
    call = Signal(object, object)  # (weakref.WeakMethod, arguments)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, ref: weakref.WeakMethod | tuple[weakref.WeakMethod, Callable[[], object]], args: tuple[Any, ...]) -> None:
        ref, otherwise = ref if isinstance(ref, tuple) else (ref, None)
        method = ref()
        if method is not None and isValid(method.__self__):  # its window is still there (not yet deleted)
            method(*args)
        elif otherwise is not None:
            otherwise()


_relays: list[_Relay] = []


def _relay() -> _Relay:
    if not _relays:  # the first caller is on the GUI thread (a window's object): the relay delivers there
        _relays.append(_Relay())
    return _relays[0]


def _emit(relay: _Relay, ref: Any, args: tuple[Any, ...], future: Future) -> None:
    relay.call.emit(ref, (*args, future))  # on the worker thread; the relay is never deleted


def when_done(method: Callable[..., None], *args: Any, otherwise: Callable[[], object] | None = None) -> Callable[[Future], None]:
    """A done-callback for a worker's Future that calls ``method(*args, future)`` on the GUI thread, unless the Qt
    object ``method`` is bound to was deleted by then. Call it on the GUI thread (``method`` is a Python method of a
    QObject subclass); the callback holds no strong reference to that object. ``otherwise`` is called instead (on the
    GUI thread) when that object is gone."""
    relay = _relay()
    ref: Any = weakref.WeakMethod(method) if otherwise is None else (weakref.WeakMethod(method), otherwise)

    def done(future: Future) -> None:
        _emit(relay, ref, args, future)

    return done
