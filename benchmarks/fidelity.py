"""`make fidelity`: how faithfully argmap reads and writes the formats other tools write.

    python benchmarks/fidelity.py                    # needs npm (the Argdown CLI is installed on first use)
    python benchmarks/fidelity.py --save-reference   # also refresh the CLI's reading kept for `make test`

- Argdown: every file of ../shared/corpora/argdown-guide (each code block of the Argdown guide) and
  ../shared/corpora/argdown (the Argdown examples), read by argmap and by the Argdown CLI
  (``argdown json``), compared statement by statement and relation by relation
  (benchmarks/fidelity_argdown.py says how the CLI's reading is matched with argmap's).
- Argdown written by argmap: each map read from the guide written back with argmap's writer; the
  Argdown CLI must read every file, and argmap must read each back to the same map.
- AIF: the 110 microtext nodesets of ../shared/corpora/aif-microtexts against what the files say
  (undercuts, attacks on attacks, rephrases and shared premises read exactly are counted), and
  written back as AIF: the same number of nodes of each type and of edges between each pair of types?

Prints one Markdown table (quoted in README.md) and the differences by kind, each with how many
argmap reported (an import note names it) and how many it did not ("silent").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.io.formats.argdown import parse_argdown
from argmap.io.formats.argdown_write import dumps_argdown
from benchmarks.fidelity_aif import compare_aif
from benchmarks.fidelity_argdown import cli_json, compare_file, project_cli, projection_to_json
from benchmarks.peers import NODE_DIR, argdown_command

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / ".." / "shared" / "corpora"
OUT = ROOT / "benchmarks" / "out" / "fidelity"
REFERENCE = ROOT / "tests" / "io" / "formats" / "data" / "argdown_guide_cli.json"
#: corpus -> kind -> how many undercuts, shared premises... argmap read exactly (in files equal to the CLI's reading)
EXACT: dict[str, Counter] = defaultdict(Counter)


def argdown_json_command() -> list[str]:
    command, why = argdown_command()  # installs @argdown/cli into benchmarks/.node on first use
    if command is None:
        sys.exit(f"fidelity: {why}")
    return [str(NODE_DIR / "node_modules" / ".bin" / "argdown"), "json"]


def same_map(a, b) -> bool:
    """Equal statements (id, text, kind, tags, score) and links (ends, relation, linked or not)."""
    def statements(m):
        return {(s.id, s.text, s.title, str(s.kind), tuple(s.tags), s.score) for s in m.statements()}

    def links(m):  # groups by their premises (the names are the reader's), undercuts by what they attack
        out = set()
        for x in m.links():
            groups = m.groups(x.target)
            linked = frozenset(frozenset(groups[n]) for n in x.group_names if len(groups[n]) >= 2)
            onto = x.onto if x.onto is not None else frozenset(groups.get(x.onto_group or "", []))
            if isinstance(onto, frozenset) and len(onto) == 1:
                onto = next(iter(onto))  # an undercut of a "linked reason" of one premise: of its link
            out.add((x.source, x.target, str(x.relation), linked, onto if x.is_undercut else None))
        return out

    return statements(a) == statements(b) and links(a) == links(b) and a.title == b.title and a.description == b.description


def argdown_rows(name: str, folder: Path, command: list[str], save: Path | None) -> tuple[list[str], Counter, Counter, list]:
    files = sorted(folder.glob("*.argdown"))
    docs = cli_json(command, files, OUT / name)
    projections = {f.name: (project_cli(d) if d is not None else None) for f, d in ((f, docs[f.name]) for f in files)}
    if save is not None:
        save.parent.mkdir(parents=True, exist_ok=True)
        save.write_text(json.dumps({n: projection_to_json(p) if p else None for n, p in projections.items()},
                                   ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    rows = [compare_file(f, projections[f.name]) for f in files]
    both = [c for c in rows if c.cli_reads and c.argmap_reads]
    differences, silent = Counter(), Counter()
    for c in rows:
        differences.update(c.differences)
        silent.update(c.silent)
    for f in files:  # what argmap now holds exactly instead of flattening it (an undercut was an attack on the argument)
        c = next(c for c in rows if c.name == f.name)
        if c.cli_reads and c.argmap_reads and not c.differences:
            links = parse_argdown(f.read_bytes(), f).map.links()
            EXACT[name]["undercut"] += sum(k.is_undercut for k in links)
            EXACT[name]["shared premise"] += sum(bool(k.also_in) for k in links)
    only_cli = [c.name for c in rows if c.cli_reads and not c.argmap_reads]
    cells = [name, str(len(files)), str(sum(c.cli_reads for c in rows)), str(sum(c.argmap_reads for c in rows)), str(len(both)),
             str(sum(c.statements_equal for c in both)), str(sum(c.relations_equal for c in both))]
    if only_cli:
        differences["file refused by argmap only"] += len(only_cli)
        silent["file refused by argmap only"] += 0
    return cells, differences, silent, [f for f in files if any(c.name == f.name and c.argmap_reads for c in rows)]


def written_back(files: list[Path], command: list[str]) -> tuple[list[str], Counter, Counter]:
    """Each map argmap reads, written as Argdown by argmap: read by the CLI? read back by argmap to the same map?"""
    differences, silent = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        maps = {}
        for f in files:
            amap = parse_argdown(f.read_bytes(), f).map
            text = dumps_argdown(amap)
            (folder / f.name).write_text(text, encoding="utf-8")
            maps[f.name] = amap
            if not same_map(parse_argdown(text, f).map, amap):
                differences["written map reads back different"] += 1
                silent["written map reads back different"] += 1
        subprocess.run([*command, str(folder / "*.argdown"), str(out)], capture_output=True, timeout=600)
        refused = [f for f in files if not (out / f"{f.stem}.json").exists()]
        differences["written file refused by the CLI"] += len(refused)
        silent["written file refused by the CLI"] += len(refused)
        for f in refused[:5]:
            print(f"  the CLI refuses argmap's Argdown for {f.name}", file=sys.stderr)
    read_by_cli = len(files) - differences["written file refused by the CLI"]
    same = len(files) - differences["written map reads back different"]
    return ["guide, written back by argmap", str(len(files)), str(read_by_cli), str(same), str(min(read_by_cli, same)), "-", "-"], \
        differences, silent


PIECES = [*"ab1é#[]<>{}()*_/\\\"'|:;+-=@&`%.,!?~^", "//", "/*", "*/", "<!--", "-->", "(1)", "1.", "===", "\r", "\r\n",
          "😀", "👍🏽", "שלום", "مرحبا", "\u200f", ".A.", ":+1:", "--", "----", "- ", "+ ", "* ", "@include(x)", "{a: 1}", "#(x)"]


def random_maps(count: int, seed: int = 0) -> list:
    """Maps whose titles, ids, texts and tags hold what each syntax cares about (the same every run)."""
    import random

    from argmap.model import ArgumentMap, Kind

    rng = random.Random(seed)

    def text() -> str:
        return " ".join("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6)))

    maps = []
    for _ in range(count):
        amap = ArgumentMap(text(), description=text() if rng.random() < 0.5 else "")
        for n in range(rng.randint(1, 12)):
            parent = rng.choice(amap.ids()) if n else None
            tags = tuple(dict.fromkeys(t for t in (" ".join(text().split()) for _ in range(rng.randint(0, 2))) if t))
            amap.add(rng.choice(list(Kind)), f"{text()} {n}", id=f"{text()} {n}", parent=parent, tags=tags,
                     relation=rng.choice(["support", "attack"]) if parent else None, title=text() if rng.random() < 0.4 else "")
        for source in amap.ids():
            target = rng.choice(amap.ids())
            if rng.random() < 0.2 and target != source and not amap.has_link(target, source) and not amap.has_link(source, target):
                amap.connect(source, target, rng.choice(["support", "attack"]))
        _add_new_parts(amap, rng, text)
        maps.append(amap)
    return maps


def _add_new_parts(amap, rng, text) -> None:
    """Linked reasons with a shared premise, linked objections, undercuts of supports, attacks and linked reasons,
    a rephrase, and comments and critical questions of awkward text."""
    from argmap.model import Kind, Link, Relation
    from argmap.model.errors import MapError

    for target in list(amap.ids()):
        supports = [k.source for k in amap.incoming(target) if k.relation == Relation.SUPPORT and not k.group_names]
        if len(supports) >= 3 and rng.random() < 0.5:
            first = amap.group(target, supports[:2])
            second = amap.group(target, supports[2:3] + supports[3:4]) if len(supports) >= 4 else None
            if second is None:
                amap.update_link(supports[2], target, group=f"{first}x")
            amap.share(supports[1], target, second or f"{first}x")
        attacks = [k.source for k in amap.incoming(target) if k.relation == Relation.ATTACK and not k.group_names
                   and not k.is_undercut]
        if len(attacks) >= 2 and rng.random() < 0.5:  # a linked objection: written as one argument against the target
            amap.group(target, attacks[:2])
    for statement_id in amap.ids():
        if rng.random() < 0.15:
            amap.update(statement_id, comment=text() + "\n" + text())
        if rng.random() < 0.1:
            amap.update(statement_id, question=f"{text()}/q"[:200])
    for n, link in enumerate(list(amap.links())):
        if link.relation == Relation.REPHRASE or link.is_undercut or rng.random() > 0.15:
            continue
        u = amap.add(Kind.OBJECTION, f"{text()} u{n}", id=f"{text()} u{n}").id
        try:
            group = next((g for g in link.group_names if len(amap.groups(link.target)[g]) >= 2), None)
            amap.add_link(Link(u, link.target, Relation.ATTACK, onto=None if group else link.source, onto_group=group))
        except MapError:
            amap.remove(u)
    if rng.random() < 0.3:
        r = amap.add(Kind.CLAIM, f"{text()} r", id=f"{text()} r").id
        amap.connect(r, rng.choice([i for i in amap.ids() if i != r]), Relation.REPHRASE)


def _linked(amap, titles: bool = False) -> set:
    """Each linked reason as (its target, its relation, its premises), by the titles the Argdown writer gives
    (``titles``; read back, those are the ids)."""
    from argmap.io.formats.argdown_write import _Writer

    name = _Writer(amap).title if titles else str
    return {(name(t), str(amap.link(m[0], t).relation), frozenset(map(name, m)))
            for t in amap.ids() for m in amap.groups(t).values() if len(m) >= 2}


def random_written(command: list[str], count: int = 200) -> tuple[list[str], Counter, Counter]:
    """Random awkward maps written as Argdown by argmap: does the CLI read each? does argmap read each back?"""
    differences, silent = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        same = 0
        for n, amap in enumerate(random_maps(count)):
            text = dumps_argdown(amap)
            (folder / f"random{n:04d}.argdown").write_text(text, encoding="utf-8")
            again = parse_argdown(text).map
            same += len(again) == len(amap) and len(again.links()) == len(amap.links()) and \
                {(s.text, s.title) for s in again.statements()} == {(" ".join(s.text.split()), s.title) for s in amap.statements()} \
                and sum(k.is_undercut for k in again.links()) == sum(k.is_undercut for k in amap.links()) \
                and sum(k.relation == "rephrase" for k in again.links()) == sum(k.relation == "rephrase" for k in amap.links()) \
                and sum(bool(k.also_in) for k in again.links()) == sum(bool(k.also_in) for k in amap.links()) \
                and _linked(again) == _linked(amap, titles=True) \
                and {(s.text, s.comment, s.question) for s in again.statements()} == \
                {(" ".join(s.text.split()), s.comment, s.question) for s in amap.statements()}
        subprocess.run([*command, str(folder / "*.argdown"), str(out)], capture_output=True, timeout=600)
        read = sum(1 for n in range(count) if (out / f"random{n:04d}.json").exists())
    if read < count:
        differences["written file refused by the CLI"] += count - read
        silent["written file refused by the CLI"] += count - read
    if same < count:
        differences["written map reads back different"] += count - same
        silent["written map reads back different"] += count - same
    return ["random awkward maps, written by argmap", str(count), str(read), str(same), str(min(read, same)), "-", "-"], \
        differences, silent


def aif_rows(folder: Path) -> tuple[list[list[str]], Counter, Counter, Counter]:
    rows = [compare_aif(f) for f in sorted(folder.glob("nodeset*.json"))]
    differences, silent, exact = Counter(), Counter(), Counter()
    for c in rows:
        differences.update(c.differences)
        silent.update(c.silent)
        exact.update(c.exact)
    read = [c for c in rows if c.reads]
    kept = sum(c.structure_kept for c in read)
    return [["aif-microtexts (against the file)", str(len(rows)), "-", str(len(read)), str(len(read)),
             str(sum(c.statements_equal for c in read)), str(sum(c.relations_equal for c in read))],
            ["aif-microtexts, written back by argmap (same nodes and edges by type)", str(len(read)), "-", str(len(read)),
             str(kept), "-", "-"]], differences, silent, exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-reference", action="store_true", help=f"write the CLI's reading of the guide to {REFERENCE}")
    args = parser.parse_args()
    command = argdown_json_command()
    header = ["corpus", "files", "read by the Argdown CLI", "read by argmap", "read by both", "statements equal", "relations equal"]
    table = [header, ["---"] * len(header)]
    by_corpus: list[tuple[str, Counter, Counter]] = []
    cells, diff, silent, guide_files = argdown_rows("argdown-guide", CORPORA / "argdown-guide", command,
                                                    REFERENCE if args.save_reference else None)
    table.append(cells)
    by_corpus.append((cells[0], diff, silent))
    cells, diff, silent, _ = argdown_rows("argdown", CORPORA / "argdown", command, None)
    table.append(cells)
    by_corpus.append((cells[0], diff, silent))
    cells, diff, silent = written_back(guide_files, command)
    table.append(cells)
    by_corpus.append((cells[0], diff, silent))
    cells, diff, silent = random_written(command)
    table.append(cells)
    by_corpus.append((cells[0], diff, silent))
    aif_cells, diff, silent, exact = aif_rows(CORPORA / "aif-microtexts")
    table += aif_cells
    by_corpus.append((aif_cells[0][0], diff, silent))
    for row in table:
        print("| " + " | ".join(row) + " |")
    print()
    print("Differences by kind (reported by argmap / silent):")
    for name, diff, silent in by_corpus:
        shown = [f"{kind}: {n} ({n - silent[kind]} reported, {silent[kind]} silent)" for kind, n in sorted(diff.items()) if n]
        print(f"- {name}: " + ("; ".join(shown) if shown else "none"))
    print()
    for name, exact_here in EXACT.items():
        print(f"Read exactly from {name} (no longer flattened): " + ("; ".join(f"{n} {kind}(s)" for kind, n in
                                                                            sorted(exact_here.items())) or "none"))
    print("Read exactly from AIF (no longer flattened): " + ("; ".join(f"{n} {kind}" for kind, n in sorted(exact.items())) or "none"))


if __name__ == "__main__":
    main()
