"""The per-document function every engine runs: bytes in, text and records (or a reason) out.

It runs in long-lived worker processes (local pool or Dask workers), so it uses the process's one
shared ``Extractor``: jieba's dictionary is loaded once per worker, not once per document. Anything a
document makes go wrong, a converter or the extractor raising, comes back as an ``Outcome`` with the
reason: one bad file never stops a run. Only a native crash escapes, and the runner handles that.

Results travel back as plain rows (``rows.Records``), not pydantic objects, and the local engine sends
documents in chunks (``process_chunk``): both keep the driver's share of the CPU small (issue 3). A
document with very many records sends them through a file instead (``rows.pack``), written as they
are extracted, so memory follows the batch size, not the document's size (issue 16).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NoReturn

from ..errors import InputError
from ..io.formats import Converter, convert, detect_format
from .rows import Records, SpilledRecords, pack

__all__ = ["Outcome", "Task", "init_worker", "process_alive", "process_chunk", "process_task", "warm_up"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Task:
    """What a worker needs for one document; plain data so it pickles to any process or machine."""

    name: str  # provenance, the ``doc`` of every record
    filename: str  # decides the format with the magic bytes
    data: bytes
    year: int | None = None
    subject: str | None = None
    keep_text: bool = False
    converters: Mapping[str, Converter] | None = None
    spill_dir: str | None = None  # where a large document's records go (a driver on this machine)
    data_path: str | None = None  # a large document's bytes in a file of spill_dir, ``data`` then empty

    def read(self) -> bytes:
        """The document's bytes: carried in the task, or read from the file the driver wrote."""
        if self.data_path is None:
            return self.data
        with open(self.data_path, "rb") as fh:
            return fh.read()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A document's result: records (as rows), or the error that explains why there are none."""

    format: str | None
    encoding: str | None
    records: Records | SpilledRecords = field(default_factory=lambda: Records(None))
    error: str | None = None
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    text: str | None = None


def process_chunk(tasks: Sequence[Task]) -> list[Outcome]:
    """Several documents per message to the worker and back: a pool's per-task cost is paid once."""
    return [process_task(task) for task in tasks]


def process_task(task: Task) -> Outcome:
    """Convert and extract one document; never raises for anything the document itself causes."""
    from .. import default_extractor

    start = time.perf_counter()
    try:
        data = task.read()
    except OSError as exc:
        return Outcome(None, None, error=f"cannot read the document's copy: {exc}", seconds=time.perf_counter() - start)
    fmt: str | None = detect_format(task.filename, data[:4096])
    try:
        converted = convert(data, task.filename, task.converters)
    except InputError as exc:
        return Outcome(fmt, None, error=str(exc), seconds=time.perf_counter() - start)
    except Exception as exc:  # a converter library failed on this file: record it, keep the run going
        log.debug("converter failed on %s", task.name, exc_info=True)
        error = f"cannot read as {fmt}: {type(exc).__name__}: {exc}"
        return Outcome(fmt, None, error=error, seconds=time.perf_counter() - start)
    del data  # a 200 MB report's bytes need not stay beside its text while it is read
    try:
        records = pack(
            default_extractor().iter_extract(converted.text, year=task.year, subject=task.subject, doc=task.name),
            task.name,
            task.spill_dir,
        )
    except Exception as exc:  # an extractor bug must cost one document, not the run; the reason is kept
        log.debug("extractor failed on %s", task.name, exc_info=True)
        error = f"extractor raised {type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - start
        return Outcome(converted.format, converted.encoding, error=error, warnings=converted.warnings, seconds=seconds)
    return Outcome(
        converted.format,
        converted.encoding,
        records,
        None,
        converted.warnings,
        time.perf_counter() - start,
        converted.text if task.keep_text else None,
    )


def warm_up() -> None:
    """Load jieba and the lexicon now, so the first document is not charged for it."""
    from .. import default_extractor

    default_extractor().tokenize("规模以上工业增加值同比增长")


def init_worker(driver: int | None = None, spill_dir: str | None = None) -> None:
    """Pay jieba's start-up once per worker, leave Ctrl-C to the driver, and make orphaned workers exit.

    If the driver is killed (SIGKILL leaves it no chance to shut the pool down), its workers would
    wait for work forever. Watching the parent is not enough: a worker's parent is the forkserver,
    which lives as long as any worker holds its "alive" pipe, so each waited for the other (seen
    alive 46 minutes later). A daemon thread watches the driver itself and ends the process.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle: it shuts the pool down
    if driver is not None and os.name == "posix":
        threading.Thread(target=_exit_with_driver, args=(driver, spill_dir), daemon=True).start()
    warm_up()


def _exit_with_driver(driver: int, spill_dir: str | None = None) -> None:
    """Block until the driver process ends, then exit: a pidfd becomes readable when it does.

    The run's spill folder goes too: a killed driver cannot remove it itself.
    """
    import select

    try:
        fd = os.pidfd_open(driver)
    except ProcessLookupError:  # gone before this worker started
        _leave(spill_dir)
    except (AttributeError, OSError):  # no pidfd (macOS, old kernels): ask every half second
        while process_alive(driver):
            time.sleep(0.5)
        _leave(spill_dir)
    select.select([fd], [], [])
    _leave(spill_dir)


def _leave(spill_dir: str | None) -> NoReturn:
    if spill_dir is not None:
        shutil.rmtree(spill_dir, ignore_errors=True)
    os._exit(1)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
