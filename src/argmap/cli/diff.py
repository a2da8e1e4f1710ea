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
from argmap.cli.language import N, add_language_option, fill, speak, tr
from argmap.cli.map_files import load_or_report, said_error
from argmap.file_errors import same_file
from argmap.model import ArgumentMap
from argmap.teaching.compare import DEFAULT_THRESHOLD, MapDiff, compare

SHORT = 72  # characters of a statement shown in a list line


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("give a number from 0 to 100")) from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(tr("give a number from 0 to 100"))
    return number


def setup_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", metavar="A.json", help=tr("a map: a student's map, or the old version"))
    p.add_argument("b", metavar="B.json", help=tr("the map to compare it with: the model answer, or the new version"))
    p.add_argument("--json", action="store_true", help=tr("print the comparison as JSON"))
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="0-100",
                   help=fill("how alike two texts must be to count as one statement reworded (default %1)",
                             f"{DEFAULT_THRESHOLD:g}"))
    p.add_argument("--match", choices=("auto", "id", "text"), default="auto",
                   help=tr("match statements by id, by text, or auto (ids where the maps share them; default)"))
    add_language_option(p)


def run_diff(args: argparse.Namespace) -> int:
    if not args.json:  # --json stays English: a contract for scripts
        speak(args.language)
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
    return fill("%1 %", round(100 * part / whole)) if whole else "-"


def diff_lines(diff: MapDiff, name_a: str = "A", name_b: str = "B") -> list[str]:
    """The comparison as lines a person reads: numbers first, then each difference with its statement."""
    a, b = diff.a, diff.b
    n = diff.coverage()
    how = tr("Matched by id (texts at least %1 % alike count as one statement reworded).") if diff.by_id else \
        tr("Matched by text (texts at least %1 % alike count as one statement reworded).")
    lines = [
        f"--- {name_a} (A)",
        f"+++ {name_b} (B)",
        how.replace("%1", f"{diff.threshold:g}"),
        fill("Statements: %1 of B's %2 in A (%3), %4 in the same place; %5 missing from A, %6 extra in A.",
             n["statements_matched"], n["statements"], _percent(n["statements_matched"], n["statements"]),
             n["statements_in_place"], len(diff.only_b), len(diff.only_a)),
        fill("Links: %1 of B's %2 in A (%3), %4 the same; %5 extra in A.", n["links_matched"], n["links"],
             _percent(n["links_matched"], n["links"]), n["links_same"], n["extra_links"]),
    ]
    if diff.is_empty:
        lines.append(tr("No differences."))
        return lines
    for name, (old, new) in diff.map_changed.items():
        if isinstance(old, tuple) and isinstance(new, tuple):  # the source documents
            titles_a, titles_b = ({getattr(d, "title", str(d)) for d in side} for side in (old, new))
            lines += ["", fill("Map %1: %2 in A, %3 in B", name, len(old), len(new))]
            lines += ["  - " + fill("%1 only in A", short(t)) for t in sorted(titles_a - titles_b)]
            lines += ["  + " + fill("%1 only in B", short(t)) for t in sorted(titles_b - titles_a)]
        else:
            lines += ["", fill("Map %1: %2 in A, %3 in B", name, short(str(old)), short(str(new)))]
    if diff.only_b:
        lines += ["", tr("Missing from A (only in B):")]
        for i in diff.only_b:
            s = b.statement(i)
            parent, relation = diff.place_for(i)
            where = fill("; add it under %1 (%2)", parent, _relation(relation)) if parent else ""
            lines.append(f"  + {i} {_kind(s.kind)} {short(s.text)}{where}")
    if diff.only_a:
        lines += ["", tr("Extra in A (not in B):")]
        for i in diff.only_a:
            s = a.statement(i)
            under = fill(" under %1", ", ".join(a.parents(i))) if a.parents(i) else ""
            lines.append(f"  - {i} {_kind(s.kind)} {short(s.text)}{under}")
    if diff.moved:
        lines += ["", tr("Attached to a different parent:")]
        for i in diff.moved:
            in_b = ", ".join(b.parents(diff.pairs[i])) or tr("nothing (a main claim)")
            in_a = ", ".join(a.parents(i)) or tr("nothing (a main claim)")
            lines.append(f"  > {_pair(diff, i)} {short(a.statement(i).text, 50)}: "
                         + fill("under %1 in A, under %2 in B", in_a, in_b))
    changed_links = [(lk, other) for lk, other in diff.links_changed]
    if changed_links:
        lines += ["", tr("Other relation, linked reason or scheme:")]
        for lk, other in changed_links:
            lines.append(f"  ~ {lk.source} -> {lk.target}: " + fill("%1 in A, %2 in B", _link(lk), _link(other)))
    if diff.changed:
        lines += ["", tr("Changed statements:")]
        for i, fields in diff.changed.items():
            alike = fill(" (%1 % alike)", f"{diff.scores.get(i, 0):.0f}") if "text" in fields else ""
            lines.append(f"  ~ {_pair(diff, i)}{alike}")
            for name, (old, new) in fields.items():
                if name == "text":
                    lines += [f"      A: {short(str(old), 200)}", f"      B: {short(str(new), 200)}"]
                else:
                    lines.append(f"      {name}: " + fill("%1 in A, %2 in B", _value(old), _value(new)))
    extra_links = [lk for lk in diff.links_only_a if lk.source in diff.pairs and lk.target in diff.pairs]
    missing_links = [lk for lk in diff.links_only_b if lk.source in diff.b_to_a() and lk.target in diff.b_to_a()]
    if extra_links or missing_links:  # links between matched statements (the others come with their statements)
        lines += ["", tr("Links between matched statements:")]
        lines += [f"  - {lk.source} -> {lk.target} " + fill("(%1) only in A", _link(lk)) for lk in extra_links]
        lines += [f"  + {lk.source} -> {lk.target} " + fill("(%1) only in B", _link(lk)) for lk in missing_links]
    return lines


def _kind(kind) -> str:
    from argmap.cli.map_files import kind_name

    return kind_name(str(kind))


def _relation(relation) -> str:
    return {"support": tr("support"), "attack": tr("attack"), "rephrase": tr("rephrase")}.get(str(relation), str(relation))


def _pair(diff: MapDiff, i: str) -> str:
    return i if diff.pairs[i] == i else f"{i} (B: {diff.pairs[i]})"


def _link(lk) -> str:
    return (_relation(lk.relation) + (fill(", linked reason %1", lk.group) if lk.group else "")
            + (fill(", scheme %1", lk.scheme) if lk.scheme else ""))


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
    p.add_argument("base", metavar="BASE", help=tr("the common ancestor"))
    p.add_argument("ours", metavar="OURS", help=tr("our version"))
    p.add_argument("theirs", metavar="THEIRS", help=tr("their version"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help=tr("where to write the merged map (may be OURS)"))
    add_language_option(p)


def run_merge(args: argparse.Namespace) -> int:
    from argmap.io import MapFileError, dumps, loads, write_atomic
    from argmap.teaching.merge import merge

    speak(args.language)
    if any(same_file(args.output, path) for path in (args.base, args.theirs)):
        report(tr("argmap merge: OUT would replace BASE or THEIRS; give OURS or another file"))
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
        report(fill("argmap merge: the merge would not be a valid map, nothing written: %1", said_error(exc)))
        return INVALID
    try:
        write_atomic(Path(args.output), text.encode("utf-8"))
    except MapFileError as exc:
        report(said_error(exc))
        return INVALID
    for conflict in result.conflicts:
        report(fill("%1: conflict: %2", args.output, conflict))
    if result.conflicts:
        report(fill("%1: %2 conflict(s), marked with the tag 'merge-conflict' and a note", args.output, len(result.conflicts)))
        return INVALID
    return OK


DIFF = Command("diff", N("compare two maps: a student's with a model answer, or two versions (--json for data)"), setup_diff,
               run_diff)
MERGE = Command("merge", N("three-way merge of maps by statements and links (exit 1 on conflicts, marked in OUT)"),
                setup_merge, run_merge)
