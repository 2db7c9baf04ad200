"""End to end on the bundled real reports: quality ratchets and agreement with the shared scorer.

The thresholds are ratchets: they are what the code achieves now and only ever go up.
The issue's bar (record F1 >= 0.95, strict F1 >= 0.90, no sample below 0.85) is met and must stay met.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnreport.scoring import evaluate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from score_samples import sample_predictions  # noqa: E402

# Ratchets (Simplified samples together; see the module docstring).
RECORD_F1 = 0.966
STRICT_F1 = 0.946
WORST_DOC_F1 = 0.918


@pytest.fixture(scope="module")
def scored() -> dict:
    gold, pred = sample_predictions()
    res = evaluate(gold, pred)
    print("\nsample scores (Simplified):")
    for doc, (f1, strict, n_gold, n_pred) in res["per_doc"].items():
        print(f"  {doc}: record F1 {f1}  strict F1 {strict}  (gold {n_gold}, predicted {n_pred})")
    print(f"  all: record F1 {res['record_f1']}  strict F1 {res['strict_f1']}")
    return res


def test_record_f1_ratchet(scored: dict) -> None:
    assert scored["record_f1"] >= RECORD_F1


def test_strict_f1_ratchet(scored: dict) -> None:
    assert scored["strict_f1"] >= STRICT_F1


def test_no_sample_below_ratchet(scored: dict) -> None:
    worst = min(f1 for f1, *_ in scored["per_doc"].values())
    assert worst >= WORST_DOC_F1


SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared/eval/score.py not beside the checkout")
def test_project_scorer_agrees_with_shared_scorer(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cnreport.cli import app

    gold, pred = sample_predictions(include_trad=True)
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pred), encoding="utf-8")
    shared = subprocess.run(
        [sys.executable, str(SHARED_SCORER), "--gold", str(g), "--pred", str(p), "--per-doc"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    ours = CliRunner().invoke(app, ["eval", str(g), str(p), "--per-doc"]).stdout
    assert ours == shared


# Ratchet for the Traditional Chinese sample (Hong Kong news), at the Simplified bar (0.95 / 0.90)
# that the Traditional Chinese issue asks for; it only goes up.
TRAD_RECORD_F1 = 0.961
TRAD_STRICT_F1 = 0.922


def test_traditional_sample_ratchet() -> None:
    gold, pred = sample_predictions(include_trad=True, only="-trad")
    res = evaluate(gold, pred)
    print(f"\nTraditional sample: record F1 {res['record_f1']}  strict F1 {res['strict_f1']}")
    assert res["record_f1"] >= TRAD_RECORD_F1
    assert res["strict_f1"] >= TRAD_STRICT_F1
