"""Inputs for the fuzzing: hypothesis strategies per format, and mutations of real files.

Every input is ``(fmt, data, how)``: the format it is read as (a reader name of
``argmap.io.formats.READERS``, or ``"detect"`` to let the suffix-less detection choose), its bytes,
and a short description for the report.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"  # beside the repository on the build machine; skipped when absent

# ------------------------------------------------------------------ text pieces that mean something somewhere
ODD = ['"', "'", "\\", "\x00", "\x01", "\x1b[2J", "\r", "\r\n", "\t", "\u2028", "\ufeff", "\ufffe", "\ud7ff",
       "😀", "עברית", "é", " ", "  ", "\n", "", "a", "word", "1", "-1", "1e999", "NaN", "null", "true"]
ARGDOWN = ["[", "]", "<", ">", "[A]", "<A>", "[A]:", "<A>:", "<+", "<-", "+>", "->", "<_", "_>", "><", "- ", "+ ",
           "* ", "1. ", "#", "#tag", "#(a b)", "*", "**", "_", "__", "](", "[a](b)", "{", "}", "{a: 1}",
           "{isInMap: false}", "@include", ".A.", "//", "/*", "*/", "<!--", "-->", "===", "---", "--", "title: ",
           "title: >", "description: ", "(1)", "(2)", "----", "-- Modus Ponens --", "\n  ", "\n    ", "\n\n"]
KIALO = ["Discussion Title: ", "1.", "1.1.", "1.1.1.", "1.2.", "2.", "Pro: ", "Con: ", "-> See 1.1.", "-> See 9.",
         "\n", "\n\n", " ", "Thesis", "\\"]
XML = ["<", ">", "</", "/>", "<?xml version='1.0'?>", "<!DOCTYPE g [<!ENTITY e 'x'>]>", "&e;", "&amp;", "&#0;",
       "&#x1F600;", "<![CDATA[", "]]>", "<!--", "-->", 'xmlns="http://graphml.graphdrawing.org/xmlns"']
GRAPHML_TYPES = ["string", "double", "float", "int", "long", "boolean", "junk", ""]
AIF_TYPES = ["I", "RA", "CA", "MA", "PA", "L", "TA", "YA", "TA ", "i", "", "XX"]
KINDS = ["claim", "support", "objection", "rebuttal", "evidence", "Claim", "", "x"]

piece = st.sampled_from(ODD)
text = st.lists(st.one_of(piece, st.text(max_size=8)), max_size=12).map("".join)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), text)
json_any = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                        max_leaves=12)
ids = st.one_of(st.sampled_from(["1", "2", "3", "a", "b", "", " "]), st.integers(-3, 5), text)


def _repeat(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Now and then a piece repeated thousands of times: where a quadratic scan would show."""
    return st.one_of(strategy, st.tuples(strategy, st.integers(100, 50_000)).map(lambda t: t[0] * t[1]))


argdown_line = st.tuples(st.sampled_from(["", "  ", "    ", "\t", "      "]),
                         st.lists(_repeat(st.sampled_from(ARGDOWN + ODD)), max_size=10).map("".join))
argdown = st.lists(argdown_line.map("".join), max_size=30).map("\n".join)
kialo = st.lists(st.lists(_repeat(st.sampled_from(KIALO + ODD)), max_size=6).map("".join), max_size=30).map("\n".join)


@st.composite
def aif(draw) -> str:
    nodes = draw(st.lists(st.fixed_dictionaries(
        {"nodeID": ids, "type": st.sampled_from(AIF_TYPES), "text": _repeat(text)},
        optional={"x": json_scalar, "scheme": text, "timestamp": text}), max_size=12))
    edges = draw(st.lists(st.fixed_dictionaries({"edgeID": ids, "fromID": ids, "toID": ids}), max_size=14))
    doc: dict[str, object] = {"nodes": nodes, "edges": edges}
    if draw(st.booleans()):
        doc["locutions"] = draw(st.lists(json_any, max_size=3))
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["title", "description", "extra"]))] = draw(json_any)
    if draw(st.booleans()):
        doc = {"AIF": doc, "OVA": draw(json_any)}
    return json.dumps(doc, ensure_ascii=draw(st.booleans()))


@st.composite
def graphml(draw) -> str:
    keys = draw(st.lists(st.tuples(st.sampled_from(["d0", "d1", "d2", "t", "k"]), st.sampled_from(["node", "edge", "graph", "all", "x"]),
                                   st.sampled_from(["text", "kind", "label", "name", "score", "tags", "sources", "title", "relation",
                                                    "group", "pinned_x", "collapsed", "argmap_escapes", "layout"]),
                                   st.sampled_from(GRAPHML_TYPES)), max_size=6))
    out = [draw(st.sampled_from(["", "<?xml version='1.0' encoding='UTF-8'?>", "<?xml version='1.0' encoding='latin-1'?>"])),
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'<key id="{k}" for="{f}" attr.name="{n}" attr.type="{t}"/>' for k, f, n, t in keys]
    out.append(f'<graph edgedefault="{draw(st.sampled_from(["directed", "undirected", "x"]))}">')
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(st.sampled_from(["node", "edge", "data", "hyperedge", "port"]))
        attrs = " ".join(f'{a}="{draw(st.sampled_from(["a", "b", "c", "d0", "", "&amp;", "&#1;"]))}"'
                         for a in draw(st.lists(st.sampled_from(["id", "source", "target", "key"]), max_size=3, unique=True)))
        body = draw(_repeat(st.sampled_from(XML + ODD + ["x"])))
        out.append(f"<{tag} {attrs}>{body}</{tag}>")
    out.append(draw(st.sampled_from(["</graph></graphml>", "</graph>", "", "</graphml>"])))
    return "".join(out)


@st.composite
def argmap_json(draw) -> str:
    node = st.fixed_dictionaries({"id": ids, "kind": st.sampled_from(KINDS), "text": _repeat(text)},
                                 optional={"notes": text, "tags": st.lists(text, max_size=3), "score": json_scalar,
                                           "pinned": st.lists(json_scalar, max_size=3), "collapsed": json_scalar,
                                           "sources": st.lists(json_any, max_size=2), "title": json_scalar})
    edge = st.fixed_dictionaries({"source": ids, "target": ids, "relation": st.sampled_from(["support", "attack", "x"])},
                                 optional={"group": json_scalar})
    doc = {"schema_version": draw(st.sampled_from([1, 2, 3, 0, "1", None])), "title": draw(text),
           "nodes": draw(st.lists(node, max_size=10)), "edges": draw(st.lists(edge, max_size=10))}
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["view", "layout", "description", "extra"]))] = draw(json_any)
    return json.dumps(doc, ensure_ascii=draw(st.booleans()))


STRATEGIES: dict[str, st.SearchStrategy[str]] = {
    "argdown": argdown, "kialo": kialo, "aif": aif(), "graphml": graphml(), "argmap": argmap_json(),
}
#: Raw bytes, read as every format: invalid UTF-8, NUL, anything.
RAW = st.binary(max_size=2000)


# ------------------------------------------------------------------ real files and their mutations
def readable_formats() -> list[str]:
    from argmap.io.formats import READERS

    return list(READERS)


def suffix(fmt: str) -> str:
    """The file suffix an input of ``fmt`` is written with (none for ``detect``: the content tells)."""
    from argmap.io.formats import FORMATS

    return FORMATS[fmt].suffixes[0] if fmt in FORMATS else ""


SUFFIX_FORMAT = {".argdown": "argdown", ".graphml": "graphml"}  # anything else: told by its content


def seed_files() -> list[tuple[str, bytes, str]]:
    """(format, bytes, name) of real files: the repository's maps, the shared corpora, and argmap's own exports of its maps."""
    from argmap.io import load
    from argmap.io.formats import WRITERS

    seeds: list[tuple[str, bytes, str]] = []
    for path in sorted((ROOT / "maps").glob("*.json")):
        seeds.append(("argmap", path.read_bytes(), path.name))
        amap = load(path)
        for fmt in readable_formats():  # every format argmap both writes and reads (new ones included)
            if fmt in WRITERS and fmt != "argmap":
                seeds.append((fmt, WRITERS[fmt](amap).encode("utf-8"), f"{path.stem} as {fmt}"))
    if CORPORA.is_dir():
        for path in sorted(CORPORA.rglob("*")):
            if not path.is_file() or path.name in ("LICENSE", "README.md") or path.stat().st_size > 2_000_000:
                continue
            if path.suffix == ".json":
                fmt = "aif" if path.parent.name == "aif-microtexts" and path.stem.startswith("nodeset") else "detect"
            else:
                fmt = SUFFIX_FORMAT.get(path.suffix, "detect")
            seeds.append((fmt, path.read_bytes(), str(path.relative_to(CORPORA))))
    return seeds


TOKENS = {"argdown": ARGDOWN, "kialo": KIALO, "graphml": XML, "aif": ['{', '}', '[', ']', '"', ':', ',', '"nodeID"', '"type"',
          '"RA"', '"CA"', '1e999', '-0', 'null', '"\\ud800"'], "argmap": ['{', '}', '[', ']', '"', ':', ',', '"id"', '"kind"',
          '"source"', '"target"', '1e999', 'null', '"\\ud800"', '"\\u0000"'], "detect": ODD}


def mutations(seeds: list[tuple[str, bytes, str]], rng: random.Random) -> Iterator[tuple[str, bytes, str]]:
    """Endless mutations of the seed files, each read as its own format (now and then as another)."""
    formats = [*readable_formats(), "detect"]
    while True:
        fmt, data, name = rng.choice(seeds)
        how, out = _mutate(fmt, data, rng, seeds)
        if rng.random() < 0.1:
            fmt = rng.choice(formats)
            how += f", read as {fmt}"
        yield fmt, out, f"{name}: {how}"


def _mutate(fmt: str, data: bytes, rng: random.Random, seeds: list[tuple[str, bytes, str]]) -> tuple[str, bytes]:
    n = len(data)
    at = rng.randrange(n + 1)
    kind = rng.randrange(11)
    if kind == 0:
        out = bytearray(data)
        for _ in range(rng.randint(1, 10)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return "flipped bytes", bytes(out)
    if kind == 1:
        return "cut a slice", data[:at] + data[at + rng.randint(1, max(1, n // 4)):]
    if kind == 2:
        end = min(n, at + rng.randint(1, 200))
        return "repeated a slice", data[:at] + data[at:end] * rng.randint(2, 2000) + data[end:]
    if kind == 3:
        token = rng.choice(TOKENS.get(fmt, ODD)).encode("utf-8")
        return f"inserted {token[:20]!r}", data[:at] + token * rng.choice([1, 1, 3, 1000, 20_000]) + data[at:]
    if kind == 4:
        _, other, _ = rng.choice(seeds)
        return "spliced with another file", data[:at] + other[rng.randrange(len(other) + 1):]
    if kind == 5:
        return "truncated", data[:at]
    if kind == 6:
        lines = data.split(b"\n")
        i = rng.randrange(len(lines))
        lines[i:i + 1] = [lines[i]] * rng.randint(2, 5000)
        return "repeated a line", b"\n".join(lines)
    if kind == 7:
        depth = rng.choice([100, 1000, 5000, 50_000])
        opener, closer = rng.choice([(b"[", b"]"), (b"{\"a\":", b"}"), (b"<a>", b"</a>"), (b"  ", b""), (b"<+ ", b"")])
        return f"nested {depth} deep", data[:at] + opener * depth + closer * depth + data[at:]
    if kind == 8:
        bad = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf", b"\r", b"\r\n"])
        return f"inserted bytes {bad!r}", data[:at] + bad * rng.randint(1, 5) + data[at:]
    if kind == 9:
        number = rng.choice([b"1e999", b"-1", b"NaN", b"99999999999999999999999", b"0.5", b"-0", b"1" * 5000])
        digits = [i for i in range(min(n, 200_000)) if 48 <= data[i] <= 57]
        if not digits:
            return "unchanged", data
        i = rng.choice(digits)
        return f"number -> {number[:20]!r}", data[:i] + number + data[i + 1:]
    return "line ends as CR", data.replace(b"\n", b"\r")
