"""The review page in a real browser: headless Chromium (Debian's package) driven by Playwright.

Checks what a unit test cannot: that the browser builds every highlight and row, that a row
click scrolls its span into view, that hostile text runs no script, that the page asks for
nothing over the network, and that 5,000 records open and sort without freezing. Screenshots
go to $CNREPORT_ARTIFACTS (default test-artifacts/) so a person can look at the page.

Skipped only where no Chromium binary exists (.ci/run installs Debian's chromium).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

import cnreport
from cnreport.io import read_text_file
from cnreport.records import Kind, Record
from cnreport.show import build_page, find_unmatched
from cnreport.show_cli import register

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "wuhan-2025h1-industry.txt"
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
# As the machine notes say: without the background-networking flags Chromium keeps trying to
# reach Google's hosts, which this closed network refuses.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOAD_BOUND_S = 15.0
SORT_BOUND_MS = 3000.0

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (install Debian's chromium: apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


class Watch:
    """What the page did besides rendering: requests, script errors, dialogs."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture()
def open_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    pages: list[tuple[Any, Watch]] = []

    def opener(path: Path) -> tuple[Any, Watch]:
        page = context.new_page()
        watch = Watch()
        page.on("request", lambda r: watch.requests.append(r.url))
        page.on("pageerror", lambda e: watch.errors.append(str(e)))
        page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)

        def on_dialog(d: Any) -> None:
            watch.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready]", state="attached", timeout=LOAD_BOUND_S * 1000)
        pages.append((page, watch))
        return page, watch

    yield opener
    context.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    out = Path(os.environ.get("CNREPORT_ARTIFACTS") or ROOT / "test-artifacts")
    out.mkdir(parents=True, exist_ok=True)
    return out


def keep(path: Path, artifacts: Path) -> None:
    shutil.copy2(path, artifacts / path.name)


def only_local(watch: Watch, page_path: Path) -> None:
    assert [u for u in watch.requests if u != page_path.as_uri()] == []
    assert watch.errors == []
    assert watch.dialogs == []


IN_VIEW = """(el) => {
  const r = el.getBoundingClientRect(), p = document.getElementById("text-pane").getBoundingClientRect();
  return r.height > 0 && r.top >= Math.max(p.top, 0) && r.bottom <= Math.min(p.bottom, window.innerHeight);
}"""

CHECK_ALL = """(recs) => {
  const problems = [];
  const rows = document.querySelectorAll("#records tbody tr[data-i]");
  if (rows.length !== recs.length) problems.push("rows " + rows.length);
  const pieces = new Map();
  for (const s of document.querySelectorAll("#doc .s[data-r]"))
    for (const i of s.dataset.r.split(" ")) (pieces.get(+i) || pieces.set(+i, []).get(+i)).push(s);
  recs.forEach((r, i) => {
    if (!document.querySelector(`#records tr[data-i="${i}"]`)) problems.push("no row " + i);
    const segs = pieces.get(i) || [];
    const text = segs.map((s) => s.textContent).join("");
    if (text !== r.text.replace(/\\r\\n?/g, "\\n")) problems.push(`text ${i}: ${JSON.stringify(text)}`);
    for (const s of segs) {
      const bg = getComputedStyle(s).backgroundColor;
      if (bg === "rgba(0, 0, 0, 0)" || bg === "transparent") problems.push("not highlighted " + i);
    }
  });
  return problems;
}"""


def write_sample_page(tmp_path: Path) -> Path:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """A command group, as the real CLI is."""

    register(app)
    out = tmp_path / "show-wuhan.html"
    result = CliRunner().invoke(app, ["show", str(SAMPLE), "--year", "2025", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_sample_page_shows_every_record_and_jumps_to_spans(
    open_page: Any, tmp_path: Path, artifacts: Path, extractor: cnreport.Extractor
) -> None:
    path = write_sample_page(tmp_path)
    text = read_text_file(SAMPLE)
    records = extractor.extract(text, year=2025, doc=str(SAMPLE))
    assert len(records) > 20
    page, watch = open_page(path)
    page.screenshot(path=tmp_path / "show-wuhan.png")
    keep(tmp_path / "show-wuhan.png", artifacts)

    # every record: one row, and highlighted pieces in the text that spell its span
    assert page.evaluate(CHECK_ALL, [r.to_json_dict() for r in records]) == []
    unmatched = find_unmatched(text, records)
    marked = page.eval_on_selector_all("#doc .s[data-u]", "els => new Set(els.map(e => e.dataset.u)).size")
    assert marked == len(unmatched) > 0

    # a record far down the text: out of view, then a row click brings it into view and flashes it
    last = max(range(len(records)), key=lambda i: records[i].span[0])
    first_piece = page.locator(f'#doc .s[data-r~="{last}"]').first
    assert not first_piece.evaluate(IN_VIEW)
    page.click(f'#records tr[data-i="{last}"] td.m')
    assert first_piece.evaluate(IN_VIEW)
    assert "flash" in first_piece.get_attribute("class") and "sel" in first_piece.get_attribute("class")
    assert page.is_visible("#details") and records[last].metric in page.inner_text("#details")
    page.screenshot(path=tmp_path / "show-wuhan-row-click.png")
    keep(tmp_path / "show-wuhan-row-click.png", artifacts)

    # hovering a highlight shows every field of its records
    first_piece.hover()
    tip = page.inner_text("#tip")
    for name in ("metric", "value", "unit", "kind", "period", "base", "subject", "qualifier", "modality", "span"):
        assert name in tip
    only_local(watch, path)


def test_table_sorts_by_value(open_page: Any, tmp_path: Path) -> None:
    path = write_sample_page(tmp_path)
    page, watch = open_page(path)
    page.click('th[data-key="value"]')
    shown = page.eval_on_selector_all("#records tbody tr", "rows => rows.map(r => +r.dataset.i)")
    data = json.loads(page.eval_on_selector("#cnr-data", "e => e.textContent"))
    values = [data["records"][i]["value"] for i in shown]
    assert values == sorted(values)
    page.click('th[data-key="value"]')
    assert page.get_attribute('th[data-key="value"]', "aria-sort") == "descending"
    only_local(watch, path)


def test_hostile_document_runs_no_script(open_page: Any, tmp_path: Path, extractor: cnreport.Extractor) -> None:
    hostile = (
        "上半年</script><script>window.pwned=1;alert(1)</script>规上工业增加值同比增长5.1%。"
        '<img src=x onerror="window.pwned=2;alert(2)">出口增长8.0%。\u202e<!-- 增长3.0%'
    )
    records = extractor.extract(hostile, year=2025)
    records.append(Record(metric="<img src=x onerror=alert(3)>", value=Decimal(1), unit="", kind=Kind.LEVEL,
                          span=(0, 3), text=hostile[:3]))  # fmt: skip
    path = tmp_path / "show-hostile.html"
    path.write_text(build_page(hostile, records, title="</title><script>alert(4)</script>"), encoding="utf-8")
    page, watch = open_page(path)
    assert page.evaluate("window.pwned") is None
    assert page.eval_on_selector_all("img", "els => els.length") == 0
    assert page.eval_on_selector_all("script", "els => els.length") == 2
    assert "</script><script>window.pwned=1;alert(1)</script>" in page.text_content("#doc")
    page.hover(f'#doc .s[data-r~="{len(records) - 1}"]')
    assert "<img src=x onerror=alert(3)>" in page.inner_text("#tip")
    only_local(watch, path)


def synthetic(n: int) -> tuple[str, list[Record]]:
    """A report with ``n`` records: one figure per clause, every tenth also inside a longer record.

    The clause numbers (第…组, 指标…) give the page thousands of unmatched numbers to mark too.
    """
    kinds = list(Kind)
    parts: list[str] = []
    records: list[Record] = []
    pos = 0
    i = 0
    while len(records) < n:
        figure = f"{(i * 37) % 1000 / 10:.1f}%"
        line = f"第{i % 97}组指标{i}的产值同比增长{figure}" + ("。\n" if i % 7 == 6 else "，")
        start = pos + line.index(figure)
        end = start + len(figure)
        records.append(Record(metric=f"指标{i}的产值", value=Decimal(figure[:-1]), unit="%", kind=kinds[i % len(kinds)],
                              period="2025-H1", base="yoy", span=(start, end), text=figure))  # fmt: skip
        if i % 10 == 9 and len(records) < n:
            outer = pos + line.index("产值")
            records.append(Record(metric=f"产值{i}", value=Decimal(i), unit="%", kind=Kind.CHANGE,
                                  span=(outer, end), text=line[outer - pos : end - pos]))  # fmt: skip
        parts.append(line)
        pos += len(line)
        i += 1
    return "".join(parts), records


def test_5000_records_open_and_sort_without_freezing(
    open_page: Any, tmp_path: Path, artifacts: Path, record_property: Any
) -> None:
    text, records = synthetic(5000)
    assert len(records) == 5000
    t0 = time.perf_counter()
    html_page = build_page(text, records, title="synthetic-5000")
    build_s = time.perf_counter() - t0
    path = tmp_path / "show-5000.html"
    path.write_text(html_page, encoding="utf-8")

    t0 = time.perf_counter()
    page, watch = open_page(path)
    open_s = time.perf_counter() - t0
    timing = page.evaluate(
        """() => { const n = performance.getEntriesByType("navigation")[0];
                   return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                           scriptMs: window.cnreport.readyMs,
                           rows: document.querySelectorAll("#records tbody tr").length}; }"""
    )
    sort = page.evaluate(
        """() => { const out = {};
                   for (const key of ["value", "metric", "value", "start"]) {
                     const th = document.querySelector(`th[data-key="${key}"]`), t = performance.now();
                     th.click(); document.body.offsetHeight;  // include the style and layout work
                     out[key] = Math.max(out[key] || 0, performance.now() - t); }
                   return out; }"""
    )
    t0 = time.perf_counter()
    page.click('#records tbody tr[data-i="4999"] td.m')
    click_s = time.perf_counter() - t0
    assert page.locator('#doc .s[data-r~="4999"]').first.evaluate(IN_VIEW)
    page.screenshot(path=tmp_path / "show-5000.png")
    keep(tmp_path / "show-5000.png", artifacts)

    result = {
        "records": len(records),
        "page_bytes": len(html_page.encode()),
        "build_page_s": round(build_s, 3),
        "open_to_ready_s": round(open_s, 3),
        "dom_content_loaded_ms": round(timing["domContentLoaded"], 1),
        "load_event_ms": round(timing["load"], 1),
        "script_init_ms": round(timing["scriptMs"], 1),
        "sort_ms": {k: round(v, 1) for k, v in sort.items()},
        "row_click_s": round(click_s, 3),
    }
    (artifacts / "show-5000-timing.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    record_property("show_5000", result)
    assert timing["rows"] == 5000
    assert timing["load"] < LOAD_BOUND_S * 1000
    assert max(sort.values()) < SORT_BOUND_MS
    assert click_s < 5
    assert watch.errors == [] and watch.dialogs == []


# ---------------------------------------------------------------------------------------------
# full cells at every width, filters, dates


CELLS_WHOLE = """() => {
  const problems = [];
  for (const td of document.querySelectorAll("#records tbody tr:not([hidden]) td")) {
    if (td.scrollWidth > td.clientWidth + 1) problems.push("overflows: " + td.textContent);
    const s = getComputedStyle(td);
    if (s.textOverflow === "ellipsis") problems.push("ellipsis: " + td.textContent);
    if (td.classList.contains("v")) {  // a value on one line, whole (a range: each end)
      const ends = td.querySelectorAll(".nw");
      for (const end of ends.length ? ends : [td]) {
        const range = document.createRange();
        range.selectNodeContents(end);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push("value wraps: " + end.textContent);
      }
    }
  }
  return problems;
}"""


def wide_page(tmp_path: Path, extractor: cnreport.Extractor) -> tuple[Path, list[Record]]:
    """The sample's records plus records with long cells: an eleven-digit value, a range, dated bases."""
    text = read_text_file(SAMPLE)
    records = extractor.extract(text, year=2025, doc=str(SAMPLE))
    long_cells = [
        ("25183000000", None, "period:2023-04/2024-03", "2024-04/2025-03", "武汉市东湖新技术开发区"),
        ("1234567.891", "98765432.1", "period_avg:2019", "2025-01/2025-05", "武汉"),
        ("2518300", None, "entity:副省级城市", "2025-H1", None),
    ]
    for k, (value, value_max, base, period, subject) in enumerate(long_cells):
        start = records[k].span[0]
        records.append(Record(metric="规模以上工业企业营业收入", value=Decimal(value),
                              value_max=None if value_max is None else Decimal(value_max), unit="元",
                              kind=Kind.LEVEL, period=period, base=base, subject=subject,
                              span=(start, records[k].span[1]), text=records[k].text))  # fmt: skip
    path = tmp_path / "show-wide.html"
    path.write_text(build_page(text, records, title="wide cells"), encoding="utf-8")
    return path, records


@pytest.mark.parametrize("width", [1920, 1366, 1024])
def test_values_and_bases_are_shown_whole(
    browser: Any, tmp_path: Path, artifacts: Path, extractor: cnreport.Extractor, width: int
) -> None:
    path, _ = wide_page(tmp_path, extractor)
    context = browser.new_context(viewport={"width": width, "height": 1000}, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready]", state="attached", timeout=LOAD_BOUND_S * 1000)
        assert page.evaluate(CELLS_WHOLE) == []
        cells = page.eval_on_selector_all("#records tbody td", "els => els.map(e => e.textContent)")
        for whole in ("25,183,000,000", "1,234,567.891 – 98,765,432.1", "period:2023-04/2024-03", "2,518,300"):
            assert whole in cells
        page.screenshot(path=tmp_path / f"show-wide-{width}.png")
        keep(tmp_path / f"show-wide-{width}.png", artifacts)
    finally:
        context.close()


VISIBLE_ROWS = """() => [...document.querySelectorAll("#records tbody tr:not([hidden])")]
  .map((r) => +r.dataset.i).sort((a, b) => a - b)"""
FADED = """() => {
  const out = {faded: 0, lit: 0};
  for (const s of document.querySelectorAll("#doc .s[data-r]")) {
    if (s.classList.contains("dim")) out.faded++; else out.lit++;
  }
  return out;
}"""


def test_filters_keep_matching_records_only(open_page: Any, tmp_path: Path, artifacts: Path) -> None:
    path = write_sample_page(tmp_path)
    page, watch = open_page(path)
    data = json.loads(page.eval_on_selector("#cnr-data", "e => e.textContent"))
    recs, facets = data["records"], data["facets"]
    everything = list(range(len(recs)))
    assert page.evaluate(VISIBLE_ROWS) == everything

    # a kind from its list
    page.select_option("#f-kind", value=str(facets["kind"].index("growth_rate")))
    expected = [i for i, r in enumerate(recs) if r["kind"] == "growth_rate"]
    assert 0 < len(expected) < len(recs)
    assert page.evaluate(VISIBLE_ROWS) == expected
    assert page.inner_text("#shown") == f"{len(expected)} of {len(recs)} records"
    faded = page.evaluate(FADED)
    assert faded["faded"] > 0 and faded["lit"] > 0

    # and a period: both must hold
    period = recs[expected[0]]["period"]
    page.select_option("#f-period", value=str(facets["period"].index(period or "")))
    both = [i for i in expected if recs[i]["period"] == period]
    assert page.evaluate(VISIBLE_ROWS) == both

    # a subject and a metric, alone
    page.click("#f-clear")
    assert page.evaluate(VISIBLE_ROWS) == everything
    metric = recs[-1]["metric"]
    page.select_option("#f-metric", value=str(facets["metric"].index(metric)))
    assert page.evaluate(VISIBLE_ROWS) == [i for i, r in enumerate(recs) if r["metric"] == metric]
    page.click("#f-clear")
    subject = recs[0]["subject"] or ""
    page.select_option("#f-subject", value=str(facets["subject"].index(subject)))
    assert page.evaluate(VISIBLE_ROWS) == [i for i, r in enumerate(recs) if (r["subject"] or "") == subject]
    page.click("#f-clear")

    # free text: every word must appear in some field (metric, text, value as shown, base ...)
    word = recs[-1]["metric"][:2]
    page.fill("#q", word)
    hits = page.evaluate(VISIBLE_ROWS)
    assert hits and all(i in hits for i, r in enumerate(recs) if word in r["metric"])
    assert all(word in json.dumps(recs[i], ensure_ascii=False) for i in hits)
    page.fill("#q", f"{word} growth_rate")
    assert page.evaluate(VISIBLE_ROWS) == [i for i in hits if recs[i]["kind"] == "growth_rate"]
    page.fill("#q", "no such thing 绝无此词")
    assert page.evaluate(VISIBLE_ROWS) == []
    assert page.inner_text("#shown") == f"0 of {len(recs)} records"
    page.screenshot(path=tmp_path / "show-filtered.png")
    keep(tmp_path / "show-filtered.png", artifacts)
    page.fill("#q", "")
    assert page.evaluate(VISIBLE_ROWS) == everything
    assert page.evaluate(FADED)["faded"] == 0
    only_local(watch, path)


def test_a_hostile_search_runs_nothing(open_page: Any, tmp_path: Path) -> None:
    path = write_sample_page(tmp_path)
    page, watch = open_page(path)
    page.fill("#q", '<img src=x onerror="window.pwned=1">')
    page.fill("#q", "\\s+( [")  # read as words, never as a pattern
    assert page.evaluate("window.pwned") is None
    assert page.eval_on_selector_all("img", "els => els.length") == 0
    only_local(watch, path)


def test_dates_are_not_marked_as_misses(open_page: Any, tmp_path: Path, extractor: cnreport.Extractor) -> None:
    text = "2025年1-5月，全市新开工项目12个；截至2025/6/30，第1批（2）项目于6月25日上午10时开工。"
    records = extractor.extract(text, year=2025)
    path = tmp_path / "show-dates.html"
    path.write_text(build_page(text, records), encoding="utf-8")
    page, watch = open_page(path)
    marked = page.eval_on_selector_all("#doc .s[data-u]", "els => els.map(e => e.textContent)")
    assert not set(marked) & {"2025", "1", "5", "6", "30", "2", "25", "10"}
    only_local(watch, path)
