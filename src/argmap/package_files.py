"""Files that ship with argmap (resources/ and the user guide in docs/): where they are.

An installed wheel carries them inside the package (``argmap/resources``, ``argmap/docs``; setup.py
copies them there); a source checkout keeps them at the top of the tree, next to ``src/``.
Standard library only, so every layer may ask.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name  # src/argmap -> the checkout


def resources_dir() -> Path:
    """The folder of resources (JSON Schema, icons, translations, catalogues)."""
    return _shipped("resources")


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("icons", "argmap.svg")``."""
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The folder of the user guide (``*.md`` and their pictures)."""
    return _shipped("docs")


def maps_dir() -> Path:
    """The folder of the example maps and teaching templates (File > New from template)."""
    return _shipped("maps")
