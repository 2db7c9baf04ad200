"""When a document was written: date lines in every common form, as named evidence steps.

A reader finds the day a text was published in its first lines: a labelled stamp (发布时间：…),
an RSS/mail date, an ISO or slashed date under the title, a 年月日 date in brackets under a
bulletin's title, a Taiwan era date, or a wire dateline that gives month and day only. Each
form is one `DateStep` with invented examples; `find_published` tries them in order and says
which one decided (the explain trail).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from .. import periods
from .vocabulary import dating


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """A date found in the text: the rule that found it, the day (year may be unknown), and where."""

    step: str
    year: int | None
    month: int
    day: int
    start: int
    end: int

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD`` when the year is known and the day exists."""
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class DateStep:
    """One way a text states its own date: a pattern with groups y/m/d (or mon / roc), and examples."""

    id: str
    pattern: Callable[[], regex.Pattern[str]]
    examples: tuple[tuple[str, str | None], ...]  # (text, the ISO day it gives; None: must not fire)


def _words(words: tuple[str, ...] | list[str]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_Y = r"(?P<y>(?:19[5-9]\d|20\d\d))"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
# The date forms a labelled stamp or a date line may take.
_ANY_DATE = (
    rf"{_Y}(?:(?P<sep>[-/.])\s?{_M}(?P=sep)\s?{_D}(?!\d)|\s?年\s?{_M}\s?月\s?{_D}\s?[日号])"
    rf"|(?P<roc>(?:民國|民国)?1[0-2]\d)(?:\s?年\s?{_M}\s?月\s?{_D}\s?日|/{_M}/{_D}(?!\d))"
)


@cache
def _labelled() -> regex.Pattern[str]:
    labels = _words(dating().labels.published)
    return regex.compile(rf"(?<![\p{{Han}}A-Za-z]){labels}\s*[:：]\s*(?:{_ANY_DATE})")


@cache
def _rfc822() -> regex.Pattern[str]:
    months = _words(tuple(dating().rfc822.months))
    return regex.compile(
        rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?{_D}\s+(?P<mon>{months})[a-z]*\.?\s+{_Y}(?!\d)"
    )


@cache
def _compact() -> regex.Pattern[str]:
    """(20241022) under a programme's title: eight digits in brackets."""
    return regex.compile(r"[（(]\s?(?P<y>(?:19[5-9]\d|20\d\d))(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s?[）)]")


@cache
def _written() -> regex.Pattern[str]:
    """A full date anywhere in the title block: 2024-04-29, 2021/9/17, 2021年9月17日（星期五）, 民國113年5月8日."""
    return regex.compile(rf"(?<![\d.]){_ANY_DATE}")


@cache
def _dateline() -> regex.Pattern[str]:
    """新华社北京9月17日电, 路透北京8月31日 -, （中央社記者某某台北29日電）: month and day, no year."""
    lex = dating().datelines
    opener = rf"(?:{_words(lex.openers)}|\p{{Han}}{{1,8}}?{_words(lex.outlet_ends)})"
    return regex.compile(rf"{opener}[^\n。，,]{{0,16}}?(?:{_M}月)?{_D}日\s?{_words(lex.closers)}")


STEPS: tuple[DateStep, ...] = (
    DateStep(
        "date.labelled",
        _labelled,
        (
            ("标题\n发布时间：2023-03-05 10:00", "2023-03-05"),
            ("發佈日期: 2022/7/1", "2022-07-01"),
            ("来源：某市统计局 时间：2020.11.02", "2020-11-02"),
            ("date: 2019-05-31", "2019-05-31"),
            ("更新時間：2021年12月3日", "2021-12-03"),
            ("统计时间段：一季度", None),
        ),
    ),
    DateStep(
        "date.rfc822",
        _rfc822,
        (
            ("某城市楼市观察\nWed, 11 May 2022 08:00:00 GMT", "2022-05-11"),
            ("3 Jan 2020 16:20 +0800", "2020-01-03"),
            ("Jan 2020 sales", None),
        ),
    ),
    DateStep(
        "date.compact",
        _compact,
        (
            ("《晚间新闻》 (20230915)", "2023-09-15"),
            ("编号（20231399）", None),
        ),
    ),
    DateStep(
        "date.written",
        _written,
        (
            ("某公司发布季度业绩\n2021-08-30\n\n正文", "2021-08-30"),
            ("某网 2019/3/7 09:12", "2019-03-07"),
            ("（2026年3月2日）", "2026-03-02"),
            ("2024年2月28日（星期三）", "2024-02-28"),
            ("民國112年6月30日", "2023-06-30"),
            ("112/06/30 公告", "2023-06-30"),
            ("增长3.5%，5.2万元", None),
            ("本周新发基金（2020/08/29-09/04）", None),
            ("统计区间：2021年3月1日至3月7日", None),
        ),
    ),
)

DATELINE = DateStep(
    "date.dateline",
    _dateline,
    (
        ("新华社上海3月8日电 某市一季度…", "--03-08"),
        ("（中央社記者某某台北6日電）", "--?-06"),
        ("路透上海11月2日 - 某指数", "--11-02"),
        ("某某经济网7月18日讯　随着…", "--07-18"),
        ("某某日報台北3日電", "--?-03"),
        ("记者了解到，3月8日起", None),
    ),
)


def _evidence(step: str, m: regex.Match[str]) -> DateEvidence | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else None
    if groups.get("mon"):
        month = dating().rfc822.months[groups["mon"][:3].title()]
    year: int | None = int(groups["y"]) if groups.get("y") else None
    if groups.get("roc"):
        year = 1911 + int(regex.sub(r"\D", "", groups["roc"]))
    if month is None and step != DATELINE.id:
        return None
    return DateEvidence(step, year, month or 0, int(groups["d"]), m.start(), m.end())


def title_block(text: str, lines: int = 8, chars: int = 1200) -> str:
    """The first non-blank lines, where a text states its own date; offsets stay those of ``text``.

    Lines after the block are blanked out rather than dropped, so match offsets index ``text``.
    """
    head = text[:chars]
    seen = 0
    for m in regex.finditer(r"[^\n]*\n?", head):
        if m.group().strip():
            seen += 1
        if seen >= lines:
            return head[: m.end()]
    return head


# A date written inside a sentence (新法于2019年1月1日起施行) is no date line: a date line is
# short, or the date opens it (2020年5月6日，某机构发布…).
_DATE_LINE_CHARS = 60
_LINE_OPENING_CHARS = 16


def _on_date_line(head: str, m: regex.Match[str]) -> bool:
    line_start = head.rfind("\n", 0, m.start()) + 1
    line_end = head.find("\n", m.end())
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    before = head[line_start : m.start()].strip()
    opening = len(before) <= _LINE_OPENING_CHARS and not regex.search(r"[，。；,;]", before)
    return len(line.strip()) <= _DATE_LINE_CHARS or opening


def _opens_span(head: str, m: regex.Match[str]) -> bool:
    """（2020/08/29-09/04）, 2021年3月1日至3月7日: the first day of a span the text covers, no day of writing."""
    line_end = head.find("\n", m.end())
    line = head[m.start() : line_end if line_end >= 0 else len(head)]
    found = periods.find_periods(line, None)
    return bool(found) and found[0].start == 0 and "/" in (found[0].period or "")


def find_published(text: str) -> DateEvidence | None:
    """The day the document was written, by the first step (in order) that finds a valid day."""
    head = title_block(text)
    for step in STEPS:
        for m in step.pattern().finditer(head):
            found = _evidence(step.id, m)
            if found is None or found.iso is None:
                continue
            if step.id == "date.written" and (not _on_date_line(head, m) or _opens_span(head, m)):
                continue
            return found
    return None


def find_dateline(text: str) -> DateEvidence | None:
    """A wire dateline's month and day (新华社北京9月17日电), the year left to other evidence."""
    m = DATELINE.pattern().search(title_block(text, lines=12, chars=2000))
    return None if m is None else _evidence(DATELINE.id, m)
