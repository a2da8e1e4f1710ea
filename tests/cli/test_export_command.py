"""`argmap export` as a user runs it: no display, no QT_QPA_PLATFORM, exit codes 0/1/2."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "argmap", "export", *args], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_export_works_without_a_display(tmp_path, suffix):
    out = tmp_path / f"map.{suffix}"
    result = run(str(EXAMPLE), str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    if suffix == "svg":
        ET.parse(out)
    elif suffix == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert out.read_bytes().startswith(b"\x89PNG")


def test_options(tmp_path):
    out = tmp_path / "dark.png"
    result = run(str(EXAMPLE), str(out), "--scale", "0.5", "--theme", "dark", "--transparent", "--direction", "LR")
    assert result.returncode == 0, result.stderr
    result = run(str(EXAMPLE), str(tmp_path / "a4.pdf"), "--page", "a4")
    assert result.returncode == 0, result.stderr
    result = run(str(EXAMPLE), str(tmp_path / "slide.pdf"), "--page", "Slide")
    assert result.returncode == 0, result.stderr
    assert b"/MediaBox [0 0 960.000000 540.000000]" in (tmp_path / "slide.pdf").read_bytes()  # a 16:9 slide


def test_bad_map_exits_1_with_file_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "nodes": [', encoding="utf-8")
    result = run(str(bad), str(tmp_path / "out.svg"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.svg").exists()


def test_missing_map_and_unwritable_output_exit_1(tmp_path):
    result = run(str(tmp_path / "nope.json"), str(tmp_path / "out.svg"))
    assert result.returncode == 1
    assert str(tmp_path / "nope.json") in result.stderr
    out = tmp_path / "missing-folder" / "out.svg"
    result = run(str(EXAMPLE), str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{out}:")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        [str(EXAMPLE)],
        [str(EXAMPLE), "out.doc"],
        [str(EXAMPLE), "out.png", "--scale", "0"],
        [str(EXAMPLE), "out.png", "--theme", "pink"],
        [str(EXAMPLE), "out.pdf", "--page", "A3"],
        [str(EXAMPLE), "out.svg", "--bogus"],
    ],
)
def test_bad_usage_exits_2(tmp_path, args):
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.doc").exists()


def test_other_commands_do_not_import_qt():
    code = "import sys, argmap.cli; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_export_refuses_to_draw_over_the_map_itself(tmp_path):
    copy = tmp_path / "map.json"
    copy.write_bytes(EXAMPLE.read_bytes())
    result = run(str(copy), str(copy), "--format", "svg")
    assert result.returncode == 2
    assert result.stderr.strip() == f"argmap export: {copy} and {copy} are the same file; give another OUT"
    assert copy.read_bytes() == EXAMPLE.read_bytes()


def test_evaluation_is_drawn_only_when_asked(tmp_path):
    plain, evaluated = tmp_path / "plain.svg", tmp_path / "evaluated.svg"
    assert run(str(EXAMPLE), str(plain)).returncode == 0
    result = run(str(EXAMPLE), str(evaluated), "--evaluation")
    assert result.returncode == 0, result.stderr
    assert "·  stands" not in plain.read_text(encoding="utf-8")
    text = evaluated.read_text(encoding="utf-8")
    assert "0.67  ·  stands" in text  # the main claim's strength and verdict, as `argmap check` reports them
    assert "·  refuted" in text and "·  unanswered" in text


def test_branch_draws_one_statement_with_everything_under_it(tmp_path):
    out = tmp_path / "article-9.svg"
    result = run(str(EXAMPLE), str(out), "--branch", "o1")
    assert result.returncode == 0, result.stderr
    shown = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "Article 9" in shown and "Diet" in shown
    assert "Japan should take part" not in shown and "Kuril" not in shown
    both = tmp_path / "two.svg"
    assert run(str(EXAMPLE), str(both), "--branch", "o1", "--branch", "o3").returncode == 0
    shown = " ".join("".join(t.itertext()) for t in ET.parse(both).getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "Article 9" in shown and "Kuril" in shown


def test_unknown_branch_is_a_usage_error_naming_the_id(tmp_path):
    result = run(str(EXAMPLE), str(tmp_path / "x.svg"), "--branch", "nope")
    assert result.returncode == 2
    assert "'nope'" in result.stderr and "japan-nato-ukraine.json" in result.stderr
    assert not (tmp_path / "x.svg").exists()


def test_an_output_that_is_a_device_or_pipe_is_refused_not_replaced(tmp_path):
    fifo = tmp_path / "pipe.svg"
    os.mkfifo(fifo)  # stands in for /dev/null or /dev/full, which an atomic rename would replace (as root)
    result = run(str(EXAMPLE), str(fifo))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{fifo}: is not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_font_size_follows_the_editors_text_size_setting(tmp_path):
    from xml.etree.ElementTree import parse

    normal, large = tmp_path / "normal.svg", tmp_path / "large.svg"
    assert run(str(EXAMPLE), str(normal)).returncode == 0
    result = run(str(EXAMPLE), str(large), "--font-size", "20")
    assert result.returncode == 0, result.stderr

    def width(path):
        return float(parse(path).getroot().get("width").removesuffix("px"))

    assert width(large) > width(normal), "bigger text makes bigger boxes"
    assert re.search(r'font-size[:=]"?20(\.0)?(px)?', large.read_text(encoding="utf-8")), "the text is 20 px"
    refused = run(str(EXAMPLE), str(tmp_path / "x.svg"), "--font-size", "100")
    assert refused.returncode == 2 and "--font-size" in refused.stderr
