"""A tiny observer with no Qt, so the model can tell views what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """Listeners are called in the order they connected, with one payload."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[T], object]] = []

    def connect(self, listener: Callable[[T], object]) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def disconnect(self, listener: Callable[[T], object]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, payload: T) -> None:
        for listener in list(self._listeners):
            listener(payload)
