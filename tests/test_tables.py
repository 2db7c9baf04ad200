"""Flattened table rows (one cell per line): what each number of a row means."""

from __future__ import annotations

from decimal import Decimal

import pytest

import cnreport

# fmt: off
TABLES = [
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
