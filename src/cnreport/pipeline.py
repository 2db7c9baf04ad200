"""Extractor: normalization, a private jieba tokenizer and the engine, behind one object.

Only this module imports jieba, and only when the first document needs it, so ``import
cnreport`` and ``cnreport --help`` stay fast. The tokenizer is private (``jieba.Tokenizer()``)
so our lexicon words never leak into, or depend on, the global jieba state of the host program.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .extract import Draft, extract_drafts
from .lexicon import read_lexicon
from .normalize import Normalized, normalize
from .readers import read_text_file
from .records import Record

if TYPE_CHECKING:
    import jieba

log = logging.getLogger(__name__)

# Work any one input can cause is bounded: a sentence longer than this is cut into pieces.
MAX_TOKENIZE_CHARS = 2000


def lexicon_words() -> list[str]:
    """Every metric, subject and grammar surface: fed to jieba so it never splits them."""
    words: list[str] = []
    for name, key in (("metrics", "metric"), ("subjects", "subject")):
        try:
            entries = read_lexicon(name).get(key, [])
        except Exception:  # optional data
            entries = []
        for e in entries:
            words.append(e["name"])
            words.extend(e.get("aliases", []))
    grammar = read_lexicon("grammar")["words"]
    for key in ("filler", "predicate", "list_heads", "suffix_metrics"):
        words.extend(grammar[key])
    comp = read_lexicon("comparisons")
    for key in ("up", "down", "negative_subjects"):
        words.extend(comp["direction"][key])
    for ws in comp["base"].values():
        words.extend(ws)
    return sorted({w for w in words if len(w) > 1})


class Extractor:
    """Reusable extractor: holds the tokenizer so its start-up is paid once per process."""

    def __init__(self) -> None:
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()

    # -- tokenization ------------------------------------------------------------------------
    def _jieba(self) -> Any:
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    tk = jieba.Tokenizer()
                    for w in lexicon_words():
                        tk.add_word(w, freq=200000)
                    self._tokenizer = tk
        return self._tokenizer

    def tokenize(self, text: str) -> list[str]:
        """Words of ``text`` (jieba precise mode, our lexicon loaded)."""
        return _cached_tokens(self, text[:MAX_TOKENIZE_CHARS])

    # -- extraction --------------------------------------------------------------------------
    def extract(
        self, text: str, *, year: int | None = None, subject: str | None = None, doc: str | None = None
    ) -> list[Record]:
        """All records of one document's text, spans into ``text`` itself."""
        norm = normalize(text)
        drafts = extract_drafts(norm.text, year=year, subject=subject, tokenize=self.tokenize)
        return list(_to_records(drafts, norm, doc))

    def extract_file(self, path: str | Path, *, year: int | None = None, subject: str | None = None) -> list[Record]:
        """Records of a UTF-8/UTF-16/GB18030/Big5 text file; ``doc`` is the path as given."""
        text = read_text_file(path)
        return self.extract(text, year=year, subject=subject, doc=str(path))


def _cached_tokens(extractor: Extractor, text: str) -> list[str]:
    return list(_token_cache(id(extractor), text, extractor))


@lru_cache(maxsize=4096)
def _token_cache(_key: int, text: str, extractor: Extractor) -> tuple[str, ...]:
    return tuple(extractor._jieba().lcut(text, HMM=False))


def _to_records(drafts: Iterable[Draft], norm: Normalized, doc: str | None) -> Iterable[Record]:
    seen: set[tuple[object, ...]] = set()
    for d in drafts:
        start, end = norm.span_to_original(d.start, d.end)
        key = (d.metric, d.value, d.unit, start, end)
        if key in seen or not d.metric:
            continue
        seen.add(key)
        yield Record(
            metric=d.metric,
            value=d.value,
            value_max=d.value_max,
            unit=d.unit,
            kind=d.kind,
            modality=d.modality,
            period=d.period,
            base=d.base,
            subject=d.subject,
            qualifier=d.qualifier,
            doc=doc,
            span=(start, end),
            text=norm.original[start:end],
            pattern=d.pattern,
        )


__all__ = ["Extractor", "InputError"]
