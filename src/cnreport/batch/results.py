"""What a batch run says about each document and about itself: ``Document`` and ``Summary``.

Plain frozen data shared by the runner, the stores and the CLI, so the Python API yields exactly
what the SQLite ``documents`` table holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Document", "Status", "Summary"]

# The summary keeps this many failures in memory; the store keeps them all.
MAX_LISTED_FAILURES = 1000


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"
    DUPLICATE = "duplicate"  # same content (sha256) as a document already done: no records of its own


@dataclass(frozen=True, slots=True)
class Document:
    """One input document and what became of it; ``name`` is the ``doc`` of its records."""

    source: str  # the file on disk
    member: str  # the path inside the archive(s), nested ones joined with '::'; '' for a plain file
    name: str  # source, or source::member
    sha256: str  # of the document's bytes; '' when they could not be read
    size: int
    status: Status
    format: str | None = None
    encoding: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    n_records: int = 0
    seconds: float = 0.0
    duplicate_of: str | None = None  # name of the document holding the records
    text: str | None = None  # the converted text the spans index (only with keep_text)


@dataclass(slots=True)
class Summary:
    """Counts of one run; ``exit_code`` is 0 when every document succeeded, else 1."""

    ok: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped: int = 0  # done in an earlier run (same content, same options)
    previously_failed: int = 0  # failed in an earlier run and not retried (see --retry-failed)
    records: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    out: str | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)  # (name, error), the first MAX_LISTED_FAILURES
    # Links and special entries passed over (a link leaving the input folder, a FIFO, an archive's
    # symlink member): never read, so never documents, but a user must see that they were there.
    passed_over: int = 0
    not_read: list[tuple[str, str]] = field(default_factory=list)  # (name, reason), the first MAX_LISTED_FAILURES

    @property
    def documents(self) -> int:
        return self.ok + self.failed + self.duplicates + self.skipped + self.previously_failed

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.previously_failed or self.interrupted else 0

    def add_not_read(self, name: str, reason: str) -> None:
        self.passed_over += 1
        if len(self.not_read) < MAX_LISTED_FAILURES:
            self.not_read.append((name, reason))

    def add_failure(self, name: str, error: str) -> None:
        if len(self.failures) < MAX_LISTED_FAILURES:
            self.failures.append((name, error))
