"""The peers argmap's SVG export is timed against: the Argdown CLI and Graphviz ``dot``.

Both get the same map as argmap, written by argmap's own writers (Argdown and DOT), and
both are run as a user would run them, to an SVG file. The Argdown CLI is installed from
the npm registry into ``benchmarks/.node/`` (ignored by git) on first use.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parent / ".node"
ARGDOWN_PACKAGE = "@argdown/cli@1.7.5"  # pinned: the figures compare against one known version


def argdown_command() -> tuple[list[str] | None, str]:
    """``argdown`` ready to run (installed into NODE_DIR if need be), or None and why not."""
    script = NODE_DIR / "node_modules" / ".bin" / "argdown"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            return None, "npm is not installed: no Argdown CLI to compare with (apt-get install npm)"
        NODE_DIR.mkdir(exist_ok=True)
        result = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR), ARGDOWN_PACKAGE],
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0 or not script.exists():
            return None, f"npm could not install {ARGDOWN_PACKAGE}: {result.stderr.strip()[-300:]}"
    return [str(script), "map", "--format", "svg"], ""


def dot_command() -> tuple[list[str] | None, str]:
    """Graphviz ``dot`` writing SVG, or None and why not."""
    dot = shutil.which("dot")
    if dot is None:
        return None, "Graphviz dot is not installed: no dot to compare with (apt-get install graphviz)"
    return [dot, "-Tsvg"], ""


def run_argdown(command: list[str], source: Path, folder: Path, timeout: float) -> None:
    """``argdown map --format svg SOURCE FOLDER``: writes FOLDER/<name>.svg."""
    subprocess.run([*command, str(source), str(folder)], check=True, capture_output=True, timeout=timeout)
    if not (folder / source.with_suffix(".svg").name).exists():
        raise RuntimeError(f"the Argdown CLI wrote no SVG for {source}")


def run_dot(command: list[str], source: Path, out: Path, timeout: float) -> None:
    subprocess.run([*command, "-o", str(out), str(source)], check=True, capture_output=True, timeout=timeout)
