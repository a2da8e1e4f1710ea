"""Saving is atomic: a failed save leaves the old file byte-identical and no temporary file behind.

Tests run as root, where chmod does not stop writes, so failures are injected with monkeypatch.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from argmap.io import MapFileError, dumps, load, save, write_atomic
from argmap.model import ArgumentMap


def small_map(title: str = "Saved map") -> ArgumentMap:
    m = ArgumentMap(title)
    m.add("claim", "Claim.", id="c")
    m.add("support", "Support.", parent="c", id="s")
    return m


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "map.json"
    save(small_map("Old contents"), path)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "map.json")


def test_save_writes_the_canonical_bytes(tmp_path):
    path = tmp_path / "new.json"
    amap = small_map()
    save(amap, path)
    assert path.read_bytes() == dumps(amap).encode("utf-8")
    assert dumps(load(path)) == dumps(amap)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_save_replaces_an_existing_file_and_keeps_its_permissions(saved):
    os.chmod(saved, 0o640)
    save(small_map("New contents"), saved)
    assert load(saved).title == "New contents"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert leftovers(saved.parent) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_gets_ordinary_permissions(tmp_path):
    path = tmp_path / "fresh.json"
    save(small_map(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's private 0o600


def test_save_accepts_a_relative_path_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save(small_map(), "here.json")
    assert load(tmp_path / "here.json").title == "Saved map"


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_save_leaves_the_old_file_and_no_temp_file(saved, monkeypatch, failing):
    before = saved.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "replace":
        monkeypatch.setattr(os, "replace", boom)
    elif failing == "fsync":
        monkeypatch.setattr(os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class FailingFile:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[: len(data) // 2])  # half the bytes reach the temp file, then the disk is full
                boom()

        monkeypatch.setattr(os, "fdopen", lambda fd, mode: FailingFile(real_fdopen(fd, mode)))

    with pytest.raises(MapFileError) as info:
        save(small_map("New contents"), saved)
    monkeypatch.undo()
    assert str(info.value) == f"{saved}: cannot be saved (No space left on device)"
    assert saved.read_bytes() == before
    assert leftovers(saved.parent) == []


def test_failure_to_create_the_temp_file(saved, monkeypatch):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    before = saved.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(MapFileError, match=r"map\.json: cannot be saved \(Permission denied\)"):
        save(small_map("New"), saved)
    assert saved.read_bytes() == before


def test_save_into_a_missing_folder(tmp_path):
    path = tmp_path / "no" / "such" / "folder.json"
    with pytest.raises(MapFileError) as info:
        save(small_map(), path)
    assert str(info.value) == f"{path}: cannot be saved (No such file or directory)"
    assert not (tmp_path / "no").exists()


def test_save_onto_a_folder(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me")
    with pytest.raises(MapFileError, match="a-folder: cannot be saved"):
        save(small_map(), folder)
    assert (folder / "inside.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


def test_write_atomic_writes_exact_bytes(tmp_path):
    path = tmp_path / "raw.bin"
    write_atomic(path, b"\x00\x01 bytes \xff")
    assert path.read_bytes() == b"\x00\x01 bytes \xff"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_save_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.json"
    save(small_map("Real"), target)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    save(small_map("Through link"), link)
    assert link.is_symlink()
    assert load(target).title == "Through link"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_write_atomic_writes_pieces_as_they_come(tmp_path):
    path = tmp_path / "pieces.bin"
    write_atomic(path, iter([b"one,", b"", b"two", b"\xff"]))
    assert path.read_bytes() == b"one,two\xff"
