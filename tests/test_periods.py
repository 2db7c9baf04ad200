"""Period phrases (SPEC §3): canonical forms, what must not match, reference years, shifts."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cnreport import periods as periods_module
from cnreport.lexicon import read_lexicon
from cnreport.periods import (
    PERIOD_PATTERN,
    PeriodMatch,
    find_periods,
    find_reference_year,
    parse_period,
    shift_period,
)

CORPUS = Path("/work/shared/corpus/dev")
REF = 2025


def case(surface: str, expected: str | None, id: str, year: int | None = REF) -> object:
    return pytest.param(surface, year, expected, id=id)


# fmt: off
PARSE_CASES = [
    # commentary writes this century's years in two digits where they open a clause
    case("24年底", "2024-12-31", "two-digit-year-end"),
    case("18年全年", "2018", "two-digit-year-whole"),
    case("20年10月", "2020-10", "two-digit-year-month"),
    # whole years
    case("2025年",            "2025",            "year-explicit"),
    case("全年",              "2025",            "year-whole"),
    case("1-12月",            "2025",            "year-as-month-range"),
    case("今年",              "2025",            "year-this"),
    case("本年度",            "2025",            "year-this-fiscal"),
    case("去年",              "2024",            "year-last"),
    case("上年",              "2024",            "year-last-shang"),
    case("前年",              "2023",            "year-before-last"),
    case("明年",              "2026",            "year-next"),
    case("2024年",            "2024",            "year-explicit-other"),
    case("2011年度",          "2011",            "year-fiscal"),
    case("去年全年",          "2024",            "year-last-whole"),
    case("民國113年",         "2024",            "year-roc-trad"),
    case("民国113年",         "2024",            "year-roc-simp"),
    case("113年第4季",        "2024-Q4",         "year-roc-bare-quarter"),
    case("“十四五”前三年",    "2021/2023",       "plan-first-years"),
    case("十四五期间",        "2021/2025",       "plan-whole"),
    case("113年",             "2024",            "year-roc-bare"),
    # halves
    case("上半年",            "2025-H1",         "half-first"),
    case("1-6月",             "2025-H1",         "half-range-hyphen"),
    case("1至6月",            "2025-H1",         "half-range-zhi"),
    case("1—6月份",           "2025-H1",         "half-range-emdash-fen"),
    case("今年1~6月份",       "2025-H1",         "half-range-tilde"),
    case("前两个季度",        "2025-H1",         "half-two-quarters"),
    case("前6月",             "2025-H1",         "half-first-six-months"),
    case("下半年",            "2025-H2",         "half-second"),
    case("7-12月",            "2025-H2",         "half-second-range"),
    case("2024年上半年",      "2024-H1",         "half-explicit-year"),
    case("去年上半年",        "2024-H1",         "half-last-year"),
    # quarters
    case("一季度",            "2025-Q1",         "quarter-one"),
    case("第一季度",          "2025-Q1",         "quarter-ordinal"),
    case("1-3月",             "2025-Q1",         "quarter-one-range"),
    case("首季",              "2025-Q1",         "quarter-first-trad"),
    case("首季度",            "2025-Q1",         "quarter-first-du"),
    case("1季度",             "2025-Q1",         "quarter-arabic"),
    case("二季度",            "2025-Q2",         "quarter-two"),
    case("4-6月",             "2025-Q2",         "quarter-two-range"),
    case("三季度",            "2025-Q3",         "quarter-three"),
    case("第三季",            "2025-Q3",         "quarter-three-trad"),
    case("7-9月",             "2025-Q3",         "quarter-three-range"),
    case("四季度",            "2025-Q4",         "quarter-four"),
    case("10-12月",           "2025-Q4",         "quarter-four-range"),
    case("2024年三季度",      "2024-Q3",         "quarter-explicit-year"),
    case("今年一季度",        "2025-Q1",         "quarter-this-year"),
    # months
    case("8月",               "2025-08",         "month-arabic"),
    case("8月份",             "2025-08",         "month-fen"),
    case("八月",              "2025-08",         "month-chinese"),
    case("十二月",            "2025-12",         "month-chinese-twelve"),
    case("十月",              "2025-10",         "month-chinese-ten"),
    case("元月",              "2025-01",         "month-named"),
    case("2024年8月",         "2024-08",         "month-explicit-year"),
    case("去年12月",          "2024-12",         "month-last-year"),
    case("今年十月",          "2025-10",         "month-this-year-chinese"),
    # days
    case("8月15日",           "2025-08-15",      "day-ri"),
    case("8月15号",           "2025-08-15",      "day-hao"),
    case("8月15號",           "2025-08-15",      "day-hao-trad"),
    case("八月十五日",        "2025-08-15",      "day-chinese"),
    case("十二月三十一日",    "2025-12-31",      "day-chinese-31"),
    case("2024年8月15日",     "2024-08-15",      "day-explicit-year"),
    case("2025年1月1日",      "2025-01-01",      "day-new-year"),
    case("2011-02-21",        "2011-02-21",      "day-iso"),
    case("2月29日",           None,              "day-not-in-calendar"),
    case("2月29日",           "2024-02-29",      "day-leap-year", 2024),
    # cumulative January..N and other month ranges
    case("1-8月",             "2025-01/2025-08", "cumulative-hyphen"),
    case("1—8月",             "2025-01/2025-08", "cumulative-emdash"),
    case("1至8月份",          "2025-01/2025-08", "cumulative-zhi-fen"),
    case("1月-8月",           "2025-01/2025-08", "cumulative-both-months"),
    case("一至八月",          "2025-01/2025-08", "cumulative-chinese"),
    case("前8个月",           "2025-01/2025-08", "cumulative-first-n-months"),
    case("前三季度",          "2025-01/2025-09", "cumulative-three-quarters"),
    case("首三季",            "2025-01/2025-09", "cumulative-three-quarters-trad"),
    case("1-10月份",          "2025-01/2025-10", "cumulative-ten"),
    case("2024年1-7月",       "2024-01/2024-07", "cumulative-explicit-year"),
    case("今年前7个月",       "2025-01/2025-07", "cumulative-this-year"),
    case("今年首兩個月",      "2025-01/2025-02", "cumulative-trad"),
    case("3-5月",             "2025-03/2025-05", "range-not-from-january"),
    # points in time: the last day of the period
    case("6月末",             "2025-06-30",      "end-month-mo"),
    case("6月底",             "2025-06-30",      "end-month-di"),
    case("2月底",             "2025-02-28",      "end-february"),
    case("2024年2月底",       "2024-02-29",      "end-february-leap"),
    case("上半年末",          "2025-06-30",      "end-half"),
    case("半年末",            "2025-06-30",      "end-half-interim-report"),
    case("2024年半年度末",    "2024-06-30",      "end-half-fiscal-word"),
    case("一季度末",          "2025-03-31",      "end-quarter"),
    case("年末",              "2025-12-31",      "end-year-mo"),
    case("年底",              "2025-12-31",      "end-year-di"),
    case("今年年底",          "2025-12-31",      "end-this-year"),
    case("2024年末",          "2024-12-31",      "end-explicit-year"),
    case("上年末",            "2024-12-31",      "end-last-year-shang"),
    case("去年末",            "2024-12-31",      "end-last-year-mo"),
    case("去年底",            "2024-12-31",      "end-last-year-di"),
    case("年初",              "2024-12-31",      "start-year"),
    case("2025年初",          "2024-12-31",      "start-explicit-year"),
    case("今年年初",          "2024-12-31",      "start-this-year"),
    # multi-year spans
    case("“十四五”时期",      "2021/2025",       "plan-quoted"),
    case("十四五期间",        "2021/2025",       "plan-bare"),
    case("十三五时期",        "2016/2020",       "plan-13th"),
    case("十五五期间",        "2026/2030",       "plan-15th"),
    case("「十四五」時期",    "2021/2025",       "plan-trad"),
    case("2021-2025年",       "2021/2025",       "years-hyphen"),
    case("2021—2025年",       "2021/2025",       "years-emdash"),
    case("2025年至2027年",    "2025/2027",       "years-zhi"),
    # no reference year: relative phrases are unresolvable, written years still resolve
    case("上半年",            None,              "noyear-half", None),
    case("去年末",            None,              "noyear-last-year-end", None),
    case("8月15日",           None,              "noyear-day", None),
    case("2024年上半年",      "2024-H1",         "noyear-explicit-half", None),
    case("十四五期间",        "2021/2025",       "noyear-plan", None),
    case("2011-02-21",        "2011-02-21",      "noyear-iso", None),
    # days in numerals with slashes or dots, and spans of them (fund weeklies, broker notes)
    case("2020/8/29",         "2020-08-29",      "day-slashed", None),
    case("2020.08.29",        "2020-08-29",      "day-dotted", None),
    case("2020/08/29-09/04",  "2020-08-29/2020-09-04", "span-slashed", None),
    case("2020.12.28-2021.01.03", "2020-12-28/2021-01-03", "span-across-years", None),
    case("2020/8/29至9/4",    "2020-08-29/2020-09-04", "span-zhi", None),
]

NOT_PERIODS = [
    pytest.param("连续18个月",     id="duration-months"),
    pytest.param("近6年",          id="duration-years"),
    pytest.param("3年行动方案",    id="plan-duration"),
    pytest.param("一月一链",       id="slogan"),
    pytest.param("近半年来",       id="half-a-year-duration"),
    pytest.param("成立113年",      id="bare-roc-digits-as-a-length"),
    pytest.param("已有113年历史",  id="bare-roc-digits-as-history"),
    pytest.param("每半年",         id="half-yearly"),
    pytest.param("“一月 一链”",    id="slogan-split-by-markup"),
    pytest.param("去年同期",       id="base-same-period"),
    pytest.param("上年同期",       id="base-same-period-shang"),
    pytest.param("去年同月",       id="base-same-month"),
    pytest.param("提前两个月",     id="ahead-of-schedule"),
    pytest.param("10个百分点",     id="percentage-points"),
    pytest.param("10年期国债",     id="two-digit-term"),
    pytest.param("20年来",         id="two-digit-length"),
    pytest.param("30年以上",       id="two-digit-threshold"),
    pytest.param("统一月度考核",   id="yi-yue-inside-word"),
    pytest.param("过去年均增长",   id="qu-nian-inside-word"),
    pytest.param("安全年度检查",   id="quan-nian-inside-word"),
    pytest.param("如今年轻人",     id="jin-nian-inside-word"),
    pytest.param("13月",           id="month-out-of-range"),
    pytest.param("上一季度",       id="previous-quarter"),
    pytest.param("年初以来",       id="open-span-since-year-start"),
    pytest.param("2020.08",        id="decimal-not-a-month"),
    pytest.param("1.2020.08.29",   id="dotted-run-of-numbers"),
    pytest.param("2020/13/01",     id="slashed-month-out-of-range"),
]

# text, [(surface, period, point, relative)] with reference year 2025
FIND_CASES = [
    pytest.param("比重增至22%，但111年底略降至21%",
                 [("111年底", "2022-12-31", True, False)], id="bare-roc-after-a-connective"),
    pytest.param("期限达到20年，但增长有限", [], id="two-digit-length-after-a-connective"),
    pytest.param("今年上半年，全市规上工业增加值同比增长5.1%",
                 [("今年上半年", "2025-H1", False, True)], id="leading-half"),
    pytest.param("1-7月份，固定资产投资增长3.6%。7月份，社零增长2.7%",
                 [("1-7月份", "2025-01/2025-07", False, True), ("7月份", "2025-07", False, True)],
                 id="cumulative-then-month"),
    pytest.param("截至6月末，存款余额增长8%",
                 [("6月末", "2025-06-30", True, True)], id="point-month-end"),
    pytest.param("城镇就业比上年末增加48万人",
                 [("上年末", "2024-12-31", True, True)], id="point-last-year-end"),
    pytest.param("贷款比年初增加266亿元",
                 [("年初", "2024-12-31", True, True)], id="point-year-start"),
    pytest.param("2024年8月15日，道指涨0.5%",
                 [("2024年8月15日", "2024-08-15", False, False)], id="day-not-point"),
    pytest.param("利润较去年同期增长，上半年营收增长19.2%",
                 [("上半年", "2025-H1", False, True)], id="skip-comparison-base"),
    pytest.param("增速较一季度回升10个百分点",
                 [("一季度", "2025-Q1", False, True)], id="base-period-still-found"),
    pytest.param("2024年上半年末的存款",
                 [("2024年上半年末", "2024-06-30", True, False)], id="longest-reading"),
    pytest.param("长飞先进半导体基地提前两个月投产",
                 [], id="no-period"),
    pytest.param("“十四五”时期年均增长6%",
                 [("“十四五”时期", "2021/2025", False, False)], id="plan-in-sentence"),
    pytest.param("先导化合物半导体项目冲刺年底投 产",
                 [("年底", "2025-12-31", True, True)], id="bare-year-end"),
    pytest.param("从2025年1月1日起，用15年时间",
                 [("2025年1月1日", "2025-01-01", False, False)], id="fifteen-years-is-duration"),
]

SHIFT_CASES = [
    pytest.param("2025-07",         "yoy",  "2024-07",         id="month-yoy"),
    pytest.param("2025-07",         "prev", "2025-06",         id="month-prev"),
    pytest.param("2025-01",         "prev", "2024-12",         id="month-prev-across-year"),
    pytest.param("2025-Q1",         "prev", "2024-Q4",         id="quarter-prev-across-year"),
    pytest.param("2025-Q3",         "prev", "2025-Q2",         id="quarter-prev"),
    pytest.param("2025-Q3",         "yoy",  "2024-Q3",         id="quarter-yoy"),
    pytest.param("2025-H1",         "prev", "2024-H2",         id="half-prev-across-year"),
    pytest.param("2025-H2",         "prev", "2025-H1",         id="half-prev"),
    pytest.param("2025",            "prev", "2024",            id="year-prev"),
    pytest.param("2025",            "yoy",  "2024",            id="year-yoy"),
    pytest.param("2025-01/2025-08", "yoy",  "2024-01/2024-08", id="cumulative-yoy"),
    pytest.param("2025-01/2025-08", "prev", None,              id="cumulative-prev-undefined"),
    pytest.param("2025-08-15",      "prev", "2025-08-14",      id="day-prev"),
    pytest.param("2025-03-01",      "prev", "2025-02-28",      id="day-prev-across-month"),
    pytest.param("2025-01-01",      "prev", "2024-12-31",      id="day-prev-across-year"),
    pytest.param("2025-06-30",      "yoy",  "2024-06-30",      id="day-yoy"),
    pytest.param("2024-02-29",      "yoy",  "2023-02-28",      id="day-yoy-leap-day"),
    pytest.param("2021/2025",       "prev", "2016/2020",       id="plan-prev"),
    pytest.param("2021/2025",       "yoy",  "2020/2024",       id="plan-yoy"),
]

SHIFT_ERRORS = [
    pytest.param("2025-13",  "prev", id="bad-month"),
    pytest.param("2025-02-30", "yoy", id="bad-day"),
    pytest.param("上半年",   "prev", id="not-canonical"),
    pytest.param("2025-07",  "mom",  id="unknown-shift"),
    pytest.param("2025/2025-07", "yoy", id="mixed-granularity"),
]

# The year each dev-corpus text is about (SOURCES.json), and why it is found.
CORPUS_YEARS = [
    pytest.param("wuhan-2025h1-industry.txt",            2025, id="data-note"),
    pytest.param("caam-2011-01-commercial-vehicles.txt", 2011, id="release-stamp-jan-data"),
    pytest.param("cpi-2011-06-news.txt",                 2011, id="release-stamp-beats-frequent-2008"),
    pytest.param("pharma-industry-2011h1.txt",           2011, id="release-stamp-pharma"),
    pytest.param("vanke-2011h1-results.txt",             2011, id="release-stamp-vanke"),
    pytest.param("wind-morning-brief-2024-08-16.txt",    2024, id="dated-title-0816"),
    pytest.param("wind-morning-brief-2024-09-14.txt",    2024, id="dated-title-0914"),
    pytest.param("daqing-2014-rural-economy.txt",        2014, id="clause-opening-year"),
    pytest.param("daqing-2012-communique-part6.txt",     2012, id="most-frequent"),
    pytest.param("rthk-finance-2025-03-31-trad.txt",     2025, id="url-date-stamps"),
    pytest.param("daqing-2016h1-economy.txt",            None, id="no-year-written"),
]

REFERENCE_YEAR_CASES = [
    pytest.param("（注：以上数字全部为2025年上半年数据）2024年、2024年", 2025, id="note-beats-frequency"),
    pytest.param("标题\n发布时间：2011-02-21\n2008年、2008年的价格", 2011, id="stamp-beats-frequency"),
    pytest.param("陆家嘴财经早餐2024年8月16日星期五\n2023年、2023年", 2024, id="dated-title"),
    pytest.param("据协会统计，2011年1月，汽车产销形势总体稳定", 2011, id="clause-opening-year"),
    pytest.param("正文\n" * 12 + "2019年和2020年，2019年和2020年", 2020, id="tie-goes-to-latest"),
    pytest.param("港股去年盈利上升，民國113年營收", 2024, id="roc-year"),
    pytest.param("上半年全市经济运行情况分析", None, id="no-year"),
    pytest.param("正文\n" * 12 + "关注：2030年目标；2024年、2024年", 2024, id="guanzhu-is-not-a-note"),
]
# fmt: on


@pytest.mark.parametrize(("surface", "year", "expected"), PARSE_CASES)
def test_parse_period(surface: str, year: int | None, expected: str | None) -> None:
    assert parse_period(surface, year) == expected


@pytest.mark.parametrize(("surface", "year", "expected"), PARSE_CASES)
def test_find_periods_sees_the_whole_phrase(surface: str, year: int | None, expected: str | None) -> None:
    """Each table phrase is found as one match, in a sentence, with the same reading as parse_period."""
    text = f"据统计，{surface}，指标增长5%"
    found = find_periods(text, year)
    assert [(m.surface, m.period) for m in found] == [(surface, expected)]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_a_period(text: str) -> None:
    assert find_periods(text, REF) == []
    with pytest.raises(ValueError, match="not a period phrase"):
        parse_period(text, REF)


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_periods(text: str, expected: list[tuple[str, str | None, bool, bool]]) -> None:
    found = find_periods(text, REF)
    assert [(m.surface, m.period, m.point, m.relative) for m in found] == expected
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_period_pattern_has_no_groups_and_embeds() -> None:
    """Other modules wrap PERIOD_PATTERN in their own patterns; it must not add or rename groups."""
    assert regex.compile(PERIOD_PATTERN).groups == 0
    base = regex.compile(rf"(?:比|较)(?P<base>{PERIOD_PATTERN})")
    m = base.search("增速较一季度回升10个百分点")
    assert m is not None
    assert m.group("base") == "一季度"


def test_period_pattern_agrees_with_find_periods() -> None:
    text = "今年1-7月份，比上年末增加；“十四五”时期，2024年8月15日收市；去年同期为5%；前三季度"
    spans = [m.span() for m in regex.finditer(PERIOD_PATTERN, text)]
    assert spans == [(m.start, m.end) for m in find_periods(text, REF)]


def test_parse_period_strips_surrounding_space() -> None:
    assert parse_period(" 上半年\n", REF) == "2025-H1"


@pytest.mark.parametrize(("period", "how", "expected"), SHIFT_CASES)
def test_shift_period(period: str, how: str, expected: str | None) -> None:
    assert shift_period(period, how) == expected


@pytest.mark.parametrize(("period", "how"), SHIFT_ERRORS)
def test_shift_period_rejects(period: str, how: str) -> None:
    with pytest.raises(ValueError):
        shift_period(period, how)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared dev corpus not available")
@pytest.mark.parametrize(("name", "expected"), CORPUS_YEARS)
def test_reference_year_of_corpus(name: str, expected: int | None) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert find_reference_year(text) == expected


@pytest.mark.parametrize(("text", "expected"), REFERENCE_YEAR_CASES)
def test_reference_year(text: str, expected: int | None) -> None:
    assert find_reference_year(text) == expected


def test_every_plan_in_the_lexicon_resolves() -> None:
    plans: dict[str, int] = read_lexicon("periods")["plans"]
    for name, first in plans.items():
        assert parse_period(f"{name}时期", None) == f"{first}/{first + 4}"


# Characters that build period phrases, mixed with arbitrary text so the grammar's edges get hit.
_PERIOD_CHARS = list("0123456789-—~至年月日号季度上下半前首个两一二三四五六七八九十末底初")
_PERIOD_CHARS += list("全今去本同期时间“”民國提以来 ，。\n")
_TEXT = st.text(alphabet=st.one_of(st.sampled_from(_PERIOD_CHARS), st.characters()), max_size=80)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, year=st.one_of(st.none(), st.integers(min_value=1, max_value=9999)))
def test_find_periods_never_raises_and_is_traceable(text: str, year: int | None) -> None:
    found = find_periods(text, year)
    assert all(isinstance(m, PeriodMatch) for m in found)
    assert all(text[m.start : m.end] == m.surface and m.start < m.end for m in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    for m in found:
        assert parse_period(m.surface, year) == m.period


# The scanning pattern puts lookaheads on the first character and pair before the grammar: a speed-up
# that must never change a match. The grammar alone (no lookahead at all) is the reference.
_PLAIN_GRAMMAR = regex.compile(periods_module._GRAMMAR.pattern)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _matches(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_scan_lookaheads_change_no_match(text: str) -> None:
    assert _matches(periods_module._period(), text) == _matches(_PLAIN_GRAMMAR, text)


def test_scan_lookaheads_change_no_match_on_the_samples() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    assert _matches(periods_module._period(), text) == _matches(_PLAIN_GRAMMAR, text)


def test_opening_pairs_are_read_from_the_grammar() -> None:
    pairs = periods_module._opening_pairs(regex.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月|(?=Q)Q[1-4]"))
    assert pairs is not None
    fast = regex.compile(pairs + r"(?<![0-9])(?:[1-9]|1[0-2])月|(?=Q)Q[1-4]")
    assert [m.group() for m in fast.finditer("12月和3月、Q4，5.8%")] == ["12月", "3月", "Q4"]
    assert not fast.search("5.8%，10日")


@pytest.mark.parametrize(
    "pattern",
    [r"[^x]y", r"\d年", r"a.b", r"(?>ab)c", r"a++", r"(?i)q1", r"(?=x){2}y", r"[一-龥]年"],
    ids=["negated-class", "class-escape", "dot", "atomic", "possessive", "flag", "repeated-assertion", "wide-range"],
)
def test_opening_pairs_give_up_where_they_could_be_too_strict(pattern: str) -> None:
    assert periods_module._opening_pairs(regex.compile(pattern)) is None


# may_name_unwritten_year lets a caller after the years a text dates without their four digits
# skip the grammar's scan; it must hold every such phrase the scan finds, where the scan finds it.
_LEX = read_lexicon("periods")
_UNWRITTEN_PIECES = [
    *_LEX["years"]["eras"],
    *_LEX["years"]["bare_era_after"],
    *_LEX["years"]["bare_era_connectives"],
    *(f"{plan}{suffix}" for plan in list(_LEX["plans"])[-3:] for suffix in ("", *_LEX["plan_words"]["suffix"][:1])),
    *("1", "11", "113", "18", "2024", "年", "月", "8月", "Q", "H", "Q3", "3Q", "1H", "H2", "20", "21"),
    *(" ", "-", "底", "a", "."),
]
_UNWRITTEN_TEXT = st.lists(
    st.one_of(st.sampled_from(_UNWRITTEN_PIECES), st.sampled_from(_PERIOD_CHARS)), max_size=14
).map("".join)


def _unwritten_years_found_outside_the_check(text: str) -> list[str]:
    return [
        pm.surface
        for pm in find_periods(text, None)
        if pm.period
        and not pm.relative
        and pm.period[:4].isdigit()
        and not regex.search(r"[0-9]{4}", pm.surface)
        and not any(check.search(text, pm.start, pm.end) for check in periods_module._unwritten_year())
    ]


@settings(max_examples=2000, deadline=None)
@given(text=st.one_of(_UNWRITTEN_TEXT, _TEXT))
def test_the_unwritten_year_check_holds_every_phrase_dating_a_year_so(text: str) -> None:
    assert _unwritten_years_found_outside_the_check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        *("3Q20", "3Q05", "1H09", "20Q3", "1H21", "21 H2", "民國113年", "民国1年"),
        *("發布113年8月", "，18年全年", "“十四五”时期", "十三五前两年"),
    ],
)
def test_the_unwritten_year_check_holds_each_kind_of_phrase(text: str) -> None:
    found = [pm for pm in find_periods(text, None) if pm.period and pm.period[:4].isdigit()]
    assert found, text  # the example still dates a year without its four digits
    assert _unwritten_years_found_outside_the_check(text) == []
    assert periods_module.may_name_unwritten_year(text)


def test_the_unwritten_year_check_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _unwritten_years_found_outside_the_check(text) == [], path.name
    assert periods_module.may_name_unwritten_year("發布113年8月統計")
    assert not periods_module.may_name_unwritten_year("2024年1-8月，增长5.8%，10.5%")
