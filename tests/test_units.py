"""Tests for cnreport.units: the unit right after a number -> canonical unit and factor (SPEC §2, §7)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cnreport.units import UnitMatch, is_measure_word, match_unit

D = Decimal

# ---------------------------------------------------------------------------------------------
# match_unit at position 0: (text, surface, canonical unit, factor)

# fmt: off
UNIT_CASES = [
    # rates and points
    pytest.param("%", "%", "%", D(1), id="percent-ascii"),
    pytest.param("％", "％", "%", D(1), id="percent-fullwidth"),
    pytest.param("‰", "‰", "‰", D(1), id="per-mille"),
    pytest.param("个百分点", "个百分点", "pp", D(1), id="pp-ge-baifendian"),
    pytest.param("百分点", "百分点", "pp", D(1), id="pp-baifendian"),
    pytest.param("个百分点以上", "个百分点", "pp", D(1), id="pp-qualifier-not-swallowed"),
    pytest.param("成", "成", "%", D(10), id="cheng-is-ten-percent"),
    pytest.param("倍", "倍", "倍", D(1), id="times"),
    pytest.param("基点", "基点", "基点", D(1), id="basis-point"),
    pytest.param("个基点", "个基点", "基点", D(1), id="basis-point-ge"),
    pytest.param("点", "点", "点", D(1), id="index-point"),
    # currencies (人民币 dropped: 元 is the yuan)
    pytest.param("元", "元", "元", D(1), id="yuan"),
    pytest.param("人民币", "人民币", "元", D(1), id="renminbi-is-yuan"),
    pytest.param("元人民币", "元人民币", "元", D(1), id="yuan-renminbi"),
    pytest.param("美元", "美元", "美元", D(1), id="usd"),
    pytest.param("港元", "港元", "港元", D(1), id="hkd"),
    pytest.param("欧元", "欧元", "欧元", D(1), id="eur"),
    # physical units
    pytest.param("吨", "吨", "吨", D(1), id="ton"),
    pytest.param("千瓦时", "千瓦时", "千瓦时", D(1), id="kwh"),
    pytest.param("平方米", "平方米", "平方米", D(1), id="square-metre"),
    pytest.param("标箱", "标箱", "标箱", D(1), id="teu"),
    pytest.param("标准箱", "标准箱", "标准箱", D(1), id="teu-spelled-out"),
    # compounds a/b (half- and full-width slash)
    pytest.param("美元/吨", "美元/吨", "美元/吨", D(1), id="compound-usd-per-ton"),
    pytest.param("元／人", "元／人", "元/人", D(1), id="compound-fullwidth-slash"),
    pytest.param("元 /人", "元 /人", "元/人", D(1), id="compound-space-before-slash"),
    # counting words, as written
    pytest.param("家", "家", "家", D(1), id="measure-jia"),
    pytest.param("名群众", "名", "人", D(1), id="ming-counts-people"),
    pytest.param("户", "户", "户", D(1), id="measure-hu"),
    pytest.param("个", "个", "个", D(1), id="measure-ge"),
    pytest.param("台", "台", "台", D(1), id="measure-tai"),
    pytest.param("辆", "辆", "辆", D(1), id="measure-liang"),
    pytest.param("项", "项", "项", D(1), id="measure-xiang"),
    pytest.param("晚，", "晚", "晚", D(1), id="measure-nights"),  # 平均留宿1.4晚
    # longest surface wins
    pytest.param("个百分点，", "个百分点", "pp", D(1), id="longest-pp-not-ge"),
    pytest.param("人次", "人次", "人次", D(1), id="longest-renci-not-ren"),
    pytest.param("千瓦时", "千瓦时", "千瓦时", D(1), id="longest-kwh-not-kw"),
    pytest.param("平方公里", "平方公里", "平方公里", D(1), id="longest-square-km"),
]
# fmt: on


@pytest.mark.parametrize(("text", "surface", "unit", "factor"), UNIT_CASES)
def test_match_unit(text: str, surface: str, unit: str, factor: Decimal) -> None:
    assert match_unit(text, 0) == UnitMatch(end=len(surface), surface=surface, unit=unit, factor=factor)


# ---------------------------------------------------------------------------------------------
# match_unit after a number in running text: (text before pos, text from pos, surface, unit) or None

# fmt: off
IN_TEXT_CASES = [
    # the unit starts exactly at pos (right after the number and its scale)
    pytest.param("同比增长5.1", "%。", "%", "%", id="after-growth"),
    pytest.param("高于全国24.6", "个百分点、全省9.6个百分点", "个百分点", "pp", id="after-gap"),
    pytest.param("产量12.5万", "吨，", "吨", "吨", id="ton-after-wan-scale"),
    pytest.param("新增18.2万", "家、居第二", "家", "家", id="jia-after-wan-scale"),
    pytest.param("均价650", "美元/吨，", "美元/吨", "美元/吨", id="compound-in-text"),
    # no unit at pos
    pytest.param("产量12.5", "万吨", None, None, id="wan-is-a-scale-not-a-unit"),
    pytest.param("", "，同比增长", None, None, id="comma"),
    pytest.param("2025", "年", None, None, id="year-is-no-unit"),
    pytest.param("", "5.1%", None, None, id="digit-at-pos"),
    pytest.param("", "", None, None, id="empty"),
    pytest.param("增长", "5.1%", None, None, id="not-searched-ahead"),
    pytest.param("%", "", None, None, id="pos-at-end"),
]
# fmt: on


@pytest.mark.parametrize(("before", "after", "surface", "unit"), IN_TEXT_CASES)
def test_match_unit_in_text(before: str, after: str, surface: str | None, unit: str | None) -> None:
    text, pos = before + after, len(before)
    m = match_unit(text, pos)
    if surface is None:
        assert m is None
        return
    assert m is not None
    assert (m.surface, m.unit, m.end) == (surface, unit, pos + len(surface))
    assert text[pos : m.end] == m.surface


# ---------------------------------------------------------------------------------------------
# is_measure_word

# fmt: off
MEASURE_CASES = [
    # counting words
    pytest.param("家", True, id="jia"),
    pytest.param("户", True, id="hu"),
    pytest.param("个", True, id="ge"),
    pytest.param("台", True, id="tai"),
    pytest.param("人", True, id="ren"),
    pytest.param("人次", True, id="renci"),
    pytest.param("项", True, id="xiang"),
    # currencies, rates and physical units are not counting words
    pytest.param("元", False, id="yuan"),
    pytest.param("美元", False, id="usd"),
    pytest.param("%", False, id="percent"),
    pytest.param("倍", False, id="times"),
    pytest.param("吨", False, id="ton"),
    pytest.param("千瓦时", False, id="kwh"),
    pytest.param("标箱", False, id="teu"),
    # canonical-only names and unknown words
    pytest.param("pp", False, id="pp-canonical"),
    pytest.param("rank", False, id="rank-canonical"),
    pytest.param("", False, id="empty"),
    pytest.param("年", False, id="unknown"),
]
# fmt: on


@pytest.mark.parametrize(("unit", "expected"), MEASURE_CASES)
def test_is_measure_word(unit: str, expected: bool) -> None:
    assert is_measure_word(unit) is expected


def _units_of(sentence: str) -> list[str]:
    import cnreport

    return [r.unit for r in cnreport.extract(sentence, year=2023)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5000元/月", "元/月"),
        ("3万元/年", "元/年"),
        ("200元人民币/天", "元/天"),
        ("765元/吨", "元/吨"),
        ("20元/月底", "元"),
    ],
)
def test_amounts_per_stretch_of_time(text: str, unit: str) -> None:
    assert _units_of(f"某费用为{text}。") == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("10元/枝", "元/枝"),  # retail prices per piece of goods sold by count
        ("35元/束", "元/束"),
        ("12元/瓶", "元/瓶"),
        ("3000瓶", "瓶"),
        ("8元/盒", "元/盒"),
    ],
)
def test_amounts_per_piece_of_goods(text: str, unit: str) -> None:
    assert _units_of(f"某商品价格为{text}。") == [unit]
