"""Comparison bases and directions: 同比/环比/比上年/较一季度 -> base; 增长/下降 -> sign."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from .lexicon import read_lexicon

_CN_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@cache
def _base_words() -> list[tuple[str, str]]:
    """(surface, canonical) pairs for the fixed bases, longest surface first."""
    pairs = [(w, canon) for canon, words in read_lexicon("comparisons")["base"].items() for w in words]
    return sorted(set(pairs), key=lambda p: len(p[0]), reverse=True)


@cache
def _direction_words() -> tuple[regex.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The direction words, longest first (涨跌幅 before 涨 and 跌幅), and the falls, negative subjects
    and signed moves among them."""
    d = read_lexicon("comparisons")["direction"]
    words = sorted(set(d["up"]) | set(d["down"]) | set(d["signed"]), key=len, reverse=True)
    return (
        regex.compile(r"\L<w>", w=words),
        frozenset(d["down"]),
        frozenset(d["negative_subjects"]),
        frozenset(d["signed"]),
    )


_AVG = regex.compile(r"(?P<n>[两二三四五2-5])年(?:平均|年均)")
_EXPLICIT = regex.compile(
    # 比5月份又增加0.5个百分点: an adverb may stand between the base and the verb
    r"(?:比|较|與|与|同)(?P<p>[^，。；、比较增长下降提高回落]{1,12}?)"
    r"(?=(?:又|再|也|还|均|都|分别|则|仍|已|略|稍|净|淨)?(?:相比|同期相比|$|增|下|提|回|降|减|上|高|低|扩|收|加|放|多|少|持平|涨|跌))"
)


@cache
def _fixed_remainders() -> frozenset[str]:
    """上年, 去年同期, 上月 …: what follows 比/较 in a fixed base word."""
    return frozenset(w[1:] for w, _ in _base_words() if w[0] in "比较" and len(w) > 1) | {"同期"}


def find_base(predicate: str, parse_period: Callable[[str], str | None], year: int | None) -> str | None:
    """The comparison base stated in ``predicate`` (canonical, SPEC §4), or None if none is stated.

    Explicit periods (比一季度, 较2020年, 比年初) win over the fixed words because 比上年末 is a
    day, not the whole previous year.
    """
    avg = _AVG.search(predicate)
    if avg and year is not None:
        return f"period_avg:{year - _CN_DIGITS[avg.group('n')]}"
    for m in _EXPLICIT.finditer(predicate):
        phrase = m.group("p")
        if phrase in _fixed_remainders():
            continue  # 比上年, 较上月: the fixed words below say it (比去年全年 is parsed: a whole year)
        period = parse_period(phrase)
        if period:
            return f"period:{period}"
    for word, canon in _base_words():
        if word in predicate:
            return canon
    return None


def direction_sign(predicate: str, metric: str = "") -> int:
    """-1 when the predicate says the quantity fell, else +1.

    A narrowing fall is a rise: 降幅收窄5.9个百分点 is +5.9 (SPEC §7), so a falling word after a
    negative subject (降幅, 亏损, 逆差) flips back.
    """
    rx, down, negative_subjects, signed = _direction_words()
    found = [w for w in rx.findall(predicate) if w not in signed]  # 涨跌幅为-2%: the figure's own sign
    if not found:
        return 1
    last = found[-1]
    sign = -1 if last in down else 1
    context = (metric + predicate).replace(last, "", 1) if last in negative_subjects else metric + predicate
    if any(w in context for w in negative_subjects):
        sign = -sign
    return sign
