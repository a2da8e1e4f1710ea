"""`argmap export MAP OUT.pdf --steps`: the presentation as a 16:9 slide deck, one page per step."""

from __future__ import annotations

import re

from argmap.cli import main
from tests.cli.test_export_command import EXAMPLE, run


def pages(pdf: bytes) -> list[tuple[float, float]]:
    """The MediaBox of every page of a PDF that Qt wrote (its page dictionaries are plain text)."""
    found = []
    for match in re.finditer(rb"/Type\s*/Page\b(?!s).*?/MediaBox\s*\[([^\]]*)\]", pdf, re.S):
        x0, y0, x1, y1 = (float(v) for v in match.group(1).split())
        found.append((x1 - x0, y1 - y0))
    return found


def test_one_16_9_page_per_step_and_one_for_the_whole_map(tmp_path):
    out = tmp_path / "deck.pdf"
    result = run(str(EXAMPLE), str(out), "--steps")
    assert result.returncode == 0, result.stderr
    sizes = pages(out.read_bytes())
    assert len(sizes) == 38 + 1  # 38 statements, then the whole map
    assert all(abs(w / h - 16 / 9) < 0.01 for w, h in sizes)


def test_order_theme_and_evaluation_are_accepted(tmp_path, qapp):
    out = tmp_path / "deck.pdf"
    assert main(["export", str(EXAMPLE), str(out), "--steps", "--order", "breadth", "--theme", "dark", "--evaluation"]) == 0
    assert len(pages(out.read_bytes())) == 39


def test_steps_need_a_pdf_and_the_whole_map(tmp_path, capsys):
    assert main(["export", str(EXAMPLE), str(tmp_path / "deck.png"), "--steps"]) == 2
    assert "--steps writes a PDF slide deck" in capsys.readouterr().err
    assert main(["export", str(EXAMPLE), str(tmp_path / "deck.pdf"), "--steps", "--branch", "s1"]) == 2


def test_an_empty_map_has_nothing_to_present(tmp_path, capsys, qapp):
    empty = tmp_path / "empty.json"
    empty.write_text('{"schema_version": 1, "title": "Empty", "nodes": [], "edges": []}\n')
    assert main(["export", str(empty), str(tmp_path / "deck.pdf"), "--steps"]) == 1
    assert "nothing to present" in capsys.readouterr().err
    assert not (tmp_path / "deck.pdf").exists()
