"""The core packages and the window-less commands work where Qt cannot be imported at all."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JAPAN = ROOT / "maps" / "japan-nato-ukraine.json"
NON_CANONICAL = Path(__file__).resolve().parent / "data" / "non-canonical.json"

# Any import of PySide6 or shiboken6 fails, as on a machine where Qt's libraries cannot load.
BLOCK_QT = textwrap.dedent(
    """
    import sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    """
)


def run_without_qt(code: str, *args: str) -> subprocess.CompletedProcess:
    script = BLOCK_QT + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_blocker_really_blocks_qt():
    result = run_without_qt("import PySide6.QtCore")
    assert result.returncode != 0 and "Qt is blocked in this test" in result.stderr


@pytest.mark.parametrize("package", ["argmap.model", "argmap.io", "argmap.layout", "argmap.evaluation", "argmap.cli"])
def test_core_package_imports_without_qt(package):
    result = run_without_qt(
        f"""
        import importlib, sys
        module = importlib.import_module({package!r})
        for name in getattr(module, "__all__", []):
            getattr(module, name)  # lazy attributes too
        assert not any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules)
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_model_and_io_work_without_qt(tmp_path):
    result = run_without_qt(
        """
        import sys
        from argmap.io import dumps, load, save
        amap = load(sys.argv[1])
        amap.add("support", "Added without Qt.", parent=amap.main_claims()[0])
        save(amap, sys.argv[2])
        print(len(load(sys.argv[2])))
        """,
        str(JAPAN),
        str(tmp_path / "copy.json"),
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(json.loads(JAPAN.read_text("utf-8"))["nodes"]) + 1


def test_validate_info_fmt_run_without_qt(tmp_path):
    copy = tmp_path / "map.json"
    shutil.copy(NON_CANONICAL, copy)
    result = run_without_qt(
        """
        import sys
        from argmap.cli import main
        japan, copy = sys.argv[1:3]
        codes = [
            main(["validate", japan]),
            main(["info", japan]),
            main(["info", "--json", japan]),
            main(["fmt", "--check", japan]),
            main(["fmt", copy]),
            main(["fmt", "--check", copy]),
        ]
        print("codes", codes)
        """,
        str(JAPAN),
        str(copy),
    )
    assert result.returncode == 0, result.stderr
    assert "codes [0, 0, 0, 0, 0, 0]" in result.stdout
    assert f"reformatted {copy}" in result.stdout
    assert "Title: Should Japan take part" in result.stdout


def test_opening_the_editor_without_qt_is_a_clear_message():
    result = run_without_qt(
        """
        import sys
        from argmap.cli import main
        sys.exit(main([sys.argv[1]]))
        """,
        str(JAPAN),
    )
    assert result.returncode == 1
    assert result.stderr.startswith("argmap: the editor cannot start:")
    assert "Traceback" not in result.stderr


def test_validate_does_not_even_load_qt_when_it_is_there():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from argmap.cli import main; main(['validate', '-q', sys.argv[1]]);"
         "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'networkx'}))", str(JAPAN)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"  # no Qt, and not even NetworkX, for a fast start
