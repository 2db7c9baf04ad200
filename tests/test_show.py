"""The review page and terminal view: escaping of hostile text, overlapping spans, misses marked."""

from __future__ import annotations

import html
import io
import json
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

import cnreport
from cnreport.numbers import find_numbers
from cnreport.records import Kind, Modality, Qualifier, Record
from cnreport.show import (
    COLUMNS,
    NOT_A_MISS_RULES,
    build_page,
    column_widths,
    find_unmatched,
    format_value,
    not_a_miss,
    print_terminal,
    render_terminal,
    render_text_html,
    script_json,
    segment,
)
from cnreport.show_cli import register

HOSTILE = '</script><script>alert(1)</script><img src=x onerror="alert(2)">&amp;<!-- "\'`'


def rec(text: str, surface: str, *, kind: Kind = Kind.LEVEL, metric: str = "工业增加值", nth: int = 0) -> Record:
    """A record whose span is the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Record(
        metric=metric,
        value=Decimal(1),
        unit="%",
        kind=kind,
        span=(start, start + len(surface)),
        text=surface,
    )


class PageParser(HTMLParser):
    """Collects what the browser would build: tags, attributes, script bodies, the #doc text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self._doc_depth = 0
        self.doc_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if self._doc_depth:
            self._doc_depth += 1
        elif a.get("id") == "doc":
            self._doc_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        if self._doc_depth:
            self._doc_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._doc_depth:
            self.doc_text.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def default_records(text: str) -> list[Record]:
    return cnreport.extract(text, year=2025, subject="武汉")


def doc_markup(text: str, records: list[Record]) -> str:
    return render_text_html(text, records, find_unmatched(text, records))


def strip_tags(markup: str) -> str:
    parser = PageParser()
    parser.feed(f'<div id="doc">{markup}</div>')
    return "".join(parser.doc_text)


# ---------------------------------------------------------------------------------------------
# escaping: the document, its records and its name are untrusted


def test_hostile_text_never_becomes_markup() -> None:
    text = f"标题{HOSTILE}\n工业增加值增长5.1%。"
    records = [rec(text, "5.1%"), rec(text, HOSTILE, metric=HOSTILE)]
    page = build_page(text, records, title=HOSTILE)
    parsed = parse(page)
    scripts = [a for t, a in parsed.tags if t == "script"]
    assert len(scripts) == 2 and scripts[0] == {"type": "application/json", "id": "cnr-data"}
    assert not any(t == "img" for t, _ in parsed.tags)
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    assert page.count("</script") == 2  # only our own two closers
    assert "alert(1)" not in parsed.scripts[1]
    # the text reads back exactly, the hostile part included, as text
    assert "".join(parsed.doc_text) == text


def test_embedded_json_round_trips_and_cannot_close_the_script() -> None:
    text = f"{HOSTILE}增长5.1%"
    records = [rec(text, "5.1%", metric=HOSTILE + "\u2028")]
    page = build_page(text, records, title=HOSTILE)
    parsed = parse(page)
    data = json.loads(parsed.scripts[0])
    assert data["records"][0]["metric"] == HOSTILE + "\u2028"
    assert data["doc"] == HOSTILE
    assert not any(ch in parsed.scripts[0] for ch in "<>&\u2028")


# script_json: (data, the JSON text)

# fmt: off
SCRIPT_JSON_CASES = [
    pytest.param("</script>", '"\\u003c/script\\u003e"', id="script-close"),
    pytest.param("a&b", '"a\\u0026b"', id="ampersand"),
    pytest.param("<!--", '"\\u003c!--"', id="comment-open"),
    pytest.param("\u2028", '"\\u2028"', id="line-separator"),
    pytest.param("增长", '"增长"', id="chinese-kept"),
    pytest.param("\ud800", '"\\ud800"', id="lone-surrogate"),
]
# fmt: on


@pytest.mark.parametrize(("data", "expected"), SCRIPT_JSON_CASES)
def test_script_json(data: str, expected: str) -> None:
    assert script_json(data) == expected
    assert json.loads(script_json(data)) == data


def test_control_characters_are_badges_not_obeyed() -> None:
    text = "增长\u202e5.1%\x1b[31m\x00完"
    markup = doc_markup(text, [])
    assert "\u202e" not in markup and "\x1b" not in markup and "\x00" not in markup
    assert 'data-c="U+202E"' in markup and 'data-c="U+001B"' in markup and 'data-c="U+0000"' in markup
    assert "\n" in doc_markup("第一行\n第二行", [])  # line breaks are layout, kept


def test_lone_surrogates_still_make_a_utf8_page() -> None:
    text = "增长5.1%\udcb2"
    page = build_page(text, [rec(text, "5.1%", metric="指标\ud800")])
    assert page.encode("utf-8")
    assert json.loads(parse(page).scripts[0])["records"][0]["metric"] == "指标\ud800"


def test_title_and_summary_escaped() -> None:
    page = build_page("无数字", [], title="<b>x</b>.txt")
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;.txt" in page
    assert "No records were extracted" in page


def test_page_is_self_contained() -> None:
    text = "上半年工业增加值增长5.1%。"
    page = build_page(text, [rec(text, "5.1%")])
    assert '<meta charset="utf-8">' in page and '<html lang="zh">' in page
    assert "default-src 'none'" in page  # nothing may load from anywhere
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and " src=" not in page


# ---------------------------------------------------------------------------------------------
# overlapping spans: every character once, every record's pieces spell its text


# fmt: off
OVERLAPS = [
    # (text, [(surface, nth)], id)
    ("规模以上工业增加值同比增长6.0%", [("规模以上工业增加值同比增长6.0%", 0), ("6.0%", 0)], "nested"),
    ("规模以上工业增加值同比增长6.0%", [("工业增加值同比", 0), ("同比增长6.0%", 0)], "crossing"),
    ("增长6.0%", [("增长6.0%", 0), ("增长6.0%", 0)], "identical"),
    ("增长6.0%，下降1.0%", [("增长6.0%", 0), ("，", 0), ("下降1.0%", 0)], "adjacent"),
    ("出口1.5万亿元增长3.0%", [("出口1.5万亿元增长3.0%", 0), ("1.5万亿元", 0), ("万亿元增长", 0)], "three-deep"),
]
# fmt: on


@pytest.mark.parametrize(("text", "spans"), [pytest.param(t, s, id=i) for t, s, i in OVERLAPS])
def test_overlapping_spans_render_text_once(text: str, spans: list[tuple[str, int]]) -> None:
    kinds = list(Kind)
    records = [rec(text, s, nth=n, kind=kinds[k % len(kinds)]) for k, (s, n) in enumerate(spans)]
    markup = doc_markup(text, records)
    assert strip_tags(markup) == text
    segs = segment(text, records)
    assert "".join(text[s.start : s.end] for s in segs) == text
    for i, r in enumerate(records):
        pieces = [text[s.start : s.end] for s in segs if i in s.records]
        assert "".join(pieces) == r.text


def test_overlap_colour_is_the_inner_record_and_underline_the_outer() -> None:
    text = "工业增加值同比增长6.0%"
    outer = rec(text, text, kind=Kind.LEVEL)
    inner = rec(text, "6.0%", kind=Kind.GROWTH_RATE)
    markup = doc_markup(text, [outer, inner])
    assert '<span class="s k-growth_rate o-level" data-r="0 1" data-n="2">6.0%</span>' in markup
    assert '<span class="s k-level" data-r="0" data-n="1">工业增加值同比增长</span>' in markup


def test_record_numbers_mark_where_each_record_starts() -> None:
    text = "增长6.0%"
    markup = doc_markup(text, [rec(text, "增长6.0%"), rec(text, "增长6.0%")])
    assert 'data-n="1,2"' in markup


def test_out_of_range_and_empty_spans_do_not_break_the_text() -> None:
    text = "增长6.0%"
    odd = [
        Record(metric="m", value=Decimal(1), unit="", kind=Kind.LEVEL, span=(3, 3), text=""),
        Record(metric="m", value=Decimal(1), unit="", kind=Kind.LEVEL, span=(4, 99), text="0%"),
    ]
    assert strip_tags(doc_markup(text, odd)) == text
    page = build_page(text, odd)
    assert page.count('<tr data-i="') == 2  # still listed in the table


# ---------------------------------------------------------------------------------------------
# numbers seen but not turned into a record


def test_unmatched_numbers_are_those_no_span_covers_whole() -> None:
    text = "2025年上半年，工业增加值增长5.1%，投资增长8.0%，另有12个项目。"
    records = [rec(text, "5.1%"), rec(text, "8.0", nth=0)]
    found = {n.surface for n in find_numbers(text)}
    unmatched = {n.surface for n in find_unmatched(text, records)}
    assert {"5.1", "8.0", "2025", "12"} <= found
    assert "5.1" not in unmatched and "8.0" not in unmatched
    assert unmatched == {"12"}  # 2025 is the date, no missed figure


# A date or an ordinal is never a missed figure: (text, numeral, the rule that clears it)

# fmt: off
NOT_MISSES = [
    # dates the period grammar reads
    pytest.param("2025年上半年，出口增长", "2025", "date.period", id="year-half"),
    pytest.param("1-5月，全市投资", "1", "date.period", id="month-range-start"),
    pytest.param("1至5月份，全市投资", "5", "date.period", id="month-range-end"),
    pytest.param("第3季度出口回落", "3", "date.period", id="quarter-ordinal"),
    pytest.param("截至2025-06-30，存款余额", "06", "date.period", id="iso-date"),
    pytest.param("截至6月末，贷款余额", "6", "date.period", id="month-end"),
    pytest.param("十二月31日公布", "31", "date.period", id="chinese-month-day"),
    # dates and times it does not read as periods
    pytest.param("数据截至2025/6/30。", "30", "date.period", id="slash-date"),
    pytest.param("本月25日发布", "25", "date.calendar", id="bare-day"),
    pytest.param("當月8號公佈", "8", "date.calendar", id="bare-day-traditional"),
    pytest.param("二〇二五年一季度", "二〇二五", "date.calendar", id="chinese-year"),
    pytest.param("上午10时30分开幕", "10", "date.calendar", id="clock-chinese"),
    pytest.param("9:30开盘", "30", "date.calendar", id="clock-colon"),
    # ordinals
    pytest.param("全市排名第3位", "3", "ordinal.prefix", id="rank-ordinal"),
    pytest.param("第1批项目开工", "1", "ordinal.prefix", id="batch-ordinal"),
    pytest.param("每逢星期6休市", "6", "ordinal.prefix", id="weekday"),
    pytest.param("（2）投资稳步增长", "2", "ordinal.enumerator", id="bracketed-item"),
    pytest.param("概况\n1、工业生产平稳", "1", "ordinal.enumerator", id="list-item"),
    pytest.param("3. 消费市场回暖", "3", "ordinal.enumerator", id="numbered-line"),
]
# fmt: on


@pytest.mark.parametrize(("text", "surface", "rule"), NOT_MISSES)
def test_dates_and_ordinals_are_never_misses(text: str, surface: str, rule: str) -> None:
    number = next(n for n in find_numbers(text) if n.surface == surface)
    assert number not in find_unmatched(text, [])
    assert not_a_miss(text, number) == rule


# fmt: off
STILL_MISSES = [
    pytest.param("另有8个项目开工", "8", id="count"),
    pytest.param("第1批12个项目开工", "12", id="count-after-ordinal"),
    pytest.param("新增2025家企业", "2025", id="year-like-count"),
    pytest.param("出口增长30%", "30", id="rate"),
    pytest.param("共有35个行业", "35", id="count-at-line-start"),
]
# fmt: on


@pytest.mark.parametrize(("text", "surface"), STILL_MISSES)
def test_figures_without_a_record_are_still_misses(text: str, surface: str) -> None:
    assert surface in [n.surface for n in find_unmatched(text, [])]


def test_every_not_a_miss_rule_clears_its_examples() -> None:
    for rule in NOT_A_MISS_RULES:
        assert rule.examples, rule.id
        for text, surface in rule.examples:
            number = next(n for n in find_numbers(text) if n.surface == surface)
            assert not_a_miss(text, number) == rule.id, (rule.id, text)


def test_number_partly_inside_a_span_counts_as_unmatched() -> None:
    text = "投资增长12.5%"
    cut = Record(metric="m", value=Decimal(1), unit="", kind=Kind.LEVEL, span=(0, 5), text="投资增长1")
    assert [n.surface for n in find_unmatched(text, [cut])] == ["12.5"]
    markup = doc_markup(text, [cut])
    assert strip_tags(markup) == text
    assert 'class="s k-level un" data-r="0" data-u="0">1</span>' in markup


def test_unmatched_arabic_and_chinese_numerals_are_marked_apart() -> None:
    text = "产值增长5.1%，另有8个项目提前两个月投产。"
    records = [rec(text, "5.1%")]
    unmatched = find_unmatched(text, records)
    markup = render_text_html(text, records, unmatched)
    assert '<span class="s un" data-u="0">8</span>' in markup
    if any(n.chinese for n in unmatched):
        assert 'class="s unz"' in markup
    page = build_page(text, records)
    data = json.loads(parse(page).scripts[0])
    assert data["numbers"][0] == {"start": 11, "end": 12, "surface": "8", "value": "8", "chinese": False}


# ---------------------------------------------------------------------------------------------
# table and values


# format_value: (value, table text)

# fmt: off
VALUE_CASES = [
    pytest.param(Decimal("1.2E12"), "1,200,000,000,000", id="scaled-wan-yi"),
    pytest.param(Decimal("5.10"), "5.1", id="trailing-zero"),
    pytest.param(Decimal("-0.3"), "-0.3", id="negative"),
    pytest.param(Decimal("182000"), "182,000", id="integer"),
    pytest.param(None, "", id="none"),
]
# fmt: on


@pytest.mark.parametrize(("value", "expected"), VALUE_CASES)
def test_format_value(value: Decimal | None, expected: str) -> None:
    assert format_value(value) == expected


def test_table_has_one_row_per_record_with_all_fields_in_data() -> None:
    text = "上半年，武汉市工业增加值同比增长5.1%，目标增长6%至7%。"
    records = [
        rec(text, "5.1%", kind=Kind.GROWTH_RATE),
        Record(
            metric="工业增加值",
            value=Decimal(6),
            value_max=Decimal(7),
            unit="%",
            kind=Kind.GROWTH_RATE,
            modality=Modality.TARGET,
            period="2025",
            base="yoy",
            subject="武汉市",
            qualifier=Qualifier.APPROX,
            span=(text.index("6%"), text.index("7%") + 2),
            text="6%至7%",
            pattern="growth.range",
        ),
    ]
    page = build_page(text, records)
    assert page.count('<tr data-i="') == 2
    assert '<span class="nw">6</span> <span class="nw">– 7</span>' in page  # a range breaks only between its ends
    assert 'class="s k-growth_rate mod"' in page
    data = json.loads(parse(page).scripts[0])
    assert data["records"][1] == records[1].to_json_dict()
    for name in ("metric", "value", "value_max", "unit", "kind", "period", "base", "subject", "qualifier", "modality"):
        assert name in data["records"][1]


def wide_records(text: str) -> list[Record]:
    """Records with long cells: a value of eleven digits, a range, a dated base, a long subject."""
    at = text.index("2518300")
    big = Record(metric="规模以上工业企业营业收入", value=Decimal("25183000000"), unit="元", kind=Kind.LEVEL,
                 period="2024-04/2025-03", base="period:2023-04/2024-03", subject="武汉市东湖新技术开发区",
                 span=(at, at + 9), text="2518300万元")  # fmt: skip
    at = text.index("6%")
    span = Record(metric="工业增加值", value=Decimal("6"), value_max=Decimal("7.5"), unit="%",
                  kind=Kind.GROWTH_RATE, modality=Modality.TARGET, period="2025", base="yoy", subject="武汉市",
                  qualifier=Qualifier.APPROX, span=(at, at + 7), text="6%至7.5%")  # fmt: skip
    return [big, span]


WIDE_TEXT = "2024年4月至2025年3月，东湖高新区规模以上工业企业实现营业收入2518300万元。目标增长6%至7.5%。"


def test_table_cells_are_never_cut() -> None:
    page = build_page(WIDE_TEXT, wide_records(WIDE_TEXT))
    assert "ellipsis" not in page  # cells wrap or widen, never end in …
    assert "25,183,000,000" in page and "period:<wbr>2023-04/<wbr>2024-03" in page  # may break after : and /


def test_table_columns_are_as_wide_as_their_longest_cell() -> None:
    records = wide_records(WIDE_TEXT)
    widths = dict(zip([c[0] for c in COLUMNS], column_widths(records), strict=True))
    low, high = widths["value"]
    assert low == high >= 0.55 * len("25,183,000,000")  # a value never narrower than itself
    assert widths["base"][0] >= 0.55 * len("2023-04/")  # the longest piece between breaks
    assert widths["base"][1] >= 0.55 * len("period:2023-04/2024-03")  # and whole where there is room
    assert widths["period"][1] >= 0.55 * len("2024-04/2025-03")
    assert widths["subject"][1] >= len("武汉市东湖新技术开发区")  # one em per Chinese character
    narrow = dict(zip([c[0] for c in COLUMNS], column_widths([]), strict=True))
    assert narrow["value"] < widths["value"]  # sized from the records, not fixed


def test_filter_controls_list_each_value_once() -> None:
    text = "上半年，工业增加值增长5.1%，投资增长8.0%，出口增长3.0%。"
    records = [rec(text, "5.1%", kind=Kind.GROWTH_RATE), rec(text, "8.0%", kind=Kind.GROWTH_RATE, metric="投资"),
               rec(text, "3.0%", kind=Kind.LEVEL, metric="出口")]  # fmt: skip
    page = build_page(text, records)
    parsed = parse(page)
    ids = {a.get("id") for _, a in parsed.tags}
    assert {"q", "f-metric", "f-kind", "f-period", "f-subject", "shown"} <= ids
    assert any(t == "input" and a.get("type") == "search" and a.get("id") == "q" for t, a in parsed.tags)
    data = json.loads(parsed.scripts[0])
    assert data["facets"]["metric"] == sorted(["出口", "工业增加值", "投资"])
    assert data["facets"]["kind"] == ["growth_rate", "level"]
    assert data["facets"]["period"] == [""]  # no period: one "(none)" choice
    options = [a for t, a in parsed.tags if t == "option"]
    assert len(options) == 4 + 3 + 2 + 1 + 1  # an "all" per select, then each value once


def test_filter_options_escape_hostile_values() -> None:
    text = "增长5.1%"
    page = build_page(text, [rec(text, "5.1%", metric=HOSTILE + "\x1b[31m")])
    parsed = parse(page)
    assert not any(t == "img" for t, _ in parsed.tags)
    assert "\x1b" not in page.split('<script type="application/json"')[0]
    assert json.loads(parsed.scripts[0])["facets"]["metric"] == [HOSTILE + "\x1b[31m"]


# ---------------------------------------------------------------------------------------------
# terminal


def rendered(text: str, records: list[Record]) -> str:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, color_system="truecolor", width=80)
    console.print(render_terminal(text, records, find_unmatched(text, records)))
    return buf.getvalue()


def test_terminal_highlights_spans_and_escapes_control_characters() -> None:
    text = "产值\x1b[31m增长5.1%\u202e，另有8个[bold]项目[/bold]\n第二行"
    out = rendered(text, [rec(text, "5.1%")])
    assert "\x1b[31m" not in out and "\u202e" not in out
    assert "\\u001b[" in out and "\\u202e" in out
    assert "[bold]项目[/bold]" in out  # document text is never rich markup
    assert "\x1b[" in out  # the highlight itself is styled
    assert "第二行" in out.split("\n")[1]


def test_terminal_text_is_the_document_text_when_not_styled() -> None:
    text = "规模以上工业增加值同比增长6.0%\n出口下降1.0%"
    records = [rec(text, "规模以上工业增加值同比增长6.0%"), rec(text, "6.0%"), rec(text, "1.0%")]
    assert render_terminal(text, records).plain == text


# ---------------------------------------------------------------------------------------------
# the command, on a fresh app as the CLI registers it


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Force a command group, as the real CLI is."""

    register(app)
    return app


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    p = tmp_path / "report.txt"
    p.write_text(f"上半年，全市规上工业增加值同比增长5.1%，另有8个项目。\n{HOSTILE}\n", encoding="utf-8")
    return p


def test_show_writes_the_page(cli: typer.Typer, report: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["show", str(report), "-o", str(out), "--year", "2025", "--subject", "武汉"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = json.loads(parse(page).scripts[0])
    growth = next(r for r in data["records"] if r["unit"] == "%")
    assert growth["period"] == "2025-H1" and growth["subject"] == "武汉" and growth["value"] == 5.1
    text = report.read_text(encoding="utf-8")
    assert [n["surface"] for n in data["numbers"]] == [n.surface for n in find_unmatched(text, default_records(text))]
    assert "<img" not in page
    assert f"wrote {out}" in result.stderr


def test_show_default_path_is_in_the_working_directory(
    cli: typer.Typer, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(cli, ["show", str(report)])
    assert result.exit_code == 0, result.output
    assert (cwd / "report.cnreport.html").is_file()


def test_show_terminal_prints_text_and_writes_no_page(
    cli: typer.Typer, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(cli, ["show", str(report), "--terminal"])
    assert result.exit_code == 0, result.output
    assert "同比增长5.1%" in result.stdout
    assert html.escape(HOSTILE) not in result.stdout and "</script>" in result.stdout
    assert "17-21" in result.stdout  # the records table (with spans) follows the text
    assert not list(tmp_path.rglob("*.html"))


@pytest.mark.parametrize(("name", "message"), [("missing.txt", "no such file"), ("", "directory")])
def test_show_bad_input_exits_1(cli: typer.Typer, tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name if name else tmp_path
    result = CliRunner().invoke(cli, ["show", str(path), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert message in result.stderr


def test_show_refuses_to_overwrite_its_input(cli: typer.Typer, tmp_path: Path) -> None:
    src = tmp_path / "report.html"
    src.write_text("工业增加值增长5.1%。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["show", str(src), "-o", str(src)])
    assert result.exit_code == 1 and "overwrite" in result.stderr
    assert src.read_text(encoding="utf-8") == "工业增加值增长5.1%。"


def test_show_rejects_a_bad_year(cli: typer.Typer, report: Path) -> None:
    result = CliRunner().invoke(cli, ["show", str(report), "--year", "99"])
    assert result.exit_code == 2


def test_terminal_palette_follows_the_colour_depth() -> None:
    """Pastels on 256/truecolor terminals; named colours on 16-colour ones, where pastels fade to white."""
    text = "产值增长5.1%。"
    records = [rec(text, "5.1%")]
    for system, expected in (("standard", "\x1b[30;106m"), ("truecolor", "\x1b[30;48;2;207;227;255m")):
        buf = io.StringIO()
        console = Console(file=buf, force_terminal=True, color_system=system, width=80)  # type: ignore[arg-type]
        print_terminal(text, records, [], console=console)
        assert expected + "5.1%" in buf.getvalue(), system


def test_show_open_opens_the_written_page(
    cli: typer.Typer, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("cnreport.show.webbrowser.open", opened.append)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["show", str(report), "-o", str(out), "--open"])
    assert result.exit_code == 0, result.output
    assert opened == [out.resolve().as_uri()]
