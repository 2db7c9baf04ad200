"""Shared fixtures: one extractor per test session (jieba's start-up is paid once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cnreport

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from current output")


@pytest.fixture(scope="session")
def extractor() -> cnreport.Extractor:
    return cnreport.default_extractor()


@pytest.fixture(scope="session")
def sample_meta() -> dict[str, dict[str, object]]:
    return json.loads((SAMPLES / "META.json").read_text(encoding="utf-8"))


def sample_texts() -> list[Path]:
    return sorted(
        p
        for p in SAMPLES.glob("*.txt")
        if (p.with_suffix("").with_suffix(".gold.jsonl")).exists() or Path(str(p)[:-4] + ".gold.jsonl").exists()
    )
