"""Write a debate brief (:mod:`argmap.evaluation.brief`) as Markdown, HTML, DOCX or PDF from one document."""

from __future__ import annotations

from pathlib import Path

from argmap.evaluation.brief import build_brief
from argmap.evaluation.speech import DEFAULT_MINUTES, DEFAULT_WPM, speech_outline
from argmap.export.brief.document import Element, brief_document, language_code, tr
from argmap.export.errors import ExportError, said
from argmap.model import ArgumentMap

BRIEF_FORMATS = {".md": "md", ".markdown": "md", ".txt": "md", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}


def brief_format(path: Path) -> str:
    fmt = BRIEF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(path, said("a brief is written as .md, .html, .docx or .pdf: give one of these suffixes"))
    return fmt


def make_brief(amap: ArgumentMap, side: str = "for", *, minutes: float = DEFAULT_MINUTES, wpm: int = DEFAULT_WPM) -> list[Element]:
    """The brief's document for ``side`` of ``amap``, its speech fitted to ``minutes``, in the interface's language."""
    brief = build_brief(amap, side)
    return brief_document(brief, speech_outline(brief, minutes, wpm, say=tr))


def write_brief(
    amap: ArgumentMap, path: str | Path, side: str = "for", *, minutes: float = DEFAULT_MINUTES, wpm: int = DEFAULT_WPM
) -> None:
    """Write the brief of ``side`` to ``path``, its format from the suffix. Raises :class:`ExportError`."""
    from argmap.export.render import check_writable, write_bytes

    path = Path(path)
    fmt = brief_format(path)
    check_writable(path)
    doc = make_brief(amap, side, minutes=minutes, wpm=wpm)
    if fmt == "md":
        from argmap.export.brief.markdown import to_markdown

        write_bytes(path, to_markdown(doc).encode("utf-8"))
    elif fmt == "html":
        from argmap.export.brief.html import to_html

        write_bytes(path, to_html(doc, lang=language_code()).encode("utf-8"))
    else:
        # DOCX and PDF writers write the file themselves: into a neighbour first, so a failure leaves no half file
        temporary = path.with_name(f".{path.name}.part")
        try:
            if fmt == "docx":
                from argmap.export.brief.docx import write_docx

                write_docx(doc, temporary, lang=language_code())
            else:
                from argmap.export.brief.pdf import write_pdf

                write_pdf(doc, temporary)
            if not temporary.is_file() or temporary.stat().st_size == 0:
                raise ExportError(path, said("could not be written"))
            temporary.replace(path)
        except OSError as exc:
            raise ExportError(path, exc.strerror or str(exc)) from None
        finally:
            temporary.unlink(missing_ok=True)
