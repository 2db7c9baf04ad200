"""Traditional Chinese (Hong Kong, Macau, Taiwan): vocabulary, currencies, periods, and the script of the output."""

from __future__ import annotations

from decimal import Decimal

import pytest

import cnreport

# A Hong Kong news context (金管局, 港元, 按年), so a bare 元/億元 is the Hong Kong dollar.
HK = "金管局公布，本港港元存款上升。統計處表示，香港經濟按年增長，港股造好。"

# fmt: off
CASES = [
    # --- bases and directions ------------------------------------------------------------------
    pytest.param("本地生產總值按年實質上升3.2%。", "本地生產總值", "3.2", "%", {"kind": "growth_rate", "base": "yoy"},
                 id="an-nian-is-yoy"),
    pytest.param("經季節性調整後，本地生產總值按季下跌1.1%。", "本地生產總值", "-1.1", "%", {"base": "prev"},
                 id="an-ji-is-prev"),
    pytest.param("零售業總銷貨價值按月上升2.5%。", "零售業總銷貨價值", "2.5", "%", {"base": "prev"},
                 id="an-yue-is-prev"),
    pytest.param("失業率下降0.1個百分點。", "失業率", "-0.1", "pp", {"kind": "change"},
                 id="bai-fen-dian"),
    pytest.param("出口總值為4,750億美元，年增率9.9%。", "出口總值", "9.9", "%", {"kind": "growth_rate", "base": "yoy"},
                 id="taiwan-nian-zeng-lv"),
    # --- currencies ------------------------------------------------------------------------------
    pytest.param(HK + "2月零售業總銷貨價值為294億元。", "零售業總銷貨價值", "29400000000", "港元", {},
                 id="bare-yuan-in-hong-kong-is-hkd"),
    pytest.param(HK + "人民幣存款為8,000億元人民幣。", "人民幣存款", "800000000000", "元", {},
                 id="renminbi-stays-yuan-in-hong-kong"),
    pytest.param("澳門第三季本地生產總值為1,005億澳門元。", "本地生產總值", "100500000000", "澳门元",
                 {"period": "2024-Q3"}, id="macau-pataca"),
    pytest.param("台積電第三季營收7,596億新台幣。", "營收", "759600000000", "新台币", {"period": "2024-Q3"},
                 id="new-taiwan-dollar"),
    # --- periods ---------------------------------------------------------------------------------
    pytest.param("香港首三季經濟增長2.6%。", "本地生產總值", "2.6", "%", {"period": "2024-01/2024-09"},
                 id="shou-san-ji"),
    pytest.param("民國113年出口總值為4,750億美元。", "出口總值", "475000000000", "美元", {"period": "2024"},
                 id="minguo-year"),
    pytest.param("政府預計2024/25年度財政赤字為1,000億元。", "財政赤字", "100000000000", None,
                 {"period": "2024-04/2025-03", "modality": "forecast"},
                 id="fiscal-year-range"),
    # --- balances, markets ---------------------------------------------------------------------
    pytest.param(HK + "今年首兩個月，存款總額及港元存款分別上升2.7%及3.4%。", "存款總額", "2.7", "%",
                 {"base": "period:2023-12-31", "period": "2024-01/2024-02"},
                 id="balance-growth-this-year-is-since-year-end"),
    pytest.param("台股低收4.2%　跌穿21000點。", "台股", "21000", "点", {"qualifier": "under"},
                 id="market-board-level-broken-through"),
    pytest.param("台股低收4.2%　跌穿21000點。", "台股", "-4.2", "%", {"kind": "growth_rate", "base": "prev"},
                 id="market-board-closing-move"),
    pytest.param("南韓股市低收3%，失守2500點關口。", "股市", "2500", "点", {"qualifier": "under"},
                 id="level-lost-is-under"),
    pytest.param("大新銀行去年盈利升約11%　大新金融多賺5%", "盈利", "5", "%",
                 {"kind": "growth_rate", "base": "yoy", "subject": "大新金融"},
                 id="earned-more-is-profit-growth"),
    pytest.param("財政部統計，113年出口總值4,750億美元，年增率9.9%。", "出口總值", "475000000000", "美元",
                 {"period": "2024"}, id="bare-roc-year-in-taiwan-release"),
]
# fmt: on


@pytest.mark.parametrize(("text", "metric", "value", "unit", "fields"), CASES)
def test_traditional_reading(text: str, metric: str, value: str, unit: str | None, fields: dict[str, str]) -> None:
    records = cnreport.extract(text, year=2024)
    hits = [r for r in records if r.value == Decimal(value) and (unit is None or r.unit == unit)]
    assert hits, [(r.metric, r.value, r.unit) for r in records]
    r = hits[0]
    assert metric in r.metric  # written in the document's own (Traditional) characters
    for name, expected in fields.items():
        assert getattr(r, name) == expected, (name, getattr(r, name))
    assert text[r.span[0] : r.span[1]] == r.text


def test_script_option_writes_simplified_names() -> None:
    text = "零售業總銷貨價值按月上升2.5%。"
    original = cnreport.extract(text, year=2024)
    simplified = cnreport.extract(text, year=2024, script="simplified")
    assert original[0].metric == "零售業總銷貨價值"
    assert simplified[0].metric == "零售业总销货价值"
    assert original[0].span == simplified[0].span


def test_script_option_rejects_unknown_scripts() -> None:
    with pytest.raises(ValueError, match="script"):
        cnreport.extract("失業率為3%。", script="pinyin")


# fmt: off
FISCAL_TO_DATE_CASES = [
    pytest.param("2025年3月31日\n" + HK + "政府公布，本港今個財政年度首11個月錄得赤字923億元。",
                 "92300000000", "2024-04/2025-02", id="hk-first-11-months-in-march"),
    pytest.param("2024年10月8日\n" + HK + "政府公布，本港今個財政年度首六個月錄得赤字1000億元。",
                 "100000000000", "2024-04/2024-09", id="hk-first-six-months-in-october"),
    pytest.param("2025年3月31日\n國家統計局公布，今年前兩個月，全國財政收入同比增長5%。",
                 "5", "2025-01/2025-02", id="mainland-months-stay-calendar"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "period"), FISCAL_TO_DATE_CASES)
def test_hong_kong_fiscal_year_to_date(text: str, value: str, period: str) -> None:
    """今個財政年度首N個月 counts from April in Hong Kong, whose government year starts then."""
    hits = [r for r in cnreport.extract(text) if r.value == Decimal(value)]
    assert hits, text
    assert hits[0].period == period
    assert "財政年度" not in (hits[0].subject or "")


MIXED = (
    "香港電台財經新聞\n"
    "金管局公布，本港上月港元存款上升2.1%。\n"
    "國家統計局公布，內地首兩個月社會消費品零售總額83,731億元，按年增長4%。\n"
    "統計處表示，本港2月零售業總銷貨價值為294億元，按年下跌13%。\n"
    "大新銀行去年盈利20.6億元。末期息0.39元。\n"
)

# fmt: off
MIXED_CASES = [
    pytest.param("2.1", "%", "香港", id="publisher-is-no-subject-pronoun-is-named"),
    pytest.param("8373100000000", "元", "中國", id="mainland-figure-keeps-renminbi-and-its-subject"),
    pytest.param("29400000000", "港元", "香港", id="hong-kong-figure-in-hkd"),
    pytest.param("0.39", "港元", "大新銀行", id="item-opening-company-carries"),
]
# fmt: on


@pytest.mark.parametrize(("value", "unit", "subject"), MIXED_CASES)
def test_mixed_hong_kong_and_mainland_figures(value: str, unit: str, subject: str) -> None:
    """A Hong Kong outlet quoting mainland figures: each figure keeps its own place and currency."""
    records = cnreport.extract(MIXED, year=2025)
    hits = [r for r in records if r.value == Decimal(value)]
    assert hits, [(r.metric, r.value, r.unit, r.subject) for r in records]
    assert (hits[0].unit, hits[0].subject) == (unit, subject)


CSD_RELEASE = (
    "政府統計處今日發表的2024年第三季本地生產總值預先估計數字顯示，本地生產總值按年實質上升1.8%。"
    "經季節性調整後與對上一季比較，本地生產總值實質下跌1.1%。\n"
    "經季節性調整的失業率由2024年6月至8月的3.0%上升至2024年7月至9月的3.1%。\n"
    "綜合消費物價指數在2024年9月按年上升2.2%，較8月的2.5%為低。\n"
)

# fmt: off
CSD_CASES = [
    pytest.param("1.8", {"kind": "growth_rate", "base": "yoy", "period": "2024-Q3"}, id="release-period-governs"),
    pytest.param("-1.1", {"kind": "growth_rate", "base": "prev", "period": "2024-Q3"},
                 id="against-the-quarter-before-said-in-a-clause"),
    pytest.param("3.1", {"kind": "level", "period": "2024-Q3"}, id="rose-to-a-level-in-a-named-period"),
    pytest.param("2.5", {"kind": "growth_rate", "base": "yoy", "period": "2024-08"},
                 id="another-months-rate-compared"),
]
# fmt: on


def assert_first_record(text: str, value: str, fields: dict[str, str | None], year: int | None = None) -> None:
    """The first record of ``value`` in ``text`` has every field given."""
    hits = [r for r in cnreport.extract(text, year=year) if r.value == Decimal(value)]
    assert hits, value
    for name, expected in fields.items():
        assert getattr(hits[0], name) == expected, (name, getattr(hits[0], name))


MARKETS_HK = "港股今日反覆偏軟，港股全日跌2%。日股低收4.1%，台股跌4.2%。外匯基金總資產為40090億元。\n"


# fmt: off
MARKET_CASES = [
    pytest.param("-2", {"subject": "香港"}, id="hk-board-is-hong-kongs"),
    pytest.param("-4.1", {"metric": "日股", "subject": "日本"}, id="japan-board-is-japans"),
    pytest.param("-4.2", {"metric": "台股"}, id="taiwan-board-names-the-metric"),
    pytest.param("4.009e12", {"metric": "外匯基金總資產", "subject": "香港"}, id="exchange-fund-is-hong-kongs"),
]
# fmt: on


@pytest.mark.parametrize(("value", "fields"), MARKET_CASES)
def test_market_boards_name_their_region(value: str, fields: dict[str, str | None]) -> None:
    """日股低收4.1%: Japan's market, the board the metric's name (as the gold of RTHK news has it)."""
    assert_first_record(MARKETS_HK, value, fields)


def test_taiwan_board_is_taiwans_in_either_script() -> None:
    """台股 gives Taiwan; written in the document's script where the document shows the characters."""
    taiwan = [r.subject for r in cnreport.extract(MARKETS_HK) if r.metric == "台股"]
    assert taiwan and taiwan[0] in ("台灣", "台湾")


RETAIL_RELEASE = (
    "政府統計處今日（八月三十日）發表的零售業銷貨額臨時統計數字顯示，二○二四年七月的零售業總銷貨價值臨時估計為"
    "298億元，較二○二三年同月下跌11.4%。二○二四年首七個月合計的零售業總銷貨價值臨時估計較二○二三年同期下跌7.3%。\n"
    "經季節性調整後的數字顯示，二○二四年五月至七月與對上三個月比較，零售業總銷貨價值下跌4.6%。\n"
)


# fmt: off
RETAIL_CASES = [
    pytest.param("2.98e10", {"unit": "港元", "period": "2024-07", "subject": "香港"}, id="chinese-year-bare-yuan"),
    pytest.param("-11.4", {"kind": "growth_rate", "base": "yoy", "period": "2024-07"}, id="against-same-month"),
    pytest.param("-7.3", {"period": "2024-01/2024-07", "base": "yoy"}, id="first-seven-months"),
    pytest.param("-4.6", {"period": "2024-05/2024-07", "base": "prev"}, id="three-months-against-the-three-before"),
]
# fmt: on


TRADE_RELEASE_TW = (
    "財政部今（9）日發布113年8月海關進出口貿易初步統計，8月出口437.8億美元，較上月增加0.2%，較上年同月增加16.8%；"
    "出超107.2億美元，較上年同月增加4.0%。\n\n累計1至8月出口3,117.6億美元，較上年同期增加10.7%。\n"
)


# fmt: off
TRADE_TW_CASES = [
    pytest.param("4.378e10", {"metric": "出口", "period": "2024-08", "subject": "台灣"}, id="roc-year-after-verb"),
    pytest.param("0.2", {"base": "prev", "period": "2024-08"}, id="against-last-month"),
    pytest.param("1.072e10", {"metric": "出超", "qualifier": None}, id="chu-chao-is-a-surplus-not-over"),
    pytest.param("3.1176e11", {"metric": "出口", "period": "2024-01/2024-08"}, id="zhi-inside-a-period"),
]
# fmt: on


GDP_RELEASE_HK = (
    "香港特區政府統計處今日（十一月十五日）發表2024年第三季本地生產總值的修訂數字。"
    "實質本地生產總值在2024年第三季較一年前同期上升1.8%。經季節性調整後與對上一季比較，本地生產總值實質下跌1.1%。\n"
)


def test_release_period_after_fabiao_governs() -> None:
    """發表2024年第三季…數字: the quarter released dates the paragraph's later figures."""
    assert_first_record(GDP_RELEASE_HK, "-1.1", {"period": "2024-Q3", "base": "prev", "subject": "香港"})


CPI_RELEASE_TW = (
    "主計總處今（5）日發布113年8月消費者物價指數（CPI），年增率為2.36%，主要受外食費、房租等類上漲影響。"
    "核心CPI（不含蔬果及能源）年增1.97%。\n\n"
    "另躉售物價指數（WPI）年增1.42%，其中進口物價以新臺幣計價上漲2.06%，出口物價上漲1.40%。\n"
)


# fmt: off
CPI_TW_CASES = [
    pytest.param("2.36", {"metric": "消費者物價指數", "period": "2024-08", "base": "yoy"}, id="rate-of-released"),
    pytest.param("1.97", {"period": "2024-08"}, id="release-period-governs-its-paragraph"),
    pytest.param("2.06", {"metric": "進口物價指數", "kind": "growth_rate"}, id="currency-basis-not-in-metric"),
    pytest.param("1.40", {"metric": "出口物價指數", "kind": "growth_rate"}, id="a-word-ending-in-a-move"),
]
# fmt: on


@pytest.mark.parametrize(("value", "fields"), CPI_TW_CASES)
def test_taiwan_price_release(value: str, fields: dict[str, str | None]) -> None:
    """主計總處's CPI release: 年增率 of the index it released, for the month it released."""
    assert_first_record(CPI_RELEASE_TW, value, fields)


@pytest.mark.parametrize(("value", "fields"), TRADE_TW_CASES)
def test_taiwan_trade_release(value: str, fields: dict[str, str | None]) -> None:
    """A Taiwan release dates in bare ROC years (113年8月), and its publisher is no subject."""
    assert_first_record(TRADE_RELEASE_TW, value, fields)


@pytest.mark.parametrize(("value", "fields"), RETAIL_CASES)
def test_retail_release_dated_in_chinese_numerals(value: str, fields: dict[str, str]) -> None:
    """C&SD releases date in Chinese numerals (二○二四年七月) and compare with 对上三个月."""
    assert_first_record(RETAIL_RELEASE, value, fields)


@pytest.mark.parametrize(("value", "fields"), CSD_CASES)
def test_census_and_statistics_release(value: str, fields: dict[str, str]) -> None:
    """The shapes of a Hong Kong C&SD release: a lead-in naming the quarter, seasonally adjusted moves."""
    assert_first_record(CSD_RELEASE, value, fields, year=2024)


# fmt: off
HOME_CURRENCY = [
    # (case, text, the unit of the first money figure)
    ("macau reply in traditional",
     "本澳酒店業統計\n澳門統計局公布，本澳第三季酒店業收入約十二億元。", "澳门元"),
    ("macau text in simplified",
     "本澳旅游业回暖，澳门特区政府表示，上月本澳酒店收入12亿元。", "澳门元"),
    ("taiwan company news",
     "某電子（1234）3月營收15.2億元，月增8.1%、年增12.4%，第一季營收40億元、季增3%。", "新台币"),
    ("mainland text naming taiwan stays in yuan",
     "台湾同胞投资企业协会称，台湾企业在大陆投资增长，某市台资企业营收120亿元。", "元"),
    ("hong kong stays hong kong",
     "香港政府統計處公布，本港零售業總銷貨價值臨時估計為300億元，按年上升5%。", "港元"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "unit"), HOME_CURRENCY, ids=[c[0] for c in HOME_CURRENCY])
def test_a_bare_yuan_is_the_home_currency(case: str, text: str, unit: str) -> None:
    money = [r for r in cnreport.extract(text, year=2024) if r.unit.endswith("元") or r.unit == "新台币"]
    assert money and money[0].unit == unit


# fmt: off
TAIWAN_COMPARISONS = [
    # (case, text, value, base)
    ("month on month", "某廠5月營收8.6億元，月增12.5%。", 12.5, "prev"),
    ("year on year", "某廠5月營收8.6億元，年增20.3%。", 20.3, "yoy"),
    ("a fall on the year", "某廠5月營收8.6億元，年減4.2%。", -4.2, "yoy"),
    ("quarter on quarter", "某廠第二季營收25億元，季增7%。", 7.0, "prev"),
    ("a fall on the month", "某廠5月營收8.6億元，月減3.3%。", -3.3, "prev"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "value", "base"), TAIWAN_COMPARISONS, ids=[c[0] for c in TAIWAN_COMPARISONS])
def test_taiwan_compact_comparisons(case: str, text: str, value: float, base: str) -> None:
    rates = [(float(r.value), r.base, r.metric) for r in cnreport.extract(text, year=2024) if r.unit == "%"]
    assert rates and rates[0][:2] == (value, base) and rates[0][2] == "營收"


@pytest.mark.parametrize("verb", ["衝上", "站上", "跳升至", "彈升到"])
def test_reaching_verbs_stay_out_of_the_metric(verb: str) -> None:
    records = cnreport.extract(f"某廠12月營收{verb}30億元。", year=2024)
    assert [r.metric for r in records] == ["營收"]


def test_trillions_before_a_currency() -> None:
    records = cnreport.extract("某國國富淨額為250.5兆元，較上年增加20兆元。", year=2023)
    assert [float(r.value) for r in records] == [250.5e12, 20e12]


def test_megawatts_are_no_trillions() -> None:
    assert all(float(r.value) < 1e9 for r in cnreport.extract("某電廠裝機容量達到300兆瓦。", year=2023))


# fmt: off
HOME_SUBJECTS = [
    # (case, text, subject of the first record)
    ("a Taiwan release that names only its ministry",
     "（中央社記者某某台北3日電）經濟部今天公布5月工業生產指數為101.2，年增3.1%，月增2%。\n", "台灣"),
    ("a Macau reply", "本澳統計局公布，本澳第二季酒店入住率為85%，按年上升5個百分點。\n", "澳門"),
    ("a dateline city is no subject",
     "（中央社記者某某台中8日電）主計總處公布，家庭財富中位數為900萬元，年增2%，台灣家庭財富差距擴大。\n", "台灣"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "subject"), HOME_SUBJECTS, ids=[c[0] for c in HOME_SUBJECTS])
def test_home_place_is_the_default_subject(case: str, text: str, subject: str) -> None:
    records = cnreport.extract(text, year=2024)
    assert records and records[0].subject == subject


# fmt: off
BARE_AMOUNTS = [
    # (case, text, value, unit)
    ("earned, no 元, in a Hong Kong text",
     "本港某銀行上半年賺85.5億，按年增長3%，香港業務理想。", 8_550_000_000.0, "港元"),
    ("profit, no 元", "某公司今年首季盈利12億。", 1_200_000_000.0, "元"),
    ("a noted currency", "某集團全年賺30億（美元，下同），派息0.5元。", 3_000_000_000.0, "美元"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "value", "unit"), BARE_AMOUNTS, ids=[c[0] for c in BARE_AMOUNTS])
def test_amounts_without_yuan_after_money_words(case: str, text: str, value: float, unit: str) -> None:
    found = {(float(r.value), r.unit) for r in cnreport.extract(text, year=2023)}
    assert (value, unit) in found


def test_a_revised_estimate_is_a_forecast() -> None:
    records = cnreport.extract("香港政府公布，2023至24年度政府收入的修訂預算為5,000億元。", year=2024)
    assert records and records[0].modality == "forecast"


def test_a_listed_firm_publishing_its_results_is_the_subject() -> None:
    text = "某某控股業績\n某某控股（01234）在中午休市時段公布上半年業績，賺12億元，按年增長5%。香港業務理想。\n"
    records = cnreport.extract(text, year=2017)
    assert records and {r.subject for r in records} == {"某某控股"}
