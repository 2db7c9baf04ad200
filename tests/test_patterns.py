"""Tests for cnreport.patterns: the Pattern table and classify(predicate, unit) -> kind rule."""

from __future__ import annotations

from collections import Counter

import pytest

from cnreport.patterns import PATTERNS, Pattern, classify, compiled
from cnreport.records import Kind


def example_unit(pattern: Pattern) -> str:
    """A unit the pattern admits: the first in sorted order, or 元 when any unit is admitted."""
    return sorted(pattern.units)[0] if pattern.units is not None else "元"


EXAMPLES = [pytest.param(p, example, id=f"{p.id}:{example}") for p in PATTERNS for example in p.examples]

# ---------------------------------------------------------------------------------------------
# the table itself


def test_ids_unique() -> None:
    counts = Counter(p.id for p in PATTERNS)
    assert [pid for pid, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("pattern", [pytest.param(p, id=p.id) for p in PATTERNS])
def test_pattern_is_well_formed(pattern: Pattern) -> None:
    assert pattern.examples, "a rule needs at least one example"
    assert isinstance(pattern.kind, Kind)
    assert pattern.units is None or pattern.units, "an empty unit set would never admit anything"


def test_every_pattern_compiles() -> None:
    assert [p.id for p, _ in compiled()] == [p.id for p in PATTERNS]


@pytest.mark.parametrize(("pattern", "example"), EXAMPLES)
def test_example_classified_by_its_own_pattern(pattern: Pattern, example: str) -> None:
    found = classify(example, example_unit(pattern))
    assert found is not None
    assert found.id == pattern.id


# ---------------------------------------------------------------------------------------------
# classify: (predicate, unit, kind) with None for "no rule applies" (a plain level)

# fmt: off
CLASSIFY_CASES = [
    # growth rates
    pytest.param("同比增长", "%", Kind.GROWTH_RATE, id="growth-yoy-percent"),
    pytest.param("比上年下降", "%", Kind.GROWTH_RATE, id="growth-down-percent"),
    pytest.param("增长", "倍", Kind.GROWTH_RATE, id="growth-times"),
    # changes of a rate in points, changes of an amount against a base
    pytest.param("提高", "pp", Kind.CHANGE, id="change-rate-pp"),
    pytest.param("增速比一季度回落", "pp", Kind.CHANGE, id="change-rate-vs-quarter"),
    pytest.param("降幅收窄", "pp", Kind.CHANGE, id="change-narrowing-fall"),
    pytest.param("比重比同期提高", "pp", Kind.CHANGE, id="change-share-pp"),
    pytest.param("比上年末增加", "元", Kind.CHANGE, id="change-amount-vs-year-end"),
    pytest.param("较年初增加", "家", Kind.CHANGE, id="change-count-vs-year-start"),
    # gaps against another entity
    pytest.param("高于全国", "pp", Kind.GAP, id="gap-above-country"),
    pytest.param("低于全省", "pp", Kind.GAP, id="gap-below-province"),
    # contributions
    pytest.param("拉动GDP增长", "pp", Kind.CONTRIBUTION, id="contribution-ladong"),
    pytest.param("拉动进出口增长", "pp", Kind.CONTRIBUTION, id="contribution-trade"),
    # shares
    pytest.param("占全市比重达", "%", Kind.SHARE, id="share-bizhong"),
    pytest.param("增长贡献率", "%", Kind.SHARE, id="share-contribution-rate"),
    pytest.param("占比", "%", Kind.SHARE, id="share-zhanbi"),
    # ranks
    pytest.param("居全国", "rank", Kind.RANK, id="rank-ju"),
    pytest.param("居副省级城市第", "rank", Kind.RANK, id="rank-group"),
    # no rule: a plain level
    pytest.param("为", "%", None, id="none-copula-percent"),
    pytest.param("达", "元", None, id="none-copula-yuan"),
    pytest.param("新增", "家", None, id="none-flow-verb"),
    pytest.param("", "%", None, id="none-empty"),
]
# fmt: on


@pytest.mark.parametrize(("predicate", "unit", "kind"), CLASSIFY_CASES)
def test_classify(predicate: str, unit: str, kind: Kind | None) -> None:
    found = classify(predicate, unit)
    assert (found.kind if found is not None else None) == kind


# fmt: off
UNIT_GATE_CASES = [
    # the same words give a different rule (or none) when the unit does not fit
    pytest.param("同比增长", "pp", "rate.change", id="growth-words-with-pp-are-a-change"),
    pytest.param("高于全国", "元", None, id="gap-words-with-yuan"),
    pytest.param("居全国", "%", None, id="rank-words-with-percent"),
    pytest.param("占全市比重达", "pp", None, id="share-words-with-pp"),
]
# fmt: on


@pytest.mark.parametrize(("predicate", "unit", "pattern_id"), UNIT_GATE_CASES)
def test_units_gate_the_rule(predicate: str, unit: str, pattern_id: str | None) -> None:
    found = classify(predicate, unit)
    assert (found.id if found is not None else None) == pattern_id
