"""Extract argmap's translatable strings and merge them into the Qt Linguist sources (``make translations``).

    python resources/translations/update.py            # update every argmap_<lang>.ts here
    python resources/translations/update.py fr         # start (or update) argmap_fr.ts

``pyside6-lupdate`` finds ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")``
but not the strings argmap passes through its per-module helpers (``tr`` in ``drawing/theme.py``
and ``gui/dialogs.py``, ``_tr`` and the ``N`` marker in ``gui/actions.py``, ...): it would file
them under no context or the wrong one, and Qt would never find their translations. This
extractor reads the same calls with Python's ``ast`` and knows the helpers: a module-level
function whose body calls ``QCoreApplication.translate("Context", ...)`` gives its calls (and
the module's ``N(...)`` markers, and its importers' calls) that context; a module without Qt
names the context of its ``N(...)`` markers in ``TRANSLATION_CONTEXT``. It writes the same
``.ts`` format as lupdate, keeping every translation already made; strings no longer in the
code are kept as ``vanished``. Qt Linguist (``pyside6-linguist``) edits the files; ``make``
compiles them with ``pyside6-lrelease``.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "src" / "argmap"
MARKERS = {"N"}  # no-op functions that mark a string for the module's own context


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_name(path: Path) -> str:
    return ".".join(("argmap", *path.relative_to(SOURCES).with_suffix("").parts)).removesuffix(".__init__")


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that call QCoreApplication.translate("Context", ...): name -> context."""
    helpers: dict[str, str] = {}
    for node in tree.body:  # a Qt-free module names its context: TRANSLATION_CONTEXT = "Findings"
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "TRANSLATION_CONTEXT" for t in node.targets):
            context = _literal(node.value)
            if context is not None:
                helpers.update(dict.fromkeys(MARKERS, context))
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate":
                    context = _literal(call.args[0]) if call.args else None
                    if context is not None and not isinstance(call.args[1], ast.Constant):
                        helpers[node.name] = context
    if helpers and MARKERS.isdisjoint(helpers):
        contexts = set(helpers.values())
        if len(contexts) == 1:  # the module's markers take its one context
            helpers.update(dict.fromkeys(MARKERS, contexts.pop()))
    return helpers


def extract(sources: Path = SOURCES) -> dict[tuple[str, str, str], Message]:
    """Every translatable string in argmap's code, by (context, source, comment)."""
    trees = {_module_name(p): (p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(sources.rglob("*.py"))}
    own = {name: _helper_contexts(tree) for name, (_, tree) in trees.items()}
    messages: dict[tuple[str, str, str], Message] = {}
    for name, (path, tree) in trees.items():
        helpers = dict(own[name])
        for node in ast.walk(tree):  # helpers imported from another argmap module keep their context
            if isinstance(node, ast.ImportFrom) and node.module in own:
                for alias in node.names:
                    if alias.name in own[node.module]:
                        helpers[alias.asname or alias.name] = own[node.module][alias.name]
        _Visitor(path.relative_to(ROOT).as_posix(), helpers, messages).visit(tree)
    if sources == SOURCES:
        _catalogue(messages)
    return messages


def _catalogue(messages: dict) -> None:
    """The scheme catalogue's texts (shown by gui/schemes_panel.py through ``catalogue_text``), context "Schemes"."""
    import json

    path = ROOT / "resources" / "schemes.json"
    if not path.exists():
        return
    for entry in json.loads(path.read_text(encoding="utf-8"))["schemes"]:
        texts = [entry["name"], *(p["role"].replace("_", " ") for p in entry["premises"]),
                 *(p["text"] for p in entry["premises"]), entry["conclusion"], *(q["text"] for q in entry["critical_questions"])]
        for text in texts:
            message = messages.setdefault(("Schemes", text, ""), Message("Schemes", text))
            message.locations.append(("resources/schemes.json", 0))


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str, helpers: dict[str, str], messages: dict) -> None:
        self.filename, self.helpers, self.messages = filename, helpers, messages
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id in self.helpers and args:
            self._add(self.helpers[func.id], _literal(args[0]), _literal(args[1]) if len(args) > 1 else None, node)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) and args:
            if func.value.id == "self" and self.classes:  # Qt's context is the object's class
                self._add(self.classes[-1], _literal(args[0]), _literal(args[1]) if len(args) > 1 else None, node)
        elif isinstance(func, (ast.Attribute, ast.Name)) and len(args) >= 2:
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            if name in ("translate", "QT_TRANSLATE_NOOP"):
                self._add(_literal(args[0]), _literal(args[1]), _literal(args[2]) if len(args) > 2 else None, node)
        self.generic_visit(node)

    def _add(self, context: str | None, source: str | None, comment: str | None, node: ast.Call) -> None:
        if context is None or not source:
            return
        message = self.messages.setdefault((context, source, comment or ""), Message(context, source, comment or ""))
        message.numerus = message.numerus or "%n" in source
        message.locations.append((self.filename, node.lineno))


# ---------------------------------------------------------------- .ts files
def read_ts(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The <translation> element of every message in a .ts file, by (context, source, comment)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = translation
    return found


def is_finished(translation: ET.Element | None) -> bool:
    """Translated and not marked unfinished (or vanished/obsolete)."""
    if translation is None or translation.get("type"):
        return False
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def write_ts(path: Path, language: str, messages: dict[tuple[str, str, str], Message]) -> tuple[int, int]:
    """Write ``path`` with ``messages``, keeping known translations; (finished, unfinished) counts."""
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    done = todo = 0
    keys = sorted(set(messages) | set(old))
    for key in keys:
        context, source, comment = key
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = messages.get(key)
        element = ET.SubElement(contexts[context], "message")
        if message is not None and message.numerus:
            element.set("numerus", "yes")
        # files only, no line numbers: a line moved elsewhere in the code then changes nothing here (fewer merge conflicts)
        for filename in dict.fromkeys(f for f, _ in (message.locations if message else [])):
            ET.SubElement(element, "location", filename=f"../../{filename}")
        ET.SubElement(element, "source").text = source
        if comment:
            ET.SubElement(element, "comment").text = comment
        translation = old.get(key)
        if translation is None:
            translation = ET.Element("translation", type="unfinished")
            if message is not None and message.numerus:
                ET.SubElement(translation, "numerusform")
        elif message is None:
            translation.set("type", "vanished")
        elif translation.get("type") == "vanished":
            del translation.attrib["type"]
        element.append(translation)
        if message is not None:
            done, todo = (done + 1, todo) if is_finished(translation) else (done, todo + 1)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, todo


def main(argv: list[str]) -> int:
    languages = argv or sorted(p.stem.removeprefix("argmap_") for p in HERE.glob("argmap_*.ts"))
    messages = extract()
    for language in languages:
        done, todo = write_ts(HERE / f"argmap_{language}.ts", language, messages)
        print(f"argmap_{language}.ts: {len(messages)} strings, {done} translated, {todo} to do")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
