"""Data checks for the metric and subject lexicons (lexicons/metrics.toml, lexicons/subjects.toml).

These tests read the TOML files directly, so a malformed entry is reported with the surface or id
at fault, independent of how the extractor loads them.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
METRIC_KEYS = {"id", "name", "aliases"}
SUBJECT_KEYS = {"id", "name", "aliases", "kind"}
SUBJECT_KINDS = {"country", "province", "city", "district", "scope", "organisation", "index_region"}
MIN_METRICS = 250


def _load(name: str) -> dict[str, Any]:
    with (LEXICONS / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def metrics() -> list[dict[str, Any]]:
    return _load("metrics")["metric"]


@pytest.fixture(scope="module")
def subjects() -> list[dict[str, Any]]:
    return _load("subjects")["subject"]


def _surfaces(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *entry["aliases"]]


def _index(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Map every surface to the id of the entry that claims it."""
    return {surface: entry["id"] for entry in entries for surface in _surfaces(entry)}


def _check_entries(entries: list[dict[str, Any]], allowed: set[str], label: str) -> list[str]:
    problems: list[str] = []
    for n, entry in enumerate(entries):
        where = f"{label} #{n} ({entry.get('id', '?')})"
        if set(entry) != allowed:
            extra, missing = sorted(set(entry) - allowed), sorted(allowed - set(entry))
            problems.append(f"{where}: unexpected keys {extra}, missing keys {missing}")
            continue
        if not isinstance(entry["id"], str) or not SNAKE_CASE.match(entry["id"]):
            problems.append(f"{where}: id {entry['id']!r} is not snake_case")
        if not isinstance(entry["name"], str):
            problems.append(f"{where}: name is not a string")
        if not isinstance(entry["aliases"], list) or not all(isinstance(a, str) for a in entry["aliases"]):
            problems.append(f"{where}: aliases is not a list of strings")
            continue
        for surface in _surfaces(entry):
            if not surface or surface != surface.strip():
                problems.append(f"{where}: empty or padded surface {surface!r}")
        if entry["name"] in entry["aliases"]:
            problems.append(f"{where}: name {entry['name']!r} repeated among its aliases")
        seen: set[str] = set()
        for alias in entry["aliases"]:
            if alias in seen:
                problems.append(f"{where}: alias {alias!r} listed twice")
            seen.add(alias)
    return problems


def _duplicate_ids(entries: list[dict[str, Any]]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry["id"]] += 1
    return sorted(i for i, c in counts.items() if c > 1)


def _surface_clashes(entries: list[dict[str, Any]]) -> list[str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for surface in _surfaces(entry):
            owners[surface].add(entry["id"])
    return [f"{s!r} claimed by {sorted(ids)}" for s, ids in sorted(owners.items()) if len(ids) > 1]


# ---------------------------------------------------------------------------------------------
# metrics.toml
# ---------------------------------------------------------------------------------------------


def test_metrics_file_has_only_metric_tables() -> None:
    assert set(_load("metrics")) == {"metric", "abbreviations"}


def test_abbreviations_are_written_out_in_metrics() -> None:
    """外储 -> 外汇储备 wherever it stands; a form listed only once per short form, none a prefix trap."""
    from cnreport.metrics import expand_abbreviations

    assert expand_abbreviations("8月外储规模") == "8月外汇储备规模"
    assert expand_abbreviations("规上工业增加值") == "规模以上工业增加值"
    assert expand_abbreviations("外汇储备") == "外汇储备"  # written out already: unchanged


def test_metric_entries_are_well_formed(metrics: list[dict[str, Any]]) -> None:
    problems = _check_entries(metrics, METRIC_KEYS, "metric")
    assert not problems, "\n".join(problems)


def test_metric_ids_unique(metrics: list[dict[str, Any]]) -> None:
    assert not _duplicate_ids(metrics), f"duplicate metric ids: {_duplicate_ids(metrics)}"


def test_metric_surfaces_unique(metrics: list[dict[str, Any]]) -> None:
    clashes = _surface_clashes(metrics)
    assert not clashes, "surfaces claimed by more than one metric:\n" + "\n".join(clashes)


def test_metric_count(metrics: list[dict[str, Any]]) -> None:
    assert len(metrics) >= MIN_METRICS, f"only {len(metrics)} metrics, want at least {MIN_METRICS}"


def test_metric_names_are_simplified_chinese(metrics: list[dict[str, Any]]) -> None:
    # A canonical name carries at least one CJK character (the only exceptions are market codes).
    latin_only = [m["id"] for m in metrics if not re.search(r"[\u4e00-\u9fff]", m["name"])]
    assert set(latin_only) <= {"m3", "dr007"}, latin_only


REQUIRED_METRICS = [
    # national accounts
    ("地区生产总值", "gdp"),
    ("GDP", "gdp"),
    ("国内生产总值", "gdp"),
    ("本地生產總值", "gdp"),
    ("一产", "primary_industry_va"),
    ("第二产业增加值", "secondary_industry_va"),
    ("三产", "tertiary_industry_va"),
    ("规上工业增加值", "industrial_va_above_scale"),
    ("规模以上工业增加值", "industrial_va_above_scale"),
    ("高技术制造业增加值", "high_tech_manufacturing_va"),
    ("装备制造业增加值", "equipment_manufacturing_va"),
    ("制造业增加值", "manufacturing_va"),
    ("工业增加值", "industrial_va"),
    ("建筑业总产值", "construction_output"),
    # investment and property
    ("固定资产投资", "fai"),
    ("民间投资", "private_investment"),
    ("基础设施投资", "infrastructure_investment"),
    ("工业技改投资", "industrial_tech_renovation_investment"),
    ("房地产开发投资", "real_estate_investment"),
    ("商品房销售面积", "commodity_housing_sales_area"),
    ("新开工面积", "new_construction_area"),
    ("新建商品住宅销售价格", "new_home_price"),
    ("住宅售價指數", "hk_residential_price_index"),
    # consumption and trade
    ("社会消费品零售总额", "retail_sales"),
    ("实物商品网上零售额", "physical_goods_online_retail"),
    ("餐饮收入", "catering_revenue"),
    ("零售業總銷貨價值", "hk_retail_sales_value"),
    ("进出口", "trade_total"),
    ("进出口总额", "trade_total"),
    ("出口", "exports"),
    ("进口", "imports"),
    ("贸易顺差", "trade_surplus"),
    ("整體出口貨值", "hk_total_exports"),
    ("進口貨值", "hk_imports"),
    ("实际利用外资", "fdi_actual"),
    ("实际使用外资", "fdi_actual"),
    # prices and sentiment
    ("CPI", "cpi"),
    ("居民消费价格", "cpi"),
    ("核心CPI", "core_cpi"),
    ("綜合消費物價指數", "hk_composite_cpi"),
    ("PPI", "ppi"),
    ("工业生产者出厂价格指数", "ppi"),
    ("工业生产者购进价格", "ppi_purchase"),
    ("PMI", "manufacturing_pmi"),
    ("制造业采购经理指数", "manufacturing_pmi"),
    ("非制造业商务活动指数", "non_manufacturing_pmi"),
    ("综合PMI", "composite_pmi"),
    ("财新PMI", "caixin_manufacturing_pmi"),
    # income and jobs
    ("居民人均可支配收入", "per_capita_disposable_income"),
    ("城镇居民人均可支配收入", "urban_per_capita_disposable_income"),
    ("农村居民人均可支配收入", "rural_per_capita_disposable_income"),
    ("人均消费支出", "per_capita_consumption"),
    ("农民人均纯收入", "rural_per_capita_net_income"),
    ("城镇调查失业率", "urban_surveyed_unemployment_rate"),
    ("失業率", "unemployment_rate"),
    ("城镇新增就业", "new_urban_jobs"),
    # public finance
    ("一般公共预算收入", "general_public_budget_revenue"),
    ("一般公共预算支出", "general_public_budget_expenditure"),
    ("税收收入", "tax_revenue"),
    ("政府性基金预算收入", "government_fund_budget_revenue"),
    ("地方财政收入", "local_fiscal_revenue"),
    ("財政赤字", "fiscal_deficit"),
    ("財政儲備", "fiscal_reserves"),
    # money and credit
    ("本外币存款余额", "deposits_total"),
    ("本外币贷款余额", "loans_total"),
    ("人民币贷款余额", "rmb_loans"),
    ("新增人民币贷款", "new_rmb_loans"),
    ("M2", "m2"),
    ("广义货币", "m2"),
    ("狭义货币", "m1"),
    ("流通中货币", "m0"),
    ("社会融资规模存量", "tsf_stock"),
    ("社会融资规模增量", "tsf_flow"),
    ("外汇储备", "fx_reserves"),
    ("外匯儲備資產", "hk_fx_reserve_assets"),
    ("黄金储备", "gold_reserves"),
    ("港元存款", "hkd_deposits"),
    ("貸款及墊款", "hk_loans_advances"),
    ("1年期LPR", "lpr_1y"),
    ("5年期以上贷款市场报价利率", "lpr_5y"),
    ("MLF", "mlf"),
    ("逆回购", "reverse_repo"),
    ("存款准备金率", "rrr"),
    # companies
    ("规模以上工业企业利润", "industrial_profit_above_scale"),
    ("利润总额", "total_profit"),
    ("营收", "revenue"),
    ("营业收入", "revenue"),
    ("净利润", "net_profit"),
    ("归母净利润", "net_profit_attributable"),
    ("扣非净利润", "net_profit_deducted"),
    ("毛利率", "gross_margin"),
    ("每股收益", "eps"),
    ("经营利润", "operating_profit"),
    ("经营活动现金流", "operating_cash_flow"),
    ("总资产", "total_assets"),
    ("净资产收益率", "roe"),
    ("合同销售金额", "contracted_sales"),
    # output and energy
    ("发电量", "power_generation"),
    ("全社会用电量", "electricity_consumption"),
    ("工业用电量", "industrial_electricity"),
    ("原煤产量", "raw_coal_output"),
    ("粗钢产量", "crude_steel_output"),
    ("汽车产量", "auto_output"),
    ("新能源汽车销量", "nev_sales"),
    ("乘用车销量", "passenger_car_sales"),
    ("集成电路产量", "ic_output"),
    ("工业机器人产量", "industrial_robot_output"),
    ("粮食产量", "grain_output"),
    ("生猪出栏", "hogs_slaughtered"),
    ("单位GDP能耗", "energy_intensity"),
    # transport, tourism, population, innovation, business
    ("货运量", "freight_volume"),
    ("港口货物吞吐量", "port_throughput"),
    ("集装箱吞吐量", "container_throughput"),
    ("快递业务量", "express_delivery_volume"),
    ("邮电业务总量", "postal_telecom_total"),
    ("旅游收入", "tourism_revenue"),
    ("接待游客", "tourist_arrivals"),
    ("常住人口", "resident_population"),
    ("城镇化率", "urbanization_rate"),
    ("研发经费投入", "rd_spending"),
    ("专利授权量", "patents_granted"),
    ("高新技术企业数", "high_tech_enterprises"),
    ("新增民营企业数", "new_private_enterprises"),
    ("民营企业新增", "new_private_enterprises"),
    ("市场主体", "market_entities"),
    ("新登记企业", "new_registered_enterprises"),
    # markets
    ("上证指数", "shanghai_composite"),
    ("深证成指", "szse_component"),
    ("创业板指", "chinext"),
    ("恒生指数", "hang_seng"),
    ("恒生指數", "hang_seng"),
    ("道指", "dow_jones"),
    ("标普500指数", "sp500"),
    ("纳指", "nasdaq"),
    ("日经225指数", "nikkei225"),
    ("DAX指数", "dax"),
    ("富时100指数", "ftse100"),
    ("CAC40指数", "cac40"),
    ("10年期国债收益率", "cn_10y_yield"),
    ("美元指数", "dollar_index"),
    ("人民币对美元中间价", "usdcny_central_parity"),
    ("离岸人民币", "cnh_exchange_rate"),
    ("COMEX黄金", "comex_gold"),
    ("布伦特原油", "brent_crude"),
    ("WTI原油", "wti_crude"),
    ("沪深两市成交额", "a_share_turnover"),
    ("北向资金", "northbound_net_flow"),
    ("融资余额", "margin_financing_balance"),
]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [pytest.param(s, e, id=e) for s, e in REQUIRED_METRICS],
)
def test_required_metric_present(metrics: list[dict[str, Any]], surface: str, expected: str) -> None:
    found = _index(metrics).get(surface)
    assert found == expected, f"{surface!r} should name metric {expected!r}, found {found!r}"


# ---------------------------------------------------------------------------------------------
# subjects.toml
# ---------------------------------------------------------------------------------------------

PROVINCIAL_UNITS = [
    ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"),
    ("内蒙古自治区", "内蒙古"), ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"),
    ("上海市", "上海"), ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"),
    ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"), ("河南省", "河南"),
    ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
    ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"),
    ("云南省", "云南"), ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"),
    ("青海省", "青海"), ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"),
    ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"), ("台湾省", "台湾"),
]  # fmt: skip

# provincial capitals and sub-provincial cities (short forms; the full form adds 市)
KEY_CITIES = [
    "石家庄", "太原", "呼和浩特", "沈阳", "大连", "长春", "哈尔滨", "南京", "杭州", "宁波",
    "合肥", "福州", "厦门", "南昌", "济南", "青岛", "郑州", "武汉", "长沙", "广州", "深圳",
    "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐",
    # a few of the largest other economies
    "苏州", "无锡", "佛山", "东莞", "泉州", "南通", "烟台", "常州", "徐州", "温州", "大庆",
]  # fmt: skip


def test_subjects_file_has_only_subject_tables() -> None:
    assert set(_load("subjects")) == {"subject"}


def test_subject_entries_are_well_formed(subjects: list[dict[str, Any]]) -> None:
    problems = _check_entries(subjects, SUBJECT_KEYS, "subject")
    assert not problems, "\n".join(problems)


def test_subject_kinds_valid(subjects: list[dict[str, Any]]) -> None:
    bad = [(s["id"], s["kind"]) for s in subjects if s["kind"] not in SUBJECT_KINDS]
    assert not bad, f"invalid kinds: {bad}"


def test_subject_ids_unique(subjects: list[dict[str, Any]]) -> None:
    assert not _duplicate_ids(subjects), f"duplicate subject ids: {_duplicate_ids(subjects)}"


def test_subject_surfaces_unique(subjects: list[dict[str, Any]]) -> None:
    clashes = _surface_clashes(subjects)
    assert not clashes, "surfaces claimed by more than one subject:\n" + "\n".join(clashes)


def test_all_provincial_units_present(subjects: list[dict[str, Any]]) -> None:
    index = _index(subjects)
    by_id = {s["id"]: s for s in subjects}
    problems = []
    for full, short in PROVINCIAL_UNITS:
        if full not in index or index.get(short) != index[full]:
            problems.append(f"{full}/{short}: {index.get(full)!r} / {index.get(short)!r}")
        elif by_id[index[full]]["kind"] != "province" or by_id[index[full]]["name"] != full:
            problems.append(f"{full}: should be the name of a kind='province' entry")
    assert not problems, "\n".join(problems)
    assert sum(1 for s in subjects if s["kind"] == "province") == len(PROVINCIAL_UNITS)


@pytest.mark.parametrize("short", KEY_CITIES)
def test_key_city_present(subjects: list[dict[str, Any]], short: str) -> None:
    index = _index(subjects)
    by_id = {s["id"]: s for s in subjects}
    full = short + "市"
    assert full in index, f"{full} missing"
    assert index.get(short) == index[full], f"{short} and {full} should be one subject"
    assert by_id[index[full]]["kind"] == "city"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        pytest.param(s, e, id=e)
        for s, e in [
            ("全国", "cn"), ("中国", "cn"), ("我国", "cn"), ("全國", "cn"),
            ("香港特區", "hk"), ("本港", "hk"), ("臺灣", "tw"), ("廣東省", "guangdong"),
            ("吉林市", "jilin_city"), ("美國", "us"), ("欧元区", "eurozone"), ("东盟", "asean"),
            ("澳洲", "au"), ("央行", "pboc"), ("聯儲局", "fed"), ("金管局", "hkma"),
        ]
    ],
)  # fmt: skip
def test_required_subject_present(subjects: list[dict[str, Any]], surface: str, expected: str) -> None:
    found = _index(subjects).get(surface)
    assert found == expected, f"{surface!r} should name subject {expected!r}, found {found!r}"


@pytest.mark.parametrize("scope", ["全省", "全市", "全区", "全县"])
def test_scopes_are_their_own_entries(subjects: list[dict[str, Any]], scope: str) -> None:
    entries = [s for s in subjects if s["name"] == scope]
    assert len(entries) == 1 and entries[0]["kind"] == "scope", f"{scope}: {entries}"


def test_no_statistics_bureau_as_subject(subjects: list[dict[str, Any]]) -> None:
    # a statistics bureau publishes figures; it is a source, never the subject of one
    surfaces = set(_index(subjects))
    assert not {"国家统计局", "统计局", "海关总署"} & surfaces
