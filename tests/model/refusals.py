"""What every refused change of a map must do: raise, say why, emit nothing and change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from argmap.io import dumps
from argmap.model import ArgumentMap, MapError


def refused(amap: ArgumentMap, events: list, error: type[MapError], call: Callable[[], object], match: str) -> None:
    """``call`` raises ``error`` with a message matching ``match``, emits nothing, changes nothing."""
    before = dumps(amap)
    with pytest.raises(error, match=match):
        call()
    assert events == []
    assert dumps(amap) == before
