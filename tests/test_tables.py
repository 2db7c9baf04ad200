"""Flattened table rows (one cell per line): what each number of a row means."""

from __future__ import annotations

from decimal import Decimal

import pytest

import cnreport
from cnreport import table_grid

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


# ---------------------------------------------------------------- grids: one model, several shapes
# Each table is invented for its shape; expected records are (metric, value, unit, kind, period, base).

# fmt: off
GRIDS = [
    pytest.param(
        "表3  某市主要指标\n\n指标\n本月\n同比增长（%）\n\n"
        "社会物流总额（亿元）\n312.5\n6.4\n\n快递业务量（万件）\n845\n-2.1\n",
        [("社会物流总额", Decimal("31250000000"), "元", "level", "2024", None),
         ("社会物流总额", Decimal("6.4"), "%", "growth_rate", "2024", "yoy"),
         ("快递业务量", Decimal("8450000"), "件", "level", "2024", None)],
        id="cell-per-line-blank-separated-unit-in-label",
    ),
    pytest.param(
        "表1 产量\n产品\n单位\n1-5月\n比上年同期增长（%）\n发电量\n万千瓦时\n40.2\n3.3\n纱线\n万吨\n1.8\n-0.7\n",
        [("发电量", Decimal("402000"), "千瓦时", "level", "2024-01/2024-05", None),
         ("纱线", Decimal("-0.7"), "%", "growth_rate", "2024-01/2024-05", "yoy")],
        id="cell-per-line-no-separators-unit-column",
    ),
    pytest.param(
        "表2 分门类经营情况\n行业\n1-5月\n营业收入\n利润总额\n绝对额（亿元）\n同比增长（%）\n绝对额（亿元）\n同比增长（%）\n\n"  # noqa: E501
        "采矿业\n120.0\n4.5\n30.1\n-8.2\n\n制造业\n880.4\n2.2\n61.7\n9.9\n",
        [("采矿业营业收入", Decimal("12000000000"), "元", "level", "2024-01/2024-05", None),
         ("采矿业营业收入", Decimal("4.5"), "%", "growth_rate", "2024-01/2024-05", "yoy"),
         ("制造业利润总额", Decimal("6170000000"), "元", "level", "2024-01/2024-05", None),
         ("制造业利润总额", Decimal("9.9"), "%", "growth_rate", "2024-01/2024-05", "yoy")],
        id="multi-row-header-into-column-paths",
    ),
    pytest.param(
        "单位：万元\n指标\n5月末\n比年初增加额\n企业存款\n5600\n-120\n其中：定期存款\n2100\n35\n",
        [("企业存款", Decimal("56000000"), "元", "level", "2024-05-31", None),
         ("企业存款", Decimal("-1200000"), "元", "change", "2024-05-31", "period:2023-12-31"),
         ("定期存款", Decimal("21000000"), "元", "level", "2024-05-31", None)],
        id="unit-note-month-end-stock-and-sub-row",
    ),
    pytest.param(
        "| 指标 | 单位 | 1-5月 | 同比增长(%) |\n|---|---|---|---|\n| 货运量 | 万吨 | 75.5 | 1.9 |\n"
        "| 客运量 | 万人 | 12.0 | - |\n",
        [("货运量", Decimal("755000"), "吨", "level", "2024-01/2024-05", None),
         ("货运量", Decimal("1.9"), "%", "growth_rate", "2024-01/2024-05", "yoy"),
         ("客运量", Decimal("120000"), "人", "level", "2024-01/2024-05", None)],
        id="markdown-pipes-with-empty-cell",
    ),
    pytest.param(
        "单位：元\n['', '2023年', '', '2022年', '', '']\n['', '金额', '占营业收入比重', '金额', '占营业收入比重', '同比增减']\n"  # noqa: E501
        "['分产品', '', '', '', '', '']\n['阀门', '1,200,000.00', '60.00%', '900,000.00', '50.00%', '33.33%']\n"
        "['泵', '800,000.00', '40.00%', '900,000.00', '50.00%', '-11.11%']\n",
        [("阀门", Decimal("1200000.00"), "元", "level", "2023", None),
         ("阀门", Decimal("900000.00"), "元", "level", "2022", None),
         ("阀门占营业收入比重", Decimal("60.00"), "%", "share", "2023", None),
         ("泵", Decimal("-11.11"), "%", "growth_rate", None, "yoy")],
        id="python-list-rows-with-spanning-header",
    ),
    pytest.param(
        "表4  各月指数\n单位：%\n\n综合\n\n新订单\n库存\n\n2024年3月\n50.1\n51.2\n48.0\n\n2024年4月\n49.6\n50.3\n47.7\n",  # noqa: E501
        [("综合指数", Decimal("50.1"), "%", "level", "2024-03", None),
         ("新订单指数", Decimal("50.3"), "%", "level", "2024-04", None)],
        id="index-table-rows-are-periods",
    ),
    pytest.param(
        "表5  2024年某县居民消费价格指数\n项目\n上年=100\n总指数\n101.2\n一、食品（注1）\n98.5\n鲜果\n103.0\n",
        [("总指数", Decimal("101.2"), "", "level", "2024", None),
         ("食品价格指数", Decimal("98.5"), "", "level", "2024", None),
         ("鲜果价格指数", Decimal("103.0"), "", "level", "2024", None)],
        id="price-index-with-footnote-marker",
    ),
    pytest.param(
        "表6  2024年分行业用电量增长速度\n行业\n比上年增长（%）\n行业\n比上年增长（%）\n"
        "农业\n4.1\n商业\n…\n工业\n-1.5\n居民\n6.0\n",
        [("农业用电量", Decimal("4.1"), "%", "growth_rate", "2024", "yoy"),
         ("居民用电量", Decimal("6.0"), "%", "growth_rate", "2024", "yoy")],
        id="side-by-side-halves-and-title-measure",
    ),
    pytest.param(
        "表7  居民收支\n指标\n绝对量（元）\n同比增长（%）\n（一）人均收入\n5000\n4.0（3.1）\n按来源分：\n工资\n3000\n5.0\n",  # noqa: E501
        [("人均收入", Decimal("5000"), "元", "level", "2024", None),
         ("人均收入", Decimal("4.0"), "%", "growth_rate", "2024", "yoy"),
         ("人均收入工资", Decimal("3000"), "元", "level", "2024", None)],
        id="breakdown-rows-under-a-numbered-row",
    ),
    # PDF extractor list rows: a 同比增减 that equals this year's share less last year's is a change
    # of the share in points; one that does not stays the growth of the amount
    pytest.param(
        "单位：元\n['', '2023年', '', '2022年', '', '']\n['', '金额', '占营业收入比重', '金额', '占营业收入比重', '同比增减']\n"  # noqa: E501
        "['华东', '3,000.00', '30.00%', '2,000.00', '25.00%', '5.00%']\n['华西', '7,000.00', '70.00%', '6,000.00', '75.00%', '-5.00%']\n",  # noqa: E501
        [("华东占营业收入比重", Decimal("5.00"), "pp", "change", "2023", "yoy"),
         ("华西占营业收入比重", Decimal("-5.00"), "pp", "change", "2023", "yoy"),
         ("华西占营业收入比重", Decimal("75.00"), "%", "share", "2022", None)],
        id="list-rows-share-change-in-points",
    ),
    pytest.param(
        "单位：元\n['', '营业收入', '营业成本', '毛利率', '营业收入比上年同期增减', '毛利率比上年同期增减']\n"
        "['泵阀', '500.00', '300.00', '40.00%', '12.50%', '-1.20%']\n",
        [("泵阀毛利率", Decimal("40.00"), "%", "level", None, None),
         ("泵阀营业收入", Decimal("12.50"), "%", "growth_rate", None, "yoy"),
         ("泵阀毛利率", Decimal("-1.20"), "pp", "change", None, "yoy")],
        id="list-rows-difference-of-a-rate-in-points",
    ),
    # a header cell wrapped onto a row of its own (比 / 重) is one header, not a level
    pytest.param(
        "单位：元\n['', '', '2023年', '', '2022年', '']\n['产品分类', '项目', '金额', '占营业成本比', '金额', '占营业成本比']\n"  # noqa: E501
        "['', '', '', '重', '', '重']\n['水泵', '原材料', '1,000.00', '62.50%', '800.00', '61.00%']\n",
        [("水泵原材料", Decimal("1000.00"), "元", "level", "2023", None),
         ("水泵原材料占营业成本比重", Decimal("62.50"), "%", "share", "2023", None)],
        id="list-rows-wrapped-header-cell",
    ),
    # 序号 numbers the rows, -- is an empty cell; a label that names a share makes its % a share
    pytest.param(
        "['序号', '客户名称', '销售额（元）', '占年度销售总额比例']\n['1', '甲公司', '2,500.00', '25.00%']\n"
        "['2', '乙公司', '1,500.00', '15.00%']\n['合计', '--', '4,000.00', '40.00%']\n"
        "['前五名客户销售额占年度销售总额比例', '', '40.00%']\n",
        [("甲公司销售额", Decimal("2500.00"), "元", "level", None, None),
         ("乙公司占年度销售总额比例", Decimal("15.00"), "%", "share", None, None),
         ("合计销售额", Decimal("4000.00"), "元", "level", None, None),
         ("前五名客户销售额占年度销售总额比例", Decimal("40.00"), "%", "share", None, None)],
        id="list-rows-ordinal-column-and-share-label",
    ),
    # a vertically merged label cell: its text sits in the middle row, the rows around it share it
    pytest.param(
        "['行业分类', '项目', '单位', '2023年', '2022年', '同比增减']\n['', '销售量', '台', '1,200', '1,000', '20.00%']\n"  # noqa: E501
        "['水泵', '生产量', '台', '1,300', '1,100', '18.18%']\n['', '库存量', '台', '300', '200', '50.00%']\n",
        [("水泵销售量", Decimal("1200"), "台", "level", "2023", None),
         ("水泵销售量", Decimal("1000"), "台", "level", "2022", None),
         ("水泵库存量", Decimal("50.00"), "%", "growth_rate", None, "yoy")],
        id="list-rows-merged-label-in-the-middle",
    ),
    # list rows a converter ran together on one line, with the next paragraph's words after them
    pytest.param(
        "单位：元\n['产品', '金额', '同比增减']['阀门', '1,000.00', '3.00%']['泵', '2,000.00', '-4.00%']其他情况说明\n",
        [("阀门", Decimal("1000.00"), "元", "level", None, None),
         ("泵", Decimal("-4.00"), "%", "growth_rate", None, "yoy")],
        id="list-rows-run-together-with-a-tail",
    ),
    # pipe rows as converters write HTML, DOCX and markdown tables (``| a | b |``, an empty cell ``| |``)
    pytest.param(
        "单位：亿元\n| 指标 | 5月末 | 比年初增加额 |\n| 企业存款 | 5600 | -120 || 其中：定期存款 | 2100 | 35 |\n",
        [("企业存款", Decimal("560000000000"), "元", "level", "2024-05-31", None),
         ("定期存款", Decimal("3500000000"), "元", "change", "2024-05-31", "period:2023-12-31")],
        id="pipe-rows-run-together-by-a-line-join",
    ),
    pytest.param(
        "表8 某市存款情况| 指标 | 5月末 | 比年初增加额 |\n| 企业存款（亿元） | 5600 | -120 |\n"
        "| 住户存款（亿元） | 4100 | 88 |本月存款稳定增长。\n",
        [("企业存款", Decimal("-12000000000"), "元", "change", "2024-05-31", "period:2023-12-31"),
         ("住户存款", Decimal("410000000000"), "元", "level", "2024-05-31", None)],
        id="pipe-rows-with-a-caption-and-a-paragraph-run-on",
    ),
    pytest.param(
        "表7 居民收支\n| 指标 | 绝对量（元） | 同比增长（%） |\n| （一）人均收入 | 5000 | 4.0 |\n| 按来源分： | | |\n"
        "| 工资 | 3000 | 5.0 |\n| （二）人均支出 | 3500 | 2.5 |\n",
        [("人均收入工资", Decimal("3000"), "元", "level", "2024", None),
         ("人均收入工资", Decimal("5.0"), "%", "growth_rate", "2024", "yoy"),
         ("人均支出", Decimal("3500"), "元", "level", "2024", None)],
        id="pipe-rows-breakdown-under-a-numbered-row",
    ),
    # a merged label cell: down a column (饮料 over two rows), across columns (合计 over 类别 | 项目)
    pytest.param(
        "| 类别 | 项目 | 单位 | 本月 |\n| 饮料 | 果汁 | 万吨 | 3.2 |\n| | 茶饮 | 万吨 | 1.5 |\n"
        "| 合计 | | 万吨 | 4.7 |\n",
        [("饮料果汁", Decimal("32000"), "吨", "level", "2024", None),
         ("饮料茶饮", Decimal("15000"), "吨", "level", "2024", None),
         ("合计", Decimal("47000"), "吨", "level", "2024", None)],
        id="pipe-rows-merged-labels-down-and-across",
    ),
    # 指标名称 merged across the label and unit columns: the column of units is found by its cells
    pytest.param(
        "表1 2024年主要产品产量\n| 指标名称 | 指标名称 | 产量 | 比上年增长% |\n| 乳制品 | 万吨 | 27.6 | -9.8 |\n"
        "| 发电量 | 亿千瓦时 | 426.3 | -5.3 |\n",
        [("乳制品产量", Decimal("276000"), "吨", "level", "2024", None),
         ("发电量产量", Decimal("42630000000"), "千瓦时", "level", "2024", None),
         ("发电量产量", Decimal("-5.3"), "%", "growth_rate", "2024", "yoy")],
        id="pipe-rows-unit-column-without-a-header",
    ),
    # a markdown empty cell written || is one cell, not two rows run together
    pytest.param(
        "| 指标 | 本月 | 同比增长（%） |\n|---|---|---|\n| 甲产品（万吨） || 3.0 |\n| 乙产品（万吨） | 2.0 | 1.0 |\n",
        [("甲产品", Decimal("3.0"), "%", "growth_rate", "2024", "yoy"),
         ("乙产品", Decimal("20000"), "吨", "level", "2024", None)],
        id="pipe-rows-double-pipe-empty-cell",
    ),
]
# fmt: on


def _grid_records(text: str) -> set[tuple[object, ...]]:
    records = cnreport.extract(text, year=2024)
    for r in records:
        assert text[r.span[0] : r.span[1]] == r.text
    return {(r.metric, r.value, r.unit, str(r.kind), r.period, r.base) for r in records}


@pytest.mark.parametrize(("text", "expected"), GRIDS)
def test_grid_shapes(text: str, expected: list[tuple[object, ...]]) -> None:
    found = _grid_records(text)
    for fact in expected:
        # a cell no header dates (None here) takes whatever period governs the text
        assert fact in found or (fact[4] is None and any(f[:4] == fact[:4] and f[5] == fact[5] for f in found)), (
            fact,
            sorted(found, key=str),
        )


def test_grid_cells_are_read_once() -> None:
    """A cell the grid reads is not read again by the row reader or the sentence engine."""
    text = GRIDS[1].values[0]
    records = cnreport.extract(text, year=2024)
    spans = [r.span for r in records]
    assert len(spans) == len(set(spans))


def test_list_rows_are_not_read_as_prose() -> None:
    """Cells of a list row come from the grid alone: the sentence reader sees the rows blanked."""
    text = (
        "公司营业收入稳步增长。\n单位：元\n['', '金额', '占营业收入比重']\n['阀门', '1,000.00', '60.00%']\n"
        "['泵', '500.00', '30.00%']\n['其他', '166.67', '10.00%']\n"
    )
    records = cnreport.extract(text, year=2024)
    assert all("'" not in r.metric and "[" not in r.metric for r in records), [r.metric for r in records]
    assert all((r.pattern or "").startswith("table.") for r in records if r.span[0] > text.index("["))
    assert {r.metric for r in records} >= {"阀门占营业收入比重", "泵", "其他"}


# fmt: off
RUN_TOGETHER = [
    # a place, a fee, a remark, again and again on one line; the caption after the rows names the measure
    pytest.param(
        "各地停车费情况一览\n杭州3.00元／小时不变绍兴2.50元／小时不变湖州无嘉兴2.00元／小时不变"
        "金华1.50元／小时不变部分城市停车收费情况（截至5月10日）此后各地将陆续公布新标准。\n",
        {("停车收费", Decimal("3.00"), "元/小时", "杭州", "2024-05-10"),
         ("停车收费", Decimal("2.00"), "元/小时", "嘉兴", "2024-05-10"),
         ("停车收费", Decimal("1.50"), "元/小时", "金华", "2024-05-10")},
        id="place-fee-remark-with-caption-after",
    ),
    # the same cells parted by an invisible private-use mark, the title on the line before the rows
    pytest.param(
        "主要城市水价调整情况\ue40c南宁\ue0012.10元/吨\ue001柳州\ue0011.90元/吨\ue001桂林\ue0011.80元/吨\ue001"
        "梧州\ue0012.00元/吨\n",
        {("水价", Decimal("2.10"), "元/吨", "南宁", "2024"), ("水价", Decimal("2.00"), "元/吨", "梧州", "2024")},
        id="invisible-separators-title-before",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RUN_TOGETHER)
def test_run_together_rows(text: str, expected: set[tuple[object, ...]]) -> None:
    records = cnreport.extract(text, year=2024)
    table = {
        (r.metric, r.value, r.unit, r.subject, r.period) for r in records if (r.pattern or "").startswith("table.")
    }
    assert expected <= table, sorted(table, key=str)


# fmt: off
# A cell between two rows with figures of its own (a remark on what changed) is prose about the row
# before it: its place, the table's measure, the table's period unless the remark dates itself; a
# figure of another thing in it keeps its own name; the rows stay the table's.
REMARKS = [
    pytest.param(
        "杭州3.00元／小时不变绍兴2.50元／小时6月1日起下调到2.00元／小时湖州无嘉兴2.00元／小时不变"
        "金华1.50元／小时若油价保持在7.5元／升，收费将下调0.5元衢州1.00元／小时不变部分城市停车收费情况（截至5月10日）\n",
        {("停车收费", Decimal("2.00"), "元/小时", "绍兴", "2024-06-01"),
         ("收费", Decimal("-0.5"), "元", "金华", None),
         ("油价", Decimal("7.5"), "元/升", "金华", "2024-05-10")},  # metric exactly 油价: 若 is no part
        id="remarks-after-rows",
    ),
    pytest.param(
        "杭州3.00元／小時不變紹興2.50元／小時6月1日起下調到2.00元／小時湖州無嘉興2.00元／小時不變"
        "金華1.50元／小時不變部分城市停車收費情況（截至5月10日）\n",
        {("停車收費", Decimal("2.00"), "元/小时", "紹興", "2024-06-01")},
        id="traditional",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), REMARKS)
def test_remark_cells_are_prose_about_their_row(text: str, expected: set[tuple[object, ...]]) -> None:
    records = cnreport.extract(text, year=2024)
    found = {(r.metric, r.value, r.unit, r.subject, r.period) for r in records}
    for metric, value, unit, subject, period in expected:
        assert any(
            f[1:4] == (value, unit, subject) and f[0].endswith(metric) and len(f[0]) <= len(metric) + 2
            and period in (None, f[4])
            for f in found
        ), (metric, value, sorted(found, key=str))
    table = [r for r in records if (r.pattern or "").startswith("table.")]
    rows = {"杭州", "绍兴", "嘉兴"} if "绍兴" in text else {"杭州", "紹興", "嘉興"}
    assert {r.subject for r in table} >= rows


# fmt: off
NOT_TABLES = [
    pytest.param("北京增长5.1%，上海增长4.8%，广州增长3.9%，深圳增长6.2%，情况不一。\n", id="places-with-verbs"),
    pytest.param("构建“1+5+N”政策体系，推动北京1家、上海2家、广州3家、深圳4家企业情况好转。\n", id="one-five-n-name"),
    pytest.param("2019年、2020年、2021年、2022年、2023年情况见下。\n", id="list-of-years"),
    pytest.param("杭州3元，绍兴2元。湖州4元，嘉兴5元。金华6元情况如上。\n", id="rows-parted-by-sentence-ends"),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_TABLES)
def test_prose_is_not_a_run_together_table(text: str) -> None:
    assert table_grid.read_run_together(text) == []
    assert table_grid.prose_view(text) == text


def test_same_table_in_three_shapes_gives_the_same_records() -> None:
    """One model, several readers: cells per line, pipes and list rows agree."""
    lines = "指标\n单位\n1-5月\n同比增长（%）\n货运量\n万吨\n75.5\n1.9\n客运量\n万人\n12.0\n3.0\n"
    pipes = "| 指标 | 单位 | 1-5月 | 同比增长（%） |\n| 货运量 | 万吨 | 75.5 | 1.9 |\n| 客运量 | 万人 | 12.0 | 3.0 |\n"
    lists = "['指标', '单位', '1-5月', '同比增长（%）']\n['货运量', '万吨', '75.5', '1.9']\n['客运量', '万人', '12.0', '3.0']\n"  # noqa: E501

    def facts(text: str) -> set[tuple[object, ...]]:
        return {(r.metric, r.value, r.unit, str(r.kind), r.period, r.base) for r in cnreport.extract(text, year=2024)}

    assert facts(lines) == facts(pipes) == facts(lists)
    assert len(facts(lines)) == 4


def test_realistic_size_table() -> None:
    """A 30-row, two-level-header table: every cell becomes one record named by row and column."""
    industries = [f"第{n}类制造业" for n in range(1, 31)]
    header = "表9  2024年1-5月分行业经营情况\n行业\n营业收入\n利润总额\n绝对额（亿元）\n同比增长（%）\n绝对额（亿元）\n同比增长（%）\n"  # noqa: E501
    rows = "".join(
        f"\n{name}\n{100 + k}.5\n{k % 7 - 3}.1\n{10 + k}.2\n{k % 5 - 2}.4\n" for k, name in enumerate(industries)
    )
    records = cnreport.extract(header + rows, year=2024)
    table = [r for r in records if (r.pattern or "").startswith("table.")]
    assert len(table) == 4 * len(industries)
    assert {r.period for r in table} == {"2024-01/2024-05"}
    first = {(r.metric, r.value, str(r.kind)) for r in table if r.metric.startswith("第1类制造业")}
    assert ("第1类制造业营业收入", Decimal("10050000000"), "level") in first
    assert ("第1类制造业利润总额", Decimal("-2.4"), "growth_rate") in first
