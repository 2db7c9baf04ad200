"""Reading long documents in pieces must give exactly what reading them whole gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import cnreport
from cnreport import normalize as normalize_module
from cnreport.pipeline import Extractor

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def joined() -> str:
    """Every Simplified sample in one document: long enough to be read in many pieces."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) if "-trad" not in p.name]
    return "\n\n".join(texts)


def _key(records: list[cnreport.Record]) -> list[tuple[object, ...]]:
    return [(r.metric, r.value, r.unit, r.kind, r.period, r.base, r.subject, r.span, r.text) for r in records]


@pytest.mark.parametrize("chunk", [1, 500, 5_000])
def test_pieces_give_the_same_records_as_the_whole(joined: str, chunk: int) -> None:
    whole = Extractor(chunk_chars=10**9).extract(joined, year=2024)
    pieces = Extractor(chunk_chars=chunk).extract(joined, year=2024)
    assert _key(pieces) == _key(whole)


def test_normalize_in_small_line_batches_matches_default(joined: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = normalize_module.normalize(joined)
    monkeypatch.setattr(normalize_module, "PIECE_LINES", 1)
    actual = normalize_module.normalize(joined)
    assert actual.text == expected.text
    assert list(actual.offsets) == list(expected.offsets)


def test_iter_extract_streams_the_same_records(joined: str) -> None:
    extractor = Extractor()
    assert _key(list(extractor.iter_extract(joined, year=2024))) == _key(extractor.extract(joined, year=2024))


@pytest.mark.parametrize("keep", [1, 7, 10**9])
def test_table_records_held_on_disk_come_back_in_order(joined: str, keep: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables wait for the end of the document; spilled to disk past a bound, they come back the same."""
    from cnreport import pipeline

    expected = Extractor().extract(joined, year=2024)
    assert sum((r.pattern or "").startswith("table.") for r in expected) > 50  # the samples hold tables
    monkeypatch.setattr(pipeline, "DEFERRED_KEEP", keep)
    assert _key(Extractor().extract(joined, year=2024)) == _key(expected)
