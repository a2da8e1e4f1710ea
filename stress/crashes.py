"""Crash consistency: kill -9 the editor's save and autosave at random moments; every file left must be whole.

A child process (:mod:`crash_child`) edits a large map and autosaves and saves it in a loop. It is
killed with SIGKILL after a random delay, again and again, each new child going on from the map
the last one saved. After each kill every map file in the folder is checked: ``map.json`` and each
recovery file must load and be exactly one of the versions written (byte for byte the canonical
text of that version), each recovery record must be valid JSON naming the map. Hidden temp files
left by the kill are counted; the next saves must remove them (once their process is gone and they
are old enough), which is checked at the end.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class CrashTally:
    kills: int = 0
    killed_before_ready: int = 0
    versions_seen: set[int] = field(default_factory=set)
    files_checked: int = 0
    torn: list[str] = field(default_factory=list)
    temp_left: set[str] = field(default_factory=set)
    temp_left_at_end: int = 0
    saves_seen: int = 0
    statements: int = 0
    map_bytes: int = 0


class Versions:
    """The canonical text of version k of the map: the base map with the first statement's text ``edit k``."""

    def __init__(self, base_text: bytes) -> None:
        from argmap.io import loads

        self.base_text = base_text.decode("utf-8")
        self.first = loads(base_text).ids()[0]
        # The first statement's text is the first '"text":' line of the canonical file (title and description come first).
        start = self.base_text.index('\n      "text": ') + 1
        end = self.base_text.index("\n", start)
        self.before, self.after = self.base_text[:start], self.base_text[end:]
        self.comma = "," if self.base_text[end - 1] == "," else ""

    @staticmethod
    def version_of(text: str) -> int:
        match = re.fullmatch(r"edit (\d+)", text)
        return int(match.group(1)) if match else 0

    def expected(self, k: int) -> str:
        if k == 0:
            return self.base_text
        return f'{self.before}      "text": "edit {k}"{self.comma}{self.after}'


def _check_map(path: Path, versions: Versions, upper: int, tally: CrashTally) -> int | None:
    """The version ``path`` holds, or None (recorded as torn) when it is no whole version."""
    from argmap.io import MapFileError, dumps, load

    tally.files_checked += 1
    if path.name == "map.json":  # saved canonically: it must be byte for byte one version (quicker than loading)
        data = path.read_bytes().decode("utf-8", "replace")
        found = re.search(r'\n      "text": "edit (\d+)"', data[: len(versions.before) + 40])
        k = int(found.group(1)) if found else 0
        if 0 <= k <= upper and data == versions.expected(k):
            return k
    try:
        amap = load(path)
    except MapFileError as exc:
        tally.torn.append(f"{path.name}: {exc}")
        return None
    k = versions.version_of(amap.statement(versions.first).text) if versions.first in amap else -1
    if not 0 <= k <= upper or dumps(amap) != versions.expected(k):
        tally.torn.append(f"{path.name}: not one of the versions written (edit {k} of at most {upper})")
        shutil.copy(path, path.parent.parent / f"wrong-{path.name}")  # kept for a look (the parent of recovery/)
        return None
    return k


def crash_test(seconds: float, folder: Path, seed: int, statements: int = 10_000,
               say: Callable[[str], None] = print) -> CrashTally:
    from benchmarks.generate import generate_map

    from argmap.io import dumps, save

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "map.json"
    base = generate_map(statements, seed=seed)
    save(base, target)
    versions = Versions(target.read_bytes())
    tally = CrashTally(statements=len(base), map_bytes=target.stat().st_size)
    assert dumps(base) == versions.expected(0)
    rng = random.Random(seed)
    say(f"crash test for {seconds:.0f} s: a {len(base):,}-statement map ({tally.map_bytes / 2**20:.1f} MiB), "
        "kill -9 during saves and autosaves")
    end = time.monotonic() + seconds
    upper = 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parent / "src")}
    while time.monotonic() < end:
        child = subprocess.Popen([sys.executable, str(HERE / "crash_child.py"), str(folder), str(upper + 1)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, bufsize=0)
        # Unbuffered: a buffered readline would read ahead the edit numbers that follow "ready",
        # and communicate() would not see them (the versions on disk would seem newer than written).
        assert child.stdout is not None
        ready = child.stdout.readline().strip() == b"ready"  # loaded: now the edits and saves begin
        seen: list[bytes] = []
        edits = rng.randint(1, 7)  # let a few edits begin (every third is saved), then kill at a random moment
        while ready and len(seen) < edits and time.monotonic() < end + 60:
            line = child.stdout.readline()
            if not line:
                break
            seen.append(line)
        time.sleep(rng.uniform(0.0, 1.5))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        out = b"".join(seen) + out
        tally.kills += 1
        if not ready:
            tally.killed_before_ready += 1
            if child.returncode != -signal.SIGKILL:
                tally.torn.append(f"the child failed: {err.decode(errors='replace')[-300:]}")
                break
        numbers = [int(line) for line in out.split(b"\n")[:-1] if line.strip().isdigit()]
        upper = max([upper, *numbers])
        k = _check_map(target, versions, upper, tally)
        if k is not None:
            tally.versions_seen.add(k)
        for recovery in sorted((folder / "recovery").glob("recovery-*.json")):
            if recovery.name.endswith(".meta.json"):
                continue
            _check_map(recovery, versions, upper, tally)
            meta = recovery.with_name(recovery.name.removesuffix(".json") + ".meta.json")
            if meta.exists():
                tally.files_checked += 1
                try:
                    record = json.loads(meta.read_text(encoding="utf-8"))
                    if record.get("original") != str(target):
                        tally.torn.append(f"{meta.name}: names {record.get('original')!r}")
                except ValueError as exc:
                    tally.torn.append(f"{meta.name}: {exc}")
            for done in (recovery, meta):  # checked: discarded, as the user would at the next start
                done.unlink(missing_ok=True)
        tally.temp_left.update(str(p) for p in folder.rglob(".*.tmp"))
        tally.saves_seen = len(tally.versions_seen)
    # The temp files of killed saves: the next save removes them once their writers are gone and they are old.
    from argmap.io import load
    from argmap.io.leftovers import GONE_AGE

    old = time.time() - GONE_AGE - 1
    for temp in folder.rglob(".*.tmp"):
        os.utime(temp, (old, old))
    amap = load(target)
    save(amap, target)
    (folder / "recovery").mkdir(exist_ok=True)
    save(amap, folder / "recovery" / "after.json")
    tally.temp_left_at_end = sum(1 for p in folder.rglob(".*.tmp"))
    return tally


def report(tally: CrashTally, seconds: float) -> list[str]:
    lines = [
        f"kills: {tally.kills} in {seconds:.0f} s ({tally.killed_before_ready} before the map was loaded) on a "
        f"{tally.statements:,}-statement map of {tally.map_bytes / 2**20:.1f} MiB; files checked: {tally.files_checked}; "
        f"torn or wrong files: {len(tally.torn)}",
        f"versions of map.json seen after kills: {len(tally.versions_seen)}; hidden temp files found after kills "
        f"(killed mid-write): {len(tally.temp_left)}; left after the next save: {tally.temp_left_at_end}",
    ]
    lines += [f"  TORN: {t}" for t in tally.torn[:10]]
    return lines
