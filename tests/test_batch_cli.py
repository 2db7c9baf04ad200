"""``cnreport batch`` and ``cnreport query`` as users run them: summaries, exit codes 0/1/2, queries."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cnreport.batch.cli import build_query, register
from test_batch_corpus import report, sql

runner = CliRunner()


def make_app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


APP = make_app()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for i in range(3):
        (src / "sub" / f"{i}.txt").write_text(report(i), encoding="utf-8")
    (src / "wuhan.txt").write_text("上半年，全市规上工业增加值同比增长5.1%，高于全国0.8个百分点。", encoding="utf-8")
    return src


@pytest.fixture()
def store(tmp_path: Path, folder: Path) -> Path:
    db = tmp_path / "r.sqlite"
    result = runner.invoke(APP, ["batch", str(folder), "--out", str(db), "--workers", "0", "--year", "2025"])
    assert result.exit_code == 0, result.output
    return db


def test_batch_success_prints_a_summary_and_exits_0(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "r.sqlite"
    result = runner.invoke(APP, ["batch", str(folder), "-o", str(db), "--workers", "0"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "done: 4 documents" in result.stderr and "4 ok, 0 failed" in result.stderr
    assert "━" not in result.stderr  # no progress bar when stderr is not a terminal
    again = runner.invoke(APP, ["batch", str(folder), "-o", str(db), "--workers", "0"])
    assert again.exit_code == 0 and "4 skipped (done earlier)" in again.stderr


def test_progress_bar_on_a_terminal(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnreport.batch import cli

    monkeypatch.setattr(cli, "_progress_wanted", lambda quiet: not quiet)
    result = runner.invoke(APP, ["batch", str(folder), "-o", str(tmp_path / "r.sqlite"), "--workers", "0"])
    assert result.exit_code == 0
    assert "4/4 docs" in result.stderr and "records" in result.stderr and "errors" in result.stderr
    assert "docs/s" in result.stderr and "done: 4 documents" in result.stderr


def test_batch_failures_are_listed_and_exit_1(tmp_path: Path, folder: Path) -> None:
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)
    db = tmp_path / "r.sqlite"
    result = runner.invoke(APP, ["batch", str(folder), "-o", str(db), "--workers", "0"])
    assert result.exit_code == 1
    assert "failed (1):" in result.stderr and "broken.txt: binary file" in result.stderr
    quiet = runner.invoke(APP, ["batch", str(folder), "-o", str(db), "--workers", "0", "--quiet"])
    assert quiet.exit_code == 1
    assert "done" not in quiet.stderr and "--retry-failed" in quiet.stderr  # failures are never silent


def test_include_exclude_and_file_outputs(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "r.jsonl"
    args = ["batch", str(folder), "-o", str(out), "--workers", "0", "--include", "*.txt", "--exclude", "sub/1.txt"]
    result = runner.invoke(APP, args)
    assert result.exit_code == 0, result.stderr
    docs = {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {str(folder / "sub" / "0.txt"), str(folder / "sub" / "2.txt"), str(folder / "wuhan.txt")}


# fmt: off
BAD_ARGUMENT_CASES = [
    pytest.param(["batch", "{missing}", "-o", "{tmp}/r.sqlite"], "no such file", id="missing-input"),
    pytest.param(["batch", "{folder}", "-o", "{tmp}/r.xlsx"], "unknown output format", id="bad-output"),
    pytest.param(["batch", "{folder}", "-o", "{tmp}/r.sqlite", "--scheduler", "tcp://x:1"], "needs --engine dask",
                 id="scheduler-without-dask"),
    pytest.param(["batch", "{folder}", "--workers", "-1"], "", id="negative-workers"),
    pytest.param(["batch", "{folder}", "--engine", "spark"], "", id="unknown-engine"),
    pytest.param(["query", "{tmp}/nope.sqlite"], "no such store", id="query-missing-store"),
    pytest.param(["query", "{folder}/wuhan.txt"], "not a cnreport store", id="query-not-a-store"),
]
# fmt: on


@pytest.mark.parametrize(("args", "message"), BAD_ARGUMENT_CASES)
def test_unusable_arguments_exit_2(tmp_path: Path, folder: Path, args: list[str], message: str) -> None:
    filled = [a.format(missing=tmp_path / "missing", tmp=tmp_path, folder=folder) for a in args]
    result = runner.invoke(APP, filled)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not (tmp_path / "r.sqlite").exists()


def test_interrupted_run_exits_130(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnreport.batch import runner as batch_runner

    def interrupt(self: Any) -> Any:
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(batch_runner.BatchRun, "__iter__", interrupt)
    result = runner.invoke(APP, ["batch", str(folder), "-o", str(tmp_path / "r.csv"), "--workers", "0"])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "was not written" in result.stderr
    assert not (tmp_path / "r.csv").exists()


# ------------------------------------------------------------------------------------------------
# query
# ------------------------------------------------------------------------------------------------


def test_query_growth_rates_of_one_metric_by_period(store: Path) -> None:
    result = runner.invoke(
        APP, ["query", str(store), "--metric", "规模以上工业增加值", "--kind", "growth_rate", "-f", "jsonl"]
    )
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["metric"] == "规模以上工业增加值" and r["kind"] == "growth_rate" for r in rows)
    assert [r["period"] for r in rows] == sorted(r["period"] for r in rows)
    assert {"value", "unit", "period", "base", "subject", "doc", "span_start", "text"} <= set(rows[0])


def test_query_csv_for_spreadsheets(store: Path) -> None:
    result = runner.invoke(APP, ["query", str(store), "--metric", "*工业增加值", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["metric"].endswith("工业增加值") for r in rows)
    assert float(rows[0]["value"])


def test_query_period_contains_its_parts(store: Path) -> None:
    result = runner.invoke(APP, ["query", str(store), "--period", "2025", "--subject", "全市", "-f", "json"])
    rows = json.loads(result.stdout)
    assert rows and {r["period"] for r in rows} == {"2025-H1"}


def test_query_table_failed_documents_and_limit(store: Path, folder: Path) -> None:
    table = runner.invoke(APP, ["query", str(store), "--limit", "2", "-f", "table"])
    assert table.exit_code == 0 and "metric" in table.stdout and "2 rows" in table.stdout
    docs = runner.invoke(APP, ["query", str(store), "--documents", "-f", "csv"])
    assert len(docs.stdout.splitlines()) == 5
    (folder / "empty.txt").write_bytes(b"")
    runner.invoke(APP, ["batch", str(folder), "-o", str(store), "--workers", "0", "--year", "2025"])
    failed = runner.invoke(APP, ["query", str(store), "--failed", "-f", "jsonl"])
    assert [json.loads(line)["doc"] for line in failed.stdout.splitlines()] == [str(folder / "empty.txt")]


def test_query_sql_is_read_only(store: Path) -> None:
    [(count,)] = sql(store, "SELECT count(*) FROM records")
    ok = runner.invoke(APP, ["query", str(store), "--sql", "SELECT count(*) AS n FROM facts", "-f", "jsonl"])
    assert json.loads(ok.stdout) == {"n": count}
    bad = runner.invoke(APP, ["query", str(store), "--sql", "DELETE FROM records"])
    assert bad.exit_code == 2 and "query failed" in bad.stderr
    assert sql(store, "SELECT count(*) FROM records") == [(count,)]
    both = runner.invoke(APP, ["query", str(store), "--failed", "--documents"])
    assert both.exit_code == 2


def test_query_terminal_output_is_escaped(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil\x1b[31m.txt").write_text("2024年规上工业增加值同比增长5.1%。", encoding="utf-8")
    db = tmp_path / "r.sqlite"
    runner.invoke(APP, ["batch", str(src), "-o", str(db), "--workers", "0"])
    result = runner.invoke(APP, ["query", str(db), "-f", "table"])
    assert "\x1b" not in result.stdout and "\\u001b" in result.stdout


# fmt: off
QUERY_CASES = [
    pytest.param({}, "", [], id="none"),
    pytest.param({"metric": "GDP"}, "WHERE metric = ?", ["GDP"], id="exact"),
    pytest.param({"metric": "*增加值"}, "WHERE metric GLOB ?", ["*增加值"], id="glob"),
    pytest.param({"period": "2024"}, "WHERE (period = ? OR period GLOB ?)", ["2024", "2024[-/]*"], id="period"),
    pytest.param({"kind": "share", "limit": 5}, "WHERE kind = ?", ["share", 5], id="limit"),
]
# fmt: on


@pytest.mark.parametrize(("filters", "where", "args"), QUERY_CASES)
def test_build_query(filters: dict[str, Any], where: str, args: list[Any]) -> None:
    sql, params = build_query(**filters)
    assert sql.startswith("SELECT metric, value") and (where in sql) and params == args


def test_query_columns_match_extract_csv_columns() -> None:
    """A query's CSV and an extraction's CSV have the same columns, so spreadsheets line up."""
    from cnreport.batch.cli import FACT_COLUMNS
    from cnreport.output import CSV_FIELDS

    assert tuple(FACT_COLUMNS) == tuple(CSV_FIELDS)


def test_links_leaving_the_inputs_are_listed_and_follow_links_reads_them(tmp_path: Path) -> None:
    import os

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(report(1), encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text(report(2), encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.txt", root / "link.txt")
    db = tmp_path / "s.sqlite"
    result = runner.invoke(APP, ["batch", str(root), "-o", str(db), "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "not read" in result.stderr and "link.txt" in result.stderr and "--follow-links" in result.stderr
    assert sql(db, "SELECT count(*) FROM documents") == [(1,)]
    result = runner.invoke(APP, ["batch", str(root), "-o", str(db), "--workers", "0", "--follow-links"])
    assert result.exit_code == 0, result.output
    assert sql(db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(2,)]


# fmt: off
REFUSED_SQL = [
    ("attach", "ATTACH DATABASE '{dir}/attached.db' AS x"),
    ("vacuum-into", "VACUUM INTO '{dir}/copy.db'"),
    ("delete", "DELETE FROM records"),
    ("pragma-write", "PRAGMA query_only = 0"),
    ("temp-table", "CREATE TEMP TABLE t AS SELECT * FROM facts"),
]
# fmt: on


@pytest.mark.parametrize(("case", "statement"), REFUSED_SQL, ids=[c for c, _ in REFUSED_SQL])
def test_query_sql_cannot_write_or_reach_other_files(store: Path, tmp_path: Path, case: str, statement: str) -> None:
    out_dir = tmp_path / "elsewhere"
    out_dir.mkdir()
    before = sql(store, "SELECT count(*) FROM records")
    result = runner.invoke(APP, ["query", str(store), "--sql", statement.format(dir=out_dir)])
    assert result.exit_code == 2 and "not allowed" in result.stderr, result.output
    assert list(out_dir.iterdir()) == []
    assert sql(store, "SELECT count(*) FROM records") == before


def test_query_sql_reads(store: Path) -> None:
    for statement in (
        "SELECT count(*) AS n FROM facts",
        "PRAGMA table_info(records)",
        "WITH x AS (SELECT 1) SELECT * FROM x",
    ):
        result = runner.invoke(APP, ["query", str(store), "--sql", statement, "-f", "jsonl"])
        assert result.exit_code == 0, result.output


# ------------------------------------------------------------------------------------------------
# One clear line, never a traceback
# ------------------------------------------------------------------------------------------------


def test_query_limit_beyond_sqlite_integers_is_a_usage_error(store: Path) -> None:
    for extra in ([], ["--failed"]):
        result = runner.invoke(APP, ["query", str(store), "--limit", "99999999999999999999999", *extra])
        assert result.exit_code == 2
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_query_csv_on_a_terminal_escapes_control_characters(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnreport.batch.cli import render_rows

    rows = [("\x1b[2J规模以上工业增加值", 5.1)]
    assert "\x1b" not in render_rows(["metric", "value"], rows, "csv", terminal=True)
    assert "\x1b" in render_rows(["metric", "value"], rows, "csv", terminal=False)


def _children(pid: int) -> list[int]:
    import os

    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _warming_up(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/maps") as fh:
            return "_regex" in fh.read()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the worker processes")
def test_ctrl_c_while_workers_start_is_one_clear_line(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, workers included, while they load jieba."""
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(report(i), encoding="utf-8")
    cmd = [sys.executable, "-m", "cnreport.batch", "batch", str(folder), "-o", str(tmp_path / "s.sqlite")]
    proc = subprocess.Popen([*cmd, "--workers", "2"], start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        # the forkserver's children are the workers; one that has mapped regex's C module is warming up
        while proc.poll() is None and not any(_warming_up(w) for c in _children(proc.pid) for w in _children(c)):
            os.sched_yield()
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode in (0, 130), err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
