"""Before the editor opens: missing X11 libraries are named with the command that installs them, not a Qt abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.cli import system_libraries
from argmap.cli.system_libraries import missing_libraries, missing_report, wants_xcb, window_problem

needs_ldd = pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd (glibc's libc-bin) is not installed")


def system_library_needing_libc() -> Path:
    """A real shared library of the system that Qt's plugin links (any of them needs libc.so.6)."""
    plugin = system_libraries.xcb_plugin()
    assert plugin is not None, "PySide6's libqxcb.so not found"
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        _name, _arrow, rest = line.strip().partition(" => ")
        path = Path(rest.split(" (")[0]) if rest.startswith("/") else None
        if path is not None and "PySide6" not in str(path) and path.name.startswith("libxcb"):
            return path
    pytest.skip("no system libxcb library installed to copy")


@pytest.fixture
def library_with_a_missing_dependency(tmp_path) -> Path:
    """A copy of a real library whose libc dependency is renamed to a library no system has."""
    data = system_library_needing_libc().read_bytes()
    assert b"libc.so.6\0" in data
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(data.replace(b"libc.so.6\0", b"libq.so.6\0"))
    return broken


def test_wants_xcb_follows_qt_qpa_platform():
    assert wants_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert wants_xcb({"QT_QPA_PLATFORM": "xcb:dpi=96"})
    assert not wants_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not wants_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert wants_xcb({}) == sys.platform.startswith("linux")
    assert not wants_xcb({"WAYLAND_DISPLAY": "wayland-0"})


@needs_ldd
def test_a_missing_library_is_found(library_with_a_missing_dependency):
    assert missing_libraries(library_with_a_missing_dependency) == ["libq.so.6"]


@needs_ldd
def test_the_installed_plugin_lacks_nothing_the_readme_installs():
    """On a machine set up by the README's package line (as .ci/run does), the xcb plugin loads."""
    plugin = system_libraries.xcb_plugin()
    assert plugin is not None
    assert missing_libraries(plugin) == []


def test_the_report_names_the_packages_and_the_apt_get_command():
    report = missing_report(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libweird.so.3"])
    assert "libxcb-icccm.so.4 (Debian/Ubuntu package libxcb-icccm4)" in report
    assert "libweird.so.3" in report
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in report


def test_no_check_on_the_offscreen_platform(library_with_a_missing_dependency):
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, library_with_a_missing_dependency) is None


def test_no_display_is_said_plainly(monkeypatch, tmp_path):
    monkeypatch.setattr(system_libraries, "missing_libraries", lambda _library: [])
    problem = window_problem({"QT_QPA_PLATFORM": "xcb"}, tmp_path / "libqxcb.so")
    assert problem is not None and "DISPLAY is not set" in problem


@needs_ldd
def test_argmap_says_what_is_missing_before_qt_loads(library_with_a_missing_dependency):
    """`argmap` (the editor) exits 1 with the report, and has not imported Qt (which would abort)."""
    script = (
        "import sys; from pathlib import Path; import argmap.cli.system_libraries as s; "
        f"s.xcb_plugin = lambda: Path({str(library_with_a_missing_dependency)!r}); "
        "from argmap.cli import main; code = main([]); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":0"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "libq.so.6" in done.stderr
    assert "missing" in done.stderr
    assert "Traceback" not in done.stderr
