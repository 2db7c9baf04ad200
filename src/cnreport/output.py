"""Writing records: JSON Lines, JSON, CSV and a terminal table, atomically when to a file.

Document text is untrusted: everything shown on a terminal has control characters escaped
and is printed as plain text (never as rich markup).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import regex

from .errors import InputError
from .records import SPEC_FIELDS, Record

FORMATS = ("table", "json", "jsonl", "csv")
# What ``extract -o FILE`` writes, by suffix, as ``batch --out`` chooses by suffix.
FILE_SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl"}
CSV_FIELDS = (*SPEC_FIELDS, "doc", "span_start", "span_end", "text")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}--[\t\n]]", flags=regex.V1)


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format a file name asks for; an unknown suffix is refused rather than guessed.

    A user who names ``out.csv`` and gets JSON Lines (the old behaviour) opens a broken spreadsheet.
    """
    suffix = Path(path).suffix.lower()
    if suffix in FILE_SUFFIXES:
        return FILE_SUFFIXES[suffix]
    known = ", ".join(FILE_SUFFIXES)
    hint = " (for Excel write .csv, with --bom on Chinese Windows)" if suffix in (".xlsx", ".xls") else ""
    raise InputError(
        f"{path}: unknown output format {suffix or '(no suffix)'}; use {known}{hint}, or name one with --format"
    )


def record_dict(record: Record) -> dict[str, Any]:
    """SPEC fields plus provenance (doc, span, text); the internal rule id stays out of output."""
    data = record.to_json_dict()
    data.pop("pattern", None)
    return data


def to_jsonl(records: Iterable[Record]) -> str:
    return _rendered(records, "jsonl")


def to_json(records: Iterable[Record]) -> str:
    return _rendered(records, "json")


def _rendered(records: Iterable[Record], fmt: str, *, terminal: bool = False) -> str:
    """``records`` written as `stream_records` writes them, into a string: one writer per format."""
    buf = io.StringIO()
    stream_records(records, fmt, buf, terminal=terminal)
    return buf.getvalue()


STREAMED_FORMATS = ("jsonl", "json", "csv")
"""Formats written record by record: a 200 MB report's records never pile up in memory."""


def stream_records(records: Iterable[Record], fmt: str, fh: IO[str], *, terminal: bool = False) -> int:
    """Write ``records`` to ``fh`` as they come, exactly as `render` would; returns how many.

    JSON is written as the array ``json.dumps(..., indent=2)`` gives, one element at a time, so
    the streamed and the rendered file are the same bytes.
    """
    count = 0
    if fmt == "jsonl":
        for r in records:
            fh.write(json.dumps(record_dict(r), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        for r in records:
            item = json.dumps(record_dict(r), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            fh.write(("[\n  " if count == 0 else ",\n  ") + item)
            count += 1
        fh.write("[]\n" if count == 0 else "\n]\n")
    elif fmt == "csv":
        writer = _csv_writer(fh)
        for r in records:
            writer.writerow(csv_row(r, terminal=terminal))
            count += 1
    else:
        raise ValueError(f"{fmt} is not written record by record")
    return count


def to_csv(records: Iterable[Record], *, terminal: bool = False) -> str:
    """CSV with the columns of ``batch --out x.csv``; ``terminal`` escapes control characters in cells.

    CSV quoting does nothing against ``ESC [`` sequences: document text shown on a terminal could
    retitle the window or hide lines. A file keeps the exact text (spans index it).
    """
    return _rendered(records, "csv", terminal=terminal)


def _csv_writer(fh: IO[str]) -> csv.DictWriter[str]:
    """A CSV writer with the columns of ``batch --out x.csv``, its header written."""
    writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    return writer


def csv_row(r: Record, *, terminal: bool = False) -> dict[str, Any]:
    """A record as a flat row (the span as ``span_start``/``span_end``): CSV of ``extract`` and ``batch``."""
    row = record_dict(r)
    row["span_start"], row["span_end"] = row.pop("span")
    if terminal:
        row = {k: terminal_safe(v) if isinstance(v, str) else v for k, v in row.items()}
    return row


def terminal_safe(text: str) -> str:
    """Escape control characters (ANSI escapes, bidi overrides) so document text cannot drive a terminal."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text).replace("\n", "⏎")


# The terminal table's columns, headline figure first; the metric is the one column that wraps.
TABLE_COLUMNS = ("metric", "value", "unit", "period", "kind", "base", "subject", "qual.", "span")
HEADLINE_COLUMNS = 4
"""metric, value, unit and period are always shown; the others as the terminal width allows."""
METRIC_MIN_WIDTH = 12
"""Six Chinese characters: narrower than this the metric would be a column of fragments."""
METRIC_KEPT_WIDTH = 20
"""Optional columns are added only while the metric keeps ten characters a line (or all of it)."""
_DEFAULT_WIDTH = 160


def _table_cells(r: Record) -> list[str]:
    """One record's cells in ``TABLE_COLUMNS`` order, control characters escaped."""
    value = str(record_dict(r)["value"])
    if r.value_max is not None:
        value += f"–{record_dict(r)['value_max']}"
    cells = [
        r.metric,
        value,
        r.unit,
        r.period or "",
        str(r.kind),
        r.base or "",
        r.subject or "",
        str(r.qualifier or ""),
        f"{r.span[0]}-{r.span[1]}",
    ]
    return [terminal_safe(c) for c in cells]


def fit_columns(rows: list[list[str]], width: int, *, wide: bool = False) -> list[int]:
    """Indexes of the columns to show in ``width`` cells: the headline ones, then the shorter first.

    Every column but the metric is shown whole or not at all (a value cut or folded misleads);
    the metric wraps down to ``METRIC_MIN_WIDTH``. An optional column with nothing in it is left
    out, and one that would push the table past ``width`` too, so a narrower one may still fit.
    ``wide`` shows them all.
    """
    from rich.cells import cell_len

    natural = [max([cell_len(name), *(cell_len(row[k]) for row in rows)]) for k, name in enumerate(TABLE_COLUMNS)]
    if wide:
        return list(range(len(TABLE_COLUMNS)))
    shown = list(range(HEADLINE_COLUMNS))
    metric = min(natural[0], METRIC_KEPT_WIDTH)
    # cells, with the default box: 3 per column (padding and rule) and 1 for the left edge
    need = metric + sum(natural[k] for k in shown[1:]) + 3 * len(shown) + 1
    optional = [k for k in range(HEADLINE_COLUMNS, len(TABLE_COLUMNS)) if any(row[k] for row in rows)]
    for k in sorted(optional, key=lambda k: (natural[k], k)):
        if need + natural[k] + 3 <= width:
            shown.append(k)
            need += natural[k] + 3
    return sorted(shown)


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first, as shells set it); 160 when there is no terminal."""
    import shutil

    return shutil.get_terminal_size((_DEFAULT_WIDTH, 24)).columns


def render_table(records: list[Record], *, width: int | None = None, wide: bool = False) -> str:
    """A readable table per document, grouped by period (a rule between periods), fit to ``width``.

    The headline figure leads (metric, value, unit, period); the other columns follow as the width
    allows (``fit_columns``) and a caption names the ones left out, which ``wide`` shows (the table
    is then as wide as it needs). rich measures East Asian wide characters, so Chinese metrics wrap
    at the right column; every cell is plain text (never markup) with control characters escaped.
    """
    from itertools import groupby

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = width or terminal_width()
    buf = io.StringIO()
    by_doc = sorted(records, key=lambda r: (r.doc or "", r.period or "", r.span))
    for doc, doc_records in groupby(by_doc, key=lambda r: r.doc or ""):
        groups = [[_table_cells(r) for r in group] for _, group in groupby(doc_records, key=lambda r: r.period or "")]
        rows = [row for group in groups for row in group]
        shown = fit_columns(rows, width, wide=wide)
        hidden = [TABLE_COLUMNS[k] for k in range(len(TABLE_COLUMNS)) if k not in shown and any(r[k] for r in rows)]
        caption = Text(f"not shown: {', '.join(hidden)} (--wide shows every column)") if hidden else None
        table = Table(title=Text(terminal_safe(doc)) if doc else None, caption=caption, header_style="bold")
        for k in shown:  # rich narrows only the columns that may wrap: the metric
            table.add_column(TABLE_COLUMNS[k], overflow="fold", no_wrap=k != 0)
        for i, group in enumerate(groups):
            if i:
                table.add_section()
            for row in group:
                table.add_row(*(Text(row[k]) for k in shown))
        if wide:  # as wide as the table needs: measured on a console that does not limit it
            width = max(width, Console(file=io.StringIO(), width=1 << 16).measure(table).maximum)
        console = Console(file=buf, width=width, force_terminal=False, highlight=False, emoji=False)
        console.print(table)
    return buf.getvalue()


def render(records: list[Record], fmt: str, *, terminal: bool = False, wide: bool = False) -> str:
    """``records`` in ``fmt``; ``terminal`` when the text goes to a terminal (CSV cells are escaped).

    ``wide``: the table shows every column, however wide the terminal.
    """
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "json":
        return to_json(records)
    if fmt == "csv":
        return to_csv(records, terminal=terminal)
    return render_table(records, wide=wide)


def file_mode(target: Path) -> int:
    """The mode a new output file should get: an existing target's, else what the umask allows.

    Outputs go through ``mkstemp`` files, which are always 0600; renamed as they are, a user with
    umask 022 would find results nobody else can read, unlike every other file they write.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where /proc tells (os.umask can only set it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a result."""
    with atomic_file(path) as fh:
        fh.write(content)


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[str]]:
    """A text file that appears at ``path`` whole when the block ends, and never if it raises.

    Written beside the target (same file system, so the rename is atomic) and synced before the
    rename, so a crash or Ctrl-C leaves the old file or none, never half a result.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        os.fchmod(fd, file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
