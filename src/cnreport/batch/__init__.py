"""Batch processing of report archives: any format in, a resumable store out, on one machine or a cluster.

>>> import cnreport
>>> summary = cnreport.batch(["reports/", "2023.zip"], "results.sqlite", workers=4)  # doctest: +SKIP
>>> for document, records in cnreport.batch.iter_documents(["reports/"]):  # doctest: +SKIP
...     print(document.name, document.status, len(records))

``cnreport.batch(...)`` is ``run_batch``: this module is callable so the package can keep the
subpackage's name for the function the issue asks for, while ``cnreport.batch.store`` and the other
submodules stay importable. Typed code can call ``cnreport.batch.run_batch`` directly.

Modules: ``sources`` (files, folders, zip/tar streams under byte budgets), ``worker`` (the
per-document function), ``store`` (SQLite/JSONL/CSV/Parquet), ``runner`` (the driver and engines),
``cli`` (``cnreport batch`` and ``cnreport query``). Bytes become text in ``cnreport.io.formats``,
shared with ``extract_file``; ``formats`` here only re-exports it.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .results import Summary

__all__ = ["BatchRun", "Document", "Limits", "Status", "Summary", "iter_documents", "run_batch"]


def run_batch(inputs: Any, out: Any, **options: Any) -> Summary:
    """See ``runner.run_batch``: process ``inputs`` into ``out`` and return the run's summary."""
    from .runner import run_batch as run

    return run(inputs, out, **options)


def iter_documents(inputs: Any, **options: Any) -> Any:
    """See ``runner.iter_documents``: ``(Document, records)`` pairs as workers finish them."""
    from .runner import iter_documents as iterate

    return iterate(inputs, **options)


def __getattr__(name: str) -> Any:
    """The data types, imported on first use so ``import cnreport`` stays fast."""
    if name in ("Document", "Status", "Summary"):
        from . import results

        return getattr(results, name)
    if name == "Limits":
        from .sources import Limits

        return Limits
    if name == "BatchRun":
        from .runner import BatchRun

        return BatchRun
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CallableModule(types.ModuleType):
    """``cnreport.batch(...)`` runs a batch; attribute access still reaches the submodules."""

    def __call__(self, inputs: Any, out: Any, **options: Any) -> Summary:
        return run_batch(inputs, out, **options)


sys.modules[__name__].__class__ = _CallableModule
