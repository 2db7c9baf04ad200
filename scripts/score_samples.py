"""Extract every bundled sample and score it against its gold file (the dev loop).

    python scripts/score_samples.py [--show-errors] [--only NAME] [--trad] [--no-meta]

``--no-meta`` runs without META.json's year and subject: what the tool finds by itself (issue #12
measures period accuracy that way).

Writes nothing; prints what ``cnreport eval`` prints for the samples.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import cnreport
from cnreport.output import record_dict
from cnreport.scoring import evaluate, format_errors, format_summary

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sample_predictions(
    include_trad: bool = False, only: str | None = None, use_meta: bool = True
) -> tuple[list[dict], list[dict]]:
    """(gold, predictions) over the samples, extraction run with META.json's year/subject (or none)."""
    meta = json.loads((SAMPLES / "META.json").read_text(encoding="utf-8")) if use_meta else {}
    gold: list[dict] = []
    pred: list[dict] = []
    for gold_path in sorted(SAMPLES.glob("*.gold.jsonl")):
        name = gold_path.name[: -len(".gold.jsonl")] + ".txt"
        if (not include_trad and "-trad" in name) or (only and only not in name):
            continue
        gold += [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        m = meta.get(name, {})
        records = cnreport.extract_file(SAMPLES / name, year=m.get("year"), subject=m.get("subject"))
        pred += [record_dict(r) | {"doc": name} for r in records]
    return gold, pred


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--trad", action="store_true", help="include the Traditional Chinese sample")
    ap.add_argument("--only", help="only samples whose name contains this")
    ap.add_argument("--no-meta", action="store_true", help="run without META.json's year and subject")
    args = ap.parse_args()
    gold, pred = sample_predictions(args.trad, args.only, use_meta=not args.no_meta)
    res = evaluate(gold, pred)
    lines = format_errors(res) if args.show_errors else []
    lines += format_summary(res, per_doc=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
