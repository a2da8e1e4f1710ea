"""argmap's Argdown reading against the Argdown CLI's own (``argdown json``), file by file.

The CLI's JSON is projected onto what argmap makes of Argdown (docs/formats.md):
- every statement (equivalence class) is a statement, except untitled paragraphs that take part in
  nothing (prose: argmap makes them the map's description);
- an argument without premise-conclusion structure is a statement; one with a structure is
  represented by its main conclusion;
- each relation is a link (support stays support; attack, undercut, contrary and contradictory are
  attacks), with arguments replaced by what represents them; each inference step of a structure
  is a support of every premise of that step for its conclusion; an undercut is a link into the
  conclusion of the inference it attacks (of the step, of the argument's last step, or of the one
  reason an argument without a structure gives).
argmap's reading gives the same projection through its node map (``read_argdown``). A difference
is "reported" when argmap's import notes name it (its line or its title), "silent" otherwise.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats.argdown import read_argdown

SUPPORTS = {"support", "entails"}
ATTACKS = {"attack", "undercut", "contrary", "contradictory"}
Key = tuple[str, str]  # ("s", statement title) or ("a", argument title)


def cli_json(command: list[str], files: list[Path], out: Path) -> dict[str, dict | None]:
    """``argdown json`` of each file (None: the CLI refuses it), cached in ``out`` by file name and size."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / "stamp.json"
    wanted = {f.name: f.stat().st_size for f in files}
    if not stamp.exists() or json.loads(stamp.read_text()) != wanted:
        for old in out.glob("*.json"):
            old.unlink()
        folders = sorted({f.parent for f in files})
        for folder in folders:  # one run per folder: the CLI takes a glob and starts once
            subprocess.run([*command, str(folder / "*.argdown"), str(out)], capture_output=True, timeout=600)
        stamp.write_text(json.dumps(wanted))
    readings: dict[str, dict | None] = {}
    for f in files:
        result = out / f"{f.stem}.json"
        readings[f.name] = json.loads(result.read_text(encoding="utf-8")) if result.exists() else None
    return readings


@dataclass
class Projection:
    statements: dict[Key, str] = field(default_factory=dict)  # key -> text ("" if none)
    represented_by: dict[Key, Key] = field(default_factory=dict)  # argument with a structure -> its conclusion
    relations: dict[tuple[Key, Key], str] = field(default_factory=dict)  # (source, target) -> support/attack
    self_relations: int = 0
    symmetric: set[tuple[Key, Key]] = field(default_factory=set)  # contradictions: either direction will do


def _key(text: str) -> Key:
    kind, _, title = text.partition(":")
    return (kind, title)


def projection_to_json(p: Projection) -> dict:
    """A projection as JSON (keys "s:title"/"a:title"): saved, it lets tests compare without the CLI."""
    return {
        "statements": {f"{k}:{t}": text for (k, t), text in p.statements.items()},
        "represented_by": {f"{k}:{t}": f"{k2}:{t2}" for (k, t), (k2, t2) in p.represented_by.items()},
        "relations": [[f"{a[0]}:{a[1]}", f"{b[0]}:{b[1]}", r] for (a, b), r in p.relations.items()],
        "symmetric": [[f"{a[0]}:{a[1]}", f"{b[0]}:{b[1]}"] for a, b in sorted(p.symmetric)],
        "self_relations": p.self_relations,
    }


def projection_from_json(data: dict) -> Projection:
    return Projection(
        statements={_key(k): v for k, v in data["statements"].items()},
        represented_by={_key(k): _key(v) for k, v in data["represented_by"].items()},
        relations={(_key(a), _key(b)): r for a, b, r in data["relations"]},
        self_relations=data["self_relations"],
        symmetric={(_key(a), _key(b)) for a, b in data["symmetric"]},
    )


def plain(text: str) -> str:
    """Text as argmap keeps it: tags out, whitespace collapsed, simple Markdown emphasis gone."""
    text = re.sub(r"(?<!\S)#(\([^)]*\)|[\w-]+)", " ", text)
    text = re.sub(r"(\*\*|__|\*|_)(\S.*?\S|\S)\1", r"\2", text)
    return " ".join(text.split())


def project_cli(doc: dict) -> Projection:
    p = Projection()
    in_structures: set[str] = set()
    for argument in doc["arguments"].values():
        for member in argument.get("pcs", []):
            in_structures.add(member["title"])
    prose: set[str] = set()
    for title, cls in doc["statements"].items():
        members = cls.get("members", [])
        if (title.startswith("Untitled ") and not cls.get("relations") and title not in in_structures
                and all(m.get("role") in ("top-level-statement", None) for m in members)):  # list items have no role
            prose.add(title)
    if len(prose) == len(doc["statements"]) and not doc["arguments"]:
        prose = set()  # a file of untitled statements only: argmap makes them the map
    for title, cls in doc["statements"].items():
        if title not in prose:
            p.statements[("s", title)] = next((plain(m["text"]) for m in cls.get("members", []) if m.get("text")), "")
    for title, argument in doc["arguments"].items():
        pcs = argument.get("pcs", [])
        if pcs:
            p.represented_by[("a", title)] = ("s", pcs[-1]["title"])
        else:
            texts = [plain(m["text"]) for m in argument.get("members", []) if m.get("text")]
            p.statements[("a", title)] = texts[0] if texts else ""

    def node(kind: str, title: str) -> Key:
        key = ("a" if kind == "argument" else "s", title)
        return p.represented_by.get(key, key)

    def add(source: Key, target: Key, relation: str) -> None:
        if source == target:
            p.self_relations += 1
        else:
            p.relations.setdefault((source, target), relation)

    for argument in doc["arguments"].values():
        premises: list[Key] = []
        for member in argument.get("pcs", []):
            key = ("s", member["title"])
            if member.get("role") in ("main-conclusion", "intermediary-conclusion"):
                for premise in premises:
                    add(premise, key, "support")
                premises = []
            premises.append(key)
    gives = Counter(r["from"] for r in doc["relations"] if r["fromType"] == "argument" and r["relationType"] != "undercut")
    for r in doc["relations"]:
        relation = "support" if r["relationType"] in SUPPORTS else "attack"
        source = node(r["fromType"], r["from"])
        if r["toType"] == "inference":  # an undercut of one inference step: an undercut link into that step's conclusion
            pcs = doc["arguments"][r["to"]]["pcs"]
            target = ("s", pcs[min(r.get("conclusionIndex", len(pcs) - 1), len(pcs) - 1)]["title"])
        elif r["relationType"] == "undercut" and r["toType"] == "argument" and not doc["arguments"][r["to"]].get("pcs") \
                and gives[r["to"]] == 1:  # an argument giving one reason: the undercut attacks that reason's inference
            given = next(g for g in doc["relations"] if g["from"] == r["to"] and g["fromType"] == "argument"
                         and g["relationType"] != "undercut")
            target = node(given["toType"], given["to"])
        else:
            target = node(r["toType"], r["to"])
        if r["relationType"] == "contradictory":
            p.symmetric.add((source, target))
        add(source, target, relation)
    return p


@dataclass
class FileComparison:
    name: str
    cli_reads: bool
    argmap_reads: bool
    argmap_error: str = ""
    cli_statements: int = 0
    argmap_statements: int = 0
    cli_relations: int = 0
    argmap_relations: int = 0
    differences: Counter = field(default_factory=Counter)  # kind -> count
    silent: Counter = field(default_factory=Counter)  # the differences no import note names
    notes: list[str] = field(default_factory=list)

    @property
    def statements_equal(self) -> bool:
        return self.cli_reads and self.argmap_reads and not any(k.startswith("statement") for k in self.differences)

    @property
    def relations_equal(self) -> bool:
        return self.cli_reads and self.argmap_reads and not any(k.startswith("relation") for k in self.differences)


def compare_file(path: Path, p: Projection | None) -> FileComparison:
    """argmap's reading of ``path`` against the CLI's (projected; None: the CLI refuses the file)."""
    try:
        reading = read_argdown(path.read_bytes(), path)
    except MapFileError as exc:
        return FileComparison(path.name, p is not None, False, argmap_error=str(exc))
    amap, notes = reading.result.map, reading.result.skipped
    c = FileComparison(path.name, p is not None, True, notes=notes)
    c.argmap_statements, c.argmap_relations = len(amap), sum(1 for _ in amap.links())
    if p is None:
        return c
    c.cli_statements, c.cli_relations = len(p.statements), len(p.relations)
    said = "\n".join(notes)

    def differ(kind: str, *names: str) -> None:
        c.differences[kind] += 1
        if not any(n and (f"'{n[:20]}" in said or f"<{n[:20]}" in said or f"[{n[:20]}" in said) for n in names):
            c.silent[kind] += 1

    node_of = dict(reading.node_of)
    seen: set[str] = set()
    for key, text in p.statements.items():
        node = node_of.get(key)
        if node is None or node not in amap:
            differ("statement missing", key[1])
            continue
        seen.add(node)
        if text and plain(amap.statement(node).text) != text:
            differ("statement text differs", key[1], node)
    for extra in set(amap.ids()) - seen:
        differ("statement extra", extra)
    mapped: dict[tuple[str, str], str] = {}
    for (source, target), relation in p.relations.items():
        s, t = node_of.get(p.represented_by.get(source, source)), node_of.get(p.represented_by.get(target, target))
        if s is None or t is None or s == t:
            differ("relation missing", source[1], target[1])
            continue
        if (source, target) in p.symmetric and not amap.has_link(s, t) and amap.has_link(t, s):
            s, t = t, s
        mapped[(s, t)] = relation
    actual = {(link.source, link.target): str(link.relation) for link in amap.links()}
    for pair, relation in mapped.items():
        if pair not in actual:
            differ("relation missing", *pair)
        elif actual[pair] != relation:
            differ("relation type differs", *pair)
    for pair in set(actual) - set(mapped):
        differ("relation extra", *pair)
    return c
