"""Records as plain rows: what a worker sends back to the driver, ready for the SQLite store.

The driver shares two cores with the workers (issue 3), so every millisecond it spends per document
is taken from extraction. Pickling pydantic ``Record`` objects in the worker, unpickling them in the
driver and converting them to SQLite values there cost the driver about a fifth of its time per
document. Workers therefore build the ``records`` table rows themselves and send plain tuples; the
``Record`` objects are rebuilt from the rows (exactly: the decimal values travel as text) only if a
caller of ``iter_documents`` or a file output looks at them.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import islice
from typing import Any, overload

from ..records import Record

__all__ = ["SPILL_RECORDS", "RecordRow", "Records", "SpilledRecords", "SpilledRows", "number", "pack", "record_rows"]

# A document with more records than this sends them through a file, not the pipe (see `pack`).
SPILL_RECORDS = 5_000

# The ``records`` table values after document_id: idx, metric, value, value_max, unit, kind, modality,
# period, base, subject, qualifier, span_start, span_end, text, pattern.
RecordRow = tuple[Any, ...]


def number(value: Decimal | None) -> int | float | None:
    """SQLite and Parquet get plain numbers: integers stay integers, the rest become floats (SPEC: float)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def record_rows(records: Sequence[Record], first: int = 0) -> list[RecordRow]:
    """The ``records`` table values of each record (idx onwards; the store adds the document's id).

    ``first`` is the index of ``records[0]`` in its document, for a document packed in batches.
    """
    return [
        (
            first + i,
            r.metric,
            number(r.value),
            number(r.value_max),
            r.unit,
            str(r.kind),
            r.modality and str(r.modality),
            r.period,
            r.base,
            r.subject,
            r.qualifier and str(r.qualifier),
            r.span[0],
            r.span[1],
            r.text,
            r.pattern,
        )
        for i, r in enumerate(records)
    ]


def _exact(records: Sequence[Record]) -> list[tuple[str, str | None]]:
    return [(str(r.value), None if r.value_max is None else str(r.value_max)) for r in records]


class Records(Sequence[Record]):
    """A document's records as rows, built into ``Record`` objects on first access; cheap to pickle.

    ``exact`` keeps each ``(value, value_max)`` as decimal text, since the rows hold floats for SQLite.
    """

    __slots__ = ("_built", "doc", "exact", "rows")

    def __init__(
        self,
        doc: str | None,
        rows: tuple[RecordRow, ...] = (),
        exact: tuple[tuple[str, str | None], ...] = (),
    ) -> None:
        self.doc = doc
        self.rows = rows
        self.exact = exact
        self._built: list[Record] | None = None

    @classmethod
    def of(cls, records: Sequence[Record], doc: str | None) -> Records:
        """Pack records (all of document ``doc``) into rows."""
        return cls(doc, tuple(record_rows(records)), tuple(_exact(records)))

    def __reduce__(self) -> tuple[type[Records], tuple[Any, ...]]:
        """Pickle the rows only, never the built records."""
        return Records, (self.doc, self.rows, self.exact)

    def __repr__(self) -> str:
        return f"Records({self.doc!r}, {len(self.rows)} records)"

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        return self._records()[index]

    def __iter__(self) -> Iterator[Record]:
        return iter(self._records())

    def __eq__(self, other: object) -> bool:
        """Equal to another ``Records`` or list/tuple holding the same records, like a list would be."""
        if isinstance(other, Records):
            return self.rows == other.rows and self.exact == other.exact and self.doc == other.doc
        if isinstance(other, list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking sequence semantics, like list

    def _records(self) -> list[Record]:
        """All records, built once: repeated reads return the same objects, as a list would."""
        if self._built is None:
            self._built = [self._record(i) for i in range(len(self.rows))]
        return self._built

    def _record(self, i: int) -> Record:
        """The ``Record`` of row ``i``, validated like the extractor's own (enums, decimals, span)."""
        return _build(self.doc, self.rows[i], self.exact[i])


def _build(doc: str | None, row: RecordRow, exact: tuple[str, str | None]) -> Record:
    """The ``Record`` of one row, validated like the extractor's own (enums, decimals, span)."""
    (_, metric, _, _, unit, kind, modality, period, base, subject, qualifier, start, end, text, pattern) = row
    value, value_max = exact
    return Record(
        metric=metric,
        value=Decimal(value),
        value_max=None if value_max is None else Decimal(value_max),
        unit=unit,
        kind=kind,
        modality=modality,
        period=period,
        base=base,
        subject=subject,
        qualifier=qualifier,
        doc=doc,
        span=(start, end),
        text=text,
        pattern=pattern,
    )


_Batch = tuple[list[RecordRow], list[tuple[str, str | None]]]


class SpilledRows:
    """The rows of a document a worker wrote to a file: read back batch by batch, as often as needed.

    A report of hundreds of megabytes has millions of records: as one pickled message they would
    sit in the worker, the pipe and the driver at once (7 GB for a 200 MB report). Written in
    batches of `SPILL_RECORDS`, at most one batch is in memory on either side.
    """

    __slots__ = ("__weakref__", "count", "path")

    def __init__(self, path: str, count: int) -> None:
        self.path = path
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[RecordRow]:
        for rows, _ in self.batches():
            yield from rows

    def batches(self) -> Iterator[_Batch]:
        """``(rows, exact values)`` batches in order; the file was written by `pack`, so it is trusted."""
        with open(self.path, "rb") as fh:
            while True:
                try:
                    batch: _Batch = pickle.load(fh)
                except EOFError:
                    return
                yield batch


class SpilledRecords(Sequence[Record]):
    """A large document's records, in a file a worker wrote: iterating reads them batch by batch.

    It stands where `Records` does (``doc``, ``rows``, a sequence of ``Record``). Indexing reads
    the file up to the index; iterate instead. The driver that receives it calls `own`, and the
    file is removed when its rows are garbage collected.
    """

    __slots__ = ("doc", "rows")

    def __init__(self, doc: str | None, path: str, count: int) -> None:
        self.doc = doc
        self.rows = SpilledRows(path, count)

    def own(self) -> SpilledRows:
        """Delete the file when its rows go: called once, by the process that reads the records.

        The rows, not this object, hold the file: a store may keep them to write again after a
        failed commit when the records themselves are long gone.
        """
        weakref.finalize(self.rows, _remove, self.rows.path)
        return self.rows

    def __reduce__(self) -> tuple[type[SpilledRecords], tuple[Any, ...]]:
        return SpilledRecords, (self.doc, self.rows.path, self.rows.count)

    def __repr__(self) -> str:
        return f"SpilledRecords({self.doc!r}, {self.rows.count} records in {self.rows.path})"

    def __len__(self) -> int:
        return self.rows.count

    def __iter__(self) -> Iterator[Record]:
        for rows, exact in self.rows.batches():
            for row, values in zip(rows, exact, strict=True):
                yield _build(self.doc, row, values)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("record index out of range")
        return next(islice(self, index, None))


def _remove(path: str) -> None:
    try:
        os.unlink(path)
        os.rmdir(os.path.dirname(path))  # the run's spill folder, once its last file is gone
    except OSError:
        pass


def pack(records: Iterable[Record], doc: str | None, spill_dir: str | None) -> Records | SpilledRecords:
    """A document's records ready to send to the driver: rows in the message, or in a file if many.

    Past `SPILL_RECORDS` records, and when the driver shares this machine (``spill_dir``), the rows
    go to a file in ``spill_dir`` in batches as the extractor yields them, so neither the worker nor
    the driver ever holds all of them. Without ``spill_dir`` (a remote worker) all travel in the message.
    """
    it = iter(records)
    first = list(islice(it, SPILL_RECORDS))
    if len(first) < SPILL_RECORDS or spill_dir is None:
        return Records.of([*first, *it], doc)
    fd, path = tempfile.mkstemp(prefix="records-", suffix=".pickle", dir=spill_dir)
    count = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            batch = first
            while batch:
                pickle.dump((record_rows(batch, count), _exact(batch)), fh, protocol=pickle.HIGHEST_PROTOCOL)
                count += len(batch)
                batch = list(islice(it, SPILL_RECORDS))
    except BaseException:
        os.unlink(path)
        raise
    return SpilledRecords(doc, path, count)
