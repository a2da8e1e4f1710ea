"""The files that put argmap in a freedesktop menu, per user: a .desktop entry, icons, a MIME type.

Everything goes under ``$XDG_DATA_HOME`` (default ``~/.local/share``), so no root is needed:

- ``applications/argmap.desktop``: the menu entry; it opens argmap maps (``*.argmap``) and
  offers itself for JSON files too (an argmap map is JSON, and ``*.json`` maps keep opening);
- ``icons/hicolor/scalable/apps/argmap.svg`` and ``icons/hicolor/NxN/apps/argmap.png`` for the
  sizes desktops ask for (16 to 512);
- ``mime/packages/argmap.xml``: the type ``application/x-argmap`` (a sub-class of JSON) for ``*.argmap``.

Then the desktop's caches are refreshed (``update-mime-database``, ``update-desktop-database``,
``gtk-update-icon-cache``, when installed) and argmap becomes the default for its own type
(``xdg-mime default``), so that a double-click on a map opens it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from argmap.package_files import resource

APP_ID = "argmap"
MIME_TYPE = "application/x-argmap"
EXTENSION = ".argmap"
#: The icon sizes of the hicolor theme that desktops, menus and file managers ask for.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>argmap argument map</comment>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <glob pattern="*{EXTENSION}"/>
  </mime-type>
</mime-info>
"""


def data_home(environ: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (as the spec says)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home(environ: dict[str, str] | os._Environ[str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


def launch_command() -> str:
    """How the menu starts argmap: this very ``argmap`` (a pipx or venv path need not be on the desktop's PATH)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "argmap" and script.is_file():
        return _exec_quote(str(script.resolve()))
    found = shutil.which("argmap")
    if found:
        return _exec_quote(str(Path(found).resolve()))
    return f"{_exec_quote(sys.executable)} -m argmap"


def _exec_quote(arg: str) -> str:
    """An Exec argument, quoted as the Desktop Entry spec wants when it holds a space or a reserved character."""
    if arg and not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(command: str) -> str:
    # %f: one file per process (the editor opens one map); Exec's %-codes are escaped by doubling.
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=argmap",
        "GenericName=Argument map editor",
        "Comment=Build, lay out, evaluate and export argument maps",
        f"Exec={command.replace('%', '%%')} %f",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        f"MimeType={MIME_TYPE};application/json;",
        "Keywords=argument;debate;reasoning;claim;objection;",
        f"StartupWMClass={APP_ID}",
        "",
    ])


@dataclass
class Installed:
    """What an install wrote and what it could not do (each a line for the user)."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def desktop_paths(data: Path) -> dict[str, Path]:
    """Where each file goes under ``data`` (the XDG data home)."""
    paths = {
        "entry": data / "applications" / f"{APP_ID}.desktop",
        "mime": data / "mime" / "packages" / f"{APP_ID}.xml",
        "svg": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        paths[f"png{size}"] = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return paths


def render_icon_pngs(svg: Path, targets: dict[int, Path]) -> None:
    """Draw the SVG icon at each size (Qt's SVG renderer; offscreen when there is no display)."""
    from argmap.export.render import ensure_app

    ensure_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise OSError(f"{svg}: not a valid SVG icon")
    for size, path in targets.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes a str
            raise OSError(f"{path}: cannot write the icon")


def install(environ: dict[str, str] | os._Environ[str] | None = None, command: str | None = None) -> Installed:
    """Write the entry, the icons and the MIME type under the XDG data home; refresh the caches. Raises OSError."""
    data = data_home(environ)
    paths = desktop_paths(data)
    done = Installed()
    svg = resource("icons", f"{APP_ID}.svg")
    paths["svg"].parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, paths["svg"])
    render_icon_pngs(svg, {size: paths[f"png{size}"] for size in ICON_SIZES})
    paths["mime"].parent.mkdir(parents=True, exist_ok=True)
    paths["mime"].write_text(MIME_XML, encoding="utf-8")
    paths["entry"].parent.mkdir(parents=True, exist_ok=True)
    paths["entry"].write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    done.files = list(paths.values())
    _refresh_caches(data, done.notes, environ)
    if not _run(["xdg-mime", "default", paths["entry"].name, MIME_TYPE], environ):
        done.notes.append("xdg-mime is not installed: argmap is not made the default for .argmap files "
                          "(it is the only program that declares them, so desktops usually pick it anyway)")
    return done


def uninstall(environ: dict[str, str] | os._Environ[str] | None = None) -> Installed:
    """Remove what :func:`install` wrote (and argmap's default-application line); refresh the caches."""
    data = data_home(environ)
    done = Installed()
    for path in desktop_paths(data).values():
        if path.is_file():
            path.unlink()
            done.files.append(path)
    mimeapps = config_home(environ) / "mimeapps.list"
    if mimeapps.is_file():
        lines = mimeapps.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if line.strip() != f"{MIME_TYPE}={APP_ID}.desktop;"
                and line.strip() != f"{MIME_TYPE}={APP_ID}.desktop"]
        if kept != lines:
            mimeapps.write_text("".join(kept), encoding="utf-8")
    _refresh_caches(data, done.notes, environ)
    return done


def _refresh_caches(data: Path, notes: list[str], environ: dict[str, str] | os._Environ[str] | None) -> None:
    if (data / "mime").is_dir() and not _run(["update-mime-database", str(data / "mime")], environ):
        notes.append("update-mime-database is not installed (Debian: shared-mime-info): .argmap files "
                     "are known once it runs")
    if (data / "applications").is_dir():
        _run(["update-desktop-database", str(data / "applications")], environ)  # optional: desktops also scan
    if (data / "icons" / "hicolor").is_dir():
        _run(["gtk-update-icon-cache", "-f", "-t", str(data / "icons" / "hicolor")], environ)


def _run(argv: list[str], environ: dict[str, str] | os._Environ[str] | None) -> bool:
    """Run a desktop tool if it is installed; True when it ran and succeeded."""
    if shutil.which(argv[0]) is None:
        return False
    env = dict(os.environ if environ is None else environ)
    try:
        return subprocess.run(argv, capture_output=True, env=env, timeout=60, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
