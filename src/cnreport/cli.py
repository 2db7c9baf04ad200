"""The ``cnreport`` command: a thin Typer layer over the public API."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import CnreportError

if TYPE_CHECKING:
    from .records import Record

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Chinese economic reports into structured records (metric, value, unit, period, base).",
)


class ScriptChoice(StrEnum):
    original = "original"
    simplified = "simplified"


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"cnreport {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    # Options of `cnreport` itself (before the command); no docstring, so --help keeps the app's text.
    pass


def _err(message: str) -> None:
    from .output import terminal_safe

    sys.stderr.write(f"cnreport: {terminal_safe(message)}\n")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Report text files (UTF-8, UTF-16, GBK/GB18030, Big5).")],
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, jsonl otherwise)."),
    ] = None,
    year: Annotated[
        int | None, typer.Option(help="Reference year when the text does not say it.", min=1900, max=2100)
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Region or organisation the report is about.")] = None,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically).")] = None,
    script: Annotated[
        ScriptChoice,
        typer.Option("--script", help="Write a Traditional document's names as written, or in Simplified."),
    ] = ScriptChoice.original,
    max_size: Annotated[int, typer.Option("--max-size", min=1, help="Largest file read, in MiB.")] = 256,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start CSV with a UTF-8 BOM, so Excel on Chinese Windows reads it.")
    ] = False,
) -> None:
    """Extract records from report files; one bad file never stops the others."""
    from .output import render, to_jsonl, write_atomic

    chosen = _extract_format(fmt, out)
    if bom and chosen != "csv":
        _err("--bom is for CSV output (Excel); name a .csv file or use --format csv")
        raise typer.Exit(2)
    terminal = out is None and sys.stdout.isatty()
    reading = _Reading(year, subject, script.value, max_size << 20)
    with _progress(len(files)) as advance:
        if chosen == "jsonl" and out is None:
            # Streamed record by record, so the records of a 50 MB report never pile up in memory.
            for path in files:
                count = 0
                for record in reading.records(path):
                    sys.stdout.write(to_jsonl((record,)))
                    count += 1
                advance(count)
            raise typer.Exit(1 if reading.failed else 0)
        records: list[Record] = []
        for path in files:
            before = len(records)
            records.extend(reading.records(path))
            advance(len(records) - before)
    content = ("\ufeff" if bom else "") + render(records, chosen, terminal=terminal)
    if out is not None:
        try:
            write_atomic(out, content)
        except OSError as exc:
            _err(f"{out}: cannot write: {exc.strerror or exc}")
            raise typer.Exit(1) from None
    else:
        sys.stdout.write(content)
    raise typer.Exit(1 if reading.failed else 0)


class _Reading:
    """The files of one ``extract`` run: each read under the size cap, its problem one stderr line."""

    def __init__(self, year: int | None, subject: str | None, script: str, max_bytes: int) -> None:
        from . import default_extractor

        self.extractor = default_extractor()
        self.year, self.subject, self.script, self.max_bytes = year, subject, script, max_bytes
        self.failed = 0

    def records(self, path: Path) -> Iterator[Record]:
        """The records of one file, or none and a line on stderr naming the file and the problem."""
        from .readers import read_text_file

        try:
            text = read_text_file(path, max_bytes=self.max_bytes)
            yield from self.extractor.iter_extract(
                text, year=self.year, subject=self.subject, doc=str(path), script=self.script
            )
        except CnreportError as exc:
            _err(f"{path}: {exc}")
            self.failed += 1


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A bar on stderr while files are read, as ``batch`` shows, only when a person watches stderr.

    Yields ``advance(records_of_the_file)``. Into a pipe or a log nothing is written.
    """
    if not sys.stderr.isatty():
        yield lambda _n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[records]} records ·"),
        TimeElapsedColumn(),
        console=Console(stderr=True, highlight=False),
    )
    with progress:
        bar = progress.add_task("extract", total=total, records=0)
        counted = 0

        def advance(n: int) -> None:
            nonlocal counted
            counted += n
            progress.update(bar, advance=1, records=counted)

        yield advance


def _extract_format(fmt: Format | None, out: Path | None) -> str:
    """--format if given; else the output file's suffix (unknown ones exit 2); else by the terminal."""
    if fmt is not None:
        return fmt.value
    if out is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    from .output import format_for_path

    try:
        return format_for_path(out)
    except CnreportError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    from .records import Record

    sys.stdout.write(json.dumps(Record.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold facts (JSONL, SPEC section 6).")],
    pred: Annotated[Path, typer.Argument(help="Predicted records (JSONL, e.g. from extract --format jsonl).")],
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List misses and false positives.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Print each document's F1.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON line.")] = False,
) -> None:
    """Score predictions against gold facts exactly as shared/eval/score.py does."""
    from .scoring import evaluate as run
    from .scoring import format_errors, format_summary, load_jsonl, summary_json

    for p in (gold, pred):
        if not p.is_file():
            _err(f"{p}: no such file")
            raise typer.Exit(1)
    try:
        res = run(load_jsonl(str(gold)), load_jsonl(str(pred)))
    except SystemExit as exc:  # load_jsonl reports a bad line this way, as score.py does
        _err(str(exc.code))
        raise typer.Exit(1) from None
    lines = format_errors(res) if show_errors else []
    if per_doc:
        lines += [ln for ln in format_summary(res, per_doc=True) if ln.startswith("  ")]
    lines += [summary_json(res)] if as_json else format_summary(res)
    sys.stdout.write("\n".join(lines) + "\n")


def _register_subcommands() -> None:
    """Commands that live in their own modules (imported lazily inside each command)."""
    from .batch.cli import register as register_batch
    from .show_cli import register as register_show

    register_batch(app)
    register_show(app)


_register_subcommands()


def main() -> None:
    app()
