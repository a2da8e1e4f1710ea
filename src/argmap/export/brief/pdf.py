"""A brief as an A4 PDF: the HTML version laid out in pages by Qt's text engine (QTextDocument, QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from argmap.export.brief.document import Element, Heading, language_code
from argmap.export.brief.html import to_html

#: Qt's rich text knows a subset of CSS (no max-width, no borders on blocks): sizes and margins only.
PDF_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 19pt; }
h2 { font-size: 14.5pt; margin-top: 16px; }
h3 { font-size: 12pt; margin-top: 10px; }
h4 { font-size: 10.5pt; margin-top: 6px; }
blockquote { margin-left: 18px; font-style: italic; color: #333333; }
"""


def write_pdf(doc: list[Element], path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from argmap.export.render import ensure_app

    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(next((e.text for e in doc if isinstance(e, Heading)), "Brief"))
    writer.setCreator("argmap")
    text = QTextDocument()
    text.setHtml(to_html(doc, style=PDF_STYLE, lang=language_code()))
    text.print_(writer)
