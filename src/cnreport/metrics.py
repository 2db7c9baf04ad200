"""Metric vocabulary: alias -> canonical indicator, and the heads a metric phrase ends with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

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


@cache
def _suffix_regex() -> regex.Pattern[str]:
    surfaces = sorted(metric_table(), key=len, reverse=True)
    return regex.compile(r"(?:\L<m>)$", m=surfaces)


def known_metric_suffix(phrase: str) -> str | None:
    """The longest known indicator surface that ``phrase`` ends with (京东集团收入 -> 收入)."""
    m = _suffix_regex().search(phrase)
    return m.group() if m else None


def is_known_metric(phrase: str) -> bool:
    return phrase in metric_table()


def expand_abbreviations(metric: str) -> str:
    """规上 -> 规模以上 (SPEC §2): the one abbreviation the spec fixes for every metric."""
    return metric.replace("规上", "规模以上")
