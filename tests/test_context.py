"""The document's own date: date-line steps, the reference-year ladder and how periods use them."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import cnreport
from cnreport import periods
from cnreport.context import find_published, find_reference, issuer
from cnreport.context.dates import DATELINE, STEPS, find_dateline, title_block
from cnreport.periods import RefYear, find_periods


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [(step, text, expected) for step in STEPS for text, expected in step.examples],
    ids=lambda v: v.id if hasattr(v, "id") else None,
)
def test_each_date_step_reads_its_examples(step, text: str, expected: str | None) -> None:
    hits = [m for m in step.pattern().finditer(text)]
    if expected is None:
        assert find_published(text) is None or find_published(text).step != step.id
        return
    assert hits, f"{step.id} does not fire on {text!r}"
    found = find_published(text)
    assert found is not None and found.iso == expected and found.step == step.id


@pytest.mark.parametrize(("text", "expected"), DATELINE.examples)
def test_dateline_gives_month_and_day(text: str, expected: str | None) -> None:
    found = find_dateline(text)
    if expected is None:
        assert found is None
        return
    assert found is not None
    month = "?" if not found.month else f"{found.month:02d}"
    assert expected == f"--{month}-{found.day:02d}"


# fmt: off
PUBLISHED = [
    ("rss date line under a title", "某地楼市一季度观察\nMon, 02 May 2022 09:10:11 GMT\n\n正文。", "2022-05-02"),
    ("iso date with time and zone", "标题\n2023-07-14T08:30:00+08:00\n正文", "2023-07-14"),
    ("slashed date", "某市经济简报\n2020/4/9\n正文", "2020-04-09"),
    ("dotted date", "某县财政收入快报 2018.11.30\n正文", "2018-11-30"),
    ("front matter", "---\ntitle: 某报告\ndate: 2017-03-01\n---\n正文", "2017-03-01"),
    ("labelled stamp", "标题\n发布时间：2016-05-20\n正文", "2016-05-20"),
    ("traditional labelled stamp", "標題\n發佈日期：2015-06-30\n正文", "2015-06-30"),
    ("hong kong date with weekday", "某署公布數字\n2024年3月6日（星期三）\n正文", "2024-03-06"),
    ("roc era date", "某部公告\n民國112年12月1日\n正文", "2023-12-01"),
    ("roc slashed date", "某公司營收公告 112/07/10\n正文", "2023-07-10"),
    ("programme stamp", "《某台晚间新闻》 (20230102)\n正文", "2023-01-02"),
    ("date opening the first paragraph", "某报告\n2021年6月1日，某机构发布数据，去年增长。", "2021-06-01"),
    ("a date inside a sentence is no date line", "某法获批，起征点提高，" + "新规定将于2030年1月1日起施行，" * 3, None),
    ("an invalid day", "标题\n2021-02-30\n正文", None),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), PUBLISHED, ids=[c[0] for c in PUBLISHED])
def test_published_date_forms(case: str, text: str, expected: str | None) -> None:
    found = find_published(text)
    assert (found.iso if found else None) == expected


def test_title_block_keeps_offsets() -> None:
    text = "标题\n\n第二行\n" + "正文。\n" * 50
    block = title_block(text, lines=2)
    assert text.startswith(block)


# fmt: off
REFERENCE = [
    # (case, text, data year, year of writing, rule)
    ("title year beats a later publication stamp",
     "某市2023年国民经济和社会发展统计公报\n发布时间：2024-04-02\n全年地区生产总值增长5%。", 2023, 2024, "year.title"),
    ("a work report reviews the year before its title's",
     "2024年某省政府工作报告\n时间：2024-01-30\n过去一年，地区生产总值增长6%。", 2023, 2024, "year.reviewing_title"),
    ("a data note",
     "某市工业简况\n规上工业增加值增长5%。（注：以上数据均为2019年前三季度数据）", 2019, 2019, "year.note"),
    ("a publication date alone",
     "某市消费快报\n2022-08-03\n7月社会消费品零售总额增长3%。", 2022, 2022, "year.published"),
    ("early in the year, a text about the year before",
     "某市经济回顾\n2021-01-20\n2020年地区生产总值增长3%，2020年末常住人口100万人，2020年进出口增长2%。",
     2020, 2021, "year.published_early_review"),
    ("a daily news programme is about its day, even in January",
     "新闻联播 2021-01-20\n1. 2020年地区生产总值增长3%，2020年末人口100万人，2020年进出口增长2%。"
     "\n2. 2021年春运今天开始。",
     2021, 2021, "year.published"),
    ("a Traditional news programme too",
     "晚間新聞 2021-01-20\n2020年本地生產總值下跌6%，2020年失業率6%。2021年財政預算下月公布。",
     2021, 2021, "year.published"),
    ("a news programme that names only last year is about it",
     "新闻联播 2021-10-07\n2020年地区生产总值增长3%，2020年末人口100万人，2020年进出口增长2%。",
     2020, 2021, "year.published_early_review"),
    ("comparison years are not the year written about",
     "某县经济\n2019年全县生产总值比2015年增长40%，与2015年相比，较2015年，比2015年，2019年财政收入增长。",
     2019, 2019, "year.most_named"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "year", "now", "rule"), REFERENCE, ids=[c[0] for c in REFERENCE])
def test_reference_ladder(case: str, text: str, year: int, now: int, rule: str) -> None:
    ref = find_reference(text)
    assert ref.year == year and ref.year is not None and ref.year.now == now
    assert [d.rule for d in ref.decisions if d.field == "year"] == [rule]


def test_a_stated_year_beats_the_users() -> None:
    """--year fills what the text does not say: a title's 2021年上半年 stands."""
    ref = find_reference("某市2021年上半年经济运行情况\n上半年增长5%。", year=2016)
    assert ref.year == 2021
    assert [d.rule for d in ref.decisions if d.field == "year"] == ["year.title"]
    records = cnreport.extract("某市2021年上半年经济运行情况\n上半年，工业增加值增长5%。\n", year=2016)
    assert {r.period for r in records} == {"2021-H1"}


def test_the_users_year_beats_inferred_evidence() -> None:
    ref = find_reference("某市经济运行情况\n2019-03-02\n上半年增长5%。", year=2016)
    assert ref.year == 2016
    assert [d.rule for d in ref.decisions if d.field == "year"] == ["year.given"]


@given(
    base=st.integers(min_value=1990, max_value=2015),
    marker=st.sampled_from(["比", "较", "与", "相较于", "从"]),
    tail=st.sampled_from(["增长10%", "相比增长3%", "提高2个百分点"]),
)
def test_a_year_found_only_as_a_base_is_never_chosen(base: int, marker: str, tail: str) -> None:
    text = f"某县经济概况\n全县地区生产总值{marker}{base}年{tail}。财政收入{marker}{base}年{tail}。"
    ref = find_reference(text)
    assert ref.year is None or int(ref.year) != base


# fmt: off
DEICTIC = [
    # (case, phrase, data year, now, published, expected)
    ("今年 counts from the year of writing", "今年", 2023, 2024, None, "2024"),
    ("去年 counts from the year of writing", "去年", 2023, 2024, None, "2023"),
    ("上年 counts from the data year", "上年", 2023, 2024, None, "2022"),
    ("全年 is the data year", "全年", 2023, 2024, None, "2023"),
    ("a bare month after the day of writing is last year's", "12月", 2019, 2019, "2019-01-11", "2018-12"),
    ("a whole year not yet over is last year's", "全年", 2019, 2019, "2019-01-11", "2018"),
    ("a month under way stays", "10月", 2024, 2024, "2024-10-22", "2024-10"),
    ("a quarter just ended stays", "前三季度", 2024, 2024, "2024-10-22", "2024-01/2024-09"),
    ("a day just ahead stays", "11月1日", 2024, 2024, "2024-10-22", "2024-11-01"),
    ("a written year always stands", "2025年12月", 2019, 2019, "2019-01-11", "2025-12"),
    ("a whole year half over stays", "全年", 2011, 2011, "2011-08-09", "2011"),
    ("a month ahead in a forecast stays", "十二月", 2024, 2024, "2024-08-16", "2024-12"),
    ("last autumn's month read in spring", "11月", 2020, 2020, "2020-03-10", "2019-11"),
]
# fmt: on


@pytest.mark.parametrize(
    ("case", "phrase", "year", "now", "published", "expected"), DEICTIC, ids=[c[0] for c in DEICTIC]
)
def test_periods_read_against_the_reference(
    case: str, phrase: str, year: int, now: int, published: str | None, expected: str
) -> None:
    found = find_periods(phrase, RefYear(year, now=now, published=published))
    assert [p.period for p in found] == [expected]


def test_ref_year_behaves_as_its_data_year() -> None:
    ref = RefYear(2023, now=2024, published="2024-01-30")
    assert ref == 2023 and ref - 1 == 2022 and f"{ref}" == "2023" and str(ref) == "2023"
    assert periods.parse_period("去年", ref) == "2023"


def test_targets_of_a_work_report_take_the_year_of_writing() -> None:
    text = (
        "2024年某省政府工作报告\n时间：2024-01-30\n"
        "过去一年，全省地区生产总值增长6.1%。\n"
        "今年主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    records = {(float(r.value), r.period, r.modality) for r in cnreport.extract(text)}
    assert (6.1, "2023", None) in records
    assert (5.5, "2024", "target") in records


# fmt: off
LATIN_LABELS = [
    ("quarter label", "Q2营收", "2023-Q2"),
    ("year and quarter", "2021Q4净利润", "2021-Q4"),
    ("two-digit year and quarter", "22Q1毛利率", "2022-Q1"),
    ("quarter then year", "4Q19收入", "2019-Q4"),
    ("half label", "H2利润", "2023-H2"),
    ("half then year", "2H22营收", "2022-H2"),
    ("year and half", "2019H1现金流", "2019-H1"),
    ("cumulative quarters", "Q1-3累计净利润", "2023-01/2023-09"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), LATIN_LABELS, ids=[c[0] for c in LATIN_LABELS])
def test_broker_period_labels(case: str, text: str, expected: str) -> None:
    assert [p.period for p in find_periods(text, 2023)] == [expected]


@pytest.mark.parametrize("text", ["H1N1疫情", "CAC40指数", "型号Q3X", "5Q手机"])
def test_letters_and_digits_in_names_are_no_periods(text: str) -> None:
    assert find_periods(text, 2023) == []


# fmt: off
SHORTHAND = [
    # (case, text, value, unit, kind, base)
    ("signed rate after 同比", "二季度营收52亿元，同比+8.5%。", 8.5, "%", "growth_rate", "yoy"),
    ("negative rate after 环比", "本月销量3万辆，环比-2.4%。", -2.4, "%", "growth_rate", "prev"),
    ("traditional base word", "第二季營收12億元，較上月+3.1%。", 3.1, "%", "growth_rate", "prev"),
    ("points written pct", "毛利率32%，同比+1.5pct。", 1.5, "pp", "change", "yoy"),
    ("points moved in pct", "净利率同比下降0.8pct。", -0.8, "pp", "change", "yoy"),
    ("sign after a base ending in 年", "净利润3亿元，较上年-6.2%。", -6.2, "%", "growth_rate", "yoy"),
    ("sign after 按月", "出口額120億元，按月+0.7%。", 0.7, "%", "growth_rate", "prev"),
    ("slash then a rate", "收入45亿元/+13%，利润5亿元/-2%。", -2.0, "%", "growth_rate", "yoy"),
    ("slash then points", "净利率8.1%/+0.6pct。", 0.6, "pp", "change", "yoy"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "value", "unit", "kind", "base"), SHORTHAND, ids=[c[0] for c in SHORTHAND])
def test_broker_shorthand(case: str, text: str, value: float, unit: str, kind: str, base: str) -> None:
    found = [(float(r.value), r.unit, r.kind, r.base) for r in cnreport.extract(text, year=2023)]
    assert (value, unit, kind, base) in found


def test_a_range_dash_is_no_sign() -> None:
    values = [(float(r.value), r.value_max) for r in cnreport.extract("营收预计增长5%-8%。", year=2023)]
    assert values and all(v >= 0 for v, _ in values)


# fmt: off
FISCAL_SPANS = [
    # (case, phrase, fiscal start month, expected)
    ("hong kong fiscal year, short second year", "2022至23年度", 4, "2022-04/2023-03"),
    ("hong kong fiscal year, full years", "2018-2019年度", 4, "2018-04/2019-03"),
    ("fiscal year named 财政年度", "2021至22财政年度", 4, "2021-04/2022-03"),
    ("assessment year", "2020至21课税年度", 4, "2020-04/2021-03"),
    ("no fiscal calendar: the two years", "2022至23年度", None, "2022/2023"),
    ("years that do not follow are no fiscal year", "2019至21年度", 4, None),
]
# fmt: on


@pytest.mark.parametrize(("case", "phrase", "start", "expected"), FISCAL_SPANS, ids=[c[0] for c in FISCAL_SPANS])
def test_fiscal_year_spans(case: str, phrase: str, start: int | None, expected: str | None) -> None:
    found = find_periods(phrase, RefYear(2023, fiscal_start=start))
    assert [p.period for p in found] == [expected]


def test_a_hong_kong_government_text_that_never_names_hong_kong() -> None:
    text = (
        "立法會 ─ 2022年2月23日\n"
        "2021至22年度修訂預算\n"
        "政府收入的修訂預算為6,000億元，本地生產總值增長6.4%。立法會議員提出意見。\n"
    )
    records = cnreport.extract(text)
    money = [r for r in records if r.value == 600_000_000_000]
    assert money and money[0].unit == "港元" and money[0].period == "2021-04/2022-03"


# fmt: off
SECTIONS = [
    # (case, text, value, expected period)
    ("a heading dates its section's paragraphs",
     "一、2019年工作回顾\n全市生产总值增长6%。\n财政收入增长4%。\n", 4.0, "2019"),
    ("a heading without a period ends the dating",
     "某市年度报告\n一、2019年工作回顾\n全市生产总值增长6%。\n二、主要困难\n出口下降2%。\n", -2.0, "2021"),
    ("a headline with figures restates them and dates nothing",
     "# 某市一季度生产总值增长5%\n全年财政收入增长3%。\n", 3.0, "2021"),
    ("a caption dates its chart, not the prose",
     "图3  2017-2021年粮食产量\n全年粮食产量增长2%。\n", 2.0, "2021"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "value", "period"), SECTIONS, ids=[c[0] for c in SECTIONS])
def test_headings_date_their_sections(case: str, text: str, value: float, period: str) -> None:
    found = {float(r.value): r.period for r in cnreport.extract(text, year=2021)}
    assert found.get(value) == period


# fmt: off
COMPANY_PERIODS = [
    # (case, text, value, expected period)
    ("a published third-quarter report covers the year to September",
     "某银行公布2022年第三季度业绩报告。集团实现营业收入500亿元，同比增长5%。", 5.0, "2022-01/2022-09"),
    ("a published second-quarter report covers the first half",
     "某公司披露2022年第二季度报告，实现净利润8亿元。", 800_000_000.0, "2022-H1"),
    ("a quarter that is no report stays a quarter",
     "某公司2022年第三季度营业收入12亿元。", 1_200_000_000.0, "2022-Q3"),
    ("a single quarter is an aside",
     "某公司公布2022年第三季度业绩报告。Q3单季度营收30亿元，同比+4%。集团净利润9亿元。", 900_000_000.0,
     "2022-01/2022-09"),
    ("through a quarter label", "截至2022Q3，某公司保费收入1200亿元。", 120_000_000_000.0, "2022-01/2022-09"),
    ("through a half", "截至2023H1，某基金管理规模500亿元。", 50_000_000_000.0, "2023-H1"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "value", "period"), COMPANY_PERIODS, ids=[c[0] for c in COMPANY_PERIODS])
def test_company_report_periods(case: str, text: str, value: float, period: str) -> None:
    found = {float(r.value): r.period for r in cnreport.extract(text, year=2022)}
    assert found.get(value) == period


# fmt: off
YEARS_BACK = [
    # (case, phrase, data year, now, expected)
    ("the last five years before writing", "过去五年", 2024, 2024, "2019/2023"),
    ("a review written the next year ends with its data year", "过去的五年", 2025, 2026, "2021/2025"),
    ("years counted after", "三年来", 2022, 2022, "2019/2021"),
    ("recent years", "最近3年", 2022, 2022, "2019/2021"),
    ("nearly six years is a duration", "近6年", 2022, 2022, None),
    ("school years are no span", "过去两年度", 2022, 2022, None),
]
# fmt: on


@pytest.mark.parametrize(("case", "phrase", "year", "now", "expected"), YEARS_BACK, ids=[c[0] for c in YEARS_BACK])
def test_years_counted_back(case: str, phrase: str, year: int, now: int, expected: str | None) -> None:
    found = [p.period for p in find_periods(phrase, RefYear(year, now=now))]
    assert found == ([expected] if expected else [])


# fmt: off
QUOTED_PRICES = [
    ("a share price move", "某公司股价上涨3.1%。", "prev"),
    ("an index over a half year", "上半年，创业板指累计上涨8.2%。", "prev"),
    ("a consumer price index stays year on year", "居民消费价格指数上涨2.1%。", "yoy"),
    ("a stated base wins", "恒生指数同比上涨5%。", "yoy"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "base"), QUOTED_PRICES, ids=[c[0] for c in QUOTED_PRICES])
def test_quoted_prices_move_against_the_last_quote(case: str, text: str, base: str) -> None:
    rates = [r.base for r in cnreport.extract(text, year=2023) if r.kind == "growth_rate"]
    assert rates == [base]


# fmt: off
DAY_RANGES = [
    ("days across two months", "7月29日至8月4日", "2021-07-29/2021-08-04"),
    ("days inside one month", "5月1日至5日", "2021-05-01/2021-05-05"),
    ("days across the new year", "12月30日至1月2日", "2021-12-30/2022-01-02"),
    ("the calendar's old tens", "十二月廿一至廿三日", "2021-12-21/2021-12-23"),
    ("a single day with 廿", "一月廿八日", "2021-01-28"),
    ("a range that runs backwards is none", "3月5日-3月1日", None),
]
# fmt: on


@pytest.mark.parametrize(("case", "phrase", "expected"), DAY_RANGES, ids=[c[0] for c in DAY_RANGES])
def test_day_ranges(case: str, phrase: str, expected: str | None) -> None:
    assert [p.period for p in find_periods(phrase, 2021)] == [expected]


def test_a_base_noted_same_below_holds_for_the_paragraph() -> None:
    text = "某市场价格比前一周（下同）上涨1.2%，蔬菜价格下降0.5%。\n另一段，水果价格上涨2%。\n"
    bases = {float(r.value): r.base for r in cnreport.extract(text, year=2021)}
    assert bases[1.2] == "prev" and bases[-0.5] == "prev" and bases[2.0] == "yoy"


def test_a_currency_noted_same_below_holds_for_what_follows() -> None:
    text = "某银行早前的利润为3亿元。某银行上半年利润20億元（美元，下同），每股盈利0.5元。"
    units = {float(r.value): r.unit for r in cnreport.extract(text, year=2021)}
    assert units[300_000_000.0] in ("元", "港元") and units[2_000_000_000.0] == "美元" and units[0.5] == "美元"


# fmt: off
YEARS_AHEAD = [
    # (case, phrase, reference, expected)
    ("the next five years from the year of writing", "未来五年", RefYear(2026, now=2026), "2026/2030"),
    ("the next fiscal years of a February budget", "未來五個財政年度",
     RefYear(2024, published="2024-02-28", fiscal_start=4), "2024-04/2029-03"),
    ("the past fiscal years up to the current one", "過往五年",
     RefYear(2024, published="2024-02-28", fiscal_start=4), "2019-04/2024-03"),
]
# fmt: on


@pytest.mark.parametrize(("case", "phrase", "ref", "expected"), YEARS_AHEAD, ids=[c[0] for c in YEARS_AHEAD])
def test_years_counted_ahead_and_in_fiscal_years(case: str, phrase: str, ref: RefYear, expected: str) -> None:
    from cnreport.script import to_simplified

    assert [p.period for p in find_periods(to_simplified(phrase), ref)] == [expected]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("前两个月，出口下降。从一季度数据来看，某市出口增长6%。", "2022-Q1"),
        ("就上半年而言，某市社会消费品零售总额增长4%。", "2022-H1"),
    ],
)
def test_a_period_a_view_is_taken_over_governs(text: str, period: str) -> None:
    assert [r.period for r in cnreport.extract(text, year=2022)] == [period]


# ------------------------------------------------------------------------------------------------
# Whose figures a company text gives (context.issuer)
# ------------------------------------------------------------------------------------------------

ISSUER = [
    # (case, text, expected subject of the whole document)
    (
        "filing header, short name in prose",
        "浙江甲乙智能电网科技股份有限公司2020年半年度报告\n一、概述\n报告期内，甲乙智电实现营业收入5.2亿元，同比增长12%。\n",
        "甲乙智电",
    ),
    (
        "running header between pages, region in the name is not the subject",
        "第三节 经营情况\n公司营业收入3.1亿元，同比增长8%。\n  湖南丙丁新材料股份有限公司 2019 年年度报告全文  \n"
        "公司净利润5000万元，同比下降3%。丙丁新材在行业内领先。\n",
        "丙丁新材",
    ),
    (
        "no short name in the text: the registered name",
        "戊己物流有限责任公司2021年第三季度报告\n公司营业收入同比增长15%，利润总额1.2亿元。\n",
        "戊己物流有限责任公司",
    ),
    ("results story, no stock code", "消息，庚辛银行于周五晚间公布了2023年度中期报告，营收增长6%。\n", "庚辛银行"),
    ("broker note opening", "事件：壬癸保险公布2022年第一季度业绩报告，保费收入800亿元，同比增长5%。\n", "壬癸保险"),
    ("stock code, Traditional script", "甲乙控股（01234）今日公佈全年業績，盈利增長12%。\n", "甲乙控股"),
    # negative cases: a public body publishing statistics, a regulator's notice, a filing named mid-sentence
    ("statistics bureau", "2024年6月17日\n国家统计局今日公布，5月份规模以上工业增加值同比增长5.6%。\n", None),
    (
        "regulator's notice about a firm's annual report",
        "2024年9月14日\n证监会发布公告，依法对某会计师事务所年报审计作出处罚，罚没4.4亿元。\n",
        None,
    ),
    (
        "a report's name inside a sentence is no header",
        "2023年，全省规模以上工业增加值增长6%。据某某科技股份有限公司年度报告，其营收增长10%。\n",
        None,
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUER, ids=[c[0] for c in ISSUER])
def test_company_texts_are_about_their_issuer(case: str, text: str, expected: str | None) -> None:
    subject = cnreport.explain(text, year=2024).decided("subject")
    assert subject is not None
    if expected is None:
        assert subject.rule not in ("subject.filing_issuer", "subject.results_firm"), subject
    else:
        assert subject.value == expected, subject


def test_a_filings_records_are_the_issuers() -> None:
    text = ISSUER[0][1]
    records = cnreport.extract(text, year=2020)
    assert records and {r.subject for r in records} == {"甲乙智电"}


CODED_FIRMS = [
    # (case, text, {value: subject}) — figures of listed firms introduced with their stock codes
    (
        "described firm with code, then a paragraph opening with its name",
        "网络设备厂甲乙（2345）12月营收增长12%。\n通讯大厂丙丁（6789）在客户拉货带动下，12月营收8.5亿元。\n"
        "甲乙在新品带动下，第四季营收30亿元。\n",
        {12: "甲乙", 850000000: "丙丁", 3000000000: "甲乙"},
    ),
    (
        "Traditional script, exchange suffix",
        "電信設備商戊己（3456.TW）12月營收年增15%，第四季營收40億元。\n",
        {15: "戊己", 4000000000: "戊己"},
    ),
    (
        "a firm inside a description is not the subject",
        "卫星通讯设备商庚辛（2314）去年营收下降5%。另有星通（3025）营收增长7%。\n",
        {-5: "庚辛", 7: "星通"},
    ),
]


@pytest.mark.parametrize(("case", "text", "subjects"), CODED_FIRMS, ids=[c[0] for c in CODED_FIRMS])
def test_listed_firms_named_with_codes_are_their_figures_subjects(
    case: str, text: str, subjects: dict[float, str]
) -> None:
    found = {float(r.value): r.subject for r in cnreport.extract(text, year=2018)}
    assert {v: found.get(v) for v in subjects} == subjects


def test_bracketed_abbreviations_are_no_stock_codes() -> None:
    text = "全省地区生产总值（GDP）增长5%，居民消费价格指数（CPI）上涨0.2%。\n"
    records = cnreport.extract(text, year=2024, subject="浙江")
    assert {r.subject for r in records} == {"浙江"}


def test_issuer_examples_hold() -> None:
    """The invented examples in context.issuer's docstrings are its rule table: each must hold."""
    import doctest

    from cnreport.context import issuer

    result = doctest.testmod(issuer)
    assert result.attempted >= 10 and result.failed == 0


def test_firms_with_codes_are_read_within_a_bound() -> None:
    """A long text full of codes: the names come out right, and only the opening is read for them."""
    from cnreport.context import issuer

    unit = "网络设备厂甲乙（2345）12月营收增长5%。通讯大厂丙丁（6789）营收下降。甲乙、丙丁表现分化。\n"
    repeated = unit * (issuer._FIRM_SCOPE // len(unit) + 10)
    late = repeated + "庚辛（1111）营收增长。庚辛领先。\n"
    assert issuer.coded_firms(repeated) == {"甲乙", "丙丁"}
    assert "庚辛" not in issuer.coded_firms(late)  # beyond the scope: never scanned


# The pattern coded_firms used before it looked for the code first: the runs must not change.
_CODED_RUN_FIRST = regex.compile(
    r"(?P<run>\p{Han}{2,16})[（(](?:股票代码|证券代码|代码)?[:：]?"
    r"(?:[0-9]{4,6}(?:\.[A-Z]{2})?|[A-Z]{1,5}\.[A-Z]{1,2})[)）]"
)


def _runs_before_codes(text: str) -> list[str]:
    runs = []
    for code in issuer._CODE.finditer(text):
        run = issuer._RUN_BEFORE.match(text, 0, code.start())
        if run is not None:
            runs.append(run.group())
    return runs


_CODE_PIECES = [
    *("甲", "乙丙", "丁戊己庚辛壬癸子丑寅卯", "股票代码", "代码", "𠀀"),
    *("（", "(", "）", ")", "：", "600123", "0005", ".HK", "AB.N", "A", ".", " ", "，", "\n"),
]


@given(st.lists(st.sampled_from(_CODE_PIECES), max_size=16).map("".join))
def test_code_first_search_finds_the_runs_the_run_first_pattern_found(text: str) -> None:
    assert _runs_before_codes(text) == [m.group("run") for m in _CODED_RUN_FIRST.finditer(text)]


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_code_first_search_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _runs_before_codes(text) == [m.group("run") for m in _CODED_RUN_FIRST.finditer(text)], path.name
