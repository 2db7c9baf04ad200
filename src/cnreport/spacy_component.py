"""spaCy pipeline component ``cnreport``: records on ``doc._.records``, spans in ``doc.spans``.

Registered through the ``spacy_factories`` entry point, so ``nlp.add_pipe("cnreport")`` works
in any pipeline once cnreport is installed, without importing it first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import Extractor

SPAN_KEY = "cnreport"

if not Doc.has_extension("records"):
    Doc.set_extension("records", default=None)


class CnreportComponent:
    """Runs the extractor on ``doc.text``; record spans become char-aligned spaCy spans."""

    def __init__(self, year: int | None, subject: str | None) -> None:
        self.year = year
        self.subject = subject
        self.extractor = Extractor()

    def __call__(self, doc: Doc) -> Doc:
        records = self.extractor.extract(doc.text, year=self.year, subject=self.subject)
        doc._.records = records
        spans = []
        for r in records:
            span = doc.char_span(r.span[0], r.span[1], label=str(r.kind), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("cnreport", default_config={"year": None, "subject": None})
def make_component(nlp: Language, name: str, year: int | None, subject: str | None) -> CnreportComponent:
    """Factory for ``nlp.add_pipe("cnreport", config={"year": 2025})``."""
    return CnreportComponent(year, subject)
