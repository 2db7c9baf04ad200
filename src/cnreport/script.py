"""Traditional and Simplified Chinese: match in Simplified, report in the document's own script.

cnreport's lexicons and grammar are written in Simplified characters. A Hong Kong, Macau or
Taiwan release is read by converting it to Simplified *character by character* with a 1:1 table
generated from OpenCC's ``t2s`` (``lexicons/t2s.txt``, built by ``scripts/build_t2s.py``):
every character maps to exactly one character, so ``to_simplified(text)[i]`` corresponds to
``text[i]`` and a span found in the converted text indexes the original text unchanged. OpenCC's
phrase-aware converter is not used at run time: it returns no offsets and would be a dependency.

Going back (a metric name assembled from the converted text must be reported as the document
wrote it) cannot use a global Simplified -> Traditional table, because one Simplified character
has several Traditional sources (发 <- 發/髮, 台 <- 臺/颱/檯/台, 后 <- 後/后). The document itself
says which one it used: :class:`ScriptMap` learns that from the two aligned texts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .errors import LexiconError

__all__ = [
    "TRADITIONAL_THRESHOLD",
    "ScriptMap",
    "is_hong_kong",
    "is_traditional",
    "restore",
    "to_simplified",
    "traditional_ratio",
]

TABLE_NAME = "t2s.txt"

#: A document is Traditional when more than this share of its CJK characters change under the
#: table. Traditional news runs at 25-35% (the RTHK sample: 32%), Simplified text at 0-0.1%, so
#: 5% leaves wide margins on both sides and lets a document quote the other script freely.
TRADITIONAL_THRESHOLD = 0.05

# Documents longer than this are judged on evenly spaced windows: the ratio is stable long
# before that, and windows spread over the whole text keep a mixed document's parts in proportion.
_SAMPLE_LIMIT = 200_000
_SAMPLE_WINDOWS = 50

_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Runs, counted by length: findall on single characters makes a string per character (1 GB on 50 MB).
_CJK_RUN = re.compile(_CJK.pattern + "+")


def _cjk_count(text: str) -> int:
    return sum(m.end() - m.start() for m in _CJK_RUN.finditer(text))


# Hong Kong evidence, matched in the Simplified conversion so either script counts. These are
# things a Hong Kong source names all the time and a mainland one only in passing.
# Hong Kong's government writes 立法会, 本地生产总值 and 修订预算 where its texts never name 香港
# (a budget speech); Macau writes some of them too, so a text naming Macau more still is not Hong Kong's.
_HK_MARKERS = (
    "港元",
    "港币",
    "香港",
    "金管局",
    "统计处",
    "恒指",
    "港股",
    "港府",
    "港交所",
    "立法会",
    "本地生产总值",
    "修订预算",
    "财政司司长",
    "本港",
)
_MACAU_MARKERS = ("澳门", "本澳")
# Hong Kong bodies that publish under their own name only (政府統計處今日公布…, never 香港): one of them
# opening a text makes it a Hong Kong source. (统计处 alone is also Taiwan's: 经济部统计处.)
_HK_SOURCES = ("政府统计处", "香港金融管理局", "金管局", "港府", "财政司司长", "差饷物业估价署", "香港旅游发展局")
_OPENING_CHARS = 120
# Hong Kong's comparison wording ("按年上升3.2%", "按季减少", "与对上三个月比较"); the mainland
# says 同比/环比 and 与上月相比.
_HK_COMPARISON = re.compile(
    r"按[年季月](?:上升|下跌|上涨|增长|增加|减少|下降|回落|扩大|收窄|升|跌|增|减|[+\-−]?\d)"
    r"|与对上(?:一|[一二三四五六七八九十两]个)?(?:年|季|月|季度|个月)"
)
_MAINLAND_COMPARISON = re.compile("同比|环比")
# Per 1,000 CJK characters: the RTHK sample has 8.4, mainland market briefs that quote Hong Kong
# prices about 1.
_HK_DENSITY = 2.0

# ScriptMap context windows: up to this many characters around an ambiguous one, and a vote over
# at most this many occurrences, so a restore costs a bounded number of str.find calls.
_CONTEXT_WIDTH = 4
_MAX_OCCURRENCES = 32


@dataclass(frozen=True)
class _Table:
    """The loaded table in the shapes ``str.translate`` wants."""

    to_simplified: dict[int, int]
    # characters that mark Traditional writing, mapped to None so translate() deletes them and
    # a length difference counts them at C speed; compatibility ideographs are not evidence
    drop_traditional: dict[int, None]


@cache
def _table() -> _Table:
    """Parse ``lexicons/t2s.txt`` once; malformed data fails loudly at load time, like a lexicon."""
    try:
        raw = resources.files("cnreport").joinpath("lexicons", TABLE_NAME).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"{TABLE_NAME} is missing from the package") from exc
    mapping: dict[int, int] = {}
    drop: dict[int, None] = {}
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            if len(fields) != 5:
                raise ValueError(f"expected 5 tab-separated fields, got {len(fields)}")
            trad, simp = int(fields[0], 16), int(fields[1], 16)
            if trad == simp or trad in mapping:
                raise ValueError("identity or duplicate entry")
        except ValueError as exc:
            raise LexiconError(f"{TABLE_NAME} line {lineno}: {exc}") from exc
        mapping[trad] = simp
        if fields[4] != "compat":
            drop[trad] = None
    if not mapping:
        raise LexiconError(f"{TABLE_NAME} has no entries")
    return _Table(mapping, drop)


def to_simplified(text: str) -> str:
    """Simplified spelling of ``text`` with every character at its original offset.

    Character by character on purpose: ``len(result) == len(text)`` always, so offsets found in
    the result are offsets into ``text``. The price is that phrase-level choices OpenCC makes
    (乾隆 keeps 乾) are not made; none matters for matching economic vocabulary.
    """
    return text.translate(_table().to_simplified)


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_LIMIT:
        return text
    width = _SAMPLE_LIMIT // _SAMPLE_WINDOWS
    step = (len(text) - width) / (_SAMPLE_WINDOWS - 1)
    return "".join(text[round(i * step) : round(i * step) + width] for i in range(_SAMPLE_WINDOWS))


def traditional_ratio(text: str) -> float:
    """Share of the CJK characters in (a sample of) ``text`` that exist only in Traditional writing."""
    sample = _sample(text)
    cjk = _cjk_count(sample)
    if not cjk:
        return 0.0
    traditional = len(sample) - len(sample.translate(_table().drop_traditional))
    return traditional / cjk


def is_traditional(text: str, threshold: float = TRADITIONAL_THRESHOLD) -> bool:
    """Whether the document is written in Traditional characters.

    A ratio rather than "any Traditional character": Simplified reports quote Traditional names
    (《經濟日報》) and Hong Kong reports quote mainland text, and neither should flip the verdict.
    """
    return traditional_ratio(text) > threshold


def is_hong_kong(text: str) -> bool:
    """Whether the document comes from Hong Kong, so that a bare 元/亿元 means 港元 (SPEC).

    Either of two signals, in either script:

    * Hong Kong names (港元, 香港, 金管局, 统计处, 恒指, 港股 ...) at a density of at least 2 per
      1,000 CJK characters, and not outnumbered by mainland comparison words (同比/环比): a
      mainland market brief quotes 港股 and 港元 now and then, a Hong Kong one does little else.
    * Hong Kong comparison wording (按年上升, 按季减少) together with 亿元, more often than 同比/环比.
    * A Hong Kong body that publishes under its own name (政府统计处, 金管局) opening the text.

    A text that names Macau (澳门) more often than Hong Kong is not a Hong Kong source: Macau
    writes 按年 too, but its bare 元 is 澳门元.
    """
    simplified = to_simplified(text)
    hk = sum(simplified.count(marker) for marker in _HK_MARKERS)
    macau = sum(simplified.count(marker) for marker in _MACAU_MARKERS)
    if macau and macau >= hk:
        return False
    mainland = len(_MAINLAND_COMPARISON.findall(simplified))
    cjk = _cjk_count(simplified)
    dense = hk >= 2 and hk * 1000 >= _HK_DENSITY * cjk and mainland <= hk
    hk_comparisons = len(_HK_COMPARISON.findall(simplified))
    wording = hk_comparisons >= 1 and "亿元" in simplified and hk_comparisons > mainland
    signed = any(source in simplified.lstrip()[:_OPENING_CHARS] for source in _HK_SOURCES)
    return dense or wording or signed


class ScriptMap:
    """Write Simplified pieces of one document back in the characters the document used.

    Built once per document from the original text and its :func:`to_simplified` conversion.
    For each Simplified character it records which original characters stood at its positions
    (only those the table explains, so a caller's other normalization, e.g. full-width digits,
    is never undone) and picks the most frequent, the first seen on a tie. Where a character had
    several sources in this document (发 from 發 and 髮), :meth:`restore` first looks the piece,
    or the characters around the ambiguous one, up in the Simplified text and takes what the
    original has there: context decides before frequency does.
    """

    __slots__ = ("_ambiguous", "_cache", "_chars", "_original", "_present", "_simplified")

    def written(self, piece: str) -> bool:
        """Whether the document itself wrote ``piece`` as it stands (恒指 in a text that uses 恒)."""
        return piece in self._original

    def __init__(self, original: str, simplified: str) -> None:
        if len(original) != len(simplified):
            raise ValueError(
                f"original and simplified texts must be aligned: {len(original)} != {len(simplified)} characters"
            )
        self._original = original
        self._simplified = simplified
        self._chars: dict[str, str] = {}
        self._ambiguous: frozenset[str] = frozenset()
        self._cache: dict[str, str] = {}
        self._present: frozenset[str] | None = None
        if original == simplified:
            return
        # only a text written in Traditional gets Traditional forms of the characters rules add
        self._present = frozenset(simplified) if is_traditional(original) else None
        table = _table().to_simplified
        # Counter(zip(...)) counts in C; only a few thousand distinct pairs exist in any document
        sources: dict[str, Counter[str]] = {}
        for (simp, orig), count in Counter(zip(simplified, original, strict=True)).items():
            if table.get(ord(orig), ord(orig)) == ord(simp):
                sources.setdefault(simp, Counter())[orig] += count
        for simp, counts in sources.items():
            if len(counts) == 1 and simp in counts:
                continue  # never written any other way in this document
            self._chars[simp] = counts.most_common(1)[0][0]
        self._ambiguous = frozenset(simp for simp in self._chars if len(sources[simp]) > 1)

    @classmethod
    def from_texts(cls, original: str, simplified: str | None = None) -> ScriptMap:
        """The map for one document; ``simplified`` defaults to ``to_simplified(original)``."""
        return cls(original, to_simplified(original) if simplified is None else simplified)

    @property
    def identity(self) -> bool:
        """True when the document has nothing to restore (it was already Simplified)."""
        return not self._chars

    def restore(self, piece: str) -> str:
        """``piece`` (built from the Simplified text) in the document's own characters.

        The result always has the length of ``piece``; characters the document never wrote
        differently are returned unchanged.
        """
        if not self._chars:
            return piece
        cached = self._cache.get(piece)
        if cached is None:
            cached = self._cache[piece] = self._restore(piece)
        return cached

    def _restore(self, piece: str) -> str:
        # a character the document never holds (数 of 处于扩张区间的行业数, added by a rule) is written
        # the Traditional way when only one Traditional character gives it
        inserted = _unique_traditional() if self._present is not None else {}
        present = self._present or frozenset()
        chars = [self._chars.get(ch) or (ch if ch in present else inserted.get(ch, ch)) for ch in piece]
        for i, ch in enumerate(piece):
            if ch in self._ambiguous:
                chars[i] = self._from_context(piece, i) or chars[i]
        return "".join(chars)

    def _from_context(self, piece: str, i: int) -> str | None:
        """What the document wrote for ``piece[i]`` where the words around it occur.

        Windows of ``piece`` holding position ``i`` are looked up in the Simplified text, the
        longest first (the whole piece when it is contiguous in the document, then four, three
        and two characters); the first window found decides, by majority over its occurrences.
        A lone character has no context and is left to the document-wide frequency.
        """
        widths = [len(piece), *range(min(len(piece) - 1, _CONTEXT_WIDTH), 1, -1)]
        for width in widths if len(piece) > 1 else ():
            for start in range(max(0, i - width + 1), min(i, len(piece) - width) + 1):
                votes = Counter(self._sources_at(piece[start : start + width], i - start))
                if votes:
                    return votes.most_common(1)[0][0]
        return None

    def _sources_at(self, window: str, offset: int) -> Iterator[str]:
        """The original character at ``offset`` into each occurrence of ``window`` (the first few)."""
        at = self._simplified.find(window)
        for _ in range(_MAX_OCCURRENCES):
            if at < 0:
                return
            orig = self._original[at + offset]
            # only what the table explains: a caller's other normalization is not undone
            if _table().to_simplified.get(ord(orig), ord(orig)) == ord(self._simplified[at + offset]):
                yield orig
            at = self._simplified.find(window, at + 1)


@cache
def _unique_traditional() -> dict[str, str]:
    """Simplified -> Traditional for the characters exactly one (non-variant) Traditional one gives."""
    table = _table()
    sources: dict[int, list[int]] = {}
    for trad, simp in table.to_simplified.items():
        if trad in table.drop_traditional:
            sources.setdefault(simp, []).append(trad)
    return {chr(simp): chr(trads[0]) for simp, trads in sources.items() if len(trads) == 1}


@lru_cache(maxsize=4)
def _script_map(original: str, simplified: str) -> ScriptMap:
    # keyed by the texts themselves: str caches its hash, so a repeated call costs one comparison
    return ScriptMap(original, simplified)


def restore(simplified_piece: str, original: str, simplified: str) -> str:
    """``simplified_piece`` written in the script of ``original`` (see :class:`ScriptMap`).

    For one-off calls; the map for the last few documents is cached, but code that restores
    many pieces should hold a :class:`ScriptMap` itself.
    """
    return _script_map(original, simplified).restore(simplified_piece)
