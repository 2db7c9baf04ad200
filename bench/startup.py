"""Start-up: wall clock of ``cnreport --help`` and ``cnreport extract <sample>``, median of several runs.

    python bench/startup.py [--runs 7] [--sample cpi-2011-06-news.txt]

Each run is a fresh process of the environment's ``cnreport`` entry point, so the figures include
the interpreter, imports, the tokenizer's dictionary load and the extraction itself. The first
run of each command is reported apart (it may build caches: jieba's dictionary cache, .pyc files).
Targets (issue 4): ``--help`` under 0.3 s, ``extract`` of one sample under 1.0 s.
"""

from __future__ import annotations

import argparse
import subprocess
import time

from _common import SAMPLES, cnreport_command, machine, median, verdict


def wall_clock(argv: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return seconds


def measure(label: str, argv: list[str], runs: int, target: float) -> None:
    first = wall_clock(argv)
    times = [wall_clock(argv) for _ in range(runs)]
    med = median(times)
    print(
        f"  {label:<40} median {med:.3f} s  (min {min(times):.3f}, max {max(times):.3f}, first run {first:.3f})"
        f"  target < {target} s: {verdict(med < target)}  RATIO median/target = {med / target:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sample", default="cpi-2011-06-news.txt")
    args = ap.parse_args()
    command = cnreport_command()
    sample = SAMPLES / args.sample
    print(f"{machine()}; {args.runs} runs each after one first run; {command[0]}")
    measure("cnreport --help", [*command, "--help"], args.runs, 0.3)
    extract = [*command, "extract", str(sample), "-f", "jsonl"]
    measure(f"cnreport extract samples/{sample.name}", extract, args.runs, 1.0)


if __name__ == "__main__":
    main()
