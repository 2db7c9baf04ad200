"""Bytes of each format to the text the extractor reads, and extraction from messy real pages.

The real pages in ``tests/fixtures/batch/raw`` (Word-exported HTML, JSON-escaped HTML, markdown with
front matter) have plain-text counterparts in ``samples/``: extraction from the raw page must find
the same facts as from the text.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import cnreport
from cnreport.errors import InputError
from cnreport.io.formats import (
    convert,
    detect_format,
    docx_to_text,
    html_to_text,
    json_to_text,
    markdown_to_text,
    pdf_to_text,
)
from test_batch_corpus import GBK_HTML, make_docx, make_pdf

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(__file__).parent / "fixtures" / "batch" / "raw"
SAMPLES = ROOT / "samples"


def _has(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


needs_lxml = pytest.mark.skipif(not _has("lxml"), reason="HTML needs lxml (a cnreport dependency)")
needs_pdf = pytest.mark.skipif(
    not (_has("pypdfium2") and _has("reportlab")), reason="PDF tests need pypdfium2 (extra 'pdf') and reportlab"
)
needs_docx = pytest.mark.skipif(not _has("docx"), reason="DOCX tests need python-docx (extra 'docx')")


def facts(text: str, **options: object) -> set[tuple[str, float, str]]:
    return {(r.metric, float(r.value), r.unit) for r in cnreport.extract(text, **options)}  # type: ignore[arg-type]


# fmt: off
FORMAT_CASES = [
    # magic beats the name: collected reports are often misnamed
    pytest.param("a.txt", b"%PDF-1.7\n", "pdf", id="pdf-named-txt"),
    pytest.param("report", b"PK\x03\x04rest", "docx", id="zip-magic-no-suffix"),
    pytest.param("A.HTML", b"<p>x</p>", "html", id="suffix-case"),
    pytest.param("a.htm", b"", "html", id="htm"),
    pytest.param("a.json", b"{}", "json", id="json"),
    pytest.param("a.md", b"# x", "markdown", id="md"),
    pytest.param("a.docx", b"PK\x03\x04", "docx", id="docx"),
    pytest.param("page.txt", b"\xef\xbb\xbf<!DOCTYPE html><html>", "html", id="page-saved-as-txt"),
    pytest.param("note.txt", b"<p> is how HTML marks a paragraph", "text", id="txt-mentioning-tags"),
    # unknown names: a look at the content, then plain text
    pytest.param("a.dat", b"<!DOCTYPE html><html>", "html", id="sniffed-html"),
    pytest.param("a.dat", b"---\ntitle: x\n---\n", "markdown", id="sniffed-front-matter"),
    pytest.param("a.dat", "规模以上".encode("gbk"), "text", id="fallback-text"),
]
# fmt: on


@pytest.mark.parametrize(("name", "head", "expected"), FORMAT_CASES)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


# ------------------------------------------------------------------------------------------------
# Text
# ------------------------------------------------------------------------------------------------

SIMPLE = "2024年全市规模以上工业增加值同比增长5.1%。社会消费品零售总额803.1亿元，同比增长15.6%。\n"
TRAD = "2024年全市規模以上工業增加值同比增長5.1%。社會消費品零售總額803.1億元，同比增長15.6%。\n"


# fmt: off
ENCODING_CASES = [
    pytest.param(SIMPLE, "utf-8", "utf-8", id="utf8"),
    pytest.param(SIMPLE, "utf-8-sig", "utf-8-sig", id="utf8-bom"),
    pytest.param(SIMPLE, "utf-16", "utf-16", id="utf16-bom"),
    pytest.param(SIMPLE, "utf-16-le", "utf-16-le", id="utf16-le-no-bom"),
    pytest.param(SIMPLE, "gbk", "gb18030", id="gbk"),
    pytest.param(SIMPLE, "gb18030", "gb18030", id="gb18030"),
    # Big5 must not come out as GB18030 garbage ("try UTF-8, then GB18030" does exactly that)
    pytest.param(TRAD, "big5", "cp950", id="big5"),
]
# fmt: on


@pytest.mark.parametrize(("text", "encoding", "sniffed"), ENCODING_CASES)
def test_text_encodings(text: str, encoding: str, sniffed: str) -> None:
    converted = convert(text.encode(encoding), "r.txt")
    assert converted.text == text
    assert (converted.format, converted.encoding) == ("text", sniffed)


# fmt: off
UNREADABLE_CASES = [
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b"  \n\t ", "empty", id="blank"),
    pytest.param(bytes(range(256)) * 4, "binary", id="binary"),
    pytest.param(b"\xff\xfe\x00", "not valid", id="broken-utf16"),
]
# fmt: on


@pytest.mark.parametrize(("data", "reason"), UNREADABLE_CASES)
def test_unreadable_text_is_an_input_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        convert(data, "r.txt")


# ------------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------------


@needs_lxml
def test_html_gbk_page_declared_gb2312() -> None:
    """Decoded by us as gb18030 (the declared gb2312's superset): —— survives, nothing is mojibake."""
    page = GBK_HTML.format(year=2012)
    converted = convert(page.encode("gbk"), "公报.html")
    assert converted.format == "html" and converted.encoding == "gb18030"
    text = converted.text
    assert "——高于全国0.6个百分点" in text
    # scripts, styles, the title, navigation and the footer are gone (their numbers would be false facts)
    for junk in ("99.9", "color", "首页", "88.8", "77.7", "ICP"):
        assert junk not in text
    # inline elements join, blocks break lines, a table is one pipe row per line
    assert "同比增长6.2%——" in text
    assert "| 乳制品 | 万吨 | 27.6 | -9.8 |\n| 水泥 | 万吨 | 426.3 | -5.3 |\n" in text


@needs_lxml
def test_html_table_rows_become_records() -> None:
    text = html_to_text(GBK_HTML.format(year=2012))
    records = {(r.metric, float(r.value), r.unit, r.kind) for r in cnreport.extract(text)}
    assert ("乳制品产量", 276000.0, "吨", "level") in records
    assert ("乳制品产量", -9.8, "%", "growth_rate") in records
    assert ("规模以上工业增加值", 6.2, "%", "growth_rate") in records
    for r in cnreport.extract(text):  # spans index the converted text
        assert text[r.span[0] : r.span[1]] == r.text


@needs_lxml
def test_html_prefers_marked_main_text_and_keeps_article_headers() -> None:
    page = (
        "<html><body><header><p>网站首页 增长12.5%</p></header><aside>热点：增长33.3%</aside>"
        "<main><article><header><h1>一季度经济运行</h1></header><p>一季度地区生产总值增长5.3%。</p>"
        "<p hidden>隐藏增长44.4%</p><p style='display: none'>隐藏增长55.5%</p></article></main>"
        "<footer>增长66.6%</footer></body></html>"
    )
    text = html_to_text(page)
    assert text == "一季度经济运行\n一季度地区生产总值增长5.3%。\n"


@needs_lxml
def test_html_oddities() -> None:
    """Server-side template residue, an XML declaration on a str, comments, <br>, entities, <pre>."""
    page = (
        '<?xml version="1.0" encoding="utf-8"?><%@ page pageEncoding="UTF-8"%>'
        "<p>第一行<br>第二行&nbsp;增长&#53;%<!-- 增长9.9% --></p><pre>甲  乙\n丙</pre>"
    )
    assert html_to_text(page) == "第一行\n第二行\xa0增长5%\n甲  乙\n丙\n"
    assert html_to_text("   ") == ""
    with pytest.raises(InputError, match="no text"):
        convert(b"<html><body><script>x</script></body></html>", "a.html")


@needs_lxml
def test_html_utf8_page_ignores_a_wrong_declaration() -> None:
    page = '<meta charset="gbk"><p>增长5.1%——好</p>'.encode()
    converted = convert(page, "a.html")
    assert converted.encoding == "utf-8" and "增长5.1%——好" in converted.text


# ------------------------------------------------------------------------------------------------
# JSON and markdown
# ------------------------------------------------------------------------------------------------


@needs_lxml
def test_json_escaped_html_inside_a_larger_file() -> None:
    record = {
        "id": 16,
        "title": "农村经济稳步发展",
        "content": "<p><span>农村经济稳步发展</span></p>"
        "<p>第一产业增加值<span>185</span>亿元，增长<span>8.5%</span>。</p>",
        "createTime": 1496563243000,
    }
    doc = json.dumps(record, ensure_ascii=True).replace("/", "\\/") + ',{"next": "record"}'
    text = json_to_text(doc)
    assert text == "农村经济稳步发展\n第一产业增加值185亿元，增长8.5%。\n"
    assert convert(doc.encode(), "a.json").format == "json"


def test_json_without_known_keys_keeps_chinese_strings() -> None:
    assert json_to_text('[{"a": "增长5%", "b": "x", "c": [{"d": "下降3%"}]}]') == "增长5%\n\n下降3%\n"
    with pytest.raises(InputError, match="no JSON"):
        json_to_text("plain words")
    with pytest.raises(InputError, match="invalid JSON"):
        json_to_text('{"a": ')


def test_markdown_front_matter_images_links_tables() -> None:
    doc = (
        "---\nlayout: post\ntitle: 财经早餐2024年8月16日\n---\n\n# 热点\n"
        "![图：增长99%](https://x/y.png)\n**固定资产投资同比增长3.6%**，详见[国家统计局](https://stats)。\n"
        "<video src='v.mp4'></video>原始网址：<https://example.com/a>\n\n\n"
        "| 指标 | 单位 | 数值 |\n|---|:---:|---:|\n| 社会消费品零售总额 | 亿元 | 803.1 |\n"
    )
    text = markdown_to_text(doc)
    assert text.startswith("财经早餐2024年8月16日\n\n# 热点\n\n**")
    assert "**固定资产投资同比增长3.6%**，详见国家统计局。" in text
    assert "99" not in text and "http" not in text and "video" not in text
    assert "| 指标 | 单位 | 数值 |\n| 社会消费品零售总额 | 亿元 | 803.1 |\n" in text
    assert "\n\n\n" not in text


# ------------------------------------------------------------------------------------------------
# PDF and DOCX
# ------------------------------------------------------------------------------------------------


@needs_pdf
def test_pdf_text_layer() -> None:
    lines = ["2023年全市规模以上工业增加值同比增长7.1%。", "乳制品", "万吨", "27.6", "-9.8"]
    converted = convert(make_pdf(lines), "r.pdf")
    assert converted.format == "pdf"
    assert converted.text == "\n".join(lines) + "\n"  # pdfium's CRLF became LF
    assert ("规模以上工业增加值", 7.1, "%") in facts(converted.text)


@needs_pdf
def test_pdf_problems_are_input_errors() -> None:
    good = make_pdf(["增长5%"])
    with pytest.raises(InputError, match="unreadable PDF"):
        pdf_to_text(good[: len(good) // 3])
    with pytest.raises(InputError, match="no text layer"):
        convert(make_pdf([]), "scan.pdf")


@needs_docx
def test_docx_keeps_paragraph_and_table_order() -> None:
    data = make_docx(
        ["2022年社会消费品零售总额803.1亿元，同比增长15.6%。", "城镇居民人均可支配收入41000元。"],
        [["指标名称", "单位", "产量", "比上年增长%"], ["乳制品", "万吨", "27.6", "-9.8"]],
    )
    text = docx_to_text(data)
    assert text == (
        "2022年社会消费品零售总额803.1亿元，同比增长15.6%。\n"
        "| 指标名称 | 单位 | 产量 | 比上年增长% |\n| 乳制品 | 万吨 | 27.6 | -9.8 |\n"
        "城镇居民人均可支配收入41000元。\n"
    )
    assert ("乳制品产量", -9.8, "%") in facts(text)


@needs_docx
def test_docx_merged_cells_once_and_broken_files() -> None:
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "合并标题"
    table.cell(1, 0).text = "甲"
    buf = io.BytesIO()
    document.save(buf)
    assert docx_to_text(buf.getvalue()).count("合并标题") == 1
    with pytest.raises(InputError, match="not a readable DOCX"):
        docx_to_text(b"PK\x03\x04 truncated")
    with pytest.raises(InputError, match="not a readable DOCX"):
        from test_batch_corpus import zip_of

        docx_to_text(zip_of([("hello.txt", b"not a word document")]))


def test_garbled_text_is_flagged_not_failed() -> None:
    text = "增长5%" + "\ue000" * 10 + "。" * 100
    converted = convert(text.encode(), "a.txt")
    assert converted.warnings and "unreadable glyph codes" in converted.warnings[0]


def test_plugged_in_converter_replaces_a_format() -> None:
    converted = convert(b"%PDF-1.4 scanned", "scan.pdf", {"pdf": lambda data: "OCR：增长5%"})
    assert (converted.format, converted.text) == ("pdf", "OCR：增长5%")


# ------------------------------------------------------------------------------------------------
# Real messy pages: the same facts as their plain-text counterparts
# ------------------------------------------------------------------------------------------------

RAW_PAGES = sorted(RAW.iterdir()) if RAW.is_dir() else []
# Overlap of (metric, value, unit) sets between each raw page and its text, measured when written:
# 9 of 10 pages give exactly the text's facts; caam differs by two facts the text's counterpart
# reads from the site's breadcrumb navigation (dropped here on purpose), daqing-2012 by one
# metric name whose leading "全市" depends on the text's indentation. Overall Jaccard 0.995.
MIN_PAGE_OVERLAP = 0.95
MIN_TOTAL_OVERLAP = 0.99


def _meta() -> dict[str, dict[str, object]]:
    return json.loads((SAMPLES / "META.json").read_text(encoding="utf-8"))


def _pair(raw: Path) -> tuple[set[tuple[str, float, str]], set[tuple[str, float, str]]]:
    txt = SAMPLES / f"{raw.stem}.txt"
    options = _meta().get(txt.name, {})
    from_text = facts(txt.read_text(encoding="utf-8"), **options)
    from_raw = facts(convert(raw.read_bytes(), raw.name).text, **options)
    return from_text, from_raw


@needs_lxml
@pytest.mark.parametrize("raw", RAW_PAGES, ids=[p.stem for p in RAW_PAGES])
def test_raw_page_finds_the_facts_of_its_text(raw: Path) -> None:
    from_text, from_raw = _pair(raw)
    assert from_text, "the text counterpart must have facts"
    both = from_text & from_raw
    assert len(both) / len(from_text) >= MIN_PAGE_OVERLAP, sorted(from_text - from_raw)
    assert len(both) / len(from_raw) >= MIN_PAGE_OVERLAP, sorted(from_raw - from_text)


@needs_lxml
def test_raw_pages_overall_overlap() -> None:
    assert len(RAW_PAGES) == 10
    total_text = total_raw = total_both = 0
    for raw in RAW_PAGES:
        from_text, from_raw = _pair(raw)
        total_text += len(from_text)
        total_raw += len(from_raw)
        total_both += len(from_text & from_raw)
    jaccard = total_both / (total_text + total_raw - total_both)
    assert jaccard >= MIN_TOTAL_OVERLAP, jaccard


# ------------------------------------------------------------------------------------------------
# Deeply nested pages: libxml2 stops at depth 256 (2048 with huge_tree) and only logs it
# ------------------------------------------------------------------------------------------------


def _unclosed_divs(n: int) -> bytes:
    body = "".join(f"<div>第{i}段：出口增长{i}%" for i in range(n))
    return f"<html><body>{body}</body></html>".encode()


def test_deeply_nested_page_keeps_every_paragraph() -> None:
    """400 unclosed <div>s (a broken CMS template) used to lose everything below depth 254."""
    conv = convert(_unclosed_divs(400), "deep.html")
    assert all(f"第{i}段" in conv.text for i in range(400))
    assert conv.warnings == ()


def test_text_the_parser_drops_is_reported() -> None:
    """Past even huge_tree's limit the page is still read, with a warning that text is missing."""
    conv = convert(_unclosed_divs(3000), "deeper.html")
    assert "第0段" in conv.text
    assert any("nested" in w and "dropped" in w for w in conv.warnings)


def test_batch_reports_dropped_html_text(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deeper.html").write_bytes(_unclosed_divs(3000))
    docs = [doc for doc, _ in cnreport.batch.iter_documents([tmp_path / "in"], workers=0)]
    assert docs[0].status == "ok" and any("dropped" in w for w in docs[0].warnings)


# ------------------------------------------------------------------------------------------------
# Tables: every format writes a table as one pipe row per line, merged cells spread over the grid
# ------------------------------------------------------------------------------------------------

# fmt: off
HTML_TABLES = [
    pytest.param(
        "<table><caption>表1 产量</caption><thead><tr><th>产品</th><th>单位</th><th>产量</th>"
        "<th>比上年<br>增长%</th></tr></thead><tbody><tr><th scope='row'><span>纱</span>线</th><td>万吨</td>"
        "<td><p><b>1.8</b></p></td><td></td></tr></tbody></table>",
        "表1 产量\n| 产品 | 单位 | 产量 | 比上年增长% |\n| 纱线 | 万吨 | 1.8 | |\n",
        id="caption-thead-th-labels-inline-tags-empty-cell",
    ),
    pytest.param(
        "<table><tr><th rowspan='3'>行业</th><th colspan='4'>1-5月</th></tr>"
        "<tr><th colspan='2'>营业收入</th><th colspan='2'>利润总额</th></tr>"
        "<tr><th>绝对额</th><th>增长%</th><th>绝对额</th><th>增长%</th></tr>"
        "<tr><td>采矿业</td><td>120.0</td><td>4.5</td><td>30.1</td><td>-8.2</td></tr></table>",
        "| 行业 | 1-5月 | 1-5月 | 1-5月 | 1-5月 |\n| | 营业收入 | 营业收入 | 利润总额 | 利润总额 |\n"
        "| | 绝对额 | 增长% | 绝对额 | 增长% |\n| 采矿业 | 120.0 | 4.5 | 30.1 | -8.2 |\n",
        id="header-colspan-in-every-column-rowspan-once",
    ),
    pytest.param(
        "<table><tr><td colspan='3'>表3 某县粮食生产</td></tr><tr><td colspan='3'>单位：万吨</td></tr>"
        "<tr><td>指标</td><td>本年</td><td>比上年增长%</td></tr><tr><td>粮食</td><td>50.2</td><td>1.1</td></tr>"
        "<tr><td colspan='3'>注：按新口径计算</td></tr></table>",
        "表3 某县粮食生产\n单位：万吨\n| 指标 | 本年 | 比上年增长% |\n| 粮食 | 50.2 | 1.1 |\n注：按新口径计算\n",
        id="title-unit-and-note-rows-are-lines",
    ),
    pytest.param(
        "<table><tr><th>类别</th><th>项目</th><th>单位</th><th>本月</th></tr>"
        "<tr><td rowspan='2'>饮料</td><td>果汁</td><td>万吨</td><td>3.2</td></tr>"
        "<tr><td>茶饮</td><td>万吨</td><td>1.5</td></tr>"
        "<tr><td colspan='2'>合计</td><td>万吨</td><td>4.7</td></tr></table>",
        "| 类别 | 项目 | 单位 | 本月 |\n| 饮料 | 果汁 | 万吨 | 3.2 |\n| | 茶饮 | 万吨 | 1.5 |\n"
        "| 合计 | | 万吨 | 4.7 |\n",
        id="merged-cells-of-data-rows-stand-once",
    ),
    pytest.param(
        "<table><tr><td>甲|乙类</td><td>1.0</td></tr><tr><td>丙  类</td><td>2.0</td></tr></table>",
        "| 甲\uff5c乙类 | 1.0 |\n| 丙类 | 2.0 |\n",  # a full-width bar: it cannot split the row
        id="pipe-inside-a-cell-and-spaced-label",
    ),
    # tables that lay out a page keep one cell per line
    pytest.param(
        "<table><tr><td>全年地区生产总值增长5.0%，比上年加快0.2个百分点。</td><td>12</td></tr></table>",
        "全年地区生产总值增长5.0%，比上年加快0.2个百分点。\n12\n",
        id="layout-table-with-a-paragraph",
    ),
    pytest.param(
        "<table><tr><td>发布时间：2024-01-02</td><td>来源：统计局</td></tr></table>",
        "发布时间：2024-01-02\n来源：统计局\n",
        id="table-without-figures",
    ),
    pytest.param(
        "<table><tr><td>正文<table><tr><td>指标</td><td>数值</td></tr><tr><td>产量</td><td>3.0</td></tr></table>"
        "</td></tr></table>",
        "正文\n| 指标 | 数值 |\n| 产量 | 3.0 |\n",
        id="layout-table-holding-a-data-table",
    ),
]
# fmt: on


@needs_lxml
@pytest.mark.parametrize(("table", "expected"), HTML_TABLES)
def test_html_table_as_pipe_rows(table: str, expected: str) -> None:
    assert html_to_text(f"<html><body>{table}</body></html>") == expected


@needs_docx
def test_docx_merged_cells_spread_over_the_grid() -> None:
    """vMerge writes a label once (filled down by the grid), gridSpan leaves the covered cells blank."""
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for c, text in enumerate(["类别", "项目", "单位", "本月"]):
        table.cell(0, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "饮料"
    for r, row in ((1, ["果汁", "万吨", "3.2"]), (2, ["茶饮", "万吨", "1.5"])):
        for c, text in enumerate(row, 1):
            table.cell(r, c).text = text
    table.cell(3, 0).merge(table.cell(3, 1)).text = "合计"
    table.cell(3, 2).text, table.cell(3, 3).text = "万吨", "4.7"
    buf = io.BytesIO()
    document.save(buf)
    text = docx_to_text(buf.getvalue())
    rows = ["| 类别 | 项目 | 单位 | 本月 |", "| 饮料 | 果汁 | 万吨 | 3.2 |", "| | 茶饮 | 万吨 | 1.5 |"]
    rows.append("| 合计 | | 万吨 | 4.7 |")
    assert text == "\n".join(rows) + "\n"
    assert facts(text, year=2024) == {("饮料果汁", 32000.0, "吨"), ("饮料茶饮", 15000.0, "吨"), ("合计", 47000.0, "吨")}


@needs_docx
def test_docx_table_holding_a_table_keeps_cells_as_lines() -> None:
    import io

    import docx

    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外层说明"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "产量", "3.0"
    buf = io.BytesIO()
    document.save(buf)
    assert docx_to_text(buf.getvalue()) == "外层说明\n产量\n3.0\n"


def test_markdown_table_rows_written_like_other_formats() -> None:
    """Outer pipes optional, emphasis and escapes gone, an empty cell written ``||`` kept as a cell."""
    doc = "指标 | 数值\n--- | ---\n**合计** | 1.5\nA\\|B | 2.0\n\n正文一段。\n\n| 甲 || 3.0 |\n|---|---|---|\n"
    rows = "| 指标 | 数值 |\n| 合计 | 1.5 |\n| A\uff5cB | 2.0 |\n"
    assert markdown_to_text(doc) == rows + "\n正文一段。\n\n| 甲 | | 3.0 |\n"


# One invented document, two tables and prose around them, written in each format by hand: a
# caption, a 单位： note, th row labels, inline tags, an empty cell, an empty mark, a sub-row,
# and a header of three rows (1-11月 over 营业收入 / 利润总额 over 绝对额 / 同比增长（%）).
_INTRO = "2024年某市工业经济运行简况"
_BEFORE = "1-11月，全市规模以上工业增加值同比增长5.2%，增速比1-10月加快0.3个百分点。"
_AFTER = "11月份，全市工业用电量同比增长3.1%。"
_T1_TITLE = "表1 2024年1-11月主要工业产品产量"
_T2_TITLE = "表2 2024年分行业工业企业经营情况"
# fmt: off
_T1 = [["产品", "单位", "产量", "比上年同期增长（%）"],
       ["乳制品", "万吨", "27.6", "-9.8"],
       ["水泥", "万吨", "426.3", "…"],
       ["家用空调", "万台", "310.0", "4.4"],
       ["化学纤维", "万吨", "85.2", ""]]
_T2_HEAD = [["行业", "1-11月", "1-11月", "1-11月", "1-11月"],
            ["", "营业收入", "营业收入", "利润总额", "利润总额"],
            ["", "绝对额", "同比增长（%）", "绝对额", "同比增长（%）"]]
_T2_BODY = [["采矿业", "120.0", "4.5", "30.1", "-8.2"],
            ["制造业", "880.4", "2.2", "61.7", "9.9"],
            ["其中：汽车制造业", "210.6", "12.3", "15.2", "20.4"],
            ["电力、热力生产和供应业", "95.3", "6.1", "12.8", "15.0"]]
_SAME_TABLE_RECORDS = {
    ("乳制品产量", Decimal("276000"), "吨", "level", "2024-01/2024-11", None),
    ("乳制品产量", Decimal("-9.8"), "%", "growth_rate", "2024-01/2024-11", "yoy"),
    ("水泥产量", Decimal("4263000"), "吨", "level", "2024-01/2024-11", None),
    ("家用空调产量", Decimal("3100000"), "台", "level", "2024-01/2024-11", None),
    ("化学纤维产量", Decimal("852000"), "吨", "level", "2024-01/2024-11", None),
    ("采矿业营业收入", Decimal("12000000000"), "元", "level", "2024-01/2024-11", None),
    ("采矿业营业收入", Decimal("4.5"), "%", "growth_rate", "2024-01/2024-11", "yoy"),
    ("采矿业利润总额", Decimal("3010000000"), "元", "level", "2024-01/2024-11", None),
    ("采矿业利润总额", Decimal("-8.2"), "%", "growth_rate", "2024-01/2024-11", "yoy"),
    ("汽车制造业营业收入", Decimal("21060000000"), "元", "level", "2024-01/2024-11", None),
    ("汽车制造业利润总额", Decimal("20.4"), "%", "growth_rate", "2024-01/2024-11", "yoy"),
    ("电力、热力生产和供应业利润总额", Decimal("1280000000"), "元", "level", "2024-01/2024-11", None),
    ("规模以上工业增加值", Decimal("5.2"), "%", "growth_rate", "2024-01/2024-11", "yoy"),
    ("工业用电量", Decimal("3.1"), "%", "growth_rate", "2024-11", "yoy"),
}
# fmt: on


def _flattened_text() -> bytes:
    """The tables as an older converter flattened them: one cell per line, empty cells gone."""
    t1 = "\n".join(c for row in _T1 for c in row if c)
    head = "行业\n1-11月\n营业收入\n利润总额\n绝对额\n同比增长（%）\n绝对额\n同比增长（%）"
    t2 = "\n".join(c for row in _T2_BODY for c in row)
    return f"{_INTRO}\n{_BEFORE}\n{_T1_TITLE}\n{t1}\n{_T2_TITLE}\n单位：亿元\n{head}\n{t2}\n{_AFTER}\n".encode()


def _html_page() -> bytes:
    t1_rows = "".join(
        f"<tr><th scope='row'><span style='font-weight:bold'>{r[0]}</span></th><td>{r[1]}</td>"
        f"<td><p><span>{r[2]}</span></p></td><td>{r[3]}</td></tr>"
        for r in _T1[1:]
    )
    t1 = (
        f"<table><caption>{_T1_TITLE}</caption><thead><tr><th>产品</th><th>单位</th><th>产量</th>"
        f"<th>比上年同期<br>增长（%）</th></tr></thead><tbody>{t1_rows}</tbody></table>"
    )
    t2_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _T2_BODY)
    t2 = (
        f"<p>{_T2_TITLE}</p><p align='right'>单位：亿元</p><table border='1'><thead>"
        "<tr><th rowspan='3'>行业</th><th colspan='4'>1-11月</th></tr>"
        "<tr><th colspan='2'>营业收入</th><th colspan='2'>利润总额</th></tr>"
        "<tr><th>绝对额</th><th>同比增长（%）</th><th>绝对额</th><th>同比增长（%）</th></tr>"
        f"</thead><tbody>{t2_rows}</tbody></table>"
    )
    return f"<html><body><h1>{_INTRO}</h1><p>{_BEFORE}</p>{t1}{t2}<p>{_AFTER}</p></body></html>".encode()


def _markdown() -> bytes:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    t1 = "\n".join([row(_T1[0]), "|---|---|---:|---:|", *map(row, _T1[1:])])
    t2 = "\n".join([row(_T2_HEAD[0]), "|---|---|---|---|---|", *map(row, _T2_HEAD[1:]), *map(row, _T2_BODY)])
    return f"# {_INTRO}\n\n{_BEFORE}\n\n{_T1_TITLE}\n\n{t1}\n\n{_T2_TITLE}\n\n单位：亿元\n\n{t2}\n\n{_AFTER}\n".encode()


def _docx() -> bytes:
    pytest.importorskip("docx", reason="building a DOCX needs python-docx (extra 'docx')")
    import io

    import docx

    document = docx.Document()
    document.add_heading(_INTRO, 1)
    document.add_paragraph(_BEFORE)
    document.add_paragraph(_T1_TITLE)
    t1 = document.add_table(rows=len(_T1), cols=4)
    for r, cells in enumerate(_T1):
        for c, text in enumerate(cells):
            t1.cell(r, c).text = text
    document.add_paragraph(_T2_TITLE)
    document.add_paragraph("单位：亿元")
    t2 = document.add_table(rows=3 + len(_T2_BODY), cols=5)
    t2.cell(0, 0).merge(t2.cell(2, 0)).text = "行业"
    t2.cell(0, 1).merge(t2.cell(0, 4)).text = "1-11月"
    t2.cell(1, 1).merge(t2.cell(1, 2)).text = "营业收入"
    t2.cell(1, 3).merge(t2.cell(1, 4)).text = "利润总额"
    for c, text in enumerate(_T2_HEAD[2][1:], 1):
        t2.cell(2, c).text = text
    for r, cells in enumerate(_T2_BODY, 3):
        for c, text in enumerate(cells):
            t2.cell(r, c).text = text
    document.add_paragraph(_AFTER)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@needs_lxml
@needs_docx
def test_same_table_in_every_format_gives_the_same_records(tmp_path: Path) -> None:
    """One table model, several readers: text, HTML, DOCX and markdown files give the same records,
    through the converter ``cnreport extract FILE`` uses, and the prose around the tables as before."""
    documents = {
        "report.txt": _flattened_text(),
        "report.html": _html_page(),
        "report.docx": _docx(),
        "report.md": _markdown(),
    }
    found: dict[str, set[tuple[object, ...]]] = {}
    for name, data in documents.items():
        (tmp_path / name).write_bytes(data)
        records = cnreport.extract_file(tmp_path / name)
        text = convert(data, name).text
        assert all(text[r.span[0] : r.span[1]] == r.text for r in records), name
        found[name] = {(r.metric, r.value, r.unit, str(r.kind), r.period, r.base) for r in records}
    assert _SAME_TABLE_RECORDS <= found["report.txt"], sorted(_SAME_TABLE_RECORDS - found["report.txt"], key=str)
    for name, records in found.items():
        assert records == found["report.txt"], (name, records ^ found["report.txt"])
    assert len(found["report.txt"]) == 25  # 6 product cells, 16 industry cells, 3 figures of the prose
