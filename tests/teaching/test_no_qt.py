"""argmap diff and argmap merge, and the teaching package, run where Qt cannot load."""

from __future__ import annotations

from tests.test_layers import JAPAN, run_without_qt


def test_diff_and_merge_need_no_qt(tmp_path):
    result = run_without_qt(
        """
        import sys
        import argmap.teaching.compare, argmap.teaching.merge, argmap.teaching.steps, argmap.teaching.feedback
        from argmap.cli import main
        assert main(["diff", sys.argv[1], sys.argv[1], "--json"]) == 0
        assert main(["merge", sys.argv[1], sys.argv[1], sys.argv[1], "-o", sys.argv[2]]) == 0
        assert not any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules)
        print("ok")
        """,
        str(JAPAN), str(tmp_path / "merged.json"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
