"""Pathological inputs through every stage: is the cost still linear in the input size?

    python bench/backtracking.py [--sizes 0.05,0.1,0.2,0.4] [--only NAME] [--stages normalize,numbers,...]

Long runs of digits, thousands groups, 、, spaces, line breaks and Chinese numerals are the inputs
that make a regex backtrack or a loop go quadratic. Each input is built at several sizes (MB of
UTF-8) and run through ``normalize``, ``find_numbers``, ``find_periods`` and ``Extractor.extract``;
the script prints seconds per MB and the growth of that figure from the smallest to the largest
size (1.0 = linear; a quadratic stage grows by the size ratio, 8 for the default sizes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from _common import MB, machine, timed, verdict

import cnreport
from cnreport.normalize import normalize
from cnreport.numbers import find_numbers
from cnreport.periods import find_periods

# name -> a unit repeated to the size asked for (no sentence terminator, so each is one sentence)
INPUTS: dict[str, str] = {
    "digits": "1234567890",
    "thousands-groups": ",234",
    "decimal-points": "1.2.",
    "digits-and-dunhao": "12、",
    "dunhao": "、",
    "chinese-list": "一、",
    "spaces": " ",
    "ideographic-spaces": "\u3000",
    "spaced-digits": "1 ",
    "letter-spaced": "增 ",
    "line-breaks": "\n",
    "number-lines": "12.5\n",
    "chinese-numerals": "一二三四五六七八九十百千万亿",
    "structured-numerals": "三千二百万零五",
    "zeros": "〇",
    "ten-ten": "十",
    "signs-and-ranges": "5%-",
    "full-width-digits": "１２３，４５６",
    "dates": "2024年1月1日",
    "prose-clause": "增长5.1%，",
    "tab-cells": "增长\t5.1\t",
    "table-rows": "地区生产总值\t亿元\t9256.3\t5.8\n",
}

STAGES: dict[str, Callable[[str], object]] = {}


def build_stages() -> None:
    extractor = cnreport.Extractor()
    extractor.extract("2024年工业增加值增长5.8%。")  # load the tokenizer outside the timings
    STAGES["normalize"] = normalize
    STAGES["find_numbers"] = find_numbers
    STAGES["find_periods"] = lambda text: find_periods(text, 2024)
    STAGES["extract"] = extractor.extract


def make(unit: str, mb: float) -> str:
    unit_bytes = len(unit.encode("utf-8"))
    return unit * max(1, int(mb * MB) // unit_bytes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0.05,0.1,0.2,0.4", help="MB of UTF-8 per input (default 0.05,0.1,0.2,0.4)")
    ap.add_argument("--only", help="only inputs whose name contains this")
    ap.add_argument("--stages", default="normalize,find_numbers,find_periods,extract")
    ap.add_argument("--budget", type=float, default=30.0, help="skip larger sizes once one call takes this long (s)")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s]
    build_stages()
    stages = [s for s in args.stages.split(",") if s]
    print(f"cnreport {cnreport.__version__}, {machine()}; sizes {sizes} MB; figures in s/MB")
    print(f"  {'input':<22}{'stage':<14}" + "".join(f"{s:>9g}MB" for s in sizes) + "   growth")
    worst = 0.0
    for name, unit in INPUTS.items():
        if args.only and args.only not in name:
            continue
        for stage in stages:
            fn = STAGES[stage]
            per_mb: list[float] = []
            for mb in sizes:
                text = make(unit, mb)
                seconds, _ = timed(lambda: fn(text))  # noqa: B023 (called at once)
                per_mb.append(seconds / mb)
                if seconds > args.budget:
                    break
            cells = "".join(f"{v:11.3f}" for v in per_mb) + " " * 11 * (len(sizes) - len(per_mb))
            floor = 0.002  # s/MB: below this, timer noise dominates the ratio
            growth = max(per_mb[-1], floor) / max(per_mb[0], floor)
            if len(per_mb) < len(sizes):
                growth = float("inf")
            worst = max(worst, growth)
            flag = "" if growth < 2 else "  <-- superlinear?"
            print(f"  {name:<22}{stage:<14}{cells}   {growth:6.2f}{flag}")
            sys.stdout.flush()
    ratio = sizes[-1] / sizes[0]
    print(f"worst growth of s/MB over a {ratio:g}x size range: {worst:.2f} (linear 1, quadratic {ratio:g})")
    print(f"no quadratic pattern (worst growth < 2): {verdict(worst < 2)}")


if __name__ == "__main__":
    main()
