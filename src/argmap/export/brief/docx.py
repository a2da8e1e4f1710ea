"""A brief as a Word document with Word's own heading styles (its navigation pane shows the structure)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from argmap.export.brief.document import Bullet, Element, Heading, Para, Quote, Run

#: The region Word is given for a language when the system locale names none of its own (Word's proofing tools
#: and screen readers want a tag such as "ja-JP"; its own default is "en-US").
_REGIONS = {"en": "US", "ja": "JP", "zh": "CN", "ko": "KR", "fr": "FR", "de": "DE", "es": "ES", "ar": "SA", "he": "IL"}
#: Languages whose text Word keeps in its East Asian slot, and those it keeps in its complex-script (bidi) slot.
_EAST_ASIAN = {"ja", "zh", "ko"}
_BIDI = {"ar", "he", "fa", "ur"}


def word_language(code: str, environ: Mapping[str, str] | None = None) -> str:
    """The language tag Word wants for the BCP 47 ``code`` ("en", "ja"): with the region of the system locale
    when it is that language (``LANG=en_GB.UTF-8`` gives "en-GB"), else the language's usual one."""
    if environ is None:
        environ = os.environ
    base = code.split("-")[0].lower()
    if "-" in code:
        return code
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        locale = environ.get(name, "").split(".")[0].split("@")[0]
        if locale:
            language, _, region = locale.partition("_")
            if language.lower() == base and region.isalpha() and len(region) == 2:
                return f"{base}-{region.upper()}"
            break  # the first locale variable set is the one in force
    return f"{base}-{_REGIONS[base]}" if base in _REGIONS else base


def _set_language(document, tag: str) -> None:
    """Every run of the document in ``tag``: the default run properties (styles.xml), the theme's font language
    (settings.xml) and the core properties' language; Word's spelling, hyphenation and screen readers follow it."""
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    base = tag.split("-")[0]
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    for element in (properties, document.settings.element):
        name = "w:lang" if element is properties else "w:themeFontLang"
        lang = element.find(qn(name))
        if lang is None and element is not properties:
            continue  # (python-docx's template has one; settings.xml's children have a fixed order)
        if lang is None:
            lang = OxmlElement(name)
            element.append(lang)
        lang.set(qn("w:val"), tag)
        if base in _EAST_ASIAN:
            lang.set(qn("w:eastAsia"), tag)
        if base in _BIDI:
            lang.set(qn("w:bidi"), tag)
    document.core_properties.language = tag


def _add_runs(paragraph, parts: tuple[Run, ...]) -> None:
    for text, style in parts:
        run = paragraph.add_run(text)
        run.bold = style == "b" or None
        run.italic = style == "i" or None


def write_docx(doc: list[Element], path: Path, lang: str = "en") -> None:
    """Write the brief; ``lang`` (a BCP 47 code: the brief's language) tags the text for Word."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _set_language(document, word_language(lang))
    document.core_properties.title = next((e.text for e in doc if isinstance(e, Heading)), "Brief")
    document.styles["Normal"].font.size = Pt(11)
    for e in doc:
        if isinstance(e, Heading):
            document.add_heading(e.text, level=e.level)  # 0 is Word's "Title", 1 to 3 "Heading 1" to "Heading 3"
        elif isinstance(e, Para):
            _add_runs(document.add_paragraph(), e.runs)
        elif isinstance(e, Bullet):
            _add_runs(document.add_paragraph(style="List Bullet" if e.level == 0 else "List Bullet 2"), e.runs)
        elif isinstance(e, Quote):
            document.add_paragraph(e.text, style="Quote")
    document.save(str(path))
