"""The driver's cheap paths (issue 3) keep what they replaced: rows rebuild the exact records, chunks
and group commits keep every document all-or-nothing."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cnreport.batch import rows as rows_module
from cnreport.batch import store as store_module
from cnreport.batch.results import Document, Status, Summary
from cnreport.batch.rows import Records, SpilledRecords, pack, record_rows
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


@pytest.mark.parametrize(("limit", "spilled"), [(10**6, False), (5, True), (1, True)])
def test_pack_sends_many_records_through_a_file(
    extractor: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, spilled: bool
) -> None:
    """Past the limit a document's rows go to a file in batches; read back, they are the same records."""
    monkeypatch.setattr(rows_module, "SPILL_RECORDS", limit)
    records = extractor.extract(TEXT + report(3), doc="a.txt")
    folder = tmp_path / "spill"
    folder.mkdir()
    packed = pack(iter(records), "a.txt", str(folder))
    assert isinstance(packed, SpilledRecords) is spilled
    again = pickle.loads(pickle.dumps(packed))  # as the driver receives it
    assert list(again) == records and len(again) == len(records)
    assert again[0] == records[0] and again[-2] == records[-2] and again[2:4] == records[2:4]
    assert list(again.rows) == record_rows(records)  # indexes run on across batches
    with pytest.raises(IndexError):
        again[len(records)]
    if spilled:
        assert len(list(folder.iterdir())) == 1
        del packed
        rows = again.own()
        del again, rows
        assert not folder.exists()  # the file goes with the last reference, then its emptied folder
    assert pack(iter(records), "a.txt", None) == records  # no folder (a remote worker): all in the message


def test_a_failed_extraction_leaves_no_record_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows_module, "SPILL_RECORDS", 1)

    def broken() -> Any:
        yield from extractor_records
        raise ValueError("extractor bug")

    from cnreport import default_extractor

    extractor_records = default_extractor().extract(TEXT, doc="a.txt")
    with pytest.raises(ValueError):
        pack(broken(), "a.txt", str(tmp_path))
    assert not list(tmp_path.iterdir())


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


def test_a_failed_write_rewrites_spilled_documents_from_their_file(
    tmp_path: Path, extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a rollback the group is written again: a spilled document's rows are read from its file again."""
    monkeypatch.setattr(rows_module, "SPILL_RECORDS", 2)
    spills = tmp_path / "spill"
    spills.mkdir()
    records = extractor.extract(report(1), doc="x")
    spilled = pack(iter(records), "x", str(spills))
    assert isinstance(spilled, SpilledRecords)
    spilled.own()
    db = tmp_path / "s.sqlite"
    store = SqliteStore(db, options={}, inputs=[])
    store.write(_document(0, len(records)), spilled)
    del spilled  # the store still holds the rows it may have to write again
    plain = Records.of(records, "x")
    bad = Records("x", ((0, None, *plain.rows[0][2:]),), plain.exact[:1])
    with pytest.raises(sqlite3.IntegrityError):
        store.write(_document(1, 1), bad)
    store.close(Summary())
    assert sql(db, "SELECT count(*) FROM records")[0][0] == len(records)


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


# ------------------------------------------------------------------------------------------------
# One current version per source path (and member): an edited file replaces its records
# ------------------------------------------------------------------------------------------------


def _facts_by_doc(db: Path) -> dict[str, int]:
    return dict(sql(db, "SELECT doc, count(*) FROM facts GROUP BY doc"))


def test_an_edited_file_replaces_its_records(tmp_path: Path, extractor: Any) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(report(1), encoding="utf-8")
    (folder / "b.txt").write_text(report(2), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    run_batch([folder], db, workers=0)
    (folder / "a.txt").write_text(report(3, paragraphs=6), encoding="utf-8")  # edited (or re-downloaded)
    summary = run_batch([folder], db, workers=0)
    assert summary.ok == 1 and summary.skipped == 1
    expected = len(extractor.extract(report(3, paragraphs=6)))
    assert _facts_by_doc(db)[str(folder / "a.txt")] == expected
    assert sql(db, f"SELECT count(*) FROM documents WHERE source = '{folder / 'a.txt'}'") == [(1,)]
    assert _facts_by_doc(db)[str(folder / "b.txt")] == len(extractor.extract(report(2)))


def test_a_changed_archive_member_replaces_its_records(tmp_path: Path, extractor: Any) -> None:
    archive = tmp_path / "in.zip"
    archive.write_bytes(zip_of([("m/1.txt", report(1).encode()), ("m/2.txt", report(2).encode())]))
    db = tmp_path / "s.sqlite"
    run_batch([archive], db, workers=0)
    archive.write_bytes(zip_of([("m/1.txt", report(4).encode()), ("m/2.txt", report(2).encode())]))
    run_batch([archive], db, workers=0)
    facts = _facts_by_doc(db)
    assert facts[f"{archive}::m/1.txt"] == len(extractor.extract(report(4)))
    assert sql(db, "SELECT count(*) FROM documents WHERE member = 'm/1.txt'") == [(1,)]


def test_a_copy_keeps_the_records_when_the_original_changes(tmp_path: Path, extractor: Any) -> None:
    """b.txt held no records of its own (a duplicate of a.txt); when a.txt changes, b.txt takes them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(report(5), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    run_batch([folder], db, workers=0)
    (folder / "a.txt").write_text(report(6), encoding="utf-8")
    run_batch([folder], db, workers=0)
    facts = _facts_by_doc(db)
    assert facts[str(folder / "b.txt")] == len(extractor.extract(report(5)))
    assert facts[str(folder / "a.txt")] == len(extractor.extract(report(6)))
    assert sum(facts.values()) == len(extractor.extract(report(5))) + len(extractor.extract(report(6)))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_file_outputs_skip_identical_copies(tmp_path: Path, suffix: str, extractor: Any) -> None:
    from cnreport.batch.store import read_text_output

    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "copy-of-a.txt", "b.txt"):
        (folder / name).write_text(report(7 if name != "b.txt" else 8), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    summary = run_batch([folder], out, workers=0)
    assert summary.duplicates == 1
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        n = pq.read_table(out).num_rows
    else:
        n = len(read_text_output(out))
    assert n == len(extractor.extract(report(7))) + len(extractor.extract(report(8)))
