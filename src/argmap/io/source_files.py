"""The text of a source document on disk: plain text, Markdown, HTML (as saved from a browser) and PDF.

Only text comes out: HTML is read with the standard library's parser (scripts, styles and
the head are dropped; nothing is fetched, nothing runs), PDF with pypdf's text extraction.
The result is what quotes index into (character offsets), so the same file always gives
the same text: line ends are normalised to ``\\n`` and nothing else is rewritten.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from argmap.file_errors import MapFileError

#: Largest source file read (bytes): a long report is a few MiB; a PDF with scans may be more.
MAX_SOURCE_BYTES = 50 * 2**20
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SOURCE_SUFFIXES = (*sorted(TEXT_SUFFIXES), *sorted(HTML_SUFFIXES), ".pdf")


def read_source_text(path: str | Path) -> str:
    """The text of the document at ``path``; :class:`MapFileError` naming the file when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise MapFileError(path, f"cannot read {suffix or 'a file without a suffix'} as a source: use {', '.join(SOURCE_SUFFIXES)}")
    data = _read(path)
    if suffix == ".pdf":
        return _pdf_text(data, path)
    text = _decode(data, path)
    return html_text(text) if suffix in HTML_SUFFIXES else normalise(text)


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise MapFileError(path, f"the file is {size // 2**20} MiB, more than the {MAX_SOURCE_BYTES // 2**20} MiB a source may have")
        with path.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except IsADirectoryError:
        raise MapFileError(path, "is a folder, not a document") from None
    except FileNotFoundError:
        raise MapFileError(path, "no such file") from None
    except OSError as exc:
        raise MapFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise MapFileError(path, f"the file is more than the {MAX_SOURCE_BYTES // 2**20} MiB a source may have")
    return data


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.IGNORECASE)
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    if b"\0" in data[:4096]:
        raise MapFileError(path, "is not a text document (it holds binary data)")
    return data.decode("cp1252", errors="replace")  # an old Windows text file: readable, never refused


class _TextOfHtml(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template", "svg", "iframe", "object"}
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
              "article", "header", "footer", "blockquote", "pre", "hr", "figure", "figcaption", "dt", "dd", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(html: str) -> str:
    """The readable text of an HTML page: paragraphs on lines of their own, no markup, no scripts."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _pdf_text(data: bytes, path: Path) -> str:
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise MapFileError(path, "the PDF is encrypted: save an unprotected copy to quote from it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except MapFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise MapFileError(path, f"cannot read this PDF ({exc})") from None
    # PDF writers place words one by one: the extraction may join them with tabs or runs of spaces
    text = "\n\n".join(re.sub(r"[ \t\u00a0]+", " ", normalise(p)).strip() for p in pages)
    if not text.strip():
        raise MapFileError(path, "the PDF has no text to quote (a scan without OCR?)")
    return text + "\n"
