"""Flattened table rows (one cell per line): what each number of a row means."""

from __future__ import annotations

from decimal import Decimal

import pytest

import cnreport

# fmt: off
TABLES = [
    pytest.param(
        "产品名称          单位        产量      比上年增长(%)\n"
        "汽车              万辆        45.3        12.1\n"
        "其中：新能源汽车    万辆        12.7        35.6\n",
        [("新能源汽车", Decimal("127000"), "辆", "level"), ("新能源汽车", Decimal("35.6"), "%", "growth_rate")],
        id="sub-row-marked-qizhong",
    ),
    pytest.param(
        "表1  2023年主要工业产品产量\n产品名称\n单位\n产量\n比上年增长（%）\n汽车\n万辆\n171.94\n-9.7\n",
        [("汽车", Decimal("1719400"), "辆", "level"), ("汽车", Decimal("-9.7"), "%", "growth_rate")],
        id="product-table-with-header",
    ),
    pytest.param(
        "产品\n单位\n产量\n比上年增长%\n水泥\n万吨\n426.3\n-5.3\n",
        [("水泥", Decimal("4263000"), "吨", "level"), ("水泥", Decimal("-5.3"), "%", "growth_rate")],
        id="label-header-kept",
    ),
    pytest.param(
        "乳制品\n万吨\n27.6\n-9.8\n机制纸及纸板\n万吨\n15.6\n0.2\n",
        [("乳制品", Decimal("276000"), "吨", "level"), ("乳制品", Decimal("-9.8"), "%", "growth_rate"),
         ("机制纸及纸板", Decimal("156000"), "吨", "level")],
        id="no-header-bulletin-convention",
    ),
    pytest.param(
        "2012年末存贷款\n单位：亿元\n指标\n12月末\n比年初增加额\n存款余额\n1970.6\n266.0\n短期贷款\n304.8\n",
        [("存款余额", Decimal("197060000000"), "元", "level"), ("存款余额", Decimal("26600000000"), "元", "change"),
         ("短期贷款", Decimal("30480000000"), "元", "level")],
        id="unit-note-and-change-column",
    ),
    # one row per line, cells split by tabs (copied from a spreadsheet or a web page)
    pytest.param(
        "2023年1-6月全市主要经济指标\n\n指标名称\t单位\t1-6月\t同比增长(%)\n"
        "地区生产总值\t亿元\t9256.3\t5.8\n规模以上工业增加值\t亿元\t—\t6.2\n",
        [("地区生产总值", Decimal("925630000000"), "元", "level"), ("地区生产总值", Decimal("5.8"), "%", "growth_rate"),
         ("规模以上工业增加值", Decimal("6.2"), "%", "growth_rate")],
        id="tab-rows-under-named-columns",
    ),
    # one row per line aligned with spaces (pdftotext -layout), the unit in the label
    pytest.param(
        "指标          单位        1-9月        同比增长(%)\n地区生产总值    亿元    16829.3    5.9\n"
        "工业增加值(亿元)    4629.6    4.2\n",
        [("地区生产总值", Decimal("1682930000000"), "元", "level"),
         ("工业增加值", Decimal("462960000000"), "元", "level"),
         ("工业增加值", Decimal("4.2"), "%", "growth_rate")],
        id="space-aligned-rows-unit-in-label",
    ),
    # one cell per line (an HTML table) with an empty amount cell: the growth still reads as growth
    pytest.param(
        "指标名称\n单位\n1-6月\n同比增长(%)\n地区生产总值\n亿元\n9256.3\n5.8\n规模以上工业增加值\n亿元\n—\n6.2\n",
        [("地区生产总值", Decimal("925630000000"), "元", "level"),
         ("规模以上工业增加值", Decimal("6.2"), "%", "growth_rate")],
        id="flattened-row-with-empty-cell",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_table_rows(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    records = cnreport.extract(text, year=2023)
    found = {(r.metric, r.value, r.unit, str(r.kind)) for r in records}
    for metric_part, value, unit, kind in expected:
        assert any(m.startswith(metric_part) and v == value and u == unit and k == kind for m, v, u, k in found), (
            metric_part,
            value,
            unit,
            kind,
            sorted(found, key=str),
        )
    for r in records:
        assert text[r.span[0] : r.span[1]] == r.text


def test_row_columns_give_period() -> None:
    """A column headed 1-9月 dates its numbers, and the growth beside them is of the same months."""
    text = "指标\t单位\t1-9月\t同比增长(%)\n地区生产总值\t亿元\t16829.3\t5.9\n"
    periods = {r.value: r.period for r in cnreport.extract(text, year=2024)}
    assert periods[Decimal("1682930000000")] == "2024-01/2024-09"
    assert periods[Decimal("5.9")] == "2024-01/2024-09"


def test_prose_with_a_tab_is_not_a_row() -> None:
    """Two cells split by a tab are a PDF artefact inside a sentence, not a table."""
    records = cnreport.extract("全市规模以上工业增加值增长\t5.8%。", year=2024)
    assert [(r.metric, r.value) for r in records] == [("规模以上工业增加值", Decimal("5.8"))]


def test_empty_cell_keeps_the_columns_period() -> None:
    """规模以上工业增加值 — 6.2 under 1-6月 | 同比增长(%): the growth of January to June."""
    text = "指标名称\n单位\n1-6月\n同比增长(%)\n规模以上工业增加值\n亿元\n—\n6.2\n"
    records = cnreport.extract(text, year=2024)
    assert [(r.value, str(r.kind), r.period) for r in records] == [(Decimal("6.2"), "growth_rate", "2024-H1")]
