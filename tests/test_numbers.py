"""Tests for cnreport.numbers: values, numerals in running text, look-alikes and robustness."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cnreport.errors import LexiconError
from cnreport.lexicon import read_lexicon
from cnreport.numbers import NUMBER_PATTERN, NumberMatch, _load_vocab, find_numbers, parse_number

D = Decimal

# ---------------------------------------------------------------------------------------------
# parse_number

# fmt: off
PARSE_CASES = [
    # Arabic
    pytest.param("1234", D(1234), id="arabic-integer"),
    pytest.param("1,234.5", D("1234.5"), id="arabic-thousands-comma"),
    pytest.param("1,234,567", D(1234567), id="arabic-two-comma-groups"),
    pytest.param("-0.5", D("-0.5"), id="arabic-negative"),
    pytest.param("+3.2", D("3.2"), id="arabic-plus"),
    pytest.param("\u22120.5", D("-0.5"), id="arabic-unicode-minus"),
    pytest.param("0.69", D("0.69"), id="arabic-leading-zero"),
    pytest.param("1.70", D("1.7"), id="arabic-trailing-zero"),
    pytest.param(" 42 ", D(42), id="arabic-padded"),
    # Arabic + scale
    pytest.param("18.2万", D(182000), id="scale-wan-decimal"),
    pytest.param("2万", D(20000), id="scale-wan"),
    pytest.param("10亿", D(10**9), id="scale-yi"),
    pytest.param("5777亿", D(577700000000), id="scale-yi-large"),
    pytest.param("1.2万亿", D(12 * 10**11), id="scale-wanyi"),
    pytest.param("3千万", D(3 * 10**7), id="scale-qianwan"),
    pytest.param("5百万", D(5 * 10**6), id="scale-baiwan"),
    pytest.param("2十万", D(2 * 10**5), id="scale-shiwan"),
    pytest.param("3百亿", D(3 * 10**10), id="scale-baiyi"),
    pytest.param("4千亿", D(4 * 10**11), id="scale-qianyi"),
    pytest.param("1.5千", D(1500), id="scale-qian"),
    pytest.param("3百", D(300), id="scale-bai"),
    pytest.param("0.5万", D(5000), id="scale-fraction-of-wan"),
    pytest.param("-3.5万", D(-35000), id="scale-negative"),
    pytest.param("1,234.5万", D(12345000), id="scale-after-commas"),
    pytest.param("18.2萬", D(182000), id="scale-traditional-wan"),
    pytest.param("1.5億", D(150000000), id="scale-traditional-yi"),
    # Chinese, structured
    pytest.param("一千二百三十四", D(1234), id="cn-full"),
    pytest.param("一百二十三", D(123), id="cn-hundreds"),
    pytest.param("十五", D(15), id="cn-teen"),
    pytest.param("十", D(10), id="cn-ten"),
    pytest.param("二十", D(20), id="cn-twenty"),
    pytest.param("百", D(100), id="cn-bare-hundred"),
    pytest.param("千", D(1000), id="cn-bare-thousand"),
    pytest.param("两", D(2), id="cn-liang"),
    pytest.param("兩", D(2), id="cn-liang-traditional"),
    pytest.param("两千", D(2000), id="cn-liang-thousand"),
    pytest.param("一千零五", D(1005), id="cn-zero-gap"),
    pytest.param("一千零五十", D(1050), id="cn-zero-gap-tens"),
    pytest.param("一万零五十", D(10050), id="cn-zero-after-wan"),
    pytest.param("三万五千", D(35000), id="cn-wan-section"),
    pytest.param("一千二百万", D(12000000), id="cn-section-wan"),
    pytest.param("一亿零五百万", D(105000000), id="cn-yi-zero-wan"),
    pytest.param("一亿二千万", D(120000000), id="cn-yi-wan"),
    pytest.param("两万亿", D(2 * 10**12), id="cn-wanyi"),
    pytest.param("十万", D(100000), id="cn-shiwan"),
    pytest.param("百万", D(10**6), id="cn-baiwan"),
    pytest.param("千万", D(10**7), id="cn-qianwan"),
    pytest.param("百亿", D(10**10), id="cn-baiyi"),
    pytest.param("千亿", D(10**11), id="cn-qianyi"),
    pytest.param("零", D(0), id="cn-zero"),
    # Chinese, colloquial shorthand
    pytest.param("一千二", D(1200), id="colloquial-qian"),
    pytest.param("二百五", D(250), id="colloquial-bai"),
    pytest.param("三万五", D(35000), id="colloquial-wan"),
    pytest.param("一亿二", D(120000000), id="colloquial-yi"),
    # Chinese, decimals
    pytest.param("十八点二万", D(182000), id="cn-decimal-wan"),
    pytest.param("三点一四", D("3.14"), id="cn-decimal"),
    pytest.param("零点五", D("0.5"), id="cn-decimal-zero"),
    pytest.param("一点五千", D(1500), id="cn-decimal-qian"),
    # Chinese, digit by digit
    pytest.param("二〇二五", D(2025), id="positional-year"),
    pytest.param("二○二四", D(2024), id="positional-white-circle"),
    pytest.param("一二三四", D(1234), id="positional-digits"),
    pytest.param("五〇", D(50), id="positional-two-with-zero"),
    # traditional and financial spellings
    pytest.param("壹贰叁", D(123), id="financial-positional"),
    pytest.param("壹万贰仟", D(12000), id="financial-structured"),
    pytest.param("陆拾", D(60), id="financial-tens"),
    pytest.param("參佰", D(300), id="financial-traditional"),
    pytest.param("一萬", D(10000), id="traditional-wan"),
    pytest.param("兩億", D(200000000), id="traditional-yi"),
]

NOT_NUMBERS = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("点", id="point-alone"),
    pytest.param("万", id="wan-alone"),
    pytest.param("万亿", id="wanyi-alone"),
    pytest.param("abc", id="letters"),
    pytest.param(".5", id="leading-point"),
    pytest.param("5.", id="trailing-point"),
    pytest.param("1,2345", id="comma-group-of-four"),
    pytest.param("12,5", id="comma-group-of-one"),
    pytest.param("1.2.3", id="two-points"),
    pytest.param("--5", id="double-sign"),
    pytest.param("5%", id="percent-sign"),
    pytest.param("M2", id="identifier"),
    pytest.param("三四", id="two-digit-range"),
    pytest.param("十百", id="units-out-of-order"),
    pytest.param("三万二万", id="repeated-scale"),
    pytest.param("一点", id="cn-point-without-digits"),
    pytest.param("\uff11\uff12", id="full-width-digits-unfolded"),
]
# fmt: on


@pytest.mark.parametrize(("surface", "expected"), PARSE_CASES)
def test_parse_number_values(surface: str, expected: Decimal) -> None:
    value = parse_number(surface)
    assert isinstance(value, Decimal)
    assert value == expected


@pytest.mark.parametrize("surface", NOT_NUMBERS)
def test_parse_number_rejects(surface: str) -> None:
    with pytest.raises(ValueError):
        parse_number(surface)


def test_parse_number_writes_integers_out_in_full() -> None:
    # 182000, not 1.82E+5: values go into records that people read
    assert str(parse_number("18.2万")) == "182000"
    assert str(parse_number("1.2万亿")) == "1200000000000"


def test_parse_number_is_exact_beyond_float_precision() -> None:
    assert parse_number("1234567890123456789.123456789万") == D("12345678901234567891234.56789")


# ---------------------------------------------------------------------------------------------
# NUMBER_PATTERN


def test_number_pattern_has_no_groups_or_anchors() -> None:
    compiled = regex.compile(NUMBER_PATTERN)
    assert compiled.groups == 0
    assert "(?P<" not in NUMBER_PATTERN
    assert not NUMBER_PATTERN.startswith("^")
    assert not NUMBER_PATTERN.endswith("$")


@pytest.mark.parametrize(("surface", "expected"), PARSE_CASES)
def test_number_pattern_matches_every_numeral(surface: str, expected: Decimal) -> None:
    assert regex.fullmatch(NUMBER_PATTERN, surface.strip()) is not None


@pytest.mark.parametrize("surface", NOT_NUMBERS)
def test_number_pattern_rejects_non_numerals(surface: str) -> None:
    assert regex.fullmatch(NUMBER_PATTERN, surface) is None


# fmt: off
EMBED_CASES = [
    pytest.param(r"增长({n})%", "同比增长18.2%，", ["18.2"], id="growth-percent"),
    pytest.param(r"({n})%-({n})%", "目标为5%-8%", ["5", "8"], id="percent-range"),
    pytest.param(r"({n})元", "营业收入1.2万亿元", ["1.2万亿"], id="scale-then-unit"),
    pytest.param(r"({n})万元", "利润18.2万元", ["18.2"], id="backtracks-out-of-scale"),
    pytest.param(r"下降({n})个百分点", "下降零点五个百分点", ["零点五"], id="chinese-decimal"),
]
# fmt: on


@pytest.mark.parametrize(("template", "text", "groups"), EMBED_CASES)
def test_number_pattern_embeds(template: str, text: str, groups: list[str]) -> None:
    match = regex.search(template.format(n=NUMBER_PATTERN), text)
    assert match is not None
    assert list(match.groups()) == groups
    assert all(isinstance(parse_number(g), Decimal) for g in groups)


# ---------------------------------------------------------------------------------------------
# find_numbers


def _found(text: str) -> list[tuple[str, Decimal]]:
    return [(m.surface, m.value) for m in find_numbers(text)]


# fmt: off
FIND_CASES = [
    # longest match with scales
    pytest.param("营收1.2万亿元", [("1.2万亿", D(12 * 10**11))], id="longest-wanyi"),
    pytest.param("增加18.2万人", [("18.2万", D(182000))], id="longest-wan"),
    pytest.param("达3千万元", [("3千万", D(3 * 10**7))], id="mixed-qianwan"),
    pytest.param("装机5000万千瓦", [("5000万", D(5 * 10**7))], id="wan-before-kilowatt"),
    pytest.param("电量100千瓦时", [("100", D(100))], id="kilowatt-is-a-unit"),
    pytest.param("线路3千米", [("3", D(3))], id="kilometre-is-a-unit"),
    pytest.param("气压1013百帕", [("1013", D(1013))], id="hectopascal-is-a-unit"),
    # signs and dashes
    pytest.param("2021-2025年", [("2021", D(2021)), ("2025", D(2025))], id="year-range-dash"),
    pytest.param("目标5%-8%", [("5", D(5)), ("8", D(8))], id="percent-range-dash"),
    pytest.param("3万-5万元", [("3万", D(30000)), ("5万", D(50000))], id="scale-range-dash"),
    pytest.param("增速为-0.5%", [("-0.5", D("-0.5"))], id="negative"),
    pytest.param("同比-2.3%", [("-2.3", D("-2.3"))], id="negative-after-cjk"),
    pytest.param("（-1.2%）", [("-1.2", D("-1.2"))], id="negative-in-brackets"),
    pytest.param("增速为\u22120.5%", [("\u22120.5", D("-0.5"))], id="negative-unicode-minus"),
    pytest.param("增长+3.2%", [("+3.2", D("3.2"))], id="plus-sign"),
    # points and commas
    pytest.param("结果为5.", [("5", D(5))], id="point-without-digits"),
    pytest.param("共1,234家", [("1,234", D(1234))], id="thousands-comma"),
    pytest.param("共1,234,567.89元", [("1,234,567.89", D("1234567.89"))], id="commas-and-decimals"),
    pytest.param("12,5", [("12", D(12)), ("5", D(5))], id="comma-not-thousands"),
    pytest.param("1,2345", [("1", D(1)), ("2345", D(2345))], id="comma-group-of-four"),
    pytest.param("第3.2.1节", [("3.2", D("3.2"))], id="section-number"),
    # ASCII letters
    pytest.param("标普500指数", [("500", D(500))], id="digits-after-cjk"),
    pytest.param("M2余额增长8%", [("8", D(8))], id="money-supply-name"),
    pytest.param("装机10GW", [("10", D(10))], id="unit-GW"),
    pytest.param("100MW光伏", [("100", D(100))], id="unit-MW"),
    pytest.param("5kg", [("5", D(5))], id="unit-kg"),
    pytest.param("3km", [("3", D(3))], id="unit-km"),
    pytest.param("下调25bp", [("25", D(25))], id="unit-bp"),
    pytest.param("吞吐量3万TEU", [("3万", D(30000))], id="unit-after-scale"),
    pytest.param("5 G", [("5", D(5))], id="space-before-letter"),
    pytest.param("第3季度", [("3", D(3))], id="arabic-ordinal-kept"),
    # Chinese numerals that are figures
    pytest.param("增长三成", [("三", D(3))], id="cheng"),
    pytest.param("翻一番", [("一", D(1))], id="fan"),
    pytest.param("两个百分点", [("两", D(2))], id="liang-ge"),
    pytest.param("举办百场活动", [("百", D(100))], id="bai-chang"),
    pytest.param("十五个项目", [("十五", D(15))], id="teen-ge"),
    pytest.param("占近两成", [("两", D(2))], id="jin-liang-cheng"),
    pytest.param("用五年时间", [("五", D(5))], id="duration-years"),
    pytest.param("十八点二万元", [("十八点二万", D(182000))], id="cn-decimal-scale"),
    pytest.param("二〇二五年", [("二〇二五", D(2025))], id="cn-year"),
    pytest.param("建党一百年", [("一百", D(100))], id="numeral-longer-than-lookalike"),
    pytest.param("三万一千元", [("三万一千", D(31000))], id="wanyi-inside-number"),
    pytest.param("百分之五十", [("五十", D(50))], id="percent-words"),
    pytest.param("占三分之一", [("三", D(3)), ("一", D(1))], id="fraction"),
    pytest.param("用三四个月", [("三", D(3)), ("四", D(4))], id="approximate-range"),
    pytest.param("七八成", [("七", D(7)), ("八", D(8))], id="approximate-cheng"),
    pytest.param("三至五年", [("三", D(3)), ("五", D(5))], id="range-words"),
    pytest.param("两月", [("两", D(2))], id="liang-yue-is-a-count"),
    pytest.param("三个季度", [("三", D(3))], id="count-of-quarters"),
    pytest.param("十三个月", [("十三", D(13))], id="count-of-months"),
    pytest.param("两万亿级", [("两万亿", D(2 * 10**12))], id="longer-than-wanyi-ji"),
    pytest.param("一千零五家", [("一千零五", D(1005))], id="cn-zero-gap"),
    pytest.param("提出七方面措施", [("七", D(7))], id="count-of-aspects"),
    pytest.param("金额壹万贰仟元", [("壹万贰仟", D(12000))], id="financial-form"),
    # running text
    pytest.param(
        "1-8月，规模以上工业增加值同比增长5.8%，增速比1-7月加快0.2个百分点。",
        [("1", D(1)), ("8", D(8)), ("5.8", D("5.8")), ("1", D(1)), ("7", D(7)), ("0.2", D("0.2"))],
        id="report-sentence",
    ),
    pytest.param(
        "全市实现地区生产总值5777亿元，增长6.5%；一般公共预算收入三百二十亿元。",
        [("5777亿", D(577700000000)), ("6.5", D("6.5")), ("三百二十亿", D(32000000000))],
        id="report-sentence-mixed",
    ),
]

NOTHING_CASES = [
    # words with numeral characters
    pytest.param("一方面推进传统产业转型", id="yifangmian"),
    pytest.param("另一方面", id="lingyifangmian"),
    pytest.param("全力巩固工业经济", id="no-numeral-at-all"),
    pytest.param("九州通与北大", id="company-jiuzhoutong"),
    pytest.param("半导体基地", id="bandaoti"),
    pytest.param("两会期间", id="lianghui"),
    pytest.param("工业“硬度”十足", id="shizu"),
    pytest.param("年过半百", id="nianguobanbai"),
    pytest.param("“一月一链”等特色活动", id="slogan-yiyueyilian"),
    pytest.param("进一步扩大开放", id="jinyibu"),
    pytest.param("建设全国统一大市场", id="tongyi"),
    pytest.param("唯一的选择", id="weiyi"),
    pytest.param("一批重大项目", id="yipi"),
    pytest.param("一是加快转型，二是扩大内需", id="enumerators"),
    pytest.param("一带一路", id="yidaiyilu"),
    pytest.param("海峡两岸", id="liangan"),
    pytest.param("三农工作", id="sannong"),
    pytest.param("百强县", id="baiqiang"),
    pytest.param("十大工程", id="shida"),
    pytest.param("三大战役", id="sanda"),
    pytest.param("一次性补贴", id="yicixing"),
    pytest.param("一站式服务", id="yizhanshi"),
    pytest.param("专精特新企业", id="zhuanjingtexin"),
    pytest.param("保持两位数增长", id="liangweishu"),
    pytest.param("千家万户", id="qianjiawanhu"),
    pytest.param("千方百计稳就业", id="qianfangbaiji"),
    pytest.param("老百姓", id="laobaixing"),
    pytest.param("万众一心", id="wanzhong"),
    pytest.param("打造千亿级产业集群", id="qianyiji"),
    pytest.param("十四五规划", id="plan-period"),
    pytest.param("党的二十大", id="party-congress"),
    pytest.param("长三角一体化", id="changsanjiao"),
    pytest.param("四川省", id="place-sichuan"),
    pytest.param("三一重工", id="company-sany"),
    pytest.param("千兆宽带", id="gigabit"),
    pytest.param("一点一滴", id="yidianyidi"),
    pytest.param("社会消费品零售总额", id="lingshou"),
    pytest.param("百分之", id="percent-words-alone"),
    pytest.param("数十家企业", id="vague-shushi"),
    pytest.param("几百万", id="vague-jibaiwan"),
    pytest.param("陆家嘴财经", id="financial-digit-alone-lujiazui"),
    pytest.param("人才队伍建设", id="financial-digit-alone-duiwu"),
    pytest.param("汽车零部件", id="lingbujian"),
    # periods
    pytest.param("一季度", id="quarter"),
    pytest.param("第一季度", id="ordinal-quarter"),
    pytest.param("前三季度", id="cumulative-quarters"),
    pytest.param("三季报", id="quarterly-report"),
    pytest.param("十二月份", id="month"),
    pytest.param("一至三月", id="month-range"),
    pytest.param("一、二季度", id="quarter-list"),
    pytest.param("排名第一", id="ordinal"),
    # list markers
    pytest.param("一、经济运行", id="list-marker"),
    pytest.param("（三）加快建设", id="list-marker-brackets"),
    # identifiers
    pytest.param("CAC40指数", id="cac40"),
    pytest.param("5G+工业互联网", id="5g"),
    pytest.param("B2B平台", id="b2b"),
    pytest.param("G20峰会", id="g20"),
    pytest.param("2025H1", id="half-year-code"),
    pytest.param("COVID-19疫情", id="covid-19"),
    pytest.param("S&P500", id="sp500"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_numbers(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", NOTHING_CASES)
def test_find_numbers_skips_lookalikes(text: str) -> None:
    assert _found(text) == []


def test_find_numbers_reports_offsets_and_script() -> None:
    text = "增长3.2%，增加两个"
    assert find_numbers(text) == [
        NumberMatch(start=2, end=5, surface="3.2", value=D("3.2"), chinese=False),
        NumberMatch(start=9, end=10, surface="两", value=D(2), chinese=True),
    ]


def test_arabic_with_chinese_scale_is_not_chinese() -> None:
    (match,) = find_numbers("达1.2万亿元")
    assert match.chinese is False


def test_number_match_is_frozen() -> None:
    match = NumberMatch(0, 1, "5", D(5), False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.value = D(6)  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# lexicon


def test_lexicon_has_many_lookalikes_without_duplicates() -> None:
    words = read_lexicon("numerals")["lookalikes"]["words"]
    assert len(words) >= 150
    assert len(words) == len(set(words))


def test_lexicon_ascii_units_are_letters() -> None:
    units = read_lexicon("numerals")["ascii_units"]["after_number"]
    assert all(u.isascii() and u.isalpha() for u in units)


# fmt: off
BAD_LEXICONS = [
    pytest.param(lambda d: d.pop("lookalikes"), id="missing-table"),
    pytest.param(lambda d: d["scale"][0].update(factor="12"), id="factor-not-power-of-ten"),
    pytest.param(lambda d: d["scale"][0].update(kind="big"), id="kind-does-not-fit-factor"),
    pytest.param(lambda d: d["digit"][1].update(value=11), id="digit-out-of-range"),
    pytest.param(lambda d: d["digit"][1]["surfaces"].append("零"), id="digit-spelled-twice"),
    pytest.param(lambda d: d["lone"].update(followers="个"), id="list-is-a-string"),
]
# fmt: on


@pytest.mark.parametrize("spoil", BAD_LEXICONS)
def test_bad_lexicon_fails_at_load(spoil: Any) -> None:
    import copy

    data = copy.deepcopy(read_lexicon("numerals"))
    spoil(data)
    with pytest.raises(LexiconError):
        _load_vocab(data)


# ---------------------------------------------------------------------------------------------
# properties

_CN_DIGITS = "零一二三四五六七八九"


def _cn_section(n: int, leading: bool) -> str:
    """Standard spelling of 1-9999 (十五 at the start of a number, 一十五 inside one)."""
    out, gap = "", False
    for exponent, unit in ((3, "千"), (2, "百"), (1, "十"), (0, "")):
        digit = n // 10**exponent % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out, gap = out + "零", False
        if not (leading and not out and exponent == 1 and digit == 1):
            out += _CN_DIGITS[digit]
        out += unit
    return out


def _to_chinese(n: int) -> str:
    """Standard Chinese spelling of 1 <= n < 10**12 (一亿零五百万, 十万零一十)."""
    out, gap = "", False
    for value, scale in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"
        out, gap = out + _cn_section(value, leading=not out) + scale, False
    return out


@pytest.mark.parametrize(
    ("n", "spelling"),
    [(15, "十五"), (110, "一百一十"), (1005, "一千零五"), (100010, "十万零一十"), (105000000, "一亿零五百万")],
)
def test_to_chinese_helper(n: int, spelling: str) -> None:
    assert _to_chinese(n) == spelling


NUMERAL_ALPHABET = list("0123456789,.-+\u2212%万亿千百十一二三四五六七八九零〇两点第季度月个成年元是方面aGkmW、 （）")


@given(st.text(alphabet=st.one_of(st.sampled_from(NUMERAL_ALPHABET), st.characters()), max_size=80))
def test_find_numbers_never_raises_and_reports_true_spans(text: str) -> None:
    matches = find_numbers(text)
    previous_end = 0
    for m in matches:
        assert text[m.start : m.end] == m.surface
        assert m.start >= previous_end
        assert m.end > m.start
        assert parse_number(m.surface) == m.value
        assert m.chinese == (not any(c in "0123456789" for c in m.surface))
        previous_end = m.end


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_spelling_round_trips(n: int) -> None:
    spelling = _to_chinese(n)
    assert parse_number(spelling) == n
    assert _found(f"共{spelling}元") == [(spelling, D(n))]


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_with_commas_round_trips(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert _found(f"共{n:,}元") == [(f"{n:,}", D(n))]


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from([("万", 4), ("亿", 8), ("万亿", 12), ("千万", 7), ("百万", 6)]),
)
def test_arabic_scales_are_exact(value: Decimal, scale: tuple[str, int]) -> None:
    word, exponent = scale
    assert parse_number(f"{value:f}{word}") == value.scaleb(exponent)


# ---------------------------------------------------------------------------------------------
# linear time: each input is a classic backtracking trap; the test only has to finish

# fmt: off
LONG_INPUTS = [
    pytest.param("7" * 100_000, 1, id="digits"),
    pytest.param("、" * 100_000, 0, id="enumeration-commas"),
    pytest.param(" " * 100_000, 0, id="spaces"),
    pytest.param("一" * 100_000, 1, id="one-chinese-digit"),
    pytest.param("一二三四五六七八九十百千万亿两零点〇" * 5_556, None, id="chinese-numeral-chars"),
    pytest.param("十" * 100_000, 0, id="lone-tens"),
    pytest.param("一千" * 50_000, None, id="repeated-sections"),
    pytest.param("-1" * 50_000, None, id="dashes-and-digits"),
    pytest.param("1," * 50_000, None, id="commas-and-digits"),
    pytest.param("1." * 50_000, None, id="points-and-digits"),
    pytest.param("a1" * 50_000, 0, id="letters-and-digits"),
]
# fmt: on


@pytest.mark.parametrize(("text", "count"), LONG_INPUTS)
def test_long_inputs_finish(text: str, count: int | None) -> None:
    matches = find_numbers(text)
    if count is not None:
        assert len(matches) == count


def test_long_digit_run_keeps_every_digit() -> None:
    (match,) = find_numbers("7" * 100_000)
    assert match.value == D("7" * 100_000)


# A larger scale with a smaller one written on is one amount (2亿9,500万 = 295,000,000); apart, two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("增加約2億9,500萬元", [("2億9,500萬", "295000000")], id="traditional-yi-wan"),
        pytest.param("1亿2000万元", [("1亿2000万", "120000000")], id="yi-wan"),
        pytest.param("3万5千元", [("3万5千", "35000")], id="wan-qian"),
        pytest.param("5亿、3000万", [("5亿", "500000000"), ("3000万", "30000000")], id="a-list-stays-two"),
        pytest.param("3000万2亿", [("3000万", "30000000"), ("2亿", "200000000")], id="smaller-first-stays-two"),
    ],
)
def test_a_smaller_scale_runs_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.surface, str(n.value)) for n in find_numbers(text)] == [(s, str(Decimal(v))) for s, v in expected]
