"""The driver's cheap paths (issue 3) keep what they replaced: rows rebuild the exact records, chunks
and group commits keep every document all-or-nothing."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cnreport.batch import store as store_module
from cnreport.batch.results import Document, Status, Summary
from cnreport.batch.rows import Records, record_rows
from cnreport.batch.runner import BatchRun, run_batch
from cnreport.batch.store import SqliteStore
from cnreport.batch.worker import Task, process_chunk
from test_batch_corpus import dump_store, report, sql, zip_of

TEXT = "2024年全市地区生产总值1.2万亿元，同比增长5.10%，增速比上年回落0.3个百分点；粮食产量约300万至320万吨。"


def test_rows_rebuild_the_extractors_records(extractor: Any) -> None:
    records = extractor.extract(TEXT + report(3), doc="a.txt")
    packed = Records.of(records, "a.txt")
    again = pickle.loads(pickle.dumps(packed))
    assert len(again) == len(records) > 5
    assert list(again) == records and again == records
    assert [str(r.value) for r in again] == [str(r.value) for r in records]  # exact decimals, exponent kept
    assert again[-1] == records[-1] and again[1:3] == records[1:3]
    assert record_rows(again) == record_rows(records)
    assert "_built" not in repr(pickle.dumps(again))  # built records are never pickled


def test_chunk_results_match_one_by_one(extractor: Any) -> None:
    tasks = [Task(f"r{i}.txt", f"r{i}.txt", report(i).encode()) for i in range(3)]
    tasks.append(Task("bad.txt", "bad.txt", bytes(range(256)) * 4))
    outcomes = process_chunk(tasks)
    assert [o.error is None for o in outcomes] == [True, True, True, False]
    for i, outcome in enumerate(outcomes[:3]):
        assert list(outcome.records) == extractor.extract(report(i), doc=f"r{i}.txt")
    assert len(outcomes[3].records) == 0


def _document(i: int, n_records: int) -> Document:
    return Document("src", f"m{i}", f"src::m{i}", f"{i:064x}", 10, Status.OK, "text", "utf-8", n_records=n_records)


def test_a_failed_write_keeps_the_groups_complete_documents(tmp_path: Path, extractor: Any) -> None:
    """A write that fails half-way (here: an invalid record row) rolls back only that document."""
    records = Records.of(extractor.extract(report(1), doc="x"), "x")
    db = tmp_path / "s.sqlite"
    store = SqliteStore(db, options={}, inputs=[])
    for i in range(3):
        store.write(_document(i, len(records)), records)
    bad = Records("x", ((0, None, *records.rows[0][2:]),), records.exact[:1])  # metric NULL: refused
    with pytest.raises(sqlite3.IntegrityError):
        store.write(_document(3, 1), bad)
    store.write(_document(4, len(records)), records)
    store.close(Summary())
    rows = sql(
        db,
        "SELECT d.member, d.n_records, count(r.idx) FROM documents d LEFT JOIN records r"
        " ON r.document_id = d.id GROUP BY d.id ORDER BY d.member",
    )
    assert rows == [(f"m{i}", len(records), len(records)) for i in (0, 1, 2, 4)]


def test_documents_commit_in_groups_and_at_close(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "COMMIT_SECONDS", 3600.0)
    monkeypatch.setattr(store_module, "COMMIT_DOCUMENTS", 3)
    db = tmp_path / "s.sqlite"
    store = SqliteStore(db, options={}, inputs=[])
    seen = []
    for i in range(7):
        store.write(_document(i, 0), [])
        seen.append(sql(db, "SELECT count(*) FROM documents")[0][0])  # what another process sees
    assert seen == [0, 0, 3, 3, 3, 6, 6]
    assert store.find_done(f"{6:064x}") == "src::m6"  # the run itself sees its uncommitted documents
    store.close(None)  # even a failed run keeps its complete documents
    assert sql(db, "SELECT count(*) FROM documents") == [(7,)]


def test_chunked_pool_run_equals_in_process_run(tmp_path: Path) -> None:
    """More documents than a chunk and a window, with a repeat inside one chunk and one across chunks."""
    members = [(f"d/{i:03d}.txt", report(i).encode()) for i in range(40)]
    members += [("d/copy-of-002.txt", report(2).encode()), ("z/copy-of-039.txt", report(39).encode())]
    archive = tmp_path / "a.zip"
    archive.write_bytes(zip_of(members))
    pool, inline = tmp_path / "pool.sqlite", tmp_path / "inline.sqlite"
    summary = run_batch([archive], pool, workers=2)
    assert (summary.ok, summary.duplicates, summary.exit_code) == (40, 2, 0)
    run_batch([archive], inline, workers=0)
    assert dump_store(pool) == dump_store(inline)
    with BatchRun([archive], None, workers=2) as run:
        counted = {d.name: (len(records), d.n_records) for d, records in run}
    assert all(n == stored for n, stored in counted.values()) and len(counted) == 42
