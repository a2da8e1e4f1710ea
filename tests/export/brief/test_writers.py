"""The brief in Markdown, HTML, DOCX (Word heading styles) and PDF, all from one document."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.export import ExportError
from argmap.export.brief import make_brief, write_brief
from argmap.export.brief.document import Heading
from argmap.export.brief.html import to_html
from argmap.export.brief.markdown import to_markdown
from argmap.io import load
from argmap.model import ArgumentMap

EXAMPLE = Path(__file__).parents[3] / "maps" / "japan-nato-ukraine.json"
SECTIONS = ["Our case", "Blocks: their arguments and our answers", "Prepare an answer", "Speech outline", "Their case"]


def test_every_section_in_order_and_the_title_first() -> None:
    doc = make_brief(load(EXAMPLE), "for")
    assert isinstance(doc[0], Heading) and doc[0].level == 0
    assert [e.text for e in doc if isinstance(e, Heading) and e.level == 1] == SECTIONS


def test_markdown_reads_as_text_and_escapes_what_markdown_would_act_on() -> None:
    m = ArgumentMap("A *starred* map")
    m.add("claim", "Use <b> and # freely_", id="c")
    m.add("objection", "[link](x) is not a link", parent="c", id="o")
    text = to_markdown(make_brief(m, "for"))
    assert text.startswith("# Brief: A \\*starred\\* map\n")
    assert "Use \\<b\\> and \\# freely\\_" in text
    assert "\\[link\\](x)" in text
    assert "## Prepare an answer" in text and "\n\n\n" not in text


def test_html_is_escaped_and_self_contained() -> None:
    m = ArgumentMap("T")
    m.add("claim", "<script>alert(1)</script>", id="c")
    html = to_html(make_brief(m, "against"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "http" not in html  # no remote loads


def test_docx_uses_word_heading_styles(tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "brief.docx"
    write_brief(load(EXAMPLE), out, "for")
    document = Document(str(out))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0][0] == "Title"
    assert [t for s, t in styles if s == "Heading 1"] == SECTIONS
    assert any(s == "Heading 2" and t.startswith("Block 1:") for s, t in styles)
    assert any(s == "Heading 3" and t.startswith("Card:") for s, t in styles)
    assert any(s == "Quote" for s, _ in styles)


def test_pdf_has_pages(tmp_path: Path, qapp) -> None:
    out = tmp_path / "brief.pdf"
    write_brief(load(EXAMPLE), out, "for", minutes=4)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 2


def test_refusals_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"brief\.odt: a brief is written as"):
        write_brief(load(EXAMPLE), tmp_path / "brief.odt")
    with pytest.raises(ExportError, match="does not exist"):
        write_brief(load(EXAMPLE), tmp_path / "no" / "brief.md")


def _word_languages(path: Path) -> tuple[list[str], str]:
    import re
    import zipfile

    with zipfile.ZipFile(path) as docx:
        styles = docx.read("word/styles.xml").decode("utf-8")
        settings = docx.read("word/settings.xml").decode("utf-8")
        core = docx.read("docProps/core.xml").decode("utf-8")
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S)
    assert defaults is not None
    langs = re.findall(r"<w:(?:lang|themeFontLang) [^>]*>", defaults.group() + settings)
    language = re.search(r"<dc:language>([^<]*)</dc:language>", core)
    return langs, language.group(1) if language else ""


def test_docx_is_tagged_with_the_briefs_language(tmp_path: Path, monkeypatch) -> None:
    """Word's spelling and hyphenation and a screen reader's voice follow the text's language tag."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    out = tmp_path / "brief.docx"
    write_brief(load(EXAMPLE), out, "for")
    langs, core = _word_languages(out)
    assert core == "en-GB"
    assert len(langs) == 2 and all('w:val="en-GB"' in lang for lang in langs)


def test_word_language_takes_the_region_of_the_system_locale_when_it_is_that_language() -> None:
    from argmap.export.brief.docx import word_language

    assert word_language("en", {"LANG": "en_GB.UTF-8"}) == "en-GB"
    assert word_language("en", {"LANG": "ja_JP.UTF-8"}) == "en-US"  # a Japanese system writing an English brief
    assert word_language("ja", {"LANG": "C.UTF-8"}) == "ja-JP"
    assert word_language("ja", {"LC_ALL": "ja_JP.eucJP", "LANG": "en_US.UTF-8"}) == "ja-JP"
    assert word_language("en", {"LC_ALL": "de_DE", "LANG": "en_AU.UTF-8"}) == "en-US"  # LC_ALL is in force
    assert word_language("en", {}) == "en-US" and word_language("pt-BR", {}) == "pt-BR"
