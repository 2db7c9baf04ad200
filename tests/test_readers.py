"""Reading report files: encodings users actually have, and clear errors for files that are not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnreport.errors import InputError
from cnreport.readers import read_text_file, sniff_encoding

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
