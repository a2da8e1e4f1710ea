"""Benchmark: measuring every box of a large map, as opening it does (text wrapping is most of it).

    python benchmarks/text_wrap.py [--size 10000] [--runs 5]

Each run is a fresh Python process (cold caches, as when argmap opens a file) that builds the
box of every statement of ``generate_map(size)``, once with its English texts and once with
Japanese texts of the same lengths (no spaces: every break comes from UAX #14). Prints the
median (minimum) milliseconds of each. To compare two versions, run this script on both in
turn (A B A B) on the same machine and compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

JAPANESE = (
    "日本はNATOとの協力を強めるべきだ。ウクライナ侵攻は、欧州とアジアの安全保障が不可分であることを示した。"
    "憲法上の制約があるため、自衛隊は戦闘に加わらない。「抑止」は言葉ではなく能力である。地雷除去と医療の訓練は"
    "日本の得意分野であり、国際社会の信頼を高める。中国とロシアの反発を招くおそれがある。"
)


def japanese(text: str, k: int) -> str:
    """A Japanese text as long as ``text``, starting at a different place for every statement."""
    start = (k * 7) % len(JAPANESE)
    return (JAPANESE[start:] + JAPANESE * 3)[: max(8, len(text) // 2)]


def worker(size: int, language: str) -> float:
    from PySide6.QtGui import QGuiApplication

    from argmap.drawing.box import BoxPainting
    from argmap.drawing.theme import Theme
    from benchmarks.generate import generate_map

    app = QGuiApplication.instance() or QGuiApplication([])
    statements = list(generate_map(size).statements())
    if language == "ja":
        from dataclasses import replace

        statements = [replace(s, text=japanese(s.text, k)) for k, s in enumerate(statements)]
    theme = Theme.light()
    start = time.perf_counter()
    for statement in statements:
        BoxPainting(statement, theme)
    elapsed = time.perf_counter() - start
    del app
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time measuring every box of a large map (text wrapping).")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--worker", nargs=2, metavar=("SIZE", "LANGUAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(int(args.worker[0]), args.worker[1])))
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times: dict[str, list[float]] = {"en": [], "ja": []}
    for _ in range(args.runs):
        for language in times:  # alternate, so a busy machine slows both alike
            command = [sys.executable, __file__, "--worker", str(args.size), language]
            out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
            times[language].append(json.loads(out))
    for language, ts in times.items():
        median, best = statistics.median(ts) * 1000, min(ts) * 1000
        print(f"boxes of {args.size:,} statements ({language}): {median:.0f} ms ({best:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
