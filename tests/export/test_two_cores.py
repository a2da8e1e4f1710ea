"""A big headless SVG export paints on two cores and writes the very same file as one core would."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from benchmarks.generate import generate_map

from argmap.io import save

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh process (one thread, as `argmap export`): paints the map's SVG with one
# core and with two, reports whether the copy took part, and writes both files.
SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from argmap.io import load
    from argmap.export import two_cores
    from argmap.export.render import ensure_app, render_svg
    from argmap.drawing.diagram import build_diagram
    from argmap.drawing.svg_painter import SvgPainter
    from argmap.drawing.theme import Theme

    ensure_app()
    amap, out, mode = load(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    diagram = build_diagram(amap, Theme.light())
    if mode == "copy-fails":
        def fail(self):
            raise RuntimeError("the copy breaks down")
        SvgPainter.reset_drawing = fail  # only the copy calls it
    shared = []
    real = two_cores.paint_shared
    two_cores.paint_shared = lambda *a: (shared.append(True), real(*a))
    render_svg(diagram, diagram.bounds(), out / "one.svg", background=None, two_cores=False)
    render_svg(diagram, diagram.bounds(), out / "two.svg", background=None, two_cores=True)
    print("shared" if shared else "alone")
    """
)


@pytest.fixture(scope="module")
def big_map(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "map.json"
    save(generate_map(1800, seed=5), path)
    return path


def run(map_path: Path, out: Path, mode: str) -> str:
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(map_path), str(out), mode], capture_output=True, text=True, timeout=300,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="two cores are used on Linux only")
def test_two_cores_write_the_same_file_as_one(big_map, tmp_path):
    assert run(big_map, tmp_path, "normal") == "shared"
    one, two = (tmp_path / "one.svg").read_bytes(), (tmp_path / "two.svg").read_bytes()
    assert one == two and one.count(b"<text") > 1800 * 3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="two cores are used on Linux only")
def test_a_failing_copy_leaves_the_work_to_this_process(big_map, tmp_path):
    assert run(big_map, tmp_path, "copy-fails") == "shared"
    assert (tmp_path / "one.svg").read_bytes() == (tmp_path / "two.svg").read_bytes()


def test_the_command_uses_two_cores_and_writes_a_complete_file(big_map, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "cli.svg"
    result = subprocess.run([sys.executable, "-m", "argmap", "export", str(big_map), str(out)], capture_output=True, text=True,
                            timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert len(list(root.iter("{http://www.w3.org/2000/svg}text"))) > 1800 * 3
