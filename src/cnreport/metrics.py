"""Metric vocabulary: alias -> canonical indicator, and the heads a metric phrase ends with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import read_lexicon
from .numbers import parse_number
from .periods import find_periods


@dataclass(frozen=True, slots=True)
class MetricEntry:
    id: str
    name: str


@cache
def metric_table() -> dict[str, MetricEntry]:
    """Every surface (name or alias) -> its indicator."""
    table: dict[str, MetricEntry] = {}
    for e in read_lexicon("metrics").get("metric", []):
        entry = MetricEntry(e["id"], e["name"])
        for surface in [e["name"], *e.get("aliases", [])]:
            table.setdefault(surface, entry)
    return table


def known_metric_suffix(phrase: str) -> str | None:
    """The longest known indicator surface that ``phrase`` ends with (京东集团收入 -> 收入).

    Suffixes are looked up longest first in the surface table: one dict probe per character,
    rather than a regex over 3,000 names at every position.
    """
    table = metric_table()
    longest = _longest_surface()
    for start in range(max(0, len(phrase) - longest), len(phrase)):
        if phrase[start:] in table:
            return phrase[start:]
    return None


@cache
def _longest_surface() -> int:
    return max((len(s) for s in metric_table()), default=0)


def is_known_metric(phrase: str) -> bool:
    return phrase in metric_table()


def expand_abbreviations(metric: str) -> str:
    """规上 -> 规模以上 (SPEC §2), 外储 -> 外汇储备: short forms written out (metrics.toml abbreviations)."""
    for short, full in _abbreviations():
        if short in metric:
            metric = metric.replace(short, full)
    return metric


@cache
def _abbreviations() -> tuple[tuple[str, str], ...]:
    table: dict[str, str] = read_lexicon("metrics").get("abbreviations", {})
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


_WORD = regex.compile(r"[\p{Han}\p{Latin}]")


def names_a_quantity(phrase: str) -> bool:
    """Whether ``phrase`` can be a metric at all (issue 14 invariant).

    Cutting a metric out of a clause that holds none leaves debris: a preposition (以16亿元的优势
    险胜), an adverb (暂居第二), a connective, a quote mark or a year of a table row, a time phrase
    (过去一个月下跌4.7%). Such a phrase names no quantity, so the figure is better left without
    a metric than given one a reader would never write.
    """
    text = phrase.strip()
    if not _WORD.search(text):
        return False
    return not (_only_function_words(text) or _is_time_span(text) or _is_period(text))


@cache
def _not_metric_words(*, joiners: bool = True) -> frozenset[str]:
    words = read_lexicon("grammar")["words"]
    return frozenset(words["not_metrics"]) | frozenset(words["not_metric_joiners"] if joiners else ())


def _only_function_words(text: str) -> bool:
    """Whether ``text`` splits into words of the ``not_metrics`` list only (而且也, 以, 暂).

    Only the split points reached so far are tried as word starts (few, usually just 0), rather
    than every start within a word's length: the same answer for a fraction of the slicing.
    """
    words = _not_metric_words()
    longest = _longest_not_metric_word()
    ends = {0}  # positions a split into such words reaches
    for end in range(1, len(text) + 1):
        if any(text[start:end] in words for start in ends if start >= end - longest):
            ends.add(end)
    return len(text) in ends


@cache
def _longest_not_metric_word() -> int:
    """Length of the longest ``not_metrics`` word: how far back a split may start (asked per character)."""
    return max((len(w) for w in _not_metric_words()), default=0)


def _is_time_span(text: str) -> bool:
    """过去一个月, 近三年, 未来两周: a head, a numeral and a unit of time, nothing else."""
    m = _time_span().fullmatch(text)
    return m is not None and _is_numeral(m.group("n"))


@cache
def _time_span() -> regex.Pattern[str]:
    grammar = read_lexicon("grammar")["words"]
    heads, units = (sorted(grammar[k], key=len, reverse=True) for k in ("time_span_heads", "time_span_units"))
    alt = "|".join
    return regex.compile(
        f"(?:{alt(map(regex.escape, heads))})(?P<n>[^\\s，,。；;]{{1,4}}?)(?:{alt(map(regex.escape, units))})"
    )


def strip_time_spans(zone: str) -> str:
    """沪指过去一个月下跌4.7%: the horizon of a move (过去一个月, 近三年) is when, not part of what."""
    return _time_span().sub(lambda m: "" if _is_numeral(m.group("n")) else m.group(), zone)


def trim_function_words(tokens: list[str]) -> list[str]:
    """该指标暂|居第三, 而且|出口: a function word at either end of a metric's tokens is not its name.

    Only whole tokens go, so a name that starts or ends with such a character (以旧换新, 交易所)
    stays whole, and a joiner (和, 及) goes from the start only: 長和 is a name.
    """
    words, last_words = _not_metric_words(), _not_metric_words(joiners=False)
    start, end = 0, len(tokens)
    while start < end and tokens[start] in words:
        start += 1
    while end > start and tokens[end - 1] in last_words:
        end -= 1
    return tokens[start:end]


def _is_numeral(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def _is_period(text: str) -> bool:
    """上半年, 2025年1-6月: a phrase that is one period from end to end dates a figure, it is none."""
    return any(m.start == 0 and m.end == len(text) for m in find_periods(text, None))
