"""A brief as a Word document with Word's own heading styles (its navigation pane shows the structure)."""

from __future__ import annotations

from pathlib import Path

from argmap.export.brief.document import Bullet, Element, Heading, Para, Quote, Run


def _add_runs(paragraph, parts: tuple[Run, ...]) -> None:
    for text, style in parts:
        run = paragraph.add_run(text)
        run.bold = style == "b" or None
        run.italic = style == "i" or None


def write_docx(doc: list[Element], path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
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
