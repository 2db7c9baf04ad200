"""Records as plain rows: what a worker sends back to the driver, ready for the SQLite store.

The driver shares two cores with the workers (issue 3), so every millisecond it spends per document
is taken from extraction. Pickling pydantic ``Record`` objects in the worker, unpickling them in the
driver and converting them to SQLite values there cost the driver about a fifth of its time per
document. Workers therefore build the ``records`` table rows themselves and send plain tuples; the
``Record`` objects are rebuilt from the rows (exactly: the decimal values travel as text) only if a
caller of ``iter_documents`` or a file output looks at them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, overload

from ..records import Record

__all__ = ["RecordRow", "Records", "number", "record_rows"]

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


def record_rows(records: Sequence[Record]) -> list[RecordRow]:
    """The ``records`` table values of each record (idx onwards; the store adds the document's id)."""
    return [
        (
            i,
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
        exact = tuple((str(r.value), None if r.value_max is None else str(r.value_max)) for r in records)
        return cls(doc, tuple(record_rows(records)), exact)

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
        (_, metric, _, _, unit, kind, modality, period, base, subject, qualifier, start, end, text, pattern) = (
            self.rows[i]
        )
        value, value_max = self.exact[i]
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
            doc=self.doc,
            span=(start, end),
            text=text,
            pattern=pattern,
        )
