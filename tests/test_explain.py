"""The explain trail: which rule decided each document fact, and which construction read each record.

All texts are invented. The tests assert rule ids, so a change in which step decides a document's
year or subject shows here as well as in the records.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cnreport
from cnreport.cli import app
from cnreport.explain import Explanation

runner = CliRunner()

BULLETIN = "2024年某县国民经济和社会发展统计公报\n全年全县地区生产总值比上年增长6.2%。\n"
WORK_REPORT = (
    "2026年某市政府工作报告\n过去一年，全市地区生产总值增长5.5%。\n今年主要预期目标是：地区生产总值增长5.5%左右。\n"
)
STAMPED = "发布时间：2024-08-16\n上半年，全省社会消费品零售总额同比增长4.1%。\n"
RFC822 = (
    "Fri, 17 Sep 2021 11:05:53 GMT\n"
    "国家统计局今日发布，8月份，全国规模以上工业增加值同比增长5.3%。全国社会消费品零售总额同比增长2.5%。\n"
)
HONG_KONG = (
    "香港政府統計處今日公布，2024年第四季本地生產總值按年實質上升2.4%。\n"
    "本港零售業總銷貨價值臨時估計為300億元，按年下跌9.7%。本港出口貨值按年上升3.1%。\n"
)


def rule(ex: Explanation, field: str) -> str:
    decision = ex.decided(field)
    assert decision is not None, f"no {field} decision in {ex.decisions}"
    return decision.rule


# -- document decisions ----------------------------------------------------------------------------


def test_bulletin_title_decides_the_year() -> None:
    ex = cnreport.explain(BULLETIN)
    year = ex.decided("year")
    assert year is not None and (year.rule, year.value) == ("year.title", "2024")
    assert "统计公报" in year.evidence
    assert rule(ex, "written") == "written.data_year"
    assert rule(ex, "currency") == "currency.mainland"


def test_work_report_reviews_the_year_before_its_title() -> None:
    ex = cnreport.explain(WORK_REPORT)
    year, written = ex.decided("year"), ex.decided("written")
    assert year is not None and (year.rule, year.value) == ("year.reviewing_title", "2025")
    assert written is not None and written.value == "2026"  # 今年 counts from the year of writing
    assert rule(ex, "default_period") == "period.reviewing_title"
    periods = sorted(er.record.period or "" for er in ex.records)
    assert periods == ["2025", "2026"]


def test_publication_stamp_decides_year_and_day() -> None:
    ex = cnreport.explain(STAMPED)
    assert rule(ex, "year") == "year.published"
    published = ex.decided("published")
    assert published is not None and published.value == "2024-08-16"
    assert published.rule == "date.labelled" and "发布时间" in published.evidence


def test_rfc822_date_line_and_national_release() -> None:
    ex = cnreport.explain(RFC822)
    assert rule(ex, "published") == "date.rfc822"
    subject = ex.decided("subject")
    assert subject is not None and (subject.rule, subject.value) == ("subject.national_release", "全国")
    assert "国家统计局" in subject.evidence


def test_given_year_and_subject_are_named_as_given() -> None:
    ex = cnreport.explain("上半年，全市规上工业增加值同比增长5.1%。", year=2025, subject="某市")
    assert rule(ex, "year") == "year.given"
    subject = ex.decided("subject")
    assert subject is not None and (subject.rule, subject.value) == ("subject.given", "某市")


def test_no_year_is_said_so() -> None:
    ex = cnreport.explain("规上工业增加值同比增长5.1%。")
    assert rule(ex, "year") == "year.none"
    assert rule(ex, "default_period") == "period.none"


def test_region_in_the_title_is_the_subject() -> None:
    ex = cnreport.explain("2024年武汉市国民经济和社会发展统计公报\n全年全市地区生产总值比上年增长5.2%。\n")
    subject = ex.decided("subject")
    assert subject is not None and (subject.rule, subject.value) == ("subject.title_region", "武汉")


@pytest.mark.parametrize(
    ("text", "rule_id", "value"),
    [
        # a listed firm publishing its results in the opening lines: the firm, not its home city
        (
            "某某控股（01234）今日公布中期业绩，上半年营业收入增长8%。\n某某控股总部位于深圳。\n",
            "subject.results_firm",
            "某某控股",
        ),
        ("甲乙集团（600123）晚间发布年报，全年净利润同比增长12%。\n", "subject.results_firm", "甲乙集团"),
        # a region named only by its pronoun (本澳) in the opening line is still a title region
        ("本澳上半年本地生產總值按年上升5.2%，經科局表示，本澳零售額按年上升8%。\n", "subject.title_region", "澳門"),
        # a Taiwan source naming no place at all: the home place, in the document's own script
        (
            "行政院主計總處今日公布，第三季經濟成長率年增3.1%，主計總處預測全年成長3.3%。\n",
            "subject.home_place",
            "台灣",
        ),
    ],
)
def test_subject_rule_is_the_rung_the_engine_used(text: str, rule_id: str, value: str) -> None:
    subject = cnreport.explain(text, year=2024).decided("subject")
    assert subject is not None and (subject.rule, subject.value) == (rule_id, value)


def test_hong_kong_source_in_traditional_script() -> None:
    ex = cnreport.explain(HONG_KONG)
    currency = ex.decided("currency")
    assert currency is not None and (currency.rule, currency.value) == ("currency.hong_kong", "港元")
    assert rule(ex, "fiscal_year") == "fiscal.hong_kong"
    assert rule(ex, "script") == "script.traditional"
    subject = ex.decided("subject")
    assert subject is not None and subject.value == "香港"
    # evidence is the line as the document writes it, not the Simplified text the engine matched
    assert "統計處" in subject.evidence


# -- records ---------------------------------------------------------------------------------------


def test_every_record_carries_its_construction_and_source() -> None:
    ex = cnreport.explain(WORK_REPORT)
    assert len(ex.records) == 2
    for er in ex.records:
        assert er.construction and er.construction == er.record.pattern
        start, end = er.record.span
        assert WORK_REPORT[start:end] == er.record.text
        assert WORK_REPORT[start - len(er.before) : start] == er.before
        assert WORK_REPORT[end : end + len(er.after)] == er.after
        assert "\n" not in er.before + er.after  # context stays within the source line
    assert [er.line for er in ex.records] == [2, 3]
    assert ex.records[0].before.endswith("增长") and ex.records[0].record.text == "5.5%"


def test_records_are_those_of_extract() -> None:
    ex = cnreport.explain(HONG_KONG)
    assert [er.record for er in ex.records] == cnreport.extract(HONG_KONG)


def test_json_shape() -> None:
    data = cnreport.explain(BULLETIN, doc="x.txt").to_json_dict()
    assert set(data) == {"doc", "decisions", "records"} and data["doc"] == "x.txt"
    assert all(set(d) == {"field", "rule", "value", "evidence"} for d in data["decisions"])
    record = data["records"][0]
    assert record["rules"] == {"construction": "growth.rate"}
    assert set(record["source"]) == {"line", "before", "after"}
    assert "pattern" not in record  # the trail is under rules, as extract --explain writes it
    json.dumps(data, ensure_ascii=False)


def test_public_api() -> None:
    assert "explain" in cnreport.__all__
    import cnreport.explain as _module  # noqa: F401  (the submodule must not replace the function)

    assert callable(cnreport.explain) and isinstance(cnreport.explain(BULLETIN), Explanation)


# -- command line ----------------------------------------------------------------------------------


def test_cli_text_argument() -> None:
    result = runner.invoke(app, ["explain", BULLETIN])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("== (text)")
    assert "reference year" in out and "year.title: 2024年某县国民经济和社会发展统计公报" in out
    assert "construction  growth.rate" in out
    assert "line 2: 全年全县地区生产总值比上年增长⟦6.2%⟧。" in out


def test_cli_files_as_extract_reads_them(tmp_path: Path) -> None:
    txt = tmp_path / "bulletin.txt"
    txt.write_bytes(STAMPED.encode("gb18030"))
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>2024年某县统计公报</h1><p>{BULLETIN.splitlines()[1]}</p></body></html>")
    result = runner.invoke(app, ["explain", str(txt), str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)
    assert [d["doc"] for d in docs] == [str(txt), str(page)]
    assert {d["rule"] for d in docs[0]["decisions"] if d["field"] == "year"} == {"year.published"}
    assert {d["rule"] for d in docs[1]["decisions"] if d["field"] == "year"} == {"year.title"}
    assert docs[1]["records"][0]["metric"] == "地区生产总值"  # the page's text, not its markup


def test_cli_missing_file_is_reported_not_explained(tmp_path: Path) -> None:
    missing = tmp_path / "nosuch.txt"
    result = runner.invoke(app, ["explain", str(missing), BULLETIN])
    assert result.exit_code == 1
    assert "no such file" in result.stderr and "Traceback" not in result.output
    assert "year.title" in result.stdout  # the other input is still explained


def test_cli_escapes_control_characters() -> None:
    text = "风险\x1b[31m提示：2025年全年GDP增长5.0%\u202e。\x07"
    result = runner.invoke(app, ["explain", text])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout and "\x07" not in result.stdout
    assert "\\u001b[31m" in result.stdout and "\\u202e" in result.stdout


def test_cli_given_year_and_subject() -> None:
    result = runner.invoke(
        app, ["explain", "上半年，全市规上工业增加值同比增长5.1%。", "--year", "2025", "--subject", "某市"]
    )
    assert result.exit_code == 0, result.output
    assert "year.given" in result.stdout and "subject.given" in result.stdout
    assert "period 2025-H1" in result.stdout


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    p = tmp_path / "report.txt"
    p.write_text(WORK_REPORT, encoding="utf-8")
    return p


def test_extract_explain_jsonl_opens_each_document_with_its_decisions(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "jsonl", "--explain"])
    assert result.exit_code == 0, result.output
    first, *rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(first) == {"doc", "decisions"} and first["doc"] == str(report)
    assert {d["rule"] for d in first["decisions"] if d["field"] == "year"} == {"year.reviewing_title"}
    assert len(rows) == 2 and all(r["rules"]["construction"] for r in rows)


def test_extract_without_explain_is_unchanged(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and all("rules" not in r and "decisions" not in r for r in rows)


def test_extract_explain_json_and_file_output(report: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "json", "--explain"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "records"}
    assert data["documents"][0]["doc"] == str(report) and len(data["records"]) == 2
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(report), "--explain", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "decisions" in json.loads(lines[0]) and len(lines) == 3


def test_extract_explain_refuses_table_and_csv(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "csv", "--explain"])
    assert result.exit_code == 2 and "cnreport explain" in result.stderr


def test_a_filings_subject_shows_its_header() -> None:
    text = (
        "第二节 经营情况\n公司营业收入3.1亿元，同比增长8%。\n"
        "湖南丙丁新材料股份有限公司2019年年度报告全文\n丙丁新材领先。\n"
    )
    subject = cnreport.explain(text, year=2019).decided("subject")
    assert subject is not None and subject.rule == "subject.filing_issuer" and subject.value == "丙丁新材"
    assert "湖南丙丁新材料股份有限公司2019年年度报告全文" in subject.evidence


def test_a_company_reports_period_is_named_as_its_rule() -> None:
    ex = cnreport.explain("事件：甲乙保险公布2020年第三季度业绩报告。集团实现营业收入3419.2亿元，同比增长9.9%。\n")
    period = ex.decided("default_period")
    assert period is not None and (period.rule, period.value) == ("period.results_report", "2020-01/2020-09")


# A release signed by a national body under its title is about the country, even if it names the
# body only once; a national body quoted once deep in a text says nothing of the text's subject.
SIGNED_CASES = [
    ("2024年10月金融统计数据报告\n中国人民银行 2024-11-15\n10月末，广义货币余额增长7.5%。", "全国"),
    ("某季度貨物貿易數據\n海關總署 2024-10-14\n前三季度，出口增長6%。", "全國"),
    ("前三季度出口增长6%。" + "外贸企业订单回暖，生产保持稳定。" * 10 + "据海关总署介绍，出口增长6%。", ""),
]


@pytest.mark.parametrize(("text", "subject"), SIGNED_CASES)
def test_a_release_signed_by_a_national_body(text: str, subject: str) -> None:
    decided = cnreport.explain(text).decided("subject")
    assert decided is not None and decided.value == subject


# A listed firm's filing titled by its short name and stock code is about that firm, named once or not;
# a title naming a public body with a code-like number is no filing of a firm.
CODED_FILING_CASES = [
    ("戊己科技（600123）2024年年度报告摘要\n报告期内，公司实现营业收入128.6亿元。", "戊己科技"),
    ("庚辛電子(002345)2023年半年度報告\n報告期內，公司營業收入12億元。", "庚辛電子"),
    ("某某统计局（202401）年度报告\n全年全市生产总值增长5%。", ""),
]


@pytest.mark.parametrize(("text", "subject"), CODED_FILING_CASES)
def test_a_coded_filing_title_names_its_firm(text: str, subject: str) -> None:
    decided = cnreport.explain(text).decided("subject")
    assert decided is not None and decided.value == subject


# A title about a firm named by its company form (甲乙股份债务升至77亿，海南某项目…) is about the firm, not
# the place its project is in; a title naming a region first keeps the region.
TITLE_FIRM_CASES = [
    ("债务危机：戊己股份债务升至77亿，海南某岛项目股权被冻结\n戊己股份公告称，逾期债务增加14亿元。", "戊己股份"),
    ("庚辛集團虧損擴大，廣東項目停工\n庚辛集團公布，上半年虧損20億元。", "庚辛集團"),
    ("海南自贸港建设提速，甲乙股份受益\n海南全省GDP增长6%，甲乙股份订单增加。", "海南"),
]


@pytest.mark.parametrize(("text", "subject"), TITLE_FIRM_CASES)
def test_a_title_about_a_firm_names_it(text: str, subject: str) -> None:
    decided = cnreport.explain(text, year=2018).decided("subject")
    assert decided is not None and decided.value == subject


# A bulletin of a place no lexicon names speaks of it by its scope word (全县, 全市): used twice or more,
# and more than any other scope word, that word is the text's subject; a text with no scope word has none.
SCOPE_WORD_CASES = [
    ("2023年某县统计公报\n全年全县地区生产总值312.5亿元。\n年末全县户籍人口52.3万人。", "全县"),
    ("2023年某區統計公報\n全年全區生產總值312.5億元。\n年末全區戶籍人口52.3萬人。", "全區"),
    ("2023年统计公报\n全年地区生产总值312.5亿元。", ""),
]


@pytest.mark.parametrize(("text", "subject"), SCOPE_WORD_CASES)
def test_a_scope_word_names_an_unnamed_place(text: str, subject: str) -> None:
    decided = cnreport.explain(text).decided("subject")
    assert decided is not None and decided.value == subject
