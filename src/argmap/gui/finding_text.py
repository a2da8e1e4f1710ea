"""A finding's sentence in the interface's language: the Findings dock and ``argmap check`` say it alike.

The evaluation words each finding in English and keeps its template (marked for translation
under "Findings") and its arguments; this says the template translated, a quoted statement in
the language's quotation marks (「…」) and a kind word or a scheme's name translated. Qt's
translators only (no widgets), so that the command line can use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from argmap.evaluation.findings import TRANSLATION_CONTEXT, Finding
from argmap.gui.explain_text import quote


def finding_text(finding: Finding) -> str:
    """The finding's sentence in the interface's language; kind words among its args too, quotes as they are."""
    if not finding.template:
        return finding.message
    tr = QCoreApplication.translate
    template = tr(TRANSLATION_CONTEXT, finding.template)
    if template == finding.template:  # English (or not translated): the message as the evaluation worded it
        return finding.message

    def arg(text: str) -> str:  # a quoted statement gets the language's quotation marks (「…」), a word its translation
        if len(text) > 1 and text[0] == "“" and text[-1] == "”":
            return quote(text[1:-1])
        said = tr(TRANSLATION_CONTEXT, text)
        return said if said != text else tr("Schemes", text)  # a scheme's name or critical question (schemes_panel.catalogue_text)

    return template.format(*(arg(a) for a in finding.args))
