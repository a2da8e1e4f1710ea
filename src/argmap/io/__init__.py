"""Files in and out: the JSON map format (pydantic at the boundary only).

The names below load on first use (module ``__getattr__``): importing ``argmap.io.errors``
or ``argmap.io.files`` must not pay for pydantic, so commands that never parse a map start fast.
(The modules are named ``reading``/``writing``, not ``load``/``save``: a submodule named like a
function would replace that function on the package once imported.)
"""

from typing import TYPE_CHECKING

from argmap.io.errors import MapFileError

if TYPE_CHECKING:  # the names _LAZY loads at run time, for mypy: keep the two lists the same
    from argmap.io.files import write_atomic
    from argmap.io.reading import load, loads, read_document
    from argmap.io.writing import dumps, save

_LAZY = {
    "load": "argmap.io.reading",
    "loads": "argmap.io.reading",
    "read_document": "argmap.io.reading",
    "dumps": "argmap.io.writing",
    "save": "argmap.io.writing",
    "write_atomic": "argmap.io.files",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'argmap.io' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later look-ups are plain attributes
    return value


__all__ = ["MapFileError", "dumps", "load", "loads", "read_document", "save", "write_atomic"]
