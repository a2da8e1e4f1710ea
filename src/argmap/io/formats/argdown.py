"""Argdown <-> ArgumentMap.

Reading (see docs/formats.md for the full table):
- each statement title (equivalence class) is one statement whose id and title are the Argdown title;
  untitled statements are numbered "Untitled N" in the order Argdown numbers them;
- an argument without a premise-conclusion structure is one statement (its description);
- an argument WITH a premise-conclusion structure is represented by its main conclusion:
  its premises support the conclusion as one linked group (one group per inference step),
  relations to or from the argument attach to the conclusion, and the argument's title and
  description go into the conclusion's notes;
- an undercut (``_>``, ``<_``, or an attack hung on an inference line) becomes an undercut link: an
  attack on the inference of that step (or of the undercut argument's last step, or of the one
  support/attack an argument without a structure gives); where there is no such inference, an
  attack on the undercut argument, with a note. Contradictions become an attack of the lower
  statement on the upper one (with a note);
- untitled paragraphs that take part in no relation (prose between the debate) become the
  map's description, as Argdown's own map leaves them out;
- ``{kind: ..., score: ...}`` data (what the writer emits) sets kind and score; other YAML
  data is not imported (a note each).

Writing (:mod:`argmap.io.formats.argdown_write`): one tree per main claim with nested ``+``/``-``
lines, Argdown titles from the statement titles (or ids), cross-links as references, linked
supports as premise-conclusion structures. ``make fidelity`` compares both ways with the Argdown CLI.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from argmap.file_errors import MapFileError
from argmap.io.formats import strip_suffix
from argmap.io.formats.argdown_include import expand_includes
from argmap.io.formats.argdown_links import (
    REPHRASES_DATA,
    UNDERCUTS_DATA,
    Inference,
    add_rephrases,
    add_undercut,
    link_step,
    linked_attack,
    strings,
    undercut_by_data,
    undercut_target,
)
from argmap.io.formats.argdown_parse import Element, Outline, parse_outline, unprotect
from argmap.io.formats.argdown_write import LINKED_ATTACK
from argmap.io.formats.common import ImportResult, checked_text, clip, connect_or_note, infer_kinds, map_text, unique_id
from argmap.model.errors import MapError
from argmap.model.kinds import Kind
from argmap.model.statement import MAX_GROUP, MAX_TEXT, MAX_TITLE

_KIND_DATA = re.compile(r"\bkind\s*:\s*[\"']?(\w+)")
_SCORE_DATA = re.compile(r"\bscore\s*:\s*([0-9.]+)")
_TITLE_DATA = re.compile(r'\btitle\s*:\s*("(?:[^"\\]|\\.)*")\s*,?')
_SCHEME_DATA = re.compile(r'\bscheme\s*:\s*("(?:[^"\\]|\\.)*"|[\w-]+)\s*,?')


@dataclass
class _Class:
    """Everything said about one title: all its texts, tags and data."""

    title: str
    line: int
    titled: bool
    is_argument: bool
    texts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    data: list[tuple[int, str]] = field(default_factory=list)
    only_top_level: bool = True
    empty: bool = False  # written as "[T]:" with nothing after: an empty text, not the title


@dataclass
class ArgdownReading:
    """An import and where each Argdown statement (``("s", title)``) or argument (``("a", title)``) went."""

    result: ImportResult
    node_of: dict[tuple[str, str], str]


def parse_argdown(data: bytes | str, path: str | Path | None = None) -> ImportResult:
    return read_argdown(data, path).result


def read_argdown(data: bytes | str, path: str | Path | None = None) -> ArgdownReading:
    """Read Argdown; the node map lets a comparison with the Argdown tool's own reading match the two."""
    from argmap.model import ArgumentMap

    included: list[str] = []
    outline = parse_outline(expand_includes(checked_text(data, path), path, included), path)
    skipped: list[str] = included + list(outline.notes)
    classes = _classes(outline)
    structure_of = {}
    for structure in outline.structures:
        if structure.argument is not None:
            if structure.argument.title in structure_of:
                skipped.append(f"line {structure.line}: argument <{structure.argument.title}> is reconstructed twice; the last one is used")
            structure_of[structure.argument.title] = structure

    used = {_key(e) for r in outline.relations for e in (r.source, r.target)}
    used |= {_key(e) for s in outline.structures for e in s.items}
    prose = [c for k, c in classes.items() if not c.titled and not c.is_argument and c.only_top_level and k not in used]
    if len(prose) == len(classes):  # a file of untitled statements only: they are the map, not its description
        prose = []
    prose_keys = {("s", c.title) for c in prose}

    title = outline.title or outline.heading or (strip_suffix(path) if path else "Argdown import")
    described = [outline.description] if outline.description else []
    description = "\n\n".join(described + [c.texts[0] for c in prose if c.texts])
    amap = ArgumentMap(title=map_text("title", title or "Argdown import", skipped),
                       description=map_text("description", description, skipped))
    if prose:
        skipped.append(f"{len(prose)} untitled paragraph(s) with no relations became the map description")

    node_of: dict[tuple[str, str], str] = {}
    keep: set[str] = set()  # statements whose kind the file states
    schemes: dict[str, str] = {}  # statement id -> the scheme of the reason it gives
    rephrases: dict[str, list[str]] = {}  # statement id -> the titles of the statements it restates
    statement_titles = {c.title for c in classes.values() if not c.is_argument}
    linked_attacks = {key for key, cls in classes.items()
                      if any(take_strings(data, ("argmap",))[1].get("argmap") == LINKED_ATTACK for _, data in cls.data)}
    for key, cls in classes.items():
        if key in prose_keys or (cls.is_argument and cls.title in structure_of):
            continue
        node_id = cls.title[:200] if not cls.is_argument or cls.title not in statement_titles else None
        node_id = unique_id(cls.title, amap) if node_id is None or node_id in amap else node_id
        node_of[key] = node_id
        if _add(amap, node_id, cls, skipped, path, outline.id_titles, schemes, rephrases):
            keep.add(node_id)
    for name, structure in structure_of.items():
        conclusion_id = node_of[_key(structure.steps[-1][1])]
        node_of[("a", name)] = conclusion_id
        if structure.argument is not None and structure.argument.anonymous:
            continue  # nothing was said about it
        argument = classes.get(("a", name))
        skipped += [f"line {line}: the data {clip(data, 40)} is not imported" for line, data in (argument.data if argument else [])]
        about = f"Argument <{name}>" + (f": {argument.texts[0]}" if argument and argument.texts else "")
        old = amap.statement(conclusion_id)
        tags = tuple(dict.fromkeys(old.tags + tuple(argument.tags if argument else ())))
        amap.update(conclusion_id, notes=(old.notes + "\n\n" + about).strip(), tags=tags)

    inferences: dict[tuple[int, int], Inference] = {}  # (structure, step) -> how that step's inference is held
    for structure in outline.structures:
        for index, (premises, conclusion) in enumerate(structure.steps):
            held = link_step(amap, [node_of[_key(p)] for p in premises], node_of[_key(conclusion)], structure.line, skipped)
            if held is not None:
                inferences[(id(structure), index)] = held
            rule = structure.step_rules[index] if index < len(structure.step_rules) else ""
            if rule:  # the inference rule names how the premises support the conclusion: kept in its notes
                old = amap.statement(node_of[_key(conclusion)])
                amap.update(old.id, notes=(old.notes + "\n\nInference rule: " + rule[:1000]).strip())
    if outline.headings:
        skipped.append(f"{outline.headings} heading(s) not imported: argmap has no sections (Argdown groups statements by them)")
    merged = {node_of[("a", n)] for n in structure_of}
    for relation in outline.relations:
        if relation.kind != "undercut":
            _relate(amap, relation, node_of, merged, skipped)
    for relation in outline.relations:  # after the rest: an undercut attacks a link that must be there
        if relation.kind == "undercut":
            held = undercut_target(amap, relation, node_of, structure_of, inferences, _key)
            source = node_of.get(_key(relation.source))
            if held is None or source is None:
                _relate(amap, relation, node_of, set(), skipped)
            else:
                add_undercut(amap, source, held, relation.line, skipped)
        elif relation.source.data:
            undercut_by_data(amap, relation, node_of, _key, skipped)
    for structure in structure_of.values():  # argmap's linked objections: their premises attack as one reason
        if len(structure.steps) == 1 and _key(structure.steps[0][1]) in linked_attacks:
            linked_attack(amap, node_of[_key(structure.steps[0][1])], inferences.get((id(structure), 0)),
                          structure.line, skipped)
    add_rephrases(amap, rephrases, node_of, skipped)
    for node_id, scheme in schemes.items():
        parents = amap.parents(node_id) if node_id in amap else []
        if parents and amap.link(node_id, parents[0]).relation == "support":
            amap.update_link(node_id, parents[0], scheme=scheme)
        else:
            skipped.append(f"the scheme {clip(scheme, 40)!r} of {node_id!r} is not imported: it supports nothing")
    infer_kinds(amap, keep=keep)
    if not len(amap):
        skipped.append("no statements found: the map is empty")
    return ArgdownReading(ImportResult(amap, skipped), node_of)


def _key(element: Element) -> tuple[str, str]:
    return ("a" if element.is_argument else "s", element.title)


def _classes(outline: Outline) -> dict[tuple[str, str], _Class]:
    classes: dict[tuple[str, str], _Class] = {}
    taken = {e.title for e in outline.elements if e.titled}  # a written [Untitled 3] must not swallow a paragraph
    untitled = 0
    for element in outline.elements:
        if not element.titled:
            untitled += 1
            while f"Untitled {untitled}" in taken or f"Untitled argument {untitled}" in taken:
                untitled += 1
            element.title = f"Untitled {untitled}"  # as Argdown names them, arguments and statements alike
        key = _key(element)
        cls = classes.get(key)
        if cls is None:
            cls = classes[key] = _Class(element.title, element.line, element.titled, element.is_argument)
        if element.text and element.text not in cls.texts:
            cls.texts.append(element.text)
        cls.empty = cls.empty or (element.defined and not element.text)
        cls.tags += [t for t in element.tags if t not in cls.tags]
        if element.data:
            cls.data.append((element.line, element.data))
        cls.only_top_level = cls.only_top_level and element.top_level
    return classes


def _add(amap, node_id: str, cls: _Class, skipped: list[str], path, id_titles: set[str],
         schemes: dict[str, str] | None = None, rephrases: dict[str, list[str]] | None = None) -> bool:
    """Add the statement; True when its data gave its kind."""
    text = cls.texts[0] if cls.texts else "" if cls.empty else cls.title
    notes = "Also stated as: " + " / ".join(cls.texts[1:]) if len(cls.texts) > 1 else ""
    kind, score, explicit = Kind.CLAIM, 0.5, False
    # The Argdown title is the statement's title, unless argmap wrote it for a statement that has none
    title = cls.title if cls.titled and cls.title not in id_titles else ""
    comment = question = ""
    for line, raw in cls.data:
        data, said = take_strings(raw, ("comment", "question", "argmap"))
        if said.get("argmap", LINKED_ATTACK) != LINKED_ATTACK:  # argmap's own mark: only this one is known
            skipped.append(f"line {line}: the data {clip(raw, 40)} is not imported")
        comment, question = said.get("comment", comment), said.get("question", question)
        given = _TITLE_DATA.search(data)
        if given:  # {title: "..."}: argmap's writer says the title where the Argdown title could not hold it
            with contextlib.suppress(ValueError):
                title = json.loads(unprotect(given.group(1)))
            data = data[: given.start()] + data[given.end() :]
        scheme = _SCHEME_DATA.search(data)
        if scheme:  # {scheme: ...}: the argument scheme of the reason this statement gives (argmap's writer)
            name = scheme.group(1)
            with contextlib.suppress(ValueError):
                name = json.loads(unprotect(name)) if name.startswith('"') else name
            if schemes is not None and isinstance(name, str) and name.strip():
                schemes[node_id] = name.strip()[:200]
            data = data[: scheme.start()] + data[scheme.end() :]
        restated = REPHRASES_DATA.search(data)
        if restated:  # {rephrases: ["T"]}: argmap's writer says what this statement restates (Argdown has no rephrase)
            if rephrases is not None:
                rephrases.setdefault(node_id, []).extend(strings(restated.group(1)))
            data = data[: restated.start()] + data[restated.end() :]
        undercut = UNDERCUTS_DATA.search(data)
        if undercut:  # {undercuts: "S"}: read with the relation it is written on
            data = data[: undercut.start()] + data[undercut.end() :]
        kind_match, score_match = _KIND_DATA.search(data), _SCORE_DATA.search(data)
        if kind_match and kind_match.group(1) in Kind.__members__.values():
            kind, explicit = Kind(kind_match.group(1)), True
        if score_match:
            with contextlib.suppress(ValueError):
                score = min(1.0, max(0.0, float(score_match.group(1))))
        known = kind_match or score_match or given or scheme or restated or undercut or said
        if not known or re.sub(r"\b(kind|score)\s*:[^,}]*", "", data).strip("{}, "):
            skipped.append(f"line {line}: the data {clip(raw, 40)} is not imported")
    if len(text) > MAX_TEXT:
        raise MapFileError(path, f"the text is longer than {MAX_TEXT} characters", f"line {cls.line}")
    if cls.is_argument:  # the box shows the description; keep the argument's name where a reader finds it
        notes = f"Argument <{cls.title}>" + (f"\n\n{notes}" if notes else "")
    if len(title) > MAX_TITLE:
        skipped.append(f"line {cls.line}: the title {clip(title, 40)!r} is longer than {MAX_TITLE} characters; it is cut")
        title = title[:MAX_TITLE]
    try:
        amap.add(kind, text, id=node_id, notes=notes, tags=tuple(cls.tags[:1000]), score=score, title=title,
                 comment=comment[:MAX_TEXT], question=question if len(question) <= MAX_GROUP else "")
    except MapError as exc:  # e.g. a tag longer than a map allows
        raise MapFileError(path, str(exc), f"line {cls.line}") from None
    return explicit


def take_strings(data: str, keys: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """Take the fields ``keys`` whose values are JSON strings out of a ``{data}`` block (argmap's writer puts a
    comment and a critical question there): the rest of the block, and the values found.

    The block is walked field by field, so a key's name inside another field's string is not taken for it.
    """
    found: dict[str, str] = {}
    kept: list[str] = []
    i, n = 0, len(data)
    while i < n:
        field = _DATA_FIELD.match(data, i)
        if field is None:
            kept.append(data[i])
            i += 1
            continue
        end = _value_end(data, field.end())
        if field.group(1) in keys and data.startswith('"', field.end()):
            with contextlib.suppress(ValueError):
                value = json.loads(unprotect(data[field.end() : end]))
                if isinstance(value, str):
                    found[field.group(1)] = value
                    i = end
                    continue
        kept.append(data[i:end])
        i = end
    return "".join(kept), found


_DATA_FIELD = re.compile(r"(?<![\w-])([\w-]+)\s*:\s*")


def _value_end(data: str, i: int) -> int:
    """Where the value starting at ``i`` ends: after its closing quote or bracket, else at the next "," or "}"."""
    depth, quoted = 0, False
    for j in range(i, len(data)):
        c = data[j]
        if quoted:
            quoted = c != '"'
        elif c == '"':
            quoted = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            if depth == 0:
                return j
            depth -= 1
        elif c == "," and depth == 0:
            return j
    return len(data)


def _relate(amap, relation, node_of, merged: set[str], skipped: list[str]) -> None:
    source, target = node_of.get(_key(relation.source)), node_of.get(_key(relation.target))
    where = f"line {relation.line}"
    if source is None or target is None:
        skipped.append(f"{where}: a relation with an untitled paragraph is not imported")
        return
    kind = relation.kind
    if kind == "undercut":  # one argmap cannot hold (see _undercut_target): an attack on what it undercuts
        skipped.append(f"{where}: the undercut of '{clip(target, 30)}' is imported as an attack on it (it gives no "
                       "single reason whose inference could be attacked)")
        kind = "attack"
    elif kind == "contradiction":
        skipped.append(f"{where}: the contradiction between '{clip(source, 30)}' and '{clip(target, 30)}' is imported as an attack")
        kind = "attack"
    if source == target:
        if not (kind == "support" and source in merged):  # "[C] + <A>" where A concludes C says nothing new
            skipped.append(f"{where}: '{clip(source, 30)}' cannot {kind} itself; not imported")
        return
    connect_or_note(amap, source, target, kind, skipped, where, shown=lambda title: f"'{clip(title, 30)}'")

