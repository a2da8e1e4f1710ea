"""Fuzz every importer and the JSON loader, through the functions the CLI and the editor call.

Each input is written to a file and read with ``read_any(path, fmt)`` (``load(path)`` for argmap's
own format, ``read_any(path)`` for ``detect``). An input is *answered* when it gives a map or a
:class:`MapFileError` / :class:`UnknownFormat` whose message is one line naming the file; anything
else is a *traceback*. An input over :data:`SLOW_SECONDS` is *slow*; over :data:`HANG_SECONDS` it
is stopped (SIGALRM) and counted as a hang. Tracebacks, slow inputs and hangs are saved in the
output folder to be replayed.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import signal
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fuzz_inputs import suffix
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

#: An input slower than this fails the run (issue 14: no input over 2 s).
SLOW_SECONDS = 2.0
#: An input is stopped after this.
HANG_SECONDS = 20.0


class _Hang(BaseException):
    """Raised by the alarm in an input that takes too long (a BaseException: no reader catches it)."""


class _OutOfTime(BaseException):
    """The time budget of a hypothesis round is spent."""


@dataclass
class Tally:
    """What the fuzzing found."""

    tried: int = 0
    answered_map: int = 0
    refused: int = 0
    tracebacks: list[tuple[str, str, str]] = field(default_factory=list)  # (signature, how, saved file)
    slow: list[tuple[float, str, str]] = field(default_factory=list)
    hangs: list[tuple[str, str]] = field(default_factory=list)
    bad_messages: list[tuple[str, str]] = field(default_factory=list)  # refused, but not one line naming the file
    times: list[float] = field(default_factory=list)
    slowest: tuple[float, str, int] = (0.0, "", 0)
    by_source: Counter[str] = field(default_factory=Counter)
    by_format: Counter[str] = field(default_factory=Counter)
    bytes_read: int = 0


class Fuzzer:
    def __init__(self, folder: Path, out: Path) -> None:
        from argmap.file_errors import MapFileError
        from argmap.io import load
        from argmap.io.formats import UnknownFormat, read_any

        self.folder, self.out = folder, out
        self.tally = Tally()
        self._refusals = (MapFileError, UnknownFormat)
        self._load, self._read_any = load, read_any
        self.previous_alarm = signal.signal(signal.SIGALRM, self._alarm)

    @staticmethod
    def _alarm(*_args: object) -> None:
        raise _Hang

    def run_one(self, fmt: str, data: bytes, how: str, source: str) -> None:
        tally = self.tally
        path = self.folder / f"input{suffix(fmt)}"
        path.write_bytes(data)
        tally.tried += 1
        tally.by_source[source] += 1
        tally.by_format[fmt] += 1
        tally.bytes_read += len(data)
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
        try:
            if fmt == "argmap":
                self._load(path)
            elif fmt == "detect":
                self._read_any(path)
            else:
                self._read_any(path, fmt)
            tally.answered_map += 1
        except self._refusals as exc:
            tally.refused += 1
            message = str(exc)
            if "\n" in message or not message.startswith(str(path)):
                tally.bad_messages.append((message[:200], self._save(fmt, data, "message")))
        except _Hang:
            tally.hangs.append((how, self._save(fmt, data, "hang")))
        except Exception:
            frames = traceback.extract_tb(sys.exc_info()[2])
            ours = [f for f in frames if "argmap" in f.filename] or frames
            error = traceback.format_exc().strip().splitlines()[-1]
            signature = f"{error.split(':')[0]} at {Path(ours[-1].filename).name}:{ours[-1].lineno}"
            tally.tracebacks.append((signature, how, self._save(fmt, data, "traceback")))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        spent = time.perf_counter() - start
        tally.times.append(spent)
        if spent > tally.slowest[0]:
            tally.slowest = (spent, f"{fmt}: {how}", len(data))
        if spent > SLOW_SECONDS:
            tally.slow.append((spent, f"{fmt}: {how}", self._save(fmt, data, "slow")))

    def _save(self, fmt: str, data: bytes, why: str) -> str:
        self.out.mkdir(parents=True, exist_ok=True)
        name = f"{why}-{fmt}-{hashlib.sha256(data).hexdigest()[:12]}{suffix(fmt) or '.bin'}"
        (self.out / name).write_bytes(data)
        return str(self.out / name)

    # ------------------------------------------------------------ the two kinds of input
    def hypothesis_round(self, fmt: str, strategy: st.SearchStrategy, seconds: float, encode: bool = True,
                         seed: int = 0) -> None:
        """Inputs drawn by hypothesis from ``strategy`` for ``seconds``."""
        deadline = time.monotonic() + seconds

        @hypothesis_seed(seed)  # reproducible with --seed, and no "add @seed" advice when the time is up
        @settings(max_examples=100_000, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def probe(value) -> None:
            if time.monotonic() > deadline:
                raise _OutOfTime
            data = value.encode("utf-8", "surrogatepass") if encode else value
            self.run_one(fmt, data, f"hypothesis, {len(data):,} bytes", "hypothesis")

        with contextlib.suppress(_OutOfTime):
            probe()

    def mutation_round(self, inputs: Iterator[tuple[str, bytes, str]], seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            fmt, data, how = next(inputs)
            self.run_one(fmt, data, how, "mutation")


def fuzz(seconds: float, folder: Path, out: Path, seed: int, say: Callable[[str], None] = print) -> Tally:
    """Fuzz for ``seconds``: half hypothesis (every format, and raw bytes), half mutations of real files."""
    from fuzz_inputs import RAW, STRATEGIES, mutations, readable_formats, seed_files

    folder.mkdir(parents=True, exist_ok=True)
    fuzzer = Fuzzer(folder, out)
    rng = random.Random(seed)
    seeds = seed_files()
    stream = mutations(seeds, rng)
    formats = readable_formats()
    say(f"fuzzing for {seconds:.0f} s: {len(seeds)} seed files, formats {', '.join(formats)}")
    end = time.monotonic() + seconds
    rounds = [(fmt, strategy, True) for fmt, strategy in STRATEGIES.items() if fmt in formats] + \
             [(fmt, RAW, False) for fmt in (*formats, "detect")]  # a format without a strategy still gets bytes and mutations
    slice_seconds = max(0.3, min(20.0, seconds / (2 * len(rounds) + 2)))  # a short run still gives every format a turn
    turn = 0
    try:
        while time.monotonic() < end:
            left = end - time.monotonic()
            if turn % 2 == 0:
                fmt, strategy, encode = rounds[(turn // 2) % len(rounds)]
                fuzzer.hypothesis_round(fmt, strategy, min(slice_seconds, left), encode, rng.randrange(2**32))
            else:
                fuzzer.mutation_round(stream, min(slice_seconds, left))
            turn += 1
    finally:
        signal.signal(signal.SIGALRM, fuzzer.previous_alarm)
    return fuzzer.tally


def report(tally: Tally, seconds: float) -> list[str]:
    times = sorted(tally.times) or [0.0]
    signatures = Counter(sig for sig, _, _ in tally.tracebacks)
    lines = [
        f"inputs tried: {tally.tried:,} in {seconds:.0f} s ({tally.bytes_read / 2**20:,.1f} MiB read); "
        f"by source: {', '.join(f'{k} {v:,}' for k, v in sorted(tally.by_source.items()))}",
        f"by format: {', '.join(f'{k} {v:,}' for k, v in sorted(tally.by_format.items()))}",
        f"answered with a map: {tally.answered_map:,}; refused with a one-line message: {tally.refused:,}; "
        f"tracebacks: {len(tally.tracebacks)}; hangs (> {HANG_SECONDS:.0f} s): {len(tally.hangs)}; "
        f"over {SLOW_SECONDS:.0f} s: {len(tally.slow)}; messages not naming the file: {len(tally.bad_messages)}",
        f"time per input: median {statistics.median(times) * 1000:.1f} ms, 99th percentile "
        f"{times[int(len(times) * 0.99)] * 1000:.1f} ms, mean {statistics.fmean(times) * 1000:.1f} ms",
        f"slowest input: {tally.slowest[0]:.2f} s, {tally.slowest[2]:,} bytes ({tally.slowest[1][:120]})",
    ]
    for signature, count in signatures.most_common():
        example = next((how, saved) for sig, how, saved in tally.tracebacks if sig == signature)
        lines.append(f"  TRACEBACK x{count}: {signature} (e.g. {example[0][:80]}; saved as {example[1]})")
    for spent, how, saved in sorted(tally.slow, reverse=True)[:5]:
        lines.append(f"  SLOW {spent:.2f} s: {how[:100]} (saved as {saved})")
    for how, saved in tally.hangs[:5]:
        lines.append(f"  HANG: {how[:100]} (saved as {saved})")
    for message, saved in tally.bad_messages[:5]:
        lines.append(f"  MESSAGE: {message[:120]!r} (saved as {saved})")
    return lines
