"""The region a whole report is about (documents.find_document_subject) and the scan behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from cnreport.documents import _subject_spans, find_document_subject
from cnreport.vocab import names_a_landmark, subject_at, subjects

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

CASES = [
    # (text, subject): a region in the title wins; else the one the text names most, as it names it
    ("武汉市2023年国民经济和社会发展统计公报\n全年地区生产总值增长5.7%。", "武汉"),
    ("大庆市上半年经济运行情况\n全市实现地区生产总值1300亿元。", "大庆"),
    ("经济运行情况\n武汉全年增长5.7%，武汉工业增长6%，湖北增长6%。", "武汉"),
    # a city report names its city once and says 全市
    ("统计公报\n武汉发布。全市生产总值增长5%，全市工业增长6%。", "武汉"),
    # past the title, several places and none dominant: no subject
    ("每日要闻\n一\n二\n三\n上海、深圳、北京、广州、杭州股市走强，上海成交放大。", None),
    # a place that opens a firm's name is the firm's, not the report's region
    ("贵州茅台发布2023年年度报告\n\n贵州茅台3月28日晚间发布年报，营业总收入1505.6亿元。", None),
    ("湖北省统计局发布\n\n全省规上工业增加值增长5.6%，湖北工业运行平稳。", "湖北"),
    # a national release names no region
    ("国家统计局发布\n全国居民消费价格同比上涨0.2%。", None),
    # a title line naming three places or more compares them (a list, a table's row): about none of them
    ("北京、上海、广州三地房价走势\n北京房价上涨2%，上海房价上涨1%。", None),
    ("調整情況杭州3元寧波2元溫州無\n杭州收費3元，寧波收費2元。", None),
    # negative: two places in a title are not yet a list (a city and its province)
    ("武汉市与湖北省2023年经济运行情况\n武汉全年增长5%。", "武汉"),
    # a title that asks or cries out teases; a place in it is word play, not the topic
    ("城市竞争：谁能笑到最后？武汉会掉队吗？\n北京增长5%，上海增长4%，广州增长3%。", None),
    ("杭州又火了！\n南京增长5%，苏州增长4%，宁波增长3%。", None),
    ("武漢經濟又創新高！\n北京增長5%，上海增長4%，廣州增長3%。", None),
    # negative: a statement title keeps its place; and the body's dominant place still counts
    ("杭州经济运行情况\n全市增长5%。", "杭州"),
    ("谁是增长冠军？\n杭州增长5%，杭州工业增长6%，杭州出口增长3%。", "杭州"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_subject(text: str, expected: str | None) -> None:
    assert find_document_subject(text) == expected


def _reference_scan(text: str) -> list[tuple[str, str]]:
    """What the hand-written scan replaces: regex's named list, longest names first, no landmarks."""
    names = sorted((s for s in subjects() if len(s) >= 2), key=len, reverse=True)
    pattern = regex.compile(r"\L<s>", s=names)
    return [subjects()[m.group()] for m in pattern.finditer(text) if not names_a_landmark(text, m.end())]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_region_scan_finds_what_the_named_list_finds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [subjects()[text[a:b]] for a, b in _subject_spans(text)] == _reference_scan(text)


def test_region_scan_takes_the_longest_name_at_a_place() -> None:
    # 武汉东湖高新区 is one name, not 武汉 followed by 东湖高新区
    text = "武汉东湖高新区和湖北省"
    assert [text[a:b] for a, b in _subject_spans(text)] == ["武汉东湖高新区", "湖北省"]


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("武汉东湖高新区规上工业增长", 0, "武汉东湖高新区"),  # the longest name, not 武汉
        ("全市规上工业增长", 0, "全市"),
        ("规上工业增长", 0, None),
        ("据悉，湖北省工业增长", 3, "湖北省"),
        ("", 0, None),
    ],
)
def test_subject_at_takes_the_longest_name(text: str, pos: int, expected: str | None) -> None:
    assert subject_at(text, pos) == expected


def test_subject_at_agrees_with_the_named_list_on_every_sample_sentence() -> None:
    names = sorted(subjects(), key=len, reverse=True)
    pattern = regex.compile(r"\L<s>", s=names)
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for pos in range(0, len(text), 7):
            m = pattern.match(text, pos)
            named = m.group() if m and not names_a_landmark(text, m.end()) else None  # 全市场, 南京路: no subject
            assert subject_at(text, pos) == named, (path.name, pos)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "国家能源局发布8月份全社会用电量\n\n8月份，全社会用电量9649亿千瓦时。截至8月底，全国发电装机容量31.3亿千瓦。",
            "全国",
        ),
        ("财政部发布1-7月财政收支情况\n\n1-7月，全国一般公共预算收入135663亿元。", "全国"),
        # a Hong Kong source quoting mainland bodies is still about Hong Kong
        (
            "国务院公布，国家统计局数据显示内地CPI上升0.6%。本港零售业总销货价值按年下跌11.4%，为298亿元。"
            "国家外汇管理局指出，本港港元存款按月增加。",
            "香港",
        ),
    ],
)
def test_default_subject_of_national_and_hong_kong_sources(text: str, expected: str) -> None:
    import importlib

    from cnreport.normalize import normalize

    extract = importlib.import_module("cnreport.extract")
    assert extract.document_context(normalize(text).text, year=2024, subject=None).subject == expected
