"""Batch runs end to end: records equal ``extract`` on each document's text, bad files recorded not fatal,
resumable after SIGKILL, worker crashes isolated, atomic file outputs, and the Dask engine."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import cnreport
from cnreport.batch.results import Status
from cnreport.batch.runner import CRASH_ERROR, BatchRun, iter_documents, run_batch
from cnreport.batch.store import read_text_output
from cnreport.errors import InputError
from test_batch_corpus import (
    build_corpus,
    dump_store,
    expected_records,
    report,
    sql,
    store_records,
    zip_of,
)


def write_reports(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"r{i:03d}.txt"
        path.write_text(report(i), encoding="utf-8")
        paths.append(path)
    return paths


def statuses(db: Path) -> dict[str, tuple[str, str | None]]:
    conn = sqlite3.connect(db)
    try:
        return {
            name: (status, error) for name, status, error in conn.execute("SELECT name, status, error FROM documents")
        }
    finally:
        conn.close()


# ------------------------------------------------------------------------------------------------
# The mixed corpus
# ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path, Any]:
    """One pool run (2 workers) over the mixed corpus, shared by the checks below."""
    root = tmp_path_factory.mktemp("corpus")
    corpus = build_corpus(root / "in")
    db = root / "results.sqlite"
    summary = run_batch([corpus.root], db, workers=2)
    return corpus, db, summary


def test_every_good_document_has_exactly_the_records_of_extract(corpus_run: Any, extractor: Any) -> None:
    corpus, db, summary = corpus_run
    found = statuses(db)
    stored = store_records(db)
    for name, text in corpus.good.items():
        assert found.get(name, ("missing", None))[0] == "ok", (name, found.get(name))
        expected = expected_records(extractor, text, name)
        assert expected, f"{name}: the corpus document must have facts"
        assert stored.get(name, []) == expected, name
    assert summary.ok == len(corpus.good)
    assert summary.records == sum(len(v) for v in stored.values())


def test_bad_documents_are_recorded_not_fatal(corpus_run: Any) -> None:
    corpus, db, summary = corpus_run
    found = statuses(db)
    for name, reason in corpus.bad.items():
        status, error = found[name]
        assert status == "failed" and reason in (error or ""), (name, error)
    assert set(found) == set(corpus.good) | set(corpus.bad)  # the .png was not a report; links were skipped
    assert summary.failed == len(corpus.bad) and summary.exit_code == 1
    assert {name for name, _ in summary.failures} == set(corpus.bad)


def test_provenance_formats_and_encodings(corpus_run: Any) -> None:
    corpus, db, _ = corpus_run
    conn = sqlite3.connect(db)
    rows = {
        name: (src, member, fmt, enc)
        for name, src, member, fmt, enc in conn.execute("SELECT name, source, member, format, encoding FROM documents")
    }
    conn.close()
    legacy = str(corpus.root / "archives" / "legacy.zip")
    assert rows[f"{legacy}::2021年/统计公报1.txt"] == (legacy, "2021年/统计公报1.txt", "text", "gb18030")
    assert rows[str(corpus.root / "texts" / "big5.txt")][2:] == ("text", "cp950")
    if (corpus.root / "web").exists():
        assert rows[str(corpus.root / "web" / "公报.html")][2:] == ("html", "gb18030")
    tar = str(corpus.root / "archives" / "2024.tar.gz")
    assert rows[f"{tar}::报告/01/季度1.txt"][1] == "报告/01/季度1.txt"


def test_rerun_skips_everything_and_retry_failed_redoes_only_failures(corpus_run: Any, tmp_path: Path) -> None:
    corpus, db, _ = corpus_run
    copy = tmp_path / "copy.sqlite"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    before = dump_store(copy)
    again = run_batch([corpus.root], copy, workers=0)
    assert (again.ok, again.failed, again.skipped) == (0, 0, len(corpus.good))
    assert again.previously_failed == len(corpus.bad) and again.exit_code == 1
    assert dump_store(copy) == before
    retried = run_batch([corpus.root], copy, workers=0, retry_failed=True)
    assert retried.failed == len(corpus.bad) and retried.skipped == len(corpus.good) and retried.ok == 0
    assert dump_store(copy) == before


def test_pool_and_in_process_runs_agree(corpus_run: Any, tmp_path: Path) -> None:
    corpus, db, _ = corpus_run
    inline = tmp_path / "inline.sqlite"
    run_batch([corpus.root], inline, workers=0)
    assert dump_store(inline) == dump_store(db)


# ------------------------------------------------------------------------------------------------
# Resumability and duplicates
# ------------------------------------------------------------------------------------------------


def _committed(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_run_resumes_to_the_same_store(tmp_path: Path) -> None:
    """SIGKILL mid-run loses nothing committed, leaves no partial document; a rerun completes the rest."""
    total = 200
    archive = tmp_path / "reports.zip"
    archive.write_bytes(zip_of([(f"年报/{i:03d}.txt", report(i, paragraphs=6).encode()) for i in range(total)]))
    db = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "cnreport.batch", "batch", str(archive), "--out", str(db), "--workers", "1", "-q"]
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 90
        try:
            while time.monotonic() < deadline and proc.poll() is None and _committed(db) < 20:
                time.sleep(0.005)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the driver, its forkserver and its workers
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, log.read_text(encoding="utf-8", errors="replace")
    assert sql(db, "PRAGMA integrity_check") == [("ok",)]
    partial = sql(
        db, "SELECT d.name, d.n_records, (SELECT count(*) FROM records r WHERE r.document_id = d.id) FROM documents d"
    )
    assert sql(db, "SELECT state FROM runs") == [("running",)]  # it never finished
    assert 20 <= len(partial) < total, "the run must be killed mid-way"
    assert all(n == count for _, n, count in partial), "no partial document"

    resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    reference = tmp_path / "reference.sqlite"
    run_batch([archive], reference, workers=0)
    assert dump_store(db) == dump_store(reference)
    assert len(dump_store(db)[0]) == total


def test_duplicates_are_recorded_once(tmp_path: Path, extractor: Any) -> None:
    folder = tmp_path / "in"
    write_reports(folder, 3)
    (folder / "s-copy-of-r001.txt").write_bytes((folder / "r001.txt").read_bytes())
    (folder / "z.zip").write_bytes(zip_of([("again.txt", (folder / "r002.txt").read_bytes())]))
    db = tmp_path / "out.sqlite"
    summary = run_batch([folder], db, workers=0)
    assert (summary.ok, summary.duplicates, summary.exit_code) == (3, 2, 0)
    docs = {row[0]: row for row in dump_store(db)[0]}
    copy = docs[str(folder / "s-copy-of-r001.txt")]
    assert copy[5] == "duplicate" and copy[7] == 0 and copy[8] == str(folder / "r001.txt")
    assert docs[f"{folder / 'z.zip'}::again.txt"][8] == str(folder / "r002.txt")
    # a new copy in a later run points at the stored original
    (folder / "late-copy.txt").write_bytes((folder / "r000.txt").read_bytes())
    later = run_batch([folder], db, workers=0)
    assert (later.ok, later.duplicates, later.skipped) == (0, 1, 5)
    # without a store, the iterator reports the copy once more, without records
    seen = [(d.name, d.status, len(r), d.duplicate_of) for d, r in iter_documents([folder], workers=0)]
    dups = [s for s in seen if s[1] is Status.DUPLICATE]
    assert len(dups) == 3 and all(n == 0 and orig for _, _, n, orig in dups)


def test_changed_options_reprocess(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder).mkdir()
    (folder / "a.txt").write_text("上半年，全市规上工业增加值同比增长5.1%。", encoding="utf-8")
    db = tmp_path / "out.sqlite"
    run_batch([folder], db, workers=0, year=2024)
    assert run_batch([folder], db, workers=0, year=2024).skipped == 1
    again = run_batch([folder], db, workers=0, year=2025, subject="武汉")
    assert again.ok == 1
    assert sql(db, "SELECT period, subject FROM facts") == [("2025-H1", "武汉")]
    assert sql(db, "SELECT count(*) FROM documents") == [(1,)]


# ------------------------------------------------------------------------------------------------
# Failures inside workers
# ------------------------------------------------------------------------------------------------


def crash_on_marker(data: bytes) -> str:
    """A 'PDF library' that segfaults on one file, as a native library can on a hostile PDF."""
    if b"CRASH" in data:
        import ctypes

        ctypes.string_at(0)  # SIGSEGV: the worker process dies without a Python exception
    return data.decode("utf-8").split("\n", 1)[1]


def test_native_crash_marks_only_that_document(tmp_path: Path, extractor: Any) -> None:
    folder = tmp_path / "in"
    paths = write_reports(folder, 6)
    for i in range(3):
        (folder / f"p{i}.pdf").write_bytes(b"%PDF-1.4 fake\n" + report(100 + i).encode())
    (folder / "p1-crash.pdf").write_bytes(b"%PDF-1.4 CRASH\n" + report(200).encode())
    db = tmp_path / "out.sqlite"
    summary = run_batch([folder], db, workers=2, converters={"pdf": crash_on_marker})
    found = statuses(db)
    assert found[str(folder / "p1-crash.pdf")] == ("failed", CRASH_ERROR)
    assert summary.failed == 1 and summary.ok == 9
    stored = store_records(db)
    for i, path in enumerate(paths):
        assert stored[str(path)] == expected_records(extractor, report(i), str(path))
    for i in range(3):
        name = str(folder / f"p{i}.pdf")
        assert stored[name] == expected_records(extractor, report(100 + i), name)


def test_extractor_raising_costs_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = cnreport.Extractor.iter_extract

    def fragile(self: Any, text: str, **kwargs: Any) -> Any:
        yield from original(self, text, **kwargs)
        if "BOOM" in text:  # after some records: the document's partial records are not kept either
            raise ValueError("cannot parse BOOM")

    monkeypatch.setattr(cnreport.Extractor, "iter_extract", fragile)
    folder = tmp_path / "in"
    write_reports(folder, 2)
    (folder / "boom.txt").write_text("BOOM 增长5%", encoding="utf-8")
    summary = run_batch([folder], tmp_path / "out.sqlite", workers=0)
    assert (summary.ok, summary.failed) == (2, 1)
    assert summary.failures == [(str(folder / "boom.txt"), "extractor raised ValueError: cannot parse BOOM")]


# ------------------------------------------------------------------------------------------------
# Outputs
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_text_outputs_hold_the_same_records(tmp_path: Path, suffix: str, extractor: Any) -> None:
    folder = tmp_path / "in"
    paths = write_reports(folder, 4)
    out = tmp_path / f"out{suffix}"
    summary = run_batch([folder], out, workers=0)
    assert summary.exit_code == 0
    rows = read_text_output(out)
    expected = [r for i, p in enumerate(paths) for r in expected_records(extractor, report(i), str(p))]
    if suffix == ".csv":
        assert [(r["doc"], r["metric"], float(r["value"]), r["text"]) for r in rows] == [
            (r["doc"], r["metric"], float(r["value"]), r["text"]) for r in expected
        ]
    else:
        for r in rows:
            r["span"] = list(r["span"])
        assert rows == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", out.name]  # no temporary file left


def test_parquet_output(tmp_path: Path, extractor: Any) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow (extra 'analytics')")
    folder = tmp_path / "in"
    paths = write_reports(folder, 3)
    out = tmp_path / "out.parquet"
    run_batch([folder], out, workers=0)
    table = pq.read_table(out).to_pylist()
    expected = [r for i, p in enumerate(paths) for r in expected_records(extractor, report(i), str(p))]
    assert [(r["doc"], r["metric"], r["value"], r["unit"], r["span_start"]) for r in table] == [
        (r["doc"], r["metric"], float(r["value"]), r["unit"], r["span"][0]) for r in expected
    ]
    assert {r["source"] for r in table} == {str(p) for p in paths}


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_interrupted_file_output_leaves_the_old_file(tmp_path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow", reason="Parquet output needs pyarrow (extra 'analytics')")
    folder = tmp_path / "in"
    write_reports(folder, 3)
    out = tmp_path / f"out{suffix}"
    out.write_text("previous results\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), BatchRun([folder], out, workers=0) as run:
        for _ in run:
            raise KeyboardInterrupt
    assert run.summary.interrupted
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", out.name]


def test_keep_text_stores_what_spans_index(tmp_path: Path) -> None:
    page = "<p>2024年规模以上工业增加值同比增长<b>5.1</b>%。</p>".encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_bytes(page)
    pytest.importorskip("lxml", reason="HTML needs lxml")
    db = tmp_path / "out.sqlite"
    run_batch([tmp_path / "in"], db, workers=0, keep_text=True)
    [(text,)] = sql(db, "SELECT text FROM documents")
    spans = sql(db, "SELECT span_start, span_end, text FROM records")
    assert spans and all(text[s:e] == t for s, e, t in spans)


# ------------------------------------------------------------------------------------------------
# API and arguments
# ------------------------------------------------------------------------------------------------


def test_public_api_forms(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_reports(folder, 2)
    summary = cnreport.batch([folder], tmp_path / "a.sqlite", workers=0)  # type: ignore[operator]
    assert summary.ok == 2
    pairs = list(cnreport.batch.iter_documents([folder], workers=0))
    assert [d.status for d, _ in pairs] == [Status.OK, Status.OK]
    assert all(r.doc == d.name for d, records in pairs for r in records)
    assert cnreport.batch.Limits().max_ratio == 200
    from cnreport.batch import store  # submodules stay reachable although the package is callable

    assert store.SCHEMA_VERSION == "1"


# fmt: off
BAD_ARGUMENT_CASES = [
    pytest.param({"inputs": ["missing-folder"]}, "no such file", id="missing-input"),
    pytest.param({"out": "results.xlsx"}, "unknown output format", id="bad-suffix"),
    pytest.param({"out": "no/such/folder/r.sqlite"}, "does not exist", id="missing-folder"),
    pytest.param({"engine": "spark"}, "unknown engine", id="bad-engine"),
    pytest.param({"scheduler": "tcp://127.0.0.1:1"}, "only used with", id="scheduler-without-dask"),
]
# fmt: on


@pytest.mark.parametrize(("kwargs", "message"), BAD_ARGUMENT_CASES)
def test_unusable_arguments_fail_before_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    args: dict[str, Any] = {"inputs": ["in"], "out": "r.sqlite", "workers": 0, **kwargs}
    with pytest.raises(InputError, match=message):
        BatchRun(args.pop("inputs"), args.pop("out"), **args)


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE precious (x)")
    conn.close()
    with pytest.raises(InputError, match="not a cnreport store"):
        BatchRun([tmp_path / "in"], other, workers=0)
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError, match="cannot use as a store"):
        BatchRun([tmp_path / "in"], tmp_path / "junk.sqlite", workers=0)


def test_in_flight_work_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However many documents, at most the engine's window is held in memory at once."""
    from cnreport.batch import runner

    most = 0
    original = runner.BatchRun._collect

    def watch(self: Any, pending: dict[Any, Any], inflight: dict[str, Any]) -> Any:
        nonlocal most
        most = max(most, len(pending))
        return original(self, pending, inflight)

    class Lazy(runner.InlineEngine):
        window = 3

    monkeypatch.setattr(runner.BatchRun, "_collect", watch)
    monkeypatch.setattr(runner, "make_engine", lambda *a: Lazy())
    folder = tmp_path / "in"
    write_reports(folder, 12)
    assert run_batch([folder], tmp_path / "o.sqlite").ok == 12
    assert most == 3


# ------------------------------------------------------------------------------------------------
# Dask
# ------------------------------------------------------------------------------------------------


def test_dask_engine_on_a_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="the dask engine is optional: pip install 'cnreport[dask]' to test it"
    )
    folder = tmp_path / "in"
    write_reports(folder, 10)
    (folder / "bad.txt").write_bytes(bytes(range(256)) * 4)
    reference = tmp_path / "reference.sqlite"
    run_batch([folder], reference, workers=0)
    db = tmp_path / "dask.sqlite"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
    ) as cluster:
        summary = run_batch([folder], db, engine="dask", scheduler=cluster.scheduler_address)
    assert (summary.ok, summary.failed) == (10, 1)
    assert dump_store(db) == dump_store(reference)
    # without --scheduler the engine starts its own cluster, even with the usual dashboard port taken
    with socket.socket() as squatter:
        with contextlib.suppress(OSError):
            squatter.bind(("127.0.0.1", 8787))
            squatter.listen()
        own = tmp_path / "own.sqlite"
        assert run_batch([folder], own, engine="dask", workers=1).ok == 10
    assert dump_store(own) == dump_store(reference)


def test_output_inside_an_input_folder_is_never_read(tmp_path: Path) -> None:
    write_reports(tmp_path, 2)
    for out in ("r.jsonl", "r.sqlite"):
        summary = run_batch([tmp_path], tmp_path / out, workers=0, include=["*"])
        assert summary.exit_code == 0, summary.failures


def test_stopping_early_publishes_nothing_but_keeps_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_reports(folder, 4)
    with BatchRun([folder], tmp_path / "r.jsonl", workers=0) as run:
        for _ in run:
            break
    assert run.summary.interrupted and not (tmp_path / "r.jsonl").exists()
    with pytest.raises(RuntimeError, match="iterated once"):
        list(run)
    for _ in iter_documents([folder], workers=0, out=tmp_path / "r.sqlite"):
        break
    assert sql(tmp_path / "r.sqlite", "SELECT count(*) FROM documents") == [(1,)]
    assert sql(tmp_path / "r.sqlite", "SELECT state FROM runs") == [("interrupted",)]


# ------------------------------------------------------------------------------------------------
# Nothing left running: a killed driver takes its processes with it; SIGTERM is an interruption
# ------------------------------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _running_batch(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path, set[int]]:
    """A batch with two workers, stopped only once documents are being committed."""
    archive = tmp_path / "many.zip"
    archive.write_bytes(zip_of([(f"{i:03d}.txt", report(i, paragraphs=6).encode()) for i in range(400)]))
    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "cnreport.batch", "batch", str(archive), "-o", str(db), "--workers", "2", "-q"]
    # stderr to a file: a pipe would stay open as long as any worker lives, whatever the driver does
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=err)
    while proc.poll() is None and _committed(db) < 10:
        time.sleep(0.01)
    return proc, db, _descendants(proc.pid)


def _stderr(tmp_path: Path) -> str:
    return (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")


def _left_running(pids: set[int]) -> list[int]:
    """The processes still alive once they had a fair chance to exit (killed then, so no test leaks them)."""
    deadline = time.monotonic() + 60  # a bound for a broken build, not a timing claim
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    left = [p for p in pids if _alive(p)]
    for p in left:
        with contextlib.suppress(OSError):
            os.kill(p, signal.SIGKILL)
    return left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the processes")
def test_workers_exit_when_the_driver_is_killed(tmp_path: Path) -> None:
    proc, _, children = _running_batch(tmp_path)
    assert len(children) >= 3  # forkserver, two workers (and the resource tracker)
    assert len(_spill_folders(tmp_path)) == 1  # the run's folder for large documents, beside the store
    proc.kill()  # the driver only: nothing else gets a signal
    proc.wait(timeout=60)
    assert not _left_running(children), "processes outlived their driver"
    assert not _spill_folders(tmp_path), "the workers of a killed driver remove its spill folder"


def test_a_later_run_removes_what_a_killed_run_left(tmp_path: Path) -> None:
    """SIGKILL to the whole process group leaves the spill folder; the next run into that output removes it."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".s.sqlite.spill-{dead.stdout.strip()}-abc123"
    left.mkdir()
    (left / "records-x.pickle").write_bytes(b"partial")
    alive = tmp_path / f".s.sqlite.spill-{os.getpid()}-def456"  # a run still going: left alone
    alive.mkdir()
    folder = tmp_path / "in"
    write_reports(folder, 2)
    assert run_batch([folder], tmp_path / "s.sqlite", workers=0).exit_code == 0
    assert _spill_folders(tmp_path) == {str(alive)}


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the processes")
def test_sigterm_is_an_interruption(tmp_path: Path) -> None:
    proc, db, children = _running_batch(tmp_path)
    proc.terminate()
    proc.wait(timeout=60)
    assert proc.returncode == 143, _stderr(tmp_path)
    assert "Traceback" not in _stderr(tmp_path)
    assert sql(db, "SELECT state FROM runs") == [("interrupted",)]
    assert not _left_running(children)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the processes")
def test_second_ctrl_c_never_hangs(tmp_path: Path) -> None:
    proc, db, children = _running_batch(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)
    os.killpg(proc.pid, signal.SIGINT)  # the impatient second press, while the first is being handled
    proc.wait(timeout=60)
    assert proc.returncode == 130, _stderr(tmp_path)
    assert "Traceback" not in _stderr(tmp_path)
    assert sql(db, "SELECT state FROM runs") == [("interrupted",)]
    assert not _left_running(children)


# ------------------------------------------------------------------------------------------------
# Large documents: records through a file, memory bounded by a batch (issue 16)
# ------------------------------------------------------------------------------------------------


def _spill_folders(beside: Path | None = None) -> set[str]:
    """The runs' spill folders in tmp (runs without an output), or beside the outputs in ``beside``."""
    import glob
    import tempfile

    if beside is not None:
        return set(glob.glob(os.path.join(beside, ".*.spill-*")))
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "cnreport-batch-*")))


def test_a_document_with_very_many_records_travels_through_a_file(tmp_path: Path, extractor: Any) -> None:
    """A pool worker writes a huge document's records to a file; the store gets exactly extract's records."""
    from cnreport.batch.rows import SPILL_RECORDS

    folder = tmp_path / "in"
    write_reports(folder, 2)
    big = report(7, paragraphs=SPILL_RECORDS // 2 * 5 // 6)  # about 2.5 records a paragraph
    name = str(folder / "big.txt")
    (folder / "big.txt").write_text(big, encoding="utf-8")
    before = _spill_folders()
    db = tmp_path / "results.sqlite"
    summary = run_batch([folder], db, workers=1)
    assert summary.exit_code == 0 and summary.ok == 3
    expected = expected_records(extractor, big, name)
    assert len(expected) > SPILL_RECORDS
    assert store_records(db)[name] == expected
    assert _spill_folders() == before and not _spill_folders(tmp_path)  # the record files and their folder are gone


@pytest.mark.parametrize("suffix", [".sqlite", ".jsonl", ".csv", ".parquet"])
def test_spilled_records_give_the_same_outputs(tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every output is the same whether a document's records came in the message or through a file."""
    from cnreport.batch import rows

    if suffix == ".parquet":
        pytest.importorskip("pyarrow", reason="Parquet output needs pyarrow (extra 'analytics')")
    folder = tmp_path / "in"
    write_reports(folder, 3)
    run_batch([folder], tmp_path / f"whole{suffix}", workers=0)
    monkeypatch.setattr(rows, "SPILL_RECORDS", 4)
    run_batch([folder], tmp_path / f"spilled{suffix}", workers=0)
    if suffix == ".sqlite":
        assert dump_store(tmp_path / "spilled.sqlite")[1] == dump_store(tmp_path / "whole.sqlite")[1]
    else:
        assert (tmp_path / f"spilled{suffix}").read_bytes() == (tmp_path / f"whole{suffix}").read_bytes()


def test_spilled_records_read_by_a_caller_and_then_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`iter_documents` hands over spilled records like any others; their file goes with the last reference."""
    import gc

    from cnreport.batch import rows

    folder = tmp_path / "in"
    paths = write_reports(folder, 2)
    monkeypatch.setattr(rows, "SPILL_RECORDS", 3)
    before = _spill_folders()
    held = list(iter_documents([folder], workers=0))  # the run is over; the records are still readable
    for doc, records in held:
        assert isinstance(records, rows.SpilledRecords)
        expected = cnreport.default_extractor().extract(report(paths.index(Path(doc.name))), doc=doc.name)
        assert list(records) == expected and len(records) == len(expected) == doc.n_records
        assert records[-1] == expected[-1] and records[1:3] == expected[1:3]
    assert _spill_folders() != before
    del held, doc, records
    gc.collect()
    assert _spill_folders() == before


def test_large_documents_reach_workers_as_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents over FILE_TASK_BYTES go to pool workers as files: same store, no file left behind."""
    from cnreport.batch import runner

    folder = tmp_path / "in"
    write_reports(folder, 3)
    (folder / "bad.txt").write_bytes(bytes(range(256)) * 4)
    run_batch([folder], tmp_path / "whole.sqlite", workers=0)
    monkeypatch.setattr(runner, "FILE_TASK_BYTES", 0)
    before = _spill_folders()
    summary = run_batch([folder], tmp_path / "files.sqlite", workers=1)
    assert (summary.ok, summary.failed) == (3, 1)
    assert dump_store(tmp_path / "files.sqlite") == dump_store(tmp_path / "whole.sqlite")
    assert _spill_folders() == before and not _spill_folders(tmp_path)
