"""Shared helpers for the benchmarks: the sample corpus, sizes, timing and the venv's entry point.

Not a benchmark itself; every ``bench/*.py`` script imports it from its own directory.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
MB = 1_000_000  # sizes are decimal megabytes of UTF-8 text

T = TypeVar("T")


def sample_paths() -> list[Path]:
    """The bundled sample reports, in a fixed order."""
    return sorted(SAMPLES.glob("*.txt"))


def sample_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sample_paths()]


def repeated_corpus(min_bytes: int) -> str:
    """The samples joined by blank lines and repeated until the text is at least ``min_bytes`` of UTF-8.

    Whole repetitions only, so every size holds the same mix of prose, tables and figures.
    """
    unit = "\n\n".join(sample_texts()) + "\n\n"
    unit_bytes = len(unit.encode("utf-8"))
    copies = max(1, -(-min_bytes // unit_bytes))
    return unit * copies


def utf8_mb(text: str) -> float:
    return len(text.encode("utf-8")) / MB


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result) of one call."""
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def median(values: list[float]) -> float:
    return statistics.median(values)


def cnreport_command() -> list[str]:
    """The ``cnreport`` console script of the running interpreter's environment (the venv's)."""
    candidates = [Path(sys.executable).with_name("cnreport"), ROOT / ".venv" / "bin" / "cnreport"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which("cnreport")
    if found:
        return [found]
    sys.exit("bench: no cnreport entry point found; install the package (pip install -e .) first")


def machine() -> str:
    """One line about where the figures were measured."""
    cpus = os.cpu_count() or 0
    return f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, {cpus} CPUs"


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"
