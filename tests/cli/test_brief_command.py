"""`argmap brief` as a user runs it: every format, both sides, clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "argmap", "brief", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("suffix", ["md", "html", "docx", "pdf"])
def test_brief_in_every_format_without_a_display(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"brief.{suffix}"
    result = run(str(EXAMPLE), str(out), "--side", "against", "--minutes", "6")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_markdown_brief_for_each_side(tmp_path: Path) -> None:
    out = tmp_path / "for.md"
    assert run(str(EXAMPLE), str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "**Side:** For the motion" in text
    assert "4 of their arguments have no answer on the map yet" in text
    assert "Nothing was left out." in text
    out2 = tmp_path / "against.md"
    assert run(str(EXAMPLE), str(out2), "--side", "against", "--minutes", "1").returncode == 0
    text2 = out2.read_text(encoding="utf-8")
    assert "**Side:** Against the motion" in text2 and "**Left out to fit the time:**" in text2


def test_refusals(tmp_path: Path) -> None:
    bad = run(str(EXAMPLE), str(tmp_path / "b.odt"))
    assert bad.returncode == 2 and "a brief is written as .md, .html, .docx or .pdf" in bad.stderr
    assert run(str(EXAMPLE), str(tmp_path / "b.md"), "--minutes", "0").returncode == 2
    assert run(str(EXAMPLE), str(EXAMPLE)).returncode == 2
    missing = run(str(tmp_path / "none.json"), str(tmp_path / "b.md"))
    assert missing.returncode == 1 and "none.json" in missing.stderr and "Traceback" not in missing.stderr
    empty = tmp_path / "empty.json"
    empty.write_text('{"schema_version": 1, "title": "E", "nodes": [], "edges": []}', encoding="utf-8")
    result = run(str(empty), str(tmp_path / "b.md"))
    assert result.returncode == 1 and "no statements" in result.stderr


def test_a_map_without_a_main_claim_is_refused_in_one_line(tmp_path: Path) -> None:
    cyclic = tmp_path / "cycle.json"
    cyclic.write_text(
        '{"schema_version": 2, "title": "C", "nodes": [{"id": "a", "kind": "claim", "text": "A"},'
        ' {"id": "b", "kind": "objection", "text": "B"}],'
        ' "edges": [{"source": "a", "target": "b", "relation": "attack"}, {"source": "b", "target": "a", "relation": "attack"}]}',
        encoding="utf-8",
    )
    result = run(str(cyclic), str(tmp_path / "b.md"))
    assert result.returncode == 1 and "no main claim" in result.stderr and "Traceback" not in result.stderr
