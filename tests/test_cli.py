"""The command line as users run it: formats, options, bad files and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from cnreport import default_extractor
from cnreport.cli import app
from cnreport.output import record_dict, render_table
from cnreport.records import Record

runner = CliRunner()
SAMPLE_TEXT = "上半年，全市规上工业增加值同比增长5.1%，高于全国0.8个百分点。\n"


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    p = tmp_path / "report.txt"
    p.write_text(SAMPLE_TEXT, encoding="utf-8")
    return p


def test_jsonl_has_spec_fields_and_provenance(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "jsonl", "--year", "2025", "--subject", "武汉"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    growth = next(r for r in rows if r["unit"] == "%")
    assert growth["metric"] == "规模以上工业增加值"
    assert growth["value"] == 5.1 and growth["kind"] == "growth_rate"
    assert growth["period"] == "2025-H1" and growth["base"] == "yoy" and growth["subject"] == "武汉"
    assert growth["doc"] == str(report)
    start, end = growth["span"]
    assert SAMPLE_TEXT[start:end] == growth["text"]
    assert "5.1%" in growth["text"]
    gap = next(r for r in rows if r["unit"] == "pp")
    assert gap["kind"] == "gap" and gap["base"] == "entity:全国" and gap["value"] == 0.8


def test_csv_and_json_formats(report: Path) -> None:
    out_csv = runner.invoke(app, ["extract", str(report), "--format", "csv", "--year", "2025"])
    rows = list(csv.DictReader(io.StringIO(out_csv.stdout)))
    assert {"metric", "value", "unit", "span_start", "span_end", "text"} <= set(rows[0])
    out_json = runner.invoke(app, ["extract", str(report), "--format", "json", "--year", "2025"])
    assert len(json.loads(out_json.stdout)) == len(rows)


def test_output_file_written(report: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(report), "-f", "jsonl", "-o", str(target)])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").count("\n") >= 2
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_table_format(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--format", "table", "--year", "2025"])
    assert result.exit_code == 0
    assert "规模以上工业增加值" in result.stdout and "5.1" in result.stdout


def test_bad_files_reported_and_others_processed(report: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 16)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(
        app, ["extract", str(missing), str(tmp_path), str(empty), str(binary), str(report), "-f", "jsonl"]
    )
    assert result.exit_code == 1
    err = result.stderr
    for bad in (missing, empty, binary):
        assert str(bad) in err
    assert str(tmp_path) + ": is a directory" in err
    assert "Traceback" not in err + result.stdout
    assert "规模以上工业增加值" in result.stdout  # the good file still processed


def test_bad_year_is_a_usage_error(report: Path) -> None:
    result = runner.invoke(app, ["extract", str(report), "--year", "abc"])
    assert result.exit_code == 2


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert {"metric", "value", "unit", "kind", "span"} <= set(schema["properties"])
    assert schema["properties"]["value"]


def test_terminal_output_escapes_control_characters(tmp_path: Path) -> None:
    p = tmp_path / "evil.txt"
    p.write_text("\x1b[31m规上工业增加值\x1b[0m同比增长5.1%。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "--format", "table", "--year", "2025"])
    assert "\x1b" not in result.stdout


# fmt: off
BY_SUFFIX = [
    ("out.csv", "csv"),
    ("OUT.CSV", "csv"),
    ("out.json", "json"),
    ("out.jsonl", "jsonl"),
]
# fmt: on


def _parsed(path: Path, fmt: str) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    if fmt == "json":
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize(("name", "fmt"), BY_SUFFIX, ids=[n for n, _ in BY_SUFFIX])
def test_output_format_follows_the_file_suffix(report: Path, tmp_path: Path, name: str, fmt: str) -> None:
    """`extract -o out.csv` writes CSV, as `batch --out out.csv` does."""
    out = tmp_path / name
    result = runner.invoke(app, ["extract", str(report), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = _parsed(out, fmt)
    assert rows and {row["metric"] for row in rows} == {"规模以上工业增加值"}


@pytest.mark.parametrize("name", ["out.txt", "out.xlsx", "out"])
def test_unknown_output_suffix_is_refused(report: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = runner.invoke(app, ["extract", str(report), "-o", str(out)])
    assert result.exit_code == 2
    assert name in result.stderr and ".csv" in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_explicit_format_wins_over_the_suffix(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.txt"
    result = runner.invoke(app, ["extract", str(report), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert _parsed(out, "csv")


# ------------------------------------------------------------------------------------------------
# Real terminals, endless files: one clear line, never a traceback
# ------------------------------------------------------------------------------------------------


def run_on_terminal(args: list[str]) -> tuple[int, bytes, str]:
    """Run ``cnreport ARGS`` with its stdout on a pseudo-terminal, as a user at a shell would."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from cnreport.cli import main; main()", *args],
        stdout=slave,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    out = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, bytes(out), err.decode()


def test_csv_on_a_terminal_escapes_control_characters(tmp_path: Path) -> None:
    p = tmp_path / "evil.txt"
    p.write_text("\x1b]0;owned\x07\x1b[31m规上工业增加值\x1b[0m同比增长5.1%。\n", encoding="utf-8")
    code, out, _ = run_on_terminal(["extract", str(p), "--format", "csv", "--year", "2025"])
    assert code == 0
    assert b"\x1b" not in out and b"\x07" not in out
    assert "规上工业增加值".encode() in out or "规模以上工业增加值".encode() in out


def test_csv_to_a_file_keeps_the_text_exact(tmp_path: Path) -> None:
    """Only a terminal gets escapes: a file or pipe keeps what the document says (spans index it)."""
    p = tmp_path / "tab.txt"
    p.write_text("规上工业增加值\x1b[0m同比增长5.1%。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "--format", "csv", "--year", "2025"])
    assert "\x1b[0m" in result.stdout


def test_endless_input_stops_at_the_size_cap(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", "from cnreport.cli import main; main()", "extract", "/dev/zero", "--max-size", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "/dev/zero" in proc.stderr and "1 MiB" in proc.stderr


def test_a_file_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes("增长5%。\n".encode() * 200_000)
    result = runner.invoke(app, ["extract", str(p), "--max-size", "1"])
    assert result.exit_code == 1 and "limit" in result.stderr


# ------------------------------------------------------------------------------------------------
# The README's Quickstart is what a new user runs verbatim
# ------------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def _quickstart_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_quickstart_works_where_system_pip_refuses_installs() -> None:
    """Debian/Ubuntu's pip refuses `pip install .` outside a virtualenv (PEP 668): each line makes one."""
    lines = _quickstart_lines()
    assert len(lines) == 2
    for line in lines:
        first, *rest = [step.strip() for step in line.split("&&")]
        assert first == "python3 -m venv .venv"
        assert rest and all(step.startswith(".venv/bin/") for step in rest), line
    assert lines[0].endswith("cnreport extract samples/wuhan-2025h1-industry.txt")
    assert (ROOT / "samples" / "wuhan-2025h1-industry.txt").is_file()
    assert "Python ≥ 3.11" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readmes_test_command() -> None:
    test_command = _quickstart_lines()[1].split("&&")[-1].strip().removeprefix(".venv/bin/")
    assert test_command == "python -m pytest -q"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    activated = next(i for i, line in enumerate(ci) if line.strip().startswith(". .ci-venv/bin/activate"))
    assert test_command in [line.strip() for line in ci[activated:]]


# ------------------------------------------------------------------------------------------------
# Everyday friction: --version, the shipped specification, file modes, Excel, progress
# ------------------------------------------------------------------------------------------------


def test_version() -> None:
    import cnreport

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"cnreport {cnreport.__version__}"


def test_record_specification_ships_with_the_project() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/records.md)" in readme and "../shared" not in readme
    spec = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    assert "## 2. Fields" in spec and "corpus/" not in spec


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_follow_the_umask(report: Path, tmp_path: Path, umask: int, mode: int) -> None:
    """Written through a temporary file (always 0600), yet the result is what the user's umask gives."""
    import os

    from cnreport.batch import run_batch

    old = os.umask(umask)
    try:
        out = tmp_path / "out.csv"
        assert runner.invoke(app, ["extract", str(report), "-o", str(out)]).exit_code == 0
        batch_out = tmp_path / "batch.jsonl"
        run_batch([report], batch_out, workers=0)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == mode
    assert batch_out.stat().st_mode & 0o777 == mode


def test_bom_for_excel(report: Path, tmp_path: Path) -> None:
    """Excel on Chinese Windows reads a CSV without a BOM as GBK: --bom marks it UTF-8."""
    from cnreport.batch.cli import register

    with_bom, without = tmp_path / "a.csv", tmp_path / "b.csv"
    assert runner.invoke(app, ["extract", str(report), "-o", str(with_bom), "--bom"]).exit_code == 0
    assert runner.invoke(app, ["extract", str(report), "-o", str(without)]).exit_code == 0
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfmetric,")
    assert without.read_bytes().startswith(b"metric,")
    assert runner.invoke(app, ["extract", str(report), "-o", str(tmp_path / "c.jsonl"), "--bom"]).exit_code == 2
    batch_csv = tmp_path / "batch.csv"
    result = runner.invoke(app, ["batch", str(report), "-o", str(batch_csv), "--workers", "0", "--bom"])
    assert result.exit_code == 0, result.output
    assert batch_csv.read_bytes().startswith(b"\xef\xbb\xbfmetric,")
    assert register  # the batch command is part of the main app


def test_extract_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """Like batch, extract reports progress on stderr when a person watches; never into a pipe."""
    import os
    import pty
    import subprocess
    import sys

    files = []
    for i in range(3):
        p = tmp_path / f"r{i}.txt"
        p.write_text(SAMPLE_TEXT * 20, encoding="utf-8")
        files.append(str(p))
    cmd = [
        sys.executable,
        "-c",
        "from cnreport.cli import main; main()",
        "extract",
        *files,
        "-o",
        str(tmp_path / "o.csv"),
    ]
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    err = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert proc.wait(timeout=120) == 0
    assert b"3/3" in err and b"records" in err
    piped = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and piped.stderr == ""


# ---------------------------------------------------------------------------------------------
# the terminal table: fits the terminal, headline figures first, --wide for every column

TABLE_TEXT = (
    "2025年上半年，武汉市规模以上工业企业实现营业收入2518300万元，同比增长5.1%，高于全国0.8个百分点；"
    "其中高技术制造业增加值占规模以上工业增加值的比重为25.4%，比上年同期提高约1.2个百分点。"
    "1-5月，全市社会消费品零售总额同比增长6.0%，居副省级城市第3位。\n"
)
HEADLINE = ("metric", "value", "unit", "period")


def table_records() -> list[Record]:
    return default_extractor().extract(TABLE_TEXT, year=2025, subject="武汉", doc="reports/2025/武汉-上半年.txt")


def header_line(out: str) -> str:
    return next(line for line in out.splitlines() if "metric" in line)


@pytest.mark.parametrize("width", [80, 120, 200])
def test_table_fits_the_terminal_with_headline_columns_first(width: int) -> None:
    records = table_records()
    assert len(records) >= 5
    out = render_table(records, width=width)
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= width  # no row wraps on the terminal
    head = header_line(out)
    positions = [head.index(name) for name in HEADLINE]
    assert positions == sorted(positions)  # metric, value, unit, period lead
    for r in records:  # values and periods are never folded or cut
        value = str(record_dict(r)["value"])
        assert any(value in line for line in lines), value
        assert r.period is None or any(r.period in line for line in lines), r.period


def test_table_hides_what_does_not_fit_and_says_so() -> None:
    out = render_table(table_records(), width=80)
    head = header_line(out)
    hidden = [c for c in ("kind", "base", "subject", "qual.", "span") if c not in head]
    assert hidden, head  # 80 columns cannot hold them all
    assert "--wide" in out


def test_table_wraps_the_metric_rather_than_the_figures() -> None:
    records = table_records()
    longest = max(records, key=lambda r: cell_len(r.metric))
    lines = render_table(records, width=80).splitlines()
    assert not any(longest.metric in line for line in lines)  # folded inside its cell
    assert any(longest.metric[:3] in line and str(record_dict(longest)["value"]) in line for line in lines)


def test_wide_table_has_every_column() -> None:
    out = render_table(table_records(), width=80, wide=True)
    head = header_line(out)
    for name in (*HEADLINE, "kind", "base", "subject", "qual.", "span"):
        assert name in head
    assert "--wide" not in out


@pytest.mark.parametrize("columns", ["80", "120"])
def test_extract_table_fits_the_terminal_width(tmp_path: Path, columns: str) -> None:
    p = tmp_path / "report.txt"
    p.write_text(TABLE_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "-f", "table", "--year", "2025"], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= int(columns)
    assert all(name in header_line(result.stdout) for name in HEADLINE)


def test_extract_wide_shows_every_column(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text(TABLE_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "-f", "table", "--wide"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert all(name in header_line(result.stdout) for name in ("base", "subject", "span"))


def test_wide_is_for_the_table(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text(TABLE_TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "-f", "jsonl", "--wide"])
    assert result.exit_code == 2
    assert "--wide" in result.stderr and "table" in result.stderr


STREAM_TEXTS = {
    "none": "",
    "one": "全年居民人均可支配收入增长8.2%。\n",
    "many": SAMPLE_TEXT + "1-10月，全省进出口总额3.2万亿元，下降1.5%；其中出口2.1万亿元。\n",
}


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
@pytest.mark.parametrize("case", list(STREAM_TEXTS))
def test_streamed_output_is_the_rendered_output(fmt: str, case: str) -> None:
    """`extract -o` writes record by record; the bytes are those of the whole list rendered at once."""
    from cnreport.output import render, stream_records

    records = default_extractor().extract(STREAM_TEXTS[case], year=2024) if STREAM_TEXTS[case] else []
    buf = io.StringIO()
    assert stream_records(iter(records), fmt, buf) == len(records)
    assert buf.getvalue() == render(records, fmt)
    if fmt == "json":  # the streamed array is what json.dumps gives for the whole list
        assert buf.getvalue() == json.dumps([record_dict(r) for r in records], ensure_ascii=False, indent=2) + "\n"


def test_output_file_is_left_alone_when_writing_fails(
    report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that breaks off half-way through writing keeps the previous result and no temporary file."""
    import cnreport.output

    target = tmp_path / "out.csv"
    target.write_text("previous\n", encoding="utf-8")

    def broken(*_args: object, **_kw: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cnreport.output, "stream_records", broken)
    result = runner.invoke(app, ["extract", str(report), "-o", str(target)])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and str(target) in result.stderr
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert not list(tmp_path.glob(".out.csv.*"))
