"""Sentence-level extraction: what a reader of SPEC.md relies on, one phenomenon per group.

Every sentence below is invented in the style of a real source (NBS monthly releases, city and
provincial 统计公报, 政府工作报告 targets, 央行 and 海关 releases, company results, market
briefs); none is copied from the dev corpus. Each case asserts only the fields it is about:
``E(value, unit, **fields)`` says "some record has this value and unit and these fields",
``NO(value, unit)`` says "no record has this value". The engine runs with the reference year
2025 and the document subject 武汉, as a user of a Wuhan bureau's page would call it.

Field checks: ``metric`` is exact (SPEC fixes the name, e.g. 规上 → 规模以上), ``metric_has``
is containment (a str, or a tuple whose parts must all appear), ``metric_any`` is a tuple of
alternatives (names the scorer treats as one indicator). For any other field a tuple means
"one of" (SPEC allows ``prev`` or the explicit period it stands for).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest

import cnreport
from cnreport import Record

YEAR = 2025
SUBJECT = "武汉"
REL_TOL = Decimal("1e-6")  # the scorer's tolerance on values


# ---------------------------------------------------------------------------------------------
# helpers


@dataclass(frozen=True)
class Expect:
    value: Decimal
    unit: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    absent: bool = False

    def __repr__(self) -> str:  # shows up in pytest's parameter listing
        what = "NO " if self.absent else ""
        extra = ", ".join(f"{k}={v!r}" for k, v in self.fields.items())
        return f"{what}{self.value} {self.unit!r}" + (f" [{extra}]" if extra else "")


def E(value: Any, unit: str, **fields: Any) -> Expect:
    """Some record has ``value`` (signed, scale applied) in ``unit`` and every field given."""
    return Expect(Decimal(str(value)), unit, fields)


def NO(value: Any, unit: str | None = None) -> Expect:
    """No record has ``value`` (in ``unit`` when given): a number that is not a fact."""
    return Expect(Decimal(str(value)), unit, absent=True)


def same_value(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(Decimal(a) - b) <= REL_TOL * max(abs(Decimal(a)), abs(b), Decimal(1))


def describe(records: Sequence[Record]) -> str:
    if not records:
        return "  (nothing extracted)"
    rows = []
    for r in records:
        rng = f"..{r.value_max}" if r.value_max is not None else ""
        rows.append(
            f"  {r.metric!r} {r.value}{rng} {r.unit!r} kind={r.kind} period={r.period} base={r.base} "
            f"subject={r.subject} qualifier={r.qualifier} modality={r.modality} text={r.text!r}"
        )
    return "\n".join(rows)


def field_ok(r: Record, name: str, want: Any) -> bool:
    if name == "metric_has":
        parts = (want,) if isinstance(want, str) else want
        return all(p in r.metric for p in parts)
    if name == "metric_any":
        return any(p in r.metric for p in want)
    if name == "value_max":
        return same_value(r.value_max, None if want is None else Decimal(str(want)))
    got = getattr(r, name)
    return got in want if isinstance(want, tuple) else got == want


def find(records: Sequence[Record], value: Any, unit: str | None, **fields: Any) -> Record:
    """The record with ``value``/``unit`` (and the given fields); fails listing what was extracted."""
    want = Decimal(str(value))
    candidates = [r for r in records if same_value(r.value, want) and (unit is None or r.unit == unit)]
    for r in candidates:
        if all(field_ok(r, k, v) for k, v in fields.items()):
            return r
    extra = ", ".join(f"{k}={v!r}" for k, v in fields.items())
    head = f"no record {want} {unit!r}" + (f" with {extra}" if extra else "")
    if candidates:
        head += f"; {len(candidates)} record(s) have that value/unit but differ in a field"
    pytest.fail(f"{head}\nextracted:\n{describe(records)}", pytrace=False)


def check(records: Sequence[Record], expected: Sequence[Expect]) -> None:
    for exp in expected:
        if exp.absent:
            bad = [r for r in records if same_value(r.value, exp.value) and exp.unit in (None, r.unit)]
            if bad:
                pytest.fail(f"{exp.value} {exp.unit!r} is not a fact, yet extracted:\n{describe(bad)}", pytrace=False)
        else:
            find(records, exp.value, exp.unit, **exp.fields)


# ---------------------------------------------------------------------------------------------
# the cases

# Known engine gaps shared by several cases (xfail, strict: a fix shows up as XPASS).
LINE_BREAK = pytest.mark.xfail(strict=True, reason="line break inside a sentence drops the sentence's facts")
GAP_ENTITY = pytest.mark.xfail(
    strict=True, reason="gap against an entity loses kind/base (比全国…高, 分别高于全国、全省)"
)
WORD_IN_METRIC = pytest.mark.xfail(
    strict=True, reason="qualifier/verb word (不足, 控制, 实际, 首次) left in the metric"
)

# fmt: off
CASES = [
    # --- growth rates and their bases ----------------------------------------------------------
    pytest.param("上半年，全市规上工业增加值同比增长7.2%。",
                 [E(7.2, "%", metric="规模以上工业增加值", kind="growth_rate", base="yoy", period="2025-H1",
                    modality=None, qualifier=None)],
                 id="growth-yoy-explicit"),
    pytest.param("全年全省粮食总产量比上年增长2.4%。",
                 [E(2.4, "%", metric_has="粮食", kind="growth_rate", base="yoy", period="2025")],
                 id="growth-yoy-bishangnian"),
    pytest.param("全市社会消费品零售总额较去年同期增长4.6%，增速稳中有升。",
                 [E(4.6, "%", metric_has="社会消费品零售总额", kind="growth_rate", base="yoy")],
                 id="growth-yoy-jiaoqunian-tongqi"),
    pytest.param("规模以上服务业企业营业收入较上年增长8.3%。",
                 [E(8.3, "%", metric_has="营业收入", kind="growth_rate", base="yoy")],
                 id="growth-yoy-jiaoshangnian"),
    pytest.param("1-5月份，全市限额以上单位消费品零售额增长9.1%。",
                 [E(9.1, "%", metric_has="限额以上单位消费品零售额", kind="growth_rate", base="yoy")],
                 id="growth-yoy-default-in-release"),
    pytest.param("规模以上工业企业实现营业收入下降1.6%。",
                 [E(-1.6, "%", metric_has="营业收入", kind="growth_rate", base="yoy")],
                 id="growth-bare-decline-negative"),
    pytest.param("9月份，全国居民消费价格同比上涨0.4%，环比下降0.1%。",
                 [E(0.4, "%", metric_has="居民消费价格", kind="growth_rate", base="yoy", period="2025-09"),
                  E(-0.1, "%", metric_has="居民消费价格", kind="growth_rate", base="prev", period="2025-09")],
                 id="growth-cpi-yoy-and-mom"),
    pytest.param("二季度，全市地区生产总值环比增长1.1%。",
                 [E(1.1, "%", metric_has="地区生产总值", kind="growth_rate", base="prev", period="2025-Q2")],
                 id="growth-prev-huanbi-quarter"),
    pytest.param("8月份，规模以上工业原油加工量比上月增长2.3%。",
                 [E(2.3, "%", metric_has="原油加工量", kind="growth_rate", base=("prev", "period:2025-07"))],
                 id="growth-prev-bishangyue"),
    pytest.param("三季度，全省服务业生产指数比上季度增长0.9%。",
                 [E(0.9, "%", metric_has="服务业生产指数", kind="growth_rate", base=("prev", "period:2025-Q2"))],
                 id="growth-prev-bishangjidu"),
    pytest.param("7月份，生猪出栏价格较上月回落2.6%。",
                 [E(-2.6, "%", metric_has="生猪", kind="growth_rate", base=("prev", "period:2025-06"))],
                 id="growth-prev-huiluo-percent-is-growth"),
    pytest.param("工业生产者购进价格同比回落0.9%。",
                 [E(-0.9, "%", metric_has="工业生产者购进价格", kind="growth_rate", base="yoy")],
                 id="growth-huiluo-percent-negative"),
    pytest.param("上半年，全市社会消费品零售总额两年平均增长4.8%。",
                 [E(4.8, "%", metric_has="社会消费品零售总额", kind="growth_rate", base="period_avg:2023")],
                 id="growth-two-year-average"),
    pytest.param("全市规模以上工业增加值三年平均增长6.1%。",
                 [E(6.1, "%", metric_has="规模以上工业增加值", kind="growth_rate", base="period_avg:2022")],
                 id="growth-three-year-average"),
    pytest.param("2021年，全市规上工业增加值两年平均增长8.3%。",
                 [E(8.3, "%", metric="规模以上工业增加值", kind="growth_rate", base="period_avg:2019", period="2021")],
                 id="growth-two-year-average-spec-example"),
    pytest.param("“十四五”时期，全市地区生产总值年均增长6.1%。",
                 [E(6.1, "%", metric_has="地区生产总值", kind="growth_rate", base="period_avg:2020")],
                 id="growth-five-year-plan-annual-average"),
    pytest.param("全年接待国内外游客人次比2019年增长12.6%。",
                 [E(12.6, "%", metric_has="游客", kind="growth_rate", base="period:2019")],
                 id="growth-vs-2019"),
    pytest.param("6月末，全市金融机构本外币存款余额比年初增长6.8%。",
                 [E(6.8, "%", metric_has="存款余额", kind="growth_rate", base="period:2024-12-31",
                    period="2025-06-30")],
                 id="growth-vs-year-start"),
    pytest.param("跨境电商进出口额增长1.8倍。",
                 [E(1.8, "倍", metric_has="跨境电商", kind="growth_rate", base="yoy")],
                 id="growth-times"),
    pytest.param("全市新能源汽车产量比上年增长一倍。",
                 [E(1, "倍", metric_has="新能源汽车产量", kind="growth_rate", base="yoy")],
                 id="growth-one-time-chinese"),
    pytest.param("算力规模增长两倍多。",
                 [E(2, "倍", metric_has="算力", kind="growth_rate", qualifier="over")],
                 id="growth-times-chinese-over"),
    pytest.param("全市城镇居民人均可支配收入26815元，增长4.9%；农村居民人均可支配收入15230元，增长6.3%。",
                 [E(26815, "元", metric_has=("城镇居民", "可支配收入"), kind="level"),
                  E(4.9, "%", metric_has=("城镇居民", "可支配收入"), kind="growth_rate", base="yoy"),
                  E(15230, "元", metric_has=("农村居民", "可支配收入"), kind="level"),
                  E(6.3, "%", metric_has=("农村居民", "可支配收入"), kind="growth_rate", base="yoy")],
                 id="growth-level-pairs-two-clauses"),
    pytest.param("工业用电量连续18个月保持增长，8月份增长5.2%。",
                 [E(5.2, "%", metric_has="工业用电量", kind="growth_rate", period="2025-08")],
                 id="growth-metric-carried-from-previous-clause"),
    pytest.param("高技术制造业增加值比上年增长9.6%。",
                 [E(9.6, "%", metric_has="高技术制造业增加值", base="yoy", period="2025")],
                 id="growth-base-year-is-not-the-period"),
    pytest.param("食品烟酒类价格同比下降1.2%，影响居民消费价格总水平下降约0.35个百分点。",
                 [E(-1.2, "%", metric_has="食品烟酒", kind="growth_rate", base="yoy")],
                 id="growth-price-category"),

    # --- change of a rate, in percentage points ------------------------------------------------
    pytest.param("上半年，全市地区生产总值增长5.6%，增速比一季度加快0.5个百分点。",
                 [E(5.6, "%", metric_has="地区生产总值", kind="growth_rate", period="2025-H1"),
                  E(0.5, "pp", metric_has="增速", kind="change", base="period:2025-Q1", period="2025-H1")],
                 id="change-rate-vs-q1"),
    pytest.param("8月份，规上工业增加值同比增长5.2%，增速较上月回落0.5个百分点。",
                 [E(5.2, "%", metric="规模以上工业增加值", kind="growth_rate", base="yoy", period="2025-08"),
                  E(-0.5, "pp", metric_has=("规模以上工业增加值", "增速"), kind="change",
                    base=("prev", "period:2025-07"))],
                 id="change-rate-huiluo-pp-negative"),
    pytest.param("1-8月份，全市房地产开发投资下降8.9%，降幅比1-7月份收窄2.1个百分点。",
                 [E(-8.9, "%", metric_has="房地产开发投资", kind="growth_rate", period="2025-01/2025-08"),
                  E(2.1, "pp", metric_has="房地产开发投资", kind="change", base=("prev", "period:2025-01/2025-07"))],
                 id="change-decline-narrows-positive"),
    pytest.param("规模以上工业企业利润降幅收窄5.9个百分点。",
                 [E(5.9, "pp", metric_has="利润", kind="change")],
                 id="change-decline-narrows-no-base"),
    pytest.param("出口降幅比上月扩大0.6个百分点。",
                 [E(-0.6, "pp", metric_has="出口", kind="change", base=("prev",))],
                 id="change-decline-widens-negative"),
    pytest.param("居民消费价格涨幅比上月扩大0.3个百分点。",
                 [E(0.3, "pp", metric_has="居民消费价格", kind="change", base="prev")],
                 id="change-rise-widens-positive"),
    pytest.param("全市固定资产投资增速比上年同期提高2.1个百分点。",
                 [E(2.1, "pp", metric_has=("固定资产投资", "增速"), kind="change", base="yoy")],
                 id="change-rate-vs-last-year"),
    pytest.param("高技术制造业增加值占规模以上工业增加值的比重为18.6%，比上年提高1.2个百分点。",
                 [E(18.6, "%", metric_has=("高技术制造业", "比重"), kind="share", base=None),
                  E(1.2, "pp", metric_has=("高技术制造业", "比重"), kind="change", base="yoy")],
                 id="change-share-rises-pp"),
    pytest.param("8月份，制造业采购经理指数（PMI）为49.4%，比上月上升0.1个百分点。",
                 [E(49.4, "%", metric_any=("采购经理指数", "PMI"), kind="level", period="2025-08"),
                  E(0.1, "pp", metric_any=("采购经理指数", "PMI"), kind="change", base="prev")],
                 id="change-pmi-level-and-pp"),
    pytest.param("全国城镇调查失业率为5.2%，比上月下降0.1个百分点。",
                 [E(5.2, "%", metric_has="城镇调查失业率", kind="level", subject="全国"),
                  E(-0.1, "pp", metric_has="城镇调查失业率", kind="change", base="prev")],
                 id="change-unemployment-pp"),
    pytest.param("全市森林覆盖率比2020年提高1.5个百分点。",
                 [E(1.5, "pp", metric_has="森林覆盖率", kind="change", base="period:2020")],
                 id="change-pp-vs-2020"),
    pytest.param("研发经费投入强度比上年提高0.1至0.2个百分点。",
                 [E(0.1, "pp", metric_has="研发", kind="change", base="yoy", value_max=0.2)],
                 id="change-range-pp"),
    pytest.param("中国人民银行决定下调金融机构存款准备金率0.5个百分点。",
                 [E(-0.5, "pp", metric_has="存款准备金率", kind="change")],
                 id="change-policy-rate-cut"),
    pytest.param("8月末，狭义货币(M1)余额63.2万亿元，同比下降7.3%，增速比上月末低0.7个百分点，比上年同期低9.5个百分点。",
                 [E(-0.7, "pp", metric="狭义货币余额增速", kind="change", base="prev"),
                  E(-9.5, "pp", metric="狭义货币余额增速", kind="change", base="yoy")],
                 id="change-pp-of-a-rate-moved-again"),
    pytest.param("全市规上工业增加值同比下降0.8%，降幅比同期收窄2.6个百分点，比去年全年收窄4个百分点。",
                 [E(2.6, "pp", metric="规模以上工业增加值增速", kind="change"),
                  E(4, "pp", metric="规模以上工业增加值增速", kind="change", base="period:2024")],
                 id="change-pp-of-a-fall-narrowed-again"),

    # --- changes of a level, flows ------------------------------------------------------------
    pytest.param("6月末，全市金融机构人民币贷款余额4.1万亿元，比年初增加2356.8亿元。",
                 [E("4.1e12", "元", metric_has="贷款余额", kind="level", period="2025-06-30"),
                  E("2.3568e11", "元", metric_has="贷款", kind="change", base="period:2024-12-31")],
                 id="change-level-vs-year-start"),
    pytest.param("年末全市常住人口1380.9万人，比上年末增加6.2万人。",
                 [E(13809000, "人", metric_has="常住人口", kind="level", period="2025-12-31"),
                  E(62000, "人", metric_has="常住人口", kind="change", base=("yoy", "period:2024-12-31"))],
                 id="change-population-vs-last-year-end"),
    pytest.param("年末全市农村低收入人口比上年末减少1.3万人。",
                 [E(-13000, "人", metric_has="低收入人口", kind="change", base=("yoy", "period:2024-12-31"))],
                 id="change-decrease-negative"),
    pytest.param("上半年新增人民币贷款12.9万亿元。",
                 [E("1.29e13", "元", metric_has="贷款", kind="level", period="2025-H1")],
                 id="flow-new-loans-is-level"),
    pytest.param("全市新增民营企业3.6万家，占新增企业总数的91.2%。",
                 [E(36000, "家", metric_has="民营企业", kind="level"),
                  E(91.2, "%", kind="share")],
                 id="flow-new-firms-is-level"),

    # --- levels, scales and units -------------------------------------------------------------
    pytest.param("今年上半年万科整体税金支出约105亿，成为行业内第一家半年纳税超百亿的企业。",
                 [E("1.05e10", "元", metric_has="税金支出", qualifier="approx"), NO("1e10")],
                 id="level-amount-without-yuan"),
    pytest.param("全年营收达1.2万亿，户籍人口达到1400万。",
                 [E("1.2e12", "元", metric_has="营收"), NO("1.4e7")],
                 id="level-amount-without-yuan-only-after-money-words"),
    pytest.param("全年全市实现地区生产总值21106.2亿元，按不变价格计算，比上年增长5.2%。",
                 [E("2.11062e12", "元", metric_has="地区生产总值", kind="level", base=None),
                  E(5.2, "%", metric_has="地区生产总值", kind="growth_rate", base="yoy")],
                 id="level-yiyuan"),
    pytest.param("全国社会消费品零售总额达24.3万亿元。",
                 [E("2.43e13", "元", metric_has="社会消费品零售总额", kind="level", subject="全国")],
                 id="level-wanyiyuan"),
    pytest.param("全年粮食总产量286.4万吨，比上年增加3.1万吨。",
                 [E(2864000, "吨", metric_has="粮食", kind="level"),
                  E(31000, "吨", metric_has="粮食", kind="change", base="yoy")],
                 id="level-wandun"),
    pytest.param("全市光伏发电量8562.3万千瓦时，增长35.7%。",
                 [E(85623000, "千瓦时", metric_has="发电量", kind="level")],
                 id="level-wan-kwh"),
    pytest.param("全社会用电量1268.4亿千瓦时。",
                 [E("1.2684e11", "千瓦时", metric_has="用电量", kind="level")],
                 id="level-yi-kwh"),
    pytest.param("阳逻港集装箱吞吐量完成326.5万标箱，增长8.2%。",
                 [E(3265000, "标箱", metric_has="集装箱吞吐量", kind="level")],
                 id="level-wan-teu"),
    pytest.param("全年城镇新增就业23.6万人。",
                 [E(236000, "人", metric_has="就业", kind="level")],
                 id="level-wanren"),
    pytest.param("全年实际使用外资12.8亿美元。",
                 [E("1.28e9", "美元", metric_has="外资", kind="level")],
                 id="level-usd"),
    pytest.param("年末全市规模以上工业企业达到3826家。",
                 [E(3826, "家", metric_has="规模以上工业企业", kind="level")],
                 id="level-jia"),
    pytest.param("全年新增纳入统计的“四上”企业1268户。",
                 [E(1268, "户", metric_has="企业", kind="level"), NO(4)],
                 id="level-hu-with-sishang"),
    pytest.param("全年新开工亿元以上项目512个。",
                 [E(512, "个", metric_has="项目", kind="level"), NO("1e8")],
                 id="level-ge-with-threshold"),
    pytest.param("全市商品房销售面积1285.6万平方米，下降3.1%。",
                 [E(12856000, "平方米", metric_has="商品房销售面积", kind="level"),
                  E(-3.1, "%", metric_has="商品房销售面积", kind="growth_rate")],
                 id="level-square-metres"),
    pytest.param("全年新能源汽车产量31.2万辆。",
                 [E(312000, "辆", metric_has="新能源汽车产量", kind="level")],
                 id="level-liang"),
    pytest.param("全年接待游客1.2亿人次。",
                 [E(120000000, "人次", metric_has="游客", kind="level")],
                 id="level-renci"),
    pytest.param("工业机器人产量1.6万台，增长28.4%。",
                 [E(16000, "台", metric_has="工业机器人", kind="level"),
                  E(28.4, "%", metric_has="工业机器人", kind="growth_rate")],
                 id="level-tai"),
    pytest.param("全年专利授权量4.3万项。",
                 [E(43000, "项", metric_has="专利授权", kind="level")],
                 id="level-xiang"),
    pytest.param("公司上半年实现营业收入1,234.5亿元。",
                 [E("1.2345e11", "元", metric_has="营业收入", kind="level")],
                 id="level-thousands-comma"),
    pytest.param("全市规模以上工业增加值增长６．８％。",
                 [E(6.8, "%", metric="规模以上工业增加值", kind="growth_rate")],
                 id="level-fullwidth-percent"),
    pytest.param("全年完成固定资产投资１２３４．５亿元。",
                 [E("1.2345e11", "元", metric_has="固定资产投资", kind="level")],
                 id="level-fullwidth-yiyuan"),
    pytest.param("省财政下达专项补助资金一千二百万元。",
                 [E(12000000, "元", metric_has="资金", kind="level")],
                 id="level-chinese-numeral-amount"),
    pytest.param("全市有效期内高新技术企业达一万二千余家。",
                 [E(12000, "家", metric_has="高新技术企业", kind="level", qualifier="over")],
                 id="level-chinese-numeral-wan"),
    pytest.param("全市拥有国家级专精特新“小巨人”企业一百二十三家。",
                 [E(123, "家", metric_has="小巨人", kind="level")],
                 id="level-chinese-numeral-123"),
    pytest.param("全年跨境人民币结算量3.6亿元人民币。",
                 [E(360000000, "元", metric_has="跨境人民币结算", kind="level")],
                 id="level-renminbi-dropped"),
    pytest.param("当日港股主板成交额1234亿港元。",
                 [E("1.234e11", "港元", metric_has="成交额", kind="level")],
                 id="level-hkd"),
    pytest.param("该项目总投资2.5亿欧元。",
                 [E(250000000, "欧元", metric_has="投资", kind="level")],
                 id="level-eur"),
    pytest.param("全体居民人均可支配收入28765元。",
                 [E(28765, "元", metric_has="人均可支配收入", kind="level")],
                 id="level-yuan-per-capita"),
    pytest.param("公司基本每股收益0.86元。",
                 [E(0.86, "元", metric_has="每股收益", kind="level")],
                 id="level-eps"),
    pytest.param("公司上半年净亏损3.2亿元。",
                 [E(320000000, "元", metric_has="亏损", kind="level")],
                 id="level-loss-positive"),
    pytest.param("1年期贷款市场报价利率（LPR）为3.0%，5年期以上LPR为3.5%。",
                 [E(3.0, "%", metric_any=("1年期", "一年期"), kind="level"),
                  E(3.5, "%", metric_has="5年期", kind="level")],
                 id="level-interest-rates"),
    pytest.param("人民币对美元汇率中间价报7.1012。",
                 [E(7.1012, "", metric_has="中间价", kind="level")],
                 id="level-exchange-rate-bare"),
    pytest.param("6月份，全市居民消费价格总指数为100.8。",
                 [E(100.8, "", metric_has="居民消费价格", kind="level", period="2025-06")],
                 id="level-index-bare"),

    # --- gaps against another entity or metric ------------------------------------------------
    pytest.param("全市高技术制造业增加值增长12.1%，高于全国2.3个百分点。",
                 [E(12.1, "%", metric_has="高技术制造业增加值", kind="growth_rate", base="yoy"),
                  E(2.3, "pp", metric_has="高技术制造业增加值", kind="gap", base="entity:全国")],
                 id="gap-above-national"),
    pytest.param("全市固定资产投资增长2.6%，低于全省0.8个百分点。",
                 [E(-0.8, "pp", metric_has="固定资产投资", kind="gap", base="entity:全省")],
                 id="gap-below-province-negative"),
    pytest.param("装备制造业增加值增长11.3%，高于规上工业6.4个百分点。",
                 [E(6.4, "pp", metric_has="装备制造业增加值", kind="gap", base="metric:规模以上工业增加值")],
                 id="gap-above-metric"),
    pytest.param("全市外贸进出口增长9.8%，比全国平均水平高6.3个百分点。",
                 [E(6.3, "pp", metric_has="进出口", kind="gap", base="entity:全国")],
                 id="gap-bi-quanguo-gao"),
    pytest.param("全市地区生产总值增长5.8%，分别高于全国、全省0.5和0.1个百分点。",
                 [E(0.5, "pp", metric_has="地区生产总值", kind="gap", base="entity:全国"),
                  E(0.1, "pp", metric_has="地区生产总值", kind="gap", base="entity:全省")],
                 id="gap-two-entities-list"),
    pytest.param("社会消费品零售总额增长6.1%，快于全国1.6个百分点。",
                 [E(1.6, "pp", metric_has="社会消费品零售总额", kind="gap", base="entity:全国")],
                 id="gap-faster-than-national"),

    # --- shares -------------------------------------------------------------------------------
    pytest.param("全市地区生产总值占全省比重达35.2%。",
                 [E(35.2, "%", metric_has="比重", kind="share", base=None)],
                 id="share-of-province"),
    pytest.param("工业对经济增长的贡献率达42.3%。",
                 [E(42.3, "%", metric_has="贡献率", kind="share", base=None)],
                 id="share-contribution-rate"),
    pytest.param("民间投资占全部投资的比重为52.3%。",
                 [E(52.3, "%", metric_has=("民间投资", "比重"), kind="share")],
                 id="share-private-investment"),
    pytest.param("41个工业大类行业中有30个行业增加值保持增长，增长面为73.2%。",
                 [E(73.2, "%", metric_has="增长面", kind="share"),
                  E(30, "个", kind="level")],
                 id="share-growth-breadth"),
    pytest.param("民营企业出口占全市出口总额的三成以上。",
                 [E(30, "%", metric_has="出口", kind="share", qualifier="over")],
                 id="share-cheng"),
    pytest.param("第一产业增加值占地区生产总值的比重不足5%。",
                 [E(5, "%", metric_has=("第一产业", "比重"), kind="share", qualifier="under")],
                 id="share-under"),
    pytest.param("东盟保持我国第一大贸易伙伴地位，我国与东盟贸易总值占我国外贸总值的16.6%。",
                 [E(16.6, "%", metric="对东盟贸易总值占外贸总值比重", kind="share")],
                 id="share-customs-partner"),

    # --- contributions to a total's growth ----------------------------------------------------
    pytest.param("服务业增加值增长5.9%，拉动全省经济增长3.1个百分点。",
                 [E(3.1, "pp", metric_has="服务业", kind="contribution", base="yoy")],
                 id="contribution-pull-yoy"),
    pytest.param("民营企业进出口增长15.3%，拉动全市外贸增长9.6个百分点。",
                 [E(15.3, "%", metric_has="民营企业进出口", kind="growth_rate"),
                  E(9.6, "pp", metric_has="民营企业", kind="contribution", base="yoy")],
                 id="contribution-private-trade"),
    pytest.param("鲜菜价格环比上涨5.1%，影响CPI环比上涨约0.11个百分点。",
                 [E(0.11, "pp", metric_has="鲜菜", kind="contribution", base="prev", qualifier="approx")],
                 id="contribution-mom-approx"),
    pytest.param("最终消费支出拉动经济增长2.7个百分点，资本形成总额拉动1.5个百分点。",
                 [E(2.7, "pp", metric_has="最终消费", kind="contribution"),
                  E(1.5, "pp", metric_has="资本形成", kind="contribution")],
                 id="contribution-demand-components"),
    # the parts of a price index's yoy change: 翘尾 (carry-over) and 新涨价 (new rises)
    pytest.param("6月份，居民消费价格同比上涨6.4%，其中翘尾因素为3.7个百分点。",
                 [E(3.7, "pp", metric="居民消费价格指数翘尾因素", kind="contribution", base="yoy",
                    period="2025-06")],
                 id="price-component-carryover"),
    pytest.param("6月份，6.4%的涨幅中翘尾因素达到了3.7个百分点，比5月份又增加0.5个百分点。",
                 [E(3.7, "pp", metric="居民消费价格指数翘尾因素", kind="contribution"),
                  E(0.5, "pp", metric="居民消费价格指数翘尾因素", kind="change", base="period:2025-05"),
                  NO(6.4, "%")],
                 id="price-component-among-the-rise-adverb-before-verb"),
    pytest.param("6月份，工业生产者出厂价格同比上涨7.1%，新涨价因素约为3.2个百分点。",
                 [E(3.2, "pp", metric="工业生产者出厂价格指数新涨价因素", kind="contribution",
                    qualifier="approx")],
                 id="price-component-of-the-named-index"),
    pytest.param("今年前5个月的翘尾分别为3.7、2.6、3.2、3.1和3.2个百分点。",
                 [E(3.7, "pp", metric="居民消费价格指数翘尾因素", period="2025-01"),
                  E(3.2, "pp", metric="居民消费价格指数翘尾因素", period="2025-03")],
                 id="price-component-month-by-month"),

    # --- ranks --------------------------------------------------------------------------------
    pytest.param("全市新能源汽车产量居全国第三。",
                 [E(3, "rank", metric_has="新能源汽车产量", kind="rank", base="entity:全国")],
                 id="rank-national-third"),
    pytest.param("外贸进出口总额位居全省首位。",
                 [E(1, "rank", metric_has="进出口", kind="rank", base="entity:全省")],
                 id="rank-first-place"),
    pytest.param("全省地区生产总值总量居中部省份第二。",
                 [E(2, "rank", metric_has="地区生产总值", kind="rank", base="entity:中部省份")],
                 id="rank-among-group"),
    pytest.param("全市数字经济核心产业增加值增速位列副省级城市第4位。",
                 [E(4, "rank", kind="rank", base="entity:副省级城市")],
                 id="rank-di-n-wei"),
    pytest.param("全市地区生产总值总量稳居全国城市前十。",
                 [E(10, "rank", metric_has="地区生产总值", kind="rank")],
                 id="rank-top-n"),
    pytest.param("新增民营企业2.1万家、居副省级城市第三。",
                 [E(21000, "家", kind="level"),
                  E(3, "rank", kind="rank", base="entity:副省级城市")],
                 id="rank-after-level"),

    pytest.param("8月TOP10房企销售操盘金额门槛值为543.2亿元。其中，保利发展以2079.5亿元的销售额位居榜首，"
                 "中海地产以1705.7亿元位列第二。",
                 [E("2.0795e11", "元", metric="销售额", subject="保利发展"),
                  E(1, "rank", kind="rank", subject="保利发展", base=None),
                  E("1.7057e11", "元", metric="销售额", subject="中海地产"),
                  E(2, "rank", kind="rank", subject="中海地产")],
                 id="rank-firms-by-an-amount-they-reached"),
    pytest.param("8月，新能源汽车销量达到汽车新车总销量的44.8%。",
                 [E(44.8, "%", metric="新能源汽车销量占汽车新车总销量比重", kind="share", base=None)],
                 id="share-reaches-part-of-a-whole"),
    # --- lists --------------------------------------------------------------------------------
    pytest.param("全市规上工业增加值、营业收入分别增长6.2%、8.1%。",
                 [E(6.2, "%", metric="规模以上工业增加值"), E(8.1, "%", metric="营业收入")],
                 id="list-items-with-heads-of-their-own"),
    pytest.param("第一、二、三产业增加值占地区生产总值的比重分别为4.1%、36.2%、59.7%。",
                 [E(4.1, "%", metric="第一产业增加值占地区生产总值比重", kind="share"),
                  E(59.7, "%", metric="第三产业增加值占地区生产总值比重", kind="share")],
                 id="list-shares-respectively"),
    pytest.param("8月份，全国居民消费价格环比上涨0.4%。其中，城市上涨0.4%，农村上涨0.5%；食品价格上涨3.4%。",
                 [E(0.4, "%", metric="城市居民消费价格", kind="growth_rate", base="prev"),
                  E(0.5, "%", metric="农村居民消费价格", base="prev"),
                  E(3.4, "%", metric="食品价格", base="prev")],
                 id="parts-after-qizhong-move-as-their-whole-did"),
    pytest.param("全年社会消费品零售总额增长9.2%。其中，城镇零售额747.1亿元，增长16.5%。",
                 [E(16.5, "%", metric="城镇零售额", base="yoy")],
                 id="parts-of-a-yoy-growth-stay-yoy"),
    pytest.param("前8个月，我国对东盟、欧盟、美国分别进出口4.86万亿元、3.73万亿元和3.19万亿元，分别增长10%、1%和4.9%。",
                 [E("4.86e12", "元", metric="对东盟进出口", kind="level", subject="全国"),
                  E("3.19e12", "元", metric="对美国进出口", subject="全国"),
                  E(10, "%", metric="对东盟进出口", kind="growth_rate", subject="全国"),
                  E(1, "%", metric="对欧盟进出口", kind="growth_rate"),
                  E(4.9, "%", metric="对美国进出口", kind="growth_rate")],
                 id="list-trade-partners-respectively"),
    pytest.param("前8个月，我国对美国出口2.4万亿元，增长4.9%。",
                 [E("2.4e12", "元", metric="对美国出口", subject="全国"), E(4.9, "%", metric="对美国出口")],
                 id="trade-with-a-partner-keeps-dui"),
    pytest.param("上半年，广东、江苏、浙江分别出口2.9万亿元、1.9万亿元和1.8万亿元，分别增长8.1%、5.2%和6.3%。",
                 [E("2.9e12", "元", metric="出口", subject="广东"), E("1.8e12", "元", metric="出口", subject="浙江"),
                  E(8.1, "%", metric="出口", subject="广东"), E(5.2, "%", metric="出口", subject="江苏"),
                  E(6.3, "%", metric="出口", subject="浙江")],
                 id="list-places-keep-their-figures-in-the-next-run"),
    pytest.param("原煤、原油、天然气产量分别增长2.8%、1.5%、6.3%。",
                 [E(2.8, "%", metric_has="原煤产量", kind="growth_rate"),
                  E(1.5, "%", metric_has="原油产量", kind="growth_rate"),
                  E(6.3, "%", metric_has="天然气产量", kind="growth_rate")],
                 id="list-three-respectively"),
    pytest.param("上半年，全市第一、二、三产业增加值分别增长3.1%、5.6%、6.2%。",
                 [E(3.1, "%", metric_has="第一产业增加值", period="2025-H1"),
                  E(5.6, "%", metric_has="第二产业增加值", period="2025-H1"),
                  E(6.2, "%", metric_has="第三产业增加值", period="2025-H1")],
                 id="list-three-industries-elided"),
    pytest.param("汽车制造业、电气机械和器材制造业、计算机通信和其他电子设备制造业增加值均增长10%以上。",
                 [E(10, "%", metric_has="汽车制造业", kind="growth_rate", qualifier="over"),
                  E(10, "%", metric_has="电气机械和器材制造业", kind="growth_rate", qualifier="over"),
                  E(10, "%", metric_has="计算机通信和其他电子设备制造业", kind="growth_rate", qualifier="over")],
                 id="list-all-over-ten"),
    pytest.param("集成电路、光纤光缆、服务器等产品产量均实现两位数增长，其中集成电路增长21.4%。",
                 [E(21.4, "%", metric_has="集成电路产量", kind="growth_rate")],
                 id="list-qizhong-picks-one"),
    pytest.param("1-8月，汽车产销分别完成2015.6万辆和2031.4万辆，同比分别增长12.4%和11.8%。",
                 [E(20156000, "辆", metric_has=("汽车", "产"), kind="level", period="2025-01/2025-08"),
                  E(20314000, "辆", metric_has=("汽车", "销"), kind="level", period="2025-01/2025-08"),
                  E(12.4, "%", metric_has=("汽车", "产"), kind="growth_rate", base="yoy"),
                  E(11.8, "%", metric_has=("汽车", "销"), kind="growth_rate", base="yoy")],
                 id="list-production-sales-pair"),
    pytest.param("前7个月，全省货物贸易进出口分别增长5.2%和3.8%。",
                 [E(5.2, "%", metric_has="进口", kind="growth_rate", base="yoy"),
                  E(3.8, "%", metric_has="出口", kind="growth_rate", base="yoy")],
                 id="list-import-export-pair"),
    pytest.param("其中，出口1.47万亿元，增长7.3%；进口1.1万亿元，下降1.6%。",
                 [E("1.47e12", "元", metric_has="出口", kind="level"),
                  E(7.3, "%", metric_has="出口", kind="growth_rate"),
                  E("1.1e12", "元", metric_has="进口", kind="level"),
                  E(-1.6, "%", metric_has="进口", kind="growth_rate")],
                 id="list-export-import-clauses"),
    pytest.param("按行业分，批发业、零售业、住宿业、餐饮业销售额分别增长6.2%、4.8%、3.5%和7.7%。",
                 [E(6.2, "%", metric_has="批发业"),
                  E(4.8, "%", metric_has="零售业"),
                  E(3.5, "%", metric_has="住宿业"),
                  E(7.7, "%", metric_has="餐饮业")],
                 id="list-four-with-he"),
    pytest.param("城镇、乡村消费品零售额同比分别增长4.5%和5.3%。",
                 [E(4.5, "%", metric_has=("城镇", "消费品零售额"), base="yoy"),
                  E(5.3, "%", metric_has=("乡村", "消费品零售额"), base="yoy")],
                 id="list-urban-rural"),
    pytest.param("中、小型企业PMI分别为48.7%和46.4%，比上月下降0.7和0.3个百分点。",
                 [E(48.7, "%", metric="中型企业PMI"), E(46.4, "%", metric="小型企业PMI"),
                  E(-0.7, "pp", metric="中型企业PMI", base="prev")],
                 id="list-one-character-modifiers"),
    pytest.param("全市地区生产总值同比增长5.9%，增速分别高于全国、全省1.1个和0.4个百分点。",
                 [E(1.1, "pp", kind="gap", base="entity:全国"), E(0.4, "pp", kind="gap", base="entity:全省"),
                  NO(1.1, "个")],
                 id="gap-list-with-short-points"),
    # ranks of an indicator's size (the size of a thing is the thing: 总量/规模 rank as it) and growth;
    # a share with a qualifier; a target's subject
    pytest.param("武汉市地区生产总值达到21106.23亿元，总量居全国城市第8位，增速居副省级城市第二。",
                 [E(8, "rank", metric="地区生产总值", base="entity:全国城市"),
                  E(2, "rank", metric="地区生产总值增速", base="entity:副省级城市")],
                 id="rank-of-size-and-growth"),
    pytest.param("全年实际使用外资38.3亿美元，规模居中部城市第一。",
                 [E(1, "rank", metric="实际使用外资")],
                 id="rank-of-the-size-of-the-figure-before"),
    pytest.param("全市新能源汽车产量34.3万辆，占全省比重超过四成。",
                 [E(40, "%", metric="新能源汽车产量占全省比重", kind="share", qualifier="over")],
                 id="share-with-qualifier-word"),
    pytest.param("力争2025年全市地区生产总值增长6%以上。",
                 [E(6, "%", metric="地区生产总值", period="2025", modality="target", qualifier="over")],
                 id="target-opening-word-before-period-and-scope"),
    pytest.param("全市规上工业增加值同比增长8.1%。分三大门类看，采矿业增加值增长3.2%，制造业增长8.6%，"
                 "电力、热力、燃气及水生产和供应业增长5.1%。",
                 [E(8.6, "%", metric="制造业增加值"), E(5.1, "%", metric="电力、热力、燃气及水生产和供应业增加值")],
                 id="industry-parts-take-the-head-however-long"),
    # a pull after a share of growth is the spending's; a downward pull is negative
    pytest.param("一季度，最终消费支出对经济增长的贡献率为73.7%，拉动GDP增长3.9个百分点；"
                 "货物和服务净出口向下拉动GDP增长0.6个百分点。",
                 [E(3.9, "pp", metric="最终消费支出对GDP增长的拉动", kind="contribution"),
                  E(-0.6, "pp", metric="货物和服务净出口对GDP增长的拉动", kind="contribution")],
                 id="contribution-after-share-and-downward"),
    pytest.param("上半年，中直投资完成159.5亿元，同比下降11.7%，负向拉动全市投资8.7个百分点。",
                 [E(-8.7, "pp", metric="中直投资对全市投资增长的拉动", kind="contribution", base="yoy")],
                 id="contribution-negative-pull"),
    pytest.param("全年出生人口9.02万人，出生率为6.95‰；自然增长率为-0.47‰。",
                 [E(6.95, "‰", metric="出生率", kind="level"), E(-0.47, "‰", metric="自然增长率")],
                 id="population-rates-per-mille"),
    pytest.param("城乡居民收入比为2.31。全年粮食单产每公顷7166.7公斤。",
                 [E(2.31, "", metric="城乡居民收入比", kind="level"), E(7166.7, "公斤/公顷", metric="粮食单产")],
                 id="bare-ratio-and-yield-per-unit"),
    # 估计 looks ahead; a statistic's 临时估计 is its first estimate, not a forecast
    pytest.param("估计2038年本地及跨境客量介乎29万至35万人次。2月零售业总销货价值的临时估计为294亿元。",
                 [E(290000, "人次", value_max=350000, metric="本地及跨境客量", modality="forecast"),
                  E("2.94e10", "元", modality=None)],
                 id="estimate-ahead-versus-first-estimate"),
    pytest.param("今年以来，我市让民营经济纳税占比升至46.54%。",
                 [E(46.54, "%", metric="民营经济纳税占比", kind="share")],
                 id="share-noun-zhanbi-with-verb-after"),
    pytest.param("“十四五”前三年，全国能耗强度累计降低约7.3%。",
                 [E(-7.3, "%", period="2021/2023", base="period:2020", qualifier="approx")],
                 id="cumulative-change-over-a-plans-first-years"),
    pytest.param("该公司去年营收约合1.2万亿元人民币。",
                 [E("1.2e12", "元", metric="营收", qualifier="approx")],
                 id="approx-yuehe"),
    # a money deed at the end of a long story names the amount; 处以/顶格 are no part of a fine
    pytest.param("人工智能教母李飞飞领导的World Labs宣布筹资2.3亿美元。"
                 "三级子公司联动商务被国家外汇局北京分局罚没8470.84万元。证监会对普华永道处以顶格罚款2.97亿元。",
                 [E("2.3e8", "美元", metric="筹资"), E("8.47084e7", "元", metric="罚没"),
                  E("2.97e8", "元", metric="罚款")],
                 id="money-deeds-name-the-amount"),
    pytest.param("公司拟以自有资金回购股份，回购资金总额不低于5亿元、不超过10亿元。",
                 [E("5e8", "元", metric="回购资金总额", qualifier="over"),
                  E("1e9", "元", metric="回购资金总额", qualifier="under")],
                 id="at-least-and-at-most"),
    pytest.param("微软将参与OpenAI的65亿美元融资。公司获得一笔3亿元的订单。全市完成投资120亿元的项目。",
                 [E("6.5e9", "美元", metric="融资"), E("3e8", "元", metric="订单"), E("1.2e10", "元", metric="投资")],
                 id="money-named-by-the-noun-after-it"),
    pytest.param("该融资对OpenAI的估值为1500亿美元。",
                 [E("1.5e11", "美元", metric="估值", subject="OpenAI")],
                 id="valuation-of-a-named-company"),
    pytest.param("波音公司工人罢工，约3.3万人参与。全市年末常住人口1377.4万人。",
                 [E(33000, "人", metric="参与人数", qualifier="approx"), E(13774000, "人", metric="常住人口")],
                 id="people-who-took-part"),

    pytest.param("8月份，31个大城市城镇调查失业率为5.4%，5家企业营业收入超过100亿元。",
                 [E(5.4, "%", metric="大城市城镇调查失业率", kind="level"), NO(31), E(5, "家")],
                 id="count-that-scopes-a-rate-is-no-figure"),
    # --- qualifiers ---------------------------------------------------------------------------
    pytest.param("新股N中草换手率高达98%。",
                 [E(98, "%", kind="level", base=None, qualifier="over")],
                 id="qualifier-gaoda-is-no-rise"),
    pytest.param("沪指盘中跌破3000点。",
                 [E(3000, "点", kind="level", qualifier="under")],
                 id="qualifier-diepo-is-a-level-not-a-fall"),
    pytest.param("全年经济增长不低于5%。",
                 [E(5, "%", kind="growth_rate", qualifier="over")],
                 id="qualifier-budiyu-is-no-gap-and-no-fall"),
    pytest.param("全年实现旅游总收入约860亿元。",
                 [E("8.6e10", "元", metric_has="旅游", kind="level", qualifier="approx")],
                 id="qualifier-yue"),
    pytest.param("全年实现旅游总收入约为860亿元，接待游客约有1.2亿人次。",
                 [E("8.6e10", "元", metric_has="旅游", qualifier="approx"),
                  E("1.2e8", "人次", qualifier="approx")],
                 id="qualifier-yue-with-copula"),
    pytest.param("全年下来，预计医药工业总产值增长20%以上没有问题。",
                 [E(20, "%", metric="医药工业总产值", qualifier="over", modality="forecast")],
                 id="qualifier-yishang-before-verb"),
    pytest.param("项目建成后可带动就业近5万人。",
                 [E(50000, "人", metric_has="就业", qualifier="approx")],
                 id="qualifier-jin"),
    pytest.param("全市新能源汽车产量超过80万辆。",
                 [E(800000, "辆", metric_has="新能源汽车产量", qualifier="over")],
                 id="qualifier-chaoguo"),
    pytest.param("全年新登记市场主体12万余户。",
                 [E(120000, "户", metric_has="市场主体", qualifier="over")],
                 id="qualifier-yu"),
    pytest.param("全市新增上市公司8家左右。",
                 [E(8, "家", metric_has="上市公司", qualifier="approx")],
                 id="qualifier-zuoyou"),
    pytest.param("小微企业贷款不良率不足2%。",
                 [E(2, "%", metric_has="不良率", qualifier="under")],
                 id="qualifier-buzu"),
    pytest.param("全年吸引社会资本逾百亿元。",
                 [E("1e10", "元", metric_has="社会资本", qualifier="over")],
                 id="qualifier-yu-chinese-bai"),
    pytest.param("全市地区生产总值突破2万亿元。",
                 [E("2e12", "元", metric_has="地区生产总值", qualifier="over")],
                 id="qualifier-tupo"),
    pytest.param("全市累计培育科技型中小企业1000多家。",
                 [E(1000, "家", metric_has="科技型中小企业", qualifier="over")],
                 id="qualifier-duo"),
    pytest.param("外资企业进出口增长不到1%。",
                 [E(1, "%", metric_has="外资企业进出口", kind="growth_rate", qualifier="under")],
                 id="qualifier-budao"),
    pytest.param("全市城镇调查失业率控制在5.5%以下。",
                 [E(5.5, "%", metric_has="城镇调查失业率", qualifier="under")],
                 id="qualifier-yixia"),
    pytest.param("全年粮食播种面积接近1500万亩。",
                 [E(15000000, "亩", metric_has="播种面积", qualifier="approx")],
                 id="qualifier-jiejin"),

    pytest.param("上半年即使物价没有任何新的上涨，CPI也会有3.7%的涨幅。",
                 [E(3.7, "%", metric="CPI", kind="growth_rate", base="yoy")],
                 id="growth-rate-named-after-the-figure"),
    # --- doublings, ratios, exchange-rate quotes ----------------------------------------------
    pytest.param("从判断生猪饲养盈利水平的猪粮比价来看，正常情况下6∶1为盈亏平衡，但去年6月初下降到4.76∶1。",
                 [E(4.76, "", metric="猪粮比价", kind="level", period="2024-06"), NO(6)],
                 id="ratio-named-by-the-view-and-no-break-even-line"),
    pytest.param("全市地区生产总值比2010年翻一番。",
                 [E(1, "倍", metric_has="地区生产总值", kind="growth_rate", base="period:2010")],
                 id="doubling-fan-yi-fan"),
    pytest.param("城乡居民收入比2020年翻两番。",
                 [E(3, "倍", metric_has="居民收入", kind="growth_rate")],
                 id="doubling-fan-liang-fan"),
    pytest.param("三次产业结构调整为9.1：36.2：54.7。",
                 [E(9.1, "%", metric="第一产业比重", kind="share"), E(36.2, "%", metric="第二产业比重", kind="share"),
                  E(54.7, "%", metric="第三产业比重", kind="share")],
                 id="ratio-three-industries"),
    pytest.param("城乡居民收入比缩小到2.3：1。",
                 [E(2.3, "", metric_has="城乡居民收入比", kind="level")],
                 id="ratio-to-one"),
    pytest.param("在岸人民币收市报7.2516兑1美元。",
                 [E(7.2516, "", metric_has="兑美元", kind="level"), NO(1, "美元")],
                 id="fx-quote-pair"),
    # --- periods spread over a list, weeks, views ----------------------------------------------
    pytest.param("前3个月，全市出口分别增长3.1%、4.2%和5.3%。",
                 [E(3.1, "%", period="2025-01"), E(4.2, "%", period="2025-02"), E(5.3, "%", period="2025-03")],
                 id="period-months-of-a-cumulative-list"),
    pytest.param("美国至8月10日当周初请失业金人数为22.7万人。",
                 [E(227000, "人", metric_has="初请失业金人数", period="2025-08-04/2025-08-10")],
                 id="period-week-ending"),
    pytest.param("从环比看，8月份全市固定资产投资下降0.18%。",
                 [E(-0.18, "%", metric_has="固定资产投资", base="prev", period="2025-08")],
                 id="base-from-a-view-clause"),
    # --- ranges -------------------------------------------------------------------------------
    pytest.param("新增城镇就业介于10万至12万人之间。",
                 [E(100000, "人", metric="新增城镇就业", value_max=120000)],
                 id="range-between-is-no-noun"),
    pytest.param("全市地区生产总值增长5%-6%。",
                 [E(5, "%", metric_has="地区生产总值", kind="growth_rate", value_max=6)],
                 id="range-percent-dash"),
    pytest.param("全市地区生产总值增长约5%至近6%。",
                 [E(5, "%", metric_has="地区生产总值", kind="growth_rate", value_max=6, qualifier="approx")],
                 id="range-with-approximate-upper-end"),
    pytest.param("全年规上工业增加值增长6-7%。",
                 [E(6, "%", metric="规模以上工业增加值", kind="growth_rate", value_max=7)],
                 id="range-percent-once"),
    pytest.param("社会消费品零售总额增长6%～7%。",
                 [E(6, "%", metric_has="社会消费品零售总额", value_max=7)],
                 id="range-fullwidth-tilde"),
    pytest.param("高新技术产业增加值增速高于规上工业5至8个百分点。",
                 [E(5, "pp", metric_has="高新技术产业", kind="gap", value_max=8,
                    base="metric:规模以上工业增加值")],
                 id="range-pp-zhi"),
    pytest.param("单个项目给予3000万至5000万元奖励。",
                 [E(30000000, "元", value_max=50000000)],
                 id="range-wan-yuan"),
    pytest.param("全年新增城镇就业20万至22万人。",
                 [E(200000, "人", metric_has="就业", value_max=220000)],
                 id="range-wan-ren"),
    pytest.param("规模以上工业增加值增长7.2%。",
                 [E(7.2, "%", value_max=None)],
                 id="range-none-for-single-value"),

    # --- modality: targets and forecasts ------------------------------------------------------
    pytest.param("今年全市地区生产总值预期目标增长5.5%左右。",
                 [E(5.5, "%", metric_has="地区生产总值", kind="growth_rate", modality="target", qualifier="approx",
                    period="2025")],
                 id="modality-expected-target"),
    pytest.param("今年经济社会发展的主要预期目标是：城镇新增就业25万人以上，居民消费价格涨幅3%左右。",
                 [E(250000, "人", metric_has="就业", modality="target", qualifier="over"),
                  E(3, "%", metric_has="居民消费价格", modality="target", qualifier="approx")],
                 id="modality-target-list"),
    pytest.param("力争规模以上工业增加值增长8%以上。",
                 [E(8, "%", metric="规模以上工业增加值", modality="target", qualifier="over")],
                 id="modality-lizheng"),
    pytest.param("计划完成固定资产投资3000亿元。",
                 [E("3e11", "元", metric_has="固定资产投资", kind="level", modality="target")],
                 id="modality-jihua"),
    pytest.param("今年主要预期目标是：单位地区生产总值能耗降低2.5%左右。",
                 [E(-2.5, "%", metric_has="能耗", kind="growth_rate", qualifier="approx", modality="target")],
                 id="modality-energy-intensity-down"),
    pytest.param("力争全市地区生产总值增长5%-6%。",
                 [E(5, "%", metric_has="地区生产总值", value_max=6, modality="target")],
                 id="modality-target-range"),
    pytest.param("预计全年社会消费品零售总额增长6%。",
                 [E(6, "%", metric_has="社会消费品零售总额", kind="growth_rate", modality="forecast",
                    period="2025")],
                 id="modality-yuji"),
    pytest.param("全年汽车产量有望突破100万辆。",
                 [E(1000000, "辆", metric_has="汽车产量", modality="forecast", qualifier="over")],
                 id="modality-youwang"),
    pytest.param("机构预测，四季度出口增速或将回落至3%左右。",
                 [E(3, "%", metric_has="出口", modality="forecast", qualifier="approx", period="2025-Q4")],
                 id="modality-huojiang"),
    pytest.param("力争到2027年，数字经济核心产业增加值占地区生产总值比重达到12%。",
                 [E(12, "%", metric_has=("数字经济", "比重"), kind="share", modality="target", period="2027")],
                 id="modality-plan-year-ahead"),
    pytest.param("上半年，全市规模以上工业增加值实际增长6.6%。",
                 [E(6.6, "%", modality=None)],
                 id="modality-none-reported"),

    # --- periods ------------------------------------------------------------------------------
    pytest.param("原料药出口价格从2010年3月的16.45美元/公斤，下降到今年4月的14.74美元/公斤，降幅为10.4%。",
                 [E(16.45, "美元/公斤", period="2010-03"), E(14.74, "美元/公斤", period="2025-04"),
                  E(-10.4, "%", kind="growth_rate", period="2025-04", base="period:2010-03")],
                 id="period-a-move-from-a-dated-figure-is-against-it"),
    pytest.param("全市人口由2010年的100万人增加到今年的120万人，增长20%；同比增长1.2%。",
                 [E(20, "%", base="period:2010"), E(1.2, "%", base="yoy")],
                 id="period-stated-base-beats-the-starting-figure"),
    pytest.param("2024年和2023年的风险均下行；预计在今年十月或十二月再降息25个基点。",
                 [E(-25, "基点", period="2025-12")],
                 id="period-bare-month-after-this-year-is-this-years"),
    pytest.param("万科公布了2011年度中期报告，公司上半年实现营业收入199.9亿元。",
                 [E("1.999e10", "元", period="2011-H1")],
                 id="period-bare-half-after-a-named-year"),
    pytest.param("全年出口额是上年的1.5倍，进口额增长1.2倍。",
                 [E(1.5, "倍", period="2025"), E(1.2, "倍", kind="growth_rate", period="2025")],
                 id="period-a-multiple-of-last-year-is-this-years"),
    pytest.param("CPI涨幅从上月的0.5%升至0.6%。",
                 [E(0.5, "%", kind="growth_rate", period=None), E(0.6, "%", kind="growth_rate", period="2025")],
                 id="period-last-month-unknown-in-a-year-and-a-rate-rose-to"),
    pytest.param("乘联会数据显示，8月，全国乘用车市场零售190.5万辆，同比下降1.0%；今年以来累计零售1330.5万辆，同比增长2.1%。"
                 "新能源车市场零售102.7万辆，同比增长43.9%。",
                 [E(1905000, "辆", period="2025-08"), E(13305000, "辆", period="2025-01/2025-08"),
                  E(2.1, "%", period="2025-01/2025-08", base="yoy"), E(1027000, "辆", period="2025-08")],
                 id="period-year-to-date-of-the-month-reported"),
    pytest.param("上半年，全市规上工业增加值增长6%，今年以来累计完成投资1200亿元。",
                 [E("1.2e11", "元", period="2025-H1")],
                 id="period-year-to-date-of-a-half"),
    pytest.param("9月10日，两市成交额5479亿元，较上一交易日缩量208亿元。",
                 [E("5.479e11", "元", kind="level", period="2025-09-10"),
                  E("-2.08e10", "元", kind="change", base="prev")],
                 id="turnover-shrank-against-the-day-before"),
    pytest.param("出口价格从2010年3月的16.45美元/公斤下降到今年4月的14.74美元/公斤。",
                 [E(16.45, "美元/公斤", period="2010-03"), E(14.74, "美元/公斤", period="2025-04")],
                 id="period-from-start-figure"),
    pytest.param("投资增速由一季度的5.1%提高到上半年的6.2%。",
                 [E(5.1, "%", period="2025-Q1"), E(6.2, "%", period="2025-H1")],
                 id="period-from-start-rate"),
    pytest.param("美国9月消费者信心指数从8月的67.9升至69。",
                 [E(67.9, "", period="2025-08"), E(69, "", period="2025-09")],
                 id="period-from-start-only-first-figure"),
    pytest.param("1-8月份，全市规模以上工业增加值增长6.2%，固定资产投资增长3.1%，社会消费品零售总额增长5.5%。",
                 [E(6.2, "%", metric_has="工业增加值", period="2025-01/2025-08"),
                  E(3.1, "%", metric_has="固定资产投资", period="2025-01/2025-08"),
                  E(5.5, "%", metric_has="社会消费品零售总额", period="2025-01/2025-08")],
                 id="period-leading-months-governs-clauses"),
    pytest.param("1-8月份，全市一般公共预算收入1263.4亿元，增长3.2%。其中，税收收入956.1亿元，增长2.1%。",
                 [E("9.561e10", "元", metric_has="税收收入", period="2025-01/2025-08"),
                  E(2.1, "%", metric_has="税收收入", period="2025-01/2025-08")],
                 id="period-governs-next-sentence"),
    pytest.param("一季度，全市地区生产总值4986.3亿元。",
                 [E("4.9863e11", "元", period="2025-Q1")],
                 id="period-quarter"),
    pytest.param("第三季度，全省规上工业增加值增长6.0%。",
                 [E(6.0, "%", period="2025-Q3")],
                 id="period-di-san-jidu"),
    pytest.param("前三季度，全市固定资产投资增长4.4%。",
                 [E(4.4, "%", period="2025-01/2025-09")],
                 id="period-first-three-quarters"),
    pytest.param("1-6月，全市社会消费品零售总额增长5.0%。",
                 [E(5.0, "%", period="2025-H1")],
                 id="period-months-equal-half"),
    pytest.param("1-3月份，全市规上工业增加值增长6.4%。",
                 [E(6.4, "%", period="2025-Q1")],
                 id="period-months-equal-quarter"),
    pytest.param("1-12月，全市固定资产投资增长2.2%。",
                 [E(2.2, "%", period="2025")],
                 id="period-months-equal-year"),
    pytest.param("4-6月，全市出口增长9.2%。",
                 [E(9.2, "%", period="2025-Q2")],
                 id="period-months-equal-q2"),
    pytest.param("下半年，全市工业投资增长10.5%。",
                 [E(10.5, "%", period="2025-H2")],
                 id="period-second-half"),
    pytest.param("8月份，全市社会消费品零售总额增长4.7%。",
                 [E(4.7, "%", period="2025-08")],
                 id="period-month"),
    pytest.param("6月末，全市金融机构本外币存款余额3.2万亿元。",
                 [E("3.2e12", "元", metric_has="存款余额", kind="level", period="2025-06-30")],
                 id="period-month-end"),
    pytest.param("二季度末，全市科技型企业贷款余额1562亿元。",
                 [E("1.562e11", "元", period="2025-06-30")],
                 id="period-quarter-end"),
    pytest.param("截至6月底，全市累计建成充电桩12.3万个。",
                 [E(123000, "个", metric_has="充电桩", period="2025-06-30")],
                 id="period-month-end-di"),
    pytest.param("上半年末，全市经营主体总量达到186.7万户。",
                 [E(1867000, "户", period="2025-06-30")],
                 id="period-half-year-end"),
    pytest.param("年末全市常住人口1382.5万人。",
                 [E(13825000, "人", period="2025-12-31")],
                 id="period-year-end"),
    pytest.param("截至上年末，全市累计建成5G基站4.2万个。",
                 [E(42000, "个", metric_has="基站", period="2024-12-31"), NO(5)],
                 id="period-last-year-end"),
    pytest.param("去年全市地区生产总值增长5.2%。",
                 [E(5.2, "%", period="2024")],
                 id="period-qunian"),
    pytest.param("上年全市城镇居民人均可支配收入增长4.5%。",
                 [E(4.5, "%", period="2024")],
                 id="period-shangnian"),
    pytest.param("今年一季度，全市规模以上装备制造业增加值增长14.6%。",
                 [E(14.6, "%", period="2025-Q1")],
                 id="period-jinnian-quarter"),
    pytest.param("2024年，全市规上工业增加值增长7.1%。",
                 [E(7.1, "%", period="2024")],
                 id="period-explicit-year-beats-reference"),
    pytest.param("“十四五”时期，全市地区生产总值年均增长6.1%。",
                 [E(6.1, "%", metric_has="地区生产总值", period="2021/2025")],
                 id="period-five-year-plan"),
    pytest.param("2021-2025年，全市累计完成固定资产投资3.8万亿元。",
                 [E("3.8e12", "元", period="2021/2025")],
                 id="period-year-range"),
    pytest.param("8月份，城镇调查失业率由上月的5.3%下降至5.2%。",
                 [E(5.3, "%", kind="level", period="2025-07"),
                  E(5.2, "%", kind="level", period="2025-08")],
                 id="period-before-after-two-levels"),

    # --- metric names: a noun phrase, without modality, qualifier or verb words --------------
    pytest.param("首页\n\t行业资讯\n\t8月汽车产销分别完成249.2万辆和245.3万辆",
                 [E(2492000, "辆", metric="汽车产量", period="2025-08")],
                 id="metric-not-the-menu-line-above-a-dated-title"),
    pytest.param("实质本地生产总值在2024年第三季较一年前同期上升1.8%，而第二季则修订为上升3.2%。",
                 [E(3.2, "%", metric="本地生产总值", period="2024-Q2")],
                 id="metric-not-the-revision"),
    pytest.param("政府把2024年全年的经济增长预测由2.5%至3.5%收窄至2.5%。",
                 [E(2.5, "%", metric="地区生产总值", value_max=3.5, modality="forecast")],
                 id="metric-not-who-moves-it"),
    pytest.param("国庆节假期7天全国国内出游7.65亿人次，按可比口径同比增长5.9%，较2019年同期增长10.2%。",
                 [E(765000000, "人次", metric="国内出游", subject="全国"),
                  E(5.9, "%", metric="国内出游", base="yoy"), E(10.2, "%", base="period:2019")],
                 id="metric-not-the-holiday"),
    pytest.param("全年物价上涨2%，出口物价下降1.4%。",
                 [E(2, "%", metric="物价", kind="growth_rate", base="yoy"),
                  E(-1.4, "%", metric="出口物价", kind="growth_rate")],
                 id="metric-word-that-ends-in-a-move"),
    pytest.param("我市的农民专业合作社由十年前的不足百个发展到目前的1735个，其中现代农机专业合作社128个。",
                 [E(1735, "个", metric="农民专业合作社", kind="level"),
                  E(100, "个", metric="农民专业合作社", qualifier="under")],
                 id="metric-grew-from-one-count-to-another"),
    pytest.param("1-7月，全国一般公共预算收入135663亿元，同比下降2.6%，扣除特殊因素影响后可比增长1%左右。",
                 [E(1, "%", metric="一般公共预算收入", kind="growth_rate", qualifier="approx")],
                 id="metric-not-the-adjustment"),
    pytest.param("全年全市地区生产总值按可比价格计算增长5.2%。",
                 [E(5.2, "%", metric="地区生产总值")],
                 id="metric-not-comparable-prices"),
    pytest.param("全年粮食产量有望达到300万吨。",
                 [E(3000000, "吨", metric="粮食产量", modality="forecast")],
                 id="metric-without-youwang"),
    pytest.param("计划完成工业投资1200亿元。",
                 [E("1.2e11", "元", metric="工业投资", modality="target")],
                 id="metric-without-jihua"),
    pytest.param("全市地区生产总值预期目标增长6%左右。",
                 [E(6, "%", metric="地区生产总值", modality="target")],
                 id="metric-without-mubiao"),
    pytest.param("全市不良贷款率不足1.5%。",
                 [E(1.5, "%", metric="不良贷款率", qualifier="under")],
                 id="metric-without-buzu"),
    pytest.param("全市银行业不良贷款率控制在1.2%以下。",
                 [E(1.2, "%", metric_has="不良贷款率", qualifier="under"), E(1.2, "%", metric="银行业不良贷款率")],
                 id="metric-without-kongzhi"),
    pytest.param("全市规上工业增加值实际增长6.6%。",
                 [E(6.6, "%", metric="规模以上工业增加值")],
                 id="metric-without-shiji"),
    pytest.param("全省进出口总值首次突破7000亿元，居中部第一。",
                 [E("7e11", "元", metric="进出口总值", qualifier="over"),
                  E(1, "rank", metric_has="进出口总值", base="entity:中部")],
                 id="metric-without-shouci"),
    pytest.param("全年新增12家境内外上市公司。",
                 [E(12, "家", metric_has="上市公司", kind="level")],
                 id="metric-after-the-number"),
    pytest.param("全年全市税收收入中，民营经济纳税占比达72.4%。",
                 [E(72.4, "%", metric_has="民营经济纳税", metric_any=("占比", "比重"), kind="share")],
                 id="metric-share-named-as-share"),
    pytest.param("全市新能源汽车产量增长32.5%。",
                 [E(32.5, "%", metric="新能源汽车产量", subject="武汉")],
                 id="metric-not-split-into-subject"),

    pytest.param("持续夯实制造业创新中心体系，已形成2家国家级、7家省级，12家省级培育。",
                 [E(2, "家", metric="国家级制造业创新中心"), E(7, "家", metric="省级制造业创新中心"),
                  E(12, "家", metric="省级培育制造业创新中心")],
                 id="metric-grade-counts-the-thing-named-before"),
    pytest.param("贵州省发改委组织申报2024年第一批全国重点民间投资项目，总投资1847.04亿元。",
                 [E("1.8470400e11", "元", metric="全国重点民间投资项目总投资")],
                 id="metric-attribute-of-named-projects"),
    # --- subjects -----------------------------------------------------------------------------
    pytest.param("已形成2家国家级、7家省级（全省10家），12家省级培育（全省19家）。",
                 [E(10, "家", subject="全省"), E(12, "家", subject="武汉"), E(19, "家", subject="全省")],
                 id="subject-in-brackets-stays-there"),
    pytest.param("全国规模以上工业增加值同比增长5.7%。",
                 [E(5.7, "%", subject="全国")],
                 id="subject-national-named"),
    pytest.param("根据统一核算结果，前三季度，全省实现地区生产总值15432.6亿元，同比增长5.3%。"
                 "分产业看，第一产业增加值312.4亿元，增长3.1%。",
                 [E("3.124e10", "元", metric="第一产业增加值", subject="全省"), E(3.1, "%", subject="全省")],
                 id="subject-named-mid-paragraph-carries-on"),
    pytest.param("汇丰控股公布，上半年除税前利润按年跌0.1%至211.5亿美元，并宣布回购最多30亿美元股份。",
                 [E("2.115e10", "美元", metric="除税前利润", subject="汇丰控股", period="2025-H1"),
                  E(-0.1, "%", subject="汇丰控股"),
                  E("3e9", "美元", subject="汇丰控股", qualifier="under")],
                 id="subject-a-firm-announcing-its-results"),
    pytest.param("中国海外去年盈利156.4亿元人民币，按年跌约39%。",
                 [E("1.564e10", "元", metric="盈利", subject="中国海外"), E(-39, "%", subject="中国海外")],
                 id="subject-firm-named-after-a-country-reporting-results"),
    pytest.param("大酒店去年由盈转亏，亏损9.43亿元；前年盈利1.46亿元。",
                 [E("9.43e8", "元", subject="大酒店"), E("1.46e8", "元", subject="大酒店")],
                 id="subject-firm-whose-results-turned"),
    pytest.param("大酒店去年转蚀9.4亿元，基本亏损约1.8亿元。",
                 [E("9.4e8", "元", metric="亏损", subject="大酒店"), E("1.8e8", "元", metric="基本亏损")],
                 id="metric-a-turn-to-loss-is-a-loss"),
    pytest.param("8月份，国有控股企业增加值同比增长3.6%；股份制企业增长4.6%。",
                 [E(3.6, "%", metric="国有控股企业增加值", subject="武汉"), E(4.6, "%", subject="武汉")],
                 id="subject-not-an-ownership-type"),
    pytest.param("二、前八个月人民币贷款增加14.43万亿元",
                 [E("1.443e13", "元", subject="武汉", period="2025-01/2025-08")],
                 id="subject-not-a-heading-number"),
    pytest.param("全省规上工业增加值增长6.1%。",
                 [E(6.1, "%", subject="全省")],
                 id="subject-province-named"),
    pytest.param("湖北省地区生产总值增长5.8%。",
                 [E(5.8, "%", metric_has="地区生产总值", subject=("湖北省", "湖北"))],
                 id="subject-province-by-name"),
    pytest.param("全市规上工业增加值增长6.9%。",
                 [E(6.9, "%", subject="武汉")],
                 id="subject-city-inherits-document"),
    pytest.param("前7个月，我国货物贸易进出口总值25.7万亿元，同比增长3.5%。",
                 [E("2.57e13", "元", metric_has="进出口", subject=("我国", "全国", "中国"),
                    period="2025-01/2025-07"),
                  E(3.5, "%", metric_has="进出口", base="yoy")],
                 id="subject-woguo-customs"),
    pytest.param("预计全年规上工业增加值增长7%左右。",
                 [E(7, "%", metric="规模以上工业增加值", subject="武汉", modality="forecast")],
                 id="subject-not-a-modality-word"),
    pytest.param("二季度末，全市科技型企业贷款余额增长18.3%。",
                 [E(18.3, "%", metric_has="科技型企业贷款余额", subject="武汉", period="2025-06-30")],
                 id="subject-not-cut-from-metric-after-period"),
    pytest.param("华工科技上半年实现营业收入67.8亿元，同比增长21.4%。",
                 [E("6.78e9", "元", metric_has="营业收入", subject="华工科技", period="2025-H1"),
                  E(21.4, "%", metric_has="营业收入", subject="华工科技", base="yoy")],
                 id="subject-company-results"),

    # --- company results ----------------------------------------------------------------------
    pytest.param("报告期内，公司实现归属于上市公司股东的净利润9.8亿元，同比增长35.2%。",
                 [E(980000000, "元", metric_has="净利润", kind="level"),
                  E(35.2, "%", metric_has="净利润", kind="growth_rate", base="yoy")],
                 id="results-net-profit"),
    pytest.param("公司综合毛利率为23.5%，比上年同期提高1.8个百分点。",
                 [E(23.5, "%", metric_has="毛利率", kind="level"),
                  E(1.8, "pp", metric_has="毛利率", kind="change", base="yoy")],
                 id="results-margin-level-and-change"),

    # --- market briefs ------------------------------------------------------------------------
    pytest.param("美东时间8月14日，美股三大指数集体收涨。道指涨0.31%报44922.27点，纳指跌0.12%报21683.45点。",
                 [E(0.31, "%", metric_has="道指", kind="growth_rate", base="prev", period="2025-08-14"),
                  E(44922.27, "点", metric_has="道指", kind="level", period="2025-08-14"),
                  E(-0.12, "%", metric_has="纳指", kind="growth_rate", base="prev", period="2025-08-14"),
                  E(21683.45, "点", metric_has="纳指", kind="level")],
                 id="market-us-indices"),
    pytest.param("8月15日，恒生指数收跌1.2%，报25270.07点。",
                 [E(-1.2, "%", metric_has="恒生指数", kind="growth_rate", base="prev", period="2025-08-15")],
                 id="market-hang-seng-fall"),
    pytest.param("南向资金净买入66.35亿港元，盈富基金获净买入25.59亿港元居首，美团-W遭净卖出2.11亿港元最多。",
                 [E("6.635e9", "港元", metric="南向资金净买入"),
                  E("2.559e9", "港元", metric="南向资金净买入额", subject="盈富基金"),
                  E(1, "rank", metric="南向资金净买入额", subject="盈富基金"),
                  E("2.11e8", "港元", metric="南向资金净卖出额", subject="美团-W")],
                 id="market-stock-flow-subject"),
    pytest.param("阿里巴巴再获加仓13.17亿港元。",
                 [E("1.317e9", "港元", metric="加仓额", subject="阿里巴巴")],
                 id="market-stock-flow-no-fund-named"),
    # a setting moved from one value to another keeps its name for both
    pytest.param("逐步将男职工的法定退休年龄从原60周岁延迟到63周岁。",
                 [E(60, "周岁", metric="男职工法定退休年龄"), E(63, "周岁", metric="男职工法定退休年龄")],
                 id="setting-moved-from-to"),
    pytest.param("将最低工资标准从2000元调整为2200元，原油产量增长5%。",
                 [E(2200, "元", metric="最低工资标准"), E(5, "%", metric="原油产量")],
                 id="setting-adjusted-to"),
    # a count followed by what the counted things did
    pytest.param("沪深北三市共有5130家公司召开了2023年度业绩说明会。",
                 [E(5130, "家", metric="召开业绩说明会的公司数量")],
                 id="count-of-things-that-did-something"),
    pytest.param("全天逾4000只个股下跌，全市共有120家企业参加展会。",
                 [E(4000, "只", metric="下跌的个股数量", qualifier="over"),
                  E(120, "家", metric="参加展会的企业数量")],
                 id="count-of-falling-stocks-and-exhibitors"),
    # a count before its noun measures how many of that noun there are
    pytest.param("全国高速公路服务区已累计建成2.72万台充电桩。",
                 [E(27200, "台", metric="充电桩数量")],
                 id="count-names-the-number-of-its-noun"),
    pytest.param("以色列航空公司同意购买20架737 MAX飞机，问题共涉及564节车厢。",
                 [E(20, "架", metric_has="737MAX飞机数量"), E(564, "节", metric="车厢数量")],
                 id="count-noun-with-model-number"),
    pytest.param("夯实制造业创新中心体系，已形成2家国家级、7家省级。",
                 [E(2, "家", metric="国家级制造业创新中心"), E(7, "家", metric="省级制造业创新中心")],
                 id="count-of-a-grade-names-the-thing-not-a-number"),
    pytest.param("北京、上海、广州、深圳、杭州这五个核心城市上半年商品住宅成交面积较2010年同期下降3.8%。",
                 [E(-3.8, "%", metric="核心城市商品住宅成交面积", period="2025-H1")],
                 id="prose-count-of-a-list-scopes-the-metric"),
    pytest.param("全年新增规模以上工业企业12家，新开工项目8个。",
                 [E(12, "家"), E(8, "个")],
                 id="counts-in-digits-stay-even-when-small"),
    # a price set against another: its premium or discount, a gap against that price
    pytest.param("四家银行A股发行价，较上星期五收市溢价约9%至近22%。",
                 [E(9, "%", value_max=22, metric="银行A股发行价溢价", kind="gap", base="metric:上星期五收市价",
                    qualifier="approx")],
                 id="premium-over-closing-price-range"),
    pytest.param("配售价较前一交易日收市价折让约8.5%。",
                 [E(8.5, "%", metric="配售价折让", kind="gap", base="metric:前一交易日收市价")],
                 id="discount-to-closing-price"),
    # items of a list that hold the shared head already name themselves
    pytest.param("存款总额及港元存款分别上升2.7%及3.4%。",
                 [E(2.7, "%", metric="存款总额"), E(3.4, "%", metric="港元存款")],
                 id="list-item-holding-the-head"),
    # a balance grows since the end of last year; a flow against the same months a year before
    pytest.param("1-2月，人民币贷款余额增长5%，全市出口增长6%。",
                 [E(5, "%", base="period:2024-12-31"), E(6, "%", base="yoy")],
                 id="balance-since-year-end-flow-yoy"),
    # the size a fall has come to is a fall; a narrowing by points is a rise of the rate
    pytest.param("1-8月，全市规上工业利润降幅收窄至1.2%。",
                 [E(-1.2, "%", metric="规模以上工业利润", kind="growth_rate", base="yoy")],
                 id="fall-narrowed-to-is-negative"),
    pytest.param("恒生指数今早低开逾200点后，跌幅一度收窄至不足30点。",
                 [E(-200, "点", kind="change", qualifier="over"), E(-30, "点", kind="change", qualifier="under")],
                 id="index-fall-narrowed-to-points"),
    # an index closing lower by points; when in the session is no part of the metric
    pytest.param("恒指低收307点，恒指下午开市后跌逾300点。",
                 [E(-307, "点", metric="恒指", kind="change", base="prev"),
                  E(-300, "点", metric="恒指", kind="change", qualifier="over")],
                 id="index-closes-lower-time-of-day-dropped"),
    # 赚 is what a company earned: its profit
    pytest.param("公司上半年赚了12亿元，大新金融去年少赚5%。",
                 [E("1.2e9", "元", metric="盈利"), E(-5, "%", metric="盈利", subject="大新金融", kind="growth_rate")],
                 id="earned-is-profit"),
    # parts of a count in money are the amounts of those things; a share in 成 is no count
    pytest.param("广东省将发行2只离岸人民币地方政府债券，其中2年期15亿元，3年期10亿元。",
                 [E(2, "只", metric="离岸人民币地方政府债券数量"),
                  E("1.5e9", "元", metric="2年期离岸人民币地方政府债券规模"),
                  E("1e9", "元", metric="3年期离岸人民币地方政府债券规模")],
                 id="money-parts-of-a-count"),
    pytest.param("今年以来，已有逾1200家私募基金管理人被注销，其中，近六成为协会强制注销。",
                 [E(1200, "家", metric="私募基金管理人被注销数量", qualifier="over"),
                  E(60, "%", metric="协会强制注销占比", kind="share", qualifier="approx")],
                 id="share-of-a-count-in-cheng"),
    # figures for other periods in brackets: each item says its own, a base list is no period
    pytest.param("上半年，全市固定资产投资同比增长2%，增速比同期和去年全年均有较大幅度提升（同期为下降31.9%、去年全年下降39.7%）。",
                 [E(2, "%", period="2025-H1"), E(-31.9, "%", period="2024-H1", kind="growth_rate"),
                  E(-39.7, "%", period="2024", kind="growth_rate")],
                 id="bracket-items-each-with-own-period"),
    pytest.param("上半年，全市投资增长2%（同期分别为3.2%、4.5%）。",
                 [E(3.2, "%", period="2024-H1", kind="growth_rate", base="yoy"),
                  E(4.5, "%", period="2024-H1", kind="growth_rate")],
                 id="same-period-last-year-bare-rates-are-rates"),
    # a period said of one figure after others holds until the part ends (；), and governs nothing after
    pytest.param("英国第二季度GDP初值同比升0.9%，第一季度终值升0.3%；环比升0.6%。",
                 [E(0.9, "%", period="2025-Q2"), E(0.3, "%", period="2025-Q1"), E(0.6, "%", period="2025-Q2")],
                 id="period-of-one-figure-ends-at-semicolon"),
    pytest.param("国家统计局7月9日发布，6月份食品类价格同比上涨14.4%;烟酒类价格同比上涨2.7%。",
                 [E(14.4, "%", period="2025-06"), E(2.7, "%", period="2025-06")],
                 id="period-after-a-reporting-clause-leads"),
    # a holding changed in a month, a rate moved in basis points: against the step before
    pytest.param("日本6月所持美国国债减少106亿美元，至1.1万亿美元。中国6月所持美债增加119亿美元。",
                 [E("-1.06e10", "美元", kind="change", base="prev"), E("1.1e12", "美元", kind="level"),
                  E("1.19e10", "美元", kind="change", base="prev")],
                 id="holding-change-in-a-month"),
    pytest.param("俄罗斯央行宣布，将基准利率提高100个基点至19%。",
                 [E(100, "基点", metric="基准利率", kind="change", base="prev"), E(19, "%", kind="level")],
                 id="rate-moved-in-basis-points"),
    # how many things moved is a count, and its change a change of the count
    pytest.param("7月份，当月新建商品住宅销售价格环比上涨城市数量为2个，比上月减少2个。",
                 [E(2, "个", metric="新建商品住宅销售价格环比上涨城市数量", kind="level", base=None),
                  E(-2, "个", metric="新建商品住宅销售价格环比上涨城市数量", kind="change", base="prev")],
                 id="count-of-things-that-moved"),
    pytest.param("70个大中城市中，新建商品住宅销售价格环比下降的城市有67个，二手住宅价格同比下降的城市有70个。",
                 [E(67, "个", metric="新建商品住宅销售价格环比下降城市数量", kind="level", base=None),
                  E(70, "个", metric="二手住宅价格同比下降城市数量", kind="level")],
                 id="count-of-things-that-moved-noun-after-de"),
    pytest.param("契税等6个税种实现增长，合计增收2.5亿元；耕地占用税等7个税种负增长，合计减收5.5亿元。",
                 [E("2.5e8", "元", metric="实现增长的税种收入", kind="change", base="yoy"),
                  E("-5.5e8", "元", metric="负增长的税种收入", kind="change", base="yoy")],
                 id="revenue-gained-or-lost-by-a-group"),
    # the same period of an earlier year: yoy for last year, that period otherwise
    pytest.param("上半年商品住宅成交面积较2024年同期下降3.8%，较2023年同期下降54.1%。",
                 [E(-3.8, "%", base="yoy"), E(-54.1, "%", base="period:2023-H1")],
                 id="same-period-of-a-named-year"),
    # points above another indicator's rate: a gap against that indicator; a place stays an entity
    pytest.param("8月末社会融资规模存量同比增长8.1%，比上半年名义GDP增速高约4个百分点。",
                 [E(4, "pp", kind="gap", base="metric:名义GDP增速", qualifier="approx")],
                 id="gap-against-another-indicator"),
    pytest.param("全市规上工业增加值增长7.2%，比一季度高1.2个百分点，比全国平均增速低0.5个百分点。",
                 [E(1.2, "pp", kind="change", base="period:2025-Q1"), E(-0.5, "pp", kind="gap", base="entity:全国")],
                 id="gap-against-a-place-stays-entity"),
    # counts of a group and of those in it that grew; the share that grew is the group's
    pytest.param("在全市35个行业大类中，23个行业增加值同比增长；制造业涵盖的31个行业中，21个行业实现增长，增长面67.7%。",
                 [E(23, "个", metric="实现增长的行业数"), E(31, "个", metric="制造业行业数量"),
                  E(67.7, "%", metric="行业增长面", kind="share")],
                 id="group-counts-and-growth-breadth"),
    # company results: a firm named after a place is the firm; a margin is the firm's or its segment's
    pytest.param("贵州茅台发布2024年年报，公司实现营业总收入1741.44亿元，同比增长15.71%。",
                 [E("1.74144e11", "元", subject="贵州茅台"), E(15.71, "%", subject="贵州茅台")],
                 id="firm-named-after-a-place"),
    pytest.param("湖北省统计局发布，GDP增长5.8%。",
                 [E(5.8, "%", metric="GDP", subject="湖北省")],
                 id="publisher-named-after-a-place-is-the-place"),
    pytest.param("比亚迪上半年净利润136.31亿元，毛利率为18.78%；汽车业务收入2283亿元，毛利率22%。",
                 [E(18.78, "%", metric="毛利率"), E(22, "%", metric="汽车业务毛利率")],
                 id="margin-of-the-firm-or-its-segment"),
    pytest.param("公司拟每10股派发现金红利276.24元（含税）。",
                 [E(276.24, "元"), NO(10, "股")],
                 id="per-ten-shares-is-no-figure"),
    # central banks move their policy rate against the one before
    pytest.param("菲律宾央行意外降息25个基点。",
                 [E(-25, "基点", metric="政策利率", kind="change", base="prev")],
                 id="policy-rate-cut"),
    pytest.param("英国央行宣布加息25个基点，央行宣布降准0.5个百分点。",
                 [E(25, "基点", metric="政策利率", kind="change", base="prev"),
                  E(-0.5, "pp", metric="存款准备金率", kind="change", base="prev")],
                 id="policy-rate-hike-and-rrr-cut"),
    # an amount that prices a deal names the price
    pytest.param("阿里巴巴在二季度以58亿美元的总价回购总计6.13亿股普通股。",
                 [E("5.8e9", "美元", metric="回购总价"), E("6.13e8", "股", metric_has="普通股")],
                 id="deal-price-with-verb"),
    pytest.param("CoreWeave正在考虑以230亿美元的估值出售股份。",
                 [E("2.3e10", "美元", metric="估值")],
                 id="deal-valuation"),
    pytest.param("宝马取消了与Northvolt价值20亿美元的电芯采购合同。",
                 [E("2e9", "美元", metric="电芯采购合同价值")],
                 id="deal-valued-contract"),
    # --- company fiscal quarters, read against the company's own fiscal year ----------------------
    pytest.param("阿里巴巴2025财年第一财季实现营收2432.36亿元，同比增长4%。",
                 [E("2.43236e11", "元", period="2024-Q2"), E(4, "%", period="2024-Q2")],
                 id="fiscal-quarter-april-start"),
    pytest.param("联想集团2024/25第四财季营收154.5亿美元。",
                 [E("1.545e10", "美元", period="2025-Q1")],
                 id="fiscal-quarter-split-year"),
    pytest.param("沃尔玛2025财年第二财季总营收1693亿美元，同比增4.8%；预计第三财季合并净销售额同比增3.25%-4.25%。",
                 [E("1.693e11", "美元", period="2024-05/2024-07"), E(4.8, "%", period="2024-05/2024-07"),
                  E(3.25, "%", value_max=4.25, period="2024-08/2024-10", modality="forecast")],
                 id="fiscal-quarter-february-start-and-yearless-next"),
    pytest.param("微软2024财年第四财季营收647亿美元。",
                 [E("6.47e10", "美元", period="2024-Q2")],
                 id="fiscal-quarter-july-start"),
    pytest.param("塔吉特2024财年第一财季营收251.7亿美元。",
                 [E("2.517e10", "美元", period="2024-02/2024-04")],
                 id="fiscal-year-named-by-start-year"),
    # --- a clause that says what its indicator did, the figure in the next clause -------------------
    pytest.param("半年末万科的已售未结资源规模刷新纪录，达到1022万平方米，对应合同金额合计约1187亿元。",
                 [E("1.022e7", "平方米", metric_has="已售未结资源", period="2025-06-30"),
                  E("1.187e11", "元", metric_has="已售未结资源合同金额", qualifier="approx")],
                 id="record-clause-then-figure-and-corresponding-amount"),
    pytest.param("全市工业用电量创历史新高，达到12亿千瓦时。",
                 [E("1.2e9", "千瓦时", metric="工业用电量")],
                 id="record-high-clause-then-figure"),
    pytest.param("外贸进出口总值稳步增长，达到1200亿元。",
                 [E("1.2e11", "元", metric="外贸进出口总值", kind="level")],
                 id="steady-growth-clause-then-level"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extracts(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=YEAR, subject=SUBJECT), expected)


# ---------------------------------------------------------------------------------------------
# numbers that are not facts, beside facts that are

# fmt: off
DISTRACTOR_CASES = [
    pytest.param("全市亿元以上在建项目完成投资增长12.6%。",
                 [E(12.6, "%", kind="growth_rate"), NO("1e8")],
                 id="distractor-threshold-yiyuan-category"),
    pytest.param("10亿元以上工业重大项目新开工35个。",
                 [E(35, "个", kind="level"), NO("1e9"), NO(10)],
                 id="distractor-threshold-ten-yi"),
    pytest.param("民营经济20条落地以来，全市新增民营企业2.3万家。",
                 [E(23000, "家", metric_has="民营企业"), NO(20)],
                 id="distractor-policy-name"),
    pytest.param("8月份，全市工业用电量同比增长5.2%，已连续18个月保持增长。",
                 [E(5.2, "%", metric_has="工业用电量", period="2025-08"), NO(18)],
                 id="distractor-duration-months"),
    pytest.param("3年行动方案实施以来，累计完成投资1200亿元。",
                 [E("1.2e11", "元", metric_has="投资"), NO(3)],
                 id="distractor-plan-duration"),
    pytest.param("第二批认定的12家企业已全部投产。",
                 [E(12, "家"), NO(2)],
                 id="distractor-batch-ordinal"),
    pytest.param("全市新建5G基站1.2万个。",
                 [E(12000, "个", metric_has="基站"), NO(5)],
                 id="distractor-5g"),
    pytest.param("当日27只可转债跌幅超2%，3只可转债涨幅超过2%。",
                 [E(27, "只", metric="跌幅超2%的可转债数量"), E(3, "只", metric="涨幅超过2%的可转债数量"),
                  NO(2, "%"), NO(-2, "%")],
                 id="distractor-threshold-after-count"),
    pytest.param("全市18家企业增速超过20%，5家企业增速在10%以上。",
                 [E(18, "家", metric="增速超过20%的企业数量"), E(5, "家", metric="增速在10%以上的企业数量"),
                  NO(20, "%"), NO(10, "%")],
                 id="distractor-threshold-after-count-firms"),
    pytest.param("一季度，80%的结算集中于深圳、上海、广州三个均价较高的城市。",
                 [NO(3, "个")],
                 id="distractor-count-restating-a-list"),
    pytest.param("汽车、石油加工、建材3个行业增速较一季度回升幅度超过10个百分点。",
                 [NO(3, "个"),
                  E(10, "pp", metric="汽车行业增速", kind="change", base="period:2025-Q1", qualifier="over"),
                  E(10, "pp", metric="石油加工行业增速", kind="change", base="period:2025-Q1", qualifier="over"),
                  E(10, "pp", metric="建材行业增速", kind="change", base="period:2025-Q1", qualifier="over")],
                 id="distractor-count-restating-industries-one-figure-each"),
    pytest.param("增值税、房产税、契税等6个税种实现增长，营业税、耕地占用税等7个税种负增长。",
                 [E(6, "个", metric_has="实现增长"), E(7, "个", metric_has="负增长")],
                 id="count-of-listed-group-that-grew-stays"),
    pytest.param("全市新增国家级、省级企业技术中心12个。",
                 [E(12, "个", metric_has="企业技术中心")],
                 id="count-after-list-of-kinds-stays"),
    pytest.param("全国增速在6%及以上的省份有12个。",
                 [E(12, "个", metric="增速6%及以上的省份数量"), NO(6, "%")],
                 id="distractor-threshold-group-count"),
    pytest.param("2025年8月15日，全市上半年地区生产总值增长5.6%。",
                 [E(5.6, "%", period="2025-H1"), NO(2025), NO(8), NO(15)],
                 id="distractor-date-not-a-record"),
    pytest.param("我市3家企业入选2025全球独角兽榜。",
                 [E(3, "家"), NO(2025)],
                 id="distractor-list-name-with-year"),
    pytest.param("地铁5号线二期建成通车，新增运营里程12.6公里。",
                 [E(12.6, "公里"), NO(5), NO(2)],
                 id="distractor-line-number"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DISTRACTOR_CASES)
def test_distractors(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=YEAR, subject=SUBJECT), expected)


# ---------------------------------------------------------------------------------------------
# must find nothing

# fmt: off
NOTHING_CASES = [
    # names of policies, lists and plans
    pytest.param("市委市政府出台民营经济20条，持续优化营商环境。", id="nothing-policy-20-articles"),
    pytest.param("加快构建“1+5+N”政策体系。", id="nothing-policy-system-name"),
    pytest.param("发布人工智能10条支持措施。", id="nothing-ai-10-articles"),
    pytest.param("全面落实“十四五”规划纲要各项任务。", id="nothing-five-year-plan-name"),
    pytest.param("深入推进“一带一路”建设和长江经济带发展。", id="nothing-belt-and-road"),
    # thresholds naming a category
    pytest.param("亿元以上工业项目加快建设。", id="nothing-threshold-yiyuan"),
    pytest.param("实施千亿级产业集群培育工程。", id="nothing-threshold-qianyi-cluster"),
    pytest.param("推动10亿元以上重大项目早开工、早投产。", id="nothing-threshold-ten-yi"),
    # dates, years, periods alone
    pytest.param("2025年8月15日召开全市经济运行调度会议。", id="nothing-date"),
    pytest.param("三季度经济运行分析会在市政府召开。", id="nothing-quarter-alone"),
    pytest.param("2024年以来，全市上下坚持稳中求进工作总基调。", id="nothing-year-alone"),
    # durations
    pytest.param("全市工业用电量连续18个月保持增长。", id="nothing-duration-months"),
    pytest.param("制定实施制造业高质量发展3年行动方案。", id="nothing-plan-duration"),
    pytest.param("该项目提前两个月建成投产。", id="nothing-ahead-of-schedule"),
    # ordinals and labels
    pytest.param("首批入选企业名单已正式公布。", id="nothing-first-batch"),
    pytest.param("第二批专精特新“小巨人”企业加快培育。", id="nothing-second-batch"),
    pytest.param("第十四届全国运动会筹备工作有序推进。", id="nothing-ordinal-edition"),
    pytest.param("地铁5号线全线贯通。", id="nothing-metro-line"),
    pytest.param("按照《国民经济行业分类》（GB/T 4754-2017）进行统计。", id="nothing-standard-code"),
    # look-alikes
    pytest.param("一方面稳增长，另一方面调结构。", id="nothing-yifangmian"),
    pytest.param("半导体产业加快集聚。", id="nothing-bandaoti"),
    pytest.param("九州通医药集团在汉设立区域总部。", id="nothing-jiuzhoutong"),
    pytest.param("两会期间代表委员积极建言献策。", id="nothing-lianghui"),
    pytest.param("他年过半百仍坚持创业。", id="nothing-nianguobanbai"),
    pytest.param("企业发展后劲十足。", id="nothing-shizu"),
    pytest.param("5G网络实现城乡全覆盖。", id="nothing-5g"),
    pytest.param("三峡集团与我市签署战略合作协议。", id="nothing-sanxia"),
    pytest.param("全市经济运行总体平稳、稳中有进。", id="nothing-no-number"),
    pytest.param("外贸进出口规模居全国前列。", id="nothing-rank-without-number"),
    # counts in prose numerals: how a story is told, not a statistic
    pytest.param("四支歐洲勁旅將來港，進行兩場表演賽。", id="nothing-prose-count-teams-trad"),
    pytest.param("经过两轮竞价，五部门联合发布通知。", id="nothing-prose-count-rounds"),
    pytest.param("我市农村经济呈现出六个特点。", id="nothing-prose-count-features"),
]
# fmt: on


@pytest.mark.parametrize("text", NOTHING_CASES)
def test_finds_nothing(text: str) -> None:
    records = cnreport.extract(text, year=YEAR, subject=SUBJECT)
    if records:
        pytest.fail(f"expected no record, extracted:\n{describe(records)}", pytrace=False)


# ---------------------------------------------------------------------------------------------
# provenance: spans index the ORIGINAL text and show the number as written

# fmt: off
PROVENANCE_CASES = [
    pytest.param("规上工业增加值同比增长５．１％。", 5.1, "%", "５．１", id="span-fullwidth-digits"),
    pytest.param("全市社会消费品零售总额\n4321.5亿元，同比增长5.2%。", "4.3215e11", "元", "4321.5",
                 id="span-line-break-before-number"),
    pytest.param("全市规模以上工业增加值同比\n增长6.3%，增速比一季度加快\n0.4个百分点。", 0.4, "pp", "0.4",
                 id="span-line-breaks-inside-sentence"),
    pytest.param("全年完成固定资产投资12\n34.5亿元。", "1.2345e11", "元", "12\n34.5",
                 id="span-line-break-inside-number"),
    pytest.param("　　一季度，全市地区生产总值\r\n4986.3亿元，增长5.8%。", 5.8, "%", "5.8",
                 id="span-crlf-and-ideographic-space"),
    pytest.param("民营企业出口占全市出口总额的三成。", 30, "%", "三成", id="span-chinese-cheng"),
    pytest.param("省财政下达专项补助资金一千二百万元。", 12000000, "元", "一千二百", id="span-chinese-numeral"),
    pytest.param("全年实际使用外资１２．８亿美元，增长\n３．２％。", "1.28e9", "美元", "１２．８",
                 id="span-fullwidth-with-break"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "unit", "surface"), PROVENANCE_CASES)
def test_provenance(text: str, value: Any, unit: str, surface: str) -> None:
    records = cnreport.extract(text, year=YEAR, subject=SUBJECT)
    for r in records:
        assert text[r.span[0] : r.span[1]] == r.text, f"span {r.span} does not give {r.text!r}"
    r = find(records, value, unit)
    assert surface in r.text, f"{r.text!r} does not show the number as written ({surface!r})"


# ---------------------------------------------------------------------------------------------
# a daily market brief: figures are the last trading day's unless a week is said

BRIEF = "陆家嘴财经早餐2024年9月14日星期六\n\n"

# fmt: off
BRIEF_CASES = [
    pytest.param("1、周五在岸人民币对美元16:30收盘报7.0943，较上一交易日上涨293个基点，本周累计跌61个基点。",
                 [E(7.0943, "", period="2024-09-13"), E(293, "基点", base="prev", period="2024-09-13"),
                  E(-61, "基点", period="2024-09-09/2024-09-13")],
                 id="brief-day-move-against-previous-trading-day-and-week-move"),
    pytest.param("4、COMEX黄金期货收涨0.99%报2606.2美元/盎司，当周累计涨3.23%，COMEX白银期货收涨3.18%报31.065美元/盎司。",
                 [E(31.065, "美元/盎司", period="2024-09-13"), E(3.23, "%", period="2024-09-09/2024-09-13")],
                 id="brief-week-move-dates-only-itself"),
    pytest.param("6、Wind数据统计显示，下周共有50家公司合计31.87亿股限售股陆续解禁，解禁总市值为275.11亿元。",
                 [E("2.7511e10", "元", period="2024-09-16/2024-09-20")],
                 id="brief-next-week-after-list-marker"),
    pytest.param("3、美国初请失业金人数为22.7万人；至8月3日当周续请失业金人数186.4万人。",
                 [E(227000, "人", period="2024-09-13"), E(1864000, "人", period="2024-07-28/2024-08-03")],
                 id="brief-leading-period-mid-sentence-dates-only-what-follows"),
    pytest.param("1、美国8月CPI同比上涨2.5%，预期2.5%，前值2.9%；核心CPI环比上涨0.3%，高于预期的0.2%。",
                 [E(2.5, "%", kind="growth_rate", modality="forecast"),
                  E(2.9, "%", kind="growth_rate", period="2024-07"),
                  E(0.2, "%", kind="growth_rate", base="prev", modality="forecast")],
                 id="brief-expectations-are-the-same-measure"),
    pytest.param("2、国家统计局：8月份，新建商品房销售面积同比下降18.6%。",
                 [E(-18.6, "%", subject="中国")],
                 id="brief-item-from-a-national-body-is-chinas"),
    pytest.param("3、道指涨1.39%报40563.06点。",
                 [E(1.39, "%", subject="美国")],
                 id="brief-item-without-a-domestic-cue-is-not-chinas"),
    pytest.param("3、思科涨6.8%，禾赛科技涨14.88%。",
                 [E(6.8, "%", subject=None)],
                 id="brief-item-without-cue-or-instrument-stays-unnamed"),
    pytest.param("5、10年期美债收益率跌1.5个基点报3.66%，上证指数跌0.48%。",
                 [E(-1.5, "基点", subject="美国"), E(-0.48, "%", subject="A股")],
                 id="brief-instrument-names-its-market"),
    pytest.param("3、亚太主要股指收盘集体上涨，日经225指数涨0.78%报36726.64点，中国台湾加权指数跌0.6%。",
                 [E(0.78, "%", subject="日本"), E(-0.6, "%", subject="中国台湾")],
                 id="brief-instrument-beats-a-world-region"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BRIEF_CASES)
def test_morning_brief(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(BRIEF + text), expected)


# fmt: off
LOOKING_BACK_CASES = [
    pytest.param("2014年，全市经济稳步发展。总结上年，我市农村经济呈现新亮点。去年全市有效灌溉面积占农作物总播种面积的33%。",
                 [E(33, "%", period="2014")], id="review-written-next-year-last-year-is-the-reviewed-year"),
    pytest.param("2014年，全市经济稳步发展。今年以来，去年全市有效灌溉面积占农作物总播种面积的33%。",
                 [E(33, "%", period="2013")], id="no-review-cue-last-year-is-the-year-before"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LOOKING_BACK_CASES)
def test_review_of_last_year(text: str, expected: list[Expect]) -> None:
    """A review written the year after says 去年 for the year it reviews (总结上年 tells)."""
    check(cnreport.extract(text), expected)


# fmt: off
FISCAL_NEWS_CASES = [
    pytest.param("陆家嘴财经早餐2024年8月29日星期四\n\n1、英伟达第二财季营收300.4亿美元，同比增长122%。"
                 "公司预计第三财季营收为325亿美元，上下浮动2%。",
                 [E("3.004e10", "美元", period="2024-05/2024-07", subject="英伟达"),
                  E("3.25e10", "美元", period="2024-08/2024-10", subject="英伟达", modality="forecast"),
                  NO(2, "%")],
                 id="yearless-fiscal-quarter-is-the-latest-reported"),
    pytest.param("比亚迪2024年上半年净利润136.31亿元 同比增长24.44%\n\n"
                 "比亚迪股份有限公司8月28日晚间发布半年报。报告期内，公司实现营业收入3011.27亿元，同比增长15.76%。\n\n"
                 "截至6月末，公司总资产为7254.11亿元，较上年末增长6.7%。",
                 [E("3.01127e11", "元", metric="营业收入", period="2024-H1", subject="比亚迪"),
                  E(15.76, "%", period="2024-H1", base="yoy", subject="比亚迪"),
                  E("7.25411e11", "元", period="2024-06-30", subject="比亚迪")],
                 id="results-are-the-reports-period-not-the-day-it-came-out"),
    pytest.param("贵州茅台发布2023年年度报告\n\n贵州茅台3月28日晚间发布年报。报告期内，公司实现营业总收入1505.6亿元。",
                 [E("1.505600e11", "元", period="2023", subject="贵州茅台")],
                 id="annual-report-published-next-spring"),
    pytest.param("招商银行2024年半年度业绩：净利润748.8亿元\n\n"
                 "招商银行8月29日晚间发布2024年半年度报告。报告期内，本集团实现营业收入1729.50亿元，同比下降3.09%；"
                 "扣除非经常性损益后的净利润122.60亿元。\n\n"
                 "截至报告期末，本集团资产总额115,292.28亿元，较上年末增长4.75%。不良贷款率0.94%。",
                 [E("1.7295e11", "元", period="2024-H1", subject="招商银行"),
                  E("1.226e10", "元", metric="扣除非经常性损益后的净利润"),
                  E("1.152922800e13", "元", period="2024-06-30", subject="招商银行"),
                  E(0.94, "%", subject="招商银行")],
                 id="bank-results-own-report-and-its-period-end"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FISCAL_NEWS_CASES)
def test_fiscal_quarters_in_news(text: str, expected: list[Expect]) -> None:
    """A quarter named without its year in the news is the latest one the company has reported."""
    check(cnreport.extract(text), expected)


GOVERNMENT_REPORT = (
    "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n"
    "过去一年，国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，年末城镇调查失业率为5.1%。\n"
    "赤字率拟按3%安排，赤字规模4.06万亿元。拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元。\n"
)

# fmt: off
GOVERNMENT_REPORT_CASES = [
    pytest.param(5.2, "%", {"period": "2023", "kind": "growth_rate"}, id="past-year-is-last-year"),
    pytest.param(5.1, "%", {"period": "2023-12-31"}, id="year-end-of-the-year-governing"),
    pytest.param(3, "%", {"metric": "赤字率", "modality": "target"}, id="ni-is-a-plan"),
    pytest.param("3.9e12", "元", {"metric": "地方政府专项债券", "modality": "target"}, id="arranged-bonds"),
]
# fmt: on


@pytest.mark.parametrize(("value", "unit", "fields"), GOVERNMENT_REPORT_CASES)
def test_government_work_report(value: Any, unit: str, fields: dict[str, Any]) -> None:
    """A work report dated in March reviews 过去一年 and plans (拟) this year."""
    check(cnreport.extract(GOVERNMENT_REPORT), [E(value, unit, **fields)])


def test_company_news_is_about_the_company_its_title_names() -> None:
    """万科上半年净利…: the title's firm is the subject of the figures that do not name another."""
    text = (
        "万科上半年净利30亿元同比增长5.9%\n\n"
        "8月8日晚间消息，万科公布了2011年度中期报告，公司上半年实现营业收入199.9亿元。\n"
        "据公告，公司上半年实现销售面积565.5万平方米。万科表示，财务状况稳健。\n"
    )
    check(cnreport.extract(text), [E("1.999e10", "元", subject="万科"), E("5.655e6", "平方米", subject="万科")])


# fmt: off
PLACE_LISTS = [
    # (case, text, expected (value, subject, metric) triples)
    ("places then a metric, one figure each",
     "天津、重庆、成都的客流量分别增长6%、7%和8%。",
     {(6.0, "天津", "客流量"), (7.0, "重庆", "客流量"), (8.0, "成都", "客流量")}),
    ("places sharing one threshold",
     "杭州和南京新房成交量均上升30%以上。",
     {(30.0, "杭州", "新房成交量"), (30.0, "南京", "新房成交量")}),
    ("trade partners after 与 stay the reporter's",
     "同期，我国与荷兰、法国进出口规模均超过800亿元。",
     {(80_000_000_000.0, "全国", "对荷兰进出口规模"), (80_000_000_000.0, "全国", "对法国进出口规模")}),
    ("a counted group is one figure",
     "北京、上海、广州这三个城市商品房成交面积下降5%。",
     {(-5.0, "北京", "城市商品房成交面积")}),
    ("places then 等城市", "杭州、宁波等城市的成交量同比下降超过20%。",
     {(-20.0, "杭州", "成交量"), (-20.0, "宁波", "成交量")}),
    ("a place with a note on its bounds",
     "苏州（不含工业园区）、无锡的工业投资分别增长9%和6%。",
     {(9.0, "苏州（不含工业园区）", "工业投资"), (6.0, "无锡", "工业投资")}),
    ("a bilateral pair names the trade (with the partner, as 对东盟…)",
     "我国与东盟进出口1.2万亿元。",
     {(1_200_000_000_000.0, "全国", "对东盟进出口")}),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), PLACE_LISTS, ids=[c[0] for c in PLACE_LISTS])
def test_lists_of_places(case: str, text: str, expected: set[tuple[float, str, str]]) -> None:
    found = {(float(r.value), r.subject, r.metric) for r in cnreport.extract(text, year=2022, subject="全国")}
    assert found == expected


# fmt: off
ORDINAL_LISTS = [
    # (case, text, expected (metric, value, period))
    ("sectors by bare ordinals",
     "全年一、二、三产业分别增长2.9%、8.1%和6.5%。",
     [("第一产业", 2.9, "2022"), ("第二产业", 8.1, "2022"), ("第三产业", 6.5, "2022")]),
    ("two sectors", "二、三产业投资分别增长4%和7%。",
     [("第二产业投资", 4.0, "2022"), ("第三产业投资", 7.0, "2022")]),
    ("quarters listed", "二、三季度出口分别增长6.1%、3.2%。",
     [("出口", 6.1, "2022-Q2"), ("出口", 3.2, "2022-Q3")]),
    ("months listed", "10、11月份销量分别下降2%和3%。",
     [("销量", -2.0, "2022-10"), ("销量", -3.0, "2022-11")]),
    ("a numbered heading is no ordinal list", "一、工业生产\n全年工业增加值增长5%。",
     [("工业增加值", 5.0, "2022")]),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), ORDINAL_LISTS, ids=[c[0] for c in ORDINAL_LISTS])
def test_ordinal_lists(case: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(r.metric, float(r.value), r.period) for r in cnreport.extract(text, year=2022)]
    assert found == expected


# fmt: off
TALLIES = [
    # (case, text, expected metric of the first record)
    ("an agency's recovered funds", "全省各级税务部门共追缴税款3.2亿元。", "追缴税款"),
    ("an expo's signed projects, a count", "本届博览会共签订合作项目320个。", "签订合作项目数量"),
    ("a place's tally", "上海共引进外资研发中心50家。", "引进外资研发中心数量"),
    ("an indicator keeps its name", "公司营业收入共计12亿元。", "营业收入"),
    ("a rate is no tally", "各级医保部门追回资金同比增长8%。", None),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "metric"), TALLIES, ids=[c[0] for c in TALLIES])
def test_an_actors_tally_is_named_by_its_deed(case: str, text: str, metric: str | None) -> None:
    records = cnreport.extract(text, year=2023)
    names = [r.metric for r in records if r.unit != "%"]
    if metric is None:
        assert all(not n.startswith("追回") for n in names)
    else:
        assert names and names[0] == metric


# fmt: off
GROUP_BOUNDS = [
    # (case, text, values that must not be records, values that must)
    ("a bound before 的 and a group noun", "营收超过50亿元的企业有8家。", [5_000_000_000.0], [8.0]),
    ("a bound before 的 and a count", "营收超10亿元的共有15家。", [1_000_000_000.0], [15.0]),
    ("a range naming a group", "市值100亿元至500亿元的个股平均涨幅为6%。", [10_000_000_000.0, 50_000_000_000.0], [6.0]),
    ("a bound before the members' figures", "甲、乙两市营收均超百亿元，分别为120亿元、150亿元。",
     [10_000_000_000.0], [12_000_000_000.0, 15_000_000_000.0]),
    ("a qualified figure of its own stays", "全年营收超过100亿元。", [], [10_000_000_000.0]),
    ("a range before its measure noun", "500亿元至1000亿元市值的个股平均涨幅为16%。",
     [50_000_000_000.0, 100_000_000_000.0], [16.0]),
    ("an edge word after the measure noun", "50亿元市值以下的个股平均涨幅为1.5%。", [5_000_000_000.0], [1.5]),
    ("the same in Traditional script", "50億元市值以上的個股平均漲幅為3%。", [5_000_000_000.0], [3.0]),
    ("an edge word with no group stays a figure", "全年营收100亿元以上，增长5%。", [], [10_000_000_000.0, 5.0]),
    ("a group counted again after 这", "在这26个城市中，甲市成交量增长5%。", [26.0], [5.0]),
    ("a group counted again after 上述", "上述150只个股的平均涨幅为13%。", [150.0], [13.0]),
    ("the same in Traditional script", "這3家公司營收增長5%。", [3.0], [5.0]),
    ("the rest of a group is a new count", "好于其他21个城市。", [], [21.0]),
    ("a count with no pointing word stays", "该市有5个园区。", [], [5.0]),
    ("a target after 的 stays", "力争实现营收超过100亿元的目标。", [], [10_000_000_000.0]),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "absent", "present"), GROUP_BOUNDS, ids=[c[0] for c in GROUP_BOUNDS])
def test_bounds_of_groups_are_no_records(case: str, text: str, absent: list[float], present: list[float]) -> None:
    values = {float(r.value) for r in cnreport.extract(text, year=2023)}
    assert not values & set(absent)
    assert set(present) <= values


# fmt: off
SHARE_MOVES = [
    # (case, text, expected (metric, subject, base) of the first % record)
    ("a share named in a sector's move", "家电板块走强，美的集团上涨2.1%。", ("美的集团股价", "美的集团", "prev")),
    ("a Hong Kong share at the close", "港股方面，某某餐饮收盘涨幅3.2%。", ("某某餐饮股价", "某某餐饮", "prev")),
    ("a market index is no share", "沪指收涨0.5%。", ("沪指", "A股", "prev")),
    ("the time in the session is no part of the share", "黄金股走强，某某黄金早盘涨超5%。",
     ("某某黄金股价", "某某黄金", "prev")),
    ("an indicator in market news stays", "受消息影响股价波动，公司订单额增长20%。", ("订单额", None, "yoy")),
    ("no share without market context", "某某餐饮营业收入增长5%。", ("某某餐饮营业收入", None, "yoy")),
    ("shares named after the market's move", "美股三大股指全线收涨。甲乙科技涨6.3%，丙丁网络涨4.4%。",
     ("甲乙科技股价", "甲乙科技", "prev")),
    ("the same, in Traditional script", "美股三大指數全線收漲。丙丁網絡跌4.4%。", ("丙丁網絡股價", "丙丁網絡", "prev")),
    ("a share whose price the clause names", "其中甲乙科技股价暴涨42%，居于首位。",
     ("甲乙科技股价", "甲乙科技", "prev")),
    ("a convertible bond's move is its price's", "可转债方面，甲乙转债跌18.6%。", ("甲乙转债价格", "甲乙转债", "prev")),
    ("a numbered bond issue", "另外，戊己转02涨2.2%。", ("戊己转02价格", "戊己转02", "prev")),
    ("a currency pair is no share", "纽约尾盘，英镑兑美元跌0.2%报1.31。", ("英镑兑美元", None, "prev")),
    ("a period word is no share", "沪指收于3355点，全周下跌1.42%。", ("沪指", "A股", "prev")),
    ("an indicator after a market sentence stays", "股指收涨。全市营业收入增长5%。", ("营业收入", "全市", "yoy")),
    ("a descriptor before the share's name", "港股餐饮板块，小酒馆品牌甲乙盘中涨超7%。", ("甲乙股价", "甲乙", "prev")),
    ("a character of an indicator inside a name", "钻石板块走强，力量钻石涨5%。", ("力量钻石股价", "力量钻石", "prev")),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), SHARE_MOVES, ids=[c[0] for c in SHARE_MOVES])
def test_a_shares_move_is_its_price(case: str, text: str, expected: tuple[str, str | None, str]) -> None:
    rates = [(r.metric, r.subject, r.base) for r in cnreport.extract(text, year=2023) if r.unit == "%"]
    assert rates and rates[0] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [("甲控股價跌2%。", "甲乙控股"), ("甲控股价跌2%。", "甲乙控股"), ("乙科股价跌2%。", "乙科")],
)
def test_a_share_abbreviated_is_the_documents_firm(text: str, subject: str) -> None:
    """A story about 甲乙控股 calls its share 甲控; another share keeps its own name."""
    rates = [r for r in cnreport.extract(text, year=2023, subject="甲乙控股") if r.unit == "%"]
    assert rates and rates[0].subject == subject


@pytest.mark.parametrize(
    "text",
    ["本月指数为49.5%，低于50%荣枯线。", "股价跌破1元生死线。", "某指数回落至临界点以下，低于50%的临界值。"],
)
def test_reference_lines_are_no_records(text: str) -> None:
    values = {float(r.value) for r in cnreport.extract(text, year=2023)}
    assert 50.0 not in values and 1.0 not in values


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("某山主峰海拔3100米，景区接待游客12万人次。", {120_000.0}),
        ("积雪厚度达1.5米，滑雪场营业收入增长8%。", {8.0}),
        ("某港航道深度达15米，货物吞吐量3亿吨。", {300_000_000.0}),
    ],
)
def test_physical_facts_are_no_records(text: str, kept: set[float]) -> None:
    assert {float(r.value) for r in cnreport.extract(text, year=2023)} == kept


# fmt: off
CLEFTS = [
    # (case, text, expected (metric, value, period))
    ("an amount first, then what it is", "12.6万亿元，这是全国2023年的社会消费品零售总额。",
     ("社会消费品零售总额", 12_600_000_000_000.0, "2023")),
    ("a share first", "61.3%，这是2022年服务业增加值在GDP中所占的比重。",
     ("服务业增加值GDP中所占比重", 61.3, "2022")),
    ("no cleft without 这是: no metric, no record", "12.6万亿元，规模很大。", None),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), CLEFTS, ids=[c[0] for c in CLEFTS])
def test_a_figure_then_what_it_is(case: str, text: str, expected: tuple[str, float, str] | None) -> None:
    found = [(r.metric, float(r.value), r.period) for r in cnreport.extract(text, year=2024)]
    if expected is None:
        assert found == []
    else:
        assert found and found[0] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [("截至当日收盘，某某股份报3.21元，涨2.5%。", "某某股份"), ("某某控股今日收于12.5元。", "某某控股")],
)
def test_a_quoted_close_is_the_shares_closing_price(text: str, subject: str) -> None:
    records = cnreport.extract(text, year=2023)
    assert records[0].metric == "收盘价" and records[0].subject == subject


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("上半年，中国经济同比增长5.5%。", "国内生产总值"),
        ("一季度全省经济增长6%。", "地区生产总值"),
        ("数字经济规模增长10%。", "数字经济规模"),
        ("经济总量突破10万亿元。", "经济总量"),
    ],
)
def test_an_economys_growth_is_its_gdps(text: str, metric: str) -> None:
    assert cnreport.extract(text, year=2023)[0].metric == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("前三季度新增就业900万人，完成全年目标任务的81.8%。", "新增就业完成全年目标任务比例"),
        ("全年完成投资120亿元，完成年度计划的105%。", "投资完成年度计划比例"),
    ],
)
def test_completion_of_a_goal_is_a_reported_share(text: str, metric: str) -> None:
    share = cnreport.extract(text, year=2023)[-1]
    assert (share.metric, share.kind, share.modality) == (metric, "share", None)


@pytest.mark.parametrize(
    ("text", "metric"),
    [("杭州经济受疫情冲击下降2%。", "地区生产总值"), ("在政策带动下，新能源汽车销量增长30%。", "新能源汽车销量")],
)
def test_the_cause_of_a_move_is_not_what_moved(text: str, metric: str) -> None:
    assert cnreport.extract(text, year=2023)[0].metric == metric


# fmt: off
MOVES_RESTATED = [
    # (case, text, expected (value, unit, kind, base) records)
    ("points then percent", "某指数下跌50点，或0.4%，至12000点。",
     [(-50.0, "点", "change", "prev"), (-0.4, "%", "growth_rate", "prev"),
      (12000.0, "点", "level", None)]),
    ("a rise restated", "某指数上涨30点，即1.2%。",
     [(30.0, "点", "change", "prev"), (1.2, "%", "growth_rate", "prev")]),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), MOVES_RESTATED, ids=[c[0] for c in MOVES_RESTATED])
def test_a_move_restated_in_percent(case: str, text: str, expected: list[tuple[float, str, str, str | None]]) -> None:
    found = [(float(r.value), r.unit, r.kind, r.base) for r in cnreport.extract(text, year=2023)]
    assert found == expected


# fmt: off
AGAINST_EXPECTED = [
    ("above the expectation", "全年税收比预期高出120亿元。", (12_000_000_000.0, "gap", "metric:预期")),
    ("below the original budget", "总开支较原来预算低2%。", (-2.0, "gap", "metric:原来预算")),
    ("Traditional, above the market's", "盈利比市場預期多8%。", (8.0, "gap", "metric:市場預期")),
    ("a period stays a change", "营收比上年增加5亿元。", (500_000_000.0, "change", "yoy")),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), AGAINST_EXPECTED, ids=[c[0] for c in AGAINST_EXPECTED])
def test_against_an_expectation_is_a_gap(case: str, text: str, expected: tuple[float, str, str]) -> None:
    r = cnreport.extract(text, year=2023)[0]
    assert (float(r.value), r.kind, r.base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3月成交量下降了44%。", (-44.0, "growth_rate")), ("利润提高了3个百分点。", (3.0, "change"))],
)
def test_a_verb_with_le_is_still_the_predicate(text: str, expected: tuple[float, str]) -> None:
    r = cnreport.extract(text, year=2022)[0]
    assert (float(r.value), r.kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市GDP相当于2015年的2.1倍。", ("growth_rate", "period:2015")),
        ("出口额是上年的1.5倍。", ("level", None)),
    ],
)
def test_a_multiple_of_a_periods_level(text: str, expected: tuple[str, str | None]) -> None:
    r = cnreport.extract(text, year=2022)[0]
    assert (r.kind, r.base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲行业、乙行业的增速均较快，分别增长8%、9%。", [("甲行业", 8.0), ("乙行业", 9.0)]),
        ("首季電子業、光學業的增幅皆達雙位數，分別年增11%、17%。", [("電子業", 11.0), ("光學業", 17.0)]),
    ],
)
def test_a_list_named_in_the_clause_before_a_run(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(r.metric, float(r.value)) for r in cnreport.extract(text, year=2024)] == expected


# An amount or a rate whose name comes after it, in budget and results prose (Hong Kong and mainland).
NAMED_AFTER_CASES = [
    pytest.param("来年账目预计录得约49亿元的轻微赤字。", [E("4.9e9", "元", metric="赤字")],
                 id="recorded-amount-of"),
    pytest.param("全年开支中，其中包括701亿元的基本工程开支。", [E("7.01e10", "元", metric="基本工程开支")],
                 id="including-amount-of"),
    pytest.param("总开支4500亿元，当中2913亿元为经常开支。", [E("2.913e11", "元", metric="经常开支")],
                 id="part-named-after-the-amount"),
    pytest.param("總開支4,500億元，當中2,913億元為經常開支。", [E("2.913e11", "元", metric="經常開支")],
                 id="part-named-after-the-amount-traditional"),
    pytest.param("收入3000亿元，其余500亿元是专项债券。", [E("5e10", "元", metric="专项债券")], id="the-rest-is"),
    pytest.param("出口货值录得5%的跌幅。", [E(-5, "%", metric="出口货值", kind="growth_rate")],
                 id="fall-after-the-rate"),
    pytest.param("本地生產總值錄得2.1%的實質增長。", [E(2.1, "%", metric="本地生產總值", kind="growth_rate")],
                 id="real-growth-after-the-rate"),
    pytest.param("销量出现3%的下降。", [E(-3, "%", metric="销量", kind="growth_rate")], id="a-decline-appeared"),
    pytest.param("我預計今年盈餘約為649億元。", [E("6.49e10", "元", metric="盈餘")], id="the-speaker-is-no-metric"),
    # negative cases: a metric before the amount stays; 我国 and 我市 are places, not the speaker
    pytest.param("收入3000亿元，其中出口2.1万亿元。", [E("2.1e12", "元", metric="出口")], id="metric-before-stays"),
    pytest.param("我国GDP增长5%。", [E(5, "%", metric="GDP", subject="全国")], id="our-country-is-a-place"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_CASES)
def test_figures_named_after_them(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2013), expected)


# Counts named by their measure word, and interest rates quoted in 厘 (Hong Kong, Macau).
MEASURE_CASES = [
    pytest.param("截至一月底，共接获1804宗申请。", [E(1804, "宗", metric="申请宗数")], id="cases-count-as-zongshu"),
    pytest.param("截至一月底，共接獲一千八百○四宗申請，數目創新高。", [E(1804, "宗", metric="申請宗數")],
                 id="cases-count-traditional-numerals"),
    pytest.param("活动吸引3.2万人参与。", [E(32000, "人", metric="参与人数")], id="people-count-as-renshu"),
    pytest.param("全年新增2.72万台充电桩。", [E(27200, "台", metric="新增充电桩数量")], id="other-as-shuliang"),
    pytest.param("为企业提供为期三年的四厘利息补贴。", [E(4, "%", metric="利息补贴率")], id="li-interest-named-after"),
    pytest.param("年息三厘。", [E(3, "%", metric="年息")], id="li-interest-named-before"),
    pytest.param("息率為2.5厘。", [E(2.5, "%", metric="息率")], id="li-interest-traditional"),
    # negative cases: 厘 as a thousandth of a yuan or in 厘米 is no per-cent rate
    pytest.param("每股派3厘。", [NO(3, "%")], id="li-dividend-is-no-rate"),
    pytest.param("降水量达到15厘米。", [NO(15, "%")], id="centimetre-is-no-rate"),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_CASES)
def test_counts_and_interest_units(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2025), expected)


# A release's publisher and its verb open the clause: neither subject nor part of the metric.
PUBLISHER_LEAD_CASES = [
    pytest.param("主计总处今天同步公布2022年底国富毛额为310.61兆元。", [E("3.1061e14", "元", metric="国富毛额")],
                 id="publisher-today-also-published"),
    pytest.param("統計處今日發表的零售業總銷貨價值臨時估計為300億元。", [E("3e10", "元", metric="零售業總銷貨價值")],
                 id="publisher-released-traditional"),
    pytest.param("海关总署发布的前三季度进出口总额为31.1万亿元。", [E("3.11e13", "元", metric="进出口总额")],
                 id="publisher-released-of"),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHER_LEAD_CASES)
def test_publisher_leads_are_no_metric(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2022), expected)


def test_a_verb_without_a_publisher_stays_in_the_metric() -> None:
    """新发布的政策: no body published anything, so nothing before the verb is dropped as its publisher."""
    [record] = cnreport.extract("新发布的政策已惠及企业5000家。", year=2022)
    assert "政策" in record.metric


# Budget cuts: the spending falls by the rate, named before or after the verb, against no earlier period.
CUT_CASES = [
    pytest.param("中央本级一般性支出压减5%。", [E(-5, "%", metric="中央本级一般性支出", kind="growth_rate", base=None)],
                 id="spending-then-cut"),
    pytest.param("压减非急需非刚性支出10%。", [E(-10, "%", metric="非急需非刚性支出", kind="growth_rate")],
                 id="cut-then-spending-then-rate"),
    pytest.param("政府每年节省经常开支1%。", [E(-1, "%", metric="经常开支", kind="growth_rate")], id="saving-verb"),
    pytest.param("各部門需要再削減1%經常開支。", [E(-1, "%", metric="經常開支", kind="growth_rate")],
                 id="cut-rate-then-spending-traditional"),
    pytest.param("行政经费同比缩减3%。", [E(-3, "%", metric="行政经费", base="yoy")], id="a-stated-base-stays"),
    # negative: saving water is a quantity saved, not a cut rate
    pytest.param("全年节约用水1.2亿立方米。", [E("1.2e8", "立方米", kind="level")], id="a-saved-quantity-is-a-level"),
]


@pytest.mark.parametrize(("text", "expected"), CUT_CASES)
def test_budget_cuts(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# The measure a results clause names (以…盈利计) and a trading session's close (上午收…, 下午收…).
RESULTS_CASES = [
    pytest.param("甲乙控股公布中期业绩，以列帐基准除税前盈利计，上半年赚102.4亿（美元，下同），比较去年同期增长5%。",
                 [E("1.024e10", "美元", metric="列帐基准除税前盈利"), E(5, "%", metric="列帐基准除税前盈利")],
                 id="measured-as"),
    pytest.param("以除稅前利潤計，全年賺30億元。", [E("3e9", "元", metric="除稅前利潤")], id="measured-as-traditional"),
    pytest.param("以美元计，出口增长5%。", [E(5, "%", metric="出口")], id="a-currency-is-no-measure"),
    pytest.param("本港股價今日造好。甲乙銀行今天上午收77.1元，下午收78.45元，升幅2.62%。",
                 [E(77.1, "港元", metric="上午收市價"), E(78.45, "港元", metric="收市價"),
                  E(2.62, "%", metric="收市價", base="prev")],
                 id="hong-kong-sessions-close"),
    pytest.param("丙丁股份上午收12.5元，下午收12.8元。",
                 [E(12.5, "元", metric="上午收盘价"), E(12.8, "元", metric="收盘价")], id="mainland-sessions-close"),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS_CASES)
def test_results_measures_and_session_closes(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2017), expected)


# Siblings of an item keep the indicator they leave out (…类零售额增长4.5%，饮料类增长9.1%).
SIBLING_CASES = [
    pytest.param("粮油、食品类零售额增长4.5%，饮料类增长9.1%，烟酒类下降7.3%。",
                 [E(9.1, "%", metric="饮料类零售额"), E(-7.3, "%", metric="烟酒类零售额")], id="categories"),
    pytest.param("城镇居民人均可支配收入增长5%，农村居民增长6%。", [E(6, "%", metric="农村居民人均可支配收入")],
                 id="residents"),
    pytest.param("电子行业利润增长9%，汽车行业下降5%。", [E(-5, "%", metric="汽车行业利润")], id="industries"),
    pytest.param("飲料類零售額增長9.1%，煙酒類增長7.3%。", [E(7.3, "%", metric="煙酒類零售額")], id="traditional"),
    # negative cases: another indicator, or a place, is no sibling
    pytest.param("出口增长5%，进口下降3%。", [E(-3, "%", metric="进口")], id="another-indicator"),
    pytest.param("北京GDP增长5%，上海增长6%。", [E(6, "%", metric="GDP", subject="上海")], id="a-place-is-no-part"),
    pytest.param("原油产量1.2亿吨，增长2%；进口原油3亿吨，下降1%。", [E("3e8", "吨", metric="进口原油")],
                 id="the-same-item-again-is-no-sibling"),
]


@pytest.mark.parametrize(("text", "expected"), SIBLING_CASES)
def test_siblings_keep_the_indicator(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2025, subject="某市"), expected)


# Trade partners listed before the flow (对A、B、C进出口分别…), also after the group they make up.
PARTNER_CASES = [
    pytest.param("一季度，我国对东盟、欧盟、美国进出口分别增长8.4%、10.2%、9.9%。",
                 [E(8.4, "%", metric="对东盟进出口", subject="全国"), E(9.9, "%", metric="对美国进出口")],
                 id="partners-then-flow-respectively"),
    pytest.param("一季度，我国对前五大贸易伙伴东盟、欧盟、美国、韩国和日本进出口分别增长8.4%、10.2%、9.9%、12.3%和1.8%。",
                 [E(10.2, "%", metric="对欧盟进出口"), E(1.8, "%", metric="对日本进出口")], id="group-then-partners"),
    pytest.param("一季度，對主要市場歐盟、美國出口分別增長5%、6%。", [E(6, "%", metric="對美國出口")],
                 id="group-then-partners-traditional"),
    # negative: a group alone is the partner; 进出口 with two figures is still the pair
    pytest.param("对前五大贸易伙伴进出口增长5%。", [E(5, "%", metric="对前五大贸易伙伴进出口")], id="group-alone"),
    pytest.param("全年进出口分别为3万亿元和2万亿元。", [E("3e12", "元", metric="进口"), E("2e12", "元", metric="出口")],
                 id="the-pair-stays"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_CASES)
def test_trade_partners_before_the_flow(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2022, subject="全国"), expected)


REVIEW = (
    "2026年某省政府工作报告\n"
    "一、2025年工作回顾\n"
    "过去的五年极不平凡。\n"
    "经济实力提升。生产总值6.1万亿元，新增经营主体300万户，改造农村危房4.2万户，农民收入年均增长6.5%。\n"
    "开放水平提高。中欧班列累计开行1.5万列，新设外资企业2300家。\n"
    "生态环境改善。治理水土流失面积6100平方公里，植树造林520万亩，森林覆盖率25%，提高2个百分点。\n"
    "二、2026年工作安排\n"
    "新增城镇就业110万人以上。\n"
)


def test_a_five_year_review_dates_its_flows_over_the_span() -> None:
    """过去的五年…: what was done in the section took the five years; levels and totals stand at their end."""
    check(
        cnreport.extract(REVIEW),
        [
            E("6.1e12", "元", metric="生产总值", period="2025"),
            E(3000000, "户", period="2021/2025"),
            E(42000, "户", period="2021/2025"),
            E(6.5, "%", period="2021/2025", kind="growth_rate", base="period_avg:2020"),  # a yearly average
            E(15000, "列", period="2025"),  # 累计: a total to date
            E(2300, "家", period="2021/2025"),
            E(6100, "平方公里", period="2021/2025"),  # 治理, 植树造林: deeds over the years
            E(5200000, "亩", period="2021/2025"),
            E(25, "%", period="2025"),  # a rate stands at the end
            E(2, "pp", period="2025", kind="change", base="period:2020"),  # moved over the years
            E(1100000, "人", period="2026"),  # the next section plans the year ahead
        ],
    )


def test_traditional_review_and_a_later_mention_of_the_years() -> None:
    text = "2026年某市施政報告\n過去五年，本市新增企業1.2萬家。\n今年新增企業3000家，較過去五年平均水平為高。\n"
    check(cnreport.extract(text), [E(12000, "家", period="2021/2025"), E(3000, "家", period="2026")])


# Web text that lost its line breaks: a paragraph still starts at its indent (two full-width spaces).
INDENT_CASES = [
    pytest.param("明年，公司将推出新产品，抢占市场。　　车险实现保费收入723.3亿元，同比增长7.2%。",
                 [E("7.233e10", "元", period="2020")], id="an-indent-ends-the-paragraph"),
    pytest.param("明年，公司将推出新产品，抢占市场。车险实现保费收入723.3亿元，同比增长7.2%。",
                 [E("7.233e10", "元", period="2021")], id="no-indent-same-paragraph"),
    pytest.param("根据甲乙股份2017年年报显示，公司主营房地产。　　年报显示，甲乙股份项目占地面积6.28万平方米。",
                 [E(62800, "平方米", period="2017")], id="the-same-report-goes-on"),
]


@pytest.mark.parametrize(("text", "expected"), INDENT_CASES)
def test_paragraphs_of_web_text(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2020), expected)


def test_a_company_report_dates_the_figures_it_does_not_date() -> None:
    text = "事件：甲乙保险公布2020年第三季度业绩报告。集团实现营业收入3419.2亿元，同比增长9.9%。\n"
    check(cnreport.extract(text), [E("3.4192e11", "元", period="2020-01/2020-09", subject="甲乙保险")])


YTD_CASES = [
    pytest.param("10月份，工业投资同比下降2.2%，降幅比1—9月份收窄1.1个百分点。",
                 [E(-2.2, "%", period="2020-01/2020-10"), E(1.1, "pp", period="2020-01/2020-10")],
                 id="compared-with-jan-sep-is-jan-oct"),
    pytest.param("10月份，工業投資按年下降2.2%，降幅比1至9月份收窄1.1個百分點。",
                 [E(-2.2, "%", period="2020-01/2020-10")], id="traditional"),
    # negative: compared with September alone, October is October
    pytest.param("10月份，居民消费价格同比上涨2%，涨幅比9月份扩大0.5个百分点。",
                 [E(2, "%", period="2020-10"), E(0.5, "pp", period="2020-10")], id="month-against-month"),
]


@pytest.mark.parametrize(("text", "expected"), YTD_CASES)
def test_figures_compared_with_a_year_to_date_span(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2020), expected)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("客流几乎达到平时的3倍。", "客流"),
        ("截至发稿前，股价涨幅回落至2%左右。", "股价"),
    ],
)
def test_adverbs_of_news_prose_are_no_metric(text: str, metric: str) -> None:
    """几乎, 截至发稿前: how a story frames a figure, not what the figure measures (最终 stays: 最终消费支出)."""
    assert [r.metric for r in cnreport.extract(text, year=2022)] == [metric]


# A clause with no figure names the metric of a bare figure after it (…，货邮运输量保持高位，完成67.5万吨).
CLAUSE_BETWEEN_CASES = [
    pytest.param("旅客运输量达到5605万人次，同比增长25%；货邮运输量持续保持高位，完成67.5万吨，同比增长37.7%。",
                 [E(675000, "吨", metric="货邮运输量"), E(37.7, "%", metric="货邮运输量")], id="state-clause-between"),
    pytest.param("旅客運輸量達到5605萬人次，按年增長25%；貨郵運輸量保持高位，完成67.5萬噸。",
                 [E(675000, "吨", metric="貨郵運輸量")], id="traditional"),
    # negative: a figure in brackets belongs to the entity before it, not to a clause before that
    pytest.param("全省用电量增长6%，在各市中，宁德、福州的用电量增速高于全省平均水平（6.5%）。",
                 [E(6.5, "%", metric="用电量")], id="bracketed-figure"),
    pytest.param("旅客运输量达到5605万人次，同比增长25%，完成全年目标的80%。", [E(25, "%", metric="旅客运输量")],
                 id="no-clause-between"),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_BETWEEN_CASES)
def test_a_clause_without_figure_names_the_next_figure(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


@pytest.mark.parametrize("head", ["而它们", "它们", "这些", "其"])
def test_a_referring_word_is_no_subject(head: str) -> None:
    """而它们4月交易量上涨45%: the pronoun points back; the document's subject stays."""
    [record] = cnreport.extract(f"{head}4月交易量环比上涨45%。", year=2022, subject="全国")
    assert record.subject == "全国" and record.metric == "交易量"


# A list closes with 等 and/or a count of its items (A、B、C三个行业, A、B等5只个股): the items share
# what follows, not the count; a count that is part of a name stays.
LIST_CLOSER_CASES = [
    pytest.param("上半年，钢铁、煤炭、化工三个行业增加值分别增长5.1%、6.2%和7.3%。",
                 [E(5.1, "%", metric="钢铁行业增加值"), E(7.3, "%", metric="化工行业增加值")], id="count-closer"),
    pytest.param("上半年，纺织、化工、建材等行业增加值均增长10%以上。",
                 [E(10, "%", metric="纺织行业增加值", qualifier="over"), E(10, "%", metric="建材行业增加值")],
                 id="etc-closer"),
    pytest.param("上半年，鋼鐵、煤炭兩個行業利潤分別增長5%和6%。", [E(5, "%", metric="鋼鐵行業利潤")],
                 id="traditional"),
    pytest.param("上半年，电子、汽车行业增加值分别增长20.1%和18.2%。", [E(20.1, "%", metric="电子行业增加值")],
                 id="group-noun-shared"),
    # negative: a count that does not count the items belongs to the name
    pytest.param("上半年，钢铁、煤炭十大行业利润分别增长5%和6%。", [E(5, "%", metric="钢铁十大行业利润")],
                 id="count-of-another-thing"),
]


@pytest.mark.parametrize(("text", "expected"), LIST_CLOSER_CASES)
def test_a_list_closes_with_a_count_or_etc(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023, subject="某省"), expected)


# A cleft picks items out of a group (增长最快的是A、B; 占比最高的行业为A): the figures after it are
# the items', named by the item and the frame's indicator.
CLEFT_CASES = [
    pytest.param("上半年，增长最快的是电子、汽车行业，分别增长20.1%和18.2%。",
                 [E(20.1, "%", metric="电子行业", kind="growth_rate"), E(18.2, "%", metric="汽车行业")],
                 id="superlative-respectively"),
    pytest.param("上半年，利润增长最快的行业是电子、汽车，分别增长20%和18%。",
                 [E(20, "%", metric="电子行业利润"), E(18, "%", metric="汽车行业利润")], id="indicator-and-group"),
    pytest.param("上半年，占比最高的是电子行业，为15.2%。", [E(15.2, "%", metric="电子行业占比", kind="share")],
                 id="one-item-share"),
    pytest.param("上半年，涨幅居前的有电子、汽车，分别上涨9%和8%。",
                 [E(9, "%", metric="电子"), E(8, "%", metric="汽车")],
                 id="ranked-first"),
    pytest.param("上半年，營收增長最快的是甲公司，增長20%。", [E(20, "%", metric="甲公司營收")], id="traditional"),
    # members of a group of entities, and places, are the subjects of their figures
    pytest.param("本周，新发基金中规模最大的是甲乙成长混合，为79.9亿元。",
                 [E("7.99e9", "元", metric="新发基金规模", subject="甲乙成长混合")], id="member-of-a-group"),
    pytest.param("上半年，涨幅最大的个股是甲股份，上涨120%。", [E(120, "%", metric="股价", subject="甲股份")],
                 id="stock-moves-its-price"),
    pytest.param("上半年，個股中漲幅最大的是甲公司，上漲120%。", [E(120, "%", metric="股價", subject="甲公司")],
                 id="stock-traditional"),
    pytest.param("上半年，全国GDP增长5%，增长最快的是江苏、浙江，分别增长8%和7%。",
                 [E(8, "%", metric="GDP", subject="江苏"), E(7, "%", metric="GDP", subject="浙江")], id="places"),
    # negative: no selector, no cleft (the clause before names the list as before)
    pytest.param("上半年，电子、汽车行业增长较快，分别增长20.1%和18.2%。", [E(18.2, "%", metric="汽车行业")],
                 id="no-selector"),
]


@pytest.mark.parametrize(("text", "expected"), CLEFT_CASES)
def test_cleft_lists(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023, subject="某省"), expected)


# A threshold followed by the members it picks out by name is what each member did (涨幅超过20%的有A、B);
# followed by a count it names a group (…的省份有12个), and alone it is a category, no record.
THRESHOLD_MEMBER_CASES = [
    pytest.param("上半年，涨幅超过20%的分别为电子、汽车、医药行业。",
                 [E(20, "%", metric="电子行业", qualifier="over", kind="growth_rate"), E(20, "%", metric="医药行业")],
                 id="respectively-named"),
    pytest.param("上半年，跌幅在10%以上的行业有钢铁、煤炭。", [E(-10, "%", metric="钢铁行业", qualifier="over")],
                 id="fall-with-group"),
    pytest.param("上半年，占GDP比重超过5%的有电子、汽车。", [E(5, "%", metric="汽车占GDP比重", kind="share")],
                 id="share"),
    pytest.param("2023年，增速超过6%的省份有江苏、浙江和广东。",
                 [E(6, "%", subject="江苏", qualifier="over"), E(6, "%", subject="广东")], id="places-are-subjects"),
    pytest.param("上半年，漲幅超過20%的分別為電子、汽車。", [E(20, "%", metric="汽車", qualifier="over")],
                 id="traditional"),
    # negative: the group's size, or a category
    pytest.param("上半年，增速在6%及以上的省份有12个。", [E(12, "个"), NO(6, "%")], id="count-of-the-group"),
    pytest.param("上半年，亿元以上项目完成投资增长8%。", [NO("1e8", "元"), E(8, "%")], id="category"),
]


@pytest.mark.parametrize(("text", "expected"), THRESHOLD_MEMBER_CASES)
def test_a_threshold_over_named_members(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023, subject="全国"), expected)


# Members named, then the group with its size (A、B、C三个行业; A、B等5个行业): a figure after the
# count is each member's when the count restates the list, or, after 等, when it is a bound of a rate.
COUNTED_GROUP_CASES = [
    pytest.param("上半年，国防、金融、家电三个行业跌幅超过10%。",
                 [E(-10, "%", metric="国防行业", qualifier="over"), E(-10, "%", metric="家电行业")],
                 id="restated-count"),
    pytest.param("上半年，国防、金融、家电等5个行业跌幅超过10%。", [E(-10, "%", metric="金融行业")],
                 id="leading-members"),
    pytest.param("上半年，甲股份、乙集团等17只个股涨幅超2倍。",
                 [E(2, "倍", metric="乙集团股价", subject="乙集团", qualifier="over")],
                 id="entities-without-the-group-noun"),
    pytest.param("上半年，國防、金融、家電三個行業跌幅超過10%。", [E(-10, "%", metric="金融行業")], id="traditional"),
    # negative: a group's share, a group's flow, a group of places, and a bare count are the group's
    pytest.param("上半年，甲、乙、丙等7大产业集群对工业贡献率超过70%。",
                 [E(70, "%", metric="甲、乙、丙等7大产业集群工业贡献率", kind="share")],
                 id="share-of-the-group"),
    pytest.param("上半年，北京、上海等5个城市的成交面积增长10%。", [E(10, "%", metric="城市成交面积")],
                 id="places-group"),
    pytest.param("上半年，有5个行业跌幅超过10%。", [NO(-10, "%"), E(5, "个")], id="threshold-of-a-count"),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_GROUP_CASES)
def test_members_then_their_counted_group(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021, subject="全国"), expected)


# Who the figures are about: a class of firms is no firm, a landmark is no place, a national body
# publishing (on any day) speaks for its country.
SUBJECT_EVIDENCE_CASES = [
    pytest.param("2025年，全年保险公司保费收入27亿元。", [E("2.7e9", "元", subject="某市")], id="class-of-firms"),
    pytest.param("2025年，商业银行不良贷款余额3万亿元。", [E("3e12", "元", subject="某市")], id="banks-as-a-class"),
    pytest.param("2025年，各类保险赔款支出10亿元。", [E("1e9", "元", subject="某市")], id="every-firm-of-a-class"),
    pytest.param("2025年，甲乙集团营业收入27亿元。", [E("2.7e9", "元", subject="甲乙集团")], id="one-firm"),
    pytest.param("日本内阁府周五公布，二季度GDP增长0.5%。", [E(0.5, "%", subject="日本")], id="publisher-on-a-weekday"),
    pytest.param("--美国劳工部公布，8月失业率为3.9%。", [E(3.9, "%", subject="美国")], id="dash-led-brief-item"),
    pytest.param("據美國勞工部公布，8月失業率為3.9%。", [E(3.9, "%", subject="美國")], id="traditional"),
    pytest.param("贵州茅台周五公布，上半年营收增长5%。", [E(5, "%", subject="贵州茅台")], id="a-firm-still-publishes"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_EVIDENCE_CASES)
def test_who_the_figures_are_about(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2025, subject="某市"), expected)


def test_a_landmark_named_after_a_place_is_no_subject() -> None:
    from cnreport.documents import find_document_subject

    assert find_document_subject("早报\n照片：矗立在大同江畔的纪念塔。\n美元指数上涨0.5%。") is None
    assert find_document_subject("南京路步行街客流增长\n南京路客流量增长8%。") is None
    assert find_document_subject("大同市经济运行\n大同市GDP增长5%，大同市投资增长3%。") == "大同"


NEWS_BRIEF = "《早报》--9月8日\n"
# A period in a clause of cause (…，因美国8月就业强劲) or a week named after the first clause of a
# brief's item dates only its own clause, not what follows; a forecast may be a 预估.
BRIEF_PERIOD_CASES = [
    pytest.param(NEWS_BRIEF + "--美元普涨，因美国8月就业增长强劲。欧元兑美元跌0.5%。",
                 [E(-0.5, "%", period="2018-09-07")],
                 id="cause-period-stays-in-its-clause"),
    pytest.param(NEWS_BRIEF + "--美元普漲，由於美國8月就業強勁。歐元兌美元跌0.5%。",
                 [E(-0.5, "%", period="2018-09-07")],
                 id="traditional"),
    pytest.param(NEWS_BRIEF + "--欧洲股市持稳，但本周跌幅为3月来最大。泛欧指数微幅收高0.08%。",
                 [E(0.08, "%", period="2018-09-07", metric="泛欧指数")], id="week-in-a-later-clause"),
    pytest.param(NEWS_BRIEF + "--下周共有50家公司解禁，解禁市值为275亿元。",
                 [E("2.75e10", "元", period="2018-09-10/2018-09-14")],
                 id="next-week-leads"),
    pytest.param(NEWS_BRIEF + "--8月失业率为3.9%，预估为3.8%。",
                 [E(3.8, "%", modality="forecast"), E(3.9, "%", modality=None)],
                 id="estimate-is-a-forecast"),
]


@pytest.mark.parametrize(("text", "expected"), BRIEF_PERIOD_CASES)
def test_periods_of_a_daily_brief(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2018), expected)


# A span of periods, then one figure per unit of it (2018年至2020年…分别为A、B、C).
SPAN_RUN_CASES = [
    pytest.param("2018年至2020年，日均成交额分别为552亿元、887亿元、1867亿元。",
                 [E("5.52e10", "元", period="2018"), E("1.867e11", "元", period="2020")], id="years"),
    pytest.param("2015年上半年至2020年上半年，净流入额分别为5亿元、6亿元、7亿元、8亿元、9亿元、10亿元。",
                 [E("5e8", "元", period="2015-H1"), E("1e9", "元", period="2020-H1")], id="a-half-per-year"),
    pytest.param("2021年一季度至四季度，GDP分别增长18.3%、7.9%、4.9%和4%。",
                 [E(7.9, "%", period="2021-Q2"), E(4, "%", period="2021-Q4")], id="quarters"),
    pytest.param("2018-2020年，出口分別增長1%、2%和3%。", [E(2, "%", period="2019")], id="dash-span-traditional"),
    # negative: one figure over the span, or a count that does not fit
    pytest.param("2018年至2020年，出口累计增长10%。", [E(10, "%", period="2018/2020")], id="one-figure-for-the-span"),
    pytest.param("2018年至2020年，出口分别增长1%和2%。", [E(1, "%", period="2018/2020")], id="count-does-not-fit"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_RUN_CASES)
def test_a_figure_per_unit_of_a_span(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021, subject="全国"), expected)


# What a market prices moves from where it stood when the period began (base prev), unless 同比 is said;
# members of a group of shares are the subjects of their price moves.
MARKET_MOVE_CASES = [
    pytest.param("2021年上半年，涨幅超过20%的分别为电子、汽车行业。", [E(20, "%", metric="电子行业", base="prev")],
                 id="sector-rise-over-a-half"),
    pytest.param("A股上半年收官\n上半年，上证指数上涨3.4%。", [E(3.4, "%", base="prev", subject="A股")],
                 id="title-names-the-market"),
    pytest.param("2021年上半年，甲股份、乙集团等17只个股涨幅超2倍。",
                 [E(2, "倍", metric="甲股份股价", subject="甲股份", base="prev"), E(17, "只")], id="shares-of-a-group"),
    pytest.param("2021年上半年，漲幅超過20%的個股有甲股份、乙集團。",
                 [E(20, "%", metric="乙集團股價", subject="乙集團")],
                 id="traditional"),
    # negative: turnover grows against a year before; 同比 said outright stays
    pytest.param("A股上半年收官\n上半年，两市成交额增长21%。", [E(21, "%", base="yoy")], id="turnover-is-no-price"),
    pytest.param("2021年上半年，电子行业指数同比上涨20%。", [E(20, "%", base="yoy")], id="yoy-said"),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_MOVE_CASES)
def test_market_moves_over_a_period(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# A rate stated with no metric at the head of a sentence is the rate the paragraph just reported;
# how long a record has stood (连续第29年) and setting a goal (设定为) are no metric.
ELIDED_CASES = [
    pytest.param("2022年，全市GDP增长5%。2023年预期目标设定为增长8%左右。",
                 [E(8, "%", metric="GDP", modality="target", qualifier="approx")], id="goal-for-the-same-rate"),
    pytest.param("2022年，全市GDP增長5%。2023年預期目標定為增長6%。", [E(6, "%", metric="GDP", modality="target")],
                 id="traditional"),
    pytest.param("2021年，出口规模连续第29年居全国首位，增长13.5%。", [E(13.5, "%", metric="出口规模")],
                 id="years-in-a-row"),
    # negative: a metric named before, a clause with figures before, a part after 其中
    pytest.param("2022年，全市GDP增长5%。其中一产增长3%。", [E(3, "%", metric="一产")], id="part-names-itself"),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_CASES)
def test_a_rate_without_a_metric(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2022, subject="某市"), expected)


def test_a_rate_after_figures_of_its_own_sentence_is_not_the_paragraphs() -> None:
    records = cnreport.extract("2022年，全市GDP增长5%。10月汽车生产16.5万辆，增长9%。", year=2022)
    assert [r.metric for r in records if r.value == 9] != ["GDP"]


# Money handed out is named by what was handed out, not by who or when (活动期间共发放优惠总额…);
# a count of entities that did something names the deed (五百家本市餐厅参与).
HANDED_OUT_CASES = [
    pytest.param("活动期间共发放优惠总额827万元。", [E("8.27e6", "元", metric="优惠总额")],
                 id="object-names-the-amount"),
    pytest.param("活动期间，五百家商户参与，共发放优惠总额827万元。", [E("8.27e6", "元", metric="发放优惠总额")],
                 id="no-attribute-of-the-entities-before"),
    pytest.param("活動期間共發放優惠總額八百二十七萬元。", [E("8.27e6", "元", metric="優惠總額")], id="traditional"),
    pytest.param("局方去年共发放消费券2亿元。", [E("2e8", "元", metric="发放消费券")], id="deed-names-the-amount"),
    pytest.param("全年营业收入3亿元。", [E("3e8", "元", metric="营业收入")], id="an-indicator-stays"),
    pytest.param("活动期间，逾五百家本市餐厅参与。", [E(500, "家", metric="参与的餐厅数量", qualifier="over")],
                 id="entities-that-took-part"),
    pytest.param("活動期間，五百家本澳食肆參與。", [E(500, "家", metric="參與的食肆數量")], id="took-part-traditional"),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_OUT_CASES)
def test_amounts_handed_out_and_counts_of_deeds(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2026), expected)


# Budget speech: estimates measure what they estimate, the government's figures are the home
# place's, a ratio to a whole is a share of it, and 即 restates a figure in another unit.
BUDGET_CASES = [
    pytest.param("在政府支出方面，我预计修订预算为3806亿元，较原来预算低3%，即131亿元。",
                 [E("3.806e11", "元", metric="政府支出", modality="forecast"),
                  E(-3, "%", metric="政府支出", kind="gap"), E("-1.31e10", "元", metric="政府支出", kind="gap")],
                 id="topic-estimate-and-restatement"),
    pytest.param("在政府開支方面，我預計修訂預算為3806億元。", [E("3.806e11", "元", metric="政府開支")],
                 id="traditional-topic"),
    pytest.param("2012-13年度政府收入的修订预算达4455亿元。", [E("4.455e11", "元", metric="政府收入")],
                 id="estimate-of-an-indicator"),
    pytest.param("此外，甲乙物业发展有限公司派发的股息多约100亿元，政府收入的修订预算达4455亿元。",
                 [E("4.455e11", "元", subject="香港"), E("1e10", "元", subject="甲乙物业发展有限公司")],
                 id="the-government-is-the-home-place"),
    pytest.param("2013年，财政储备相当于本地生产总值36%。",
                 [E(36, "%", metric="财政储备占本地生产总值比重", kind="share")], id="ratio-to-a-whole"),
    pytest.param("2013年，財政赤字相當於GDP的3%。", [E(3, "%", metric="財政赤字佔GDP比重", kind="share")],
                 id="ratio-traditional"),
    # negative: a budget named as its own (财政预算) stays; a multiple of last year is no share
    pytest.param("今年财政预算为3000亿元。", [E("3e11", "元", metric="财政预算")], id="a-budget-itself"),
    pytest.param("2013年，出口额相当于上年的1.5倍。", [E(1.5, "倍", metric="出口额")], id="multiple-is-no-share"),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET_CASES)
def test_budget_estimates_and_ratios(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2013, subject="香港"), expected)


def test_a_hong_kong_budget_dates_its_undated_figures_in_the_coming_fiscal_year() -> None:
    text = (
        "財政司司長發表2024至25年度財政預算案\n2024年2月28日\n"
        "預計約12,000名納稅人受影響，佔相關納稅人總數的0.6%。政府債務與本地生產總值的比率為9%。"
    )
    records = cnreport.extract(text)
    check(records, [E(0.6, "%", period="2024-04/2025-03", kind="share"), E(9, "%", kind="share")])


def test_a_mainland_text_naming_a_budget_keeps_the_calendar_year() -> None:
    records = cnreport.extract("2024年财政预算执行情况\n全年一般公共预算收入增长5%。", year=2024)
    check(records, [E(5, "%", period="2024")])


# A ranking of places by an indicator: each place is the subject of its figure, named by the frame
# (各省GDP增速中 / 排名：) or, in a list with 、, by the rate the paragraph just reported.
RANKING_CASES = [
    pytest.param("2021年各省GDP增速排名：北京10.7%、浙江10.6%、上海9.8%。",
                 [E(10.7, "%", subject="北京", kind="growth_rate"), E(9.8, "%", subject="上海")],
                 id="frame-with-colon"),
    pytest.param("2021年，各省GDP增速中，北京为10.7%、浙江为10.6%。", [E(10.6, "%", subject="浙江")],
                 id="frame-with-among"),
    pytest.param("2021年各市人均可支配收入：北京7.5万元、上海7.8万元。",
                 [E(78000, "元", subject="上海", metric="人均可支配收入")], id="levels"),
    pytest.param("2021年，全国GDP增长8.1%。各省中，北京10.7%、浙江10.6%。",
                 [E(10.7, "%", subject="北京", kind="growth_rate")], id="rate-of-the-paragraph"),
    pytest.param("2021年各省GDP增速排名：北京10.7%、浙江10.6%。", [E(10.6, "%", subject="浙江")], id="two-places"),
    pytest.param("2021年各市人均可支配收入：台北7.5萬元、高雄5.8萬元。", [E(58000, "元", subject="高雄")],
                 id="traditional"),
    # negative: a figure with an indicator of its own keeps it
    pytest.param("2021年，全国GDP增长8.1%。各省中，北京投资增长10.7%、浙江投资增长10.6%。",
                 [E(10.7, "%", subject="北京", metric="投资")], id="own-indicator"),
]


@pytest.mark.parametrize(("text", "expected"), RANKING_CASES)
def test_rankings_of_places(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021, subject="全国"), expected)


def test_a_venue_is_not_what_a_report_is_about() -> None:
    from cnreport.documents import find_document_subject

    assert find_document_subject("晚间新闻\n国家主席今天在北京会见了外宾。\n全国粮食产量增长2%。") is None
    assert find_document_subject("北京经济运行\n北京GDP增长5%。") == "北京"
    assert find_document_subject("要闻\n總理今日於上海出席論壇。\n出口增長3%。") is None


def test_a_mainland_text_naming_macau_in_passing_keeps_renminbi() -> None:
    text = (
        "新闻联播\n国务院部署春耕，我国粮食产量增长2%。\n"
        "澳门与水利委员会签署协议，澳门获供水。\n铁路投资达5000亿元。"
    )
    assert [(r.unit, r.subject) for r in cnreport.extract(text, year=2008) if r.unit != "%"] == [("元", "全国")]
    macau = "本澳經濟\n本澳去年旅遊收入增長，澳門特區政府發放補貼2億元。"
    assert [r.unit for r in cnreport.extract(macau, year=2025)] == ["澳门元"]


# Contributions that pull the total down (拖累, 拉低, 拉下) are negative; 拉低 is one word.
PULL_DOWN_CASES = [
    pytest.param("2023年，房地产投资拖累全市投资增长1.2个百分点。",
                 [E(-1.2, "pp", kind="contribution", metric="房地产投资对全市投资增长的拉动")], id="drag"),
    pytest.param("2023年，净出口拉低GDP增长0.5个百分点。", [E(-0.5, "pp", metric="净出口对GDP增长的拉动")],
                 id="pull-down-is-one-word"),
    pytest.param("2023年，房地产投资拉低全市投资增速1.2个百分点。",
                 [E(-1.2, "pp", metric="房地产投资对全市投资增长的拉动")], id="the-growth-not-its-rate"),
    pytest.param("2023年，淨出口拖累GDP增長0.5個百分點。", [E(-0.5, "pp", kind="contribution")], id="traditional"),
    # negative: a pull up stays positive
    pytest.param("2023年，消费拉动GDP增长4.3个百分点。", [E(4.3, "pp", kind="contribution")], id="pull-up"),
]


@pytest.mark.parametrize(("text", "expected"), PULL_DOWN_CASES)
def test_contributions_that_pull_down(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# Web timelines open items with bullets and a date (●8月15日 中弘股份…): neither is a subject or part
# of the metric, and 中 after a day is the next name's first character, not "mid-month".
TIMELINE_CASES = [
    pytest.param("大事记\n●8月15日 甲乙股份营收增长5%。", [E(5, "%", metric="营收", subject="甲乙股份")],
                 id="bullet-and-date"),
    pytest.param("大事记\n◆8月15日 中弘股份营收增长5%。", [E(5, "%", metric="营收", subject="中弘股份")],
                 id="a-name-opening-with-zhong"),
    pytest.param("大事記\n■8月15日 甲乙集團營收增長5%。", [E(5, "%", subject="甲乙集團")], id="traditional"),
    # negative: 中 after a month is still the middle of the month
    pytest.param("2023年5月中，猪肉价格上涨5%。", [E(5, "%", metric="猪肉价格")], id="mid-month"),
]


@pytest.mark.parametrize(("text", "expected"), TIMELINE_CASES)
def test_timeline_items(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2018), expected)


# An estimate stated at a clause's head (…，预计约1.2万人受影响) runs on through the later clauses
# of its sentence until one says what has happened, turns (但, 前者/后者, 前值), or looks back (过去);
# a consensus figure labelled 预期 (预期23.5万人, 预期升0.9%) runs on nowhere.
FORECAST_RUN_CASES = [
    pytest.param("2024年，政府建议实施两级税率，预计约12000名纳税人受影响，占相关纳税人总数的0.6%，"
                 "政府收入每年增加约9.1亿元。",
                 [E(0.6, "%", modality="forecast"), E("9.1e8", "元", modality="forecast")], id="estimate-runs-on"),
    pytest.param("2024年，預計約12000名納稅人受影響，佔總數的0.6%。", [E(0.6, "%", modality="forecast")],
                 id="traditional"),
    # negative: a turn, a look back, a labelled consensus figure, another item
    pytest.param("2024年，预计全年GDP增长5%，但上半年仅增长3%。", [E(3, "%", modality=None)], id="turn"),
    pytest.param("2024年，预计未来五年，开支将由过往五年平均每年增加7%，减慢至每年增加2.2%。",
                 [E(7, "%", modality=None)], id="looking-back"),
    pytest.param("2024年，初请失业金人数为22.7万人，预期23.5万人，前值为23.4万人；四周均值23.65万人。",
                 [E(236500, "人", modality=None), E(235000, "人", modality="forecast")], id="consensus-figure"),
    pytest.param("2024年，前者占地6.28万平方米，预计总投资34.91亿元，后者占地90.88万平方米。",
                 [E(908800, "平方米", modality=None)], id="the-other-item"),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_RUN_CASES)
def test_an_estimate_runs_on_through_its_sentence(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Verbs that set a price, fee or rate anew (上调/下调/调高/调低): the amount after one is a change
# against the setting it replaces (base prev, its sign from the verb); with 至/到/为 after it, the
# new setting is a level. 每吨/每公升 before the verb make the unit per ton, per litre.
SETTING_CASES = [
    pytest.param("2023年，厦门出租车起步价下调1元。",
                 [E(-1, "元", kind="change", base="prev", metric="出租车起步价", subject="厦门")], id="fee-cut"),
    pytest.param("2023年，汽油价格每吨上调300元，柴油价格每吨上调290元。",
                 [E(300, "元/吨", kind="change", base="prev", metric="汽油价格"), E(290, "元/吨", kind="change")],
                 id="per-ton"),
    pytest.param("2023年，存款准备金率下调0.5个百分点。", [E(-0.5, "pp", kind="change", base="prev")],
                 id="a-rate-in-points"),
    pytest.param("2023年，油價每公升下調0.3元。", [E(-0.3, "元/公升", kind="change", base="prev", metric="油價")],
                 id="traditional-per-litre"),
    # negative: the new setting, and a rise of a level that names no setting
    pytest.param("2023年，票价由3元下调至2元。", [E(2, "元", kind="level"), E(3, "元", kind="level")],
                 id="set-to"),
    pytest.param("2023年，人均收入增加300元。", [E(300, "元", kind="level")], id="no-setting"),
]


@pytest.mark.parametrize(("text", "expected"), SETTING_CASES)
def test_a_setting_moved_by_an_amount(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Prices are per litre or per trip after a slash (6.9元/升, 2元/运次) though 升 and 运次 are no units
# of their own; a grade's number (93号汽油, 0#柴油) is part of a name, never a figure.
PRICED_PER_CASES = [
    pytest.param("2023年，92号汽油价格为7.6元/升。", [E(7.6, "元/升", metric="92号汽油价格"), NO(92)],
                 id="per-litre-and-grade"),
    pytest.param("2023年，宁波出租车起步价为10元/运次。", [E(10, "元/运次", metric="出租车起步价")], id="per-trip"),
    pytest.param("2023年，各地0#柴油均价为7.2元/升。", [E(7.2, "元/升"), NO(0)], id="hash-grade"),
    pytest.param("2023年，95號汽油價格為每公升8元。", [E(8, "元/公升"), NO(95)], id="traditional"),
    # negative: 升 as a verb after a slash-free amount is a rise
    pytest.param("2023年，某股收报5元，升3%。", [E(5, "元", kind="level"), E(3, "%")], id="rise-not-litre"),
]


@pytest.mark.parametrize(("text", "expected"), PRICED_PER_CASES)
def test_prices_per_litre_and_grades(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A decision announced: 将 before a verb of setting (将下调, 将降至) is a target, as is a setting dated
# to a day after the text was written; a day already past, or no day in the clause, is none.
ANNOUNCED_CASES = [
    pytest.param("某某网5月18日讯 宁波出租车燃油附加费将下调1元。", [E(-1, "元", modality="target")], id="will-cut"),
    pytest.param("某某网5月18日讯 宁波出租车燃油附加费将降至1元。", [E(1, "元", modality="target")], id="will-cut-to"),
    pytest.param("某某网5月18日讯 宁波出租车燃油附加费5月25日下调到1元。",
                 [E(1, "元", modality="target", period="2023-05-25")], id="a-later-day"),
    pytest.param("某某網5月18日電 澳門的士燃油附加費將下調1元。", [E(-1, "元", modality="target")], id="traditional"),
    # negative: a day already past, and a setting with no day
    pytest.param("某某网5月18日讯 宁波出租车燃油附加费5月11日下调到1元。",
                 [E(1, "元", modality=None, period="2023-05-11")], id="a-day-before"),
    pytest.param("某某网5月18日讯 宁波出租车燃油附加费下调到1元。", [E(1, "元", modality=None)], id="no-day"),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_CASES)
def test_announced_settings_are_targets(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# A clause that names only a price or fee (出租车燃油附加费，…) gives the metric of the figures after it;
# a count of things that made a setting (11个城市下调) is how many made it.
PRICE_TOPIC_CASES = [
    pytest.param("2023年，宁波出租车燃油附加费，7月20日下调到1元。",
                 [E(1, "元", metric="出租车燃油附加费", subject="宁波")], id="fee-topic"),
    pytest.param("2023年，厦门公交票价，7月起调整为2元。", [E(2, "元", metric="公交票价")], id="fare-topic"),
    pytest.param("2023年，全国仅有11个城市下调燃油附加费。", [E(11, "个", metric="下调燃油附加费的城市数量")],
                 id="cities-that-cut"),
    pytest.param("2023年，共有5家銀行下調存款利率。", [E(5, "家", metric="下調存款利率的銀行數量")], id="traditional"),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_TOPIC_CASES)
def test_price_topics_and_counts_of_settings(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Words around a metric that are no part of it: a focus (特别是, 尤其是), a cause (在…带动下, whose 带动
# opens no contribution); a bare word for size (规模, 总量) after a thing is named ranks and grows as
# that thing; a rank's other party is no base of the growth after it.
AROUND_THE_METRIC_CASES = [
    pytest.param("2021年，特别是汽车制造业增长12%。", [E(12, "%", metric="汽车制造业")], id="focus"),
    pytest.param("2021年，尤其是医药制造业在疫苗生产带动下比上年增长2.5倍。",
                 [E(2.5, "倍", metric="医药制造业", base="yoy")], id="focus-and-cause"),
    pytest.param("2021年，特別是汽車製造業增長12%。", [E(12, "%", metric="汽車製造業")], id="traditional"),
    pytest.param("2021年，深圳出口1.9万亿元，规模连续多年居全国城市首位，增长13.5%。",
                 [E(1, "rank", metric="出口"), E(13.5, "%", metric="出口", base="yoy")], id="size-ranks-and-grows"),
    # negative: a contribution stays one, and an amount of a size keeps its name
    pytest.param("2021年，消费带动GDP增长4.3个百分点。", [E(4.3, "pp", kind="contribution")], id="contribution"),
    pytest.param("2021年，新发基金100只，规模达到1000亿元。", [E("1e11", "元", metric="新发基金规模")],
                 id="an-amount-of-size"),
]


@pytest.mark.parametrize(("text", "expected"), AROUND_THE_METRIC_CASES)
def test_words_around_the_metric(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A group named by a bound it passed (超过万亿元的城市, 逾百億元的企業) is counted: the count is the fact,
# named by the bound; the bound itself is no figure.
GROUP_OVER_BOUND_CASES = [
    pytest.param("2021年，全国GDP超过万亿元的城市增至24个。", [E(24, "个", metric="GDP超过万亿元的城市数量")],
                 id="cities-over-a-trillion"),
    pytest.param("2021年，全省营收超100亿元的企业达到15家。",
                 [E(15, "家", metric="营收超100亿元的企业数量"), NO("1e10")], id="firms-over-a-bound"),
    pytest.param("2021年，全港營業額逾百億元的企業達15家。", [E(15, "家", metric="營業額逾百億元的企業數量")],
                 id="traditional"),
    # negative: a count with no bound keeps its own noun
    pytest.param("2021年，全市新增企业500家。", [E(500, "家", metric="新增企业")], id="no-bound"),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_OVER_BOUND_CASES)
def test_groups_named_by_a_bound_are_counted(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Wire news: a day with no month (23日纽约…) is a day of the month the news was filed in, or of the
# month before; a price that closes (收于) keeps its own name; a futures price moves against its last
# close; the dateline is no part of any metric; a cause's expectation (由于市场预期…) is no forecast.
WIRE_NEWS_CASES = [
    pytest.param("新华社纽约1月24日电 23日纽约市场原油期货价格下跌2.22美元，收于86.99美元。",
                 [E(-2.22, "美元", metric="纽约市场原油期货价格", period="2008-01-23", base="prev"),
                  E(86.99, "美元", metric="纽约市场原油期货价格", period="2008-01-23", kind="level")],
                 id="bare-day-and-close"),
    pytest.param("新华社纽约2月3日电 由于市场预期库存上升，1月30日的油价终盘跌至新低，31日纽约油价下跌1美元。",
                 [E(-1, "美元", metric="纽约油价", period="2008-01-31", modality=None)], id="day-of-the-month-before"),
    pytest.param("中央社台北1月24日電 23日紐約油價下跌2.22美元，收於86.99美元。",
                 [E(86.99, "美元", period="2008-01-23", kind="level")], id="traditional"),
    # negative: a day average and a share price's close stay as they were
    pytest.param("新华社1月24日电 某股票5日均线上涨2%。", [E(2, "%", period="2008-01-24")], id="day-average"),
    pytest.param("新华社1月24日电 万科A今日收于8.06元。", [E(8.06, "元", metric="收盘价", subject="万科A")],
                 id="share-close"),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_NEWS_CASES)
def test_wire_news_days_and_closes(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2008), expected)


# Who estimates may come before the word (我预计, 政府预计): the estimate still runs on to the
# clauses after it.
ESTIMATOR_CASES = [
    pytest.param("2024年，我预计会有8000亿元的财政储备，相当于本地生产总值28%。",
                 [E("8e11", "元", modality="forecast"), E(28, "%", modality="forecast")], id="i-estimate"),
    pytest.param("2024年，政府預計會有8000億元的財政儲備，相當於本地生產總值28%。",
                 [E(28, "%", modality="forecast")], id="traditional"),
    # negative: an estimate's word far into the clause is something else's
    pytest.param("2024年，全市财政收入达到8000亿元，好于市场普遍的预计，增长5%。", [E(5, "%", modality=None)],
                 id="not-at-the-head"),
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATOR_CASES)
def test_who_estimates_comes_first(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Periods in news and notes: a stock said as at a period's end (截至2020Q3，投资资产…) stands on its
# last day, a flow keeps the year to date; brackets that spell out a relative period (上周（8月30日至
# 9月5日）) date the sentence and its paragraph; the day a source spoke (据某网站7日消息) is no figure.
NEWS_PERIOD_CASES = [
    pytest.param("截至2020Q3，公司投资资产1.6万亿元，较上年末增长12.7%。",
                 [E("1.6e12", "元", period="2020-09-30"), E(12.7, "%", period="2020-09-30")],
                 id="stock-at-quarter-end"),
    pytest.param("截至2020年三季度末，贷款余额3000亿元。", [E("3e11", "元", period="2020-09-30")], id="balance"),
    pytest.param("据某部门网站7日消息，上周（8月30日至9月5日）全国猪肉批发价格下降2.8%。牛肉批发价格下降0.1%。",
                 [E(-2.8, "%", period="2020-08-30/2020-09-05"), E(-0.1, "%", period="2020-08-30/2020-09-05")],
                 id="glossed-week-governs"),
    pytest.param("據某部門網站7日消息，上週（8月30日至9月5日）全國豬肉批發價格下降2.8%。",
                 [E(-2.8, "%", period="2020-08-30/2020-09-05")], id="traditional"),
    # negative: a flow through a quarter is the year to date; brackets that add an aside stay an aside
    pytest.param("截至2020Q3，公司实现营业收入3400亿元。", [E("3.4e11", "元", period="2020-01/2020-09")], id="flow"),
    pytest.param("2020年，全市工业增长5%（上半年为增长3.5%），投资增长6%。",
                 [E(6, "%", period="2020"), E(3.5, "%", period="2020-H1")], id="aside"),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_PERIOD_CASES)
def test_periods_of_stocks_glosses_and_sources(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2020), expected)


# Market briefs: a firm that leads an index up (甲公司涨2%，领涨道指) moves as a share; an index named
# after a country (富时马来西亚综指) is that country's, whatever region the paragraph opened with; an
# outlet named after its city (据上海某某网报价显示) speaks for no city; 央行 and 国产 items are China's.
BRIEF_SUBJECT_CASES = [
    pytest.param("2024年9月14日早间要闻\n1、美国三大股指收涨。卡特彼勒涨1.71%，旅行者集团涨1.63%，领涨道指。",
                 [E(1.71, "%", metric="卡特彼勒股价", subject="卡特彼勒")], id="firm-leads-index"),
    pytest.param("2024年9月14日早间要闻\n3、亚太主要股指收盘多数上涨，富时马来西亚综指涨0.84%报1652.15点。",
                 [E(0.84, "%", subject="马来西亚"), E(1652.15, "点", subject="马来西亚")], id="index-of-a-country"),
    pytest.param("2024年9月14日早间要闻\n1、美国三大股指收涨。\n2、据上海有色网最新报价显示，国产电池级碳酸锂价格涨520元报7.43万元/吨。",
                 [E(74300, "元/吨", subject="中国")], id="outlet-of-a-city"),
    pytest.param("2024年9月14日早間要聞\n3、亞太主要股指收盤多數上漲，富時馬來西亞綜指漲0.84%。",
                 [E(0.84, "%", subject="馬來西亞")], id="traditional"),
    # negative: a firm in a sentence about output is no share; an index named after no country keeps
    # the region the paragraph is about
    pytest.param("2024年9月14日早间要闻\n1、美国三大股指收涨。\n2、某某电网公司售电量增长5%。",
                 [E(5, "%", metric="某某电网公司售电量")], id="no-share"),
    pytest.param("2024年9月14日早间要闻\n3、日本股市收涨，日经225指数涨0.8%。", [E(0.8, "%", subject="日本")],
                 id="known-instrument"),
]


@pytest.mark.parametrize(("text", "expected"), BRIEF_SUBJECT_CASES)
def test_subjects_in_market_briefs(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Company news: 赚 is the verb of a profit (甲公司上半年赚10亿 -> 盈利, the firm its subject); an amount
# written before a currency note (赚102.4億（美元，下同）) is in that currency wherever it is restated,
# and a headline whose every figure the body gives again is read where the body says them.
RESULTS_NEWS_CASES = [
    pytest.param("甲集团上半年赚10.2亿，较去年同期增5%。",
                 [E("1.02e9", "元", metric="盈利", subject="甲集团"), E(5, "%", metric="盈利")], id="earned"),
    pytest.param("甲銀行上半年賺10.2億　增5%\n2017-07-31\n\n甲銀行公布業績，上半年賺10.2億（美元，下同），增長5%。",
                 [E("1.02e9", "美元", metric="盈利")], id="traditional-note-after-the-amount"),
    # negative: a headline with a figure of its own keeps it; an amount never noted stays local
    pytest.param("甲銀行派息增至每股0.5元\n2017-07-31\n\n甲銀行公布業績，上半年賺10.2億（美元，下同）。",
                 [E(0.5, "元", metric="甲銀行派息")], id="headline-of-its-own"),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS_NEWS_CASES)
def test_results_news(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2017), expected)


def test_a_headline_restated_by_the_body_is_read_once() -> None:
    text = "甲銀行上半年賺10.2億　增5%\n2017-07-31\n\n甲銀行公布業績，上半年賺10.2億（美元，下同），增長5%。"
    records = cnreport.extract(text, year=2017)
    assert sorted(r.value for r in records) == [Decimal(5), Decimal("1.02e9")], describe(records)
    assert all(r.span[0] > text.index("公布") for r in records)


def test_invisible_separators_are_no_part_of_a_metric() -> None:
    records = cnreport.extract("2020年，全国共有11个城市下调\ue40c燃油附加费。")
    assert records and all("\ue40c" not in r.metric for r in records), describe(records)


# A multiple that widens to a level (差距倍数扩大至66.9倍) is that level, as a rate reached is.
MULTIPLE_REACHED_CASES = [
    pytest.param("2021年，家庭财富差距倍数扩大至66.9倍。", [E(66.9, "倍", kind="level")], id="widened-to"),
    pytest.param("2021年，家庭財富差距倍數擴大至66.9倍。", [E(66.9, "倍", kind="level")], id="traditional"),
    pytest.param("2021年，城乡收入比缩小至2.5倍。", [E(2.5, "倍", kind="level")], id="narrowed-to"),
    # negative: a rise by a multiple stays a growth
    pytest.param("2021年，出口额增长1.5倍。", [E(1.5, "倍", kind="growth_rate")], id="grew-by"),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_REACHED_CASES)
def test_a_multiple_reached_is_a_level(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Government replies (Macau, Hong Kong): for whom something is provided is no part of what
# (为企业提供贷款额上限500万元); 百分之九十三 is 93%; 於 before a date is "in", no comparison; what a
# programme named in quotes counted and paid out is the programme's, for the rest of its paragraph.
GOVERNMENT_REPLY_CASES = [
    pytest.param("2025年，局方為企業提供貸款額上限五百萬元。", [E(5000000, "元", metric="貸款額上限")],
                 id="for-whom-traditional"),
    pytest.param("2025年，全市向困难群众发放救助金3亿元。", [E("3e8", "元", metric="救助金")], id="to-whom"),
    pytest.param("2025年，其中1682宗已獲批准，佔申請總數逾百分之九十三。",
                 [E(93, "%", kind="share", qualifier="over")], id="per-cent-in-words"),
    pytest.param("2025年，出生率为千分之六点五。", [E(6.5, "‰", metric="出生率")], id="per-mille-in-words"),
    pytest.param("2026年，局方於去年十二月二十至廿二日推出優惠活動，逾五百家食肆參與。",
                 [E(500, "家", period="2025-12-20/2025-12-22")], id="in-a-period"),
    pytest.param("2025年，局方推出“慶回歸餐飲優惠”活動，逾五百家食肆參與，共發放優惠總額八百二十七萬元。",
                 [E(500, "家", metric="慶回歸餐飲優惠參與的食肆數量"),
                  E(8270000, "元", metric="慶回歸餐飲優惠發放優惠總額")],
                 id="programme"),
    # negative: a comparison with 高于 stays one; a policy campaign names no programme of the figures after it
    pytest.param("2025年，全市GDP增速高于2019年，达到5%。", [E(5, "%", period="2025")], id="higher-than"),
    pytest.param("2025年，全市实施“人工智能+”行动，新增智能工厂5家。", [E(5, "家", metric="新增智能工厂")],
                 id="campaign"),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT_REPLY_CASES)
def test_government_replies(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A group a sentence picks from (在这26个城市中, 26个城市中有19个 once the text has counted them) is no
# new fact; the first count of a surveyed group (在调查的21个行业中) is the survey's size.
GROUP_SCOPE_CASES = [
    pytest.param("2022年，在调查的21个行业中，有11个处于扩张区间。在调查的21个行业中，有13个高于临界点。",
                 [E(21, "个")], id="first-count-kept"),
    pytest.param("2022年3月，宁波成交量下降30%，在这26个城市中已算优秀。", [NO(26)], id="pointed-group"),
    pytest.param("2022年3月，在這26個城市中，寧波成交量下降30%。", [NO(26)], id="traditional"),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_SCOPE_CASES)
def test_groups_picked_from(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


def test_a_group_counted_again_is_no_new_fact() -> None:
    text = "2022年，在调查的21个行业中，有11个处于扩张区间。在调查的21个行业中，有13个高于临界点。"
    records = cnreport.extract(text)
    assert [r.value for r in records if r.value == 21] == [Decimal(21)], describe(records)


# A month before a metal or oil future (12月期金, 10月期铜) names the contract, not the figure's period.
def test_a_contract_month_is_no_period() -> None:
    records = cnreport.extract("2018年9月8日 早报\n美国12月期金下跌0.3%，报每盎司1,200.40美元。")
    assert records and all(r.period == "2018-09-07" for r in records), describe(records)


# 计划 naming a programme (优惠计划开支, 补贴计划2023至24年度开支) is no plan: the figure is reported
# spending, and the programme keeps its name; 计划 before a verb is a plan.
PROGRAMME_PLAN_CASES = [
    pytest.param("2024年，公共交通費用補貼計劃2023至24年度開支約35億元。",
                 [E("3.5e9", "元", modality=None, metric="公共交通費用補貼計劃開支")], id="traditional-programme"),
    pytest.param("2024年，长者乘车优惠计划开支为40亿元。", [E("4e9", "元", modality=None)], id="programme"),
    # negative: a plan to do something is a target
    pytest.param("2024年，全市计划投资100亿元。", [E("1e10", "元", modality="target")], id="plan"),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMME_PLAN_CASES)
def test_programmes_named_by_plan_words(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# The company and its subsidiaries (公司及下属控股子公司) are the reporting company: no part of a metric.
SUBSIDIARIES_CASES = [
    pytest.param("2018年，公司及下属控股子公司新增逾期债务本息金额14.28亿元。",
                 [E("1.428e9", "元", metric="新增逾期债务本息金额")], id="company-and-subsidiaries"),
    pytest.param("2018年，本集团及其子公司实现营业收入50亿元。", [E("5e9", "元", metric="营业收入")], id="group"),
    # negative: a subsidiary's own figure keeps its name
    pytest.param("2018年，下属子公司营业收入5亿元。", [E("5e8", "元", subject="下属子公司")], id="subsidiary"),
]


@pytest.mark.parametrize(("text", "expected"), SUBSIDIARIES_CASES)
def test_company_and_subsidiaries(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A counted list opening with a turn (而A、B、C三个行业跌幅均超过10%): each member's figure, the turn
# word no part of the first member, the list no part of the indicator.
def test_a_counted_list_after_a_turn() -> None:
    records = cnreport.extract("2021年上半年，而国防军工、非银金融、家用电器三个行业跌幅均超过10%。")
    assert sorted(r.metric for r in records) == ["国防军工行业", "家用电器行业", "非银金融行业"], describe(records)
    records = cnreport.extract("2021年上半年，而國防軍工、非銀金融、家用電器三個行業跌幅均超過10%。")
    assert {r.metric for r in records} == {"國防軍工行業", "非銀金融行業", "家用電器行業"}, describe(records)


# A figure after 高于/低于…的 is the comparator's own (增长5%，高于全省同期的2%: the province grew 2%),
# kind and base of the figure it is compared with, the comparator its subject or period; a gap in
# points stays a gap.
COMPARATOR_LEVEL_CASES = [
    pytest.param("2022年，泉州GDP增长2.5%，低于全省平均水平的4.6%。",
                 [E(2.5, "%", subject="泉州"), E(4.6, "%", kind="growth_rate", base="yoy", subject="全省")],
                 id="province-rate"),
    pytest.param("2022年1月，10年期美债收益率报2.941%，高于2021年12月的2.877%。",
                 [E(2.877, "%", kind="level", period="2021-12")], id="last-month-level"),
    pytest.param("2022年，台灣前20%家庭財富占比為60.94%，低於德國的73.11%。",
                 [E(73.11, "%", subject="德國")], id="traditional-country"),
    # negative: points of difference are a gap; an expectation stays the figure's own forecast
    pytest.param("2022年，全市GDP增速高于全省2个百分点。", [E(2, "pp", kind="gap", base="entity:全省")], id="gap"),
    pytest.param("2022年，核心CPI环比上涨0.3%，高于预期的0.2%。", [E(0.2, "%", modality="forecast")],
                 id="expectation"),
]


@pytest.mark.parametrize(("text", "expected"), COMPARATOR_LEVEL_CASES)
def test_the_comparators_own_figure(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# The size of a fall that moves to a figure (年減幅度降至1.48%, 降幅收窄至1.2%) is that fall; how a
# figure is described (呈现, 呈現) is no part of its metric.
FALL_SIZE_CASES = [
    pytest.param("107年，全年營收560.5億元、年減幅度降至1.48%。", [E(-1.48, "%", kind="growth_rate", metric="營收")],
                 id="taiwan-yearly-fall"),
    pytest.param("2024年，工业减幅回落至1.2%。", [E(-1.2, "%", kind="growth_rate")], id="fall-eases"),
    pytest.param("113年3月，基本金屬則呈現持平、年增0.01%。", [E(0.01, "%", metric="基本金屬")], id="described"),
    # negative: a rise's rate that reaches a figure stays positive
    pytest.param("2024年，工业增幅回落至1.2%。", [E(1.2, "%")], id="rise-eases"),
]


@pytest.mark.parametrize(("text", "expected"), FALL_SIZE_CASES)
def test_the_size_of_a_fall(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A group named by its place in a ranking (前20%家庭, 後40%的人口) is no figure; its share is.
RANKED_GROUP_CASES = [
    pytest.param("110年，台灣前20%家庭總財富占全體比重為60.94%。", [NO(20), E(60.94, "%", kind="share")],
                 id="traditional-top-fifth"),
    pytest.param("2024年，后40%的居民收入占比为15%。", [NO(40), E(15, "%")], id="bottom-two-fifths"),
    # negative: a share of a group written after its verb stays a figure
    pytest.param("2024年，该指数上涨20%。", [E(20, "%")], id="a-move"),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_GROUP_CASES)
def test_groups_named_by_rank(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 每吨765元、872元和1060元: the 每吨 before a list's first amount prices every amount of the list; nouns
# of one kind (动力煤、炼焦煤、二号无烟块煤价格) share only the indicator head, modifiers (城镇、乡村
# 消费品零售额) share the rest of the last item.
PRICED_LIST_CASES = [
    pytest.param("2021年，动力煤、炼焦煤、二号无烟块煤价格分别为每吨765元、872元和1060元。",
                 [E(765, "元/吨", metric="动力煤价格"), E(872, "元/吨", metric="炼焦煤价格"),
                  E(1060, "元/吨", metric="二号无烟块煤价格")], id="coal-prices"),
    pytest.param("2021年，汽油、柴油價格分別為每公升8元、7元。", [E(7, "元/公升", metric="柴油價格")],
                 id="traditional"),
    pytest.param("2021年，城镇、乡村消费品零售额分别增长5%和6%。", [E(5, "%", metric="城镇消费品零售额")],
                 id="modifiers"),
    # negative: an amount in another sentence part keeps its own unit
    pytest.param("2021年，钢材价格为4500元/吨，煤炭价格为800元。", [E(800, "元", metric="煤炭价格")], id="not-a-list"),
]


@pytest.mark.parametrize(("text", "expected"), PRICED_LIST_CASES)
def test_priced_lists(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A ranking said over clauses (A最多，达到N；其次是B和C，X分别为…): the first figure is A's, the next
# ones are B's and C's X; 其次 continues the ranking a superlative began.
RANKING_CONTINUED_CASES = [
    pytest.param("2024年，水电证书核发数量最多，达到8.85亿个；其次是风电和太阳能发电，核发数量分别为7.93亿个和4.84亿个。",
                 [E("8.85e8", "个", metric="水电证书核发数量"), E("7.93e8", "个", metric="风电核发数量"),
                  E("4.84e8", "个", metric="太阳能发电核发数量")], id="next-ones"),
    pytest.param("2024年，水電發電量最多，達到1.2萬億千瓦時；其次是風電和光伏，發電量分別為8000億千瓦時和6000億千瓦時。",
                 [E("8e11", "千瓦时", metric="風電發電量")], id="traditional"),
    # negative: a cleft that names its own indicator keeps it
    pytest.param("2024年，增长最快的是电子、汽车行业，分别增长20%和15%。", [E(15, "%", metric="汽车行业")], id="cleft"),
]


@pytest.mark.parametrize(("text", "expected"), RANKING_CONTINUED_CASES)
def test_a_ranking_continued(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# An economic zone named after its place (深圳先行示范区, 厦门自贸片区, 某港区) is the subject of its own
# figures, not the city; the city alone stays the city.
ZONE_SUBJECT_CASES = [
    pytest.param("前10个月，深圳先行示范区对东盟进出口2.14万亿元。", [E("2.14e12", "元", subject="深圳先行示范区")],
                 id="pilot-zone"),
    pytest.param("2024年，廈門自貿片區進出口增長5%。", [E(5, "%", subject="廈門自貿片區")], id="traditional"),
    # negative: the city itself
    pytest.param("2024年，深圳进出口增长5%。", [E(5, "%", subject="深圳")], id="city"),
]


@pytest.mark.parametrize(("text", "expected"), ZONE_SUBJECT_CASES)
def test_zones_are_subjects(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# An event opening a sentence (本届丝博会…, 2024某某国际博览会今天闭幕) is the subject of what is counted
# there; 本届/第七届 are no part of its name.
EVENT_SUBJECT_CASES = [
    pytest.param("2023年11月20日\n本届丝博会共签订合作项目1857个，总投资额达1.22万亿元。",
                 [E(1857, "个", subject="丝博会"), E("1.22e12", "元", subject="丝博会")], id="this-session"),
    pytest.param("2024年10月22日\n第七屆某某論壇共簽約項目120個。", [E(120, "个", subject="某某論壇")],
                 id="traditional"),
    # negative: a sentence about a place keeps the place
    pytest.param("2023年11月20日\n西安共签订合作项目1857个。", [E(1857, "个", subject="西安")], id="a-place"),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_SUBJECT_CASES)
def test_events_are_subjects(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 第N大 ranks by size (中国第一大经济城市, 全球第二大经济体, 我国第一大贸易伙伴): a rank of the indicator
# size is measured by there, among the group named before it (the country for 中国/我国).
RANK_BY_SIZE_CASES = [
    pytest.param("2021年，上海依然是中国第一大经济城市。",
                 [E(1, "rank", metric="地区生产总值", base="entity:全国", subject="上海")], id="city"),
    pytest.param("2021年，中国是全球第二大经济体。", [E(2, "rank", metric="国内生产总值", base="entity:全球")],
                 id="economy"),
    pytest.param("2021年，東盟是我國第一大貿易夥伴。",
                 [E(1, "rank", metric="貿易夥伴排名", base="entity:全國貿易夥伴")],
                 id="traditional-partner"),
    # negative: 第三大 of something else is no rank by size
    pytest.param("2021年，该公司第三大股东持股5%。", [NO(3, "rank")], id="shareholder"),
]


@pytest.mark.parametrize(("text", "expected"), RANK_BY_SIZE_CASES)
def test_ranks_by_size(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A figure that moved from one dated level to another (从2007年的不到5000万人迅速增加到2015年的3.13亿人):
# two levels, each of its year, a qualifier before the first no obstacle; how fast (迅速, 急剧) is
# no part of the metric.
FROM_TO_CASES = [
    pytest.param("中国网购人数从2007年的不到5,000万人迅速增加到2015年的3.13亿人。",
                 [E("5e7", "人", metric="网购人数", period="2007", qualifier="under"),
                  E("3.13e8", "人", metric="网购人数", period="2015")], id="from-to"),
    pytest.param("台灣網購人數從2007年的約500萬人急劇增加到2015年的1200萬人。",
                 [E("5e6", "人", period="2007"), E("1.2e7", "人", period="2015")], id="traditional"),
]


@pytest.mark.parametrize(("text", "expected"), FROM_TO_CASES)
def test_from_one_dated_level_to_another(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2016), expected)


# An amount after 增加/增长 in the clause after a level of the same thing, in the same unit
# (面积220.77千公顷，增加0.34千公顷) is by how much it changed; 增加至 reaches a level instead.
CHANGE_AFTER_LEVEL_CASES = [
    pytest.param("2025年，小麦种植面积220.77千公顷，增加0.34千公顷。",
                 [E(220770, "公顷", kind="level"), E(340, "公顷", kind="change", base="yoy")], id="area"),
    pytest.param("2024年，全市新增就业5萬人，增加1萬人。", [E(10000, "人", kind="change")], id="traditional-jobs"),
    # negative: moved to a level, and a flow with no level before it
    pytest.param("2024年，基本工程开支由2023年的760亿元增加至2024年的850亿元。", [E("8.5e10", "元", kind="level")],
                 id="moved-to"),
    pytest.param("2025年，新增贷款500亿元。", [E("5e10", "元", kind="level")], id="flow"),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_AFTER_LEVEL_CASES)
def test_a_change_after_its_level(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A monthly diffusion index (PMI, 商务活动指数) moved in points with no base said moves from last
# month's; a growth rate moved in points keeps the year-on-year default.
DIFFUSION_INDEX_CASES = [
    pytest.param("2022年10月，服务业PMI回落1.9个百分点。", [E(-1.9, "pp", base="prev")], id="pmi"),
    pytest.param("2022年10月，非製造業商務活動指數回落1.9個百分點。", [E(-1.9, "pp", base="prev")], id="traditional"),
    pytest.param("2022年，工业增速回落1.9个百分点。", [E(-1.9, "pp", base="yoy")], id="growth-rate"),
]


@pytest.mark.parametrize(("text", "expected"), DIFFUSION_INDEX_CASES)
def test_diffusion_indexes_move_from_last_month(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# Payroll counts are the month's change (8月非农就业岗位增加20.1万个; 減少5.16萬個): base prev; a
# bullet's dashes (--加拿大…) are no part of the metric.
PAYROLL_CASES = [
    pytest.param("2018年9月8日 早报\n--美国8月非农就业岗位增加20.1万个。",
                 [E(201000, "个", kind="change", base="prev", subject="美国")], id="payrolls"),
    pytest.param("2018年9月8日 早報\n--加拿大8月就業崗位減少5.16萬個。",
                 [E(-51600, "个", kind="change", base="prev")], id="traditional-fall"),
    # negative: new hires counted over a year stay a level
    pytest.param("2018年，全市新增就业5万人。", [E(50000, "人", kind="level")], id="new-jobs"),
]


@pytest.mark.parametrize(("text", "expected"), PAYROLL_CASES)
def test_payrolls_are_the_months_change(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 大约是本地生产总值34%: a share of an aggregate needs no 的, and 大约 before the verb makes it about;
# an estimate written 预计为… runs on to the clause after it (预期23.5万人 labels a consensus instead).
SHARE_OF_AGGREGATE_CASES = [
    pytest.param("2014年3月底，財政儲備預計為7,291億元，大約是本地生產總值34%。",
                 [E(34, "%", kind="share", qualifier="approx", modality="forecast")], id="traditional-reserves"),
    pytest.param("2024年，全市税收收入约为地区生产总值的8%。", [E(8, "%", kind="share")], id="with-de"),
    # negative: a rate stated with 是 and no aggregate stays a level
    pytest.param("2024年，失业率是5%。", [E(5, "%", kind="level")], id="no-aggregate"),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_OF_AGGREGATE_CASES)
def test_shares_of_an_aggregate(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 每年平均增长4% is an average rate, like 年均: 每 is no metric of its own.
def test_every_year_on_average_is_no_metric() -> None:
    records = cnreport.extract("2013年，全市地区生产总值每年平均实质增长4%。")
    assert records and all(r.metric and "每" not in r.metric for r in records), describe(records)


# A move up or down *to* a figure reaches that level (营收回升至…, 股价跌到…): no move against the
# previous close, even where a market's bare 升/跌 would make one; 升0.5元 alone stays a move.
REACHED_LEVEL_CASES = [
    pytest.param("甲公司3月营收回升至12.5亿元、月增4%。", [E(1250000000, "元", kind="level", base=None)],
                 id="back-up-to"),
    pytest.param("乙公司11月營收跳升至8.8億元、年增30%。", [E(880000000, "元", kind="level", base=None)],
                 id="traditional-jump-to"),
    pytest.param("收市前，丙股股价跌到15元。", [E(15, "元", kind="level")], id="price-down-to"),
    # negative: a bare move of a price is a change against the previous close
    pytest.param("丁股今日收于20.5元，升0.5元。", [E(0.5, "元", kind="change", base="prev")], id="bare-move"),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_LEVEL_CASES)
def test_a_move_to_a_figure_reaches_a_level(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# A firm named after a description of what it makes (…厂商甲乙, 5G模组及光纤/网络设备供应商丙丁) is
# the subject of the clause it opens, whatever script or Latin product names the description uses.
DESCRIBED_FIRM_CASES = [
    pytest.param("台灣網通廠去年表現亮眼。\nLED照明廠商甲乙（1234）積極跨入新市場，12月營收3億元、月增5%。",
                 [E(300000000, "新台币", subject="甲乙"), E(5, "%", subject="甲乙")], id="latin-traditional"),
    pytest.param("台湾网通厂去年表现亮眼。\n光纤/网络设备及软件供应商丙丁（5678）在年底标案推升下，12月营收2亿元。",
                 [E(200000000, "元", subject="丙丁")], id="slash-and-ji"),
    # negative: a firm blamed for a fall (受…拖累) is not the subject of the index's move
    pytest.param("受设备商戊己（4321）拖累，电子指数下跌2%。戊己…", [E(-2, "%", subject=None)], id="cause"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_FIRM_CASES)
def test_a_described_firm_opens_its_clause(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# 全市/全省 and 该市/该省 stand for the city or province just named (甲省乙市发布…，全市…; 据乙市统计局，该市…),
# before the document's own subject; a place after a comparing word (与乙市相比) is the other side.
SCOPE_OWNER_CASES = [
    pytest.param("本报记者 张三 佛山报道\n2022年1月5日，湖北省宜昌市发布2021年经济运行情况，全市生产总值增长8%。",
                 [E(8, "%", subject="宜昌市")], id="named-publisher"),
    pytest.param("本报记者 张三 佛山报道\n襄阳市GDP增长6%。据宜昌市统计局的数据，2021年该市GDP增长7.9%。",
                 [E(6, "%", subject="襄阳市"), E(7.9, "%", subject="宜昌市")], id="pointing-city"),
    pytest.param("本報記者 張三 佛山報道\n1-11月，宜昌市工業產值增長9%。1-11月，全市財政收入增長6%。",
                 [E(6, "%", subject="宜昌市")], id="traditional-paragraph"),
    pytest.param("2021年宜昌市经济运行情况\n与襄阳市相比，全市生产总值增长较快，增长8%。",
                 [E(8, "%", subject="宜昌")], id="compared-city-is-no-owner"),
]


@pytest.mark.parametrize(("text", "expected"), SCOPE_OWNER_CASES)
def test_scope_words_stand_for_the_place_just_named(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# A level or share reached over a span of years (“十五五”时期…达到65%) is where the span ends; what the
# span adds up (累计新增…) and its average rate (年均增长…) keep the span.
SPAN_END_CASES = [
    pytest.param("“十五五”时期主要目标\n“十五五”时期，全省常住人口城镇化率达到65%左右，粮食产能提高到1400亿斤。",
                 [E(65, "%", period="2030"), E(140000000000, "斤", period="2030")], id="plan-levels"),
    pytest.param("2026—2030年，全市研发投入强度提升至3%，年均增长8%。",
                 [E(3, "%", period="2030"), E(8, "%", period="2026/2030")], id="written-span-and-rate"),
    pytest.param("“十四五”時期，全省服務業增加值比重達到55%。", [E(55, "%", period="2025")], id="traditional-review"),
    # negative: a sum over the span keeps the span
    pytest.param("“十五五”时期，全省累计新增城镇就业达到500万人。", [E(5000000, "人", period="2026/2030")], id="sum"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_END_CASES)
def test_a_level_reached_over_a_span_is_its_end(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2026), expected)


# A count after a verb of making or trading measures that flow of its noun (生产…台汽车 -> 汽车产量);
# a count after a verb of building stays the number of the things (新建…台充电桩 -> 充电桩数量).
DEED_MEASURE_CASES = [
    pytest.param("2023年全国生产50万台拖拉机，增长4%。", [E(500000, "台", metric="拖拉机产量")], id="made"),
    pytest.param("2023年該廠銷售3萬輛電動車，下降2%。", [E(30000, "辆", metric="電動車銷量")], id="traditional-sold"),
    pytest.param("2023年该公司交付12万辆汽车。", [E(120000, "辆", metric="汽车交付量")], id="delivered"),
    # negative: a count of things built is how many there are
    pytest.param("2023年全市新建1.5万台充电桩。", [E(15000, "台", metric="充电桩数量")], id="built"),
]


@pytest.mark.parametrize(("text", "expected"), DEED_MEASURE_CASES)
def test_a_count_after_a_verb_of_making_measures_the_flow(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# 两市 (the two exchanges) describes the A-share market rather than naming it: shown by its name.
DESCRIBED_SUBJECT_CASES = [
    pytest.param("2023年上半年，沪深两市日均成交额9000亿元。", [E(900000000000, "元", subject="A股")], id="simplified"),
    pytest.param("2023年上半年，兩市成交額增長12%。", [E(12, "%", subject="A股")], id="traditional"),
    # negative: a market named by its name keeps it
    pytest.param("2023年上半年，沪深股市成交额增长9%。", [E(9, "%", subject="沪深股市")], id="named"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SUBJECT_CASES)
def test_a_described_market_is_shown_by_its_name(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A move said with its force (暴涨, 大增, 锐减, 微跌) is a growth rate like 上涨/下降: the force word
# is no part of the metric, and a fall is negative.
FORCE_MOVE_CASES = [
    pytest.param("2023年，公司净利润大增35%。", [E(35, "%", kind="growth_rate", metric="净利润")], id="surge"),
    pytest.param("2023年，武漢市出口銳減12%。", [E(-12, "%", kind="growth_rate", metric="出口")],
                 id="traditional-plunge"),
    pytest.param("当日收盘，股价暴跌9.8%。", [E(-9.8, "%", kind="growth_rate", metric="股价")], id="crash"),
    # negative: a share is no move, whatever verb precedes
    pytest.param("2023年，出口占比为20%。", [E(20, "%", kind="share")], id="no-move"),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_MOVE_CASES)
def test_a_move_said_with_its_force(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# A list of boards (煤炭、钢铁板块) names a board per item, none of them a share; a market opening the
# list (A股…) is every item's subject, also when the figures follow in a later clause (…，涨幅分别为…).
BOARD_LIST_CASES = [
    pytest.param("3月8日，A股煤炭、有色、化工板块走强，涨幅分别为2.1%、1.5%、0.9%。",
                 [E(2.1, "%", metric="煤炭板块", subject="A股"), E(1.5, "%", metric="有色板块", subject="A股"),
                  E(0.9, "%", metric="化工板块", subject="A股")], id="later-clause"),
    pytest.param("3月8日，A股銀行、券商板塊漲幅分別為0.8%、1.2%。",
                 [E(0.8, "%", metric="銀行板塊", subject="A股"), E(1.2, "%", metric="券商板塊", subject="A股")],
                 id="traditional"),
    # negative: a share named in a later sentence keeps its own name as subject
    pytest.param("3月8日，A股煤炭、有色板块走强，涨幅分别为2.1%、1.5%。个股方面，甲乙科技涨3.3%。",
                 [E(3.3, "%", metric="甲乙科技股价", subject="甲乙科技")], id="share-after"),
]


@pytest.mark.parametrize(("text", "expected"), BOARD_LIST_CASES)
def test_a_list_of_boards(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# Modal and time adverbs (应该, 最终, 现在, 如今) say how or when a figure holds, no part of its metric;
# words that merely contain them (应收账款) keep their characters.
ADVERB_FILLER_CASES = [
    pytest.param("2023年，电厂储煤量应该在20万吨。", [E(200000, "吨", metric="电厂储煤量")], id="modal"),
    pytest.param("2023年，全市森林覆蓋率現在達到45%。", [E(45, "%", metric="森林覆蓋率")], id="traditional-now"),
    # negative: a metric that holds the characters keeps them (最终消费 is final consumption)
    pytest.param("2023年，最终消费支出对经济增长的贡献率为60%。", [E(60, "%", metric="最终消费支出经济增长的贡献率")],
                 id="final-consumption"),
    pytest.param("2023年末，应收账款余额为5亿元。", [E(500000000, "元", metric="应收账款余额")], id="receivables"),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_FILLER_CASES)
def test_modal_and_time_adverbs_are_no_metric(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# 分别比A和B高X个和Y个百分点: each change against its own base, in order; a list of entities
# (分别比甲省和乙省高…) is no list of bases and is left to the gap rules.
PAIRED_BASE_CASES = [
    pytest.param("10月末，贷款余额增长8%，增速分别比上月末和上年同期低0.3个和1.9个百分点。",
                 [E(-0.3, "pp", kind="change", base="prev"), E(-1.9, "pp", kind="change", base="yoy")],
                 id="month-year"),
    pytest.param("上半年，出口增速分別比一季度和上年同期加快1.2個和0.5個百分點。",
                 [E(1.2, "pp", base="period:2024-Q1"), E(0.5, "pp", base="yoy")], id="traditional-quarter"),
    pytest.param("上半年，利润增速分别较上年同期、上年全年提高2个、1个百分点。",
                 [E(2, "pp", base="yoy"), E(1, "pp", base="period:2023")], id="dunhao"),
    # negative: entities compared with are gaps, each against its entity
    pytest.param("上半年，全市GDP增长6%，分别比全国和全省高1个和0.5个百分点。",
                 [E(1, "pp", kind="gap", base="entity:全国"), E(0.5, "pp", kind="gap", base="entity:全省")],
                 id="entities"),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_BASE_CASES)
def test_paired_bases_are_taken_in_order(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# Trade with a partner, however the reporter is written (我国对/与/同X, 我与X): the metric is 对X…, the
# reporter the subject; a share that names no whole (…，占18%) is of the whole the paragraph last named,
# and 我国/我 before a whole (占我国外贸总值) is the reporter, no part of the whole's name.
PARTNER_SHARE_CASES = [
    pytest.param("前三季度，我与甲盟贸易总值为4.2万亿元，增长1.2%，占我国外贸总值的13%。",
                 [E(4200000000000, "元", metric="对甲盟贸易总值"),
                  E(13, "%", kind="share", metric="对甲盟贸易总值占外贸总值比重")], id="wo-yu"),
    pytest.param("一季度我國與德國進出口3553.4億元，增長5%；對法國出口增長3%。",
                 [E(355340000000, "元", metric="對德國進出口")],
                 id="traditional-guo-yu"),
    pytest.param("前三季度，一般贸易进出口21万亿元，占外贸总值的65%。同期，加工贸易进出口5.9万亿元，占18%。",
                 [E(18, "%", kind="share", metric="加工贸易进出口占外贸总值比重")], id="bare-share"),
    # negative: investment abroad names no partner
    pytest.param("2023年，我国对外直接投资1000亿美元。", [E(100000000000, "美元", metric="对外直接投资")], id="abroad"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_SHARE_CASES)
def test_trade_partners_and_shares_of_the_same_whole(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# 东盟为我第一大贸易伙伴 / 是我国第三大出口市场: a rank among the reporter's partners (我 as 我国), named
# 贸易伙伴排名; the trade with that partner in the same sentence stays the reporter's.
PARTNER_RANK_CASES = [
    pytest.param("前三季度，东盟为我第一大贸易伙伴，与东盟贸易总值为5万亿元。",
                 [E(1, "rank", kind="rank", metric="贸易伙伴排名", base="entity:全国贸易伙伴", subject="东盟"),
                  E(5000000000000, "元", metric="对东盟贸易总值", subject=None)], id="wo"),
    pytest.param("前三季度，美國繼續是我國第三大出口市場。", [E(3, "rank", kind="rank", metric="出口市場排名")],
                 id="traditional-market"),
    # negative: an ordinal inside a name is no rank
    pytest.param("前三季度，第三产业增加值增长5%。", [NO(3, "rank")], id="name"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_RANK_CASES)
def test_ranks_among_the_reporters_partners(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# 其次是服装（下跌12.9%）、电器（下跌11%）: a figure in brackets after a name is that item's, measured by
# the indicator of the figure before it; a bracketed restatement after a figure (（上年为6%）) is not.
BRACKETED_ITEM_CASES = [
    pytest.param("九月珠寶首飾的銷貨價值較去年同月下跌20.1%，其次是服裝（下跌12.9%）、電器（下跌11.0%）。",
                 [E(-12.9, "%", metric="服裝銷貨價值"), E(-11, "%", metric="電器銷貨價值")], id="traditional"),
    pytest.param("其中，汽车类零售额增长5.2%，家电类（增长3.1%）、通讯器材类（增长8.2%）增长较快。",
                 [E(3.1, "%", metric="家电类零售额"), E(8.2, "%", metric="通讯器材类零售额")], id="simplified"),
    # negative: a restatement in brackets after the figure names no item
    pytest.param("2024年，全市零售额增长5%（上年为6%）。", [E(6, "%", metric="零售额", period="2023")], id="restated"),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_ITEM_CASES)
def test_bracketed_items_take_the_indicator_before(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# 对中国大陆及香港出口125亿美元: partners joined without 均/分别 are one market, the figure theirs together,
# none of them the subject; a body that says or forecasts a figure (财政部预估…) is its source, not its subject.
JOINT_PARTNER_CASES = [
    pytest.param("台灣10月出口增加8%。按主要市場觀察，10月對中國大陸及香港出口125.5億美元，年減3.2%。",
                 [E(12550000000, "美元", metric="對中國大陸及香港出口", subject="台灣"),
                  E(-3.2, "%", metric="對中國大陸及香港出口", subject="台灣")], id="traditional-joint"),
    pytest.param("台灣10月出口增加8%。財政部預估11月出口將年增3%至8%。",
                 [E(3, "%", subject="台灣", modality="forecast")], id="forecaster"),
    # negative: partners with 分别 are each their own figure
    pytest.param("前三季度，我国对东盟、欧盟出口分别增长8%和2%。",
                 [E(8, "%", metric="对东盟出口"), E(2, "%", metric="对欧盟出口")], id="each"),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_PARTNER_CASES)
def test_joint_partners_and_forecasters(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2024), expected)


# 由8元跌到6元, 由50港元升上60港元: every verb of moving to a level (跌到, 涨到, 升上, 回升到) ends the
# metric, so the level reached is named like the level left.
MOVED_TO_CASES = [
    pytest.param("当日，股价由8元跌到6元。", [E(8, "元", metric="股价"), E(6, "元", metric="股价", kind="level")],
                 id="fell-to"),
    pytest.param("當月，股價由50港元升上60港元。", [E(60, "港元", metric="股價", kind="level")],
                 id="traditional-rose-to"),
    pytest.param("8月，库存由120万吨回升到150万吨。", [E(1500000, "吨", metric="库存")], id="recovered-to"),
]


@pytest.mark.parametrize(("text", "expected"), MOVED_TO_CASES)
def test_verbs_of_moving_to_a_level(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2016), expected)


# A dated market wrap (2024-11-05 …截至收盘，沪指涨…) reports its day: figures it does not date are that
# day's; 全市场 is the whole market (no city), and 逆势 says how a board moved, no part of its name.
MARKET_WRAP_CASES = [
    pytest.param("A股三大指数集体收涨\n2024-11-05 15:30 来源：某某财经\n截至收盘，沪指涨2.29%，报3386.99点。",
                 [E(2.29, "%", period="2024-11-05", base="prev"), E(3386.99, "点", period="2024-11-05")],
                 id="wrap"),
    pytest.param("港股收漲\n2024-11-05\n截至收市，恒生指數升2.1%。全市場超過1000隻股份上升。",
                 [E(2.1, "%", period="2024-11-05"), E(1000, "只", subject="香港")], id="traditional-wrap"),
    pytest.param("2024-11-05\n截至收盘，银行板块逆势下跌0.3%。", [E(-0.3, "%", metric="银行板块")],
                 id="against-the-market"),
    # negative: a dated review of a year keeps its figures in that year
    pytest.param("2024年经济回顾\n2024-12-31\n全年GDP增长5%。", [E(5, "%", period="2024")], id="review"),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_WRAP_CASES)
def test_a_dated_market_wrap_reports_its_day(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 每年能新增…能力62万标准箱: what can be added each year is the capacity added (能, 可以, 每年 are no part of
# it), in boxes written out (标准箱) as in their short form (标箱).
CAPACITY_CASES = [
    pytest.param("2023年，全市每年能新增集装箱吞吐能力62万标准箱、货物吞吐能力300万吨。",
                 [E(620000, "标准箱", metric="新增集装箱吞吐能力"), E(3000000, "吨", metric="货物吞吐能力")],
                 id="capacity"),
    pytest.param("2023年，全市每年可以新增泊位8個。", [E(8, "个", metric="新增泊位")], id="traditional-can"),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY_CASES)
def test_capacity_added_each_year(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# 对东盟进出口2万亿元。其中，出口1.35万亿元: a part opened by 其中 in the next sentence is of the same
# partner's trade; without a partner before it, a flow stays as named.
PARTNER_CARRIED_CASES = [
    pytest.param("前10个月，全市对东盟进出口2万亿元，增长5%。其中，出口1.35万亿元，增长11.1%。",
                 [E(1350000000000, "元", metric="对东盟出口"), E(11.1, "%", metric="对东盟出口")], id="next-sentence"),
    pytest.param("前10個月，全市對東盟進出口2萬億元。其中，進口6500億元。",
                 [E(650000000000, "元", metric="對東盟進口")], id="traditional"),
    # negative: no partner before: the flow keeps its own name
    pytest.param("前10个月，全市进出口2万亿元。其中，出口1.35万亿元。", [E(1350000000000, "元", metric="出口")],
                 id="no-partner"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_CARRIED_CASES)
def test_a_partners_trade_split_in_the_next_sentence(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


# 与2019年相比，…增长12%: a period a leading clause compares with is the base of the moves after it; a
# leading comparison with a place names no period, and a move that states its own base keeps it.
LEADING_BASE_CASES = [
    pytest.param("与2019年相比，全市规上工业增加值增长12%，出口增长20%。",
                 [E(12, "%", base="period:2019"), E(20, "%", base="period:2019")], id="year"),
    pytest.param("與2019年同期相比，全港零售額下跌15%。", [E(-15, "%", base="period:2019")], id="traditional"),
    pytest.param("与2019年相比，全市工业增加值增长12%，同比增长8%。",
                 [E(12, "%", base="period:2019"), E(8, "%", base="yoy")], id="own-base-kept"),
]


@pytest.mark.parametrize(("text", "expected"), LEADING_BASE_CASES)
def test_a_leading_clause_names_the_base(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# 完成全年目标的55%: a share of the goal done by the figure's own period (the goal's 全年 dates no figure),
# of what the clause names when no figure came before it.
GOAL_DONE_CASES = [
    pytest.param("上半年，全市固定资产投资完成全年目标的55%。",
                 [E(55, "%", kind="share", metric="固定资产投资完成全年目标比例", period="2021-H1", modality=None)],
                 id="named-in-clause"),
    pytest.param("前三季度，城鎮新增就業98萬人，完成全年目標任務的82%。",
                 [E(82, "%", kind="share", period="2021-01/2021-09")], id="traditional-after-level"),
    # negative: a year's goal stated as a target keeps its year
    pytest.param("全年目标是城镇新增就业100万人。", [E(1000000, "人", period="2021")], id="target"),
]


@pytest.mark.parametrize(("text", "expected"), GOAL_DONE_CASES)
def test_a_share_of_the_goal_done(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# 近8成省份完成了目标, 六成以上的城市房价下跌: a per cent of a group's members said before the group, with
# nothing else measured in its clause, is a share named by what the members did; a threshold on an
# indicator (增速10%以上的城市有5个) still names the group, and its count is the fact.
MEMBER_SHARE_CASES = [
    pytest.param("上半年，近8成省份完成了目标。",
                 [E(80, "%", kind="share", metric="完成目标的省份占比", qualifier="approx")],
                 id="approx"),
    pytest.param("全國超過六成的城市房價下跌。",
                 [E(60, "%", kind="share", metric="房價下跌的城市佔比", qualifier="over")], id="traditional-over"),
    pytest.param("全市八成以上乡镇完成了年度任务。", [E(80, "%", kind="share", metric="完成年度任务的乡镇占比")],
                 id="bound-after"),
    # negative: a threshold on an indicator names the group: its count is the fact, the rate none
    pytest.param("增速10%以上的城市有5个。", [NO(10, "%"), E(5, "个", kind="level")], id="threshold"),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_SHARE_CASES)
def test_a_share_of_a_groups_members(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# 周四美股…, 高于周三的2.877%, 上周五道指…: a weekday in dated news is the latest such day on or before the
# item's day (上 the week before); after 较/比 it is the base a move is measured from and dates nothing.
WEEKDAY_CASES = [
    pytest.param("2024-08-16\n周四，美国10年期国债收益率报2.941%，高于周三的2.877%。",
                 [E(2.941, "%", period="2024-08-15"), E(2.877, "%", period="2024-08-14")], id="this-week"),
    pytest.param("2024-08-16\n上週五，道指上漲1%。", [E(1, "%", period="2024-08-09", metric="道指")],
                 id="traditional-last"),
    # negative: a weekday after 较 is the base, the figure is the day's
    pytest.param("2024-08-16\n今日在岸人民币收报7.25，较上周五升121点子。", [E(121, "基点", period="2024-08-16")],
                 id="base"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_CASES)
def test_weekdays_in_dated_news(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text), expected)


# A digest's numbered item (NO.2 我国8月外储… 环比减少…) is a headline: its number is no part of a metric,
# the space between its statements ends a clause, and 外储 is written out (外汇储备).
DIGEST_ITEM_CASES = [
    pytest.param("财经早餐\n正文第一段。\nNO.2 我国8月外储32321亿美元 环比减少37.7亿美元\n正文。",
                 [E(3232100000000, "美元", metric="外汇储备"), E(-3770000000, "美元", metric="外汇储备", base="prev")],
                 id="digest"),
    # negative: a body sentence with a space keeps reading as one clause
    pytest.param("正文第一段。\n全市 GDP增长5%。", [E(5, "%", metric="GDP")], id="body-space"),
]


@pytest.mark.parametrize(("text", "expected"), DIGEST_ITEM_CASES)
def test_a_digests_numbered_items(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2021), expected)


# A market index is its country's (富时指数 -> 英国, DAX -> 德国), whatever region opened the paragraph or
# country the figure before named; a board with its own region keeps it (港股 -> 香港).
INDEX_COUNTRY_CASES = [
    pytest.param("欧洲股市周五收低，富时指数下跌0.56%，法国CAC-40指数上涨0.16%，德股DAX指数收高0.04%。",
                 [E(-0.56, "%", subject="英国"), E(0.16, "%", subject="法国"), E(0.04, "%", subject="德国")],
                 id="europe"),
    pytest.param("港股方面，恒指收漲1.2%。", [E(1.2, "%", subject="香港")], id="traditional-board"),
]


@pytest.mark.parametrize(("text", "expected"), INDEX_COUNTRY_CASES)
def test_an_index_is_its_countrys(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2018), expected)


def test_a_bond_a_country_holds_stays_the_holders() -> None:
    """日本所持美债: the holder's figure, though the bond is American (only share indexes take their country)."""
    records = cnreport.extract("6月，日本所持美国国债增加100亿美元。", year=2024)
    assert records and all(r.subject == "日本" for r in records), describe(records)


# 个人所得税法获批，起征点提高至5000元/月: a tax's parameter (起征点, 减除费用) is the tax's the sentence or
# the text's opening names; a parameter of a named tax keeps its name.
TAX_PARAMETER_CASES = [
    pytest.param("个人所得税法修正案获批。\n新法实施后，起征点从3500元/月提高至5000元/月。",
                 [E(5000, "元/月", metric="个人所得税起征点")], id="opening-tax"),
    pytest.param("新規實施後，個人所得稅起徵點提高至5000元/月。", [E(5000, "元/月", metric="個人所得稅起徵點")],
                 id="traditional-named"),
    pytest.param("增值税改革落地。\n小规模纳税人征收率由3%降至1%。", [E(1, "%", metric="增值税小规模纳税人征收率")],
                 id="vat"),
]


@pytest.mark.parametrize(("text", "expected"), TAX_PARAMETER_CASES)
def test_a_taxs_parameters(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2018), expected)


# 占国际市场的份额从11%上升到15%: a share moving from one level to another names its whole like any share.
def test_a_share_moving_from_one_level_to_another() -> None:
    records = cnreport.extract("2021年，出口占国际市场的份额从11%上升到15%。", year=2021)
    assert {r.metric for r in records} == {"出口占国际市场份额"}, describe(records)


# “十四五”时期，城镇化率由58%提高到62%: over a span of years, the level reached stands at its end and the
# level it started from at its eve (the year before its first).
SPAN_FROM_TO_CASES = [
    pytest.param("“十四五”时期，全省城镇化率由58%提高到62%。",
                 [E(58, "%", period="2020"), E(62, "%", period="2025")], id="plan-span"),
    pytest.param("“十四五”時期，全省城鎮化率從58%提高到62%。", [E(58, "%", period="2020")], id="traditional"),
    # negative: a span's yearly average keeps the span
    pytest.param("“十四五”时期，全省GDP年均增长5.5%。", [E(5.5, "%", period="2021/2025")], id="average"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_FROM_TO_CASES)
def test_a_span_from_one_level_to_another(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2025), expected)


# 在调查的21个行业中，有11个处于扩张区间: how many members of the group named before did what follows
# the count; a count followed by its noun keeps that noun.
MEMBERS_DEED_CASES = [
    pytest.param("在调查的21个行业中，有11个处于扩张区间。", [E(11, "个", metric="处于扩张区间的行业数")], id="pmi"),
    pytest.param("12個重點行業中，有8個實現盈利。", [E(8, "个", metric="實現盈利的重點行業數")], id="traditional"),
    # negative: a count with its own noun after it
    pytest.param("全市新增企业500家。", [E(500, "家", metric="新增企业")], id="own-noun"),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS_DEED_CASES)
def test_members_of_a_group_with_a_deed(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2022), expected)


# 与全国相比，全市GDP增速高1个百分点: after a leading clause comparing with a place, points that state no
# base of their own are the gap to that place; a change with its own base (比上年提高…) stays a change.
LEADING_PLACE_CASES = [
    pytest.param("与全国相比，全市GDP增速高1个百分点。", [E(1, "pp", kind="gap", base="entity:全国", metric="GDP")],
                 id="gap"),
    pytest.param("與全省相比，全市投資增速快2個百分點。", [E(2, "pp", kind="gap", base="entity:全省")],
                 id="traditional"),
    pytest.param("与全省相比，全市投资增速快2个百分点，比上年提高0.5个百分点。",
                 [E(0.5, "pp", kind="change", base="yoy")], id="own-base"),
]


@pytest.mark.parametrize(("text", "expected"), LEADING_PLACE_CASES)
def test_a_leading_clause_names_the_place_of_a_gap(text: str, expected: list[Expect]) -> None:
    check(cnreport.extract(text, year=2023), expected)


def by_value(text: str, field: str, year: int, subject: str | None = None) -> dict[float, object]:
    """Each record's ``field`` by its value: what a table row asks of one figure among several."""
    return {float(r.value): getattr(r, field) for r in cnreport.extract(text, year=year, subject=subject)}


def first_metric(text: str, year: int) -> str | None:
    records = cnreport.extract(text, year=year)
    return records[0].metric if records else None


# A run-in heading dated in brackets (新发基金（2020/08/29-09/04）：…) dates the figures after its colon;
# a bracket inside a clause (…（其中一季度增长3%）…) still dates only what it holds.
@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        pytest.param(
            "前言。新发行基金（2020/08/29-09/04）：本期共发基金38只。", 38, "2020-08-29/2020-09-04", id="slashed-span"
        ),
        pytest.param("前言。新發行基金（2020年8月）：本期共發基金38只。", 38, "2020-08", id="month-traditional"),
        pytest.param("前言。新批基金（8月22日-8月28日）：本期新批准基金13只。", 13, "2020-08-22/2020-08-28", id="days"),
        pytest.param("前言。出口增长5%（其中8月增长3%），进口增长4%。", 4, "2020", id="aside-holds-inside"),
    ],
)
def test_a_heading_dated_in_brackets_dates_what_follows(text: str, value: float, period: str) -> None:
    assert by_value(text, "period", year=2020).get(float(value)) == period


# A leading role clause (作为全国第三大城市，…) describes the subject the next clause names: its figures
# are that subject's, whatever the document is about.
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        pytest.param("作为中国GDP第三大城市，深圳经济总量站上3万亿元。", 3, "深圳", id="rank-by-size"),
        pytest.param("作为占全国两成的产区，河南小麦产量增长5%。", 20, "河南", id="share"),
        pytest.param("作為全國第二大城市，上海GDP增長5%。", 5, "上海", id="traditional-main-clause"),
        pytest.param("作为试点，全国新增企业5万家。", 50000, "全国", id="no-role-figure"),
    ],
)
def test_a_role_clause_is_the_next_subjects(text: str, value: float, subject: str) -> None:
    assert by_value(text, "subject", year=2023, subject="全国").get(float(value)) == subject


# A numbered heading run into its paragraph by a full-width indent (PDF text layers) is a sentence
# of its own: its words are no metric of the paragraph's first figure.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param(
            "上文完。 1.渠道发力，甲业务持续负增长\u3000\u3000前三季度公司寿险保费收入100亿元。",
            "寿险保费收入",
            id="after-a-sentence",
        ),
        pytest.param("二、工業生產穩定\u3000\u3000全年工業增加值增長5%。", "工業增加值", id="line-start-traditional"),
        pytest.param("（三）消费回暖  全年社会消费品零售总额增长4%。", "社会消费品零售总额", id="ascii-spaces"),
    ],
)
def test_a_run_in_heading_is_no_part_of_the_metric(text: str, metric: str) -> None:
    assert first_metric(text, 2020) == metric


# Results news that marks single quarters (Q3单季度…) labels results to date by the quarter (2020Q3 =
# January to September); a text that never says 单季 keeps 2020Q3 the quarter.
@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        pytest.param("2020Q3公司营收100亿元。Q3单季度营收40亿元。", 100e8, "2020-01/2020-09", id="to-date"),
        pytest.param("2020Q3公司营收100亿元。Q3单季度营收40亿元。", 40e8, "2020-Q3", id="single-marked"),
        pytest.param("20Q2公司營收60億元。Q2單季營收30億元。", 60e8, "2020-H1", id="traditional-half"),
        pytest.param("2020Q3公司营收40亿元，环比增长5%。", 40e8, "2020-Q3", id="no-single-mark"),
    ],
)
def test_a_quarter_label_reads_to_date_where_single_quarters_are_marked(text: str, value: float, period: str) -> None:
    assert by_value(text, "period", year=2020).get(value) == period


# 因…而, 由於…導致: a cause linked to the move it brings is why the figure moved, no part of its metric.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param("二季度出口因外需减弱而下降2%。", "出口", id="yin-er"),
        pytest.param("由於成本上升導致利潤下降5%。", "利潤", id="traditional-daozhi"),
        pytest.param("全年营收因疫情而减少3%。", "营收", id="after-the-metric"),
        pytest.param("因为需求旺盛，销量增长8%。", "销量", id="cause-clause-unchanged"),
    ],
)
def test_a_linked_cause_is_no_part_of_the_metric(text: str, metric: str) -> None:
    assert first_metric(text, 2021) == metric


# A list whose last item holds the group noun and an indicator (食品饮料、银行板块持股市值) names each
# item as a member of that group measured so; a one-character modifier (中、小型企业) is no member.
@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        pytest.param(
            "食品饮料、银行板块持股市值分别为4055亿元、2062亿元。",
            ["食品饮料板块持股市值", "银行板块持股市值"],
            id="board",
        ),
        pytest.param(
            "電子、汽車行業營業收入分別增長5%、6%。", ["電子行業營業收入", "汽車行業營業收入"], id="traditional"
        ),
        pytest.param("中、小型企业PMI分别为48.7%和48.9%。", ["中型企业PMI", "小型企业PMI"], id="modifiers"),
        pytest.param(
            "工业机器人、医疗设备产量分别增长84%、77%。", ["工业机器人产量", "医疗设备产量"], id="no-group-noun"
        ),
    ],
)
def test_list_items_share_the_group_noun_and_indicator(text: str, metrics: list[str]) -> None:
    assert [r.metric for r in cnreport.extract(text, year=2021)] == metrics


# In market news a clause naming only when the move came (最终, 后, 其後) goes on with the share the
# clause before named; a clause naming another thing does not.
@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param("钻石板块走强，甲乙科技盘中涨超5%，最终收盘涨幅3.66%。", "甲乙科技股价", id="final-close"),
        pytest.param("港股方面，丙丁控股一度升5%，其後回落至2%。", "丙丁控股股價", id="traditional-later"),
        pytest.param("钻石板块走强，甲乙科技涨5%，成交额增长20%。", "甲乙科技成交额", id="another-thing"),
    ],
)
def test_a_share_move_goes_on_in_a_clause_of_sequence(text: str, second: str) -> None:
    records = [r for r in cnreport.extract(text, year=2022) if r.unit == "%"]
    assert len(records) >= 2 and records[1].metric == second
    assert records[1].kind == "growth_rate"


# A bare attribute of a traded instrument (收益率, 成交量, 结算价) after a clause quoting that
# instrument's price names that instrument's; the place and the word 指标 are no part of its name.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param("美国指标10年期公债价格下跌18/32，收益率报2.94%。", "10年期公债收益率", id="bond-yield"),
        pytest.param("德國10年期債券價格上升，收益率跌至2.1%。", "10年期債券收益率", id="traditional"),
        pytest.param("甲乙原油期货价格收跌2%，结算价报每桶70美元。", "甲乙原油期货结算价", id="settlement"),
        pytest.param("全年股票成交额增长5%，收益率3%。", "收益率", id="no-price-before"),
    ],
)
def test_an_instruments_attribute_after_its_price(text: str, metric: str) -> None:
    records = cnreport.extract(text, year=2018)
    assert records and records[-1].metric == metric


# A bracketed figure after a comparator (高于全省平均水平（4.6%）) is the comparator's own figure of the
# measure just given, not a level of the clause's subject; an aside in brackets elsewhere is unchanged.
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "上半年，福州GDP增长5.4%，增速高于全省平均水平（4.6%）。", 4.6, ("growth_rate", "福建"), id="province"
        ),
        pytest.param("宁德GDP增长9.6%，增速高于全国（2.5%）。", 2.5, ("growth_rate", "全国"), id="country"),
        pytest.param("泉州出口增長8%，低於全省（12%）。", 12, ("growth_rate", "福建"), id="traditional"),
        pytest.param("泉州出口增长8%（上年同期为5%），高于预期。", 5, ("growth_rate", "泉州"), id="aside-unchanged"),
    ],
)
def test_a_bracketed_figure_after_a_comparator_is_the_comparators(
    text: str, value: float, expected: tuple[str, str]
) -> None:
    kinds = by_value(text, "kind", year=2022, subject="福建")
    subjects = by_value(text, "subject", year=2022, subject="福建")
    assert (kinds.get(float(value)), subjects.get(float(value))) == expected


# A paragraph's later sentences are the place its sentence opens with; a place named in a later
# clause (…，郑州机场吞吐量…) is that clause's own and does not carry on.
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        pytest.param("生产总值6.66万亿元，郑州机场货邮吞吐量突破100万吨。发电装机1.6亿千瓦。", 160_000_000, "河南",
                     id="later-clause"),
        pytest.param("郑州全年生产总值1.4万亿元。第一产业增长3%。", 3, "郑州", id="opening-place"),
        pytest.param("生產總值6.66萬億元，鄭州機場吞吐量增長5%。裝機容量增長8%。", 8, "河南", id="traditional"),
    ],
)
def test_a_paragraph_carries_the_place_its_sentence_opens_with(text: str, value: float, subject: str) -> None:
    assert by_value(text, "subject", year=2025, subject="河南").get(float(value)) == subject


# 比预期高出…: the expectation is what the figure is set against, so the figure is no forecast; the
# expectation's own figure (高于预期的0.2%) is one.
@pytest.mark.parametrize(
    ("text", "value", "modality"),
    [
        pytest.param("稅收比預期高出248億元。", 24_800_000_000, None, id="beats-expectation-traditional"),
        pytest.param("全年营收较市场预期多出5亿元。", 500_000_000, None, id="market-expectation"),
        pytest.param("核心CPI上涨0.3%，高于预期的0.2%。", 0.2, "forecast", id="the-expectation-itself"),
        pytest.param("预计全年营收增长5%。", 5, "forecast", id="a-forecast-stays"),
    ],
)
def test_a_figure_set_against_an_expectation_is_no_forecast(text: str, value: float, modality: str | None) -> None:
    assert by_value(text, "modality", year=2012).get(float(value), "missing") == modality


# In a budget speech public revenue and spending are counted by fiscal year: a calendar year names the
# fiscal year that began in it; the economy's figures keep the calendar year.
BUDGET = "財政司司長發表2013至14年度預算案\n立法會 2013年2月27日\n去年經濟波動，政府收取的利得稅比預期高出248億元。{}\n"


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        pytest.param("去年本地生產總值增長1.4%。", 24_800_000_000, "2012-04/2013-03", id="revenue"),
        pytest.param("去年經常開支增加5%。", 5, "2012-04/2013-03", id="spending"),
        pytest.param("去年本地生產總值增長1.4%。", 1.4, "2012", id="economy-keeps-the-calendar-year"),
    ],
)
def test_a_budget_counts_public_finances_by_fiscal_year(sentence: str, value: float, period: str) -> None:
    assert by_value(BUDGET.format(sentence), "period", year=2013).get(float(value)) == period


# A gap verb whose comparator is a period (较去年高出15%, 較上年度的修訂預算高出15.5%) makes a move from
# that period; one whose comparator is a place stays a gap.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("今年营收较去年高出15%。", ("growth_rate", "period:2012"), id="last-year"),
        pytest.param("今年营收比2019年高出15%。", ("growth_rate", "period:2019"), id="a-year"),
        pytest.param(
            "今年開支較2012年度的修訂預算高出15.5%。", ("growth_rate", "period:2012"), id="its-estimate-traditional"
        ),
        pytest.param("今年利润比去年多出3亿元。", ("change", "yoy"), id="no-gap-verb"),
        pytest.param("上海营收比全国高出15%。", ("gap", None), id="a-place-stays-a-gap"),
    ],
)
def test_a_gap_against_a_period_is_a_move(text: str, expected: tuple[str, str | None]) -> None:
    [record, *_] = cnreport.extract(text, year=2013)
    kind, base = expected
    assert record.kind == kind and (base is None or record.base == base)


# 零增长: growth of nothing is a growth rate of 0%; 零 elsewhere (零售, 零部件) is no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("合肥2021年GDP罕见出现零增长。", [("GDP", 0.0, "growth_rate")], id="zero-growth"),
        pytest.param("公務員編制維持零增長。", [("公務員編制", 0.0, "growth_rate")], id="traditional"),
        pytest.param(
            "零售额增长5%，零部件出口增长3%。",
            [("零售额", 5.0, "growth_rate"), ("零部件出口", 3.0, "growth_rate")],
            id="no-zero-elsewhere",
        ),
    ],
)
def test_zero_growth_is_a_growth_rate_of_zero(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.metric, float(r.value), r.kind) for r in cnreport.extract(text, year=2021)] == expected


# A weekly review (周报, or a text opening on 上周) with a report window of about a week reviews the
# trading week the window ends in: its 上周, 全周 and undated figures are that week, 截至上周五 its Friday.
WEEKLY = "{title}\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        pytest.param(
            "甲乙基金周报（2021/03/06-03/12）",
            "截至上周五，沪深300收于5000.5点，全周上涨2%。上周偏股基金平均仓位为80.5%，较前一期下降0.3%。",
            {5000.5: "2021-03-12", 2: "2021-03-08/2021-03-12", 80.5: "2021-03-08/2021-03-12",
             -0.3: "2021-03-08/2021-03-12"},
            id="window-in-title",
        ),
        pytest.param(
            "市場回顧：上週恒指全週下跌3%，成交額4000億元。",
            "本期新上市股票（2019年5月4日至5月10日）共5隻。",
            {-3: "2019-05-06/2019-05-10", 4e11: "2019-05-06/2019-05-10", 5: "2019-05-04/2019-05-10"},
            id="traditional-window-in-a-heading",
        ),
        pytest.param(
            "市场回顾：上周市场整体上涨。",
            "上证综指全周上涨1.5%。",
            {1.5: "2021"},
            id="no-window-no-week",
        ),
    ],
)
def test_a_weekly_review_dates_by_the_week_it_reviews(title: str, body: str, expected: dict[float, str]) -> None:
    got = by_value(WEEKLY.format(title=title, body=body), "period", year=2021 if "2019" not in body else 2019)
    assert {v: got.get(float(v)) for v in expected} == {float(v): p for v, p in expected.items()}


# A proportion (仓位, 占比, 比重) that rises by N% has moved N points, a % written for 个百分点; what it
# rises to is its level, and a rate of something else after it keeps its own kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("股票型基金平均仓位较上期上升0.29%。", ("change", 0.29, "pp"), id="position"),
        pytest.param("线上销售占比同比下降1.5%。", ("change", -1.5, "pp"), id="share-falls"),
        pytest.param("製造業比重較上年提高0.8%。", ("change", 0.8, "pp"), id="traditional"),
        pytest.param("服务业比重增至55.2%。", ("share", 55.2, "%"), id="rises-to-a-level"),
        pytest.param("人民币汇率上涨0.5%。", ("growth_rate", 0.5, "%"), id="a-price-is-no-proportion"),
    ],
)
def test_a_proportion_moves_in_points(text: str, expected: tuple[str, float, str]) -> None:
    [record, *_] = cnreport.extract(text, year=2021)
    assert (record.kind, float(record.value), record.unit) == expected


def test_a_proportion_noun_in_another_clause_does_not_make_a_rate_points() -> None:
    records = cnreport.extract("煤炭工业占比高达70%，增长20%。", year=2021)
    assert [(r.kind, r.unit) for r in records if float(r.value) == 20] == [("growth_rate", "%")]


# A bracket holding only a period (新发基金（5月4日至10日）共5只) dates its clause and breaks none: the
# figure after it keeps the metric before it. A bracket with words or a figure still breaks the clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("新发基金（5月4日至5月10日）共5只。", [("新发基金", 5.0, "2019-05-04/2019-05-10")], id="span"),
        pytest.param("全市新發基金（5月）共5隻。", [("新發基金", 5.0, "2019-05")], id="traditional-month"),
        pytest.param("社会融资规模（截至6月末）为300万亿元。", [("社会融资规模", 3e14, "2019-06-30")], id="as-at"),
        pytest.param(
            "出口增长5%（上年为3%），进口增长2%。",
            [("出口", 5.0, "2019"), ("出口", 3.0, "2018"), ("进口", 2.0, "2019")],
            id="a-figure-in-the-bracket",
        ),
    ],
)
def test_a_bracket_holding_a_period_dates_its_clause(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.metric, float(r.value), r.period) for r in cnreport.extract(text, year=2019)] == expected


# A move named without its direction (涨跌幅, 增减幅度) is a growth rate that keeps the figure's own sign:
# neither its 涨 nor its 跌 says which way it went.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("甲基金一周净值涨跌幅为5.35%。", [("甲基金一周净值", 5.35)], id="positive"),
        pytest.param("各行业涨跌幅分别为1.2%、-0.8%。", [("各行业", 1.2), ("各行业", -0.8)], id="list-of-both"),
        pytest.param("營收增減幅度為-3%。", [("營收", -3.0)], id="traditional"),
        pytest.param("乙指数跌幅为2%。", [("乙指数", -2.0)], id="a-fall-rate-still-falls"),
    ],
)
def test_a_move_named_without_its_direction_keeps_its_sign(text: str, expected: list[tuple[str, float]]) -> None:
    records = cnreport.extract(text, year=2020)
    assert [(r.metric, float(r.value)) for r in records] == expected
    assert {r.kind for r in records} == {"growth_rate"}


# 名 counts people: the unit is 人 (3000余名群众, 12,000名納稅人), while 第3名 and 前10名 stay ranks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("医疗队为3000余名群众义诊。", (3000.0, "人"), id="people"),
        pytest.param("預計約12,000名納稅人受影響。", (12000.0, "人"), id="traditional"),
        pytest.param("该市GDP排名全省第3名。", (3.0, "rank"), id="a-rank-stays"),
    ],
)
def test_ming_counts_people(text: str, expected: tuple[float, str]) -> None:
    [record, *_] = cnreport.extract(text, year=2020)
    assert (float(record.value), record.unit) == expected


# A count before a pair of nouns (40个国家和地区) counts the pair; before X的Y (40个国家的参展商) it
# counts X. A 和 that leads to another figure (1000亿元逆回购和2000亿元MLF) still ends the noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("展会吸引了来自40多个国家和地区的参展商。", [("国家和地区数量", 40.0)], id="pair-then-owner"),
        pytest.param("產品出口到120個國家和地區。", [("國家和地區數量", 120.0)], id="traditional-pair"),
        pytest.param("论坛邀请了来自20个国家的嘉宾。", [("国家数量", 20.0)], id="owner"),
        pytest.param(
            "当日有1000亿元逆回购和2000亿元MLF到期。", [("逆回购", 1e11), ("MLF到期", 2e11)], id="and-another-figure"
        ),
    ],
)
def test_a_count_before_a_noun_pair_or_an_owner(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(r.metric, float(r.value)) for r in cnreport.extract(text, year=2020)] == expected


# 种 counts kinds (168种药品, 1300多种商品); a number that opens an indicator's name (十种有色金属) is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("一共对168种药品进行了谈判。", [(168.0, "种")], id="kinds"),
        pytest.param("本屆展會共有逾500種商品參展。", [(500.0, "种")], id="traditional"),
        pytest.param("十种有色金属产量545万吨。", [(5450000.0, "吨")], id="a-name-opens-with-it"),
    ],
)
def test_zhong_counts_kinds(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(float(r.value), r.unit) for r in cnreport.extract(text, year=2020)] == expected


# N家企业携M种商品参展: the first count counts the carriers, not 企业携.
def test_a_count_that_carries_another_counts_the_carriers() -> None:
    records = cnreport.extract("本届展会1600余家企业携1300多种商品参展。", year=2020)
    first, *_ = records
    assert (first.metric, float(first.value)) == ("企业数量", 1600.0)


# An item headline (甲遗址出土文物超19件) over a paragraph that says its figures again is read once, where
# the paragraph says them; a headline with a figure of its own, or only a numbering (1、), keeps its lines.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param(
            "前言。\n甲市前三季度外贸增长11.4%\n据海关统计，前三季度甲市外贸进出口5000亿元，增长11.4%。\n",
            [5e11, 11.4],
            id="restated",
        ),
        pytest.param(
            "前言。\n乙市外貿增長11.4%　出口增12%\n據海關統計，前三季度乙市外貿進出口5000億元，增長11.4%。\n",
            [11.4, 12.0, 5e11, 11.4],
            id="traditional-with-a-figure-of-its-own",
        ),
        pytest.param(
            "前言。\n1、募投项目推进顺利\n报告期内，公司募投项目投资额为3.5亿元。\n", [3.5e8], id="numbering-only"
        ),
    ],
)
def test_an_item_headline_restated_below_is_read_once(text: str, values: list[float]) -> None:
    assert [float(r.value) for r in cnreport.extract(text, year=2021)] == values


# A stock (余额, 库存, 存栏, 总数) that rises by an amount has changed by it, as one that falls has; a
# stock counted at the end of a week (至9月13日当周钻井总数) stands on that day, a flow over the week.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("贷款余额增加500亿元。", [("change", 5e10, "2024")], id="balance-rises"),
        pytest.param("生豬存欄增加5萬頭。", [("change", 5e4, "2024")], id="traditional-herd"),
        pytest.param("原油库存减少300万桶。", [("change", -3e6, "2024")], id="falls"),
        pytest.param(
            "美国至9月13日当周石油钻井总数为488口，前值483口。",
            [("level", 488.0, "2024-09-13"), ("level", 483.0, "2024-09-06")],
            id="stock-at-the-weeks-end",
        ),
        pytest.param(
            "美国至8月10日当周初请失业金人数为22.7万人。",
            [("level", 227000.0, "2024-08-04/2024-08-10")],
            id="a-flow-over-the-week",
        ),
    ],
)
def test_a_stock_moves_by_an_amount_and_stands_on_a_day(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.kind, float(r.value), r.period) for r in cnreport.extract(text, year=2024)] == expected


# With no figure of its own before it, the clause's rate (甲乙的GDP增速高于全省（4.6%）) is the comparator's,
# bracketed: a growth rate of the comparator, not a count or level of the clause's subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("上半年，宁德、龙岩的GDP增速高于全省平均水平（4.6%）。", ("GDP", 4.6, "福建"), id="province"),
        pytest.param("所有地市的GDP增速均高于或等于全国（2.5%）。", ("GDP", 2.5, "全国"), id="or-equal"),
        pytest.param("廈門消費增速低於全省（3%）。", ("消費", 3.0, "福建"), id="traditional-below"),
    ],
)
def test_a_comparators_bracketed_rate_with_no_figure_before(text: str, expected: tuple[str, float, str]) -> None:
    [record] = cnreport.extract(text, year=2022, subject="福建")
    assert (record.metric, float(record.value), record.subject, record.kind) == (*expected, "growth_rate")


# A stock measured in months of a flow (相当于政府23个月的开支, 可支付15个月的进口) gives the months as a
# figure; a span of months without a covering verb (过去12个月进口增长5%) stays a span.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("財政儲備相當於23個月的開支。", [("財政儲備開支月數", 23.0, "个月")], id="traditional"),
        pytest.param("外汇储备可以支付15个月的进口。", [("进口月数", 15.0, "个月")], id="imports"),
        pytest.param("过去12个月进口增长5%。", [("进口", 5.0, "%")], id="a-span-stays-a-span"),
    ],
)
def test_months_of_a_flow_that_a_stock_covers(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(r.metric, float(r.value), r.unit) for r in cnreport.extract(text, year=2013)] == expected


# A rate named after its figure as expected (5.5%的预期增长) is a forecast growth rate; an amount's degree
# word (49亿元的轻微赤字) is no part of the indicator after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("名義本地生產總值5.5%的預期增長。", ("名義本地生產總值", "growth_rate", "forecast"), id="expect"),
        pytest.param("本地生產總值錄得3%的實質增長。", ("本地生產總值", "growth_rate", None), id="real-no-forecast"),
        pytest.param("來年帳目預計錄得約49億元的輕微赤字。", ("赤字", "level", "forecast"), id="slight-deficit"),
    ],
)
def test_an_expected_rate_and_a_slight_deficit(text: str, expected: tuple[str, str, str | None]) -> None:
    [record] = cnreport.extract(text, year=2013)
    assert (record.metric, record.kind, record.modality) == expected


# An average per household or person (平均每户财富500万元) is an average in 元, the 每户 part of its metric;
# a price per thing (每人20万美元, 每公斤9.8元) keeps its denominator in the unit.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("家庭財富第5分位組平均每戶5133萬元。", "元", id="traditional-average"),
        pytest.param("城镇居民平均每人可支配收入3万元。", "元", id="per-person-average"),
        pytest.param("太空旅游费用约为每人20万美元。", "美元/人", id="a-price-per-person"),
        pytest.param("猪肉每公斤9.8元。", "元/公斤", id="a-price-per-kilo"),
    ],
)
def test_an_average_per_household_is_no_price_per_household(text: str, unit: str) -> None:
    [record] = cnreport.extract(text, year=2021)
    assert record.unit == unit


# Dividends as Hong Kong results state them: 美仙 is a unit (a US cent, kept as written), and 派/派發 is
# the paying, no part of the dividend's name (中期息派10美仙, 派發末期息每股30港仙).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第二次中期息派10美仙。", ("第二次中期息", 10.0, "美仙"), id="us-cent"),
        pytest.param("派發末期息每股30港仙。", ("末期息每股", 30.0, "港仙"), id="paying-first"),
        pytest.param("公司派发现金红利3亿元。", ("现金红利", 3e8, "元"), id="simplified"),
    ],
)
def test_a_dividend_paid_in_cents(text: str, expected: tuple[str, float, str]) -> None:
    [record] = cnreport.extract(text, year=2017)
    assert (record.metric, float(record.value), record.unit) == expected


# Business prose drops 元 after an amount's scale also when the money word is followed by its comparison
# and move (盈利比去年同期大增17亿, 存款按季少76億); a bare count after a move (人数增加17万) is no amount.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第二季盈利比去年同期大增17亿。", (1.7e9, "元", "change"), id="profit-up"),
        pytest.param("第二季賺53億，比去年第二季則大增17億。", (1.7e9, "元", "change"), id="traditional-carried"),
    ],
)
def test_a_bare_amount_after_a_money_move(text: str, expected: tuple[float, str, str]) -> None:
    last = cnreport.extract(text, year=2017)[-1]
    assert (float(last.value), last.unit, last.kind) == expected


# When a move happened (最终, 随后, 后) is no metric: after a board is named, each share's later move keeps
# that share (…甲乙股份盘中涨超5%，最终收盘涨幅3.66%；丙丁科技…，后回落至2.53%); 最终消费支出 keeps its 最终.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "对应A股钻石板块，甲乙股份盘中一度涨超5%，最终收盘涨幅3.66%；丙丁科技盘中涨幅一度超5%，后回落至2.53%。",
            {3.66: "甲乙股份股价", 2.53: "丙丁科技股价"},
            id="after-a-board",
        ),
        pytest.param("最终消费支出增长5%。", {5.0: "最终消费支出"}, id="a-name-keeps-it"),
    ],
)
def test_when_a_move_happened_is_no_metric(text: str, expected: dict[float, str]) -> None:
    got = by_value(text, "metric", year=2022)
    assert {v: got.get(v) for v in expected} == expected


# A commodity named by its contract or market (期金, 期铜, 現貨金, 原油期货) moves and is quoted as a price:
# metric <contract>价格, its moves against the previous quote.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "美国12月期金收跌0.3%，报每盎司1,200.40美元。",
            [("期金价格", -0.3, "prev"), ("期金价格", 1200.4, None)],
            id="gold-future",
        ),
        pytest.param("現貨金下跌0.4%。", [("現貨金價格", -0.4, "prev")], id="traditional-spot"),
        pytest.param("期金持仓量增加5000手。", [], id="no-price-no-suffix"),
    ],
)
def test_a_contract_commodity_is_quoted_as_a_price(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(r.metric, float(r.value), r.base) for r in cnreport.extract(text, year=2018)] == expected


# A group named after its count (日均成交额超百亿元的共有24个行业) is counted with its bound, as one named
# before (人口超过1亿的省份有2个); a count with no bound keeps its noun.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param("上半年日均成交额超百亿元的共有24个行业。", "日均成交额超百亿元的行业数量", id="noun-after"),
        pytest.param("營收逾百億元的共有15家企業。", "營收逾百億元的企業數量", id="traditional"),
        pytest.param("人口超过1亿的省份有2个。", "人口超过1亿的省份数量", id="noun-before"),
        pytest.param("去年共有15家企业。", "企业数量", id="no-bound"),
    ],
)
def test_a_group_named_after_its_count_keeps_its_bound(text: str, metric: str) -> None:
    [record] = cnreport.extract(text, year=2021)
    assert record.metric == metric


def test_a_name_said_twice_is_said_once() -> None:
    text = "今年上半年两市累计成交额107万亿元，较2020年上半年的88万亿元累计成交额增长21%。"
    assert [r.metric for r in cnreport.extract(text, year=2021)][-1] == "成交额"


# An amount before goods a duty is laid on (对2000亿美元中国商品加征关税) is the value of those goods; an
# amount of goods with no duty after (出口2000亿美元商品) keeps its own verb.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param("甲国拟对另外价值2,670亿美元的乙国商品加征进口关税。", "加征关税的乙国商品价值", id="extra"),
        pytest.param("市场在等待是否对2,000亿美元乙国商品征税。", "征税的乙国商品价值", id="levy"),
        pytest.param("甲國對價值500億美元的乙國商品加徵關稅。", "加徵關稅的乙國商品價值", id="traditional"),
        pytest.param("今年出口2000亿美元商品。", "出口", id="no-duty"),
    ],
)
def test_goods_a_duty_is_laid_on(text: str, metric: str) -> None:
    assert cnreport.extract(text, year=2018)[0].metric == metric


# A statistics release (统计处今日发表…统计数字) is about the month its first figures name: its category
# lines with no period of their own take that month; each bracketed item (其次是鞋类（-20.1%）和百货（-15%）)
# is the same measure as the figure before it; 与对上三个月比较 is against the previous three months.
RELEASE = (
    "政府統計處今日發表零售業銷貨額的臨時統計數字。\n"
    "2022年3月零售業總銷貨價值的臨時估計為250億元，較2021年同月下跌13.8%。\n"
    "按零售商類別分析，衣物的銷貨價值下跌28.4%，其次是鞋類（-20.1%）和百貨公司貨品（-15.0%）。\n"
    "經季節性調整後，2022年1月至3月零售業總銷貨價值與對上三個月比較下跌5.2%。\n"
)


def test_a_monthly_release_and_its_bracketed_categories() -> None:
    got = {float(r.value): (r.metric, r.kind, r.period, r.base) for r in cnreport.extract(RELEASE, year=2022)}
    assert got[-28.4] == ("衣物銷貨價值", "growth_rate", "2022-03", "yoy")
    assert got[-20.1] == ("鞋類銷貨價值", "growth_rate", "2022-03", "yoy")
    assert got[-15.0] == ("百貨公司貨品銷貨價值", "growth_rate", "2022-03", "yoy")
    assert got[-5.2][2:] == ("2022-Q1", "prev")


def test_a_release_names_its_report_month_apart_from_its_data() -> None:
    text = "某市经济简讯\n某市发布了2021年11月统计月报。\n数据显示，1-11月规上工业产值增长5%。\n全市常住人口100万人。\n"
    assert by_value(text, "period", year=2021)[1e6] == "2021"


# A move verb before what moves (将减少公司负债8亿元, 可降低企业成本300亿元, 每年可减少碳排放20万吨): the
# metric is named after the verb, not by the words before it (此举, 新政可); after an indicator
# (营业收入增加5亿元) the verb still opens the predicate.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        pytest.param("此举将减少公司负债8亿元。", "负债", id="debt-falls"),
        pytest.param("新政可降低企业成本300亿元。", "企业成本", id="cost"),
        pytest.param("每年可減少碳排放20萬噸。", "碳排放", id="traditional-emissions"),
        pytest.param("营业收入增加5亿元。", "营业收入", id="indicator-before"),
    ],
)
def test_a_move_verb_before_what_moves(text: str, metric: str) -> None:
    [record] = cnreport.extract(text, year=2018)
    assert record.metric == metric
