"""``python -m cnreport.batch batch|query …``: the batch commands without the rest of the CLI.

Useful before the commands are registered on the main ``cnreport`` app, and for running a batch as
a subprocess of known command line (the tests kill one mid-run).
"""

from __future__ import annotations

import typer

from .cli import register


def main() -> None:
    app = typer.Typer(add_completion=False, no_args_is_help=True, help="Batch processing of report archives.")
    register(app)
    app()


if __name__ == "__main__":  # guarded: forkserver/spawn workers import the main module
    main()
