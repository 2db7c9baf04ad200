"""The ``cnreport`` command: a thin Typer layer over the public API."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, Literal

import typer

from .errors import CnreportError

if TYPE_CHECKING:
    from .explain import Explanation
    from .records import Record

_YEAR_HELP = (
    "The year the figures are about, where the text does not say it: a year the text states "
    "(a data note, a title's 2021年上半年) stands, and so does a year written next to a period."
)
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
        int | None,
        typer.Option(help=_YEAR_HELP, min=1900, max=2100),
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
    wide: Annotated[bool, typer.Option("--wide", help="Table only: every column, however wide the terminal.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="JSON/JSONL only: add each record's rules ({\"construction\": id}) and each document's decisions"
            ' (JSONL: a first line {"doc", "decisions"} per document; JSON: {"documents", "records"}).',
        ),
    ] = False,
) -> None:
    """Extract records from report files; one bad file never stops the others."""
    from .output import STREAMED_FORMATS, atomic_file, render, stream_records, write_atomic

    chosen = _extract_format(fmt, out)
    if bom and chosen != "csv":
        _err("--bom is for CSV output (Excel); name a .csv file or use --format csv")
        raise typer.Exit(2)
    if wide and chosen != "table":
        _err("--wide is for the table format (a terminal, or --format table)")
        raise typer.Exit(2)
    if explain and chosen not in ("json", "jsonl"):
        _err("--explain is for JSON and JSONL output; `cnreport explain FILE` prints the trail for reading")
        raise typer.Exit(2)
    terminal = out is None and sys.stdout.isatty()
    reading = _Reading(year, subject, script.value, max_size << 20)
    with _progress(len(files)) as advance:
        if explain:
            _extract_explained(files, chosen, reading, out, advance)
            raise typer.Exit(1 if reading.failed else 0)
        if chosen in STREAMED_FORMATS:
            # Record by record into the output, so the records of a 200 MB report never pile up in memory.
            def write(fh: IO[str]) -> None:
                records = (r for path in files for r in _counted(reading.records(path), advance))
                if bom:
                    fh.write("\ufeff")
                stream_records(records, chosen, fh, terminal=terminal)

            if out is None:
                write(sys.stdout)
                raise typer.Exit(1 if reading.failed else 0)
            try:
                with atomic_file(out) as fh:
                    write(fh)
            except OSError as exc:
                _err(f"{out}: cannot write: {exc.strerror or exc}")
                raise typer.Exit(1) from None
            raise typer.Exit(1 if reading.failed else 0)
        records: list[Record] = []  # a table is laid out from all of its rows
        for path in files:
            before = len(records)
            records.extend(reading.records(path))
            advance(len(records) - before)
    content = render(records, chosen, terminal=terminal, wide=wide)
    if out is not None:
        try:
            write_atomic(out, content)
        except OSError as exc:
            _err(f"{out}: cannot write: {exc.strerror or exc}")
            raise typer.Exit(1) from None
    else:
        sys.stdout.write(content)
    raise typer.Exit(1 if reading.failed else 0)


def _counted(records: Iterator[Record], advance: Callable[[int], None]) -> Iterator[Record]:
    """``records``, telling the progress bar how many there were once the file is done."""
    count = 0
    for record in records:
        count += 1
        yield record
    advance(count)


class _Reading:
    """The files of one ``extract`` run: each read under the size cap, its problem one stderr line."""

    def __init__(self, year: int | None, subject: str | None, script: str, max_bytes: int) -> None:
        from . import default_extractor

        self.extractor = default_extractor()
        self.year, self.subject, self.script, self.max_bytes = year, subject, script, max_bytes
        self.failed = 0

    def records(self, path: Path) -> Iterator[Record]:
        """The records of one file, or none and a line on stderr naming the file and the problem."""
        from .io.files import read_text_file

        try:
            text = read_text_file(path, max_bytes=self.max_bytes)
            yield from self.extractor.iter_extract(
                text, year=self.year, subject=self.subject, doc=str(path), script=_literal_script(self.script)
            )
        except CnreportError as exc:
            _err(f"{path}: {exc}")
            self.failed += 1

    def text(self, path: Path) -> str | None:
        """The text of one file as `records` reads it, or None and a line on stderr."""
        from .io.files import read_text_file

        try:
            return read_text_file(path, max_bytes=self.max_bytes)
        except CnreportError as exc:
            _err(f"{path}: {exc}")
            self.failed += 1
            return None


def _extract_explained(
    files: list[Path], chosen: str, reading: _Reading, out: Path | None, advance: Callable[[int], None]
) -> None:
    """``extract --explain``: records with their rules, each document's decisions before its records.

    JSONL to stdout is streamed as without --explain; JSON becomes ``{"documents", "records"}``
    since a bare list of records has no place for what was decided about each document.
    """
    from .explain import decisions_json, document_decisions, explained_record_dict
    from .output import write_atomic

    stream = chosen == "jsonl" and out is None
    lines: list[str] = []
    documents: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for path in files:
        text = reading.text(path)
        count = 0
        try:
            if text is None:
                continue
            prepared = reading.extractor.prepare_document(text, year=reading.year, subject=reading.subject)
            script = _literal_script(reading.script)
            head = {"doc": str(path), "decisions": decisions_json(document_decisions(prepared, script=script))}
            documents.append(head)
            lines.append(json.dumps(head, ensure_ascii=False) + "\n")
            for record in reading.extractor.iter_prepared(prepared, doc=str(path), script=script):
                data = explained_record_dict(record)
                records.append(data)
                lines.append(json.dumps(data, ensure_ascii=False) + "\n")
                count += 1
                if stream:
                    sys.stdout.write("".join(lines))
                    lines.clear()
            if stream:
                sys.stdout.write("".join(lines))
                lines.clear()
        except CnreportError as exc:
            _err(f"{path}: {exc}")
            reading.failed += 1
        finally:
            advance(count)
    if stream:
        return
    if chosen == "json":
        content = json.dumps({"documents": documents, "records": records}, ensure_ascii=False, indent=2) + "\n"
    else:
        content = "".join(lines)
    if out is None:
        sys.stdout.write(content)
        return
    try:
        write_atomic(out, content)
    except OSError as exc:
        _err(f"{out}: cannot write: {exc.strerror or exc}")
        reading.failed += 1


def _literal_script(script: str) -> Literal["original", "simplified"]:
    return "simplified" if script == "simplified" else "original"


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"


# --help rewraps paragraphs given on one line; the docstring's line breaks it would keep.
_EXPLAIN_HELP = (
    "Show why each record came out so: the document's decisions and each record's construction.\n\n"
    "Per document: the reference year, year of writing, publication day, default period, subject and currency, "
    "each with the rule that decided it and the text it rests on; then each record with its fields, its "
    "construction id, its span and the source line around it."
)


@app.command(help=_EXPLAIN_HELP)
def explain(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="A sentence or paragraph to explain, or report files (an existing path is read as extract reads it).",
            metavar="TEXT_OR_FILE",
        ),
    ],
    fmt: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="text (for reading) or json (the same, as data).")
    ] = ExplainFormat.text,
    year: Annotated[
        int | None,
        typer.Option(help=_YEAR_HELP, min=1900, max=2100),
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Region or organisation the report is about.")] = None,
    script: Annotated[
        ScriptChoice,
        typer.Option("--script", help="Write a Traditional document's names as written, or in Simplified."),
    ] = ScriptChoice.original,
    max_size: Annotated[int, typer.Option("--max-size", min=1, help="Largest file read, in MiB.")] = 256,
) -> None:
    """Show why each record came out so: the document's decisions and each record's construction.

    Per document: the reference year, year of writing, publication day, default period, subject
    and currency, each with the rule that decided it and the text it rests on; then each record
    with its fields, its construction id, its span and the source line around it.
    """
    from .explain import explain_text, render_text, to_json

    reading = _Reading(year, subject, script.value, max_size << 20)
    chosen_script = _literal_script(script.value)
    explanations: list[Explanation] = []
    for arg in inputs:
        doc, text = _explain_input(arg, reading)
        if text is None:
            continue
        try:
            ex = explain_text(reading.extractor, text, year=year, subject=subject, doc=doc, script=chosen_script)
        except CnreportError as exc:
            _err(f"{doc or 'text'}: {exc}")
            reading.failed += 1
            continue
        if fmt == ExplainFormat.text:
            sys.stdout.write(("\n" if explanations else "") + render_text([ex]))
        explanations.append(ex)
    if fmt == ExplainFormat.json:
        sys.stdout.write(to_json(explanations))
    raise typer.Exit(1 if reading.failed else 0)


# A missing file named on the command line, not a sentence: no space, and a file suffix or a path.
_PATH_LIKE = re.compile(r"\S+\.[A-Za-z][A-Za-z0-9]{0,4}|[^\s\u3000-\u9fff]*/[^\s\u3000-\u9fff]*")


def _explain_input(arg: str, reading: _Reading) -> tuple[str | None, str | None]:
    """(doc, text) of one argument: an existing path is a file (read as extract reads it), else text.

    An argument that looks like a file name but names none is reported, not explained as a sentence.
    """
    path = Path(arg)
    try:
        exists = path.exists()
    except (OSError, ValueError):  # a long paragraph is no valid path
        exists = False
    if exists:
        return str(path), reading.text(path)
    if _PATH_LIKE.fullmatch(arg):
        _err(f"{arg}: no such file")
        reading.failed += 1
        return str(path), None
    return None, arg


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
