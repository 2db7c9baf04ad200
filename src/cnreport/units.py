"""Units after a number: 元 / % / 个百分点 / 万千瓦时 / 美元/吨 -> canonical unit and factor."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from .lexicon import read_lexicon


@dataclass(frozen=True, slots=True)
class UnitEntry:
    surface: str
    unit: str
    factor: Decimal
    measure: bool


@dataclass(frozen=True, slots=True)
class UnitMatch:
    end: int
    surface: str
    unit: str
    factor: Decimal


@cache
def unit_table() -> dict[str, UnitEntry]:
    """Surface -> entry for every unit surface in ``lexicons/units.toml``."""
    table: dict[str, UnitEntry] = {}
    for entry in read_lexicon("units")["unit"]:
        factor = Decimal(entry.get("factor", "1"))
        for surface in entry["surfaces"]:
            unit = surface if entry["unit"] == "=" else entry["unit"]
            table.setdefault(surface, UnitEntry(surface, unit, factor, bool(entry.get("measure", False))))
    return table


@cache
def _unit_regex() -> regex.Pattern[str]:
    surfaces = sorted(unit_table(), key=len, reverse=True)
    # A compound unit (美元/吨, 元/人, 万元/人 after the scale was taken) is unit "/" unit;
    # 每公斤20元 is handled by the caller because the divisor comes first.
    times = sorted(read_lexicon("units")["per_time"]["surfaces"], key=len, reverse=True)
    things = sorted(_per_things(), key=len, reverse=True)
    return regex.compile(
        r"(?P<u>\L<units>)(?:\s?[/／]\s?(?:(?P<d>\L<units>)|(?P<t>\L<times>)(?![底末初份度中内])|(?P<thing>\L<things>)))?",
        units=surfaces,
        times=times,
        things=things,
    )


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit starting exactly at ``pos`` (optionally a compound ``a/b``)."""
    m = _unit_regex().match(text, pos)
    if m is None:
        return None
    entry = unit_table()[m.group("u")]
    unit = entry.unit
    if m.group("d"):
        unit = f"{unit}/{unit_table()[m.group('d')].unit}"
    elif m.group("t") or m.group("thing"):
        unit = f"{unit}/{m.group('t') or m.group('thing')}"  # 5,000元/月, 6.9元/升: per stretch of time or thing
    return UnitMatch(end=m.end(), surface=m.group(0), unit=unit, factor=entry.factor)


def per_denominator(text: str) -> str | None:
    """What 每<text> makes an amount per: a unit (每公斤 -> 公斤) or a thing priced by (每公升 -> 公升)."""
    m = match_unit(text, 0)
    if m is not None and m.end == len(text):
        return m.unit
    return text if text in _per_things() else None


@cache
def _per_things() -> frozenset[str]:
    """What a price may be per though no unit of its own (元/升, 元/运次: units.toml per_thing)."""
    return frozenset(read_lexicon("units")["per_thing"]["surfaces"])


def is_measure_word(unit: str) -> bool:
    """Counting words (家, 个, 项 …) as opposed to currencies, rates and physical units."""
    entry = unit_table().get(unit)
    return entry is not None and entry.measure
