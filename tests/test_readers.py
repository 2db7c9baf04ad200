"""Reading report files: encodings users actually have, and clear errors for files that are not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnreport.errors import InputError
from cnreport.io import read_text_file, sniff_encoding

TEXT = "2024年全市规模以上工业增加值同比增长5.1%，高于全国0.8个百分点。" * 3

# fmt: off
ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),
    ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"),
]
# fmt: on


@pytest.mark.parametrize(("codec", "expected"), ENCODINGS, ids=[c for c, _ in ENCODINGS])
def test_encodings_round_trip(tmp_path: Path, codec: str, expected: str) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes(TEXT.encode(codec))
    assert sniff_encoding(p.read_bytes()) == expected
    assert read_text_file(p) == TEXT


def test_big5_is_not_read_as_gb18030(tmp_path: Path) -> None:
    trad = "本地生產總值按年實質上升3.1%，失業率維持在3.2%。香港經濟持續增長。" * 4
    p = tmp_path / "hk.txt"
    p.write_bytes(trad.encode("big5"))
    assert read_text_file(p) == trad


# fmt: off
BAD = [
    ("missing", None, "no such file"),
    ("empty", b"", "empty file"),
    ("blank", b"  \n\n ", "empty file"),
    ("binary", bytes(range(256)) * 8, "binary"),
]
# fmt: on


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_raise_input_error(tmp_path: Path, name: str, data: bytes | None, message: str) -> None:
    p = tmp_path / name
    if data is not None:
        p.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_text_file(p)


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_text_file(tmp_path)


PAGE = (
    "<!DOCTYPE html><html><head><title>统计公报</title><script>var x = '<p>1</p>';</script></head>"
    "<body><p>2024年全市地区生产总值1234.5亿元，增长5.1%。</p><p>规上工业增加值增长6.2%。</p></body></html>"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
def test_a_page_is_read_as_what_a_reader_sees(tmp_path: Path, name: str) -> None:
    """cnreport extract page.html reads the page's text, as cnreport batch does: no tags, no scripts.

    A page saved as .txt is still a page (its content says so).
    """
    p = tmp_path / name
    p.write_bytes(PAGE.encode("gb18030"))
    text = read_text_file(p)
    assert "地区生产总值1234.5亿元" in text
    assert "<" not in text and "var x" not in text


def test_records_of_a_page_name_no_markup(tmp_path: Path) -> None:
    import cnreport

    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    records = cnreport.extract_file(p)
    assert {r.metric for r in records} >= {"地区生产总值", "规模以上工业增加值"}
    assert not any("<" in r.metric or ">" in r.metric for r in records)


def test_extract_warns_about_html_text_the_parser_dropped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>增长5%" * 3000 + "</body></html>", encoding="utf-8")
    with caplog.at_level("WARNING", logger="cnreport"):
        read_text_file(p)
    assert any("deep.html" in m and "dropped" in m for m in caplog.messages)


# ------------------------------------------------------------------------------------------------
# NUL bytes and UTF-16 without a BOM: decided by what decodes to plausible text
# ------------------------------------------------------------------------------------------------

REPORT = (
    "一季度全省规模以上工业增加值同比增长百分之六点二，增速比上年同期加快一点一个百分点。"
    "分门类看，采矿业增加值增长百分之三点九，制造业增长百分之六点八，电力热力燃气及水生产和供应业增长百分之五点一。"
    "社会消费品零售总额完成两千一百亿元，同比增长百分之五点五；其中乡村市场零售额增长百分之六点三。"
)
MIXED = "2024年一季度，全省地区生产总值13245.6亿元，同比增长5.3%。\n居民消费价格(CPI)上涨0.4%。\n" * 3


def test_utf8_with_one_nul_byte_is_utf8(tmp_path: Path) -> None:
    """A stray NUL (a bad copy, a C string terminator) does not make a UTF-8 file UTF-16."""
    text = MIXED[:40] + "\x00" + MIXED[40:]
    p = tmp_path / "nul.txt"
    p.write_bytes(text.encode("utf-8"))
    assert sniff_encoding(p.read_bytes()) == "utf-8"
    assert read_text_file(p) == text


# fmt: off
UTF16 = [
    ("pure-chinese-le", REPORT, "utf-16-le"),
    ("pure-chinese-be", REPORT, "utf-16-be"),
    ("short-pure-chinese-le", REPORT[:12], "utf-16-le"),
    ("mixed-le", MIXED, "utf-16-le"),
    ("mixed-be", MIXED, "utf-16-be"),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "codec"), UTF16, ids=[u[0] for u in UTF16])
def test_utf16_without_bom(tmp_path: Path, case: str, text: str, codec: str) -> None:
    """Pure Chinese in UTF-16 has no NUL byte at all; it must still be read, not called binary."""
    p = tmp_path / f"{case}.txt"
    p.write_bytes(text.encode(codec))
    assert sniff_encoding(p.read_bytes()) == codec
    assert read_text_file(p) == text


def test_records_from_a_utf8_file_with_a_nul(tmp_path: Path) -> None:
    import cnreport

    p = tmp_path / "nul.txt"
    clean = tmp_path / "clean.txt"
    p.write_bytes(MIXED.replace("\n", "\x00\n", 1).encode("utf-8"))
    clean.write_bytes(MIXED.encode("utf-8"))
    assert len(cnreport.extract_file(p)) == len(cnreport.extract_file(clean)) > 0


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500, b"MZ\x90\x00" + bytes(4000)])
def test_binary_with_nul_bytes_is_still_refused(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=r"binary|not decodable"):
        read_text_file(p)


# ------------------------------------------------------------------------------------------------
# Legacy Chinese encodings: Big5 / Big5-HKSCS / GBK / GB18030, of several lengths and contents
# ------------------------------------------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Invented texts, one per register: a Taiwan release, a Hong Kong column (Cantonese, HKSCS
# characters), a Macau notice, a mainland bulletin with a GB18030-only character, a table.
TW = (
    "行政院主計總處今日公布，一百一十三年第一季經濟成長率為百分之六點五一，較上季增加零點三個百分點。"
    "民間消費實質成長百分之二點八，商品出口年增百分之九點九，電子零組件與資通訊產品需求持續暢旺。"
)
HK = (
    "政府統計處公布，二零二四年第三季本地生產總值按年實質上升百分之一點八。"
    "零售業總銷貨價值按年下跌百分之七點三，啲市民話而家北上消費多咗，舖頭生意冇以前咁好㗎。"
)
MACAU = "澳門特別行政區政府經濟及科技發展局表示，今年首季入境旅客達九百萬人次，按年增加百分之二十五，博彩毛收入錄得五百七十億澳門元。"  # noqa: E501
MAINLAND = (
    "一至十月，全市固定资产投资同比增长百分之四点二，其中民间投资下降百分之一点一。"
    "镕铸新材料项目竣工投产，𠮷野家餐饮连锁门店数量增至三十家，全年营业收入预计突破二十亿元。"
)
TABLE = "指标\n单位\n绝对数\n比上年增长%\n原煤产量\n万吨\n1234.5\n-3.2\n发电量\n亿千瓦时\n567.8\n6.4\n" * 2


def _encodable(text: str, codec: str) -> str:
    """``text`` without the few characters ``codec`` cannot write (a real file would not hold them)."""
    return text.encode(codec, errors="ignore").decode(codec)


def _cases() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []
    for length in (24, 80, 400, 4000):
        for label, text, codecs in (
            ("tw", TW, ("big5", "cp950")),
            ("hk", HK, ("big5hkscs",)),
            ("macau", MACAU, ("big5", "cp950", "big5hkscs")),
            ("mainland", MAINLAND, ("gbk", "gb18030")),
            ("table", TABLE, ("gbk", "gb18030")),
        ):
            body = (text * (length // len(text) + 1))[:length]
            cases += [(f"{label}-{codec}-{length}", _encodable(body, codec), codec) for codec in codecs]
    for sample in sorted(SAMPLES.glob("*-trad.txt")):
        text = sample.read_text(encoding="utf-8")
        for codec in ("cp950", "big5hkscs"):
            cases.append((f"{sample.stem}-{codec}", _encodable(text, codec), codec))
    return cases


LEGACY = _cases()


@pytest.mark.parametrize(("case", "text", "codec"), LEGACY, ids=[c[0] for c in LEGACY])
def test_legacy_chinese_encodings_are_read(tmp_path: Path, case: str, text: str, codec: str) -> None:
    """Whatever name the detector gives, the text read back is the text written."""
    p = tmp_path / f"{case}.txt"
    p.write_bytes(text.encode(codec))
    assert read_text_file(p) == text


def test_gb18030_with_private_use_characters_between_cells(tmp_path: Path) -> None:
    """Some Chinese sites emit a private-use character between table cells; the file is still GB18030."""
    text = (SAMPLES / "taxi-fuel-fees-2012-table.txt").read_text(encoding="utf-8")
    assert any("\ue000" <= ch <= "\uf8ff" for ch in text)
    p = tmp_path / "taxi.txt"
    p.write_bytes(text.encode("gb18030"))
    assert sniff_encoding(p.read_bytes()) == "gb18030"
    assert read_text_file(p) == text


def test_old_module_paths_still_import() -> None:
    """Readers and converters moved to ``cnreport.io``; the old paths re-export the same objects."""
    import cnreport.batch.formats
    import cnreport.io
    import cnreport.io.formats
    import cnreport.readers

    assert cnreport.readers.read_text_file is cnreport.io.read_text_file
    assert cnreport.readers.sniff_encoding is cnreport.io.sniff_encoding
    assert all(
        getattr(cnreport.batch.formats, name) is getattr(cnreport.io.formats, name)
        for name in cnreport.batch.formats.__all__
    )
