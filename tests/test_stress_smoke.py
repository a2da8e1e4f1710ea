"""`make stress` still runs: a few seconds of fuzzing through every importer (the real run takes minutes)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_stress_run_fuzzes_every_importer_and_reports_counts(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "stress"))
    import run

    assert run.main(["--seconds", "10", "--crash-share", "0", "--seed", "1", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "inputs tried:" in out and "tracebacks: 0" in out and "slowest input:" in out
    from argmap.io.formats import READERS

    by_format = next(line for line in out.splitlines() if line.startswith("by format:"))
    assert all(f" {fmt} " in f" {by_format} " for fmt in READERS), by_format
