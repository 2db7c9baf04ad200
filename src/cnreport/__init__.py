"""cnreport: Chinese economic reports -> structured, traceable records.

>>> import cnreport
>>> [(r.metric, float(r.value), r.unit, r.kind) for r in cnreport.extract("2024年规上工业增加值同比增长5.1%。")]
[('规模以上工业增加值', 5.1, '%', 'growth_rate')]
"""

from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from .errors import CnreportError, InputError, LexiconError, PatternError

if TYPE_CHECKING:
    from .explain import Explanation
    from .pipeline import Extractor
    from .records import Kind, Modality, Qualifier, Record

__version__ = "0.1.0"

# The engine (regexes, lexicons, pydantic models) is imported on first use, so ``import cnreport``
# and ``cnreport --help`` stay fast; ``cnreport.Record`` and ``from cnreport import Record`` work.
_LAZY = {"Extractor": "pipeline", "Kind": "records", "Modality": "records", "Qualifier": "records", "Record": "records"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(ModuleType):
    """Keeps the functions ``cnreport.extract``/``explain`` when the submodules of those names load later.

    Importing a submodule binds it as an attribute of its package; with the engine imported
    lazily that would replace the public function of the same name.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("explain", "extract") and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


_default: Extractor | None = None


def default_extractor() -> Extractor:
    """The shared extractor (the one cache: jieba's dictionary is loaded once per process)."""
    from .pipeline import Extractor

    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(
    text: str, *, year: int | None = None, subject: str | None = None, script: str = "original"
) -> list[Record]:
    """Records of one report's text; ``year``/``subject`` override what the text says or omits.

    ``script="simplified"`` writes a Traditional document's names in Simplified characters.
    """
    return default_extractor().extract(text, year=year, subject=subject, script=_script(script))


def extract_file(
    path: str | Path, *, year: int | None = None, subject: str | None = None, script: str = "original"
) -> list[Record]:
    """Records of a text file (UTF-8, UTF-16, GB18030/GBK or Big5); raises InputError on bad files."""
    return default_extractor().extract_file(path, year=year, subject=subject, script=_script(script))


def explain(
    text: str, *, year: int | None = None, subject: str | None = None, script: str = "original", doc: str | None = None
) -> Explanation:
    """Why each record of ``text`` came out so: the document decisions (reference year, subject,
    currency… each with its rule and evidence) and every record with its construction and source line.

    >>> ex = explain("2025年某市统计公报\\n全年规上工业增加值比上年增长5.1%。")
    >>> ex.decided("year").rule, [r.construction is not None for r in ex.records]
    ('year.title', [True])
    """
    from .explain import explain_text

    return explain_text(default_extractor(), text, year=year, subject=subject, doc=doc, script=_script(script))


def _script(script: str) -> Literal["original", "simplified"]:
    if script not in ("original", "simplified"):
        raise ValueError(f"script must be 'original' or 'simplified', not {script!r}")
    return "simplified" if script == "simplified" else "original"


from . import batch  # noqa: E402  (light: its engine imports are lazy too)

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
    "batch",
    "explain",
    "extract",
    "extract_file",
]
