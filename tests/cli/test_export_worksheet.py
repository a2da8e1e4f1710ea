"""`argmap export MAP OUT --blank ID --blank-kind KIND`: a worksheet as PNG or PDF."""

from __future__ import annotations

from argmap.cli import main
from tests.cli.test_export_command import EXAMPLE, run


def test_worksheet_png_and_pdf(tmp_path):
    png, pdf = tmp_path / "sheet.png", tmp_path / "sheet.pdf"
    result = run(str(EXAMPLE), str(png), "--blank", "s2", "--blank-kind", "evidence")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
    key = tmp_path / "key.png"
    assert run(str(EXAMPLE), str(key)).returncode == 0
    assert png.read_bytes() != key.read_bytes()
    assert run(str(EXAMPLE), str(pdf), "--blank-kind", "objection", "--page", "A4").returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_worksheet_refuses_unknown_ids_and_kinds_the_map_lacks(tmp_path, capsys, qapp):
    assert main(["export", str(EXAMPLE), str(tmp_path / "s.png"), "--blank", "nope"]) == 2
    assert "no statement with the id 'nope'" in capsys.readouterr().err
    empty = tmp_path / "one.json"
    empty.write_text('{"schema_version": 2, "title": "One", "nodes": [{"id": "c", "kind": "claim", "text": "A."}], "edges": []}\n')
    assert main(["export", str(empty), str(tmp_path / "s.png"), "--blank-kind", "evidence"]) == 1
    assert "nothing to leave blank" in capsys.readouterr().err
