"""Tests for cnreport.script: Traditional -> Simplified matching that keeps offsets, and the way back.

The table (lexicons/t2s.txt) is generated from OpenCC by scripts/build_t2s.py; these tests pin
what the rest of cnreport relies on: one character in, one character out, Simplified text left
alone, and pieces of the converted text restored to the characters the document used.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cnreport.script as script
from cnreport.errors import CnreportError, LexiconError
from cnreport.script import (
    TRADITIONAL_THRESHOLD,
    ScriptMap,
    is_hong_kong,
    is_traditional,
    restore,
    to_simplified,
    traditional_ratio,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TABLE_PATH = ROOT / "lexicons" / "t2s.txt"
TRAD_SAMPLE = SAMPLES / "rthk-finance-2025-03-31-trad.txt"
SIMPLIFIED_SAMPLES = sorted(p for p in SAMPLES.glob("*.txt") if "-trad" not in p.name)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def trad_text() -> str:
    return TRAD_SAMPLE.read_text(encoding="utf-8")


def table_rows() -> list[list[str]]:
    lines = TABLE_PATH.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


# ---------------------------------------------------------------------------------------------
# to_simplified: table-driven

CONVERSIONS = [
    # Hong Kong statistical vocabulary (issue 6)
    ("本地生產總值", "本地生产总值"),
    ("實質增長", "实质增长"),
    ("經濟", "经济"),
    ("按年上升3.2%", "按年上升3.2%"),
    ("經季節性調整", "经季节性调整"),
    ("百分點", "百分点"),
    ("零售業總銷貨價值", "零售业总销货价值"),
    ("綜合消費物價指數", "综合消费物价指数"),
    ("整體出口貨值", "整体出口货值"),
    ("住宅售價指數", "住宅售价指数"),
    ("失業率", "失业率"),
    ("擴大", "扩大"),
    ("下跌", "下跌"),
    ("回落", "回落"),
    ("首三季", "首三季"),
    # units and currencies
    ("億", "亿"),
    ("萬", "万"),
    ("兩", "两"),
    ("點", "点"),
    ("門", "门"),
    ("億元", "亿元"),
    ("港幣", "港币"),
    ("澳門元", "澳门元"),
    ("新台幣", "新台币"),
    ("民國113年", "民国113年"),
    ("年增率", "年增率"),
    # 臺/台: every Traditional source becomes 台, and 台 itself stays
    ("臺灣", "台湾"),
    ("台灣", "台湾"),
    ("颱風", "台风"),
    ("櫃檯", "柜台"),
    # Hong Kong / Taiwan variant glyphs that OpenCC's hk2s / tw2s convert one to one
    ("衞生", "卫生"),
    ("敍述", "叙述"),
    ("簷", "檐"),
    ("綫", "线"),
    ("線", "线"),
    # characters that are Simplified in their own right stay (tw2s would turn 著 into 着)
    ("著名", "著名"),
    ("显著增长", "显著增长"),
    ("跟着", "跟着"),
    ("什么", "什么"),
    # OpenCC's character-level choices
    ("後", "后"),
    ("發展", "发展"),
    ("頭髮", "头发"),
    ("乾", "干"),
    ("佔", "占"),
    # compatibility ideographs are normalized (OpenCC's first step), then converted
    ("\uf900", "岂"),
    ("\ufa5f", "著"),
]


@pytest.mark.parametrize(("traditional", "simplified"), CONVERSIONS)
def test_to_simplified(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


@pytest.mark.parametrize(
    "text",
    [
        "，。、；：？！（）《》「」『』〈〉【】…—·～",  # CJK punctuation
        "GDP grew 3.2% y/y (Q3 2024), HK$1,234.5bn; <a href='x'>",  # ASCII
        "\uff27\uff24\uff30１２３．４％　\uff28\uff2b\uff04（１）",  # full-width letters, digits, signs and U+3000
        "㎡℃Ⅲ㈠①",  # compatibility symbols NFKC would expand
        "",
        "😀🇭🇰\u200b\ufeff",
    ],
)
def test_non_hanzi_unchanged(text: str) -> None:
    assert to_simplified(text) == text


@pytest.mark.parametrize("path", SIMPLIFIED_SAMPLES, ids=lambda p: p.name)
def test_simplified_samples_barely_change(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    converted = to_simplified(text)
    changed = sum(a != b for a, b in zip(text, converted, strict=True))
    assert changed <= len(text) // 1000


def test_trad_sample_converts(trad_text: str) -> None:
    converted = to_simplified(trad_text)
    assert len(converted) == len(trad_text)
    assert "在岸人民币兑美元创逾1星期收市高位" in converted
    assert not is_traditional(converted)


# ---------------------------------------------------------------------------------------------
# to_simplified: properties


@SETTINGS
@given(st.text())
def test_length_preserved_on_any_unicode(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


CJK_TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),
        st.characters(min_codepoint=0xF900, max_codepoint=0xFAFF),
        st.characters(min_codepoint=0x20000, max_codepoint=0x3134F),
        st.characters(codec="big5"),
    )
)


@SETTINGS
@given(CJK_TEXT)
def test_conversion_is_per_character(text: str) -> None:
    """No context: each output character depends on its input character alone, so offsets align."""
    converted = to_simplified(text)
    assert len(converted) == len(text)
    assert all(converted[i] == to_simplified(ch) for i, ch in enumerate(text))


@SETTINGS
@given(CJK_TEXT)
def test_conversion_is_idempotent(text: str) -> None:
    """Converting twice changes nothing more, except OpenCC's own one-pass chain 薴 -> 苧 -> 苎."""
    once = to_simplified(text.replace("薴", ""))
    assert to_simplified(once) == once


@SETTINGS
@given(st.text(st.characters(codec="gb2312")))
def test_gb2312_text_stays_simplified(text: str) -> None:
    """Only OpenCC's own 16 GB2312 conversions (乾 -> 干 ...) ever touch GB2312 text."""
    converted = to_simplified(text)
    changed = {a for a, b in zip(text, converted, strict=True) if a != b}
    assert changed <= set(OPENCC_GB2312_KEYS)


# ---------------------------------------------------------------------------------------------
# the table file

# Characters GB2312 can write that OpenCC's t2s still converts character by character.
OPENCC_GB2312_KEYS = "乾吒夥後徵拚捱摺於榘菸薹袷醣麴麽"


def test_table_rows_are_one_character_to_one() -> None:
    rows = table_rows()
    assert 5000 <= len(rows) <= 5400
    for row in rows:
        assert len(row) == 5, row
        trad, simp = chr(int(row[0], 16)), chr(int(row[1], 16))
        assert trad != simp
        assert row[4] in {"t2s", "compat", "hk", "tw", "hk+tw"}
        if row[4] != "compat":  # the character columns of compatibility ideographs may be NFC-folded by tools
            assert (row[2], row[3]) == (trad, simp)
    keys = [int(row[0], 16) for row in rows]
    assert len(keys) == len(set(keys))


def test_table_counts_match_header() -> None:
    rows = table_rows()
    header = next(line for line in TABLE_PATH.read_text(encoding="utf-8").splitlines() if line.startswith("# entries:"))
    assert header.startswith(f"# entries: {len(rows)} ")
    assert sum(row[4] == "t2s" for row in rows) > 3700


def test_table_compat_rows_are_compatibility_ideographs() -> None:
    for row in table_rows():
        name = unicodedata.name(chr(int(row[0], 16)), "")
        assert (row[4] == "compat") == name.startswith("CJK COMPATIBILITY IDEOGRAPH"), row


def test_table_leaves_simplified_characters_alone() -> None:
    """A GB2312 key would rewrite mainland text; only OpenCC's own t2s choices are allowed."""
    in_gb2312 = set()
    for row in table_rows():
        ch = chr(int(row[0], 16))
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        in_gb2312.add(ch)
        assert row[4] == "t2s", row
    assert in_gb2312 == set(OPENCC_GB2312_KEYS)


def test_table_and_notice_ship_in_package() -> None:
    lexicons = resources.files("cnreport").joinpath("lexicons")
    assert lexicons.joinpath("t2s.txt").is_file()
    notice = lexicons.joinpath("NOTICE-OpenCC.txt").read_text(encoding="utf-8")
    assert "Apache License" in notice
    assert "OpenCC" in notice


@pytest.fixture
def fresh_table() -> Iterator[None]:
    script._table.cache_clear()
    yield
    script._table.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("4E7E\t5E72\t乾\t干\n", "line 1: expected 5"),
        ("# comment\n\nZZZZ\t5E72\t乾\t干\tt2s\n", "line 3"),
        ("4E7E\t4E7E\t乾\t乾\tt2s\n", "identity or duplicate"),
        ("4E7E\t5E72\t乾\t干\tt2s\n4E7E\t5E72\t乾\t干\tt2s\n", "identity or duplicate"),
        ("# only comments\n", "no entries"),
    ],
)
@pytest.mark.usefixtures("fresh_table")
def test_malformed_table_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "t2s.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(script.resources, "files", lambda _package: tmp_path)
    with pytest.raises(LexiconError, match=message):
        to_simplified("經濟")


@pytest.mark.usefixtures("fresh_table")
def test_missing_table_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script.resources, "files", lambda _package: tmp_path)
    with pytest.raises(LexiconError, match=r"t2s\.txt is missing") as excinfo:
        is_traditional("經濟")
    assert isinstance(excinfo.value, CnreportError)


# ---------------------------------------------------------------------------------------------
# is_traditional


def test_trad_sample_is_traditional(trad_text: str) -> None:
    assert is_traditional(trad_text)
    assert 0.2 < traditional_ratio(trad_text) < 0.5


@pytest.mark.parametrize("path", SIMPLIFIED_SAMPLES, ids=lambda p: p.name)
def test_simplified_samples_are_not_traditional(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not is_traditional(text)
    assert traditional_ratio(text) < 0.01


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("GDP 3.2% y/y", False),
        ("經濟", True),
        ("经济", False),
        ("本港第三季本地生產總值按年實質增長1.8%。", True),
        ("香港第三季本地生产总值按年实质增长1.8%。", False),
        # a Simplified report quoting a Traditional title stays Simplified
        (
            "据台湾《經濟日報》报道，今年前三季度地区生产总值同比增长5.2%，增速比上半年加快0.3个百分点，"
            "规模以上工业增加值同比增长6.1%，社会消费品零售总额同比增长4.5%。",
            False,
        ),
        # a Traditional report quoting mainland figures stays Traditional
        (
            "國家統計局公布，内地首季国内生产总值同比增长5.4%。本港經濟按年實質增長2.5%，"
            "失業率維持於3.1%，整體出口貨值按年上升10.4%。",
            True,
        ),
    ],
)
def test_is_traditional_cases(text: str, expected: bool) -> None:
    assert is_traditional(text) is expected


def test_is_traditional_threshold() -> None:
    text = "經濟" + "经济" * 9  # 10% Traditional
    assert is_traditional(text)
    assert not is_traditional(text, threshold=0.2)
    assert traditional_ratio(text) == pytest.approx(0.1)
    assert TRADITIONAL_THRESHOLD == 0.05


def test_compatibility_ideographs_are_not_evidence() -> None:
    assert not is_traditional("\uf900\ufa5f")
    assert to_simplified("\uf900\ufa5f") == "岂著"


def test_long_documents_are_sampled_across_their_length(trad_text: str) -> None:
    """A long document is judged on windows spread over all of it, so where the script changes does not matter."""
    simplified = (SAMPLES / "wuhan-2025h1-industry.txt").read_text(encoding="utf-8")
    half_and_half = simplified * 50 + trad_text * 50  # about 550k characters, traditional part last
    assert len(half_and_half) > script._SAMPLE_LIMIT
    assert is_traditional(half_and_half)
    assert len(script._sample(half_and_half)) == script._SAMPLE_LIMIT
    mostly_simplified = simplified * 60 + trad_text
    assert not is_traditional(mostly_simplified)


# ---------------------------------------------------------------------------------------------
# is_hong_kong


def test_rthk_sample_is_hong_kong(trad_text: str) -> None:
    assert is_hong_kong(trad_text)


def test_rthk_sample_converted_is_still_hong_kong(trad_text: str) -> None:
    assert is_hong_kong(to_simplified(trad_text))


@pytest.mark.parametrize("path", SIMPLIFIED_SAMPLES, ids=lambda p: p.name)
def test_mainland_samples_are_not_hong_kong(path: Path) -> None:
    """Includes the Wind briefs, which quote 港股, 恒生 and 港元 among mainland figures."""
    assert not is_hong_kong(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金管局公布，香港銀行體系總結餘為448億港元，港股通南向資金淨流入。", True),
        ("金管局公布，香港银行体系总结余为448亿港元，港股通南向资金净流入。", True),  # Simplified script
        ("政府統計處公布，零售業總銷貨價值按年上升3.2%，暫計為320億元。", True),  # wording alone
        ("零售业总销货价值按季减少1.5%，为320亿元。", True),
        ("二○二四年五月至七月與對上三個月比較，零售業總銷貨價值下跌4.6%，為298億元。", True),
        ("与上月比较，社会消费品零售总额增长0.3%，为3.9万亿元。", False),  # 与上月: mainland wording
        ("主計總處公布，出口年增率8.6%，金額達新台幣1,234億元。", False),  # Taiwan
        ("澳門統計暨普查局公布，澳門本地生產總值按年上升8.8%，達1,234億澳門元，澳門博彩收入增加。", False),  # Macau
        ("国家统计局公布，社会消费品零售总额同比增长4.5%，达3.9万亿元；港股收涨。", False),  # mainland
        ("上半年规模以上工业增加值同比增长6.1%，环比增长0.5%，按年计算增长约2000亿元。", False),
        ("", False),
        ("恒指", False),
        # a Hong Kong body opening the text, with no other Hong Kong word or wording
        ("政府統計處今日發表的數字顯示，九月的零售業總銷貨價值較去年同月下跌7.4%，為298億元。", True),
        ("金管局今日公布，九月底總存款較上月增加0.6%，為16萬億元。", True),
        # negative: Taiwan's ministry statistics department is no Hong Kong body
        ("經濟部統計處今日公布，九月外銷訂單較上年同月增加4.6%，為514億美元。", False),
    ],
)
def test_is_hong_kong_cases(text: str, expected: bool) -> None:
    assert is_hong_kong(text) is expected


# ---------------------------------------------------------------------------------------------
# restore / ScriptMap


def test_restore_example_from_issue() -> None:
    original = "零售業總銷貨價值按年上升"
    simplified = "零售业总销货价值按年上升"
    assert to_simplified(original) == simplified
    assert restore("零售业总销货价值", original, simplified) == "零售業總銷貨價值"


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("零售业总销货价值", "零售業總銷貨價值"),  # contiguous
        ("零售价值", "零售價值"),  # non-contiguous, built from characters of the document
        ("价值上升", "價值上升"),
        ("销售额", "銷售額"),  # 额 never occurs in the Traditional document: its one Traditional form
        ("GDP", "GDP"),
        ("", ""),
    ],
)
def test_script_map_restore(piece: str, expected: str) -> None:
    original = "零售業總銷貨價值按年上升"
    smap = ScriptMap.from_texts(original, to_simplified(original))
    assert smap.restore(piece) == expected
    assert len(smap.restore(piece)) == len(piece)


def test_from_texts_converts_when_not_given() -> None:
    original = "本地生產總值按年實質增長"
    assert ScriptMap.from_texts(original).restore("本地生产总值") == "本地生產總值"


def test_simplified_document_is_identity() -> None:
    original = "规模以上工业增加值同比增长6.1%"
    smap = ScriptMap.from_texts(original)
    assert smap.identity
    assert smap.restore("工业增加值") == "工业增加值"
    assert not ScriptMap.from_texts("經濟").identity


def test_misaligned_texts_are_rejected() -> None:
    with pytest.raises(ValueError, match="aligned"):
        ScriptMap("經濟增長", "经济")


def test_most_frequent_source_wins_and_ties_go_to_the_first_seen() -> None:
    original = "臺灣台灣台灣，後來"
    smap = ScriptMap.from_texts(original)
    assert smap.restore("台") == "台"  # 台 twice, 臺 once
    assert smap.restore("湾") == "灣"
    tie = ScriptMap.from_texts("臺北台中")
    assert tie.restore("台") == "臺"


def test_context_decides_before_frequency() -> None:
    """发 comes from 發 three times and from 髮 once; the words around it say which."""
    original = "發展迅速，頭髮護理產品出口發達，發行量大"
    smap = ScriptMap.from_texts(original)
    assert smap.restore("发") == "發"  # no context: the most frequent source
    assert smap.restore("头发") == "頭髮"  # contiguous in the document
    assert smap.restore("头发产品") == "頭髮產品"  # non-contiguous: the window 头发 decides
    assert smap.restore("发展") == "發展"
    assert smap.restore("护理头发") == "護理頭髮"


def test_other_normalization_is_not_undone() -> None:
    """Only differences the table explains are restored: full-width digits folded by the caller stay folded."""
    original = "\uff27\uff24\uff30按年實質增長１２％"  # full-width GDP
    folded = "GDP按年实质增长12%"
    smap = ScriptMap(original, folded)
    assert smap.restore("GDP实质增长") == "GDP實質增長"
    assert smap.restore("12%") == "12%"


def test_restore_is_cached_per_document(trad_text: str) -> None:
    simplified = to_simplified(trad_text)
    first = restore("人民币兑美元", trad_text, simplified)
    assert first == "人民幣兌美元"
    assert restore("人民币兑美元", trad_text, simplified) == first
    assert script._script_map(trad_text, simplified) is script._script_map(trad_text, simplified)
    smap = ScriptMap.from_texts(trad_text)
    assert smap.restore("零售业总销货价值") == "零售業總銷貨價值"
    assert smap.restore("零售业总销货价值") is smap.restore("零售业总销货价值")


@pytest.fixture(scope="module")
def trad_map(trad_text: str) -> ScriptMap:
    return ScriptMap.from_texts(trad_text)


@SETTINGS
@given(data=st.data())
def test_restore_round_trips_any_piece_of_the_sample(trad_text: str, trad_map: ScriptMap, data: st.DataObject) -> None:
    """Any characters picked from the converted sample, contiguous or not, come back as the sample wrote them."""
    simplified = to_simplified(trad_text)
    indices = data.draw(st.lists(st.integers(0, len(trad_text) - 1), max_size=12))
    piece = "".join(simplified[i] for i in indices)
    assert trad_map.restore(piece) == "".join(trad_text[i] for i in indices)


@SETTINGS
@given(st.text(st.sampled_from("經濟增長億萬兩點門臺台後发發髮頭產品，1%")))
def test_restore_round_trips_contiguous_slices(text: str) -> None:
    simplified = to_simplified(text)
    smap = ScriptMap(text, simplified)
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            restored = smap.restore(simplified[start:end])
            assert len(restored) == end - start
            assert to_simplified(restored) == simplified[start:end]


def test_a_character_the_document_never_holds_is_restored_the_traditional_way() -> None:
    """处于扩张区间的行业数 in a Traditional text that never writes 數: the rule's 数 comes out as 數,
    while a character the text writes as it is (a Taiwan text's 占) stays as written."""
    original = "在調查的行業中，有11個處於擴張區間，占全體一半。"
    smap = ScriptMap.from_texts(original)
    assert smap.restore("处于扩张区间的行业数") == "處於擴張區間的行業數"
    assert smap.restore("占全体比重") == "占全體比重"
