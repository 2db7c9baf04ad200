"""The ``cnreport show`` command, declared without importing the page builder.

Typer needs the command's signature to print ``cnreport --help``; the page builder (``show.py``)
pulls in the record models and numeral grammar, so it is imported only when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def show(
    file: Annotated[Path, typer.Argument(help="Report text file (UTF-8, UTF-16, GBK/GB18030, Big5).")],
    out: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write the page (default: ./NAME.cnreport.html).")
    ] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    year: Annotated[
        int | None, typer.Option(help="Reference year when the text does not say it.", min=1900, max=2100)
    ] = None,
    subject: Annotated[str | None, typer.Option(help="Region or organisation the report is about.")] = None,
    terminal: Annotated[
        bool, typer.Option("--terminal", help="Print the highlighted text here instead of writing a page.")
    ] = False,
) -> None:
    """Show what was extracted: an HTML page with highlighted spans, details and a sortable table.

    The table filters by metric, kind, period and subject, and by free text, inside the page.
    Numbers the engine saw but turned into no record are marked too, so misses are visible
    (dates and ordinals never are).
    With --terminal the text is printed with highlighted spans; a page is then written only
    when -o or --open asks for one.
    """
    from .show import run_show

    run_show(file, out, open_page, year, subject, terminal)


def register(app: typer.Typer) -> None:
    """Add the ``show`` command to the CLI."""
    app.command("show")(show)
