"""The Analysis dock's "why" and the boxes' tooltips say what `argmap explain` says, in the interface's language.

One wording (evaluation/explain.py) serves both; the editor passes Qt's translations to it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from argmap.evaluation import evaluate
from argmap.evaluation.explain import explain
from argmap.gui import explain_text
from argmap.io import load
from tests.test_translations import japanese_qm  # noqa: F401  (the fixture: the .qm built when `make` has not)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "maps" / "japan-nato-ukraine.json"
JA_MAP = ROOT / "maps" / "japan-nato-ukraine.ja.json"


def command_line(*args: str) -> list[str]:
    """What `argmap explain` prints, as lines, the statement's heading line left out."""
    out = subprocess.run([sys.executable, "-m", "argmap", "explain", *args], capture_output=True, text=True,
                         timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return [line.removeprefix("  ") for line in out.stdout.splitlines()[1:]]


def test_in_english_the_dock_says_what_the_command_line_prints(qapp):
    amap = load(EXAMPLE)
    e = explain(evaluate(amap), "c1")
    lines = explain_text.explanation_lines(amap, e)
    assert lines == command_line(str(EXAMPLE), "c1")
    assert lines[0].startswith("Strength ") and any(line.startswith("Without the ") for line in lines)
    assert explain_text.summary(amap, e).count("\n") == 1  # the two strongest effects, a line each


@pytest.mark.usefixtures("japanese_qm")
def test_in_japanese_the_dock_says_what_the_command_line_prints(qapp):
    amap = load(JA_MAP)
    e = explain(evaluate(amap), "o1")
    translator = QTranslator()
    assert translator.load(str(ROOT / "src" / "argmap" / "translations" / "argmap_ja.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        lines = explain_text.explanation_lines(amap, e)
        tooltip = explain_text.summary(amap, e)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert lines == command_line(str(JA_MAP), "o1", "--language", "ja")
    assert lines[0].startswith("強さ 0.01:論駁。")  # the verdict in the boxes' words
    assert "「" in tooltip and "“" not in tooltip  # statements quoted in Japanese brackets


def test_undercuts_and_rephrases_are_explained(qapp):
    from argmap.model import ArgumentMap, Link, Relation

    amap = ArgumentMap()
    amap.add("claim", "Tea is good", id="c", score=0.5)
    amap.add("support", "Tea has antioxidants", id="s", parent="c", score=0.8)
    amap.add("objection", "Some %2 of them are not absorbed", id="u", score=0.5)  # "%2" in a text stays
    amap.add_link(Link("u", "c", Relation.ATTACK, onto="s"))
    amap.add("objection", "Nor the rest", id="v", score=0.2)
    amap.add_link(Link("v", "c", Relation.ATTACK, onto="s"))
    amap.add("claim", "Tea does you good", id="r")
    amap.connect("r", "c", Relation.REPHRASE)
    ev = evaluate(amap)
    lines = explain_text.explanation_lines(amap, explain(ev, "c"))
    # w = 0.5 * 0.8 = 0.4: S counts 0.32, c = 0.66; without U: w = 0.8, S counts 0.64, c = 0.82
    assert ("Without the undercut “Some %2 of them are not absorbed” (0.50) the inference from “Tea has antioxidants” "
            "would count with weight 0.80: this claim would be 0.82 instead of 0.66.") in lines
    assert any("(0.80 × 0.40)" in line for line in lines)  # noqa: RUF001 - a times sign
    assert explain_text.explanation_lines(amap, explain(ev, "r"))[1].startswith("It restates “Tea is good”")
    assert explain_text.reply_name(amap, ("s", "u")) == "the linked reason “Tea has antioxidants” + “Some %2 of them are not …”"
