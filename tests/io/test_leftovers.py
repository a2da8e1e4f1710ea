"""A save removes the hidden temp files that killed saves left in its folder, and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from argmap.io import load, save
from argmap.io.leftovers import GONE_AGE, LEGACY_AGE, SAFE_AGE, remove_stale, temp_prefix
from argmap.model import ArgumentMap

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process ids and kill -9 as on POSIX")


def small_map(title: str = "Map") -> ArgumentMap:
    amap = ArgumentMap(title)
    amap.add("claim", "A claim", id="c")
    return amap


def _age(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def _gone_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


KILLED_SAVE = """
import os, signal, sys
from argmap.io import files
real_replace = os.replace
def die(*args):  # the new bytes are in the temp file; die before the rename, as kill -9 would
    os.kill(os.getpid(), signal.SIGKILL)
files.os.replace = die
from argmap.io import save
from argmap.model import ArgumentMap
amap = ArgumentMap("Big")
amap.add("claim", "x" * 5000, id="c")
for n in range(300):
    amap.add("support", "y" * 500, id=f"s{n}", parent="c")
save(amap, sys.argv[1])
"""


def test_the_save_after_a_kill_removes_the_temp_file_it_left(tmp_path):
    target = tmp_path / "map.json"
    save(small_map("Old"), target)
    run = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(target)], capture_output=True, timeout=60)
    assert run.returncode == -9
    left = [p for p in tmp_path.iterdir() if p.name != "map.json"]
    assert len(left) == 1 and left[0].name.startswith(".map.json.argmap-") and left[0].stat().st_size > 150_000
    assert load(target).title == "Old"  # the map itself is the old one, whole
    save(small_map("Soon after"), target)  # within seconds: another argmap on a shared folder might still be writing
    assert left[0].exists()
    _age(left[0], GONE_AGE + 5)
    save(small_map("New"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]
    assert load(target).title == "New"


def test_only_argmap_temp_files_that_are_stale_are_removed(tmp_path):
    gone, alive = _gone_pid(), os.getpid()
    (tmp_path / "map.json").write_text("{}")

    def make(name: str, age: float) -> Path:
        path = tmp_path / name
        path.write_bytes(b"x" * 10)
        return _age(path, age)

    stale = [
        make(f".map.json.argmap-{gone}-abc123.tmp", GONE_AGE + 5),  # writer gone
        make(f".other.argdown.argmap-{alive}-k_9.tmp", SAFE_AGE + 5),  # writer alive, but an hour old
        make(".map.json.a1b2c3d_.tmp", LEGACY_AGE + 5),  # older versions' name, map.json is here
    ]
    kept = [
        make(f".map.json.argmap-{alive}-abc123.tmp", GONE_AGE + 5),  # a save in progress
        make(f".map.json.argmap-{gone}-recent.tmp", 0),  # too recent: a writer on another machine?
        make(".map.json.a1b2c3d_.tmp.bak", LEGACY_AGE + 5),
        make(".gone.json.a1b2c3d4.tmp", LEGACY_AGE + 5),  # older name, but no gone.json here
        make(".map.json.a1b2c3d4.tmp", 60),  # older name, recent
        make(".notes.tmp", SAFE_AGE * 100),
        make(f"map.json.argmap-{gone}-x.tmp", SAFE_AGE * 100),  # not hidden
        make(".map.json.swp", SAFE_AGE * 100),
        make(f".map.json.argmap-{gone}-x.tmp.part", SAFE_AGE * 100),
    ]
    folder = tmp_path / f".dir.argmap-{gone}-x.tmp"  # a folder or a link named like a temp file stays
    folder.mkdir()
    _age(folder, SAFE_AGE * 100)
    link = tmp_path / f".link.argmap-{gone}-x.tmp"
    link.symlink_to(tmp_path / "map.json")
    os.utime(link, (0, 0), follow_symlinks=False)
    assert sorted(remove_stale(tmp_path)) == sorted(stale)
    assert all(p.exists() for p in kept) and folder.is_dir() and link.is_symlink()
    assert (tmp_path / "map.json").read_text() == "{}"


def test_temp_names_fit_whatever_the_name_of_the_map(tmp_path):
    name = "議論" * 40 + ".json"  # 243 bytes: with a temp suffix it would pass the 255-byte limit
    save(small_map(), tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert len(temp_prefix(name).encode("utf-8")) < 150


def test_cleaning_up_never_fails_a_save(tmp_path, monkeypatch):
    from argmap.io import leftovers

    def broken(*args, **kwargs):
        raise PermissionError("no listing")

    monkeypatch.setattr(leftovers.os, "scandir", broken)
    save(small_map("Saved"), tmp_path / "m.json")
    assert load(tmp_path / "m.json").title == "Saved"
