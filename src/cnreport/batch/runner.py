"""The driver of a batch run: inputs → skip/dedupe decisions → an engine's workers → the store.

The driver is the single writer. It reads documents one at a time (``sources``), hashes them, skips
what the store already holds (same content, same options), notices repeated content, and keeps a
bounded window of documents in flight, so memory does not grow with the archive.

Engines run the same per-document function (``worker.process_task``):

- ``local``: a pool of long-lived worker processes (jieba starts once per worker), sent documents in
  chunks (``CHUNK_DOCUMENTS``): each pool task costs the driver's threads a few wake-ups and a
  pickle, which on a 2-core machine is CPU taken from the workers (issue 3). A native crash in a
  worker (a PDF library segfault) breaks the whole ``ProcessPoolExecutor``: every chunk in flight
  fails with ``BrokenProcessPool``. The pool is restarted and those documents are retried one at a
  time, so only the document that crashes a worker on its own is marked failed;
- ``inline`` (``workers=0``): in this process, for debugging and small jobs; no crash isolation;
- ``dask``: an existing cluster (``scheduler`` address) or a local one; results still come back to
  this driver, which writes them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import multiprocessing
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import CnreportError, InputError
from ..io.formats import Converter, detect_format
from ..records import Record
from .results import Document, Status, Summary
from .rows import SpilledRecords, SpilledRows
from .sources import DEFAULT_INCLUDE, Filters, Item, Limits, check_inputs, iter_items
from .store import Sink, open_sink, options_key
from .worker import Outcome, Task, init_worker, process_alive, process_chunk, warm_up

__all__ = ["ENGINES", "BatchRun", "WorkerStartError", "default_workers", "iter_documents", "run_batch"]

ENGINES = ("local", "dask")
# Bytes of document data allowed in flight at once (at least one document is always allowed).
MAX_INFLIGHT_BYTES = 512 << 20
# The local pool's documents per task, and bytes: a chunk is sent when either is reached (or the inputs end).
CHUNK_DOCUMENTS = 8
CHUNK_BYTES = 1 << 20
# A document larger than this goes to local workers as a file in the run's spill folder, not
# pickled through the pipe: the driver and the worker never hold two extra copies of it.
FILE_TASK_BYTES = 16 << 20
_HEAD_BYTES = 4096  # what format detection reads
CRASH_ERROR = (
    "worker process crashed on this document (a native crash, e.g. in the PDF library, or out of memory); "
    "it crashed again when retried alone"
)


def default_workers() -> int:
    """The machine's cores (the CPUs this process may use, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------------------------------------
# Engines
# ------------------------------------------------------------------------------------------------


class WorkerStartError(CnreportError):
    """The worker processes die as they start: nothing can be processed (not a document's fault)."""


class _WorkerCrashed(Exception):
    """The worker running a document died (only the local pool can tell)."""


class Engine(Protocol):
    window: int  # tasks in flight at most
    chunk: int  # documents per task at most

    def submit(self, tasks: Sequence[Task]) -> Any: ...

    def wait_any(self, futures: Sequence[Any]) -> set[Any]: ...

    def outcomes(self, future: Any) -> list[Outcome]: ...

    def restart(self) -> None: ...

    def close(self) -> None: ...


class InlineEngine:
    """Runs each document in this process at submit time (``workers=0``)."""

    window = 1
    chunk = 1

    def submit(self, tasks: Sequence[Task]) -> Future[list[Outcome]]:
        fut: Future[list[Outcome]] = Future()
        fut.set_result(process_chunk(tasks))
        return fut

    def wait_any(self, futures: Sequence[Any]) -> set[Any]:
        return set(futures)

    def outcomes(self, future: Any) -> list[Outcome]:
        result: list[Outcome] = future.result()
        return result

    def restart(self) -> None:  # pragma: no cover - nothing can break
        pass

    def close(self) -> None:
        pass


class LocalEngine:
    """A ``ProcessPoolExecutor`` of long-lived workers, restarted after a worker crash.

    forkserver (spawn where it does not exist) rather than fork: the driver may run threads (rich's
    progress refresh, a host application's), and forking a threaded process can deadlock the child.
    """

    chunk = CHUNK_DOCUMENTS

    def __init__(self, workers: int, spill_dir: str | None = None) -> None:
        self.workers = workers
        self.spill_dir = spill_dir  # the run's folder: workers of a killed driver remove it
        self.window = workers * 3  # a chunk running and two queued per worker: none waits for the driver
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            _start_forkserver_deaf_to_ctrl_c()
        self._pool = self._new_pool()
        self._started = False

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self._context, initializer=init_worker,
            initargs=(os.getpid(), self.spill_dir),
        )

    def _check_start(self) -> None:
        """Fail the run clearly if workers cannot start at all, instead of calling every document a crash.

        The usual cause: a script without the ``if __name__ == "__main__":`` guard, which every worker
        re-runs on start-up (forkserver and spawn import the main module).
        """
        self._started = True
        try:
            self._pool.submit(warm_up).result()
        except BrokenProcessPool as exc:
            raise WorkerStartError(
                "worker processes could not start; a script that runs a batch with workers needs the "
                "`if __name__ == '__main__':` guard (or use workers=0)"
            ) from exc

    def submit(self, tasks: Sequence[Task]) -> Future[list[Outcome]]:
        if not self._started:
            self._check_start()
        return self._pool.submit(process_chunk, tuple(tasks))

    def wait_any(self, futures: Sequence[Any]) -> set[Any]:
        return set(wait(futures, return_when=FIRST_COMPLETED).done)

    def outcomes(self, future: Any) -> list[Outcome]:
        try:
            result: list[Outcome] = future.result()
        except BrokenProcessPool as exc:
            raise _WorkerCrashed from exc
        return result

    def restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self, *, abort: bool = False) -> None:
        """Shut the pool down; on ``abort`` (Ctrl-C, SIGTERM) end the workers instead of letting them finish.

        Waiting for the documents in flight made an impatient second Ctrl-C land inside the shutdown,
        which then hung. Their results would be discarded anyway.
        """
        if not abort:
            self._pool.shutdown(wait=True, cancel_futures=True)
            return
        processes = list((getattr(self._pool, "_processes", None) or {}).values())  # not public API
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()


@contextlib.contextmanager
def _deaf_to_ctrl_c() -> Iterator[None]:
    """Ignore SIGINT for the duration (main thread only; elsewhere signals are not ours to set)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the forkserver with SIGINT ignored, so every worker forked from it starts ignoring it too.

    Ctrl-C reaches the whole process group. A worker still importing (before ``init_worker`` can
    ignore SIGINT) would die with a KeyboardInterrupt traceback on the user's terminal. An ignored
    disposition survives exec, Python keeps it, and the forkserver hands it to its children.
    """
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


class DaskEngine:
    """Dask distributed (extra ``dask``): ``client.submit`` per document, results gathered by this driver."""

    # Large documents go to the cluster ahead of their task: Dask warns about big objects in task graphs.
    SCATTER_BYTES = 1 << 20
    chunk = 1  # a document per Dask task: the scheduler balances them, and scatters them one by one

    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            import distributed
        except ImportError as exc:
            raise InputError("the dask engine needs Dask: pip install 'cnreport[dask]'") from exc
        self._dask: Any = distributed  # untyped library: keep it behind Any
        self._cluster: Any = None
        try:
            if scheduler:
                self._client: Any = self._dask.Client(scheduler, timeout="20s")
            else:
                # The scheduler serves HTTP whatever the dashboard setting; a free port, since 8787 may
                # belong to another cluster (taking it would only warn, moving port).
                self._cluster = self._dask.LocalCluster(
                    n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
                )
                self._client = self._dask.Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise InputError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        self._client.run(warm_up)  # jieba starts once per worker, before the clock of the first document
        self.window = max(2, 4 * sum(self._client.nthreads().values()))

    def submit(self, tasks: Sequence[Task]) -> Any:
        payload = [
            self._client.scatter(task, direct=False) if len(task.data) > self.SCATTER_BYTES else task for task in tasks
        ]
        return self._client.submit(process_chunk, payload, pure=False)

    def wait_any(self, futures: Sequence[Any]) -> set[Any]:
        return set(self._dask.wait(list(futures), return_when="FIRST_COMPLETED").done)

    def outcomes(self, future: Any) -> list[Outcome]:
        result: list[Outcome] = future.result()
        return result

    def restart(self) -> None:  # pragma: no cover - dask reschedules lost tasks itself
        pass

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(engine: str, workers: int, scheduler: str | None, spill_dir: str | None = None) -> Engine:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "dask":
        return DaskEngine(scheduler, workers)
    if scheduler:
        raise InputError("--scheduler is only used with --engine dask")
    if workers < 0:
        raise InputError("workers must be 0 (in this process) or more")
    return InlineEngine() if workers == 0 else LocalEngine(workers, spill_dir)


# ------------------------------------------------------------------------------------------------
# The run
# ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    item: Item  # for a file task, its bytes cut to the head that decides the format
    sha256: str
    task: Task
    size: int  # the document's bytes
    waiters: list[tuple[Item, str]] = field(default_factory=list)  # same content, met while this ran


class BatchRun:
    """One batch run: iterate it for ``(Document, records)`` in completion order; ``summary`` counts.

    Arguments are checked when it is built (``InputError`` for missing inputs, unknown output suffixes,
    an unreachable scheduler), so a CLI can map them to exit status 2 before any work starts.
    Use it as a context manager, or call ``close()``: that shuts the workers down and finishes the output.
    """

    def __init__(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        out: str | os.PathLike[str] | None = None,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] = (),
        workers: int | None = None,
        engine: str = "local",
        scheduler: str | None = None,
        retry_failed: bool = False,
        year: int | None = None,
        subject: str | None = None,
        keep_text: bool = False,
        follow_links: bool = False,
        bom: bool = False,
        limits: Limits | None = None,
        converters: Mapping[str, Converter] | None = None,
    ) -> None:
        self.inputs = [str(p) for p in check_inputs(inputs)]
        skip: tuple[str, ...] = ()
        if out is not None:
            target = os.path.abspath(out)
            folder, name = os.path.split(target)
            skip = (target, os.path.join(folder, f".{name}."))  # the store, its -wal/-shm, a temporary file
        self.filters = Filters(tuple(include) if include else DEFAULT_INCLUDE, tuple(exclude), skip, follow_links)
        self.limits = limits or Limits()
        self.retry_failed = retry_failed
        self.year = year
        self.subject = subject
        self.keep_text = keep_text
        self.converters = dict(converters) if converters else None
        options: dict[str, Any] = {"year": year, "subject": subject}
        self._options = options_key(options)
        self.summary = Summary(out=str(out) if out is not None else None)
        self._seen: dict[str, str] = {}  # sha256 -> name of the first good copy (runs without a store)
        self._started = time.perf_counter()
        self._sink: Sink | None = None
        if out is not None:
            self._sink = open_sink(out, options=options, inputs=self.inputs, bom=bom)
        # A large document's records come through a file (rows.pack) when the workers share this machine.
        self._spill_dir = None if engine == "dask" else _spill_folder(out)
        try:
            count = default_workers() if workers is None else workers
            self._engine = make_engine(engine, count, scheduler, self._spill_dir)
        except BaseException:
            if self._spill_dir is not None:
                shutil.rmtree(self._spill_dir, ignore_errors=True)
            if self._sink is not None:
                self._sink.close(None)
            raise
        self._spilled: weakref.WeakValueDictionary[str, SpilledRows] = weakref.WeakValueDictionary()
        self._chunk: list[_Job] = []  # admitted, not yet submitted (see CHUNK_DOCUMENTS)
        self._chunk_bytes = 0
        self._pending_bytes = 0  # of the submitted documents not yet collected: kept, not summed per document
        self._closed = False
        self._iterated = False
        self._complete = False

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        interrupted = isinstance(exc_type, type) and issubclass(exc_type, KeyboardInterrupt | GeneratorExit)
        self.close(failed=exc_type is not None and not interrupted, abort=interrupted)

    def close(self, *, failed: bool = False, abort: bool = False) -> None:
        """Stop the workers and finish the output: files are published only after a complete run.

        Closing before the iteration ended (a ``break``, Ctrl-C) marks the run interrupted: the SQLite
        store keeps every document committed so far, a JSONL/CSV/Parquet target is left untouched.
        """
        if self._closed:
            return
        self._closed = True
        if not self._complete:
            self.summary.interrupted = True
        self.summary.seconds = time.perf_counter() - self._started
        with _deaf_to_ctrl_c():  # a second Ctrl-C must not break the cleanup half-way
            try:
                if abort and isinstance(self._engine, LocalEngine):
                    self._engine.close(abort=True)
                else:
                    self._engine.close()
            finally:
                try:
                    if self._sink is not None:
                        self._sink.close(None if failed else self.summary)
                finally:
                    self._remove_spills()

    def _remove_spills(self) -> None:
        """Remove the record files nobody holds (a crashed worker's, an interrupted run's).

        Records still held by a caller of ``iter_documents`` keep their file until they are collected.
        """
        folder = self._spill_dir
        if folder is None:
            return
        with contextlib.suppress(OSError):
            for name in os.listdir(folder):
                path = os.path.join(folder, name)
                if path not in self._spilled:
                    os.unlink(path)
            os.rmdir(folder)  # fails while held records keep files: their finalizer removes it

    def __iter__(self) -> Iterator[tuple[Document, Sequence[Record]]]:
        """Results in completion order; ``records`` is a ``rows.Records``, built into ``Record``s when read."""
        if self._iterated or self._closed:
            raise RuntimeError("a BatchRun can be iterated once; start a new one to run again")
        self._iterated = True
        pending: dict[Any, list[_Job]] = {}  # a submitted task -> its documents
        inflight: dict[str, _Job] = {}
        engine = self._engine
        for item in iter_items(self.inputs, self.filters, self.limits):
            yield from self._admit(item, pending, inflight)
            del item  # a large document's bytes are in its file now: not held here while it is read
            while pending and (len(pending) >= engine.window or self._pending_bytes > MAX_INFLIGHT_BYTES):
                yield from self._collect(pending, inflight)
        self._submit(pending)
        while pending:
            yield from self._collect(pending, inflight)
        self._complete = True
        self.summary.seconds = time.perf_counter() - self._started

    # -- decisions before any work ---------------------------------------------------------------
    def _admit(
        self, item: Item, pending: dict[Any, list[_Job]], inflight: dict[str, _Job]
    ) -> Iterator[tuple[Document, Sequence[Record]]]:
        sink = self._sink
        if item.skipped is not None:  # a link or special entry: listed, never read
            self.summary.add_not_read(item.name, item.skipped)
            if sink is not None:
                sink.skip(item.source, item.member, item.name, item.skipped)
            return
        if item.data is None:  # unreadable: the error is the result
            if not self._known(sink, item, ""):
                yield self._emit(self._failed(item, "", item.error or "unreadable"), [])
            return
        sha = hashlib.sha256(item.data).hexdigest()
        if self._known(sink, item, sha):
            return
        if sha in inflight:  # same content is being processed right now: wait for it
            inflight[sha].waiters.append((item, sha))
            return
        original = (sink.find_done(sha) if sink is not None else None) or self._seen.get(sha)
        if original is not None and original != item.name:
            yield self._emit(self._duplicate(item, sha, original), [])
            return
        task = Task(
            item.name,
            item.filename,
            item.data,
            self.year,
            self.subject,
            self.keep_text,
            self.converters,
            self._spill_dir,
        )
        size = len(item.data)
        if self._spill_dir is not None and size > FILE_TASK_BYTES:
            task = _as_file_task(task, self._spill_dir)
            item = dataclasses.replace(item, data=item.data[:_HEAD_BYTES])  # the file holds the rest
        job = _Job(item, sha, task, size)
        inflight[sha] = job
        self._chunk.append(job)
        self._chunk_bytes += size
        if len(self._chunk) >= self._engine.chunk or self._chunk_bytes >= CHUNK_BYTES:
            self._submit(pending)

    def _submit(self, pending: dict[Any, list[_Job]]) -> None:
        """Send the admitted documents to the engine as one task."""
        if self._chunk:
            chunk, self._chunk = self._chunk, []
            pending[self._engine.submit([job.task for job in chunk])] = chunk
            self._pending_bytes += self._chunk_bytes
            self._chunk_bytes = 0

    def _known(self, sink: Sink | None, item: Item, sha: str) -> bool:
        """Done by an earlier run with the same options (skip), or failed there and not retried."""
        if sink is None:
            return False
        prior = sink.prior(item.source, item.member, sha)
        if prior is None or prior.options != self._options:
            return False
        if prior.status is Status.FAILED:
            if self.retry_failed:
                return False
            self.summary.previously_failed += 1
            self.summary.add_failure(item.name, f"{prior.error} (earlier run; use --retry-failed)")
            return True
        self.summary.skipped += 1
        return True

    # -- results -----------------------------------------------------------------------------------
    def _collect(
        self, pending: dict[Any, list[_Job]], inflight: dict[str, _Job]
    ) -> Iterator[tuple[Document, Sequence[Record]]]:
        engine = self._engine
        crashed: list[_Job] = []
        for fut in engine.wait_any(list(pending)):
            yield from self._settle(pending.pop(fut), fut, inflight, crashed)
        if not crashed:
            return
        # A broken pool fails every future still pending; finish those that completed first.
        for fut in list(pending):
            yield from self._settle(pending.pop(fut), fut, inflight, crashed)
        engine.restart()
        crashed.sort(key=lambda j: j.item.name)
        for job in crashed:  # alone in the pool, a document that crashes is the culprit
            try:
                [outcome] = engine.outcomes(engine.submit([job.task]))
            except _WorkerCrashed:
                fmt = detect_format(job.task.filename, (job.item.data or b"")[:4096])
                outcome = Outcome(fmt, None, error=CRASH_ERROR)
                engine.restart()
            yield from self._finish(job, outcome, inflight)

    def _settle(
        self, jobs: list[_Job], fut: Any, inflight: dict[str, _Job], crashed: list[_Job]
    ) -> Iterator[tuple[Document, Sequence[Record]]]:
        """Finish a completed task's documents; those of a task whose worker died go to ``crashed``."""
        self._pending_bytes -= sum(job.size for job in jobs)
        try:
            outcomes = self._engine.outcomes(fut)
        except _WorkerCrashed:
            crashed.extend(jobs)
            return
        except Exception as exc:  # the engine lost the task (a dask worker killed, a cancelled future)
            outcomes = [Outcome(None, None, error=f"{type(exc).__name__}: {exc}") for _ in jobs]
        for job, outcome in zip(jobs, outcomes, strict=True):
            yield from self._finish(job, outcome, inflight)

    def _finish(
        self, job: _Job, outcome: Outcome, inflight: dict[str, _Job]
    ) -> Iterator[tuple[Document, Sequence[Record]]]:
        inflight.pop(job.sha256, None)
        if job.task.data_path is not None:
            with contextlib.suppress(OSError):
                os.unlink(job.task.data_path)
        item = job.item
        if isinstance(outcome.records, SpilledRecords):
            self._spilled[outcome.records.rows.path] = outcome.records.own()
        if outcome.error is None:
            doc = Document(
                item.source,
                item.member,
                item.name,
                job.sha256,
                job.size,
                Status.OK,
                outcome.format,
                outcome.encoding,
                None,
                outcome.warnings,
                len(outcome.records),
                outcome.seconds,
                text=outcome.text,
            )
            if self._sink is None:
                self._seen[job.sha256] = item.name
        else:
            doc = self._failed(item, job.sha256, outcome.error, outcome, size=job.size)
        yield self._emit(doc, outcome.records)
        for waiter, sha in job.waiters:
            if doc.status is Status.OK:
                yield self._emit(self._duplicate(waiter, sha, doc.name), [])
            else:
                yield self._emit(
                    self._failed(waiter, sha, f"same content as {doc.name}, which failed: {doc.error}"), []
                )

    def _emit(self, doc: Document, records: Sequence[Record]) -> tuple[Document, Sequence[Record]]:
        if self._sink is not None:
            self._sink.write(doc, records)
        s = self.summary
        if doc.status is Status.OK:
            s.ok += 1
            s.records += len(records)
        elif doc.status is Status.DUPLICATE:
            s.duplicates += 1
        else:
            s.failed += 1
            s.add_failure(doc.name, doc.error or "failed")
        return doc, records

    def _failed(
        self, item: Item, sha: str, error: str, outcome: Outcome | None = None, size: int | None = None
    ) -> Document:
        data = item.data or b""
        fmt = outcome.format if outcome else (detect_format(item.filename, data[:4096]) if data else None)
        return Document(
            item.source,
            item.member,
            item.name,
            sha,
            len(data) if size is None else size,
            Status.FAILED,
            fmt,
            outcome.encoding if outcome else None,
            error,
            outcome.warnings if outcome else (),
            0,
            outcome.seconds if outcome else 0.0,
        )

    def _duplicate(self, item: Item, sha: str, original: str) -> Document:
        data = item.data or b""
        fmt = detect_format(item.filename, data[:4096])
        return Document(
            item.source, item.member, item.name, sha, len(data), Status.DUPLICATE, fmt, duplicate_of=original
        )


def _spill_folder(out: str | os.PathLike[str] | None) -> str:
    """A new folder for the run's large documents and records: beside the output, else in tmp.

    Named ``.<output>.spill-<pid>-…`` beside the output, so a later run into the same output
    removes what a run killed outright (SIGKILL, a power cut) left there; the name starts as the
    output's temporary files do, so an output inside an input folder never reads it.
    """
    if out is None:
        return tempfile.mkdtemp(prefix="cnreport-batch-")
    folder, name = os.path.split(os.path.abspath(out))
    prefix = f".{name}.spill-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            owner = entry.name[len(prefix) :].split("-", 1)[0]
            if entry.name.startswith(prefix) and owner.isdigit() and not process_alive(int(owner)):
                shutil.rmtree(entry.path, ignore_errors=True)  # a killed run's, whose driver is gone
    return tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=folder or ".")


def _as_file_task(task: Task, folder: str) -> Task:
    """``task`` with its bytes written to a file in ``folder`` (removed when the document is done)."""
    fd, path = tempfile.mkstemp(prefix="document-", suffix=".bin", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(task.data)
    except BaseException:
        os.unlink(path)
        raise
    return dataclasses.replace(task, data=b"", data_path=path)


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    **options: Any,
) -> Summary:
    """Process every document of ``inputs`` into ``out`` (.sqlite resumable; .jsonl/.csv/.parquet atomic).

    Options are those of ``BatchRun`` (include, exclude, workers, engine, scheduler, retry_failed, year,
    subject, keep_text, follow_links, bom, limits, converters). Returns the run's ``Summary``;
    ``summary.exit_code`` is 0 when every document succeeded.
    """
    with BatchRun(inputs, out, **options) as run:
        for _ in run:
            pass
    return run.summary


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]], **options: Any
) -> Iterator[tuple[Document, Sequence[Record]]]:
    """``(Document, records)`` for every document of ``inputs``, as workers finish them; nothing is stored.

    ``records`` is a sequence (``rows.Records``) whose ``Record`` objects are built when first read.

    Repeated content is reported once with records and then as ``Status.DUPLICATE`` with none.
    Options are those of ``BatchRun`` (``out`` may be given to store at the same time).
    """
    out = options.pop("out", None)
    with BatchRun(inputs, out, **options) as run:
        yield from run
