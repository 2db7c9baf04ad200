"""Metric vocabulary: alias -> canonical indicator, and the heads a metric phrase ends with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .lexicon import read_lexicon


@dataclass(frozen=True, slots=True)
class MetricEntry:
    id: str
    name: str


@cache
def metric_table() -> dict[str, MetricEntry]:
    """Every surface (name or alias) -> its indicator."""
    table: dict[str, MetricEntry] = {}
    for e in read_lexicon("metrics").get("metric", []):
        entry = MetricEntry(e["id"], e["name"])
        for surface in [e["name"], *e.get("aliases", [])]:
            table.setdefault(surface, entry)
    return table


def known_metric_suffix(phrase: str) -> str | None:
    """The longest known indicator surface that ``phrase`` ends with (京东集团收入 -> 收入).

    Suffixes are looked up longest first in the surface table: one dict probe per character,
    rather than a regex over 3,000 names at every position.
    """
    table = metric_table()
    longest = _longest_surface()
    for start in range(max(0, len(phrase) - longest), len(phrase)):
        if phrase[start:] in table:
            return phrase[start:]
    return None


@cache
def _longest_surface() -> int:
    return max((len(s) for s in metric_table()), default=0)


def is_known_metric(phrase: str) -> bool:
    return phrase in metric_table()


def expand_abbreviations(metric: str) -> str:
    """规上 -> 规模以上 (SPEC §2): the one abbreviation the spec fixes for every metric."""
    return metric.replace("规上", "规模以上")
