"""Before the editor opens a window: are the system libraries that Qt's X11 plugin needs there?

Without them Qt prints "could not load the Qt platform plugin xcb" and aborts the process,
which names neither the missing library nor the package to install. This check runs ``ldd``
on the plugin (its whole dependency tree, Qt's own libraries found next to it) before Qt is
imported, and names the missing libraries and the ``apt-get`` command that installs them.
Standard library only: it must run where Qt cannot.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: The Debian/Ubuntu package of each library that Qt's xcb plugin and its Qt libraries link
#: (``ldd`` on PySide6's ``libqxcb.so``, ``libQt6XcbQpa``, ``libQt6Gui``, ``libQt6Widgets``).
PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libpng16.so.16": "libpng16-16",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libexpat.so.1": "libexpat1",
}


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing Qt (None when PySide6 or the plugin is not there)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def wants_xcb(environ: os._Environ[str] | dict[str, str]) -> bool:
    """Will Qt start on its X11 plugin? ``QT_QPA_PLATFORM`` names it first, or is unset outside a Wayland session."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return sys.platform.startswith("linux") and not environ.get("WAYLAND_DISPLAY")


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries that ``library`` needs (directly or through others) and the system cannot find.

    Empty when nothing is missing or when ``ldd`` is not there to ask (then Qt has the last word)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    missing: list[str] = []
    for line in result.stdout.splitlines():  # "\tlibxcb-icccm.so.4 => not found"
        name, arrow, where = line.strip().partition(" => ")
        if arrow and where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def missing_report(missing: list[str]) -> str:
    """What to tell the user: the missing libraries, their packages and the command that installs them."""
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    lines = ["argmap: the editor cannot open a window: Qt's X11 plugin (xcb) needs system libraries that are missing:"]
    for name in missing:
        package = PACKAGES.get(name)
        lines.append(f"  {name}" + (f" (Debian/Ubuntu package {package})" if package else ""))
    if packages:
        lines.append("Install them with:")
        lines.append(f"  sudo apt-get install {' '.join(packages)}")
    else:
        lines.append("Install the packages of your system that provide them.")
    lines.append("Commands such as 'argmap export' and 'argmap check' work without a window.")
    return "\n".join(lines)


def window_problem(environ: os._Environ[str] | dict[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """Why the editor's window cannot open here (a message for the user), or None when it can or we cannot tell."""
    environ = os.environ if environ is None else environ
    if not wants_xcb(environ):
        return None
    plugin = plugin if plugin is not None else xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if missing:
        return missing_report(missing)
    if not environ.get("DISPLAY"):
        return ("argmap: the editor cannot open a window: no display (DISPLAY is not set).\n"
                "Start it in a desktop session, or draw maps headless with 'argmap export MAP OUT.png'.")
    return None
