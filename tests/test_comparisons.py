"""Tests for cnreport.comparisons: comparison bases (SPEC §4) and the sign of a change (SPEC §2, §7)."""

from __future__ import annotations

import pytest

from cnreport import periods
from cnreport.comparisons import direction_sign, find_base

YEAR = 2025


def parse_period(phrase: str) -> str | None:
    """The period parser find_base expects: canonical period, or None for a non-period phrase."""
    try:
        return periods.parse_period(phrase, YEAR)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# find_base

# fmt: off
BASE_CASES = [
    # year on year
    pytest.param("同比增长", "yoy", id="yoy-tongbi"),
    pytest.param("比上年增长", "yoy", id="yoy-bi-shangnian"),
    pytest.param("比上年同期增长", "yoy", id="yoy-bi-shangnian-tongqi"),
    pytest.param("较去年同期下降", "yoy", id="yoy-jiao-qunian-tongqi"),
    pytest.param("较上年增长", "yoy", id="yoy-jiao-shangnian"),
    pytest.param("与上年同期相比增长", "yoy", id="yoy-yu-tongqi-xiangbi"),
    # previous period
    pytest.param("环比增长", "prev", id="prev-huanbi"),
    pytest.param("比上月回落", "prev", id="prev-bi-shangyue"),
    # a net change (净增, 净减少) against a stated day keeps that day as its base
    pytest.param("比上年末净增", "period:2024-12-31", id="net-against-year-end"),
    pytest.param("较上年末净减少", "period:2024-12-31", id="net-fall"),
    # Hong Kong writes the last quarter 上季: the quarter before, not last year
    pytest.param("較上季下跌", "prev", id="prev-traditional-shangji"),
    pytest.param("较上一季增长", "prev", id="prev-shang-yi-ji"),
    pytest.param("较上月下降", "prev", id="prev-jiao-shangyue"),
    pytest.param("比上季度提高", "prev", id="prev-bi-shangjidu"),
    # explicit periods
    pytest.param("比一季度提高", "period:2025-Q1", id="period-quarter"),
    pytest.param("增速比一季度提高", "period:2025-Q1", id="period-quarter-after-metric-word"),
    pytest.param("较2020年增长", "period:2020", id="period-year"),
    pytest.param("较2020年", "period:2020", id="period-year-no-verb"),
    pytest.param("比年初增加", "period:2024-12-31", id="period-nianchu"),
    pytest.param("比上半年提高", "period:2025-H1", id="period-half"),
    pytest.param("比5月份回落", "period:2025-05", id="period-month"),
    pytest.param("比5月份又增加", "period:2025-05", id="period-month-adverb-before-verb"),
    pytest.param("较一季度分别提高", "period:2025-Q1", id="period-quarter-fenbie-before-verb"),
    pytest.param(
        "比上年末增加", "period:2024-12-31", id="period-shangnianmo-is-a-day",
    ),
    pytest.param(
        "较上年末增长", "period:2024-12-31", id="period-jiao-shangnianmo",
    ),
    # average annual growth since a start period
    pytest.param("两年平均增长", "period_avg:2023", id="avg-two-years"),
    pytest.param("三年平均增长", "period_avg:2022", id="avg-three-years"),
    pytest.param("两年年均增长", "period_avg:2023", id="avg-nianjun"),
    # no base stated
    pytest.param("增长", None, id="none-bare-verb"),
    pytest.param("为", None, id="none-copula"),
    pytest.param("", None, id="none-empty"),
]
# fmt: on


@pytest.mark.parametrize(("predicate", "expected"), BASE_CASES)
def test_find_base(predicate: str, expected: str | None) -> None:
    assert find_base(predicate, parse_period, YEAR) == expected


def test_average_without_year_is_not_a_period_avg() -> None:
    """Without a reference year the start period of 两年平均 is unknown: no period_avg base."""
    base = find_base("两年平均增长", parse_period, None)
    assert base is None or not base.startswith("period_avg:")


# ---------------------------------------------------------------------------------------------
# direction_sign: (predicate, metric, sign)

# fmt: off
SIGN_CASES = [
    # rises
    pytest.param("增长", "", 1, id="up-zengzhang"),
    pytest.param("同比增长", "", 1, id="up-with-base"),
    pytest.param("上涨", "", 1, id="up-shangzhang"),
    pytest.param("提高", "", 1, id="up-tigao"),
    pytest.param("增加", "", 1, id="up-zengjia"),
    # falls
    pytest.param("下降", "", -1, id="down-xiajiang"),
    pytest.param("比上年下降", "", -1, id="down-with-base"),
    pytest.param("回落", "", -1, id="down-huiluo"),
    pytest.param("下跌", "", -1, id="down-xiadie"),
    pytest.param("减少", "", -1, id="down-jianshao"),
    pytest.param("增速回落", "", -1, id="down-rate-falls"),
    pytest.param("增幅回落", "", -1, id="down-zengfu-falls"),
    # the last direction word decides
    pytest.param("由降转增", "", 1, id="last-word-turn-up"),
    # a narrowing fall is a rise (SPEC §7), via the predicate or the metric
    pytest.param("降幅收窄", "", 1, id="narrowing-fall-in-predicate"),
    pytest.param("收窄", "降幅", 1, id="narrowing-fall-via-metric"),
    pytest.param("跌幅收窄", "", 1, id="narrowing-die-fu"),
    pytest.param("降幅扩大", "", -1, id="widening-fall-in-predicate"),
    pytest.param("扩大", "降幅", -1, id="widening-fall-via-metric"),
    # a rate of fall stated as such is a fall (下降3.2% = 降幅3.2% = -3.2)
    pytest.param(
        "同比降幅为", "", -1, id="jiangfu-stated",
    ),
    pytest.param(
        "跌幅达", "", -1, id="diefu-stated",
    ),
    # losses are positive amounts (SPEC §7): their growth is a rise
    pytest.param(
        "同比增长", "亏损企业亏损额", 1, id="loss-amount-grows",
    ),
    # a move said with its force: the force word carries the direction
    pytest.param("暴跌", "", -1, id="force-crash"),
    pytest.param("同比銳減", "", -1, id="force-traditional-plunge"),
    pytest.param("微降", "", -1, id="force-slight-fall"),
    pytest.param("激增", "", 1, id="force-surge"),
    # no direction word: the number keeps its sign
    pytest.param("为", "", 1, id="no-direction-copula"),
    pytest.param("", "", 1, id="no-direction-empty"),
]
# fmt: on


@pytest.mark.parametrize(("predicate", "metric", "sign"), SIGN_CASES)
def test_direction_sign(predicate: str, metric: str, sign: int) -> None:
    assert direction_sign(predicate, metric) == sign
