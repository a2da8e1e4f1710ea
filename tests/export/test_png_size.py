"""A PNG too large to make is refused at once, naming the largest scale that fits; ``scale="auto"`` picks it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from argmap.export import ExportError, export_map
from argmap.io import load, save
from argmap.model import ArgumentMap

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


def wide_map(n: int = 300) -> ArgumentMap:
    amap = ArgumentMap("Wide")
    top = amap.add("claim", "The main claim.").id
    for k in range(n):
        amap.add("support", f"Reason {k}.", parent=top)
    return amap


def png_size(path: Path) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.width(), image.height()


def test_too_large_a_png_is_refused_before_the_arrows_are_made_naming_the_scale_that_fits(qapp, tmp_path, monkeypatch):
    import argmap.drawing.diagram as diagram

    def no_arrows(*args, **kwargs):
        raise AssertionError("the arrows were made before the size was checked")

    monkeypatch.setattr(diagram, "honest_steps", no_arrows)
    out = tmp_path / "wide.png"
    with pytest.raises(ExportError, match="too large for PNG") as refused:
        export_map(wide_map(), out)  # about 80,000 pixels wide at scale 1
    assert not out.exists()
    largest = float(re.search(r"--scale ([0-9.]+)", str(refused.value)).group(1))
    assert 0 < largest < 1
    monkeypatch.undo()
    export_map(wide_map(), out, scale=largest)  # the scale named fits
    assert max(png_size(out)) <= 32_000


def test_auto_scale_is_1_when_that_fits_and_the_largest_that_fits_otherwise(qapp, tmp_path):
    import argmap.export.render as render

    small, wide = tmp_path / "small.png", tmp_path / "wide.png"
    export_map(load(EXAMPLE), small, scale="auto")
    export_map(load(EXAMPLE), tmp_path / "one.png", scale=1)
    assert png_size(small) == png_size(tmp_path / "one.png")
    export_map(wide_map(), wide, scale="auto")
    width, _height = png_size(wide)
    assert 31_000 <= width <= render.MAX_PNG_SIDE  # as large as PNG allows, not smaller


def test_the_command_takes_scale_auto(tmp_path):
    save(wide_map(), tmp_path / "wide.json")
    run = [sys.executable, "-m", "argmap", "export", str(tmp_path / "wide.json"), str(tmp_path / "wide.png")]
    refused = subprocess.run(run, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1 and "--scale auto" in refused.stderr and "Traceback" not in refused.stderr
    done = subprocess.run([*run, "--scale", "auto"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    bad = subprocess.run([*run, "--scale", "big"], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "number" in bad.stderr
