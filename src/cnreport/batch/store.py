"""Where a run's results go: a resumable SQLite store, or JSONL/CSV/Parquet files written atomically.

SQLite (stdlib) is the default because it is the only one of these that is transactional per
document: WAL, ``synchronous=NORMAL``, the driver as the single writer (DEPENDENCIES.md §5: after
kill -9 ``integrity_check`` ok with no partial document). Documents are committed in groups (every
``COMMIT_SECONDS`` or ``COMMIT_DOCUMENTS``, whichever comes first): a commit per document cost the
driver as much CPU as a worker spends on a sixth of a document, and on a 2-core machine the driver
competes with the workers (issue 3). A document's row and its records always share one transaction,
so a crash loses at most the last group, never part of a document; a rerun redoes what was lost.
A rerun asks the store which documents are done (by content hash and options) and skips them.
Readers in other processes (``cnreport query``, a notebook) keep working during a run.

JSONL, CSV and Parquet files cannot be resumed; they are written to a temporary file in the target
folder and renamed into place only when the run completes, so a crash never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from .. import __version__
from ..errors import InputError
from ..output import CSV_FIELDS, csv_row, file_mode, record_dict
from ..records import Record
from .results import Document, Status, Summary
from .rows import RecordRow, Records, SpilledRecords, SpilledRows, record_rows

# A document's ``records`` rows: in memory, or in the file a worker wrote (re-readable after a rollback).
Rows = Sequence[RecordRow] | SpilledRows

__all__ = [
    "OUTPUT_SUFFIXES",
    "SCHEMA_VERSION",
    "Prior",
    "Sink",
    "SqliteStore",
    "open_sink",
    "output_format",
]

SCHEMA_VERSION = "1"
OUTPUT_SUFFIXES = {
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,                -- running (or killed), complete, interrupted
    inputs TEXT NOT NULL,               -- JSON list of the paths given
    options TEXT NOT NULL,
    ok INTEGER, failed INTEGER, duplicates INTEGER, skipped INTEGER, records INTEGER
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,               -- the file on disk
    member TEXT NOT NULL DEFAULT '',    -- path inside the archive(s), nested ones joined with '::'
    name TEXT NOT NULL,                 -- source or source::member: the doc of its records
    sha256 TEXT NOT NULL DEFAULT '',    -- of the document's bytes; '' when they could not be read
    size INTEGER NOT NULL DEFAULT 0,
    format TEXT,                        -- text, html, json, markdown, pdf, docx
    encoding TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
    error TEXT,
    warnings TEXT,
    n_records INTEGER NOT NULL DEFAULT 0,
    duplicate_of INTEGER REFERENCES documents(id),
    options TEXT NOT NULL,              -- the extraction options (year, subject) the records depend on
    extractor TEXT NOT NULL,            -- cnreport version
    seconds REAL,
    processed_at TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    text TEXT,                          -- the converted text the spans index (with --keep-text)
    UNIQUE (source, member, sha256)
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256, status);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
CREATE TABLE IF NOT EXISTS records (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,               -- order within the document
    metric TEXT NOT NULL,
    value NUMERIC NOT NULL,
    value_max NUMERIC,
    unit TEXT NOT NULL,
    kind TEXT NOT NULL,
    modality TEXT,
    period TEXT,
    base TEXT,
    subject TEXT,
    qualifier TEXT,
    span_start INTEGER NOT NULL,        -- [start, end) into the document's text
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    pattern TEXT,
    PRIMARY KEY (document_id, idx)
);
-- Links and special entries passed over (never read): where they are and why.
CREATE TABLE IF NOT EXISTS skipped (
    source TEXT NOT NULL,
    member TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    reason TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    PRIMARY KEY (source, member)
);
CREATE INDEX IF NOT EXISTS records_metric ON records(metric, period);
CREATE INDEX IF NOT EXISTS records_period ON records(period);
CREATE INDEX IF NOT EXISTS records_subject ON records(subject, metric);
-- For analysts: one row per fact with where it came from.
CREATE VIEW IF NOT EXISTS facts AS
    SELECT r.metric, r.value, r.value_max, r.unit, r.kind, r.modality, r.period, r.base, r.subject, r.qualifier,
           d.name AS doc, d.source, d.member, r.span_start, r.span_end, r.text, r.document_id
    FROM records AS r JOIN documents AS d ON d.id = r.document_id;
CREATE VIEW IF NOT EXISTS failures AS
    SELECT d.id AS document_id, d.name AS doc, d.source, d.member, d.format, d.error, d.processed_at
    FROM documents AS d WHERE d.status = 'failed';
"""

_DOC_COLUMNS = (
    "source, member, name, sha256, size, format, encoding, status, error, warnings, n_records, duplicate_of, "
    "options, extractor, seconds, processed_at, run_id, text"
)
_UPSERT = f"""
INSERT INTO documents ({_DOC_COLUMNS}) VALUES ({", ".join("?" * 18)})
ON CONFLICT (source, member, sha256) DO UPDATE SET
    name = excluded.name, size = excluded.size, format = excluded.format, encoding = excluded.encoding,
    status = excluded.status, error = excluded.error, warnings = excluded.warnings, n_records = excluded.n_records,
    duplicate_of = excluded.duplicate_of, options = excluded.options, extractor = excluded.extractor,
    seconds = excluded.seconds, processed_at = excluded.processed_at, run_id = excluded.run_id, text = excluded.text
"""
# A new document in one statement (the usual case); an existing one (a retried failure, new options)
# takes the upsert path. (no RETURNING: it needs SQLite 3.35, and Pythons on older systems bundle 3.31)
_INSERT_NEW = f"INSERT INTO documents ({_DOC_COLUMNS}) VALUES ({', '.join('?' * 18)}) ON CONFLICT DO NOTHING"
_INSERT_RECORD = "INSERT INTO records VALUES (" + ", ".join("?" * 16) + ")"
# The record fields written to JSONL/CSV/Parquet besides the SPEC ones.
PARQUET_COLUMNS = (*CSV_FIELDS, "source", "member")
# A group of documents commits when it is this old, this many, or this large (bytes of input):
# large enough to amortise the commit, small enough that a kill loses little and memory stays bounded.
COMMIT_SECONDS = 0.2
COMMIT_DOCUMENTS = 200
COMMIT_BYTES = 16 << 20

# The ``documents`` values in _DOC_COLUMNS order.
_DocumentRow = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Prior:
    """What an earlier run recorded for the same document (same place, same content)."""

    status: Status
    options: str
    error: str | None


class Sink(Protocol):
    """Where results go. Only the SQLite store remembers earlier runs; files answer None."""

    def prior(self, source: str, member: str, sha256: str) -> Prior | None: ...

    def find_done(self, sha256: str) -> str | None: ...

    def write(self, doc: Document, records: Sequence[Record]) -> None: ...

    def skip(self, source: str, member: str, name: str, reason: str) -> None: ...

    def close(self, summary: Summary | None) -> None: ...


def output_format(path: str | os.PathLike[str]) -> str:
    """The output format named by the file's suffix, or an InputError naming the ones we write."""
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        known = ", ".join(sorted(OUTPUT_SUFFIXES))
        raise InputError(f"{path}: unknown output format {suffix or '(no suffix)'}; use one of {known}")
    return OUTPUT_SUFFIXES[suffix]


def open_sink(
    path: str | os.PathLike[str], *, options: dict[str, Any], inputs: Sequence[str], bom: bool = False
) -> Sink:
    """The store or file writer for ``path`` (by suffix); raises InputError for unusable paths.

    ``bom`` starts a CSV with a UTF-8 byte order mark, which Excel needs to read it as UTF-8.
    """
    fmt = output_format(path)
    if bom and fmt != "csv":
        raise InputError(f"{path}: --bom is for .csv output (Excel)")
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(f"{path}: folder {target.parent} does not exist")
    if target.is_dir():
        raise InputError(f"{path}: is a folder")
    if fmt == "sqlite":
        return SqliteStore(target, options=options, inputs=inputs)
    if fmt == "parquet":
        return ParquetSink(target)
    return TextSink(target, fmt, bom=bom)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, ensure_ascii=False, sort_keys=True)


# ------------------------------------------------------------------------------------------------
# SQLite
# ------------------------------------------------------------------------------------------------


def connect_readonly(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection (``cnreport query``): analysts' SQL can never change the store."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such store")
    conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA query_only = 1")
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise InputError(f"{path}: not a cnreport store ({exc})") from None
    if version is None:
        conn.close()
        raise InputError(f"{path}: not a cnreport store")
    conn.set_authorizer(_read_only_authorizer)
    return conn


# Pragmas that only report: ``PRAGMA table_info(records)`` helps analysts; setting any pragma is refused.
# (Their argument is a table or index name, never a value to set.)
_READ_PRAGMAS = frozenset(
    "table_info table_xinfo table_list index_list index_info index_xinfo foreign_key_list database_list "
    "collation_list function_list pragma_list compile_options".split()
)
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)


def _read_only_authorizer(action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None) -> int:
    """Allow reading only. ``mode=ro`` protects the store file alone: ``ATTACH`` (and ``VACUUM INTO``,
    which attaches) would still create or overwrite any file the user can write, and temporary
    tables would be writes too."""
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS:  # arg2: a table name
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


class SqliteStore:
    """The resumable store: a ``documents`` and a ``records`` table plus ``facts``/``failures`` views."""

    def __init__(self, path: Path, *, options: dict[str, Any], inputs: Sequence[str]) -> None:
        self.path = path
        self.options = options_key(options)
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            # Checkpoints are where NORMAL syncs to disk; every 1,000 pages (the default) they cost as much
            # as the commits themselves. 10,000 pages (40 MB of WAL) halve the time per document.
            self._conn.execute("PRAGMA wal_autocheckpoint = 10000")
            self._conn.execute("PRAGMA foreign_keys = ON")
            tables = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "meta" not in tables:
                raise InputError(f"{path}: an SQLite file that is not a cnreport store; refusing to write to it")
            self._conn.executescript(_SCHEMA)
            self._conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            stored = self._conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
            if stored != SCHEMA_VERSION:
                raise InputError(f"{path}: store schema {stored}, this cnreport writes schema {SCHEMA_VERSION}")
            cur = self._conn.execute(
                "INSERT INTO runs (started_at, state, inputs, options) VALUES (?, 'running', ?, ?)",
                (_now(), json.dumps(list(inputs), ensure_ascii=False), self.options),
            )
            self.run_id = cur.lastrowid
            self._group: list[tuple[_DocumentRow, Rows]] = []  # written, not yet committed
            self._group_bytes = 0
            self._group_started = 0.0
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: cannot use as a store: {exc}") from None

    def prior(self, source: str, member: str, sha256: str) -> Prior | None:
        row = self._conn.execute(
            "SELECT status, options, error FROM documents WHERE source = ? AND member = ? AND sha256 = ?",
            (source, member, sha256),
        ).fetchone()
        return Prior(Status(row[0]), row[1], row[2]) if row else None

    def find_done(self, sha256: str) -> str | None:
        """The name of a document with this content already extracted with this run's options."""
        row = self._conn.execute(
            "SELECT name FROM documents WHERE sha256 = ? AND status = 'ok' AND options = ? ORDER BY id LIMIT 1",
            (sha256, self.options),
        ).fetchone()
        return row[0] if row else None

    def write(self, doc: Document, records: Sequence[Record]) -> None:
        """Add one document and its records to the open group, committing the group when it is due.

        A failure while writing a document (Ctrl-C between two statements, a full disk) rolls the
        group back and writes its earlier, complete documents again, so they are not lost with it.
        """
        row = self._document_row(doc)
        rows = records.rows if isinstance(records, Records | SpilledRecords) else record_rows(records)
        conn = self._conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._group_started = time.monotonic()
        try:
            self._insert(row, rows)
        except BaseException:
            self._recover()
            raise
        self._group.append((row, rows))
        self._group_bytes += doc.size
        if (
            len(self._group) >= COMMIT_DOCUMENTS
            or self._group_bytes >= COMMIT_BYTES
            or time.monotonic() - self._group_started >= COMMIT_SECONDS
        ):
            self.commit()

    def skip(self, source: str, member: str, name: str, reason: str) -> None:
        """List a link or special entry that was not read (in the open group; the latest reason wins)."""
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")
            self._group_started = time.monotonic()
        self._conn.execute(
            "INSERT INTO skipped VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, member) DO UPDATE SET"
            " name = excluded.name, reason = excluded.reason, run_id = excluded.run_id",
            (source, member, name, reason, self.run_id),
        )

    def commit(self) -> None:
        """Make the open group durable (WAL + ``synchronous=NORMAL``: survives a killed process)."""
        try:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")
        finally:
            self._group = []
            self._group_bytes = 0

    def _document_row(self, doc: Document) -> _DocumentRow:
        """The ``documents`` values of ``doc``; ``duplicate_of`` is looked up when written."""
        return (
            doc.source,
            doc.member,
            doc.name,
            doc.sha256,
            doc.size,
            doc.format,
            doc.encoding,
            str(doc.status),
            doc.error,
            "\n".join(doc.warnings) or None,
            doc.n_records,
            doc.duplicate_of,
            self.options,
            __version__,
            round(doc.seconds, 4),
            _now(),
            self.run_id,
            doc.text,
        )

    def _insert(self, row: _DocumentRow, rows: Rows) -> None:
        """Write one document row and its records in the open transaction (one statement when new)."""
        conn = self._conn
        if row[11] is not None:  # a duplicate points at the stored original by id
            found = conn.execute(
                "SELECT id FROM documents WHERE name = ? AND status = 'ok' ORDER BY id LIMIT 1", (row[11],)
            ).fetchone()
            row = (*row[:11], found[0] if found else None, *row[12:])
        cur = conn.execute(_INSERT_NEW, row)
        if cur.rowcount == 1:
            doc_id = cur.lastrowid
        else:  # stored by an earlier run: replace it and its records
            conn.execute(_UPSERT, row)
            doc_id = conn.execute(
                "SELECT id FROM documents WHERE source = ? AND member = ? AND sha256 = ?", row[:2] + row[3:4]
            ).fetchone()[0]
            conn.execute("DELETE FROM records WHERE document_id = ?", (doc_id,))
        if len(rows):  # a spilled document's rows are read from their file batch by batch
            conn.executemany(_INSERT_RECORD, ((doc_id, *r) for r in rows))
        if row[3]:  # content known: it is now this path's one current version
            self._supersede(row[0], row[1], row[3])

    def _supersede(self, source: str, member: str, sha256: str) -> None:
        """Remove the other versions stored for this path, in the open transaction.

        An edited or re-downloaded file would otherwise keep its old records beside the new ones and
        ``query`` would count both. A version that could not be read (no hash) says nothing about the
        content, so it never replaces anything.
        """
        conn = self._conn
        old = conn.execute(
            "SELECT id FROM documents WHERE source = ? AND member = ? AND sha256 <> ?", (source, member, sha256)
        ).fetchall()
        for (old_id,) in old:
            self._hand_over(old_id)
            conn.execute("DELETE FROM documents WHERE id = ?", (old_id,))  # its records go with it (cascade)

    def _hand_over(self, old_id: int) -> None:
        """Give a superseded version's records to the first copy that pointed at it as a duplicate.

        The copy still holds that content (it would be reprocessed otherwise), and it has no records
        of its own: without this it would point at nothing.
        """
        conn = self._conn
        heir = conn.execute("SELECT id FROM documents WHERE duplicate_of = ? ORDER BY id LIMIT 1", (old_id,)).fetchone()
        if heir is None:
            return
        conn.execute("UPDATE records SET document_id = ? WHERE document_id = ?", (heir[0], old_id))
        conn.execute(
            "UPDATE documents SET (status, duplicate_of, n_records, format, encoding, warnings, text) ="
            " (SELECT 'ok', NULL, n_records, format, encoding, warnings, text FROM documents WHERE id = ?)"
            " WHERE id = ?",
            (old_id, heir[0]),
        )
        conn.execute("UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?", (heir[0], old_id))

    def _recover(self) -> None:
        """After a failed write: roll the group back, then commit its complete documents on their own."""
        group, self._group, self._group_bytes = self._group, [], 0
        conn = self._conn
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if not group:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            for row, rows in group:
                self._insert(row, rows)
            conn.execute("COMMIT")
        except BaseException:  # the store itself is failing: keep the first error, lose only this group
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    def close(self, summary: Summary | None) -> None:
        """Record how the run ended (a killed run stays 'running'), checkpoint the WAL, close."""
        try:
            self.commit()
            if summary is not None:
                self._conn.execute(
                    "UPDATE runs SET finished_at = ?, state = ?, ok = ?, failed = ?, duplicates = ?, skipped = ?,"
                    " records = ? WHERE id = ?",
                    (
                        _now(),
                        "interrupted" if summary.interrupted else "complete",
                        summary.ok,
                        summary.failed,
                        summary.duplicates,
                        summary.skipped + summary.previously_failed,
                        summary.records,
                        self.run_id,
                    ),
                )
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._conn.close()


# ------------------------------------------------------------------------------------------------
# Files, written atomically
# ------------------------------------------------------------------------------------------------


class _AtomicFile:
    """A temporary file beside the target, renamed over it on success and removed otherwise."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, file_mode(target))  # mkstemp's 0600 would outlive the rename
        finally:
            os.close(fd)
        self.tmp = Path(tmp)

    def commit(self) -> None:
        with self.tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


class _RunMemory:
    """Files remember nothing between runs, but within one run a byte-identical copy is written once.

    The store skips such copies by hash; without the same here a folder holding a report twice
    would double every count taken from the JSONL/CSV/Parquet file.
    """

    def __init__(self) -> None:
        self._done: dict[str, str] = {}  # sha256 -> name of the document written with records

    def prior(self, source: str, member: str, sha256: str) -> Prior | None:
        return None

    def find_done(self, sha256: str) -> str | None:
        return self._done.get(sha256)

    def skip(self, source: str, member: str, name: str, reason: str) -> None:
        """Only the run's summary lists passed-over entries: a records file has no place for them."""

    def _remember(self, doc: Document) -> None:
        if doc.status is Status.OK and doc.sha256:
            self._done.setdefault(doc.sha256, doc.name)


class TextSink(_RunMemory):
    """JSONL (the records as ``cnreport extract --format jsonl`` writes them) or CSV (same columns)."""

    def __init__(self, target: Path, fmt: str, *, bom: bool = False) -> None:
        super().__init__()
        self._file = _AtomicFile(target)
        self._fh: IO[str] = self._file.tmp.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="")
        self._csv: Any = None
        if fmt == "csv":
            self._csv = csv.DictWriter(self._fh, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
            self._csv.writeheader()

    def write(self, doc: Document, records: Sequence[Record]) -> None:
        self._remember(doc)
        for r in records:
            if self._csv is not None:
                self._csv.writerow(csv_row(r))
            else:
                self._fh.write(json.dumps(record_dict(r), ensure_ascii=False) + "\n")

    def close(self, summary: Summary | None) -> None:
        self._fh.close()
        if summary is None or summary.interrupted:
            self._file.discard()
        else:
            self._file.commit()


class ParquetSink(_RunMemory):
    """Records as a Parquet table (pyarrow, extra ``analytics``), written in row groups to bound memory."""

    ROW_GROUP = 50_000

    def __init__(self, target: Path) -> None:
        try:
            # pyarrow ships no type information (no py.typed; pyarrow-stubs lags its releases)
            import pyarrow as pa  # type: ignore[import-untyped]
            import pyarrow.parquet as pq  # type: ignore[import-untyped]
        except ImportError as exc:
            raise InputError("writing Parquet needs pyarrow: pip install 'cnreport[analytics]'") from exc
        super().__init__()
        self._pa = pa
        ints = {"span_start", "span_end"}
        floats = {"value", "value_max"}
        self._schema = pa.schema(
            [
                (name, pa.int64() if name in ints else pa.float64() if name in floats else pa.string())
                for name in PARQUET_COLUMNS
            ]
        )
        self._file = _AtomicFile(target)
        self._writer = pq.ParquetWriter(str(self._file.tmp), self._schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, doc: Document, records: Sequence[Record]) -> None:
        self._remember(doc)
        for r in records:
            row = csv_row(r)
            row["value"] = float(r.value)
            row["value_max"] = None if r.value_max is None else float(r.value_max)
            row["source"], row["member"] = doc.source, doc.member
            self._rows.append(row)
            if len(self._rows) >= self.ROW_GROUP:
                self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self, summary: Summary | None) -> None:
        complete = summary is not None and not summary.interrupted
        try:
            if complete:
                self._flush()
        finally:
            self._writer.close()
        if complete:
            self._file.commit()
        else:
            self._file.discard()


def read_text_output(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL or CSV output (tests and tooling); CSV cells stay strings."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
