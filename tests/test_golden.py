"""Golden end-to-end files: every sample's full output, so any change in behaviour is a reviewed diff.

Regenerate after an intended change with ``python -m pytest tests/test_golden.py --update-golden``
and review ``git diff tests/golden``. The sample-quality ratchets (test_samples.py) say whether a
change is better; these files say exactly what changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cnreport
from cnreport.output import record_dict

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
META = json.loads((SAMPLES / "META.json").read_text(encoding="utf-8"))
TEXTS = sorted(SAMPLES.glob("*.txt"))


def _output(path: Path) -> list[dict[str, object]]:
    options = META.get(path.name, {})
    records = cnreport.extract_file(path, year=options.get("year"), subject=options.get("subject"))
    return [record_dict(r) | {"doc": path.name} for r in records]


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_sample_output_matches_golden(path: Path, request: pytest.FixtureRequest) -> None:
    golden = GOLDEN / f"{path.stem}.json"
    actual = _output(path)
    if request.config.getoption("--update-golden"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert actual == expected, f"{path.name}: output changed; rerun with --update-golden and review the diff"
