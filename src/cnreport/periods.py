"""Period phrases (SPEC §3): find them in text, resolve them to canonical strings, shift them.

Every phrase is read as *year head* + *sub-period* + optional *end marker*:
``2024年`` / ``今年`` / nothing (the reference year) + ``上半年`` / ``1-8月`` / ``一季度`` /
``8月15日`` … + ``末``/``底``. Most sub-periods are a span of months inside one year,
so one canonicaliser (months ``a..b`` of year ``y``) yields ``2025``, ``2025-H1``,
``2025-Q3``, ``2025-08`` or ``2025-01/2025-08`` and SPEC's rule "a month range equal
to a year, half or quarter is written as that" holds by construction.

The grammar is rendered twice from the same builder: with named groups for our own
parsing, and without any groups as :data:`PERIOD_PATTERN` so other modules can embed
it without renumbering their groups. Words come from ``lexicons/periods.toml``; the
regexes are alternations and optionals only (no nested quantifiers), so matching
stays linear in the text length.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from .lexicon import read_lexicon

__all__ = [
    "PERIOD_PATTERN",
    "PeriodMatch",
    "find_periods",
    "find_reference_year",
    "parse_period",
    "shift_period",
]


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """One period phrase found in a text, with its offsets so records stay traceable.

    ``period`` is None when the phrase is relative and no reference year is known.
    ``point`` marks a point in time (``6月末``, ``年初``) as opposed to a span or a day.
    ``relative`` marks phrases whose year comes from the reference year (``今年``, bare ``8月``).
    """

    start: int
    end: int
    surface: str
    period: str | None
    point: bool
    relative: bool


Cap = Callable[[str, str], str]


class RefYear(int):
    """The year a document's figures are about, plus what a reader knows of when it was written.

    It is an ``int`` (the data year) wherever the engine does arithmetic (``上年`` = year - 1), and
    carries two more facts for reading period phrases:

    - ``now``: the year of writing. Deictic words count from it (今年, 去年, 明年), while the
      reporting frame (全年, 上年, 1-11月) counts from the data year. A government work report
      delivered in 2026 reviews 2025 (data year) and sets 今年's targets for 2026 (now).
    - ``published``: the day of writing (``YYYY-MM-DD``). A bare period that would start after
      it, or a span of a quarter or more that would end more than a month after it, is the
      latest such period before it: ``12月`` in a text of 2019-01-11 is 2018-12, ``全年`` 2018.
    """

    now: int
    published: str | None
    fiscal_start: int | None
    _hash: int

    def __new__(
        cls, year: int, *, now: int | None = None, published: str | None = None, fiscal_start: int | None = None
    ) -> RefYear:
        obj = super().__new__(cls, year)
        obj.now = year if now is None else now
        obj.published = published
        obj.fiscal_start = fiscal_start  # the month a government's fiscal year starts (Hong Kong: 4)
        # hashed once: the year is part of the key of every cached period scan (thousands per report)
        obj._hash = hash(obj._facts())
        return obj

    def _facts(self) -> tuple[int, int, str | None, int | None]:
        return int(self), self.now, self.published, self.fiscal_start

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RefYear):
            return self._facts() == other._facts()
        return int(self) == other

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"RefYear({int(self)}, now={self.now}, published={self.published!r}, fiscal_start={self.fiscal_start})"

    def __str__(self) -> str:
        return str(int(self))  # f"{year}" and str(year) write the data year, as for an int

    __format__ = int.__format__

    def __reduce__(self) -> tuple[Any, ...]:
        return (_ref_year, self._facts())


def _ref_year(year: int, now: int, published: str | None, fiscal_start: int | None) -> RefYear:
    """Unpickling helper (RefYear crosses process boundaries in batch runs)."""
    return RefYear(year, now=now, published=published, fiscal_start=fiscal_start)


# A four-digit calendar year between 1949 and 2100 (SPEC: two-digit years like 24年 are skipped).
_YEAR4 = r"(?<![0-9])(?:19(?:49|[5-9][0-9])|20[0-9]{2}|2100)"
_AR_MONTH = r"(?:1[0-2]|0?[1-9])"
_AR_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_AR_COUNT_MONTHS = r"(?:1[0-2]|[2-9])"
_SPACE = r"[ \t\u3000]?"
_HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _lex() -> dict[str, Any]:
    """The period lexicon (cached by read_lexicon, so calling this is cheap)."""
    return read_lexicon("periods")


# ---------------------------------------------------------------- pattern building


def _words(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first so ``上半年度`` is tried before ``上半年``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"


def _not_after(words: Iterable[str]) -> str:
    """Negative lookbehind for any of ``words`` (the regex module allows variable-length ones)."""
    return f"(?<!{_words(words)})"


def _named(name: str, body: str) -> str:
    """Render a grammar group with its name, for our own parsing."""
    return f"(?P<{name}>{body})"


def _plain(_name: str, body: str) -> str:
    """Render a grammar group without capturing, so PERIOD_PATTERN embeds cleanly."""
    return f"(?:{body})"


def _cn_class(lo: int, hi: int) -> str:
    """Character class of the Chinese digits whose value lies in ``lo..hi``."""
    digits: Mapping[str, int] = _lex()["numerals"]["digits"]
    return "[" + "".join(ch for ch, v in digits.items() if lo <= v <= hi) + "]"


def _cn_numeral_chars() -> list[str]:
    """Every character that can be part of a Chinese numeral (for 'not inside a numeral' checks)."""
    num = _lex()["numerals"]
    return [*num["digits"], num["ten"], *num["count_two"], *num["zero"]]


class _Numbers(NamedTuple):
    """Numeral sub-patterns; Chinese forms are built from the lexicon's digits."""

    cn_month: str
    cn_day: str
    cn_count_months: str
    count_quarters: str
    quarter: str


def _numbers() -> _Numbers:
    num = _lex()["numerals"]
    ten = regex.escape(num["ten"])
    two = _words(num["count_two"])
    one_to_nine, one, two_digit, three = _cn_class(1, 9), _cn_class(1, 1), _cn_class(2, 2), _cn_class(3, 3)
    return _Numbers(
        cn_month=f"(?:{ten}{_cn_class(1, 2)}?|{one_to_nine})",
        cn_day=(
            f"(?:{three}{ten}{one}?|{two_digit}?{ten}{one_to_nine}?|{one_to_nine}"
            f"|{_words(num['tens'])}{one_to_nine}?)"  # 廿一 (21), 卅 (30): the old tens of the calendar
        ),
        cn_count_months=f"(?:{ten}{_cn_class(1, 2)}?|{_cn_class(2, 9)}|{two})",
        count_quarters=f"(?:[2-4]|{_cn_class(2, 4)}|{two})",
        quarter=f"(?:[1-4]|{_cn_class(1, 4)})",
    )


def _month_numeral(cap: Cap, name: str, suffix: str = "", guard: str = "") -> str:
    """A month number 1-12 (Arabic or Chinese) + ``suffix``, never cut out of a longer number.

    ``guard`` is a lookahead for the Chinese branch only: Chinese numerals are the ambiguous
    ones (一月一链, also split by markup as 一月 一链), Arabic months are not.
    """
    lex = _lex()
    lb = _not_after([*lex["months"]["cn_not_after"], *_cn_numeral_chars()])
    cn = f"{lb}{cap(name, _numbers().cn_month)}{suffix}{guard}"
    return f"(?:(?<![0-9.]){cap(name, _AR_MONTH)}{suffix}|{cn})"


def _month_number(cap: Cap, name: str, checked: bool) -> str:
    """A month numeral + 月/月份; ``checked`` adds the guard a bare month needs (一月一链, 一月度)."""
    lex = _lex()
    ambiguous = _words([*_cn_numeral_chars(), *lex["months"]["cn_not_before"]])
    # 二月零售业…: 零售 is a word, not a numeral running on (一月一链 is)
    words_after = _words(lex["months"].get("cn_words_after", []))
    guard = f"(?!{_SPACE}(?!{words_after}){ambiguous})" if checked else ""
    return _month_numeral(cap, name, _words(lex["months"]["suffix"]), guard)


def _sub_period(cap: Cap) -> str:
    """Everything that names part of a year: halves, quarters, cumulative spans, ranges, days, months."""
    lex, nums = _lex(), _numbers()
    end = f"{cap('end', _words(lex['year_words']['end']))}?"
    measure = f"{_words(lex['numerals']['measure'])}?"
    quarters = lex["quarters"]
    cum = f"{_not_after(lex['cumulative']['not_after'])}{_words(lex['cumulative']['prefix'])}"
    ends = _words(lex["year_words"]["end"])
    half = (
        f"(?:{cap('half', _words(lex['halves']))}{end}|{cap('half', _words(lex['halves_at_end']))}{cap('end', ends)})"
    )
    cum_quarters = f"{cum}{cap('cq', nums.count_quarters)}{measure}{_words(quarters['word'])}"
    ordinal = f"{regex.escape(quarters['ordinal_prefix'])}{cap('q', nums.quarter)}{_words(quarters['word'])}"
    bare = f"(?<![0-9]){_not_after(quarters['not_after'])}{cap('q', nums.quarter)}"
    bare = f"{bare}{regex.escape(quarters['bare_word'])}"
    quarter = f"(?:{ordinal}|{bare}|{cap('qfirst', _words(quarters['first']))}){end}"
    cum_months = (
        f"{cum}(?:{cap('cm', _AR_COUNT_MONTHS)}|{cap('cm', nums.cn_count_months)}){measure}"
        f"{_words(lex['months']['suffix'])}"
    )
    dash = f"{_SPACE}{_words(lex['years']['range_marks'])}{_SPACE}"
    months = _words(lex["months"]["suffix"])
    month_range = f"{_month_numeral(cap, 'ma')}{months}?{dash}{_month_number(cap, 'mb', False)}"
    day_num = f"(?:{cap('dd', _AR_DAY)}|{cap('dd', nums.cn_day)})"
    day = f"{_month_number(cap, 'dm', False)}{day_num}{_words(lex['days']['suffix'])}"
    # 8月30日至9月5日, 十二月二十至廿二日: a span of days, the second month optional
    first_day = f"(?:{cap('rd1', _AR_DAY)}|{cap('rd1', nums.cn_day)})"
    last_day = f"(?:{cap('rd2', _AR_DAY)}|{cap('rd2', nums.cn_day)})"
    day_suffix = _words(lex["days"]["suffix"])
    day_range = (
        f"{_month_number(cap, 'rm1', False)}{first_day}{day_suffix}?{dash}"
        f"(?:{_month_number(cap, 'rm2', False)})?{last_day}{day_suffix}"
    )
    month = f"(?:{_month_number(cap, 'm', True)}|{cap('mname', _words(lex['months']['named']))}){end}"
    parts = (half, cum_quarters, quarter, cum_months, month_range, day_range, day, month)
    return "(?:" + "|".join(parts) + ")"


def _year_head(cap: Cap) -> str:
    """An explicit (2024年, 民國113年) or relative (去年) year, unless it opens a comparison (去年同期)."""
    years = _lex()["years"]
    era = f"{cap('era', _words(years['eras']))}{cap('eray', '[0-9]{1,3}')}年"
    bare = years["bare_era"]
    roc = (
        f"(?<=^|{_words([*years['bare_era_after'], *years['bare_era_connectives']])}){cap('roc', bare['digits'])}年"
        f"(?!{_words(years['bare_era_not_before'])})"
    )
    short = (
        f"(?<=^|{_words(years['bare_era_after'])}){cap('yy', years['short_year']['digits'])}年"
        f"(?!{_words(years['short_year_not_before'])})"
    )
    rel = f"{_not_after(years['relative_not_after'])}{cap('rel', _words(years['relative']))}"
    fiscal = regex.escape(years["fiscal_suffix"])
    tails = _words(years["comparison_tails"])
    return f"(?:{cap('y', _YEAR4)}年|{era}|{roc}|{short}|{rel})(?!{fiscal}?{tails}){fiscal}?"


def _year_words(cap: Cap, bare: bool) -> str:
    """全年 / 年末 / 年底 / 年初, after a year head (``年`` optional: 今年底) or on their own."""
    words = _lex()["year_words"]
    nian = "年" if bare else "年?"
    start = f"{nian}{cap('ystart', _words(words['start']))}(?!{_words(words['start_not_before'])})"
    body = f"(?:{cap('whole', _words(words['whole']))}|{nian}{cap('yend', _words(words['end']))}|{start})"
    if not bare:
        return body
    guard = _not_after([*words["not_after"], *_cn_numeral_chars(), *"0123456789"])
    return guard + body


def _plan(cap: Cap) -> str:
    """A five-year plan period: “十四五”时期, 十三五期间."""
    plans = _lex()["plan_words"]
    opening, closing = _words(plans["open_quote"]), _words(plans["close_quote"])
    first = f"{_words(plans['first_years'])}{cap('plann', _words(plans['year_counts']))}年"
    tail = f"(?:{_words(plans['suffix'])}|{first})"
    return f"{opening}?{cap('plan', _words(_lex()['plans']))}{closing}?{tail}"


def _year_range(cap: Cap) -> str:
    """Two explicit years joined by a dash or 至: 2021-2025年, 2025年至2027年."""
    dash = f"{_SPACE}{_words(_lex()['years']['range_marks'])}{_SPACE}"
    fiscal = regex.escape(_lex()["years"]["fiscal_suffix"])
    return f"{cap('ya', _YEAR4)}年?{dash}{cap('yb', _YEAR4)}年{fiscal}?"


def _iso_date(cap: Cap) -> str:
    """A day written in numerals (2011-02-21, 2011/2/21, 2011.02.21), read as that day; a second day
    after a dash or 至 (2020/08/29-09/04, 2020.8.29至2020.9.4) closes a span from the first.

    No digit or dot may touch either end (1.2011.02.21 is no date; 2011.02.215 neither).
    """
    sep = "[-/.]"
    edge_before, edge_after = "(?<![0-9./])", "(?![0-9]|[./][0-9])"
    first = f"{cap('iy', _YEAR4)}{sep}{cap('im', _AR_MONTH)}{sep}{cap('id', _AR_DAY)}"
    dash = f"{_SPACE}{_words(_lex()['years']['range_marks'])}{_SPACE}"
    last = f"(?:{cap('iy2', _YEAR4)}{sep})?{cap('im2', _AR_MONTH)}{sep}{cap('id2', _AR_DAY)}"
    return f"{edge_before}{first}(?:{dash}{last})?{edge_after}"


def _years_back(cap: Cap) -> str:
    """过去五年, 最近三年, 五年来 (the last N whole years), 未来五个财政年度 (the next N years)."""
    words = _lex()["years"]["back"]
    count = f"(?:{cap('ybn', '(?:10|[2-9])')}|{cap('ybn', _numbers().cn_count_months)})"
    forward = f"(?:{cap('yfn', '(?:10|[2-9])')}|{cap('yfn', _numbers().cn_count_months)})"
    measure = f"{_words(_lex()['numerals']['measure'])}?"
    not_after = _words(words["not_before"])
    years = f"(?:{cap('yfis', _words(_lex()['years']['fiscal_words']))}年度|年(?!{not_after}))"
    before = f"{_words(words['before'])}(?:的)?{count}{measure}{years}"
    after = f"(?<![0-9{''.join(_cn_numeral_chars())}]){count}{measure}年{_words(words['after'])}"
    ahead = f"{_words(words['ahead'])}(?:的)?{forward}{measure}{years}"
    return f"(?:{before}|{after}|{ahead})"


def _fiscal_span(cap: Cap) -> str:
    """A fiscal year named by the two calendar years it spans: 2023至24年度, 2012-2013年度, 2024至25财政年度."""
    dash = f"{_SPACE}{_words(_lex()['years']['range_marks'])}{_SPACE}"
    fiscal = _words(_lex()["years"]["fiscal_words"])
    return f"{cap('fya', _YEAR4)}年?{dash}{cap('fyb', '(?:19|20)?[0-9]{2}')}年?{_SPACE}{fiscal}?年度"


def _latin(cap: Cap) -> str:
    """Quarter and half labels of broker notes and filings: Q3, 2020Q3, 20Q3, 3Q20, Q1-3, H1, 1H21, 2024H2.

    The label stands alone between non-alphanumerics (H1N1, Q3X and 5Q are no periods); a year written
    before or after it is its own (two digits are 20xx).
    """
    year = "(?:20[0-9]{2}|[0-9]{2})"
    edge_before, edge_after = "(?<![A-Za-z0-9.])", "(?![A-Za-z0-9])"
    quarter = f"Q{cap('lq', '[1-4]')}(?:{_SPACE}[-–~]{_SPACE}Q?{cap('lqe', '[1-4]')})?"
    half = f"H{cap('lh', '[12]')}"
    year_first = f"(?:{cap('ly', year)}{_SPACE})?(?:{quarter}|{half})"
    year_last = f"(?:{cap('lq', '[1-4]')}Q|{cap('lh', '[12]')}H){cap('ly', year)}?"
    return f"{edge_before}(?:{year_first}|{year_last}){edge_after}"


def _build(cap: Cap) -> str:
    """The whole period grammar; alternatives are ordered so the longest reading wins at a position."""
    head = _year_head(cap)
    sub = f"(?:{head}{_SPACE}|(?<![0-9年])){_sub_period(cap)}"
    with_head = f"{head}{_year_words(cap, bare=False)}?"
    parts = (
        _plan(cap),
        _iso_date(cap),
        _fiscal_span(cap),
        _year_range(cap),
        _latin(cap),
        _years_back(cap),
        sub,
        with_head,
        _year_words(cap, bare=True),
    )
    return "(?:" + "|".join(parts) + ")"


def _first_chars(grammar: regex.Pattern[str]) -> str:
    """A lookahead on the characters a period phrase can start with: lets the engine skip prose fast.

    Derived from the compiled grammar rather than written by hand, so it follows the lexicon: a
    character can start a phrase exactly when the grammar partially matches it alone (every
    lookbehind passes at the start of a string, and the grammar never matches the empty string).
    Only characters written in the pattern, and the digits that classes such as [0-9] stand for,
    can do so (a sweep of the whole BMP finds no other).
    """
    candidates = {*grammar.pattern, *"0123456789"}
    first = sorted(c for c in candidates if grammar.match(c, partial=True) is not None)
    return "(?=[" + "".join(regex.escape(c) for c in first) + "])"


def _opening_pairs(grammar: regex.Pattern[str]) -> str | None:
    """A lookahead on the first two characters a period phrase can open with, or None if unsure.

    The first-character lookahead still hands every digit, 年 and 上 to the twenty alternatives
    (about 3 µs each), and few of them go on to a second character a phrase can have (2024年 and
    8月 do, 5.8% does not): checking the pair first takes 40% off a scan of report text.

    Derived from the grammar, so it follows the lexicon, and only ever too permissive: the pairs
    are read off a copy of the grammar with every lookaround dropped (any match of the grammar
    matches the copy), a pair counts when the copy partially matches it, and the characters tried
    are all those the pattern can consume. A grammar with a construct that could consume others
    (a negated or Unicode class, ``.``, ignored case) or stop backtracking gets None: no pair check.
    """
    loose = _without_lookarounds(_tokens(grammar.pattern))
    universe = None if loose is None else _consumable(_tokens(loose))  # what lookarounds name is not consumed
    if loose is None or universe is None or grammar.flags & regex.IGNORECASE:
        return None
    probe = regex.compile(loose, grammar.flags)
    singles: list[str] = []
    by_seconds: dict[frozenset[str], list[str]] = {}
    for first in sorted(universe):
        if probe.match(first, partial=True) is None:
            continue
        if probe.fullmatch(first) is not None:
            singles.append(first)  # a phrase of one character: anything (or nothing) may follow it
            continue
        seconds = frozenset(c for c in universe if probe.match(first + c, partial=True) is not None)
        by_seconds.setdefault(seconds, []).append(first)
    alternatives = [_char_class(firsts) + _char_class(seconds) for seconds, firsts in by_seconds.items() if seconds]
    if singles:
        alternatives.append(_char_class(singles))
    return "(?=" + "|".join(alternatives) + ")" if alternatives else None


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


def _tokens(pattern: str) -> list[str]:
    """``pattern`` cut into escapes (``\\t``, ``\\u3000``), whole classes (``[0-9.]``) and single characters."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            found = _ESCAPE.match(pattern, i)
            end = found.end() if found else i + 1
        elif pattern[i] == "[":
            end = i + 1
            while end < len(pattern) and (pattern[end] != "]" or end == i + 1):
                end += 2 if pattern[end] == "\\" else 1
            end += 1
        else:
            end = i + 1
        out.append(pattern[i:end])
        i = end
    return out


_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\f": "\f", "\\v": "\v", "\\a": "\a"}
_ESCAPE = regex.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[pPN]\{[^}]*\}|.)", regex.S)
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _without_lookarounds(tokens: list[str]) -> str | None:
    """The pattern with every lookaround and anchor cut out, so it matches wherever the pattern
    does and more; None for what that cut could make stricter instead: atomic groups, possessive
    or repeated assertions, conditionals, inline flags, backtracking verbs, references."""
    text = "".join(tokens)
    if any(risky in text for risky in ("(?>", "(?(", "(*", "(?P=", "(?P>", "(?&", "(?R")):
        return None
    out: list[str] = []
    depth, cut_at = 0, -1  # cut_at: the depth the lookaround being cut opened at, -1 when none
    for k, tok in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok == "+" and k and tokens[k - 1] in ("*", "+", "?", "}"):
            return None  # a possessive repeat
        if tok == "(":
            if after == "?" and k + 2 < len(tokens) and tokens[k + 2].isalpha() and tokens[k + 2] != "P":
                return None  # (?i), (?i:…): a flag
            if cut_at < 0 and "".join(tokens[k : k + 4]).startswith(_LOOKAROUNDS):
                cut_at = depth
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth == cut_at:
                if after in ("?", "*", "+") or after.startswith("{"):
                    return None  # a repeated assertion: the repeat would fall on what stands before it
                cut_at = -1
                continue
        if cut_at < 0 and tok not in ("^", "$"):
            out.append(tok)
    return "".join(out)


def _consumable(tokens: list[str]) -> frozenset[str] | None:
    """Every character the pattern could consume: its literals and class members, escapes decoded;
    None when a token could consume characters beyond those (\\p{…}, \\w, [^…], ``.``)."""
    chars: set[str] = set()
    for tok in tokens:
        if tok == ".":
            return None
        if tok.startswith("["):
            members = _class_members(tok)
            if members is None:
                return None
            chars |= members
        elif tok.startswith("\\"):
            if _escape_is_class(tok):
                return None  # \\d, \\w, \\s, \\L<…>, \\p{…}: a class of characters or a named list
            chars.add(_decoded(tok))
        else:
            chars.add(tok)
    return frozenset(chars)


def _decoded(escape: str) -> str:
    if escape in _ESCAPES:
        return _ESCAPES[escape]
    if escape[1] in "uUx":
        return chr(int(escape[2:], 16))
    return escape[1]  # \\-, \\(, "\\ ": the character itself


def _class_members(cls: str) -> set[str] | None:
    """The characters of a class ``[…]``; None for a negated class, a class escape, a nested class
    or a range beyond ASCII."""
    if cls.startswith("[^"):
        return None
    raw = _tokens(cls[1:-1])
    if any(t.startswith("[") or (t.startswith("\\") and _escape_is_class(t)) for t in raw):
        return None
    chars = [_decoded(t) if t.startswith("\\") else t for t in raw]
    members: set[str] = set()
    k = 0
    while k < len(raw):
        if k + 2 < len(raw) and raw[k + 1] == "-":  # an unescaped - between two members: a range
            low, high = chars[k], chars[k + 2]
            if not (low.isascii() and high.isascii()):
                return None
            members.update(chr(c) for c in range(ord(low), ord(high) + 1))
            k += 3
        else:
            members.add(chars[k])
            k += 1
    return members


def _escape_is_class(escape: str) -> bool:
    """\\d, \\w, \\s, \\L<…>, \\p{…}, \\N{…}: an escape that stands for more than one known character."""
    return escape[1] in "pPN" or (len(escape) == 2 and escape[1].isalnum() and escape not in _ESCAPES)


PERIOD_PATTERN: str = _build(_plain)
_GRAMMAR = regex.compile(_build(_named))


@cache
def _period() -> regex.Pattern[str]:
    """The grammar behind the lookaheads that let the engine skip the positions no phrase starts at.

    Matching tries some twenty alternatives with lookbehinds at every position: the first
    characters make scans 5x faster, the first pairs 40% faster again. Built on first use (a
    tenth of a second) so importing the package stays quick.
    """
    pairs = _opening_pairs(_GRAMMAR)
    return regex.compile(_first_chars(_GRAMMAR) + (pairs or "") + _GRAMMAR.pattern)


# ---------------------------------------------------------------- reading a match


def _cn_int(text: str) -> int:
    """Value of a small Chinese numeral (八, 十二, 二十一, 两, 廿二); callers only pass what the grammar matched."""
    num = _lex()["numerals"]
    digits: dict[str, int] = {**num["digits"], **dict.fromkeys(num["count_two"], 2)}
    if text[:1] in num["tens"]:
        return int(num["tens"][text[0]]) + (digits[text[1:]] if text[1:] else 0)
    tens, sep, ones = text.partition(num["ten"])
    if not sep:
        return digits[text]
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _int(text: str) -> int:
    """Value of a numeral the grammar matched, Arabic or Chinese."""
    return int(text) if text.isascii() else _cn_int(text)


def _is_leap(year: int) -> bool:
    """Gregorian leap year; 2月底 and 2月29日 depend on it."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year: int, month: int) -> int:
    """Month length without datetime, so any integer year is safe (find_periods never raises)."""
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]


def _fmt_day(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None for a day the calendar lacks (2月30日) rather than an invalid period."""
    if not 1 <= day <= _days_in_month(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def fmt_months(year: int, first: int, last: int) -> str | None:
    """Canonical form of months ``first..last`` of ``year``: year, half, quarter, month or month range."""
    if first > last:
        return None
    if (first, last) == (1, 12):
        return f"{year:04d}"
    for half, months in _HALF_MONTHS.items():
        if (first, last) == months:
            return f"{year:04d}-H{half}"
    if first % 3 == 1 and last == first + 2:
        return f"{year:04d}-Q{last // 3}"
    if first == last:
        return f"{year:04d}-{first:02d}"
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def _head_year(m: regex.Match[str], year: int | None) -> tuple[int | None, bool]:
    """The year a phrase is about, and whether it was taken relative to the reference year."""
    if m.group("y") is not None:
        return int(m.group("y")), False
    if m.group("era") is not None:
        return _lex()["years"]["eras"][m.group("era")] + int(m.group("eray")), False
    if m.group("roc") is not None:
        return int(_lex()["years"]["bare_era"]["base"]) + int(m.group("roc")), False
    if m.group("yy") is not None:
        return int(_lex()["years"]["short_year"]["base"]) + int(m.group("yy")), False
    if year is None:
        return None, True
    word = m.group("rel")
    if not word:
        return int(year), True
    offset = _lex()["years"]["relative"].get(word, 0)
    if isinstance(year, RefYear) and word in _lex()["years"]["deictic"]:
        return year.now + offset, True  # 今年, 去年: counted from the year of writing
    return int(year) + offset, True


def _month_span(m: regex.Match[str]) -> tuple[int, int]:
    """The months ``first..last`` a sub-period covers; a bare year head covers the whole year."""
    if m.group("half") is not None:
        half = m.group("half")
        return _HALF_MONTHS[_lex()["halves"].get(half) or _lex()["halves_at_end"][half]]
    if m.group("cq") is not None:
        return 1, 3 * _int(m.group("cq"))
    if m.group("q") is not None:
        quarter = _int(m.group("q"))
        return 3 * quarter - 2, 3 * quarter
    if m.group("qfirst") is not None:
        return 1, 3
    if m.group("cm") is not None:
        return 1, _int(m.group("cm"))
    if m.group("ma") is not None:
        return _int(m.group("ma")), _int(m.group("mb"))
    if m.group("m") is not None:
        month = _int(m.group("m"))
        return month, month
    if m.group("mname") is not None:
        month = _lex()["months"]["named"][m.group("mname")]
        return month, month
    return 1, 12


def _day_range(m: regex.Match[str], year: int) -> str | None:
    """8月30日至9月5日 -> 2021-08-30/2021-09-05; a second month before the first is next year's."""
    first_month = _int(m.group("rm1"))
    last_month = _int(m.group("rm2")) if m.group("rm2") else first_month
    first = _fmt_day(year, first_month, _int(m.group("rd1")))
    last = _fmt_day(year + (last_month < first_month), last_month, _int(m.group("rd2")))
    if first is None or last is None or last <= first:
        return None
    return f"{first}/{last}"


def _multi_year(first: int, length: int) -> str:
    """``first/last`` for spans of whole years (plans, 2021-2025年)."""
    return f"{first:04d}/{first + length - 1:04d}"


def _read_absolute(m: regex.Match[str]) -> str | None:
    """Phrases that carry all their years in themselves: plans, ISO dates, year ranges."""
    if m.group("plan") is not None:
        words = _lex()["plan_words"]
        length = words["year_counts"][m.group("plann")] if m.group("plann") else words["length"]
        return _multi_year(_lex()["plans"][m.group("plan")], length)  # “十四五”前三年 -> 2021/2023
    if m.group("iy") is not None:
        return _numeral_days(m)
    first, last = int(m.group("ya")), int(m.group("yb"))
    return _multi_year(first, last - first + 1) if first < last else None


def _numeral_days(m: regex.Match[str]) -> str | None:
    """2020/08/29 -> 2020-08-29; 2020/08/29-09/04 -> 2020-08-29/2020-09-04 (the end's year as the
    start's unless written); a span that ends before it starts is none."""
    year = int(m.group("iy"))
    first = _fmt_day(year, int(m.group("im")), int(m.group("id")))
    if m.group("im2") is None or first is None:
        return first
    last = _fmt_day(int(m.group("iy2") or year), int(m.group("im2")), int(m.group("id2")))
    return f"{first}/{last}" if last is not None and last > first else None


def _read(m: regex.Match[str], year: int | None) -> tuple[str | None, bool, bool]:
    """(period, point, relative) for one grammar match."""
    period, point, relative = _read_in_year(m, year)
    bare = relative and m.group("rel") is None
    if bare and period and isinstance(year, RefYear) and year.published and _after_writing(period, year.published):
        period, point, relative = _read_in_year(m, int(year) - 1)  # 12月 in a text of January: last December
    return period, point, relative


def _after_writing(period: str, published: str) -> bool:
    """Whether a bare period read in the year of writing lies mostly ahead of the day of writing.

    A reader takes the nearest instance: one whose end is more than half a year after the day of
    writing is last year's (12月 or 全年 in a January text), while a month, quarter or year that
    ends within half a year may be meant as written, reported or planned (十二月 in an August
    forecast, 全年 in a July review, 10月 on the 22nd of October).
    """
    end = period_end(period)
    if end is None:
        return False
    limit = (dt.date.fromisoformat(published) + dt.timedelta(days=_HALF_YEAR_DAYS)).isoformat()
    return end > limit


_HALF_YEAR_DAYS = 183


def _read_latin(m: regex.Match[str], year: int | None) -> tuple[str | None, bool, bool]:
    """Q3 / 2020Q3 / 1H20 / Q1-3: the written year if any, else the reference year."""
    written = m.group("ly")
    base = (2000 + int(written) if len(written) == 2 else int(written)) if written else year
    if m.group("lh") is not None:
        first, last = _HALF_MONTHS[int(m.group("lh"))]
    else:
        q = int(m.group("lq"))
        first, last = (1, 3 * int(m.group("lqe"))) if m.group("lqe") else (3 * q - 2, 3 * q)
    return (None if base is None else fmt_months(int(base), first, last)), False, written is None


def _read_fiscal_span(m: regex.Match[str], year: int | None) -> str | None:
    """2023至24年度: April 2023 to March 2024 where the fiscal year starts in April, else the two years.

    The second year must follow the first (2023至24); anything else is no fiscal year.
    """
    first = int(m.group("fya"))
    second = m.group("fyb")
    if (int(second) if len(second) == 4 else first // 100 * 100 + int(second)) != first + 1:
        return None
    start = year.fiscal_start if isinstance(year, RefYear) else None
    if not start or start == 1:
        return _multi_year(first, 2)
    return f"{first:04d}-{start:02d}/{first + 1:04d}-{start - 1:02d}"


def _read_years_back(m: regex.Match[str], year: int | None) -> str | None:
    """The N whole years before the time of writing (in a text written after its data year, up to
    that year), or the N years from the year of writing on. Where a government counts in fiscal
    years (Hong Kong), they are fiscal years: back to the current one, ahead from the next."""
    if year is None:
        return None
    now = year.now if isinstance(year, RefYear) else int(year)
    if isinstance(year, RefYear) and year.fiscal_start and year.fiscal_start > 1:
        return _fiscal_years(m, year, year.fiscal_start)
    if m.group("yfn") is not None:
        return _multi_year(now, _int(m.group("yfn")))
    last = int(year) if now > int(year) else now - 1
    return _multi_year(last - _int(m.group("ybn")) + 1, _int(m.group("ybn")))


def _fiscal_years(m: regex.Match[str], year: RefYear, start: int) -> str:
    """过往五年 / 未来五个财政年度 in a Hong Kong budget of February 2024: 2019-04/2024-03, 2024-04/2029-03."""
    day = year.published or f"{year.now:04d}-{start:02d}-01"
    current = int(day[:4]) - (int(day[5:7]) < start)  # the fiscal year under way starts in this year
    if m.group("yfn") is not None:
        first, n = current + 1, _int(m.group("yfn"))
    else:
        n = _int(m.group("ybn"))
        first = current - n + 1
    return f"{first:04d}-{start:02d}/{first + n:04d}-{start - 1:02d}"


def _read_in_year(m: regex.Match[str], year: int | None) -> tuple[str | None, bool, bool]:
    if m.group("plan") is not None or m.group("iy") is not None or m.group("ya") is not None:
        return _read_absolute(m), False, False
    if m.group("ybn") is not None or m.group("yfn") is not None:
        # counted from the time of writing already: never rolled back as a bare period is
        return _read_years_back(m, year), False, False
    if m.group("fya") is not None:
        return _read_fiscal_span(m, year), False, False
    if m.group("lq") is not None or m.group("lh") is not None:
        return _read_latin(m, year)
    base, relative = _head_year(m, year)
    if m.group("ystart") is not None:
        return (None if base is None else f"{base - 1:04d}-12-31"), True, relative
    if m.group("dm") is not None:
        period = None if base is None else _fmt_day(base, _int(m.group("dm")), _int(m.group("dd")))
        return period, False, relative
    if m.group("rd1") is not None:
        return (None if base is None else _day_range(m, base)), False, relative
    first, last = _month_span(m)
    point = m.group("end") is not None or m.group("yend") is not None
    if base is None:
        return None, point, relative
    if point:
        return _fmt_day(base, last, _days_in_month(base, last)), True, relative
    return fmt_months(base, first, last), False, relative


def find_periods(text: str, year: int | None) -> list[PeriodMatch]:
    """All period phrases, left to right, each the longest reading at its position, never overlapping."""
    if len(text) <= _CACHED_CHARS:
        return list(_cached_periods(text, year))
    return _scan(text, year)


# The engine reads the same short zones again and again (a metric phrase, its head, the clause
# before each figure of a sentence): 60% of the calls repeat an earlier one on the samples read
# once. Matches are frozen, so a cached tuple is shared safely.
_CACHED_CHARS = 1000


@lru_cache(maxsize=4096)
def _cached_periods(text: str, year: int | None) -> tuple[PeriodMatch, ...]:
    return tuple(_scan(text, year))


def _scan(text: str, year: int | None) -> list[PeriodMatch]:
    return [PeriodMatch(m.start(), m.end(), m.group(), *_read(m, year)) for m in _period().finditer(text)]


def may_name_unwritten_year(text: str) -> bool:
    """Whether ``text`` may hold a phrase the grammar dates to a calendar year it does not write in
    four digits (民國113年, a bare 113年 or 18年, “十四五”时期, 1H21); False is certain.

    A caller after those years alone (the document's era years) can skip a scan of the whole text
    with the grammar when this says False, which most texts do. Read off the grammar: with no
    reference year, only a written year gives a phrase its year, and the heads that write it in
    fewer than four digits are the era, bare-era and two-digit ones (one to three digits and 年, no
    digit before them, as what may stand before them is a word, an era's name or the text's start),
    the plans (their name) and the Latin labels (Q3, H1, 3Q, 1H, with the year's two digits).
    """
    return any(pattern.search(text) is not None for pattern in _unwritten_year())


@cache
def _unwritten_year() -> tuple[regex.Pattern[str], ...]:
    """What every phrase dating a year without its four digits holds (see `may_name_unwritten_year`).

    Three searches rather than one alternation: the engine skips fast to a literal that opens a
    pattern (年's digits aside, Q or H, a plan's name), while ``[1-4]Q`` in an alternation has it try
    every digit of the text; that made the check cost a fifth of the scan it is there to save.
    """
    years = _lex()["years"]
    before = [*years["eras"], *years["bare_era_after"], *years["bare_era_connectives"]]
    if any(word[-1:].isdigit() for word in before):
        return (regex.compile(""),)  # a digit may stand before the year's: no shortcut, always scan
    return (
        regex.compile(r"(?<![0-9])[0-9]{1,3}年"),
        regex.compile(r"Q(?=[1-4])|Q(?<=[1-4]Q)|H(?=[12])|H(?<=[12]H)"),
        regex.compile(_words(_lex()["plans"])),
    )


def parse_period(surface: str, year: int | None) -> str | None:
    """Canonical period of one phrase; ValueError when the whole surface is not a period phrase.

    Raising (rather than returning None) keeps "not a period" apart from "a period whose
    year is unknown", which callers treat differently.
    """
    m = _period().fullmatch(surface.strip())
    if m is None:
        raise ValueError(f"not a period phrase: {surface!r}")
    return _read(m, year)[0]


# ---------------------------------------------------------------- reference year


def _compile(pattern: str) -> regex.Pattern[str]:
    """Reference-year patterns look at line starts (title blocks), hence MULTILINE."""
    return regex.compile(pattern, regex.MULTILINE)


def _note_pattern() -> regex.Pattern[str]:
    """A note on the same line that states the year the figures cover."""
    ref = _lex()["reference_year"]
    marker = f"{_not_after(ref['note_not_after'])}{_words(ref['note_markers'])}"
    return _compile(rf"{marker}[ \t]*[:：][^\n]{{0,80}}?(?P<year>{_YEAR4})年")


def _stamp_pattern() -> regex.Pattern[str]:
    """A labelled release date; reports are released in (or just after) the year they describe."""
    labels = _words(_lex()["reference_year"]["date_labels"])
    return _compile(rf"{labels}[ \t]*[:：][ \t]*(?P<year>{_YEAR4})(?=[-/.年])")


# A dated title (陆家嘴财经早餐2024年8月16日) or a clause opening with a year (2014年，全市…).
_HEADER = _compile(
    rf"(?P<year>{_YEAR4})(?:年{_AR_MONTH}月{_AR_DAY}[日号]|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))"
    rf"|(?:^|(?<=[，。；：,;:\s])){_SPACE}(?P<year>{_YEAR4})年"
)
# Any written year: 2024年, a day in numerals (2024-08-16, 2024/8/16, 2024.08.16), or a compact stamp
# such as …-20250331.htm in a URL.
# What follows a year when it is written: 年, the rest of a day in numerals (-08-16, /8/16, .08.16), or
# a compact stamp's month and day (…20250331.htm). Shared with the document context's year count.
YEAR_WRITTEN_AFTER = (
    rf"(?:年|[-/.]{_AR_MONTH}[-/.]{_AR_DAY}(?![0-9])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9]))"
)
_ANY_YEAR = _compile(rf"(?P<year>{_YEAR4}){YEAR_WRITTEN_AFTER}")
_ERA = _compile(rf"(?P<era>{_words(_lex()['years']['eras'])})(?P<n>[0-9]{{1,3}})年")
_NOTE = _note_pattern()
_STAMP = _stamp_pattern()


def _first_year(pattern: regex.Pattern[str], text: str) -> int | None:
    """Year of the first match: the earliest statement is the one closest to the title."""
    m = pattern.search(text)
    return None if m is None else int(m.group("year"))


def _header(text: str) -> str:
    """The title block: the first few non-blank lines, where a report states its date.

    Read from a growing prefix, so a 50 MB document is not split into a million lines for it;
    the prefix's last line may be cut off, so it only counts once the prefix is the whole text.
    """
    wanted = _lex()["reference_year"]["header_lines"]
    size = 4096
    while True:
        lines = text[:size].splitlines()
        if size < len(text):
            lines = lines[:-1]
        found = [line for line in lines if line.strip()]
        if len(found) >= wanted or size >= len(text):
            return "\n".join(found[:wanted])
        size *= 4


def _most_frequent_year(text: str, mentioned: Callable[[str], Counter[int]] | None = None) -> int | None:
    """The year written most often (ties go to the latest, as reports look back more than forward).

    ``mentioned`` counts the years a text names, when the caller knows better than every written
    year (the document context leaves comparison years out).
    """
    counts = mentioned(text) if mentioned else Counter(int(m.group("year")) for m in _ANY_YEAR.finditer(text))
    counts.update(year for year in (_era_year(m) for m in _ERA.finditer(text)) if year is not None)
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _era_year(m: regex.Match[str]) -> int | None:
    """Gregorian year of an era date (民國113年), if it lies in the years the grammar accepts."""
    year = _lex()["years"]["eras"][m.group("era")] + int(m.group("n"))
    return year if 1949 <= year <= 2100 else None


def note_year(text: str) -> int | None:
    """The year a data note states (注：以上数字全部为2025年上半年…), if the text has one."""
    return _first_year(_NOTE, text)


def find_reference_year(text: str, mentioned: Callable[[str], Counter[int]] | None = None) -> int | None:
    """The year a report is about, from the strongest evidence present.

    Order: a data note (注：以上数字全部为2025年…), a labelled release date (发布时间：2011-02-21),
    a date or year opening a clause in the title block, then the most frequent written year.
    A January release about December data would need more than this; reports in the corpus
    date their release in the year they describe, so the release year is taken as is.
    """
    return (
        _first_year(_NOTE, text)
        or _first_year(_STAMP, text)
        or _first_year(_HEADER, _header(text))
        or _most_frequent_year(text, mentioned)
        or _first_dated_year(_header(text))
    )


def _first_dated_year(header: str) -> int | None:
    """The year of the first period in the title block that names one (财政部发布113年8月…统计)."""
    return next((int(pm.period[:4]) for pm in find_periods(header, None) if pm.period), None)


# ---------------------------------------------------------------- shifting canonical periods

_CANONICAL = regex.compile(
    r"(?P<y>[0-9]{4})(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])|(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12][0-9]|3[01]))?))?"
)


class _Point(NamedTuple):
    """One end of a canonical period: unit ``i`` of ``n`` per year (year, halves, quarters, months)."""

    year: int
    n: int
    i: int
    day: int | None


def _parse_canonical(period: str) -> _Point:
    """Split one canonical end (``2025-Q1``, ``2025-08-15``); ValueError for anything else."""
    m = _CANONICAL.fullmatch(period)
    if m is None:
        raise ValueError(f"not a canonical period: {period!r}")
    year = int(m.group("y"))
    if m.group("h"):
        return _Point(year, 2, int(m.group("h")), None)
    if m.group("q"):
        return _Point(year, 4, int(m.group("q")), None)
    if m.group("m"):
        day = int(m.group("d")) if m.group("d") else None
        if day is not None and day > _days_in_month(year, int(m.group("m"))):
            raise ValueError(f"not a calendar day: {period!r}")
        return _Point(year, 12, int(m.group("m")), day)
    return _Point(year, 1, 1, None)


def _fmt_point(p: _Point) -> str:
    """Inverse of _parse_canonical."""
    if p.n == 1:
        return f"{p.year:04d}"
    if p.n == 2:
        return f"{p.year:04d}-H{p.i}"
    if p.n == 4:
        return f"{p.year:04d}-Q{p.i}"
    if p.day is None:
        return f"{p.year:04d}-{p.i:02d}"
    return f"{p.year:04d}-{p.i:02d}-{p.day:02d}"


def _year_earlier(p: _Point) -> _Point:
    """Same period one year back; 29 February falls back to the 28th."""
    day = p.day
    if day is not None:
        day = min(day, _days_in_month(p.year - 1, p.i))
    return p._replace(year=p.year - 1, day=day)


def _step_back(p: _Point) -> _Point:
    """The period just before ``p`` at the same granularity (day, month, quarter, half or year)."""
    if p.day is not None:
        before = dt.date(p.year, p.i, p.day) - dt.timedelta(days=1)
        return _Point(before.year, 12, before.month, before.day)
    if p.i > 1:
        return p._replace(i=p.i - 1)
    return p._replace(year=p.year - 1, i=p.n)


def _shift_span(first: _Point, last: _Point, how: str) -> str | None:
    """Shift a two-ended period; 'prev' is only defined for multi-year spans (十四五 → 十三五).

    A month span is cumulative (1-8月), and no "previous" cumulative span exists,
    so None is returned for it and for day spans (whose previous week is not a fixed shift).
    """
    if (first.n, first.day is None) != (last.n, last.day is None):
        raise ValueError("a period's two ends must have the same granularity")
    if how == "yoy":
        return f"{_fmt_point(_year_earlier(first))}/{_fmt_point(_year_earlier(last))}"
    if first.n != 1:
        return None
    length = last.year - first.year + 1
    return _multi_year(first.year - length, length)


def shift_period(period: str, how: str) -> str | None:
    """Move a canonical period back: 'yoy' = same period a year earlier, 'prev' = the period before.

    Gives the explicit period that a base like 同比/环比 stands for (SPEC §4), so bases can be
    compared with the periods written in the text. None when the shift is not defined.
    """
    if how not in ("yoy", "prev"):
        raise ValueError(f"unknown shift {how!r}; expected 'yoy' or 'prev'")
    ends = period.split("/")
    if len(ends) > 2:
        raise ValueError(f"not a canonical period: {period!r}")
    points = [_parse_canonical(end) for end in ends]
    if len(points) == 2:
        return _shift_span(points[0], points[1], how)
    shifted = _year_earlier(points[0]) if how == "yoy" else _step_back(points[0])
    return _fmt_point(shifted)


def period_end(period: str) -> str | None:
    """The last day of a canonical period (2024-H1 -> 2024-06-30): where a stock stands at its end."""
    try:
        last = _parse_canonical(period.split("/")[-1])
    except ValueError:
        return None
    if last.day is not None:
        return _fmt_point(last)
    month = last.i * 12 // last.n
    return f"{last.year:04d}-{month:02d}-{_days_in_month(last.year, month):02d}"
