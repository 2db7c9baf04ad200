"""Peak memory of ``cnreport extract`` on a generated 50 MB report, run as a child process.

    python bench/memory.py [--mb 50] [--keep]

The file is the bundled samples repeated to the size asked for, written to a temporary directory.
Peak resident set size comes from ``getrusage(RUSAGE_CHILDREN)`` after the child exits (the
benchmark starts no other child). Target (issue 4): under 500 MB for 50 MB of text.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import MB, cnreport_command, machine, repeated_corpus, verdict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--keep", action="store_true", help="keep the generated file and output")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cnreport-bench-"))
    report = tmp / "report.txt"
    out = tmp / "records.jsonl"
    text = repeated_corpus(int(args.mb * MB))
    report.write_text(text, encoding="utf-8")
    del text
    size = report.stat().st_size / MB
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    with out.open("wb") as sink:
        done = subprocess.run(
            [*cnreport_command(), "extract", str(report), "-f", "jsonl"], stdout=sink, stderr=subprocess.PIPE
        )
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    if done.returncode != 0:
        sys.exit(f"cnreport extract failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
    if before and before >= peak_kb:
        print("warning: an earlier child had a higher peak; the figure below is that one's")
    peak_mb = peak_kb * 1024 / MB
    with out.open("rb") as fh:
        records = sum(1 for _ in fh)
    print(f"{machine()}")
    print(f"  input {size:.1f} MB ({report}), {records:,} records written, {seconds:.1f} s wall clock")
    print(
        f"  peak RSS of cnreport extract: {peak_mb:.0f} MB  target < 500 MB: {verdict(peak_mb < 500)}  "
        f"RATIO peak/input = {peak_mb / size:.2f}, peak/target = {peak_mb / 500:.2f}"
    )
    if args.keep:
        print(f"  kept {tmp}")
    else:
        report.unlink()
        out.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
