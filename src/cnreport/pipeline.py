"""Extractor: normalization, a private jieba tokenizer and the engine, behind one object.

Only this module imports jieba, and only when the first document needs it, so ``import
cnreport`` and ``cnreport --help`` stay fast. The tokenizer is private (``jieba.Tokenizer()``)
so our lexicon words never leak into, or depend on, the global jieba state of the host program.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import pickle
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import regex

from .errors import InputError, LexiconError
from .extract import DocContext, Draft, document_context, extract_drafts
from .io.files import read_text_file
from .lexicon import read_lexicon
from .normalize import Normalized, normalize
from .records import Modality, Qualifier, Record
from .traditional import Script as Written
from .traditional import prepare, restore_drafts

if TYPE_CHECKING:
    # jieba ships no type information (no py.typed marker, no stubs package)
    import jieba  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

# How names of a Traditional document are written: as the document has them, or in Simplified.
Script = Literal["original", "simplified"]

# Work any one input can cause is bounded: a sentence longer than this is cut into pieces.
MAX_TOKENIZE_CHARS = 2000
# Long documents are read in pieces of about this many characters (see `piece_starts`).
CHUNK_CHARS = 100_000
# Table records wait for the end of their document; past this many they wait on disk (see `_Deferred`).
DEFERRED_KEEP = 5_000
# Frequency jieba gets for our lexicon words, so it never splits them.
_WORD_FREQ = 200_000
_KEEP_CACHES = 3  # tokenizer cache files kept (one per lexicon version)


def lexicon_words() -> list[str]:
    """Every metric, subject and grammar surface: fed to jieba so it never splits them."""
    words: list[str] = []
    for name, key in (("metrics", "metric"), ("subjects", "subject")):
        try:
            entries = read_lexicon(name).get(key, [])
        except LexiconError:  # optional data: extraction works without it, only less well
            entries = []
        for e in entries:
            words.append(e["name"])
            words.extend(e.get("aliases", []))
    grammar = read_lexicon("grammar")["words"]
    for key in ("filler", "predicate", "list_heads", "suffix_metrics"):
        words.extend(grammar[key])
    comp = read_lexicon("comparisons")
    for key in ("up", "down", "signed", "negative_subjects"):
        words.extend(comp["direction"][key])
    for ws in comp["base"].values():
        words.extend(ws)
    for ws in comp["qualifier"].values():
        words.extend(ws)
    for key in ("gap", "contribution", "rank"):  # 拉低 is one word, not 拉 + 低
        words.extend(comp[key]["surfaces"])
    return sorted({w for w in words if len(w) > 1})


def _cache_dir() -> Path:
    """Where the tokenizer cache lives: $CNREPORT_CACHE_DIR, else the user's cache directory, else tmp."""
    configured = os.environ.get("CNREPORT_CACHE_DIR")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cnreport"
    for candidate in (Path(configured) if configured else None, base):
        if candidate is None:
            continue
        try:
            candidate.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return Path(tempfile.gettempdir())


def _tokenizer_cache_path(words: list[str], jieba_module: Any) -> Path:
    """A cache file named by everything its content depends on: jieba, its dictionary, our words."""
    dictionary = Path(jieba_module.__file__).with_name("dict.txt")
    try:
        stat = dictionary.stat()
        dict_id = f"{dictionary}:{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        dict_id = str(dictionary)
    key = "\n".join([jieba_module.__version__, dict_id, str(_WORD_FREQ), *words])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return _cache_dir() / f"cnreport-jieba-{digest}.cache"


def load_tokenizer(words: list[str]) -> Any:
    """A private ``jieba.Tokenizer`` that knows ``words``, from a cache built on first use.

    jieba's own start-up reads its 500k-entry prefix table with ``marshal.load`` on an open file,
    which reads in small pieces (about 0.5 s), then we add 4,000 words one by one. The cache holds
    the finished table (our words included), read in one piece and decoded with ``marshal.loads``
    (0.15 s). It is exactly what ``initialize`` + ``add_word`` would build, keyed by jieba's
    version, its dictionary and our words; an unreadable cache is rebuilt, an unwritable one skipped.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    path = _tokenizer_cache_path(words, jieba)
    try:
        freq, total = marshal.loads(path.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int):
            tk.FREQ, tk.total, tk.initialized = freq, total, True
            return tk
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("tokenizer cache %s not used: %s", path, exc)
    for w in words:
        tk.add_word(w, freq=_WORD_FREQ)
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps((tk.FREQ, tk.total)))
        os.replace(tmp, path)
        # Each lexicon change makes a new 10 MB file: keep only the few most recent ones.
        stale = sorted(path.parent.glob("cnreport-jieba-*.cache"), key=lambda p: p.stat().st_mtime)[:-_KEEP_CACHES]
        for old in stale:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("tokenizer cache %s not written: %s", path, exc)
    return tk


# A line break that nothing reads across; see `piece_starts`.
_PIECE_BREAK = regex.compile(r"[。！？]\n")
_MIN_PIECE_LINE = 30  # tables.find_rows: a prose line longer than this ends any table


def piece_starts(text: str, size: int) -> Iterator[int]:
    """Where the pieces of a long normalized document start: 0, then line breaks nothing reads across.

    A break qualifies when the line before it is prose of more than 30 characters ending a
    sentence (。！？): no sentence runs on across it (split_sentences joins lines only after a
    line without a terminator), a flattened table never spans it (tables.find_rows forgets its
    headers and unit at such a line), and the reading context goes from piece to piece while its
    paragraph-level fields are reset at a line break (extract_drafts). A piece starts with its
    line break, so its first sentence opens a paragraph exactly as it does inside the whole text.
    Pieces are about ``size`` characters; a document without such breaks is one piece.
    """
    yield 0
    pos = size
    while pos < len(text):
        m = _PIECE_BREAK.search(text, pos)
        if m is None:
            return
        brk = m.start() + 1
        line_start = text.rfind("\n", 0, brk) + 1
        if len(text[line_start:brk].strip()) > _MIN_PIECE_LINE:
            yield brk
            pos = brk + size
        else:
            pos = brk + 1


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document read up to its first sentence: normalized text, how it is written, its context.

    ``year``/``subject`` are the user's (they also fill what single sentences omit).
    """

    norm: Normalized
    written: Written
    context: DocContext
    year: int | None
    subject: str | None


class Extractor:
    """Reusable extractor: holds the tokenizer so its start-up is paid once per process.

    ``chunk_chars`` is the size of the pieces a long document is read in (memory stays bounded
    and records are streamed); records do not depend on it.
    """

    def __init__(self, *, chunk_chars: int = CHUNK_CHARS) -> None:
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()
        self.chunk_chars = chunk_chars

    # -- tokenization ------------------------------------------------------------------------
    def _jieba(self) -> Any:
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    self._tokenizer = load_tokenizer(lexicon_words())
        return self._tokenizer

    def tokenize(self, text: str) -> list[str]:
        """Words of ``text`` (jieba precise mode, our lexicon loaded)."""
        return _cached_tokens(self, text[:MAX_TOKENIZE_CHARS])

    # -- extraction --------------------------------------------------------------------------
    def extract(
        self,
        text: str,
        *,
        year: int | None = None,
        subject: str | None = None,
        doc: str | None = None,
        script: Script = "original",
    ) -> list[Record]:
        """All records of one document's text, spans into ``text`` itself.

        ``script="simplified"`` writes the names of a Traditional document in Simplified
        characters (one vocabulary across sources); by default they are written as the text has them.
        """
        return list(self.iter_extract(text, year=year, subject=subject, doc=doc, script=script))

    def iter_extract(
        self,
        text: str,
        *,
        year: int | None = None,
        subject: str | None = None,
        doc: str | None = None,
        script: Script = "original",
    ) -> Iterator[Record]:
        """The records of `extract`, in the same order, produced piece by piece.

        The document is normalized and its context (year, subject, default period) read once; the
        sentences are then read in pieces (`piece_starts`), in order and with that context carried
        along, so drafts and records never pile up for a 50 MB text. Table records come last, as in
        a reading of the whole text.
        """
        yield from self.iter_prepared(self.prepare_document(text, year=year, subject=subject), doc=doc, script=script)

    def prepare_document(self, text: str, *, year: int | None = None, subject: str | None = None) -> PreparedDocument:
        """What the engine knows of a document before its first sentence: text, script and context.

        Split out of `iter_extract` so that ``cnreport explain`` can show the document decisions
        (``context.decisions``) the records were read with, without building the context twice.
        """
        norm = normalize(text)
        written = prepare(norm.text)  # Traditional text is matched in Simplified, offsets unchanged
        context = document_context(
            written.matching_text, year=year, subject=subject, hong_kong=written.hong_kong, home=written.home
        )
        return PreparedDocument(norm, written, context, year, subject)

    def iter_prepared(
        self, prepared: PreparedDocument, *, doc: str | None = None, script: Script = "original"
    ) -> Iterator[Record]:
        """The records of a prepared document, as `iter_extract` gives them.

        The context is updated in place as the pieces are read, so a prepared document is read once.
        """
        norm, written, context = prepared.norm, prepared.written, prepared.context
        year, subject = prepared.year, prepared.subject
        matching = written.matching_text
        starts = [*piece_starts(matching, self.chunk_chars), len(matching)]
        tables = _Deferred(DEFERRED_KEEP)
        for start, end in pairwise(starts):
            piece = matching[start:end]
            drafts: Iterable[Draft] = extract_drafts(
                piece, year=year, subject=subject, tokenize=self.tokenize, context=context
            )
            drafts = restore_drafts(drafts, written, start, keep_simplified=script == "simplified")
            for record in _to_records(drafts, norm, doc, start):
                if (record.pattern or "").startswith("table."):
                    tables.append(record)
                else:
                    yield record
        yield from tables.drain()

    def extract_file(
        self, path: str | Path, *, year: int | None = None, subject: str | None = None, script: Script = "original"
    ) -> list[Record]:
        """Records of a UTF-8/UTF-16/GB18030/Big5 text file; ``doc`` is the path as given."""
        return list(self.iter_extract_file(path, year=year, subject=subject, script=script))

    def iter_extract_file(
        self, path: str | Path, *, year: int | None = None, subject: str | None = None, script: Script = "original"
    ) -> Iterator[Record]:
        """`extract_file` as a stream; the file is read (and InputError raised) on the first ``next``."""
        text = read_text_file(path)
        yield from self.iter_extract(text, year=year, subject=subject, doc=str(path), script=script)


class _Deferred:
    """Records held back until the end of a document (tables come last), spilled to disk when many.

    A report of hundreds of megabytes can hold hundreds of thousands of table cells: kept as
    ``Record`` objects they alone would take gigabytes. Past ``keep`` records they are pickled in
    batches to an anonymous temporary file (gone when closed, even after a crash) and read back
    in order.
    """

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self._held: list[Record] = []
        self._file: IO[bytes] | None = None
        self._batches = 0

    def append(self, record: Record) -> None:
        self._held.append(record)
        if len(self._held) >= self.keep:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="cnreport-")
            pickle.dump(self._held, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batches += 1
            self._held = []

    def drain(self) -> Iterator[Record]:
        """Every record appended, in order; the spill file is closed afterwards."""
        if self._file is not None:
            with self._file as fh:
                fh.seek(0)
                for _ in range(self._batches):
                    yield from pickle.load(fh)  # our own file, written above: trusted
            self._file = None
        held, self._held = self._held, []
        yield from held


def _cached_tokens(extractor: Extractor, text: str) -> list[str]:
    return list(_token_cache(id(extractor), text, extractor))


@lru_cache(maxsize=4096)
def _token_cache(_key: int, text: str, extractor: Extractor) -> tuple[str, ...]:
    return tuple(extractor._jieba().lcut(text, HMM=False))


def _to_records(drafts: Iterable[Draft], norm: Normalized, doc: str | None, base: int = 0) -> Iterable[Record]:
    """Records of one piece's drafts (offsets ``base`` into ``norm.text``); duplicates of a span dropped."""
    seen: set[tuple[object, ...]] = set()
    for d in drafts:
        start, end = norm.span_to_original(base + d.start, base + d.end)
        key = (d.metric, d.value, d.unit, d.subject, start, end)  # one figure may be several places' own
        if key in seen or not d.metric:
            continue
        seen.add(key)
        yield Record(
            metric=d.metric,
            value=d.value,
            value_max=d.value_max,
            unit=d.unit,
            kind=d.kind,
            modality=None if d.modality is None else Modality(d.modality),
            period=d.period,
            base=d.base,
            subject=d.subject,
            qualifier=None if d.qualifier is None else Qualifier(d.qualifier),
            doc=doc,
            span=(start, end),
            text=norm.original[start:end],
            pattern=d.pattern,
        )


__all__ = ["Extractor", "InputError", "PreparedDocument"]
