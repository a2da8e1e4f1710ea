"""Files that ship with argmap (resources/ and the user guide in docs/): where they are.

An installed wheel carries them inside the package (``argmap/resources``, ``argmap/docs``; setup.py
copies the top-level folders there); a source checkout keeps them at the top of the tree, next to
``src/``. A checkout may also have some resources inside the package (``src/argmap/resources/
schemes.json``), so each file is looked for in both places, the package first.
Standard library only, so every layer may ask.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]  # src/argmap -> the top of a source tree (meaningless when installed)


def _places(name: str) -> list[Path]:
    return [_PACKAGE / name, _CHECKOUT / name]


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("icons", "argmap.svg")`` (where it exists; else the package's place)."""
    for base in _places("resources"):
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return _PACKAGE.joinpath("resources", *parts)


def docs_dir() -> Path:
    """The folder of the user guide (``*.md`` and their pictures)."""
    for folder in _places("docs"):
        if folder.is_dir() and any(folder.glob("*.md")):
            return folder
    return _PACKAGE / "docs"


def maps_dir() -> Path:
    """The folder of the example maps and teaching templates (File > New from template)."""
    for folder in _places("maps"):
        if folder.is_dir() and any(folder.glob("*.json")):
            return folder
    return _PACKAGE / "maps"
