"""Peak memory of ``cnreport extract`` and ``cnreport batch`` on one generated large report.

    python bench/memory.py [--mb 200] [--runs extract-stdout,extract-file,batch] [--keep]

The report is the bundled samples repeated to the size asked for (one document), written to a
temporary directory. Each run is a child process:

* ``extract-stdout``: ``cnreport extract report.txt -f jsonl`` to a file through stdout;
* ``extract-file``: ``cnreport extract report.txt -o records.jsonl`` (the atomic file output);
* ``batch``: ``cnreport batch <folder> --out records.sqlite --workers 1`` (driver and one worker).

Two figures per run: the largest single process (``getrusage(RUSAGE_CHILDREN)`` in a small wrapper
process after the command exits: Linux keeps the maximum over every descendant that was waited
for, pool workers included), and the whole process tree's resident memory summed, sampled from
``/proc`` every 0.2 s.
Targets: issue 4, under 500 MB for 50 MB of text; issue 16, a 200 MB report under 1 GB in both
commands.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import MB, cnreport_command, machine, repeated_corpus, verdict

RUNS = ("extract-stdout", "extract-file", "batch")
_PAGE = os.sysconf("SC_PAGE_SIZE")
# Runs the command and writes its largest process's peak (KiB): each run gets its own figure.
_WRAPPER = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]);"
    " open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss));"
    " sys.exit(code)"
)


def _tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and all its descendants now (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)  # fields[1] is the parent pid
        rss[pid] = int(fields[21]) * _PAGE  # resident pages
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


class _TreeSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            self.done.wait(0.2)


def _run(name: str, report: Path, tmp: Path) -> tuple[float, float, float, int]:
    """(seconds, largest process MB, tree MB, records) of one run; exits on a failed run."""
    out = tmp / f"{name}.out"
    if name == "batch":
        out = tmp / "records.sqlite"
        args = ["batch", str(report.parent), "--out", str(out), "--workers", "1"]
    elif name == "extract-file":
        out = tmp / "records.jsonl"
        args = ["extract", str(report), "-o", str(out)]
    else:
        args = ["extract", str(report), "-f", "jsonl"]
    peak_file = tmp / f"{name}.peak"
    started = time.perf_counter()
    with open(tmp / f"{name}.stdout", "wb") as sink:
        command = [sys.executable, "-c", _WRAPPER, str(peak_file), *cnreport_command(), *args]
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        sampler = _TreeSampler(child.pid)
        sampler.start()
        _, err = child.communicate()
        sampler.done.set()
        sampler.join()
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"{name} failed ({child.returncode}): {err.decode(errors='replace')[-2000:]}")
    peak_kb = int(peak_file.read_text())  # KiB on Linux
    if name == "batch":
        with sqlite3.connect(out) as conn:
            records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    else:
        with open(out if name == "extract-file" else tmp / f"{name}.stdout", "rb") as fh:
            records = sum(1 for _ in fh)
    return seconds, peak_kb * 1024 / MB, sampler.peak / MB, records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=200.0)
    ap.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated, of {', '.join(RUNS)}")
    ap.add_argument("--keep", action="store_true", help="keep the generated file and outputs")
    args = ap.parse_args()
    runs = [r for r in args.runs.split(",") if r]
    unknown = set(runs) - set(RUNS)
    if unknown:
        sys.exit(f"unknown runs: {', '.join(sorted(unknown))}")
    tmp = Path(tempfile.mkdtemp(prefix="cnreport-bench-"))
    (tmp / "in").mkdir()
    report = tmp / "in" / "report.txt"
    text = repeated_corpus(int(args.mb * MB))
    report.write_text(text, encoding="utf-8")
    del text
    size = report.stat().st_size / MB
    target = 500.0 if size <= 50 else 1000.0
    print(machine())
    print(f"  input {size:.1f} MB ({report}); target per run: {target:.0f} MB")
    for name in runs:
        seconds, largest, tree, records = _run(name, report, tmp)
        print(
            f"  {name:15} {records:>10,} records {seconds:7.1f} s  largest process {largest:6.0f} MB,"
            f" process tree {tree:6.0f} MB  under target: {verdict(tree < target)}"
            f"  RATIO tree/input = {tree / size:.2f}, tree/target = {tree / target:.2f}"
        )
    if args.keep:
        print(f"  kept {tmp}")
    else:
        for path in sorted(tmp.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
