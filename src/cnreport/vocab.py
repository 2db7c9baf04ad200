"""The vocabulary the reading rules share: grammar and comparison words, subjects, compiled patterns.

Everything here is read from the lexicons once and cached; no rule module hardcodes a word list.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from .errors import LexiconError
from .lexicon import read_lexicon


@cache
def rx(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, kept: ``regex.search(pattern, …)`` pays a cache lookup with flag
    arithmetic on every call, about 13 % of extraction time across the inline patterns below."""
    return regex.compile(pattern)


@cache
def grammar() -> dict[str, object]:
    return read_lexicon("grammar")["words"]  # type: ignore[no-any-return]


@cache
def comparison_words() -> dict[str, object]:
    return read_lexicon("comparisons")


class WordPattern:
    """A pattern whose ``\\L<key>`` lists are grammar word classes (``WordPattern(r"…", w="filler")``).

    The engine's one way to build such patterns: compiled on the first call, when the lexicon is read
    (never at import), and kept; a call after that costs an attribute read on the hot path.
    """

    __slots__ = ("_classes", "_compiled", "_template")

    def __init__(self, template: str, **classes: str) -> None:
        self._template = template
        self._classes = classes
        self._compiled: regex.Pattern[str] | None = None

    def __call__(self) -> regex.Pattern[str]:
        if self._compiled is None:
            lists: dict[str, Any] = {key: words(name) for key, name in self._classes.items()}
            self._compiled = regex.compile(self._template, **lists)
        return self._compiled


@cache
def words(name: str) -> tuple[str, ...]:
    """A grammar word list, longest first.

    Cached on this very function (no wrapper around a cached helper): rules ask for their word
    lists some fifty thousand times per megabyte, so one Python call less each is measurable.
    """
    return tuple(sorted(set(_word_list(name)), key=len, reverse=True))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(_word_list(name))


def _word_list(name: str) -> list[str]:
    """A word class of ``grammar.toml``; its tables (``noted_currencies``…) are no word lists."""
    value = grammar()[name]
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"grammar.toml: words.{name} is not a list of words")
    return value


@cache
def qualifier_regexes() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    q = comparison_words()["qualifier"]
    assert isinstance(q, dict)
    before = {w: "approx" for w in q["approx_before"]}
    before |= {w: "over" for w in q["over_before"]}
    before |= {w: "under" for w in q["under_before"]}
    after = {w: "approx" for w in q["approx_after"]}
    after |= {w: "over" for w in q["over_after"]}
    after |= {w: "under" for w in q["under_after"]}
    QUALIFIER_BEFORE.update(before)
    QUALIFIER_AFTER.update(after)
    return (
        regex.compile(r"(?:\L<w>)$", w=sorted(before, key=len, reverse=True)),
        regex.compile(r"\L<w>", w=sorted(after, key=len, reverse=True)),
    )


QUALIFIER_BEFORE: dict[str, str] = {}


QUALIFIER_AFTER: dict[str, str] = {}


@cache
def subjects() -> dict[str, tuple[str, str]]:
    """Surface -> (canonical name, kind) from ``lexicons/subjects.toml``."""
    try:
        entries = read_lexicon("subjects")["subject"]
    except Exception:  # the lexicon is optional data: no subjects known
        return {}
    table: dict[str, tuple[str, str]] = {}
    for e in entries:
        for s in [e["name"], *e.get("aliases", [])]:
            table.setdefault(s, (e["name"], e.get("kind", "")))
    return table


def subject_at(text: str, pos: int = 0) -> str | None:
    """The longest subject name that starts at ``pos`` in ``text``, if any.

    A lookup by first character, longest length first: regex's ``\\L<…>`` over 1,500 names costs
    25 ms to compile at start-up and about 1 µs per character it tries.
    """
    table = subjects()
    for n in subject_lengths().get(text[pos : pos + 1], ()):
        name = text[pos : pos + n]
        if name in table:
            return None if names_a_landmark(text, pos + n) else name
    return None


def names_a_landmark(text: str, end: int) -> bool:
    """大同江畔, 南京路, 北京大道: a place's name opening a river, street or square names no subject."""
    return text.startswith(words("landmark_after"), end)


@cache
def subject_lengths() -> dict[str, tuple[int, ...]]:
    """First character of a subject name -> the lengths of the names it opens, longest first."""
    by_first: dict[str, set[int]] = {}
    for surface in subjects():
        by_first.setdefault(surface[0], set()).add(len(surface))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}


# The plan words that also name programmes (优惠计划开支): read with comparisons.toml programme_nouns.
PLAN_WORDS = ("计划", "計劃")


@cache
def modality_regexes() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    m = comparison_words()["modality"]
    assert isinstance(m, dict)
    # 临时估计为287亿元 is a statistic's first estimate, not a forecast
    forecast = regex.compile(r"(?<!临时|初步|预先|修订|最新)\L<w>", w=m["forecast"])
    # 优惠计划开支, 补贴计划2023至24年度开支: a programme named by 计划 is no plan of the figure's
    target = regex.compile(
        r"(?!(?:\L<p>)[\d至/\-年度]{0,12}(?:\L<n>))\L<w>", w=m["target"], n=m["programme_nouns"], p=list(PLAN_WORDS)
    )
    return target, forecast
