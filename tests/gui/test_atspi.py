"""What a screen reader hears, over the real Linux accessibility bus (AT-SPI), not only Qt's own tree.

tools/atspi_check.py starts argmap on the example map under its own Xvfb and D-Bus session,
presses Home and Down, and reads the focused object's name and description and the toolbar's
buttons as Orca would. Skipped, saying what is missing, where Xvfb, dbus, at-spi2-core or a
python3 with PyGObject and the AT-SPI typelib are not installed (.ci/run installs them).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHECK = ROOT / "tools" / "atspi_check.py"
SKIPPED = 77  # the check's exit status when something it needs is absent


def python_with_atspi() -> str | None:
    """A python that can import the AT-SPI bindings (the system's: a virtual environment does not see them)."""
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    for candidate in (sys.executable, "/usr/bin/python3"):
        if Path(candidate).is_file() and subprocess.run([candidate, "-c", probe], capture_output=True).returncode == 0:
            return candidate
    return None


def test_a_screen_reader_hears_the_focused_statement_and_names_every_tool():
    python = python_with_atspi()
    if python is None:
        pytest.skip("no python3 with PyGObject and the AT-SPI typelib (Debian: python3-gi gir1.2-atspi-2.0)")
    argmap = Path(sys.executable).parent / "argmap"
    if not argmap.is_file():
        pytest.skip(f"{argmap}: argmap is not installed in this environment")
    result = subprocess.run([python, str(CHECK), "--argmap", str(argmap)], capture_output=True, text=True, timeout=240)
    if result.returncode == SKIPPED:
        pytest.skip(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "the AT-SPI check was skipped")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    heard = result.stdout
    assert "pressed Home: [filler, focused] Claim: Join NATO's Ukraine mission" in heard
    assert "Strength 0.67 (base score 0.50), stands. Main claim. 12 replies: 5 reasons, 7 objections." in heard
    assert "Supports “Japan should take part in NATO's mission to train and aid Ukraine”" in heard
    assert "toolbar: More tools; New; Open; Save;" in heard
