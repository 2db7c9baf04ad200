"""Numerals in report text: where they are and what they are worth, as exact Decimals.

Every extractor asks the same two questions of a sentence — where are the numbers, and what is
each worth — and the answers need care that should be taken once: exact values (18.2万 is
182000, never 182000.00000001), magnitude scales (1.2万亿, 3千万), Chinese numerals (一千零五,
十八点二万, 二〇二五), and text that only looks numeric (一方面, 九州通, 十足, M2, 5G).

The grammar lives here; the characters and words it is built from live in
``lexicons/numerals.toml``. Matching is one precompiled regex pass whose every part has a
bounded or possessive length, followed by constant-time checks per candidate, so the cost is
linear in the text (a 50 MB report is one pass).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum, auto
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from .errors import LexiconError
from .lexicon import read_lexicon

__all__ = ["NUMBER_PATTERN", "NumberMatch", "find_numbers", "parse_number"]

_ARABIC_DIGITS = "0123456789"
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# The grammar is written for these powers of ten; the lexicon supplies their spellings.
_SECTION_EXPONENTS = (1, 2, 3)
_BIG_EXPONENTS = (4, 8)
_MAX_MONTH = 12


# ---------------------------------------------------------------------------------------------
# vocabulary


@dataclass(frozen=True, slots=True)
class _Vocab:
    """The numeral vocabulary, validated once so bad lexicon data fails at import, not mid-report."""

    digit_values: dict[str, int]
    zeros: frozenset[str]
    positional: frozenset[str]
    financial: frozenset[str]
    scale_exponents: dict[str, int]
    arabic_bare: frozenset[str]
    not_before: dict[str, tuple[str, ...]]
    points: frozenset[str]
    negative: frozenset[str]
    positive: frozenset[str]
    sign_not_after: frozenset[str]
    sign_after_words: frozenset[str]
    ascii_units: frozenset[str]
    ordinal_before: tuple[str, ...]
    vague_before: tuple[str, ...]
    period_after: tuple[str, ...]
    month_after: tuple[str, ...]
    range_links: frozenset[str]
    followers: tuple[str, ...]
    preceders: tuple[str, ...]
    lookalikes: tuple[str, ...]


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of non-empty strings from the lexicon; anything else is a data error worth naming."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"numerals.toml: {where}.{key} must be a list of non-empty strings")
    return tuple(value)


def _section(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """A required TOML table."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise LexiconError(f"numerals.toml: missing table [{key}]")
    return value


def _power_of_ten(text: str, where: str) -> int:
    """The exponent of a factor such as "1e4"; scales are exact powers of ten by construction."""
    try:
        sign, digits, exponent = Decimal(text).normalize().as_tuple()
    except InvalidOperation as exc:
        raise LexiconError(f"numerals.toml: {where} factor {text!r} is not a number") from exc
    if sign or digits != (1,) or not isinstance(exponent, int) or exponent < 1:
        raise LexiconError(f"numerals.toml: {where} factor {text!r} is not a power of ten")
    return exponent


class _Digits(NamedTuple):
    """What the [[digit]] entries say, gathered for _Vocab."""

    values: dict[str, int]
    zeros: frozenset[str]
    positional: frozenset[str]
    financial: frozenset[str]


class _Scales(NamedTuple):
    """What the [[scale]] entries say, gathered for _Vocab."""

    exponents: dict[str, int]
    after_arabic: frozenset[str]
    not_before: dict[str, tuple[str, ...]]
    financial: frozenset[str]


def _spellings(entry: Mapping[str, Any], where: str) -> list[tuple[str, bool]]:
    """(character, is_financial) for one digit or scale entry; each must be one character."""
    pairs = [(s, False) for s in _strings(entry, "surfaces", where)]
    pairs += [(s, True) for s in _strings(entry, "financial", where)]
    if not pairs or any(len(s) != 1 for s, _ in pairs):
        raise LexiconError(f"numerals.toml: {where} needs single-character spellings")
    return pairs


def _read_digits(entries: Any) -> _Digits:
    """Digit characters -> value, with the zero, digit-by-digit and financial spellings."""
    if not isinstance(entries, list) or not entries:
        raise LexiconError("numerals.toml: [[digit]] entries are missing")
    values: dict[str, int] = {}
    zeros: set[str] = set()
    positional: set[str] = set()
    financial: set[str] = set()
    for entry in entries:
        value = entry.get("value")
        if not isinstance(value, int) or not 0 <= value <= 9:
            raise LexiconError(f"numerals.toml: digit value {value!r} is not 0-9")
        for surface, is_financial in _spellings(entry, f"digit {value}"):
            if surface in values:
                raise LexiconError(f"numerals.toml: digit {surface!r} is spelled twice")
            values[surface] = value
            if entry.get("zero", False):
                zeros.add(surface)
            if entry.get("positional", True):
                positional.add(surface)
            if is_financial:
                financial.add(surface)
    if not zeros or set(values.values()) != set(range(10)):
        raise LexiconError("numerals.toml: digits must spell every value 0-9")
    return _Digits(values, frozenset(zeros), frozenset(positional), frozenset(financial))


def _read_scales(entries: Any) -> _Scales:
    """Scale characters -> power of ten, which may follow Arabic digits, and unit-prefix guards."""
    if not isinstance(entries, list):
        raise LexiconError("numerals.toml: [[scale]] entries are missing")
    exponents: dict[str, int] = {}
    bare: set[str] = set()
    guards: dict[str, tuple[str, ...]] = {}
    financial: set[str] = set()
    for entry in entries:
        where = f"scale {entry.get('id', '?')}"
        exponent = _power_of_ten(str(entry.get("factor", "")), where)
        section, big = exponent in _SECTION_EXPONENTS, exponent in _BIG_EXPONENTS
        expected = "section" if section else "big" if big else None
        if entry.get("kind") != expected:
            raise LexiconError(f"numerals.toml: {where} has kind {entry.get('kind')!r} for 10^{exponent}")
        for surface, is_financial in _spellings(entry, where):
            if surface in exponents:
                raise LexiconError(f"numerals.toml: scale {surface!r} is spelled twice")
            exponents[surface] = exponent
            guards[surface] = _strings(entry, "not_before", where)
            if entry.get("after_arabic", False):
                bare.add(surface)
            if is_financial:
                financial.add(surface)
    if set(exponents.values()) != {*_SECTION_EXPONENTS, *_BIG_EXPONENTS}:
        raise LexiconError("numerals.toml: scales must spell 10, 100, 1000, 10^4 and 10^8")
    return _Scales(exponents, frozenset(bare), guards, frozenset(financial))


def _load_vocab(data: Mapping[str, Any]) -> _Vocab:
    """Turn the parsed lexicon into lookup tables; the only place that knows the TOML layout."""
    digits, scales = _read_digits(data.get("digit")), _read_scales(data.get("scale"))
    if set(digits.values) & set(scales.exponents):
        raise LexiconError("numerals.toml: a character is both a digit and a scale")
    sign, context, lone = _section(data, "sign"), _section(data, "context"), _section(data, "lone")
    numeral_chars = set(digits.values) | set(scales.exponents)
    return _Vocab(
        digit_values=digits.values,
        zeros=digits.zeros,
        positional=digits.positional,
        financial=digits.financial | scales.financial,
        scale_exponents=scales.exponents,
        arabic_bare=scales.after_arabic,
        not_before=scales.not_before,
        points=frozenset(_strings(_section(data, "point"), "chinese", "point")),
        negative=frozenset(_strings(sign, "negative", "sign")),
        positive=frozenset(_strings(sign, "positive", "sign")),
        sign_not_after=frozenset(
            {*_strings(sign, "not_after", "sign"), *_ARABIC_DIGITS, *_ASCII_LETTERS, *numeral_chars}
        ),
        sign_after_words=frozenset(_strings(sign, "after_words", "sign")),
        ascii_units=frozenset(_strings(_section(data, "ascii_units"), "after_number", "ascii_units")),
        ordinal_before=_strings(context, "ordinal_before", "context"),
        vague_before=_strings(context, "vague_before", "context"),
        period_after=_strings(context, "period_after", "context"),
        month_after=_strings(context, "month_after", "context"),
        range_links=frozenset(_strings(context, "range_links", "context")),
        followers=_strings(lone, "followers", "lone"),
        preceders=_strings(lone, "preceders", "lone"),
        lookalikes=_strings(_section(data, "lookalikes"), "words", "lookalikes"),
    )


_V = _load_vocab(read_lexicon("numerals"))


# ---------------------------------------------------------------------------------------------
# grammar


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class; sorted so the compiled pattern is the same on every run."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


def _alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first so the longest word wins."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _scale_atom(exponents: Sequence[int]) -> str:
    """The scale characters of the given powers, each guarded against unit prefixes (千瓦, 千兆)."""
    parts: list[str] = []
    for surface, exponent in sorted(_V.scale_exponents.items()):
        if exponent not in exponents:
            continue
        guard = _V.not_before.get(surface, ())
        parts.append(regex.escape(surface) + (f"(?!{_alternation(guard)})" if guard else ""))
    return "(?:" + "|".join(parts) + ")"


def _sign_pattern() -> str:
    """A sign glued to the digits and not right after a number, letter or unit (5%-8% is a range)."""
    signs = _char_class(_V.negative | _V.positive)
    words = "|".join(regex.escape(w) for w in sorted(_V.sign_after_words, key=len, reverse=True))
    return f"(?:(?:(?<={words})|(?<!{_char_class(_V.sign_not_after)})){signs}(?=[0-9]))"


def _scale_suffix() -> str:
    """Scales after a numeral: compounds first (千万, 万亿, 十万), then single 万/亿/百/千."""
    sec, wan, yi = _scale_atom(_SECTION_EXPONENTS), _scale_atom((4,)), _scale_atom((8,))
    bare = _scale_atom([e for s, e in _V.scale_exponents.items() if s in _V.arabic_bare and e < 4])
    big = f"(?:{wan}{yi}|{wan}|{yi})"
    return f"(?:{sec}{big}|{big}|{bare})"


def _group(name: str, body: str, named: bool) -> str:
    """A named group for internal parsing, or a plain group for the embeddable pattern."""
    return f"(?P<{name}>{body})" if named else f"(?:{body})"


def _arabic_pattern(named: bool = False) -> str:
    """Arabic digits: thousands commas only in exact groups of three, a point only before digits."""
    integer = _group("int", "[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]++", named)
    frac = _group("frac", "[0-9]++", named)
    scale = _group("scale", _scale_suffix(), named)
    return f"(?:{_group('sign', _sign_pattern(), named)}?(?<![0-9.]){integer}(?:\\.{frac})?{scale}?)"


def _first_chars() -> str:
    """A lookahead on the characters a numeral can start with: lets the engine skip prose fast."""
    digits = [c for c in _V.digit_values]
    sections = [c for c, e in _V.scale_exponents.items() if e < 4]
    return f"(?={_char_class([*_ARABIC_DIGITS, *_V.negative, *_V.positive, *digits, *sections])})"


def _chinese_pattern() -> str:
    """Chinese numerals: digit-by-digit (二〇二五), structured (三万五千) or zero, each with an
    optional decimal part (十八点二万).

    Alternatives are ordered so the longest reading at a position wins and share their prefix
    so the engine tries few of them; every unbounded part is possessive, so a run of 100k
    numeral characters is one linear scan.
    """
    nonzero = [c for c, v in _V.digit_values.items() if v]
    d, z = _char_class(nonzero), _char_class(_V.zeros)
    pd = _char_class(_V.positional)
    q1, q2, q3 = (_scale_atom((e,)) for e in _SECTION_EXPONENTS)
    wan, yi = _scale_atom((4,)), _scale_atom((8,))
    after_q3 = f"(?:{z}?{d}{q2})?(?:{z}?{d}?{q1})?(?:{z}?{d})?"
    after_q2 = f"(?:{z}?{d}?{q1})?(?:{z}?{d})?"
    units = f"(?:{q3}{after_q3}|{q2}{after_q2}|{q1}{d}?)"
    section = f"(?:{d}{units}?|{units})"  # 1-9999: 五, 十五, 两百, 一千零五, 千
    big = f"(?:(?:{wan}{yi}|{yi})(?:{z}?{section}{wan})?(?:{z}?{section})?|{wan}(?:{z}?{section})?)"
    positional = f"(?<!{pd})(?:{pd}{{3,}}+|{pd}{z}|{z}{pd})"
    fraction = f"{_char_class(_V.points)}{pd}++(?!{q1}){_scale_suffix()}?"
    return f"(?:{positional}(?:{fraction})?|{section}(?:{fraction}|{big})?|{z}(?:{fraction})?)"


NUMBER_PATTERN: str = f"(?:{_first_chars()}(?:{_arabic_pattern()}|{_chinese_pattern()}))"
"""One numeral with its optional scale; no capturing groups and no anchors, for embedding."""


# The compiled grammar is built on first use: compiling takes 40 ms, which ``import cnreport.numbers``
# (and so ``cnreport --help``) should not pay.
@cache
def _finder() -> regex.Pattern[str]:
    return regex.compile(f"{_first_chars()}(?:(?P<ar>{_arabic_pattern(named=True)})|{_chinese_pattern()})")


@cache
def _chinese_full() -> regex.Pattern[str]:
    return regex.compile(_chinese_pattern())


@cache
def _arabic_full() -> regex.Pattern[str]:
    return regex.compile(_arabic_pattern(named=True))


_LETTER_RUN = regex.compile("[A-Za-z]+")
_ARABIC_DIGIT_SET = frozenset(_ARABIC_DIGITS)
_ODD_SIGNS = (_V.negative | _V.positive) - {"-", "+"}  # signs Decimal() does not read


# ---------------------------------------------------------------------------------------------
# values


def _scaled(value: Decimal, exponent: int) -> Decimal:
    """``value`` times 10**exponent, exactly: the exponent moves, the digits never get rounded."""
    if not exponent:
        return value
    sign, digits, own = value.as_tuple()
    assert isinstance(own, int)
    shifted = own + exponent
    if shifted > 0:  # write integers out in full (182000, not 1.82E+5) for readable records
        return Decimal((sign, (*digits, *([0] * shifted)), 0))
    return Decimal((sign, digits, shifted))


def _suffix_exponent(suffix: str) -> int:
    """千万 = 10^3 * 10^4: scale characters in a row multiply."""
    return sum(_V.scale_exponents[c] for c in suffix)


def _arabic_value(match: regex.Match[str]) -> Decimal:
    """The value of a fully matched Arabic numeral (commas dropped, scale applied)."""
    surface = match.group()
    if surface[-1] in _ARABIC_DIGIT_SET and "," not in surface and surface[0] not in _ODD_SIGNS:
        return Decimal(surface)  # fast path for the common 5.8 / -0.5 / 2025
    sign, integer, frac, scale = match.group("sign", "int", "frac", "scale")
    minus = "-" if sign is not None and sign in _V.negative else ""
    value = Decimal(minus + integer.replace(",", "") + (f".{frac}" if frac else ""))
    return _scaled(value, _suffix_exponent(scale)) if scale else value


def _flush(section: int, digit: int, last: int) -> int:
    """Close a group: a digit right after 百/千/万 without 零 is colloquial shorthand (一千二 = 1200)."""
    if digit and last >= 100:
        return section + digit * last // 10
    return section + digit


def _structured_integer(text: str) -> int:
    """Value of a structured Chinese integer (三万五千, 一亿零五百万, 两万亿, 一千二).

    ``last`` is the factor of the unit or scale read just before the pending digit (1 after
    零), which is what the colloquial rule needs; big scales in a row multiply (两万亿五 is
    2.5万亿), a section unit before a big scale does not (十万五 is 10.5万).
    """
    high = mid = section = digit = 0
    last = 1
    after_big = False
    for ch in text:
        if ch in _V.digit_values:
            digit = _V.digit_values[ch]
            if ch in _V.zeros:
                last = 1
            after_big = False
            continue
        exponent = _V.scale_exponents[ch]
        factor = 10**exponent
        if exponent < 4:
            section += (digit or 1) * factor
        elif exponent == 4:
            mid = _flush(section, digit, last) * factor
            section = 0
        else:
            high = (high + mid + _flush(section, digit, last)) * factor
            mid = section = 0
        last = last * factor if after_big and exponent >= 4 else factor
        digit, after_big = 0, exponent >= 4
    return high + mid + _flush(section, digit, last)


def _integer_digits(text: str) -> str:
    """Decimal digits of a Chinese integer; digit-by-digit runs stay strings (no int size limits)."""
    if len(text) >= 2 and all(c in _V.positional for c in text):
        return "".join(str(_V.digit_values[c]) for c in text)
    return str(_structured_integer(text))


@lru_cache(maxsize=4096)
def _chinese_value(text: str) -> Decimal:
    """The value of a fully matched Chinese numeral; cached because reports repeat 一, 两, 三成."""
    point = next((i for i, c in enumerate(text) if c in _V.points), -1)
    if point < 0:
        return Decimal(_integer_digits(text))
    rest = text[point + 1 :]
    cut = next((i for i, c in enumerate(rest) if c not in _V.digit_values), len(rest))
    frac = "".join(str(_V.digit_values[c]) for c in rest[:cut])
    return _scaled(Decimal(f"{_integer_digits(text[:point])}.{frac}"), _suffix_exponent(rest[cut:]))


def parse_number(surface: str) -> Decimal:
    """The exact value of one numeral (``1,234.5``, ``18.2万``, ``十八点二万``, ``二〇二五``).

    Raises ValueError for anything that is not exactly one numeral, so callers can hand it
    whatever a pattern captured and trust the result.
    """
    text = surface.strip()
    arabic = _arabic_full().fullmatch(text)
    if arabic is not None:
        return _arabic_value(arabic)
    if _chinese_full().fullmatch(text) is not None:
        return _chinese_value(text)
    raise ValueError(f"not a numeral: {surface!r}")


# ---------------------------------------------------------------------------------------------
# finding


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A numeral in text; ``chinese`` numerals need a unit or context before they count as figures."""

    start: int
    end: int
    surface: str
    value: Decimal
    chinese: bool


class _Verdict(Enum):
    """What the context says about one candidate; LONE and PERIOD still depend on neighbours."""

    KEEP = auto()
    DROP = auto()
    LONE = auto()
    PERIOD = auto()


def _by_first_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by first character, so "is one of these next?" costs one dict lookup."""
    table: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        table.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in table.items()}


def _by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by last character, for "does one of these end right here?"."""
    table: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        table.setdefault(word[-1], []).append(word)
    return {k: tuple(v) for k, v in table.items()}


@cache
def _lookalikes() -> dict[str, tuple[tuple[str, int], ...]]:
    """The look-alike index, built on first use (10 ms at import otherwise)."""
    return _lookalike_index(_V.lookalikes)


def _lookalike_index(words: Iterable[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Every substring of every look-alike word -> (word, offset), so containment is a lookup."""
    index: dict[str, list[tuple[str, int]]] = {}
    for word in set(words):
        for i in range(len(word)):
            for j in range(i + 1, len(word) + 1):
                index.setdefault(word[i:j], []).append((word, i))
    return {k: tuple(v) for k, v in index.items()}


_FOLLOWERS = _by_first_char(_V.followers)
_PERIOD_AFTER = _by_first_char(_V.period_after)
_MONTH_AFTER = _by_first_char(_V.month_after)
_PRECEDERS = _by_last_char(_V.preceders)
_ORDINAL_BEFORE = _by_last_char(_V.ordinal_before)
_VAGUE_BEFORE = _by_last_char(_V.vague_before)
_LOOKALIKE_WORDS = frozenset(_V.lookalikes)
_SECTION_UNITS = frozenset(c for c, e in _V.scale_exponents.items() if e < 4)
_ASCII_LETTER_SET = frozenset(_ASCII_LETTERS)
_ARABIC_START = frozenset([*_ARABIC_DIGITS, *_V.negative, *_V.positive])
_MAX_LINK = max((len(w) for w in _V.range_links), default=0)


def _followed_by(text: str, pos: int, table: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether one of the words in ``table`` starts at ``pos`` (a loop: this is the hot path)."""
    if pos >= len(text):
        return False
    for word in table.get(text[pos], ()):
        if text.startswith(word, pos):
            return True
    return False


def _preceded_by(text: str, pos: int, table: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether one of the words in ``table`` ends at ``pos``."""
    if pos <= 0:
        return False
    for word in table.get(text[pos - 1], ()):
        if text.endswith(word, 0, pos):
            return True
    return False


def _inside_lookalike(text: str, start: int, end: int) -> bool:
    """Whether the numeral lies wholly inside a look-alike word (另一方面, 十足, 千亿级).

    A word that strictly contains the numeral also contains it plus one neighbour, so only
    those two short keys are looked up: a numeral in ordinary prose costs two dict misses.
    """
    if text[start:end] in _LOOKALIKE_WORDS:
        return True
    for lo, hi in ((start - 1, end), (start, end + 1)):
        if lo < 0 or hi > len(text):
            continue
        for word, offset in _lookalikes().get(text[lo:hi], ()):
            begin = lo - offset
            if begin >= 0 and text.startswith(word, begin):
                return True
    return False


def _glued_to_letters(text: str, start: int, end: int) -> bool:
    """Digits touching ASCII letters are part of a name (M2, 5G, CAC40, COVID-19), unless a unit."""
    before = text[start - 1] if start > 0 else ""
    if before in _ASCII_LETTER_SET:
        return True
    if before in ("-", "_") and start > 1 and text[start - 2] in _ASCII_LETTER_SET:
        return True
    if end >= len(text) or text[end] not in _ASCII_LETTER_SET:
        return False
    letters = _LETTER_RUN.match(text, end)
    return letters is not None and letters.group() not in _V.ascii_units


def _small_integer(value: Decimal) -> bool:
    """1-12: the values a month or quarter numeral can take."""
    return value == value.to_integral_value() and 1 <= value <= _MAX_MONTH


def _is_period(text: str, end: int, surface: str) -> bool:
    """一季度, 三季报, 十二月: a period name. 两月 is a count, so 两 never names a month."""
    if _followed_by(text, end, _PERIOD_AFTER):
        return True
    return (
        _followed_by(text, end, _MONTH_AFTER)
        and all(c in _V.positional or c in _SECTION_UNITS for c in surface)
        and _small_integer(_chinese_value(surface))
    )


def _chinese_verdict(text: str, start: int, end: int, surface: str) -> _Verdict:
    """Context rules for a Chinese numeral, cheapest and most decisive first."""
    if _inside_lookalike(text, start, end) or _preceded_by(text, start, _ORDINAL_BEFORE):
        return _Verdict.DROP
    if len(surface) == 1 and surface in _V.financial:  # 陆家嘴, 队伍: a word, not 6 or 5
        return _Verdict.DROP
    if surface[0] in _SECTION_UNITS and _preceded_by(text, start, _VAGUE_BEFORE):
        return _Verdict.DROP
    if _is_period(text, end, surface):
        return _Verdict.PERIOD
    if len(surface) == 1 and not (_followed_by(text, end, _FOLLOWERS) or _preceded_by(text, start, _PRECEDERS)):
        return _Verdict.LONE
    return _Verdict.KEEP


class _Candidate(NamedTuple):
    """A Chinese numeral with its own context verdict, waiting for its right-hand neighbour."""

    start: int
    end: int
    surface: str
    verdict: _Verdict


def _settle(run: list[_Candidate]) -> Iterator[NumberMatch]:
    """Settle a run of linked Chinese numerals right to left, then yield the ones that are numbers.

    A lone character lives if its neighbour does (三四个月, 七八成); a small numeral linked to a
    period is a period too (一至三月, 一、二季度, 一二季度).
    """
    final = [c.verdict for c in run]
    for i in range(len(run) - 2, -1, -1):
        here, nxt = run[i], run[i + 1]
        if final[i + 1] is _Verdict.PERIOD and _small_integer(_chinese_value(here.surface)):
            final[i] = _Verdict.PERIOD
        elif final[i] is _Verdict.LONE and here.end == nxt.start and final[i + 1] is _Verdict.KEEP:
            final[i] = _Verdict.KEEP
    for c, verdict in zip(run, final, strict=True):
        if verdict is _Verdict.KEEP:
            yield NumberMatch(c.start, c.end, c.surface, _chinese_value(c.surface), True)


def _linked(text: str, run: list[_Candidate], start: int) -> bool:
    """Whether a Chinese numeral at ``start`` continues the run (三四, 一至三, 一、二)."""
    end = run[-1].end
    return end == start or (start - end <= _MAX_LINK and text[end:start] in _V.range_links)


def find_numbers(text: str) -> list[NumberMatch]:
    """All numerals in ``text``, left to right, non-overlapping, longest first, look-alikes left out.

    Chinese numerals come back with ``chinese=True``: 三 alone is rarely a figure, so callers
    should require a unit or other context before they count one. Arabic numerals are judged
    on their own; Chinese ones are collected in runs of linked numerals and settled when the
    run ends, so memory stays small on a 50 MB text.
    """
    out: list[NumberMatch] = []
    run: list[_Candidate] = []
    for match in _finder().finditer(text):
        start, end = match.span()
        surface = match.group()
        if surface[0] in _ARABIC_START:
            if run:
                out.extend(_settle(run))
                run = []
            if not _glued_to_letters(text, start, end):
                out.append(NumberMatch(start, end, surface, _arabic_value(match), False))
            continue
        if run and not _linked(text, run, start):
            out.extend(_settle(run))
            run = []
        run.append(_Candidate(start, end, surface, _chinese_verdict(text, start, end, surface)))
    out.extend(_settle(run))
    return _compound_scales(out)


# A larger scale, then a smaller one written on (2亿9,500万 = 2.95亿, 3万5千 = 35,000): one amount.
_SCALE_ORDER = {"亿": 3, "億": 3, "万": 2, "萬": 2, "千": 1}


def _compound_scales(found: list[NumberMatch]) -> list[NumberMatch]:
    """2亿9,500万元 is one amount (295,000,000), not 2亿 and 9,500万: the smaller scale runs on."""
    out: list[NumberMatch] = []
    for n in found:
        last = out[-1] if out else None
        if last is not None and last.end == n.start and not last.chinese and not n.chinese:
            big, small = _SCALE_ORDER.get(last.surface[-1], 0), _SCALE_ORDER.get(n.surface[-1], 0)
            if big > small > 0 and n.value < last.value:
                out[-1] = NumberMatch(last.start, n.end, last.surface + n.surface, last.value + n.value, False)
                continue
        out.append(n)
    return out
