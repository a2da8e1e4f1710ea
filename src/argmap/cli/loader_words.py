"""The loader's messages in the language the command line speaks.

The loader (``io/``, no Qt) words its problems in English, with the values in them (a statement id, a
byte offset). Each wording is a template here, ``%1``, ``%2``... for the values, marked for translation
in the context ``Loader``: :func:`said` finds the template a message was made from, translates it and
puts the values back. A message made from no template here is said as the loader worded it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

TRANSLATION_CONTEXT = "Loader"


def N(text: str) -> str:  # marks a template for translation (docs/translating.md); see said()
    return text


TEMPLATES = (
    N("is a folder, not a map file"), N("no such file"), N("is a loop of symbolic links"), N("cannot be read (%1)"),
    N("the file is %1 MiB, more than the %2 MiB a map may have"), N("the file is more than the %1 MiB a map may have"),
    N("is not UTF-8 text (bad byte at offset %1)"), N("the file is empty"), N("invalid JSON: %1"),
    N("invalid map: the JSON is nested far too deep"), N("cannot be saved (%1)"),
    N("duplicate statement id %1 (first used at %2)"), N("duplicate source id %1 (first used at %2)"),
    N("link to a missing statement %1"), N("statement %1 cannot support or attack itself"),
    N("%1 is already linked to %2 (at %3)"), N("linked reason %1 into %2 mixes support and attack"),
    N("the top level must be a JSON object"), N("missing schema_version: is this an argmap map?"),
    N("schema_version must be a whole number, not %1"), N("schema_version %1 is not a known version"),
    N("written by a newer argmap (schema_version %1); this version reads up to %2. Please update argmap."),
    N("unknown field (not part of the argmap format)"), N("required field is missing"),
    N("%1 (and %2 more problem)"), N("%1 (and %2 more problems)"),
    # places
    N("line %1, column %2"), N("line %1"), N("%1 (statement %2)"),
)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each template as a regular expression that matches the messages made from it (longest first)."""
    out = []
    for template in sorted(TEMPLATES, key=len, reverse=True):
        parts = re.split(r"%([1-9])", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<v{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(regex + r"\Z", re.S), template))
    return out


def said(text: str, translate: Callable[[str], str], depth: int = 0) -> str:
    """``text`` (a reason or a place of a loader's message) in the language ``translate`` speaks; a value that is
    itself a message ("%1 (and 2 more problems)") is said too."""
    for pattern, template in _patterns():
        found = pattern.match(text)
        if found is not None:
            values = {k: said(v, translate, depth + 1) if depth < 2 else v for k, v in found.groupdict().items()}
            return _filled(translate(template), values)
    return text


def _filled(template: str, values: dict[str, str]) -> str:
    """``%1``... of a translated template replaced by the values found, in one pass."""
    return re.sub(r"%([1-9])", lambda m: values.get(f"v{m.group(1)}", m.group(0)), template)
