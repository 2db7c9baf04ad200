"""cnreport: Chinese economic reports -> structured, traceable records.

>>> import cnreport
>>> [(r.metric, float(r.value), r.unit, r.kind) for r in cnreport.extract("2024年规上工业增加值同比增长5.1%。")]
[('规模以上工业增加值', 5.1, '%', 'growth_rate')]
"""

from __future__ import annotations

from pathlib import Path

from .errors import CnreportError, InputError, LexiconError, PatternError
from .pipeline import Extractor
from .records import Kind, Modality, Qualifier, Record

__version__ = "0.1.0"

_default: Extractor | None = None


def default_extractor() -> Extractor:
    """The shared extractor (the one cache: jieba's dictionary is loaded once per process)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, *, year: int | None = None, subject: str | None = None) -> list[Record]:
    """Records of one report's text; ``year``/``subject`` override what the text says or omits."""
    return default_extractor().extract(text, year=year, subject=subject)


def extract_file(path: str | Path, *, year: int | None = None, subject: str | None = None) -> list[Record]:
    """Records of a text file (UTF-8, UTF-16, GB18030/GBK or Big5); raises InputError on bad files."""
    return default_extractor().extract_file(path, year=year, subject=subject)


__all__ = [
    "CnreportError",
    "Extractor",
    "InputError",
    "Kind",
    "LexiconError",
    "Modality",
    "PatternError",
    "Qualifier",
    "Record",
    "__version__",
    "extract",
    "extract_file",
]
