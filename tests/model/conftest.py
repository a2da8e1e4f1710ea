"""Fixtures of the model's tests: each test module gives its own ``amap``."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap


@pytest.fixture
def events(amap: ArgumentMap) -> list:
    """The changes ``amap`` emits from now on, in order."""
    received: list = []
    amap.changed.connect(received.append)
    return received
