"""`argmap desktop install|uninstall`: a menu entry, icons and the .argmap type, per user, checked with the desktop's own tools."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.cli.desktop_files import ICON_SIZES, _exec_quote, data_home, desktop_entry, desktop_paths
from tests.conftest import EXAMPLE


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    """A home of its own: XDG data and config folders in tmp_path."""
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_DIRS", f"{data}:/usr/local/share:/usr/share")
    return data


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # .ci/run installs them (desktop-file-utils, xdg-utils, shared-mime-info)
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils xdg-utils shared-mime-info)")
    return path


def test_install_writes_the_entry_the_icons_and_the_type(xdg, capsys):
    assert main(["desktop", "install"]) == 0
    assert "under " + str(xdg) in capsys.readouterr().out
    paths = desktop_paths(xdg)
    entry = paths["entry"].read_text(encoding="utf-8")
    assert "Icon=argmap\n" in entry
    assert "MimeType=application/x-argmap;application/json;\n" in entry
    program = shlex.split(next(line for line in entry.splitlines() if line.startswith("Exec=")).removeprefix("Exec="))[0]
    assert Path(program).is_file(), "the menu entry starts a program that exists"
    assert paths["svg"].read_bytes().startswith(b"<svg")
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(paths[f"png{size}"]))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not an empty square
    mime = ET.parse(paths["mime"]).getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{ns}mime-type")
    assert kind is not None and kind.get("type") == "application/x-argmap"
    assert kind.find(f"{ns}glob").get("pattern") == "*.argmap"
    assert kind.find(f"{ns}sub-class-of").get("type") == "application/json"


def test_the_entry_passes_desktop_file_validate(xdg):
    validate = tool("desktop-file-validate")
    assert main(["desktop", "install"]) == 0
    done = subprocess.run([validate, str(desktop_paths(xdg)["entry"])], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_a_map_named_argmap_is_argmaps_type_and_opens_in_argmap(xdg, tmp_path, monkeypatch):
    xdg_mime = tool("xdg-mime")
    tool("update-mime-database")
    tool("gio")  # (GLib's: how GNOME's desktop reads the shared MIME database)
    # As on a desktop: without one, xdg-mime asks `file`, which knows JSON but not the types the user installed
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    assert main(["desktop", "install"]) == 0
    the_map = tmp_path / "debate.argmap"
    shutil.copyfile(EXAMPLE, the_map)
    filetype = subprocess.run([xdg_mime, "query", "filetype", str(the_map)], capture_output=True, text=True)
    assert filetype.stdout.strip() == "application/x-argmap", filetype.stderr
    default = subprocess.run([xdg_mime, "query", "default", "application/x-argmap"], capture_output=True, text=True)
    assert default.stdout.strip() == "argmap.desktop"
    assert main(["validate", str(the_map)]) == 0  # and argmap reads it: the content is the same JSON


def test_uninstall_removes_everything_install_wrote(xdg, tmp_path):
    assert main(["desktop", "install"]) == 0
    assert main(["desktop", "uninstall"]) == 0
    assert not any(path.exists() for path in desktop_paths(xdg).values())
    mimeapps = tmp_path / "config" / "mimeapps.list"
    assert not mimeapps.exists() or "argmap.desktop" not in mimeapps.read_text()


def test_xdg_data_home_must_be_absolute(tmp_path):
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert data_home({"XDG_DATA_HOME": "relative/path"}) == Path.home() / ".local" / "share"
    assert data_home({}) == Path.home() / ".local" / "share"


def test_exec_paths_with_spaces_are_quoted():
    assert _exec_quote("/opt/argmap/bin/argmap") == "/opt/argmap/bin/argmap"
    assert _exec_quote("/home/a b/bin/argmap") == '"/home/a b/bin/argmap"'
    assert "Exec=\"/home/a b/100%%/argmap\" %f" in desktop_entry(_exec_quote("/home/a b/100%/argmap"))
