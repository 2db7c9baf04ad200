"""``cnreport batch`` and ``cnreport query``: thin Typer commands over ``runner`` and the SQLite store.

``register(app)`` adds both commands to the main ``cnreport`` app (or to any Typer app, as the tests do).
Exit status: 0 when every document succeeded, 1 when some failed (all listed in the store and the
summary), 2 on unusable arguments, 130 when interrupted. Document text shown on a terminal goes
through ``terminal_safe``: names and errors come from untrusted archives.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import CnreportError, InputError

if TYPE_CHECKING:
    from rich.progress import Task as ProgressTask
    from rich.text import Text

    from .results import Summary

__all__ = ["register"]

# How many failures the closing summary lists (the store has them all: `cnreport query STORE --failed`).
SHOWN_FAILURES = 20


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


def terminal_safe(text: str) -> str:
    """``output.terminal_safe``, imported when first needed: ``cnreport --help`` should not load the engine."""
    from ..output import terminal_safe as escape

    return escape(text)


def _err(message: str) -> None:
    sys.stderr.write(f"cnreport: {terminal_safe(message)}\n")


def _usage(message: str) -> typer.Exit:
    _err(message)
    return typer.Exit(2)


def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Files, folders (recursive) and archives (.zip .tar .tar.gz .tgz .tar.bz2 .tar.xz).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Results: .sqlite (resumable store), .jsonl, .csv or .parquet (written atomically)."
        ),
    ] = Path("results.sqlite"),
    include: Annotated[
        list[str] | None,
        typer.Option(help="Only documents matching this glob (repeatable; default: every format cnreport reads)."),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Skip documents, folders and archives matching this glob (repeatable).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=0, help="Worker processes (default: the machine's cores; 0: in this process).")
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Process documents that failed in an earlier run again.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary, only failures.")
    ] = False,
    year: Annotated[
        int | None, typer.Option(help="Reference year when a text does not say it.", min=1900, max=2100)
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Region or organisation the reports are about.")] = None,
    engine: Annotated[
        EngineName, typer.Option(help="local: a process pool here; dask: a Dask cluster (extra 'dask').")
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)."),
    ] = None,
    keep_text: Annotated[
        bool, typer.Option("--keep-text", help="Store each document's converted text (the text spans index).")
    ] = False,
    max_size: Annotated[int, typer.Option("--max-size", min=1, help="Largest document read, in MiB.")] = 256,
    follow_links: Annotated[
        bool,
        typer.Option("--follow-links", help="Read symbolic links whose target lies outside the input folders."),
    ] = False,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start a .csv output with a UTF-8 BOM, so Excel on Windows reads it.")
    ] = False,
) -> None:
    """Extract records from folders and archives of reports into one store; reruns skip what is done."""
    from ..io.limits import MiB
    from .runner import BatchRun
    from .sources import Limits, count_items

    if scheduler and engine is not EngineName.dask:
        raise _usage("--scheduler needs --engine dask")
    limits = Limits(max_document_bytes=max_size * MiB)
    show_progress = _progress_wanted(quiet)
    try:
        run = BatchRun(
            inputs,
            out,
            include=include,
            exclude=exclude or (),
            workers=workers,
            engine=engine.value,
            scheduler=scheduler,
            retry_failed=retry_failed,
            year=year,
            subject=subject,
            keep_text=keep_text,
            follow_links=follow_links,
            bom=bom,
            limits=limits,
        )
    except InputError as exc:
        raise _usage(str(exc)) from None
    except KeyboardInterrupt:  # while the store opened or the workers were made: nothing was read yet
        _err("interrupted before any document was read")
        raise typer.Exit(130) from None
    terminated = False
    try:
        with _sigterm_interrupts(), run:
            if show_progress:
                total = count_items(run.inputs, run.filters, limits)
                _run_with_progress(run, total)
            else:
                for _ in run:
                    pass
    except KeyboardInterrupt as exc:
        run.summary.interrupted = True
        terminated = isinstance(exc, _Terminated)
    except CnreportError as exc:  # the workers could not start: nothing was the documents' fault
        _err(str(exc))
        raise typer.Exit(1) from None
    _print_summary(run.summary, quiet=quiet)
    if run.summary.interrupted:
        raise typer.Exit(143 if terminated else 130)
    raise typer.Exit(run.summary.exit_code)


class _Terminated(KeyboardInterrupt):
    """SIGTERM (a service stopping, ``kill``): handled as Ctrl-C is, the run marked interrupted."""


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Turn SIGTERM into ``_Terminated`` while the run lasts, so the store records the interruption and
    the workers are ended instead of being left behind by a driver that just vanished."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _progress_wanted(quiet: bool) -> bool:
    """A bar only for a person at a terminal: never with --quiet, never into a pipe or a log file."""
    return not quiet and sys.stderr.isatty()


def _run_with_progress(run: Any, total: int) -> None:
    """A rich bar on stderr, updated in this process only, as results arrive."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Documents per second (rich's own speed column speaks of bytes)."""

        def render(self, task: ProgressTask) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:.1f} docs/s")

    progress = Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs · {task.fields[records]} records · {task.fields[errors]} errors ·"),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    with progress:
        bar = progress.add_task("batch", total=total, records=0, errors=0)
        for _ in run:
            s = run.summary
            progress.update(bar, completed=s.documents, records=s.records, errors=s.failed + s.previously_failed)
        progress.update(bar, total=max(total, run.summary.documents))


def _print_summary(summary: Summary, *, quiet: bool) -> None:
    s = summary
    if not quiet:
        rate = s.documents / s.seconds if s.seconds else 0.0
        parts = [f"{s.ok:,} ok", f"{s.failed:,} failed"]
        if s.duplicates:
            parts.append(f"{s.duplicates:,} duplicates")
        if s.skipped:
            parts.append(f"{s.skipped:,} skipped (done earlier)")
        if s.previously_failed:
            parts.append(f"{s.previously_failed:,} failed earlier, not retried")
        head = "interrupted after" if s.interrupted else "done:"
        _err(
            f"{head} {s.documents:,} documents in {s.seconds:.1f} s ({rate:.1f} docs/s): "
            f"{', '.join(parts)}; {s.records:,} records -> {s.out}"
        )
        if s.interrupted:
            if s.out and Path(s.out).suffix.lower() in (".jsonl", ".csv", ".parquet"):
                _err(f"{s.out} was not written (incomplete run); a .sqlite store can be resumed")
            else:
                _err("rerun the same command to finish: documents already stored are skipped")
    if s.passed_over:
        _err(f"not read ({s.passed_over:,} links or special files; --follow-links reads links leaving the inputs):")
        for name, reason in s.not_read[:SHOWN_FAILURES]:
            sys.stderr.write(f"  {terminal_safe(name)}: {terminal_safe(reason)}\n")
        if s.passed_over > SHOWN_FAILURES:
            sys.stderr.write(f"  … and {s.passed_over - SHOWN_FAILURES:,} more (the store's skipped table)\n")
    total_failures = s.failed + s.previously_failed
    if total_failures:
        _err(f"failed ({total_failures:,}):")
        for name, error in s.failures[:SHOWN_FAILURES]:
            sys.stderr.write(f"  {terminal_safe(name)}: {terminal_safe(error)}\n")
        if total_failures > SHOWN_FAILURES:
            more = total_failures - SHOWN_FAILURES
            where = f"cnreport query {s.out} --failed" if s.out and s.out.endswith((".sqlite", ".db")) else "the log"
            sys.stderr.write(f"  … and {more:,} more (see {terminal_safe(where)})\n")


# ------------------------------------------------------------------------------------------------
# query
# ------------------------------------------------------------------------------------------------

# The columns of `extract --format csv` (output.CSV_FIELDS), spelled out so that importing the CLI
# does not load the record models: `cnreport --help` stays fast. tests/test_batch_cli.py checks they agree.
FACT_COLUMNS = (
    "metric",
    "value",
    "value_max",
    "unit",
    "kind",
    "modality",
    "period",
    "base",
    "subject",
    "qualifier",
    "doc",
    "span_start",
    "span_end",
    "text",
)
_TABLE_COLUMNS = ("metric", "value", "unit", "kind", "period", "base", "subject", "doc")


def build_query(
    *,
    metric: str | None = None,
    kind: str | None = None,
    period: str | None = None,
    subject: str | None = None,
    unit: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> tuple[str, list[Any]]:
    """SQL over the ``facts`` view for the given filters; ``*``/``?`` make a filter a glob.

    A period filter matches the period and everything inside it: ``2024`` finds 2024, 2024-H1,
    2024-08 and 2024-01/2024-08.
    """
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("metric", metric), ("kind", kind), ("subject", subject), ("unit", unit), ("doc", doc)):
        if value is None:
            continue
        if any(ch in value for ch in "*?["):
            where.append(f"{column} GLOB ?")
        else:
            where.append(f"{column} = ?")
        args.append(value)
    if period is not None:
        if any(ch in period for ch in "*?["):
            where.append("period GLOB ?")
            args.append(period)
        else:
            where.append("(period = ? OR period GLOB ?)")
            args += [period, f"{period}[-/]*"]
    sql = f"SELECT {', '.join(FACT_COLUMNS)} FROM facts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY metric, period, doc, span_start"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return sql, args


def query(
    store: Annotated[Path, typer.Argument(help="A store written by cnreport batch (.sqlite).", show_default=False)],
    metric: Annotated[
        str | None, typer.Option("--metric", "-m", help="Metric, e.g. 规模以上工业增加值; * and ? make it a glob.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="level, growth_rate, change, share, gap, contribution, rank.")
    ] = None,
    period: Annotated[
        str | None, typer.Option(help="Period and everything inside it: 2024 also finds 2024-H1 and 2024-08.")
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Region or organisation, e.g. 武汉.")] = None,
    unit: Annotated[str | None, typer.Option(help="Unit, e.g. % or 元.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only records from documents whose name matches this glob.")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="List the documents that failed, with the reason.")] = False,
    documents: Annotated[bool, typer.Option("--documents", help="List every document and its status.")] = False,
    sql: Annotated[
        str | None, typer.Option("--sql", help="Run this SQL (read-only) on the store: views facts and failures.")
    ] = None,
    fmt: Annotated[
        QueryFormat | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, jsonl otherwise)."),
    ] = None,
    # SQLite integers are 64-bit: a larger limit would overflow inside sqlite3 with a traceback.
    limit: Annotated[int | None, typer.Option(min=1, max=2**63 - 1, help="At most this many rows.")] = None,
) -> None:
    """Query a batch store without writing code: e.g. every 规模以上工业增加值 growth rate by period."""
    from .store import connect_readonly

    if sum(bool(x) for x in (failed, documents, sql)) > 1:
        raise _usage("use one of --failed, --documents and --sql")
    try:
        conn = connect_readonly(store)
    except InputError as exc:
        raise _usage(str(exc)) from None
    args: list[Any] = []
    if failed:
        statement = "SELECT doc, format, error FROM failures ORDER BY doc"
    elif documents:
        statement = "SELECT name AS doc, status, format, encoding, n_records, error FROM documents ORDER BY name"
    elif sql:
        statement = sql
    else:
        statement, args = build_query(
            metric=metric, kind=kind, period=period, subject=subject, unit=unit, doc=doc, limit=limit
        )
    if limit is not None and (failed or documents or sql):
        statement = f"SELECT * FROM ({statement}) LIMIT {int(limit)}"
    try:
        cursor = conn.execute(statement, args)
        columns = [d[0] for d in cursor.description or ()]
        rows = cursor.fetchall()
    except sqlite3.Error as exc:
        if "not authorized" in str(exc) or "authorization denied" in str(exc):
            raise _usage(
                "query failed: not allowed; queries only read (no ATTACH, VACUUM INTO, writes or settings)"
            ) from None
        raise _usage(f"query failed: {exc}") from None
    finally:
        conn.close()
    terminal = sys.stdout.isatty()
    chosen = fmt.value if fmt else ("table" if terminal else "jsonl")
    sys.stdout.write(render_rows(columns, rows, chosen, terminal=terminal))


def render_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str, *, terminal: bool = False) -> str:
    """Rows in ``fmt``; on a ``terminal`` CSV cells are escaped as the table's are (untrusted text)."""
    import io

    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([terminal_safe(c) if terminal and isinstance(c, str) else c for c in row])
        return buf.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n" for row in rows)
    if fmt == "json":
        return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    return _table(columns, rows)


def _table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A rich table of plain text cells (never markup); fact queries show the readable columns only."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    shown = [i for i, c in enumerate(columns) if c in _TABLE_COLUMNS] if columns == list(FACT_COLUMNS) else None
    indexes = shown if shown else list(range(len(columns)))
    buf = io.StringIO()
    console = Console(file=buf, width=160, force_terminal=False, highlight=False, emoji=False)
    table = Table(header_style="bold")
    for i in indexes:
        table.add_column(columns[i], overflow="fold")
    for row in rows:
        table.add_row(*(Text(terminal_safe("" if row[i] is None else str(row[i]))) for i in indexes))
    console.print(table)
    console.print(Text(f"{len(rows)} rows"))
    return buf.getvalue()


def register(app: typer.Typer) -> None:
    """Add ``batch`` and ``query`` to a Typer app (the ``cnreport`` command, or a test's own app)."""
    app.command("batch")(batch)
    app.command("query")(query)
