"""Tests for the spaCy component ``cnreport`` (records on doc._.records, spans in doc.spans).

spaCy finds the component through the ``spacy_factories`` entry point: ``Language.__init__``
calls ``registry._entry_point_factories.get_all()``, which loads every entry point of that
group and so imports ``cnreport.spacy_component`` (whose ``@Language.factory`` registers it).
No explicit import is needed; ``test_factory_found_without_importing_cnreport`` checks that in
a fresh interpreter, because this test session has long imported cnreport.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.language import Language

TEXT = "上半年，全市规上工业增加值同比增长5.1%。"
SPAN_KEY = "cnreport"


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("cnreport", config={"year": 2025})
    return nlp


# ---------------------------------------------------------------------------------------------
# registration


def test_entry_point_declared() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get("cnreport") == "cnreport.spacy_component:make_component"


def test_factory_registered(nlp: Language) -> None:
    assert Language.has_factory("cnreport")
    assert "cnreport" in nlp.pipe_names


def test_factory_found_without_importing_cnreport() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        import spacy
        assert "cnreport" not in sys.modules, "spacy alone should not import cnreport"
        nlp = spacy.blank("zh")
        assert "cnreport.spacy_component" in sys.modules, "entry point not loaded by Language()"
        nlp.add_pipe("cnreport", config={{"year": 2025}})
        doc = nlp({TEXT!r})
        print([float(r.value) for r in doc._.records])
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[5.1]"


# ---------------------------------------------------------------------------------------------
# records and spans


def test_records_on_doc(nlp: Language) -> None:
    doc = nlp(TEXT)
    values = [float(r.value) for r in doc._.records]
    assert 5.1 in values
    record = next(r for r in doc._.records if float(r.value) == 5.1)
    assert (record.unit, record.kind, record.period, record.base) == ("%", "growth_rate", "2025-H1", "yoy")


def test_span_for_record(nlp: Language) -> None:
    doc = nlp(TEXT)
    record = next(r for r in doc._.records if float(r.value) == 5.1)
    spans = [s for s in doc.spans[SPAN_KEY] if "5.1%" in s.text]
    assert spans, [s.text for s in doc.spans[SPAN_KEY]]
    assert spans[0].label_ == record.kind
    assert spans[0].start_char <= record.span[0] < record.span[1] <= spans[0].end_char


def test_one_span_per_record(nlp: Language) -> None:
    doc = nlp("上半年，全市规上工业利润总额增长22.8%，高于全国24.6个百分点、全省9.6个百分点。")
    assert len(doc.spans[SPAN_KEY]) == len(doc._.records) >= 1
    for span, record in zip(doc.spans[SPAN_KEY], doc._.records, strict=True):
        assert span.label_ == record.kind
        assert record.text in span.text


def test_text_without_figures(nlp: Language) -> None:
    doc = nlp("今天天气很好。")
    assert doc._.records == []
    assert list(doc.spans[SPAN_KEY]) == []


def test_subject_config() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("cnreport", config={"year": 2025, "subject": "武汉"})
    doc = nlp("上半年，规上工业增加值同比增长5.1%。")
    assert [r.subject for r in doc._.records] == ["武汉"]


def test_pipe_many_docs(nlp: Language) -> None:
    docs = list(nlp.pipe([TEXT, "今天天气很好。", TEXT]))
    assert [len(d._.records) for d in docs] == [len(docs[0]._.records), 0, len(docs[0]._.records)]
    assert docs[0]._.records == docs[2]._.records
