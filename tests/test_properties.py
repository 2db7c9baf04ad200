"""Property tests: extraction never crashes, its spans index the original text, it is deterministic.

Odd text gives fewer records, never an exception (STYLE: Values and errors); every span is
``[start, end)`` into the text the user passed in, whatever normalization did (STYLE: offset map).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cnreport
from cnreport.comparisons import direction_sign, find_base
from cnreport.patterns import classify
from cnreport.records import Record
from cnreport.units import match_unit

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# fmt: off
FRAGMENTS = [
    # digits, separators and units
    *"0123456789", ".", ",", "-", "。", "，", "、", "；", "%", "％", "亿元", "万", "亿", "元", "个百分点",
    "百分点", "倍", "家", "万吨", "成",
    # predicates
    "同比增长", "增长", "下降", "比上年", "环比", "回落", "高于全国", "占", "比重", "居", "第二", "拉动",
    "降幅收窄", "两年平均", "约", "以上", "分别",
    # periods and subjects
    "上半年", "1-6月", "一季度", "2025年", "年末", "全市", "武汉",
    # metrics
    "规上工业增加值", "社会消费品零售总额", "出口", "GDP",
    # white space and line breaks (PDF joins)
    "\n", " ", "\u3000", "\r\n",
    # full-width digits and punctuation (U+FF10.., written as escapes for the linter)
    *(chr(0xFF10 + d) for d in range(10)), "\uff0e", "\uff0d",
]
# fmt: on

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
REPORT_TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), CJK), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), REPORT_TEXT)

# A well-formed sentence with ASCII digits; its full-width twin must give the same records.
NUMBER = st.decimals(min_value=0, max_value=10_000, places=1, allow_nan=False, allow_infinity=False).map(str)
SENTENCE = st.builds(
    "{}，全市{}{}{}{}。".format,
    st.sampled_from(["上半年", "1-6月", "2025年", "一季度"]),
    st.sampled_from(["规上工业增加值", "社会消费品零售总额", "固定资产投资", "出口总额"]),
    st.sampled_from(["同比增长", "比上年下降", "为", "高于全国", "达"]),
    NUMBER,
    st.sampled_from(["%", "个百分点", "亿元", "万元", "倍"]),
)
# ASCII 0x21..0x7E -> full-width U+FF01..U+FF5E
FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.%-"}


def check_spans(text: str, records: list[Record]) -> None:
    for r in records:
        start, end = r.span
        assert 0 <= start < end <= len(text), (r.span, len(text))
        assert text[start:end] == r.text


# ---------------------------------------------------------------------------------------------
# extract


@SETTINGS
@given(ANY_TEXT)
def test_extract_never_raises_and_spans_index_original(text: str) -> None:
    check_spans(text, cnreport.extract(text))


@SETTINGS
@given(REPORT_TEXT)
def test_extract_with_year_and_subject(text: str) -> None:
    check_spans(text, cnreport.extract(text, year=2025, subject="武汉"))


@SETTINGS
@given(ANY_TEXT)
def test_extract_is_deterministic(text: str) -> None:
    assert cnreport.extract(text, year=2025) == cnreport.extract(text, year=2025)


@SETTINGS
@given(SENTENCE)
def test_fullwidth_digits_give_spans_into_original(sentence: str) -> None:
    wide = sentence.translate(FULLWIDTH)
    narrow_records = cnreport.extract(sentence, year=2025)
    wide_records = cnreport.extract(wide, year=2025)
    assert narrow_records, sentence
    check_spans(wide, wide_records)
    # full-width to half-width is one character for one, so spans and values carry over
    assert [(r.span, r.value, r.unit, r.kind) for r in wide_records] == [
        (r.span, r.value, r.unit, r.kind) for r in narrow_records
    ]


# ---------------------------------------------------------------------------------------------
# pure helpers: total on any input


def no_period(_phrase: str) -> str | None:
    return None


@SETTINGS
@given(ANY_TEXT, st.integers(min_value=0, max_value=250))
def test_match_unit_total(text: str, pos: int) -> None:
    m = match_unit(text, pos)
    if m is not None:
        assert pos < m.end <= len(text)
        assert text[pos : m.end] == m.surface


@SETTINGS
@given(ANY_TEXT, ANY_TEXT)
def test_direction_sign_is_a_sign(predicate: str, metric: str) -> None:
    assert direction_sign(predicate, metric) in (-1, 1)


@SETTINGS
@given(ANY_TEXT, st.sampled_from([None, 2025]))
def test_find_base_total(predicate: str, year: int | None) -> None:
    parse: Callable[[str], str | None] = no_period
    base = find_base(predicate, parse, year)
    assert base is None or isinstance(base, str)


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["%", "pp", "倍", "元", "家", "rank", "基点", ""]))
def test_classify_admits_unit(predicate: str, unit: str) -> None:
    found = classify(predicate, unit)
    assert found is None or found.units is None or unit in found.units
