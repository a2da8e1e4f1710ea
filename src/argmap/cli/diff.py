"""``argmap diff A B`` and ``argmap merge BASE OURS THEIRS -o OUT``: maps compared and merged, no Qt.

``diff`` serves a teacher (A a student's map, B the model answer: what is missing, extra,
misplaced, and how much of the model answer is covered) and a reviewer of a change kept in
git (A the old version, B the new). ``merge`` is a three-way merge a git merge driver can run.
"""

from __future__ import annotations

import argparse
import dataclasses
from enum import Enum
from pathlib import Path

from argmap.cli.command import INVALID, OK, USAGE, Command, report, say, say_json
from argmap.cli.map_files import load_or_report
from argmap.file_errors import same_file
from argmap.model import ArgumentMap
from argmap.teaching.compare import DEFAULT_THRESHOLD, MapDiff, compare

SHORT = 72  # characters of a statement shown in a list line


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError("give a number from 0 to 100") from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError("give a number from 0 to 100")
    return number


def setup_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", metavar="A.json", help="a map: a student's map, or the old version")
    p.add_argument("b", metavar="B.json", help="the map to compare it with: the model answer, or the new version")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="0-100",
                   help=f"how alike two texts must be to count as one statement reworded (default {DEFAULT_THRESHOLD:g})")
    p.add_argument("--match", choices=("auto", "id", "text"), default="auto",
                   help="match statements by id, by text, or auto (ids where the maps share them; default)")


def run_diff(args: argparse.Namespace) -> int:
    a = load_or_report(args.a)
    if a is None:
        return INVALID
    b = load_or_report(args.b)
    if b is None:
        return INVALID
    diff = compare(a, b, threshold=args.threshold, matching=args.match)
    if args.json:
        say_json(diff_json(diff, args.a, args.b))
    else:
        for line in diff_lines(diff, args.a, args.b):
            say(line)
    return OK


# ------------------------------------------------------------ text
def short(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 1]}…"'


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "-"


def diff_lines(diff: MapDiff, name_a: str = "A", name_b: str = "B") -> list[str]:
    """The comparison as lines a person reads: numbers first, then each difference with its statement."""
    a, b = diff.a, diff.b
    n = diff.coverage()
    how = "by id" if diff.by_id else "by text"
    lines = [
        f"--- {name_a} (A)",
        f"+++ {name_b} (B)",
        f"Matched {how} (texts at least {diff.threshold:g} % alike count as one statement reworded).",
        f"Statements: {n['statements_matched']} of B's {n['statements']} in A ({_percent(n['statements_matched'], n['statements'])}),"
        f" {n['statements_in_place']} in the same place; {len(diff.only_b)} missing from A, {len(diff.only_a)} extra in A.",
        f"Links: {n['links_matched']} of B's {n['links']} in A ({_percent(n['links_matched'], n['links'])}),"
        f" {n['links_same']} the same; {n['extra_links']} extra in A.",
    ]
    if diff.is_empty:
        lines.append("No differences.")
        return lines
    for name, (old, new) in diff.map_changed.items():
        if isinstance(old, tuple) and isinstance(new, tuple):  # the source documents
            titles_a, titles_b = ({getattr(d, "title", str(d)) for d in side} for side in (old, new))
            lines += ["", f"Map {name}: {len(old)} in A, {len(new)} in B"]
            lines += [f"  - {short(t)} only in A" for t in sorted(titles_a - titles_b)]
            lines += [f"  + {short(t)} only in B" for t in sorted(titles_b - titles_a)]
        else:
            lines += ["", f"Map {name}: {short(str(old))} in A, {short(str(new))} in B"]
    if diff.only_b:
        lines += ["", "Missing from A (only in B):"]
        for i in diff.only_b:
            s = b.statement(i)
            parent, relation = diff.place_for(i)
            where = f"; add it under {parent} ({relation})" if parent else ""
            lines.append(f"  + {i} {s.kind} {short(s.text)}{where}")
    if diff.only_a:
        lines += ["", "Extra in A (not in B):"]
        for i in diff.only_a:
            s = a.statement(i)
            lines.append(f"  - {i} {s.kind} {short(s.text)}" + (f" under {', '.join(a.parents(i))}" if a.parents(i) else ""))
    if diff.moved:
        lines += ["", "Attached to a different parent:"]
        for i in diff.moved:
            in_b = ", ".join(b.parents(diff.pairs[i])) or "nothing (a main claim)"
            in_a = ", ".join(a.parents(i)) or "nothing (a main claim)"
            lines.append(f"  > {_pair(diff, i)} {short(a.statement(i).text, 50)}: under {in_a} in A, under {in_b} in B")
    changed_links = [(lk, other) for lk, other in diff.links_changed]
    if changed_links:
        lines += ["", "Other relation, linked reason or scheme:"]
        for lk, other in changed_links:
            lines.append(f"  ~ {lk.source} -> {lk.target}: {_link(lk)} in A, {_link(other)} in B")
    if diff.changed:
        lines += ["", "Changed statements:"]
        for i, fields in diff.changed.items():
            lines.append(f"  ~ {_pair(diff, i)}" + (f" ({diff.scores.get(i, 0):.0f} % alike)" if "text" in fields else ""))
            for name, (old, new) in fields.items():
                if name == "text":
                    lines += [f"      A: {short(str(old), 200)}", f"      B: {short(str(new), 200)}"]
                else:
                    lines.append(f"      {name}: {_value(old)} in A, {_value(new)} in B")
    extra_links = [lk for lk in diff.links_only_a if lk.source in diff.pairs and lk.target in diff.pairs]
    missing_links = [lk for lk in diff.links_only_b if lk.source in diff.b_to_a() and lk.target in diff.b_to_a()]
    if extra_links or missing_links:  # links between matched statements (the others come with their statements)
        lines += ["", "Links between matched statements:"]
        lines += [f"  - {lk.source} -> {lk.target} ({_link(lk)}) only in A" for lk in extra_links]
        lines += [f"  + {lk.source} -> {lk.target} ({_link(lk)}) only in B" for lk in missing_links]
    return lines


def _pair(diff: MapDiff, i: str) -> str:
    return i if diff.pairs[i] == i else f"{i} (B: {diff.pairs[i]})"


def _link(lk) -> str:
    return str(lk.relation) + (f", linked reason {lk.group}" if lk.group else "") + (f", scheme {lk.scheme}" if lk.scheme else "")


def _value(value: object) -> str:
    plain = _plain(value)
    return short(plain, 60) if isinstance(plain, str) else str(plain)


# ------------------------------------------------------------ JSON
def _plain(value: object) -> object:
    """A field's value as JSON data (sources as objects, tuples as lists, kinds as strings)."""
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def diff_json(diff: MapDiff, name_a: str, name_b: str) -> dict[str, object]:
    a, b = diff.a, diff.b

    def statement(amap: ArgumentMap, i: str) -> dict[str, object]:
        s = amap.statement(i)
        return {"id": i, "kind": s.kind.value, "text": s.text, "parents": amap.parents(i)}

    def link(lk) -> dict[str, object]:
        return {"source": lk.source, "target": lk.target, "relation": lk.relation.value, "group": lk.group, "scheme": lk.scheme}

    missing = []
    for i in diff.only_b:
        parent, relation = diff.place_for(i)
        missing.append({**statement(b, i), "add_under": parent, "relation": relation})
    return {
        "a": name_a,
        "b": name_b,
        "matching": "id" if diff.by_id else "text",
        "threshold": diff.threshold,
        "coverage": diff.coverage(),
        "pairs": [{"a": i, "b": j, "similarity": round(diff.scores.get(i, 0.0), 1), "status": diff.status(i)}
                  for i, j in diff.pairs.items()],
        "missing_from_a": missing,
        "extra_in_a": [statement(a, i) for i in diff.only_a],
        "moved": [{"a": i, "b": diff.pairs[i], "parents_in_a": a.parents(i), "parents_in_b": b.parents(diff.pairs[i])}
                  for i in diff.moved],
        "changed": {i: {name: {"a": _plain(old), "b": _plain(new)} for name, (old, new) in fields.items()}
                    for i, fields in diff.changed.items()},
        "links_only_in_a": [link(lk) for lk in diff.links_only_a],
        "links_only_in_b": [link(lk) for lk in diff.links_only_b],
        "links_changed": [{"a": link(lk), "b": link(other)} for lk, other in diff.links_changed],
        "map_changed": {name: {"a": _plain(old), "b": _plain(new)} for name, (old, new) in diff.map_changed.items()},
    }


# ------------------------------------------------------------ merge
def setup_merge(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", metavar="BASE", help="the common ancestor")
    p.add_argument("ours", metavar="OURS", help="our version")
    p.add_argument("theirs", metavar="THEIRS", help="their version")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="where to write the merged map (may be OURS)")


def run_merge(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, dumps, loads, write_atomic
    from argmap.teaching.merge import merge

    if any(same_file(args.output, path) for path in (args.base, args.theirs)):
        report("argmap merge: OUT would replace BASE or THEIRS; give OURS or another file")
        return USAGE
    maps = []
    for path in (args.base, args.ours, args.theirs):
        amap = load_or_report(path)
        if amap is None:
            return INVALID
        maps.append(amap)
    result = merge(*maps)
    try:
        text = dumps(result.map)
        loads(text, args.output)  # every check of a load: a broken map is never written
    except (MapFileError, ValueError) as exc:
        report(f"argmap merge: the merge would not be a valid map, nothing written: {exc}")
        return INVALID
    try:
        write_atomic(Path(args.output), text.encode("utf-8"))
    except MapFileError as exc:
        report(str(exc))
        return INVALID
    for conflict in result.conflicts:
        report(f"{args.output}: conflict: {conflict}")
    if result.conflicts:
        report(f"{args.output}: {len(result.conflicts)} conflict(s), marked with the tag 'merge-conflict' and a note")
        return INVALID
    return OK


DIFF = Command("diff", "compare two maps: a student's with a model answer, or two versions (--json for data)", setup_diff, run_diff)
MERGE = Command("merge", "three-way merge of maps by statements and links (exit 1 on conflicts, marked in OUT)", setup_merge, run_merge)
