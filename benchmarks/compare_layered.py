"""Non-layered vs layered tidy tree, on the same engine: how much space does each take?

    python benchmarks/compare_layered.py

"Layered" is what Walker/Buchheim (and dot) do: every box of a level as tall as the
tallest box of that level. Running our engine with such sizes gives exactly that layout,
so the two differ only in that one choice. The figures are quoted in layout/tidy.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.io import load
from argmap.layout import compute_layout
from argmap.layout.tree import spanning_forest
from argmap.model import ArgumentMap
from benchmarks.generate import generate_map
from benchmarks.run import estimated_sizes

ROOT = Path(__file__).resolve().parents[1]


def layered_sizes(amap: ArgumentMap, sizes: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    forest = spanning_forest(amap)
    depth = dict.fromkeys(forest.roots, 0)
    stack = list(forest.roots)
    while stack:
        node = stack.pop()
        for child in forest.children[node]:
            depth[child] = depth[node] + 1
            stack.append(child)
    tallest: dict[int, float] = {}
    for node, d in depth.items():
        tallest[d] = max(tallest.get(d, 0.0), sizes[node][1])
    return {node: (sizes[node][0], tallest[d]) for node, d in depth.items()}


def main() -> None:
    maps = [
        ("japan-nato-ukraine", load(ROOT / "maps" / "japan-nato-ukraine.json")),
        ("generated 1,000", generate_map(1000)),
        ("generated 10,000", generate_map(10000)),
    ]
    for name, amap in maps:
        sizes = estimated_sizes(amap)
        free = compute_layout(amap, sizes).bounds()
        rows = compute_layout(amap, layered_sizes(amap, sizes)).bounds()
        print(
            f"{name}: non-layered {free.w:.0f} x {free.h:.0f}, layered {rows.w:.0f} x {rows.h:.0f}: "
            f"height {100 * (free.h / rows.h - 1):+.0f} %, width {100 * (free.w / rows.w - 1):+.0f} %, "
            f"area {100 * (free.w * free.h / (rows.w * rows.h) - 1):+.0f} %"
        )


if __name__ == "__main__":
    main()
