"""The reference date of a document (SPEC §3), decided the way a reader decides it.

Two facts, kept apart because reports keep them apart:

- the **data year**, the year the figures are about: a data note (注：以上数字为2025年…), a year in
  the title (2025年某市统计公报), else the year of writing, else the year the text mentions most
  when comparison years (比2019年, 与2010年相比, 2012年以来) are left out;
- the **year and day of writing**: a publication stamp or date line (`dates.find_published`), or a
  wire dateline's month and day completed with the data year.

A report titled as a review of the year before (a government work report of 2026) has its data
year one before the title's. Each step that decides is recorded as `Decision` for the explain trail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from .. import periods
from ..vocab import words
from .dates import DateEvidence, find_dateline, find_published, title_block
from .vocabulary import dating


@dataclass(frozen=True, slots=True)
class Decision:
    """One document-level decision: the rule that made it, its value and the text it rests on."""

    field: str
    rule: str
    value: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Reference:
    """The document's data year and writing date, with the decisions behind them."""

    year: periods.RefYear | None
    decisions: tuple[Decision, ...]


_YEAR = r"(?<![0-9])(?P<year>19[5-9][0-9]|20[0-9]{2})"


def _words(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _base_year() -> regex.Pattern[str]:
    """A year that is a comparison base or a starting point: 比2019年, 2012年以来, 较2019年同期."""
    bases = dating().bases
    return regex.compile(
        rf"{_words(bases.before)}\s?{_YEAR}\s?年|{_YEAR}\s?年(?:[0-9一二三四十]{{1,3}}月份?|[上下]半年|[一二三四]季度)?"
        rf"{_words(bases.after)}"
    )


# A written year: 2024年, a day in numerals (2024-08-16, 2024/8/16, 2024.08.16), or a compact stamp
# such as …-20250331.htm in a link.
_ANY_YEAR = regex.compile(rf"{_YEAR}\s?{periods.YEAR_WRITTEN_AFTER}")
# Annual figures come out in the first months of the next year: a text written then that names
# the year before more than its own is about the year before.
_EARLY_MONTHS = 3
_TITLE_CHARS = 60
_NUMBERED = regex.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9]))"
)
_LAST_YEAR_ONLY = 3


def mentioned_years(text: str) -> Counter[int]:
    """Years the text names as what it is about: every written year less those used as bases."""
    counts = Counter(int(m.group("year")) for m in _ANY_YEAR.finditer(text))
    counts.subtract(int(m.group("year")) for m in _base_year().finditer(text))
    counts.update(_era_years(text[:_ERA_SCAN_CHARS]))
    return +counts


_ERA_SCAN_CHARS = 200_000


def _era_years(text: str) -> list[int]:
    """Years written in an era calendar (民國113年, 113年8月 after a publishing verb), as Gregorian years.

    Most texts write no year that way: a cheap check skips the grammar's scan of the whole text.
    """
    if not periods.may_name_unwritten_year(text):
        return []
    return [
        int(pm.period[:4])
        for pm in periods.find_periods(text, None)
        if pm.period and not pm.relative and pm.period[:4].isdigit() and not regex.search(r"[0-9]{4}", pm.surface)
    ]


def _title_lines(text: str) -> list[tuple[int, str]]:
    """Title-like lines of the title block: no sentence break before their end, not too long."""
    head = title_block(text, lines=4, chars=600)
    out = []
    for m in regex.finditer(r"[^\n]+", head):
        line = m.group()
        if regex.search(r"[。；]", line) or _NUMBERED.match(line.strip()):
            break  # the body has begun: a sentence, or a numbered section heading (一、…)
        if len(line.strip()) <= _TITLE_CHARS:
            out.append((m.start(), line))
    return out


def title_year(text: str) -> tuple[int, str] | None:
    """The year a title names as what the document covers (2025年某市统计公报), with the title.

    A period with a written year counts unless it is a comparison (比2019年) or a date line.
    """
    base = _base_year()
    for _, line in _title_lines(text):
        if find_published(line) is not None and len(line.strip()) <= 24:
            continue  # a date line (2024-04-29, 《某节目》 (20241022))
        for pm in periods.find_periods(line, None):
            if pm.period is None or pm.relative or not pm.period[:4].isdigit():
                continue
            if "/" in pm.period and pm.period[:4] != pm.period[-7:-3]:
                continue  # 2021-2025年: a span, not the year of the document
            if any(b.start() <= pm.start < b.end() for b in base.finditer(line)):
                continue
            if regex.match(r"\d{4}-\d{2}-\d{2}$", pm.period):
                continue  # a day in a title is when it was written
            return int(pm.period[:4]), line.strip()
    return None


def _reviews_last_year(title: str) -> bool:
    return any(word in title for word in dating().genres.reviewing_titles)


@dataclass(frozen=True, slots=True)
class _Found:
    """What one evidence step found: the data year, the year of writing if it differs, the decision."""

    year: int
    now: int | None
    decision: Decision


def _from_note(text: str, published: DateEvidence | None) -> _Found | None:
    """注：以上数字全部为2025年上半年…: the figures' own year, stated."""
    note = periods.note_year(text)
    return None if note is None else _Found(note, None, Decision("year", "year.note", str(note), "data note"))


def _from_title(text: str, published: DateEvidence | None) -> _Found | None:
    """2025年某市统计公报; a work report titled 2026年 reviews 2025 and plans 2026."""
    titled = title_year(text)
    if titled is None:
        return None
    year, title = titled
    if _reviews_last_year(title):
        return _Found(year - 1, year, Decision("year", "year.reviewing_title", str(year - 1), title))
    return _Found(year, None, Decision("year", "year.title", str(year), title))


def _from_published(text: str, published: DateEvidence | None) -> _Found | None:
    """The year of writing; early in a year, a text naming the year before more is about it."""
    if published is None or published.year is None:
        return None
    year = published.year
    named = mentioned_years(text[: published.start] + text[published.end :])  # the stamp itself aside
    # (not a daily news programme, 新闻联播 2008-01-24: that is about its day, however often it names
    # last year, unless it never names its own)
    early = published.month <= _EARLY_MONTHS and named[year - 1] > named[year] and not _daily_news(text)
    # later in the year, only a text that never names its own year but often the last one
    if early or (not named[year] and named[year - 1] >= _LAST_YEAR_ONLY):
        return _Found(year - 1, year, Decision("year", "year.published_early_review", str(year - 1), published.step))
    return _Found(year, None, Decision("year", "year.published", str(year), published.step))


def _daily_news(text: str) -> bool:
    """A daily news programme's transcript (新闻联播, 晚间新闻) names itself at its head."""
    head = text[:_DAILY_NEWS_HEAD]
    return any(mark in head for mark in words("daily_news_marks"))


_DAILY_NEWS_HEAD = 200


def _from_most_named(text: str, published: DateEvidence | None) -> _Found | None:
    """The year the text names clearly most often, comparison years left out."""
    ranked = mentioned_years(text).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return None
    year, count = ranked[0]
    return _Found(year, None, Decision("year", "year.most_named", str(year), f"named {count} times"))


def _from_title_block(text: str, published: DateEvidence | None) -> _Found | None:
    """A year opening a clause of the first lines, else the first dated period there."""
    year = periods.find_reference_year(text, mentioned=mentioned_years)
    if year is None or not mentioned_years(text)[year]:
        return None  # written only as a comparison (比2015年): not what the text is about
    return _Found(year, None, Decision("year", "year.title_block", str(year), "title block"))


# What the text states about its year comes first; a user's --year fills in where it states
# nothing (a title's 2021年上半年 stands, whatever year is given); then the weaker evidence.
_STATED = (_from_note, _from_title)
_INFERRED = (_from_published, _from_most_named, _from_title_block)


def find_reference(text: str, *, year: int | None = None) -> Reference:
    """Data year and writing date of ``text``; ``year`` (the user's) fills what the text does not state."""
    published = find_published(text)
    found = next((f for step in _STATED if (f := step(text, published)) is not None), None)
    if found is None and year is not None:
        found = _Found(year, None, Decision("year", "year.given", str(year), "--year"))
    if found is None:
        found = next((f for step in _INFERRED if (f := step(text, published)) is not None), None)
    if found is None:
        return Reference(None, ())
    decisions = [found.decision]
    day = _writing_day(published, find_dateline(text) if published is None else None, found.year)
    now = found.now
    if day is not None:
        decisions.append(Decision("published", day[1], day[0], "first lines"))
        now = now if now is not None else int(day[0][:4])
    return Reference(periods.RefYear(found.year, now=now, published=day[0] if day else None), tuple(decisions))


def _writing_day(
    published: DateEvidence | None, dateline: DateEvidence | None, data_year: int
) -> tuple[str, str] | None:
    """(day, rule): a full publication date, else a dateline's month and day in the data year."""
    if published is not None and published.iso is not None:
        return published.iso, published.step
    if dateline is not None and dateline.month:
        completed = DateEvidence(dateline.step, data_year, dateline.month, dateline.day, dateline.start, dateline.end)
        if completed.iso is not None:
            return completed.iso, dateline.step
    return None
