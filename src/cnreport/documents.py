"""What a reader knows of a whole document before its first figure.

Its reference date (发布时间, the title, link stamps), the period it is about (a 注 note, the
title), its region (as the text names it), and whether it is a daily market brief or a news feed.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from . import periods
from .lexicon import read_lexicon
from .vocab import (
    names_a_landmark,
    rx,
    subject_lengths,
    subjects,
    word_set,
    words,
)

# 9月合约, 12月期金, 10月期油: a month that names a futures contract, no period of the figure
CONTRACT = regex.compile(r"份?合约|合約|期(?:金|银|銀|铜|銅|油|铝|鋁|锌|鋅|镍|鎳)")


# 阿里巴巴2025财年第一财季营收, 联想集团2024/25第一财季营收, 预计第三财季: a company's fiscal period.
FISCAL_QUARTER = regex.compile(
    r"(?:(?P<y1>\d{4})(?:/(?P<y2>\d{2,4}))?(?:财年|財年|财政年度|年度)?)?第(?P<q>[一二三四1-4])财季"
)


_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    """When a company's fiscal year starts, and which calendar year names it."""

    start_month: int = 4
    named_by_start_year: bool = False


@cache
def _fiscal_calendars() -> tuple[FiscalCalendar, dict[str, FiscalCalendar], regex.Pattern[str] | None]:
    table = read_lexicon("periods").get("fiscal_years", {})
    default = FiscalCalendar(int(table.get("default_start", 4)))
    by_start = set(table.get("named_by_start_year", []))
    known = {name: FiscalCalendar(int(month), name in by_start) for name, month in table.get("start", {}).items()}
    names = regex.compile(r"\L<n>", n=sorted(known, key=len, reverse=True)) if known else None
    return default, known, names


def fiscal_calendar(before: str) -> FiscalCalendar | None:
    """The calendar of the last company named in ``before`` that keeps a fiscal year of its own.

    Companies' fiscal years are public facts, kept as data: 沃尔玛's runs February to January,
    微软's July to June. None when no such company is named.
    """
    _, known, names = _fiscal_calendars()
    if names is None:
        return None
    found = [m.group() for m in names.finditer(before)]
    return known[found[-1]] if found else None


def default_fiscal_calendar() -> FiscalCalendar:
    return _fiscal_calendars()[0]


def fiscal_year_start(m: regex.Match[str], calendar: FiscalCalendar) -> int | None:
    """The calendar year a stated fiscal year starts in (2025财年 with an April start -> 2024)."""
    if not m.group("y1"):
        return None
    first = int(m.group("y1"))
    if m.group("y2") or calendar.named_by_start_year or calendar.start_month == 1:
        return first
    return first - 1


def fiscal_quarter_period(quarter: str, start_year: int, calendar: FiscalCalendar) -> str:
    """The months of fiscal quarter ``quarter`` (一…四) of the year starting in ``start_year``.

    沃尔玛2025财年第二财季 -> 2024-05/2024-07; 阿里巴巴2025财年第一财季 -> 2024-Q2 (a fiscal quarter
    that is a calendar quarter is written as one).
    """
    first = start_year * 12 + calendar.start_month - 1 + 3 * (_CN_QUARTER[quarter] - 1)
    year, month = divmod(first, 12)
    if month % 3 == 0:
        return f"{year}-Q{month // 3 + 1}"
    last_year, last_month = divmod(first + 2, 12)
    return f"{year}-{month + 1:02d}/{last_year}-{last_month + 1:02d}"


FISCAL_TO_DATE = regex.compile(
    r"(?:今个|今個|本|今)(?:财政年度|財政年度)(?:首|前)(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:个|個)月"
)
_CN_MONTHS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}


def fiscal_to_date_period(text: str, as_of: str | None) -> str | None:
    """今个财政年度首11个月 in Hong Kong, on 2025-03-31 -> 2024-04/2025-02.

    Hong Kong's government year runs April to March, so "this fiscal year" is the one holding
    the day the report speaks on, and its first N months count from April.
    """
    m = FISCAL_TO_DATE.search(text)
    if not m or not as_of or not regex.match(r"\d{4}-\d{2}", as_of):
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _CN_MONTHS.get(m.group("n"))
    if not n or n > 12:
        return None
    year, month = int(as_of[:4]), int(as_of[5:7])
    start = year if month >= 4 else year - 1
    last = 3 + n  # months counted from April: 4 .. 15
    end = f"{start + (last - 1) // 12}-{(last - 1) % 12 + 1:02d}"
    return f"{start}-04/{end}"


_NOTE = regex.compile(
    r"[（(]?注[:：].{0,20}?(?:数字|数据).{0,4}?(?:均|全部|都)?为(?P<p>.{2,20}?)(?:工业经济)?(?:数据|数字)"
)


_PUBLISHED = regex.compile(
    r"(?:发布时间|发布日期|发稿时间|时间|日期)[:：]\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
)


_URL_DATE = regex.compile(r"(?<!\d)(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\.s?html?|\b|/)")


_TITLE_DATE = regex.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def week_ending(day: str) -> str:
    end = _dt.date.fromisoformat(day)
    return f"{(end - _dt.timedelta(days=6)).isoformat()}/{end.isoformat()}"


def month_before(day: str) -> str:
    """上月 in a news item of 2025-03-31 is 2025-02."""
    y, m = int(day[:4]), int(day[5:7])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def day_of_month_before(number: int, today: str) -> str | None:
    """23日 in a news item of 2008-01-24 is 2008-01-23; 28日 in one of 2008-02-03 is 2008-01-28:
    the latest day with that number on or before ``today`` (None for a number no month has)."""
    end = _dt.date.fromisoformat(today)
    for back in range(2):
        y, m = (end.year, end.month - back) if end.month > back else (end.year - 1, 12)
        try:
            day = _dt.date(y, m, number)
        except ValueError:
            continue
        if day <= end:
            return day.isoformat()
    return None


def weekday_before(weekday: int, today: str) -> str:
    """周四 (``weekday`` 3, Monday 0) in a news item of 2024-08-16 (a Friday) is 2024-08-15: the latest
    such day on or before ``today``.

    >>> weekday_before(3, "2024-08-16"), weekday_before(4, "2024-08-16"), weekday_before(0, "2024-08-16")
    ('2024-08-15', '2024-08-16', '2024-08-12')
    """
    end = _dt.date.fromisoformat(today)
    return (end - _dt.timedelta(days=(end.weekday() - weekday) % 7)).isoformat()


def find_document_date(text: str) -> str | None:
    """The day a document was published: a 发布时间 line, the title's date, or its links' date stamps."""
    head = text.lstrip()[:300]
    for pattern in (_PUBLISHED, _TITLE_DATE):
        m = pattern.search(head)
        if m:
            try:
                return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                continue
    stamps: dict[str, int] = {}
    for m in _URL_DATE.finditer(text[:50000]):
        try:
            day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            continue
        stamps[day] = stamps.get(day, 0) + 1
    if stamps:
        best = max(stamps.values())
        if best >= 2:
            return max(d for d, c in stamps.items() if c == best)
    return None


def is_exclaimed_title(line: str) -> bool:
    """A title that asks or cries out (…谁将胜出？, …又涨了！) teases a story and governs nothing in it.

    >>> is_exclaimed_title("甲市经济谁能领跑？")
    True
    >>> is_exclaimed_title("甲市經濟又創新高！")
    True
    >>> is_exclaimed_title("甲市2024年经济运行情况")
    False
    """
    return rx(r"[？?！!]\s*$").search(line) is not None


def default_period_and_rule(text: str, year: int | None) -> tuple[str | None, str | None]:
    """The period a document is about, and the rule when it was a released month (else None): a note
    (以上数字全部为2025年上半年…), else its title, else the month a statistics release gives first, else
    its year."""
    note = _NOTE.search(text)
    if note:
        for pm in periods.find_periods(note.group("p"), year):
            if pm.period:
                return pm.period, None
    head = text.lstrip()[:80].split("\n", 1)[0]
    if rx(r"[。！？]").search(head[:-1]):
        head = ""  # the first line is a sentence of the text, not a title
    for pm in periods.find_periods(head, year):
        if CONTRACT.match(head, pm.end):
            continue
        if rx(r"上年|去年|前年|同期").search(pm.surface) or rx(r"[比较与同从由到至]$").search(head[: pm.start]):
            continue  # a comparison (比上年), not what the document is about
        if pm.period and not rx(r"\d{4}-\d{2}-\d{2}$").match(pm.period):
            return pm.period, None
    month = released_month(text, year)
    if month is not None:
        return month, "period.released_month"
    return (str(year) if year is not None else None), None


_RELEASE_OPENING = 200  # 政府統計處今日發表…統計數字: a release says so in its first lines
_RELEASE_DATA = 400  # …and gives the month it is about in its first figures


def released_month(text: str, year: int | None) -> str | None:
    r"""A monthly statistics release (统计局今日发布…统计数字。3月…) is about the month its first figures
    name, after the sentence that says it is released (发布了2021年11月统计月报 names the report).
    Read on the matching text (Traditional already in Simplified).

    >>> released_month("政府统计处今日发表零售业销货额的临时统计数字。\n2022年3月零售业总销货价值为250亿元。", 2022)
    '2022-03'
    >>> released_month("某公司今日发布公告。\n3月份销量增长5%。", 2022) is None  # no statistics released
    True
    >>> released_month("统计局今日发布统计数据。\n一季度GDP增长5%。", 2022) is None  # not a month
    True
    >>> released_month("某市发布了2021年11月统计月报。数据显示，1-11月产值增长5%。", 2021) is None
    True
    """
    opening = text.lstrip()[:_RELEASE_OPENING]
    verb = next((opening.find(v) for v in words("publishing_verbs") if v in opening), -1)
    if year is None or verb < 0 or not any(n in opening for n in words("release_nouns")):
        return None
    said = rx(r"[。！？\n]").search(opening, verb)
    data = text.lstrip()[said.end() if said else len(opening) : _RELEASE_DATA]
    first = next((pm for pm in periods.find_periods(data, year) if pm.period), None)
    if first is None or first.period is None or not rx(rf"{year}-\d{{2}}").fullmatch(first.period):
        return None
    return first.period


_REGION_KINDS = ("city", "province", "district")


_NATIONAL = regex.compile(
    r"国家统计局|全国|我国|国家发展和改革委员会|国家发改委|海关总署|中国人民银行|中国\p{Han}{2,8}协会"
    r"|国家\p{Han}{1,6}?(?:总局|局)|财政部|商务部|工业和信息化部|工信部|国务院"
)


_NATIONAL_SCAN_CHARS = 20_000


def national_bodies(text: str) -> list[str]:
    """Every naming of a national body (国家统计局, 全国, 财政部…) in the head of the text, in order."""
    return [m.group() for m in _NATIONAL.finditer(text[:_NATIONAL_SCAN_CHARS])]


def national_subject(text: str) -> str | None:
    """A national release (国家统计局, 全国, 我国) with no region of its own is about the country.

    Two namings anywhere in its head say so, or one in its opening lines (a release signed
    中国人民银行 under its title). A daily brief is not: it reports markets and companies of many
    countries, each named.
    """
    if _BRIEF.search(text.lstrip()[:120].split("\n", 1)[0]):
        return None
    bodies = national_bodies(text)
    signed = bool(_NATIONAL.search(text.lstrip()[:_SIGNATURE_CHARS]))
    return "全国" if len(bodies) >= 2 or signed else None


_SIGNATURE_CHARS = 80  # a title and the line under it


def find_document_subject(text: str) -> str | None:
    """The region a report is about, as the report names it (武汉, not 武汉市; 香港 for 本港)."""
    name = _document_region(text)
    return _short_name(name, text) if name else None


@cache
def _surfaces_of() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for surface, (name, _kind) in subjects().items():
        table.setdefault(name, []).append(surface)
    return table


_PRONOUN_HEADS = ("本", "我", "该", "該")
_NATIONAL_NAMES = frozenset({"全国", "中国", "我国"})


def proper_name(surface: str) -> str:
    """本港 -> 香港, 本澳 -> 澳门: a subject written as a pronoun, by its shortest proper name.

    Subjects are given as named (SPEC), but 本港 names nothing to a reader of the table.
    """
    entry = subjects().get(surface)
    if entry is not None and entry[0] == "全国" and surface not in _NATIONAL_NAMES:
        return "中国"  # 内地, 中国大陆, 國內: the country, by the name readers and scorers share
    if entry is not None and surface in word_set("described_subjects"):
        return entry[0]  # 两市 (the two exchanges): the market they make, A股
    if entry is None or not surface.startswith(_PRONOUN_HEADS):
        return surface
    names = [s for s in _surfaces_of().get(entry[0], []) if not s.startswith(_PRONOUN_HEADS)]
    return min(names, key=len) if names else surface


def _short_name(name: str, text: str) -> str:
    """The surface of a region the text uses most; pronouns (本港, 我市) give way to the proper name."""
    surfaces = [s for s in _surfaces_of().get(name, [name]) if not s.startswith(_PRONOUN_HEADS)]
    used = {s: text.count(s) for s in surfaces}
    best = max(used.values(), default=0)
    if best:
        return min((s for s, c in used.items() if c == best), key=len)
    return min(surfaces, key=len) if surfaces else name


_VENUE_BEFORE = frozenset({"在", "于", "於", "赴", "到", "抵"})


def _document_region(text: str) -> str | None:
    """The region a report is about: a region in its title, else the region it names most.

    Only cities, provinces and districts count: a national release names no region (the
    figures are the country's) and a market brief names many countries, none of them its subject.
    """
    head = text.lstrip()[:200].split("\n")[:4]
    for n, line in enumerate(head):
        if n and "。" in line:
            continue  # a sentence of the body (。), not a title line
        if _names_many_regions(line):
            continue  # 北京、上海、广州房价…, a table's row of cities: a comparison of places, about none
        if n == 0 and is_exclaimed_title(line):
            continue  # 谁能笑到最后？: a teaser asks or cries out; the places in it are word play, not the topic
        for start, end in _subject_spans(line):
            name, kind = subjects()[line[start:end]]
            if line[max(0, start - 1) : start] in _VENUE_BEFORE:
                continue  # 今天在北京会见…: where something happened, not what the report is about
            if _FIRM_FIRST.search(line, 0, start):
                break  # 甲乙股份债务升至77亿，海南某项目…: a firm's story; its places are its projects
            if kind in _REGION_KINDS and not _names_another(line, start, end):
                return name  # 贵州茅台发布2023年年度报告 is about the firm, not the province
    counts: dict[str, int] = {}
    scope = text[:20000]
    for start, end in _subject_spans(scope):
        name, kind = subjects()[scope[start:end]]
        if kind in _REGION_KINDS and not _names_another(scope, start, end):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    cities = [n for n in counts if subjects().get(n, ("", ""))[1] == "city"]
    if len(cities) == 1 and len(rx(r"全市|我市|本市").findall(text[:20000])) >= 2:
        return cities[0]  # a city bulletin says 全市 and names its city once
    # A subject must dominate: a market brief naming 上海 twice among many places has none, and a
    # national text (全国…, 国务院…) naming a place in passing is the country's.
    if best < 2 or best * 2 < sum(counts.values()):
        return None
    if best <= sum(scope.count(m) for m in words("national_words")):
        return None
    return next(n for n, c in counts.items() if c == best)


_MANY_REGIONS = 3  # 江苏南京 is one place twice over; three regions on one line are a list
# a firm named by its company form (甲乙股份, 丙丁集团), as a title names the firm it is about
_FIRM_FIRST = regex.compile(r"\p{Han}{2,6}?(?:股份|集团|集團|控股)(?![\p{Han}]{0,2}(?:公司|有限))")


def title_company(text: str) -> str | None:
    """甲乙股份债务升至77亿: the firm a title line names by its company form, if the text names it again.

    >>> title_company("危机重重：甲乙股份债务升至77亿\\n正文说，甲乙股份逾期债务…")
    '甲乙股份'
    >>> title_company("甲乙股份的邻居\\n正文与它无关。") is None
    True
    """
    for line in text.lstrip()[:200].split("\n")[:3]:
        for m in _FIRM_FIRST.finditer(line):
            name = _FIRM_LEAD.sub("", m.group())
            if len(name) > 2 and text.count(name) >= 2 and name not in subjects():
                return name
    return None


# what may stand before a firm's name in a title clause (当债务危机遇上…:, 曝) and is no part of it
_FIRM_LEAD = regex.compile(r"^.*[：:，,。！？!?\s]")


def _names_many_regions(line: str) -> bool:
    """Whether a title line names at least three different regions."""
    found = (subjects()[line[a:b]] for a, b in _subject_spans(line))
    return len({name for name, kind in found if kind in _REGION_KINDS}) >= _MANY_REGIONS


# 贵州茅台发布年报, 上海银行营收…: a place name that begins a firm's name is not the subject.
_FIRM_REST = regex.compile(
    r"(?P<rest>\p{Han}{1,6}?)(?:(?P<suffix>集团|股份|控股|银行|证券|保险)"
    r"|(?=(?:\d{1,2}月\d{1,2}日(?:晚间|晚|早间|盘后)?|(?:周|週|星期)[一二三四五六日天]|今日|今天|昨日|昨天|日前|近日)?"
    r"(?:发布|公布|披露|公告|宣布|拟|预计|發布|公佈))"
    # 中国海外去年盈利…: a name that reports results is a firm's
    r"|(?=(?:今年|去年|上年|前年|\d{4}年)?(?:上半年|下半年|全年|中期)?(?:盈利|纯利|净利|营收|转亏|转蚀|多赚|少赚|派息)))"
)


@cache
def _outlet_rest() -> regex.Pattern[str]:
    """据上海有色网最新报价显示, 某市日报消息: an outlet speaking, named after its city (互联网收入 is
    none): an outlet's ending (dating.toml ``outlet_ends``) then a word of saying (``saying_words``)."""
    ends = sorted(read_lexicon("dating")["datelines"]["outlet_ends"], key=len, reverse=True)
    return regex.compile(
        r"\p{Han}{0,6}?(?:\L<e>)(?=\L<w>)", e=ends, w=sorted(words("saying_words"), key=len, reverse=True)
    )


def _names_another(text: str, start: int, place_end: int) -> bool:
    """A place's name that opens a firm's or an outlet's name is no mention of the place."""
    return bool(firm_named_after_place(text, start, place_end)) or outlet_named_after_place(text, start, place_end)


def outlet_named_after_place(text: str, start: int, place_end: int) -> bool:
    """上海有色网最新报价显示: a place opening an outlet's name, which speaks for no place."""
    place = subjects().get(text[start:place_end])
    return place is not None and place[1] in _REGION_KINDS and _outlet_rest().match(text, place_end) is not None


def firm_named_after_place(text: str, start: int, place_end: int) -> str | None:
    """贵州茅台发布…: the firm a place's name opens, else None (湖北省统计局 is the province's publisher)."""
    place = subjects().get(text[start:place_end])
    m = _FIRM_REST.match(text, place_end)
    if not m or place is None or place[1] not in ("country", "province", "city", "district"):
        return None
    name = text[start : m.end()]
    if not m.group("suffix") and rx(r"(?:局|部|委|办|厅|署|会|院|所|府|中心|政府|海关|處|廳|會)$").search(name):
        return None  # 湖北省统计局发布: the province's publisher; the figures are the province's
    return name if name not in subjects() else None


def _subject_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where subjects are named in ``text``, left to right, the longest name at each place.

    Scanned by hand: regex's ``\\L<…>`` over 1,500 names costs about 1 µs per character, 20 ms
    for the 20,000 characters a document's region is judged on, more than reading its figures.
    Only places whose character can open a name are looked up, longest length first.
    """
    opening, lengths = _subject_openings()
    table = subjects()
    resume = 0
    for m in opening.finditer(text):
        i = m.start()
        if i < resume:
            continue
        for n in lengths[text[i]]:
            if text[i : i + n] in table:
                if not names_a_landmark(text, i + n):
                    yield i, i + n
                resume = i + n
                break


@cache
def _subject_openings() -> tuple[regex.Pattern[str], dict[str, tuple[int, ...]]]:
    """The characters that open a subject name of two or more, and the lengths of those names."""
    lengths = {c: tuple(n for n in ns if n >= 2) for c, ns in subject_lengths().items()}
    lengths = {c: ns for c, ns in lengths.items() if ns}
    opening = regex.compile("[" + regex.escape("".join(sorted(lengths))) + "]" if lengths else r"(?!)")
    return opening, lengths


_BRIEF = regex.compile(r"早餐|早报|晨报|早间|晨间|财经早")


def week_of(day: str, weeks: int = 0) -> str:
    """The trading week (Monday to Friday) holding ``day``, or ``weeks`` later: 周涨2.32% is that week's move."""
    d = _dt.date.fromisoformat(day)
    monday = d - _dt.timedelta(days=d.weekday()) + _dt.timedelta(weeks=weeks)
    return f"{monday.isoformat()}/{(monday + _dt.timedelta(days=4)).isoformat()}"


DAY_SPAN = regex.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")
_REVIEW_HEAD = 20_000  # a weekly review states its window near the top; later spans are quoted dates
_REVIEW_OPENING = 300  # a weekly review says so in its title or its opening lines


def review_week(text: str, year: int | None) -> str | None:
    """The trading week a weekly review looks back on: the one its latest report window ends in.

    A weekly market or fund review is written after the week it covers, so its 上周 is that week,
    not the one before the day of writing. The evidence is twofold: the text calls itself a
    review of a week (周报, 一周回顾) or opens by framing its figures by 上周, and it gives a report window
    of about a week (甲基金周报（2021/03/06-03/12）, 本期（3月8日至3月12日）). Without a window
    the week is unknown and None is returned.

    >>> review_week("基金周报（2021/03/06-03/12）\\n上周市场上涨。", 2021)
    '2021-03-08/2021-03-12'
    >>> review_week("上週恒指升2%。本期（2019年5月6日至5月10日）新股3隻。", None)
    '2019-05-06/2019-05-10'
    >>> review_week("上周市场上涨。一季度（2021年1月1日至3月31日）…", 2021) is None  # no week-long window
    True
    >>> review_week("本月（2021/03/06-03/12）…", 2021) is None  # a window, but nothing reviews a week
    True
    >>> review_week("据报道，" + "某地消息。" * 80 + "上周（3月8日至3月14日）菜价下降1%。", 2021) is None  # a digest
    True
    """
    opening = text.lstrip()[:_REVIEW_OPENING]
    if not any(mark in opening for mark in words("weekly_review_marks")):
        return None
    head = text[:_REVIEW_HEAD]
    ends: list[_dt.date] = []
    for pm in periods.find_periods(head, year):
        span = DAY_SPAN.fullmatch(pm.period or "")
        if span:
            first, last = (_dt.date.fromisoformat(d) for d in span.groups())
            if 4 <= (last - first).days <= 7:
                ends.append(last)
    return week_of(max(ends).isoformat()) if ends else None


def morning_brief_day(text: str, year: int | None) -> str | None:
    """A morning brief dated D reports markets of the previous trading day."""
    head = text.lstrip()[:120].split("\n", 1)[0]
    if not _BRIEF.search(head):
        return None
    for pm in periods.find_periods(head, year):
        if pm.period and rx(r"\d{4}-\d{2}-\d{2}").fullmatch(pm.period):
            day = _dt.date.fromisoformat(pm.period) - _dt.timedelta(days=1)
            while day.weekday() >= 5:
                day -= _dt.timedelta(days=1)
            return day.isoformat()
    return None
